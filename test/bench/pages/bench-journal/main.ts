import { openDB } from 'idb';
import type { Bytes } from '../../../../lib/journal/crypto';
import { createJournal, type JournalKeys } from '../../../../lib/journal/journal';
import type { Note } from '../../../../lib/journal/notes';
import { openRecord, sealRecord } from '../../../../lib/journal/records';
import { findNotes, openIndex, searchable, type SearchableNote } from '../../../../lib/journal/search-index';
import { importDataKey } from '../../../../lib/journal/crypto';
import { createRepository } from '../../../../lib/journal/repository';

// Exposes the real journal code to the benchmark, in the real browser. Not part of the product.
let key: Bytes | null = null;
const memoryKeys: JournalKeys = {
  key: async () => key,
  unlocked: async (raw) => void (key = raw),
  epoch: async () => null,
  lock: async () => void (key = null),
};
const repo = createRepository('bench-journal');
const journal = createJournal(repo, memoryKeys, () => crypto.randomUUID());
const PASSPHRASE = 'benchmark passphrase for the journal';
/**
 * About 1 KB a note: a sentence to search for, then made-up words from random syllables. They deflate
 * to about 1/2.3 of their size, a little worse than the product's own English text (1/2.75): nothing
 * measured here is flattered by text that repeats (compressing the search index was tried, and lost
 * as much time inflating 10 MB as it saved reading and decrypting).
 */
const SYLLABLES =
  'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(
    ' ',
  );
const body = (i: number) => {
  let x = Math.imul(i + 1, 2654435761) || 1;
  const random = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  let text = `Note ${i}. A long shift, and the words keep coming back to me.`;
  while (text.length < 996) {
    text += ' ';
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--)
      text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (random() < 0.1) text += '.';
  }
  return text.slice(0, 996);
};
let list: SearchableNote[] = [];
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

Object.assign(window, {
  bench: {
    async fill(count: number) {
      await journal.turnOn(PASSPHRASE);
      const k = await crypto.subtle.importKey('raw', key!, 'AES-GCM', false, ['encrypt']);
      const now = Date.now();
      for (let start = 0; start < count; start += 500) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(500, count - start) }, async (_, j) => {
            const i = start + j;
            const note: Note = {
              id: `n${i}`,
              title: `Note ${i}`,
              body: body(i),
              prompts: {},
              createdAt: now - i,
              updatedAt: now - i,
            };
            return sealRecord(k, note, { kind: 'note' });
          }),
        );
        await repo.importNotes(batch, false);
      }
      return { bytesPerNote: new TextEncoder().encode(body(1)).length };
    },
    /** Median ms to save one note: encrypt, then a strict IndexedDB write, as the product does. */
    async saveNote(runs: number) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const note = { ...journal.newNote(), body: body(i) };
        const t0 = performance.now();
        await journal.saveNote(note, 'bench');
        times.push(performance.now() - t0);
      }
      return median(times);
    },
    /** Median ms for a plain idb write of the same bytes, same durability, no encryption. */
    async plainWrite(runs: number) {
      const db = await openDB('bench-plain', 1, {
        upgrade: (d) => void d.createObjectStore('notes', { keyPath: 'id' }),
      });
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const record = { id: `p${i}`, updatedAt: Date.now(), body: body(i), prompts: {} };
        const t0 = performance.now();
        const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
        void tx.store.put(record);
        await tx.done;
        times.push(performance.now() - t0);
      }
      db.close();
      return median(times);
    },
    /** Ms to unwrap the key (the passphrase's key derivation), reported on its own. */
    async unlock() {
      await journal.lock();
      const t0 = performance.now();
      await journal.unlock(PASSPHRASE);
      return performance.now() - t0;
    },
    /** Ms from an unlocked key to the first page of notes decrypted, newest first. */
    async firstPage(size: number) {
      journal.forgetKey();
      const t0 = performance.now();
      const page = await journal.notesPage(size);
      const ms = performance.now() - t0;
      return { ms, shown: page.notes.length };
    },
    /** The baseline: every record decrypted one by one, as the journal did before the index. */
    async decryptAll() {
      const k = await crypto.subtle.importKey('raw', key!, 'AES-GCM', false, ['decrypt']);
      const t0 = performance.now();
      const records = await repo.notes();
      const notes = await Promise.all(records.map((r) => openRecord(k, r, { kind: 'note' })));
      return { ms: performance.now() - t0, count: notes.length };
    },
    /** Ms to build the sealed index from the records (once, or when it is missing or damaged). */
    async buildIndex() {
      const t0 = performance.now();
      const { notes } = await journal.notes();
      return { ms: performance.now() - t0, count: notes.length };
    },
    /** Ms from an unlocked journal with nothing decrypted to the results of a first search. */
    async firstSearch(query: string) {
      journal.forgetKey();
      list = [];
      const t0 = performance.now();
      list = searchable((await journal.notes()).notes);
      const found = findNotes(list, query).length;
      return { ms: performance.now() - t0, found };
    },
    /** Where a first search's time goes: reading the index, opening it (decrypt, decode, parse), folding. */
    async phases() {
      const t0 = performance.now();
      const { index } = await repo.searchIndex();
      const t1 = performance.now();
      const contents = await openIndex(await importDataKey(key!), index!);
      const t2 = performance.now();
      searchable(contents.notes);
      const t3 = performance.now();
      return { read: t1 - t0, open: t2 - t1, fold: t3 - t2, shards: index!.shards.length };
    },
    /** As phases(), the shards read in one request before any is opened (probe, not in the table). */
    async phasesWhole() {
      const t0 = performance.now();
      const { index } = await repo.searchIndex();
      const db = await openDB('bench-journal');
      const range = IDBKeyRange.bound('shard/', 'shard/\uffff');
      const [keys, values] = await Promise.all([db.getAllKeys('search', range), db.getAll('search', range)]);
      const shards = keys.map((k, i) => [Number(String(k).slice(6)), values[i]] as const);
      shards.sort((a, b) => a[0] - b[0]);
      db.close();
      const t1 = performance.now();
      const contents = await openIndex(await importDataKey(key!), {
        version: index!.version,
        shards: shards.map((e) => e[1]),
      });
      const t2 = performance.now();
      searchable(contents.notes);
      const t3 = performance.now();
      return { read: t1 - t0, open: t2 - t1, fold: t3 - t2, shards: shards.length };
    },
    /** Median ms of each search after the first (the notes already opened and folded). */
    search(query: string, runs: number) {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        found = findNotes(list, `${query} ${i % 2 ? '' : 'long'}`).length;
        times.push(performance.now() - t0);
      }
      return { ms: median(times), found };
    },
  },
});
document.title = 'ready';
