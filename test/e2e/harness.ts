/// <reference types="chrome" />
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished } from 'vitest';
import type { Contact } from '../../lib/people/contacts';
import { askServiceWorker as askWorker } from './ask-service-worker.mjs';
import { launchWithExtension } from './browser.mjs';
import { AXE_SOURCE, AXE_TAGS, hasAxe, horizontalScrollInPage, runAxe, smallTargetsInPage } from './in-page';
import { ui, type TestLang } from './locales';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface Session {
  context: BrowserContext;
  /** The service worker seen at launch: tests reach the background through askServiceWorker. */
  worker: Worker;
  extensionId: string;
  profileDir: string;
  /** Every URL the browser requested during the session, pages and service worker alike. */
  requests: string[];
  /** Every alert, confirm or prompt any page opened: close() fails when there was one. */
  dialogs: string[];
  open(path: string, options?: { width?: number; height?: number }): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** A build other than .output/chrome-mv3 (an instrumented copy, for example). */
  extensionDir?: string;
  lang?: TestLang;
  profileDir?: string;
  timezone?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const {
    context,
    worker,
    extensionId,
    profileDir: dir,
  } = await launchWithExtension({
    ...options,
    extensionDir: options.extensionDir ?? EXTENSION_DIR,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const dialogs: string[] = [];
  // Recorded, then dismissed so the page goes on; close() fails the file afterwards.
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  return {
    context,
    worker,
    extensionId,
    profileDir: dir,
    requests,
    dialogs,
    async open(path, { width = 380, height = 600 } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await untilAppTakesOver(page);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      try {
        await context.close();
      } finally {
        if (!keepProfile) rmSync(dir, { recursive: true, force: true });
      }
      // Markup in user text must never run: any alert, confirm or prompt fails the file.
      if (dialogs.length > 0) throw new Error(`A page opened a dialog: ${dialogs.join(' | ')}`);
    },
  };
}

/**
 * A browser for one test only: closed when the test ends, also after a failed assertion, so no
 * Chromium outlives its test.
 */
export async function launchForTest(options: LaunchOptions = {}): Promise<Session> {
  const session = await launch(options);
  onTestFinished(() => session.close());
  return session;
}

/** Runs axe-core in the page (injected as text: extension pages forbid remote and inline scripts). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(hasAxe))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(runAxe, AXE_TAGS);
}

/** Interactive elements smaller than 24 x 24 CSS px (WCAG 2.2 target size, minimum). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(smallTargetsInPage);
}

export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(horizontalScrollInPage);
}

export function foreignRequests(session: Session): string[] {
  const own = `chrome-extension://${session.extensionId}/`;
  return session.requests.filter((url) => !url.startsWith(own));
}

/**
 * Closes a file's browser, then checks that nothing it did left the extension. Closing comes first,
 * so a failed check never leaves Chromium running.
 */
export async function closeOffline(session: Session): Promise<void> {
  const requests = foreignRequests(session);
  await session.close();
  expect(requests).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp | string, maxPresses = 100): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return (el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

export async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
}

/**
 * Runs `fn` (with `arg`) in the extension's service worker and returns its answer: the only way the
 * tests reach the background. It starts a worker Chromium has stopped, and runs `fn` once
 * (ask-service-worker.mjs, shared with the benchmark).
 */
export function askServiceWorker<R, A = undefined>(
  session: Session,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  // The module is plain JavaScript, so its own types are loose: the casts only restore the caller's.
  return askWorker(session, fn as (arg: unknown) => unknown, arg) as Promise<R>;
}

/** Writes these people where Reach keeps them, as if the user had added them in Settings. */
export async function seedContacts(session: Session, contacts: readonly Contact[]): Promise<void> {
  await askServiceWorker(session, (list) => chrome.storage.local.set({ contacts: list }), contacts);
}

export interface SharedSessionOptions extends LaunchOptions {
  /** People in Reach before the first test. */
  contacts?: readonly Contact[];
}

/**
 * One browser for the tests of a file, or of the describe block it is called in: launched before the
 * first test (with `contacts` in Reach), closed after the last, then checked that nothing left the
 * extension (closeOffline). The returned session is usable in tests and hooks, once it has started.
 */
export function sharedSession(options: SharedSessionOptions = {}): Session {
  const { contacts, ...launchOptions } = options;
  let current: Session | undefined;
  beforeAll(async () => {
    current = await launch(launchOptions);
    if (contacts) await seedContacts(current, contacts);
  });
  afterAll(async () => {
    if (current) await closeOffline(current);
  });
  return new Proxy({} as Session, {
    get(_, key) {
      if (!current) throw new Error('The shared browser starts in beforeAll: use it inside a test or hook.');
      return Reflect.get(current, key) as unknown;
    },
  });
}

/** No axe violations and no target under 24 px: what every view is held to. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
  expect(await smallTargets(page), what).toEqual([]);
}

/**
 * Reads a guided path (After a difficult event, Start peer support) as a person does: waits for
 * "Step n of …", lets `visit` look at screen n, then presses Next, to the last screen.
 */
export async function walkScreens(
  page: Page,
  lang: TestLang,
  screens: number,
  visit: (n: number) => Promise<void>,
): Promise<void> {
  for (let n = 1; n <= screens; n++) {
    await page
      .locator('.step-count')
      .filter({ hasText: ui(lang, 'help.stepOf', String(n), String(screens)) })
      .waitFor();
    await visit(n);
    if (n < screens) await page.getByRole('button', { name: ui(lang, 'help.next') }).click();
  }
}

/** The open guided screen fits the popup's 600 px height, and nothing scrolls sideways. */
export async function expectScreenFitsPopup(page: Page, what: string): Promise<void> {
  const height = await page.locator('.guided-screen').evaluate((el) => el.getBoundingClientRect().height);
  expect(height, what).toBeLessThanOrEqual(600);
  expect(await hasHorizontalScroll(page), what).toBe(false);
}

/**
 * Tabs to a control, presses Enter, and waits until focus lands on what a screen reader should read
 * next (a heading that appears, the next screen's title).
 */
export async function enterByKeyboard(page: Page, control: string, focusLandsOn: string): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedText(page)).toBe(focusLandsOn);
}

/**
 * The popup's and side panel's HTML paint their first screen before any script (scripts/prerender);
 * its buttons do nothing until the app replaces it. Tests act on the app, so they wait for it.
 */
export async function untilAppTakesOver(page: Page) {
  await page.locator('[data-prerender]').first().waitFor({ state: 'detached' });
}

/**
 * Opens a guide from the popup by keyboard alone and waits until focus lands on the guide's
 * heading: its code loads on first use.
 */
export async function openGuideByKeyboard(session: Session, button: string, heading: string): Promise<Page> {
  const page = await session.open('popup.html');
  await page.locator('h1').waitFor();
  await enterByKeyboard(page, button, heading);
  return page;
}

/**
 * Presses the guide's "Close this guide" and waits until the guide is gone and the tab it was
 * opened from shows its own panel again, still selected.
 */
export async function closeGuide(
  page: Page,
  lang: TestLang,
  guideHeading: string,
  tab: { name: string; heading: string },
): Promise<void> {
  await page.getByRole('button', { name: ui(lang, 'afterEvent.close') }).click();
  await page.getByRole('tabpanel').getByRole('heading', { level: 2, name: tab.heading }).waitFor();
  expect(await page.getByRole('heading', { name: guideHeading, exact: true }).count()).toBe(0);
  expect(await page.getByRole('tab', { name: tab.name }).getAttribute('aria-selected')).toBe('true');
}
