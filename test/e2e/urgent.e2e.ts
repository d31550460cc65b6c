import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { INDICATORS, INDICATOR_GROUPS, type SignsMode } from '../../lib/content/indicators';
import { CMPA_REPORTING, REPORTING_SOURCES } from '../../lib/content/reporting-duties';
import { axeViolations, closeOffline, launch, screenshot, type Session } from './harness';
import { boxInWindow } from './in-page';
import { resource, signLabel, ui } from './locales';
import { linkHrefs, openSigns } from './shared-steps';

// Every red flag, read from the data, so a new or reworded flag is tested too.
const RED_FLAGS = INDICATORS.filter((indicator) => indicator.redFlag);

// The popup, the side panel at its narrowest usual width, and the popup zoomed to 125% and 150%
// (its window in CSS pixels). At 150% a block can be taller than the window: its heading and first
// action (the dial links, or the first step) must still be in view.
const SURFACES = [
  { path: 'popup.html', width: 380, height: 600, whole: true },
  { path: 'sidepanel.html', width: 320, height: 700, whole: true },
  { path: 'popup.html', width: 304, height: 480, whole: true },
  { path: 'popup.html', width: 253, height: 400, whole: false },
] as const;

// The mode buttons by place, not by name: their French wording may still change.
const modeButton = (page: Page, mode: SignsMode) =>
  page.locator('.signs .segmented button').nth(mode === 'colleague' ? 0 : 1);

/** The block's height, whether it lies wholly inside the window, and whether its start does. */
async function placement(page: Page, selector: string) {
  const block = page.locator(selector);
  const [inside, heading, firstAction] = await Promise.all([
    block.evaluate(boxInWindow),
    block.locator('h3').evaluate(boxInWindow),
    block.locator('.dial-row, ul').first().evaluate(boxInWindow),
  ]);
  return {
    ...(await block.evaluate((el) => ({
      height: Math.round(el.getBoundingClientRect().height),
      role: el.getAttribute('role'),
      focusedHeading: document.activeElement === el.querySelector('h3'),
    }))),
    inside,
    // True, or where the heading and the first action are, so a failure says which is out.
    startInside: heading === true && firstAction === true ? true : `${heading}; ${firstAction}`,
  };
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
    '%s: Signs opens on the safety group, right below its controls, its title, lead and first sign inside the window, in both modes',
    async (name, surface) => {
      const page = await openSigns(session, lang, surface);
      const safety = INDICATOR_GROUPS.find((group) => group.id === 'safety')!;
      for (const mode of ['colleague', 'myself'] as const) {
        await modeButton(page, mode).click();
        const label = `${lang} ${name} ${mode}`;
        const legend = page.locator('fieldset legend').first();
        await expect(legend.textContent(), label).resolves.toBe(safety.title[lang]);
        expect(await page.evaluate(() => scrollY), label).toBe(0);
        // Right below the controls: what comes just before the group is the mode buttons, or for
        // oneself the button after them.
        const before = await page.evaluate(
          () =>
            document
              .querySelector('.signs fieldset')
              ?.previousElementSibling?.matches('.segmented, button') ?? false,
        );
        expect(before, label).toBe(true);
        const lead = page.getByText(safety.lead![lang], { exact: true });
        const first = page.getByRole('checkbox', { name: RED_FLAGS[0]!.label[mode][lang], exact: true });
        // At 150% the heading, its two lines and the buttons fill most of the window: the group starts
        // at its foot or just below it (measured 406 and 408 px of 400), the first thing a scroll shows.
        if (surface.whole) {
          expect(await legend.evaluate(boxInWindow), label).toBe(true);
          expect(await lead.evaluate(boxInWindow), label).toBe(true);
          expect(await first.evaluate(boxInWindow), label).toBe(true);
        }
        // How many of the red flags a person sees without scrolling, for the record.
        const seen = await Promise.all(
          RED_FLAGS.map((flag) =>
            page.getByRole('checkbox', { name: flag.label[mode][lang], exact: true }).evaluate(boxInWindow),
          ),
        );
        console.log(
          `red flags in view at once, ${label}:`,
          seen.filter((x) => x === true).length,
          'of',
          seen.length,
        );
      }
      await page.close();
    },
  );

  it.each(SURFACES.map((s) => [`${s.path} ${s.width}x${s.height}`, s] as const))(
    '%s: every red flag, in both modes, puts its urgent block (or at 150% its start) inside the window at once',
    async (name, surface) => {
      const page = await openSigns(session, lang, surface);
      for (const mode of ['colleague', 'myself'] as const) {
        await modeButton(page, mode).click();
        for (const flag of RED_FLAGS) {
          const label = `${lang} ${name} ${mode} ${flag.id}`;
          const box = page.getByRole('checkbox', { name: flag.label[mode][lang], exact: true });
          // Checking scrolls the box into view first, as a person scrolls to a sign below the window.
          await box.check();
          const block = `.urgent-block[data-kind="${flag.urgent}"]`;
          // The impaired block's reporting line loads with it, under it: measure as the page ends up.
          if (flag.urgent === 'impaired' && mode === 'colleague')
            await page.locator(`${block} ~ .reporting`).waitFor();
          const seen = await placement(page, block);
          expect(seen, label).toMatchObject({ startInside: true, role: 'alert', focusedHeading: true });
          if (surface.whole) expect(seen.inside, label).toBe(true);
          tallest[`${lang} ${name}`] = Math.max(tallest[`${lang} ${name}`] ?? 0, seen.height);
          // The tick stays, and the keyboard gets back to it.
          await expect(box.isChecked(), label).resolves.toBe(true);
          await page
            .locator(block)
            .getByRole('button', { name: ui(lang, 'urgentKinds.backToList') })
            .press('Enter');
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

  it('a threat to others dials 911 first', async () => {
    const page = await openSigns(session, 'en', SURFACES[0]);
    await page.getByRole('checkbox', { name: signLabel('en', 'harm-others', 'colleague') }).check();
    const block = page.locator('.urgent-block[data-kind="threat"]');
    await expect(block.getByRole('heading').textContent()).resolves.toBe(
      ui('en', 'urgentKinds.threatHeading', CRISIS_LINES.CA.emergency.display),
    );
    expect(await linkHrefs(page, '.urgent-block[data-kind="threat"]')).toEqual([
      'tel:911',
      'tel:988',
      'sms:988',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'urgent-threat-popup');
    await page.close();
  });

  it('impaired at work puts a medical cause first with 911 to dial, then patients, names the person in charge, and links the reporting rules', async () => {
    const page = await openSigns(session, 'en', SURFACES[0]);
    await page.getByRole('checkbox', { name: signLabel('en', 'impaired', 'colleague'), exact: true }).check();
    const block = page.locator('.urgent-block[data-kind="impaired"]');
    // The reporting line loads with the block, right under it: wait for it as a person would see it appear.
    const reporting = page.locator('.urgent-block[data-kind="impaired"] ~ .reporting');
    await reporting.waitFor();
    const text = await block.textContent();
    // Medical first (issue 18): the signs can be a stroke, low blood sugar or an overdose.
    expect(text).toContain(ui('en', 'urgentKinds.impairedMedical', CRISIS_LINES.CA.emergency.display));
    expect(text).toContain(ui('en', 'urgentKinds.impairedRelieve'));
    expect(text).toContain(ui('en', 'urgentKinds.impairedTell'));
    expect(text).toContain(ui('en', 'urgentKinds.impairedHome'));
    await expect(reporting.textContent()).resolves.toContain(ui('en', 'urgentKinds.reportingCanada'));
    // 911 in the block; under it, the CMPA's overview, then Ontario's own rules.
    expect(await linkHrefs(page, '.urgent-block[data-kind="impaired"]')).toEqual(['tel:911']);
    expect(await linkHrefs(page, '.urgent-block[data-kind="impaired"] ~ .reporting')).toEqual([
      CMPA_REPORTING.url,
      REPORTING_SOURCES.ON!.url,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'urgent-impaired-popup');
    await page.close();
  });

  it('impaired at work dials 911 in French too, for a colleague and for myself (issue 18)', async () => {
    const fr = await sessionFor('fr');
    const page = await openSigns(fr, 'fr', SURFACES[0]);
    for (const mode of ['colleague', 'myself'] as const) {
      await modeButton(page, mode).click();
      await page.getByRole('checkbox', { name: signLabel('fr', 'impaired', mode), exact: true }).check();
      const block = page.locator('.urgent-block[data-kind="impaired"]');
      await expect(block.getByRole('link').first().getAttribute('href')).resolves.toBe('tel:911');
      const medical =
        mode === 'colleague' ? 'urgentKinds.impairedMedical' : 'urgentKinds.myselfImpairedMedical';
      await expect(block.textContent()).resolves.toContain(ui('fr', medical, '911'));
      await page.getByRole('checkbox', { name: signLabel('fr', 'impaired', mode), exact: true }).uncheck();
    }
    await page.close();
  });

  it('impaired at work is one click away in HELP’s urgent area too, with the physician health program it names', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: ui('en', 'urgent.toggle') }).click();
    await page.getByRole('button', { name: ui('en', 'urgentKinds.impairedChoice') }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      ui('en', 'urgentKinds.impairedTell'),
    );
    // "Then point them to the physician health program": Ontario's lines follow, saying whom each serves.
    await page.getByRole('heading', { name: ui('en', 'urgentKinds.linesHeading') }).waitFor();
    await expect(page.locator('#urgent-block a[href="tel:18008516606"]').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('myself offers 9-8-8 and 911, then each Ontario line with whom it serves: PARO is for residents and students', async () => {
    const page = await openSigns(session, 'en', SURFACES[0]);
    await modeButton(page, 'myself').click();
    await page.getByRole('checkbox', { name: signLabel('en', 'burden', 'myself') }).check();
    expect(await linkHrefs(page, '.urgent-block[data-kind="suicide"]')).toEqual([
      'tel:988',
      'sms:988',
      'tel:911',
    ]);
    const paroProgram = resource('paro-helpline');
    const paro = page.locator('.urgent-area .program', { hasText: paroProgram.name.en });
    await expect(paro.textContent()).resolves.toContain(
      ui('en', 'urgentKinds.serves', paroProgram.audience!.en),
    );
    const omaProgram = resource('oma-php');
    const oma = page.locator('.urgent-area .program', { hasText: omaProgram.name.en });
    await expect(oma.textContent()).resolves.toContain(ui('en', 'urgentKinds.hours', omaProgram.hours!.en));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'urgent-myself-ontario');
    await page.close();
  });

  it('Prince Edward Island shows its 24-hour line, and no “choose your province”', async () => {
    const options = await session.open('options.html');
    await options.getByLabel(ui('en', 'options.regionLabel')).selectOption('CA-PE');
    await options.getByText(ui('en', 'options.regionSaved')).waitFor();
    await options.close();
    const page = await openSigns(session, 'en', SURFACES[0]);
    await page.getByRole('checkbox', { name: signLabel('en', 'hopeless', 'colleague') }).check();
    const mspei = page.locator('.urgent-area .program', { hasText: resource('mspei-php').name.en });
    await expect(mspei.getByRole('link').getAttribute('href')).resolves.toBe('tel:18006636729');
    await expect(page.locator('body').textContent()).resolves.not.toContain(
      ui('en', 'programs.noneForRegion'),
    );
    await page.close();
  });
});
