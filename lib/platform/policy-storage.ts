import { browser } from 'wxt/browser';
import { parsePolicy, type PolicyState } from '../policy';

/** Institution policy from storage.managed: read at start and whenever IT changes it. */
export interface PolicyStorage {
  load(): Promise<PolicyState>;
  watch(onChange: (state: PolicyState) => void): () => void;
}

export const policyStorage: PolicyStorage = {
  async load() {
    try {
      return parsePolicy(await browser.storage.managed.get());
    } catch {
      // No managed storage (Firefox without policies.json, or no schema): no policy.
      return { status: 'none' };
    }
  },
  watch(onChange) {
    const listener = (_: unknown, area: string) => {
      if (area === 'managed') void policyStorage.load().then(onChange);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
