import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS, type SignsMode } from '../../lib/content/indicators';
import { axeViolations, closeOffline, launch, screenshot, type Session } from './harness';

// Every red flag, read from the data, so a new or reworded flag is tested too.
const RED_FLAGS = INDICATORS.filter((indicator) => indicator.redFlag);

const UI = {
  en: { signs: 'Signs', back: 'Back to the list' },
  fr: { signs: 'Signes', back: 'Retour à la liste' },
} as const;

// The popup, the side panel at its narrowest usual width, and the popup zoomed to 125% and 150%
// (its window in CSS pixels). At 150% a block can be taller than the window: its heading and first
// action (the dial links, or the first step) must still be in view.
const SURFACES = [
  { path: 'popup.html', width: 380, height: 600, whole: true },
  { path: 'sidepanel.html', width: 320, height: 700, whole: true },
  { path: 'popup.html', width: 304, height: 480, whole: true },
  { path: 'popup.html', width: 253, height: 400, whole: false },
] as const;

async function openSigns(session: Session, lang: 'en' | 'fr', surface: (typeof SURFACES)[number]) {
  const page = await session.open(surface.path, surface);
  await page.getByRole('tab', { name: UI[lang].signs }).click();
  return page;
}

// The mode buttons by place, not by name: their French wording may still change.
const modeButton = (page: Page, mode: SignsMode) =>
  page.locator('.signs .segmented button').nth(mode === 'colleague' ? 0 : 1);

/** The block's box, whether it lies wholly inside the window, and whether its start does. */
async function placement(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const within = (node: Element | null) => {
      const box = node!.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    };
    return {
      height: Math.round(el.getBoundingClientRect().height),
      inside: within(el),
      startInside: within(el.querySelector('h3')) && within(el.querySelector('.dial-row, ul')),
      role: el.getAttribute('role'),
      focusedHeading: document.activeElement === el.querySelector('h3'),
    };
  });
}

const tallest: Record<string, number> = {};

// One browser per language, launched when first needed: Ontario in English, Quebec in French.
const sessions: Partial<Record<'en' | 'fr', Promise<Session>>> = {};
const sessionFor = (lang: 'en' | 'fr') => (sessions[lang] ??= launch({ lang, timezone: 'America/Toronto' }));
afterAll(async () => {
  // Every browser closes even when one check fails; then the first failure is reported.
  const closed = await Promise.allSettled(
    Object.values(sessions).map(async (pending) => closeOffline(await pending)),
  );
  const failed = closed.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  // The measured heights, for the record (no assertion: the boxes are asserted above).
  console.log('tallest urgent block (px):', JSON.stringify(tallest));
});

describe.each(['en', 'fr'] as const)('red flags in %s', (lang) => {
  let session: Session;
  beforeAll(async () => {
    session = await sessionFor(lang);
  });

  it.each(SURFACES.map((s) => [`${s.path} ${s.width}x${s.height}`, s] as const))(
    '%s: every red flag, in both modes, puts its urgent block (or at 150% its start) inside the window at once',
    async (name, surface) => {
      const page = await openSigns(session, lang, surface);
      for (const mode of ['colleague', 'myself'] as const) {
        await modeButton(page, mode).click();
        for (const flag of RED_FLAGS) {
          const label = `${lang} ${name} ${mode} ${flag.id}`;
          const box = page.getByRole('checkbox', { name: flag.label[mode][lang], exact: true });
          // Checking scrolls the box into view first, as a person scrolls down to the safety group.
          await box.check();
          const block = `.urgent-block[data-kind="${flag.urgent}"]`;
          // The impaired block's reporting line loads with it: measure the block as it ends up.
          if (flag.urgent === 'impaired' && mode === 'colleague')
            await page.locator(`${block} .reporting`).waitFor();
          const seen = await placement(page, block);
          expect(seen, label).toMatchObject({ startInside: true, role: 'alert', focusedHeading: true });
          if (surface.whole) expect(seen.inside, label).toBe(true);
          tallest[`${lang} ${name}`] = Math.max(tallest[`${lang} ${name}`] ?? 0, seen.height);
          // The tick stays, and the keyboard gets back to it.
          await expect(box.isChecked(), label).resolves.toBe(true);
          await page.locator(block).getByRole('button', { name: UI[lang].back }).press('Enter');
          await expect(
            box.evaluate((el) => el === document.activeElement),
            label,
          ).resolves.toBe(true);
          await box.uncheck();
        }
      }
      await page.close();
    },
  );
});

describe('the three kinds of urgent, in Ontario (English)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await sessionFor('en');
  });
  const hrefs = (page: Page, selector: string) =>
    page
      .locator(selector)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  it('a threat to others dials 911 first', async () => {
    const page = await openSigns(session, 'en', SURFACES[0]);
    await page.getByRole('checkbox', { name: 'Talks about wanting to hurt or kill someone' }).check();
    const block = page.locator('.urgent-block[data-kind="threat"]');
    await expect(block.getByRole('heading').textContent()).resolves.toBe(
      'Someone could be hurt. Call 911 first.',
    );
    expect(await hrefs(page, '.urgent-block[data-kind="threat"]')).toEqual(['tel:911', 'tel:988', 'sms:988']);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'urgent-threat-popup');
    await page.close();
  });

  it('impaired at work puts patients first, names the person in charge, and links the reporting rules', async () => {
    const page = await openSigns(session, 'en', SURFACES[0]);
    await page.getByRole('checkbox', { name: /^Seems unfit to care for patients right now/ }).check();
    const block = page.locator('.urgent-block[data-kind="impaired"]');
    // The reporting line loads with the block: wait for it as a person would see it appear.
    await block.locator('.reporting').waitFor();
    const text = await block.textContent();
    expect(text).toContain('Relieve them from patient care now.');
    expect(text).toContain('Tell the person in charge: the charge physician or chief of service');
    expect(text).toContain('Duties to report differ by province and territory. This is not legal advice');
    expect(await hrefs(page, '.urgent-block[data-kind="impaired"]')).toEqual([
      'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2010/do-you-need-to-report-another-health-professional',
      'https://www.cpso.on.ca/en/Public/Services/Complaints-and-Concerns/Concerns-about-a-Doctors-Health',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'urgent-impaired-popup');
    await page.close();
  });

  it('impaired at work is one click away in HELP’s urgent area too, with the physician health program it names', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: 'Worried about their safety?' }).click();
    await page.getByRole('button', { name: 'Impaired at work' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('the charge physician');
    // "Then point them to the physician health program": Ontario's lines follow, saying whom each serves.
    await page.getByRole('heading', { name: 'Physician lines in your region' }).waitFor();
    await expect(page.locator('#urgent-block a[href="tel:18008516606"]').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('myself offers 9-8-8 and 911, then each Ontario line with whom it serves: PARO is for residents and students', async () => {
    const page = await openSigns(session, 'en', SURFACES[0]);
    await modeButton(page, 'myself').click();
    await page.getByRole('checkbox', { name: 'I feel I am a burden to others' }).check();
    expect(await hrefs(page, '.urgent-block[data-kind="suicide"]')).toEqual([
      'tel:988',
      'sms:988',
      'tel:911',
    ]);
    const paro = page.locator('.urgent-area .program', { hasText: 'PARO' });
    await expect(paro.textContent()).resolves.toContain(
      'For: Residents, medical students and their families',
    );
    await expect(page.locator('.urgent-area').textContent()).resolves.not.toContain(
      'A 24/7 line for physicians',
    );
    const oma = page.locator('.urgent-area .program', { hasText: 'OMA Physician Health Program' });
    await expect(oma.textContent()).resolves.toContain('When: weekdays, business hours');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'urgent-myself-ontario');
    await page.close();
  });

  it('Prince Edward Island shows its 24-hour line, and no “choose your province”', async () => {
    const options = await session.open('options.html');
    await options.getByLabel('Your region').selectOption('CA-PE');
    await options.getByText('Region saved.').waitFor();
    await options.close();
    const page = await openSigns(session, 'en', SURFACES[0]);
    await page.getByRole('checkbox', { name: 'Seems severely hopeless or helpless' }).check();
    const mspei = page.locator('.urgent-area .program', { hasText: 'MSPEI Physician Health Program' });
    await expect(mspei.getByRole('link').getAttribute('href')).resolves.toBe('tel:18006636729');
    await expect(page.locator('body').textContent()).resolves.not.toContain('Choose your province');
    await page.close();
  });
});
