import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium (.output/chrome-mv3, Playwright) and
// firefox-esr (.output/firefox-mv3, Puppeteer over WebDriver BiDi; test/e2e/firefox*.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
