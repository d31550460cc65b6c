import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_WAIT_MS, registerPopupInLanguage } from '../../../lib/app/popup-page.background';
import { holdNextPolicyRead } from '../../helpers';
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

it("points the toolbar button at the popup in the browser's language when the background starts, and at each browser start", async () => {
  useLocale('fr');
  registerPopupInLanguage();
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html']));
  await fakeBrowser.runtime.onStartup.trigger();
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html', 'popup-fr.html']));
});

it('two changes of language read back out of order: the button ends on the latest', async () => {
  registerPopupInLanguage();
  await vi.waitFor(() => expect(popups()).toEqual(['popup-en.html']));
  // The first read answers last (a busy service worker).
  // Each read takes the settings and the policy together; the policy's read is held.
  const { spy, answer: answerFirst } = holdNextPolicyRead();
  await settingsStorage.update((s) => ({ ...s, language: 'fr' }));
  await vi.waitFor(() => expect(spy).toHaveBeenCalled());
  await settingsStorage.update((s) => ({ ...s, language: 'en' }));
  // The second read has answered (English); the first, French, answers after it.
  await vi.waitFor(() => expect(popups()).toEqual(['popup-en.html', 'popup-en.html']));
  answerFirst();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(popups().at(-1)).toBe('popup-en.html');
  expect(popups()).not.toContain('popup-fr.html');
});

it('follows the language chosen in Settings, and a change of it', async () => {
  await settingsStorage.update((s) => ({ ...s, language: 'fr' }));
  registerPopupInLanguage();
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html']));
  await settingsStorage.update((s) => ({ ...s, language: 'en' }));
  await vi.waitFor(() => expect(popups()).toEqual(['popup-fr.html', 'popup-en.html']));
});

it('leaves popup.html in place where the browser refuses, without an unhandled error', async () => {
  setPopup.mockRejectedValue(new Error('no action here'));
  registerPopupInLanguage();
  await vi.waitFor(() => expect(setPopup).toHaveBeenCalledTimes(1));
});

it('while the policy is slow to answer, points the button by the settings and the browser, then as the policy says', async () => {
  const managedGet = fakeBrowser.storage.managed.get;
  Object.assign(fakeBrowser.storage.managed, { get: async () => ({ language: 'fr' }) });
  try {
    const { answer } = holdNextPolicyRead();
    registerPopupInLanguage();
    await new Promise((resolve) => setTimeout(resolve, POLICY_WAIT_MS / 2));
    expect(popups()).toEqual([]);
    await vi.waitFor(() => expect(popups()).toEqual(['popup-en.html']), { timeout: POLICY_WAIT_MS * 3 });
    answer();
    await vi.waitFor(() => expect(popups()).toEqual(['popup-en.html', 'popup-fr.html']));
  } finally {
    Object.assign(fakeBrowser.storage.managed, { get: managedGet });
  }
});

it('a policy that answers in time points the button once, with no guess before it', async () => {
  registerPopupInLanguage();
  await vi.waitFor(() => expect(popups()).toEqual(['popup-en.html']));
  await new Promise((resolve) => setTimeout(resolve, POLICY_WAIT_MS * 1.5));
  expect(popups()).toEqual(['popup-en.html']);
});
