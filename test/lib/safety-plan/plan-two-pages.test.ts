import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_MS } from '../../../lib/journal/autosave';
import { writeBackup } from '../../../lib/journal/backup';
import { handOffToBackground, SENT_WAIT_MS } from '../../../lib/journal/closing-writes';
import { journalPages, type ClosingWay } from '../journal/journal-pages';

// Issue 20, two pages: the popup and the side panel show the plan at once, with the real store,
// repository (fake-indexeddb) and BroadcastChannel between them.
const PASS = 'correct horse battery';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

async function twoPages({ watching = true, closing = 'in-page' as ClosingWay } = {}) {
  const world = journalPages(`two-pages-${Math.random()}`, undefined, closing);
  const popup = world.page();
  const panel = world.page();
  await popup.journal.turnOn(PASS);
  await popup.plan.open();
  await panel.plan.open();
  if (watching) {
    popup.watch();
    panel.watch();
  }
  return {
    popup,
    panel,
    inbox: world.inbox,
    onDisk: async () => (await panel.journal.plan()).plan?.reasons,
  };
}

type Page = Awaited<ReturnType<typeof twoPages>>['popup'];
const say = (page: Page, reason: string) => page.plan.edit((plan) => ({ ...plan, reasons: [reason] }));

/**
 * Holds this page's next usual save just before it is written (its time taken, nothing sent), as
 * a slow disk would, until `land` lets it go on; `landUnheard` writes it but holds its answer to
 * the page until `tell`.
 */
function holdOwnSave(page: Page) {
  const putPlan = page.repo.putPlan;
  let write!: () => void;
  let tell!: () => void;
  const held = new Promise<void>((resolve) => (write = resolve));
  const told = new Promise<void>((resolve) => (tell = resolve));
  const reached = vi.fn();
  const landed = vi.fn();
  page.repo.putPlan = async (...args) => {
    reached();
    await held;
    await putPlan(...args);
    landed();
    await told;
  };
  const land = () => (write(), tell());
  return { reached, landed, land, landUnheard: write, tell, restore: () => (page.repo.putPlan = putPlan) };
}

/**
 * Holds this page's next usual saves before they take their time and IV (a busy page, a slow read)
 * until `goOn`; `attempted` is called as each attempt ends (written, or left to a closing write).
 * After `stopHolding`, saves go straight on.
 */
function holdSaveBeforeItsTime(page: Page) {
  const savePlan = page.journal.savePlan;
  let goOn!: () => void;
  const held = new Promise<void>((resolve) => (goOn = resolve));
  const reached = vi.fn();
  const attempted = vi.fn();
  page.journal.savePlan = async (...args) => {
    reached();
    await held;
    try {
      return await savePlan(...args);
    } finally {
      attempted();
    }
  };
  return { reached, attempted, goOn, stopHolding: () => (page.journal.savePlan = savePlan) };
}

describe('the plan open in two pages', () => {
  it('a page with nothing unsaved shows the other page’s save', async () => {
    const { popup, panel } = await twoPages();
    const revision = panel.plan.revision.value;
    say(popup, 'from the popup');
    expect(await popup.plan.saveNow()).toBe(true);
    await vi.waitFor(() => expect(panel.plan.plan.value?.reasons).toEqual(['from the popup']));
    // The editors show the new words afresh, and there is nothing to choose.
    expect(panel.plan.revision.value).toBeGreaterThan(revision);
    expect(panel.plan.conflict.value).toBeNull();
  });

  it('with words unsaved here, another page’s save is shown beside them, and neither is lost', async () => {
    const { popup, panel, onDisk } = await twoPages();
    say(panel, 'typed in the side panel');
    say(popup, 'saved in the popup');
    expect(await popup.plan.saveNow()).toBe(true);
    await vi.waitFor(() => expect(panel.plan.conflict.value?.reasons).toEqual(['saved in the popup']));
    // Still this page's words on screen, and saving them does not write over the popup's.
    expect(panel.plan.plan.value?.reasons).toEqual(['typed in the side panel']);
    expect(await panel.plan.saveNow()).toBe(false);
    expect(await panel.plan.saveNow(true)).toBe(false);
    expect(await onDisk()).toEqual(['saved in the popup']);

    // "Keep mine": saved over the popup's, which then follows it.
    expect(await panel.plan.keepMine()).toBe(true);
    expect(panel.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['typed in the side panel']);
    await vi.waitFor(() => expect(popup.plan.plan.value?.reasons).toEqual(['typed in the side panel']));
  });

  it('words typed while another page’s save is being read are kept, the other plan beside them', async () => {
    const { popup, panel } = await twoPages();
    // The side panel reads slowly: its words come while it follows the popup's save.
    const read = panel.journal.plan.bind(panel.journal);
    let reading = false;
    panel.journal.plan = async (...args) => {
      reading = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return read(...args);
    };
    say(popup, 'saved in the popup');
    expect(await popup.plan.saveNow()).toBe(true);
    await vi.waitFor(() => expect(reading).toBe(true));
    // This page's saves are counted: its autosave, refused, would meet the other plan by itself.
    let saves = 0;
    const save = panel.journal.savePlan.bind(panel.journal);
    panel.journal.savePlan = (...args) => (saves++, save(...args));
    say(panel, 'typed in the side panel');
    await vi.waitFor(() => expect(panel.plan.conflict.value?.reasons).toEqual(['saved in the popup']));
    // Shown by that read: no save of this page was tried (the autosave stops while the person chooses).
    expect(saves).toBe(0);
    expect(panel.plan.plan.value?.reasons).toEqual(['typed in the side panel']);
  });

  it('"take the other one" shows the other plan and lets this page’s words go', async () => {
    const { popup, panel, onDisk } = await twoPages();
    say(panel, 'typed in the side panel');
    say(popup, 'saved in the popup');
    await popup.plan.saveNow();
    await vi.waitFor(() => expect(panel.plan.conflict.value).not.toBeNull());
    const revision = panel.plan.revision.value;
    panel.plan.takeOther();
    expect(panel.plan.plan.value?.reasons).toEqual(['saved in the popup']);
    expect(panel.plan.revision.value).toBeGreaterThan(revision);
    expect(panel.plan.conflict.value).toBeNull();
    // Nothing left to save; a new edit saves over the plan it now shows.
    expect(await panel.plan.saveNow()).toBe(true);
    expect(await onDisk()).toEqual(['saved in the popup']);
    say(panel, 'then changed here');
    expect(await panel.plan.saveNow()).toBe(true);
    expect(await onDisk()).toEqual(['then changed here']);
  });

  it('a save over a plan saved elsewhere is refused even when the message never came', async () => {
    const { popup, panel, onDisk } = await twoPages({ watching: false });
    say(popup, 'saved in the popup');
    await popup.plan.saveNow();
    say(panel, 'typed in the side panel');
    expect(await panel.plan.saveNow()).toBe(false);
    expect(panel.plan.saveState.value).toBe('idle');
    expect(panel.plan.conflict.value?.reasons).toEqual(['saved in the popup']);
    expect(await onDisk()).toEqual(['saved in the popup']);
  });

  it('a page’s own saves, one after another, never count as another page’s', async () => {
    const { popup, onDisk } = await twoPages();
    for (const reason of ['one', 'two', 'three']) {
      say(popup, reason);
      expect(await popup.plan.saveNow()).toBe(true);
    }
    say(popup, 'four');
    const [a, b] = await Promise.all([popup.plan.saveNow(), popup.plan.saveNow()]);
    expect([a, b]).toEqual([true, true]);
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['four']);
  });
});

describe('a backup that replaces the plan', () => {
  /**
   * Two pages; the popup backs up its plan ('in the file'), then saves a newer one, which the side
   * panel shows: the file's plan is older than the one both pages read.
   */
  async function olderPlanInFile() {
    const pages = await twoPages();
    say(pages.popup, 'in the file');
    expect(await pages.popup.plan.saveNow()).toBe(true);
    const { vault, notes, plan } = await pages.popup.journal.vaultForBackup();
    const file = writeBackup(vault, notes, plan);
    say(pages.popup, 'newer, here');
    expect(await pages.popup.plan.saveNow()).toBe(true);
    await vi.waitFor(() => expect(pages.panel.plan.plan.value?.reasons).toEqual(['newer, here']));
    /** The popup's journal replaces everything with the file, as "Replace" does. */
    const replaceFromFile = async () => {
      await pages.popup.store.init();
      await pages.popup.store.planImport(file, PASS);
      await pages.popup.store.applyImport(true);
    };
    return { ...pages, replaceFromFile };
  }

  it('with an older plan: both pages show the file’s plan, and a later save starts from it', async () => {
    const { popup, panel, onDisk, replaceFromFile } = await olderPlanInFile();
    await replaceFromFile();
    expect(await onDisk()).toEqual(['in the file']);
    await vi.waitFor(() => expect(panel.plan.plan.value?.reasons).toEqual(['in the file']));
    await vi.waitFor(() => expect(popup.plan.plan.value?.reasons).toEqual(['in the file']));
    expect(panel.plan.conflict.value).toBeNull();

    say(panel, 'after the import');
    expect(await panel.plan.saveNow()).toBe(true);
    expect(await onDisk()).toEqual(['after the import']);
  });

  it('with words unsaved in the other page: the file’s plan is shown beside them, not saved over', async () => {
    const { panel, onDisk, replaceFromFile } = await olderPlanInFile();
    say(panel, 'typed in the side panel');
    await replaceFromFile();
    await vi.waitFor(() => expect(panel.plan.conflict.value?.reasons).toEqual(['in the file']));
    expect(panel.plan.plan.value?.reasons).toEqual(['typed in the side panel']);
    expect(await panel.plan.saveNow()).toBe(false);
    expect(await onDisk()).toEqual(['in the file']);
  });
});

// A popup closed right after an edit may be gone before any await resumes (safety-plan.e2e.ts,
// "closed right after an edit", shows it in Chromium): the plan sealed as it changed goes out at once.
describe('the plan saved as its page closes', () => {
  const sealedSoon = () => new Promise((resolve) => setTimeout(resolve, 100));

  /** Closes `page` and says whether its plan went out before any await and landed, the only write. */
  async function closeAndWatch(page: Page) {
    const savePlan = vi.spyOn(page.journal, 'savePlan');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    try {
      const closing = page.plan.saveNow(true);
      // The page may be gone before any await resumes: the write has gone out already.
      const before = put.mock.calls.length;
      const saved = await closing;
      return {
        saved,
        putsBeforeAwait: before,
        puts: put.mock.calls.length,
        usualSaves: savePlan.mock.calls.length,
      };
    } finally {
      put.mockRestore();
      savePlan.mockRestore();
    }
  }

  it('writes the plan sealed as it was edited before any await, and only that', async () => {
    const { popup, onDisk } = await twoPages();
    say(popup, 'closed at once');
    await sealedSoon();
    expect(await closeAndWatch(popup)).toEqual({ saved: true, putsBeforeAwait: 1, puts: 1, usualSaves: 0 });
    expect(await onDisk()).toEqual(['closed at once']);
    expect(popup.plan.saveState.value).toBe('saved');
  });

  it('an edit made while this page’s own save was on its way is still written at once', async () => {
    const { popup, onDisk } = await twoPages();
    // This page's save is slow to begin: the next edit is sealed before that save takes its time.
    const savePlan = popup.journal.savePlan.bind(popup.journal);
    popup.journal.savePlan = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return savePlan(...args);
    };
    say(popup, 'first');
    const autosave = popup.plan.saveNow();
    say(popup, 'then the last words');
    expect(await autosave).toBe(true);
    await sealedSoon();
    popup.journal.savePlan = savePlan;
    expect(await closeAndWatch(popup)).toEqual({ saved: true, putsBeforeAwait: 1, puts: 1, usualSaves: 0 });
    expect(await onDisk()).toEqual(['then the last words']);
  });

  it('never writes over a plan another page saved since, even when the message never came', async () => {
    const { popup, panel, onDisk } = await twoPages({ watching: false });
    say(panel, 'saved in the side panel');
    expect(await panel.plan.saveNow()).toBe(true);
    say(popup, 'typed in the popup');
    await sealedSoon();
    expect(await popup.plan.saveNow(true)).toBe(false);
    expect(popup.plan.conflict.value?.reasons).toEqual(['saved in the side panel']);
    expect(await onDisk()).toEqual(['saved in the side panel']);
  });

  it('hidden, then closed: the second save does not take the first for another page’s', async () => {
    const { popup, onDisk } = await twoPages();
    say(popup, 'hidden, then closed');
    await sealedSoon();
    expect(await Promise.all([popup.plan.saveNow(true), popup.plan.saveNow(true)])).toEqual([true, true]);
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['hidden, then closed']);
  });
  it('on a stopped clock too: the plan sealed after this page’s own save is later than it', async () => {
    const { popup, onDisk } = await twoPages();
    vi.spyOn(Date, 'now').mockReturnValue(1_900_000_000_000);
    try {
      say(popup, 'first');
      const autosave = popup.plan.saveNow();
      say(popup, 'then the last words');
      expect(await autosave).toBe(true);
      await sealedSoon();
      expect(await closeAndWatch(popup)).toEqual({ saved: true, putsBeforeAwait: 1, puts: 1, usualSaves: 0 });
    } finally {
      vi.mocked(Date.now).mockRestore();
    }
    expect(await onDisk()).toEqual(['then the last words']);
  });

  it('closed just as its own save took its time: that save waits until the plan is sealed later than it', async () => {
    const { popup, onDisk } = await twoPages();
    // A stopped clock: sealed before that save took its time, the last words would be no newer.
    vi.spyOn(Date, 'now').mockReturnValue(1_900_000_000_000);
    const savePlan = popup.journal.savePlan.bind(popup.journal);
    const sealPlanAhead = popup.journal.sealPlanAhead.bind(popup.journal);
    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    let reseal!: () => void;
    const resealed = new Promise<void>((resolve) => (reseal = resolve));
    let tookTime = false;
    popup.journal.savePlan = async (plan, t, closing, over, onTime) => {
      await started;
      return savePlan(plan, t, closing, over, (record) => ((tookTime = true), onTime?.(record)));
    };
    // Sealing again once that save has its time is slow.
    popup.journal.sealPlanAhead = async (...args) => {
      if (tookTime) await resealed;
      return sealPlanAhead(...args);
    };
    try {
      say(popup, 'first');
      const autosave = popup.plan.saveNow(false, true);
      say(popup, 'then the last words');
      await sealedSoon();
      start();
      await vi.waitFor(() => expect(tookTime).toBe(true));
      await sealedSoon();
      expect(await closeAndWatch(popup)).toEqual({ saved: true, putsBeforeAwait: 1, puts: 1, usualSaves: 0 });
      reseal();
      expect(await autosave).toBe(true);
    } finally {
      vi.mocked(Date.now).mockRestore();
    }
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['then the last words']);
  });

  it('an edit made while this page’s own save is being written is written at once, the two in order', async () => {
    const { popup, onDisk } = await twoPages();
    const own = holdOwnSave(popup);
    say(popup, 'first');
    const autosave = popup.plan.saveNow(false, true);
    await vi.waitFor(() => expect(own.reached).toHaveBeenCalled());
    say(popup, 'then the last words');
    await sealedSoon();
    expect(await closeAndWatch(popup)).toEqual({ saved: true, putsBeforeAwait: 1, puts: 1, usualSaves: 0 });
    // The page lived on: its older save, let go now, is refused and does not count as another page's.
    own.land();
    expect(await autosave).toBe(true);
    own.restore();
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['then the last words']);
  });

  it('closing while this page’s autosave is on its way: both land, no conflict', async () => {
    const { popup, onDisk } = await twoPages();
    say(popup, 'saved twice at once');
    await sealedSoon();
    expect(await Promise.all([popup.plan.saveNow(), popup.plan.saveNow(true)])).toEqual([true, true]);
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['saved twice at once']);
  });
});

describe('the plan typed at a stretch', () => {
  it('is saved along the way, quietly, not only at the first pause (a write as the page closes may never land)', async () => {
    const { popup } = await twoPages();
    const saved: string[] = [];
    const save = popup.journal.savePlan.bind(popup.journal);
    popup.journal.savePlan = (plan, ...rest) => (saved.push(plan.reasons[0] ?? ''), save(plan, ...rest));
    const shown: string[] = [];
    const stop = popup.plan.saveState.subscribe((state) => shown.push(state));
    let words = '';
    const start = Date.now();
    while (Date.now() - start < AUTOSAVE_MAX_WAIT_MS + AUTOSAVE_MS) {
      words += 'a';
      say(popup, words);
      // Never a pause long enough for the autosave.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(saved.length).toBeGreaterThan(0);
    expect(saved[0]!.length).toBeGreaterThan(0);
    expect(saved[0]!.length).toBeLessThan(words.length);
    expect(shown.filter((state) => state !== 'idle')).toEqual([]);
    expect(await popup.plan.saveNow()).toBe(true);
    expect(popup.plan.saveState.value).toBe('saved');
    stop();
  });

  it('stopped just before the save made while typing: "Saved" is said at the pause all the same', async () => {
    const { popup } = await twoPages();
    // Keys until the last AUTOSAVE_MS before the save while typing: that save is the last one.
    let words = '';
    const start = Date.now();
    while (Date.now() - start < AUTOSAVE_MAX_WAIT_MS - 400) {
      words += 'a';
      say(popup, words);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await vi.waitFor(() => expect(popup.plan.saveState.value).toBe('saved'), { timeout: 3_000 });
    expect(await popup.journal.plan()).toMatchObject({ plan: { reasons: [words] } });
  });
});

describe('Firefox: the plan handed to the background as its page closes', () => {
  const sealedSoon = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('is written by the background, and the other page follows it', async () => {
    const { popup, panel, inbox, onDisk } = await twoPages({ closing: 'background' });
    say(popup, 'handed over');
    await sealedSoon();
    const closing = popup.plan.saveNow(true);
    expect(inbox.waiting).toBe(1);
    await inbox.deliver();
    expect(await closing).toBe(true);
    expect(await onDisk()).toEqual(['handed over']);
    await vi.waitFor(() => expect(panel.plan.plan.value?.reasons).toEqual(['handed over']));
  });

  it('a page still open does not take its own plan, announced before the answer, for another page’s', async () => {
    const { popup, inbox, onDisk } = await twoPages({ closing: 'background' });
    say(popup, 'hidden, not closed');
    await sealedSoon();
    const hidden = popup.plan.saveNow(true);
    // The announcement reaches this page before the answer: it reads the plan meanwhile.
    const reads = vi.spyOn(popup.journal, 'plan');
    const answer = await inbox.deliverHoldingAnswers();
    await vi.waitFor(() => expect(reads).toHaveBeenCalled());
    await reads.mock.results[0]!.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer();
    expect(await hidden).toBe(true);
    expect(popup.plan.conflict.value).toBeNull();
    say(popup, 'then more words');
    expect(await popup.plan.saveNow()).toBe(true);
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['then more words']);
  });

  it.each([
    'its own save lands first',
    'its own save lands first, and is heard after the background’s answer',
    'the background writes first',
    'its own save never lands',
  ])(
    'closing while its own save is being written, the last words are handed over at once: %s',
    async (order) => {
      const { popup, panel, inbox, onDisk } = await twoPages({ closing: 'background' });
      const own = holdOwnSave(popup);
      // A stopped clock: the words are sealed again once that save has its time, later than it.
      vi.spyOn(Date, 'now').mockReturnValue(1_900_000_000_000);
      try {
        say(popup, 'first');
        const autosave = popup.plan.saveNow(false, true);
        say(popup, 'then the last words');
        await vi.waitFor(() => expect(own.reached).toHaveBeenCalled());
        await sealedSoon();
        const usualSaves = vi.spyOn(popup.journal, 'savePlan');
        const closing = popup.plan.saveNow(true);
        expect(inbox.waiting).toBe(1);
        if (order === 'its own save lands first') {
          own.land();
          expect(await autosave).toBe(true);
          await inbox.deliver();
        } else if (order.startsWith('its own save lands first,')) {
          own.landUnheard();
          await vi.waitFor(() => expect(own.landed).toHaveBeenCalled());
          await inbox.deliver();
          await new Promise((resolve) => setTimeout(resolve, 50));
          own.tell();
          expect(await autosave).toBe(true);
        } else {
          await inbox.deliver();
          if (order === 'the background writes first') {
            own.land();
            expect(await autosave).toBe(true);
          }
        }
        expect(await closing).toBe(true);
        // Written by the background, not saved again the usual way (a closed page never could).
        expect(usualSaves).not.toHaveBeenCalled();
      } finally {
        vi.mocked(Date.now).mockRestore();
        own.restore();
      }
      expect(popup.plan.conflict.value).toBeNull();
      expect(await onDisk()).toEqual(['then the last words']);
      await vi.waitFor(() => expect(panel.plan.plan.value?.reasons).toEqual(['then the last words']));
      if (order === 'its own save never lands') return;
      // The page lived on: its next save starts from the newest of its own, not from the older one.
      say(popup, 'typed on after');
      expect(await popup.plan.saveNow()).toBe(true);
      expect(popup.plan.conflict.value).toBeNull();
      expect(await onDisk()).toEqual(['typed on after']);
    },
  );

  it.each(['that save goes on first', 'the background writes first', 'the background refuses it'])(
    'closed before its own save has taken its time: that save writes nothing, the last words are written: %s',
    async (order) => {
      const { popup, panel, inbox, onDisk } = await twoPages({ closing: 'background' });
      // The autosave has begun, and waits (a slow disk, a busy page) before it takes its time and IV.
      const { reached, attempted, goOn, stopHolding } = holdSaveBeforeItsTime(popup);
      say(popup, 'first');
      const autosave = popup.plan.saveNow(false, true);
      await vi.waitFor(() => expect(reached).toHaveBeenCalled());
      stopHolding();
      say(popup, 'then the last words');
      await sealedSoon();
      const usualSaves = vi.spyOn(popup.journal, 'savePlan');
      const closing = popup.plan.saveNow(true);
      expect(inbox.waiting).toBe(1);
      if (order === 'the background refuses it') {
        // The page is still there: the close saves the last words the usual way, that save nothing.
        goOn();
        await vi.waitFor(() => expect(attempted).toHaveBeenCalled());
        inbox.refuse();
        expect(await closing).toBe(true);
        expect(await autosave).toBe(false);
        expect(usualSaves).toHaveBeenCalledTimes(1);
        expect(await onDisk()).toEqual(['then the last words']);
        expect(popup.plan.conflict.value).toBeNull();
        return;
      }
      if (order === 'that save goes on first') {
        // Firefox has not ended the page yet: that save runs on, and would land before the background's.
        goOn();
        await vi.waitFor(() => expect(attempted).toHaveBeenCalled());
        expect(await onDisk()).toBeUndefined();
        await inbox.deliver();
      } else {
        await inbox.deliver();
        goOn();
      }
      expect(await closing).toBe(true);
      expect(await autosave).toBe(true);
      // Written by the background, not saved again the usual way (a closed page never could).
      expect(usualSaves).not.toHaveBeenCalled();
      expect(popup.plan.conflict.value).toBeNull();
      expect(await onDisk()).toEqual(['then the last words']);
      await vi.waitFor(() => expect(panel.plan.plan.value?.reasons).toEqual(['then the last words']));
      // The page lived on: its next save starts from the closing write's plan.
      say(popup, 'typed on after');
      expect(await popup.plan.saveNow()).toBe(true);
      expect(await onDisk()).toEqual(['typed on after']);
    },
  );

  it.each(['at once', 'once sealed again'])(
    '"Keep mine", then closed %s before that save has taken its time: the words typed here are written',
    async (when) => {
      const { popup, panel, inbox, onDisk } = await twoPages({ closing: 'background' });
      say(panel, 'typed in the side panel');
      // Sealed here well before the popup saves: that seal is older than the popup's plan.
      await sealedSoon();
      say(popup, 'saved in the popup');
      expect(await popup.plan.saveNow()).toBe(true);
      await vi.waitFor(() => expect(panel.plan.conflict.value).not.toBeNull());
      // The save "Keep mine" makes waits before it takes its time and IV.
      const { reached, goOn, stopHolding } = holdSaveBeforeItsTime(panel);
      const kept = panel.plan.keepMine();
      if (when === 'once sealed again') {
        await sealedSoon();
        expect(reached).toHaveBeenCalledTimes(1);
        stopHolding();
      }
      const usualSaves = vi.spyOn(panel.journal, 'savePlan');
      const closing = panel.plan.saveNow(true);
      if (when === 'at once') {
        // Sealed before the popup's plan, a write at once would be refused: it is saved the usual way,
        // after the save "Keep mine" made (held too).
        expect(inbox.waiting).toBe(0);
        await vi.waitFor(() => expect(reached).toHaveBeenCalledTimes(1));
        goOn();
      } else {
        // Sealed again, later than the popup's plan: handed over at once, and "Keep mine" leaves it that.
        expect(inbox.waiting).toBe(1);
        goOn();
        await inbox.deliver();
        expect(usualSaves).not.toHaveBeenCalled();
      }
      expect(await closing).toBe(true);
      expect(await kept).toBe(true);
      expect(panel.plan.conflict.value).toBeNull();
      expect(await onDisk()).toEqual(['typed in the side panel']);
      await vi.waitFor(() => expect(popup.plan.plan.value?.reasons).toEqual(['typed in the side panel']));
    },
  );

  it('refused, it is saved the usual way; but never over newer words saved meanwhile', async () => {
    const { popup, inbox, onDisk } = await twoPages({ closing: 'background' });
    say(popup, 'older words');
    await sealedSoon();
    const hidden = popup.plan.saveNow(true);
    say(popup, 'newer words');
    const autosave = popup.plan.saveNow();
    inbox.refuse();
    expect(await autosave).toBe(true);
    await hidden;
    expect(await onDisk()).toEqual(['newer words']);
    expect(popup.plan.plan.value?.reasons).toEqual(['newer words']);
  });

  it('refused with nothing typed since, it is saved the usual way', async () => {
    const { popup, inbox, onDisk } = await twoPages({ closing: 'background' });
    say(popup, 'saved anyway');
    await sealedSoon();
    const hidden = popup.plan.saveNow(true);
    inbox.refuse();
    expect(await hidden).toBe(true);
    expect(await onDisk()).toEqual(['saved anyway']);
  });

  it('closed twice before the first write is answered, words typed between: the second is written too', async () => {
    const { popup, inbox, onDisk } = await twoPages({ closing: 'background' });
    // A stopped clock: the second is sealed later than the first all the same.
    vi.spyOn(Date, 'now').mockReturnValue(1_900_000_000_000);
    try {
      say(popup, 'first close');
      await sealedSoon();
      const first = popup.plan.saveNow(true);
      say(popup, 'typed between');
      await sealedSoon();
      const usualSaves = vi.spyOn(popup.journal, 'savePlan');
      const second = popup.plan.saveNow(true);
      expect(inbox.waiting).toBe(2);
      await inbox.deliver();
      expect(await Promise.all([first, second])).toEqual([true, true]);
      // Both written by the background: the first, landed, is not taken for another page's.
      expect(usualSaves).not.toHaveBeenCalled();
    } finally {
      vi.mocked(Date.now).mockRestore();
    }
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['typed between']);
  });

  it('another page’s plan saved at the very time of this page’s unanswered closing write is not taken for its own', async () => {
    const { popup, panel, inbox, onDisk } = await twoPages({ closing: 'background' });
    // A stopped clock: the side panel's save takes the time the popup's closing write has.
    vi.spyOn(Date, 'now').mockReturnValue(1_900_000_000_000);
    try {
      say(popup, 'typed in the popup');
      await sealedSoon();
      void popup.plan.saveNow(true);
      say(panel, 'saved in the side panel');
      expect(await panel.plan.saveNow()).toBe(true);
      // Neither is lost: the popup shows the side panel's plan beside its own words.
      await vi.waitFor(
        () => expect(popup.plan.conflict.value?.reasons).toEqual(['saved in the side panel']),
        {
          timeout: 5_000,
        },
      );
      await inbox.deliver();
    } finally {
      vi.mocked(Date.now).mockRestore();
    }
    expect(await onDisk()).toEqual(['saved in the side panel']);
    expect(popup.plan.plan.value?.reasons).toEqual(['typed in the popup']);
  });

  it('closed twice, the first write announced before its answer: not taken for another page’s', async () => {
    const { popup, inbox, onDisk } = await twoPages({ closing: 'background' });
    say(popup, 'first close');
    await sealedSoon();
    const first = popup.plan.saveNow(true);
    say(popup, 'typed between');
    await sealedSoon();
    const second = popup.plan.saveNow(true);
    // Only the first is written and announced; the popup reads it while both are unanswered.
    const reads = vi.spyOn(popup.journal, 'plan');
    const answer = await inbox.deliverHoldingAnswers(1);
    await vi.waitFor(() => expect(reads).toHaveBeenCalled());
    await reads.mock.results[0]!.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(popup.plan.conflict.value).toBeNull();
    answer();
    await inbox.deliver();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['typed between']);
  });

  it('a save refused over this page’s own older plan, written late by the background, is saved again', async () => {
    const { popup, inbox, onDisk } = await twoPages({ closing: 'background' });
    say(popup, 'older, handed over');
    await sealedSoon();
    void popup.plan.saveNow(true);
    // Hidden, not closed: the person types on; the next save waits SENT_WAIT_MS for the answer.
    say(popup, 'newer, typed on');
    const own = holdOwnSave(popup);
    const later = popup.plan.saveNow();
    await vi.waitFor(() => expect(own.reached).toHaveBeenCalled(), { timeout: SENT_WAIT_MS + 5_000 });
    // Only now does the background write the older plan; its answer is still on its way.
    const answer = await inbox.deliverHoldingAnswers();
    own.land();
    expect(await later).toBe(true);
    answer();
    own.restore();
    expect(popup.plan.conflict.value).toBeNull();
    expect(await onDisk()).toEqual(['newer, typed on']);
  });

  it('a background that never answers holds this page’s later saves SENT_WAIT_MS at most', async () => {
    const { popup, inbox, onDisk } = await twoPages({ closing: 'background' });
    say(popup, 'handed over, never answered');
    await sealedSoon();
    void popup.plan.saveNow(true);
    expect(inbox.waiting).toBe(1);
    say(popup, 'saved anyway');
    const began = Date.now();
    expect(await popup.plan.saveNow()).toBe(true);
    expect(Date.now() - began).toBeGreaterThanOrEqual(SENT_WAIT_MS - 100);
    expect(await onDisk()).toEqual(['saved anyway']);
  });

  it('with no background to send to (send throws), it is saved the usual way', async () => {
    const noBackground = handOffToBackground(() => {
      throw new Error('Could not establish connection');
    });
    const { popup, onDisk } = await twoPages({ closing: noBackground });
    say(popup, 'saved in the page');
    await sealedSoon();
    expect(await popup.plan.saveNow(true)).toBe(true);
    expect(await onDisk()).toEqual(['saved in the page']);
  });
});
