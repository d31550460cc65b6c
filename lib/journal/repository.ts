import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Bytes } from './crypto';

/**
 * The only module that opens the journal's IndexedDB database. Records arrive already encrypted:
 * nothing here awaits crypto inside a transaction (idb: the transaction would close). Every write
 * resolves on tx.done with strict durability, so "saved" means on disk.
 */
export const DB_NAME = 'been-there-journal';
export const DB_VERSION = 2;

export interface VaultRecord {
  salt: Bytes;
  iterations: number;
  iv: Bytes;
  wrapped: Bytes;
  createdAt: number;
}

/** One encrypted note. Only the id and the time of the last change are in the clear, for ordering. */
export interface NoteRecord {
  id: string;
  updatedAt: number;
  iv: Bytes;
  ct: Bytes;
}

export interface JournalDB extends DBSchema {
  meta: { key: 'vault'; value: VaultRecord };
  notes: { key: string; value: NoteRecord; indexes: { 'by-updated': number } };
  /** Added in version 2: the draft being written, saved encrypted every few seconds. */
  drafts: { key: 'current'; value: NoteRecord };
}

const STRICT = { durability: 'strict' } as const;

/** A request inside a write: its failure surfaces through tx.done, so the request itself stays quiet. */
const queue = (request: Promise<unknown>) => void request.catch(() => undefined);

export interface RepositoryEvents {
  /** Another page is upgrading the database and this one is in the way. */
  onBlocked?: () => void;
  /** This page's connection closed so another could upgrade; it reopens on next use. */
  onVersionChange?: () => void;
}

export function createRepository(name = DB_NAME, events: RepositoryEvents = {}) {
  let dbPromise: Promise<IDBPDatabase<JournalDB>> | undefined;

  const db = () =>
    (dbPromise ??= openDB<JournalDB>(name, DB_VERSION, {
      // Stepwise: each version adds only its own change, so any older database upgrades in order.
      upgrade(database, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          database.createObjectStore('meta');
          database.createObjectStore('notes', { keyPath: 'id' });
        }
        if (oldVersion < 2) {
          tx.objectStore('notes').createIndex('by-updated', 'updatedAt');
          database.createObjectStore('drafts');
        }
      },
      blocked: () => events.onBlocked?.(),
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        dbPromise = undefined;
        events.onVersionChange?.();
      },
      terminated() {
        dbPromise = undefined;
      },
    }));

  return {
    async vault(): Promise<VaultRecord | undefined> {
      return (await db()).get('meta', 'vault');
    },
    async putVault(vault: VaultRecord) {
      const tx = (await db()).transaction('meta', 'readwrite', STRICT);
      queue(tx.store.put(vault, 'vault'));
      await tx.done;
    },
    /** Newest first. */
    async notes(): Promise<NoteRecord[]> {
      return (await (await db()).getAllFromIndex('notes', 'by-updated')).reverse();
    },
    /** The newest notes only, read from the end of the time index. */
    async newestNotes(limit: number): Promise<NoteRecord[]> {
      const tx = (await db()).transaction('notes');
      const page: NoteRecord[] = [];
      for (
        let cursor = await tx.store.index('by-updated').openCursor(null, 'prev');
        cursor && page.length < limit;
        cursor = await cursor.continue()
      )
        page.push(cursor.value);
      await tx.done;
      return page;
    },
    async putNote(note: NoteRecord) {
      const tx = (await db()).transaction('notes', 'readwrite', STRICT);
      queue(tx.store.put(note));
      await tx.done;
    },
    async deleteNote(id: string) {
      const tx = (await db()).transaction('notes', 'readwrite', STRICT);
      queue(tx.store.delete(id));
      await tx.done;
    },
    async draft(): Promise<NoteRecord | undefined> {
      return (await db()).get('drafts', 'current');
    },
    async putDraft(draft: NoteRecord) {
      const tx = (await db()).transaction('drafts', 'readwrite', STRICT);
      queue(tx.store.put(draft, 'current'));
      await tx.done;
    },
    /** Saves a finished note and clears the draft in one transaction: never both, never neither. */
    async commitDraft(note: NoteRecord) {
      const tx = (await db()).transaction(['notes', 'drafts'], 'readwrite', STRICT);
      queue(tx.objectStore('notes').put(note));
      queue(tx.objectStore('drafts').delete('current'));
      await tx.done;
    },
    async clearDraft() {
      const tx = (await db()).transaction('drafts', 'readwrite', STRICT);
      queue(tx.store.delete('current'));
      await tx.done;
    },
    /**
     * Imports in one transaction: all the records land, or (on any error, a full disk included)
     * none do. With `replace`, existing notes go first, in the same transaction.
     */
    async importNotes(notes: NoteRecord[], replace: boolean) {
      const tx = (await db()).transaction('notes', 'readwrite', STRICT);
      try {
        if (replace) queue(tx.store.clear());
        for (const note of notes) queue(tx.store.put(note));
      } catch (error) {
        // A request that throws (a bad key, say) does not abort the transaction by itself: the
        // requests queued before it would still commit. Abort, so nothing lands.
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await tx.done;
    },
    /** Turns the journal off: the vault, every note and the draft, in one transaction. */
    async deleteEverything() {
      const tx = (await db()).transaction(['meta', 'notes', 'drafts'], 'readwrite', STRICT);
      queue(tx.objectStore('meta').clear());
      queue(tx.objectStore('notes').clear());
      queue(tx.objectStore('drafts').clear());
      await tx.done;
    },
    async close() {
      (await dbPromise)?.close();
      dbPromise = undefined;
    },
  };
}

export type JournalRepository = ReturnType<typeof createRepository>;
