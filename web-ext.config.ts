import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm start` opens a browser with the extension loaded. CHROME_PATH picks the browser; otherwise
// Debian's Chromium when it is installed, else whatever Chrome the runner finds on its own.
const chrome = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineWebExtConfig({
  binaries: chrome ? { chrome } : {},
  chromiumArgs: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Chromium refuses to start as root without this (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
