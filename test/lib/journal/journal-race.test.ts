import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journalPages, type Gate } from './journal-pages';
import { fromBase64, importDataKey, keyIdOf } from '../../../lib/journal/crypto';
import { openIndex } from '../../../lib/journal/search-index';

/**
 * Issue 17: locked means locked, whatever order the storage and database calls finish in. fast-check's
 * scheduler decides, at every storage.session, settings and IndexedDB call, which waiting call goes
 * on next; each run is one interleaving of a random sequence of steps over two or three pages.
 *
 * Replay: RACE_SEED=<seed> RACE_PATH=<path> (both printed on failure). More runs: RACE_RUNS=500.
 * Leave actions out: RACE_WITHOUT=idle,alarm,import. Each run prints nothing; the summary prints once.
 */
const env = process.env;
const seed = env.RACE_SEED ? Number(env.RACE_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
const runs = Number(env.RACE_RUNS ?? 40);
const without = new Set((env.RACE_WITHOUT ?? '').split(',').filter(Boolean));

const PASS = 'correct horse battery';
const WRONG = 'not the passphrase at all';
const NEXT = ['second passphrase here', 'third passphrase here'];

const ACTIONS = [
  'turnOn',
  'unlock',
  'unlockWrong',
  'save',
  'draft',
  'closingDraft',
  'plan',
  'closingPlan',
  'lock',
  'alarm',
  'idle',
  'import',
  'export',
  'rewrap',
  'newKey',
  'deleteEverything',
] as const;
type Action = (typeof ACTIONS)[number];
const allowed = ACTIONS.filter((a) => !without.has(a));
/** Actions that may leave the journal unlocked. */
const UNLOCKS = new Set<Action>(['turnOn', 'unlock']);

const step = fc.array(fc.record({ action: fc.constantFrom(...allowed), page: fc.nat(2) }), {
  minLength: 1,
  maxLength: 3,
});

let decisions = 0;
let totalRuns = 0;
const started = Date.now();

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Lets the scheduler release waiting calls, one at a time, until nothing moves for a while. */
async function settle(s: fc.Scheduler, done: () => boolean) {
  let quiet = 0;
  for (let i = 0; i < 20_000; i++) {
    if (s.count() > 0) {
      quiet = 0;
      decisions++;
      await s.waitOne();
      continue;
    }
    if (done() && ++quiet > 8) return;
    await tick();
  }
  throw new Error('the pages never settled');
}

afterAll(() => {
  // The figures the issue asks for: the seed to replay, and how many interleavings were run.
  console.log(
    `journal race: seed ${seed}, ${totalRuns} runs (one interleaving each), ` +
      `${decisions} scheduling decisions (${Math.round(decisions / Math.max(totalRuns, 1))} a run), ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s` +
      (without.size ? `, without ${[...without].join(',')}` : ''),
  );
});

it('locked means locked, and nothing saved is lost, in every interleaving tried', async () => {
  // Key derivation at one round instead of 600,000: the same code paths, thousands of times faster.
  const deriveBits = crypto.subtle.deriveBits.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'deriveBits').mockImplementation((algorithm, key, length) =>
    deriveBits({ ...(algorithm as Pbkdf2Params), iterations: 1 }, key, length),
  );

  await fc.assert(
    fc.asyncProperty(
      fc.scheduler(),
      fc.array(step, { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 2, max: 3 }),
      async (s, steps, pageCount) => {
        totalRuns++;
        globalThis.indexedDB = new IDBFactory();
        fakeBrowser.reset();
        let open = true;
        const gate: Gate = (label) =>
          open ? s.schedule(Promise.resolve(label), label).then(() => undefined) : Promise.resolve();
        const world = journalPages(`race-${totalRuns}`, gate);
        const pages = Array.from({ length: pageCount }, () => world.page());
        /** Notes whose save finished, by id: each must still be there at the end. */
        const saved = new Map<string, string>();
        /** Safety plans whose save finished: the one on disk at the end must be the newest of them. */
        const savedPlans: { reason: string; updatedAt: number }[] = [];
        for (const p of pages) {
          const savePlan = p.journal.savePlan;
          p.journal.savePlan = async (...args) => {
            const done = await savePlan(...args);
            savedPlans.push({ reason: done.reasons[0] ?? '', updatedAt: done.updatedAt });
            return done;
          };
          const saveNote = p.journal.saveNote;
          p.journal.saveNote = async (note, slot) => {
            const done = await saveNote(note, slot);
            saved.set(done.id, done.body);
            return done;
          };
          p.watch();
        }
        let passphrases = new Set([PASS]);
        let written = 0;

        const sessionKey = async () => (await fakeBrowser.storage.session.get('journalKey')).journalKey;

        const run = async (action: Action, i: number): Promise<void> => {
          const p = pages[i % pages.length]!;
          const store = p.store;
          const pass = [...passphrases].at(-1)!;
          switch (action) {
            case 'turnOn':
              return store.turnOn(PASS);
            case 'unlock':
              return store.unlock(pass);
            case 'unlockWrong':
              return store.unlock(WRONG);
            case 'save':
              store.edit({ body: `note ${++written}` });
              return store.save();
            case 'draft':
              store.edit({ body: `draft ${++written}` });
              return void (await store.saveDraftNow());
            // The save made as a page is hidden or closed, with the encrypt-only key it may keep.
            case 'closingDraft':
              store.edit({ body: `draft ${++written}` });
              return void (await store.saveDraftNow(true));
            // The plan: opened (read, decrypted) if not yet, changed, saved at once or as the page closes.
            case 'plan':
            case 'closingPlan': {
              if (!p.plan.plan.value) await p.plan.open();
              p.plan.edit((plan) => ({ ...plan, reasons: [`reason ${++written}`] }));
              return void (await p.plan.saveNow(action === 'closingPlan'));
            }
            case 'lock':
              return store.lock();
            case 'alarm':
              return world.background.handle('alarm');
            case 'idle':
              return world.background.handle('idle');
            case 'import': {
              const text = await store.exportEncrypted();
              if (!text) return;
              await store.planImport(text, pass);
              return store.applyImport(false);
            }
            case 'export':
              return void (await store.exportPlain(pass));
            case 'rewrap':
            case 'newKey': {
              const next = NEXT[written++ % 2]!;
              if ((await store.changePassphrase(pass, next, action === 'newKey')) === 'changed')
                passphrases.add(next);
              return;
            }
            case 'deleteEverything':
              return store.deleteEverything();
          }
        };

        // Most runs are about an unlocked journal: the first step turns it on.
        for (const batch of [[{ action: 'turnOn' as Action, page: 0 }], ...steps]) {
          const keyBefore = await sessionKey();
          let settled = 0;
          const running = batch.map(({ action, page }) =>
            run(action, page)
              .catch(() => undefined)
              .finally(() => settled++),
          );
          await settle(s, () => settled === running.length);
          await Promise.all(running);
          const names = batch.map((b) => b.action);
          if (names.includes('deleteEverything')) {
            saved.clear();
            savedPlans.length = 0;
            passphrases = new Set([PASS]);
          }

          // Invariants, read with the scheduler out of the way.
          open = false;
          const key = await sessionKey();
          // The alarm is not counted: it locks only if it finds a key past its deadline, and an
          // unlock in flight may come first (a legitimate order: the user is there).
          const lastLock = Math.max(names.lastIndexOf('lock'), names.lastIndexOf('idle'));
          const unlockAfter = names.some((a, i) => UNLOCKS.has(a) && i > lastLock);
          const lockBlocked = pages.some((p) => p.store.lockBlocked.value);
          const where = `after [${names.join(', ')}]`;
          if (lastLock >= 0 && !unlockAfter && !lockBlocked)
            expect(
              key,
              `${where}: a lock won over nothing started later, yet a key is in the session`,
            ).toBeUndefined();
          if (!keyBefore && !names.some((a) => UNLOCKS.has(a)))
            expect(key, `${where}: unlocked without the right passphrase`).toBeUndefined();
          if (!key)
            for (const p of pages) {
              const page = `${where}: page ${p.id}`;
              expect(p.store.view.value, `${page} shows the journal unlocked`).not.toBe('unlocked');
              expect(p.store.notes.value, `${page} shows decrypted notes`).toEqual([]);
              expect(p.store.draft.value, `${page} shows a decrypted draft`).toBeNull();
              // "Saved" speaks of the session that ended: a save finishing after the lock must not say it.
              expect(p.store.saveState.value, `${page} reports a save after the lock`).toBe('idle');
              expect(p.plan.plan.value, `${page} shows a decrypted safety plan`).toBeNull();
              expect(p.plan.saveState.value, `${page} reports a plan save after the lock`).toBe('idle');
              await expect(p.journal.plan(), `${page} can still decrypt the plan`).rejects.toThrow();
              await expect(p.journal.notes(), `${page} can still decrypt`).rejects.toThrow();
            }
          // A key in the session is the journal's: one that no longer opens it (an unlock with the
          // old passphrase while a change to a new key was being written) would show every note as
          // unreadable and refuse every save.
          const vault = key ? await pages[0]!.repo.vault() : undefined;
          if (vault?.keyId)
            expect(
              await keyIdOf(fromBase64(key as string)),
              `${where}: the key in the session does not open the journal`,
            ).toBe(vault.keyId);
          // The sealed search index, when it says it describes the notes on disk, does: whatever
          // page wrote it, and whatever lock raced the listing that built it.
          if (key) {
            const { index, version } = await pages[0]!.repo.searchIndex();
            if (index && index.version === version) {
              const k = await importDataKey(fromBase64(key as string));
              const fromIndex = (await openIndex(k, index)).notes.map((n) => `${n.id}:${n.updatedAt}`);
              const onDisk = (await pages[0]!.repo.notes()).map((r) => `${r.id}:${r.updatedAt}`);
              expect(fromIndex, `${where}: the search index differs from the notes`).toEqual(onDisk);
            }
          }
          open = true;
        }

        // Nothing saved was lost: a new page unlocks with the passphrase now in force and finds it all.
        open = false;
        for (const p of pages) p.unwatch();
        await new Promise((resolve) => setTimeout(resolve, 5));
        const last = journalPages(`race-${totalRuns}`).page();
        if (!(await last.repo.vault())) {
          expect(saved.size, 'the journal is off, with notes saved since it was turned on').toBe(0);
          return;
        }
        await last.store.init();
        for (const pass of passphrases) {
          if (last.store.view.value === 'unlocked') break;
          await last.store.unlock(pass);
        }
        expect(last.store.view.value, 'no passphrase in force opens the journal').toBe('unlocked');
        const found = await last.journal.notes();
        expect(found.unreadable, 'notes no longer decrypt').toBe(0);
        const bodies = new Map(found.notes.map((note) => [note.id, note.body]));
        for (const [id, body] of saved) expect(bodies.get(id), `saved note "${body}" is lost`).toBe(body);
        const plan = await last.journal.plan();
        expect(plan.unreadable, 'the safety plan no longer decrypts').toBe(false);
        if (savedPlans.length > 0) {
          const newest = Math.max(...savedPlans.map((p) => p.updatedAt));
          expect(plan.plan, 'a saved safety plan is lost').not.toBeNull();
          expect(plan.plan!.updatedAt, 'an older safety plan replaced a newer one').toBe(newest);
          expect(
            savedPlans.filter((p) => p.updatedAt === newest).map((p) => p.reason),
            'the safety plan on disk is not one that was saved',
          ).toContain(plan.plan!.reasons[0]);
        }
      },
    ),
    {
      seed,
      numRuns: runs,
      path: env.RACE_PATH,
      endOnFailure: true,
      // A failure is shrunk briefly: the printed seed and path replay it either way.
      interruptAfterTimeLimit: 25_000,
    },
  );
});
