import { openDB } from 'idb';
import type { Bytes } from '../../../../lib/journal/crypto';
import { createJournal, type JournalKeys } from '../../../../lib/journal/journal';
import { searchNotes, type Note } from '../../../../lib/journal/notes';
import { sealRecord } from '../../../../lib/journal/records';
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
const body = (i: number) => `Note ${i}. ` + 'A long shift, and the words keep coming back to me. '.repeat(19);
let decrypted: Note[] = [];
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
    async decryptAll() {
      const t0 = performance.now();
      decrypted = (await journal.notes()).notes;
      return { ms: performance.now() - t0, count: decrypted.length };
    },
    /** Median ms to search every decrypted note in memory. */
    search(query: string, runs: number) {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        found = searchNotes(decrypted, query).length;
        times.push(performance.now() - t0);
      }
      return { ms: median(times), found };
    },
  },
});
document.title = 'ready';
