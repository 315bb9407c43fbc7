import { type ProfileDifference, profileDifferences } from './import-diff';
import type { StoredProfiles } from './records';
import type { Profile } from './schema';

/**
 * What an import will do, per incoming profile. A profile is a duplicate when a stored profile
 * has the same id, passport number or foreigner id; the user decides per duplicate whether to
 * skip it, replace the stored one, or keep both. A duplicate with the same data as its stored
 * profile is identical: there is nothing to decide, and it is left as it is.
 */
export const DUPLICATE_CHOICES = ['skip', 'replace', 'keep-both'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];
export type MatchReason = 'id' | 'passportNumber' | 'foreignerId';

export interface ImportDuplicate {
  /** Position of the incoming profile in the file's (valid) profiles. */
  readonly incomingIndex: number;
  readonly incoming: Profile;
  /** The stored profile a "replace" would overwrite: the first match, by id, then passport, then foreigner id. */
  readonly existing: Profile;
  readonly reasons: readonly MatchReason[];
  /** What the file would change in the stored profile (none for an identical one). */
  readonly differences: readonly ProfileDifference[];
}

export interface ImportPlan {
  readonly incoming: readonly Profile[];
  /** Duplicates that differ from their stored profile: the user chooses for each. */
  readonly duplicates: readonly ImportDuplicate[];
  /** Duplicates with the same data as their stored profile: left as they are. */
  readonly identical: readonly ImportDuplicate[];
}

/** A profile an import wrote, with the stored profile it replaced (none when it was added). */
export interface ImportedProfile {
  readonly written: Profile;
  readonly replaced?: Profile;
}

export interface ImportOutcome {
  readonly added: number;
  readonly replaced: number;
  readonly skipped: number;
  /** Identical to a stored profile: nothing written. */
  readonly unchanged: number;
}

const MATCH_KEYS: readonly MatchReason[] = ['id', 'passportNumber', 'foreignerId'];

function indexBy(profiles: readonly Profile[], key: MatchReason): Map<string, Profile> {
  const index = new Map<string, Profile>();
  for (const profile of profiles) {
    const value = profile[key];
    if (value !== undefined && !index.has(value)) index.set(value, profile);
  }
  return index;
}

export function planImport(existing: readonly Profile[], incoming: readonly Profile[]): ImportPlan {
  const indexes = MATCH_KEYS.map((key) => [key, indexBy(existing, key)] as const);
  const duplicates: ImportDuplicate[] = [];
  const identical: ImportDuplicate[] = [];
  incoming.forEach((profile, incomingIndex) => {
    const reasons: MatchReason[] = [];
    let match: Profile | undefined;
    for (const [key, index] of indexes) {
      const value = profile[key];
      const found = value === undefined ? undefined : index.get(value);
      if (!found) continue;
      reasons.push(key);
      match ??= found;
    }
    if (!match) return;
    const differences = profileDifferences(match, profile);
    (differences.length === 0 ? identical : duplicates).push({
      incomingIndex,
      incoming: profile,
      existing: match,
      reasons,
      differences,
    });
  });
  return { incoming, duplicates, identical };
}

function sameDuplicates(a: readonly ImportDuplicate[], b: readonly ImportDuplicate[]): boolean {
  return (
    a.length === b.length &&
    a.every((duplicate, i) => {
      const other = b[i];
      return (
        other?.incomingIndex === duplicate.incomingIndex &&
        other.existing.id === duplicate.existing.id &&
        other.existing.updatedAt === duplicate.existing.updatedAt
      );
    })
  );
}

/**
 * Same duplicates (same incoming → same stored profile, unchanged since) in both plans. A stored
 * profile saved in another window after the plan was shown is not replaced unseen.
 */
export function samePlan(a: ImportPlan, b: ImportPlan): boolean {
  return sameDuplicates(a.duplicates, b.duplicates) && sameDuplicates(a.identical, b.identical);
}

function remapLinks(profile: Profile, ids: ReadonlyMap<string, string>): Profile {
  const supporterId =
    profile.supporterId === undefined ? undefined : (ids.get(profile.supporterId) ?? profile.supporterId);
  const dependantIds = profile.dependantIds?.map((id) => ids.get(id) ?? id);
  const { supporterId: _old, dependantIds: _oldList, ...rest } = profile;
  return {
    ...rest,
    ...(supporterId === undefined ? {} : { supporterId }),
    ...(dependantIds === undefined ? {} : { dependantIds }),
  };
}

/**
 * The profiles an import writes: added ones under their (possibly new) ids, replacements under
 * the stored profile's id. Needs-attention records are never written over: their ids count as
 * taken. Family links inside the file follow the ids their people end up with.
 */
export function applyImportPlan(
  stored: StoredProfiles,
  plan: ImportPlan,
  choices: ReadonlyMap<number, DuplicateChoice>,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): { profiles: Profile[]; outcome: ImportOutcome; imported: ImportedProfile[] } {
  const stamp = now.toISOString();
  const takenIds = new Set(stored.profiles.map((profile) => profile.id));
  for (const entry of stored.needsAttention) if (entry.id !== undefined) takenIds.add(entry.id);
  const duplicateByIndex = new Map(plan.duplicates.map((duplicate) => [duplicate.incomingIndex, duplicate]));
  const identicalByIndex = new Map(plan.identical.map((duplicate) => [duplicate.incomingIndex, duplicate]));
  const finalIds = new Map<string, string>();
  const chosen: Profile[] = [];
  /** The stored profile each replacement overwrites, by id. */
  const replacedById = new Map<string, Profile>();
  const outcome = { added: 0, replaced: 0, skipped: 0, unchanged: 0 };

  plan.incoming.forEach((profile, index) => {
    const same = identicalByIndex.get(index);
    if (same) {
      finalIds.set(profile.id, same.existing.id);
      outcome.unchanged += 1;
      return;
    }
    const duplicate = duplicateByIndex.get(index);
    const choice = duplicate ? (choices.get(index) ?? 'skip') : 'keep-both';
    if (duplicate && choice === 'skip') {
      finalIds.set(profile.id, duplicate.existing.id);
      outcome.skipped += 1;
    } else if (duplicate && choice === 'replace') {
      finalIds.set(profile.id, duplicate.existing.id);
      replacedById.set(duplicate.existing.id, duplicate.existing);
      chosen.push({
        ...profile,
        id: duplicate.existing.id,
        createdAt: duplicate.existing.createdAt,
        updatedAt: stamp,
      });
      outcome.replaced += 1;
    } else {
      const id = takenIds.has(profile.id) ? newId() : profile.id;
      takenIds.add(id);
      finalIds.set(profile.id, id);
      chosen.push({ ...profile, id });
      outcome.added += 1;
    }
  });
  const profiles = chosen.map((profile) => remapLinks(profile, finalIds));
  // Two rows replacing one stored profile: the later is what is written, the stored one what an undo puts back.
  const written = new Map(profiles.map((profile) => [profile.id, profile]));
  const imported = [...written.values()].map((profile) => {
    const replaced = replacedById.get(profile.id);
    return replaced ? { written: profile, replaced } : { written: profile };
  });
  return { profiles, outcome, imported };
}
