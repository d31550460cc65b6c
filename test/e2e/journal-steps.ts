import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Session } from './harness';
import { ui, type TestLang } from './locales';

/** The journal's steps as a person takes them, shared by the journal's e2e files. */
export const PASSPHRASE = 'correct horse battery staple';

/** Opens an extension page (the side panel by default) on its Journal tab. */
export async function openJournal(s: Session, path = 'sidepanel.html', lang: TestLang = 'en'): Promise<Page> {
  const page = await s.open(path, { width: 500, height: 900 });
  await page.getByRole('tab', { name: ui(lang, 'tabs.journal') }).click();
  await page.getByRole('heading', { level: 2, name: ui(lang, 'journal.heading') }).waitFor();
  return page;
}

/** Fills the first-use form and presses Turn on, without waiting: some tests race it on purpose. */
export async function submitTurnOn(page: Page, passphrase = PASSPHRASE) {
  await page.getByRole('button', { name: ui('en', 'journal.start') }).click();
  await page.getByLabel(ui('en', 'journal.passphrase'), { exact: true }).fill(passphrase);
  await page.getByLabel(ui('en', 'journal.confirmPassphrase')).fill(passphrase);
  await page.getByRole('button', { name: ui('en', 'journal.turnOn'), exact: true }).click();
}

/** Turns the journal on with `passphrase`, from its first-use screen, and waits until it is open. */
export async function turnOn(page: Page, passphrase = PASSPHRASE) {
  await submitTurnOn(page, passphrase);
  await page.getByRole('button', { name: ui('en', 'journal.lock'), exact: true }).waitFor();
}

/** Every file under `dir` holding `marker` as UTF-8 or UTF-16LE (how Chromium writes page state). */
export function filesHolding(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const hits: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        const bytes = readFileSync(full);
        if (needles.some((needle) => bytes.includes(needle))) hits.push(full.slice(dir.length + 1));
      }
    }
  };
  walk(dir);
  return hits;
}
