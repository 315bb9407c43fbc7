import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/docs.json';
import {
  type ChecklistSituation,
  checklist,
  FAMILY_ROLES,
  ON_BEHALF_ROLES,
  STUDENT_LEVELS,
} from '../../../src/domain/checklists';
import { APPLICATION_KINDS, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../../../src/domain/permits';

const english: Readonly<Record<string, string>> = en;

const date = fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true });

const situation: fc.Arbitrary<ChecklistSituation> = fc.record(
  {
    birthDate: date,
    today: date,
    age: fc.integer({ min: 0, max: 150 }),
    applyingOnBehalfAs: fc.constantFrom(...ON_BEHALF_ROLES),
    foreignIssuedDocuments: fc.boolean(),
    turkishIssuedDocuments: fc.boolean(),
    nonLatinPassport: fc.boolean(),
    namesNotSeparatedInPassport: fc.boolean(),
    passportChanged: fc.boolean(),
    propertyOwner: fc.boolean(),
    parentAbroad: fc.boolean(),
    familyRole: fc.constantFrom(...FAMILY_ROLES),
    spouseOfTurkishCitizen: fc.boolean(),
    supporterIsCitizen: fc.boolean(),
    parentsDivorced: fc.boolean(),
    parentDeceased: fc.boolean(),
    parentsNotIdentifiableFromPassport: fc.boolean(),
    studentLevel: fc.constantFrom(...STUDENT_LEVELS),
    enteredWithStudentVisa: fc.boolean(),
    newbornInTurkiye: fc.boolean(),
  },
  { requiredKeys: [] },
);

const request = fc.record({
  type: fc.constantFrom(...PERMIT_TYPES),
  purpose: fc.option(fc.constantFrom(...SHORT_TERM_PURPOSES), { nil: undefined }),
  kind: fc.constantFrom(...APPLICATION_KINDS),
  situation,
});

describe('checklist properties', () => {
  it('never throws; lists the form and a passport; ids are unique; keys exist', () => {
    fc.assert(
      fc.property(request, ({ type, purpose, kind, situation }) => {
        const result = checklist(type, purpose, kind, situation);
        const itemIds = result.items.map((i) => i.id);
        expect(new Set(itemIds).size).toBe(itemIds.length);
        expect(result.status === 'impossible').toBe(type === 'long-term' && kind === 'extension');
        if (result.status === 'impossible') {
          expect(result.items).toEqual([]);
          expect(result.notes.some((n) => n.tone === 'impossible')).toBe(true);
          return;
        }
        expect(itemIds).toContain('application-form');
        expect(itemIds).toContain(kind === 'extension' ? 'passport-notarised-copy' : 'passport-original');
        expect(result.status === 'uncertain').toBe(result.notes.some((n) => n.tone === 'uncertain'));
        for (const item of result.items) {
          expect(english[item.titleKey], item.titleKey).toBeDefined();
          if (item.noteKey !== undefined) expect(english[item.noteKey], item.noteKey).toBeDefined();
          expect(english[item.conditionMessageKey], item.conditionMessageKey).toBeDefined();
          if (item.alternatives !== undefined) {
            expect(item.alternatives.length).toBeGreaterThan(0);
            const alternativeIds = item.alternatives.map((a) => a.id);
            expect(new Set(alternativeIds).size).toBe(alternativeIds.length);
          }
        }
        const noteIds = result.notes.map((n) => n.id);
        expect(new Set(noteIds).size).toBe(noteIds.length);
        for (const note of result.notes) expect(english[note.messageKey], note.messageKey).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  }, 60_000); // generous: the suite shares a busy machine

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(request, ({ type, purpose, kind, situation }) => {
        const before = structuredClone(situation);
        const first = checklist(type, purpose, kind, situation);
        expect(checklist(type, purpose, kind, situation)).toEqual(first);
        expect(situation).toEqual(before);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('an unknown fact never adds an item that knowing it to be false would drop', () => {
    const flags = [
      'foreignIssuedDocuments',
      'turkishIssuedDocuments',
      'nonLatinPassport',
      'namesNotSeparatedInPassport',
      'passportChanged',
      'parentAbroad',
      'spouseOfTurkishCitizen',
      'parentsDivorced',
      'parentDeceased',
      'parentsNotIdentifiableFromPassport',
      'newbornInTurkiye',
    ] as const;
    fc.assert(
      fc.property(request, fc.constantFrom(...flags), ({ type, purpose, kind, situation }, flag) => {
        const unknown = { ...situation };
        delete unknown[flag];
        const unknownIds = checklist(type, purpose, kind, unknown).items.map((i) => i.id);
        const falseIds = checklist(type, purpose, kind, { ...situation, [flag]: false }).items.map(
          (i) => i.id,
        );
        expect(unknownIds).toEqual(falseIds);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
