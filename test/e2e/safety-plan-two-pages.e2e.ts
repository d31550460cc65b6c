import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { axeViolations, launch, smallTargets, type Session } from './harness';
import { openJournal, turnOn } from './journal-steps';
import { ui } from './locales';

// Issue 20: the plan open in the side panel and the popup at once. A page with unsaved words is told
// when the other saves, and nothing is lost until the person chooses; a page with none follows.
const en = (key: string) => ui('en', key);

let session: Session | undefined;
afterEach(async () => {
  await session?.close().catch(() => undefined);
  session = undefined;
});

async function openPlan(page: Page) {
  await page.getByRole('button', { name: en('safetyPlan.heading') }).click();
  await page.getByRole('heading', { level: 3, name: en('safetyPlan.heading') }).waitFor();
}

const words = (page: Page) => page.getByLabel(en('safetyPlan.items'));
const notice = (page: Page) => page.getByRole('alert').filter({ hasText: en('safetyPlan.conflict') });

/**
 * `typing` keeps typing while `saving` types and saves: the other page's save lands while `typing`
 * has words it has not saved. `saving` saves at once, as when it is hidden: `typing` saves along the
 * way too, AUTOSAVE_MAX_WAIT_MS after its first key (lib/journal/autosave.ts), and must come second.
 */
async function saveWhileTyping(typing: Page, typed: string, saving: Page, saved: string) {
  await words(typing).fill('');
  const keys = words(typing).pressSequentially(typed, { delay: 120 });
  await words(saving).fill(saved);
  await saving.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await saving.getByText(en('safetyPlan.saved')).waitFor();
  await keys;
}

it('two pages: the one with unsaved words is asked which plan to keep, and neither is lost unasked', async () => {
  session = await launch();
  const panel = await openJournal(session, 'sidepanel.html', 'en');
  await turnOn(panel);
  await openPlan(panel);
  const popup = await session.open('popup.html');
  await popup.getByRole('tab', { name: en('tabs.journal') }).click();
  await openPlan(popup);

  // The popup saves while the side panel's words wait: the side panel says so and keeps them.
  await saveWhileTyping(panel, 'panel words typed slowly', popup, 'popup words');
  await notice(panel).waitFor();
  // Past its autosave delay, still nothing written over the popup's plan.
  await panel.waitForTimeout(1_500);
  await expect(words(panel).inputValue()).resolves.toBe('panel words typed slowly');
  await expect(words(popup).inputValue()).resolves.toBe('popup words');
  expect(await notice(popup).count()).toBe(0);
  // The popup, opened afresh, reads the popup's plan from disk: the side panel wrote nothing.
  const third = await session.open('popup.html');
  await third.getByRole('tab', { name: en('tabs.journal') }).click();
  await openPlan(third);
  await expect(words(third).inputValue()).resolves.toBe('popup words');
  await third.close();

  // "Keep mine": saved over it, and the popup (nothing unsaved there) shows it.
  await notice(panel)
    .getByRole('button', { name: en('safetyPlan.keepMine') })
    .click();
  await panel.getByText(en('safetyPlan.saved')).waitFor();
  expect(await notice(panel).count()).toBe(0);
  await expect.poll(() => words(popup).inputValue()).toBe('panel words typed slowly');

  // The other way round, in the popup: the notice fits and is accessible; "use the other one".
  await saveWhileTyping(popup, 'popup again, slowly', panel, 'panel saved this');
  await notice(popup).waitFor();
  await expect(words(popup).inputValue()).resolves.toBe('popup again, slowly');
  const box = await notice(popup).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(380);
  expect(await axeViolations(popup), 'conflict notice, popup').toEqual([]);
  expect(await smallTargets(popup), 'conflict notice, popup').toEqual([]);
  await notice(popup)
    .getByRole('button', { name: en('safetyPlan.takeOther') })
    .click();
  expect(await notice(popup).count()).toBe(0);
  await expect(words(popup).inputValue()).resolves.toBe('panel saved this');
  await expect(words(panel).inputValue()).resolves.toBe('panel saved this');
});
