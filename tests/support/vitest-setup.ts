import { configure } from '@testing-library/preact';

// `waitFor` and `findBy…` give up after 1 s by default; on a loaded 2-core CI machine a storage
// round trip plus a render can take longer. A hang guard like `testTimeout`, not a timing assertion.
configure({ asyncUtilTimeout: 10_000 });

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
