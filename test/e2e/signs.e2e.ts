/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  focusedText,
  closeOffline,
  foreignRequests,
  launch,
  launchForTest,
  screenshot,
  tabTo,
  type Session,
} from './harness';

let canada: Session;
beforeAll(async () => {
  canada = await launch({ timezone: 'America/Vancouver' });
});
afterAll(() => closeOffline(canada));

async function openSigns(session: Session, path = 'popup.html') {
  const page = await session.open(path);
  await page.getByRole('tab', { name: 'Signs' }).click();
  return page;
}
const hrefs = (page: Page, selector: string) =>
  page
    .locator(selector)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const alertHrefs = (page: Page) => hrefs(page, '[role="alert"]');
const lineHrefs = (page: Page) => hrefs(page, '.urgent-area .programs');

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
    await page.getByRole('checkbox', { name: 'Has a plan, or is getting the means to act on it' }).check();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Ask directly');
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
    await page.getByRole('button', { name: 'Myself', exact: true }).click();
    await page.getByRole('checkbox', { name: 'I feel severely hopeless or helpless' }).check();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Call or text 9-8-8 now.');
    expect(await alertHrefs(page)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(await lineHrefs(page)).toEqual(['tel:18006636729', 'tel:6043984300']);
    await screenshot(page, 'signs-red-flag-myself-bc');
    await page.close();
  });

  it('starts the conversation on Hello with an opening line built from two signs', async () => {
    const page = await openSigns(canada);
    await page.getByRole('checkbox', { name: 'Seems exhausted, nodding off at work' }).check();
    await page.getByRole('checkbox', { name: 'Trouble concentrating' }).check();
    await page.getByRole('heading', { name: 'You noticed 2 signs.' }).waitFor();
    await screenshot(page, 'signs-next-steps-colleague');
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.getByText('Step 1 of 4').waitFor();
    await expect(page.locator('.opening-line blockquote').textContent()).resolves.toBe(
      'I’ve noticed you seem really tired and it seems hard for you to focus lately. How are you doing?',
    );
    await screenshot(page, 'help-hello-opening-line');
    await page.close();
  });

  it('works by keyboard alone: tab to Signs, tick with the space bar, clear', async () => {
    const page = await canada.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    await tabTo(page, 'HELP');
    await page.keyboard.press('ArrowRight');
    expect(await focusedText(page)).toBe('Signs');
    await tabTo(page, 'Talks about wanting to hurt or kill someone');
    await page.keyboard.press('Space');
    await page.getByRole('alert').waitFor();
    await tabTo(page, 'Clear all ticks');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('stores nothing: every storage area is the same before ticking and after clearing', async () => {
    const page = await openSigns(canada);
    const before = await storageSnapshot(page);
    await page.getByRole('checkbox', { name: 'Very anxious or irritable' }).check();
    await page.getByRole('checkbox', { name: 'Talks or writes about suicide, death or despair' }).check();
    await page.getByRole('button', { name: 'Myself', exact: true }).click();
    const during = await storageSnapshot(page);
    await page.getByRole('button', { name: 'Clear all ticks' }).click();
    const after = await storageSnapshot(page);
    expect(during).toEqual(before);
    expect(after).toEqual(before);
    await page.close();
  });

  it('forgets the ticks when the popup closes', async () => {
    const page = await openSigns(canada);
    await page.getByRole('checkbox', { name: 'Very anxious or irritable' }).check();
    await page.close();
    const again = await openSigns(canada);
    await expect(
      again.getByRole('checkbox', { name: 'Very anxious or irritable' }).isChecked(),
    ).resolves.toBe(false);
    await again.close();
  });

  it('paces one full box-breathing cycle, announcing each phase', async () => {
    const page = await canada.context.newPage();
    await page.clock.install();
    await page.goto(`chrome-extension://${canada.extensionId}/sidepanel.html`);
    await page.getByRole('button', { name: 'Take a minute' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const phase = page.locator('.pacer-phase');
    await expect(phase.getAttribute('aria-live')).resolves.toBe('polite');
    const seen: string[] = [];
    for (let second = 0; second < 16; second += 4) {
      seen.push((await phase.textContent()) ?? '');
      await page.clock.runFor(4_000);
    }
    seen.push((await phase.textContent()) ?? '');
    expect(seen).toEqual(['Breathe in', 'Hold', 'Breathe out', 'Hold', 'Breathe in']);
    await page.getByText('Time left: 0:44').waitFor();
    await page.close();
  });

  it('shows no moving shape, only text, when the user asks for less motion', async () => {
    const page = await canada.open('sidepanel.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Take a minute' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => page.locator('.pacer-shape').isVisible()).toBe(false);
    await page.locator('.pacer-phase').waitFor();
    await page.close();
  });
});

describe('Signs in the US', () => {
  it('escalates with 988 and 911', async () => {
    const us = await launchForTest({ timezone: 'America/Chicago' });
    const page = await openSigns(us);
    await page.getByRole('checkbox', { name: 'Talks about wanting to hurt or kill someone' }).check();
    await page.getByRole('alert').getByRole('link', { name: 'Call 988' }).waitFor();
    // A threat to others: 911 first.
    expect(await alertHrefs(page)).toEqual(['tel:911', 'tel:988', 'sms:988']);
    expect(await lineHrefs(page)).toEqual(['tel:18884090141', 'https://fsphp.org/state-member-programs']);
    await page.getByRole('checkbox', { name: 'Talks about wanting to hurt or kill someone' }).uncheck();
    await page.getByRole('button', { name: 'Myself', exact: true }).click();
    await page.getByRole('checkbox', { name: 'I think, talk or write about suicide or death' }).check();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Call or text 988 now.');
    await screenshot(page, 'signs-red-flag-myself-us');
    expect(foreignRequests(us)).toEqual([]);
  });
});

describe('Signs in French', () => {
  it('works in French, red flag included', async () => {
    const fr = await launchForTest({ lang: 'fr', timezone: 'America/Toronto' });
    const page = await fr.open('popup.html');
    await page.getByRole('tab', { name: 'Signes' }).click();
    await page.getByRole('checkbox', { name: 'Parle de « partir pour longtemps »' }).check();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Sa sécurité passe avant tout.');
    await page.getByRole('button', { name: 'Tout décocher' }).click();
    await page.getByRole('checkbox', { name: 'Grande anxiété ou irritabilité' }).check();
    await page.getByRole('button', { name: 'Commencer la conversation' }).click();
    await expect(page.locator('.opening-line blockquote').textContent()).resolves.toBe(
      'J’ai remarqué que le stress semble te peser ces temps-ci. Comment ça va?',
    );
    await screenshot(page, 'help-hello-opening-line-fr');
  });
});
