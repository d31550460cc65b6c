import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWelcome } from '../../../lib/welcome/welcome.background';

// The fake browser starts with one blank tab.
const openTabs = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));

it('opens the welcome page when the extension is installed, not when it is updated', async () => {
  registerWelcome();
  await fakeBrowser.runtime.onInstalled.trigger({
    reason: 'update',
    previousVersion: '0.0.9',
    temporary: false,
  });
  expect(await openTabs()).toEqual([]);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  expect(await openTabs()).toEqual([expect.stringMatching(/\/welcome\.html$/)]);
});

it('opens nothing where the institution has set the region: its users need no setup', async () => {
  Object.assign(fakeBrowser.storage.managed, { get: async () => ({ defaultRegion: 'CA-QC' }) });
  registerWelcome();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  expect(await openTabs()).toEqual([]);
});

it('still opens it when the policy is invalid: nothing of it applies', async () => {
  Object.assign(fakeBrowser.storage.managed, { get: async () => ({ defaultRegion: 'Mars' }) });
  registerWelcome();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  expect(await openTabs()).toHaveLength(1);
});

it('still opens it when the institution set only the language: the region is the user’s to give', async () => {
  Object.assign(fakeBrowser.storage.managed, { get: async () => ({ language: 'fr' }) });
  registerWelcome();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  expect(await openTabs()).toHaveLength(1);
});
