import { browser } from 'wxt/browser';
import { extensionUrl } from './navigation';

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

/**
 * Shows a notification if the user allowed them, and says whether it did: without the permission the
 * caller marks the thing as due in its list instead, so nothing is missed either way.
 */
export async function notifyIfAllowed(id: string, title: string, message: string): Promise<boolean> {
  if (!(await hasNotifications())) return false;
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: extensionUrl('/icon/128.png'),
    title,
    message,
  });
  return true;
}

/** A click on one of our notifications whose id starts with `prefix` opens `path` in a new tab. */
export function openOnNotificationClick(prefix: string, path: string) {
  browser.notifications?.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(prefix)) return;
    void browser.notifications.clear(notificationId);
    void browser.tabs.create({ url: extensionUrl(path) });
  });
}
