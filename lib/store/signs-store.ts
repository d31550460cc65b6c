import { signal, type ReadonlySignal } from '@preact/signals';
import type { SignsMode } from '../content/indicators';

/**
 * The Signs checklist. Ticks live in this signal only: nothing is written anywhere, and closing
 * the popup or panel forgets them (research/anchors-security.md, D1). What the ticks mean is worked
 * out by lib/signs-summary.ts, which loads with the Signs tab.
 */
export function createSignsStore() {
  const mode = signal<SignsMode>('colleague');
  const ticked = signal<ReadonlySet<string>>(new Set());
  return {
    mode: mode as ReadonlySignal<SignsMode>,
    ticked: ticked as ReadonlySignal<ReadonlySet<string>>,
    setMode(next: SignsMode) {
      mode.value = next;
    },
    toggle(id: string) {
      const next = new Set(ticked.value);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      ticked.value = next;
    },
    clear() {
      ticked.value = new Set();
    },
  };
}

export type SignsStore = ReturnType<typeof createSignsStore>;
