/**
 * Serialises read-modify-write of the stored profiles. The popup and the options page can be
 * open at once; both are pages of the extension's origin, so the Web Locks API makes them take
 * turns. Where it is missing (unit tests), a promise chain serialises writers in this page.
 */
const LOCK_NAME = 'eikamet-assistant:profiles';
/** The move from the one-array layout: its own lock, as writers (holding the one above) wait for it. */
const LAYOUT_LOCK_NAME = 'eikamet-assistant:profiles-layout';
const localChains = new Map<string, Promise<unknown>>();

function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(name, task) as Promise<T>;
  const run = (localChains.get(name) ?? Promise.resolve()).then(task, task);
  localChains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

export function withProfilesLock<T>(task: () => Promise<T>): Promise<T> {
  return withLock(LOCK_NAME, task);
}

export function withLayoutLock<T>(task: () => Promise<T>): Promise<T> {
  return withLock(LAYOUT_LOCK_NAME, task);
}
