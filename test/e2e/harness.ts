import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from './browser.mjs';
import { AXE_SOURCE, AXE_TAGS, hasAxe, horizontalScrollInPage, runAxe, smallTargetsInPage } from './in-page';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  /** Every URL the browser requested during the session, pages and service worker alike. */
  requests: string[];
  /** Every alert, confirm or prompt any page opened: markup in user text must never run one. */
  dialogs: string[];
  open(path: string, options?: { width?: number; height?: number }): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  lang?: 'en' | 'fr';
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
    extensionDir: EXTENSION_DIR,
    ...options,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const dialogs: string[] = [];
  context.on('page', (page) => page.on('dialog', (dialog) => void dialogs.push(dialog.message())));
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
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
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
