/** Auto-lock choices in minutes (research/anchors-security.md, C10); 5 unless the user picks another. */
export const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60, 240] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_CHOICES)[number];
export const DEFAULT_AUTO_LOCK: AutoLockMinutes = 5;

/** An institution may cap the idle time; the user's longer choice then gives way to the cap. */
export function effectiveAutoLock(chosen: AutoLockMinutes, cap: number | undefined): AutoLockMinutes {
  return cap !== undefined && chosen > cap ? (AUTO_LOCK_CHOICES.filter((m) => m <= cap).at(-1) ?? 1) : chosen;
}

export function allowedAutoLockChoices(cap: number | undefined): AutoLockMinutes[] {
  return AUTO_LOCK_CHOICES.filter((m) => cap === undefined || m <= cap);
}
