import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromBase64, importDataKey } from '../../../lib/journal/crypto';
import type { SealedShard } from '../../../lib/journal/repository';
import { openIndex, sealIndex, SHARD_NOTES } from '../../../lib/journal/search-index';
import type { Note } from '../../../lib/journal/notes';
import { journalPages, type Gate } from './journal-pages';

const PASS = 'correct horse battery';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

type Page = ReturnType<ReturnType<typeof journalPages>['page']>;

/** The index on disk, opened with the key in the session; null when there is none or it is out of date. */
async function indexOnDisk(page: Page) {
  const { index, version } = await page.repo.searchIndex();
  if (!index || index.version !== version) return null;
  const raw = (await fakeBrowser.storage.session.get('journalKey')).journalKey as string | undefined;
  if (!raw) throw new Error('locked');
  return openIndex(await importDataKey(fromBase64(raw)), index);
}

/** Every note decrypted from its own record: what the index must match. */
async function notesFromRecords(page: Page) {
  const { notes } = await page.journal.notesForExport(PASS);
  return notes.map((n) => `${n.id}:${n.body}`);
}

const decrypts = () => vi.spyOn(crypto.subtle, 'decrypt');

let dbName = '';
async function withNotes(bodies: string[]) {
  dbName = `search-${Math.random()}`;
  const page = journalPages(dbName).page();
  await page.journal.turnOn(PASS);
  for (const body of bodies) await page.journal.saveNote({ ...page.journal.newNote(), body }, 's');
  return page;
}

describe('the sealed search index', () => {
  it('is built at the first listing, then a listing opens one ciphertext only', async () => {
    const page = await withNotes(['one', 'two', 'three']);
    expect(await indexOnDisk(page)).toBeNull();
    const first = await page.journal.notes();
    expect(first.notes.map((n) => n.body)).toEqual(['three', 'two', 'one']);
    expect((await indexOnDisk(page))?.notes).toEqual(first.notes);
    const spy = decrypts();
    expect((await page.journal.notes()).notes).toEqual(first.notes);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('stays consistent with the notes across save, delete and import, decrypting only what changed', async () => {
    const page = await withNotes(['one', 'two']);
    await page.journal.notes();
    const saved = await page.journal.saveNote({ ...page.journal.newNote(), body: 'three' }, 's');
    // Out of date now: the next listing opens the index and the one new record, and seals it again.
    expect(await indexOnDisk(page)).toBeNull();
    const spy = decrypts();
    expect((await page.journal.notes()).notes.map((n) => n.body)).toEqual(['three', 'two', 'one']);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect((await indexOnDisk(page))?.notes.map((n) => `${n.id}:${n.body}`)).toEqual(
      await notesFromRecords(page),
    );

    await page.journal.saveNote({ ...saved, body: 'three, changed' }, 's');
    await page.journal.deleteNote((await page.journal.notes()).notes.at(-1)!.id);
    await page.journal.notes();
    expect((await indexOnDisk(page))?.notes.map((n) => `${n.id}:${n.body}`)).toEqual(
      await notesFromRecords(page),
    );

    const note = { ...page.journal.newNote(), body: 'imported' };
    await page.journal.applyImport(
      { notes: [note], existing: 0, newerHere: 0, repair: [], duplicates: 0 },
      false,
    );
    expect((await page.journal.notes()).notes.map((n) => n.body)).toContain('imported');
    expect((await indexOnDisk(page))?.notes.map((n) => `${n.id}:${n.body}`)).toEqual(
      await notesFromRecords(page),
    );
  });

  it('is rebuilt from the records when damaged, and when a new key replaced its own', async () => {
    const page = await withNotes(['one', 'two']);
    await page.journal.notes();
    const db = await openDB(dbName);
    const shard = (await db.get('search', 'shard/0')) as SealedShard;
    shard.ct[3] = shard.ct[3]! ^ 1;
    await db.put('search', shard, 'shard/0');
    db.close();
    expect((await page.journal.notes()).notes.map((n) => n.body)).toEqual(['two', 'one']);
    expect((await indexOnDisk(page))?.notes.map((n) => n.body)).toEqual(['two', 'one']);

    await page.journal.changePassphrase(PASS, 'another passphrase here', true);
    expect((await page.repo.searchIndex()).index).toBeUndefined();
    expect((await page.journal.notes()).notes.map((n) => n.body)).toEqual(['two', 'one']);
  });

  it('is never written by a listing that a lock overtook', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const gate: Gate = (label) => (label.endsWith('.putSearchIndex') ? held : Promise.resolve());
    const world = journalPages(`search-race-${Math.random()}`, gate);
    const page = world.page();
    await page.journal.turnOn(PASS);
    await page.journal.saveNote({ ...page.journal.newNote(), body: 'one' }, 's');
    const listing = page.journal.notes();
    // The listing has decrypted and sealed, and waits to write; the journal locks meanwhile.
    await vi.waitFor(() => expect(page.journal.session.state).toBe('unlocked'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await page.journal.lock();
    release();
    await listing.catch(() => undefined);
    expect((await page.repo.searchIndex()).index).toBeUndefined();
  });
});

describe('search in the journal view', () => {
  it('finds notes across the index, and keeps nothing once locked', async () => {
    const page = await withNotes(['Médecins on nights', 'a quiet day']);
    await page.journal.lock();
    await page.store.init();
    await page.store.unlock(PASS);
    page.store.search('medecins');
    expect(page.store.shown.value.map((n) => n.body)).toEqual(['Médecins on nights']);
    await page.store.lock();
    expect(page.store.notes.value).toEqual([]);
    expect(page.store.shown.value).toEqual([]);
  });
});

describe('the search index format: shards sealed one by one', () => {
  const note = (i: number): Note => ({
    id: `n${i}`,
    title: `Note ${i}`,
    body: `body ${i} é`,
    prompts: {},
    createdAt: i,
    updatedAt: i,
  });
  const contents = { notes: Array.from({ length: 7 }, (_, i) => note(i)), unreadable: 2 };
  const key = () =>
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

  it('splits the notes into shards of a set size, and opens them whole and in order', async () => {
    const k = await key();
    const index = await sealIndex(k, 'v1', contents, 3);
    expect(index.shards).toHaveLength(3);
    expect(await openIndex(k, index)).toEqual(contents);
    // A journal of 10,000 notes is about 20 shards; an empty one is one shard, which still opens.
    expect(SHARD_NOTES).toBe(500);
    const empty = await sealIndex(k, 'v1', { notes: [], unreadable: 1 });
    expect(empty.shards).toHaveLength(1);
    expect(await openIndex(k, empty)).toEqual({ notes: [], unreadable: 1 });
  });

  it('does not open with a shard dropped, repeated, moved or from another version, or with none', async () => {
    const k = await key();
    const index = await sealIndex(k, 'v1', contents, 3);
    const [a, b, c] = index.shards;
    const other = await sealIndex(k, 'v2', contents, 3);
    const tries = [[a, b], [a, b, b], [a, c, b], [b, a, c], [a, other.shards[1], c], []];
    for (const shards of tries)
      await expect(openIndex(k, { version: 'v1', shards: shards as typeof index.shards })).rejects.toThrow();
    await expect(openIndex(k, { ...other, version: 'v1' })).rejects.toThrow();
    await expect(openIndex(await key(), index)).rejects.toThrow();
  });

  it('an index of format 1 (one ciphertext) is rebuilt from the records', async () => {
    const page = await withNotes(['one', 'two']);
    await page.journal.notes();
    const db = await openDB(dbName);
    const head = (await db.get('search', 'index')) as { version: string };
    await db.put('search', { version: head.version, ...(await db.get('search', 'shard/0')) }, 'index');
    db.close();
    expect((await page.repo.searchIndex()).index).toBeUndefined();
    const spy = decrypts();
    expect((await page.journal.notes()).notes.map((n) => n.body)).toEqual(['two', 'one']);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect((await indexOnDisk(page))?.notes.map((n) => n.body)).toEqual(['two', 'one']);
  });
});

/** A journal of one note, its notes version, a fresh AES key and `count` new notes to seal with it. */
async function indexOnDiskSetup(count: number) {
  const page = await withNotes(['one']);
  const version = (await page.repo.searchIndex()).version;
  const k = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const notes = Array.from({ length: count }, (_, i) => ({ ...page.journal.newNote(), body: `b${i}` }));
  return { page, version, k, notes };
}

describe('the search index on disk', () => {
  it('keeps a head and one record per shard, removes shards a smaller index no longer has, and opens with one missing', async () => {
    const { page, version, k, notes } = await indexOnDiskSetup(5);
    const keyId = (await page.repo.vault())!.keyId!;
    const keys = async () => {
      const db = await openDB(dbName);
      const all = (await db.getAllKeys('search')).map(String).sort();
      db.close();
      return all;
    };
    expect(
      await page.repo.putSearchIndex(
        await sealIndex(k, version, { notes, unreadable: 0 }, 2),
        keyId,
        () => true,
      ),
    ).toBe(true);
    expect(await keys()).toEqual(['index', 'notesVersion', 'shard/0', 'shard/1', 'shard/2']);
    const read = (await page.repo.searchIndex()).index!;
    expect((await openIndex(k, read)).notes).toEqual(notes);

    await page.repo.putSearchIndex(
      await sealIndex(k, version, { notes: notes.slice(0, 3), unreadable: 0 }, 2),
      keyId,
      () => true,
    );
    expect(await keys()).toEqual(['index', 'notesVersion', 'shard/0', 'shard/1']);
    expect((await openIndex(k, (await page.repo.searchIndex()).index!)).notes).toEqual(notes.slice(0, 3));

    const db = await openDB(dbName);
    await db.delete('search', 'shard/1');
    db.close();
    await expect(openIndex(k, (await page.repo.searchIndex()).index!)).rejects.toThrow('missing');
  });

  it('keeps the ciphertext of each shard in a Blob, and still opens shards written as bytes', async () => {
    const { page, version, k, notes } = await indexOnDiskSetup(3);
    const sealed = await sealIndex(k, version, { notes, unreadable: 0 }, 2);
    expect(await page.repo.putSearchIndex(sealed, (await page.repo.vault())!.keyId!, () => true)).toBe(true);
    const db = await openDB(dbName);
    const stored = (await db.get('search', 'shard/0')) as { ct: unknown };
    expect(stored.ct).toBeInstanceOf(Blob);

    // An index written before shards were Blobs (its ciphertext a Uint8Array) opens as it is.
    await db.put('search', sealed.shards[1], 'shard/1');
    db.close();
    expect((await openIndex(k, (await page.repo.searchIndex()).index!)).notes).toEqual(notes);
  });
});
