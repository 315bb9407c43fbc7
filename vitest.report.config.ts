import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** `npm run report:fields`: figures over the generated page variants (tests/report), not part of the unit run. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/report/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 60_000,
    setupFiles: ['tests/support/vitest-setup.ts'],
  },
});
