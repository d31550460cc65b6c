import type { ElementHandle } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { BEFORE_YOU_CALL } from '../../lib/content/before-you-call';
import { LICENCE_FORMS } from '../../lib/content/licence-forms';
import { isStated, type Fact } from '../../lib/content/sourced-facts';
import {
  axeViolations,
  click,
  closeChecked,
  launchFirefox,
  layoutProblems,
  screenshot,
  smallTargets,
  waitForText,
} from './firefox-harness';
import { resource, ui } from './locales';

const textOf = (fact: Fact, lang: 'en' | 'fr') => {
  if (!isStated(fact)) throw new Error('expected a stated fact');
  return fact.text[lang];
};

// Issue 22 in Firefox (body text at 15 px): the CPSM card and the licence-form view, in the popup's size.
for (const lang of ['en', 'fr'] as const) {
  it(`Firefox, ${lang}: Manitoba's CPSM card says the regulator runs it; the licence view opens from Reach`, async () => {
    const ff = await launchFirefox({ lang, timezone: 'America/Winnipeg' });
    try {
      const page = await ff.open('popup.html', { width: 380, height: 600 });
      await click(page, 'tab', ui(lang, 'tabs.resources'));
      const cpsmName = resource('cpsm-php').name[lang];
      await waitForText(page, cpsmName);
      // The card's own disclosure, found by its heading; closed, it already says who runs it.
      const summary = (await page.waitForFunction(
        (name: string) =>
          [...document.querySelectorAll('article.resource')]
            .find((a) => a.querySelector('h3')?.textContent === name)
            ?.querySelector('summary') ?? false,
        {},
        cpsmName,
      )) as ElementHandle<HTMLElement>;
      expect(await summary.evaluate((el) => el.textContent)).toBe(ui(lang, 'beforeYouCall.summaryRegulator'));
      await summary.evaluate((el) => el.click());
      await waitForText(page, textOf(BEFORE_YOU_CALL['cpsm-php']!.runBy, lang));
      expect(await layoutProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      await screenshot(page, `byc-cpsm-${lang}`);

      await click(page, 'tab', ui(lang, 'tabs.reach'));
      await page.waitForSelector('details.licence-form summary');
      await page.$eval('details.licence-form summary', (el) => (el as HTMLElement).click());
      await waitForText(page, textOf(LICENCE_FORMS.MB.regulatorProgram!, lang));
      expect(await layoutProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      await page.close();
    } finally {
      await closeChecked(ff);
    }
  });
}
