import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AFTER_EVENT_PATHS } from '../../lib/content/difficult-event';
import { PEER_SUPPORT_SECTIONS } from '../../lib/content/start-peer-support';
import { hasHorizontalScroll, sharedSession, walkScreens } from './harness';
import { ui } from './locales';

// Every view this issue added, at the narrowest width people use (320 px) and at 150 % zoom.
const session = sharedSession({
  contacts: [{ id: 'b1', name: 'Samantha Lee-Tremblay', isBuddy: true, phone: '613 555 0199' }],
});

const L = {
  afterEvent: ui('en', 'afterEvent.open'),
  paths: [
    [ui('en', 'afterEvent.forColleague'), AFTER_EVENT_PATHS.colleague.length],
    [ui('en', 'afterEvent.forMyself'), AFTER_EVENT_PATHS.myself.length],
  ] as const,
  startPeerSupport: ui('en', 'startPeerSupport.open'),
  reach: ui('en', 'tabs.reach'),
  setUpCheckIn: ui('en', 'checkIns.open'),
  checkIns: ui('en', 'checkIns.heading'),
};

describe.each([
  { width: 320, height: 640, zoom: 1 },
  { width: 380, height: 600, zoom: 1.5 },
])('new views at $width px, zoom $zoom', ({ width, height, zoom }) => {
  const open = async (path: string) => {
    const page = await session.open(path, { width, height });
    if (zoom !== 1) await page.evaluate((z) => (document.documentElement.style.zoom = String(z)), zoom);
    return page;
  };
  const noScroll = async (page: Page, what: string) =>
    expect(await hasHorizontalScroll(page), what).toBe(false);

  it('after a difficult event, both paths', async () => {
    for (const [path, screens] of L.paths) {
      const page = await open('popup.html');
      await page.getByRole('button', { name: L.afterEvent }).click();
      await page.getByRole('button', { name: path }).click();
      await walkScreens(page, 'en', screens, (n) => noScroll(page, `${path} ${n}`));
      await page.close();
    }
  });

  it('start peer support, the check-in form, and both print pages', async () => {
    const page = await open('popup.html');
    await page.getByRole('button', { name: L.startPeerSupport }).click();
    await walkScreens(page, 'en', PEER_SUPPORT_SECTIONS.length, (n) => noScroll(page, `peer support ${n}`));
    await page.getByRole('tab', { name: L.reach }).click();
    await page.getByRole('button', { name: L.setUpCheckIn }).click();
    await noScroll(page, 'check-in form');
    await page.close();
    for (const path of ['print.html#pocket-card', 'print.html#peer-support-handout']) {
      const print = await open(path);
      await print.locator('h1').waitFor();
      await noScroll(print, path);
      await print.close();
    }
  });
});

describe('a check-in notification', () => {
  it('opens the side panel page at Reach, where due check-ins are', async () => {
    const page = await session.open('sidepanel.html#check-ins', { width: 800, height: 900 });
    await page.getByRole('heading', { name: L.checkIns }).waitFor();
    expect(await page.getByRole('tab', { name: L.reach }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });
});
