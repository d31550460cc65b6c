import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { OptionsApp } from '../../../components/settings/OptionsApp';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';

it('saves the role the user gives once, and forgets it on “Not saying”', async () => {
  const { store } = renderWithStore(<OptionsApp />);
  await store.start();
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'I am' });
  expect(select.value).toBe('');
  fireEvent.change(select, { target: { value: 'resident' } });
  await waitFor(async () => expect((await settingsStorage.load()).role).toBe('resident'));
  expect(select.value).toBe('resident');
  fireEvent.change(select, { target: { value: '' } });
  await waitFor(async () => expect((await settingsStorage.load()).role).toBeNull());
});

it('offers the roles in French', () => {
  renderWithStore(<OptionsApp />, { locale: 'fr' });
  const select = screen.getByRole('combobox', { name: 'Je suis' });
  expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
    'Je préfère ne pas le dire',
    'Médecin',
    'Médecin résident ou résidente',
    'Aux études en médecine',
  ]);
});

it('says so when the role or the auto-lock could not be saved, in French too, and keeps the old choice', async () => {
  const failing = { ...settingsStorage, update: async () => Promise.reject(new Error('QuotaExceededError')) };
  const { store } = renderWithStore(<OptionsApp />, { platform: { settings: failing }, locale: 'fr' });
  await store.start();
  const role = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Je suis' });
  fireEvent.change(role, { target: { value: 'resident' } });
  const said =
    'Votre choix n’a pas pu être enregistré (l’appareil est peut-être plein). Le choix précédent reste en vigueur; réessayez.';
  expect((await screen.findByRole('alert')).textContent).toBe(said);
  expect(store.settings.role.value).toBeNull();
  expect(role.getAttribute('aria-invalid')).toBe('true');

  const autoLock = screen.getByRole<HTMLSelectElement>('combobox', { name: /verrouill/i });
  const before = store.settings.autoLock.value;
  fireEvent.change(autoLock, { target: { value: '60' } });
  await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
  expect(store.settings.autoLock.value).toBe(before);
});
