/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasHorizontalScroll, launch, type Session } from './harness';

// Every view this issue added, at the narrowest width people use (320 px) and at 150 % zoom.
let session: Session;
beforeAll(async () => {
  session = await launch();
  await session.worker.evaluate(() =>
    chrome.storage.local.set({
      contacts: [{ id: 'b1', name: 'Samantha Lee-Tremblay', isBuddy: true, phone: '613 555 0199' }],
    }),
  );
});
afterAll(async () => {
  await session.close();
});

async function walkScreens(page: Page, screens: number, check: (n: number) => Promise<void>) {
  for (let n = 1; n <= screens; n++) {
    await page
      .locator('.step-count')
      .filter({ hasText: new RegExp(`^\\D*${n}\\D`) })
      .waitFor();
    await check(n);
    if (n < screens) await page.getByRole('button', { name: 'Next' }).click();
  }
}

describe.each([
  { width: 320, height: 640, zoom: 1 },
  { width: 380, height: 600, zoom: 1.5 },
])('new views at $width px, zoom $zoom', ({ width, height, zoom }) => {
  const open = async (path: string) => {
    const page = await session.open(path, { width, height });
    if (zoom !== 1) await page.evaluate((z) => (document.documentElement.style.zoom = String(z)), zoom);
    return page;
  };
  const noScroll = (page: Page, what: string) => async () =>
    expect(await hasHorizontalScroll(page), what).toBe(false);

  it('after a difficult event, both paths', async () => {
    for (const [path, screens] of [
      ['For a colleague', 7],
      ['For myself', 4],
    ] as const) {
      const page = await open('popup.html');
      await page.getByRole('button', { name: 'After a difficult event' }).click();
      await page.getByRole('button', { name: path }).click();
      await walkScreens(page, screens, (n) => noScroll(page, `${path} ${n}`)());
      await page.close();
    }
  });

  it('start peer support, the check-in form, and both print pages', async () => {
    const page = await open('popup.html');
    await page.getByRole('button', { name: 'Start peer support where you work' }).click();
    await walkScreens(page, 6, (n) => noScroll(page, `peer support ${n}`)());
    await page.getByRole('tab', { name: 'Reach' }).click();
    await page.getByRole('button', { name: 'Set up a check-in' }).click();
    await noScroll(page, 'check-in form')();
    await page.close();
    for (const path of ['print.html#pocket-card', 'print.html#peer-support-handout']) {
      const print = await open(path);
      await print.locator('h1').waitFor();
      await noScroll(print, path)();
      await print.close();
    }
  });
});

describe('a check-in notification', () => {
  it('opens the side panel page at Reach, where due check-ins are', async () => {
    const page = await session.open('sidepanel.html#check-ins', { width: 800, height: 900 });
    await page.getByRole('heading', { name: 'Buddy check-ins' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Reach' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });
});
