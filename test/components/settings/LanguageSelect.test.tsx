import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { effect } from '@preact/signals';
import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/settings/OptionsApp';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';

it('saves English or French whatever the browser speaks, and says which language pages should use', async () => {
  const { store } = renderWithStore(<OptionsApp />);
  await store.start();
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' });
  expect(select.value).toBe('auto');
  expect(store.settings.language.value).toBe('en');
  fireEvent.change(select, { target: { value: 'fr' } });
  await waitFor(async () => expect((await settingsStorage.load()).language).toBe('fr'));
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
  // A page that reopened now would lose the choice: the write is still under way.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(store.settings.language.value).toBe('fr');
  finishWrite();
  await waitFor(() => expect(store.settings.language.value).toBe('en'));
});
