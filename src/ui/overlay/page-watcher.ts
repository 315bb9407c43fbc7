/**
 * Notices when the page changes under the overlay: wizard steps rendered by script, Kendo
 * widgets initialising late, validation messages, and pushState navigations. One debounced
 * MutationObserver on <body> is enough; attributes are not watched because Kendo rewrites
 * `class` and `aria-*` constantly and would keep the debounce from ever settling.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './guard';
import { createInvalidationSafeTimer } from './timers';

export const PAGE_CHANGE_DEBOUNCE_MS = 200;

export interface PageWatcherOptions {
  readonly ctx: ContentScriptContext;
  /** Our own shadow host: mutations in or of it are ours and never re-trigger recognition. */
  readonly ownHost: Element;
  readonly onPageChange: () => void;
  readonly debounceMs?: number;
}

/** True when a mutation only concerns the overlay itself (mounting or updating our host). */
export function isOwnMutation(record: MutationRecord, ownHost: Element): boolean {
  if (record.target === ownHost || ownHost.contains(record.target)) return true;
  const touched = [...record.addedNodes, ...record.removedNodes];
  return touched.length > 0 && touched.every((node) => node === ownHost);
}

export function watchPage({
  ctx,
  ownHost,
  onPageChange,
  debounceMs = PAGE_CHANGE_DEBOUNCE_MS,
}: PageWatcherOptions) {
  const timer = createInvalidationSafeTimer(ctx);
  const schedule = () => timer.restart(guard('page change', onPageChange), debounceMs);

  const observer = new MutationObserver(
    guard('mutation observer', (records: MutationRecord[]) => {
      if (records.some((record) => !isOwnMutation(record, ownHost))) schedule();
    }),
  );
  observer.observe(document.body, { childList: true, subtree: true });

  // pushState / replaceState / popstate navigations that keep the document.
  ctx.addEventListener(window, 'wxt:locationchange', guard('location change', schedule));

  ctx.onInvalidated(() => observer.disconnect());
}
