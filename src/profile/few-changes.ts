/**
 * Shared by the list order and the at-a-glance list, which after a save update the previous
 * result instead of sorting 10,000 profiles again.
 */

/** More changed entries than this and a full recomputation is as quick. */
export const MAX_FEW_CHANGES = 16;

/**
 * The positions where `next` differs from `before` (by identity), when `next` is `before` with at
 * most `MAX_FEW_CHANGES` entries replaced or added at the end; undefined otherwise.
 */
export function fewChangedPositions<T>(before: readonly T[], next: readonly T[]): number[] | undefined {
  if (next.length < before.length || next.length - before.length > MAX_FEW_CHANGES) return undefined;
  const changed: number[] = [];
  for (let at = 0; at < next.length; at += 1) {
    if (at < before.length && next[at] === before[at]) continue;
    changed.push(at);
    if (changed.length > MAX_FEW_CHANGES) return undefined;
  }
  return changed;
}

/** Inserts `item` into the sorted `list`, before the first entry that does not sort before it. */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as T, item) < 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, item);
}
