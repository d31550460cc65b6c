import { browser } from 'wxt/browser';
import { ALARM_PREFIX, type Reminder } from './reminders';
import { parseStoredReminders } from './reminders-schema';
import { localList } from '../platform/local-list';

const item = localList('reminders', parseStoredReminders);

/**
 * Follow-up reminders: the list lives in storage.local (so it survives a restart) and each has a
 * browser alarm; the background turns the alarm into a notification (reminders.background.ts).
 */
export const remindersStorage = {
  load: item.load,
  watch: item.watch,
  async add(reminder: Reminder) {
    await item.update((list) => [...list, reminder]);
    await browser.alarms.create(ALARM_PREFIX + reminder.id, { when: reminder.when });
  },
  /** The alarm rang with no way to notify: keep the reminder, shown as due. */
  async markDue(id: string) {
    await item.update((list) => list.map((r) => (r.id === id ? { ...r, due: true } : r)));
  },
  /**
   * The list first: if storage refuses, the reminder is still listed and still rings. An alarm left
   * behind for a reminder no longer listed rings for nothing (the background finds no reminder).
   */
  async cancel(id: string) {
    await item.update((list) => list.filter((r) => r.id !== id));
    await browser.alarms.clear(ALARM_PREFIX + id).catch(() => undefined);
  },
};

export type RemindersStorage = typeof remindersStorage;
