import { browser } from 'wxt/browser';
import { onStorageChange } from './storage-changes';

/** One value in storage.local, always read through its parser so bad data never reaches the UI. */
export interface LocalItem<T> {
  load(): Promise<T>;
  save(value: T): Promise<void>;
  /**
   * Reads the stored value, changes it and writes it back, one update at a time across every page
   * of the extension: the popup and the side panel never overwrite each other's edits.
   */
  update(change: (current: T) => T): Promise<T>;
  /** Calls back when another page (popup, side panel, options, background) changes the value. */
  watch(onChange: (value: T) => void): () => void;
}

// Where the browser has no Web Locks, updates are at least serialised within this page.
const queues = new Map<string, Promise<unknown>>();

/** Runs `task` holding the lock named `name`: Web Locks span every page of the extension's origin. */
function exclusively<R>(name: string, task: () => Promise<R>): Promise<R> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(`been-there:${name}`, task) as Promise<R>;
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

export function localItem<T>(key: string, parse: (raw: unknown) => T): LocalItem<T> {
  const item: LocalItem<T> = {
    async load() {
      const stored = await browser.storage.local.get(key);
      return parse(stored[key]);
    },
    async save(value) {
      await browser.storage.local.set({ [key]: value });
    },
    update(change) {
      return exclusively(key, async () => {
        const next = change(await item.load());
        await item.save(next);
        return next;
      });
    },
    watch(onChange) {
      return onStorageChange('local', key, (newValue) => onChange(parse(newValue)));
    },
  };
  return item;
}
