import { computed, signal } from '@preact/signals';
import { INDICATORS, type SignsMode } from '../content/indicators';

/**
 * The Signs checklist. Ticks live in this signal only: nothing is written anywhere, and closing
 * the popup or panel forgets them (research/anchors-security.md, D1).
 */
export function createSignsStore() {
  const mode = signal<SignsMode>('colleague');
  const ticked = signal<ReadonlySet<string>>(new Set());
  const tickedIndicators = computed(() => INDICATORS.filter((i) => ticked.value.has(i.id)));
  return {
    mode,
    ticked,
    redFlagTicked: computed(() => tickedIndicators.value.some((i) => i.redFlag)),
    otherCount: computed(() => tickedIndicators.value.filter((i) => !i.redFlag).length),
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
