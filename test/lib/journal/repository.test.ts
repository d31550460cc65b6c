import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepository, DB_VERSION } from '../../../lib/journal/repository';
import { bytes, vaultHolding } from './repository-fixtures';

beforeEach(() => {
  // A fresh IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

/** A database as version 1 of the product left it: meta and notes, no index, no drafts. */
async function versionOneFixture(name: string) {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('meta');
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.put({ id: 'old-1', updatedAt: 100, iv: bytes(1), ct: bytes(2) });
      notes.put({ id: 'old-2', updatedAt: 200, iv: bytes(3), ct: bytes(4) });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('journal repository', () => {
  it('upgrades a version-1 database step by step, keeping every note', async () => {
    await versionOneFixture('fixture');
    const repo = createRepository('fixture');
    expect((await repo.notes()).map((n) => n.id)).toEqual(['old-2', 'old-1']);
    await repo.putDraft('page-1', { id: 'd', updatedAt: 300, iv: bytes(5), ct: bytes(6) });
    expect((await repo.drafts()).map((d) => [d.slot, d.record.id])).toEqual([['page-1', 'd']]);
    await repo.close();
  });

  it('saves a note and clears its page’s draft in one step, leaving other pages’ drafts', async () => {
    const repo = createRepository('commit');
    await repo.putDraft('popup', { id: 'n', updatedAt: 1, iv: bytes(1), ct: bytes(1) });
    await repo.putDraft('panel', { id: 'm', updatedAt: 1, iv: bytes(3), ct: bytes(3) });
    await repo.commitDraft({ id: 'n', updatedAt: 2, iv: bytes(2), ct: bytes(2) }, 'popup');
    expect((await repo.drafts()).map((d) => d.slot)).toEqual(['panel']);
    expect((await repo.notes()).map((n) => n.updatedAt)).toEqual([2]);
  });

  it('as a page closes, writes a draft at once under the vault’s key, and only then', async () => {
    const repo = createRepository('closing');
    const draft = (id: string) => ({ id, updatedAt: 1, iv: bytes(1), ct: bytes(1) });
    // No connection open yet: nothing is sent, and the caller saves the usual way.
    expect(repo.putDraftAtOnce('popup', draft('early'), 'k1')).toBeNull();
    await repo.createVault(vaultHolding('k1'));
    const written = repo.putDraftAtOnce('popup', draft('mine'), 'k1');
    await expect(written).resolves.toBeUndefined();
    // Sealed with a key the vault no longer holds (a new passphrase's key since): refused, unwritten.
    const refused = repo.putDraftAtOnce('panel', draft('old key'), 'k2');
    await expect(refused).rejects.toThrow();
    expect((await repo.drafts()).map((d) => [d.slot, d.record.id])).toEqual([['popup', 'mine']]);
    await repo.close();
  });

  it('imports all or nothing', async () => {
    const repo = createRepository('atomic');
    await repo.putNote({ id: 'keep', updatedAt: 1, iv: bytes(1), ct: bytes(1) });
    const broken = [
      { id: 'a', updatedAt: 2, iv: bytes(1), ct: bytes(1) },
      { id: undefined as unknown as string, updatedAt: 3, iv: bytes(1), ct: bytes(1) },
    ];
    await expect(repo.importNotes(broken, true)).rejects.toThrow();
    expect((await repo.notes()).map((n) => n.id)).toEqual(['keep']);
  });

  it('steps aside when another page opens a newer version', async () => {
    let closedForUpgrade = false;
    const repo = createRepository('shared', { onVersionChange: () => (closedForUpgrade = true) });
    await repo.notes();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('shared', DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked'));
    });
    expect(closedForUpgrade).toBe(true);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});
