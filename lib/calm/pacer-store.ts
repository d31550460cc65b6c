import { computed, signal } from '@preact/signals';
import { pacerAt } from './breathing';

const TICK_MS = 250;

/** The breathing pacer's clock. Time is read from Date.now() so fake timers drive it in tests. */
export function createPacerStore() {
  const minutes = signal(1);
  const elapsedMs = signal(0);
  const running = signal(false);
  let startedAt = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const state = computed(() => pacerAt(elapsedMs.value, minutes.value));

  const stopTimer = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const tick = () => {
    elapsedMs.value = Date.now() - startedAt;
    if (state.value.done) {
      running.value = false;
      stopTimer();
    }
  };

  return {
    minutes,
    elapsedMs,
    running,
    state,
    start() {
      if (running.value) return;
      if (state.value.done) elapsedMs.value = 0;
      startedAt = Date.now() - elapsedMs.value;
      running.value = true;
      timer = setInterval(tick, TICK_MS);
    },
    pause() {
      tick();
      running.value = false;
      stopTimer();
    },
    reset() {
      stopTimer();
      running.value = false;
      elapsedMs.value = 0;
    },
    setMinutes(next: number) {
      this.reset();
      minutes.value = next;
    },
  };
}

export type PacerStore = ReturnType<typeof createPacerStore>;
