import { computed, signal } from '@preact/signals';
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

  return {
    mode,
    stepIndex,
    step,
    isFirst,
    isLast,
    urgentOpen,
    openingLine,
    focusRequest,
    openStep(id: HelpStepId) {
      stepIndex.value = Math.max(0, helpStepIndex(id));
      mode.value = 'guided';
      focusRequest.value += 1;
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
