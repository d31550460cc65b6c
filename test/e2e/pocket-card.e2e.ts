/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD_AUDIENCES, CARD_HELP_LINES, CARD_LABELS } from '../../lib/content/pocket-card';
import { askServiceWorker, expectAccessible, screenshot, sharedSession, tabTo } from './harness';
import { resource, ui, type TestLang } from './locales';
import { pdfPageSizes } from './pdf';

// 85.6 x 54 mm in PDF points (1/72 inch).
const CARD_PT = { width: (85.6 / 25.4) * 72, height: (54 / 25.4) * 72 };

const session = sharedSession({
  contacts: [
    { id: 'b1', name: 'Samantha Lee-Tremblay', isBuddy: true, phone: '+1 613 555 0199' },
    { id: 'c2', name: 'Alex Roy', isBuddy: false, phone: '613 555 0142' },
  ],
});

/** The page is in an English browser; the card may be in either language. */
const L = {
  open: ui('en', 'pocketCard.open'),
  heading: ui('en', 'pocketCard.heading'),
  reach: ui('en', 'tabs.reach'),
  includeBuddy: ui('en', 'pocketCard.includeBuddy'),
  print: ui('en', 'pocketCard.print'),
  cardLanguage: { en: ui('en', 'pocketCard.english'), fr: ui('en', 'pocketCard.french') },
};
/** Ontario's PARO line, on the card from the Toronto time zone. */
const PARO = resource('paro-helpline');

/** Lines that stick out of their card side, as laid out for print. */
async function linesOutsideCard(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.card-side')].flatMap((side) => {
      const card = side.getBoundingClientRect();
      const overflow = side.scrollHeight > side.clientHeight + 1 || side.scrollWidth > side.clientWidth + 1;
      const outside = [...side.querySelectorAll<HTMLElement>('.card-line')]
        .filter((line) => {
          const box = line.getBoundingClientRect();
          return (
            box.top < card.top - 0.5 ||
            box.left < card.left - 0.5 ||
            box.bottom > card.bottom + 0.5 ||
            box.right > card.right + 0.5
          );
        })
        .map((line) => line.textContent ?? '');
      return overflow ? [`overflow in ${side.className}`, ...outside] : outside;
    }),
  );
}

async function printCard(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const lines = await page.locator('.card-line').allTextContents();
  expect(await linesOutsideCard(page), name).toEqual([]);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const sizes = pdfPageSizes(pdf);
  // Front and back, each exactly the card's size.
  expect(sizes.length, name).toBe(2);
  for (const size of sizes) {
    expect(size.width).toBeCloseTo(CARD_PT.width, 0);
    expect(size.height).toBeCloseTo(CARD_PT.height, 0);
  }
  await page.emulateMedia({ media: 'screen' });
  return lines.join('\n');
}

describe('pocket card', () => {
  it('is linked from HELP and Reach and opens in its own tab', async () => {
    const popup = await session.open('popup.html');
    const link = popup.getByRole('link', { name: L.open });
    expect(await link.getAttribute('href')).toBe('/print.html#pocket-card');
    expect(await link.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await tab.getByRole('heading', { name: L.heading }).waitFor();
    await tab.close();
    await popup.getByRole('tab', { name: L.reach }).click();
    await popup.getByRole('link', { name: L.open }).waitFor();
    await popup.close();
  });

  it.each(['en', 'fr'] as const)(
    'prints front and back at 85.6 x 54 mm, every line inside, in %s; the buddy only when ticked',
    async (language: TestLang) => {
      const page = await session.open('print.html#pocket-card', { width: 900, height: 900 });
      await page.getByRole('heading', { name: L.heading }).waitFor();
      await page.getByRole('radio', { name: L.cardLanguage[language] }).check();
      const buddy = page.getByRole('checkbox', { name: L.includeBuddy });
      await expect.poll(() => buddy.isEnabled()).toBe(true);
      const without = await printCard(page, `${language} without buddy`);
      expect(without).not.toContain('Samantha');
      expect(without).not.toContain(CARD_LABELS.buddy[language]);
      expect(without).toContain(CARD_LABELS.danger[language]);
      expect(without).toContain('9-8-8');
      // Ontario, from the Toronto time zone: each physician line says whom it serves.
      const paroLine = without.split('\n').find((line) => line.includes(PARO.lines[0]!.display));
      expect(paroLine).toContain(CARD_AUDIENCES[PARO.id]!.serves[language]);
      await buddy.check();
      const withBuddy = await printCard(page, `${language} with buddy`);
      expect(withBuddy).toContain(`${CARD_LABELS.buddy[language]} Samantha Lee-Tremblay, +1 613 555 0199`);
      expect(withBuddy).not.toContain('Alex Roy');
      await screenshot(page, `pocket-card-${language}`);
      await page.close();
    },
  );

  it('stores nothing: reopening starts with the buddy unticked', async () => {
    const page = await session.open('print.html#pocket-card', { width: 900, height: 900 });
    const buddy = page.getByRole('checkbox', { name: L.includeBuddy });
    await expect.poll(() => buddy.isEnabled()).toBe(true);
    await buddy.check();
    await page.reload();
    await expect.poll(() => buddy.isEnabled()).toBe(true);
    expect(await buddy.isChecked()).toBe(false);
    const stored = await askServiceWorker(session, () => chrome.storage.local.get(null));
    expect(Object.keys(stored).sort()).toEqual(['contacts']);
    await page.close();
  });

  it('works by keyboard and has no axe violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.open('print.html#pocket-card', { width: 380, height: 600 });
      await page.emulateMedia({ colorScheme });
      await page.getByRole('heading', { name: L.heading }).waitFor();
      // A radio group is one tab stop; arrows choose within it.
      await tabTo(page, L.cardLanguage.en);
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.locator('.card-side').first().textContent())
        .toContain(CARD_HELP_LINES.hello.title.fr);
      await tabTo(page, L.includeBuddy);
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('.card-buddy').count()).toBe(1);
      await tabTo(page, L.print);
      await expectAccessible(page, colorScheme);
      await page.close();
    }
  });
});
