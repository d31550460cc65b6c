import * as v from 'valibot';
import { open, seal } from './crypto';
import { noteText, type Note } from './notes';
import type { SearchIndexRecord } from './repository';
import { foldText } from '../text/fold-text';

/**
 * Why a sealed index (issue 21): each note is its own AES-GCM ciphertext bound to its id and time,
 * so listing 10,000 notes for search meant 10,000 WebCrypto calls (3.2 s measured here). Batch
 * sealing would have bound notes to each other's records and made every save rewrite a batch; a
 * worker only moves the same 10,000 calls off the page. Instead every readable note is also kept,
 * sealed with the same data key, in one blob: a first search opens one ciphertext and parses it.
 * What is left of a first search's time is bytes (10 MB for 10,000 notes of 1 KB): reading the
 * blob, decrypting and decoding it. Compressing it first was tried: 4.5 MB, but inflating cost as
 * much as it saved.
 *
 * - At rest it is encrypted like every record, and bound to the version of the notes store it was
 *   built from (AES-GCM additional data), so it cannot pass for a later state of the notes.
 * - It is a cache: notes stay the truth. Every write of a note gives the notes store a new version
 *   (repository.ts); an index of another version is brought up to date from the records (only
 *   those whose id or time differs are decrypted), one that does not open is rebuilt from them all.
 * - Nothing decrypted is kept here: the page holds the notes it opened in its store's signals,
 *   emptied at every lock (journal-store.ts); a rebuilt index is written only while the page that
 *   built it saw no lock (repository.putSearchIndex).
 * - Not detected, as for single records (PRIVACY.md): putting back an older index together with the
 *   older notes and version it describes.
 */
const indexContext = (version: string) => `been-there/search-index/${version}`;

export interface IndexContents {
  notes: Note[];
  unreadable: number;
}
/**
 * Each note in the index was checked against NoteSchema when its own record was opened, before it
 * was sealed in here, and the index authenticates (AES-GCM): only code holding the key wrote it.
 * Checking 10,000 notes again cost 90-190 ms of the first search's 300 ms here, so only the shape
 * of the whole is checked.
 */
const IndexSchema = v.object({
  notes: v.array(v.object({ id: v.string(), updatedAt: v.number() })),
  unreadable: v.number(),
});

export async function sealIndex(
  key: CryptoKey,
  version: string,
  contents: IndexContents,
): Promise<SearchIndexRecord> {
  const { iv, ct } = await seal(key, contents, indexContext(version));
  return { version, iv, ct };
}

/** Rejects when the index was sealed for another version, with another key, or was damaged. */
export async function openIndex(key: CryptoKey, index: SearchIndexRecord): Promise<IndexContents> {
  const contents = await open<unknown>(key, index, indexContext(index.version));
  v.parse(IndexSchema, contents);
  return contents as IndexContents;
}

/** A note with its text folded once for search (accents and case dropped), in memory only. */
export interface SearchableNote {
  note: Note;
  text: string;
}

/** Folds each note's text once, so that each search after the first compares strings only. */
export function searchable(notes: readonly Note[]): SearchableNote[] {
  return notes.map((note) => ({ note, text: foldText(noteText(note)) }));
}

/** Every word of the query must appear, accents and case ignored. */
export function findNotes(list: readonly SearchableNote[], query: string): Note[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return list.map((entry) => entry.note);
  return list.filter((entry) => words.every((word) => entry.text.includes(word))).map((e) => e.note);
}
