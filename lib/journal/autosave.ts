/**
 * How long the journal waits after the last key before saving the draft, and the safety plan after
 * the last change. Short, so that closing a page right after typing loses nothing; the page saves
 * as it closes too (journal-store.ts, safety-plan-store.ts).
 */
export const AUTOSAVE_MS = 700;
