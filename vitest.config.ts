import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // A 2-core CI machine running PBKDF2 at 600,000 iterations and page-variant DOM tests in
    // parallel can pass vitest's 5 s default; this is a hang guard, not a timing assertion.
    testTimeout: 30_000,
    setupFiles: ['tests/support/vitest-setup.ts'],
  },
});
