import { computed, signal } from '@preact/signals';
import { readBackup, writeBackup } from '../journal/backup';
import { WrongPassphraseError, type ImportPlan } from '../journal/journal';
import { isEmptyNote, searchNotes, type Note } from '../journal/notes';
import type { JournalPlatform } from '../platform/journal-platform';

export type JournalView = 'loading' | 'unavailable' | 'off' | 'locked' | 'unlocked';
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const AUTOSAVE_MS = 3_000;
const FIRST_PAGE = 20;

/**
 * The Journal tab's state. Decrypted notes live in these signals only while unlocked; locking
 * empties them. Every write keeps the text on screen until the disk has it.
 */
export function createJournalStore(platform: JournalPlatform) {
  const { journal } = platform;
  const view = signal<JournalView>('loading');
  const notes = signal<Note[]>([]);
  const query = signal('');
  const draft = signal<Note | null>(null);
  const saveState = signal<SaveState>('idle');
  const error = signal<'wrongPassphrase' | 'saveFailed' | 'notJson' | 'notBackup' | 'importFailed' | null>(
    null,
  );
  const deleted = signal<Note | null>(null);
  const importPlan = signal<ImportPlan | null>(null);
  let autosave: ReturnType<typeof setTimeout> | undefined;

  const refresh = async () => {
    // The newest page first, so something shows at once; then every note, for search.
    notes.value = await journal.notesPage(FIRST_PAGE);
    notes.value = await journal.notes();
    draft.value = (await journal.draft()) ?? journal.newNote();
  };
  const forget = () => {
    journal.forgetKey();
    notes.value = [];
    draft.value = null;
    importPlan.value = null;
    deleted.value = null;
    view.value = 'locked';
  };
  const saveDraftNow = async () => {
    if (autosave !== undefined) clearTimeout(autosave);
    autosave = undefined;
    const current = draft.value;
    if (!current || isEmptyNote(current) || view.value !== 'unlocked') return;
    saveState.value = 'saving';
    try {
      await journal.saveDraft(current);
      saveState.value = 'saved';
    } catch {
      saveState.value = 'failed';
    }
  };

  const store = {
    view,
    notes,
    query,
    draft,
    saveState,
    error,
    deleted,
    importPlan,
    shown: computed(() => searchNotes(notes.value, query.value)),
    async init() {
      if (!(await platform.indexedDbUsable())) {
        view.value = 'unavailable';
        return;
      }
      const status = await journal.status();
      view.value = status;
      if (status === 'unlocked') await refresh();
    },
    /** Another page, the background or the browser locked the journal: follow at once. */
    watchLock() {
      return platform.keys.watch((present) => {
        if (!present && view.value === 'unlocked') forget();
      });
    },
    async turnOn(passphrase: string) {
      await journal.turnOn(passphrase);
      view.value = 'unlocked';
      await refresh();
    },
    async unlock(passphrase: string) {
      error.value = null;
      try {
        await journal.unlock(passphrase);
      } catch (e) {
        if (e instanceof WrongPassphraseError) {
          error.value = 'wrongPassphrase';
          return;
        }
        throw e;
      }
      view.value = 'unlocked';
      await refresh();
    },
    /** Saves the draft, encrypted, before the key goes: locking never loses words. */
    async lock() {
      await saveDraftNow();
      await journal.lock();
      forget();
    },
    edit(patch: Partial<Pick<Note, 'title' | 'body' | 'prompts'>>) {
      if (!draft.value) return;
      draft.value = { ...draft.value, ...patch };
      saveState.value = 'idle';
      if (autosave !== undefined) clearTimeout(autosave);
      autosave = setTimeout(() => void saveDraftNow(), AUTOSAVE_MS);
    },
    saveDraftNow,
    async save() {
      const current = draft.value;
      if (!current || isEmptyNote(current)) return;
      if (autosave !== undefined) clearTimeout(autosave);
      saveState.value = 'saving';
      try {
        await journal.saveNote(current);
      } catch {
        // A full disk: the note stays on screen, and says so.
        saveState.value = 'failed';
        return;
      }
      saveState.value = 'saved';
      await refresh();
      draft.value = journal.newNote();
    },
    openNote(note: Note) {
      draft.value = note;
    },
    newNote() {
      draft.value = journal.newNote();
    },
    async remove(note: Note) {
      await journal.deleteNote(note.id);
      deleted.value = note;
      notes.value = notes.value.filter((n) => n.id !== note.id);
    },
    async undoRemove() {
      const note = deleted.value;
      if (!note) return;
      await journal.restoreNote(note);
      deleted.value = null;
      await refresh();
    },
    /** True when changed; false when the current passphrase was wrong. */
    async changePassphrase(current: string, next: string): Promise<boolean> {
      try {
        await journal.changePassphrase(current, next);
        return true;
      } catch (e) {
        if (e instanceof WrongPassphraseError) return false;
        throw e;
      }
    },
    async deleteEverything() {
      await journal.deleteEverything();
      notes.value = [];
      draft.value = null;
      view.value = 'off';
    },
    async exportEncrypted(): Promise<string> {
      const { vault, notes: records } = await journal.vaultForBackup();
      return writeBackup(vault, records);
    },
    exportPlain(): string {
      return notes.value
        .map((n) =>
          [
            `# ${n.title || new Date(n.createdAt).toISOString()}`,
            new Date(n.updatedAt).toISOString(),
            '',
            n.body,
            ...Object.entries(n.prompts)
              .filter(([, text]) => text)
              .map(([id, text]) => `\n[${id}] ${text}`),
          ].join('\n'),
        )
        .join('\n\n');
    },
    /** Reads an import file and shows what it holds. Writes nothing. */
    async planImport(text: string, passphrase: string) {
      error.value = null;
      importPlan.value = null;
      const read = readBackup(text);
      if (!read.ok) {
        error.value = read.problem;
        return;
      }
      try {
        importPlan.value = await journal.planImport(read.backup, passphrase);
      } catch (e) {
        error.value = e instanceof WrongPassphraseError ? 'wrongPassphrase' : 'notBackup';
      }
    },
    async applyImport(replace: boolean) {
      const plan = importPlan.value;
      if (!plan) return;
      try {
        await journal.applyImport(plan, replace);
      } catch {
        error.value = 'importFailed';
        return;
      }
      importPlan.value = null;
      await refresh();
    },
    cancelImport() {
      importPlan.value = null;
    },
  };
  return store;
}

export type JournalStore = ReturnType<typeof createJournalStore>;
