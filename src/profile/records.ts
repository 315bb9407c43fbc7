import { z } from 'zod';
import { issuesToMessages, type MessageRef, type PathMessage } from './messages';
import { type Profile, profileSchema } from './schema';
import { idOfKey } from './store/keys';
import type { RawRecord } from './store/record-store';

/**
 * A stored record that failed validation. It stays in storage exactly as it is (never dropped,
 * never overwritten by a save) and is shown to the user with what is wrong.
 */
export interface NeedsAttention {
  /** Position in the stored records as read; -1 when the whole stored value is unreadable. */
  readonly index: number;
  /** Where the record is stored (`store/keys.ts`), for "discard". */
  readonly key?: string;
  /** The record's id when it has a usable one, to tell records apart. */
  readonly id?: string;
  /** A best-effort name for the list, taken from the raw record. */
  readonly label: string;
  readonly raw: unknown;
  readonly problems: readonly PathMessage[];
  /** zod's own English summary, for support and the downloaded copy. */
  readonly summary: string;
}

export interface StoredProfiles {
  /** Valid profiles, in stored order. */
  readonly profiles: readonly Profile[];
  readonly needsAttention: readonly NeedsAttention[];
  /** Set when the stored value is not a list at all; saving is refused until it is resolved. */
  readonly rootProblem?: MessageRef;
}

/** The per-record layout's reading, with each valid profile's storage revision as read (for
 * refusing a save over a newer one). */
export interface StoredRecords extends StoredProfiles {
  readonly revisions: ReadonlyMap<string, number>;
}

function rawLabel(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return typeof raw;
  const record = raw as Record<string, unknown>;
  const parts = [record.givenName, record.surname, record.name, record.passportNumber].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.join(' ').slice(0, 80) || (typeof record.id === 'string' ? record.id.slice(0, 64) : '?');
}

function rawId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as Record<string, unknown>).id;
  return typeof id === 'string' && id.length <= 64 ? id : undefined;
}

type Validation = ReturnType<typeof profileSchema.safeParse>;

/**
 * Remembers validation results between reads of the same page, so saving one profile among
 * 10,000 does not validate the other 9,999 again. Records are recognised by identity first (the
 * array just written) and then by their JSON text (a fresh read from storage, where every object
 * is new). Unchanged records keep the same `Profile` object, so search keys and findings cached
 * per profile stay valid. Only the latest read's records are kept.
 */
export class ValidationCache {
  private byObject = new WeakMap<object, Validation>();
  private byText = new Map<string, Validation>();
  private nextByText = new Map<string, Validation>();

  validate(record: unknown): Validation {
    if (typeof record !== 'object' || record === null) return profileSchema.safeParse(record);
    const known = this.byObject.get(record);
    if (known) return known;
    const text = JSON.stringify(record);
    const result = this.byText.get(text) ?? this.nextByText.get(text) ?? profileSchema.safeParse(record);
    this.nextByText.set(text, result);
    this.byObject.set(record, result);
    return result;
  }

  /** A profile validated already (the importer's), so writing 10,000 does not parse them twice. */
  remember(profile: Profile): void {
    this.byObject.set(profile, { success: true, data: profile } as Validation);
  }

  /** Call after a full pass: forgets records that are no longer stored. */
  endPass(): void {
    this.byText = this.nextByText;
    this.nextByText = new Map();
  }
}

/**
 * Validates every stored record in one pass. A record is valid when it passes the schema and its
 * id was not already used by an earlier valid record; anything else goes to "needs attention".
 */
export function readStoredProfiles(raw: unknown, cache?: ValidationCache): StoredProfiles {
  if (!Array.isArray(raw)) {
    return {
      profiles: [],
      needsAttention: [
        {
          index: -1,
          label: typeof raw,
          raw,
          problems: [{ path: '(storage)', key: 'error.storedRoot' }],
          summary: 'The stored profiles are not a list.',
        },
      ],
      rootProblem: { key: 'error.storedRoot' },
    };
  }
  const profiles: Profile[] = [];
  const needsAttention: NeedsAttention[] = [];
  const seenIds = new Set<string>();
  raw.forEach((record, index) => {
    const result = cache ? cache.validate(record) : profileSchema.safeParse(record);
    const id = rawId(record);
    if (result.success && !seenIds.has(result.data.id)) {
      seenIds.add(result.data.id);
      profiles.push(result.data);
      return;
    }
    const problems = result.success
      ? [{ path: 'id', key: 'error.duplicateId', params: { id: result.data.id } }]
      : issuesToMessages(result.error.issues);
    needsAttention.push({
      index,
      ...(id === undefined ? {} : { id }),
      label: rawLabel(record),
      raw: record,
      problems,
      summary: result.success ? `Duplicate id ${result.data.id}` : z.prettifyError(result.error),
    });
  });
  cache?.endPass();
  return { profiles, needsAttention };
}

export const UNREADABLE: Record<NonNullable<RawRecord['unreadable']>, PathMessage> = {
  envelope: { path: '(storage)', key: 'error.storedRecord' },
  payload: { path: '(storage)', key: 'error.unreadableRecord' },
  clear: { path: '(storage)', key: 'error.recordInClear' },
  replayed: { path: '(storage)', key: 'error.replayedRecord' },
};

/**
 * The per-record layout's reader: like `readStoredProfiles`, and a record is also set aside when
 * it could not be decoded or when it is stored under another profile's key.
 */
export function readStoredRecords(records: readonly RawRecord[], cache?: ValidationCache): StoredRecords {
  const profiles: Profile[] = [];
  const needsAttention: NeedsAttention[] = [];
  const revisions = new Map<string, number>();
  const seenIds = new Set<string>();
  records.forEach((record, index) => {
    const setAside = (problems: readonly PathMessage[], summary: string) => {
      const id = rawId(record.raw);
      needsAttention.push({
        index,
        key: record.key,
        ...(id === undefined ? {} : { id }),
        label: record.unreadable ? record.key : rawLabel(record.raw),
        raw: record.raw,
        problems,
        summary,
      });
    };
    if (record.unreadable) {
      const problem = UNREADABLE[record.unreadable];
      setAside([problem], `Unreadable stored record ${record.key}`);
      return;
    }
    const result = cache ? cache.validate(record.raw) : profileSchema.safeParse(record.raw);
    if (!result.success) {
      setAside(issuesToMessages(result.error.issues), z.prettifyError(result.error));
      return;
    }
    const id = result.data.id;
    if (seenIds.has(id) || idOfKey(record.key) !== id) {
      setAside([{ path: 'id', key: 'error.duplicateId', params: { id } }], `Duplicate id ${id}`);
      return;
    }
    seenIds.add(id);
    profiles.push(result.data);
    if (record.rev !== null) revisions.set(id, record.rev);
  });
  cache?.endPass();
  return { profiles, needsAttention, revisions };
}
