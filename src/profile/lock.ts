/**
 * Serialises read-modify-write of the stored profiles. The popup and the options page can be
 * open at once; both are pages of the extension's origin, so the Web Locks API makes them take
 * turns. Where it is missing (unit tests), a promise chain serialises writers in this page.
 */
const LOCK_NAME = 'eikamet-assistant:profiles';
let localChain: Promise<unknown> = Promise.resolve();

export function withProfilesLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(LOCK_NAME, task) as Promise<T>;
  const run = localChain.then(task, task);
  localChain = run.catch(() => undefined);
  return run;
}
