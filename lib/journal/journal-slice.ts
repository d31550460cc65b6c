import { signal, type ReadonlySignal } from '@preact/signals';
import type { Platform } from '../app/platform';
import type { JournalStore } from './journal-store';
import type { SafetyPlanStore } from '../safety-plan/safety-plan-store';

/** Where the Journal tab opens: the notes, or the safety plan (from Signs or an urgent block). */
export type JournalSection = 'notes' | 'plan';

/**
 * The journal's store, built the first time the Journal tab opens (its code and platform load
 * then) and kept for the page's life, so leaving the tab quickly cannot leave a lock watcher behind.
 * Disposed with the app store.
 */
export function createJournalSlice(platform: Promise<Platform>) {
  const store = signal<JournalStore | null>(null);
  /** The safety plan's store, built with the journal's and sharing its session. */
  const plan = signal<SafetyPlanStore | null>(null);
  const section = signal<JournalSection>('notes');
  let opening: Promise<JournalStore | null> | undefined;
  let stopWatchingLock: (() => void) | undefined;
  let stopped = false;

  const open = async (): Promise<JournalStore | null> => {
    const [journalPlatform, { createJournalStore }, { createSafetyPlanStore }] = await Promise.all([
      (await platform).journal(),
      import('./journal-store'),
      import('../safety-plan/safety-plan-store'),
    ]);
    if (stopped) return null;
    const journal = createJournalStore(journalPlatform);
    const safetyPlan = createSafetyPlanStore(journalPlatform);
    const stopJournal = journal.watch();
    const stopPlan = safetyPlan.watch();
    const stopWatching = () => {
      stopJournal();
      stopPlan();
    };
    try {
      // A lock from another page while this one was still reading (the key gone between the status
      // and the notes) fails the first read; the second then finds the journal locked.
      await journal.init().catch(() => journal.init());
    } catch (error) {
      stopWatching();
      throw error;
    }
    if (stopped) {
      stopWatching();
      return null;
    }
    stopWatchingLock = stopWatching;
    plan.value = safetyPlan;
    store.value = journal;
    return journal;
  };

  return {
    /** null until the Journal tab has opened once and its code has loaded. */
    store: store as ReadonlySignal<JournalStore | null>,
    /** null until then too; locked, it holds nothing decrypted. */
    plan: plan as ReadonlySignal<SafetyPlanStore | null>,
    section: section as ReadonlySignal<JournalSection>,
    showSection(next: JournalSection) {
      section.value = next;
    },
    /** Called by the Journal tab when it shows; loads once, and again after a failure. */
    open(): Promise<JournalStore | null> {
      // A failed load (say, IndexedDB refused) is tried again the next time the tab opens.
      opening ??= open().catch(() => {
        opening = undefined;
        return null;
      });
      return opening;
    },
    stop() {
      stopped = true;
      stopWatchingLock?.();
      stopWatchingLock = undefined;
    },
  };
}

export type JournalSlice = ReturnType<typeof createJournalSlice>;
