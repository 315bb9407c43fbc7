import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../src/contracts/codes';
import {
  CARD_FEES,
  cardFeeLookup,
  indicativePermitFeeTl,
  PERMIT_FEE_EXEMPT_NATIONALITIES,
  PERMIT_FEE_TARIFFS,
  permitFeeLookup,
} from '../../../src/domain/fees';

describe('fees', () => {
  it('has the 2026 card fee of 964 TL with its source', () => {
    const lookup = cardFeeLookup(2026);
    expect(lookup.kind).toBe('exact');
    if (lookup.kind !== 'none') {
      expect(lookup.figure.amountTl).toBe(964);
      expect(lookup.figure.url).toMatch(/^https:\/\//);
      expect(lookup.figure.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('answers for 2027 with the 2026 figures, flagged as not yet published', () => {
    const card = cardFeeLookup(2027);
    const permit = permitFeeLookup(2027);
    expect(card).toMatchObject({ kind: 'latest-known', year: 2027, figure: { year: 2026 } });
    expect(permit).toMatchObject({ kind: 'latest-known', year: 2027, figure: { year: 2026 } });
  });

  it('keeps the secondary-source permit tariff at consultancy confidence', () => {
    for (const tariff of PERMIT_FEE_TARIFFS) expect(tariff.confidence).toBe('consultancy');
    for (const fee of CARD_FEES) expect(['official', 'official-copy']).toContain(fee.confidence);
  });

  it.each([
    [1, false, 3_359.9],
    [2, false, 5_592.2],
    [12, false, 27_915.2],
    [12, true, 0],
    [0, false, 0],
  ])('indicative permit fee for %i month(s), exempt %s → %d TL', (months, exempt, expected) => {
    const [tariff] = PERMIT_FEE_TARIFFS;
    if (!tariff) throw new Error('no tariff');
    expect(indicativePermitFeeTl(tariff, months, exempt)).toBe(expected);
  });

  it('names exempt nationalities by codes the profile knows', () => {
    const known = new Set<string>(COUNTRY_CODES);
    expect(PERMIT_FEE_EXEMPT_NATIONALITIES.filter((code) => !known.has(code))).toEqual([]);
  });
});
