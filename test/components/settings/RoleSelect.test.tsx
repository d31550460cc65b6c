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
