import { describe, expect, it } from 'vitest';
import { checklist } from '../../../src/domain/checklists';
import { ids, item, noteIds } from './helpers';

const ADULT = { age: 40 };
const EIGHT_YEAR_EVIDENCE = ['previous-permit-cards', 'sydv-letter', 'income-proof', 'criminal-record'];

describe('long-term checklist: the Migration Policy Board route (YUKK 42)', () => {
  it('drops the 8-year evidence and explains the shorter list on the Board route', () => {
    const result = checklist('long-term', undefined, 'first', { ...ADULT, longTermRoute: 'policy-board' });
    expect(ids(result).filter((id) => EIGHT_YEAR_EVIDENCE.includes(id))).toEqual([]);
    expect(ids(result)).toContain('address-registration-document');
    expect(noteIds(result)).toContain('long-term-policy-board-route');
  });

  it.each([
    ['the 8-year route', { ...ADULT, longTermRoute: 'eight-years' as const }],
    ['an unknown route', ADULT],
  ])('keeps the 8-year evidence on %s, without the Board note', (_label, situation) => {
    const result = checklist('long-term', undefined, 'first', situation);
    for (const id of EIGHT_YEAR_EVIDENCE) expect(item(result, id).id).toBe(id);
    expect(noteIds(result)).not.toContain('long-term-policy-board-route');
  });
});
