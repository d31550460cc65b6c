import { browser } from 'wxt/browser';
import type { PolicyState } from './policy';
import { onStorageChange } from '../platform/storage-changes';

/** Institution policy from storage.managed: read at start and whenever IT changes it. */
export interface PolicyStorage {
  load(): Promise<PolicyState>;
  watch(onChange: (state: PolicyState) => void): () => void;
}

export const policyStorage: PolicyStorage = {
  async load() {
    try {
      const raw = await browser.storage.managed.get();
      // Most browsers have no policy: only when there is one does its validation code load.
      if (raw && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) {
        return { status: 'none' };
      }
      const { parsePolicy } = await import('./policy');
      return parsePolicy(raw);
    } catch {
      // No managed storage (Firefox without policies.json, or no schema): no policy.
      return { status: 'none' };
    }
  },
  watch(onChange) {
    return onStorageChange('managed', null, () => void policyStorage.load().then(onChange));
  },
};
