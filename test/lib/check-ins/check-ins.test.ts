import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firstOccurrence,
  followingOccurrence,
  nextAfter,
  parseStoredCheckIns,
  type CheckInRule,
} from '../../../lib/check-ins/check-ins';

// Local time is the point: run in a zone with DST (Toronto: 2026-03-08 and 2026-11-01).
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Toronto';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

const rule = (over: Partial<CheckInRule>): CheckInRule => ({
  rhythm: 'weekly',
  weekday: 0,
  dayOfMonth: 1,
  time: '09:00',
  ...over,
});
const local = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(
    d.getHours(),
  ).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const HOUR = 3_600_000;

describe('check-in occurrences', () => {
  it('runs in a time zone with daylight saving time', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).not.toBe(new Date(2026, 6, 15).getTimezoneOffset());
  });

  it('keeps the wall-clock time across the spring change: a week that is one hour short', () => {
    const sunday = rule({ weekday: 0, time: '09:00' });
    const before = new Date(2026, 2, 1, 9, 0);
    const after = followingOccurrence(sunday, before);
    expect(local(after)).toBe('2026-03-08 09:00');
    expect(after.getTime() - before.getTime()).toBe(7 * 24 * HOUR - HOUR);
  });

  it('keeps the wall-clock time across the autumn change: a week that is one hour long', () => {
    const before = new Date(2026, 9, 25, 9, 0);
    const after = followingOccurrence(rule({ weekday: 0 }), before);
    expect(local(after)).toBe('2026-11-01 09:00');
    expect(after.getTime() - before.getTime()).toBe(7 * 24 * HOUR + HOUR);
  });

  it('every two weeks across a DST change', () => {
    const tuesday = rule({ rhythm: 'biweekly', weekday: 2, time: '17:30' });
    expect(local(followingOccurrence(tuesday, new Date(2026, 2, 3, 17, 30)))).toBe('2026-03-17 17:30');
  });

  it('a time that does not exist on the spring-forward day moves to the hour after', () => {
    const early = rule({ weekday: 0, time: '02:30' });
    const next = followingOccurrence(early, new Date(2026, 2, 1, 2, 30));
    expect(local(next)).toBe('2026-03-08 03:30');
  });

  it('monthly on the 31st: the last day of shorter months, and back to the 31st after', () => {
    const last = rule({ rhythm: 'monthly', dayOfMonth: 31, time: '08:00' });
    const dates = [new Date(2026, 0, 31, 8, 0)];
    for (let i = 0; i < 4; i++) dates.push(followingOccurrence(last, dates.at(-1)!));
    expect(dates.map(local)).toEqual([
      '2026-01-31 08:00',
      '2026-02-28 08:00',
      '2026-03-31 08:00',
      '2026-04-30 08:00',
      '2026-05-31 08:00',
    ]);
  });

  it('monthly on the 29th in a leap year, and across the new year', () => {
    const leap = rule({ rhythm: 'monthly', dayOfMonth: 29 });
    expect(local(followingOccurrence(leap, new Date(2028, 0, 29, 9, 0)))).toBe('2028-02-29 09:00');
    expect(local(followingOccurrence(leap, new Date(2026, 11, 29, 9, 0)))).toBe('2027-01-29 09:00');
  });

  it('first occurrence: later today if the time is ahead, next week if it has passed or is now', () => {
    const wednesday = rule({ weekday: 3, time: '12:00' });
    expect(local(firstOccurrence(wednesday, new Date(2026, 10, 18, 11, 0)))).toBe('2026-11-18 12:00');
    expect(local(firstOccurrence(wednesday, new Date(2026, 10, 18, 12, 0)))).toBe('2026-11-25 12:00');
    expect(local(firstOccurrence(wednesday, new Date(2026, 10, 19, 8, 0)))).toBe('2026-11-25 12:00');
  });

  it('first occurrence monthly: this month if ahead, else next month, clamped', () => {
    const thirty = rule({ rhythm: 'monthly', dayOfMonth: 30 });
    expect(local(firstOccurrence(thirty, new Date(2026, 0, 31, 10, 0)))).toBe('2026-02-28 09:00');
    expect(local(firstOccurrence(thirty, new Date(2026, 3, 2, 10, 0)))).toBe('2026-04-30 09:00');
  });

  it('after the browser was closed for weeks, the next one keeps the two-week cycle', () => {
    const every2 = rule({ rhythm: 'biweekly', weekday: 0 });
    expect(local(nextAfter(every2, new Date(2026, 2, 1, 9, 0), new Date(2026, 2, 20, 12, 0)))).toBe(
      '2026-03-29 09:00',
    );
    expect(local(nextAfter(rule({ weekday: 0 }), new Date(2026, 2, 1, 9, 0), new Date(2026, 2, 20)))).toBe(
      '2026-03-22 09:00',
    );
  });
});

describe('stored check-ins', () => {
  it('drops damaged entries and keeps good ones', () => {
    const good = { id: 'a', contactId: 'c', label: '', next: 1, ...rule({}) };
    expect(
      parseStoredCheckIns([
        good,
        { ...good, id: 'b', time: '25:00' },
        { ...good, id: 'c', rhythm: 'daily' },
        { ...good, id: 'd', weekday: 7 },
        null,
      ]),
    ).toEqual([good]);
    expect(parseStoredCheckIns('nonsense')).toEqual([]);
  });
});
