// The profile store lives in IndexedDB (`src/profile/store/idb-area.ts`): an in-memory one, and a
// new, empty one whenever a test empties the extension's storage with `fakeBrowser.reset()`.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const resetBrowser = fakeBrowser.reset.bind(fakeBrowser);
fakeBrowser.reset = () => {
  resetBrowser();
  globalThis.indexedDB = new IDBFactory();
};
