import { createJournal } from '../journal/journal';
import { createRepository } from '../journal/repository';
import { journalKeyStore } from './journal-key';

/**
 * Whether IndexedDB works here at all: it does not, for example, in Firefox set to never remember
 * history. Opens and deletes a throwaway database.
 */
async function indexedDbUsable(): Promise<boolean> {
  try {
    const name = 'been-there-probe';
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    indexedDB.deleteDatabase(name);
    return true;
  } catch {
    return false;
  }
}

/** The journal's browser-backed parts, loaded with the Journal tab only. */
export function createJournalPlatform() {
  const repo = createRepository();
  return {
    journal: createJournal(repo, journalKeyStore, () => crypto.randomUUID()),
    keys: journalKeyStore,
    indexedDbUsable,
  };
}

export type JournalPlatform = ReturnType<typeof createJournalPlatform>;
