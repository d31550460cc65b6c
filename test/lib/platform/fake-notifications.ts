import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * WXT's fake browser has no notifications or permissions API. This stand-in records what the code
 * asks of them, and lets a test allow notifications or click one. Call `restore` after each test.
 */
export function installFakeNotifications() {
  const original = { permissions: fakeBrowser.permissions, notifications: fakeBrowser.notifications };
  const clickListeners: ((id: string) => void)[] = [];
  const fake = {
    allowed: false,
    created: [] as [string, unknown][],
    cleared: [] as string[],
    click: (id: string) => clickListeners.forEach((listener) => listener(id)),
    restore: () => void Object.assign(fakeBrowser, original),
  };
  Object.assign(fakeBrowser, {
    permissions: { contains: async () => fake.allowed },
    notifications: {
      create: async (id: string, options: unknown) => void fake.created.push([id, options]),
      onClicked: { addListener: (listener: (id: string) => void) => clickListeners.push(listener) },
      clear: async (id: string) => void fake.cleared.push(id),
    },
  });
  return fake;
}
