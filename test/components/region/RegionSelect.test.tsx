import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { OptionsApp } from '../../../components/settings/OptionsApp';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import type { Settings } from '../../../lib/settings/settings';
import { renderWithStore, slowSettingsReads } from '../../helpers';

/** The region's own status line (the options page has others, for contacts). */
const regionStatus = () => document.getElementById('region-status')!;

it('starts from a guessed region and saves the one the user picks', async () => {
  const { store } = renderWithStore(<OptionsApp />, { timeZone: 'America/Edmonton' });
  await store.start();
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Your region' });
  expect(select.value).toBe('CA-AB');
  await waitFor(() =>
    expect(regionStatus().textContent).toContain('Guessed from your browser: Alberta, Canada'),
  );
  fireEvent.change(select, { target: { value: 'CA-NS' } });
  await waitFor(() => expect(regionStatus().textContent).toBe('Region saved.'));
  expect((await settingsStorage.load()).region).toBe('CA-NS');
});

it('never calls a saved region a guess, while the settings are still being read', async () => {
  await settingsStorage.save({ ...(await settingsStorage.load()), region: 'CA-QC' });
  const { storage, answer } = slowSettingsReads();
  const { store } = renderWithStore(<OptionsApp />, {
    timeZone: 'America/Vancouver',
    platform: { settings: storage },
  });
  const starting = store.start();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(regionStatus().textContent).toBe('');
  answer();
  await starting;
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Your region' });
  await waitFor(() => expect(select.value).toBe('CA-QC'));
  expect(regionStatus().textContent).toBe('');
});

it('lists provinces in French, sorted for French readers', () => {
  renderWithStore(<OptionsApp />, { locale: 'fr' });
  const region = screen.getByRole('combobox', { name: 'Votre région' });
  const labels = within(region)
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(labels[0]).toBe('Canada (aucune province choisie)');
  expect(labels).toContain('Île-du-Prince-Édouard, Canada');
  expect(labels.at(-1)).toBe('États-Unis');
  expect(labels.indexOf('Île-du-Prince-Édouard, Canada')).toBeLessThan(labels.indexOf('Manitoba, Canada'));
});

it('says so, and keeps the old region, when the choice cannot be saved', async () => {
  const failing = {
    ...settingsStorage,
    save: async (_: Settings) => {
      throw new Error('QuotaExceededError');
    },
    // A full disk refuses every write, whichever way it is made.
    update: async () => {
      throw new Error('QuotaExceededError');
    },
  };
  renderWithStore(<OptionsApp />, { timeZone: 'America/Vancouver', platform: { settings: failing } });
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Your region' });
  fireEvent.change(select, { target: { value: 'US' } });
  await waitFor(() => expect(regionStatus().textContent).toContain('Could not save'));
  expect(select.value).toBe('CA-BC');
});
