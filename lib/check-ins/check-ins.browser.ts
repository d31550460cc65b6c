import { browser } from 'wxt/browser';
import { alarmTime, CHECK_IN_ALARM_PREFIX, parseStoredCheckIns, type CheckIn } from './check-ins';
import { localList } from '../platform/local-list';

const item = localList('checkIns', parseStoredCheckIns);

/**
 * Buddy check-ins: the list lives in storage.local (unencrypted, like reminders) and each has one
 * browser alarm, moved to the next occurrence every time it rings (check-ins.background.ts).
 */
export const checkInsStorage = {
  load: item.load,
  watch: item.watch,
  /** Adds a check-in (or replaces the one with its id), and sets its alarm. */
  async put(checkIn: CheckIn) {
    await item.update((list) =>
      list.some((c) => c.id === checkIn.id)
        ? list.map((c) => (c.id === checkIn.id ? checkIn : c))
        : [...list, checkIn],
    );
    await setAlarm(checkIn);
  },
  /**
   * Changes a check-in that is still there, read and written under the storage lock, and moves its
   * alarm. One stopped meanwhile (in another page, or with its person) stays stopped: null.
   */
  async change(
    id: string,
    update: (current: CheckIn) => CheckIn,
  ): Promise<{ before: CheckIn; after: CheckIn } | null> {
    const result: { changed?: { before: CheckIn; after: CheckIn } } = {};
    await item.update((list) => {
      const before = list.find((c) => c.id === id);
      if (!before) return list;
      const after = update(before);
      result.changed = { before, after };
      return list.map((c) => (c.id === id ? after : c));
    });
    if (!result.changed) return null;
    await setAlarm(result.changed.after);
    return result.changed;
  },
  /** Sets the alarm of a stored check-in again, when the browser lost it. */
  setAlarm,
  remove: (id: string) => removeWhere((c) => c.id === id),
  /** Every check-in with this person stops, in one write; resolves to those stopped. */
  removeWith: (contactId: string) => removeWhere((c) => c.contactId === contactId),
  /**
   * Puts back check-ins just stopped (their person's delete was then refused), with their alarms.
   * One with the same id stored meanwhile is newer and stays.
   */
  async restore(stopped: readonly CheckIn[]) {
    let added: CheckIn[] = [];
    await item.update((list) => {
      added = stopped.filter((s) => !list.some((c) => c.id === s.id));
      return [...list, ...added];
    });
    // The list is saved: an alarm the browser refuses now is set again when the background starts.
    for (const checkIn of added) await bestEffort(() => setAlarm(checkIn));
  },
};

/** An alarm change after the list is saved: refused, it must not make the saved change look refused. */
async function bestEffort(change: () => Promise<unknown>) {
  try {
    await change();
  } catch {
    // The background sets lost alarms again when it starts, and ignores one whose check-in is gone.
  }
}

function setAlarm(checkIn: CheckIn) {
  return browser.alarms.create(CHECK_IN_ALARM_PREFIX + checkIn.id, { when: alarmTime(checkIn) });
}

/**
 * The alarms go only once the list is saved: a failed save leaves every check-in ringing. Once it
 * is saved, the check-ins are stopped whatever the alarms do: one left rings for nothing, and the
 * background ignores it.
 */
async function removeWhere(matches: (checkIn: CheckIn) => boolean): Promise<CheckIn[]> {
  let removed: CheckIn[] = [];
  await item.update((list) => {
    removed = list.filter(matches);
    return list.filter((c) => !matches(c));
  });
  for (const checkIn of removed)
    await bestEffort(() => browser.alarms.clear(CHECK_IN_ALARM_PREFIX + checkIn.id));
  return removed;
}

export type CheckInsStorage = typeof checkInsStorage;
