/**
 * Notices when the page changes under the overlay: wizard steps rendered by script, Kendo
 * widgets initialising late, validation messages, and pushState navigations. One debounced
 * MutationObserver on <body> is enough; attributes are not watched because Kendo rewrites
 * `class` and `aria-*` constantly and would keep the debounce from ever settling.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './guard';
import { NO_SETTLED_MARKER, type SettledMarker } from './settled';
import { createInvalidationSafeTimer } from './timers';

export const PAGE_CHANGE_DEBOUNCE_MS = 200;

export interface PageWatcherOptions {
  readonly ctx: ContentScriptContext;
  /** Our own shadow host: mutations in or of it are ours and never re-trigger recognition. */
  readonly ownHost: Element;
  readonly onPageChange: () => void;
  readonly debounceMs?: number;
  /** Held down from the first mutation of a burst until the page has been looked at again. */
  readonly settled?: SettledMarker;
}

/** True when a mutation only concerns the overlay itself (mounting or updating our host). */
export function isOwnMutation(record: MutationRecord, ownHost: Element): boolean {
  if (record.target === ownHost || ownHost.contains(record.target)) return true;
  const touched = [...record.addedNodes, ...record.removedNodes];
  return touched.length > 0 && touched.every((node) => node === ownHost);
}

export interface PageWatcher {
  /**
   * Looks at the page now if it changed since the last look (a burst still waiting out its
   * debounce): true when it did. For a person already typing into a field the page has just
   * rendered, whose value must not wait for the page to go quiet.
   */
  flush(): boolean;
}

export function watchPage({
  ctx,
  ownHost,
  onPageChange,
  debounceMs = PAGE_CHANGE_DEBOUNCE_MS,
  settled = NO_SETTLED_MARKER,
}: PageWatcherOptions): PageWatcher {
  const timer = createInvalidationSafeTimer(ctx);
  let pending: (() => void) | null = null;
  const changed = guard('page change', () => {
    const done = pending;
    pending = null;
    try {
      onPageChange();
    } finally {
      done?.();
    }
  });
  const schedule = () => {
    pending ??= settled.begin();
    timer.restart(changed, debounceMs);
  };

  const observer = new MutationObserver(
    guard('mutation observer', (records: MutationRecord[]) => {
      if (records.some((record) => !isOwnMutation(record, ownHost))) schedule();
    }),
  );
  observer.observe(document.body, { childList: true, subtree: true });

  // pushState / replaceState / popstate navigations that keep the document.
  ctx.addEventListener(window, 'wxt:locationchange', guard('location change', schedule));

  ctx.onInvalidated(() => observer.disconnect());

  return {
    flush() {
      // Mutations not yet delivered to the observer belong to this burst too.
      if (observer.takeRecords().some((record) => !isOwnMutation(record, ownHost)))
        pending ??= settled.begin();
      if (!pending) return false;
      timer.cancel();
      changed();
      return true;
    },
  };
}
