/// <reference types="chrome" />
import { execFileSync } from 'node:child_process';
import { readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { AUTOSAVE_MS } from '../../lib/journal/autosave';
import { askServiceWorker, axeViolations, launch, smallTargets, type Session } from './harness';
import { PASSPHRASE, filesHolding, openJournal, submitTurnOn } from './journal-steps';
import { ui } from './locales';

// The journal's promises under real use (issue 12): nothing readable on disk, no lost words, a
// lock that runs with no page open. Each test launches its own browser, so each runs alone.
let sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions) await s.close().catch(() => undefined);
  sessions = [];
});
async function start(profileDir?: string) {
  const s = await launch(profileDir ? { profileDir } : {});
  sessions.push(s);
  return s;
}

async function unlock(page: Page) {
  await page.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: ui('en', 'journal.unlock') }).click();
  await page.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).waitFor();
}

describe('nothing typed reaches the disk in the clear', () => {
  it('after writing, searching and ticking in a tab, closing it and locking elsewhere: 0 files', async () => {
    const MARKER = 'zq7marker';
    const s = await start();
    const tab = await openJournal(s);
    await submitTurnOn(tab);
    // A saved note, a note opened again for editing, an unsaved draft, a search.
    await tab.getByLabel(ui('en', 'journal.title')).fill(`${MARKER}-title`);
    await tab.getByLabel(ui('en', 'journal.body'), { exact: true }).fill(`${MARKER}-saved body`);
    await tab.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await tab.getByRole('heading', { name: `${MARKER}-title` }).waitFor();
    await tab.getByRole('button', { name: ui('en', 'journal.edit', `${MARKER}-title`) }).click();
    await tab
      .getByLabel(ui('en', 'journal.body'), { exact: true })
      .fill(`${MARKER}-saved body, then an unsaved draft`);
    await tab.getByLabel(ui('en', 'journal.usePrompts')).check();
    await tab.getByLabel(ui('en', 'journal.prompts.felt')).fill(`${MARKER}-prompt`);
    await tab.getByLabel(ui('en', 'journal.search')).fill(`${MARKER}-search`);
    await tab.getByText(ui('en', 'journal.saved')).waitFor();
    // Signs: the ticks are never saved, not even as form state.
    await tab.getByRole('tab', { name: ui('en', 'tabs.signs') }).click();
    const boxes = tab.getByRole('checkbox');
    for (const i of [0, 1, 2]) await boxes.nth(i).check();
    // Let Chromium write its session files while the tab is open, then close it and lock elsewhere.
    await tab.waitForTimeout(3_000);
    await tab.close();
    const popup = await openJournal(s, 'popup.html');
    await popup.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).click();
    await popup.getByText(ui('en', 'journal.locked')).waitFor();
    await popup.close();
    const dir = s.profileDir;
    await s.close({ keepProfile: true });
    sessions = [];
    try {
      expect(readdirSync(join(dir, 'Default', 'Sessions')).length).toBeGreaterThan(0);
      expect(filesHolding(dir, MARKER)).toEqual([]);
      // Chromium's saved form state (what restores fields and ticks) is absent altogether.
      expect(filesHolding(dir, 'serialized form state')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two pages at once', () => {
  it('a stale "Turn on" screen cannot replace the journal another page turned on', async () => {
    const s = await start();
    const stale = await openJournal(s);
    await stale.getByRole('button', { name: ui('en', 'journal.start') }).click();
    const other = await openJournal(s, 'popup.html');
    await submitTurnOn(other);
    await other.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('written in the popup');
    await other.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await other.locator('.note-body', { hasText: 'written in the popup' }).waitFor();
    // The stale page has already followed: its "Turn on" form is gone, the journal is open.
    await stale.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).waitFor();
    expect(await stale.getByRole('button', { name: ui('en', 'journal.turnOn'), exact: true }).count()).toBe(
      0,
    );
    await other.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).click();
    await stale.getByText(ui('en', 'journal.locked')).waitFor();
    await unlock(stale);
    await stale.locator('.note-body', { hasText: 'written in the popup' }).waitFor();
  });

  it('a page that submits "Turn on" late is refused, and the journal and its notes stay as they were', async () => {
    const s = await start();
    const late = await openJournal(s);
    const first = await openJournal(s, 'popup.html');
    // The late page is slow to seal its key (as on a busy machine): it seals only when the test lets
    // it, after the other page has turned the journal on and saved a note.
    await late.evaluate(() => {
      const wrapKey = crypto.subtle.wrapKey.bind(crypto.subtle);
      const released = new Promise((resolve) => {
        (globalThis as unknown as { releaseWrap: () => void }).releaseWrap = () => resolve(undefined);
      });
      crypto.subtle.wrapKey = (...args: Parameters<SubtleCrypto['wrapKey']>) =>
        released.then(() => wrapKey(...args));
    });
    await late.getByRole('button', { name: ui('en', 'journal.start') }).click();
    await late.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill('the late page passphrase');
    await late.getByLabel(ui('en', 'journal.confirmPassphrase')).fill('the late page passphrase');
    await late.getByRole('button', { name: ui('en', 'journal.turnOn'), exact: true }).click();
    await submitTurnOn(first);
    await first
      .getByLabel(ui('en', 'journal.body'), { exact: true })
      .fill('written before the late page wrote');
    await first.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await first.locator('.note-body', { hasText: 'written before the late page wrote' }).waitFor();
    await late.evaluate(() => (globalThis as unknown as { releaseWrap: () => void }).releaseWrap());
    await late.getByText(ui('en', 'journal.errors.journalExists')).waitFor();
    await first.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).click();
    await first.getByText(ui('en', 'journal.locked')).waitFor();
    await unlock(first);
    await first.locator('.note-body', { hasText: 'written before the late page wrote' }).waitFor();
  });
});

describe('long notes', () => {
  it('a 1 MB note is exported and imported back', async () => {
    const s = await start();
    const page = await openJournal(s);
    await submitTurnOn(page);
    const body = 'A long night. '.repeat(75_000); // 1,050,000 characters
    await page.getByLabel(ui('en', 'journal.title')).fill('The long one');
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill(body);
    await page.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await page.getByRole('heading', { name: 'The long one' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ui('en', 'journal.exportEncrypted') }).click(),
    ]);
    const file = join(tmpdir(), `been-there-long-${process.pid}.json`);
    await download.saveAs(file);
    try {
      expect(statSync(file).size).toBeGreaterThan(1_000_000);
      const fresh = await start();
      const target = await openJournal(fresh);
      await submitTurnOn(target, 'another fine passphrase');
      await target.getByLabel(ui('en', 'journal.importFile')).setInputFiles(file);
      await target.getByLabel(ui('en', 'journal.importPassphrase')).fill(PASSPHRASE);
      await target.getByRole('button', { name: ui('en', 'journal.importCheck') }).click();
      await target.getByText(ui('en', 'journal.importSummary', '1', '0')).waitFor();
      await target.getByRole('button', { name: ui('en', 'journal.importMerge') }).click();
      await target.getByRole('heading', { name: 'The long one' }).waitFor();
      expect(await target.locator('.note-body').first().textContent()).toBe(body);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('drafts are never lost', () => {
  it('Lock in the popup keeps the side panel’s unsaved words', async () => {
    const s = await start();
    const panel = await openJournal(s);
    await submitTurnOn(panel);
    const popup = await openJournal(s, 'popup.html');
    await panel.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('typed in the side panel');
    // By design a lock from elsewhere cannot save words typed in the last 700 ms (the autosave
    // delay; no page keeps a key): moving to the popup and pressing Lock takes a person longer.
    await panel.getByText(ui('en', 'journal.saved')).waitFor();
    await popup.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).click();
    await panel.getByText(ui('en', 'journal.locked')).waitFor();
    await panel.close();
    await unlock(popup);
    await expect
      .poll(() => popup.getByLabel(ui('en', 'journal.body'), { exact: true }).inputValue())
      .toBe('typed in the side panel');
  });

  it('saving in one page keeps another page’s draft', async () => {
    const s = await start();
    const panel = await openJournal(s);
    await submitTurnOn(panel);
    const popup = await openJournal(s, 'popup.html');
    await panel.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('the panel’s draft');
    await panel.getByText(ui('en', 'journal.saved')).waitFor();
    await popup.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('the popup’s note');
    await popup.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await popup.locator('.note-body', { hasText: 'the popup’s note' }).waitFor();
    await panel.close();
    await popup.close();
    const again = await openJournal(s, 'popup.html');
    await expect
      .poll(() => again.getByLabel(ui('en', 'journal.body'), { exact: true }).inputValue())
      .toBe('the panel’s draft');
  });

  it('closing the popup right after typing keeps the words', async () => {
    const s = await start();
    const first = await openJournal(s, 'popup.html');
    await submitTurnOn(first);
    const body = first.getByLabel(ui('en', 'journal.body'), { exact: true });
    await body.waitFor();
    const typed = Date.now();
    await body.fill('closed at once');
    // Closed quickly after the last key (a click outside the popup), before the autosave, so only the
    // save as the page closes can keep the words. That save writes the words sealed as they were
    // typed (WebCrypto cannot seal synchronously): a page closed within the few milliseconds of
    // that seal, faster than a person usually closes it, is gone before the words are sealed.
    await first.waitForTimeout(150);
    await Promise.all([first.waitForEvent('close'), first.close({ runBeforeUnload: true })]);
    const closedAfter = Date.now() - typed;
    expect(closedAfter, `closed ${closedAfter} ms after typing: not before the autosave`).toBeLessThan(
      AUTOSAVE_MS,
    );
    const again = await openJournal(s, 'popup.html');
    // At once, or when the closed page's save lands (a few seconds on a busy machine).
    await expect
      .poll(() => again.getByLabel(ui('en', 'journal.body'), { exact: true }).inputValue(), {
        timeout: 5_000,
      })
      .toBe('closed at once');
  });

  it('when the draft cannot be saved (disk full), Lock says so and keeps the text until the user decides', async () => {
    const s = await start();
    const page = await openJournal(s);
    await submitTurnOn(page);
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('first words');
    await page.getByText(ui('en', 'journal.saved')).waitFor();
    // The disk fills up: every IndexedDB write now fails as a full disk does.
    await page.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
    });
    await page
      .getByLabel(ui('en', 'journal.body'), { exact: true })
      .fill('first words, and more that cannot be saved');
    await page.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).click();
    await page.getByText(ui('en', 'journal.lockBlockedHere')).waitFor();
    expect(await page.getByLabel(ui('en', 'journal.body'), { exact: true }).inputValue()).toBe(
      'first words, and more that cannot be saved',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(
      await askServiceWorker(
        s,
        async () => typeof (await chrome.storage.session.get('journalKey')).journalKey === 'string',
      ),
    ).toBe(true);
    // Nothing takes the words back later: turning on finished after this page had followed the
    // key, and used to take the saved draft again a second or two after the block showed.
    await page.waitForTimeout(4_000);
    await page.getByText(ui('en', 'journal.lockBlockedHere')).waitFor();
    expect(await page.getByLabel(ui('en', 'journal.body'), { exact: true }).inputValue()).toBe(
      'first words, and more that cannot be saved',
    );
    await page.getByRole('button', { name: ui('en', 'journal.discardAndLock') }).click();
    await page.getByText(ui('en', 'journal.locked')).waitFor();
  });

  it('a browser killed during a draft save opens again, with every note and a readable draft', async () => {
    const s = await start();
    const page = await openJournal(s);
    await submitTurnOn(page);
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('a saved note');
    await page.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await page.locator('.note-body', { hasText: 'a saved note' }).waitFor();
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('draft one');
    await page.getByText(ui('en', 'journal.saved')).waitFor();
    // Type, and kill the browser while the draft's encrypt-and-write is under way.
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('draft two '.repeat(20_000));
    await page.waitForTimeout(700);
    // A killed Chromium cannot remove the temp folder of its singleton socket: the test does.
    const socketFolder = dirname(readlinkSync(join(s.profileDir, 'SingletonSocket')));
    onTestFinished(() => {
      if (basename(socketFolder).startsWith('org.chromium.'))
        rmSync(socketFolder, { recursive: true, force: true });
    });
    const pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${s.profileDir}`])
      .toString()
      .split('\n');
    for (const pid of pids.filter(Boolean)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Already gone with its parent.
      }
    }
    const dir = s.profileDir;
    sessions = [];
    const after = await start(dir);
    const again = await openJournal(after);
    await unlock(again);
    await again.locator('.note-body', { hasText: 'a saved note' }).waitFor();
    const draft = await again.getByLabel(ui('en', 'journal.body'), { exact: true }).inputValue();
    expect(['draft one', 'draft two '.repeat(20_000)]).toContain(draft);
  });
});

describe('auto-lock with no journal page open', () => {
  it('locks after 1 minute while another tab stays busy (real time, once)', async () => {
    const s = await start();
    await askServiceWorker(s, () =>
      chrome.storage.local.set({ settings: { version: 2, region: null, journalAutoLockMinutes: 1 } }),
    );
    const popup = await openJournal(s, 'popup.html');
    await submitTurnOn(popup);
    await popup.getByText(ui('en', 'journal.autoLockNote', '1')).waitFor();
    await popup.close();
    // Someone keeps using the browser, just not the journal.
    const busy = await s.open('sidepanel.html');
    await busy.getByRole('tab', { name: ui('en', 'tabs.signs') }).click();
    // A key is a string; a lock leaves the place empty (null).
    const keyThere = () =>
      askServiceWorker(
        s,
        async () => typeof (await chrome.storage.session.get('journalKey')).journalKey === 'string',
      );
    expect(await keyThere()).toBe(true);
    for (let i = 0; i < 14 && (await keyThere()); i++) {
      await busy.locator('.indicator-group--physical').getByRole('checkbox').first().click();
      await busy.waitForTimeout(7_000);
    }
    expect(await keyThere()).toBe(false);
    const reopened = await openJournal(s, 'popup.html');
    await reopened.getByText(ui('en', 'journal.locked')).waitFor();
  }, 180_000);
});
