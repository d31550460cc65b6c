import { browser } from 'wxt/browser';
import { CHECK_IN_ALARM_PREFIX, nextAfter, type CheckIn } from './check-ins';
import { t } from '../text/i18n';
import { checkInsStorage } from './check-ins.browser';
import { notifyIfAllowed, openOnNotificationClick } from '../platform/notifications';
import { speakChosenLanguage } from '../settings/language.background';

/** Where a check-in's notification leads: Reach, where the due check-in and its message link are. */
export const CHECK_INS_PATH = '/sidepanel.html#check-ins';

/** The check-in once its time has come: due, and its next occurrence after `now`; a snooze over. */
function rung(checkIn: CheckIn, now: number): CheckIn {
  const updated: CheckIn = { ...checkIn };
  if (checkIn.snoozedUntil !== undefined && checkIn.snoozedUntil <= now) {
    delete updated.snoozedUntil;
    updated.dueAt = checkIn.dueAt ?? checkIn.snoozedUntil;
  }
  if (checkIn.next <= now) {
    updated.dueAt = checkIn.next;
    updated.next = nextAfter(checkIn, new Date(checkIn.next), new Date(now)).getTime();
  }
  return updated;
}

/**
 * A check-in's alarm rang (or its time passed while the browser was closed): it shows as due, the
 * alarm moves to the next occurrence, and a notification says so if notifications are allowed.
 */
export async function fireCheckIn(id: string, now = Date.now()) {
  const changed = await checkInsStorage.change(id, (checkIn) => rung(checkIn, now));
  if (!changed || changed.after.dueAt === changed.before.dueAt) return;
  await speakChosenLanguage();
  const message = changed.after.label
    ? t('checkIns.notificationWith', [changed.after.label])
    : t('checkIns.notificationPlain');
  await notifyIfAllowed(CHECK_IN_ALARM_PREFIX + id, t('checkIns.notificationTitle'), message);
}

/** On every start of the background: what fell due while the browser was closed, and lost alarms. */
export async function restoreCheckIns(now = Date.now()) {
  for (const checkIn of await checkInsStorage.load()) {
    if (checkIn.next <= now || (checkIn.snoozedUntil ?? Infinity) <= now) await fireCheckIn(checkIn.id, now);
    else if (!(await browser.alarms.get(CHECK_IN_ALARM_PREFIX + checkIn.id)))
      await checkInsStorage.setAlarm(checkIn);
  }
}

/** Registered by entrypoints/background.ts, beside the reminders' and the journal's alarms. */
export function registerCheckInAlarms() {
  void restoreCheckIns();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(CHECK_IN_ALARM_PREFIX))
      void fireCheckIn(alarm.name.slice(CHECK_IN_ALARM_PREFIX.length));
  });
  openOnNotificationClick(CHECK_IN_ALARM_PREFIX, CHECK_INS_PATH);
}
