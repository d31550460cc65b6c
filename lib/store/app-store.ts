import { computed, signal } from '@preact/signals';
import { pickLang } from '../language';
import { countryOf, guessRegion, type RegionCode } from '../region';
import { DEFAULT_SETTINGS, withRegion } from '../settings';
import type { Environment } from '../platform/environment';
import type { Navigation } from '../platform/navigation';
import type { SettingsStorage } from '../platform/settings-storage';
import { createHelpStore } from './help-store';

export type Surface = 'popup' | 'sidepanel' | 'options';
export type TabId = 'help';

export interface AppDeps {
  settings: SettingsStorage;
  navigation: Navigation;
  environment: Environment;
}

/** The one store every view reads; built by an entrypoint with real platform adapters, or by a test. */
export function createAppStore(deps: AppDeps) {
  const settings = signal(DEFAULT_SETTINGS);
  const lang = pickLang(deps.environment.uiLanguage);
  const guessedRegion = guessRegion(deps.environment.timeZone, deps.environment.uiLanguage);
  const region = computed<RegionCode>(() => settings.value.region ?? guessedRegion);
  const country = computed(() => countryOf(region.value));
  const tab = signal<TabId>('help');
  const saveError = signal(false);
  let stopWatching: (() => void) | undefined;

  return {
    lang,
    settings,
    region,
    regionIsGuessed: computed(() => settings.value.region === null),
    country,
    tab,
    saveError,
    help: createHelpStore(),
    navigation: deps.navigation,
    async start() {
      settings.value = await deps.settings.load();
      stopWatching = deps.settings.watch((next) => (settings.value = next));
    },
    stop() {
      stopWatching?.();
    },
    async setRegion(next: RegionCode | null) {
      const previous = settings.value;
      settings.value = withRegion(previous, next);
      try {
        await deps.settings.save(settings.value);
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
