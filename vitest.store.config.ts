import { defineConfig } from 'vitest/config';

// `npm run store:assets`: the store screenshots and promo tile, rendered from the built extension
// (.output/chrome-mv3) in Debian's Chromium with the e2e harness. Not a test: it writes .output/store-assets/.
export default defineConfig({
  test: {
    include: ['scripts/store-assets.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
