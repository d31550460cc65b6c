/// <reference types="chrome" />
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  axeViolations,
  closeOffline,
  foreignRequests,
  hasHorizontalScroll,
  launch,
  screenshot,
  smallTargets,
  type LaunchOptions,
  type Session,
} from './harness';
import { PASSPHRASE, openJournal, turnOn } from './journal-steps';
import { searchShardInPage } from './in-page';
import { ui } from './locales';

// Each test starts its own browser on a new profile and sets up the journal it needs, so any test
// runs alone or in any order.
const MARKER = 'marker-J0URNAL-5150';

interface Note {
  title?: string;
  body: string;
}
const CODE_BLUE = {
  title: 'After the code blue',
  body: `${MARKER} I could not stop shaking.`,
} satisfies Note;
const MARKUP = { body: '<img src=x onerror=alert(1)>' } satisfies Note;

/** Sessions that restart() already quit: their profile lives on in the next session. */
const quit = new WeakSet<Session>();

/**
 * A browser of its own for the running test. It closes when the test ends, also after a failed
 * check, and must have made no request outside the extension.
 */
async function freshSession(options: LaunchOptions = {}): Promise<Session> {
  const session = await launch({ timezone: 'America/Toronto', ...options });
  onTestFinished(async () => {
    if (!quit.has(session)) await closeOffline(session);
  });
  return session;
}

/**
 * Quits the browser as a user would (its profile kept, its requests checked), then starts it again on
 * the same profile, for the running test.
 */
async function restart(session: Session): Promise<Session> {
  const dir = session.profileDir;
  quit.add(session);
  // Registered first, so it runs last: the profile goes even when the second start fails.
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const requests = foreignRequests(session);
  await session.close({ keepProfile: true });
  expect(requests).toEqual([]);
  return freshSession({ profileDir: dir });
}

/** Saves a note as a user would, and waits until it is listed. */
async function saveNote(page: Page, { title, body }: Note) {
  if (title) await page.getByLabel(ui('en', 'journal.title')).fill(title);
  await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill(body);
  await page.getByRole('button', { name: ui('en', 'journal.save') }).click();
  await page.locator('.note-body', { hasText: body }).waitFor();
}

/** Turns the journal on with PASSPHRASE and saves `notes` in it. */
async function turnOnWithNotes(page: Page, notes: Note[]) {
  await turnOn(page);
  for (const note of notes) await saveNote(page, note);
}

/** The titles and bodies of the listed notes, in list order. */
async function listedNotes(page: Page): Promise<{ titles: string[]; bodies: string[] }> {
  return {
    titles: await page.locator('.note h4').allTextContents(),
    bodies: await page.locator('.note-body').allTextContents(),
  };
}

/** Every IndexedDB record and every storage area, read from an extension page, as text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: unknown[] = [];
    // Blobs too: the search index keeps its ciphertext in them (repository.ts).
    const decode = async (value: unknown): Promise<unknown> =>
      value instanceof Uint8Array
        ? new TextDecoder().decode(value)
        : value instanceof Blob
          ? new TextDecoder().decode(await value.arrayBuffer())
          : value && typeof value === 'object'
            ? Object.fromEntries(
                await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await decode(v)])),
              )
            : value;
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        dump.push(store, await Promise.all(all.map(decode)));
      }
      db.close();
    }
    dump.push(await chrome.storage.local.get(null), await chrome.storage.session.get(null), {
      ...localStorage,
    });
    return JSON.stringify(dump);
  });
}

describe('Journal', () => {
  it('explains itself before first use, then turns on with a passphrase', async () => {
    const session = await freshSession();
    const page = await openJournal(session);
    await page.getByText(ui('en', 'journal.introNoRecovery')).waitFor();
    await page.getByText(ui('en', 'journal.introNoPatients')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ui('en', 'journal.start') }).click();
    await page.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill('short');
    // Eight characters at least: the test pins the minimum rather than reading it from the product.
    await page.getByText(ui('en', 'journal.strength.tooShort', '8')).waitFor();
    await page.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(ui('en', 'journal.confirmPassphrase')).fill(PASSPHRASE);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-setup');
    await page.getByRole('button', { name: ui('en', 'journal.turnOn'), exact: true }).click();
    await page.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).waitFor();
  });

  it('stores a note so that its words appear nowhere on disk or in storage', async () => {
    const session = await freshSession();
    const page = await openJournal(session);
    await turnOn(page);
    await page.getByLabel(ui('en', 'journal.title')).fill(CODE_BLUE.title);
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill(CODE_BLUE.body);
    await page.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await page.getByRole('heading', { name: CODE_BLUE.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'journal-unlocked');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await hasHorizontalScroll(page)).toBe(false);
    const stored = await everythingStored(page);
    expect(stored).toContain('"notes"');
    expect(stored).not.toContain(MARKER);
    expect(stored).not.toContain('code blue');
  });

  it('renders a note body of markup as text', async () => {
    const session = await freshSession();
    const page = await openJournal(session);
    await turnOn(page);
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill(MARKUP.body);
    await page.getByRole('button', { name: ui('en', 'journal.save') }).click();
    await page.locator('.note-body', { hasText: MARKUP.body }).waitFor();
    await expect.poll(() => page.locator('img').count()).toBe(0);
  });

  it('lists a note saved in the popup in the open side panel at once', async () => {
    const session = await freshSession();
    const panel = await openJournal(session);
    await turnOn(panel);
    const popup = await openJournal(session, 'popup.html');
    await popup.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).waitFor();
    await saveNote(popup, CODE_BLUE);
    await panel.locator('.note-body', { hasText: CODE_BLUE.body }).waitFor();
  });

  it('opens in a new page from the search index on disk: its ciphertext in Blobs, read, not rebuilt', async () => {
    const session = await freshSession();
    const panel = await openJournal(session);
    await turnOnWithNotes(panel, [CODE_BLUE]);
    await expect.poll(() => panel.evaluate(searchShardInPage)).toMatchObject({ current: true, blob: true });
    const sealed = await panel.evaluate(searchShardInPage);
    const popup = await openJournal(session, 'popup.html');
    await popup.locator('.note-body', { hasText: CODE_BLUE.body }).waitFor();
    // A rebuild would be written just after the list shows: the index must still be the same later.
    await popup.waitForTimeout(2_000);
    expect(await popup.evaluate(searchShardInPage)).toEqual(sealed);
  });

  it('keeps the words being written when another note is opened', async () => {
    const session = await freshSession();
    const page = await openJournal(session);
    await turnOnWithNotes(page, [CODE_BLUE]);
    await page.getByLabel(ui('en', 'journal.body'), { exact: true }).fill('half a thought');
    await page.getByRole('button', { name: ui('en', 'journal.edit', CODE_BLUE.title!) }).click();
    await expect
      .poll(() => page.getByLabel(ui('en', 'journal.body'), { exact: true }).inputValue())
      .toBe(CODE_BLUE.body);
    await expect
      .poll(async () => (await listedNotes(page)).bodies.sort())
      .toEqual(['half a thought', CODE_BLUE.body].sort());
  });

  it('locks: the note leaves the page; a wrong passphrase is refused; the right one, by keyboard, brings it back', async () => {
    const session = await freshSession();
    const page = await openJournal(session);
    await turnOnWithNotes(page, [CODE_BLUE]);
    const other = await openJournal(session, 'popup.html');
    // The other page must have opened the journal before the lock, or there is nothing to follow.
    await other.getByText(MARKER, { exact: false }).waitFor();
    await page.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).click();
    await page.getByText(ui('en', 'journal.locked')).waitFor();
    expect(await page.content()).not.toContain(MARKER);
    // Locking in one page locks the others.
    await other.getByText(ui('en', 'journal.locked')).waitFor();
    expect(await other.content()).not.toContain(MARKER);
    await page.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill('not the passphrase');
    await page.keyboard.press('Enter');
    await page.getByText(ui('en', 'journal.errors.wrongPassphrase')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-wrong-passphrase');
    await page.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByText(MARKER, { exact: false }).waitFor();
  });

  it('exports an encrypted backup that imports into a fresh profile with the same notes', async () => {
    const session = await freshSession();
    const page = await openJournal(session);
    await turnOnWithNotes(page, [CODE_BLUE, MARKUP]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ui('en', 'journal.exportEncrypted') }).click(),
    ]);
    const file = join(tmpdir(), `been-there-backup-${process.pid}-${Date.now()}.json`);
    await download.saveAs(file);
    onTestFinished(() => rmSync(file, { force: true }));
    expect(readFileSync(file, 'utf8')).not.toContain(MARKER);
    const { titles } = await listedNotes(page);

    const fresh = await freshSession();
    const target = await openJournal(fresh);
    await turnOn(target, 'another fine passphrase');
    await target.getByLabel(ui('en', 'journal.importFile')).setInputFiles(file);
    await target.getByLabel(ui('en', 'journal.importPassphrase')).fill(PASSPHRASE);
    await target.getByRole('button', { name: ui('en', 'journal.importCheck') }).click();
    await target.getByText(ui('en', 'journal.importSummary', '2', '0')).waitFor();
    await target.getByRole('button', { name: ui('en', 'journal.importMerge') }).click();
    await target.getByText(MARKER, { exact: false }).waitFor();
    expect((await listedNotes(target)).titles.sort()).toEqual(titles.sort());
  });

  it('refuses a malformed import and changes nothing', async () => {
    const session = await freshSession();
    const page = await openJournal(session);
    await turnOnWithNotes(page, [CODE_BLUE, MARKUP]);
    const before = await listedNotes(page);
    expect(before.titles).toHaveLength(2);
    await page.getByLabel(ui('en', 'journal.importFile')).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"been-there-journal-backup","version":1,"vault":'),
    });
    await page.getByLabel(ui('en', 'journal.importPassphrase')).fill(PASSPHRASE);
    await page.getByRole('button', { name: ui('en', 'journal.importCheck') }).click();
    await page.getByText(ui('en', 'journal.errors.notJson')).waitFor();
    expect(await listedNotes(page)).toEqual(before);
  });

  it('is locked after the browser restarts', async () => {
    const first = await freshSession();
    await turnOnWithNotes(await openJournal(first), [CODE_BLUE]);
    const session = await restart(first);
    const page = await openJournal(session);
    await page.getByText(ui('en', 'journal.locked')).waitFor();
    await page.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: ui('en', 'journal.unlock') }).click();
    await page.getByText(MARKER, { exact: false }).waitFor();
  });
});

describe('Journal in French', () => {
  it('explains itself in French', async () => {
    const session = await freshSession({ lang: 'fr' });
    const page = await openJournal(session, 'sidepanel.html', 'fr');
    await page.getByText(ui('fr', 'journal.introNoRecovery')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-intro-fr');
  });
});
