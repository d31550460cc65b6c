import type { Platform } from './platform';
import { createNavigation } from './navigation';
import { requestNotifications } from './notifications';
import { policyStorage } from './policy-storage';
import { settingsStorage } from './settings-storage';
import { storageProtection } from './storage-protection';

/** The real browser-backed services. Loaded after the first paint, so the popup shows text sooner. */
export function createPlatform(): Platform {
  return {
    settings: settingsStorage,
    people: () => import('./people').then((m) => m.people),
    policy: policyStorage,
    journal: () => import('./journal-platform').then((m) => m.createJournalPlatform()),
    navigation: createNavigation(),
    requestNotifications,
    newId: () => crypto.randomUUID(),
    storageProtection,
  };
}
export { isToolbarPopup } from './environment';
export type { Platform } from './platform';
