/**
 * The overlay beside e-İkamet's own form: page recognition, a side panel and per-field hint
 * badges. It only reads the page; it never submits, clicks, types, navigates or moves focus.
 */
// The stylesheet is bundled as a string and handed to the shadow root, so the overlay loads
// nothing at run time (no extension-resource fetch, no web-accessible file for pages to probe).

import { recognizePage } from '../../src/page/recognize';
import { reportOnce } from '../../src/ui/overlay/guard';
import { startOverlay } from '../../src/ui/overlay/mount';
import overlayCss from './style.css?inline';

export default defineContentScript({
  // Only the residence-permit site; kept literal because the manifest is generated from it.
  matches: ['https://e-ikamet.goc.gov.tr/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      await startOverlay(ctx, { recognizePage, css: overlayCss });
    } catch (error) {
      // The official form must keep working even if the assistant cannot start at all.
      reportOnce('starting the overlay', error);
    }
  },
});
