/** A follow-up reminder from HELP's Plan step. The label is stored unencrypted, so the UI suggests initials. */
export interface Reminder {
  id: string;
  /** Epoch milliseconds. */
  when: number;
  label: string;
  /** The alarm went off while notifications were not allowed: show it as due in the list. */
  due?: boolean;
}

export const LABEL_MAX = 40;

export const ALARM_PREFIX = 'reminder:';
