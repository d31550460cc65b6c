import { computed, signal } from '@preact/signals';
import { pickLang } from '../language';
import { countryOf, guessRegion, type RegionCode } from '../region';
import type { Settings } from '../settings';
import type { Navigation } from '../platform/navigation';
import type { SettingsStorage } from '../platform/settings-storage';
import { createHelpStore } from './help-store';
import { createPacerStore } from './pacer-store';
import { createSignsStore } from './signs-store';

export type Surface = 'popup' | 'sidepanel' | 'options';
export type TabId = 'help' | 'signs';

/** What the first render needs to know, read synchronously. */
export interface Environment {
  uiLanguage: string;
  /** Read only when a region has to be guessed, so start-up does not wait for it. */
  timeZone: () => string | undefined;
}

/** The browser-backed services, which arrive after the first paint (see components/mount.tsx). */
export interface Platform {
  settings: SettingsStorage;
  navigation: Navigation;
}

/**
 * The one store every view reads. An entrypoint builds it with the real platform; a test builds it
 * with the fake browser. The first render needs only the environment: the platform may still be loading.
 */
export function createAppStore(environment: Environment, platform: Promise<Platform>) {
  const lang = pickLang(environment.uiLanguage);
  // null until storage has answered; a region then comes from the settings or from a guess.
  const settings = signal<Settings | null>(null);
  const guessedRegion = computed(() => guessRegion(environment.timeZone(), environment.uiLanguage));
  const region = computed<RegionCode>(() => settings.value?.region ?? guessedRegion.value);
  const tab = signal<TabId>('help');
  const saveError = signal(false);
  const connected = signal<Platform | null>(null);
  const help = createHelpStore();
  const signs = createSignsStore();
  /** "Take a minute": the breathing and grounding view, over whichever tab is open. */
  const calmOpen = signal(false);
  let stopWatching: (() => void) | undefined;
  void platform.then((p) => (connected.value = p));

  return {
    lang,
    settings,
    region,
    regionIsGuessed: computed(() => !settings.value?.region),
    country: computed(() => countryOf(region.value)),
    tab,
    saveError,
    help,
    signs,
    calmOpen,
    pacer: createPacerStore(),
    showTab(next: TabId) {
      calmOpen.value = false;
      tab.value = next;
    },
    toggleCalm() {
      calmOpen.value = !calmOpen.value;
    },
    /** From Signs to HELP's Hello step, with an opening line built from what was ticked. */
    startConversation(openingLine: string | null) {
      help.openingLine.value = openingLine;
      calmOpen.value = false;
      tab.value = 'help';
      help.openStep('hello');
    },
    canOpenSidePanel: computed(() => connected.value?.navigation.canOpenSidePanel ?? false),
    async start() {
      const p = await platform;
      settings.value = await p.settings.load();
      stopWatching = p.settings.watch((next) => (settings.value = next));
    },
    stop() {
      stopWatching?.();
    },
    async openOptions() {
      await (await platform).navigation.openOptions();
    },
    /** No await before the call: browsers open panels only inside the click's user gesture. */
    openSidePanel(): Promise<void> {
      return connected.value?.navigation.openSidePanel() ?? Promise.resolve();
    },
    async setRegion(next: RegionCode | null) {
      const p = await platform;
      const previous = settings.value ?? (await p.settings.load());
      settings.value = { ...previous, region: next };
      try {
        await p.settings.save(settings.value);
        saveError.value = false;
      } catch {
        // Keep what the user sees honest: the choice did not stick.
        settings.value = previous;
        saveError.value = true;
      }
    },
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
