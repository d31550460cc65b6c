import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Contact, ContactInput } from '../contacts';
import type { Reminder } from '../reminders';
import type { LocalItem } from '../platform/local-item';
import type { People } from '../platform/people';
import type { Platform } from '../platform/platform';

export type PeopleStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Keeps `target` equal to what storage holds, whichever page wrote it. A write's own result is shown
 * only when no change event came in meanwhile: that event (or a later one) carries the newer list.
 */
const unfollowed = {
  stop() {},
  async write<T>(run: () => Promise<T>) {
    await run();
  },
};

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
 * The user's contacts and reminders. Loaded the first time a view asks (and again after a failed
 * load). Every write reads what storage holds now and changes only its own entry, one write at a
 * time across pages, so the popup and the side panel never lose each other's edits.
 */
export function createPeopleSlice(platform: Promise<Platform>) {
  const contacts = signal<Contact[]>([]);
  const reminders = signal<Reminder[]>([]);
  const status = signal<PeopleStatus>('idle');
  let ready: Promise<People> | undefined;
  let followers:
    | { contacts: ReturnType<typeof follow<Contact[]>>; reminders: ReturnType<typeof follow<Reminder[]>> }
    | undefined;
  let stopped = false;

  const load = async (): Promise<People> => {
    status.value = 'loading';
    const storages = await (await platform).people();
    // Follow changes before reading, so none made in between is missed.
    if (!stopped)
      followers ??= {
        contacts: follow(contacts, storages.contacts),
        reminders: follow(reminders, storages.reminders),
      };
    [contacts.value, reminders.value] = await Promise.all([
      storages.contacts.load(),
      storages.reminders.load(),
    ]);
    status.value = 'ready';
    return storages;
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
    /** Adds a contact, or replaces the one with this id. Throws if storage refuses (full disk). */
    async saveContact(input: ContactInput, id?: string) {
      const [p, storages] = await Promise.all([platform, ensure()]);
      const contact: Contact = { ...input, id: id ?? p.newId() };
      await (followers?.contacts ?? unfollowed).write(() =>
        storages.contacts.update((current) =>
          id ? current.map((c) => (c.id === id ? contact : c)) : [...current, contact],
        ),
      );
    },
    async deleteContact(id: string) {
      const storages = await ensure();
      await (followers?.contacts ?? unfollowed).write(() =>
        storages.contacts.update((current) => current.filter((c) => c.id !== id)),
      );
    },
    async addReminder(when: Date, label: string) {
      const [p, storages] = await Promise.all([platform, ensure()]);
      await (followers?.reminders ?? unfollowed).write(async () => {
        await storages.reminders.add({ id: p.newId(), when: when.getTime(), label });
        return storages.reminders.load();
      });
    },
    async cancelReminder(id: string) {
      const storages = await ensure();
      await (followers?.reminders ?? unfollowed).write(async () => {
        await storages.reminders.cancel(id);
        return storages.reminders.load();
      });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      followers?.contacts.stop();
      followers?.reminders.stop();
    },
  };
}

export type PeopleSlice = ReturnType<typeof createPeopleSlice>;
