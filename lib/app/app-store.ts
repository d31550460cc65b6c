import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { pickLang } from '../text/language';
import { policyContacts } from '../settings/policy-merge';
import type { Platform } from './platform';
import { createCalmStore } from '../calm/calm-store';
import type { Environment } from './environment';
import { createCheckInsStore } from '../check-ins/check-ins-store';
import { createGuidesStore } from '../guides/guides-store';
import { createHelpStore } from '../help/help-store';
import { createJournalSlice } from '../journal/journal-slice';
import { createPeopleSlice, type ContactDeleteOutcome } from '../people/people-store';
import type { CheckIn } from '../check-ins/check-ins';
import { createSettingsSlice } from '../settings/settings-store';
import { createSignsStore } from '../signs/signs-store';
import { createStorageProtectionStore } from '../settings/storage-protection-store';

export type { Environment, Surface } from './environment';
export type TabId = 'help' | 'signs' | 'reach' | 'resources' | 'journal';

/**
 * The one store every view reads, composed of slices that each own their signals. An entrypoint
 * builds it with the real platform; a test builds it with the fake browser. The first render needs
 * only the environment: the platform may still be loading.
 */
export function createAppStore(environment: Environment, platform: Promise<Platform>) {
  const connected = signal<Platform | null>(null);
  void platform.then((p) => (connected.value = p));
  const tab = signal<TabId>('help');
  const settings = createSettingsSlice(environment, platform);
  const people = createPeopleSlice(platform);
  const journal = createJournalSlice(platform);
  const help = createHelpStore();
  const signs = createSignsStore();
  const calm = createCalmStore();
  const guides = createGuidesStore();
  const checkIns = createCheckInsStore(
    () => people.ensure().then((storages) => storages.checkIns),
    () => platform.then((p) => p.newId()),
  );

  return {
    lang: pickLang(environment.uiLanguage),
    settings,
    people,
    journal,
    help,
    signs,
    calm,
    guides,
    checkIns,
    storageProtection: createStorageProtectionStore(platform),
    // What most views read, at the top for short names.
    region: settings.region,
    country: settings.country,
    policy: settings.policy,
    tab: tab as ReadonlySignal<TabId>,
    /** The institution's contacts first (read-only), then the user's own. */
    contacts: computed(() => [...policyContacts(settings.policy.value, ''), ...people.contacts.value]),
    /**
     * Every browser this extension supports (Chrome 116+, Firefox 142+) can, so the first screen,
     * painted before the platform loads (scripts/prerender), shows the button: appearing late, it
     * moved the header and, in French, everything below it.
     */
    canOpenSidePanel: computed(() => connected.value?.navigation.canOpenSidePanel ?? true),
    /** See Navigation.filePickerClosesPopup; false until the platform says. */
    filePickerClosesPopup: computed(() => connected.value?.navigation.filePickerClosesPopup ?? false),
    showTab(next: TabId) {
      calm.close();
      guides.close();
      // The reader chose a tab: a focus asked for by another view and not yet given is dropped.
      signs.takeFocusOnOpen();
      tab.value = next;
    },
    /**
     * A person leaves the user's list, and their check-ins stop with them, so no alarm is left
     * ringing for nobody. The check-ins go first, never a check-in without its person: if storage
     * then refuses the contact, they are put back (unless another page deleted that person
     * meanwhile), and the outcome says if even that was refused.
     */
    async deleteContact(id: string): Promise<ContactDeleteOutcome> {
      let stopped: CheckIn[];
      try {
        stopped = await checkIns.stopAllWith(id);
      } catch {
        return 'refused';
      }
      try {
        await people.deleteContact(id);
        return 'deleted';
      } catch {
        try {
          // Deleted by another page meanwhile: gone all the same, and its check-ins stay stopped.
          if (!(await people.isListed(id))) return 'deleted';
          await checkIns.restore(stopped);
          return 'refused';
        } catch {
          return stopped.length ? 'refusedCheckInsStopped' : 'refused';
        }
      }
    },
    /** "Open my safety plan" (Signs' Myself mode, the urgent block): the Journal tab asks to unlock first. */
    openSafetyPlan() {
      calm.close();
      guides.close();
      journal.showSection('plan');
      tab.value = 'journal';
    },
    /**
     * From HELP, for a reader who is the one struggling: Signs, worded for themselves, with their own
     * ticks (those about a colleague stay with that mode).
     */
    openSignsForMyself() {
      calm.close();
      guides.close();
      signs.setMode('myself');
      signs.askFocusOnOpen();
      tab.value = 'signs';
    },
    /** From Signs to HELP's Hello step, with an opening line built from what was ticked. */
    startConversation(openingLine: string | null) {
      calm.close();
      guides.close();
      tab.value = 'help';
      help.openStepWith('hello', openingLine);
    },
    start: settings.start,
    stop() {
      settings.stop();
      people.stop();
      journal.stop();
      checkIns.stop();
      calm.close();
    },
    /** Call from the click itself: asking for notifications needs the user gesture. */
    requestNotifications(): Promise<boolean> {
      return connected.value?.requestNotifications() ?? Promise.resolve(false);
    },
    async openOptions() {
      await (await platform).navigation.openOptions();
    },
    /**
     * No await before the call once the platform is there: browsers open panels only inside the
     * click's user gesture. A click before it loaded (the button is on the first screen) waits for it.
     */
    openSidePanel(): Promise<void> {
      const now = connected.value;
      return now ? now.navigation.openSidePanel() : platform.then((p) => p.navigation.openSidePanel());
    },
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
