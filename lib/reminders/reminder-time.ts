// When a follow-up reminder falls: loaded with the Plan step's reminder form only.

export const REMINDER_CHOICES = ['tonight', 'tomorrow', 'threeDays', 'week', 'custom'] as const;
export type ReminderChoice = (typeof REMINDER_CHOICES)[number];

const at = (base: Date, days: number, hour: number) => {
  const d = new Date(base);
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d;
};

/**
 * When a choice falls, in local time: tonight at 8 pm (or in an hour, if it is already evening),
 * and 9 am tomorrow, in 3 days or in a week. A custom time must be in the future.
 */
export function reminderTime(choice: ReminderChoice, now: Date, custom?: string): Date | null {
  switch (choice) {
    case 'tonight': {
      const eight = at(now, 0, 20);
      return now.getTime() < eight.getTime() - 60 * 60_000 ? eight : new Date(now.getTime() + 60 * 60_000);
    }
    case 'tomorrow':
      return at(now, 1, 9);
    case 'threeDays':
      return at(now, 3, 9);
    case 'week':
      return at(now, 7, 9);
    case 'custom': {
      const when = custom ? new Date(custom) : null;
      return when && !Number.isNaN(when.getTime()) && when.getTime() > now.getTime() ? when : null;
    }
  }
}
