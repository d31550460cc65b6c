import { browser } from 'wxt/browser';
import { createBrowserLock, autoLockMinutes, journalSession, LOCK_ALARM } from './session.browser';
import { policyStorage } from '../../settings/policy.browser';
import { settingsStorage } from '../../settings/settings.browser';

export const LOCK_COMMAND = 'lock-journal';

/**
 * The background's part of locking (lib/journal/session/lock.ts decides): it passes in the deadline alarm,
 * system idle and screen lock, the keyboard command, and changes to the session or the settings.
 * Listeners are added synchronously, so each of these events wakes the service worker.
 */
export function registerJournalAutoLock() {
  const lifecycle = createBrowserLock();
  const changed = () => {
    void autoLockMinutes().then((minutes) => browser.idle.setDetectionInterval(minutes * 60));
    void lifecycle.handle('changed');
  };
  changed();
  settingsStorage.watch(changed);
  policyStorage.watch(changed);
  journalSession.watchKey(() => void lifecycle.handle('changed'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LOCK_ALARM) void lifecycle.handle('alarm');
  });
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'idle') void lifecycle.handle('idle');
    if (state === 'locked') void lifecycle.handle('screenLocked');
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === LOCK_COMMAND) void lifecycle.handle('command');
  });
}
