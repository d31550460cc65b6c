import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Contact, ContactInput } from './contacts';
import type { Reminder } from '../reminders/reminders';
import type { LocalItem } from '../platform/local-item';
import type { People } from './people.browser';
import type { Platform } from '../app/platform';

type Follower<T> = ReturnType<typeof follow<T>>;

export type PeopleStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** A refused delete leaves the person listed; their check-ins are back too, unless that was refused. */
export type ContactDeleteOutcome = 'deleted' | 'refused' | 'refusedCheckInsStopped';

/**
 * Keeps `target` equal to what storage holds, whichever page wrote it. A read or write's own result
 * is shown only when no change event came in meanwhile: that event (or a later one) is newer.
 */
function follow<T>(target: Signal<T>, item: Pick<LocalItem<T>, 'watch'>) {
  let changesSeen = 0;
  const stop = item.watch((next) => {
    changesSeen += 1;
    target.value = next;
  });
  return {
    stop,
    async write(run: () => Promise<T>) {
      const before = changesSeen;
      const next = await run();
      if (changesSeen === before) target.value = next;
    },
  };
}

/**
 * The user's contacts, reminders and check-ins. Loaded the first time a view asks (and again after a failed
 * load). Every write reads what storage holds now and changes only its own entry, one write at a
 * time across pages, so the popup and the side panel never lose each other's edits.
 */
export function createPeopleSlice(platform: Promise<Platform>) {
  const contacts = signal<Contact[]>([]);
  const reminders = signal<Reminder[]>([]);
  const status = signal<PeopleStatus>('idle');
  let ready: Promise<People> | undefined;
  let followers: { contacts: Follower<Contact[]>; reminders: Follower<Reminder[]> } | undefined;
  let stopped = false;

  const load = async (): Promise<People> => {
    status.value = 'loading';
    const storages = await (await platform).people();
    // Follow changes before reading, so none made in between is missed.
    followers ??= {
      contacts: follow(contacts, storages.contacts),
      reminders: follow(reminders, storages.reminders),
    };
    if (stopped) stopFollowing();
    await Promise.all([
      followers.contacts.write(() => storages.contacts.load()),
      followers.reminders.write(() => storages.reminders.load()),
    ]);
    status.value = 'ready';
    return storages;
  };
  const stopFollowing = () => {
    followers?.contacts.stop();
    followers?.reminders.stop();
  };
  /** Loads first if need be; every write goes through a follower, which exists once loaded. */
  const withPeople = async () => {
    const storages = await ensure();
    return { storages, followers: followers! };
  };
  const ensure = (): Promise<People> => {
    ready ??= load().catch((error: unknown) => {
      ready = undefined;
      status.value = 'failed';
      throw error;
    });
    return ready;
  };

  return {
    /** The user's own contacts (the institution's are added by the app store). */
    contacts: contacts as ReadonlySignal<Contact[]>,
    reminders: reminders as ReadonlySignal<Reminder[]>,
    status: status as ReadonlySignal<PeopleStatus>,
    /** Views that show contacts or reminders call this when they open; it retries after a failure. */
    ensure,
    /**
     * Adds a contact, or replaces the one with this id; a new buddy replaces the old one. Throws if
     * storage refuses (full disk).
     */
    async saveContact(input: ContactInput, id?: string) {
      const [p, { storages, followers }] = await Promise.all([platform, withPeople()]);
      const contact: Contact = { ...input, id: id ?? p.newId() };
      // One buddy: the check-ins, the pocket card and the card's badge all mean one person.
      const others = (c: Contact) => (contact.isBuddy && c.isBuddy ? { ...c, isBuddy: false } : c);
      await followers.contacts.write(() =>
        storages.contacts.update((current) =>
          // An edit to a person another page deleted meanwhile puts them back: the edit is kept.
          id && current.some((c) => c.id === id)
            ? current.map((c) => (c.id === id ? contact : others(c)))
            : [...current.map(others), contact],
        ),
      );
    },
    async deleteContact(id: string) {
      const { storages, followers } = await withPeople();
      await followers.contacts.write(() =>
        storages.contacts.update((current) => current.filter((c) => c.id !== id)),
      );
    },
    /** Whether storage holds this person now, whatever this page last saw. */
    async isListed(id: string) {
      const { storages } = await withPeople();
      return (await storages.contacts.load()).some((c) => c.id === id);
    },
    async addReminder(when: Date, label: string) {
      const [p, { storages, followers }] = await Promise.all([platform, withPeople()]);
      await followers.reminders.write(async () => {
        await storages.reminders.add({ id: p.newId(), when: when.getTime(), label });
        return storages.reminders.load();
      });
    },
    async cancelReminder(id: string) {
      const { storages, followers } = await withPeople();
      await followers.reminders.write(async () => {
        await storages.reminders.cancel(id);
        return storages.reminders.load();
      });
    },
    stop() {
      stopped = true;
      stopFollowing();
    },
  };
}

export type PeopleSlice = ReturnType<typeof createPeopleSlice>;
