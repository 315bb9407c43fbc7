import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Tests of code that never touches a page or a store (rules, checklists, conventions, locales)
 * run without a DOM, which saves setting one up for each of their files.
 */
const WITHOUT_DOM = [
  'tests/unit/domain/**/*.test.ts',
  'tests/unit/checklists/**/*.test.ts',
  'tests/unit/certificate/**/*.test.ts',
  'tests/unit/docs/**/*.test.ts',
  'tests/unit/conventions/**/*.test.ts',
  'tests/unit/locales/**/*.test.ts',
  'tests/unit/application/**/*.test.ts',
];

/**
 * Tests of the stores (profiles, the vault, the background's handlers) keep module state — an
 * open IndexedDB, a session key — that must start fresh in each file: their setup reloads the
 * project's modules and empties the browser's storage per file (tests/support/vitest-fresh-modules.ts),
 * which costs far less than a fresh worker per file.
 */
const WITH_STORES = [
  'tests/unit/profile/**/*.test.ts',
  'tests/unit/vault/**/*.test.ts',
  'tests/unit/background/**/*.test.ts',
];

/** Page and UI tests that rely on modules loaded fresh: the bridge's channel, loaded catalogues. */
const DOM_WITH_STATE = [
  'tests/unit/page/bridge-client.test.ts',
  'tests/unit/ui/page-catalogues.test.ts',
  'tests/unit/ui/vault/**/*.test.tsx',
];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // A 2-core CI machine running PBKDF2 at 600,000 iterations and page-variant DOM tests in
    // parallel can pass vitest's 5 s default; this is a hang guard, not a timing assertion.
    testTimeout: 30_000,
    // Vitest keeps a core for itself by default, which on a 2-core machine leaves one worker;
    // the main process only waits, so every core runs tests.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        // Pure code shares one module graph across files: importing it once per worker, not
        // once per file, is most of what these files cost.
        test: { name: 'pure', environment: 'node', include: WITHOUT_DOM, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'stores',
          environment: 'node',
          include: WITH_STORES,
          isolate: false,
          setupFiles: ['tests/support/vitest-setup.ts', 'tests/support/vitest-fresh-modules.ts'],
        },
      },
      {
        extends: true,
        // Page and UI tests share one DOM environment and module graph per worker as well; the
        // few that keep module state of their own run isolated below.
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...WITHOUT_DOM, ...WITH_STORES, ...DOM_WITH_STATE],
          isolate: false,
          setupFiles: ['tests/support/vitest-setup.ts', 'tests/support/vitest-setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          environment: 'happy-dom',
          include: DOM_WITH_STATE,
          setupFiles: ['tests/support/vitest-setup.ts', 'tests/support/vitest-setup-dom.ts'],
        },
      },
    ],
  },
});
