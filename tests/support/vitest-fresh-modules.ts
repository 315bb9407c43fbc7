/**
 * The stores project runs its files one after another in each worker (`isolate: false`), so the
 * libraries (zod, fake-indexeddb, the fake browser) are imported once per worker, not once per
 * file. Each file still starts as if it ran alone: the project's own modules load afresh (a new
 * open store, vault session and codec), and the browser's storage and IndexedDB are empty
 * whatever the file before it left.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Setup files and what they import are kept: the fake browser stays the one `browser` points at.
vi.resetModules();
fakeBrowser.reset();
