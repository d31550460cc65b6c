import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../crypto';
import { effectiveAutoLock } from './auto-lock';
import { createLockLifecycle, type LockAlarm, type LockSession, type UnlockRecord } from './lock';
import { policyOf } from '../../settings/policy-merge';
import { policyStorage } from '../../settings/policy.browser';
import { settingsStorage } from '../../settings/settings.browser';

export const SESSION_KEY = 'journalKey';
export const ACTIVITY_KEY = 'journalActivity';
export const LOCK_ALARM = 'journal-auto-lock';
/** A new random value at every lock: a page sees a lock even when the key was already gone. */
export const EPOCH_KEY = 'journalLockEpoch';
/**
 * The record of the unlock whose key is in the session: a new random id, and the epoch it began
 * under. Tells a late unlock whether the key there is its own, or another that outlived a lock too.
 */
export const UNLOCK_KEY = 'journalUnlock';

/**
 * The journal's lock session in storage.session: memory only, emptied on browser restart, readable
 * by the extension's own pages only (the default access level, which we never widen).
 */
export const journalSession: LockSession = {
  async key() {
    const value = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
    return typeof value === 'string' ? fromBase64(value) : null;
  },
  async unlock(raw, now, began) {
    const id = crypto.randomUUID();
    const record: UnlockRecord = { id, began };
    await browser.storage.session.set({
      [SESSION_KEY]: toBase64(raw),
      [ACTIVITY_KEY]: now,
      [UNLOCK_KEY]: record,
    });
    return id;
  },
  async unlockNow() {
    const stored = await browser.storage.session.get([UNLOCK_KEY, EPOCH_KEY, SESSION_KEY]);
    const epoch = typeof stored[EPOCH_KEY] === 'string' ? stored[EPOCH_KEY] : null;
    if (typeof stored[SESSION_KEY] !== 'string') return { unlock: null, epoch };
    // A key with no readable record came from nowhere this version knows: it counts as begun before
    // any lock (an empty began never equals an epoch), so a late unlock removes it.
    const record = stored[UNLOCK_KEY] as Partial<UnlockRecord> | undefined;
    const unlock: UnlockRecord = {
      id: typeof record?.id === 'string' ? record.id : '',
      began: typeof record?.began === 'string' || record?.began === null ? record.began : '',
    };
    return { unlock, epoch };
  },
  async lastActivity() {
    const value = (await browser.storage.session.get(ACTIVITY_KEY))[ACTIVITY_KEY];
    return typeof value === 'number' ? value : null;
  },
  async touch(now) {
    await browser.storage.session.set({ [ACTIVITY_KEY]: now });
  },
  async epoch() {
    const value = (await browser.storage.session.get(EPOCH_KEY))[EPOCH_KEY];
    return typeof value === 'string' ? value : null;
  },
  async lock() {
    // One write, so that no one reads a lock half done: the new epoch beside the old key looks like a
    // key that outlived a lock, and the background, woken by the epoch, would lock a second time. Its
    // new epoch, heard late, would then undo an unlock typed meanwhile in a page that had already
    // acted on this lock. Emptied to null (set cannot remove): readers take only a key string, an
    // activity number, and a record only beside a key.
    // An unlock in flight that checks the epoch after this write gives up. One that checked before
    // may write its key after it; its record names the older epoch it began under, so it, or the
    // background, locks again (session.ts remember, lock.ts check).
    await browser.storage.session.set({
      [EPOCH_KEY]: crypto.randomUUID(),
      [SESSION_KEY]: null,
      [UNLOCK_KEY]: null,
      [ACTIVITY_KEY]: null,
    });
  },
  watchKey(onChange) {
    // One listener for both: a lock is heard with the epoch it wrote (journal-store.ts).
    const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      // A new epoch is a lock, even when the key was already gone (no change of the key to see).
      if (EPOCH_KEY in changes) {
        const epoch = changes[EPOCH_KEY]?.newValue;
        onChange('lock', typeof epoch === 'string' ? epoch : null);
      }
      const key = changes[SESSION_KEY];
      if (typeof key?.newValue === 'string') onChange('key');
      // Only a key that was there can go: a lock of a locked session (null again) changes nothing.
      else if (typeof key?.oldValue === 'string') onChange('keyGone');
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

const lockAlarm: LockAlarm = {
  at(when) {
    void browser.alarms.create(LOCK_ALARM, { when });
  },
  cancel() {
    void browser.alarms.clear(LOCK_ALARM);
  },
};

/** The user's auto-lock choice, capped by the institution's policy. */
export async function autoLockMinutes(): Promise<number> {
  const [settings, policy] = await Promise.all([settingsStorage.load(), policyStorage.load()]);
  const cap = policyOf(policy)?.maxAutoLockMinutes;
  return effectiveAutoLock(settings.journalAutoLockMinutes, cap);
}

/** The same lifecycle in every page and in the background (see lock.ts). */
export function createBrowserLock() {
  return createLockLifecycle({ session: journalSession, alarm: lockAlarm, minutes: autoLockMinutes });
}
