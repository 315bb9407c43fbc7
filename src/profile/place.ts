import { isFieldKey } from '../contracts/field-keys';
import { SITUATION_PREFIX } from './columns';

/**
 * Where an import problem or notice is, as the person knows their file: a row of a CSV list or a
 * profile of a JSON file (counted from 1), and a column named by its label in the person's
 * language, never by the field's key. Paths come from the importer (`profiles[2].birthDate`,
 * `row 4, situation.moveDate`, `(file)`, `exportedAt`).
 */
interface ColumnPart {
  readonly column?: string;
  /** The entry of a list column (`dependantIds`), from 1. */
  readonly item?: number;
  /** What lies deeper than a column, as the file writes it (rare: hand-made JSON). */
  readonly rest?: string;
}

export type ImportPlace =
  | { readonly kind: 'file'; readonly column?: string }
  | (ColumnPart & {
      readonly kind: 'row' | 'profile';
      /** The spreadsheet's row number (header = 1), or the profile's position in the file from 1. */
      readonly number: number;
    });

const ROW = /^row (\d+)(?:, (.+))?$/;
const PROFILE = /^profiles\[(\d+)\](?:\.(.+))?$/;
const FIRST_SEGMENT = /^([^.[]+)(.*)$/;
const LIST_ITEM = /^\[(\d+)\](.*)$/;

function columnPart(path: string | undefined): ColumnPart {
  if (path === undefined || path === '') return {};
  const first = FIRST_SEGMENT.exec(path);
  if (!first) return { rest: path };
  let column = first[1] as string;
  let rest = first[2] ?? '';
  const situationKey = /^\.([^.[]+)(.*)$/.exec(rest);
  if (column === 'situation' && situationKey) {
    column = `${SITUATION_PREFIX}${situationKey[1]}`;
    rest = situationKey[2] ?? '';
  }
  const item = LIST_ITEM.exec(rest);
  if (item) {
    const tail = item[2] ?? '';
    return { column, item: Number(item[1]) + 1, ...(tail ? { rest: tail } : {}) };
  }
  return { column, ...(rest ? { rest } : {}) };
}

/** The place an importer path names. Never throws: an unexpected path is kept as the column. */
export function parsePlace(path: string): ImportPlace {
  if (path === '(file)' || path === '') return { kind: 'file' };
  const row = ROW.exec(path);
  if (row) return { kind: 'row', number: Number(row[1]), ...columnPart(row[2]) };
  const profile = PROFILE.exec(path);
  if (profile) return { kind: 'profile', number: Number(profile[1]) + 1, ...columnPart(profile[2]) };
  return { kind: 'file', column: path };
}

/** Catalogue entries that can name a column, in the order they are tried. */
export function columnLabelSources(column: string): readonly (readonly ['profile' | 'fields', string])[] {
  const sources: (readonly ['profile' | 'fields', string])[] = [['profile', `import.column.${column}`]];
  if (column.startsWith(SITUATION_PREFIX)) sources.push(['profile', column]);
  else if (isFieldKey(column)) sources.push(['fields', `field.${column}.label`]);
  else sources.push(['profile', `field.${column}`]);
  return sources;
}

export interface PlaceWords {
  /** `locales/<lang>/profile.json`. */
  readonly t: (key: string, params?: Readonly<Record<string, string | number>>) => string;
  /** The column's label in the same language, when it has one. */
  readonly label: (column: string) => string | undefined;
}

/** A column with its list entry and what lies deeper: "Dependants, no. 1". */
function describeColumnPart(part: ColumnPart & { readonly column: string }, words: PlaceWords): string {
  let column = words.label(part.column) ?? part.column;
  if (part.item !== undefined) column = words.t('import.place.item', { column, item: part.item });
  return part.rest ? `${column} ${part.rest}` : column;
}

/**
 * A field of a stored profile named by its label ("Doğum tarihi" for `birthDate`); a path no
 * label names is shown as it is.
 */
export function describeRecordPath(path: string, words: PlaceWords): string {
  const part = columnPart(path);
  return part.column === undefined ? path : describeColumnPart({ ...part, column: part.column }, words);
}

/** "Satır 3, Doğum tarihi", "Profile 2, Dependants, no. 1", "File". */
export function describePlace(place: ImportPlace, words: PlaceWords): string {
  let column: string | undefined;
  if (place.column !== undefined)
    column =
      place.kind === 'file'
        ? (words.label(place.column) ?? place.column)
        : describeColumnPart({ ...place, column: place.column }, words);
  if (place.kind === 'file')
    return column === undefined
      ? words.t('import.place.file')
      : words.t('import.place.fileColumn', { column });
  const which = place.kind === 'row' ? 'row' : 'profile';
  return column === undefined
    ? words.t(`import.place.${which}`, { number: place.number })
    : words.t(`import.place.${which}Column`, { number: place.number, column });
}
