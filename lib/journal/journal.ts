import type { Backup } from './backup';
import {
  type Bytes,
  exportDataKey,
  importDataKey,
  newDataKey,
  open,
  seal,
  unwrapDataKey,
  wrapDataKey,
  type WrappedKey,
} from './crypto';
import type { Note } from './notes';
import type { JournalRepository, NoteRecord } from './repository';

/**
 * Where the unlocked data key lives: storage.session (memory only, cleared on browser restart,
 * trusted extension pages only), so the popup and the side panel share one unlock, and locking in
 * one locks both. Never storage.local, never IndexedDB.
 */
export interface KeyStore {
  get(): Promise<Bytes | null>;
  set(raw: Bytes): Promise<void>;
  clear(): Promise<void>;
  watch(onChange: (present: boolean) => void): () => void;
}

export type JournalStatus = 'off' | 'locked' | 'unlocked';

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase');
  }
}

export interface ImportPlan {
  notes: Note[];
  /** Notes whose id already exists here: merge replaces them, replace removes everything else. */
  existing: number;
}

export function createJournal(repo: JournalRepository, keys: KeyStore, newId: () => string) {
  let key: CryptoKey | null = null;

  async function dataKey(): Promise<CryptoKey> {
    if (key) return key;
    const raw = await keys.get();
    if (!raw) throw new Error('locked');
    key = await importDataKey(raw);
    return key;
  }

  /** Unwraps a data key; any failure means the passphrase does not open it. */
  const unwrapWith = async (wrapped: WrappedKey, passphrase: string): Promise<CryptoKey> => {
    try {
      return await unwrapDataKey(wrapped, passphrase);
    } catch {
      throw new WrongPassphraseError();
    }
  };

  const sealNote = async (note: Note): Promise<NoteRecord> => {
    const k = await dataKey();
    // Encrypt first; only then does the repository open its transaction.
    const { iv, ct } = await seal(k, note);
    return { id: note.id, updatedAt: note.updatedAt, iv, ct };
  };

  return {
    async status(): Promise<JournalStatus> {
      if (!(await repo.vault())) return 'off';
      return (await keys.get()) ? 'unlocked' : 'locked';
    },
    /** Forget the key in this page (another page locked, or the browser did). */
    forgetKey() {
      key = null;
    },
    async turnOn(passphrase: string) {
      const dataKeyNew = await newDataKey();
      const wrapped = await wrapDataKey(dataKeyNew, passphrase);
      await repo.putVault({ ...wrapped, createdAt: Date.now() });
      await keys.set(await exportDataKey(dataKeyNew));
      key = dataKeyNew;
    },
    async unlock(passphrase: string) {
      const vault = await repo.vault();
      if (!vault) throw new Error('journal is off');
      key = await unwrapWith(vault, passphrase);
      await keys.set(await exportDataKey(key));
    },
    async lock() {
      key = null;
      await keys.clear();
    },
    /** Rewraps the data key only: every note's ciphertext stays byte for byte the same. */
    async changePassphrase(current: string, next: string) {
      const vault = await repo.vault();
      if (!vault) throw new Error('journal is off');
      const k = await unwrapWith(vault, current);
      await repo.putVault({ ...(await wrapDataKey(k, next)), createdAt: vault.createdAt });
    },
    async notes(): Promise<Note[]> {
      const k = await dataKey();
      return Promise.all((await repo.notes()).map((record) => open<Note>(k, record)));
    },
    /** The newest notes first, to show something at once while the rest decrypt. */
    async notesPage(limit: number): Promise<Note[]> {
      const k = await dataKey();
      return Promise.all((await repo.newestNotes(limit)).map((record) => open<Note>(k, record)));
    },
    newNote(): Note {
      const now = Date.now();
      return { id: newId(), title: '', body: '', prompts: {}, createdAt: now, updatedAt: now };
    },
    async saveNote(note: Note) {
      await repo.commitDraft(await sealNote({ ...note, updatedAt: Date.now() }));
    },
    async deleteNote(id: string) {
      await repo.deleteNote(id);
    },
    async restoreNote(note: Note) {
      await repo.putNote(await sealNote(note));
    },
    async saveDraft(note: Note) {
      await repo.putDraft(await sealNote(note));
    },
    async draft(): Promise<Note | null> {
      const record = await repo.draft();
      return record ? open<Note>(await dataKey(), record) : null;
    },
    async clearDraft() {
      await repo.clearDraft();
    },
    async deleteEverything() {
      key = null;
      await repo.deleteEverything();
      await keys.clear();
    },
    async vaultForBackup() {
      const vault = await repo.vault();
      if (!vault) throw new Error('journal is off');
      return { vault, notes: await repo.notes() };
    },
    /** Decrypts a backup with its passphrase, to show what an import would add. Writes nothing. */
    async planImport(backup: Backup, passphrase: string): Promise<ImportPlan> {
      const backupKey = await unwrapWith(backup.vault, passphrase);
      const notes = await Promise.all(backup.notes.map((record) => open<Note>(backupKey, record)));
      const here = new Set((await repo.notes()).map((n) => n.id));
      return { notes, existing: notes.filter((n) => here.has(n.id)).length };
    },
    /** Re-encrypts the planned notes under this journal's key, then writes them in one transaction. */
    async applyImport(plan: ImportPlan, replace: boolean) {
      const records = await Promise.all(plan.notes.map((note) => sealNote(note)));
      await repo.importNotes(records, replace);
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
