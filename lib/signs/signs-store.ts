import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { SignsMode } from '../content/indicators';

const NOTHING_TICKED: ReadonlySet<string> = new Set();

/**
 * The Signs checklist. Ticks live in these signals only: nothing is written anywhere, and closing
 * the popup or panel forgets them (research/anchors-security.md, D1). What the ticks mean is worked
 * out by lib/signs/signs-summary.ts, which loads with the Signs tab.
 */
export function createSignsStore() {
  const mode = signal<SignsMode>('colleague');
  /**
   * Each mode keeps its own ticks: signs noticed in a colleague are not the reader's own, and a
   * reader who switches to check on themselves (or back) finds each list as they left it.
   */
  const tickedIn = signal<Readonly<Record<SignsMode, ReadonlySet<string>>>>({
    colleague: NOTHING_TICKED,
    myself: NOTHING_TICKED,
  });
  const ticked = computed(() => tickedIn.value[mode.value]);
  /** Whether either list holds a tick: "Clear all ticks" clears both. */
  const anyTicked = computed(() => tickedIn.value.colleague.size + tickedIn.value.myself.size > 0);
  /**
   * The sign ticked last, in either mode, and a count that grows with every tick: a red flag's block
   * takes focus and scrolls into view on each new tick, and "Back to the list" returns to that sign
   * when it is in the list shown (SignsUrgent).
   */
  const lastTicked = signal<{ id: string; serial: number } | null>(null);
  /**
   * Set when another view sends the reader here: the button they pressed is gone with that view, so
   * the tab's heading takes focus as it opens, once, if focus went with the button (SignsTab).
   */
  let focusOnOpen = false;
  const setTicked = (next: ReadonlySet<string>) => {
    tickedIn.value = { ...tickedIn.value, [mode.value]: next };
  };
  return {
    mode: mode as ReadonlySignal<SignsMode>,
    /** The ticks of the mode shown. */
    ticked: ticked as ReadonlySignal<ReadonlySet<string>>,
    anyTicked: anyTicked as ReadonlySignal<boolean>,
    lastTicked: lastTicked as ReadonlySignal<{ id: string; serial: number } | null>,
    setMode(next: SignsMode) {
      mode.value = next;
    },
    toggle(id: string) {
      const next = new Set(ticked.value);
      if (next.has(id)) next.delete(id);
      else {
        next.add(id);
        lastTicked.value = { id, serial: (lastTicked.value?.serial ?? 0) + 1 };
      }
      setTicked(next);
    },
    /**
     * Clears both lists: on a shared workstation, a reader who clears and walks away must not leave
     * the other list's ticks (red flags included) for the next person to find under "Myself".
     */
    clear() {
      tickedIn.value = { colleague: NOTHING_TICKED, myself: NOTHING_TICKED };
    },
    askFocusOnOpen() {
      focusOnOpen = true;
    },
    /** Whether the tab, opening now, should take focus (and forget that it was asked). */
    takeFocusOnOpen(): boolean {
      const asked = focusOnOpen;
      focusOnOpen = false;
      return asked;
    },
  };
}

export type SignsStore = ReturnType<typeof createSignsStore>;
