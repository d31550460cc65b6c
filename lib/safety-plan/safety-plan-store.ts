import { signal } from '@preact/signals';
import type { JournalPlatform } from '../journal/journal.browser';
import type { SaveState } from '../journal/journal-store';
import { createNotesChanges, type NotesChanges } from '../journal/notes-changes';
import { StaleError, type Ticket } from '../journal/session/session';
import { emptyPlan, type SafetyPlan } from './safety-plan';

/** As the journal's notes: short, so that closing a page right after typing loses nothing. */
export const PLAN_AUTOSAVE_MS = 700;

export type PlanLoad = 'idle' | 'loading' | 'ready' | 'unreadable';

/** Pages tell each other the plan changed (nothing in the message), as they do for notes. */
export const planChanges = (): NotesChanges => createNotesChanges('been-there-safety-plan');

/**
 * The safety plan in one page, built with the journal's store (journal-slice.ts) and sharing its
 * session: the decrypted plan lives in `plan` only while unlocked, and every lock this page sees
 * empties it at once (session.onForget). Saves take a ticket like notes do: one that a lock
 * overtook writes nothing and reports nothing.
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
  let dirty = false;
  let autosave: ReturnType<typeof setTimeout> | undefined;
  let loads = 0;
  /** One save at a time: a late save never lands after a newer one from this page. */
  let writes: Promise<unknown> = Promise.resolve();
  const serial = <T>(write: () => Promise<T>): Promise<T> => {
    const next = writes.then(write, write);
    writes = next.catch(() => undefined);
    return next;
  };

  const forget = () => {
    loads++;
    if (autosave !== undefined) clearTimeout(autosave);
    autosave = undefined;
    plan.value = null;
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
    plan.value = found.plan ?? emptyPlan();
    load.value = found.unreadable ? 'unreadable' : 'ready';
    dirty = false;
  };

  const saveNow = async (closing = false): Promise<boolean> => {
    if (autosave !== undefined) clearTimeout(autosave);
    autosave = undefined;
    const current = plan.value;
    if (!current || !dirty) return true;
    const t = session.ticket();
    saveState.value = 'saving';
    try {
      const saved = await serial(() => journal.savePlan(current, t, closing));
      if (!session.current(t)) return false;
      if (plan.value === current) {
        plan.value = saved;
        dirty = false;
      }
      saveState.value = 'saved';
      changes.announce();
      return true;
    } catch {
      if (session.current(t)) saveState.value = 'failed';
      return false;
    }
  };

  return {
    plan,
    load,
    saveState,
    /** Reads the plan (an empty one if none was saved yet). Call when the journal is unlocked. */
    async open() {
      await read().catch((e: unknown) => {
        // Locked meanwhile: nothing to show. Any other failure is shown as a plan that cannot be read.
        if (!(e instanceof StaleError)) load.value = 'unreadable';
      });
    },
    /** Changes the plan on screen; it is saved, sealed, shortly after the last change. */
    edit(update: (plan: SafetyPlan) => SafetyPlan) {
      if (!plan.value) return;
      plan.value = update(plan.value);
      dirty = true;
      saveState.value = 'idle';
      void lifecycle.touch();
      if (autosave !== undefined) clearTimeout(autosave);
      autosave = setTimeout(() => void saveNow(), PLAN_AUTOSAVE_MS);
    },
    saveNow,
    /** Follows other pages' saves (unless words typed here are waiting), and saves as the page hides. */
    watch() {
      const stop = changes.watch(() => {
        if (!dirty && plan.value) void read().catch(() => undefined);
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
