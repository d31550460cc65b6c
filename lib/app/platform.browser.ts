import type { Platform } from './platform';
import { createNavigation } from '../platform/navigation';
import { requestNotifications } from '../platform/notifications';
import { policyStorage } from '../settings/policy.browser';
import { settingsStorage } from '../settings/settings.browser';
import { storageProtection } from '../settings/storage-protection.browser';

/** The real browser-backed services. Loaded after the first paint, so the popup shows text sooner. */
export function createPlatform(): Platform {
  return {
    settings: settingsStorage,
    people: () => import('../people/people.browser').then((m) => m.people),
    policy: policyStorage,
    journal: () => import('../journal/journal.browser').then((m) => m.createJournalPlatform()),
    navigation: createNavigation(),
    requestNotifications,
    newId: () => crypto.randomUUID(),
    storageProtection,
  };
}
export { isToolbarPopup } from './toolbar-popup.browser';
export type { Platform } from './platform';
