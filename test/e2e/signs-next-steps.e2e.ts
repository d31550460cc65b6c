import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, sharedSession, type Session } from './harness';
import { signLabel, uiCount, type TestLang } from './locales';
import { openSigns } from './shared-steps';

/**
 * Ordinary signs ticked: what to do next is drawn below the whole checklist, a screen or more down.
 * A bar at the bottom of the window says so and takes the reader there; a sign focused by keyboard
 * is never hidden under it, and the bar itself is reached by keyboard after the list.
 */
const SIZES = [
  { name: 'popup 380x600', path: 'popup.html', width: 380, height: 600 },
  { name: 'popup at 150% zoom (253x400)', path: 'popup.html', width: 253, height: 400 },
  { name: 'side panel 250 px wide', path: 'sidepanel.html', width: 250, height: 700 },
];

/** The box of what a locator finds, and whether it lies wholly inside the window. */
async function inWindow(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return {
      inside: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      fits: el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
      visible: getComputedStyle(el).visibility === 'visible',
      top: box.top,
    };
  });
}

function bothLanguages(lang: TestLang) {
  describe(`in ${lang === 'en' ? 'English' : 'French'}`, () => {
    const session: Session = sharedSession({ lang, timezone: 'America/Toronto' });
    const bar = '.next-steps-bar button';

    for (const size of SIZES) {
      it(`${size.name}: the bar is in the window at once, and leads to the next steps, focused`, async () => {
        const page = await openSigns(session, lang, size);
        await page.getByLabel(signLabel(lang, 'exhausted', 'colleague'), { exact: true }).check();
        await page.getByLabel(signLabel(lang, 'concentration', 'colleague'), { exact: true }).check();
        const button = page.getByRole('button', { name: uiCount(lang, 'signs.nextStepsBar', 2) });
        await button.waitFor();
        expect(await inWindow(page, bar)).toMatchObject({ inside: true, fits: true, visible: true });
        await screenshot(page, `signs-next-steps-bar-${size.width}-${lang}`);
        await button.click();
        const heading = '#next-steps-heading';
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('next-steps-heading');
        expect(await page.locator(heading).textContent()).toBe(uiCount(lang, 'signs.noticedCount', 2));
        expect((await inWindow(page, heading)).inside).toBe(true);
        await page.close();
      });
    }

    for (const size of SIZES) {
      it(`${size.name}: a sign reached by keyboard is scrolled clear of the bar, and the bar stays seen with focus`, async () => {
        const page = await openSigns(session, lang, size);
        await page.getByLabel(signLabel(lang, 'exhausted', 'colleague'), { exact: true }).check();
        await page.locator(bar).waitFor();
        const covered: string[] = [];
        // From the first sign to the last, by Tab, as a keyboard user goes down the list.
        await page.locator('.indicator-group input').first().focus();
        for (let i = 0; i < 60; i++) {
          const problem = await page.evaluate(() => {
            const focused = document.activeElement;
            if (!(focused instanceof HTMLInputElement) || focused.type !== 'checkbox') return 'done';
            const box = (focused.closest('label') ?? focused).getBoundingClientRect();
            const barBox = document.querySelector('.next-steps-bar')!.getBoundingClientRect();
            return box.bottom > barBox.top + 1 ? `${focused.id} under the bar` : null;
          });
          if (problem === 'done') break;
          if (problem) covered.push(problem);
          await page.keyboard.press('Tab');
        }
        expect(covered).toEqual([]);
        // On past "Clear all ticks" to the bar itself: it has focus, and is seen, inside the window.
        for (
          let i = 0;
          i < 5 && !(await page.locator(bar).evaluate((b) => b === document.activeElement));
          i++
        )
          await page.keyboard.press('Tab');
        expect(await page.locator(bar).evaluate((b) => b === document.activeElement)).toBe(true);
        await page.waitForTimeout(300);
        expect(await inWindow(page, bar)).toMatchObject({ inside: true, visible: true });
        await page.close();
      });
    }
  });
}

bothLanguages('en');
bothLanguages('fr');
