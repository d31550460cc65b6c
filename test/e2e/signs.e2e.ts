/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { HELP_STEPS } from '../../lib/content/help';
import { buildOpeningLine } from '../../lib/signs/opening-line';
import {
  focusedText,
  closeOffline,
  foreignRequests,
  launch,
  launchForTest,
  screenshot,
  tabTo,
  untilAppTakesOver,
  type Session,
} from './harness';
import { signLabel, ui, uiCount } from './locales';
import { linkHrefs, openSigns } from './shared-steps';

/** What a person reads, from the locales and the content. */
const l = {
  help: ui('en', 'tabs.help'),
  signs: ui('en', 'tabs.signs'),
  myself: ui('en', 'signs.myself'),
  clear: ui('en', 'signs.clear'),
  start: ui('en', 'signs.startConversation'),
  firstStep: ui('en', 'help.stepOf', '1', String(HELP_STEPS.length)),
  askDirectly: ui('en', 'urgent.askDirectly'),
  takeAMinute: ui('en', 'calm.open'),
  startPacer: ui('en', 'calm.start'),
  breatheIn: ui('en', 'calm.phaseIn'),
  hold: ui('en', 'calm.phaseHold'),
  breatheOut: ui('en', 'calm.phaseOut'),
};
const sign = {
  plan: signLabel('en', 'plan', 'colleague'),
  hopelessMyself: signLabel('en', 'hopeless', 'myself'),
  exhausted: signLabel('en', 'exhausted', 'colleague'),
  concentration: signLabel('en', 'concentration', 'colleague'),
  harmOthers: signLabel('en', 'harm-others', 'colleague'),
  anxious: signLabel('en', 'anxious', 'colleague'),
  suicide: signLabel('en', 'suicide', 'colleague'),
  suicideMyself: signLabel('en', 'suicide', 'myself'),
};
const { CA, US } = CRISIS_LINES;

let canada: Session;
beforeAll(async () => {
  canada = await launch({ timezone: 'America/Vancouver' });
});
afterAll(() => closeOffline(canada));

const alertHrefs = (page: Page) => linkHrefs(page, '[role="alert"]');
const lineHrefs = (page: Page) => linkHrefs(page, '.urgent-area .programs');

/** Everything the extension could have stored, read from one of its pages. */
async function storageSnapshot(page: Page) {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    return {
      indexedDB: databases.map((d) => d.name),
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
      localStorage: { ...localStorage },
    };
  });
}

describe('Signs in Canada (British Columbia)', () => {
  it('escalates a red flag about a colleague at once, above the list', async () => {
    const page = await openSigns(canada);
    await page.getByRole('checkbox', { name: sign.plan }).check();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(l.askDirectly);
    expect(await alertHrefs(page)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(await lineHrefs(page)).toEqual(['tel:18006636729', 'tel:6043984300']);
    const alertTop = (await alert.boundingBox())!.y;
    const listTop = (await page.locator('fieldset').first().boundingBox())!.y;
    expect(alertTop).toBeLessThan(listTop);
    await screenshot(page, 'signs-red-flag-colleague-bc');
    await page.close();
  });

  it('tells me to call or text 9-8-8 now for a red flag about myself, with the 24/7 physician line', async () => {
    const page = await openSigns(canada);
    await page.getByRole('button', { name: l.myself, exact: true }).click();
    await page.getByRole('checkbox', { name: sign.hopelessMyself }).check();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      ui('en', 'urgentKinds.myselfHeading', CA.crisis.display),
    );
    expect(await alertHrefs(page)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(await lineHrefs(page)).toEqual(['tel:18006636729', 'tel:6043984300']);
    await screenshot(page, 'signs-red-flag-myself-bc');
    await page.close();
  });

  it('starts the conversation on Hello with an opening line built from two signs', async () => {
    const page = await openSigns(canada);
    await page.getByRole('checkbox', { name: sign.exhausted }).check();
    await page.getByRole('checkbox', { name: sign.concentration }).check();
    await page.getByRole('heading', { name: uiCount('en', 'signs.noticedCount', 2) }).waitFor();
    await screenshot(page, 'signs-next-steps-colleague');
    await page.getByRole('button', { name: l.start }).click();
    await page.getByText(l.firstStep).waitFor();
    await expect(page.locator('.opening-line blockquote').textContent()).resolves.toBe(
      buildOpeningLine(['exhausted', 'concentration'], 'en'),
    );
    await screenshot(page, 'help-hello-opening-line');
    await page.close();
  });

  it('works by keyboard alone: tab to Signs, tick with the space bar, clear', async () => {
    const page = await canada.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    await tabTo(page, l.help);
    await page.keyboard.press('ArrowRight');
    expect(await focusedText(page)).toBe(l.signs);
    await tabTo(page, sign.harmOthers);
    await page.keyboard.press('Space');
    await page.getByRole('alert').waitFor();
    await tabTo(page, l.clear);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('stores nothing: every storage area is the same before ticking and after clearing', async () => {
    const page = await openSigns(canada);
    // Once the page has read its settings it remembers their language for the next page
    // (lib/app/page-language.ts): that write is the page opening, not the ticks.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('been-there.language')), { timeout: 10_000 })
      .not.toBeNull();
    const before = await storageSnapshot(page);
    await page.getByRole('checkbox', { name: sign.anxious }).check();
    await page.getByRole('checkbox', { name: sign.suicide }).check();
    await page.getByRole('button', { name: l.myself, exact: true }).click();
    const during = await storageSnapshot(page);
    // Each mode keeps its own ticks; Clear, pressed under "Myself", clears the colleague's too.
    await page.getByRole('button', { name: l.clear }).click();
    await page.getByRole('button', { name: ui('en', 'signs.colleague'), exact: true }).click();
    await expect(page.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0);
    const after = await storageSnapshot(page);
    expect(during).toEqual(before);
    expect(after).toEqual(before);
    await page.close();
  });

  it('forgets the ticks when the popup closes', async () => {
    const page = await openSigns(canada);
    await page.getByRole('checkbox', { name: sign.anxious }).check();
    await page.close();
    const again = await openSigns(canada);
    await expect(again.getByRole('checkbox', { name: sign.anxious }).isChecked()).resolves.toBe(false);
    await again.close();
  });

  it('paces one full box-breathing cycle, announcing each phase', async () => {
    const page = await canada.context.newPage();
    await page.clock.install();
    await page.goto(`chrome-extension://${canada.extensionId}/sidepanel.html`);
    await untilAppTakesOver(page);
    await page.getByRole('button', { name: l.takeAMinute }).click();
    await page.getByRole('button', { name: l.startPacer, exact: true }).click();
    const phase = page.locator('.pacer-phase');
    await expect(phase.getAttribute('aria-live')).resolves.toBe('polite');
    const seen: string[] = [];
    for (let second = 0; second < 16; second += 4) {
      seen.push((await phase.textContent()) ?? '');
      await page.clock.runFor(4_000);
    }
    seen.push((await phase.textContent()) ?? '');
    expect(seen).toEqual([l.breatheIn, l.hold, l.breatheOut, l.hold, l.breatheIn]);
    // One minute by default, 16 seconds of it gone.
    await page.getByText(ui('en', 'calm.timeLeft', '0:44')).waitFor();
    await page.close();
  });

  it('shows no moving shape, only text, when the user asks for less motion', async () => {
    const page = await canada.open('sidepanel.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: l.takeAMinute }).click();
    await page.getByRole('button', { name: l.startPacer, exact: true }).click();
    await expect.poll(() => page.locator('.pacer-shape').isVisible()).toBe(false);
    await page.locator('.pacer-phase').waitFor();
    await page.close();
  });
});

describe('Signs in the US', () => {
  it('escalates with 988 and 911', async () => {
    const us = await launchForTest({ timezone: 'America/Chicago' });
    const page = await openSigns(us);
    await page.getByRole('checkbox', { name: sign.harmOthers }).check();
    await page
      .getByRole('alert')
      .getByRole('link', { name: ui('en', 'urgent.call', US.crisis.display) })
      .waitFor();
    // A threat to others: 911 first.
    expect(await alertHrefs(page)).toEqual(['tel:911', 'tel:988', 'sms:988']);
    expect(await lineHrefs(page)).toEqual(['tel:18884090141', 'https://fsphp.org/state-member-programs']);
    await page.getByRole('checkbox', { name: sign.harmOthers }).uncheck();
    await page.getByRole('button', { name: l.myself, exact: true }).click();
    await page.getByRole('checkbox', { name: sign.suicideMyself }).check();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      ui('en', 'urgentKinds.myselfHeading', US.crisis.display),
    );
    await screenshot(page, 'signs-red-flag-myself-us');
    expect(foreignRequests(us)).toEqual([]);
  });
});

describe('Signs in French', () => {
  it('works in French, red flag included', async () => {
    const fr = await launchForTest({ lang: 'fr', timezone: 'America/Toronto' });
    const page = await openSigns(fr, 'fr');
    await page.getByRole('checkbox', { name: signLabel('fr', 'going-away', 'colleague') }).check();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(ui('fr', 'signs.urgentColleague'));
    await page.getByRole('button', { name: ui('fr', 'signs.clear') }).click();
    await page.getByRole('checkbox', { name: signLabel('fr', 'anxious', 'colleague') }).check();
    await page.getByRole('button', { name: ui('fr', 'signs.startConversation') }).click();
    await expect(page.locator('.opening-line blockquote').textContent()).resolves.toBe(
      buildOpeningLine(['anxious'], 'fr'),
    );
    await screenshot(page, 'help-hello-opening-line-fr');
  });
});
