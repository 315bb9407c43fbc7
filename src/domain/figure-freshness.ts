import { CARD_FEE_PENDING, CARD_FEES, PERMIT_FEE_PENDING, PERMIT_FEE_TARIFFS } from './fees';
import { MINIMUM_WAGE_PENDING, MINIMUM_WAGES } from './minimum-wage';
import { type NotYetPublished, uncoveredYears, type YearBound } from './yearly-figures';

/** One table of figures that change every calendar year, and where it is kept. */
export interface YearBoundTable {
  readonly name: string;
  readonly file: string;
  readonly figures: readonly YearBound[];
  readonly pending: readonly NotYetPublished[];
}

export const YEAR_BOUND_TABLES: readonly YearBoundTable[] = [
  {
    name: 'minimum wage',
    file: 'src/domain/minimum-wage.ts',
    figures: MINIMUM_WAGES,
    pending: MINIMUM_WAGE_PENDING,
  },
  { name: 'card fee', file: 'src/domain/fees.ts', figures: CARD_FEES, pending: CARD_FEE_PENDING },
  {
    name: 'permit fee tariff',
    file: 'src/domain/fees.ts',
    figures: PERMIT_FEE_TARIFFS,
    pending: PERMIT_FEE_PENDING,
  },
];

/** A table that, on the given day, lacks a year it should cover (see `uncoveredYears`). */
export interface DueFigure {
  readonly table: YearBoundTable;
  readonly years: readonly number[];
}

/**
 * Which tables are due for a look on `today`. Run by `npm run check:figures`, never by the test
 * suite: a test that read the real date would fail on an unchanged commit next year.
 */
export function dueFigures(today: Date, tables: readonly YearBoundTable[] = YEAR_BOUND_TABLES): DueFigure[] {
  return tables
    .map((table) => ({ table, years: uncoveredYears(table.figures, table.pending, today) }))
    .filter((due) => due.years.length > 0);
}
