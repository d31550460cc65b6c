import * as v from 'valibot';
import { LABEL_MAX, type Reminder } from './reminders';

// Stored reminders, read back through a schema: bad entries are dropped, never shown half-broken.
const ReminderSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  when: v.pipe(v.number(), v.integer()),
  label: v.pipe(v.string(), v.maxLength(LABEL_MAX)),
  due: v.optional(v.boolean()),
});

export function parseStoredReminders(raw: unknown): Reminder[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .flatMap((item: unknown) => {
      const result = v.safeParse(ReminderSchema, item);
      return result.success ? [result.output] : [];
    })
    .sort((a, b) => a.when - b.when);
}
