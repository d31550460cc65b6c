import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { BuddyCheckIns } from '../../../components/check-ins/BuddyCheckIns';
import { checkInsStorage } from '../../../lib/check-ins/check-ins.browser';
import { renderWithStore } from '../../helpers';

describe('Buddy check-ins', () => {
  it('asks for a person first, and says the check-ins are stored unencrypted', async () => {
    renderWithStore(<BuddyCheckIns />);
    await screen.findByText('Add a person above to set up a check-in.');
    expect(screen.getByText(/stored on this device unencrypted/)).toBeTruthy();
  });

  it('sets a monthly check-in with the buddy, in French, and lists it', async () => {
    const { store } = renderWithStore(<BuddyCheckIns />, { locale: 'fr' });
    await store.people.saveContact({ name: 'Alex Roy', isBuddy: false, phone: '613 555 0142' });
    await store.people.saveContact({ name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' });
    fireEvent.click(await screen.findByRole('button', { name: 'Prévoir un rendez-vous' }));
    // The buddy comes first in the list of people.
    expect((screen.getByLabelText('Avec') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'Sam Lee',
    );
    fireEvent.click(screen.getByLabelText('Chaque mois'));
    fireEvent.change(screen.getByLabelText('Jour du mois'), { target: { value: '31' } });
    fireEvent.input(screen.getByLabelText('Heure'), { target: { value: '07:45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le rendez-vous' }));
    await screen.findByText(/^Rendez-vous prévu\. Prochain\s:/);
    const [saved] = await checkInsStorage.load();
    expect(saved).toMatchObject({ rhythm: 'monthly', dayOfMonth: 31, time: '07:45' });
    const next = new Date(saved!.next);
    expect([next.getHours(), next.getMinutes()]).toEqual([7, 45]);
    await waitFor(() => expect(screen.getByText(/Sam Lee · Chaque mois · 07:45/)).toBeTruthy());
  });

  it('refuses a missing time with a clear message and saves nothing', async () => {
    const { store } = renderWithStore(<BuddyCheckIns />);
    await store.people.saveContact({ name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up a check-in' }));
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a time.');
    expect(await checkInsStorage.load()).toEqual([]);
  });
});
