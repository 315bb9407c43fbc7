import { browser } from 'wxt/browser';
import { profileArea, type RecordArea } from './idb-area';
import {
  HEAD_KEY,
  INDEX_KEY,
  isRecordKey,
  LAYOUT_KEY,
  LAYOUT_VERSION,
  newToken,
  REV_KEY,
  type RecordPut,
  SIGNAL_KEY,
  type StoredRecord,
} from './keys';
import {
  LOCAL_LAYOUT_KEYS,
  type LocalArea,
  localProfilesWaiting,
  moveLocalLayouts,
  touchesLocalLayout,
} from './legacy-layout';
import {
  isStoredPayload,
  PayloadUnreadableError,
  plainCodec,
  type RecordCodec,
  type UnreadableReason,
} from './record-codec';

/** A record as read: its key, its revision and the decoded raw value, or why it is unreadable. */
export interface RawRecord {
  readonly key: string;
  /** Null when the stored envelope itself is malformed. */
  readonly rev: number | null;
  /** The decoded value; for an unreadable record, the value exactly as stored. */
  readonly raw: unknown;
  readonly unreadable?: 'envelope' | UnreadableReason;
}

export interface ProfileRecordStore {
  readonly codec: RecordCodec;
  /** Every record, in the order first written, with the write token they belong to. */
  readAll(): Promise<{ records: RawRecord[]; rev: unknown }>;
  readOne(key: string): Promise<RawRecord | undefined>;
  readRev(): Promise<unknown>;
  /**
   * One transaction: the records, the removals and a fresh token (all or nothing). With
   * `expectRev`, only if the stored token is still that one (else `StaleWriteError`).
   */
  write(
    puts: readonly RecordPut[],
    removals?: readonly string[],
    onProgress?: (done: number, total: number) => void,
    expectRev?: string,
  ): Promise<string>;
  readHead(): Promise<{ head: unknown; rev: unknown }>;
  /** The head names the token of the write it was built from; a late head is never shown. */
  writeHead(head: unknown): Promise<void>;
  /** Calls back on writes by any page (this one included), with the new token when there is one. */
  watch(onChange: (rev: unknown) => void): () => void;
}

/** Every record's revision as last written, sealed with the vault (see `createRecordStore`). */
type RevisionIndex = Map<string, number>;
const INDEX_CONTEXT = { key: INDEX_KEY, rev: 0 } as const;
const HEAD_CONTEXT = { key: HEAD_KEY, rev: 0 } as const;

async function decodeRecord(
  codec: RecordCodec,
  key: string,
  value: unknown,
  index: RevisionIndex | null,
): Promise<RawRecord> {
  if (typeof value !== 'object' || value === null)
    return { key, rev: null, raw: value, unreadable: 'envelope' };
  const { rev, body } = value as { rev?: unknown; body?: unknown };
  if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || !isStoredPayload(body))
    return { key, rev: null, raw: value, unreadable: 'envelope' };
  // A record the index does not list at this revision was not written here as it is now: an
  // older revision put back, or a deleted record brought back.
  if (index && index.get(key) !== rev)
    return { key, rev, raw: value, unreadable: codec.strict && 'plain' in body ? 'clear' : 'replayed' };
  try {
    return { key, rev, raw: await codec.decode(body, { key, rev }) };
  } catch (error) {
    const reason = error instanceof PayloadUnreadableError ? error.reason : 'payload';
    return { key, rev, raw: value, unreadable: reason };
  }
}

let currentCodec: RecordCodec = plainCodec;
/** Where the encrypting codec is plugged in (when the vault is unlocked, or locked again). */
export function setRecordCodec(codec: RecordCodec): void {
  currentCodec = codec;
}

/**
 * The per-record store over `area` (the extension's IndexedDB). Older layouts found in
 * `storage.local` are moved first, whenever found (also when seeded later).
 *
 * With the encrypting codec every write also stores the revision index: each record key with the
 * revision just written, sealed (bound to its own key) in the same transaction. A record whose
 * revision differs from the index's, or that the index does not list, is set aside when read:
 * someone who can write the extension's files cannot put back an older sealed revision of a
 * profile, nor a deleted one, without it showing. (Putting back the whole store as it was at an
 * earlier moment, index included, is not detected: nothing outside the files remembers the moment.)
 */
export function createRecordStore(
  codec: () => RecordCodec = () => currentCodec,
  area: RecordArea = profileArea(),
  local: LocalArea = browser.storage.local,
): ProfileRecordStore {
  /** The index as this page last read or wrote it, with the write token it belongs to. */
  let knownIndex: { rev: unknown; index: RevisionIndex } | undefined;

  /**
   * Moves an older layout waiting in `storage.local`; a read of five small keys when there is none.
   * True when one was moved.
   */
  async function moveOlderLayouts(): Promise<boolean> {
    if (!localProfilesWaiting(await local.get([...LOCAL_LAYOUT_KEYS]))) return false;
    await moveLocalLayouts(local, area, codec);
    return true;
  }

  /**
   * `area.get(keys)` asked at once with the older-layout check: one is almost never waiting, and
   * when one was moved the keys are read again.
   */
  async function getBesideOlderLayouts(keys: readonly string[]): Promise<Record<string, unknown>> {
    const [moved, stored] = await Promise.all([moveOlderLayouts(), area.get(keys)]);
    return moved ? area.get(keys) : stored;
  }

  async function decodeIndex(
    stored: Record<string, unknown>,
    current: RecordCodec,
  ): Promise<RevisionIndex | null> {
    if (current.kind !== 'encrypted') return null;
    const rev = stored[REV_KEY] ?? null;
    if (knownIndex && knownIndex.rev === rev && rev !== null) return knownIndex.index;
    const body = stored[INDEX_KEY];
    if (!isStoredPayload(body)) return null;
    let revs: unknown;
    try {
      revs = await current.decode(body, INDEX_CONTEXT);
    } catch {
      // Unreadable: locked, or damaged. Records are then read without the check; the next write
      // writes the index anew.
      return null;
    }
    if (typeof revs !== 'object' || revs === null || Array.isArray(revs)) return null;
    const index: RevisionIndex = new Map();
    for (const [key, value] of Object.entries(revs)) if (typeof value === 'number') index.set(key, value);
    knownIndex = { rev, index };
    return index;
  }

  async function readAll() {
    await moveOlderLayouts();
    const all = await area.get(null);
    const current = codec();
    const index = await decodeIndex(all, current);
    const keys = Object.keys(all).filter(isRecordKey);
    const records = await Promise.all(keys.map((key) => decodeRecord(current, key, all[key], index)));
    return { records, rev: all[REV_KEY] ?? null };
  }

  async function readOne(key: string) {
    const current = codec();
    const keys = current.kind === 'encrypted' ? [key, REV_KEY, INDEX_KEY] : [key];
    const stored = await getBesideOlderLayouts(keys);
    const value = stored[key];
    if (value === undefined) return undefined;
    return decodeRecord(current, key, value, await decodeIndex(stored, current));
  }

  async function readRev() {
    return (await getBesideOlderLayouts([REV_KEY]))[REV_KEY] ?? null;
  }

  /** The index to update for a write: this page's copy when nothing was written since, else the stored one. */
  async function indexForWrite(current: RecordCodec): Promise<RevisionIndex> {
    const stored = await area.get([REV_KEY, INDEX_KEY]);
    const index = await decodeIndex(stored, current);
    if (index) return new Map(index);
    // No index yet (a vault from before it existed, or a damaged one): the records as they are.
    const all = await area.get(null);
    const fresh: RevisionIndex = new Map();
    for (const key of Object.keys(all).filter(isRecordKey)) {
      const rev = (all[key] as { rev?: unknown } | null)?.rev;
      if (typeof rev === 'number') fresh.set(key, rev);
    }
    return fresh;
  }

  async function write(
    puts: readonly RecordPut[],
    removals: readonly string[] = [],
    onProgress?: (done: number, total: number) => void,
    expectRev?: string,
  ) {
    const current = codec();
    const items: Record<string, unknown> = {};
    for (const [position, put] of puts.entries()) {
      const record: StoredRecord = {
        rev: put.rev,
        body: await current.encode(put.value, { key: put.key, rev: put.rev }),
      };
      items[put.key] = record;
      // Encoding is the slow part with an encrypting codec: report it, every 200 records.
      if (onProgress && (position + 1) % 200 === 0) onProgress(position + 1, puts.length);
    }
    const rev = newToken();
    items[REV_KEY] = rev;
    items[LAYOUT_KEY] = { v: LAYOUT_VERSION };
    let index: RevisionIndex | undefined;
    const removing = [...removals];
    if (current.kind === 'encrypted') {
      index = await indexForWrite(current);
      for (const key of removals) index.delete(key);
      for (const put of puts) index.set(put.key, put.rev);
      items[INDEX_KEY] = await current.encode(Object.fromEntries(index), INDEX_CONTEXT);
    } else {
      // Without a vault nothing checks revisions; an index left from one would only mislead.
      removing.push(INDEX_KEY);
    }
    knownIndex = undefined;
    await area.write(items, removing, expectRev === undefined ? undefined : { [REV_KEY]: expectRev });
    if (index) knownIndex = { rev, index };
    // Content scripts cannot see the store: a token in `storage.local` tells them to ask again.
    local.set({ [SIGNAL_KEY]: rev }).catch(() => undefined);
    return rev;
  }

  async function readHead() {
    const stored = await area.get([HEAD_KEY, REV_KEY]);
    const body = stored[HEAD_KEY];
    let head: unknown = null;
    if (isStoredPayload(body))
      head = await codec()
        .decode(body, HEAD_CONTEXT)
        .catch(() => null);
    return { head, rev: stored[REV_KEY] ?? null };
  }

  async function writeHead(head: unknown) {
    await area.write({ [HEAD_KEY]: await codec().encode(head, HEAD_CONTEXT) });
  }

  function watch(onChange: (rev: unknown) => void) {
    return area.watch((keys, tokens) => {
      if (!keys.some((key) => key === REV_KEY || isRecordKey(key))) return;
      onChange(tokens[REV_KEY]);
    });
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

/**
 * For the background: moves an older layout out of `storage.local` now and whenever one is
 * written there (an older version's data, a restored backup of the browser's files), so profiles
 * do not wait in content scripts' reach for the next read.
 */
export function watchOlderLayouts(
  prepare: () => Promise<unknown> = async () => undefined,
  store: ProfileRecordStore = profileRecordStore(),
): () => void {
  // `prepare` plugs in the vault's codec first, so nothing is written in clear into a vault.
  const move = () =>
    void prepare()
      .then(() => store.readRev())
      .catch(() => undefined);
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && touchesLocalLayout(Object.keys(changes))) move();
  };
  browser.storage.onChanged.addListener(listener);
  move();
  return () => browser.storage.onChanged.removeListener(listener);
}
