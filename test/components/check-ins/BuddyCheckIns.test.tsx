import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
    fireEvent.click(await screen.findByRole('button', { name: 'Prévoir un suivi' }));
    // The buddy comes first in the list of people.
    expect((screen.getByLabelText('Avec') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'Sam Lee',
    );
    fireEvent.click(screen.getByLabelText('Chaque mois'));
    fireEvent.change(screen.getByLabelText('Jour du mois'), { target: { value: '31' } });
    fireEvent.input(screen.getByLabelText('Heure'), { target: { value: '07:45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le suivi' }));
    await screen.findByText(/^Suivi prévu\. Prochain\s:/);
    const [saved] = await checkInsStorage.load();
    expect(saved).toMatchObject({ rhythm: 'monthly', dayOfMonth: 31, time: '07:45' });
    const next = new Date(saved!.next);
    expect([next.getHours(), next.getMinutes()]).toEqual([7, 45]);
    await waitFor(() => expect(screen.getByText(/Sam Lee · Chaque mois · 07:45/)).toBeTruthy());
  });

  it('moves focus into the form as it opens and back to its button as it closes, for a change too', async () => {
    const { store } = renderWithStore(<BuddyCheckIns />);
    await store.people.saveContact({ name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up a check-in' }));
    expect(document.activeElement).toBe(screen.getByLabelText('With'));
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Set up a check-in' })),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Change' }));
    expect(document.activeElement).toBe(screen.getByLabelText('With'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change' }));
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

describe('Buddy check-ins when storage refuses', () => {
  /** A buddy with a check-in that is due, rendered. */
  async function withDueCheckIn(locale: 'en' | 'fr' = 'en') {
    const rendered = renderWithStore(<BuddyCheckIns />, { locale });
    await rendered.store.people.saveContact({ name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' });
    const sam = rendered.store.people.contacts.value[0]!;
    await checkInsStorage.put({
      id: 'k1',
      contactId: sam.id,
      label: '',
      rhythm: 'weekly',
      weekday: 1,
      dayOfMonth: 1,
      time: '09:00',
      next: Date.now() + 86_400_000,
      dueAt: Date.now() - 60_000,
    });
    await screen.findByText(/Sam Lee · /);
    return rendered;
  }
  const diskFull = () =>
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QuotaExceededError'));

  for (const button of ['Done', 'Remind me in an hour', 'Skip the next one', 'Stop'])
    it(`says so when “${button}” cannot be saved`, async () => {
      await withDueCheckIn();
      diskFull();
      fireEvent.click(screen.getByRole('button', { name: button }));
      expect((await screen.findByRole('alert')).textContent).toBe(
        'Could not change the check-in, perhaps because this device is full. Nothing was changed.',
      );
    });

  it('says so in French too', async () => {
    await withDueCheckIn('fr');
    diskFull();
    fireEvent.click(screen.getByRole('button', { name: 'Arrêter' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Impossible de modifier le suivi, peut-être parce que l’appareil est plein. Rien n’a été modifié.',
    );
  });

  it('the form says “not saved” when the save fails, and keeps the choices', async () => {
    await withDueCheckIn();
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '18:30' } });
    diskFull();
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not save the check-in, perhaps because this device is full. Nothing was changed.',
    );
    expect((screen.getByLabelText('Time') as HTMLInputElement).value).toBe('18:30');
    expect(screen.queryByText(/Check-in set/)).toBeNull();
  });

  it('the form says “not saved” when the check-in was stopped meanwhile, in another page', async () => {
    await withDueCheckIn();
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    // Another page stopped it just before: storage finds nothing to change.
    vi.spyOn(checkInsStorage, 'change').mockResolvedValue(null);
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: this check-in was stopped meanwhile, perhaps in another window.',
    );
    expect(screen.queryByText(/Check-in set/)).toBeNull();
  });
});
