/**
 * The content script's view of what a person taught (`src/page/taught.ts`): read from
 * `storage.local` at document_start (checked by hand, like the overlay's settings), read again
 * whenever it changes (a field taught here or in another tab, one removed or imported in the
 * options page), and written only through the background (`teach-field`, zod-validated there).
 */
import { browser } from 'wxt/browser';
import { asTaughtField, TAUGHT_KEY, type TaughtField } from '../../../page/taught';
import { send } from '../../../protocol/send';

export interface TaughtStore {
  /** Settles once the first read is done (it never rejects). */
  readonly ready: Promise<void>;
  current(): readonly TaughtField[];
  /** Calls back after every change; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
  teach(entry: TaughtField): Promise<void>;
}

export function createTaughtStore(): TaughtStore {
  let fields: readonly TaughtField[] = [];
  const listeners = new Set<() => void>();
  const load = async () => {
    const raw = (await browser.storage.local.get(TAUGHT_KEY))[TAUGHT_KEY] as { fields?: unknown } | undefined;
    const list = Array.isArray(raw?.fields) ? raw.fields : [];
    fields = list.map(asTaughtField).filter((entry): entry is TaughtField => entry !== null);
    for (const listener of listeners) listener();
  };
  const ready = load().catch(() => {});
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && TAUGHT_KEY in changes) load().catch(() => {});
  });
  return {
    ready,
    current: () => fields,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    async teach(entry) {
      // Only a recognised page can be taught; the background refuses anything else as well.
      const { page } = entry;
      if (page === 'unknown') throw new Error('teach-field: the page is not recognised');
      await send('teach-field', { entry: { ...entry, page } });
    },
  };
}
