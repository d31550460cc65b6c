/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { askServiceWorker, closeOffline, EXTENSION_DIR, launch, type Session } from './harness';
import { openJournal } from './journal-steps';
import { CHROMIUM_CASES, lockSuites, pageContents, type JournalPage, type LockDriver } from './lock-cases';
import { ui } from './locales';

// Issue 17: after every way of locking, pressed at several delays after Save, Turn on and Unlock, the
// popup and the side panel page stay locked (test/e2e/lock-cases.ts). Each case has its own browser on
// a new profile. Headless Chromium delivers no keyboard command and no idle state to the extension,
// so those two are delivered to the background's own listeners (see LISTENER_SHIM), as Chromium would
// call them; the alarm is the real one, its deadline put in the past.

interface TestHooks {
  __lockE2E: { fire(kind: 'idle' | 'command', ...args: unknown[]): number };
}

function journalPage(page: Page): JournalPage {
  return {
    click: (name) => page.getByRole('button', { name, exact: true }).click(),
    fill: (label, text) => page.getByLabel(label, { exact: true }).fill(text),
    waitForButton: (name) => page.getByRole('button', { name, exact: true }).waitFor(),
    waitForText: (text) => page.getByText(text).first().waitFor(),
    everything: () => page.evaluate(pageContents, ui('en', 'journal.lock')),
  };
}

function chromiumDriver(session: Session): LockDriver {
  return {
    async openJournal(path) {
      return journalPage(await openJournal(session, path));
    },
    async inBackground(way) {
      if (way === 'alarm') {
        // The last journal activity an hour ago, and the auto-lock alarm due now: the background's
        // alarm listener finds the deadline passed and locks.
        await askServiceWorker(
          session,
          async (name) => {
            await chrome.storage.session.set({ journalActivity: Date.now() - 3_600_000 });
            await chrome.alarms.create(name, { when: Date.now() });
          },
          'journal-auto-lock',
        );
        return;
      }
      const fired = await askServiceWorker(
        session,
        ([kind, arg]) => (globalThis as unknown as TestHooks).__lockE2E.fire(kind, arg),
        way === 'idle' ? (['idle', 'idle'] as const) : (['command', 'lock-journal'] as const),
      );
      if (fired === 0) throw new Error(`The background has no ${way} listener`);
    },
    keyInSession: () =>
      askServiceWorker(
        session,
        async () => typeof (await chrome.storage.session.get('journalKey')).journalKey === 'string',
      ),
  };
}

lockSuites({
  name: 'Chromium',
  cases: CHROMIUM_CASES,
  builtDir: EXTENSION_DIR,
  sidePanelName: 'side panel',
  async launch(extensionDir) {
    const session = await launch({ extensionDir });
    onTestFinished(() => closeOffline(session));
    return chromiumDriver(session);
  },
});
