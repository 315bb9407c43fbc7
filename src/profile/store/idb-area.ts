/**
 * The profile store's home: IndexedDB at the extension's own origin. The background, the popup
 * and the options page open it; a content script cannot, because IndexedDB belongs to the origin
 * of the document a script runs in, and a content script runs in the web page's. (`storage.local`
 * is open to content scripts in Chrome and Firefox; `setAccessLevel`, which could close it, exists
 * in Firefox only for `storage.session`, so the profiles moved here.)
 *
 * A key–value area like `storage.local`, with what the store relies on:
 * - `get(null)` hands the ordered keys (the profile records) back in the order they were first
 *   written (a key written again keeps its place), as `storage.local` did in the tests that pin
 *   the list's order; the other keys (token, head, index) come first, in key order;
 * - `write` stores and removes in one transaction: all of it or, on any failure, nothing;
 * - `watch` hears every write, by this page or another extension page (a `BroadcastChannel`,
 *   which a content script's page origin never shares).
 */

import { isRecordKey } from './keys';

export const DATABASE_NAME = 'eikamet-assistant';
const DATABASE_VERSION = 1;
export const ENTRY_STORE = 'kv';
const ORDER_INDEX = 'order';
const CHANNEL_NAME = 'eikamet-assistant:profile-store';

/** What one entry holds on disk: its place in the order and the value. */
interface Entry {
  readonly s: number;
  readonly v: unknown;
}

export type AreaListener = (keys: readonly string[], tokens: Readonly<Record<string, string>>) => void;

/**
 * A write refused because a key did not hold the value the writer expected (another page wrote
 * since the writer last read): nothing was written.
 */
export class StaleWriteError extends Error {
  constructor() {
    super('the profile store changed since it was read');
    this.name = 'StaleWriteError';
  }
}

export interface RecordArea {
  /** The values of `keys` (absent ones left out), or every entry in write order for `null`. */
  get(keys: readonly string[] | null): Promise<Record<string, unknown>>;
  /**
   * One transaction: `items` stored, `removals` removed; nothing changes when it fails. With
   * `expected`, only if each of its keys still holds that string, checked inside the same
   * transaction (else `StaleWriteError`): a compare-and-set, with no read before it.
   */
  write(
    items: Readonly<Record<string, unknown>>,
    removals?: readonly string[],
    expected?: Readonly<Record<string, string>>,
  ): Promise<void>;
  /**
   * Calls back with the keys of every write (this page's included) and the values among them that
   * are strings (write tokens; records are objects and are never broadcast).
   */
  watch(onChange: AreaListener): () => void;
}

/** The area in IndexedDB, which can also open its connection ahead of the first read. */
export interface IdbArea extends RecordArea {
  open(): Promise<void>;
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('the profile store refused the write'));
    transaction.onabort = () => reject(transaction.error ?? new Error('the profile store write was aborted'));
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, DATABASE_VERSION);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore(ENTRY_STORE);
    store.createIndex(ORDER_INDEX, 's');
  };
  return requestDone(request).then((database) => {
    // Another page upgrading later (a newer extension version) must not be blocked by this one.
    database.onversionchange = () => database.close();
    return database;
  });
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && typeof (value as { s?: unknown }).s === 'number';
}

export interface IdbAreaOptions {
  /** The IndexedDB to use; the page's own by default (tests pass a fresh one). */
  readonly factory?: () => IDBFactory;
  readonly name?: string;
  /**
   * The keys whose write order `get(null)` keeps (every key by default). Only these are looked up
   * before a write, to keep their place; the others are written blind, at `UNORDERED`.
   */
  readonly ordered?: (key: string) => boolean;
}

/** The place of a key whose order does not matter: before every ordered one. */
const UNORDERED = -1;
/**
 * Requests a write keeps waiting in its transaction at once. IndexedDB queues a transaction's
 * requests; a bounded queue keeps a 50,000-record write from holding 100,000 of them (which
 * costs more per request in some implementations, fake-indexeddb's among them).
 */
const WRITE_WINDOW = 256;

/**
 * From this many ordered keys on, a write reads the stored keys in their span first, keys only
 * (cheaper than a look-up per key when most are new, dearer for a few hundred among thousands).
 */
const BULK_KEYS = 1_000;

/** The lowest and highest of `keys` (not empty). */
function keySpan(keys: readonly string[]): [string, string] {
  let low = keys[0] as string;
  let high = low;
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  return [low, high];
}

export function createIdbArea({
  factory = () => globalThis.indexedDB,
  name = DATABASE_NAME,
  ordered = () => true,
}: IdbAreaOptions = {}): IdbArea {
  let opened: { factory: IDBFactory; database: Promise<IDBDatabase> } | undefined;
  const listeners = new Set<AreaListener>();
  let channel: BroadcastChannel | undefined;

  function database(): Promise<IDBDatabase> {
    const current = factory();
    if (!current) return Promise.reject(new Error('IndexedDB is not available here'));
    // A new factory (a test's fresh database) means a new connection.
    if (opened?.factory !== current) {
      const database = openDatabase(current, name);
      opened = { factory: current, database };
      database.catch(() => {
        if (opened?.database === database) opened = undefined;
      });
    }
    return opened.database;
  }

  function ensureChannel(): BroadcastChannel | undefined {
    if (channel || typeof BroadcastChannel === 'undefined') return channel;
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent) => {
      const { keys, tokens } = (event.data ?? {}) as { keys?: unknown; tokens?: unknown };
      if (!Array.isArray(keys)) return;
      const strings: Record<string, string> = {};
      if (typeof tokens === 'object' && tokens !== null)
        for (const [key, value] of Object.entries(tokens))
          if (typeof value === 'string') strings[key] = value;
      notify(
        keys.filter((key): key is string => typeof key === 'string'),
        strings,
      );
    };
    // Node (unit tests) would otherwise keep the process alive for the channel.
    (channel as { unref?: () => void }).unref?.();
    return channel;
  }

  function notify(keys: readonly string[], tokens: Readonly<Record<string, string>>) {
    for (const listener of [...listeners]) {
      try {
        listener(keys, tokens);
      } catch {
        // One page's listener failing must not stop the others hearing the write.
      }
    }
  }

  async function get(keys: readonly string[] | null): Promise<Record<string, unknown>> {
    const transaction = (await database()).transaction(ENTRY_STORE, 'readonly');
    const store = transaction.objectStore(ENTRY_STORE);
    const out: Record<string, unknown> = {};
    if (keys === null) {
      // The store read in key order (one pass, where the order index would look each entry up
      // again), then put in write order: places, and key order among equal places, as the index.
      const [entryKeys, values] = await Promise.all([
        requestDone(store.getAllKeys()),
        requestDone(store.getAll()),
      ]);
      const entries: [string, Entry][] = [];
      entryKeys.forEach((key, position) => {
        const entry = values[position];
        if (typeof key === 'string' && isEntry(entry)) entries.push([key, entry]);
      });
      entries.sort(([, a], [, b]) => a.s - b.s);
      for (const [key, entry] of entries) out[key] = entry.v;
      return out;
    }
    const values = await Promise.all(keys.map((key) => requestDone(store.get(key))));
    keys.forEach((key, position) => {
      const entry = values[position];
      if (isEntry(entry)) out[key] = entry.v;
    });
    return out;
  }

  async function write(
    items: Readonly<Record<string, unknown>>,
    removals: readonly string[] = [],
    expected: Readonly<Record<string, string>> = {},
  ) {
    const transaction = (await database()).transaction(ENTRY_STORE, 'readwrite');
    const done = transactionDone(transaction);
    const store = transaction.objectStore(ENTRY_STORE);
    let stale = false;
    // Asked first, so answered before any request below: a changed key aborts the transaction,
    // and an abort undoes whatever was stored before it.
    for (const [key, value] of Object.entries(expected)) {
      const check = store.get(key);
      check.onsuccess = () => {
        const entry = check.result as unknown;
        if (isEntry(entry) && entry.v === value) return;
        stale = true;
        transaction.abort();
      };
    }
    const keys = Object.keys(items);
    const placed = keys.filter(ordered);
    /** Keys of `placed` known to be absent (a large write looks them up at once), or nothing known. */
    let absent: Set<string> | undefined;
    let next = 0;
    /**
     * Writes `placed[start…]`, a window at a time: each key is looked up (a key written again
     * keeps its place), then stored; the window's last write starts the next window. Requests run
     * in the order made, so places are handed out in `items`' order.
     */
    const writeFrom = (start: number) => {
      const end = Math.min(placed.length, start + WRITE_WINDOW);
      for (let position = start; position < end; position += 1) {
        const key = placed[position] as string;
        if (absent?.has(key)) {
          const put = store.put({ s: next++, v: items[key] } satisfies Entry, key);
          if (position === end - 1 && end < placed.length) put.onsuccess = () => writeFrom(end);
          continue;
        }
        const existing = store.get(key);
        existing.onsuccess = () => {
          const entry = existing.result as unknown;
          const place = isEntry(entry) && entry.s !== UNORDERED ? entry.s : next++;
          const put = store.put({ s: place, v: items[key] } satisfies Entry, key);
          if (position === end - 1 && end < placed.length) put.onsuccess = () => writeFrom(end);
        };
      }
    };
    try {
      for (const key of removals) store.delete(key);
      // Token, head, index: no place to keep, so no look-up (the index is the largest value).
      for (const key of keys)
        if (!ordered(key)) store.put({ s: UNORDERED, v: items[key] } satisfies Entry, key);
      if (placed.length > 0 && placed.length <= WRITE_WINDOW) {
        // A few keys (a save): the last place in use and every key's look-up are asked at once,
        // not one after the other, and all are stored when the last answer is in (answers come
        // in the order asked). A save then waits for one round of answers, not two.
        const last = store.index(ORDER_INDEX).openKeyCursor(null, 'prev');
        const lookups = placed.map((key) => store.get(key));
        (lookups[lookups.length - 1] as IDBRequest).onsuccess = () => {
          const place = last.result?.key;
          next = typeof place === 'number' && place >= 0 ? place + 1 : 0;
          placed.forEach((key, position) => {
            const entry = (lookups[position] as IDBRequest).result as unknown;
            const at = isEntry(entry) && entry.s !== UNORDERED ? entry.s : next++;
            store.put({ s: at, v: items[key] } satisfies Entry, key);
          });
        };
      } else if (placed.length > 0) {
        // The next place: the last one in use, read from the index alone (no value).
        const last = store.index(ORDER_INDEX).openKeyCursor(null, 'prev');
        // A large write (an import, a move from an older layout) asks which of its keys exist in
        // one request, keys only, instead of one look-up per key.
        const stored =
          placed.length >= BULK_KEYS ? store.getAllKeys(IDBKeyRange.bound(...keySpan(placed))) : undefined;
        last.onsuccess = () => {
          const place = last.result?.key;
          next = typeof place === 'number' && place >= 0 ? place + 1 : 0;
          if (!stored) writeFrom(0);
        };
        if (stored)
          stored.onsuccess = () => {
            const existing = new Set(stored.result);
            absent = new Set(placed.filter((key) => !existing.has(key)));
            writeFrom(0);
          };
      }
    } catch (error) {
      // A value that cannot be stored throws here (or, later, in a callback, which aborts).
      transaction.abort();
      await done.catch(() => undefined);
      throw error;
    }
    try {
      await done;
    } catch (error) {
      throw stale ? new StaleWriteError() : error;
    }
    const changed = [...keys, ...removals];
    const tokens: Record<string, string> = {};
    for (const key of keys) if (typeof items[key] === 'string') tokens[key] = items[key] as string;
    notify(changed, tokens);
    ensureChannel()?.postMessage({ keys: changed, tokens });
  }

  function watch(onChange: AreaListener): () => void {
    ensureChannel();
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  }

  return { get, write, watch, open: () => database().then(() => undefined) };
}

let shared: IdbArea | undefined;
/** This page's connection to the profile store. */
export function profileArea(): IdbArea {
  shared ??= createIdbArea({ ordered: isRecordKey });
  return shared;
}

/**
 * For a page that shows profiles: opens the store while the page does other work first (reading
 * the vault's state, the language), instead of when the list asks for its first rows.
 */
export function openProfileStoreEarly(): void {
  profileArea()
    .open()
    .catch(() => undefined);
}
