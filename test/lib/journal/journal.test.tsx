import { render, screen } from '@testing-library/preact';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveAutoLock } from '../../../lib/journal/session/auto-lock';
import { readBackup, writeBackup } from '../../../lib/journal/backup';
import type { createRepository } from '../../../lib/journal/repository';
import { JournalUnlock } from '../../../components/journal/JournalUnlock';
import { journalPages } from './journal-pages';

type Page = ReturnType<ReturnType<typeof journalPages>['page']>;

function setup(name = `journal-${Math.random()}`) {
  return journalPages(name).page();
}

/** Every byte the extension stored, as text: IndexedDB records and all storage areas. */
async function everythingStored(repo: ReturnType<typeof createRepository>) {
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const notes = await repo.notes();
  const drafts = await repo.drafts();
  const vault = await repo.vault();
  const { index } = await repo.searchIndex();
  return JSON.stringify({
    index: index && (await Promise.all(index.shards)).map((shard) => shard && decode(shard.ct)),
    notes: notes.map((r) => decode(r.ct)),
    drafts: drafts.map((d) => decode(d.record.ct)),
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
    await journal.saveNote(note, 's');
    expect((await journal.notes()).notes.map((x) => x.body)).toEqual(['marker-7Q2 a hard night on call']);
    expect(await everythingStored(repo)).not.toContain('marker-7Q2');
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('journalKey');
  });

  it('locks, refuses a wrong passphrase, and opens with the right one', async () => {
    const { journal } = setup();
    await journal.turnOn('correct horse battery');
    await journal.saveNote({ ...journal.newNote(), body: 'kept' }, 's');
    await journal.lock();
    expect(await journal.status()).toBe('locked');
    // Only the lock epoch has a value: no key, no activity time. (A browser keeps the emptied
    // entries as null; the fake browser deletes them.)
    const left: Record<string, unknown> = await fakeBrowser.storage.session.get();
    expect(Object.keys(left).filter((name) => left[name] != null)).toEqual(['journalLockEpoch']);
    await expect(journal.notes()).rejects.toThrow('locked');
    await expect(journal.unlock('wrong horse battery')).rejects.toThrow('wrong passphrase');
    await journal.unlock('correct horse battery');
    expect((await journal.notes()).notes.map((x) => x.body)).toEqual(['kept']);
  });

  it('changes the passphrase by rewrapping the key only: note ciphertexts stay byte-identical', async () => {
    const { repo, journal } = setup();
    await journal.turnOn('first passphrase');
    await journal.saveNote({ ...journal.newNote(), body: 'one' }, 's');
    const before = (await repo.notes()).map((r) => Array.from(r.ct).join(','));
    const wrappedBefore = Array.from((await repo.vault())!.wrapped).join(',');
    await journal.changePassphrase('first passphrase', 'second passphrase');
    expect((await repo.notes()).map((r) => Array.from(r.ct).join(','))).toEqual(before);
    expect(Array.from((await repo.vault())!.wrapped).join(',')).not.toBe(wrappedBefore);
    await journal.lock();
    await expect(journal.unlock('first passphrase')).rejects.toThrow('wrong passphrase');
    await journal.unlock('second passphrase');
    expect((await journal.notes()).notes.map((x) => x.body)).toEqual(['one']);
  });

  it('a change to a new key whose key the session refuses to keep: done, and locked, it opens with the new passphrase', async () => {
    const { journal } = setup();
    await journal.turnOn('first passphrase');
    await journal.saveNote({ ...journal.newNote(), body: 'kept' }, 's');
    const remember = vi.spyOn(journal.session, 'remember').mockRejectedValueOnce(new Error('session full'));
    await journal.changePassphrase('first passphrase', 'second passphrase', true);
    remember.mockRestore();
    // The old key, still in the session, no longer opens the notes: nothing is left unlocked with it.
    expect(await journal.status()).toBe('locked');
    await expect(journal.unlock('first passphrase')).rejects.toThrow('wrong passphrase');
    await journal.unlock('second passphrase');
    expect((await journal.notes()).notes.map((x) => x.body)).toEqual(['kept']);
  });

  it('a change to a new key that cannot read the session once written: done, not failed, and every page locked', async () => {
    const { journal, repo, platform } = setup();
    await journal.turnOn('first passphrase');
    await journal.saveNote({ ...journal.newNote(), body: 'kept' }, 's');
    const remember = vi.spyOn(journal.session, 'remember').mockRejectedValueOnce(new Error('session full'));
    let written = false;
    const rewriteAll = repo.rewriteAll.bind(repo);
    repo.rewriteAll = async (read, next) => {
      await rewriteAll(read, next);
      written = true;
    };
    const key = platform.lock.key.bind(platform.lock);
    const read = vi.spyOn(platform.lock, 'key').mockImplementation(async () => {
      if (written) throw new Error('storage.session unreadable');
      return key();
    });
    await expect(
      journal.changePassphrase('first passphrase', 'second passphrase', true),
    ).resolves.toBeUndefined();
    read.mockRestore();
    remember.mockRestore();
    expect(await journal.status()).toBe('locked');
    await journal.unlock('second passphrase');
    expect((await journal.notes()).notes.map((x) => x.body)).toEqual(['kept']);
  });

  it('a new key the session refuses to keep after a lock and an unlock made since: that unlock stands', async () => {
    const { journal } = setup();
    await journal.turnOn('first passphrase');
    vi.spyOn(journal.session, 'remember').mockImplementationOnce(async () => {
      await journal.lock();
      await journal.unlock('second passphrase');
      throw new Error('session full');
    });
    await journal.changePassphrase('first passphrase', 'second passphrase', true);
    vi.mocked(journal.session.remember).mockRestore();
    expect(await journal.status()).toBe('unlocked');
  });

  it('an unlock with the old passphrase while a change to a new key is written: the old key does not stay in the session', async () => {
    const world = journalPages(`journal-${Math.random()}`);
    const changer = world.page();
    const other = world.page();
    await changer.journal.turnOn('first passphrase');
    await changer.journal.saveNote({ ...changer.journal.newNote(), body: 'kept' }, 's');
    // The change has re-encrypted everything; before it writes, another page locks and unlocks
    // with the passphrase still in force.
    const rewriteAll = changer.repo.rewriteAll.bind(changer.repo);
    changer.repo.rewriteAll = async (read, next) => {
      await other.journal.lock();
      await other.journal.unlock('first passphrase');
      return rewriteAll(read, next);
    };
    await changer.journal.changePassphrase('first passphrase', 'second passphrase', true);
    // That key no longer opens the notes: left in the session, it would show every one unreadable.
    expect(await other.journal.status()).toBe('locked');
    await other.journal.unlock('second passphrase');
    expect((await other.journal.notes()).notes.map((x) => x.body)).toEqual(['kept']);
  });

  /**
   * Another page unlocks with the old passphrase: it reads the old vault and unwraps the old key, and
   * is about to keep it when the change to a new key is written. Returns that unlock, refused.
   */
  async function unlockStraddlingChange(options: {
    keyIdsKept: boolean;
    unlock?: (page: Page) => Promise<void>;
  }) {
    const world = journalPages(`journal-${Math.random()}`);
    const changer = world.page();
    const other = world.page();
    await changer.journal.turnOn('first passphrase');
    await changer.journal.saveNote({ ...changer.journal.newNote(), body: 'kept' }, 's');
    if (!options.keyIdsKept) {
      // A vault written before key ids were kept.
      const vault = { ...(await changer.repo.vault())! };
      delete vault.keyId;
      await changer.repo.putVault(vault);
      expect((await changer.repo.vault())!.keyId).toBeUndefined();
    }
    let unlocking: Promise<void> | undefined;
    let release!: () => void;
    const rewriteAll = changer.repo.rewriteAll.bind(changer.repo);
    changer.repo.rewriteAll = async (read, next) => {
      await other.journal.lock();
      const remember = other.journal.session.remember.bind(other.journal.session);
      let reached!: () => void;
      const atRemember = new Promise<void>((resolve) => (reached = resolve));
      vi.spyOn(other.journal.session, 'remember').mockImplementationOnce(async (t, raw) => {
        reached();
        await new Promise<void>((resolve) => (release = resolve));
        return remember(t, raw);
      });
      unlocking = (options.unlock ?? ((page) => page.journal.unlock('first passphrase')))(other);
      await atRemember;
      return rewriteAll(read, next);
    };
    await changer.journal.changePassphrase('first passphrase', 'second passphrase', true);
    release();
    return { other, unlocking: unlocking! };
  }

  it.each([
    ['', true],
    [', in a vault written before key ids were kept', false],
  ])(
    'an unlock that read the vault before a change to a new key was written, and keeps its key after: refused, locked%s',
    async (_, keyIdsKept) => {
      const { other, unlocking } = await unlockStraddlingChange({ keyIdsKept });
      await expect(unlocking).rejects.toThrow('passphrase changed meanwhile');
      expect(await other.journal.status()).toBe('locked');
      await other.journal.unlock('second passphrase');
      expect((await other.journal.notes()).notes.map((x) => x.body)).toEqual(['kept']);
    },
  );

  it('the page whose unlock was refused so says, on its lock screen, though it locked since', async () => {
    const { other, unlocking } = await unlockStraddlingChange({
      keyIdsKept: true,
      unlock: async (page) => {
        await page.store.init();
        await page.store.unlock('first passphrase');
      },
    });
    await unlocking;
    expect(other.store.view.value).toBe('locked');
    expect(other.store.error.value).toBe('passphraseChangedElsewhere');
    render(<JournalUnlock journal={other.store} />);
    const field = screen.getByLabelText('Passphrase', { exact: true });
    expect(screen.getByRole('alert').textContent).toBe(
      'The passphrase was changed in another window just now, so the one you entered no longer unlocks the journal. Use the new passphrase.',
    );
    expect(field.getAttribute('aria-describedby')).toBe('unlock-error');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('a passphrase change that began before "delete everything" does not bring the journal back', async () => {
    const { repo, journal } = setup();
    await journal.turnOn('first passphrase');
    // The change has read the vault and is wrapping the key when everything is deleted.
    const putVault = repo.putVault.bind(repo);
    repo.putVault = async (vault) => {
      await repo.deleteEverything();
      return putVault(vault);
    };
    await expect(journal.changePassphrase('first passphrase', 'second passphrase')).rejects.toThrow();
    expect(await repo.vault()).toBeUndefined();
    // Nor over a journal turned on again since, with a new key.
    await journal.turnOn('a new start');
    const fresh = await repo.vault();
    repo.putVault = putVault;
    const old = { ...fresh!, keyId: 'the key before' };
    await expect(repo.putVault(old)).rejects.toThrow();
    expect(await repo.vault()).toEqual(fresh);
  });

  it.each(['deleted', 'deleted and turned on anew'])(
    'a change to a new key that began before the journal was %s does not write its vault back',
    async (what) => {
      const name = `journal-${Math.random()}`;
      const { repo, journal } = setup(name);
      await journal.turnOn('first passphrase');
      // Nothing in the journal: only the vault tells that it changed.
      const rewriteAll = repo.rewriteAll.bind(repo);
      let fresh: unknown;
      repo.rewriteAll = async (read, next) => {
        repo.rewriteAll = rewriteAll;
        await repo.deleteEverything();
        if (what !== 'deleted') {
          await setup(name).journal.turnOn('a new start');
          fresh = await repo.vault();
        }
        return rewriteAll(read, next);
      };
      await expect(journal.changePassphrase('first passphrase', 'second passphrase', true)).rejects.toThrow();
      expect(await repo.vault()).toEqual(fresh);
    },
  );

  it('exports an encrypted backup that imports, with its passphrase, into another journal exactly', async () => {
    const source = setup('source');
    await source.journal.turnOn('backup passphrase');
    for (const body of ['a', 'b', 'c'])
      await source.journal.saveNote(
        { ...source.journal.newNote(), body, prompts: { felt: `felt ${body}` } },
        's',
      );
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
    expect(plan).toMatchObject({ existing: 0, duplicates: 0 });
    await target.journal.applyImport(plan, false);
    // One lock session for both journals here: read each while it is the one unlocked.
    const imported = (await target.journal.notes()).notes;
    await target.journal.lock();
    await source.journal.unlock('backup passphrase');
    const byId = (list: { id: string }[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(imported)).toEqual(byId((await source.journal.notes()).notes));
  });
});

describe('import, fuzzed', () => {
  /** A journal with two notes, its backup file (another passphrase), and a fresh target journal. */
  async function fuzzSetup() {
    const source = setup('fuzz-source');
    await source.journal.turnOn('backup passphrase');
    for (const body of ['from the backup', 'also from the backup'])
      await source.journal.saveNote({ ...source.journal.newNote(), body }, 's');
    const { vault, notes } = await source.journal.vaultForBackup();
    const valid = JSON.parse(writeBackup(vault, notes));
    const sourceNotes = (await source.journal.notes()).notes;
    await source.journal.lock();
    const target = setup('fuzz-target');
    await target.store.init();
    await target.store.turnOn('target passphrase');
    target.store.edit({ body: 'existing note' });
    await target.store.save();
    return { valid, sourceNotes, target };
  }
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));

  it(
    'with the right passphrase: damaged files change nothing; intact ones round-trip exactly (200 runs)',
    { timeout: 240_000 },
    async () => {
      const { valid, sourceNotes, target } = await fuzzSetup();
      const { store, journal } = target;
      // Files a person or an attacker might hand us: the real backup intact, or with one part
      // damaged, missing or swapped, or cut short; all tried with the passphrase that opens it.
      const damaged = fc
        .record({
          path: fc.constantFrom(
            'format',
            'version',
            'vault',
            'notes',
            'vault.salt',
            'vault.iterations',
            'vault.wrapped',
            'notes.0.id',
            'notes.0.updatedAt',
            'notes.0.ct',
            'notes.1.iv',
          ),
          value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string()),
        })
        .map(({ path, value }) => {
          const copy = structuredClone(valid);
          const keys = path.split('.');
          let place = copy;
          for (const key of keys.slice(0, -1)) place = place?.[key];
          if (place && typeof place === 'object') place[keys.at(-1)!] = value;
          return JSON.stringify(copy);
        });
      const truncated = fc
        .nat({ max: JSON.stringify(valid).length - 1 })
        .map((end) => JSON.stringify(valid).slice(0, end));
      const file = fc.oneof(
        { weight: 1, arbitrary: fc.constant(JSON.stringify(valid)) },
        { weight: 6, arbitrary: damaged },
        { weight: 2, arbitrary: truncated },
      );

      const here = (await journal.notes()).notes;
      await fc.assert(
        fc.asyncProperty(file, fc.boolean(), async (text, replace) => {
          await journal.applyImport(
            { notes: here, existing: 0, newerHere: 0, repair: [], duplicates: 0 },
            true,
          );
          await store.planImport(text, 'backup passphrase');
          const planned = store.importPlan.value;
          if (planned) await store.applyImport(replace);
          const after = byId((await journal.notes()).notes);
          if (text === JSON.stringify(valid)) {
            // The intact file: exactly its notes land, exactly as they were written.
            expect(planned).not.toBeNull();
            expect(after).toEqual(byId(replace ? sourceNotes : [...here, ...sourceNotes]));
          } else if (!planned) {
            expect(after).toEqual(byId(here));
          } else {
            // A change that still makes a valid backup (an unused field, or an empty list of
            // notes): what landed is what the file held, and only notes that were really in it.
            expect(after).toEqual(byId(replace ? planned.notes : [...here, ...planned.notes]));
            for (const note of planned.notes) expect(sourceNotes).toContainEqual(note);
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it('never throws, and a bad file never changes the notes, with any passphrase (500 runs)', async () => {
    const { valid, target } = await fuzzSetup();
    const { store, journal } = target;
    const before = JSON.stringify((await journal.notes()).notes);
    const file = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.nat({ max: JSON.stringify(valid).length - 1 }).map((end) => JSON.stringify(valid).slice(0, end)),
    );
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom('wrong passphrase', 'backup passphrase'), async (text, pass) => {
        await store.planImport(text, pass);
        if (store.importPlan.value) await store.applyImport(true);
        expect(JSON.stringify((await journal.notes()).notes)).toBe(before);
      }),
      { numRuns: 500 },
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
            format: 2,
          };
          const read = readBackup(writeBackup(vault as never, notes as never));
          expect(read.ok && read.backup.notes).toEqual(notes);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('auto-lock choices', () => {
  it('gives way to an institution’s cap', () => {
    expect(effectiveAutoLock(60, 15)).toBe(15);
    expect(effectiveAutoLock(5, 15)).toBe(5);
    expect(effectiveAutoLock(240, undefined)).toBe(240);
    expect(effectiveAutoLock(30, 20)).toBe(15);
  });
});
