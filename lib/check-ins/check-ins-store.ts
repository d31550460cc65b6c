import { computed, signal } from '@preact/signals';
import type { CheckIn, CheckInRule } from './check-ins';
import type { CheckInsStorage } from './check-ins.browser';

/** The occurrence arithmetic (and its schema) loads with the first change, not with the popup. */
const occurrences = () => import('./check-ins');

export interface CheckInInput extends CheckInRule {
  contactId: string;
  label: string;
}

/**
 * Buddy check-ins as the views see them. Every change goes to storage (which sets the alarm) and the
 * list is read back, so what is shown is what is stored. `now` is passed in so tests set the clock.
 */
export function createCheckInsStore(storage: () => Promise<CheckInsStorage>, newId: () => Promise<string>) {
  const list = signal<CheckIn[]>([]);
  let connected: Promise<CheckInsStorage> | undefined;
  let unwatch: (() => void) | undefined;
  let stopped = false;
  /** Change events seen: a read that started before one must not put the older list back. */
  let changesSeen = 0;

  async function refresh(s: CheckInsStorage) {
    const before = changesSeen;
    const next = await s.load();
    if (changesSeen === before) list.value = next;
  }
  /** Follows storage first, then reads, so no change made in between is lost; once, until stop(). */
  function ready(): Promise<CheckInsStorage> {
    connected ??= (async () => {
      const s = await storage();
      if (!stopped)
        unwatch ??= s.watch((next) => {
          changesSeen += 1;
          list.value = next;
        });
      await refresh(s);
      return s;
    })().catch((error: unknown) => {
      // Tried again at the next use.
      connected = undefined;
      throw error;
    });
    return connected;
  }
  /** The check-in as saved, or null if it was stopped meanwhile. */
  async function change(id: string, update: (c: CheckIn) => CheckIn): Promise<CheckIn | null> {
    const s = await ready();
    const changed = await s.change(id, update);
    await refresh(s);
    return changed?.after ?? null;
  }

  return {
    /** What storage holds; read-only: only storage changes it. */
    list: computed(() => list.value),
    load: ready,
    /** Stops following storage (the page is going away). */
    stop() {
      stopped = true;
      unwatch?.();
      unwatch = undefined;
    },
    /** Starts a check-in; its first occurrence is the next time the rule matches. Throws if storage refuses. */
    async add(input: CheckInInput, now = new Date()): Promise<CheckIn> {
      const [s, id, { firstOccurrence }] = await Promise.all([ready(), newId(), occurrences()]);
      const checkIn: CheckIn = { ...input, id, next: firstOccurrence(input, now).getTime() };
      await s.put(checkIn);
      await refresh(s);
      return checkIn;
    },
    /** A new rhythm or person: the next occurrence is counted again from now. */
    async update(id: string, input: CheckInInput, now = new Date()) {
      const { firstOccurrence } = await occurrences();
      return change(id, (c) => ({ ...c, ...input, next: firstOccurrence(input, now).getTime() }));
    },
    /** Skip the next occurrence once; the rhythm carries on after it. */
    async skipNext(id: string) {
      const { followingOccurrence } = await occurrences();
      return change(id, (c) => ({ ...c, next: followingOccurrence(c, new Date(c.next)).getTime() }));
    },
    /** The due check-in comes back once, in an hour. */
    async snooze(id: string, now = new Date()) {
      const { SNOOZE_MINUTES } = await occurrences();
      return change(id, (c) => ({
        ...c,
        dueAt: undefined,
        snoozedUntil: now.getTime() + SNOOZE_MINUTES * 60_000,
      }));
    },
    /** The due check-in was done (or dismissed). */
    done(id: string) {
      return change(id, (c) => ({ ...c, dueAt: undefined }));
    },
    /** Ends one check-in and its alarm. */
    async stopCheckIn(id: string) {
      const s = await ready();
      await s.remove(id);
      await refresh(s);
    },
    /** Every check-in with this person ends, in one write: used when the person is deleted. */
    async stopAllWith(contactId: string): Promise<CheckIn[]> {
      const s = await ready();
      const stopped = await s.removeWith(contactId);
      // Stopped and saved: a failed read now must not make it look refused (the watch follows).
      await refresh(s).catch(() => undefined);
      return stopped;
    },
    /** Check-ins stopped with a person whose delete was then refused start again. */
    async restore(stopped: readonly CheckIn[]) {
      if (!stopped.length) return;
      const s = await ready();
      await s.restore(stopped);
      await refresh(s).catch(() => undefined);
    },
  };
}

export type CheckInsStore = ReturnType<typeof createCheckInsStore>;
