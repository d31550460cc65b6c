import * as v from 'valibot';
import { open, seal } from './crypto';
import { noteText, type Note } from './notes';
import type { SealedShard, SearchIndexRecord } from './repository';
import { foldText } from '../text/fold-text';

/**
 * Why a sealed index (issue 21): each note is its own AES-GCM ciphertext bound to its id and time,
 * so listing 10,000 notes for search meant 10,000 WebCrypto calls (3.2 s measured here). Batch
 * sealing would have bound notes to each other's records and made every save rewrite a batch; a
 * worker only moves the same 10,000 calls off the page. Instead every readable note is also kept,
 * sealed with the same data key, in about one ciphertext per 500 notes (format 2, below).
 * What is left of a first search's time is bytes (10 MB for 10,000 notes of 1 KB): reading them,
 * decrypting and decoding them. Compressing them first was tried: 4.5 MB, but inflating cost as
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
/**
 * Format 2: the notes in shards of SHARD_NOTES, each sealed on its own. A first search decrypts them
 * all at once (WebCrypto works off the page's thread) and parses each shard as soon as it is
 * decrypted, while the others still are: decrypting 10 MB, then decoding and parsing it, no longer
 * come one after the other (format 1, one ciphertext, is rebuilt like a damaged index).
 *
 * Each shard's additional data names the version, its place and the number of shards: a shard
 * dropped, repeated, moved, or taken from another version or another index makes the whole index
 * fail to open, and it is rebuilt from the records.
 */
export const INDEX_FORMAT = 2;
export const SHARD_NOTES = 500;
const shardContext = (version: string, place: number, count: number) =>
  `been-there/search-index/${INDEX_FORMAT}/${version}/${place}/${count}`;

export interface IndexContents {
  notes: Note[];
  unreadable: number;
}
/**
 * Each note in the index was checked against NoteSchema when its own record was opened, before it
 * was sealed in here, and each shard authenticates (AES-GCM): only code holding the key wrote it.
 * Checking 10,000 notes again cost 90-190 ms of the first search's 300 ms here, so only the shape
 * of each shard is checked.
 */
const ShardSchema = v.object({
  notes: v.array(v.object({ id: v.string(), updatedAt: v.number() })),
  unreadable: v.number(),
});

/** Seals the notes in shards of `shardNotes` (the count of unreadable records goes in the first). */
export async function sealIndex(
  key: CryptoKey,
  version: string,
  contents: IndexContents,
  shardNotes = SHARD_NOTES,
): Promise<SearchIndexRecord> {
  const parts: IndexContents[] = [];
  for (let start = 0; start === 0 || start < contents.notes.length; start += shardNotes)
    parts.push({
      notes: contents.notes.slice(start, start + shardNotes),
      unreadable: start === 0 ? contents.unreadable : 0,
    });
  const shards: SealedShard[] = await Promise.all(
    parts.map((part, place) => seal(key, part, shardContext(version, place, parts.length))),
  );
  return { version, shards };
}

/** An index as written, or as read (each shard a promise that settles as it is read). */
export interface IndexToOpen {
  version: string;
  shards: readonly (SealedShard | undefined | Promise<SealedShard | undefined>)[];
}

/**
 * Rejects when a shard is missing, was sealed for another version, place or index, with another key,
 * or was damaged. Each shard is decrypted as soon as it is read, and parsed as soon as it is decrypted.
 */
export async function openIndex(key: CryptoKey, index: IndexToOpen): Promise<IndexContents> {
  const count = index.shards.length;
  if (count === 0) throw new Error('empty search index');
  const parts = await Promise.all(
    index.shards.map(async (pending, place) => {
      const shard = await pending;
      if (!shard) throw new Error('search index shard missing');
      const part = await open<unknown>(key, shard, shardContext(index.version, place, count));
      // Checked, not parsed into a copy: valibot's copy would keep only the fields checked.
      v.parse(ShardSchema, part);
      return part as IndexContents;
    }),
  );
  return {
    notes: parts.flatMap((part) => part.notes),
    unreadable: parts.reduce((sum, part) => sum + part.unreadable, 0),
  };
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
