import { computed, signal } from '@preact/signals';
import { pickLang } from '../language';
import { countryOf, guessRegion, type RegionCode } from '../region';
import type { Contact, ContactInput } from '../contacts';
import type { PolicyState } from '../policy';
import { effectiveRegion, policyContacts, policyOf } from '../policy-merge';
import type { Reminder } from '../reminders';
import type { Settings } from '../settings';
import type { JournalPlatform } from '../platform/journal-platform';
import type { Navigation } from '../platform/navigation';
import type { People } from '../platform/people';
import type { PolicyStorage } from '../platform/policy-storage';
import type { SettingsStorage } from '../platform/settings-storage';
import { createCheckInsStore } from './check-ins-store';
import { createGuidesStore } from './guides-store';
import { createHelpStore } from './help-store';
import { createSignsStore } from './signs-store';

export type Surface = 'popup' | 'sidepanel' | 'options';
export type TabId = 'help' | 'signs' | 'reach' | 'resources' | 'journal';

/** What the first render needs to know, read synchronously. */
export interface Environment {
  uiLanguage: string;
  /** Read only when a region has to be guessed, so start-up does not wait for it. */
  timeZone: () => string | undefined;
}

/** The browser-backed services, which arrive after the first paint (see components/mount.tsx). */
export interface Platform {
  settings: SettingsStorage;
  /** Contacts and reminders, loaded on first use (see ensurePeople). */
  people(): Promise<People>;
  policy: PolicyStorage;
  /** The journal's storage and crypto, loaded with the Journal tab. */
  journal(): Promise<JournalPlatform>;
  navigation: Navigation;
  /** Must be called straight from a click: browsers ask only during a user gesture. */
  requestNotifications(): Promise<boolean>;
  newId(): string;
}

/**
 * The one store every view reads. An entrypoint builds it with the real platform; a test builds it
 * with the fake browser. The first render needs only the environment: the platform may still be loading.
 */
export function createAppStore(environment: Environment, platform: Promise<Platform>) {
  const lang = pickLang(environment.uiLanguage);
  // null until storage has answered; a region then comes from the settings or from a guess.
  const settings = signal<Settings | null>(null);
  const policyState = signal<PolicyState>({ status: 'none' });
  const policy = computed(() => policyOf(policyState.value));
  const region = computed<RegionCode>(() =>
    effectiveRegion(policy.value, settings.value?.region ?? null, guessedRegion.value),
  );
  const userContacts = signal<Contact[]>([]);
  const reminders = signal<Reminder[]>([]);
  const tab = signal<TabId>('help');
  const saveError = signal(false);
  const connected = signal<Platform | null>(null);
  const guessedRegion = computed(() => guessRegion(environment.timeZone(), environment.uiLanguage));
  const help = createHelpStore();
  const signs = createSignsStore();
  const guides = createGuidesStore();
  /** "Take a minute": the breathing and grounding view, over whichever tab is open. */
  const calmOpen = signal(false);
  const stopWatching: (() => void)[] = [];

  /** Every settings change goes through here: shown at once, rolled back if storage refuses it. */
  async function updateSettings(patch: Partial<Omit<Settings, 'version'>>) {
    const p = await platform;
    const previous = settings.value ?? (await p.settings.load());
    settings.value = { ...previous, ...patch };
    try {
      await p.settings.save(settings.value);
      saveError.value = false;
    } catch {
      // Keep what the user sees honest: the choice did not stick.
      settings.value = previous;
      saveError.value = true;
    }
  }
  void platform.then((p) => (connected.value = p));
  let peopleReady: Promise<People> | undefined;
  const people = () =>
    (peopleReady ??= platform
      .then((p) => p.people())
      .then(async (storages) => {
        [userContacts.value, reminders.value] = await Promise.all([
          storages.contacts.load(),
          storages.reminders.load(),
        ]);
        stopWatching.push(
          storages.contacts.watch((next) => (userContacts.value = next)),
          storages.reminders.watch((next) => (reminders.value = next)),
        );
        return storages;
      }));
  const checkIns = createCheckInsStore(
    () => people().then((storages) => storages.checkIns),
    () => platform.then((p) => p.newId()),
  );

  return {
    lang,
    settings,
    region,
    regionIsGuessed: computed(() => !settings.value?.region && !policy.value?.defaultRegion),
    regionLocked: computed(() => Boolean(policy.value?.regionLocked && policy.value.defaultRegion)),
    policyState,
    policy,
    userContacts,
    /** The institution's contacts first (read-only), then the user's own. */
    contacts: computed(() => [...policyContacts(policy.value, ''), ...userContacts.value]),
    reminders,
    country: computed(() => countryOf(region.value)),
    tab,
    saveError,
    help,
    signs,
    guides,
    checkIns,
    calmOpen,
    showTab(next: TabId) {
      calmOpen.value = false;
      guides.close();
      tab.value = next;
    },
    toggleCalm() {
      calmOpen.value = !calmOpen.value;
    },
    /** From Signs to HELP's Hello step, with an opening line built from what was ticked. */
    startConversation(openingLine: string | null) {
      help.openingLine.value = openingLine;
      calmOpen.value = false;
      guides.close();
      tab.value = 'help';
      help.openStep('hello');
    },
    canOpenSidePanel: computed(() => connected.value?.navigation.canOpenSidePanel ?? false),
    async start() {
      const p = await platform;
      [settings.value, policyState.value] = await Promise.all([p.settings.load(), p.policy.load()]);
      stopWatching.push(
        p.settings.watch((next) => (settings.value = next)),
        p.policy.watch((next) => (policyState.value = next)),
      );
    },
    /** Views that show contacts or reminders call this when they open. */
    ensurePeople(): Promise<unknown> {
      return people();
    },
    stop() {
      stopWatching.forEach((stop) => stop());
    },
    /** Adds a contact, or replaces the one with this id. Throws if storage refuses (full disk). */
    async saveContact(input: ContactInput, id?: string) {
      const [p, { contacts }] = await Promise.all([platform, people()]);
      const current = await contacts.load();
      const contact: Contact = { ...input, id: id ?? p.newId() };
      const next = id ? current.map((c) => (c.id === id ? contact : c)) : [...current, contact];
      await contacts.save(next);
      userContacts.value = next;
    },
    async deleteContact(id: string) {
      const { contacts } = await people();
      const next = (await contacts.load()).filter((c) => c.id !== id);
      await contacts.save(next);
      userContacts.value = next;
    },
    async journalPlatform(): Promise<JournalPlatform> {
      return (await platform).journal();
    },
    setAutoLock(minutes: Settings['journalAutoLockMinutes']) {
      return updateSettings({ journalAutoLockMinutes: minutes });
    },
    /** Call from the click itself: asking for notifications needs the user gesture. */
    requestNotifications(): Promise<boolean> {
      return connected.value?.requestNotifications() ?? Promise.resolve(false);
    },
    async addReminder(when: Date, label: string) {
      const [p, storages] = await Promise.all([platform, people()]);
      await storages.reminders.add({ id: p.newId(), when: when.getTime(), label });
      reminders.value = await storages.reminders.load();
    },
    async cancelReminder(id: string) {
      // (Not named "storage": WXT's auto-import would pull in its storage helper for that name.)
      const { reminders: saved } = await people();
      await saved.cancel(id);
      reminders.value = await saved.load();
    },
    async openOptions() {
      await (await platform).navigation.openOptions();
    },
    /** No await before the call: browsers open panels only inside the click's user gesture. */
    openSidePanel(): Promise<void> {
      return connected.value?.navigation.openSidePanel() ?? Promise.resolve();
    },
    setRegion(next: RegionCode | null) {
      return updateSettings({ region: next });
    },
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
