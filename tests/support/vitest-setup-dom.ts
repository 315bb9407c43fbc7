import { setImmediate as nextTurn } from 'node:timers/promises';
import { configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// `waitFor` and `findBy…` give up after 1 s by default; on a loaded 2-core CI machine a storage
// round trip plus a render can take longer. A hang guard like `testTimeout`, not a timing assertion.
configure({ asyncUtilTimeout: 10_000 });

// happy-dom caches query results behind WeakRefs, and V8 keeps every WeakRef's target alive until
// the current job ends. Vitest runs one test after another on promises alone, so without a turn of
// the event loop between tests every document a file builds stays in memory to its end: a page
// variant file grew by about 2 MB per test and spent nearly half its time in the garbage
// collector. One turn (no delay; `node:timers`, so fake timers cannot hold it) lets them go.
afterEach(() => nextTurn());

// Page and UI files share one document per worker (`isolate: false`), and some leave a page in
// it. Each file starts from an empty page, whatever ran before it in the same worker. The body
// element itself is kept: Testing Library's `screen` holds it from its first import.
for (const element of [document.documentElement, document.head, document.body]) {
  for (const name of element.getAttributeNames()) element.removeAttribute(name);
}
document.head.replaceChildren();
document.body.replaceChildren();
