import type { Finding } from '../findings';
import { minimumWageLookup } from '../minimum-wage';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

// The rule is law (O*), but net vs gross, who counts in the family and the wage figures
// themselves (news reports) are unsettled: the finding is only as sure as its weakest input.
const SOURCE = ruleSource(
  'YUKK 35(1)(a); minimum wage from src/domain/minimum-wage.ts (news reports of the Resmî Gazete)',
  YUKK_URL,
  'O*/U',
);

const cents = (lira: number) => Math.round(lira * 100);
const lira = (amountCents: number) => Math.round(amountCents) / 100;

/** Threshold in cents: at least the minimum wage and at least a third of it per family member. */
export function incomeThresholdCents(minimumWageTl: number, familySize: number): number {
  return Math.max(cents(minimumWageTl), (familySize * cents(minimumWageTl)) / 3);
}

/**
 * F1: the supporter's income against the minimum wage of the application's year, on both the
 * net and the gross basis. Below both → warning; below the gross basis only → info.
 */
export const familyIncome: Rule = {
  id: 'family-income',
  rulebookIds: ['F1'],
  sources: [SOURCE],
  messageKeys: [
    'family-income.noWageFigure',
    'family-income.latestKnownFigure',
    'family-income.belowBothBases',
    'family-income.belowGrossBasis',
  ],
  evaluate(facts, today) {
    const income = facts.supporter?.monthlyIncomeTl;
    const familySize = facts.supporter?.familySize;
    if (facts.permitType !== 'family' || income === undefined || familySize === undefined) return [];
    const base = { ruleId: 'family-income', fields: [], source: SOURCE } as const;
    const year = today.getFullYear();
    const lookup = minimumWageLookup(year);
    if (lookup.kind === 'none')
      return [{ ...base, severity: 'info', messageKey: 'family-income.noWageFigure', params: { year } }];
    const wage = lookup.figure;
    // Not yet published for this year: check with the latest known figure and say so.
    const outdated: Finding[] =
      lookup.kind === 'latest-known'
        ? [
            {
              ...base,
              severity: 'info',
              messageKey: 'family-income.latestKnownFigure',
              params: { year, wageYear: wage.year },
            },
          ]
        : [];

    const netThreshold = incomeThresholdCents(wage.netTl, familySize);
    const grossThreshold = incomeThresholdCents(wage.grossTl, familySize);
    const incomeCents = cents(income);
    if (incomeCents >= grossThreshold) return outdated;
    const belowNet = incomeCents < netThreshold;
    return [
      ...outdated,
      {
        ...base,
        severity: belowNet ? 'warning' : 'info',
        messageKey: belowNet ? 'family-income.belowBothBases' : 'family-income.belowGrossBasis',
        params: {
          income,
          familySize,
          year: wage.year,
          netThreshold: lira(netThreshold),
          grossThreshold: lira(grossThreshold),
          basis: belowNet ? 'net' : 'gross',
          wageReference: wage.reference,
        },
      },
    ];
  },
};
