import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BEFORE_YOU_CALL } from '../../lib/content/before-you-call';
import { LICENCE_FORMS } from '../../lib/content/licence-forms';
import { isStated, type Fact } from '../../lib/content/sourced-facts';
import { axeViolations, hasHorizontalScroll, screenshot, sharedSession, smallTargets } from './harness';
import { resource, signLabel, ui, type TestLang } from './locales';

/**
 * Issue 22: "Before you call" on program cards and "What your licence form asks", as a person in
 * Manitoba sees them, in English and French, in the popup (380x600) and the side panel.
 */

const SURFACES = [
  { name: 'popup', path: 'popup.html', width: 380, height: 600 },
  { name: 'side panel 250', path: 'sidepanel.html', width: 250, height: 700 },
  { name: 'side panel 800', path: 'sidepanel.html', width: 800, height: 900 },
] as const;

const textOf = (fact: Fact, lang: TestLang) => {
  if (!isStated(fact)) throw new Error('expected a stated fact');
  return fact.text[lang];
};

/** Every box inside the element lies within the window's width, and the page does not scroll sideways. */
async function expectInsideWidth(page: Page, box: Locator, what: string) {
  const outside = await box.evaluate((root) =>
    [root, ...root.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5)
      .map(({ el, r }) => `${el.tagName} ${Math.round(r.left)}..${Math.round(r.right)}`),
  );
  expect(outside, what).toEqual([]);
  expect(await hasHorizontalScroll(page), what).toBe(false);
}

async function expectClean(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
  expect(await smallTargets(page), what).toEqual([]);
}

for (const lang of ['en', 'fr'] as const) {
  describe(`before you call, ${lang}`, () => {
    // Winnipeg: Manitoba in either language.
    const session = sharedSession({ lang, timezone: 'America/Winnipeg' });
    const l = (key: string, ...subs: string[]) => ui(lang, key, ...subs);

    for (const surface of SURFACES) {
      it(`Manitoba's CPSM program says plainly the regulator runs it (${surface.name})`, async () => {
        const page = await session.open(surface.path, surface);
        await page.getByRole('tab', { name: l('tabs.resources') }).click();
        const card = page.locator('article.resource', {
          has: page.getByRole('heading', { name: resource('cpsm-php').name[lang] }),
        });
        // The crisis line first; the regulator's program after the association's and the national
        // ones, where calling it (a way to self-report) is not taken for the same kind of help.
        await card.waitFor();
        const order = await page.locator('article.resource h3').allTextContents();
        expect(order[0]).toBe(resource('ca-988').name[lang]);
        expect(order.at(-1)).toBe(resource('cpsm-php').name[lang]);
        expect(order).toContain(resource('doctors-manitoba-pfsp').name[lang]);
        // Closed, it already says so.
        const summary = card.locator('summary');
        await expect(summary.textContent()).resolves.toBe(l('beforeYouCall.summaryRegulator'));
        await summary.click();
        const runBy = card.locator('li[data-field="runBy"]');
        await runBy.waitFor();
        await expect(runBy.textContent()).resolves.toContain(
          textOf(BEFORE_YOU_CALL['cpsm-php']!.runBy, lang),
        );
        await expect(
          runBy
            .getByRole('link', { name: l('beforeYouCall.sourceFor', l('beforeYouCall.fields.runBy')) })
            .getAttribute('href'),
        ).resolves.toBe('https://cpsm.mb.ca/physician-health-program');
        // Five lines, each sourced or "not stated", each with a date.
        await expect(card.locator('.byc-lines li').count()).resolves.toBe(5);
        await expect(
          card.locator('.byc-lines li', { hasText: l('beforeYouCall.notStated') }).count(),
        ).resolves.toBe(2);
        await expect(
          page.getByText(l('beforeYouCall.notLegalAdvice'), { exact: true }).count(),
        ).resolves.toBe(1);
        await expectInsideWidth(page, card, `CPSM card, ${surface.name}`);
        await expectClean(page, `Resources with CPSM open, ${surface.name}`);
        await screenshot(page, `byc-cpsm-${lang}-${surface.width}`);
        await page.close();
      });
    }

    it('every card in every region has its Before you call (Resources, all regions)', async () => {
      const page = await session.open('popup.html');
      await page.getByRole('tab', { name: l('tabs.resources') }).click();
      await page.getByRole('checkbox', { name: l('resources.allRegions') }).check();
      const cards = page.locator('article.resource');
      await expect.poll(() => cards.count()).toBeGreaterThan(25);
      const without = await cards.evaluateAll((articles) =>
        articles
          .filter((a) => !a.querySelector('details.byc > summary'))
          .map((a) => a.querySelector('h3')?.textContent),
      );
      expect(without).toEqual([]);
      await page.close();
    });

    it('Ontario’s OMA PHP says it keeps records, opened by keyboard from a search (popup)', async () => {
      const page = await session.open('popup.html');
      await page.getByRole('tab', { name: l('tabs.resources') }).click();
      await page.getByRole('searchbox', { name: l('resources.search') }).fill('OMA');
      const card = page.locator('article.resource', {
        has: page.getByRole('heading', { name: resource('oma-php').name[lang] }),
      });
      await card.waitFor();
      // By keyboard: focus the card's own summary, then Enter opens it.
      await card.locator('summary').focus();
      await page.keyboard.press('Enter');
      const records = card.locator('li[data-field="records"]');
      await records.waitFor();
      await expect(records.textContent()).resolves.toContain(
        textOf(BEFORE_YOU_CALL['oma-php']!.records, lang),
      );
      await expect(records.textContent()).resolves.toMatch(
        lang === 'en' ? /Keeps records/ : /Garde des dossiers/,
      );
      await records.scrollIntoViewIfNeeded();
      const box = await records.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(380);
      await expectInsideWidth(page, card, 'OMA card');
      await expectClean(page, 'Resources with OMA open');
      await screenshot(page, `byc-oma-${lang}`);
      await page.close();
    });

    for (const surface of [SURFACES[0], SURFACES[2]]) {
      it(`the licence-form view from Reach: Manitoba first, then Nova Scotia and the US (${surface.name})`, async () => {
        const page = await session.open(surface.path, surface);
        await page.getByRole('tab', { name: l('tabs.reach') }).click();
        await page.locator('summary', { hasText: l('licenceForm.summary') }).click();
        const view = page.locator('.licence-view');
        await view.waitFor();
        const select = view.getByRole('combobox', { name: l('licenceForm.region') });
        await expect(select.inputValue()).resolves.toBe('MB');
        await expect(view.textContent()).resolves.toContain(textOf(LICENCE_FORMS.MB.regulatorProgram!, lang));
        await expect(view.textContent()).resolves.toContain(l('licenceForm.checkForm'));
        // Once in the view, the licence form included.
        await expect(
          page.getByText(l('beforeYouCall.notLegalAdvice'), { exact: true }).count(),
        ).resolves.toBe(1);
        await expectInsideWidth(page, view, `licence view MB, ${surface.name}`);
        await expectClean(page, `licence view MB, ${surface.name}`);
        await select.selectOption('NS');
        await expect(view.locator('li[data-field="regulatorProgram"]').textContent()).resolves.toContain(
          textOf(LICENCE_FORMS.NS.regulatorProgram!, lang),
        );
        await expect(view.textContent()).resolves.toContain(LICENCE_FORMS.NS.regulator[lang]);
        await screenshot(page, `byc-licence-ns-${lang}-${surface.width}`);
        await select.selectOption('US');
        await expect(view.textContent()).resolves.toContain(
          textOf(BEFORE_YOU_CALL['physician-support-line']!.records, lang),
        );
        await expectInsideWidth(page, view, `licence view US, ${surface.name}`);
        await expectClean(page, `licence view US, ${surface.name}`);
        await page.close();
      });
    }

    it('the myself urgent block offers the licence form and Before you call on its physician lines (popup)', async () => {
      const page = await session.open('popup.html');
      await page.getByRole('tab', { name: l('tabs.signs') }).click();
      await page.locator('.signs .segmented button').nth(1).click();
      await page.getByRole('checkbox', { name: signLabel(lang, 'burden', 'myself') }).check();
      const area = page.locator('.urgent-area');
      const cpsm = area.locator('.program', { hasText: resource('cpsm-php').name[lang] });
      await cpsm.locator('summary').click();
      await expect(cpsm.locator('li[data-field="runBy"]').textContent()).resolves.toContain(
        textOf(BEFORE_YOU_CALL['cpsm-php']!.runBy, lang),
      );
      await area.locator('summary', { hasText: l('licenceForm.summary') }).click();
      await area.locator('.licence-view').waitFor();
      await expect(area.getByText(l('beforeYouCall.notLegalAdvice'), { exact: true }).count()).resolves.toBe(
        1,
      );
      await expectInsideWidth(page, area, 'myself urgent area');
      await expectClean(page, 'myself urgent area, both open');
      await screenshot(page, `byc-urgent-myself-${lang}`);
      await page.close();
    });
  });
}
