import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/app/App';
import { createJournalPlatform } from '../../../lib/journal/journal.browser';
import { renderWithStore } from '../../helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const openJournal = async () => {
  fireEvent.click(screen.getByRole('tab', { name: 'Journal' }));
  await screen.findByRole('heading', { level: 2, name: 'Journal' });
};
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });

describe('Journal tab', () => {
  it('explains itself, turns on, saves a note and changes the passphrase', async () => {
    renderWithStore(<App surface="sidepanel" />);
    await openJournal();
    expect(await screen.findByText(/No one can recover a forgotten passphrase/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on the journal' }));
    type('Passphrase', 'short');
    expect(screen.getByText('Too short. Use 8 characters or more.')).toBeTruthy();
    type('Passphrase', 'correct horse battery');
    type('Confirm passphrase', 'correct horse batterY');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(screen.getByText('The two passphrases are different.')).toBeTruthy();
    type('Confirm passphrase', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await screen.findByRole('button', { name: 'Lock' });
    await screen.findByLabelText('Note', { exact: true });
    type('Note', 'a quiet note');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText('a quiet note')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    type('Current passphrase', 'wrong passphrase!');
    type('New passphrase', 'a brand new passphrase');
    type('Confirm passphrase', 'a brand new passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(
      await screen.findByText(
        'That passphrase does not unlock it. Check it and try again.',
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
    type('Current passphrase', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    // Unwrapping and rewrapping run 600,000 PBKDF2 rounds each: on a busy machine that takes seconds.
    const changed = screen.findByText(
      'Passphrase changed. Use the new one from now on.',
      {},
      { timeout: 20_000 },
    );
    expect(await changed).toBeTruthy();
  });

  it('explains when this browser cannot keep notes, and the rest still works', async () => {
    const unusable = async () => ({ ...createJournalPlatform(), indexedDbUsable: async () => false });
    renderWithStore(<App surface="popup" />, { platform: { journal: unusable } });
    await openJournal();
    expect((await screen.findByRole('alert')).textContent).toContain('cannot keep notes');
    fireEvent.click(screen.getByRole('tab', { name: 'HELP' }));
    expect(screen.getByRole('heading', { level: 2, name: 'HELP: talking with a colleague' })).toBeTruthy();
  });

  it('stays off when the institution does not allow it', async () => {
    Object.assign(fakeBrowser.storage.managed, { get: async () => ({ journalAllowed: false }) });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openJournal();
    await waitFor(() =>
      expect(screen.getByText('Your institution has turned the journal off on this browser.')).toBeTruthy(),
    );
    expect(screen.queryByRole('button', { name: 'Turn on the journal' })).toBeNull();
  });

  it('stays off when the institution does not allow it, even in a policy ignored for another error', async () => {
    Object.assign(fakeBrowser.storage.managed, {
      get: async () => ({ journalAllowed: false, defaultRegion: 'Atlantis' }),
    });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openJournal();
    await waitFor(() =>
      expect(screen.getByText('Your institution has turned the journal off on this browser.')).toBeTruthy(),
    );
    expect(screen.queryByRole('button', { name: 'Turn on the journal' })).toBeNull();
  });

  it('"Delete everything" refused by the disk: says so above the notes, focused, and the notes are read again; not said again at the next lock', async () => {
    const refusing = async () => {
      const platform = createJournalPlatform();
      platform.journal.deleteEverything = () =>
        Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return platform;
    };
    renderWithStore(<App surface="sidepanel" />, { platform: { journal: refusing } });
    await openJournal();
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on the journal' }));
    type('Passphrase', 'correct horse battery');
    type('Confirm passphrase', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await screen.findByLabelText('Note', { exact: true });
    type('Note', 'kept through a refused delete');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText('kept through a refused delete')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    const said = await screen.findByText(
      'Nothing was deleted (this device refused the change). Your notes are still here; try again.',
    );
    expect(said.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(document.activeElement).toBe(said));
    expect(await screen.findByText('kept through a refused delete')).toBeTruthy();
    // Shown again with the tab, it does not take focus again: the keyboard stays in the tabs.
    fireEvent.click(screen.getByRole('tab', { name: 'HELP' }));
    const journalTab = screen.getByRole('tab', { name: 'Journal' });
    journalTab.focus();
    fireEvent.click(journalTab);
    await screen.findByText(/Nothing was deleted/);
    expect(document.activeElement).toBe(journalTab);

    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('button', { name: 'Unlock' });
    expect(screen.queryByText(/Nothing was deleted/)).toBeNull();
  });
});
