import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readBackup, writeBackup } from '../../../lib/journal/backup';
import { createInactivityLock, effectiveAutoLock } from '../../../lib/journal/auto-lock';
import { createJournal } from '../../../lib/journal/journal';
import { createRepository } from '../../../lib/journal/repository';
import { journalKeyStore } from '../../../lib/platform/journal-key';
import { createJournalStore } from '../../../lib/store/journal-store';

let n = 0;
const newId = () => `note-${++n}`;

function setup(name = `journal-${Math.random()}`) {
  const repo = createRepository(name);
  const journal = createJournal(repo, journalKeyStore, newId);
  const platform = {
    journal,
    keys: journalKeyStore,
    indexedDbUsable: async () => true,
  };
  return { repo, journal, platform };
}

/** Every byte the extension stored, as text: IndexedDB records and all storage areas. */
async function everythingStored(repo: ReturnType<typeof createRepository>) {
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const notes = await repo.notes();
  const draft = await repo.draft();
  const vault = await repo.vault();
  return JSON.stringify({
    notes: notes.map((r) => decode(r.ct)),
    draft: draft && decode(draft.ct),
    vault: vault && decode(vault.wrapped),
    local: await fakeBrowser.storage.local.get(),
    session: await fakeBrowser.storage.session.get(),
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the journal', () => {
  it('is off until turned on, then stores notes encrypted only', async () => {
    const { repo, journal } = setup();
    expect(await journal.status()).toBe('off');
    await journal.turnOn('correct horse battery');
    expect(await journal.status()).toBe('unlocked');
    const note = { ...journal.newNote(), body: 'marker-7Q2 a hard night on call' };
    await journal.saveNote(note);
    expect((await journal.notes()).map((x) => x.body)).toEqual(['marker-7Q2 a hard night on call']);
    expect(await everythingStored(repo)).not.toContain('marker-7Q2');
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('journalKey');
  });

  it('locks, refuses a wrong passphrase, and opens with the right one', async () => {
    const { journal } = setup();
    await journal.turnOn('correct horse battery');
    await journal.saveNote({ ...journal.newNote(), body: 'kept' });
    await journal.lock();
    expect(await journal.status()).toBe('locked');
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    await expect(journal.notes()).rejects.toThrow('locked');
    await expect(journal.unlock('wrong horse battery')).rejects.toThrow('wrong passphrase');
    await journal.unlock('correct horse battery');
    expect((await journal.notes()).map((x) => x.body)).toEqual(['kept']);
  });

  it('changes the passphrase by rewrapping the key only: note ciphertexts stay byte-identical', async () => {
    const { repo, journal } = setup();
    await journal.turnOn('first passphrase');
    await journal.saveNote({ ...journal.newNote(), body: 'one' });
    const before = (await repo.notes()).map((r) => Array.from(r.ct).join(','));
    const wrappedBefore = Array.from((await repo.vault())!.wrapped).join(',');
    await journal.changePassphrase('first passphrase', 'second passphrase');
    expect((await repo.notes()).map((r) => Array.from(r.ct).join(','))).toEqual(before);
    expect(Array.from((await repo.vault())!.wrapped).join(',')).not.toBe(wrappedBefore);
    await journal.lock();
    await expect(journal.unlock('first passphrase')).rejects.toThrow('wrong passphrase');
    await journal.unlock('second passphrase');
    expect((await journal.notes()).map((x) => x.body)).toEqual(['one']);
  });

  it('exports an encrypted backup that imports, with its passphrase, into another journal exactly', async () => {
    const source = setup('source');
    await source.journal.turnOn('backup passphrase');
    for (const body of ['a', 'b', 'c'])
      await source.journal.saveNote({ ...source.journal.newNote(), body, prompts: { felt: `felt ${body}` } });
    const { vault, notes } = await source.journal.vaultForBackup();
    const file = writeBackup(vault, notes);
    expect(file).not.toContain('felt a');
    await source.journal.lock();

    const target = setup('target');
    await target.journal.turnOn('a different passphrase');
    const read = readBackup(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const plan = await target.journal.planImport(read.backup, 'backup passphrase');
    expect(plan).toMatchObject({ existing: 0 });
    await target.journal.applyImport(plan, false);
    await source.journal.unlock('backup passphrase');
    const byId = (list: { id: string }[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(await target.journal.notes())).toEqual(byId(await source.journal.notes()));
  });
});

describe('the journal view', () => {
  it('saves the draft, encrypted, before it locks', async () => {
    const { platform, repo } = setup();
    const store = createJournalStore(platform);
    await store.init();
    await store.turnOn('correct horse battery');
    store.edit({ body: 'unsaved words' });
    await store.lock();
    expect(store.view.value).toBe('locked');
    expect(store.draft.value).toBeNull();
    expect(await repo.draft()).toBeDefined();
    await store.unlock('correct horse battery');
    expect(store.draft.value?.body).toBe('unsaved words');
  });

  it('keeps the note on screen and says so when the disk is full', async () => {
    const { platform } = setup();
    const store = createJournalStore(platform);
    await store.init();
    await store.turnOn('correct horse battery');
    vi.spyOn(platform.journal, 'saveNote').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    store.edit({ body: 'do not lose me' });
    await store.save();
    expect(store.saveState.value).toBe('failed');
    expect(store.draft.value?.body).toBe('do not lose me');
  });

  it('deletes with undo', async () => {
    const { platform } = setup();
    const store = createJournalStore(platform);
    await store.init();
    await store.turnOn('correct horse battery');
    store.edit({ body: 'second thoughts' });
    await store.save();
    await store.remove(store.notes.value[0]!);
    expect(store.notes.value).toEqual([]);
    await store.undoRemove();
    expect(store.notes.value.map((x) => x.body)).toEqual(['second thoughts']);
  });

  it('follows a lock made in another page', async () => {
    const { platform } = setup();
    const store = createJournalStore(platform);
    await store.init();
    await store.turnOn('correct horse battery');
    store.watchLock();
    await fakeBrowser.storage.session.remove('journalKey');
    await vi.waitFor(() => expect(store.view.value).toBe('locked'));
    expect(store.notes.value).toEqual([]);
  });
});

describe('import, fuzzed', () => {
  it('never throws, and a bad file never changes the notes (1,000 runs)', async () => {
    const { platform, journal } = setup('fuzz');
    const store = createJournalStore(platform);
    await store.init();
    await store.turnOn('fuzz passphrase');
    store.edit({ body: 'existing note' });
    await store.save();
    const { vault, notes } = await journal.vaultForBackup();
    const valid = JSON.parse(writeBackup(vault, notes));
    const before = JSON.stringify(await journal.notes());

    // Files a person or an attacker might hand us: anything at all, valid JSON of any shape, and
    // the real backup with one part damaged, missing or swapped.
    const damaged = fc
      .record({
        path: fc.constantFrom(
          'format',
          'version',
          'vault',
          'notes',
          'vault.salt',
          'vault.iterations',
          'notes.0.id',
          'notes.0.ct',
        ),
        value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string()),
      })
      .map(({ path, value }) => {
        const copy = structuredClone(valid);
        const keys = path.split('.');
        let target = copy;
        for (const key of keys.slice(0, -1)) target = target?.[key];
        if (target && typeof target === 'object') target[keys.at(-1)!] = value;
        return JSON.stringify(copy);
      });
    const truncated = fc
      .nat({ max: JSON.stringify(valid).length - 1 })
      .map((end) => JSON.stringify(valid).slice(0, end));
    const file = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      damaged,
      truncated,
    );

    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        await store.planImport(text, 'wrong passphrase');
        if (store.importPlan.value) await store.applyImport(true);
        expect(JSON.stringify(await journal.notes())).toBe(before);
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads back exactly what it wrote, for any notes (1,000 runs)', () => {
    const record = fc.record({
      id: fc.string({ minLength: 1, maxLength: 40 }),
      updatedAt: fc.nat(),
      iv: fc.uint8Array({ minLength: 12, maxLength: 12 }),
      ct: fc.uint8Array({ maxLength: 200 }),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 20 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (notes, salt) => {
          const vault = {
            salt,
            iterations: 600_000,
            iv: new Uint8Array(12),
            wrapped: new Uint8Array(48),
            createdAt: 0,
          };
          const read = readBackup(writeBackup(vault as never, notes as never));
          expect(read.ok && read.backup.notes).toEqual(notes);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('auto-lock', () => {
  it('locks after the chosen idle minutes, and activity restarts the clock', () => {
    vi.useFakeTimers();
    const onLock = vi.fn();
    const lock = createInactivityLock(5, onLock);
    vi.advanceTimersByTime(4 * 60_000);
    lock.touch();
    vi.advanceTimersByTime(4 * 60_000 + 59_000);
    expect(onLock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onLock).toHaveBeenCalledOnce();
    lock.stop();
    vi.useRealTimers();
  });

  it('gives way to an institution’s cap', () => {
    expect(effectiveAutoLock(60, 15)).toBe(15);
    expect(effectiveAutoLock(5, 15)).toBe(5);
    expect(effectiveAutoLock(240, undefined)).toBe(240);
    expect(effectiveAutoLock(30, 20)).toBe(15);
  });
});
