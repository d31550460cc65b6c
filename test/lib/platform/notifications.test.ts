import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_IN_ALARM_PREFIX } from '../../../lib/check-ins/check-ins';
import { ALARM_PREFIX } from '../../../lib/reminders/reminders';
import { CHECK_INS_PATH, registerCheckInAlarms } from '../../../lib/check-ins/check-ins.background';
import { installFakeNotifications } from './fake-notifications';
import { PLAN_STEP_PATH, registerReminderAlarms } from '../../../lib/reminders/reminders.background';

describe('a click on a notification', () => {
  let notifications: ReturnType<typeof installFakeNotifications>;
  beforeEach(() => {
    fakeBrowser.reset();
    notifications = installFakeNotifications();
    registerReminderAlarms();
    registerCheckInAlarms();
  });
  afterEach(() => notifications.restore());

  // Only the tabs this click opened: the fake browser starts with one tab of its own.
  const openedUrls = async () =>
    (await fakeBrowser.tabs.query({}))
      .map((tab) => tab.url ?? '')
      .filter((url) => url.startsWith('chrome-extension://'))
      .map((url) => url.replace(/^chrome-extension:\/\/[^/]+/, ''));

  it('on a check-in opens Reach at the due check-ins, and clears the notification', async () => {
    notifications.click(`${CHECK_IN_ALARM_PREFIX}k1`);
    await expect.poll(openedUrls).toEqual([CHECK_INS_PATH]);
    expect(notifications.cleared).toEqual([`${CHECK_IN_ALARM_PREFIX}k1`]);
  });

  it('on a follow-up reminder opens HELP at the Plan step', async () => {
    notifications.click(`${ALARM_PREFIX}r1`);
    await expect.poll(openedUrls).toEqual([PLAN_STEP_PATH]);
  });

  it('on a notification that is not ours opens nothing', async () => {
    notifications.click('someone-else');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await openedUrls()).toEqual([]);
    expect(notifications.cleared).toEqual([]);
  });
});
