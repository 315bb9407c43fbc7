import type { Worker } from '@playwright/test';

/** The one extension API these helpers call inside the worker (tests have no chrome typings). */
declare const chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } } };

/**
 * The stored profile records as the background keeps them (one `profile:<key>` per record,
 * plain codec), in storage order. Read from the service worker, the way the extension does.
 */
export async function storedProfiles(worker: Worker | undefined): Promise<unknown[]> {
  if (!worker) throw new Error('the extension has no background worker');
  return worker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([key]) => key.startsWith('profile:'))
      .map(([, value]) => (value as { body: { plain: unknown } }).body.plain),
  );
}
