import { describe, expect, it } from 'vitest';
import { PEER_SUPPORT_SECTIONS } from '../../lib/content/start-peer-support';
import {
  closeGuide,
  enterByKeyboard,
  expectAccessible,
  expectScreenFitsPopup,
  hasHorizontalScroll,
  openGuideByKeyboard,
  screenshot,
  sharedSession,
  walkScreens,
} from './harness';
import { ui, type TestLang } from './locales';
import { pdfPageSizes } from './pdf';

const labels = (lang: TestLang) => ({
  open: ui(lang, 'startPeerSupport.open'),
  heading: ui(lang, 'startPeerSupport.heading'),
  next: ui(lang, 'help.next'),
  reach: ui(lang, 'tabs.reach'),
  reachHeading: ui(lang, 'reach.heading'),
  handout: ui(lang, 'startPeerSupport.handout'),
  /** The guide's screens and the handout's sections, with the same titles. */
  sections: PEER_SUPPORT_SECTIONS.map((section) => section.title[lang]),
});
const L = { en: labels('en'), fr: labels('fr') };
const SCREENS = PEER_SUPPORT_SECTIONS.length;
const LETTER_PT = { width: 612, height: 792 };

describe.each(['en', 'fr'] as const)('start peer support where you work (%s)', (lang) => {
  const session = sharedSession({ lang });
  const l = L[lang];

  it('walks the guide from HELP: each screen fits the popup; the last offers the FWP and the others', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('heading', { level: 2, name: l.heading }).waitFor();
    expect(await page.getByRole('link', { name: l.handout }).getAttribute('href')).toBe(
      '/print.html#peer-support-handout',
    );
    await walkScreens(page, lang, SCREENS, async (n) => {
      await page.getByRole('heading', { level: 3, name: l.sections[n - 1], exact: true }).waitFor();
      await expectScreenFitsPopup(page, `screen ${n}`);
      await screenshot(page, `start-peer-support-${n}-${lang}`);
    });
    await expect(page.locator('.guided-screen a[href="tel:6135625211"]').count()).resolves.toBe(1);
    await expect(
      page
        .locator('.guided-screen a[href="https://www.physicianhealth.com/peer-support-initiative/"]')
        .count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it('is reachable from Reach, and closes back to Reach', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: l.reach }).click();
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('heading', { level: 2, name: l.heading }).waitFor();
    await closeGuide(page, lang, l.heading, { name: l.reach, heading: l.reachHeading });
    await page.close();
  });

  it('prints the handout on exactly one letter page, every section on it', async () => {
    const page = await session.open('print.html#peer-support-handout', { width: 900, height: 900 });
    await page.getByRole('heading', { level: 1, name: l.heading }).waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const title of l.sections) await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const printed = await page.locator('.handout').textContent();
    expect(printed).toContain('613-562-5211');
    expect(printed).toContain('physicianhealth.com/peer-support-initiative');
    const sizes = pdfPageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(sizes).toEqual([LETTER_PT]);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, `handout-${lang}`);
    await page.close();
  });
});

describe('start peer support: keyboard and accessibility', () => {
  const session = sharedSession();
  const l = L.en;

  it('works by keyboard alone', async () => {
    // The guide's title takes focus when it opens, then each screen's title as the reader moves on.
    const page = await openGuideByKeyboard(session, l.open, l.heading);
    await enterByKeyboard(page, l.next, l.sections[1]!);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations on any screen or the handout (%s)',
    async (colorScheme) => {
      const page = await session.open('popup.html');
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: l.open }).click();
      await walkScreens(page, 'en', SCREENS, (n) => expectAccessible(page, `screen ${n}`));
      await page.close();
      const handout = await session.open('print.html#peer-support-handout', { width: 380, height: 600 });
      await handout.emulateMedia({ colorScheme });
      await handout.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(handout, 'handout');
      expect(await hasHorizontalScroll(handout)).toBe(false);
      await handout.close();
    },
  );
});
