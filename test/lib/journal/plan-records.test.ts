import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, readBackup, writeBackup } from '../../../lib/journal/backup';
import { newDataKey, seal, toBase64, wrapDataKey } from '../../../lib/journal/crypto';
import { InvalidBackupError } from '../../../lib/journal/journal';
import type { Note } from '../../../lib/journal/notes';
import { openPlan, openRecord, sealPlan, sealRecord, VAULT_CONTEXT } from '../../../lib/journal/records';
import { createRepository, PLAN_KEY, type VaultRecord } from '../../../lib/journal/repository';
import { StaleError } from '../../../lib/journal/session/session';
import { emptyPlan, type SafetyPlan } from '../../../lib/safety-plan/safety-plan';
import { journalPages, note } from './journal-pages';

const PASS = 'correct horse battery';
const plan = (reason: string, updatedAt = 1_800_000_000_000): SafetyPlan => ({
  ...emptyPlan(updatedAt),
  reasons: [reason],
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function journal(name = `plan-${Math.random()}`) {
  const pages = journalPages(name);
  const page = pages.page();
  await page.journal.turnOn(PASS);
  return { pages, page };
}

describe('the plan record: its own additional data', () => {
  it('seals and opens with the plan context, and with nothing else', async () => {
    const key = await newDataKey();
    const record = await sealPlan(key, plan('my daughter'));
    await expect(openPlan(key, record)).resolves.toEqual(plan('my daughter'));
    // Not as a note, nor without context, nor under another time (rollback).
    await expect(openRecord(key, { id: 'x', ...record }, { kind: 'note' })).rejects.toThrow();
    await expect(openRecord(key, { id: 'x', ...record }, { kind: 'note' }, false)).rejects.toThrow();
    await expect(openPlan(key, { ...record, updatedAt: record.updatedAt + 1 })).rejects.toThrow();
  });

  it('a note sealed in its place, even holding a valid plan, is refused', async () => {
    const key = await newDataKey();
    const disguised = await sealRecord(key, plan('hidden') as unknown as Note, { kind: 'note' });
    await expect(openPlan(key, disguised)).rejects.toThrow();
    const asNote = await sealRecord(key, note('n', 'a note'), { kind: 'note' });
    await expect(openPlan(key, asNote)).rejects.toThrow();
  });

  it('a plan that decrypts but does not fit the schema is refused', async () => {
    const key = await newDataKey();
    const bad = { ...plan('x'), steps: {} };
    const { iv, ct } = await seal(key, bad, `been-there/safety-plan/1/${bad.updatedAt}`);
    await expect(openPlan(key, { updatedAt: bad.updatedAt, iv, ct })).rejects.toThrow();
  });

  it('on disk: a note swapped into the plan’s place, and the plan into a note’s, no longer open', async () => {
    const { page } = await journal();
    const saved = await page.journal.savePlan(plan('walks with Rex'));
    await page.journal.saveNote(note('a', 'note a'), 's');
    const noteRecord = (await page.repo.notes())[0]!;
    const planRecord = (await page.repo.plan())!;
    expect(await page.journal.plan()).toMatchObject({ plan: saved, unreadable: false });

    // (Under a later time: the repository writes only over an older plan.)
    await page.repo.putPlan({ updatedAt: planRecord.updatedAt + 1, iv: noteRecord.iv, ct: noteRecord.ct });
    expect(await page.journal.plan()).toEqual({ plan: null, unreadable: true });
    await page.repo.putNote({
      id: 'a',
      updatedAt: planRecord.updatedAt,
      iv: planRecord.iv,
      ct: planRecord.ct,
    });
    expect(await page.journal.notes()).toEqual({ notes: [], unreadable: 1 });
  });

  it('is stored sealed: the plan’s words are nowhere in the record', async () => {
    const { page } = await journal();
    await page.journal.savePlan(plan('UNIQUE-REASON-WORDS'));
    const record = (await page.repo.plan())!;
    expect(Object.keys(record).sort()).toEqual(['ct', 'iv', 'updatedAt']);
    const bytes = new TextDecoder().decode(record.ct);
    expect(bytes).not.toContain('UNIQUE-REASON-WORDS');
    expect(JSON.stringify(record)).not.toContain('UNIQUE');
  });

  it('lives in the meta store under its own key, beside the vault', async () => {
    const { page } = await journal(`meta-${Math.random()}`);
    await page.journal.savePlan(plan('x'));
    const contents = (await page.repo.contents())!;
    expect(contents.plan).toEqual(await page.repo.plan());
    expect(PLAN_KEY).toBe('safety-plan');
  });
});

describe('saving the plan and the lock', () => {
  it('a save whose ticket a lock overtook writes nothing', async () => {
    const { page } = await journal();
    const t = page.journal.session.ticket();
    await page.journal.lock();
    await page.journal.unlock(PASS);
    await expect(page.journal.savePlan(plan('late'), t)).rejects.toBeInstanceOf(StaleError);
    expect(await page.repo.plan()).toBeUndefined();
  });

  it('a lock while the save waits for its onTime (the plan sealed again) writes nothing', async () => {
    const { page } = await journal();
    const t = page.journal.session.ticket();
    const save = page.journal.savePlan(plan('late'), t, false, undefined, async () => {
      await page.journal.lock();
      await page.journal.unlock(PASS);
    });
    await expect(save).rejects.toBeInstanceOf(StaleError);
    expect(await page.repo.plan()).toBeUndefined();
  });

  it('locked, the plan cannot be read or saved', async () => {
    const { page } = await journal();
    await page.journal.savePlan(plan('x'));
    await page.journal.lock();
    await expect(page.journal.plan()).rejects.toThrow();
    await expect(page.journal.savePlan(plan('y'))).rejects.toThrow();
  });

  it('the store empties the plan at the lock, and shows it again after unlocking', async () => {
    const { page } = await journal();
    page.watch();
    await page.store.init();
    await page.plan.open();
    page.plan.edit((p) => ({ ...p, reasons: ['coffee with Alex'] }));
    expect(await page.plan.saveNow()).toBe(true);
    expect(page.plan.saveState.value).toBe('saved');
    await page.store.lock();
    expect(page.plan.plan.value).toBeNull();
    expect(page.plan.saveState.value).toBe('idle');
    await page.store.unlock(PASS);
    await page.plan.open();
    expect(page.plan.plan.value?.reasons).toEqual(['coffee with Alex']);
    page.unwatch();
  });

  it('a new data key re-seals the plan: it still opens, and an old key no longer does', async () => {
    const { page } = await journal();
    const saved = await page.journal.savePlan(plan('kept through the change'));
    const before = (await page.repo.plan())!;
    await page.journal.changePassphrase(PASS, 'a new passphrase', true);
    expect((await page.repo.plan())!.iv).not.toEqual(before.iv);
    expect(await page.journal.plan()).toMatchObject({ plan: saved, unreadable: false });
  });

  it('turning the journal off deletes the plan too', async () => {
    const { page } = await journal();
    await page.journal.savePlan(plan('x'));
    await page.journal.deleteEverything();
    expect(await page.repo.plan()).toBeUndefined();
  });
});

describe('backups with the plan (version 3), and older ones', () => {
  const fileOf = async (page: Awaited<ReturnType<typeof journal>>['page']) => {
    const { vault, notes, plan } = await page.journal.vaultForBackup();
    return writeBackup(vault, notes, plan);
  };

  it('writes version 3 with the plan sealed, and imports it into another journal', async () => {
    const { page } = await journal();
    const saved = await page.journal.savePlan(plan('SECRET-REASON'));
    await page.journal.saveNote(note('a', 'note a'), 's');
    const file = await fileOf(page);
    expect(BACKUP_VERSION).toBe(3);
    expect(JSON.parse(file)).toMatchObject({ version: 3, plan: { updatedAt: saved.updatedAt } });
    expect(file).not.toContain('SECRET-REASON');

    const target = journalPages().page();
    await target.journal.turnOn('another passphrase');
    const read = readBackup(file);
    if (!read.ok) throw new Error(read.problem);
    const planned = await target.journal.planImport(read.backup, PASS);
    expect(planned.plan).toEqual(saved);
    await target.journal.applyImport(planned, false);
    expect((await target.journal.plan()).plan).toEqual(saved);
    expect((await target.journal.notes()).notes.map((n) => n.body)).toEqual(['note a']);
  });

  it('merging keeps the newer plan; replacing takes the file’s', async () => {
    const { page } = await journal();
    await page.journal.savePlan(plan('older, in the file', 1_000));
    const file = readBackup(await fileOf(page));
    if (!file.ok) throw new Error(file.problem);
    const newer = await page.journal.savePlan(plan('newer, here', 5_000));
    const planned = await page.journal.planImport(file.backup, PASS);
    await page.journal.applyImport(planned, false);
    expect((await page.journal.plan()).plan).toEqual(newer);
    await page.journal.applyImport(planned, true);
    expect((await page.journal.plan()).plan?.reasons).toEqual(['older, in the file']);
  });

  it('replacing, a plan saved here after the file’s was stamped is replaced all the same, by a later stamp', async () => {
    const { page } = await journal();
    await page.journal.savePlan(plan('older, in the file', 1_000));
    const file = readBackup(await fileOf(page));
    if (!file.ok) throw new Error(file.problem);
    const planned = await page.journal.planImport(file.backup, PASS);
    // Another page saves its plan between the stamp and the write (a time ahead of this clock).
    const importNotes = page.repo.importNotes;
    let meanwhile: SafetyPlan | undefined;
    page.repo.importNotes = async (...args) => {
      meanwhile ??= await page.journal.savePlan(plan('saved meanwhile', Date.now() + 60_000));
      return importNotes(...args);
    };
    await page.journal.applyImport(planned, true);
    const onDisk = (await page.journal.plan()).plan!;
    expect(onDisk.reasons).toEqual(['older, in the file']);
    // Later than the plan it replaced: every page sees a plan it has not read.
    expect(onDisk.updatedAt).toBeGreaterThan(meanwhile!.updatedAt);
  });

  it('a file without a plan leaves this journal’s plan alone', async () => {
    const { page } = await journal();
    const file = readBackup(await fileOf(page));
    if (!file.ok) throw new Error(file.problem);
    expect(file.backup.plan).toBeUndefined();
    const mine = await page.journal.savePlan(plan('mine'));
    await page.journal.applyImport(await page.journal.planImport(file.backup, PASS), true);
    expect((await page.journal.plan()).plan).toEqual(mine);
  });

  it('a file whose plan does not open with its key is refused whole', async () => {
    const { page } = await journal();
    await page.journal.saveNote(note('a', 'note a'), 's');
    const other = await sealPlan(await newDataKey(), plan('someone else’s'));
    const { vault, notes } = await page.journal.vaultForBackup();
    const read = readBackup(writeBackup(vault, notes, other));
    if (!read.ok) throw new Error(read.problem);
    await expect(page.journal.planImport(read.backup, PASS)).rejects.toBeInstanceOf(InvalidBackupError);
  });

  /** A file as an earlier version wrote it, with records sealed as that version sealed them. */
  async function olderFile(version: 1 | 2) {
    const key = await newDataKey();
    const vault: VaultRecord = {
      ...(await wrapDataKey(key, 'old passphrase', version === 2 ? VAULT_CONTEXT : undefined)),
      createdAt: 1,
      format: 2,
    };
    const n = note('old', `from a version ${version} backup`, 500);
    const record =
      version === 2
        ? await sealRecord(key, n, { kind: 'note' })
        : { id: n.id, updatedAt: n.updatedAt, ...(await seal(key, n)) };
    const file = JSON.parse(writeBackup(vault, [record])) as Record<string, unknown>;
    return JSON.stringify({ ...file, version });
  }

  it.each([1, 2] as const)(
    'a version %i backup still imports, and leaves the plan alone',
    async (version) => {
      const { page } = await journal();
      const mine = await page.journal.savePlan(plan('mine'));
      const read = readBackup(await olderFile(version));
      if (!read.ok) throw new Error(read.problem);
      expect(read.backup.bound).toBe(version === 2);
      const planned = await page.journal.planImport(read.backup, 'old passphrase');
      expect(planned.plan).toBeUndefined();
      await page.journal.applyImport(planned, false);
      expect((await page.journal.notes()).notes.map((n) => n.body)).toEqual([
        `from a version ${version} backup`,
      ]);
      expect((await page.journal.plan()).plan).toEqual(mine);
    },
  );

  it('refuses a plan in a file that says it is an older version', async () => {
    const file = JSON.parse(await olderFile(2)) as Record<string, unknown>;
    const planRecord = await sealPlan(await newDataKey(), plan('x'));
    const withPlan = {
      ...file,
      plan: { updatedAt: planRecord.updatedAt, iv: toBase64(planRecord.iv), ct: toBase64(planRecord.ct) },
    };
    expect(readBackup(JSON.stringify(withPlan))).toEqual({ ok: false, problem: 'notBackup' });
    expect(readBackup(JSON.stringify({ ...withPlan, version: 3 })).ok).toBe(true);
    expect(readBackup(JSON.stringify({ ...withPlan, version: 4 }))).toEqual({
      ok: false,
      problem: 'notBackup',
    });
  });
});

describe('the repository', () => {
  it('writes a plan only over an older one', async () => {
    const repo = createRepository(`repo-${Math.random()}`);
    const key = await newDataKey();
    await repo.createVault({ ...(await wrapDataKey(key, PASS, VAULT_CONTEXT)), createdAt: 1, format: 2 });
    await repo.putPlan(await sealPlan(key, plan('newer', 2_000)));
    await expect(repo.putPlan(await sealPlan(key, plan('older', 1_000)))).rejects.toThrow('journal changed');
    await expect(repo.putPlan(await sealPlan(key, plan('same time', 2_000)))).rejects.toThrow();
    expect(await openPlan(key, (await repo.plan())!)).toMatchObject({ reasons: ['newer'] });
  });

  it('two pages saving at once both land, in order: the last save is the plan', async () => {
    const { pages, page } = await journal();
    const other = pages.page();
    const first = await page.journal.savePlan(plan('from the popup', 9e12));
    // The side panel's copy is older than what is on disk now: its save still lands, later.
    const second = await other.journal.savePlan(plan('from the side panel', 1_000));
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect((await page.journal.plan()).plan).toEqual(second);
  });

  it('as a page closes, writes a plan where putPlan would, and nowhere else', async () => {
    const key = await newDataKey();
    const vault = {
      ...(await wrapDataKey(key, PASS, VAULT_CONTEXT)),
      createdAt: 1,
      format: 2 as const,
      keyId: 'k1',
    };
    /**
     * Each write, on a disk holding a plan from `on` (or none): refused, or written and kept.
     * `own`: the write names the plan on disk as its page's own (by its IV), or another plan.
     */
    const both = async (
      on: number | undefined,
      at: number,
      keyId: string,
      over?: number,
      own?: 'the one on disk' | 'another',
    ) => {
      const results: string[] = [];
      for (const write of ['putPlan', 'putPlanAtOnce'] as const) {
        const repo = createRepository(`repo-${Math.random()}`);
        await repo.createVault(vault);
        const onDisk = on === undefined ? undefined : await sealPlan(key, plan('on disk', on));
        if (onDisk) await repo.putPlan(onDisk, 'k1');
        const another = await sealPlan(key, plan('on disk', on ?? 0));
        const ownIvs = own && [(own === 'another' ? another : onDisk!).iv];
        const record = await sealPlan(key, plan('this one', at));
        const written =
          write === 'putPlan'
            ? repo.putPlan(record, keyId, over, ownIvs)
            : repo.putPlanAtOnce(record, keyId, over, ownIvs);
        const outcome = written
          ? await written.then(
              () => 'written',
              () => 'refused',
            )
          : 'not sent';
        const stored = await repo.plan();
        const kept = stored && (await openPlan(key, stored)).reasons[0] === 'this one';
        results.push(kept ? `${outcome}, kept` : outcome);
        await repo.close();
      }
      return results;
    };
    expect(await both(undefined, 1_000, 'k1')).toEqual(['written, kept', 'written, kept']);
    expect(await both(1_000, 2_000, 'k1', 1_000)).toEqual(['written, kept', 'written, kept']);
    // Older, as old, another key, or a plan saved since the one the edits started from.
    expect(await both(2_000, 1_000, 'k1')).toEqual(['refused', 'refused']);
    expect(await both(2_000, 2_000, 'k1')).toEqual(['refused', 'refused']);
    expect(await both(undefined, 1_000, 'k2')).toEqual(['refused', 'refused']);
    expect(await both(2_000, 3_000, 'k1', 1_000)).toEqual(['refused', 'refused']);
    // Saved since by the same page (`own`, a save still being written as it closed): written.
    // Any other plan saved since is still refused, even one of the same time; so is an own plan
    // as new.
    expect(await both(2_000, 3_000, 'k1', 1_000, 'the one on disk')).toEqual([
      'written, kept',
      'written, kept',
    ]);
    expect(await both(2_000, 3_000, 'k1', 1_000, 'another')).toEqual(['refused', 'refused']);
    expect(await both(3_000, 3_000, 'k1', 1_000, 'the one on disk')).toEqual(['refused', 'refused']);
  });

  it('does not write a plan sealed with a key the vault no longer holds', async () => {
    const repo = createRepository(`repo-${Math.random()}`);
    const key = await newDataKey();
    await repo.createVault({
      ...(await wrapDataKey(key, PASS, VAULT_CONTEXT)),
      createdAt: 1,
      format: 2,
      keyId: 'k1',
    });
    await expect(repo.putPlan(await sealPlan(key, plan('x')), 'k2')).rejects.toThrow('journal changed');
    expect(await repo.plan()).toBeUndefined();
    await repo.putPlan(await sealPlan(key, plan('x')), 'k1');
    expect(await repo.plan()).toBeDefined();
  });
});
