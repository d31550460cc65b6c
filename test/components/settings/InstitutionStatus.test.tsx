import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AutoLockSelect } from '../../../components/journal/AutoLockSelect';
import { InstitutionStatus } from '../../../components/settings/InstitutionStatus';
import { renderWithStore } from '../../helpers';

describe('Institution settings on the options page', () => {
  it('lists each policy key in force, and only those', async () => {
    Object.assign(fakeBrowser.storage.managed, {
      get: async () => ({ institutionName: 'Example Hospital', maxAutoLockMinutes: 15, regionLocked: false }),
    });
    const { store } = renderWithStore(<InstitutionStatus />);
    await store.start();
    await waitFor(() =>
      expect(
        screen.getByText('Settings from your institution (Example Hospital) are in force.'),
      ).toBeTruthy(),
    );
    const list = screen.getByRole('list', { name: /Policy keys in force/ });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'institutionName',
      'maxAutoLockMinutes',
      'regionLocked',
    ]);
  });

  it.each([
    ['en', {}, 'Your institution’s settings are in force.'],
    ['fr', {}, 'Les paramètres de votre établissement sont en vigueur.'],
    [
      'fr',
      { institutionName: 'Hôpital Montfort' },
      'Les paramètres de votre établissement (Hôpital Montfort) sont en vigueur.',
    ],
  ] as const)('says whose settings are in force, named or not (%s, %o)', async (locale, named, line) => {
    await fakeBrowser.storage.managed.set({ ...named, regionLocked: false });
    const { store } = renderWithStore(<InstitutionStatus />, { locale });
    await store.start();
    expect(await screen.findByText(line)).toBeTruthy();
  });

  it('says which optional parts were left out, and that the rest is in force', async () => {
    Object.assign(fakeBrowser.storage.managed, {
      get: async () => ({
        institutionName: 'Example Hospital',
        extraResources: [{ name: 'EAP', beforeYouCall: { runBy: 'government' } }],
      }),
    });
    const { store } = renderWithStore(<InstitutionStatus />);
    await store.start();
    await waitFor(() =>
      expect(
        screen.getByText('Settings from your institution (Example Hospital) are in force.'),
      ).toBeTruthy(),
    );
    expect(screen.getByRole('status').textContent).toMatch(
      /^Some optional parts were wrong and are left out; everything else is in force\..*extraResources\.0\.beforeYouCall\.runBy/,
    );
    const list = screen.getByRole('list', { name: /Policy keys in force/ });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'extraResources',
      'institutionName',
    ]);
  });

  it('ignores a broken policy, says why in words, and lists the limits that still apply', async () => {
    Object.assign(fakeBrowser.storage.managed, {
      get: async () => ({
        journalAllowed: false,
        contacts: [{ name: 'Wellness office', phone: 'call the switchboard' }],
      }),
    });
    const { store } = renderWithStore(<InstitutionStatus />);
    await store.start();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Your institution’s settings could not be used and are ignored\./);
    expect(alert.textContent).toContain(
      'contacts.0.phone: Enter a phone number using digits, spaces, dashes or a leading +.',
    );
    const list = screen.getByRole('list', { name: /Its limits on private data still apply/ });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['journalAllowed: false']);
    expect(store.policy.value?.journalAllowed).toBe(false);
  });

  it('shows the cap in force where a broken policy asked for one that is not a choice (10 is 5), and on the auto-lock', async () => {
    await fakeBrowser.storage.managed.set({ maxAutoLockMinutes: 10, contacts: 'none' });
    const { store } = renderWithStore(
      <>
        <InstitutionStatus />
        <AutoLockSelect />
      </>,
    );
    await store.start();
    const list = await screen.findByRole('list', { name: /an unclear value is taken at its strictest/ });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['maxAutoLockMinutes: 5']);
    const select = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Lock the journal after this much idle time',
    });
    expect([...select.options].map((o) => o.value)).toEqual(['1', '5']);
    expect(select.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      document.getElementById(select.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
    ).toMatch(/Your institution allows at most 5 minutes of idle time\.$/);
  });

  it('says the institution’s cap beside the auto-lock, in French too, and nothing without one', async () => {
    await fakeBrowser.storage.managed.set({ maxAutoLockMinutes: 15 });
    const { store, unmount } = renderWithStore(<AutoLockSelect />, { locale: 'fr' });
    await store.start();
    expect(
      await screen.findByText(/Votre établissement limite cette durée à 15 minutes au maximum\.$/),
    ).toBeTruthy();
    unmount();
    await fakeBrowser.storage.managed.clear();
    const other = renderWithStore(<AutoLockSelect />);
    await other.store.start();
    expect(screen.getByRole('combobox', { name: 'Lock the journal after this much idle time' })).toBeTruthy();
    expect(screen.queryByText(/allows at most/)).toBeNull();
  });
});
