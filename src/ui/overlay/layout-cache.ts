/**
 * Measurements of the page (where each field's badge goes, whether the panel fits beside the
 * form) are reused until the page's layout may have changed: a scroll, a resize, a page change,
 * the panel folding. Other re-renders (a warning appearing while the user types, focus moving)
 * then read no layout at all: reading it right after the page changed a value forces the
 * browser to lay the whole page out again, which costs more than the rest of the update.
 */
export function createLayoutCache() {
  let generation = 0;
  const values = new Map<unknown, unknown>();
  let valuesGeneration = 0;
  return {
    /** Call whenever the page's layout may have changed. */
    invalidate(): void {
      generation += 1;
    },
    /** The value measured for `key` in this layout, measuring it on first use. */
    get<T>(key: unknown, measure: () => T): T {
      if (valuesGeneration !== generation) {
        values.clear();
        valuesGeneration = generation;
      }
      if (!values.has(key)) values.set(key, measure());
      return values.get(key) as T;
    },
  };
}
