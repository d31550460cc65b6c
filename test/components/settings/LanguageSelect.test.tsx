import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { effect } from '@preact/signals';
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/settings/OptionsApp';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';

// Tests here give storage.managed a policy; the fake browser's reset does not take it back.
const noPolicy = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
afterEach(() => void Object.assign(fakeBrowser.storage.managed, { get: noPolicy }));

it('saves English or French whatever the browser speaks, and says which language pages should use', async () => {
  const { store } = renderWithStore(<OptionsApp />);
  await store.start();
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' });
  expect(select.value).toBe('auto');
  expect(store.settings.language.value).toBe('en');
  fireEvent.change(select, { target: { value: 'fr' } });
  // Picking alone saves nothing: the page would reopen at every arrow key.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect((await settingsStorage.load()).language).toBe('auto');
  fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
  await waitFor(async () => expect((await settingsStorage.load()).language).toBe('fr'));
  expect(store.settings.languageChosenHere.value).toBe(true);
  expect(store.settings.language.value).toBe('fr');
  // Each language is named in itself, for a person who cannot read the page's language.
  expect([...select.querySelectorAll('option')].slice(1).map((o) => [o.textContent, o.lang])).toEqual([
    ['English', 'en'],
    ['Français', 'fr'],
  ]);
});

it('follows the institution’s language until the user chooses one', async () => {
  Object.assign(fakeBrowser.storage.managed, { get: async () => ({ language: 'fr' }) });
  const { store } = renderWithStore(<OptionsApp />);
  await store.start();
  expect(store.settings.language.value).toBe('fr');
  fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } });
  fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
  await waitFor(() => expect(store.settings.language.value).toBe('en'));
});

it('knows no language before settings have loaded, so no page reloads on a guess', () => {
  const { store } = renderWithStore(<OptionsApp />);
  expect(store.settings.language.value).toBeNull();
});

it('names the new language only once it is saved, and never the browser’s while the policy is still unread', async () => {
  Object.assign(fakeBrowser.storage.managed, { get: async () => ({ language: 'fr' }) });
  let finishWrite = () => {};
  const slowSettings = {
    ...settingsStorage,
    update: async (change: Parameters<typeof settingsStorage.update>[0]) => {
      await new Promise<void>((resolve) => (finishWrite = resolve));
      return settingsStorage.update(change);
    },
  };
  const { store } = renderWithStore(<OptionsApp />, { platform: { settings: slowSettings } });
  const seen: (string | null)[] = [];
  effect(() => void seen.push(store.settings.language.value));
  await store.start();
  expect(seen).toEqual([null, 'fr']);
  fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } });
  fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
  // A page that reopened now would lose the choice: the write is still under way.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(store.settings.language.value).toBe('fr');
  finishWrite();
  await waitFor(() => expect(store.settings.language.value).toBe('en'));
});

it('says so when the language could not be saved, and names no new language', async () => {
  const failing = { ...settingsStorage, update: async () => Promise.reject(new Error('QuotaExceededError')) };
  const { store } = renderWithStore(<OptionsApp />, { platform: { settings: failing } });
  await store.start();
  fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });
  fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
  await screen.findByText('Could not save the language. Nothing changed; try again.');
  expect(store.settings.language.value).toBe('en');
  expect(store.settings.languageChosenHere.value).toBe(false);
});
