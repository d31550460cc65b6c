import { browser } from 'wxt/browser';
import { CHECK_IN_ALARM_PREFIX, parseStoredCheckIns, type CheckIn } from '../check-ins';
import { localItem } from './local-item';

const item = localItem('checkIns', parseStoredCheckIns);

/** When the check-in's alarm should ring: a snooze, if it comes first, else the next occurrence. */
export function alarmTime(checkIn: CheckIn): number {
  return Math.min(checkIn.snoozedUntil ?? Infinity, checkIn.next);
}

/**
 * Buddy check-ins: the list lives in storage.local (unencrypted, like reminders) and each has one
 * browser alarm, moved to the next occurrence every time it rings (check-in-alarms.ts).
 */
export const checkInsStorage = {
  load: item.load,
  watch: item.watch,
  /** Adds or replaces a check-in, and sets its alarm. */
  async put(checkIn: CheckIn) {
    const list = await item.load();
    const exists = list.some((c) => c.id === checkIn.id);
    await item.save(exists ? list.map((c) => (c.id === checkIn.id ? checkIn : c)) : [...list, checkIn]);
    await browser.alarms.create(CHECK_IN_ALARM_PREFIX + checkIn.id, { when: alarmTime(checkIn) });
  },
  async remove(id: string) {
    await browser.alarms.clear(CHECK_IN_ALARM_PREFIX + id);
    await item.save((await item.load()).filter((c) => c.id !== id));
  },
};

export type CheckInsStorage = typeof checkInsStorage;
