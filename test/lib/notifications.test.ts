import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_IN_ALARM_PREFIX } from '../../lib/check-ins';
import { ALARM_PREFIX } from '../../lib/reminders';
import { CHECK_INS_PATH } from '../../lib/platform/check-in-alarms';
import { PLAN_STEP_PATH, registerReminderAlarms } from '../../lib/platform/reminder-alarms';

describe('a click on a notification', () => {
  const original = { notifications: fakeBrowser.notifications, permissions: fakeBrowser.permissions };
  let click: (id: string) => void = () => undefined;
  let cleared: string[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    cleared = [];
    // The fake browser has no notifications API: this stand-in keeps the listeners so a test can click.
    const listeners: ((id: string) => void)[] = [];
    click = (id) => listeners.forEach((listener) => listener(id));
    Object.assign(fakeBrowser, {
      permissions: { contains: async () => false },
      notifications: {
        onClicked: { addListener: (listener: (id: string) => void) => listeners.push(listener) },
        clear: async (id: string) => void cleared.push(id),
      },
    });
    registerReminderAlarms();
  });
  afterEach(() => void Object.assign(fakeBrowser, original));

  // Only the tabs this click opened: the fake browser starts with one tab of its own.
  const openedUrls = async () =>
    (await fakeBrowser.tabs.query({}))
      .map((tab) => tab.url ?? '')
      .filter((url) => url.startsWith('chrome-extension://'))
      .map((url) => url.replace(/^chrome-extension:\/\/[^/]+/, ''));

  it('on a check-in opens Reach at the due check-ins, and clears the notification', async () => {
    click(`${CHECK_IN_ALARM_PREFIX}k1`);
    await expect.poll(openedUrls).toEqual([CHECK_INS_PATH]);
    expect(cleared).toEqual([`${CHECK_IN_ALARM_PREFIX}k1`]);
  });

  it('on a follow-up reminder opens HELP at the Plan step', async () => {
    click(`${ALARM_PREFIX}r1`);
    await expect.poll(openedUrls).toEqual([PLAN_STEP_PATH]);
  });

  it('on a notification that is not ours opens nothing', async () => {
    click('someone-else');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await openedUrls()).toEqual([]);
    expect(cleared).toEqual([]);
  });
});
