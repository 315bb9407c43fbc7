import { defineConfig } from '@playwright/test';

// The Firefox suite: Playwright Test runs it, puppeteer-core drives Debian's firefox-esr over
// WebDriver BiDi (tests/firefox/firefox.ts says why). Build first: `npx wxt build -b firefox`.
export default defineConfig({
  testDir: 'tests/firefox',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A scenario walks many pages; on a busy machine a page load may take seconds.
  timeout: 180_000,
  reporter: [['list']],
});
