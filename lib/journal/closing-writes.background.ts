import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { ClosingWriteSchema, type ClosingWrite, type ClosingWriteAnswer } from './closing-writes';
import { createNotesChanges, PLAN_CHANNEL, type NotesChanges } from './notes-changes';
import { extensionUrl } from '../platform/navigation';
import { createRepository, type JournalRepository } from './repository';

/**
 * Writes a sealed record handed over by a page that was closing (closing-writes.ts), with the
 * checks of the page's own writes: the vault must hold the key it was sealed with, and a plan is
 * never written over a newer one or over one saved elsewhere since the page read its own. Then
 * tells the pages still open, as the closing page would have.
 */
export async function writeHandedOver(
  repo: JournalRepository,
  write: ClosingWrite,
  changes: ClosingWriteChanges = pagesChannels(),
): Promise<void> {
  if (write.kind === 'draft') {
    await repo.putDraft(write.slot, write.record, write.keyId);
    changes.notes.announce('draft');
  } else {
    await repo.putPlan(write.record, write.keyId, write.over, write.own);
    changes.plan.announce();
  }
}
/** Where the pages hear of drafts and of the plan (journal-store.ts, safety-plan-store.ts). */
export interface ClosingWriteChanges {
  notes: NotesChanges;
  plan: NotesChanges;
}
const pagesChannels = (): ClosingWriteChanges => ({
  notes: createNotesChanges(),
  plan: createNotesChanges(PLAN_CHANNEL),
});

/**
 * Firefox only: the background's part of a closing page's writes. The listener is added
 * synchronously, so a message wakes the background; the database opens only when one comes.
 * Only the extension's own pages can send it (it has no content scripts, and no other sender
 * reaches runtime.onMessage); anything else is not answered.
 */
export function registerClosingWrites(repo: JournalRepository = createRepository()) {
  const ownPages = extensionUrl('/');
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender): Promise<ClosingWriteAnswer> | undefined => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return undefined;
      if (!v.is(ClosingWriteSchema, message)) return undefined;
      return writeHandedOver(repo, message).then(
        () => ({ written: true }),
        () => ({ written: false }),
      );
    },
  );
}
