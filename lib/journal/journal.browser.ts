import { browser } from 'wxt/browser';
import { handOffToBackground } from './closing-writes';
import { createJournal, type Journal } from './journal';
import type { LockLifecycle, LockSession } from './session/lock';
import { createRepository } from './repository';
import { createDraftClaims, type DraftClaims } from './draft-claims';
import { createBrowserLock, journalSession } from './session/session.browser';
import { createNotesChanges, PLAN_CHANNEL, type NotesChanges } from './notes-changes';

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

export interface JournalPlatform {
  journal: Journal;
  lock: LockLifecycle;
  watchKey: LockSession['watchKey'];
  claims: DraftClaims;
  notesChanges: NotesChanges;
  /** Tells the safety plan's pages that an import replaced it. */
  planChanges: NotesChanges;
  /** A new draft slot for this page. */
  newSlot(): string;
  indexedDbUsable(): Promise<boolean>;
}

/** The journal's browser-backed parts, loaded with the Journal tab only. */
export function createJournalPlatform(): JournalPlatform {
  const repo = createRepository();
  const lock = createBrowserLock();
  // Firefox ends a closing page's IndexedDB writes: there the background writes them (closing-writes.ts).
  const closingWrites = import.meta.env.FIREFOX
    ? handOffToBackground((message) => browser.runtime.sendMessage(message))
    : undefined;
  return {
    journal: createJournal(repo, lock, () => crypto.randomUUID(), closingWrites),
    lock,
    watchKey: journalSession.watchKey,
    claims: createDraftClaims(),
    notesChanges: createNotesChanges(),
    planChanges: createNotesChanges(PLAN_CHANNEL),
    newSlot: () => crypto.randomUUID(),
    indexedDbUsable,
  };
}
