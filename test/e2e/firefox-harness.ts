// Driving Debian's firefox-esr with the built extension (.output/firefox-mv3), over WebDriver BiDi with
// puppeteer-core (no geckodriver, no downloaded browser). See ../shared/toolchain.md, "Firefox end to end".
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import {
  AXE_SOURCE,
  AXE_TAGS,
  hasAxe,
  layoutProblemsInPage,
  runAxe,
  smallTargetsInPage,
  type LayoutCase,
} from './in-page';
import { SCREENSHOT_DIR } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
import { GECKO_ID } from '../../lib/app/extension-ids';
export { GECKO_ID };
/** Pins the moz-extension:// host, which Firefox otherwise picks at random per profile. */
const UUID = '6f1d3c2a-8b7e-4e5f-9a0b-1c2d3e4f5a6b';
export const ORIGIN = `moz-extension://${UUID}`;

type BidiSend = (
  method: string,
  params: object,
) => Promise<{ result: { contexts?: { context: string }[]; result?: { value?: string } } }>;
/** The BiDi objects under Puppeteer's Frame (not in its public types). */
interface BidiBrowsingContext {
  navigate(url: string, wait: 'complete'): Promise<void>;
  userContext: { browser: { session: { send: BidiSend } } };
}
const contextOf = (page: Page) =>
  (page.mainFrame() as unknown as { browsingContext: BidiBrowsingContext }).browsingContext;

export interface FirefoxSession {
  browser: Browser;
  /** Every alert, confirm or prompt a page opened: none is expected. */
  dialogs: string[];
  /** Where the browser saves downloads in this session. */
  downloadDir: string;
  /** The moz-extension:// host of the extension. */
  uuid: string;
  open(path: string, options?: { width?: number; height?: number }): Promise<Page>;
  /** Sets the browser's own zoom (as Ctrl + does) for the tab showing this page. */
  zoom(page: Page, factor: number): Promise<void>;
  /** Evaluates an expression in the browser window's privileged (chrome) scope; returns its JSON. */
  inBrowserWindow<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** A build other than .output/firefox-mv3 (an instrumented copy, for example). */
  extensionDir?: string;
  lang?: 'en' | 'fr';
  /** The time zone Firefox runs in: it is how Been There first guesses the region. */
  timezone?: string;
  prefs?: Record<string, unknown>;
}

export async function launchFirefox({
  extensionDir = FIREFOX_EXTENSION_DIR,
  lang = 'en',
  timezone = 'America/Toronto',
  prefs = {},
}: FirefoxOptions = {}): Promise<FirefoxSession> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'been-there-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, TZ: timezone },
    // Lets BiDi navigate to moz-extension:// pages and evaluate in the browser window.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Puppeteer's profile turns the password manager off; people's browsers have it on.
      'signon.rememberSignons': true,
      // French extension messages need Debian's langpack (firefox-esr-l10n-fr) and this pref.
      'intl.locale.requested': lang === 'fr' ? 'fr' : 'en-US',
      'intl.accept_languages': lang === 'fr' ? 'fr-CA, fr' : 'en-CA, en',
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const dialogs: string[] = [];
  /** Puppeteer's page.url() stays about:blank: Firefox sends no navigation events for extension pages. */
  const urls = new WeakMap<Page, string>();
  const session = contextOf((await browser.pages())[0]!).userContext.browser.session;
  async function inBrowserWindow<T>(expression: string): Promise<T> {
    const send = session.send.bind(session);
    const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts![0]!.context;
    const evaluated = await send('script.evaluate', {
      expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
      target: { context },
      awaitPromise: true,
      'moz:scope': 'chrome',
    });
    const value = evaluated.result.result?.value;
    if (value === undefined)
      throw new Error(`Browser-window script failed: ${JSON.stringify(evaluated.result)}`);
    return JSON.parse(value) as T;
  }
  return {
    browser,
    dialogs,
    downloadDir,
    uuid: UUID,
    async open(path, { width = 380, height = 600 } = {}) {
      const page = await browser.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setViewport({ width, height });
      // page.goto() never resolves for extension pages (Firefox bug 1755014): navigate over BiDi.
      urls.set(page, `${ORIGIN}/${path}`);
      await contextOf(page).navigate(`${ORIGIN}/${path}`, 'complete');
      await page.waitForSelector('h1');
      // The prerendered first screen (scripts/prerender) does nothing until the app replaces it.
      await page.waitForFunction(() => !document.querySelector('[data-prerender]'));
      // The welcome tab opened on install may have come to the front meanwhile. A hidden tab gets no
      // animation frames, and Puppeteer's locators wait for them: every click would stall.
      await page.bringToFront();
      return page;
    },
    async zoom(page, factor) {
      const url = urls.get(page);
      const zoomed = await inBrowserWindow<number>(`gBrowser.browsers
        .filter((b) => b.currentURI.spec === ${JSON.stringify(url)})
        .map((b) => (b.fullZoom = ${factor})).length`);
      if (zoomed === 0) throw new Error(`No tab shows ${url}`);
      // Firefox reports its zoom as the device pixel ratio once the page is laid out again.
      await page.waitForFunction((z: number) => Math.abs(devicePixelRatio - z) < 0.01, {}, factor);
    },
    inBrowserWindow,
    async close() {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Closes the browser, after checking that no page opened a dialog. (Requests are not checked here:
 * Firefox reports none over BiDi for extension pages, not even their own files; the Chromium suite
 * checks that nothing is requested.)
 */
export async function closeChecked(session: FirefoxSession): Promise<void> {
  try {
    expect(session.dialogs).toEqual([]);
  } finally {
    await session.close();
  }
}

/** The ids and messages of every prompt (doorhanger) the browser shows in any tab. */
export const PROMPTS = `(() => gBrowser.browsers.flatMap((b) =>
  PopupNotifications.getNotificationsForBrowser(b).map((n) => n.id + ': ' + n.message)))()`;

/** Puppeteer's ARIA selector: the element with this role and accessible name. */
export function role(roleName: string, name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(roleName)}])`;
}

export async function click(page: Page, roleName: string, name: string): Promise<void> {
  await page.locator(role(roleName, name)).click();
}

/** The form control whose <label> reads exactly this, once it is on the page. */
export async function byLabel(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (text: string) =>
      [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control ?? false,
    {},
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/** Types into a field as a person would (after clearing it). */
export async function fill(page: Page, label: string, text: string): Promise<void> {
  const field = await byLabel(page, label);
  await field.click({ count: 3 });
  await field.evaluate((el) => {
    el.value = '';
  });
  await field.type(text);
}

/** Waits until the page shows this text (its rendered text, not hidden markup). */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t: string) => document.body.innerText.includes(t), {}, text);
}

export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(hasAxe))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(runAxe, AXE_TAGS);
}

export const smallTargets = (page: Page) => page.evaluate(smallTargetsInPage);
export const layoutProblems = (page: Page) => page.evaluate(layoutProblemsInPage);

/** Opens a layout case's page at its size and zoom; lists, tab by tab, what does not fit. */
export async function layoutProblemsFor(
  session: FirefoxSession,
  c: LayoutCase,
  shot?: string,
): Promise<string[]> {
  const page = await session.open(c.path, { width: c.width, height: c.height });
  if (c.zoom !== 1) await session.zoom(page, c.zoom);
  const problems: string[] = [];
  const tabs = await page.$$('[role="tab"]');
  for (const tab of tabs.length > 0 ? tabs : [null]) {
    let name = c.path;
    if (tab) {
      await tab.click();
      await page.waitForSelector('[role="tabpanel"] h2');
      name = await tab.evaluate((el) => el.textContent ?? '');
    }
    problems.push(...(await page.evaluate(layoutProblemsInPage)).map((p) => `${name}: ${p}`));
  }
  if (shot) await screenshot(page, shot);
  await page.close();
  return problems;
}

export async function screenshot(page: Page, name: string) {
  // Puppeteer, unlike Playwright, does not make the folder: a fresh clone has none yet.
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `firefox-${name}.png`), fullPage: true });
}
