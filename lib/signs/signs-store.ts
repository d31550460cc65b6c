import { signal, type ReadonlySignal } from '@preact/signals';
import type { SignsMode } from '../content/indicators';

/**
 * The Signs checklist. Ticks live in this signal only: nothing is written anywhere, and closing
 * the popup or panel forgets them (research/anchors-security.md, D1). What the ticks mean is worked
 * out by lib/signs/signs-summary.ts, which loads with the Signs tab.
 */
export function createSignsStore() {
  const mode = signal<SignsMode>('colleague');
  const ticked = signal<ReadonlySet<string>>(new Set());
  /**
   * The sign ticked last, and a count that grows with every tick: a red flag's block takes focus
   * and scrolls into view on each new tick, and "Back to the list" returns to that sign.
   */
  const lastTicked = signal<{ id: string; serial: number } | null>(null);
  /**
   * Set when another view sends the reader here: the button they pressed is gone with that view, so
   * the tab's heading takes focus as it opens, once.
   */
  let focusOnOpen = false;
  return {
    mode: mode as ReadonlySignal<SignsMode>,
    ticked: ticked as ReadonlySignal<ReadonlySet<string>>,
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
      ticked.value = next;
    },
    clear() {
      ticked.value = new Set();
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
