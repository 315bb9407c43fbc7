import { MAX_IMPORT_BYTES, MAX_PROFILES } from './limits';
import { issuesToMessages, type MessageRef, type PathMessage } from './messages';
import { normaliseField } from './normalise';
import { reservedKeyProblems } from './reserved-keys';
import { PROFILE_FILE_FORMAT, PROFILE_VERSION, type Profile, profileSchema, timestamp } from './schema';
import { migrateProfileRecordV1, profileV1Schema } from './v1';

/**
 * Reads an export file (any supported version) into valid v2 profiles, or says everything that is
 * wrong with it. Nothing is stored here: the whole file is checked before the user is asked
 * anything, and a file with any problem is refused as a whole.
 */
export type ParsedImport =
  | {
      readonly ok: true;
      readonly version: number;
      readonly profiles: readonly Profile[];
      /** What was cleaned up on the way (normalised mobile numbers…). */
      readonly notices: readonly PathMessage[];
      /** What the whole file needed, said with the result (a CSV's dates converted…). */
      readonly summary?: readonly MessageRef[];
    }
  | { readonly ok: false; readonly problems: readonly PathMessage[] };

/** More than this many problems are summarised, so a broken 10,000-profile file stays readable. */
export const MAX_REPORTED_PROBLEMS = 100;

const FILE = '(file)';
const ENVELOPE_KEYS = new Set(['format', 'version', 'exportedAt', 'profiles']);

function refuse(...problems: PathMessage[]): ParsedImport {
  return { ok: false, problems };
}

/** Keeps the JSON error short and on one line; it is shown as text. */
function jsonErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 160);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The same clean-ups the editor applies, on string values only; empty strings and nulls mean
 * "unknown" and are dropped. Other values go to validation untouched, so wrong types are reported.
 */
function normaliseRecord(record: Record<string, unknown>, path: string, notices: PathMessage[]) {
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === '') continue;
    if (typeof value !== 'string' || key === 'id' || key === 'createdAt' || key === 'updatedAt') {
      entries.push([key, value]);
      continue;
    }
    const { value: cleaned, notice } = normaliseField(key, value);
    if (notice) notices.push({ path: `${path}.${key}`, ...notice });
    if (cleaned !== '') entries.push([key, cleaned]);
  }
  // fromEntries, not assignment: a "__proto__" key stays an ordinary (and refused) key.
  return Object.fromEntries(entries);
}

function checkEnvelope(root: Record<string, unknown>): PathMessage[] | { version: number } {
  if (root.format !== PROFILE_FILE_FORMAT) {
    return [{ path: 'format', key: 'import.wrongFormat', params: { expected: PROFILE_FILE_FORMAT } }];
  }
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return [{ path: 'version', key: 'import.unknownVersion' }];
  }
  if (version > PROFILE_VERSION) {
    return [{ path: 'version', key: 'import.newerVersion', params: { version, supported: PROFILE_VERSION } }];
  }
  const problems: PathMessage[] = [];
  const unknown = Object.keys(root).filter((key) => !ENVELOPE_KEYS.has(key));
  if (unknown.length > 0)
    problems.push({ path: FILE, key: 'error.unknownField', params: { names: unknown.join(', ') } });
  if (!timestamp().safeParse(root.exportedAt).success)
    problems.push({ path: 'exportedAt', key: 'error.timestamp' });
  if (!Array.isArray(root.profiles)) problems.push({ path: 'profiles', key: 'import.noProfileList' });
  else if (root.profiles.length > MAX_PROFILES) {
    problems.push({
      path: 'profiles',
      key: 'import.tooManyProfiles',
      params: { count: root.profiles.length, max: MAX_PROFILES },
    });
  }
  return problems.length > 0 ? problems : { version };
}

/** One record of the file to a v2 profile, or its problems. */
function readRecord(
  record: unknown,
  index: number,
  version: number,
  notices: PathMessage[],
): Profile | PathMessage[] {
  const path = `profiles[${index}]`;
  let candidate: unknown = record;
  if (version === 1) {
    const v1 = profileV1Schema.safeParse(record);
    if (!v1.success) return issuesToMessages(v1.error.issues, ['profiles', index]);
    candidate = migrateProfileRecordV1(v1.data);
  }
  if (!isPlainObject(candidate)) return [{ path, key: 'error.type.object' }];
  const result = profileSchema.safeParse(normaliseRecord(candidate, path, notices));
  return result.success ? result.data : issuesToMessages(result.error.issues, ['profiles', index]);
}

/** The file read as far as its envelope; the records are then checked one by one. */
type Opened = { readonly done: ParsedImport } | { readonly records: unknown[]; readonly version: number };

function openFile(text: string, byteLength: number): Opened {
  if (byteLength > MAX_IMPORT_BYTES) {
    return {
      done: refuse({
        path: FILE,
        key: 'import.tooLarge',
        params: { sizeMb: (byteLength / 1024 / 1024).toFixed(1), maxMb: MAX_IMPORT_BYTES / 1024 / 1024 },
      }),
    };
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return {
      done: refuse({ path: FILE, key: 'import.malformedJson', params: { detail: jsonErrorDetail(error) } }),
    };
  }
  if (!isPlainObject(root)) return { done: refuse({ path: FILE, key: 'import.notAnObject' }) };
  // The envelope here; each record's own keys when it is checked (in steps, for a large file).
  const { profiles, ...rest } = root;
  const reserved = reservedKeyProblems(Array.isArray(profiles) ? rest : root, '');
  if (reserved.length > 0) return { done: refuse(...reserved) };
  const envelope = checkEnvelope(root);
  if (Array.isArray(envelope)) return { done: refuse(...envelope) };
  return { records: root.profiles as unknown[], version: envelope.version };
}

/** Validated records, the problems found so far and what was cleaned up. */
export class RecordChecker {
  readonly problems: PathMessage[] = [];
  readonly notices: PathMessage[] = [];
  readonly profiles: Profile[] = [];
  private readonly firstIndexOfId = new Map<string, number>();

  constructor(
    private readonly version: number,
    /** How a record's position is written in messages: `profiles[3]`, or a CSV row. */
    private readonly pathOf: (index: number) => string = (index) => `profiles[${index}]`,
  ) {}

  check(record: unknown, index: number): void {
    // Before anything reads the record: copying it could drop such a key without a trace.
    const reserved = reservedKeyProblems(record, `profiles[${index}]`);
    if (reserved.length > 0) {
      this.problems.push(...reserved);
      return;
    }
    const read = readRecord(record, index, this.version, this.notices);
    if (Array.isArray(read)) {
      this.problems.push(...read);
      return;
    }
    const earlier = this.firstIndexOfId.get(read.id);
    if (earlier !== undefined) {
      this.problems.push({
        path: `${this.pathOf(index)}.id`,
        key: 'import.duplicateIdInFile',
        // The other profile as a person counts them, from 1.
        params: { other: earlier + 1 },
      });
      return;
    }
    this.firstIndexOfId.set(read.id, index);
    this.profiles.push(read);
  }

  result(): ParsedImport {
    if (this.problems.length === 0)
      return { ok: true, version: this.version, profiles: this.profiles, notices: this.notices };
    const shown = this.problems.slice(0, MAX_REPORTED_PROBLEMS);
    if (this.problems.length > shown.length) {
      shown.push({
        path: FILE,
        key: 'import.moreProblems',
        params: { count: this.problems.length - shown.length },
      });
    }
    return { ok: false, problems: shown };
  }
}

/** Parses and validates a whole file. Never throws; `byteLength` is the file's size on disk. */
export function parseImportFile(text: string, byteLength: number): ParsedImport {
  const opened = openFile(text, byteLength);
  if ('done' in opened) return opened.done;
  const checker = new RecordChecker(opened.version);
  opened.records.forEach((record, index) => {
    checker.check(record, index);
  });
  return checker.result();
}

/** Records checked between two progress reports (and two chances for the page to paint). */
export const PROGRESS_CHUNK = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `parseImportFile` for a large file in a page: the records are checked in chunks, with a
 * progress report and a pause after each so the progress bar moves and the page stays responsive.
 */
export async function parseImportFileInSteps(
  text: string,
  byteLength: number,
  onProgress: (done: number, total: number) => void,
): Promise<ParsedImport> {
  const opened = openFile(text, byteLength);
  if ('done' in opened) return opened.done;
  const checker = new RecordChecker(opened.version);
  const total = opened.records.length;
  for (let start = 0; start < total; start += PROGRESS_CHUNK) {
    const end = Math.min(total, start + PROGRESS_CHUNK);
    for (let index = start; index < end; index += 1) checker.check(opened.records[index], index);
    onProgress(end, total);
    await nextTask();
  }
  return checker.result();
}
