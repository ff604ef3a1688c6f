import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles single-file components for the PWA's component tests.
  plugins: [vue()],
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'pwa/test/**/*.test.ts',
      'subgraphs/*/test/**/*.test.ts',
      'gateway/test/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'pwa/test/browser/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/failure-report.ts'],
    testTimeout: 30000,
    // expect.poll gives up after 1 s by default, which a loaded machine
    // misses for a page that renders the expected value a little later.
    // Browser steps wait up to 45 s, and so does a poll without a timeout.
    expect: { poll: { timeout: 45000 } },
    hookTimeout: 120000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
