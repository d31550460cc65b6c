import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../settings';

const KEY = 'settings';

/** Where the UI reads and writes settings. Injected into the store so components never see browser.*. */
export interface SettingsStorage {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls back when another page (popup, side panel, options) changes the settings. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export const settingsStorage: SettingsStorage = {
  async load() {
    const stored = await browser.storage.local.get(KEY);
    return parseSettings(stored[KEY]);
  },
  async save(settings) {
    await browser.storage.local.set({ [KEY]: settings });
  },
  watch(onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[KEY];
      if (area === 'local' && change) onChange(parseSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
