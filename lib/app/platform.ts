import type { JournalPlatform } from '../journal/journal.browser';
import type { Navigation } from '../platform/navigation';
import type { People } from '../people/people.browser';
import type { PolicyStorage } from '../settings/policy.browser';
import type { SettingsStorage } from '../settings/settings.browser';
import type { StorageProtectionApi } from '../settings/storage-protection.browser';

/** The browser-backed services, which arrive after the first paint (see components/app/mount.tsx). */
export interface Platform {
  settings: SettingsStorage;
  /** Contacts, reminders and buddy check-ins, loaded on first use (see lib/people/people-store.ts). */
  people(): Promise<People>;
  policy: PolicyStorage;
  /** The journal's storage and crypto, loaded with the Journal tab. */
  journal(): Promise<JournalPlatform>;
  navigation: Navigation;
  /** Must be called straight from a click: browsers ask only during a user gesture. */
  requestNotifications(): Promise<boolean>;
  newId(): string;
  /** Whether the browser may clear our data under storage pressure; asked from Settings only. */
  storageProtection: StorageProtectionApi;
}
