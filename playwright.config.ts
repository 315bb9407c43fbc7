import { defineConfig } from '@playwright/test';

// Playwright drives the system Chromium (see tests/support/chromium.ts); no browser download.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
