/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  focusedText,
  closeOffline,
  hasHorizontalScroll,
  launch,
  screenshot,
  smallTargets,
  tabTo,
  type Session,
} from './harness';
import { signLabel, ui, type TestLang } from './locales';

/** What a person reads, from the locales and the content, in each language. */
const labels = (lang: TestLang) => ({
  open: ui(lang, 'afterEvent.open'),
  colleague: ui(lang, 'afterEvent.forColleague'),
  myself: ui(lang, 'afterEvent.forMyself'),
  next: ui(lang, 'help.next'),
  back: ui(lang, 'help.back'),
  urgent: ui(lang, 'urgent.toggle'),
  urgentMyself: ui(lang, 'afterEvent.urgentMyself'),
  message: ui(lang, 'afterEvent.message'),
  signs: ui(lang, 'tabs.signs'),
  myselfMode: ui(lang, 'signs.myself'),
  ordinaryMyself: signLabel(lang, 'exhausted', 'myself'),
  reach: ui(lang, 'tabs.reach'),
  close: ui(lang, 'afterEvent.close'),
});
const L = { en: labels('en'), fr: labels('fr') };

const COLLEAGUE_SCREENS = 7;
const MYSELF_SCREENS = 4;

/** A buddy with a phone and an email, written where the Reach tab keeps its people. */
async function seedBuddy(session: Session) {
  await session.worker.evaluate(() =>
    chrome.storage.local.set({
      contacts: [
        { id: 'b1', name: 'Sam Lee', isBuddy: true, phone: '613 555 0199', email: 'sam@example.org' },
      ],
    }),
  );
}

/** The screen's box: from its step count to its Back/Next row, as a person scrolls through it. */
async function screenHeight(page: Page): Promise<number> {
  return page.locator('.guided-screen').evaluate((el) => el.getBoundingClientRect().height);
}

async function walk(page: Page, lang: 'en' | 'fr', screens: number, visit: (n: number) => Promise<void>) {
  for (let n = 1; n <= screens; n++) {
    await page
      .locator('.step-count')
      .filter({ hasText: new RegExp(`^\\D*${n}\\D`) })
      .waitFor();
    // Each screen fits the popup: it is read between patients without scrolling through two screens.
    expect(await screenHeight(page), `${lang} screen ${n}`).toBeLessThanOrEqual(600);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await visit(n);
    if (n < screens) await page.getByRole('button', { name: L[lang].next }).click();
  }
}

describe.each(['en', 'fr'] as const)('after a difficult event (%s)', (lang) => {
  let session: Session;
  const l = L[lang];
  beforeAll(async () => {
    session = await launch({ lang });
    await seedBuddy(session);
  });
  afterAll(async () => {
    await closeOffline(session);
  });

  it('walks the colleague path from HELP and sends an edited touching-base message', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('button', { name: l.urgent }).waitFor();
    await page.getByRole('button', { name: l.colleague }).click();
    await walk(page, lang, COLLEAGUE_SCREENS, async (n) => {
      await screenshot(page, `after-event-colleague-${n}-${lang}`);
      if (n === 2) {
        const box = page.getByLabel(l.message);
        const mine =
          lang === 'en' ? 'Thinking of you & here if you want a coffee?' : 'Je pense à toi : un café?';
        await box.fill(mine);
        const encoded = encodeURIComponent(mine);
        const text = await page.locator('a[href^="sms:"]').getAttribute('href');
        expect(text).toBe(`sms:6135550199?body=${encoded}`);
        const email = await page.locator('a[href^="mailto:"]').getAttribute('href');
        const subject = encodeURIComponent(lang === 'en' ? 'Touching base' : 'Prendre des nouvelles');
        expect(email).toBe(`mailto:sam@example.org?subject=${subject}&body=${encoded}`);
      }
      // Ontario (the Toronto time zone in English; Quebec in French): the region's lines.
      if (n === COLLEAGUE_SCREENS - 1 && lang === 'en')
        await expect(page.locator('a[href="tel:18008516606"]').count()).resolves.toBe(1);
      if (n === COLLEAGUE_SCREENS) {
        await expect(page.locator('a[href="tel:18002676522"]').count()).resolves.toBe(1);
        // The Ottawa programs made for exactly this, in Ontario only.
        await expect(
          page.locator('.guided-screen a[href*="peer-support-and-services"]').count(),
        ).resolves.toBe(lang === 'en' ? 2 : 0);
      }
    });
    await page.close();
  });

  it('opens the myself path from Signs with Take a minute and the physician lines', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: l.signs }).click();
    await page.getByRole('button', { name: l.myselfMode, exact: true }).click();
    await page.getByRole('checkbox', { name: l.ordinaryMyself, exact: true }).check();
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('button', { name: l.urgentMyself }).waitFor();
    await walk(page, lang, MYSELF_SCREENS, async (n) => {
      await screenshot(page, `after-event-myself-${n}-${lang}`);
      if (n === 3) {
        await expect(page.locator('a[href="tel:988"]').count()).resolves.toBe(1);
        if (lang === 'en') {
          await expect(page.locator('a[href="tel:18008516606"]').count()).resolves.toBe(1);
          await expect(page.locator('a[href="tel:18664357362"]').count()).resolves.toBe(1);
        }
      }
      if (n === MYSELF_SCREENS)
        await expect(page.locator('a[href="tel:18002676522"]').count()).resolves.toBe(1);
    });
    await page.getByRole('button', { name: l.back, exact: true }).click();
    await page.getByRole('button', { name: l.back, exact: true }).click();
    await page
      .locator('.guided-screen')
      .getByRole('button', { name: lang === 'en' ? 'Take a minute' : 'Prendre une minute' })
      .click();
    await page
      .getByRole('heading', { name: lang === 'en' ? 'Take a minute' : 'Prendre une minute' })
      .waitFor();
    await page.close();
  });

  it('is reachable from Reach, and the urgent block is one click away', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: l.reach }).click();
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('button', { name: l.colleague }).click();
    await page.getByRole('button', { name: l.urgent }).click();
    const alert = page.getByRole('alert');
    await expect(alert.locator('a[href="tel:911"]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: l.close }).click();
    await expect(page.getByRole('tab', { name: l.reach }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await page.close();
  });
});

describe('after a difficult event: keyboard and accessibility', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await seedBuddy(session);
  });
  afterAll(async () => {
    await session.close();
  });

  it('works by keyboard alone: open, choose, move through screens', async () => {
    const page = await session.open('popup.html');
    await page.locator('h1').waitFor();
    await tabTo(page, 'After a difficult event');
    await page.keyboard.press('Enter');
    // The guide's code loads on first use: focus lands on its heading once it is there.
    await expect.poll(() => focusedText(page)).toBe('After a difficult event');
    await tabTo(page, 'For a colleague');
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe('Reach out early');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe('Send a touching-base message');
    await tabTo(page, 'Your message');
    await page.keyboard.press('End');
    await page.keyboard.type(' See you soon.');
    await tabTo(page, 'Text Sam Lee');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(decodeURIComponent(href)).toMatch(/See you soon\.$/);
    await page.close();
  });

  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    it('has no axe violations and no small targets on any screen', async () => {
      for (const [path, screens] of [
        ['colleague', COLLEAGUE_SCREENS],
        ['myself', MYSELF_SCREENS],
      ] as const) {
        const page = await session.open('popup.html');
        await page.emulateMedia({ colorScheme });
        await page.getByRole('button', { name: L.en.open }).click();
        expect(await axeViolations(page), 'chooser').toEqual([]);
        await page.getByRole('button', { name: path === 'colleague' ? L.en.colleague : L.en.myself }).click();
        await page
          .getByRole('button', { name: path === 'colleague' ? L.en.urgent : L.en.urgentMyself })
          .click();
        await page.getByRole('alert').waitFor();
        for (let n = 1; n <= screens; n++) {
          expect(await axeViolations(page), `${path} ${n}`).toEqual([]);
          expect(await smallTargets(page), `${path} ${n}`).toEqual([]);
          if (n < screens) await page.getByRole('button', { name: 'Next' }).click();
        }
        await screenshot(page, `a11y-after-event-${path}-${colorScheme}`);
        await page.close();
      }
    });
  });
});
