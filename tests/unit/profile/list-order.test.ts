/**
 * The list order after a save is worked out from the order before it (the changed profiles moved,
 * the rest kept): it must always be exactly what sorting the whole list again gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ListRow, sortForList } from '../../../src/profile/list-head';
import { compareByName } from '../../../src/profile/search';

/** Few names, so many rows tie and the stable order among equal names is exercised. */
const NAMES = ['Işıl', 'Ilker', 'Çağla', 'Maria', 'maria', 'Zeynep'];
const row = (id: number, given: number, surname: number): ListRow => ({
  id: `p-${id}`,
  givenName: NAMES[given % NAMES.length] as string,
  surname: NAMES[surname % NAMES.length] as string,
});
const fullSort = (rows: readonly ListRow[]) => [...rows].sort(compareByName);

/** A change as a save, an import of a few, or a reload makes it. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), given: fc.nat(), surname: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const), given: fc.nat(), surname: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('fresh' as const) }),
);

describe('the list order after a change', () => {
  it('equals a full sort after any sequence of replaced, added, removed or re-read rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        (initial, steps) => {
          let nextId = 0;
          let rows = initial.map(([given, surname]) => row(nextId++, given, surname));
          expect(sortForList(rows)).toEqual(fullSort(rows));
          for (const step of steps) {
            const next = [...rows];
            for (const one of step) {
              if (one.kind === 'replace' && next.length > 0) {
                const at = one.at % next.length;
                next[at] = { ...row(0, one.given, one.surname), id: (next[at] as ListRow).id };
              } else if (one.kind === 'append') next.push(row(nextId++, one.given, one.surname));
              else if (one.kind === 'remove' && next.length > 0) next.splice(one.at % next.length, 1);
              else if (one.kind === 'fresh')
                next.splice(0, next.length, ...next.map((entry) => ({ ...entry })));
            }
            rows = next;
            const sorted = sortForList(rows);
            const expected = fullSort(rows);
            expect(sorted).toEqual(expected);
            // Same objects, not look-alikes: rows are matched to their profiles by identity.
            for (const [index, entry] of sorted.entries()) expect(entry).toBe(expected[index]);
          }
        },
      ),
    );
  });

  it('keeps the stored order among equal names after a save moves a row', () => {
    const rows = [row(1, 0, 3), row(2, 0, 3), row(3, 1, 3), row(4, 0, 3)];
    sortForList(rows);
    const saved = [...rows];
    saved[1] = { ...row(0, 0, 3), id: 'p-2' };
    expect(sortForList(saved).map((entry) => entry.id)).toEqual(['p-3', 'p-1', 'p-2', 'p-4']);
  });
});
