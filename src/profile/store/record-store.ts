import { browser } from 'wxt/browser';
import {
  HEAD_KEY,
  isRecordKey,
  LAYOUT_KEY,
  LAYOUT_VERSION,
  newToken,
  REV_KEY,
  type RecordPut,
  type StoredRecord,
} from './keys';
import { LEGACY_KEYS, legacyWaiting, migrateLegacyLayout } from './legacy-layout';
import { isStoredPayload, plainCodec, type RecordCodec } from './record-codec';

/** A record as read: its key, its revision and the decoded raw value, or why it is unreadable. */
export interface RawRecord {
  readonly key: string;
  /** Null when the stored envelope itself is malformed. */
  readonly rev: number | null;
  /** The decoded value; for an unreadable record, the value exactly as stored. */
  readonly raw: unknown;
  readonly unreadable?: 'envelope' | 'payload';
}

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export interface ProfileRecordStore {
  readonly codec: RecordCodec;
  /** Every record, in storage order, with the write token they belong to. */
  readAll(): Promise<{ records: RawRecord[]; rev: unknown }>;
  readOne(key: string): Promise<RawRecord | undefined>;
  readRev(): Promise<unknown>;
  /**
   * One `storage.local.set`: the records and a fresh token (all or nothing). Removals follow in a
   * second call, before the token is final, so a failed removal leaves the record where it was.
   */
  write(
    puts: readonly RecordPut[],
    removals?: readonly string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<string>;
  readHead(): Promise<{ head: unknown; rev: unknown }>;
  /** The head names the token of the write it was built from; a late head is never shown. */
  writeHead(head: unknown): Promise<void>;
  /** Calls back on writes by any page (this one included), with the new token when there is one. */
  watch(onChange: (rev: unknown) => void): () => void;
}

async function decodeRecord(codec: RecordCodec, key: string, value: unknown): Promise<RawRecord> {
  if (typeof value !== 'object' || value === null)
    return { key, rev: null, raw: value, unreadable: 'envelope' };
  const { rev, body } = value as { rev?: unknown; body?: unknown };
  if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || !isStoredPayload(body))
    return { key, rev: null, raw: value, unreadable: 'envelope' };
  try {
    return { key, rev, raw: await codec.decode(body) };
  } catch {
    return { key, rev, raw: value, unreadable: 'payload' };
  }
}

let currentCodec: RecordCodec = plainCodec;
/** Where the encrypting codec is plugged in (when the vault is unlocked, or locked again). */
export function setRecordCodec(codec: RecordCodec): void {
  currentCodec = codec;
}

export function createRecordStore(
  codec: () => RecordCodec = () => currentCodec,
  area: Area = browser.storage.local,
): ProfileRecordStore {
  /** Versions 1–2 moved over first, whenever their array is found (also when seeded later). */
  /**
   * Reads `keys` and the legacy array's keys in one call; when an array waits, moves it first
   * and reads again.
   */
  async function readWithLayout(keys: readonly string[]): Promise<Record<string, unknown>> {
    const stored = await area.get([...keys, ...LEGACY_KEYS]);
    if (!legacyWaiting(stored)) return stored;
    await migrateLegacyLayout(area, codec);
    return area.get([...keys]);
  }

  async function readAll() {
    let all = (await area.get(null)) as Record<string, unknown>;
    if (legacyWaiting(all)) {
      await migrateLegacyLayout(area, codec);
      all = (await area.get(null)) as Record<string, unknown>;
    }
    const keys = Object.keys(all).filter(isRecordKey);
    const records = await Promise.all(keys.map((key) => decodeRecord(codec(), key, all[key])));
    return { records, rev: all[REV_KEY] ?? null };
  }

  async function readOne(key: string) {
    const value = (await readWithLayout([key]))[key];
    return value === undefined ? undefined : decodeRecord(codec(), key, value);
  }

  async function readRev() {
    return (await readWithLayout([REV_KEY]))[REV_KEY] ?? null;
  }

  async function write(
    puts: readonly RecordPut[],
    removals: readonly string[] = [],
    onProgress?: (done: number, total: number) => void,
  ) {
    const items: Record<string, unknown> = {};
    for (const [index, put] of puts.entries()) {
      const record: StoredRecord = { rev: put.rev, body: await codec().encode(put.value) };
      items[put.key] = record;
      // Encoding is the slow part with an encrypting codec: report it, every 200 records.
      if (onProgress && (index + 1) % 200 === 0) onProgress(index + 1, puts.length);
    }
    const rev = newToken();
    if (removals.length > 0) await area.remove([...removals]);
    items[REV_KEY] = rev;
    items[LAYOUT_KEY] = { v: LAYOUT_VERSION };
    await area.set(items);
    return rev;
  }

  async function readHead() {
    const stored = await area.get([HEAD_KEY, REV_KEY]);
    const body = stored[HEAD_KEY];
    let head: unknown = null;
    if (isStoredPayload(body))
      head = await codec()
        .decode(body)
        .catch(() => null);
    return { head, rev: stored[REV_KEY] ?? null };
  }

  async function writeHead(head: unknown) {
    await area.set({ [HEAD_KEY]: await codec().encode(head) });
  }

  function watch(onChange: (rev: unknown) => void) {
    const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName !== 'local') return;
      const keys = Object.keys(changes);
      if (!keys.some((key) => key === REV_KEY || isRecordKey(key))) return;
      onChange(changes[REV_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return {
    get codec() {
      return codec();
    },
    readAll,
    readOne,
    readRev,
    write,
    readHead,
    writeHead,
    watch,
  };
}

let shared: ProfileRecordStore | undefined;
/** The record store of this page (popup, options or background), with the current codec. */
export function profileRecordStore(): ProfileRecordStore {
  shared ??= createRecordStore();
  return shared;
}
