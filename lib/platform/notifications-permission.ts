import { browser } from 'wxt/browser';

const NOTIFICATIONS = { permissions: ['notifications'] } as const;

/**
 * Asks for the optional notifications permission the first time a reminder is set. Browsers allow
 * the question only inside a click, so callers must not await anything before calling this.
 */
export function requestNotifications(): Promise<boolean> {
  return browser.permissions
    .request({ ...NOTIFICATIONS, permissions: [...NOTIFICATIONS.permissions] })
    .catch(() => false);
}

export function hasNotifications(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [...NOTIFICATIONS.permissions] }).catch(() => false);
}
