// Issue 20 in firefox-esr: the safety plan, in French in the sidebar page, one click to call the
// person typed in, accessible, and gone from the page once locked.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  byLabel,
  click,
  closeChecked,
  fill,
  launchFirefox,
  role,
  screenshot,
  smallTargets,
  waitForText,
  type FirefoxSession,
} from './firefox-harness';
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_MS } from '../../lib/journal/autosave';
import { ui } from './locales';
import { pdfPageSizes } from './pdf';

const PASSPHRASE = 'correct horse battery staple';
const MARKER = 'zq9firefoxplan';
const fr = (key: string, ...substitutions: string[]) => ui('fr', key, ...substitutions);

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox({ lang: 'fr' });
});
afterAll(() => closeChecked(ff));

/** The n-th part of the plan (1 to 7), by its place in the list of parts. */
const openPart = (page: Page, n: number) => page.locator(`.plan-parts li:nth-child(${n}) button`).click();

const LETTER_PT = { width: 612, height: 792 };
const POCKET_PT = { width: (85.6 / 25.4) * 72, height: (54 / 25.4) * 72 };

/**
 * Prints the plan at one size, as Firefox prints it over WebDriver BiDi, and returns each page's
 * size. BiDi's print takes the paper from the request, not from the page's CSS @page size (as a
 * person picks the paper in Firefox's dialog): letter for the page, the card's size for the pocket.
 * Puppeteer's default paper comes out 8.5 by 11 cm over BiDi (inches sent as centimetres), hence the
 * explicit sizes. (Print media cannot be emulated here: puppeteer's emulateMediaType needs CDP,
 * so the boxes' clipping is checked in Chromium only, safety-plan.e2e.ts.)
 */
async function printPlan(page: Page, key: 'safetyPlan.printPage' | 'safetyPlan.printPocket') {
  await page.evaluate(() => (window.print = () => undefined));
  await click(page, 'button', fr(key));
  await page.waitForSelector('html[data-printing="safety-plan"] .plan-print');
  const paper =
    key === 'safetyPlan.printPage'
      ? { format: 'letter' as const }
      : { width: '85.6mm', height: '54mm', landscape: false };
  const sizes = pdfPageSizes(await page.pdf({ ...paper, printBackground: true, margin: {} }));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForSelector('.plan-print', { hidden: true });
  return sizes;
}

const expectSizes = (
  sizes: { width: number; height: number }[],
  paper: { width: number; height: number },
) => {
  for (const size of sizes) {
    // Firefox writes whole points.
    expect(Math.abs(size.width - paper.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - paper.height)).toBeLessThanOrEqual(1);
  }
};

describe('Firefox: my safety plan', () => {
  it('fills in French, calls the person typed in with one click, prints at both sizes, and locks away', async () => {
    const page = await ff.open('sidepanel.html', { width: 500, height: 900 });
    await click(page, 'tab', fr('tabs.journal'));
    await click(page, 'button', fr('journal.start'));
    await fill(page, fr('journal.passphrase'), PASSPHRASE);
    await fill(page, fr('journal.confirmPassphrase'), PASSPHRASE);
    await click(page, 'button', fr('journal.turnOn'));
    await click(page, 'button', fr('safetyPlan.heading'));
    await page.locator(role('heading', fr('safetyPlan.heading'))).wait();
    await fill(page, fr('safetyPlan.items'), `${MARKER} je m’isole`);
    await openPart(page, 4);
    await page.locator('.plan-typed summary').click();
    await fill(page, fr('safetyPlan.name'), 'Camille');
    await fill(page, fr('safetyPlan.phone'), '514 555-0199');
    await page.locator('.plan-typed button[type="submit"]').click();
    const href = await page
      .locator(role('link', fr('safetyPlan.call', 'Camille')))
      .map((a) => (a as HTMLAnchorElement).getAttribute('href'))
      .wait();
    expect(href).toBe('tel:5145550199');
    await waitForText(page, fr('safetyPlan.saved'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'safety-plan-firefox-fr');

    // Printed: one letter page, and one or two pocket pages (one a side).
    const onePage = await printPlan(page, 'safetyPlan.printPage');
    expect(onePage).toHaveLength(1);
    expectSizes(onePage, LETTER_PT);
    const pocket = await printPlan(page, 'safetyPlan.printPocket');
    expect(pocket.length).toBeGreaterThanOrEqual(1);
    expect(pocket.length).toBeLessThanOrEqual(2);
    expectSizes(pocket, POCKET_PT);

    // A long plan (twelve long lines in every part) runs onto more pages at both sizes.
    for (let n = 1; n <= 7; n++) {
      await openPart(page, n);
      const field = await byLabel(page, fr('safetyPlan.items'));
      await field.evaluate(
        (el, text) => {
          el.value = text;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        },
        Array.from(
          { length: 12 },
          (_, i) =>
            `partie ${n}, ligne ${i} : quand la garde finit tard et que personne ne demande comment la nuit s’est passée, je m’arrête et je l’écris ici`,
        ).join('\n'),
      );
    }
    await waitForText(page, fr('safetyPlan.saved'));
    const longLetter = await printPlan(page, 'safetyPlan.printPage');
    expect(longLetter.length).toBeGreaterThan(1);
    expectSizes(longLetter, LETTER_PT);
    const longPocket = await printPlan(page, 'safetyPlan.printPocket');
    expect(longPocket.length).toBeGreaterThan(4);
    expectSizes(longPocket, POCKET_PT);
    console.log(
      `Firefox print: short plan letter ${onePage.length}, pocket ${pocket.length}; long plan letter ${longLetter.length}, pocket ${longPocket.length}`,
    );
    await click(page, 'button', fr('journal.lock'));
    await waitForText(page, fr('journal.locked'));
    expect(await page.content()).not.toContain(MARKER);
    expect(await page.content()).not.toContain('Camille');
    await page.close();
  });
});

describe('Firefox: the plan typed at a stretch, then closed at once', () => {
  // Firefox ends a closing page's unfinished IndexedDB writes: the page hands the plan it sealed
  // ahead to the background, which writes it (lib/journal/closing-writes.ts), and saves along the
  // way bound what a failed hand-off could lose. Before either, a plan typed without a pause and
  // closed 150 ms after the last key lost all of it here.
  /** The plan's first part, open in the sidebar page, in whatever state the other tests left the journal. */
  const openPlan = async () => {
    const page = await ff.open('sidepanel.html', { width: 500, height: 900 });
    await click(page, 'tab', fr('tabs.journal'));
    // Whatever the other test left: the journal off, locked, or open. One wait, not three raced:
    // a losing wait would still be polling when the page closes, an error no test catches.
    const keys = ['journal.start', 'journal.unlock', 'journal.lock'];
    const state = await page
      .waitForFunction(
        (named: [string, string][]) =>
          named.find(([, name]) =>
            [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name),
          )?.[0] ?? '',
        { timeout: 15_000 },
        keys.map((key): [string, string] => [key, fr(key)]),
      )
      .then((found) => found.jsonValue() as Promise<string>);
    if (state === 'journal.start') {
      await click(page, 'button', fr('journal.start'));
      await fill(page, fr('journal.passphrase'), PASSPHRASE);
      await fill(page, fr('journal.confirmPassphrase'), PASSPHRASE);
      await click(page, 'button', fr('journal.turnOn'));
    } else if (state === 'journal.unlock') {
      await fill(page, fr('journal.passphrase'), PASSPHRASE);
      await click(page, 'button', fr('journal.unlock'));
    }
    await click(page, 'button', fr('safetyPlan.heading'));
    await page.locator(role('heading', fr('safetyPlan.heading'))).wait();
    await openPart(page, 1);
    return { page, field: await byLabel(page, fr('safetyPlan.items')) };
  };
  /** The plan open, the caret at the end of its first part, and the words there before. */
  const openPlanAtEnd = async () => {
    const { page, field } = await openPlan();
    const before = await field.evaluate((el) => el.value);
    await field.focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    return { page, before };
  };

  it('keeps what the saves along the way wrote', async () => {
    const { page, before } = await openPlanAtEnd();
    // Appended to the last line (a leading space would be trimmed away as the plan saves).
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let burst = '';
    // A key every 100 ms or so for 6 s, each time noted: no pause long enough for the autosave.
    const keyTimes: number[] = [];
    while (keyTimes.length === 0 || Date.now() - keyTimes[0]! < 6_000) {
      const key = letters[burst.length % letters.length]!;
      await page.keyboard.type(key);
      burst += key;
      keyTimes.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closedAt = Date.now();
    await page.close();

    const reopened = await openPlan();
    const kept = await reopened.field.evaluate((el) => el.value);
    expect(kept.startsWith(before)).toBe(true);
    // A save begins at most AUTOSAVE_MAX_WAIT_MS after the first edit it has not saved: every key
    // typed before the last such moment (less 1.5 s for the save itself) is on disk.
    const surelySaved = keyTimes.filter((time) => time < closedAt - AUTOSAVE_MAX_WAIT_MS - 1_500).length;
    expect(surelySaved).toBeGreaterThan(0);
    expect(kept.slice(before.length)).toContain(burst.slice(0, surelySaved));
    const gaps = keyTimes.slice(1).map((time, i) => time - keyTimes[i]!);
    console.log(
      `Firefox, typed for ${closedAt - keyTimes[0]!} ms (longest gap ${Math.max(...gaps)} ms, autosave ${AUTOSAVE_MS} ms) and closed: ${kept.length - before.length} of ${burst.length} keys kept, ${surelySaved} surely`,
    );
    await click(reopened.page, 'button', fr('journal.lock'));
    await waitForText(reopened.page, fr('journal.locked'));
    await reopened.page.close();
  });

  it('keeps every key of a short burst closed at once: the background writes it', async () => {
    const { page, before } = await openPlanAtEnd();
    // Shorter than AUTOSAVE_MAX_WAIT_MS, with no pause as long as AUTOSAVE_MS: no save along the way,
    // so only the write as the page closes can keep these keys.
    const burst = 'ferme';
    const typed = Date.now();
    await page.keyboard.type(burst);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const closedAfter = Date.now() - typed;
    await page.close();
    expect(
      closedAfter,
      `typed and closed in ${closedAfter} ms: not before a save along the way`,
    ).toBeLessThan(AUTOSAVE_MAX_WAIT_MS);

    const reopened = await openPlan();
    await expect
      .poll(() => reopened.field.evaluate((el) => el.value), { timeout: 5_000 })
      .toBe(`${before}${burst}`);
    await click(reopened.page, 'button', fr('journal.lock'));
    await waitForText(reopened.page, fr('journal.locked'));
    await reopened.page.close();
  });
});
