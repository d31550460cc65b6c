import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HELP_STEPS } from '../../lib/content/help';
import { askServiceWorker, screenshot, sharedSession, untilAppTakesOver, type Session } from './harness';
import { stepTitle, ui, type TestLang } from './locales';

/**
 * Issue 21: the popup's and side panel's first screen is in their HTML (scripts/prerender), so the
 * browser paints it before any script runs, in the language the app will speak; the app then takes
 * it over without moving anything.
 */
const TABS = ['tabs.help', 'tabs.signs', 'tabs.reach', 'tabs.resources', 'tabs.journal'];

async function openPage(session: Session, path: string, scripts: boolean, width = 380): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 600 });
  if (!scripts) {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  }
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** What a person sees first: HELP's heading, the five tabs and the four steps, in `lang` only. */
async function expectFirstScreen(page: Page, lang: TestLang) {
  await page.getByRole('heading', { level: 2, name: ui(lang, 'help.heading') }).waitFor({ state: 'visible' });
  expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([ui(lang, 'help.heading')]);
  // Role queries see only what is shown: the other language's copy is hidden.
  expect(await page.getByRole('tab').allTextContents()).toEqual(TABS.map((key) => ui(lang, key)));
  const steps = await page.getByRole('heading', { level: 3 }).allTextContents();
  for (const step of HELP_STEPS) expect(steps.join('|')).toContain(stepTitle(lang, step.id));
}

/** Where the first screen's landmarks are: the same before and after the app takes over. */
async function boxes(page: Page) {
  const shown = [
    page.getByRole('heading', { level: 1 }),
    page.getByRole('heading', { level: 2 }),
    ...TABS.map((_, i) => page.getByRole('tab').nth(i)),
    ...HELP_STEPS.map((_, i) => page.getByRole('heading', { level: 3 }).nth(i)),
  ];
  return Promise.all(shown.map((locator) => locator.boundingBox()));
}

/** Layout shifts the page recorded since it opened (the Layout Instability API keeps them). */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(seen), 300);
      }),
  );

for (const lang of ['en', 'fr'] as const) {
  describe(`in ${lang === 'en' ? 'an English' : 'a French'} browser`, () => {
    const session = sharedSession({ lang });

    for (const path of ['popup.html', 'sidepanel.html']) {
      it(`paints ${path}'s first screen with scripts blocked`, async () => {
        const page = await openPage(session, path, false);
        await expectFirstScreen(page, lang);
        // No script ran: the prerendered screen is still there, both copies.
        await expect(page.locator('[data-prerender]').count()).resolves.toBe(2);
        await screenshot(page, `first-paint-no-scripts-${path.replace('.html', '')}-${lang}`);
        await page.close();
      });
    }

    it(`points the toolbar at the popup made in ${lang} alone, styled from the page itself`, async () => {
      const popupUrl = () => askServiceWorker(session, () => chrome.action.getPopup({}));
      // Set by the background once installed (lib/app/popup-page.background.ts), after it has read the
      // policy: just after the browser starts, that can take seconds.
      await expect
        .poll(popupUrl, { timeout: 30_000 })
        .toBe(`chrome-extension://${session.extensionId}/popup-${lang}.html`);
      const page = await openPage(session, `popup-${lang}.html`, false);
      await expectFirstScreen(page, lang);
      await expect(page.locator('[data-prerender]').count()).resolves.toBe(1);
      // Its styles are in the page, allowed by their hash in the CSP: the font and the popup's width
      // apply (blocked, the root would keep the browser's font and the body the whole window).
      const look = await page.evaluate(() => ({
        font: getComputedStyle(document.documentElement).fontFamily,
        width: document.body.getBoundingClientRect().width,
      }));
      expect(look.font).toContain('system-ui');
      await page.close();
      // In a wider window the body keeps the popup's width, 380 px at the default text size (blocked
      // styles: the whole window).
      const wide = await openPage(session, `popup-${lang}.html`, false, 800);
      expect(await wide.evaluate(() => Math.round(document.body.getBoundingClientRect().width))).toBe(380);
      await wide.close();
    });

    it(`takes over popup-${lang}.html without moving it`, async () => {
      const still = await openPage(session, `popup-${lang}.html`, false);
      await expectFirstScreen(still, lang);
      const before = await boxes(still);
      await still.close();

      const page = await session.context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`chrome-extension://${session.extensionId}/popup-${lang}.html`);
      await untilAppTakesOver(page);
      await expectFirstScreen(page, lang);
      expect(await boxes(page)).toEqual(before);
      expect(await layoutShifts(page)).toEqual([]);
      // Its styles came with the page: the app did not fetch the stylesheet again as it loaded.
      expect(fetched.filter((path) => path.endsWith('.css'))).toEqual([]);
      expect(fetched).toContain('/first-screen.js');
      await page.close();
    });

    it('takes over the first screen without moving it', async () => {
      const still = await openPage(session, 'popup.html', false);
      await expectFirstScreen(still, lang);
      const before = await boxes(still);
      await still.close();

      const page = await openPage(session, 'popup.html', true);
      await untilAppTakesOver(page);
      await expectFirstScreen(page, lang);
      expect(await boxes(page)).toEqual(before);
      expect(await layoutShifts(page)).toEqual([]);
      await page.close();
    });
  });
}

describe('a language chosen in the settings', () => {
  const session = sharedSession({ lang: 'en' });

  it('is the first screen painted, though the browser speaks another', async () => {
    // The app's script is left out here: only the tiny one that picks the language runs.
    const next = await session.context.newPage();
    // What mount() keeps for the next page once settings say French (lib/app/page-language.ts), set
    // in this page before its scripts: another page (the welcome tab) could otherwise write English
    // there in between, once it has read the settings.
    await next.addInitScript(() => localStorage.setItem('been-there.language', 'fr'));
    await next.setViewportSize({ width: 380, height: 600 });
    await next.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await next.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expectFirstScreen(next, 'fr');
    await expect(next.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await next.close();
  });
});

describe('a language chosen in Settings, for the toolbar', () => {
  const session = sharedSession({ lang: 'en' });

  it('points the toolbar at the popup in that language', async () => {
    const popupUrl = () => askServiceWorker(session, () => chrome.action.getPopup({}));
    const url = (file: string) => `chrome-extension://${session.extensionId}/${file}`;
    await expect.poll(popupUrl, { timeout: 30_000 }).toBe(url('popup-en.html'));
    const options = await session.context.newPage();
    await options.goto(url('options.html'));
    await options.getByRole('combobox', { name: ui('en', 'options.languageLabel') }).selectOption('fr');
    await options.getByRole('button', { name: ui('en', 'options.languageApply') }).click();
    await expect.poll(popupUrl, { timeout: 30_000 }).toBe(url('popup-fr.html'));
    // And back: the browser's language again.
    await options.getByRole('combobox', { name: ui('fr', 'options.languageLabel') }).selectOption('auto');
    await options.getByRole('button', { name: ui('fr', 'options.languageApply') }).click();
    await expect.poll(popupUrl, { timeout: 30_000 }).toBe(url('popup-en.html'));
    // The page reopens in that language too; closed while it reloads, Chromium could keep Playwright
    // waiting past the test's time (seen on a busy machine).
    await options.getByRole('combobox', { name: ui('en', 'options.languageLabel') }).waitFor();
    await options.close();
  });
});
