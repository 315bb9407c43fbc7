/**
 * The profile store's home: IndexedDB at the extension's own origin. The background, the popup
 * and the options page open it; a content script cannot, because IndexedDB belongs to the origin
 * of the document a script runs in, and a content script runs in the web page's. (`storage.local`
 * is open to content scripts in Chrome and Firefox; `setAccessLevel`, which could close it, exists
 * in Firefox only for `storage.session`, so the profiles moved here.)
 *
 * A key–value area like `storage.local`, with what the store relies on:
 * - `get(null)` hands entries back in the order they were first written (a key written again
 *   keeps its place), as `storage.local` did in the tests that pin the list's order;
 * - `write` stores and removes in one transaction: all of it or, on any failure, nothing;
 * - `watch` hears every write, by this page or another extension page (a `BroadcastChannel`,
 *   which a content script's page origin never shares).
 */

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

export interface RecordArea {
  /** The values of `keys` (absent ones left out), or every entry in write order for `null`. */
  get(keys: readonly string[] | null): Promise<Record<string, unknown>>;
  /** One transaction: `items` stored, `removals` removed; nothing changes when it fails. */
  write(items: Readonly<Record<string, unknown>>, removals?: readonly string[]): Promise<void>;
  /**
   * Calls back with the keys of every write (this page's included) and the values among them that
   * are strings (write tokens; records are objects and are never broadcast).
   */
  watch(onChange: AreaListener): () => void;
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
}

export function createIdbArea({
  factory = () => globalThis.indexedDB,
  name = DATABASE_NAME,
}: IdbAreaOptions = {}): RecordArea {
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
      const index = store.index(ORDER_INDEX);
      const [entryKeys, values] = await Promise.all([
        requestDone(index.getAllKeys()),
        requestDone(index.getAll()),
      ]);
      entryKeys.forEach((key, position) => {
        const entry = values[position];
        if (typeof key === 'string' && isEntry(entry)) out[key] = entry.v;
      });
      return out;
    }
    const values = await Promise.all(keys.map((key) => requestDone(store.get(key))));
    keys.forEach((key, position) => {
      const entry = values[position];
      if (isEntry(entry)) out[key] = entry.v;
    });
    return out;
  }

  async function write(items: Readonly<Record<string, unknown>>, removals: readonly string[] = []) {
    const transaction = (await database()).transaction(ENTRY_STORE, 'readwrite');
    const done = transactionDone(transaction);
    const store = transaction.objectStore(ENTRY_STORE);
    const keys = Object.keys(items);
    try {
      // The next place in the order, then each key's own place if it has one.
      const last = store.index(ORDER_INDEX).openCursor(null, 'prev');
      let next = 0;
      last.onsuccess = () => {
        const entry = last.result?.value as unknown;
        next = isEntry(entry) ? entry.s + 1 : 0;
        for (const key of removals) store.delete(key);
        for (const key of keys) {
          const existing = store.get(key);
          existing.onsuccess = () => {
            const place = isEntry(existing.result) ? existing.result.s : next++;
            store.put({ s: place, v: items[key] } satisfies Entry, key);
          };
        }
      };
    } catch (error) {
      transaction.abort();
      await done.catch(() => undefined);
      throw error;
    }
    await done;
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

  return { get, write, watch };
}

let shared: RecordArea | undefined;
/** This page's connection to the profile store. */
export function profileArea(): RecordArea {
  shared ??= createIdbArea();
  return shared;
}
