import { browser } from 'wxt/browser';
import { effectiveAutoLock } from '../journal/auto-lock';
import { lockJournal } from './journal-key';
import { policyStorage } from './policy-storage';
import { settingsStorage } from './settings-storage';

export const LOCK_COMMAND = 'lock-journal';

/**
 * The background locks the journal everywhere: after the chosen idle time (capped by policy), when
 * the screen locks, and on the keyboard command. A browser restart empties storage.session, which
 * locks it too.
 */
export function registerJournalAutoLock() {
  const applyInterval = async () => {
    const [settings, policy] = await Promise.all([settingsStorage.load(), policyStorage.load()]);
    const cap = policy.status === 'valid' ? policy.policy.maxAutoLockMinutes : undefined;
    browser.idle.setDetectionInterval(effectiveAutoLock(settings.journalAutoLockMinutes, cap) * 60);
  };
  void applyInterval();
  settingsStorage.watch(() => void applyInterval());
  policyStorage.watch(() => void applyInterval());
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'idle' || state === 'locked') void lockJournal();
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === LOCK_COMMAND) void lockJournal();
  });
}
