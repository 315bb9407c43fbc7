import { type ParsedImport, parseImportFile, parseImportFileInSteps } from './import-file';
import {
  applyImportPlan,
  type DuplicateChoice,
  type ImportedProfile,
  type ImportOutcome,
  type ImportPlan,
  planImport,
  samePlan,
} from './import-plan';
import type { MessageRef, PathMessage } from './messages';
import type { StoredProfiles } from './records';
import { type ProfileRepository, ProfileWriteError } from './repository';

/**
 * Writes a confirmed import in one locked write (one `storage.local.set`: all or nothing). If the stored profiles changed since
 * the plan was shown (another window added or removed a duplicate), nothing is written and the
 * user is asked to import again, so no choice is applied to a profile they did not see.
 */
export async function runImport(
  repository: ProfileRepository,
  plan: ImportPlan,
  choices: ReadonlyMap<number, DuplicateChoice>,
  now: Date = new Date(),
  onProgress?: (done: number, total: number) => void,
): Promise<{ state: StoredProfiles; outcome: ImportOutcome; imported: readonly ImportedProfile[] }> {
  let outcome: ImportOutcome | undefined;
  let imported: readonly ImportedProfile[] = [];
  const state = await repository.writeProfiles((current) => {
    const fresh = planImport(current.profiles, plan.incoming);
    if (!samePlan(fresh, plan)) throw new ProfileWriteError({ key: 'import.changedMeanwhile' });
    const result = applyImportPlan(current, fresh, choices, now);
    outcome = result.outcome;
    imported = result.imported;
    return result.profiles;
  }, onProgress);
  return { state, outcome: outcome ?? { added: 0, replaced: 0, skipped: 0, unchanged: 0 }, imported };
}

export type PreparedImport =
  | {
      readonly ok: true;
      readonly plan: ImportPlan;
      readonly notices: readonly PathMessage[];
      /** Said with the result, not folded away with the notices (a CSV's dates converted…). */
      readonly summary: readonly MessageRef[];
      readonly version: number;
    }
  | { readonly ok: false; readonly problems: readonly PathMessage[] };

/**
 * Step one of an import, with nothing written: the whole file is validated and, when it is
 * valid, compared with the stored profiles to find duplicates for the user to decide on.
 */
export function prepareImport(text: string, byteLength: number, stored: StoredProfiles): PreparedImport {
  return planned(parseImportFile(text, byteLength), stored);
}

function planned(parsed: ParsedImport, stored: StoredProfiles): PreparedImport {
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    plan: planImport(stored.profiles, parsed.profiles),
    notices: parsed.notices,
    summary: parsed.summary ?? [],
    version: parsed.version,
  };
}

/** `prepareImport` in steps, with progress, for a page importing thousands of profiles. */
export async function prepareImportInSteps(
  text: string,
  byteLength: number,
  stored: StoredProfiles,
  onProgress: (done: number, total: number) => void,
): Promise<PreparedImport> {
  return planned(await parseImportFileInSteps(text, byteLength, onProgress), stored);
}

/** Plans an import of profiles already read and validated (a CSV file). */
export function preparedFrom(parsed: ParsedImport, stored: StoredProfiles): PreparedImport {
  return planned(parsed, stored);
}
