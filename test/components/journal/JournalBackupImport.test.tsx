import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SurfaceContext } from '../../../components/app/SurfaceContext';
import { JournalBackup } from '../../../components/journal/JournalBackup';
import type { Surface } from '../../../lib/app/app-store';
import { JournalNotes } from '../../../components/journal/JournalNotes';
import { writeBackup } from '../../../lib/journal/backup';
import { renderWithStore } from '../../helpers';
import type { TestLocale } from '../../setup';
import { journalPages, note } from '../../lib/journal/journal-pages';

// Bad input and refused writes in the journal's backup and delete, with the real journal store,
// repository (fake-indexeddb) and session: a clear message, and nothing lost.
const PASS = 'correct horse battery';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

async function unlockedJournal(locale: TestLocale = 'en', surface: Surface = 'sidepanel', firefox = false) {
  const page = journalPages(`backup-${Math.random()}`).page();
  await page.journal.turnOn(PASS);
  await page.journal.saveNote(note('a', 'note a'), 's');
  await page.journal.saveNote(note('b', 'note b'), 's');
  await page.store.init();
  await waitFor(() => expect(page.store.notes.value).toHaveLength(2));
  const opened: string[] = [];
  const navigation = {
    canOpenSidePanel: true,
    filePickerClosesPopup: firefox,
    openOptions: async () => void opened.push('options'),
    openSidePanel: async () => void opened.push('sidepanel'),
  };
  const { store } = renderWithStore(
    <SurfaceContext.Provider value={surface}>
      <JournalNotes journal={page.store} />
      <JournalBackup journal={page.store} />
    </SurfaceContext.Provider>,
    { locale, platform: { navigation } },
  );
  await store.start();
  return Object.assign(page, { opened });
}

/** Chooses a file in the import field, as the file picker would. */
function choose(file: File, label: RegExp) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('importing a backup: the file', () => {
  it('that cannot be read says so, and asks for nothing', async () => {
    await unlockedJournal();
    const file = new File(['{}'], 'backup.json');
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('moved')) });
    choose(file, /Import an encrypted backup/);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file could not be read (it may be too large, moved or damaged). Nothing was changed.',
    );
    expect(screen.queryByLabelText('Passphrase of that backup')).toBeNull();
  });

  it('far larger than any backup is refused before it is read, in French too', async () => {
    await unlockedJournal('fr');
    const file = new File(['{}'], 'film.mp4');
    Object.defineProperty(file, 'size', { value: 600 * 1024 * 1024 });
    const read = vi.fn(() => Promise.resolve('{}'));
    Object.defineProperty(file, 'text', { value: read });
    choose(file, /Importer une sauvegarde chiffrée/);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce fichier n’a pas pu être lu (il est peut-être trop volumineux, déplacé ou endommagé). Rien n’a été modifié.',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('says how many of its notes are no newer than the ones here, and adding keeps those', async () => {
    const page = await unlockedJournal();
    const { vault, notes } = await page.journal.vaultForBackup();
    const file = new File([writeBackup(vault, notes)], 'backup.json');
    const a = (await page.journal.notes()).notes.find((n) => n.id === 'a')!;
    await page.journal.saveNote({ ...a, body: 'edited since' }, 's');
    await page.store.init();
    choose(file, /Import an encrypted backup/);
    fireEvent.input(await screen.findByLabelText('Passphrase of that backup'), { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    const summary = await screen.findByText(/This backup holds/);
    expect(summary.textContent).toBe(
      'This backup holds 2 notes; 2 of them are already here. Adding them leaves 2 of your notes as they are: yours are at least as recent as the file’s copies.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add them to my notes' }));
    await waitFor(() => expect(page.store.importPlan.value).toBeNull());
    expect((await page.journal.notes()).notes.map((n) => n.body).sort()).toEqual(['edited since', 'note b']);
  });
});

describe('importing a backup from Firefox’s popup', () => {
  it('sends the person to the side panel, since Firefox closes the popup when a file picker opens', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const page = await unlockedJournal('en', 'popup', true);
    const button = await screen.findByRole('button', { name: 'Open the side panel to import' });
    expect(screen.queryByLabelText('Import an encrypted backup')).toBeNull();
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Firefox closes this popup when a file picker opens, so import from the side panel: open it, then the Journal tab.',
    );
    fireEvent.click(button);
    await waitFor(() => expect(page.opened).toEqual(['sidepanel']));
    await waitFor(() => expect(close).toHaveBeenCalled());
    close.mockRestore();
  });

  it('keeps the file field in Firefox’s side panel, and in another browser’s popup', async () => {
    await unlockedJournal('en', 'sidepanel', true);
    expect(screen.getByLabelText('Import an encrypted backup')).toBeTruthy();
    cleanup();
    await unlockedJournal('fr', 'popup', false);
    expect(screen.getByLabelText('Importer une sauvegarde chiffrée')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ouvrir le panneau latéral pour importer' })).toBeNull();
  });
});

describe('deleting notes', () => {
  it('a note whose delete, then whose undo, the disk refuses: said each time, and the note is not lost', async () => {
    const page = await unlockedJournal();
    const refuse = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const { deleteNote, putNote } = page.repo;
    page.repo.deleteNote = refuse;
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete Untitled note' })[0]!);
    const said =
      'That change could not be saved (perhaps this device is full), so nothing changed. Try again.';
    expect((await screen.findByRole('alert')).textContent).toBe(said);
    expect(screen.getAllByRole('article')).toHaveLength(2);

    page.repo.deleteNote = deleteNote;
    page.repo.putNote = refuse;
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete Untitled note' })[0]!);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(undo);
    expect((await screen.findByRole('alert')).textContent).toBe(said);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();

    page.repo.putNote = putNote;
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
