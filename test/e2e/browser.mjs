// @ts-check
// Launching Debian's Chromium with the built extension loaded: shared by the e2e tests and the benchmark.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium, or CHROME_PATH (the one variable for tests, bench and npm start): never a downloaded browser. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * @param {{ extensionDir: string, lang?: 'en' | 'fr', profileDir?: string, timezone?: string }} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string, profileDir: string }>}
 */
export async function launchWithExtension({
  extensionDir,
  lang = 'en',
  profileDir,
  timezone = 'America/Toronto',
}) {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'been-there-profile-'));
  // Lets the tests see requests made by the extension's service worker too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
    timezoneId: timezone,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang === 'fr' ? 'fr' : 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      // Without these Chromium tries to reach Google's servers at start; these machines have no network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host, profileDir: dir };
}
