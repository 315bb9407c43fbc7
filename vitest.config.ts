import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import LongestFirstSequencer from './tests/support/vitest-sequencer.ts';

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
  'tests/unit/permit-application/**/*.test.ts',
];

/**
 * Tests of the stores (profiles, the vault, the background's handlers) keep module state — an
 * open IndexedDB, a session key — that must start fresh in each file: the setup reloads our
 * modules and empties the browser's storage per file (tests/support/vitest-fresh-modules.ts),
 * which costs far less than a fresh worker per file. They need no DOM either.
 */
const STORE_FOLDERS = ['tests/unit/profile/', 'tests/unit/vault/', 'tests/unit/background/'];
const WITH_STORES = STORE_FOLDERS.map((folder) => `${folder}**/*.test.ts`);

/** Page and UI tests that keep state in our modules (the bridge's channel, loaded catalogues, the vault). */
const DOM_WITH_STATE = [
  'tests/unit/page/bridge-client.test.ts',
  'tests/unit/ui/page-catalogues.test.ts',
  'tests/unit/ui/vault/',
];

/** Every file: fake IndexedDB, PBKDF2 derived once per input, our modules fresh where configured. */
const SETUP = [
  'tests/support/vitest-setup.ts',
  'tests/support/vitest-pbkdf2-memo.ts',
  'tests/support/vitest-fresh-modules.ts',
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
    // The longest files of each project first (tests/support/vitest-sequencer.ts).
    sequence: { sequencer: LongestFirstSequencer },
    // Two projects, one per environment: each switch of project starts fresh workers, so fewer
    // projects cost less. Each shares its libraries across its files (`isolate: false`).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [...WITHOUT_DOM, ...WITH_STORES],
          isolate: false,
          setupFiles: SETUP,
          provide: { freshModuleFiles: STORE_FOLDERS },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          // Page variants build thousands of short-lived DOM nodes: a larger young generation
          // spends less time collecting them (the variant suite ran in 15 s instead of 20 s).
          execArgv: ['--max-semi-space-size=64'],
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...WITHOUT_DOM, ...WITH_STORES],
          isolate: false,
          setupFiles: [...SETUP, 'tests/support/vitest-setup-dom.ts'],
          provide: { freshModuleFiles: DOM_WITH_STATE },
        },
      },
    ],
  },
});
