import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../journal/crypto';
import type { KeyStore } from '../journal/journal';
import { onStorageChange } from './storage-changes';

export const SESSION_KEY = 'journalKey';

/**
 * The unlocked journal key, in storage.session: memory only, emptied on browser restart, readable
 * by the extension's own pages only (the default access level, which we never widen).
 */
export const journalKeyStore: KeyStore = {
  async get() {
    const stored = await browser.storage.session.get(SESSION_KEY);
    const value = stored[SESSION_KEY];
    return typeof value === 'string' ? fromBase64(value) : null;
  },
  async set(raw) {
    await browser.storage.session.set({ [SESSION_KEY]: toBase64(raw) });
  },
  async clear() {
    await browser.storage.session.remove(SESSION_KEY);
  },
  watch(onChange) {
    return onStorageChange('session', SESSION_KEY, (newValue) => onChange(typeof newValue === 'string'));
  },
};

/** Locks every page at once: used by the background on idle, screen lock and the keyboard command. */
export function lockJournal(): Promise<void> {
  return browser.storage.session.remove(SESSION_KEY);
}
