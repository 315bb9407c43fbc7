import Papa from 'papaparse';
import { columnValue, DATE_COLUMNS, PROFILE_COLUMNS, SITUATION_PREFIX } from './columns';
import { type ParsedImport, RecordChecker } from './import-file';
import { MAX_IMPORT_BYTES, MAX_PROFILES } from './limits';
import type { PathMessage } from './messages';
import { isReservedKey } from './reserved-keys';
import { COUNT_SITUATION_KEYS, PROFILE_VERSION, type Profile, type ProfileSituation } from './schema';
import { fromOtherDateForm, trDateProblem } from './tr-date';

/**
 * A client list as a spreadsheet: one row per profile, one column per field
 * (docs/profile-format.md, "CSV"). Read through papaparse and then exactly like a JSON file:
 * the same clean-ups, the same validation, the same duplicate handling; problems are named by
 * row (as a spreadsheet numbers them, the header being row 1) and column.
 */
export const CSV_COLUMNS: readonly string[] = PROFILE_COLUMNS;
const KNOWN_COLUMNS = new Set(CSV_COLUMNS);
const BOM = '\uFEFF';
/** Sample dates for the messages (parameters, so right-to-left text keeps their order). */
const DATE_SAMPLES = { iso: '1980-05-05', slash: '05/05/1980' } as const;
/** A spreadsheet would run a cell starting with one of these as a formula. */
const FORMULA = /^'*[=+\-@\t\r]/;
/** The `'` the exporter put before such a cell. */
const ESCAPED_FORMULA = /^'(?='*[=+\-@\t\r])/;

function cellOf(profile: Profile, column: string): string {
  const value = columnValue(profile, column);
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * UTF-8 with a byte-order mark (spreadsheets then read ç, ğ, ı… correctly), CRLF line ends, and
 * cells a spreadsheet would run as formulas prefixed with `'` (removed again on import).
 */
export function exportCsvText(profiles: readonly Profile[]): string {
  const data = profiles.map((profile) => CSV_COLUMNS.map((column) => cellOf(profile, column)));
  return `${BOM}${Papa.unparse(
    { fields: [...CSV_COLUMNS], data },
    {
      // papaparse's own pattern for `true` misses multi-line cells (`.*$` stops at a line break).
      escapeFormulae: FORMULA,
      newline: '\r\n',
    },
  )}\r\n`;
}

export function exportCsvFileName(count: number, now: Date = new Date()): string {
  return `eikamet-profiles-${now.toISOString().slice(0, 10)}-${count}.csv`;
}

/** Row number as a spreadsheet shows it: the header is row 1. */
const rowNumber = (index: number) => index + 2;
const rowPath = (index: number, column?: string) =>
  column ? `row ${rowNumber(index)}, ${column}` : `row ${rowNumber(index)}`;

/** `profiles[3].birthDate` from the shared checker → `row 5, birthDate`. */
function toRowPath(problem: PathMessage): PathMessage {
  const match = /^profiles\[(\d+)\]\.?(.*)$/.exec(problem.path);
  if (!match) return problem;
  const index = Number(match[1]);
  if (problem.key === 'import.duplicateIdInFile') {
    const other = Number(problem.params?.other) - 1;
    return {
      path: rowPath(index, 'id'),
      key: 'import.csv.duplicateIdInFile',
      params: { other: rowNumber(other) },
    };
  }
  // The CSV reads two more date forms than a JSON file: the message says so.
  const key = problem.key === 'error.date.shape' ? 'import.csv.dateShape' : problem.key;
  const params = key === 'import.csv.dateShape' ? DATE_SAMPLES : problem.params;
  return { ...problem, key, ...(params ? { params } : {}), path: rowPath(index, match[2] || undefined) };
}

function refuse(...problems: PathMessage[]): ParsedImport {
  return { ok: false, problems };
}

function cellValue(column: string, cell: string): unknown {
  const text = cell.replace(ESCAPED_FORMULA, '');
  if (column === 'dependantIds') return text.split(/[\s,;]+/).filter(Boolean);
  if (column.startsWith(SITUATION_PREFIX)) {
    const lower = text.trim().toLowerCase();
    // Anything else stays text, so validation names the cell.
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    // Counts (months on tourism permits, earlier course permits) are whole numbers; a province
    // code such as 06 stays text.
    const key = column.slice(SITUATION_PREFIX.length) as keyof ProfileSituation;
    if (COUNT_SITUATION_KEYS.includes(key) && /^\d{1,4}$/.test(lower)) return Number(lower);
  }
  return text;
}

/** The dates of a list written in another form: how many were converted, and those refused. */
interface DateReading {
  converted: number;
  readonly problems: PathMessage[];
}

/**
 * A date cell written `1980-05-05` or `05/05/1980`, as dd.MM.yyyy. Null when it is not a real
 * date: the problem quotes the cell as written (the schema would only see the converted text).
 * A cell in neither form is left as it is, for the schema to judge.
 */
function dateCell(text: string, path: string, reading: DateReading): string | null {
  const other = fromOtherDateForm(text.trim());
  if (!other) return text;
  const problem = trDateProblem(other.value);
  if (problem === undefined) {
    reading.converted += 1;
    return other.value;
  }
  const [day, month] = other.value.split('.').map(Number) as [number, number];
  if (other.form === 'slash' && problem === 'calendar' && month > 12 && day <= 12)
    reading.problems.push({
      path,
      key: 'import.csv.dateMonthFirst',
      params: { value: text.trim(), month },
    });
  else if (problem === 'year') reading.problems.push({ path, key: 'error.date.year' });
  else reading.problems.push({ path, key: 'import.csv.dateNotReal', params: { value: text.trim() } });
  return null;
}

function rowRecord(
  header: readonly string[],
  cells: readonly string[],
  index: number,
  context: { readonly now: string; readonly newId: () => string; readonly dates: DateReading },
) {
  const record: Record<string, unknown> = {};
  const situation: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const cell = cells[i] ?? '';
    if (cell.trim() === '') return;
    const text = DATE_COLUMNS.has(column)
      ? dateCell(cell, `profiles[${index}].${column}`, context.dates)
      : cell;
    if (text === null) return;
    const value = cellValue(column, text);
    if (column.startsWith(SITUATION_PREFIX)) situation[column.slice(SITUATION_PREFIX.length)] = value;
    else record[column] = value;
  });
  if (Object.keys(situation).length > 0) record.situation = situation;
  // A list typed by hand has no ids or timestamps: they are made here, as for a new profile.
  record.id ??= context.newId();
  record.createdAt ??= context.now;
  record.updatedAt ??= context.now;
  return record;
}

/** Parses and validates a CSV client list. Never throws; `byteLength` is the file's size on disk. */
export function parseCsvFile(
  text: string,
  byteLength: number,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): ParsedImport {
  if (byteLength > MAX_IMPORT_BYTES) {
    return refuse({
      path: '(file)',
      key: 'import.tooLarge',
      params: { sizeMb: (byteLength / 1024 / 1024).toFixed(1), maxMb: MAX_IMPORT_BYTES / 1024 / 1024 },
    });
  }
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') return refuse({ path: '(file)', key: 'import.csv.empty' });
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: 'greedy',
  });
  // A one-column list has no delimiter to find; papaparse then reads it with a comma, as written.
  const errors = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter');
  if (errors.length > 0) {
    return refuse(
      ...errors.slice(0, 100).map((error) => ({
        path: error.row === undefined ? '(file)' : `row ${error.row + 1}`,
        key: 'import.csv.malformed',
        params: { detail: error.message.slice(0, 160) },
      })),
    );
  }
  const [header, ...rows] = parsed.data;
  if (!header) return refuse({ path: '(file)', key: 'import.csv.empty' });
  const columns = header.map((column) => column.trim());
  // Named on their own (not only as unknown columns): a reserved name is never a field.
  const reserved = columns.filter((column) => column.split('.').some(isReservedKey));
  if (reserved.length > 0)
    return refuse(
      ...reserved.map((name) => ({ path: 'row 1', key: 'import.reservedKey', params: { name } })),
    );
  const unknown = columns.filter((column) => !KNOWN_COLUMNS.has(column));
  if (unknown.length > 0)
    return refuse({ path: 'row 1', key: 'error.unknownField', params: { names: unknown.join(', ') } });
  const repeated = columns.find((column, i) => columns.indexOf(column) !== i);
  if (repeated !== undefined)
    return refuse({ path: 'row 1', key: 'import.csv.duplicateColumn', params: { name: repeated } });
  if (rows.length > MAX_PROFILES)
    return refuse({
      path: '(file)',
      key: 'import.tooManyProfiles',
      params: { count: rows.length, max: MAX_PROFILES },
    });

  const context = { now: now.toISOString(), newId, dates: { converted: 0, problems: [] } };
  const checker = new RecordChecker(PROFILE_VERSION);
  const shape: PathMessage[] = [];
  rows.forEach((cells, index) => {
    if (cells.length !== columns.length) {
      shape.push({
        path: rowPath(index),
        key: 'import.csv.fieldCount',
        params: { count: cells.length, expected: columns.length },
      });
      return;
    }
    const record = rowRecord(columns, cells, index, context);
    // In row order with the checker's own problems.
    checker.problems.push(...context.dates.problems.splice(0));
    checker.check(record, index);
  });
  checker.problems.unshift(...shape);
  const result = checker.result();
  if (!result.ok) return { ok: false, problems: result.problems.map(toRowPath) };
  const converted = context.dates.converted;
  return {
    ...result,
    notices: result.notices.map(toRowPath),
    ...(converted > 0
      ? { summary: [{ key: 'import.csv.datesConverted', params: { count: converted, ...DATE_SAMPLES } }] }
      : {}),
  };
}
