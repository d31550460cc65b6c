/// <reference types="chrome" />
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  axeViolations,
  closeOffline,
  hasHorizontalScroll,
  launch,
  screenshot,
  smallTargets,
  type Session,
} from './harness';

const PASSPHRASE = 'correct horse battery staple';
const MARKER = 'marker-J0URNAL-5150';
let session: Session;

beforeAll(async () => {
  session = await launch({ timezone: 'America/Toronto' });
});
afterAll(() => closeOffline(session));

async function openJournal(s: Session, path = 'sidepanel.html'): Promise<Page> {
  const page = await s.open(path, { width: 500, height: 900 });
  await page.getByRole('tab', { name: 'Journal' }).click();
  await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
  return page;
}

/** Every IndexedDB record and every storage area, read from an extension page, as text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: unknown[] = [];
    const decode = (value: unknown): unknown =>
      value instanceof Uint8Array
        ? new TextDecoder().decode(value)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
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
        dump.push(store, all.map(decode));
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
    const page = await openJournal(session);
    await page.getByText('A forgotten passphrase cannot be recovered').waitFor();
    await page.getByText(/peer-support notes can be disclosed in legal proceedings/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Turn on the journal' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await page.getByText('Too short. Use 8 characters or more.').waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-setup');
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
    await page.close();
  });

  it('stores a note so that its words appear nowhere on disk or in storage', async () => {
    const page = await openJournal(session);
    await page.getByLabel('Title (optional)').fill('After the code blue');
    await page.getByLabel('Note', { exact: true }).fill(`${MARKER} I could not stop shaking.`);
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('heading', { name: 'After the code blue' }).waitFor();
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
    await page.close();
  });

  it('renders a note body of markup as text', async () => {
    const page = await openJournal(session);
    await page.getByLabel('Note', { exact: true }).fill('<img src=x onerror=alert(1)>');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.locator('.note-body', { hasText: '<img src=x onerror=alert(1)>' }).waitFor();
    await expect.poll(() => page.locator('img').count()).toBe(0);
    await page.close();
  });

  it('locks: the note leaves the page; a wrong passphrase is refused; the right one, by keyboard, brings it back', async () => {
    const page = await openJournal(session);
    const other = await openJournal(session, 'popup.html');
    // The other page must have opened the journal before the lock, or there is nothing to follow.
    await other.getByText(MARKER, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByText('The journal is locked.').waitFor();
    expect(await page.content()).not.toContain(MARKER);
    // Locking in one page locks the others.
    await other.getByText('The journal is locked.').waitFor();
    expect(await other.content()).not.toContain(MARKER);
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.keyboard.press('Enter');
    await page.getByText('That passphrase does not unlock it.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'journal-wrong-passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByText(MARKER, { exact: false }).waitFor();
    await other.close();
    await page.close();
  });

  it('exports an encrypted backup that imports into a fresh profile with the same notes', async () => {
    const page = await openJournal(session);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export encrypted backup' }).click(),
    ]);
    const file = join(tmpdir(), `been-there-backup-${Date.now()}.json`);
    await download.saveAs(file);
    onTestFinished(() => rmSync(file, { force: true }));
    expect(readFileSync(file, 'utf8')).not.toContain(MARKER);
    const titles = await page.locator('.note h4').allTextContents();
    await page.close();

    const fresh = await launch({ timezone: 'America/Toronto' });
    try {
      const target = await openJournal(fresh);
      await target.getByRole('button', { name: 'Turn on the journal' }).click();
      await target.getByLabel('Passphrase', { exact: true }).fill('another fine passphrase');
      await target.getByLabel('Confirm passphrase').fill('another fine passphrase');
      await target.getByRole('button', { name: 'Turn on', exact: true }).click();
      await target.getByLabel('Import an encrypted backup').setInputFiles(file);
      await target.getByLabel('Passphrase of that backup').fill(PASSPHRASE);
      await target.getByRole('button', { name: 'Check the file' }).click();
      await target.getByText('This backup holds 2 notes; 0 of them are already here.').waitFor();
      await target.getByRole('button', { name: 'Add them to my notes' }).click();
      await target.getByText(MARKER, { exact: false }).waitFor();
      expect((await target.locator('.note h4').allTextContents()).sort()).toEqual(titles.sort());
    } finally {
      await fresh.close();
    }
  });

  it('refuses a malformed import and changes nothing', async () => {
    const page = await openJournal(session);
    await page.locator('.note h4').first().waitFor();
    const before = await page.locator('.note h4').allTextContents();
    await page.getByLabel('Import an encrypted backup').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"been-there-journal-backup","version":1,"vault":'),
    });
    await page.getByLabel('Passphrase of that backup').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText(/not a Been There backup/).waitFor();
    expect(await page.locator('.note h4').allTextContents()).toEqual(before);
    await page.close();
  });

  it('is locked after the browser restarts', async () => {
    const dir = session.profileDir;
    await session.close({ keepProfile: true });
    session = await launch({ timezone: 'America/Toronto', profileDir: dir });
    const page = await openJournal(session);
    await page.getByText('The journal is locked.').waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText(MARKER, { exact: false }).waitFor();
    await page.close();
  });
});

describe('Journal in French', () => {
  it('explains itself in French', async () => {
    const fr = await launch({ lang: 'fr' });
    try {
      const page = await fr.open('sidepanel.html', { width: 500, height: 900 });
      await page.getByRole('tab', { name: 'Journal' }).click();
      await page
        .getByText('Une phrase secrète oubliée ne peut être récupérée par personne.', { exact: false })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'journal-intro-fr');
    } finally {
      await fr.close();
    }
  });
});
