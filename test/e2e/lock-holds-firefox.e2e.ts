import type { Page } from 'puppeteer-core';
import { onTestFinished } from 'vitest';
import {
  byLabel,
  click,
  closeChecked,
  FIREFOX_EXTENSION_DIR,
  GECKO_ID,
  launchFirefox,
  role,
  waitForText,
  type FirefoxSession,
} from './firefox-harness';
import { FIREFOX_CASES, lockSuites, pageContents, type JournalPage, type LockDriver } from './lock-cases';
import { ui } from './locales';

// Issue 17 in Firefox: the cases of test/e2e/lock-cases.ts in the popup and the sidebar's page, each in
// a browser of its own. The keyboard command goes through the browser window's own shortcut for
// Alt+Shift+L (its <key> element in the extension's keyset, made to run its command); idle is
// delivered to the background's own listener (LISTENER_SHIM), as Firefox would call it; the alarm is
// the real one, its deadline put in the past.

declare const browser: typeof import('wxt/browser').browser;
interface TestHooks {
  __lockE2E: { fire(kind: 'idle' | 'command', ...args: unknown[]): number };
}

function journalPage(page: Page): JournalPage {
  return {
    click: (name) => click(page, 'button', name),
    fill: (label, text) => fillAtOnce(page, label, text),
    waitForButton: async (name) => {
      await page.locator(role('button', name)).wait();
    },
    waitForText: (text) => waitForText(page, text),
    everything: () => page.evaluate(pageContents, ui('en', 'journal.lock')),
  };
}

/**
 * Puts the whole text in a field at once, with the input event typing sends: typing it key by key
 * over BiDi takes seconds per case, and what these cases test is the lock, not the typing.
 */
async function fillAtOnce(page: Page, label: string, text: string) {
  const field = await byLabel(page, label);
  await field.focus();
  await field.evaluate((el, value) => {
    const proto =
      el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** The extension's Alt+Shift+L in the browser window, made to run its command as a key press does. */
const PRESS_LOCK_SHORTCUT = `(() => {
  const keyset = document.getElementById('ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}');
  const key = [...(keyset?.children ?? [])].find(
    (k) => k.getAttribute('key') === 'L' && k.getAttribute('modifiers') === 'alt,shift');
  if (!key) return false;
  key.doCommand();
  return true;
})()`;

function firefoxDriver(session: FirefoxSession): LockDriver {
  let control: Page | undefined;
  const inExtension = <T>(fn: () => Promise<T>): Promise<T> => {
    if (!control) throw new Error('No extension page is open yet');
    return control.evaluate(fn) as Promise<T>;
  };
  return {
    async openJournal(path) {
      const page = await session.open(path, { width: 500, height: 900 });
      await click(page, 'tab', ui('en', 'tabs.journal'));
      await page.locator(role('heading', ui('en', 'journal.heading'))).wait();
      control ??= page;
      return journalPage(page);
    },
    async inBackground(way) {
      if (way === 'command') {
        if (!(await session.inBrowserWindow<boolean>(PRESS_LOCK_SHORTCUT)))
          throw new Error('Firefox has no Alt+Shift+L for the extension');
      } else if (way === 'alarm') {
        // The last journal activity an hour ago, and the auto-lock alarm due now.
        await inExtension(async () => {
          await browser.storage.session.set({ journalActivity: Date.now() - 3_600_000 });
          await browser.alarms.create('journal-auto-lock', { when: Date.now() });
        });
      } else {
        const fired = await inExtension(async () => {
          const background = (await browser.runtime.getBackgroundPage()) as unknown as TestHooks;
          return background.__lockE2E.fire('idle', 'idle');
        });
        if (fired === 0) throw new Error('The background has no idle listener');
      }
    },
    keyInSession: () =>
      inExtension(
        async () => typeof (await browser.storage.session.get('journalKey')).journalKey === 'string',
      ),
  };
}

lockSuites({
  name: 'Firefox',
  cases: FIREFOX_CASES,
  builtDir: FIREFOX_EXTENSION_DIR,
  sidePanelName: 'sidebar page',
  async launch(extensionDir) {
    const session = await launchFirefox({ extensionDir });
    onTestFinished(() => closeChecked(session));
    return firefoxDriver(session);
  },
});
