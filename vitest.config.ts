import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/lib/**/*.test.ts', 'test/components/**/*.test.tsx', 'test/data/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
