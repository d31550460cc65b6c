/** Auto-lock choices in minutes (research/anchors-security.md, C10); 5 unless the user picks another. */
export const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60, 240] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_CHOICES)[number];
export const DEFAULT_AUTO_LOCK: AutoLockMinutes = 5;
