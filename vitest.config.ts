import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { localeMessages } from './scripts/locale-messages-plugin.ts';

export default defineConfig({
  plugins: [WxtVitest(), localeMessages()],
  test: {
    include: ['test/lib/**/*.test.{ts,tsx}', 'test/components/**/*.test.tsx', 'test/data/**/*.test.ts'],
    // Key derivation runs 600,000 PBKDF2 rounds, as in the product: some journal tests take seconds.
    testTimeout: 60_000,
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
