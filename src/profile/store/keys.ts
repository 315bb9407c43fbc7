import type { StoredPayload } from './record-codec';

/**
 * Profiles in the extension's IndexedDB (`idb-area.ts`), one key per record, so a save writes one
 * record (and a small token), not the whole list. Layout version 4:
 *
 * - `profile:<id>`: a valid profile's record; `profile:~<random>`: a record set aside by the
 *   migration (broken, duplicate id, no id), kept as it was. Value: `{ rev, body }`, `rev` counting
 *   the record's writes, `body` what the record codec encoded for that key and revision.
 * - `profilesRev`: a fresh random token on every write (in the same transaction), so a page knows
 *   whether anything was written since it last read.
 * - `profilesHead`: the popup's first screen (`list-head.ts`), encoded with the same codec.
 * - `profilesIndex`: with a vault, every record's revision, sealed (`record-store.ts`).
 * - `profilesLayout`: `{ v: 4 }`.
 *
 * Versions 1 and 2 kept every record in one `profiles` array in `storage.local`, version 3 these
 * same keys in `storage.local`; `legacy-layout.ts` moves both here.
 */
export const RECORD_PREFIX = 'profile:';
export const SET_ASIDE_MARK = '~';
export const REV_KEY = 'profilesRev';
export const HEAD_KEY = 'profilesHead';
export const INDEX_KEY = 'profilesIndex';
export const LAYOUT_KEY = 'profilesLayout';
export const LAYOUT_VERSION = 4;
/** The layout that kept these keys in `storage.local`. */
export const LOCAL_LAYOUT_VERSION = 3;
/**
 * In `storage.local`: a random token written after every write of the profile store, so content
 * scripts (which cannot open the store) know to ask the background again. Holds nothing else.
 */
export const SIGNAL_KEY = 'profilesSignal';

export interface StoredRecord {
  readonly rev: number;
  readonly body: StoredPayload;
}

export interface RecordPut {
  readonly key: string;
  readonly rev: number;
  readonly value: unknown;
}

export const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;
export const setAsideKey = () => `${RECORD_PREFIX}${SET_ASIDE_MARK}${crypto.randomUUID()}`;
export const isRecordKey = (key: string) => key.startsWith(RECORD_PREFIX);
/** The profile id a key is reserved for; undefined for set-aside keys. */
export function idOfKey(key: string): string | undefined {
  const rest = key.slice(RECORD_PREFIX.length);
  return rest.startsWith(SET_ASIDE_MARK) ? undefined : rest;
}

export function newToken(): string {
  return crypto.randomUUID();
}
