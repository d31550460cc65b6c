import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup, writeBackup } from '../../../lib/journal/backup';
import { fromBase64, newDataKey, seal, toBase64, wrapDataKey } from '../../../lib/journal/crypto';
import { InvalidBackupError } from '../../../lib/journal/journal';
import type { Note } from '../../../lib/journal/notes';
import { openRecord, sealRecord } from '../../../lib/journal/records';
import { createRepository, type VaultRecord } from '../../../lib/journal/repository';
import { journalSession } from '../../../lib/journal/session/session.browser';
import { journalPages, note } from './journal-pages';

const PASS = 'correct horse battery';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function journalWithNotes(name = `records-${Math.random()}`) {
  const pages = journalPages(name);
  const page = pages.page();
  await page.journal.turnOn(PASS);
  const a = await page.journal.saveNote(note('a', 'note a'), 's');
  const b = await page.journal.saveNote(note('b', 'note b'), 's');
  return { pages, page, a, b };
}

/** A backup of the journal's two notes, then note "a" damaged here: same id and time, its ciphertext no longer opens. */
async function backupThenDamageA() {
  const journal = await journalWithNotes();
  const { vault, notes } = await journal.page.journal.vaultForBackup();
  const file = writeBackup(vault, notes);
  const damaged = (await journal.page.repo.notes()).find((r) => r.id === 'a')!;
  await journal.page.repo.putNote({ ...damaged, ct: damaged.ct.map((byte) => byte ^ 1) });
  return { ...journal, file };
}

describe('records bound to their place (AES-GCM additional data)', () => {
  it('a ciphertext moved under another id (swap) no longer opens', async () => {
    const { page } = await journalWithNotes();
    const [recordA, recordB] = [...(await page.repo.notes())].sort((x, y) => x.id.localeCompare(y.id));
    await page.repo.putNote({ ...recordB!, iv: recordA!.iv, ct: recordA!.ct });
    const read = await page.journal.notes();
    expect(read.notes.map((n) => n.body)).toEqual(['note a']);
    expect(read.unreadable).toBe(1);
  });

  it('an older ciphertext put back under the newer time (rollback) no longer opens', async () => {
    const { page } = await journalWithNotes();
    const old = (await page.repo.notes()).find((r) => r.id === 'a')!;
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later time than the first save
    await page.journal.saveNote(note('a', 'note a, rewritten'), 's');
    const current = (await page.repo.notes()).find((r) => r.id === 'a')!;
    await page.repo.putNote({ ...current, iv: old.iv, ct: old.ct });
    const read = await page.journal.notes();
    expect(read.notes.map((n) => n.body)).toEqual(['note b']);
    expect(read.unreadable).toBe(1);
  });

  it('a draft copied into the notes (promote) no longer opens', async () => {
    const { page } = await journalWithNotes();
    await page.journal.saveDraft('page-1', note('c', 'an unfinished thought'));
    const [draft] = await page.repo.drafts();
    await page.repo.putNote(draft!.record);
    const read = await page.journal.notes();
    expect(read.notes.map((n) => n.body).sort()).toEqual(['note a', 'note b']);
    expect(read.unreadable).toBe(1);
  });

  it('a draft moved to another page’s slot no longer opens', async () => {
    const { page } = await journalWithNotes();
    await page.journal.saveDraft('page-1', note('c', 'an unfinished thought'));
    const [draft] = await page.repo.drafts();
    await page.repo.clearDraft('page-1');
    await page.repo.putDraft('page-2', draft!.record);
    expect(await page.journal.drafts()).toEqual([]);
  });

  it('a vault marked back to the old format does not unlock', async () => {
    const { page } = await journalWithNotes();
    await page.journal.lock();
    const vault = (await page.repo.vault())!;
    await page.repo.putVault({ ...vault, format: undefined });
    await expect(page.journal.unlock(PASS)).rejects.toThrow('wrong passphrase');
  });
});

describe('migrating a journal written before records were bound', () => {
  /** The database as the previous version left it: nothing bound, one draft under 'current'. */
  async function legacyFixture(name: string) {
    const key = await newDataKey();
    const repo = createRepository(name);
    const vault: VaultRecord = { ...(await wrapDataKey(key, PASS)), createdAt: 1 };
    await repo.createVault(vault);
    for (const n of [note('old-1', 'first', 100), note('old-2', 'second', 200)])
      await repo.putNote({ id: n.id, updatedAt: n.updatedAt, ...(await seal(key, n)) });
    const draft = note('old-3', 'unfinished', 300);
    await repo.putDraft('current', { id: draft.id, updatedAt: draft.updatedAt, ...(await seal(key, draft)) });
    await repo.close();
  }

  it('rewrites every record bound on the first unlock, losing nothing', async () => {
    await legacyFixture('legacy');
    const pages = journalPages('legacy');
    const page = pages.page();
    await page.store.init();
    expect(page.store.view.value).toBe('locked');
    await page.store.unlock(PASS);
    expect(page.store.notes.value.map((n) => n.body)).toEqual(['second', 'first']);
    expect(page.store.draft.value?.body).toBe('unfinished');
    expect((await page.repo.vault())?.format).toBe(2);
    // Now bound: the records open with their context, and the old way no longer.
    const raw = (await journalSession.key())!;
    const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
    for (const record of await page.repo.notes()) {
      await expect(openRecord(key, record, { kind: 'note' })).resolves.toMatchObject({ id: record.id });
      await expect(openRecord(key, record, { kind: 'note' }, false)).rejects.toThrow();
    }
    // And the next unlock reads them as they are.
    await page.store.lock();
    await page.store.unlock(PASS);
    expect(page.store.notes.value.map((n) => n.body)).toEqual(['second', 'first']);
  });
});

describe('a new data key on a passphrase change', () => {
  it('by default the key stays: an old copy of the vault still opens later notes (as PRIVACY.md says)', async () => {
    const { page } = await journalWithNotes();
    const oldVault = (await page.repo.vault())!;
    await page.journal.changePassphrase(PASS, 'a new passphrase');
    await page.journal.saveNote(note('c', 'written after the change'), 's');
    const mixed = readBackup(writeBackup(oldVault, await page.repo.notes()));
    if (!mixed.ok) throw new Error('unreadable');
    const plan = await page.journal.planImport(mixed.backup, PASS);
    expect(plan.notes.map((n) => n.body).sort()).toEqual(['note a', 'note b', 'written after the change']);
  });

  it('with a new key, an old backup opens only what it held, and every note and draft survives', async () => {
    const { pages, page } = await journalWithNotes();
    const other = pages.page();
    other.store.watch();
    await other.store.init();
    other.store.edit({ body: 'a draft in the side panel' });
    await other.store.saveDraftNow();
    const oldVault = (await page.repo.vault())!;
    const oldBackup = writeBackup(oldVault, await page.repo.notes());

    await page.journal.changePassphrase(PASS, 'a new passphrase', true);
    await page.journal.saveNote(note('c', 'written after the change'), 's');
    // The side panel notices the new key and keeps saving its draft readably.
    other.store.edit({ body: 'a draft in the side panel, continued' });
    await vi.waitFor(async () => {
      await other.store.saveDraftNow();
      expect((await page.journal.drafts()).map((d) => d.note.body)).toEqual([
        'a draft in the side panel, continued',
      ]);
    });

    const mixed = readBackup(writeBackup(oldVault, await page.repo.notes()));
    if (!mixed.ok) throw new Error('unreadable');
    await expect(page.journal.planImport(mixed.backup, PASS)).rejects.toBeInstanceOf(InvalidBackupError);
    const old = readBackup(oldBackup);
    if (!old.ok) throw new Error('unreadable');
    expect((await page.journal.planImport(old.backup, PASS)).notes.map((n) => n.body).sort()).toEqual([
      'note a',
      'note b',
    ]);
    await page.journal.lock();
    await expect(page.journal.unlock(PASS)).rejects.toThrow('wrong passphrase');
    await page.journal.unlock('a new passphrase');
    expect((await page.journal.notes()).notes.map((n) => n.body).sort()).toEqual([
      'note a',
      'note b',
      'written after the change',
    ]);
  });
});

describe('imports check what they decrypt', () => {
  async function backupOf(notes: unknown[]) {
    const key = await newDataKey();
    const vault: VaultRecord = {
      ...(await wrapDataKey(key, 'backup passphrase', 'been-there/vault/2')),
      createdAt: 1,
      format: 2,
    };
    const records = await Promise.all(notes.map((n) => sealRecord(key, n as Note, { kind: 'note' })));
    return writeBackup(vault, records);
  }

  it('a backup that decrypts but holds one invalid note is refused whole', async () => {
    const { pages, page } = await journalWithNotes();
    const store = pages.page().store;
    await store.init();
    const before = (await page.journal.notes()).notes;
    const file = await backupOf([
      note('x', 'fine'),
      { ...note('y', 'broken'), createdAt: 'yesterday' },
      note('z', 'fine'),
    ]);
    await store.planImport(file, 'backup passphrase');
    expect(store.error.value).toBe('invalidBackup');
    expect(store.importPlan.value).toBeNull();
    expect((await page.journal.notes()).notes).toEqual(before);
  });

  it('copies of the same note in a file are reported, and only the newest lands', async () => {
    const { pages } = await journalWithNotes();
    const store = pages.page().store;
    await store.init();
    const file = await backupOf([
      note('x', 'older', 100),
      note('x', 'newer', 200),
      note('a', 'also here', 300),
    ]);
    await store.planImport(file, 'backup passphrase');
    expect(store.importPlan.value).toMatchObject({ existing: 1, duplicates: 1 });
    expect(store.importPlan.value?.notes.map((n) => n.body).sort()).toEqual(['also here', 'newer']);
    await store.applyImport(false);
    // The file's "a" is older than the one here, which stays.
    expect(store.notes.value.map((n) => n.body).sort()).toEqual(['newer', 'note a', 'note b']);
  });

  it('merging keeps each note here that is as new as the file’s copy or newer, and says how many', async () => {
    const { pages, a, b } = await journalWithNotes();
    const store = pages.page().store;
    await store.init();
    const file = await backupOf([
      note('a', 'older a, in the file', a.updatedAt - 1),
      note('b', 'newer b, in the file', b.updatedAt + 1),
      note('c', 'new c'),
    ]);
    await store.planImport(file, 'backup passphrase');
    expect(store.importPlan.value).toMatchObject({ existing: 2, newerHere: 1 });
    await store.applyImport(false);
    expect(store.notes.value.map((n) => n.body).sort()).toEqual(['new c', 'newer b, in the file', 'note a']);
  });

  it('a note saved here after the file was checked is not put back by the file’s older copy', async () => {
    const { pages, page, a } = await journalWithNotes();
    const store = pages.page().store;
    await store.init();
    const file = await backupOf([note('a', 'a, in the file', a.updatedAt + 1)]);
    await store.planImport(file, 'backup passphrase');
    expect(store.importPlan.value).toMatchObject({ existing: 1, newerHere: 0 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await page.journal.saveNote({ ...a, body: 'edited here since' }, 's');
    await store.applyImport(false);
    expect(store.notes.value.map((n) => n.body).sort()).toEqual(['edited here since', 'note b']);
  });

  it('merging repairs a note here that no longer opens, from the file’s copy of the same time', async () => {
    const { pages, page, file } = await backupThenDamageA();
    expect(await page.journal.notes()).toMatchObject({ unreadable: 1 });
    const store = pages.page().store;
    await store.init();
    await store.planImport(file, PASS);
    expect(store.importPlan.value).toMatchObject({ existing: 2, newerHere: 1, repair: [{ id: 'a' }] });
    await store.applyImport(false);
    expect(await page.journal.notes()).toMatchObject({ unreadable: 0 });
    expect(store.notes.value.map((n) => n.body).sort()).toEqual(['note a', 'note b']);
  });

  it('a repair judged under a key the journal no longer has repairs nothing', async () => {
    const { pages, page, file } = await backupThenDamageA();
    const store = pages.page().store;
    await store.init();
    await store.planImport(file, PASS);
    const plan = store.importPlan.value!;
    expect(plan.repair.map((r) => r.id)).toEqual(['a']);
    // As if the key had changed since the check (a passphrase change to a new key).
    await page.journal.applyImport({ ...plan, checkedWith: 'another key' }, false);
    expect(await page.journal.notes()).toMatchObject({ unreadable: 1 });
  });

  it('a damaged note written again here after the check is not "repaired" over', async () => {
    const { pages, page, a, file } = await backupThenDamageA();
    const store = pages.page().store;
    await store.init();
    await store.planImport(file, PASS);
    expect(store.importPlan.value?.repair.map((r) => r.id)).toEqual(['a']);
    // Another window writes "a" again before Add is pressed.
    await page.journal.saveNote({ ...a, body: 'written again' }, 's');
    await store.applyImport(false);
    expect(store.notes.value.map((n) => n.body).sort()).toEqual(['note b', 'written again']);
  });

  it('replacing takes the file’s copies, older ones too', async () => {
    const { pages, a } = await journalWithNotes();
    const store = pages.page().store;
    await store.init();
    const file = await backupOf([note('a', 'older a, in the file', a.updatedAt - 1)]);
    await store.planImport(file, 'backup passphrase');
    await store.applyImport(true);
    expect(store.notes.value.map((n) => n.body)).toEqual(['older a, in the file']);
  });

  it('the answer for a file let go while it was checked is not shown', async () => {
    const { pages } = await journalWithNotes();
    const store = pages.page().store;
    await store.init();
    const checking = store.planImport(await backupOf([note('x', 'from file A')]), 'backup passphrase');
    // Another file chosen meanwhile (the file field lets the first go).
    store.cancelImport();
    await checking;
    expect(store.importPlan.value).toBeNull();
    const wrong = store.planImport(await backupOf([note('y', 'from file B')]), 'not its passphrase');
    store.cancelImport();
    await wrong;
    expect(store.error.value).toBeNull();
  });
});

describe('long notes', () => {
  it('base64 round-trips 5 MB', () => {
    const bytes = new Uint8Array(5_000_000);
    for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
    // (Compared as buffers: a deep equality over 5 million elements takes minutes.)
    expect(Buffer.from(fromBase64(toBase64(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a 3 MB note backs up and imports exactly', async () => {
    const { page } = await journalWithNotes();
    const long = await page.journal.saveNote(note('long', 'Long shift. '.repeat(250_000)), 's');
    const file = writeBackup(...(Object.values(await page.journal.vaultForBackup()) as [never, never]));
    const target = journalPages().page();
    await target.journal.turnOn('another passphrase');
    const read = readBackup(file);
    if (!read.ok) throw new Error(read.problem);
    await target.journal.applyImport(await target.journal.planImport(read.backup, PASS), false);
    expect((await target.journal.notes()).notes.find((n) => n.id === 'long')).toEqual(long);
  });
});
