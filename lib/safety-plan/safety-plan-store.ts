import { signal } from '@preact/signals';
import { createAutosave, createQuietlySaved } from '../journal/autosave';
import { answeredOrLate, MAX_OWN_WRITES } from '../journal/closing-writes';
import { sameBytes } from '../journal/crypto';
import type { PlanRead, SealedPlan } from '../journal/journal';
import type { JournalPlatform } from '../journal/journal.browser';
import type { SaveState } from '../journal/journal-store';
import { newestOnly } from '../journal/newest-only';
import { createNotesChanges, PLAN_CHANNEL, type NotesChanges } from '../journal/notes-changes';
import { PlanChangedElsewhereError, type PlanRecord } from '../journal/repository';
import { StaleError, type Ticket } from '../journal/session/session';
import { emptyPlan, type SafetyPlan } from './safety-plan';

export type PlanLoad = 'idle' | 'loading' | 'ready' | 'unreadable';

/** Pages tell each other the plan changed (nothing in the message), as they do for notes. */
export const planChanges = (): NotesChanges => createNotesChanges(PLAN_CHANNEL);

/** A save begun before this page's closing write was sent, which holds its words: it writes nothing. */
class LeftToClosingWrite extends Error {
  constructor(readonly write: Promise<SafetyPlan>) {
    super('left to the closing write');
  }
}

/**
 * The safety plan in one page, built with the journal's store (journal-slice.ts) and sharing its
 * session: the decrypted plan lives in `plan` only while unlocked, and every lock this page sees
 * empties it at once (session.onForget). Saves take a ticket like notes do: one that a lock
 * overtook writes nothing and reports nothing.
 *
 * Two pages (popup and side panel) may show the plan at once. A page with no unsaved words follows
 * the other's saves. A page with unsaved words never writes over a plan saved elsewhere since it
 * read its own (the repository refuses, `over`), and never drops its words either: it shows the
 * other plan in `conflict` and waits for the person to keep theirs or take the other.
 */
export function createSafetyPlanStore(
  platform: Pick<JournalPlatform, 'journal' | 'lock'>,
  changes: NotesChanges = planChanges(),
) {
  const { journal, lock: lifecycle } = platform;
  const session = journal.session;
  const plan = signal<SafetyPlan | null>(null);
  const load = signal<PlanLoad>('idle');
  const saveState = signal<SaveState>('idle');
  /** Another page's newer plan, while this page's unsaved words wait for the person's choice. */
  const conflict = signal<SafetyPlan | null>(null);
  /** Goes up whenever the plan on screen is replaced from disk, so editors show its words afresh. */
  const revision = signal(0);
  /** The time of the plan on disk that this page's edits start from (0: none yet; undefined: unreadable). */
  let base: number | undefined;
  let dirty = false;
  const quietlySaved = createQuietlySaved<SafetyPlan>();
  const autosave = createAutosave((whileTyping) => void saveNow(false, whileTyping));
  let loads = 0;
  /**
   * One save at a time: a late save never lands after a newer one from this page. Holds no result:
   * the plan a save returns is decrypted, and must not outlive a lock here.
   */
  let writes: Promise<void> = Promise.resolve();
  /** This page's save being written now (journal.savePlan's onTime), until it settles. */
  let writing: PlanRecord | undefined;
  const serial = <T>(write: () => Promise<T>): Promise<T> => {
    const next = writes.then(write, write);
    writes = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
  /** The plan on screen, sealed as it changes, for a page closing right after an edit (saveNow). */
  let sealed: SealedPlan | undefined;
  /**
   * The records this page's closing writes sent, until each is answered: read back meanwhile (the
   * background announces one before it answers, closing-writes.ts), they are this page's own.
   */
  let sending: PlanRecord[] = [];
  /**
   * This page's last closing write, until it fails or a lock: a second close of the same plan
   * joins it, and a save begun before it was sent leaves its words to it (`usual` in saveNow).
   * `number`: closing writes sent so far, this one included.
   */
  let handedOver: { sealed: SealedPlan; landed: Promise<SafetyPlan>; number: number } | undefined;
  let closingWritesSent = 0;
  /**
   * Seals the newest plan, one seal at a time, as the journal does for drafts (journal-store.ts):
   * later than the plan on disk and than this page's save being written, which may land first.
   */
  const sealAhead = newestOnly(async () => {
    const current = plan.value;
    if (!current) return;
    const t = session.ticket();
    const after = Math.max(base ?? 0, writing?.updatedAt ?? 0, ...sending.map((r) => r.updatedAt));
    const next = await journal.sealPlanAhead(current, t, after);
    if (session.current(t)) sealed = next;
  });
  /** A save of this page landed: the plan on disk its next edits start from. */
  const advanceBase = (time: number) => {
    base = Math.max(base ?? 0, time);
  };
  /**
   * The IVs of this page's writes on their way: the usual save being written, then the newest
   * `most` - 1 closing writes not yet answered.
   */
  const ownWrites = (most = Infinity) =>
    [writing, ...sending.slice(Math.max(0, sending.length - (most - 1)))].flatMap((record) =>
      record ? [record.iv] : [],
    );
  /**
   * A plan read from disk is this page's own: one of its writes on their way (told by IV: two
   * pages' saves can share a time), or no newer than the last one it knows landed.
   */
  const isOwn = (found: PlanRead) =>
    !!found.plan &&
    ((!!found.iv && ownWrites().some((iv) => sameBytes(iv, found.iv!))) ||
      (base !== undefined && found.plan.updatedAt <= base));

  const forget = () => {
    loads++;
    autosave.cancel();
    plan.value = null;
    sealed = undefined;
    quietlySaved.clear();
    handedOver = undefined;
    conflict.value = null;
    base = undefined;
    load.value = 'idle';
    saveState.value = 'idle';
    dirty = false;
  };
  session.onForget(forget);

  const read = async () => {
    const mine = ++loads;
    const t: Ticket = session.ticket();
    const stale = () => mine !== loads || !session.current(t);
    if (load.value === 'idle') load.value = 'loading';
    const found = await journal.plan(t);
    if (stale()) return;
    // Edited while the plan was being read (a page following another's save): the words typed
    // here are never replaced; the other plan is shown beside them instead.
    if (dirty) return showBeside(found);
    plan.value = found.plan ?? emptyPlan();
    // A plan that no longer opens is written over, as before: there is nothing to choose between.
    base = found.unreadable ? undefined : (found.plan?.updatedAt ?? 0);
    conflict.value = null;
    revision.value++;
    load.value = found.unreadable ? 'unreadable' : 'ready';
    dirty = false;
  };

  /**
   * Another page saved while words typed here wait: shows its plan beside them, saves nothing.
   * True when the plan on disk is this page's own after all (isOwn): this page's edits now start
   * from it.
   */
  const meetConflict = async (): Promise<boolean> => {
    const mine = loads;
    const t = session.ticket();
    const found = await journal.plan(t);
    if (mine !== loads || !session.current(t)) return false;
    if (found.plan && isOwn(found)) {
      advanceBase(found.plan.updatedAt);
      return true;
    }
    showBeside(found);
    return false;
  };
  /** The plan read from disk, if another page saved it since `base`, beside the words typed here. */
  const showBeside = (found: PlanRead) => {
    if (!dirty || !found.plan || isOwn(found)) return;
    autosave.cancel();
    conflict.value = found.plan;
    saveState.value = 'idle';
  };

  /** `quiet`: saved while the person types on (createAutosave): only a failure or a conflict is shown. */
  const saveNow = async (closing = false, quiet = false): Promise<boolean> => {
    // A quiet save comes only from the autosave's own timer, which is clear by then: it leaves the
    // save at the pause in place (createAutosave).
    if (!quiet) autosave.cancel();
    const current = plan.value;
    if (!current || !dirty) {
      // Saved quietly while typing went on, nothing typed or shown since: now that it paused, say so.
      if (!quiet && quietlySaved.sayNow(current, closing, saveState.value)) saveState.value = 'saved';
      return true;
    }
    if (!quiet) quietlySaved.clear();
    // Waiting for the person's choice: nothing is written, not even as the page closes.
    if (conflict.value) return false;
    const t = session.ticket();
    if (!quiet) saveState.value = 'saving';
    // A closing write sent after this save began holds its words, or newer ones, but not this save's
    // IV (not sealed yet when it went out): were this save to land first, that write would be
    // refused, and the page may be gone by then. So this save writes nothing, and ends with it.
    const usual = (): Promise<SafetyPlan | null> => {
      const closesBefore = closingWritesSent;
      return serial(async () => {
        let mine: PlanRecord | undefined;
        try {
          const done = await journal.savePlan(current, t, closing, base, (record) => {
            if (handedOver && handedOver.number > closesBefore)
              throw new LeftToClosingWrite(handedOver.landed);
            writing = mine = record;
            // Sealed again, later than this save, before it is written: a page closing meanwhile
            // still writes at once, and its write is newer whichever lands first.
            return sealAhead();
          });
          if (session.current(t)) advanceBase(done.updatedAt);
          return done;
        } finally {
          if (writing === mine) writing = undefined;
        }
      }).catch(async (error: unknown) => {
        if (!(error instanceof LeftToClosingWrite)) throw error;
        // Its plan once written; null when refused, failed or not answered in time (that close
        // saves again the usual way if it can, saveNow).
        return ((await answeredOrLate(error.write)) as SafetyPlan | undefined) ?? null;
      });
    };
    // Closing, the page may be gone before the next await resumes: the plan sealed ahead (exactly
    // this one) goes out now, before any await, even while this page's own save is on its way.
    // Not one sealed before the plan this page now starts from ("Keep mine"): it would be refused.
    const ready =
      closing && sealed?.plan === current && sealed.saved.updatedAt > (base ?? 0) ? sealed : undefined;
    try {
      const atOnce = ready && writeAtOnce(ready, t);
      let saved: SafetyPlan;
      if (atOnce) {
        // Refused, or failed: saved the usual way, which says why (another page's plan, a lock).
        // Unless edited since: the save of the newer words, queued after this one, holds these
        // too, and this older plan must not land after it.
        const fallback = await atOnce.catch(() => (plan.value === current ? usual() : null));
        if (!fallback) return false;
        saved = fallback;
      } else {
        const done = await usual();
        if (!done) return false;
        saved = done;
      }
      if (!session.current(t)) return false;
      if (plan.value === current) {
        plan.value = saved;
        dirty = false;
        if (quiet) quietlySaved.wrote(saved);
      } else {
        // Edited meanwhile: sealed again, later than this save, or a closing write would be refused.
        sealAhead();
      }
      if (!quiet) saveState.value = 'saved';
      changes.announce();
      return true;
    } catch (error) {
      if (!session.current(t)) return false;
      if (error instanceof PlanChangedElsewhereError) {
        // Refused (by `over`) because a write of this page landed first: a closing write, or one
        // handed to the background that took longer than SENT_WAIT_MS.
        if (await meetConflict().catch(() => false)) {
          // Words typed since: their own save holds these too. Else, unless that write was of
          // exactly these words, they are saved again, over it (its time is now this page's base).
          if (plan.value === current && handedOver?.sealed.plan !== current) return saveNow(closing, quiet);
          if (!quiet) saveState.value = 'saved';
          return true;
        }
        if (!conflict.value) saveState.value = 'idle';
      } else saveState.value = 'failed';
      return false;
    }
  };

  /**
   * Sends the plan sealed ahead, every request before any await (the page may be gone before one
   * resumes). This page's writes still on their way go with it (`own`, by IV): one that lands first
   * is not taken for another page's. One landing after is refused by `over`, as if another page's;
   * the save that made it then finds the plan on disk is this page's own (meetConflict).
   */
  const writeAtOnce = (ready: SealedPlan, t: Ticket): Promise<SafetyPlan> | null => {
    if (handedOver?.sealed === ready) return handedOver.landed;
    const own = ownWrites(MAX_OWN_WRITES);
    const write = journal.writeSealedPlan(ready, base, own);
    if (!write) return null;
    sending = [...sending, ready.record];
    const landed = write
      .then(() => {
        if (session.current(t)) advanceBase(ready.saved.updatedAt);
        return ready.saved;
      })
      .finally(() => {
        sending = sending.filter((record) => record !== ready.record);
      });
    // Later saves of this page wait for this one too, as for any other (answeredOrLate).
    writes = Promise.all([writes, answeredOrLate(landed)]).then(() => undefined);
    handedOver = { sealed: ready, landed, number: ++closingWritesSent };
    // Not written: a later close of the same plan sends it again rather than join a failure.
    landed.catch(() => {
      if (handedOver?.landed === landed) handedOver = undefined;
    });
    return landed;
  };

  return {
    plan,
    load,
    saveState,
    conflict,
    revision,
    /** Reads the plan (an empty one if none was saved yet). Call when the journal is unlocked. */
    async open() {
      await read().catch((e: unknown) => {
        // Locked meanwhile: nothing to show. Any other failure is shown as a plan that cannot be read.
        if (!(e instanceof StaleError)) load.value = 'unreadable';
      });
    },
    /**
     * Changes the plan on screen; it is saved, sealed, shortly after the last change, and every
     * AUTOSAVE_MAX_WAIT_MS while the changes go on.
     */
    edit(update: (plan: SafetyPlan) => SafetyPlan) {
      if (!plan.value) return;
      plan.value = update(plan.value);
      dirty = true;
      sealAhead();
      saveState.value = 'idle';
      void lifecycle.touch();
      autosave.schedule();
    },
    saveNow,
    /** The person keeps the plan on screen: it is saved over the other page's. */
    keepMine(): Promise<boolean> {
      const other = conflict.value;
      if (!other) return Promise.resolve(true);
      base = Math.max(base ?? 0, other.updatedAt);
      conflict.value = null;
      // Sealed again, later than the other plan, for a close that comes before this save lands.
      sealAhead();
      return saveNow();
    },
    /** The person takes the other page's plan: the words typed here are let go. */
    takeOther() {
      const other = conflict.value;
      if (!other) return;
      autosave.cancel();
      plan.value = other;
      sealed = undefined;
      base = other.updatedAt;
      conflict.value = null;
      dirty = false;
      revision.value++;
    },
    /**
     * Follows other pages' saves; with words typed here waiting, asks which plan to keep instead.
     * Saves as the page hides.
     */
    watch() {
      const stop = changes.watch(() => {
        if (!plan.value) return;
        if (!dirty) void read().catch(() => undefined);
        else void meetConflict().catch(() => undefined);
      });
      const flush = () => void saveNow(true);
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('pagehide', flush);
      return () => {
        stop();
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pagehide', flush);
      };
    },
  };
}

export type SafetyPlanStore = ReturnType<typeof createSafetyPlanStore>;
