import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { HELP_STEPS, helpStepIndex, type HelpStepId } from '../content/help';

export type HelpMode = 'overview' | 'guided';

/** Where the reader is in the HELP guide. Lives in memory only: reopening starts fresh. */
export function createHelpStore() {
  const mode = signal<HelpMode>('overview');
  const stepIndex = signal(0);
  const urgentOpen = signal(false);
  /** An opening line built from the signs a colleague noticed (Signs tab), shown on Hello. */
  const openingLine = signal<string | null>(null);
  /** Bumped when the reader jumps to a step, so the step's heading takes focus. */
  const focusRequest = signal(0);
  const step = computed(() => HELP_STEPS[stepIndex.value] ?? HELP_STEPS[0]!);
  const isFirst = computed(() => stepIndex.value === 0);
  const isLast = computed(() => stepIndex.value === HELP_STEPS.length - 1);

  const openStep = (id: HelpStepId) => {
    stepIndex.value = Math.max(0, helpStepIndex(id));
    mode.value = 'guided';
    focusRequest.value += 1;
  };

  return {
    mode: mode as ReadonlySignal<HelpMode>,
    stepIndex: stepIndex as ReadonlySignal<number>,
    step,
    isFirst,
    isLast,
    urgentOpen: urgentOpen as ReadonlySignal<boolean>,
    openingLine: openingLine as ReadonlySignal<string | null>,
    focusRequest: focusRequest as ReadonlySignal<number>,
    openStep,
    /** Opens a step with an opening line to show there (or none). */
    openStepWith(id: HelpStepId, line: string | null) {
      openingLine.value = line;
      openStep(id);
    },
    next() {
      if (!isLast.value) stepIndex.value += 1;
    },
    back() {
      if (!isFirst.value) stepIndex.value -= 1;
    },
    showMode(next: HelpMode) {
      mode.value = next;
    },
    toggleUrgent() {
      urgentOpen.value = !urgentOpen.value;
    },
  };
}

export type HelpStore = ReturnType<typeof createHelpStore>;
