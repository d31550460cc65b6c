import { foldText } from '../fold-text';

/** A reflection note as the user sees it; stored only encrypted (see repository.ts). */
export interface Note {
  id: string;
  title: string;
  body: string;
  /** Optional answers to the reflection prompts. */
  prompts: Partial<Record<PromptId, string>>;
  createdAt: number;
  updatedAt: number;
}

export const PROMPT_IDS = ['happened', 'felt', 'helped', 'need'] as const;
export type PromptId = (typeof PROMPT_IDS)[number];

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
