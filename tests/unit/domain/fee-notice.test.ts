import { describe, expect, it } from 'vitest';
import { cardFeeLookup } from '../../../src/domain/fees';
import { feeNotice } from '../../../src/domain/rules/fee-notice';
import { d } from './support';

const application = { applicationKind: 'first', permitType: 'short-term' } as const;

describe('fee-notice (rulebook §10: the card fee from the same table as the fee look-up)', () => {
  it("gives the 2026 card fee in 2026, at the table's confidence", () => {
    const [finding] = feeNotice.evaluate(application, d('01.06.2026'));
    const lookup = cardFeeLookup(2026);
    expect(finding).toMatchObject({
      severity: 'info',
      messageKey: 'fee-notice.cardFee',
      params: { year: 2026, cardFee: lookup.kind === 'none' ? -1 : lookup.figure.amountTl },
    });
    expect(finding?.source.confidence).toBe('official-copy');
  });

  it('on 1 January without a published figure, gives the latest one and says so', () => {
    expect(feeNotice.evaluate(application, d('01.01.2027'))).toEqual([
      expect.objectContaining({
        messageKey: 'fee-notice.cardFeeOutdated',
        params: { year: 2027, figureYear: 2026, cardFee: 964 },
      }),
    ]);
  });

  it('is silent before the first known figure and without an application kind or type', () => {
    expect(feeNotice.evaluate(application, d('01.06.2024'))).toEqual([]);
    expect(feeNotice.evaluate({ permitType: 'family' }, d('01.06.2026'))).toEqual([]);
    expect(feeNotice.evaluate({ applicationKind: 'first' }, d('01.06.2026'))).toEqual([]);
  });
});
