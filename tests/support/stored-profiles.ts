import { expect, type Worker } from '@playwright/test';

/** The one extension API these helpers call inside the worker (tests have no chrome typings). */
declare const chrome: {
  storage: {
    local: { get(key: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> };
    session: { clear(): Promise<void> };
  };
};

/**
 * The profile store as the extension keeps it (`src/profile/store/idb-area.ts`): IndexedDB
 * `eikamet-assistant` at the extension's origin, object store `kv`, each entry `{ s, v }` with `s`
 * its place in the write order (index `order`). Opened here with the same version and layout, so
 * a test that reads first never leaves a database the extension could not use.
 */
async function readProfileStore(): Promise<Record<string, unknown>> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('eikamet-assistant', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('kv').createIndex('order', 's');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const index = database.transaction('kv', 'readonly').objectStore('kv').index('order');
    const [keys, values] = await Promise.all(
      [index.getAllKeys(), index.getAll()].map(
        (request) =>
          new Promise<unknown[]>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    const out: Record<string, unknown> = {};
    keys?.forEach((key, position) => {
      out[String(key)] = (values?.[position] as { v?: unknown } | undefined)?.v;
    });
    return out;
  } finally {
    database.close();
  }
}

async function clearProfileStore(): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('eikamet-assistant', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('kv').createIndex('order', 's');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction('kv', 'readwrite');
      transaction.objectStore('kv').clear();
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

function requireWorker(worker: Worker | undefined): Worker {
  if (!worker) throw new Error('the extension has no background worker');
  return worker;
}

/** Every entry of the profile store (records, token, head, index), in write order. */
export async function storedEntries(worker: Worker | undefined): Promise<Record<string, unknown>> {
  return requireWorker(worker).evaluate(readProfileStore);
}

/**
 * The stored profile records as the background keeps them (one `profile:<key>` per record,
 * plain codec), in storage order. Read from the service worker, the way the extension does.
 */
export async function storedProfiles(worker: Worker | undefined): Promise<unknown[]> {
  return Object.entries(await storedEntries(worker))
    .filter(([key]) => key.startsWith('profile:'))
    .map(([, value]) => (value as { body: { plain: unknown } }).body.plain);
}

/** Empties `storage.local`, `storage.session` and the profile store: a fresh installation. */
export async function clearExtensionData(worker: Worker | undefined): Promise<void> {
  const target = requireWorker(worker);
  await target.evaluate(async () => {
    await chrome.storage.session.clear();
    await chrome.storage.local.clear();
  });
  await target.evaluate(clearProfileStore);
}

/** The `storage.local` keys an older version kept profiles under, which the background moves out. */
function olderLayoutKeys(keys: readonly string[]): string[] {
  const layout = new Set(['profiles', 'profiles$', 'profilesRev', 'profilesHead', 'profilesLayout']);
  return keys.filter((key) => layout.has(key) || key.startsWith('profile:'));
}

/**
 * Waits until the background has moved profiles seeded in an older `storage.local` layout into
 * the profile store (it does so as soon as it sees them), so a spec's next step sees them there.
 */
export async function waitForLayoutMove(worker: Worker | undefined): Promise<void> {
  const target = requireWorker(worker);
  await expect
    .poll(
      async () => olderLayoutKeys(Object.keys(await target.evaluate(() => chrome.storage.local.get(null)))),
      {
        message: 'profiles seeded in storage.local moved into the profile store',
        // Moving 10,000 profiles on a busy machine takes longer than expect's 5 s (the bench
        // calls this outside the test runner's settings too): a hang guard, not a timing.
        timeout: 60_000,
      },
    )
    .toEqual([]);
}

/**
 * Writes one entry of the profile store directly, keeping its place in the order: what someone
 * with access to the browser's files could do (the extension itself never writes this way).
 */
export async function writeStoreEntry(
  worker: Worker | undefined,
  key: string,
  value: unknown,
): Promise<void> {
  await requireWorker(worker).evaluate(
    async ({ entryKey, entryValue }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('eikamet-assistant', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('kv').createIndex('order', 's');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = database.transaction('kv', 'readwrite');
          const store = transaction.objectStore('kv');
          const existing = store.get(entryKey);
          existing.onsuccess = () => {
            const place = (existing.result as { s?: number } | undefined)?.s ?? Number.MAX_SAFE_INTEGER;
            store.put({ s: place, v: entryValue }, entryKey);
          };
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
      } finally {
        database.close();
      }
    },
    { entryKey: key, entryValue: value },
  );
}
