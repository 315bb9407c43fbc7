/**
 * The overlay beside e-İkamet's own form: page recognition, a side panel and per-field hint
 * badges. It only reads the page; it never submits, clicks, types, navigates or moves focus.
 */
// The stylesheet (./style.css) comes from the background with the recognition tables, as a
// string handed to the shadow root: no extension-resource fetch, no web-accessible file for
// pages to probe, and none of its weight in this script.

import { checklistContent } from '../../src/features/checklist/content';
import { fillContent } from '../../src/features/fill/content';
import { liveChecksContent } from '../../src/features/live-checks/content';
import { teachContent } from '../../src/features/teach/content';
import { createTaughtStore } from '../../src/features/teach/content/taught-client';
import { recognizePage } from '../../src/page/recognize';
import { registerContent } from '../../src/ui/overlay/content-feature';
import {
  afterDomContentLoaded,
  prefetchOverlayAssets,
  prefetchSettingsAndTexts,
} from '../../src/ui/overlay/early-start';
import { reportOnce } from '../../src/ui/overlay/guard';
import { startOverlay } from '../../src/ui/overlay/mount';

export default defineContentScript({
  // Only the residence-permit site; kept literal because the manifest is generated from it.
  matches: ['https://e-ikamet.goc.gov.tr/*'],
  // document_start, not document_idle: Chrome holds a page's load event until its idle (and
  // end) scripts have run, and runs them after the page's own ready handlers, which made the
  // page load ~20% slower. At document_start only the storage requests and the background's
  // (texts, recognition tables, stylesheet) start; the overlay itself waits for the first task
  // after DOMContentLoaded (early-start.ts), so evaluating this file at document_start holds up
  // the page's parsing as little as possible.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // One call per feature with a part on the page (src/features/<feature>/content/index.ts*),
    // drawn in the panel in this order.
    registerContent(fillContent);
    registerContent(liveChecksContent);
    registerContent(checklistContent);
    registerContent(teachContent);
    try {
      const settings = prefetchSettingsAndTexts();
      const assets = prefetchOverlayAssets();
      // Awaited after DOMContentLoaded, where a refusal is reported; not an unhandled rejection.
      assets.catch(() => {});
      // What a person taught about these pages, read alongside the settings.
      const taught = createTaughtStore();
      await afterDomContentLoaded();
      const css = await assets;
      if (!ctx.isValid) return;
      await startOverlay(ctx, { recognizePage, css, settings, taught });
    } catch (error) {
      // The official form must keep working even if the assistant cannot start at all.
      reportOnce('starting the overlay', error);
    }
  },
});
