import { defineConfig } from '@playwright/test';

// Playwright drives the system Chromium (see tests/support/chromium.ts); no browser download.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  // A red run can be read afterwards: `npx playwright show-trace test-results/<test>/trace.zip`.
  // Kept for failed tests only; retries stay 0, so the suite is green because it is deterministic.
  use: { trace: 'retain-on-failure' },
});
