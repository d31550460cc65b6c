import { signal } from '@preact/signals';
import type { StorageProtection } from './storage-protection.browser';
import type { Platform } from '../app/platform';

/** What Settings shows about storage protection: null until the browser has answered. */
export function createStorageProtectionStore(platform: Promise<Pick<Platform, 'storageProtection'>>) {
  const state = signal<StorageProtection | null>(null);
  /** True once the user asked and the browser said no, so the page can say so. */
  const refused = signal(false);
  return {
    state,
    refused,
    async check() {
      state.value = await (await platform).storageProtection.status();
    },
    async request() {
      state.value = await (await platform).storageProtection.request();
      refused.value = state.value === 'notProtected';
    },
  };
}
