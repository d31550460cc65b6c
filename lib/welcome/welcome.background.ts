import { browser } from 'wxt/browser';
import { policyOf } from '../settings/policy-merge';
import { policyStorage } from '../settings/policy.browser';
import { extensionUrl } from '../platform/navigation';

export const WELCOME_PATH = '/welcome.html';

/**
 * A new user lands on the welcome page (region, role, language, pinning, privacy) instead of on
 * nothing. Not on updates, and not where an institution has set the region: its users need no setup.
 */
export function registerWelcome() {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    if (policyOf(await policyStorage.load())?.defaultRegion) return;
    await browser.tabs.create({ url: extensionUrl(WELCOME_PATH) });
  });
}
