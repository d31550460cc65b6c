import * as v from 'valibot';
import { LABEL_MAX } from '../reminders/reminders';

/**
 * Buddy check-ins (the CMA buddy system): a repeating reminder to touch base with one person.
 * Stored in storage.local unencrypted, like follow-up reminders and My people; the label is optional.
 * Times are wall-clock times in the user's time zone: "Tuesdays at 8:00" stays 8:00 across DST.
 */
export type Rhythm = 'weekly' | 'biweekly' | 'monthly';
export const RHYTHMS: readonly Rhythm[] = ['weekly', 'biweekly', 'monthly'];

export interface CheckInRule {
  rhythm: Rhythm;
  /** 0 = Sunday ... 6 = Saturday, for weekly and every two weeks. */
  weekday: number;
  /** 1-31 for monthly; months without that day use their last day. */
  dayOfMonth: number;
  /** "HH:MM", 24-hour, local time. */
  time: string;
}

export interface CheckIn extends CheckInRule {
  id: string;
  /** Whom to touch base with: a contact's id (My people). */
  contactId: string;
  label: string;
  /** Epoch ms of the next occurrence; the alarm is set for this (or for a snooze). */
  next: number;
  /** Epoch ms of an occurrence that came due and has not been dealt with. */
  dueAt?: number;
  /** Snoozed once: the due check-in comes back at this time. */
  snoozedUntil?: number;
}

export const CHECK_IN_ALARM_PREFIX = 'checkin:';
export const SNOOZE_MINUTES = 60;

function parseTime(time: string): [number, number] {
  const [h = '9', m = '0'] = time.split(':');
  return [Number(h), Number(m)];
}

/** The local date at the rule's time: new Date(y, m, d, h, min) keeps wall-clock time across DST. */
function at(year: number, month: number, day: number, time: string): Date {
  const [h, m] = parseTime(time);
  return new Date(year, month, day, h, m, 0, 0);
}

function daysInMonth(year: number, month: number): number {
  return new Date(year, month + 1, 0).getDate();
}

/** The first occurrence strictly after `after`. */
export function firstOccurrence(rule: CheckInRule, after: Date): Date {
  const year = after.getFullYear();
  const month = after.getMonth();
  // This month's day if it is still ahead, else next month's (a month never holds two).
  const candidates =
    rule.rhythm === 'monthly'
      ? [0, 1].map((add) => {
          const y = year + Math.floor((month + add) / 12);
          const m = (month + add) % 12;
          return at(y, m, Math.min(rule.dayOfMonth, daysInMonth(y, m)), rule.time);
        })
      : [0, 1, 2, 3, 4, 5, 6, 7]
          .map((add) => at(year, month, after.getDate() + add, rule.time))
          .filter((d) => d.getDay() === rule.weekday);
  const first = candidates.find((d) => d.getTime() > after.getTime());
  if (!first) throw new Error('no occurrence found: the rule is invalid');
  return first;
}

/** The occurrence after `previous` (an occurrence of this rule): a week, two weeks or a month on. */
export function followingOccurrence(rule: CheckInRule, previous: Date): Date {
  const y = previous.getFullYear();
  const m = previous.getMonth();
  switch (rule.rhythm) {
    case 'weekly':
      return at(y, m, previous.getDate() + 7, rule.time);
    case 'biweekly':
      return at(y, m, previous.getDate() + 14, rule.time);
    case 'monthly': {
      const ny = m === 11 ? y + 1 : y;
      const nm = (m + 1) % 12;
      return at(ny, nm, Math.min(rule.dayOfMonth, daysInMonth(ny, nm)), rule.time);
    }
  }
}

/** The next occurrence after `now`, keeping the rhythm that started at `previous` (two-week cycles). */
export function nextAfter(rule: CheckInRule, previous: Date, now: Date): Date {
  let next = followingOccurrence(rule, previous);
  while (next.getTime() <= now.getTime()) next = followingOccurrence(rule, next);
  return next;
}

const CheckInSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  contactId: v.pipe(v.string(), v.nonEmpty()),
  label: v.pipe(v.string(), v.maxLength(LABEL_MAX)),
  rhythm: v.picklist(RHYTHMS),
  weekday: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  dayOfMonth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)),
  time: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  next: v.pipe(v.number(), v.integer()),
  dueAt: v.optional(v.pipe(v.number(), v.integer())),
  snoozedUntil: v.optional(v.pipe(v.number(), v.integer())),
});

/** Stored check-ins, read back through the schema: a damaged entry is dropped, never shown half-broken. */
export function parseStoredCheckIns(raw: unknown): CheckIn[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    const result = v.safeParse(CheckInSchema, item);
    return result.success ? [result.output] : [];
  });
}

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** When the check-in's alarm should ring: a snooze, if it comes first, else the next occurrence. */
export function alarmTime(checkIn: CheckIn): number {
  return Math.min(checkIn.snoozedUntil ?? Infinity, checkIn.next);
}
