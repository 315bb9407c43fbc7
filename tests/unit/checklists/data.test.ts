import { isValid, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  applicantAge,
  checklistRequestSchema,
  checklistSituationSchema,
  LAST_VERIFIED,
} from '../../../src/domain/checklists';
import { PLANS } from '../../../src/domain/checklists/data';
import { sourceOf, weakestConfidence } from '../../../src/domain/checklists/sources';
import { CONFIDENCE_LEVELS } from '../../../src/domain/findings';
import { PERMIT_TYPES } from '../../../src/domain/permits';
import { day, TODAY } from './helpers';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('plan data', () => {
  it('has a plan for every permit type', () => {
    expect(Object.keys(PLANS).sort()).toEqual([...PERMIT_TYPES].sort());
  });

  it.each(Object.entries(PLANS))(
    '%s: ids are kebab-case, sources complete, supersession resolvable',
    (_type, plan) => {
      const ids = new Set(plan.documents.map((spec) => spec.id));
      for (const spec of plan.documents) {
        expect(spec.id).toMatch(KEBAB);
        expect(spec.source.url, spec.id).toMatch(/^https:\/\//);
        expect(spec.source.reference.length, spec.id).toBeGreaterThan(0);
        expect(CONFIDENCE_LEVELS).toContain(spec.source.confidence);
        expect(isValid(parseISO(spec.source.lastVerified)), spec.id).toBe(true);
        for (const covering of spec.supersededBy ?? []) {
          expect(ids.has(covering), `${spec.id} → ${covering}`).toBe(true);
          expect(covering).not.toBe(spec.id);
        }
        for (const alternative of spec.alternatives ?? []) expect(alternative.id).toMatch(KEBAB);
      }
      for (const note of plan.notes) {
        expect(note.id).toMatch(KEBAB);
        if (note.source !== undefined) expect(note.source.url).toMatch(/^https:\/\//);
      }
    },
  );

  it('uses one verification date unless a source gives its own', () => {
    expect(LAST_VERIFIED).toBe('2026-11-23');
  });
});

describe('confidence marks', () => {
  it.each([
    [['O'], 'official'],
    [['O*'], 'official-copy'],
    [['C'], 'consultancy'],
    [['U'], 'uncertain'],
    [['O*', 'C'], 'consultancy'],
    [['O', 'O*'], 'official-copy'],
    [['C', 'U', 'O'], 'uncertain'],
  ] as const)('%j → %s', (marks, confidence) => {
    expect(weakestConfidence(marks)).toBe(confidence);
    expect(sourceOf('ref', 'https://example.org', marks).confidence).toBe(confidence);
  });
});

describe('situation schema', () => {
  it('accepts an empty situation and a full one', () => {
    expect(checklistSituationSchema.safeParse({}).success).toBe(true);
    const full = checklistSituationSchema.safeParse({
      birthDate: day(2000, 1, 1),
      today: TODAY,
      applyingOnBehalfAs: 'lawyer',
      familyRole: 'student-child',
      studentLevel: 'university',
      newbornInTurkiye: false,
    });
    expect(full.success).toBe(true);
  });

  it.each([
    ['a birth date without today', { birthDate: day(2000, 1, 1) }],
    ['a birth date after today', { birthDate: day(2030, 1, 1), today: TODAY }],
    ['an invalid date', { birthDate: new Date(Number.NaN), today: TODAY }],
    ['a negative age', { age: -1 }],
    ['a fractional age', { age: 17.5 }],
    ['an unknown role', { applyingOnBehalfAs: 'friend' }],
    ['an unknown family role', { familyRole: 'cousin' }],
    ['a string flag', { nonLatinPassport: 'yes' }],
  ])('refuses %s', (_label, input) => {
    expect(checklistSituationSchema.safeParse(input).success).toBe(false);
  });

  it('validates a whole request and defaults the situation', () => {
    const parsed = checklistRequestSchema.parse({ type: 'student', kind: 'first' });
    expect(parsed.situation).toEqual({});
    expect(checklistRequestSchema.safeParse({ type: 'work', kind: 'first' }).success).toBe(false);
    expect(
      checklistRequestSchema.safeParse({ type: 'short-term', purpose: 'shopping', kind: 'first' }).success,
    ).toBe(false);
  });
});

describe('applicantAge', () => {
  it.each([
    [day(2008, 11, 24), 17],
    [day(2008, 11, 23), 18],
    [day(1960, 11, 24), 65],
    [day(1960, 11, 23), 66],
  ])('born %s → %i on 23.11.2026', (birthDate, age) => {
    expect(applicantAge({ birthDate, today: TODAY })).toBe(age);
  });

  it('falls back to the given age, and to undefined', () => {
    expect(applicantAge({ age: 40 })).toBe(40);
    expect(applicantAge({ birthDate: day(2000, 1, 1) })).toBeUndefined();
    expect(applicantAge({})).toBeUndefined();
    expect(applicantAge({ birthDate: new Date(Number.NaN), today: TODAY })).toBeUndefined();
  });
});
