import { describe, expect, it } from 'vitest';
import { applyPatch, EMPTY_SESSION } from '../../../src/permit-application/session';

describe('applyPatch', () => {
  it('replaces the given values, forgets nulls and keeps the rest', () => {
    const start = applyPatch(EMPTY_SESSION, {
      kind: 'first',
      values: { birthDate: { value: '01.01.1950' }, passportExpiry: { value: '01.01.2030' } },
    });
    const next = applyPatch(start, { values: { birthDate: null, requestedEnd: { value: '02.02.2027' } } });
    expect(next).toEqual({
      kind: 'first',
      values: { passportExpiry: { value: '01.01.2030' }, requestedEnd: { value: '02.02.2027' } },
      choices: {},
      ticks: [],
    });
  });

  it('starts a new application on reset, then applies the rest of the patch', () => {
    const start = applyPatch(EMPTY_SESSION, {
      kind: 'first',
      ticks: ['passport'],
      values: { surname: { value: 'X' } },
    });
    expect(applyPatch(start, { reset: true, kind: 'extension' })).toEqual({
      ...EMPTY_SESSION,
      kind: 'extension',
    });
  });
});
