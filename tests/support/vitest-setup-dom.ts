import { configure } from '@testing-library/preact';

// `waitFor` and `findBy…` give up after 1 s by default; on a loaded 2-core CI machine a storage
// round trip plus a render can take longer. A hang guard like `testTimeout`, not a timing assertion.
configure({ asyncUtilTimeout: 10_000 });
