import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reminderTime } from '../../../lib/reminders/reminder-time';
import { parseStoredReminders } from '../../../lib/reminders/reminders-schema';
import { remindersStorage } from '../../../lib/reminders/reminders.browser';
import { registerReminderAlarms, restoreAlarms } from '../../../lib/reminders/reminders.background';
import { installFakeNotifications } from '../platform/fake-notifications';

const local = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi);

describe('reminderTime', () => {
  it('puts tonight at 8 pm, or an hour from now once it is evening', () => {
    expect(reminderTime('tonight', local(2026, 11, 22, 14))).toEqual(local(2026, 11, 22, 20));
    expect(reminderTime('tonight', local(2026, 11, 22, 19, 30))).toEqual(local(2026, 11, 22, 20, 30));
  });

  it('puts tomorrow, in 3 days and in a week at 9 am, across month ends', () => {
    const now = local(2026, 11, 29, 23);
    expect(reminderTime('tomorrow', now)).toEqual(local(2026, 11, 30, 9));
    expect(reminderTime('threeDays', now)).toEqual(local(2026, 12, 2, 9));
    expect(reminderTime('week', now)).toEqual(local(2026, 12, 6, 9));
  });

  it('takes a custom time only in the future', () => {
    const now = local(2026, 11, 22, 14);
    expect(reminderTime('custom', now, '2026-11-23T07:30')).toEqual(local(2026, 11, 23, 7, 30));
    expect(reminderTime('custom', now, '2026-11-22T13:00')).toBeNull();
    expect(reminderTime('custom', now, 'garbage')).toBeNull();
    expect(reminderTime('custom', now)).toBeNull();
  });
});

describe('reminders in storage and alarms', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a reminder with its alarm, and cancelling removes both', async () => {
    await remindersStorage.add({ id: 'r1', when: Date.now() + 3_600_000, label: 'JS' });
    expect((await remindersStorage.load()).map((r) => r.label)).toEqual(['JS']);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['reminder:r1']);
    await remindersStorage.cancel('r1');
    expect(await remindersStorage.load()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a cancel that storage refuses leaves the reminder listed, with its alarm', async () => {
    await remindersStorage.add({ id: 'r1', when: Date.now() + 3_600_000, label: 'JS' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(remindersStorage.cancel('r1')).rejects.toThrow('QuotaExceededError');
    set.mockRestore();
    expect((await remindersStorage.load()).map((r) => r.id)).toEqual(['r1']);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['reminder:r1']);
  });

  it('gives every stored reminder its alarm back after a browser restart, overdue ones at once', async () => {
    const when = Date.now() + 86_400_000;
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      reminders: [
        { id: 'r2', when, label: '' },
        { id: 'late', when: now - 60_000, label: '' },
      ],
    });
    await restoreAlarms(now);
    expect(await fakeBrowser.alarms.get('reminder:r2')).toMatchObject({ scheduledTime: when });
    expect(await fakeBrowser.alarms.get('reminder:late')).toMatchObject({ scheduledTime: now + 1_000 });
    await restoreAlarms(now);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
  });

  it('drops broken stored reminders', () => {
    expect(
      parseStoredReminders([{ id: 'a', when: 1, label: 'x' }, { id: '', when: 2, label: '' }, 'junk']),
    ).toEqual([{ id: 'a', when: 1, label: 'x' }]);
  });
});

describe('a reminder coming due', () => {
  let notifications: ReturnType<typeof installFakeNotifications>;
  afterEach(() => notifications.restore());

  async function ringWith(allowed: boolean) {
    notifications = installFakeNotifications();
    notifications.allowed = allowed;
    registerReminderAlarms();
    await remindersStorage.add({ id: 'r3', when: Date.now() + 1_000, label: 'JS' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reminder:r3', scheduledTime: Date.now() });
    await vi.waitFor(async () => {
      const list = await remindersStorage.load();
      expect(allowed ? list.length === 0 : list[0]?.due === true).toBe(true);
    });
    return notifications.created;
  }

  it('raises a notification, then leaves the list', async () => {
    const created = await ringWith(true);
    expect(created).toEqual([
      [
        'reminder:r3',
        expect.objectContaining({ title: 'Time to check in', message: 'You planned to check in: JS.' }),
      ],
    ]);
  });

  it('shows as due in the list when notifications are not allowed', async () => {
    expect(await ringWith(false)).toEqual([]);
  });
});
