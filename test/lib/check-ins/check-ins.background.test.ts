import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '../../../lib/check-ins/check-ins';
import {
  fireCheckIn,
  registerCheckInAlarms,
  restoreCheckIns,
} from '../../../lib/check-ins/check-ins.background';
import { checkInsStorage } from '../../../lib/check-ins/check-ins.browser';
import { createCheckInsStore } from '../../../lib/check-ins/check-ins-store';
import { installFakeNotifications } from '../platform/fake-notifications';

const DAY = 86_400_000;
// A Sunday at 09:00 local time.
const SUNDAY = new Date(2026, 10, 22, 9, 0).getTime();
const weekly: CheckIn = {
  id: 'k1',
  contactId: 'c1',
  label: 'SL',
  rhythm: 'weekly',
  weekday: 0,
  dayOfMonth: 1,
  time: '09:00',
  next: SUNDAY,
};
const alarms = async () => (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]);
const stored = async () => (await checkInsStorage.load())[0]!;

describe('check-in alarms (background)', () => {
  let notifications: ReturnType<typeof installFakeNotifications>;
  beforeEach(() => {
    fakeBrowser.reset();
    notifications = installFakeNotifications();
  });
  afterEach(() => notifications.restore());

  it('rings through its own alarm listener, with a notification when allowed', async () => {
    notifications.allowed = true;
    registerCheckInAlarms();
    await checkInsStorage.put({ ...weekly, next: Date.now() - 1_000 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'checkin:k1', scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await stored()).dueAt).toBeDefined());
    await vi.waitFor(() =>
      expect(notifications.created).toEqual([
        [
          'checkin:k1',
          expect.objectContaining({ title: 'Time to check in with your buddy', message: 'Check-in: SL' }),
        ],
      ]),
    );
  });

  it('a check-in is stored with one alarm at its next occurrence', async () => {
    await checkInsStorage.put(weekly);
    expect(await alarms()).toEqual([['checkin:k1', SUNDAY]]);
  });

  it('when the alarm rings: due now, and the alarm moves to the following week', async () => {
    await checkInsStorage.put(weekly);
    await fireCheckIn('k1', SUNDAY);
    const after = await stored();
    expect(after.dueAt).toBe(SUNDAY);
    expect(new Date(after.next).getDate()).toBe(29);
    expect(await alarms()).toEqual([['checkin:k1', after.next]]);
  });

  it('on start, a check-in that fell while the browser was closed shows as due; the next one is ahead', async () => {
    await checkInsStorage.put(weekly);
    await fakeBrowser.alarms.clearAll();
    const now = SUNDAY + 10 * DAY;
    await restoreCheckIns(now);
    const after = await stored();
    expect(after.dueAt).toBe(SUNDAY);
    expect(after.next).toBeGreaterThan(now);
    expect(new Date(after.next).getDay()).toBe(0);
    expect(await alarms()).toEqual([['checkin:k1', after.next]]);
  });

  it('on start, a lost alarm is set again without marking anything due', async () => {
    await checkInsStorage.put(weekly);
    await fakeBrowser.alarms.clearAll();
    await restoreCheckIns(SUNDAY - DAY);
    expect((await stored()).dueAt).toBeUndefined();
    expect(await alarms()).toEqual([['checkin:k1', SUNDAY]]);
  });

  it('a snooze rings once, an hour later, and the check-in is due again', async () => {
    const store = createCheckInsStore(
      async () => checkInsStorage,
      async () => 'unused',
    );
    await checkInsStorage.put(weekly);
    await fireCheckIn('k1', SUNDAY);
    await store.snooze('k1', new Date(SUNDAY + 60_000));
    const snoozed = await stored();
    expect(snoozed.dueAt).toBeUndefined();
    expect(await alarms()).toEqual([['checkin:k1', SUNDAY + 60_000 + 3_600_000]]);
    await fireCheckIn('k1', SUNDAY + 60_000 + 3_600_000);
    const again = await stored();
    expect(again.dueAt).toBe(SUNDAY + 60_000 + 3_600_000);
    expect(again.snoozedUntil).toBeUndefined();
    expect(await alarms()).toEqual([['checkin:k1', again.next]]);
  });

  it('stopping a person’s check-ins removes them and their alarms in one write; others ring on', async () => {
    await checkInsStorage.put(weekly);
    await checkInsStorage.put({ ...weekly, id: 'k2' });
    await checkInsStorage.put({ ...weekly, id: 'k3', contactId: 'c2' });
    await checkInsStorage.removeWith('c1');
    expect((await checkInsStorage.load()).map((c) => c.id)).toEqual(['k3']);
    expect((await alarms()).map(([name]) => name)).toEqual(['checkin:k3']);
  });

  it('a check-in stopped while its alarm rang stays stopped', async () => {
    await checkInsStorage.put(weekly);
    // The alarm rings and the user stops the check-in at the same moment.
    await Promise.all([fireCheckIn(weekly.id, SUNDAY + 60_000), checkInsStorage.remove(weekly.id)]);
    expect(await checkInsStorage.load()).toEqual([]);
    expect(await alarms()).toEqual([]);
    await checkInsStorage.put(weekly);
    await checkInsStorage.remove(weekly.id);
    expect(await checkInsStorage.change(weekly.id, (c) => ({ ...c, next: c.next + 7 * DAY }))).toBe(null);
    expect(await checkInsStorage.load()).toEqual([]);
    expect(await alarms()).toEqual([]);
  });

  it('skip moves the next one a week on; done clears the due mark; stop removes the alarm', async () => {
    const store = createCheckInsStore(
      async () => checkInsStorage,
      async () => 'unused',
    );
    await checkInsStorage.put(weekly);
    await store.skipNext('k1');
    expect(new Date((await stored()).next).getDate()).toBe(29);
    await fireCheckIn('k1', new Date(2026, 10, 29, 9, 0).getTime());
    await store.done('k1');
    expect((await stored()).dueAt).toBeUndefined();
    await store.stopCheckIn('k1');
    expect(await checkInsStorage.load()).toEqual([]);
    expect(await alarms()).toEqual([]);
  });

  it('a new check-in starts at the rule’s first occurrence after now', async () => {
    const store = createCheckInsStore(
      async () => checkInsStorage,
      async () => 'n1',
    );
    await store.add(
      { contactId: 'c1', label: '', rhythm: 'monthly', weekday: 0, dayOfMonth: 31, time: '07:15' },
      new Date(2026, 10, 22, 12, 0),
    );
    expect(new Date((await stored()).next)).toEqual(new Date(2026, 10, 30, 7, 15));
  });
});
