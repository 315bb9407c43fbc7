/**
 * The order in which the unit suite's files are handed to the workers.
 *
 * Vitest runs projects one after another and, on a machine that has never run the suite (CI's
 * fresh clone), orders a project's files by size, largest first. Size is a poor guide here: the
 * 50,000-profile check is a short file and one of the longest to run, so it came last and ran
 * alone while the other worker sat idle. So within each project the files known to take longest
 * start first; the rest follow in Vitest's own order (by last run's duration when it has one,
 * else by size), so each project ends on short files that keep both workers busy.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Projects in the order they run (each switch of project starts fresh workers). */
export const PROJECT_ORDER = ['node', 'dom'] as const;

/** Files that take seconds each, longest first (`tests/unit/` relative). */
export const LONGEST_FILES = [
  'page/variants.test.ts',
  'profile/stress.test.ts',
  'profile/backup-roundtrip.test.ts',
  'vault/encrypt-store.test.ts',
  'page/replica-snapshots.test.ts',
  'ui/profiles/editor.test.tsx',
  'vault/decrypt-store.test.ts',
  'ui/one-language.test.tsx',
] as const;

function projectRank(spec: TestSpecification): number {
  const rank = (PROJECT_ORDER as readonly string[]).indexOf(spec.project.name);
  return rank === -1 ? PROJECT_ORDER.length : rank;
}

function longestRank(spec: TestSpecification): number {
  const path = spec.moduleId.replaceAll('\\', '/');
  const rank = LONGEST_FILES.findIndex((file) => path.endsWith(`/tests/unit/${file}`));
  return rank === -1 ? LONGEST_FILES.length : rank;
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const vitestRank = new Map(byVitest.map((spec, index) => [spec, index]));
    return [...byVitest].sort(
      (a, b) =>
        projectRank(a) - projectRank(b) ||
        longestRank(a) - longestRank(b) ||
        (vitestRank.get(a) ?? 0) - (vitestRank.get(b) ?? 0),
    );
  }
}
