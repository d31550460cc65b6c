import * as v from 'valibot';
import { foldText } from '../text/fold-text';

export const PROMPT_IDS = ['happened', 'felt', 'helped', 'need'] as const;
export type PromptId = (typeof PROMPT_IDS)[number];

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const answer = v.optional(v.string());

/**
 * A reflection note as the user sees it; stored only encrypted (see repository.ts). Every note is
 * checked against this after decryption, whether read from this journal or from a backup: a note
 * that decrypts but does not fit is refused, never shown half-broken.
 */
export const NoteSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
  title: v.string(),
  body: v.string(),
  /** Optional answers to the reflection prompts. */
  prompts: v.object({ happened: answer, felt: answer, helped: answer, need: answer }),
  createdAt: time,
  updatedAt: time,
});
export type Note = v.InferOutput<typeof NoteSchema>;

export function noteText(note: Pick<Note, 'title' | 'body' | 'prompts'>): string {
  return [note.title, note.body, ...PROMPT_IDS.map((id) => note.prompts[id] ?? '')].join('\n');
}

/** Search in memory only, while unlocked: every word must appear, accents and case ignored. */
export function searchNotes(notes: readonly Note[], query: string): Note[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...notes];
  return notes.filter((note) => {
    const text = foldText(noteText(note));
    return words.every((word) => text.includes(word));
  });
}

export function isEmptyNote(note: Pick<Note, 'title' | 'body' | 'prompts'>): boolean {
  return noteText(note).trim() === '';
}
