import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { sameBytes, type Bytes } from './crypto';

/**
 * The only module that opens the journal's IndexedDB database. Records arrive already encrypted:
 * nothing here awaits crypto inside a transaction (idb: the transaction would close). Every write
 * resolves on tx.done with strict durability, so "saved" means on disk.
 */
export const DB_NAME = 'been-there-journal';
export const DB_VERSION = 3;

export interface VaultRecord {
  salt: Bytes;
  iterations: number;
  iv: Bytes;
  wrapped: Bytes;
  createdAt: number;
  /**
   * 2: every record's ciphertext is bound to its kind, id and time, and the wrapped key to the
   * vault (records.ts). Absent: written before that; the first unlock rewrites everything.
   */
  format?: 2;
  /**
   * A short hash of the data key (journal.ts), so a write sealed with another key (a page that read
   * the key just before a new one replaced it) is refused. Absent in vaults written before it.
   */
  keyId?: string;
}

/** One encrypted note. Only the id and the time of the last change are in the clear, for ordering. */
export interface NoteRecord {
  id: string;
  updatedAt: number;
  iv: Bytes;
  ct: Bytes;
}

/**
 * The search index (search-index.ts): every readable note, sealed with the data key in shards, so
 * that a first search opens about twenty ciphertexts instead of one per note. Never in the clear.
 * `version` names the state of the notes store it reflects (below); each shard is bound to it.
 */
export interface SearchIndexRecord {
  version: string;
  shards: SealedShard[];
}
export interface SealedShard {
  iv: Bytes;
  ct: Bytes;
}
/**
 * The index as read: its shards come one by one, so the first is decrypted while the next are
 * still being read (10 MB took 110-280 ms to read here; the first of 20 shards came after 13-40).
 * A shard that is missing reads as undefined, and the index then does not open.
 */
export interface SearchIndexRead {
  version: string;
  shards: Promise<SealedShard | undefined>[];
}
/** Stored under 'index'; each shard under `shard/<place>`. */
interface SearchIndexHead {
  version: string;
  shards: number;
}
const shardKey = (place: number): ShardKey => `shard/${place}`;
type ShardKey = `shard/${number}`;
const SHARD_KEYS = IDBKeyRange.bound('shard/', 'shard/\uffff');

/**
 * The safety plan, sealed (records.ts `sealPlan`): one record, kept in the `meta` store under
 * PLAN_KEY, so no new store (and no new database version) was needed. Only its time is in the clear.
 */
export interface PlanRecord {
  updatedAt: number;
  iv: Bytes;
  ct: Bytes;
}
export const PLAN_KEY = 'safety-plan';

/** An unsaved draft: each page writes its own slot, so no page overwrites another's words. */
export interface DraftRecord {
  slot: string;
  record: NoteRecord;
}

/** Everything the journal holds, as one consistent snapshot. */
export interface JournalContents {
  vault: VaultRecord;
  notes: NoteRecord[];
  drafts: DraftRecord[];
  /** Absent until a plan is saved. */
  plan?: PlanRecord;
}

/** Turning on found a journal already there (another page turned it on first). */
export class JournalExistsError extends Error {
  constructor() {
    super('journal exists');
  }
}

/** A rewrite of everything found the journal changed since it was read: nothing was written. */
export class JournalChangedError extends Error {
  constructor() {
    super('journal changed');
  }
}

/**
 * The plan on disk is newer than the one this page last read or saved: another page saved it
 * meanwhile. Not retried: the person chooses which plan to keep (safety-plan-store.ts).
 */
export class PlanChangedElsewhereError extends Error {
  constructor() {
    super('plan changed in another page');
  }
}

export interface JournalDB extends DBSchema {
  /** 'vault' holds the VaultRecord; PLAN_KEY the PlanRecord (the accessors below keep them apart). */
  meta: { key: 'vault' | typeof PLAN_KEY; value: VaultRecord | PlanRecord };
  notes: { key: string; value: NoteRecord; indexes: { 'by-updated': number } };
  /**
   * Added in version 2: drafts being written, saved encrypted as the user types. Keyed by each
   * page's slot (version 2 used the single key 'current', now an ordinary slot).
   */
  drafts: { key: string; value: NoteRecord };
  /**
   * Added in version 3: the sealed search index ('index') and the notes store's version
   * ('notesVersion'), a random value that every write of a note replaces in the same transaction.
   * An index whose version is not the current one is out of date and is brought up to date from
   * the records (journal.ts), never trusted as it is. Format 2 of the index keeps its head under
   * 'index' and its sealed shards under 'shard/<place>'; a format 1 index (one ciphertext under
   * 'index') reads as none, and is rebuilt.
   */
  search: { key: 'index' | 'notesVersion' | ShardKey; value: SearchIndexHead | StoredShard | string };
}

const STRICT = { durability: 'strict' } as const;

/** The stores a write made as a page closes may touch. */
type CloseTimeTransaction = IDBPTransaction<JournalDB, ('meta' | 'drafts')[], 'readwrite'>;

/** A request inside a write: its failure surfaces through tx.done, so the request itself stays quiet. */
const queue = (request: Promise<unknown>) => void request.catch(() => undefined);

/** Every write of a note, in its own transaction, marks the search index out of date. */
type SearchStore = { put(value: string, key: 'notesVersion'): Promise<unknown> };
const notesChanged = (search: SearchStore) => queue(search.put(crypto.randomUUID(), 'notesVersion'));
const asVersion = (value: unknown) => (typeof value === 'string' ? value : '');
const asHead = (value: unknown) =>
  value && typeof value === 'object' && 'shards' in value && typeof value.shards === 'number'
    ? (value as SearchIndexHead)
    : undefined;
/**
 * A shard as stored: its ciphertext in a Blob. Chromium keeps a value this large (about 550 KB) in a
 * file either way, but hands a Uint8Array back only once all of it is copied and deserialized on
 * the page's thread, while a Blob comes back at once and its bytes are read as a stream: 20 shards
 * of 560 KB read in 60-100 ms instead of 95-155 here (issue 21). Shards written before hold the
 * bytes themselves and are read as they are.
 */
interface StoredShard {
  iv: Bytes;
  ct: Blob | Bytes;
}
const toStored = (shard: SealedShard): StoredShard => ({ iv: shard.iv, ct: new Blob([shard.ct]) });
async function fromStored(value: unknown): Promise<SealedShard | undefined> {
  if (!value || typeof value !== 'object' || !('ct' in value) || !('iv' in value)) return undefined;
  const { iv, ct } = value as StoredShard;
  if (ct instanceof Uint8Array) return { iv, ct: ct as Bytes };
  return ct instanceof Blob ? { iv, ct: new Uint8Array(await ct.arrayBuffer()) } : undefined;
}

/** What identifies a record's exact bytes, to tell whether anything changed between two reads. */
const fingerprint = (slot: string, r: NoteRecord) => `${slot}|${r.id}|${r.updatedAt}|${r.iv.join(',')}`;
const fingerprints = (contents: Omit<JournalContents, 'vault'>) =>
  [
    ...contents.notes.map((r) => fingerprint('', r)),
    ...contents.drafts.map((d) => fingerprint(d.slot, d.record)),
    ...(contents.plan ? [fingerprint(PLAN_KEY, { id: PLAN_KEY, ...contents.plan })] : []),
  ]
    .sort()
    .join('\n');

export interface RepositoryEvents {
  /** Another page is upgrading the database and this one is in the way. */
  onBlocked?: () => void;
  /** This page's connection closed so another could upgrade; it reopens on next use. */
  onVersionChange?: () => void;
}

interface DraftStore {
  getAll(): Promise<NoteRecord[]>;
  getAllKeys(): Promise<string[]>;
}
async function readDrafts(store: DraftStore): Promise<DraftRecord[]> {
  const [keys, records] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return records.map((record, i) => ({ slot: keys[i]!, record }));
}

/**
 * The write ticket: inside the write's own transaction, the vault must still be there and hold the
 * key the records were sealed with. Otherwise nothing is written (JournalChangedError).
 */
type MetaReader = { get(key: 'vault' | typeof PLAN_KEY): Promise<VaultRecord | PlanRecord | undefined> };
// These readers send their request before their first await: the writes made as a page closes
// (putDraftAtOnce, putPlanAtOnce) rely on it, so that the reads come before the write.
const vaultIn = async (meta: MetaReader) => (await meta.get('vault')) as VaultRecord | undefined;
const planIn = async (meta: MetaReader) => (await meta.get(PLAN_KEY)) as PlanRecord | undefined;

async function checkVault(meta: MetaReader, keyId?: string) {
  if (keyId === undefined) return true;
  const vault = await vaultIn(meta);
  return !!vault && (vault.keyId === undefined || vault.keyId === keyId);
}
/**
 * Why `plan` may not be written over the plan `here`, or null when it may: another page saved one
 * since `over` (the time of the plan the edits started from), or the plan here is as new or newer.
 * `own`: the IVs of writes of the same page that may have landed since `over` (a page closing
 * while its own save is being written): such a plan is not another page's. Told by its random IV,
 * not its time: two pages' saves can share a time.
 */
function planRefusal(
  here: PlanRecord | undefined,
  plan: PlanRecord,
  over?: number,
  own: readonly Bytes[] = [],
): Error | null {
  const mine = !!here && own.some((iv) => sameBytes(iv, here.iv));
  if (over !== undefined && (here?.updatedAt ?? 0) > over && !mine) return new PlanChangedElsewhereError();
  if (here && here.updatedAt >= plan.updatedAt) return new JournalChangedError();
  return null;
}
/** Aborts a write whose ticket failed. */
async function refuse(
  tx: { abort(): void; done: Promise<void> },
  error: Error = new JournalChangedError(),
): Promise<never> {
  tx.abort();
  await tx.done.catch(() => undefined);
  throw error;
}

export function createRepository(name = DB_NAME, events: RepositoryEvents = {}) {
  let dbPromise: Promise<IDBPDatabase<JournalDB>> | undefined;
  /** The open connection, once there is one: a closing page writes through it without waiting. */
  let opened: IDBPDatabase<JournalDB> | undefined;

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
        if (oldVersion < 3) database.createObjectStore('search');
      },
      blocked: () => events.onBlocked?.(),
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        dbPromise = opened = undefined;
        events.onVersionChange?.();
      },
      terminated() {
        dbPromise = opened = undefined;
      },
    }).then((database) => (opened = database)));

  /**
   * A write for a page that is closing (putDraftAtOnce, putPlanAtOnce): `send` puts every request
   * into the transaction before its first await, because the page may be gone before any await
   * resumes; its checks read what was there before the write, and the transaction aborts when
   * they fail. It cannot commit first: the write's own result comes after theirs. Null when no
   * connection is open yet, or it closed meanwhile (the caller saves the usual way).
   */
  function writeAtOnce(send: (tx: CloseTimeTransaction) => Promise<boolean>): Promise<void> | null {
    let tx: CloseTimeTransaction | undefined;
    try {
      tx = opened?.transaction(['meta', 'drafts'], 'readwrite', STRICT);
    } catch {
      return null;
    }
    if (!tx) return null;
    const written = tx;
    const abort = () => {
      try {
        written.abort();
      } catch {
        // Already finished: it committed or failed on its own, and `done` says which.
      }
    };
    // A check that fails, or a request that could not be sent (the put threw), writes nothing.
    void send(written).then((ok) => ok || abort(), abort);
    return written.done;
  }

  return {
    async vault(): Promise<VaultRecord | undefined> {
      return (await db()).get('meta', 'vault') as Promise<VaultRecord | undefined>;
    },
    /** Turns the journal on, unless a vault is already there: `add`, never `put`. */
    async createVault(vault: VaultRecord) {
      const tx = (await db()).transaction('meta', 'readwrite', STRICT);
      queue(tx.store.add(vault, 'vault'));
      try {
        await tx.done;
      } catch (error) {
        // `add` fails on an existing key (ConstraintError, surfacing as the transaction's abort).
        if (await (await db()).get('meta', 'vault')) throw new JournalExistsError();
        throw error;
      }
    },
    /** A new passphrase over the same data key. */
    async putVault(vault: VaultRecord) {
      const tx = (await db()).transaction('meta', 'readwrite', STRICT);
      // Only over the vault of the same data key: one deleted meanwhile (delete everything), or made
      // again with a new key, is never replaced by a passphrase change that began before.
      if (!(await checkVault(tx.store, vault.keyId))) return refuse(tx);
      queue(tx.store.put(vault, 'vault'));
      await tx.done;
    },
    /** The vault, every note and draft, and the plan, read in one transaction. */
    async contents(): Promise<JournalContents | undefined> {
      const tx = (await db()).transaction(['meta', 'notes', 'drafts']);
      const [vault, notes, drafts, plan] = await Promise.all([
        vaultIn(tx.objectStore('meta')),
        tx.objectStore('notes').getAll(),
        readDrafts(tx.objectStore('drafts')),
        planIn(tx.objectStore('meta')),
      ]);
      await tx.done;
      return vault && { vault, notes, drafts, ...(plan && { plan }) };
    },
    /**
     * Replaces everything in one transaction (a new data key, or the move to bound records), but
     * only if no note or draft changed since `read`: a page saving meanwhile is never overwritten.
     * A kill at any moment leaves either the old journal or the new one, whole.
     */
    async rewriteAll(read: JournalContents, next: JournalContents) {
      const tx = (await db()).transaction(['meta', 'notes', 'drafts', 'search'], 'readwrite', STRICT);
      const notes = tx.objectStore('notes');
      const drafts = tx.objectStore('drafts');
      const meta = tx.objectStore('meta');
      const [nowNotes, nowDrafts, nowPlan, nowVault] = await Promise.all([
        notes.getAll(),
        readDrafts(drafts),
        planIn(meta),
        vaultIn(meta),
      ]);
      const now = { notes: nowNotes, drafts: nowDrafts, ...(nowPlan && { plan: nowPlan }) };
      // The vault too: one deleted meanwhile (delete everything), or made again, is never replaced.
      const sameVault =
        !!nowVault &&
        sameBytes(nowVault.salt, read.vault.salt) &&
        sameBytes(nowVault.wrapped, read.vault.wrapped);
      if (!sameVault || fingerprints(now) !== fingerprints(read)) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new JournalChangedError();
      }
      queue(meta.put(next.vault, 'vault'));
      if (next.plan) queue(meta.put(next.plan, PLAN_KEY));
      // The index was sealed with the key being replaced: it goes, and is rebuilt at the next search.
      queue(tx.objectStore('search').clear());
      notesChanged(tx.objectStore('search'));
      queue(notes.clear());
      queue(drafts.clear());
      for (const note of next.notes) queue(notes.put(note));
      for (const draft of next.drafts) queue(drafts.put(draft.record, draft.slot));
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
    async putNote(note: NoteRecord, keyId?: string) {
      const tx = (await db()).transaction(['meta', 'notes', 'search'], 'readwrite', STRICT);
      if (!(await checkVault(tx.objectStore('meta'), keyId))) return refuse(tx);
      queue(tx.objectStore('notes').put(note));
      notesChanged(tx.objectStore('search'));
      await tx.done;
    },
    async deleteNote(id: string) {
      const tx = (await db()).transaction(['notes', 'search'], 'readwrite', STRICT);
      queue(tx.objectStore('notes').delete(id));
      notesChanged(tx.objectStore('search'));
      await tx.done;
    },
    /**
     * The sealed search index and the notes store's version, read together (one transaction). The
     * shards are asked for at once and each promise settles as its shard arrives.
     */
    async searchIndex(): Promise<{ index?: SearchIndexRead; version: string }> {
      const tx = (await db()).transaction('search');
      const [head, version] = await Promise.all([tx.store.get('index'), tx.store.get('notesVersion')]);
      const found = asHead(head);
      const index = found && {
        version: found.version,
        shards: Array.from({ length: found.shards }, (_, place) =>
          tx.store
            .get(shardKey(place))
            .then(fromStored)
            .catch(() => undefined),
        ),
      };
      // Not awaited: the transaction ends once the last shard is read, and each is used as it comes.
      queue(tx.done);
      return { index, version: asVersion(version) };
    },
    /** Every note, newest first, with the version of the notes store they make up, in one read. */
    async notesWithVersion(): Promise<{ notes: NoteRecord[]; version: string }> {
      const tx = (await db()).transaction(['notes', 'search']);
      const [notes, version] = await Promise.all([
        tx.objectStore('notes').index('by-updated').getAll(),
        tx.objectStore('search').get('notesVersion'),
      ]);
      await tx.done;
      return { notes: notes.reverse(), version: asVersion(version) };
    },
    /**
     * Writes the sealed index, only if it still describes the notes on disk (no write since it was
     * read), the vault still holds its key, and `allowed()` (this page saw no lock) says yes at the
     * last moment, inside the transaction. False when nothing was written. Not strict: it is a cache,
     * rebuilt from the records whenever it is missing or out of date.
     */
    async putSearchIndex(index: SearchIndexRecord, keyId: string, allowed: () => boolean): Promise<boolean> {
      const tx = (await db()).transaction(['meta', 'search'], 'readwrite');
      const search = tx.objectStore('search');
      const [vaultOk, version] = await Promise.all([
        checkVault(tx.objectStore('meta'), keyId),
        search.get('notesVersion'),
      ]);
      if (!vaultOk || asVersion(version) !== index.version || !allowed()) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return false;
      }
      queue(search.delete(SHARD_KEYS));
      queue(search.put({ version: index.version, shards: index.shards.length }, 'index'));
      index.shards.forEach((shard, place) => queue(search.put(toStored(shard), shardKey(place))));
      await tx.done;
      return true;
    },
    async drafts(): Promise<DraftRecord[]> {
      const tx = (await db()).transaction('drafts');
      const drafts = await readDrafts(tx.store);
      await tx.done;
      return drafts;
    },
    async putDraft(slot: string, draft: NoteRecord, keyId?: string) {
      const tx = (await db()).transaction(['meta', 'drafts'], 'readwrite', STRICT);
      if (!(await checkVault(tx.objectStore('meta'), keyId))) return refuse(tx);
      queue(tx.objectStore('drafts').put(draft, slot));
      await tx.done;
    },
    /** putDraft for a page that is closing (writeAtOnce), under the same ticket: the vault holds `keyId`. */
    putDraftAtOnce(slot: string, draft: NoteRecord, keyId: string): Promise<void> | null {
      return writeAtOnce((tx) => {
        const check = checkVault(tx.objectStore('meta'), keyId);
        queue(tx.objectStore('drafts').put(draft, slot));
        return check;
      });
    },
    /** Saves a finished note and clears its page's draft in one transaction: never both, never neither. */
    async commitDraft(note: NoteRecord, slot: string, keyId?: string) {
      const tx = (await db()).transaction(['meta', 'notes', 'drafts', 'search'], 'readwrite', STRICT);
      if (!(await checkVault(tx.objectStore('meta'), keyId))) return refuse(tx);
      queue(tx.objectStore('notes').put(note));
      queue(tx.objectStore('drafts').delete(slot));
      notesChanged(tx.objectStore('search'));
      await tx.done;
    },
    async clearDraft(slot: string) {
      const tx = (await db()).transaction('drafts', 'readwrite', STRICT);
      queue(tx.store.delete(slot));
      await tx.done;
    },
    async plan(): Promise<PlanRecord | undefined> {
      return (await db()).get('meta', PLAN_KEY) as Promise<PlanRecord | undefined>;
    },
    /**
     * Writes the sealed plan, under the same write ticket as notes (checkVault), and only over an
     * older one: a page that sealed its plan before another page saved a newer one is refused
     * (JournalChangedError), so the plan on disk is always the newest saved.
     * `over`: the time of the plan this page's edits started from (0 for none). When the plan on
     * disk is newer than that, another page saved in between: refused (PlanChangedElsewhereError),
     * in this transaction, so no page writes over a plan it never showed. `own`: see planRefusal.
     */
    async putPlan(plan: PlanRecord, keyId?: string, over?: number, own?: readonly Bytes[]) {
      const tx = (await db()).transaction('meta', 'readwrite', STRICT);
      if (!(await checkVault(tx.store, keyId))) return refuse(tx);
      const refusal = planRefusal(await planIn(tx.store), plan, over, own);
      if (refusal) return refuse(tx, refusal);
      queue(tx.store.put(plan, PLAN_KEY));
      await tx.done;
    },
    /** putPlan for a page that is closing (writeAtOnce), under the same checks: the vault holds `keyId`, and planRefusal. */
    putPlanAtOnce(
      plan: PlanRecord,
      keyId: string,
      over?: number,
      own?: readonly Bytes[],
    ): Promise<void> | null {
      return writeAtOnce(async (tx) => {
        const meta = tx.objectStore('meta');
        const checks = Promise.all([checkVault(meta, keyId), planIn(meta)]);
        queue(meta.put(plan, PLAN_KEY));
        const [vaultHolds, here] = await checks;
        return vaultHolds && !planRefusal(here, plan, over, own);
      });
    },
    /**
     * Imports in one transaction: all the records land, or (on any error, a full disk included)
     * none do. Without `replace`, a note already here stays as it is where it is as new or newer,
     * unless `repair` names it with the IV it still has (it no longer opens here).
     * With `replace`, existing notes go first, in the same transaction. A plan from the
     * file replaces this one only if newer, or with `replace`; a file without one leaves this one
     * (an import never deletes the plan). Compared here, in the transaction, so a plan saved
     * while the file was being read is never overwritten by an older one.
     */
    async importNotes(
      notes: NoteRecord[],
      replace: boolean,
      keyId?: string,
      plan?: PlanRecord,
      repair: readonly { id: string; iv: Bytes }[] = [],
    ) {
      const tx = (await db()).transaction(['meta', 'notes', 'search'], 'readwrite', STRICT);
      const meta = tx.objectStore('meta');
      if (!(await checkVault(meta, keyId))) return refuse(tx);
      const herePlan = plan ? await planIn(meta) : undefined;
      // Replacing, the file's plan comes stamped later than the plan here: one saved since is newer.
      if (replace && herePlan && plan && herePlan.updatedAt >= plan.updatedAt) return refuse(tx);
      const store = tx.objectStore('notes');
      try {
        // Merging never puts a file's older copy of a note over newer words here (compared here, in
        // the transaction, so a note saved while the file was being read counts).
        const here = replace ? [] : await Promise.all(notes.map((note) => store.get(note.id)));
        if (plan && (replace || !herePlan || plan.updatedAt > herePlan.updatedAt))
          queue(meta.put(plan, PLAN_KEY));
        if (replace) queue(store.clear());
        notes.forEach((note, i) => {
          const mine = here[i];
          const damaged = repair.some((r) => r.id === note.id && !!mine && sameBytes(r.iv, mine.iv));
          if (!mine || note.updatedAt > mine.updatedAt || damaged) queue(store.put(note));
        });
        notesChanged(tx.objectStore('search'));
      } catch (error) {
        // A request that throws (a bad key, say) does not abort the transaction by itself: the
        // requests queued before it would still commit. Abort, so nothing lands (unless a failed
        // read has already ended it).
        try {
          tx.abort();
        } catch {
          // Already aborted.
        }
        await tx.done.catch(() => undefined);
        throw error;
      }
      await tx.done;
    },
    /** Turns the journal off: the vault, the plan, every note and the draft, in one transaction. */
    async deleteEverything() {
      const tx = (await db()).transaction(['meta', 'notes', 'drafts', 'search'], 'readwrite', STRICT);
      queue(tx.objectStore('meta').clear());
      queue(tx.objectStore('notes').clear());
      queue(tx.objectStore('drafts').clear());
      queue(tx.objectStore('search').clear());
      await tx.done;
    },
    async close() {
      opened = undefined;
      (await dbPromise)?.close();
      dbPromise = undefined;
    },
  };
}

export type JournalRepository = ReturnType<typeof createRepository>;
