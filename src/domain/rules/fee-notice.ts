import { CARD_FEES, type CardFee, cardFeeLookup } from '../fees';
import type { RuleSource } from '../findings';
import { citationOf } from '../source-citations';
import type { Rule } from './support/rule';

// Each yearly card-fee figure is its own source (fees.ts), shared with the popup's fee look-up.
const sourceOf = (fee: CardFee): RuleSource => ({
  reference: `Card fee ${fee.year}: ${fee.reference}`,
  citation: citationOf(fee.reference),
  url: fee.url,
  confidence: fee.confidence,
  lastVerified: fee.lastVerified,
});
const SOURCES: ReadonlyMap<number, RuleSource> = new Map(CARD_FEES.map((fee) => [fee.year, sourceOf(fee)]));

/**
 * Fees (rulebook id §10, docs/sources.md#rulebook-ids) as information, from the same table as
 * the fee look-up: the card fee of the application's year, or the latest known one flagged as
 * possibly out of date.
 */
export const feeNotice: Rule = {
  id: 'fee-notice',
  rulebookIds: ['§10'],
  sources: [...SOURCES.values()],
  messageKeys: ['fee-notice.cardFee', 'fee-notice.cardFeeOutdated'],
  evaluate(facts, today) {
    if (facts.applicationKind === undefined || facts.permitType === undefined) return [];
    const year = today.getFullYear();
    const lookup = cardFeeLookup(year);
    if (lookup.kind === 'none') return [];
    const source = SOURCES.get(lookup.figure.year);
    if (!source) return [];
    const base = { ruleId: 'fee-notice', severity: 'info', fields: [], source } as const;
    return lookup.kind === 'exact'
      ? [{ ...base, messageKey: 'fee-notice.cardFee', params: { year, cardFee: lookup.figure.amountTl } }]
      : [
          {
            ...base,
            messageKey: 'fee-notice.cardFeeOutdated',
            params: { year, figureYear: lookup.figure.year, cardFee: lookup.figure.amountTl },
          },
        ];
  },
};
