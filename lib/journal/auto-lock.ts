import { AUTO_LOCK_CHOICES, type AutoLockMinutes } from './auto-lock-choices';

export { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK, type AutoLockMinutes } from './auto-lock-choices';

/** An institution may cap the idle time; the user's longer choice then gives way to the cap. */
export function effectiveAutoLock(chosen: AutoLockMinutes, cap: number | undefined): AutoLockMinutes {
  return cap !== undefined && chosen > cap ? (AUTO_LOCK_CHOICES.filter((m) => m <= cap).at(-1) ?? 1) : chosen;
}

export function allowedAutoLockChoices(cap: number | undefined): AutoLockMinutes[] {
  return AUTO_LOCK_CHOICES.filter((m) => cap === undefined || m <= cap);
}
