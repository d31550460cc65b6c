import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { createAutosave, createQuietlySaved } from './autosave';
import { answeredOrLate } from './closing-writes';
import { readBackup, writeBackup } from './backup';
import {
  InvalidBackupError,
  PassphraseChangedError,
  WrongPassphraseError,
  type ImportPlan,
  type SealedDraft,
} from './journal';
import { isEmptyNote, type Note } from './notes';
import { findNotes, searchable } from './search-index';
import { JournalExistsError } from './repository';
import { StaleError, type Ticket } from './session/session';
import type { JournalPlatform } from './journal.browser';
import { newestOnly } from './newest-only';
import type { KeyChange } from './session/lock';

export type JournalView = 'loading' | 'unavailable' | 'off' | 'locked' | 'unlocked';
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
export type PassphraseChange = 'changed' | 'wrongPassphrase' | 'failed';
export type JournalError =
  | 'wrongPassphrase'
  | 'passphraseChangedElsewhere'
  | 'saveFailed'
  | 'notJson'
  | 'notBackup'
  | 'invalidBackup'
  | 'importFailed'
  | 'exportFailed'
  | 'deleteFailed'
  | 'changeFailed'
  | 'fileUnreadable'
  | 'journalExists';

/** What choosing and checking a backup file can say: cleared when another file is chosen. */
export const IMPORT_ERRORS: readonly JournalError[] = [
  'wrongPassphrase',
  'notJson',
  'notBackup',
  'invalidBackup',
  'importFailed',
  'fileUnreadable',
];

/** A page's last save can commit a moment after the page is gone (and its draft slot free). */
const LATE_SAVE_MS = 1_500;
const FIRST_PAGE = 20;

/**
 * The Journal view's state in one page. Decrypted notes live in these signals only while unlocked;
 * locking empties them. Every write keeps the text on screen until the disk has it.
 *
 * Drafts: this page writes its own draft slot only, so saving or locking here never touches
 * another page's words. On unlock it takes back its own slot, or the newest draft no open page
 * holds (a page closed before saving).
 */
/** Notes as plain text, newest first, each with its title (or date), time, body and prompts. */
function plainText(list: Note[]): string {
  return list
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
}

export function createJournalStore(platform: JournalPlatform) {
  const { journal, lock: lifecycle } = platform;
  /** This page's session (session/session.ts): every continuation below checks its ticket. */
  const session = journal.session;
  const current = (t: Ticket) => session.current(t);
  const view = signal<JournalView>('loading');
  const notes = signal<Note[]>([]);
  /** Notes that no longer decrypt (damaged or changed on disk): counted, never shown. */
  const unreadable = signal(0);
  const query = signal('');
  /** Each note's text folded once for search (search-index.ts); recomputed when the notes change. */
  const folded = computed(() => searchable(notes.value));
  const shown = computed(() => findNotes(folded.value, query.value));
  const draft = signal<Note | null>(null);
  const saveState = signal<SaveState>('idle');
  const error = signal<JournalError | null>(null);
  const deleted = signal<Note | null>(null);
  const importPlan = signal<ImportPlan | null>(null);
  /** Goes up with each file checked or let go: only the newest check's answer is shown. */
  let importChecks = 0;
  /**
   * Locking waits: Lock was pressed in this page and the draft could not be saved, so the user
   * decides what happens to it. (A lock from elsewhere cannot wait: this page holds no key to save with.)
   */
  const lockBlocked = signal<'here' | null>(null);
  /**
   * This page changed the passphrase, and the journal locked before the change ended (the auto-lock,
   * a lock in another window, or the change itself: the session refused the new key, could not be
   * read, or held the old key of an unlock made meanwhile): the form that said so is gone, so the
   * lock screen says it until the journal opens again.
   */
  const changedThenLocked = signal(false);
  // Said only until the journal opens again, here or following another page, or goes off (deleted
  // here or elsewhere): after either, that change is old news.
  effect(() => {
    if (view.value === 'unlocked' || view.value === 'off') changedThenLocked.value = false;
  });
  let slot = platform.newSlot();
  void platform.claims.claim(slot);
  let dirty = false;
  const quietlySaved = createQuietlySaved<Note>();
  /**
   * The note as the writer last took it (new, opened, or just saved). Anything else in the writer
   * holds words not yet saved as a note; null after a draft came back from disk, which is such words.
   */
  let taken: Note | null = null;
  const autosave = createAutosave((whileTyping) => void saveDraftNow(false, whileTyping));
  /** The new note this page opened with, while it is still the one in the writer. */
  let freshNote: Note | null = null;
  /**
   * The draft this page took from a page that closed, while it is still untouched in the writer:
   * that page's last words may land after it was taken (in Firefox the background writes them,
   * closing-writes.ts), and are then taken too (followTakenDraft).
   */
  let takenFromOther: Note | null = null;
  /** Draft slots this page waits for (their page is open, or still closing). */
  const waiting = new Set<string>();
  /** The writer's words, sealed as they change (sealAhead); only ever the newest seal. */
  let sealed: SealedDraft | undefined;
  /** Draft and note writes, one at a time: a late draft save never lands after its note. */
  let writes: Promise<unknown> = Promise.resolve();
  /** Writes queued and not yet settled. */
  let queued = 0;
  const serial = <T>(write: () => Promise<T>): Promise<T> => {
    queued++;
    const next = writes.then(write, write);
    // Holds no result: a saved note is decrypted, and must not outlive a lock here.
    writes = next
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => queued--);
    return next;
  };
  /**
   * A write already sent (a closing page's): this page's later writes wait for it too
   * (answeredOrLate). Written in the page they would come after it anyway; handed to the
   * background (Firefox), they might not.
   */
  const queueSent = (sent: Promise<unknown>) => {
    queued++;
    writes = Promise.all([writes, answeredOrLate(sent)])
      .then(() => undefined)
      .finally(() => queued--);
  };

  let loads = 0;
  const loadNotes = async () => {
    // Only the newest load of this unlocked session writes: a lock, or a later load (another page
    // saved again), makes this one stale, so no decrypted note comes back after a lock.
    const mine = ++loads;
    const t = session.ticket();
    const stale = () => mine !== loads || !current(t);
    // The newest page first, so something shows at once; then every note, for search.
    const first = await journal.notesPage(FIRST_PAGE, t);
    if (stale()) return;
    notes.value = first.notes;
    const all = await journal.notes(t);
    if (stale()) return;
    notes.value = all.notes;
    unreadable.value = all.unreadable;
  };
  /** This page's own draft, else the newest one no open page holds, else a new note. */
  const takeDraft = async (t: Ticket) => {
    const drafts = await journal.drafts(t);
    if (!current(t)) throw new StaleError();
    const own = drafts.find((d) => d.slot === slot);
    taken = null;
    if (own) return (draft.value = own.note);
    for (const orphan of drafts) {
      const claimed = await platform.claims.claim(orphan.slot);
      if (!current(t)) throw new StaleError();
      if (claimed) {
        slot = orphan.slot;
        followLater();
        return (draft.value = takenFromOther = orphan.note);
      }
    }
    draft.value = taken = freshNote = journal.newNote();
    // A page closing right now may still hold its slot, its last words saved or not yet.
    void platform.claims
      .heldElsewhere()
      .then((slots) => slots.filter((other) => other !== slot).forEach(lookAgainWhenFree))
      .catch(() => undefined);
  };
  /**
   * When the page holding `other` lets go of it (it closed), reads the drafts again: its last save
   * may have landed without this page hearing of it (takeLateDraft).
   */
  const lookAgainWhenFree = (other: string) => {
    if (waiting.has(other)) return;
    waiting.add(other);
    platform.claims.whenFree(other, () => {
      waiting.delete(other);
      void takeLateDraft().catch(() => undefined);
      setTimeout(() => void takeLateDraft().catch(() => undefined), LATE_SAVE_MS);
      return false;
    });
  };
  /**
   * A page closed right after typing saved its draft after this page had read the drafts: while
   * the writer still holds the untouched new note, take that draft (now, or when its page lets go).
   */
  const takeLateDraft = async () => {
    const fresh = freshNote;
    if (!fresh || draft.value !== fresh || view.value !== 'unlocked') return;
    const t = session.ticket();
    const still = () => current(t) && draft.value === fresh && view.value === 'unlocked';
    const late = (await journal.drafts(t)).filter((d) => d.slot !== slot);
    for (const other of late) {
      if (!still()) return;
      if (!(await platform.claims.claim(other.slot))) {
        lookAgainWhenFree(other.slot);
        continue;
      }
      if (!still()) return;
      slot = other.slot;
      taken = null;
      followLater();
      draft.value = takenFromOther = other.note;
      return;
    }
  };
  /**
   * The draft this page took from a closed page, still untouched here: if that page's last write
   * landed since (it says so, or LATE_SAVE_MS later), its words replace the ones taken.
   */
  const followTakenDraft = async () => {
    const took = takenFromOther;
    // Not while this page writes (a Save): the words it saves are the ones taken.
    if (!took || draft.value !== took || queued > 0 || view.value !== 'unlocked') return;
    const t = session.ticket();
    const mine = slot;
    const now = (await journal.drafts(t)).find((d) => d.slot === mine);
    if (!now || !current(t) || slot !== mine || draft.value !== took || queued > 0) return;
    if (JSON.stringify(now.note) !== JSON.stringify(took)) draft.value = takenFromOther = now.note;
  };
  const followLater = () => setTimeout(() => void followTakenDraft().catch(() => undefined), LATE_SAVE_MS);
  /**
   * Shows the unlocked journal; once per unlock. This page's unlock and the session change race:
   * the key reaches the session (and this page follows it) before unlock() or turnOn() returns,
   * sometimes seconds before. Taking the draft again then would replace words typed meanwhile
   * with the saved draft, or lose them when they could not be saved.
   */
  let opening: { t: Ticket; done: Promise<void> } | undefined;
  /** Opens begun in this page: a status read before the newest one began is older news (follow). */
  let opens = 0;
  const open = (t = session.ticket()): Promise<void> => {
    if (opening && current(opening.t)) return opening.done;
    if (view.value === 'unlocked') return Promise.resolve();
    opens++;
    const done = (async () => {
      dirty = false;
      // A lock during the draft's read: nothing is shown (takeDraft throws StaleError).
      await takeDraft(t);
      if (!current(t)) return;
      view.value = 'unlocked';
      await loadNotes();
    })()
      .catch((e: unknown) => {
        if (!(e instanceof StaleError)) throw e;
      })
      .finally(() => {
        if (opening?.done === done) opening = undefined;
      });
    opening = { t, done };
    return done;
  };
  /** Empties every decrypted signal and makes every operation in flight here stale. */
  const forget = () => {
    loads++;
    autosave.cancel();
    journal.forgetKey();
    notes.value = [];
    // Computed values keep their last result until read again: read them now, so the folded text
    // and the last results of a search go with the notes, even when no view reads them any more.
    void shown.value;
    draft.value = null;
    sealed = undefined;
    quietlySaved.clear();
    freshNote = null;
    takenFromOther = null;
    // A wait begun before this lock answers no: after the next unlock the page may wait again.
    waiting.clear();
    importPlan.value = null;
    deleted.value = null;
    // A refused change was about what this unlock showed: not said again on the next lock screen.
    if (error.value === 'deleteFailed' || error.value === 'changeFailed') error.value = null;
    lockBlocked.value = null;
    // "Saved, encrypted." speaks of this session's last save: after a lock it would mislead.
    saveState.value = 'idle';
    dirty = false;
  };
  /**
   * This page just forgot because it read the session and found it locked: the lock in force now is
   * the one it acted on, and that lock's own event, slower under load, may still be on its way. Heard
   * during an unlock typed meanwhile, it would undo that unlock (lockedElsewhere). Not once the page
   * has unlocked, opened another page's unlock, or forgotten since: the epoch read could then name a
   * newer lock.
   */
  const lockFound = () => {
    const t = session.ticket();
    const opensBefore = opens;
    void lifecycle
      .epoch()
      .then((epoch) => {
        if (current(t) && opens === opensBefore && session.state !== 'unlocked') forgotFor = epoch;
      })
      .catch(() => undefined);
  };
  const follow = async () => {
    const t = session.ticket();
    const opensBefore = opens;
    const status = await journal.status();
    // A lock since, or an unlock opened since: this status is older news than either.
    if (!current(t) || opens !== opensBefore) return;
    if (status === 'unlocked' && view.value !== 'unlocked') return open(t);
    if (status !== 'unlocked') {
      // An open still running (not one a lock already made stale) may have read the key before it
      // went: it must show nothing.
      if (view.value === 'unlocked' || (opening && current(opening.t))) {
        forget();
        lockFound();
      }
      view.value = status;
    }
  };

  /**
   * Before another note takes the writer: words typed there and not yet saved as a note are saved
   * as one. False if that save failed, and then the words stay on screen with the failure shown.
   */
  const keepWriterWords = async (): Promise<boolean> => {
    const current = draft.value;
    if (!current || current === taken || isEmptyNote(current)) return true;
    const t = session.ticket();
    await store.save();
    // Not if the save failed, the journal locked meanwhile, or words were typed during the save.
    return saveState.value !== 'failed' && session.current(t) && draft.value === taken;
  };

  /**
   * Seals the writer's words each time they change (one seal at a time, then the newest), so that
   * a page closing right after typing can write them at once (saveDraftNow).
   */
  const sealAhead = newestOnly(async () => {
    const note = draft.value;
    if (!note || isEmptyNote(note)) return;
    const t = session.ticket();
    const next = await journal.sealDraft(slot, note, t);
    if (current(t)) sealed = next;
  });

  /**
   * `closing`: the page is being hidden or closed, and may be gone before the session answers.
   * `quiet`: saved while the person types on (createAutosave): only a failure is shown.
   */
  const saveDraftNow = async (closing = false, quiet = false): Promise<boolean> => {
    // A quiet save comes only from the autosave's own timer, which is clear by then: it leaves the
    // save at the pause in place (createAutosave).
    if (!quiet) autosave.cancel();
    const current = draft.value;
    if (!current || !dirty) {
      // Saved quietly while typing went on, nothing typed or shown since: now that it paused, say so.
      if (!quiet && quietlySaved.sayNow(current, closing, saveState.value)) saveState.value = 'saved';
      return true;
    }
    if (!quiet) quietlySaved.clear();
    const t = session.ticket();
    if (!quiet) saveState.value = 'saving';
    const usual = () =>
      serial(() =>
        isEmptyNote(current) ? journal.clearDraft(slot) : journal.saveDraft(slot, current, t, closing),
      );
    // Closing, the page may be gone before the next await resumes: the words sealed ahead (they
    // are exactly these) go out now, before any await.
    const ready = closing && sealed?.note === current && sealed.slot === slot ? sealed : undefined;
    const atOnce = ready && journal.writeSealedDraft(ready);
    // A write still queued (an autosave, a note being saved) would land after it, over these words:
    // they are then saved the usual way too, behind it, if the page lives that long.
    const behindOthers = queued > 0;
    if (atOnce) queueSent(atOnce);
    try {
      if (!atOnce) await usual();
      else if (behindOthers) await Promise.all([atOnce.catch(() => undefined), usual()]);
      else await atOnce.catch(usual);
      // A page opened meanwhile may have read the drafts before this one landed (takeLateDraft).
      if (closing && !isEmptyNote(current)) platform.notesChanges.announce('draft');
      if (!session.current(t)) return false;
      if (draft.value === current) {
        dirty = false;
        if (quiet) quietlySaved.wrote(current);
      }
      if (!quiet) saveState.value = 'saved';
      return true;
    } catch {
      if (session.current(t)) saveState.value = 'failed';
      return false;
    }
  };

  /** The last change heard was a `lock`: its `keyGone`, which comes with it (KeyChange), is old news. */
  let lockHalfHeard = false;
  /**
   * The epoch of the lock this page last forgot for. Each lock writes a new random one, so a lock
   * heard with this epoch is one this page already acted on.
   */
  let forgotFor: string | null | undefined;
  /**
   * The key left the session (another page, the background or the browser locked), seen as a
   * change or at the next use: this page locks at once. It cannot save words typed since the last
   * autosave: the key is gone, and this page never keeps one.
   */
  const lockedElsewhere = async (change: KeyChange = 'lock', epoch?: string | null) => {
    // The key's removal, heard right after its lock (the same change), is old news: this page
    // forgot at the lock, and may have been unlocked again since (forgetting again would undo
    // that unlock).
    // So is a lock this page found by reading before its event came (lockFound).
    const oldNews =
      (change === 'keyGone' && lockHalfHeard) ||
      (change === 'lock' && epoch !== undefined && epoch === forgotFor);
    lockHalfHeard = change === 'lock';
    if (change === 'lock' && epoch !== undefined) forgotFor = epoch;
    if (!oldNews) {
      forget();
      // Nothing decrypted is held any more: never "unlocked" with an empty page.
      if (view.value === 'unlocked') view.value = 'locked';
    }
    await follow();
  };
  session.onGone(() => {
    void lockedElsewhere();
    lockFound();
  });

  const store = {
    view,
    notes,
    unreadable,
    query: query as ReadonlySignal<string>,
    /** The notes search, in memory only while unlocked. */
    search(text: string) {
      query.value = text;
    },
    draft,
    saveState,
    error,
    deleted,
    importPlan,
    lockBlocked,
    changedThenLocked: changedThenLocked as ReadonlySignal<boolean>,
    shown,
    async init() {
      if (!(await platform.indexedDbUsable())) {
        view.value = 'unavailable';
        return;
      }
      // The deadline may have passed while no page was open and the alarm has not fired yet.
      if ((await journal.status()) === 'unlocked') await lifecycle.checkBeforeShowing();
      const status = await journal.status();
      if (status === 'unlocked') await open();
      else view.value = status;
    },
    /**
     * Follows what other pages do: turned on, unlocked, locked, turned off, notes changed. Also saves the draft
     * when the page is hidden or closed. Returns the function that stops it.
     */
    watch() {
      const stopKey = platform.watchKey((change, epoch) => {
        // A new key (another page unlocked, or changed the key) needs nothing: keys are read at use.
        if (change === 'key') void follow().catch(() => undefined);
        else void lockedElsewhere(change, epoch).catch(() => undefined);
      });
      // Another page saved, deleted or imported notes: list what is on disk now.
      const stopNotes = platform.notesChanges.watch((change) => {
        if (view.value !== 'unlocked') return;
        if (change === 'notes') void loadNotes().catch(() => undefined);
        void takeLateDraft().catch(() => undefined);
        void followTakenDraft().catch(() => undefined);
      });
      const flush = () => void saveDraftNow(true);
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('pagehide', flush);
      return () => {
        stopKey();
        stopNotes();
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pagehide', flush);
      };
    },
    /** A key, click or edit in the journal: the auto-lock counts from the last one, in any page. */
    touch() {
      if (view.value === 'unlocked') void lifecycle.touch();
    },
    async turnOn(passphrase: string) {
      const t = session.ticket();
      error.value = null;
      try {
        await journal.turnOn(passphrase, t);
      } catch (e) {
        // Locked while turning on: the journal is on, and locked.
        if (e instanceof StaleError) return follow();
        if (!(e instanceof JournalExistsError)) throw e;
        // Another page turned it on first: nothing was replaced; unlock it with its passphrase.
        error.value = 'journalExists';
        return follow();
      }
      await open(t);
    },
    async unlock(passphrase: string) {
      const t = session.ticket();
      error.value = null;
      try {
        await journal.unlock(passphrase, t);
      } catch (e) {
        if (e instanceof StaleError) return;
        if (e instanceof WrongPassphraseError) {
          if (current(t)) error.value = 'wrongPassphrase';
          return;
        }
        // Said even though this page has locked since: that lock was this unlock's own.
        if (e instanceof PassphraseChangedError) {
          if (view.value !== 'unlocked') error.value = 'passphraseChangedElsewhere';
          return;
        }
        throw e;
      }
      await open(t);
    },
    /** Saves the draft, encrypted, before the key goes. If it cannot, nothing locks: the user decides. */
    async lock() {
      const t = session.ticket();
      if (!(await saveDraftNow())) {
        // Locked meanwhile (elsewhere): nothing left to decide here.
        if (!current(t) || view.value !== 'unlocked') return store.discardAndLock();
        lockBlocked.value ??= 'here';
        return;
      }
      await store.discardAndLock();
    },
    /** The user chose to lock without the draft that could not be saved. Idempotent. */
    async discardAndLock() {
      forget();
      await journal.lock();
      await follow();
    },
    /** Back to writing, when Lock was pressed here: the journal stays unlocked. */
    keepWriting() {
      if (lockBlocked.value === 'here') lockBlocked.value = null;
    },
    edit(patch: Partial<Pick<Note, 'title' | 'body' | 'prompts'>>) {
      if (!draft.value) return;
      draft.value = { ...draft.value, ...patch };
      dirty = true;
      saveState.value = 'idle';
      store.touch();
      autosave.schedule();
      sealAhead();
    },
    saveDraftNow,
    async save() {
      // Whatever this save comes to is what the status says from now on.
      quietlySaved.clear();
      const current = draft.value;
      if (!current || isEmptyNote(current)) return;
      // Saved as a note: what is taken from now on is these words, never words that land later.
      takenFromOther = null;
      autosave.cancel();
      saveState.value = 'saving';
      const t = session.ticket();
      try {
        await serial(() => journal.saveNote(current, slot, t));
      } catch {
        // A full disk: the note stays on screen, and says so (unless locked meanwhile: gone).
        if (session.current(t)) saveState.value = 'failed';
        return;
      }
      if (!session.current(t)) return;
      saveState.value = 'saved';
      // Words typed while saving stay (and save as a draft); otherwise a fresh note.
      if (draft.value === current) {
        draft.value = taken = journal.newNote();
        dirty = false;
      } else await saveDraftNow();
      platform.notesChanges.announce();
      await loadNotes();
    },
    /** Opens a saved note to read or change; words in the writer are saved first, never dropped. */
    async openNote(note: Note) {
      if (!(await keepWriterWords())) return;
      // The list may hold an older copy of the note just saved.
      draft.value = taken = notes.value.find((n) => n.id === note.id) ?? note;
      dirty = false;
    },
    async newNote() {
      if (!(await keepWriterWords())) return;
      draft.value = taken = journal.newNote();
      dirty = false;
    },
    async remove(note: Note) {
      const t = session.ticket();
      error.value = null;
      try {
        await journal.deleteNote(note.id);
      } catch {
        if (current(t)) error.value = 'changeFailed';
        return;
      }
      platform.notesChanges.announce();
      if (!current(t)) return;
      deleted.value = note;
      notes.value = notes.value.filter((n) => n.id !== note.id);
    },
    async undoRemove() {
      const note = deleted.value;
      if (!note) return;
      const t = session.ticket();
      error.value = null;
      try {
        await journal.restoreNote(note, t);
      } catch {
        // The note stays in `deleted`, with Undo beside it, until the lock.
        if (current(t)) error.value = 'changeFailed';
        return;
      }
      platform.notesChanges.announce();
      deleted.value = null;
      await loadNotes();
    },
    /**
     * Whether the passphrase was changed. 'failed' when this change wrote nothing: the journal
     * changed meanwhile (another page's change, "delete everything"), this page locked, or the
     * disk refused the write.
     */
    async changePassphrase(old: string, next: string, newKey: boolean): Promise<PassphraseChange> {
      const t = session.ticket();
      const opensBefore = opens;
      try {
        await journal.changePassphrase(old, next, newKey, t);
        // Locked since it began, and not opened again since (here, or following another page).
        if (!current(t) && opens === opensBefore && view.value !== 'unlocked') changedThenLocked.value = true;
        return 'changed';
      } catch (e) {
        return e instanceof WrongPassphraseError ? 'wrongPassphrase' : 'failed';
      }
    },
    async deleteEverything() {
      forget();
      try {
        await journal.deleteEverything();
      } catch {
        // Nothing was deleted (one transaction). This page forgot what it showed: it reads the
        // journal again as a page opening does (still unlocked, or locked meanwhile), and says so.
        error.value = 'deleteFailed';
        view.value = 'loading';
        // Not readable either (the disk refusing everything): the lock screen, whose unlock reads
        // the journal again; never "Loading" for good.
        await follow().catch(() => {
          if (view.value === 'loading') view.value = 'locked';
        });
        return;
      }
      view.value = 'off';
    },
    /** The backup file's text, or null (and a message) when it could not be made. */
    async exportEncrypted(): Promise<string | null> {
      error.value = null;
      try {
        const { vault, notes: records, plan } = await journal.vaultForBackup();
        return writeBackup(vault, records, plan);
      } catch {
        error.value = 'exportFailed';
        return null;
      }
    },
    /**
     * Every note on disk as plain text, or null when the passphrase is wrong (error shown) or the
     * journal locked meanwhile. Not the list on screen: it may still be loading.
     */
    async exportPlain(passphrase: string): Promise<string | null> {
      const t = session.ticket();
      error.value = null;
      try {
        const { notes: all } = await journal.notesForExport(passphrase, t);
        return current(t) ? plainText(all) : null;
      } catch (e) {
        if (current(t)) error.value = e instanceof WrongPassphraseError ? 'wrongPassphrase' : 'exportFailed';
        return null;
      }
    },
    /** Reads an import file and shows what it holds. Writes nothing. */
    async planImport(text: string, passphrase: string) {
      error.value = null;
      importPlan.value = null;
      const check = ++importChecks;
      const read = readBackup(text);
      if (!read.ok) {
        error.value = read.problem;
        return;
      }
      const t = session.ticket();
      // A lock since, or another file chosen (or this one cancelled) since: the answer is for no one.
      const stillWanted = () => current(t) && check === importChecks;
      try {
        const plan = await journal.planImport(read.backup, passphrase, t);
        // Decrypted notes, after a lock: dropped.
        if (stillWanted()) importPlan.value = plan;
      } catch (e) {
        if (!stillWanted()) return;
        error.value =
          e instanceof WrongPassphraseError
            ? 'wrongPassphrase'
            : e instanceof InvalidBackupError
              ? 'invalidBackup'
              : 'notBackup';
      }
    },
    async applyImport(replace: boolean) {
      const plan = importPlan.value;
      if (!plan) return;
      const t = session.ticket();
      try {
        await journal.applyImport(plan, replace, t);
      } catch {
        if (current(t)) error.value = 'importFailed';
        return;
      }
      if (!current(t)) return;
      importPlan.value = null;
      platform.notesChanges.announce();
      // The safety plan's pages (here and elsewhere) read it again: the file's may have replaced it.
      if (plan.plan) platform.planChanges.announce();
      await loadNotes();
    },
    /** Forgets the file checked (or being checked): another was chosen, or the person cancelled. */
    cancelImport() {
      importChecks++;
      importPlan.value = null;
      // The last file's message goes with it.
      if (error.value && IMPORT_ERRORS.includes(error.value)) error.value = null;
    },
    /** A chosen file that could not be read: said, and nothing else changes. */
    fileUnreadable() {
      importChecks++;
      importPlan.value = null;
      error.value = 'fileUnreadable';
    },
  };
  return store;
}

export type JournalStore = ReturnType<typeof createJournalStore>;
