import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AFTER_EVENT_PATHS, TOUCHING_BASE } from '../../lib/content/difficult-event';
import type { Contact } from '../../lib/people/contacts';
import {
  closeGuide,
  enterByKeyboard,
  expectAccessible,
  expectScreenFitsPopup,
  openGuideByKeyboard,
  screenshot,
  sharedSession,
  tabTo,
  walkScreens,
} from './harness';
import { signLabel, ui, type TestLang } from './locales';

/** What a person reads, from the locales and the content, in each language. */
const labels = (lang: TestLang) => ({
  open: ui(lang, 'afterEvent.open'),
  heading: ui(lang, 'afterEvent.heading'),
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
  reachHeading: ui(lang, 'reach.heading'),
  takeAMinute: ui(lang, 'calm.open'),
  takeAMinuteHeading: ui(lang, 'calm.heading'),
  subject: TOUCHING_BASE.subject[lang],
  screenTitles: AFTER_EVENT_PATHS.colleague.map((screen) => screen.title[lang]),
});
const L = { en: labels('en'), fr: labels('fr') };

const COLLEAGUE_SCREENS = AFTER_EVENT_PATHS.colleague.length;
const MYSELF_SCREENS = AFTER_EVENT_PATHS.myself.length;

/** A buddy with a phone and an email, in Reach. */
const BUDDY: Contact = {
  id: 'b1',
  name: 'Sam Lee',
  isBuddy: true,
  phone: '613 555 0199',
  email: 'sam@example.org',
};

async function walk(page: Page, lang: TestLang, screens: number, visit: (n: number) => Promise<void>) {
  await walkScreens(page, lang, screens, async (n) => {
    // Each screen fits the popup: it is read between patients without scrolling through two screens.
    await expectScreenFitsPopup(page, `${lang} screen ${n}`);
    await visit(n);
  });
}

describe.each(['en', 'fr'] as const)('after a difficult event (%s)', (lang) => {
  const session = sharedSession({ lang, contacts: [BUDDY] });
  const l = L[lang];

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
        expect(email).toBe(`mailto:sam@example.org?subject=${encodeURIComponent(l.subject)}&body=${encoded}`);
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
    await page.locator('.guided-screen').getByRole('button', { name: l.takeAMinute }).click();
    await page.getByRole('heading', { name: l.takeAMinuteHeading }).waitFor();
    await page.close();
  });

  it('is reachable from Reach, the urgent block one click away, and closes back to Reach', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: l.reach }).click();
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('button', { name: l.colleague }).click();
    await page.getByRole('button', { name: l.urgent }).click();
    const alert = page.getByRole('alert');
    await expect(alert.locator('a[href="tel:911"]').count()).resolves.toBe(1);
    await closeGuide(page, lang, l.heading, { name: l.reach, heading: l.reachHeading });
    await page.close();
  });
});

// The guide's physician-line screens where a province has one program of its own (the CMA Support
// Line beside it overflowed the popup: lib/resources/programs.ts, guideLinesFor), and in Yukon,
// where the Support Line stands alone: each screen fits.
describe.each([
  ['America/Regina', 'en'],
  ['America/Halifax', 'fr'],
  ['America/St_Johns', 'en'],
  ['America/St_Johns', 'fr'],
  ['America/Whitehorse', 'fr'],
] as const)('after a difficult event in %s (%s): every screen fits the popup', (timezone, lang) => {
  const session = sharedSession({ lang, timezone });
  const l = L[lang];

  it('on both paths, with the CMA Support Line where the territory has no program', async () => {
    const page = await session.open('popup.html');
    for (const path of [l.colleague, l.myself]) {
      await page.getByRole('button', { name: l.open }).click();
      await page.getByRole('button', { name: path }).click();
      const screens = path === l.colleague ? COLLEAGUE_SCREENS : MYSELF_SCREENS;
      let supportLine = 0;
      await walk(page, lang, screens, async () => {
        supportLine += await page.locator('.guided-screen a[href*="cma.ca/supportline"]').count();
      });
      if (timezone === 'America/Whitehorse') expect(supportLine, path).toBeGreaterThan(0);
      else expect(supportLine, path).toBe(0);
      await page.getByRole('button', { name: ui(lang, 'afterEvent.close') }).click();
    }
    await page.close();
  });
});

describe('after a difficult event: keyboard and accessibility', () => {
  const session = sharedSession({ contacts: [BUDDY] });
  const l = L.en;

  it('works by keyboard alone: open, choose, move through screens', async () => {
    const page = await openGuideByKeyboard(session, l.open, l.heading);
    await enterByKeyboard(page, l.colleague, l.screenTitles[0]!);
    await enterByKeyboard(page, l.next, l.screenTitles[1]!);
    await tabTo(page, l.message);
    await page.keyboard.press('End');
    await page.keyboard.type(' See you soon.');
    await tabTo(page, ui('en', 'afterEvent.sendText', BUDDY.name));
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
        await page.getByRole('button', { name: l.open }).click();
        await expectAccessible(page, 'chooser');
        await page.getByRole('button', { name: path === 'colleague' ? l.colleague : l.myself }).click();
        await page.getByRole('button', { name: path === 'colleague' ? l.urgent : l.urgentMyself }).click();
        await page.getByRole('alert').waitFor();
        await walkScreens(page, 'en', screens, (n) => expectAccessible(page, `${path} ${n}`));
        await screenshot(page, `a11y-after-event-${path}-${colorScheme}`);
        await page.close();
      }
    });
  });
});
