import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { ALARM_PREFIX } from '../reminders';
import { registerCheckInAlarms } from './check-in-alarms';
import { hasNotifications } from './notifications-permission';
import { remindersStorage } from './reminders-storage';

export const PLAN_STEP_PATH = '/sidepanel.html#plan';

// WXT types getURL for its own known paths only; these are files of ours all the same.
const runtimeUrl = (path: string) =>
  (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);

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
  if (await hasNotifications()) {
    await browser.notifications.create(ALARM_PREFIX + id, {
      type: 'basic',
      iconUrl: runtimeUrl('/icon/128.png'),
      title: t('reminders.notificationTitle'),
      message: reminder.label
        ? t('reminders.notificationWith', [reminder.label])
        : t('reminders.notificationPlain'),
    });
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
  // Buddy check-ins repeat; their alarms are answered here too (check-in-alarms.ts).
  registerCheckInAlarms();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX)) void fire(alarm.name.slice(ALARM_PREFIX.length));
  });
  browser.notifications?.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(ALARM_PREFIX)) return;
    void browser.notifications.clear(notificationId);
    void browser.tabs.create({ url: runtimeUrl(PLAN_STEP_PATH) });
  });
}

export async function restoreAlarms(now = Date.now()) {
  for (const reminder of await remindersStorage.load()) {
    if (reminder.due || firing.has(reminder.id)) continue;
    if (await browser.alarms.get(ALARM_PREFIX + reminder.id)) continue;
    await browser.alarms.create(ALARM_PREFIX + reminder.id, { when: Math.max(reminder.when, now + 1_000) });
  }
}
