import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { HELP_STEPS } from '../../lib/content/help';
import { focusedText, closeOffline, launch, launchForTest, screenshot, tabTo, type Session } from './harness';
import { boxInWindow } from './in-page';
import { INDICATORS } from '../../lib/content/indicators';
import { eachStepOpened, expectCoresInView } from './help-fit';
import { stepTitle, ui, type TestLang } from './locales';
import { linkHrefs } from './shared-steps';

let session: Session;
beforeAll(async () => {
  session = await launch({ timezone: 'America/Toronto' });
});
afterAll(() => closeOffline(session));

/** What a person reads, from the locales and the content. */
const l = {
  heading: ui('en', 'help.heading'),
  tab: ui('en', 'tabs.help'),
  guided: ui('en', 'help.guided'),
  next: ui('en', 'help.next'),
  back: ui('en', 'help.back'),
  more: ui('en', 'help.more'),
  urgent: ui('en', 'urgent.toggle'),
  about: ui('en', 'help.aboutTitle'),
  region: ui('en', 'options.regionLabel'),
  regionSaved: ui('en', 'options.regionSaved'),
};
const readStep = (title: string) => ui('en', 'help.readStep', title);
const stepOf = (n: number) => ui('en', 'help.stepOf', String(n), String(HELP_STEPS.length));
const titles = HELP_STEPS.map((step) => step.title.en);
/** A step's heading as read: its letter, then its title. */
const headings = HELP_STEPS.map((step) => `${step.letter}${step.title.en}`);
const plan = HELP_STEPS.find((step) => step.id === 'plan')!;

const dialHrefs = (page: Awaited<ReturnType<Session['open']>>) => linkHrefs(page, '[role="alert"]');

/**
 * HELP speaks of a colleague; its way to Signs for oneself: on the first screen, then Signs worded for
 * oneself with its heading focused and the safety signs in the 380x600 popup.
 */
async function expectWayToSignsForMyself(session: Session, lang: TestLang, by: 'keyboard' | 'click') {
  const page = await session.open('popup.html');
  const way = page.getByRole('button', { name: ui(lang, 'help.forMyself') });
  expect(await way.evaluate(boxInWindow), `${lang}: the way in, on the first screen`).toBe(true);
  // Pressed with HELP scrolled down, the tabs out of sight, and Signs' code already loaded (so no
  // short "Loading" page resets the scroll on its own): Signs still opens at its top.
  await page.getByRole('tab', { name: ui(lang, 'tabs.signs') }).click();
  await page.getByRole('heading', { level: 2, name: ui(lang, 'signs.heading') }).waitFor();
  await page.getByRole('tab', { name: ui(lang, 'tabs.help') }).click();
  // By keyboard, Tab first: moving focus through the controls above would scroll back up.
  if (by === 'keyboard') await tabTo(page, ui(lang, 'help.forMyself'));
  await way.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  if (by === 'keyboard') await page.keyboard.press('Enter');
  else await way.click();
  const heading = page.getByRole('heading', { level: 2, name: ui(lang, 'signs.heading') });
  await heading.waitFor();
  await expect.poll(() => focusedText(page)).toBe(ui(lang, 'signs.heading'));
  expect(await heading.evaluate(boxInWindow)).toBe(true);
  // Signs opens at its top, the tabs in sight.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  expect(await page.getByRole('tablist').evaluate(boxInWindow)).toBe(true);
  await expect(
    page.getByRole('tab', { name: ui(lang, 'tabs.signs') }).getAttribute('aria-selected'),
  ).resolves.toBe('true');
  await expect(
    page.getByRole('button', { name: ui(lang, 'signs.myself'), exact: true }).getAttribute('aria-pressed'),
  ).resolves.toBe('true');
  const firstFlag = INDICATORS.find((sign) => sign.redFlag)!.label.myself[lang];
  expect(await page.getByRole('checkbox', { name: firstFlag, exact: true }).evaluate(boxInWindow)).toBe(true);
  await screenshot(page, `popup-signs-for-myself-${lang}`);
  await page.close();
}

describe('HELP in the popup and the side panel', () => {
  it('opens the popup on the HELP overview', async () => {
    const page = await session.open('popup.html');
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(l.heading);
    await expect(page.getByRole('tab', { name: l.tab }).getAttribute('aria-selected')).resolves.toBe('true');
    const cards = page.locator('.step-cards h3');
    await expect(cards.allTextContents()).resolves.toEqual(headings);
    await screenshot(page, 'popup-overview-en');
    await page.close();
  });

  it('runs the same app in the side panel, laid out for the full height', async () => {
    const page = await session.open('sidepanel.html', { width: 800, height: 900 });
    await page.getByRole('heading', { name: l.heading }).waitFor();
    expect(await page.locator('.app--sidepanel').count()).toBe(1);
    await page.getByRole('button', { name: readStep(stepTitle('en', 'empathize')) }).click();
    await page.getByText(stepOf(2)).waitFor();
    await screenshot(page, 'sidepanel-empathize-en');
    await page.close();
  });

  it('fits every step’s core, and the way to “More on this step”, in the 380x600 popup', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    const boxes = await eachStepOpened(page, titles, { readStep, next: l.next });
    expectCoresInView(boxes, 600);
    await page.getByText(l.more).click();
    await page.getByText(plan.more.phrases.at(-1)!.en).waitFor();
    await screenshot(page, 'popup-plan-more-en');
    await page.close();
  });

  it('walks the guided mode with the keyboard only', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    await tabTo(page, l.guided);
    await page.keyboard.press('Enter');
    await page.getByText(stepOf(1)).waitFor();
    for (const heading of headings.slice(1)) {
      await tabTo(page, l.next);
      await page.keyboard.press('Enter');
      // Focus lands on the new step's heading, so the reader starts at the top of it.
      await expect.poll(() => focusedText(page)).toBe(heading);
    }
    await tabTo(page, l.back);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe(headings.at(-2));
    await screenshot(page, 'popup-guided-link-en');
    await page.close();
  });

  it('opens the urgent block from a step by keyboard, with Canadian dial links', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: readStep(stepTitle('en', 'plan')) }).click();
    await tabTo(page, l.urgent);
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(ui('en', 'urgent.askDirectly'));
    await expect(alert.textContent()).resolves.toContain(ui('en', 'urgent.stayWithThem'));
    expect(await dialHrefs(page)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    await alert
      .getByRole('link', { name: ui('en', 'urgent.call', CRISIS_LINES.CA.crisis.display) })
      .waitFor();
    await screenshot(page, 'popup-urgent-ca-en');
    await page.close();
  });

  it('takes a reader who is struggling to Signs for themselves, by keyboard, focused, in the window', () =>
    expectWayToSignsForMyself(session, 'en', 'keyboard'));

  it('does the same in French', async () => {
    const fr = await launchForTest({ lang: 'fr', timezone: 'America/Toronto' });
    await expectWayToSignsForMyself(fr, 'fr', 'click');
  });

  it('follows a US region chosen in the options page', async () => {
    const options = await session.open('options.html', { width: 800, height: 700 });
    const select = options.getByRole('combobox', { name: l.region });
    await expect(select.inputValue()).resolves.toBe('CA-ON');
    await select.selectOption('US');
    await options.getByText(l.regionSaved).waitFor();
    await screenshot(options, 'options-en');
    await options.close();

    const page = await session.open('popup.html');
    await page.getByRole('button', { name: l.urgent }).click();
    await page.getByRole('link', { name: ui('en', 'urgent.call', CRISIS_LINES.US.crisis.display) }).waitFor();
    expect(await dialHrefs(page)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    await expect(page.locator('.urgent').textContent()).resolves.toContain(CRISIS_LINES.US.crisis.name.en);
    await screenshot(page, 'popup-urgent-us-en');
    await page.close();
  });

  it('says the wording is this project’s own and lists the sources', async () => {
    const page = await session.open('popup.html');
    await page.getByText(l.about).click();
    await page.getByText(ui('en', 'help.aboutWording')).waitFor();
    expect(await page.locator('.sources a').count()).toBeGreaterThanOrEqual(10);
    await page.close();
  });
});
