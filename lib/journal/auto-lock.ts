import { AUTO_LOCK_CHOICES, type AutoLockMinutes } from './auto-lock-choices';

export { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK, type AutoLockMinutes } from './auto-lock-choices';

/** An institution may cap the idle time; the user's longer choice then gives way to the cap. */
export function effectiveAutoLock(chosen: AutoLockMinutes, cap: number | undefined): AutoLockMinutes {
  return cap !== undefined && chosen > cap ? (AUTO_LOCK_CHOICES.filter((m) => m <= cap).at(-1) ?? 1) : chosen;
}

export function allowedAutoLockChoices(cap: number | undefined): AutoLockMinutes[] {
  return AUTO_LOCK_CHOICES.filter((m) => cap === undefined || m <= cap);
}

/**
 * Locks after `minutes` without activity in this page. The background also locks on system idle
 * and screen lock; this covers a popup or panel left open and untouched.
 */
export function createInactivityLock(minutes: number, onLock: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(onLock, minutes * 60_000);
  };
  arm();
  return {
    /** Any keystroke or click in the journal. */
    touch: arm,
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
