import { signal, type ReadonlySignal } from '@preact/signals';
import { createPacerStore } from './pacer-store';

/**
 * "Take a minute": the breathing and grounding view, over whichever tab is open. Its pacer clock
 * runs only while the view is open: closing the view resets it, so nothing runs in the background.
 */
export function createCalmStore() {
  const open = signal(false);
  const pacer = createPacerStore();
  const close = () => {
    open.value = false;
    pacer.reset();
  };
  return {
    open: open as ReadonlySignal<boolean>,
    pacer,
    show() {
      open.value = true;
    },
    close,
    toggle() {
      if (open.value) close();
      else open.value = true;
    },
  };
}

export type CalmStore = ReturnType<typeof createCalmStore>;
