import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { WelcomeApp } from '../../../components/welcome/WelcomeApp';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';

it('asks where you work, your role and language, saving each choice as it is made', async () => {
  const { store } = renderWithStore(<WelcomeApp />);
  await store.start();
  expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Been There' })).toBeTruthy();
  fireEvent.change(screen.getByRole('combobox', { name: 'Your region' }), { target: { value: 'CA-QC' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'I am' }), { target: { value: 'resident' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });
  fireEvent.click(screen.getByRole('button', { name: 'Use this language' }));
  await waitFor(async () =>
    expect(await settingsStorage.load()).toMatchObject({ region: 'CA-QC', role: 'resident', language: 'fr' }),
  );
});

it('shows how to pin the button, with a described picture, and what stays on the device, in French', () => {
  renderWithStore(<WelcomeApp />, { locale: 'fr' });
  expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue dans Been There' })).toBeTruthy();
  expect(screen.getByRole('img', { name: /bouton Extensions/ })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Ce qui reste sur cet appareil' })).toBeTruthy();
  expect(screen.getByText(/pas un service d’urgence|pas un service de crise/i)).toBeTruthy();
});
