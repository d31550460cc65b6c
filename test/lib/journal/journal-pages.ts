import { vi } from 'vitest';
import { createJournal } from '../../../lib/journal/journal';
import {
  handOffToBackground,
  type ClosingWrite,
  type ClosingWriteAnswer,
  type ClosingWrites,
} from '../../../lib/journal/closing-writes';
import { writeHandedOver } from '../../../lib/journal/closing-writes.background';
import { createLockLifecycle, type LockSession } from '../../../lib/journal/session/lock';
import { createRepository } from '../../../lib/journal/repository';
import type { DraftClaims } from '../../../lib/journal/draft-claims';
import type { JournalPlatform } from '../../../lib/journal/journal.browser';
import { journalSession } from '../../../lib/journal/session/session.browser';
import { createNotesChanges } from '../../../lib/journal/notes-changes';
import { createJournalStore } from '../../../lib/journal/journal-store';
import type { Note } from '../../../lib/journal/notes';
import { createSafetyPlanStore } from '../../../lib/safety-plan/safety-plan-store';

let n = 0;
export const newId = () => `note-${++n}`;

/** A note with a fixed time, so records sealed from it can be compared. */
export const note = (id: string, body: string, updatedAt = 1_700_000_000_000): Note => ({
  id,
  title: '',
  body,
  prompts: {},
  createdAt: updatedAt,
  updatedAt,
});

/** A pause before each storage or database call: the race test hands these to fast-check's scheduler. */
export type Gate = (label: string) => Promise<void>;

/** Every async method of `target` waits at the gate first; watchers (sync) are left alone. */
export function gated<T extends object>(target: T, gate: Gate | undefined, prefix: string): T {
  if (!gate) return target;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(target)) {
    out[name] =
      typeof value === 'function' && !name.startsWith('watch') && name !== 'close'
        ? async (...args: unknown[]) => {
            await gate(`${prefix}.${name}`);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          }
        : value;
  }
  return out as T;
}

/**
 * Firefox's background for the pages' closing writes (closing-writes.ts), holding each message
 * until the test delivers it: written with the background's own checks and announced to the
 * pages, or answered "not written" unread.
 */
function backgroundInbox(name: string) {
  const repo = createRepository(name);
  const changes = { notes: createNotesChanges(name), plan: createNotesChanges(`${name}-plan`) };
  const waiting: Array<{ message: ClosingWrite; answer: (answer: ClosingWriteAnswer) => void }> = [];
  return {
    /** Messages sent and not yet delivered. */
    get waiting() {
      return waiting.length;
    },
    send: (message: ClosingWrite) =>
      new Promise<ClosingWriteAnswer>((answer) => waiting.push({ message, answer })),
    /** Writes and announces each message waiting, and answers it. */
    async deliver() {
      (await this.deliverHoldingAnswers())();
    },
    /**
     * Writes and announces each message waiting (the first `count`), and holds the answers until
     * the returned function is called (the pages hear the announcement first).
     */
    async deliverHoldingAnswers(count = waiting.length) {
      const answers: Array<() => void> = [];
      for (const { message, answer } of waiting.splice(0, count)) {
        const written = await writeHandedOver(repo, message, changes).then(
          () => true,
          () => false,
        );
        answers.push(() => answer({ written }));
      }
      return () => answers.forEach((release) => release());
    },
    /** Answers every message waiting "not written" (the background failed), writing nothing. */
    refuse() {
      for (const { answer } of waiting.splice(0)) answer({ written: false });
    },
  };
}

/** How each page writes as it closes: in the page (Chromium), or handed to the background (Firefox). */
export type ClosingWay = 'in-page' | 'background' | ClosingWrites;

/**
 * Extension pages sharing one journal database and one lock session (the fake browser's
 * storage.session), as the popup, the side panel and a tab do. Draft slots are claimed as Web
 * Locks would: a slot held by an open page is not available to another.
 */
export function journalPages(
  name = `journal-${Math.random()}`,
  gate?: Gate,
  closing: ClosingWay = 'in-page',
) {
  const inbox = backgroundInbox(name);
  const held = new Map<string, number>();
  /** Pages waiting for a slot to be free, in the order they asked (as Web Locks queue them). */
  const waiting = new Map<string, Array<{ id: number; take: () => boolean }>>();
  /** Offers a free slot to the pages waiting for it, until one keeps it. */
  const offer = (slot: string) => {
    const queue = waiting.get(slot) ?? [];
    while (!held.has(slot) && queue.length) {
      const next = queue.shift()!;
      if (next.take()) held.set(slot, next.id);
    }
  };
  let pages = 0;
  const alarm = { at: vi.fn(), cancel: vi.fn() };
  const session: LockSession = gated(journalSession, gate, 'session');
  const minutes = async () => {
    await gate?.('settings.minutes');
    return 5;
  };
  /** The background's lifecycle, for the auto-lock alarm and idle: its clock is past any deadline. */
  const background = createLockLifecycle({ session, alarm, minutes, now: () => Date.now() + 86_400_000 });

  function page() {
    const id = ++pages;
    const repo = gated(createRepository(name), gate, `repo${id}`);
    const lock = createLockLifecycle({ session, alarm, minutes });
    const closingWrites =
      closing === 'in-page'
        ? undefined
        : closing === 'background'
          ? handOffToBackground(inbox.send)
          : closing;
    const journal = createJournal(repo, lock, newId, closingWrites);
    const claims: DraftClaims = {
      async claim(slot) {
        const owner = held.get(slot);
        if (owner !== undefined && owner !== id) return false;
        held.set(slot, id);
        return true;
      },
      whenFree(slot, take) {
        if (held.get(slot) === id) return;
        waiting.set(slot, [...(waiting.get(slot) ?? []), { id, take }]);
        queueMicrotask(() => offer(slot));
      },
      async heldElsewhere() {
        return [...held].flatMap(([slot, owner]) => (owner === id ? [] : [slot]));
      },
    };
    const platform: JournalPlatform = {
      journal,
      lock,
      watchKey: session.watchKey,
      claims,
      notesChanges: createNotesChanges(name),
      planChanges: createNotesChanges(`${name}-plan`),
      newSlot: () => `slot-${id}-${++n}`,
      indexedDbUsable: async () => true,
    };
    const store = createJournalStore(platform);
    const plan = createSafetyPlanStore(platform, createNotesChanges(`${name}-plan`));
    let stopWatching: (() => void) | undefined;
    return {
      id,
      repo,
      journal,
      platform,
      store,
      /** The page's safety plan, sharing the journal's session as journal-slice.ts builds it. */
      plan,
      /** Starts following other pages, as the journal slice does when the tab opens. */
      watch() {
        const stopJournal = store.watch();
        const stopPlan = plan.watch();
        stopWatching = () => {
          stopJournal();
          stopPlan();
        };
      },
      /** Stops following other pages. */
      unwatch() {
        stopWatching?.();
        stopWatching = undefined;
      },
      /** The page closes: it stops following, and its slots are free (as its Web Locks would be). */
      close() {
        this.unwatch();
        for (const [slot, owner] of [...held]) {
          if (owner !== id) continue;
          held.delete(slot);
          offer(slot);
        }
      },
    };
  }
  return { page, alarm, background, inbox };
}
