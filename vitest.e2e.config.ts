import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium and Firefox ESR, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
