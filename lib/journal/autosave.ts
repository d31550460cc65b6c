import type { SaveState } from './journal-store';

/**
 * How long the journal waits after the last key before saving the draft, and the safety plan after
 * the last change. Short, so that closing a page right after typing loses nothing; the page saves
 * as it closes too (journal-store.ts, safety-plan-store.ts).
 */
export const AUTOSAVE_MS = 700;

/**
 * The longest an edit waits for its save while typing goes on without a pause. Firefox ends a
 * closing page's unfinished IndexedDB writes ("aborted due to page navigation"), so there the save
 * as the page closes may not land: what was typed since the last save is then lost, and without
 * this, that could be a whole paragraph typed at a stretch.
 */
export const AUTOSAVE_MAX_WAIT_MS = 2_000;

/**
 * The autosave timer of one editor (a draft, the safety plan). `save` is told when it comes while
 * typing goes on (AUTOSAVE_MAX_WAIT_MS): that save is made quietly, so that a screen reader does
 * not say "Saved" every two seconds over the person's typing. Typing that stops right after such a
 * save still gets a save at the pause (AUTOSAVE_MS after the last edit), which says "Saved": by
 * then there may be nothing left to write (the stores show the quiet save's result).
 */
export function createAutosave(save: (whileTyping: boolean) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first edit not yet saved was made. */
  let since: number | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = since = undefined;
  };
  return {
    /** After an edit: saves AUTOSAVE_MS after the last one, and at most AUTOSAVE_MAX_WAIT_MS after the first. */
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      const now = Date.now();
      since ??= now;
      const wait = Math.max(0, Math.min(AUTOSAVE_MS, since + AUTOSAVE_MAX_WAIT_MS - now));
      timer = setTimeout(() => {
        timer = since = undefined;
        const whileTyping = wait < AUTOSAVE_MS;
        save(whileTyping);
        // `save` cancels what is pending before it begins: the pause's save is set after it.
        if (whileTyping)
          timer = setTimeout(() => {
            timer = since = undefined;
            save(false);
          }, AUTOSAVE_MS - wait);
      }, wait);
    },
    /** Nothing pending: a save has begun another way, or there is nothing left to save. */
    cancel,
  };
}

/**
 * The words a quiet save (while typing) wrote, kept until the next save that is not quiet, a Save
 * or a lock: an editor's part of the save at the pause (createAutosave). Holds decrypted words,
 * hence the lock.
 */
export function createQuietlySaved<T>() {
  let value: T | null = null;
  return {
    wrote(words: T) {
      value = words;
    },
    clear() {
      value = null;
    },
    /**
     * A save not quiet found nothing left to write: whether to say "Saved" now (it is `current` a
     * quiet save wrote, and nothing was shown since). Asked once.
     */
    sayNow(current: T | null, closing: boolean, shown: SaveState): boolean {
      const say = !closing && current !== null && current === value && shown === 'idle';
      value = null;
      return say;
    },
  };
}
