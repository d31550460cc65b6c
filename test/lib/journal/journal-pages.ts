import { vi } from 'vitest';
import { createJournal } from '../../../lib/journal/journal';
import { createLockLifecycle } from '../../../lib/journal/session/lock';
import { createRepository } from '../../../lib/journal/repository';
import type { DraftClaims } from '../../../lib/journal/draft-claims';
import type { JournalPlatform } from '../../../lib/journal/journal.browser';
import { journalSession } from '../../../lib/journal/session/session.browser';
import { createNotesChanges } from '../../../lib/journal/notes-changes';
import { createJournalStore } from '../../../lib/journal/journal-store';

let n = 0;
export const newId = () => `note-${++n}`;

/**
 * Extension pages sharing one journal database and one lock session (the fake browser's
 * storage.session), as the popup, the side panel and a tab do. Draft slots are claimed as Web
 * Locks would: a slot held by an open page is not available to another.
 */
export function journalPages(name = `journal-${Math.random()}`) {
  const held = new Map<string, number>();
  let pages = 0;
  const alarm = { at: vi.fn(), cancel: vi.fn() };

  function page() {
    const id = ++pages;
    const repo = createRepository(name);
    const lock = createLockLifecycle({ session: journalSession, alarm, minutes: async () => 5 });
    const journal = createJournal(repo, lock, newId);
    const claims: DraftClaims = {
      async claim(slot) {
        const owner = held.get(slot);
        if (owner !== undefined && owner !== id) return false;
        held.set(slot, id);
        return true;
      },
      whenFree: () => undefined,
    };
    const platform: JournalPlatform = {
      journal,
      lock,
      watchKey: journalSession.watchKey,
      claims,
      notesChanges: createNotesChanges(name),
      newSlot: () => `slot-${id}-${++n}`,
      indexedDbUsable: async () => true,
    };
    const store = createJournalStore(platform);
    return {
      repo,
      journal,
      platform,
      store,
      /** The page closes: its slots are free for others (as its Web Locks would be). */
      close() {
        for (const [slot, owner] of held) if (owner === id) held.delete(slot);
      },
    };
  }
  return { page, alarm };
}
