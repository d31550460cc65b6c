/// <reference types="chrome" />
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
import { pdfPageSizes } from './pdf';

const L = {
  en: {
    open: 'Start peer support where you work',
    next: 'Next',
    reach: 'Reach',
    handout: 'Print a one-page handout',
    sections: ['A buddy system for your team', 'Ground rules', 'Group formats', 'Who helps in Canada'],
  },
  fr: {
    open: 'Lancer le soutien par les pairs dans votre milieu',
    next: 'Suivant',
    reach: 'Joindre',
    handout: 'Imprimer un document d’une page',
    sections: [
      'Un système de jumelage pour votre équipe',
      'Règles de base',
      'Formules de groupe',
      'Qui peut aider au Canada',
    ],
  },
};
const SCREENS = 6;
const LETTER_PT = { width: 612, height: 792 };

describe.each(['en', 'fr'] as const)('start peer support where you work (%s)', (lang) => {
  let session: Session;
  const l = L[lang];
  beforeAll(async () => {
    session = await launch({ lang });
  });
  afterAll(async () => {
    await closeOffline(session);
  });

  it('walks the guide from HELP: each screen fits the popup; the last offers the FWP and the others', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('heading', { level: 2, name: l.open }).waitFor();
    expect(await page.getByRole('link', { name: l.handout }).getAttribute('href')).toBe(
      '/print.html#peer-support-handout',
    );
    for (let n = 1; n <= SCREENS; n++) {
      await page
        .locator('.step-count')
        .filter({ hasText: new RegExp(`^\\D*${n}\\D`) })
        .waitFor();
      const height = await page.locator('.guided-screen').evaluate((el) => el.getBoundingClientRect().height);
      expect(height, `screen ${n}`).toBeLessThanOrEqual(600);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await screenshot(page, `start-peer-support-${n}-${lang}`);
      if (n < SCREENS) await page.getByRole('button', { name: l.next }).click();
    }
    await expect(page.locator('.guided-screen a[href="tel:6135625211"]').count()).resolves.toBe(1);
    await expect(
      page
        .locator('.guided-screen a[href="https://www.physicianhealth.com/peer-support-initiative/"]')
        .count(),
    ).resolves.toBe(1);
    await page.close();
  });

  it('is reachable from Reach', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: l.reach }).click();
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('heading', { level: 2, name: l.open }).waitFor();
    await page.close();
  });

  it('prints the handout on exactly one letter page, every section on it', async () => {
    const page = await session.open('print.html#peer-support-handout', { width: 900, height: 900 });
    await page.getByRole('heading', { level: 1, name: l.open }).waitFor();
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
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('works by keyboard alone', async () => {
    const page = await session.open('popup.html');
    await page.locator('h1').waitFor();
    await tabTo(page, L.en.open);
    await page.keyboard.press('Enter');
    // The guide's title takes focus when it opens, then each screen's title as the reader moves on.
    await expect.poll(() => focusedText(page)).toBe(L.en.open);
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe('What peer support is, and is not');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations on any screen or the handout (%s)',
    async (colorScheme) => {
      const page = await session.open('popup.html');
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: L.en.open }).click();
      for (let n = 1; n <= SCREENS; n++) {
        await page
          .locator('.step-count')
          .filter({ hasText: new RegExp(`^\\D*${n}\\D`) })
          .waitFor();
        expect(await axeViolations(page), `screen ${n}`).toEqual([]);
        expect(await smallTargets(page), `screen ${n}`).toEqual([]);
        if (n < SCREENS) await page.getByRole('button', { name: 'Next' }).click();
      }
      await page.close();
      const handout = await session.open('print.html#peer-support-handout', { width: 380, height: 600 });
      await handout.emulateMedia({ colorScheme });
      await handout.getByRole('heading', { level: 1 }).waitFor();
      expect(await axeViolations(handout), 'handout').toEqual([]);
      expect(await smallTargets(handout), 'handout').toEqual([]);
      expect(await hasHorizontalScroll(handout)).toBe(false);
      await handout.close();
    },
  );
});
