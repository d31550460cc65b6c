// Issue 20 in firefox-esr: the safety plan, in French in the sidebar page, one click to call the
// person typed in, accessible, and gone from the page once locked.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
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
import { ui } from './locales';

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

describe('Firefox: my safety plan', () => {
  it('fills in French, calls the person typed in with one click, and locks away', async () => {
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
    await click(page, 'button', fr('journal.lock'));
    await waitForText(page, fr('journal.locked'));
    expect(await page.content()).not.toContain(MARKER);
    expect(await page.content()).not.toContain('Camille');
    await page.close();
  });
});
