import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, sharedSession, type Session } from './harness';
import { boxInWindow } from './in-page';
import { signLabel, uiCount, type TestLang } from './locales';
import { openSigns } from './shared-steps';

/**
 * Ordinary signs ticked: what to do next is drawn below the whole checklist, a screen or more down.
 * The foot of each group of ordinary signs then says so and takes the reader there. Its place is
 * kept before the first tick, so no sign moves when it appears, and nothing covers a sign.
 */
const SIZES = [
  { name: 'popup 380x600', path: 'popup.html', width: 380, height: 600 },
  { name: 'popup at 150% zoom (253x400)', path: 'popup.html', width: 253, height: 400 },
  { name: 'side panel 250 px wide', path: 'sidepanel.html', width: 250, height: 700 },
  { name: 'side panel 800 px wide', path: 'sidepanel.html', width: 800, height: 700 },
];

/** Where each sign's label and each group's foot are on the page (not the window): any move shows. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.indicator-group label, .indicator-group .source-note')].map((el) =>
      Math.round(el.getBoundingClientRect().top + scrollY),
    ),
  );

/** Whether an element lies wholly inside the window, whether its text fits its box, and whether it shows. */
const seen = async (page: Page, selector: string) => ({
  inside: await page.locator(selector).evaluate(boxInWindow),
  ...(await page.locator(selector).evaluate((el) => ({
    fits: el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
    visible: getComputedStyle(el).visibility === 'visible',
  }))),
});

function bothLanguages(lang: TestLang) {
  describe(`in ${lang === 'en' ? 'English' : 'French'}`, () => {
    const session: Session = sharedSession({ lang, timezone: 'America/Toronto' });
    const firstCue = '.indicator-group--physical .next-steps-cue';

    for (const size of SIZES) {
      it(`${size.name}: ticks move no sign; each group's foot then leads to the next steps, focused`, async () => {
        const page = await openSigns(session, lang, size);
        await page.locator(firstCue).waitFor({ state: 'attached' });
        const before = await layout(page);
        expect(before.length).toBeGreaterThan(30);
        expect(await seen(page, firstCue)).toMatchObject({ visible: false });
        await page.getByLabel(signLabel(lang, 'exhausted', 'colleague'), { exact: true }).check();
        await page.getByLabel(signLabel(lang, 'concentration', 'colleague'), { exact: true }).check();
        const cue = page.locator(firstCue);
        await expect.poll(() => cue.textContent()).toBe(uiCount(lang, 'signs.nextStepsCue', 2));
        expect(await layout(page), 'a sign moved when the ticks were made').toEqual(before);
        expect(await page.locator('.next-steps-cue').count()).toBe(3);
        // Scrolled to as a reader goes down the group: seen whole, its words inside its box.
        await cue.scrollIntoViewIfNeeded();
        expect(await seen(page, firstCue)).toEqual({ inside: true, fits: true, visible: true });
        await screenshot(page, `signs-next-steps-cue-${size.width}-${lang}`);
        await cue.click();
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('next-steps-heading');
        expect(await page.locator('#next-steps-heading').textContent()).toBe(
          uiCount(lang, 'signs.noticedCount', 2),
        );
        expect((await seen(page, '#next-steps-heading')).inside).toBe(true);
        await page.close();
      });
    }

    it('by keyboard: the foot is skipped before a tick, and is the next stop after the group once ticked', async () => {
      const page = await openSigns(session, lang);
      const lastPhysical = page.locator('.indicator-group--physical input').last();
      const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
      const firstBehaviour = await page
        .locator('.indicator-group--behaviour input')
        .first()
        .getAttribute('id');
      await lastPhysical.focus();
      await page.keyboard.press('Tab');
      expect(await focusedId()).toBe(firstBehaviour);
      await lastPhysical.focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('next-steps-cue'))).toBe(
        true,
      );
      await page.keyboard.press('Enter');
      await expect.poll(focusedId).toBe('next-steps-heading');
      expect((await seen(page, '#next-steps-heading')).inside).toBe(true);
      await page.close();
    });
  });
}

bothLanguages('en');
bothLanguages('fr');
