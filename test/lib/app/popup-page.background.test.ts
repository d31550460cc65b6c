import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerPopupInLanguage } from '../../../lib/app/popup-page.background';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { setMessages } from '../../../lib/text/i18n';
import { useLocale } from '../../setup';

let setPopup: ReturnType<typeof vi.fn>;
// The fake browser has no action API: a stand-in records the calls at that edge.
const original = { ...fakeBrowser };
afterEach(() => {
  Object.assign(fakeBrowser, original);
  setMessages(null);
  useLocale('en');
});
beforeEach(() => {
  setPopup = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, { action: { setPopup } });
});

const popups = () => setPopup.mock.calls.map(([details]) => (details as { popup: string }).popup);

it("points the toolbar button at the popup in the browser's language at install and at each start", async () => {
  useLocale('fr');
  registerPopupInLanguage();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html']));
  await fakeBrowser.runtime.onStartup.trigger();
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html', 'popup-fr.html']));
});

it('follows the language chosen in Settings, and a change of it', async () => {
  await settingsStorage.update((s) => ({ ...s, language: 'fr' }));
  registerPopupInLanguage();
  await fakeBrowser.runtime.onStartup.trigger();
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html']));
  await settingsStorage.update((s) => ({ ...s, language: 'en' }));
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html', 'popup-en.html']));
});

it('leaves popup.html in place where the browser refuses, without an unhandled error', async () => {
  setPopup.mockRejectedValue(new Error('no action here'));
  registerPopupInLanguage();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await vi.waitFor(() => expect(setPopup).toHaveBeenCalledTimes(1));
});
