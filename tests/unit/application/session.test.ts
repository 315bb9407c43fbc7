import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  EMPTY_SESSION,
  MAX_VALUE_CHARS,
  parsePatch,
  parseSession,
} from '../../../src/application/session';

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

describe('parseSession and parsePatch (data from another context)', () => {
  it('accept what applyPatch produces', () => {
    const session = applyPatch(EMPTY_SESSION, {
      kind: 'transfer',
      values: { permitType: { value: '1', text: 'Kısa Dönem İkamet İzni' } },
      choices: { purpose: 'tourism' },
      ticks: ['passport-copy'],
    });
    expect(parseSession(JSON.parse(JSON.stringify(session)))).toEqual(session);
  });

  it('refuse unknown fields, wrong types and oversized values', () => {
    expect(parseSession({ ...EMPTY_SESSION, values: { captcha: { value: 'R7KM4XPA' } } })).toBeNull();
    expect(parseSession({ ...EMPTY_SESSION, kind: 'renewal' })).toBeNull();
    expect(parseSession({ ...EMPTY_SESSION, ticks: [1] })).toBeNull();
    expect(parsePatch({ values: { surname: { value: 'x'.repeat(MAX_VALUE_CHARS + 1) } } })).toBeNull();
    expect(parsePatch({ choices: { permitType: 'work' } })).toBeNull();
    expect(parsePatch({ reset: 'yes' })).toBeNull();
    expect(parsePatch('values')).toBeNull();
  });

  it('keep null values in a patch: they mean "forget this field"', () => {
    expect(parsePatch({ values: { birthDate: null } })).toEqual({ values: { birthDate: null } });
  });
});
