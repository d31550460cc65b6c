import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
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
