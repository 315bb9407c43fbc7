/**
 * The overlay beside e-İkamet's own form: page recognition, a side panel and per-field hint
 * badges. It only reads the page; it never submits, clicks, types, navigates or moves focus.
 */
// The stylesheet is bundled as a string and handed to the shadow root, so the overlay loads
// nothing at run time (no extension-resource fetch, no web-accessible file for pages to probe).

import { recognizePage } from '../../src/page/recognize';
import { afterDomContentLoaded, prefetchSettingsAndTexts } from '../../src/ui/overlay/early-start';
import { reportOnce } from '../../src/ui/overlay/guard';
import { startOverlay } from '../../src/ui/overlay/mount';
import { createTaughtStore } from '../../src/ui/overlay/teach/taught-client';
import overlayCss from './style.css?inline';

export default defineContentScript({
  // Only the residence-permit site; kept literal because the manifest is generated from it.
  matches: ['https://e-ikamet.goc.gov.tr/*'],
  // document_start, not document_idle: Chrome holds a page's load event until its idle (and
  // end) scripts have run, and runs them after the page's own ready handlers, which made the
  // page load ~20% slower. At document_start only the storage and text requests start; the
  // overlay itself waits for the first task after DOMContentLoaded (early-start.ts), and the
  // recognition tables are built on first use then (src/page/build-once.ts), so evaluating
  // this file at document_start holds up the page's parsing as little as possible.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      const settings = prefetchSettingsAndTexts();
      // What a person taught about these pages, read alongside the settings.
      const taught = createTaughtStore();
      await afterDomContentLoaded();
      if (!ctx.isValid) return;
      await startOverlay(ctx, { recognizePage, css: overlayCss, settings, taught });
    } catch (error) {
      // The official form must keep working even if the assistant cannot start at all.
      reportOnce('starting the overlay', error);
    }
  },
});
