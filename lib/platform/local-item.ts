import { browser } from 'wxt/browser';

/** One value in storage.local, always read through its parser so bad data never reaches the UI. */
export interface LocalItem<T> {
  load(): Promise<T>;
  save(value: T): Promise<void>;
  /** Calls back when another page (popup, side panel, options, background) changes the value. */
  watch(onChange: (value: T) => void): () => void;
}

export function localItem<T>(key: string, parse: (raw: unknown) => T): LocalItem<T> {
  return {
    async load() {
      const stored = await browser.storage.local.get(key);
      return parse(stored[key]);
    },
    async save(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) onChange(parse(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
