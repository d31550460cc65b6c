import { browser } from 'wxt/browser';
import { t } from '../text/i18n';
import { ALARM_PREFIX } from './reminders';
import { notifyIfAllowed, openOnNotificationClick } from '../platform/notifications';
import { remindersStorage } from './reminders.browser';
import { speakChosenLanguage } from '../settings/language.background';

export const PLAN_STEP_PATH = '/sidepanel.html#plan';

// Reminders being fired right now by this service worker, so a restore never schedules them twice.
const firing = new Set<string>();

/** Fires a due reminder: a notification if allowed, else it shows as due in the list. */
async function fire(id: string) {
  firing.add(id);
  try {
    await notify(id);
  } finally {
    firing.delete(id);
  }
}

async function notify(id: string) {
  const list = await remindersStorage.load();
  const reminder = list.find((r) => r.id === id);
  if (!reminder) return;
  await speakChosenLanguage();
  const message = reminder.label
    ? t('reminders.notificationWith', [reminder.label])
    : t('reminders.notificationPlain');
  if (await notifyIfAllowed(ALARM_PREFIX + id, t('reminders.notificationTitle'), message)) {
    await remindersStorage.cancel(id);
  } else {
    await remindersStorage.markDue(id);
  }
}

/**
 * The background's part of reminders. Browsers may clear alarms when they restart, so whenever the
 * service worker starts, every stored reminder without an alarm gets one again; reminders that came
 * due while the browser was closed get one that rings at once.
 */
export function registerReminderAlarms() {
  void restoreAlarms();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX)) void fire(alarm.name.slice(ALARM_PREFIX.length));
  });
  openOnNotificationClick(ALARM_PREFIX, PLAN_STEP_PATH);
}

export async function restoreAlarms(now = Date.now()) {
  for (const reminder of await remindersStorage.load()) {
    if (reminder.due || firing.has(reminder.id)) continue;
    if (await browser.alarms.get(ALARM_PREFIX + reminder.id)) continue;
    await browser.alarms.create(ALARM_PREFIX + reminder.id, { when: Math.max(reminder.when, now + 1_000) });
  }
}
