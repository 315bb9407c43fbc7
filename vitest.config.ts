import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Tests of code that never touches a page (rules, checklists, profiles, the vault, the
 * background) run without a DOM, which saves setting one up for each of their files.
 */
const WITHOUT_DOM = [
  'tests/unit/domain/**/*.test.ts',
  'tests/unit/checklists/**/*.test.ts',
  'tests/unit/certificate/**/*.test.ts',
  'tests/unit/docs/**/*.test.ts',
  'tests/unit/conventions/**/*.test.ts',
  'tests/unit/locales/**/*.test.ts',
  'tests/unit/profile/**/*.test.ts',
  'tests/unit/vault/**/*.test.ts',
  'tests/unit/background/**/*.test.ts',
  'tests/unit/application/**/*.test.ts',
];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // A 2-core CI machine running PBKDF2 at 600,000 iterations and page-variant DOM tests in
    // parallel can pass vitest's 5 s default; this is a hang guard, not a timing assertion.
    testTimeout: 30_000,
    setupFiles: ['tests/support/vitest-setup.ts'],
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: WITHOUT_DOM } },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: WITHOUT_DOM,
        },
      },
    ],
  },
});
