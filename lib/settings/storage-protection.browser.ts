/**
 * Whether the browser may clear this extension's data (the journal, contacts, settings) when the
 * device runs short of space. Asked only from a page that can show the browser's answer: Firefox
 * prompts in a tab (the options page), leaves the request pending forever in the toolbar popup and
 * refuses it in the sidebar.
 */
export type StorageProtection = 'protected' | 'notProtected' | 'unknown';

export interface StorageProtectionApi {
  status(): Promise<StorageProtection>;
  /** Asks the browser to keep the data; the answer may come from a prompt the user sees. */
  request(): Promise<StorageProtection>;
}

const asProtection = (kept: boolean): StorageProtection => (kept ? 'protected' : 'notProtected');

export function createStorageProtection(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined,
): StorageProtectionApi {
  return {
    async status() {
      if (!storage?.persisted) return 'unknown';
      return storage.persisted().then(asProtection, () => 'unknown' as const);
    },
    async request() {
      if (!storage?.persist) return 'unknown';
      return storage.persist().then(asProtection, () => 'unknown' as const);
    },
  };
}

export const storageProtection = createStorageProtection(globalThis.navigator?.storage);
