import { signal, type ReadonlySignal } from '@preact/signals';
import type { AfterEventPathId } from '../content/difficult-event';

/** The guides opened over the tabs (from HELP, Signs and Reach). */
export type GuideId = 'after-event' | 'start-peer-support';

/** Which guide is open and where the reader is in it. Memory only: reopening Been There starts fresh. */
export function createGuidesStore() {
  const open = signal<GuideId | null>(null);
  /** The after-event path chosen (a colleague or myself), null while choosing. */
  const path = signal<AfterEventPathId | null>(null);
  const screen = signal(0);
  const urgentOpen = signal(false);

  return {
    open: open as ReadonlySignal<GuideId | null>,
    path: path as ReadonlySignal<AfterEventPathId | null>,
    screen: screen as ReadonlySignal<number>,
    urgentOpen: urgentOpen as ReadonlySignal<boolean>,
    goTo(next: number) {
      screen.value = next;
    },
    toggleUrgent() {
      urgentOpen.value = !urgentOpen.value;
    },
    show(id: GuideId, startPath: AfterEventPathId | null = null) {
      open.value = id;
      path.value = startPath;
      screen.value = 0;
      urgentOpen.value = false;
    },
    choosePath(next: AfterEventPathId | null) {
      path.value = next;
      screen.value = 0;
    },
    close() {
      open.value = null;
    },
  };
}

export type GuidesStore = ReturnType<typeof createGuidesStore>;
