import type { Bytes } from '../crypto';
import { AUTO_LOCK_CHOICES } from './auto-lock';

/**
 * How the journal locks: the one place to read it.
 *
 * - Unlocked means the data key is in the lock session (storage.session: browser memory, shared by
 *   the popup, the side panel, tabs and the background; emptied on browser restart). Locking
 *   empties it, in the same write as a new epoch; every open page watches the session and follows
 *   at once (journal-store.ts).
 * - The session also holds the time of the last journal activity in any page. Pages report
 *   activity (keys, clicks, typing in a Journal view); closing a page reports nothing, so it never
 *   extends the time.
 * - The deadline is that time plus the auto-lock minutes (the user's choice, capped by policy). A
 *   browser alarm fires at the deadline and the background locks; no page needs to be open. Each
 *   page also checks the deadline when it opens, in case the alarm is late.
 * - The background also locks at once on system idle, screen lock and the keyboard command.
 *
 * This folder is all of it: session.browser.ts keeps the key and the activity time in
 * storage.session and sets the alarm; lock.background.ts passes the browser's events in; this
 * module decides. Each page's side (one owner of its session, the epoch every lock advances) is
 * session.ts.
 */
export interface LockSession {
  /** The unlocked data key, or null when locked. */
  key(): Promise<Bytes | null>;
  /**
   * Stores the key and counts this moment as activity, in one write, with the record of this unlock:
   * a new id (returned) and the epoch it began under. Any later lock or unlock replaces the record.
   */
  unlock(raw: Bytes, now: number, began: string | null): Promise<string>;
  /**
   * The record of the unlock whose key is in the session, and the epoch now, read together. `unlock`
   * is null exactly when no key is there (locked); a key with no readable record still has one.
   */
  unlockNow(): Promise<{ unlock: UnlockRecord | null; epoch: string | null }>;
  lastActivity(): Promise<number | null>;
  touch(now: number): Promise<void>;
  /** Changes at every lock (null before the first): work begun under another epoch writes nothing. */
  epoch(): Promise<string | null>;
  /** Writes a new epoch and empties the key, the unlock's record and the activity time, in one write: every page locks. */
  lock(): Promise<void>;
  /**
   * Called when another page (or this one) unlocks, locks, or replaces the key; with `lock`, the
   * lock's new epoch.
   */
  watchKey(onChange: (change: KeyChange, epoch?: string | null) => void): () => void;
}

/** Which unlock wrote the key in the session, and the lock epoch in force when that unlock began. */
export interface UnlockRecord {
  id: string;
  began: string | null;
}

/**
 * What a page hears of the session. A lock is heard from one change, in this order: `lock` (its new
 * epoch), then `keyGone` if a key was there. `key`: a key is in the session now (an unlock, or a
 * new key).
 */
export type KeyChange = 'key' | 'lock' | 'keyGone';

/** The browser alarm that wakes the background at the deadline. */
export interface LockAlarm {
  at(when: number): void;
  cancel(): void;
}

export type LockEvent =
  /** System idle or screen lock (browser.idle), or the keyboard command: lock now. */
  | 'idle'
  | 'screenLocked'
  | 'command'
  /** The deadline alarm fired, the session or the settings changed, or a page opened: re-check. */
  | 'alarm'
  | 'changed';

export const ACTIVITY_WRITE_EVERY_MS = 5_000;
/** No setting or policy locks sooner than this after the last activity (auto-lock.ts). */
const SHORTEST_AUTO_LOCK_MS = AUTO_LOCK_CHOICES[0] * 60_000;

export interface LockLifecycleOptions {
  session: LockSession;
  alarm: LockAlarm;
  /** The effective auto-lock, in minutes. */
  minutes: () => Promise<number>;
  now?: () => number;
}

export function createLockLifecycle({ session, alarm, minutes, now = Date.now }: LockLifecycleOptions) {
  let lastWrite = -Infinity;

  async function lock() {
    alarm.cancel();
    await session.lock();
  }

  /**
   * Locks if the deadline has passed, or if the key in the session outlived a lock: written by an
   * unlock begun before the latest lock, whose page closed before it could check (session.ts). An
   * unlock begun since records the epoch in force, so it is never undone here. Otherwise sets the
   * alarm for the deadline.
   */
  async function check() {
    // unlockNow() reads the key with its record: a second read of the key could disagree with it.
    const [last, limit, { unlock, epoch }] = await Promise.all([
      session.lastActivity(),
      minutes(),
      session.unlockNow(),
    ]);
    if (!unlock) return alarm.cancel();
    if (unlock.began !== epoch) return lock();
    // A key without an activity time (set by an older version) counts from now.
    if (last === null) return touch(true);
    const deadline = last + limit * 60_000;
    if (now() >= deadline) return lock();
    alarm.at(deadline);
  }

  /**
   * Journal activity in a page. Written at most every few seconds: the lock may then come up to
   * that much early, never late.
   */
  async function touch(force = false) {
    const time = now();
    if (!force && time - lastWrite < ACTIVITY_WRITE_EVERY_MS) return;
    lastWrite = time;
    await session.touch(time);
    alarm.at(time + (await minutes()) * 60_000);
  }

  return {
    key: () => session.key(),
    epoch: () => session.epoch(),
    lock,
    check,
    /**
     * For a page about to show the journal: resolves once the deadline is known not to have passed,
     * after locking if it has. Within the shortest auto-lock of the last activity no setting or
     * policy can have passed it, so the page shows at once and the full check (and the alarm)
     * follows. Just after the browser starts, reading the policy (storage.managed) can take seconds.
     */
    async checkBeforeShowing() {
      const last = await session.lastActivity();
      if (last !== null && now() < last + SHORTEST_AUTO_LOCK_MS) {
        void check().catch(() => undefined);
        return;
      }
      await check();
    },
    touch: () => touch(),
    /**
     * The key goes into the session with the activity time, and the deadline alarm is set. `began`
     * is the epoch the unlock began under. Resolves to a check for the unlock that learns a lock came
     * meanwhile: true while the key in the session outlived a lock, being this unlock's own or that of
     * any unlock begun before the latest lock (in a page that may have closed since, never to check).
     * False when the session is locked, or holds the key of an unlock begun after the latest lock.
     */
    async unlocked(raw: Bytes, began: string | null) {
      const time = now();
      lastWrite = time;
      const id = await session.unlock(raw, time, began);
      alarm.at(time + (await minutes()) * 60_000);
      return async () => {
        const { unlock, epoch } = await session.unlockNow();
        return unlock !== null && (unlock.id === id || unlock.began !== epoch);
      };
    },
    handle(event: LockEvent): Promise<void> {
      return event === 'alarm' || event === 'changed' ? check() : lock();
    },
  };
}

export type LockLifecycle = ReturnType<typeof createLockLifecycle>;
