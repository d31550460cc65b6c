import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineWebExtConfig } from 'wxt';

// `npm start` opens a browser with the extension loaded. CHROME_PATH picks the browser (the same
// variable the tests and the benchmark read); otherwise Debian's Chromium when it is installed, else
// whatever Chrome the runner finds on its own.
const chrome = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const profile = resolve('.wxt/chromium-profile');
mkdirSync(profile, { recursive: true });

export default defineWebExtConfig({
  binaries: chrome ? { chrome } : {},
  // One profile inside the project (.wxt is ignored by git), kept between runs, instead of a new
  // one in the temp folder each time that an interrupted run leaves behind. Delete it to start afresh.
  chromiumProfile: profile,
  keepProfileChanges: true,
  chromiumArgs: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Chromium refuses to start as root without this (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
