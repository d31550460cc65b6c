import type { Backup } from './backup';
import {
  exportDataKey,
  importDataKey,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
  type Bytes,
  type WrappedKey,
} from './crypto';
import type { Note } from './notes';
import { openRecord, sealRecord, VAULT_CONTEXT, type RecordPlace } from './records';
import {
  JournalChangedError,
  type DraftRecord,
  type JournalContents,
  type JournalRepository,
  type NoteRecord,
  type VaultRecord,
} from './repository';

/**
 * The journal's key, as lib/journal/session/lock.ts keeps it: in the lock session while unlocked (shared by
 * every page, never on disk), gone when locked.
 */
export interface JournalKeys {
  key(): Promise<Bytes | null>;
  unlocked(raw: Bytes): Promise<void>;
  lock(): Promise<void>;
}

export type JournalStatus = 'off' | 'locked' | 'unlocked';

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase');
  }
}

/** A backup that decrypts but whose contents do not fit the note schema: refused whole. */
export class InvalidBackupError extends Error {
  constructor() {
    super('invalid backup contents');
  }
}

export interface ImportPlan {
  notes: Note[];
  /** Notes whose id already exists here: merge replaces them, replace removes everything else. */
  existing: number;
  /** Copies of the same note in the file: only the newest of each is imported. */
  duplicates: number;
}

export interface PageDraft {
  slot: string;
  note: Note;
}

const NOTE: RecordPlace = { kind: 'note' };
const draftPlace = (slot: string): RecordPlace => ({ kind: 'draft', slot });
/** Tries again when a page saved while everything was being rewritten (see rewriteAll). */
const REWRITE_ATTEMPTS = 3;

export function createJournal(repo: JournalRepository, keys: JournalKeys, newId: () => string) {
  let key: CryptoKey | null = null;

  async function dataKey(): Promise<CryptoKey> {
    if (key) return key;
    const raw = await keys.key();
    if (!raw) throw new Error('locked');
    key = await importDataKey(raw);
    return key;
  }

  /** Unwraps a data key; any failure means the passphrase does not open it. */
  const unwrapWith = async (wrapped: WrappedKey, passphrase: string, bound: boolean) => {
    try {
      return await unwrapDataKey(wrapped, passphrase, bound ? VAULT_CONTEXT : undefined);
    } catch {
      throw new WrongPassphraseError();
    }
  };

  const wrapVault = async (k: CryptoKey, passphrase: string, createdAt: number): Promise<VaultRecord> => ({
    ...(await wrapDataKey(k, passphrase, VAULT_CONTEXT)),
    createdAt,
    format: 2,
  });

  const existingVault = async () => {
    const vault = await repo.vault();
    if (!vault) throw new Error('journal is off');
    return vault;
  };

  /** Opens what it can; a record that fails (damaged or tampered with) is counted, not shown. */
  const openNotes = async (records: NoteRecord[], k: CryptoKey) => {
    const opened = await Promise.allSettled(records.map((r) => openRecord(k, r, NOTE)));
    const notes = opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    return { notes, unreadable: records.length - notes.length };
  };

  /**
   * Re-encrypts everything with `to` (a new key, or the same key with records now bound), in one
   * transaction, retried if a page saved meanwhile.
   */
  async function rewriteEverything(
    from: CryptoKey,
    fromBound: boolean,
    to: CryptoKey,
    passphrase: string,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const read = await repo.contents();
      if (!read) throw new Error('journal is off');
      const reseal = async (record: NoteRecord, place: RecordPlace) =>
        sealRecord(to, await openRecord(from, record, place, fromBound), place);
      const next: JournalContents = {
        vault: await wrapVault(to, passphrase, read.vault.createdAt),
        notes: await Promise.all(read.notes.map((r) => reseal(r, NOTE))),
        drafts: await Promise.all(
          read.drafts.map(async (d): Promise<DraftRecord> => ({
            slot: d.slot,
            record: await reseal(d.record, draftPlace(d.slot)),
          })),
        ),
      };
      try {
        return await repo.rewriteAll(read, next);
      } catch (error) {
        if (!(error instanceof JournalChangedError) || attempt === REWRITE_ATTEMPTS) throw error;
      }
    }
  }

  const remember = async (k: CryptoKey) => {
    await keys.unlocked(await exportDataKey(k));
    key = k;
  };

  return {
    async status(): Promise<JournalStatus> {
      if (!(await repo.vault())) return 'off';
      return (await keys.key()) ? 'unlocked' : 'locked';
    },
    /** Forget the key in this page (another page locked, or replaced the key). */
    forgetKey() {
      key = null;
    },
    /** Throws JournalExistsError if another page turned the journal on first: nothing is replaced. */
    async turnOn(passphrase: string) {
      const k = await newDataKey();
      await repo.createVault(await wrapVault(k, passphrase, Date.now()));
      await remember(k);
    },
    /** Unlocks; a journal written before records were bound is rewritten, bound, first. */
    async unlock(passphrase: string) {
      const vault = await existingVault();
      const bound = vault.format === 2;
      const k = await unwrapWith(vault, passphrase, bound);
      if (!bound) await rewriteEverything(k, false, k, passphrase);
      await remember(k);
    },
    async lock() {
      key = null;
      await keys.lock();
    },
    /**
     * A new passphrase. By default the same data key is rewrapped: quick, and an old backup still
     * opens with the old passphrase, notes written later included if it is ever re-exported.
     * With `newKey`, every note and draft is re-encrypted under a fresh key: old backups then open
     * only what they held, with their old passphrase.
     */
    async changePassphrase(current: string, next: string, newKey = false) {
      const vault = await existingVault();
      const k = await unwrapWith(vault, current, true);
      if (!newKey) return repo.putVault(await wrapVault(k, next, vault.createdAt));
      const fresh = await newDataKey();
      await rewriteEverything(k, true, fresh, next);
      await remember(fresh);
    },
    async notes() {
      const k = await dataKey();
      return openNotes(await repo.notes(), k);
    },
    /** The newest notes first, to show something at once while the rest decrypt. */
    async notesPage(limit: number) {
      const k = await dataKey();
      return openNotes(await repo.newestNotes(limit), k);
    },
    newNote(): Note {
      const now = Date.now();
      return { id: newId(), title: '', body: '', prompts: {}, createdAt: now, updatedAt: now };
    },
    /** Saves the note and clears this page's draft slot in one step; returns what was saved. */
    async saveNote(note: Note, slot: string): Promise<Note> {
      const saved = { ...note, updatedAt: Date.now() };
      await repo.commitDraft(await sealRecord(await dataKey(), saved, NOTE), slot);
      return saved;
    },
    async deleteNote(id: string) {
      await repo.deleteNote(id);
    },
    async restoreNote(note: Note) {
      await repo.putNote(await sealRecord(await dataKey(), note, NOTE));
    },
    async saveDraft(slot: string, note: Note) {
      await repo.putDraft(slot, await sealRecord(await dataKey(), note, draftPlace(slot)));
    },
    /** Every page's draft, newest first; one that cannot be read is left where it is. */
    async drafts(): Promise<PageDraft[]> {
      const k = await dataKey();
      const opened = await Promise.allSettled(
        (await repo.drafts()).map(async (d) => ({
          slot: d.slot,
          note: await openRecord(k, d.record, draftPlace(d.slot)),
        })),
      );
      return opened
        .flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
        .sort((a, b) => b.note.updatedAt - a.note.updatedAt);
    },
    async clearDraft(slot: string) {
      await repo.clearDraft(slot);
    },
    async deleteEverything() {
      key = null;
      await repo.deleteEverything();
      await keys.lock();
    },
    async vaultForBackup() {
      const contents = await repo.contents();
      if (!contents) throw new Error('journal is off');
      return { vault: contents.vault, notes: contents.notes };
    },
    /**
     * Decrypts a backup with its passphrase and checks every note with the schema stored notes
     * use, to show what an import would add. One note that does not fit refuses the whole file.
     * Writes nothing.
     */
    async planImport(backup: Backup, passphrase: string): Promise<ImportPlan> {
      const backupKey = await unwrapWith(backup.vault, passphrase, backup.bound);
      let notes: Note[];
      try {
        notes = await Promise.all(
          backup.notes.map((record) => openRecord(backupKey, record, NOTE, backup.bound)),
        );
      } catch {
        throw new InvalidBackupError();
      }
      const newest = new Map<string, Note>();
      for (const note of notes) {
        const seen = newest.get(note.id);
        if (!seen || note.updatedAt > seen.updatedAt) newest.set(note.id, note);
      }
      const here = new Set((await repo.notes()).map((n) => n.id));
      const unique = [...newest.values()];
      return {
        notes: unique,
        existing: unique.filter((n) => here.has(n.id)).length,
        duplicates: notes.length - unique.length,
      };
    },
    /** Re-encrypts the planned notes under this journal's key, then writes them in one transaction. */
    async applyImport(plan: ImportPlan, replace: boolean) {
      const k = await dataKey();
      const records = await Promise.all(plan.notes.map((note) => sealRecord(k, note, NOTE)));
      await repo.importNotes(records, replace);
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
