import { describe, expect, it } from 'vitest';
import {
  type ChecklistSituation,
  type ChecklistStatus,
  checklist,
  conditionMessageKey,
} from '../../../src/domain/checklists';
import {
  APPLICATION_KINDS,
  type ApplicationKind,
  PERMIT_TYPES,
  type PermitType,
  SHORT_TERM_PURPOSES,
  type ShortTermPurpose,
} from '../../../src/domain/permits';
import { day, ids, item, noteIds, TODAY } from './helpers';

const ADULT: ChecklistSituation = { birthDate: day(1990, 5, 1), today: TODAY };

/** Short-term needs a purpose for a complete list; tourism has a purpose document of its own. */
function purposeFor(type: PermitType): ShortTermPurpose | undefined {
  return type === 'short-term' ? 'tourism' : undefined;
}

describe('type × kind overview (docs/sources.md#checklists)', () => {
  const expected: Record<PermitType, Record<ApplicationKind, ChecklistStatus>> = {
    'short-term': { first: 'ok', extension: 'ok', transfer: 'ok' },
    family: { first: 'ok', extension: 'ok', transfer: 'ok' },
    student: { first: 'ok', extension: 'ok', transfer: 'ok' },
    'long-term': { first: 'ok', extension: 'impossible', transfer: 'ok' },
    humanitarian: { first: 'uncertain', extension: 'uncertain', transfer: 'uncertain' },
    'trafficking-victim': { first: 'uncertain', extension: 'uncertain', transfer: 'uncertain' },
  };
  const cases = PERMIT_TYPES.flatMap((type) =>
    APPLICATION_KINDS.map((kind) => ({ type, kind, status: expected[type][kind] })),
  );

  it.each(cases)('$type / $kind → $status', ({ type, kind, status }) => {
    const result = checklist(type, purposeFor(type), kind, ADULT);
    expect(result.status).toBe(status);
    expect(result.statusMessageKey).toBe(`status.${status}`);
    if (status === 'impossible') {
      expect(result.items).toEqual([]);
      return;
    }
    const passport = kind === 'extension' ? 'passport-notarised-copy' : 'passport-original';
    expect(ids(result)).toEqual(
      expect.arrayContaining([
        'application-form',
        passport,
        'biometric-photos',
        'fee-receipts',
        'uets-registration',
      ]),
    );
    expect(ids(result)[0]).toBe('application-form');
  });

  it('says why a long-term extension is impossible instead of returning an empty list silently', () => {
    const result = checklist('long-term', undefined, 'extension', ADULT);
    expect(result.status).toBe('impossible');
    expect(result.notes).toEqual([
      expect.objectContaining({ id: 'long-term-extension-impossible', tone: 'impossible', ruleId: 'D10' }),
    ]);
  });

  it.each(['student', 'long-term'] as const)(
    '%s transfer reuses the list of the permit type (not only the common items)',
    (type) => {
      const transfer = checklist(type, undefined, 'transfer', ADULT);
      const first = checklist(type, undefined, 'first', ADULT);
      const typeItems = (result: ReturnType<typeof checklist>) =>
        result.items.filter((i) => i.group === 'applicant' || i.group === 'insurance').map((i) => i.id);
      expect(typeItems(first).length).toBeGreaterThan(0);
      expect(typeItems(transfer)).toEqual(expect.arrayContaining(typeItems(first)));
      expect(ids(transfer)).toContain('insurance');
      expect(noteIds(transfer)).not.toContain('transfer-no-list');
    },
  );

  it('a student transfer adds the permit held now', () => {
    expect(ids(checklist('student', undefined, 'transfer', ADULT))).toContain('current-permit-card');
    expect(ids(checklist('student', undefined, 'first', ADULT))).not.toContain('current-permit-card');
  });

  it('marks the UETS registration uncertain: it is on no official list found', () => {
    for (const type of PERMIT_TYPES) {
      const uets = checklist(type, purposeFor(type), 'first', ADULT).items.find(
        (i) => i.id === 'uets-registration',
      );
      expect(uets?.requirement, type).toBe('uncertain');
      expect(uets?.source.confidence).toBe('uncertain');
    }
  });

  it('long-term first lists the L1–L3 documents and the open first-or-transfer question', () => {
    const result = checklist('long-term', undefined, 'first', ADULT);
    expect(ids(result)).toEqual(
      expect.arrayContaining([
        'previous-permit-cards',
        'sydv-letter',
        'income-proof',
        'insurance',
        'criminal-record',
        'address-registration-document',
      ]),
    );
    expect(item(result, 'sydv-letter').ruleId).toBe('L2');
    expect(noteIds(result)).toContain('long-term-first-or-transfer');
  });

  it.each(['humanitarian', 'trafficking-victim'] as const)(
    '%s shows only the common items, marked uncertain',
    (type) => {
      const result = checklist(type, undefined, 'first', ADULT);
      expect(noteIds(result)).toContain('ex-officio-no-list');
      expect(new Set(result.items.map((i) => i.group))).toEqual(new Set(['common']));
    },
  );
});

describe('passport and address switch on the kind (P2, address proof)', () => {
  it.each(['short-term', 'family', 'student'] as const)(
    '%s: extension uses the notarised copy and e-Devlet proof',
    (type) => {
      const result = checklist(type, purposeFor(type), 'extension', ADULT);
      expect(ids(result)).toContain('passport-notarised-copy');
      expect(ids(result)).not.toContain('passport-original');
      expect(ids(result)).toContain('address-proof-edevlet');
      expect(ids(result)).not.toContain('address-proof');
      expect(item(result, 'passport-notarised-copy').condition).toBe('extension-only');
    },
  );

  it.each(['first', 'transfer'] as const)(
    'short-term %s: the original passport and the address alternatives',
    (kind) => {
      const result = checklist('short-term', 'tourism', kind, ADULT);
      expect(ids(result)).toContain('passport-original');
      expect(ids(result)).not.toContain('passport-notarised-copy');
      const address = item(result, 'address-proof');
      expect(address.condition).toBe('first-or-transfer');
      expect(address.alternatives?.map((a) => a.id)).toEqual([
        'address-lease',
        'address-host-undertaking',
        'address-dormitory',
        'address-hotel',
        'address-own-home',
      ]);
    },
  );

  it('photos: older lists ask for 4 on a first application and 2 on an extension', () => {
    expect(item(checklist('short-term', 'tourism', 'first', ADULT), 'biometric-photos').params).toEqual({
      count: 4,
    });
    expect(item(checklist('short-term', 'tourism', 'extension', ADULT), 'biometric-photos').params).toEqual({
      count: 2,
    });
  });

  it('points a property owner to the own-home alternative, and drops it for a non-owner', () => {
    const owner = item(
      checklist('student', undefined, 'first', { ...ADULT, propertyOwner: true }),
      'address-proof',
    );
    expect(owner.alternatives?.find((a) => a.id === 'address-own-home')?.matchesSituation).toBe(true);
    const tenant = item(
      checklist('student', undefined, 'first', { ...ADULT, propertyOwner: false }),
      'address-proof',
    );
    expect(tenant.alternatives?.map((a) => a.id)).not.toContain('address-own-home');
    const unknown = item(checklist('student', undefined, 'first', ADULT), 'address-proof');
    expect(unknown.alternatives?.every((a) => !a.matchesSituation)).toBe(true);
  });

  it('short-term extension adds the current card and proof that the purpose continues; transfer adds the card', () => {
    const extension = checklist('short-term', 'scientific-research', 'extension', ADULT);
    expect(ids(extension)).toEqual(expect.arrayContaining(['current-permit-card', 'purpose-continues']));
    const transfer = checklist('short-term', 'scientific-research', 'transfer', ADULT);
    expect(ids(transfer)).toContain('current-permit-card');
    expect(ids(transfer)).not.toContain('purpose-continues');
    expect(ids(checklist('short-term', 'scientific-research', 'first', ADULT))).not.toContain(
      'current-permit-card',
    );
  });
});

describe('age: minors (M1) and the insurance exemption (I3)', () => {
  it.each([
    { label: '17 years 364 days', birthDate: day(2008, 11, 24), minor: true },
    { label: 'exactly 18', birthDate: day(2008, 11, 23), minor: false },
    { label: '18 and a day', birthDate: day(2008, 11, 22), minor: false },
    { label: '10', birthDate: day(2016, 6, 1), minor: true },
  ])('birth certificate at $label: $minor', ({ birthDate, minor }) => {
    for (const type of PERMIT_TYPES) {
      const result = checklist(type, purposeFor(type), 'first', { birthDate, today: TODAY });
      expect(ids(result).includes('minor-birth-certificate'), type).toBe(minor);
    }
    if (minor) {
      const birth = item(
        checklist('short-term', 'tourism', 'first', { birthDate, today: TODAY }),
        'minor-birth-certificate',
      );
      expect(birth).toMatchObject({
        condition: 'under-18',
        ruleId: 'M1',
        conditionMessageKey: 'condition.under-18',
      });
      expect(birth.source.confidence).toBe('official');
      expect(birth.source.url).toBe(
        'https://antalya.goc.gov.tr/tr/news/ikamet-izni-basvurularinda-istenecek-belgeler',
      );
    }
  });

  it.each([
    { age: 17, requirement: 'not-required' },
    { age: 18, requirement: 'required' },
    { age: 64, requirement: 'required' },
    { age: 65, requirement: 'uncertain' },
    { age: 66, requirement: 'not-required' },
  ] as const)('short-term and student insurance at $age: $requirement', ({ age, requirement }) => {
    for (const type of ['short-term', 'student'] as const) {
      const insurance = item(checklist(type, purposeFor(type), 'first', { age }), 'insurance');
      expect(insurance.requirement, type).toBe(requirement);
      expect(insurance.ruleId).toBe(requirement === 'required' ? 'I1' : 'I3');
    }
  });

  it.each([
    { birthDate: day(1960, 11, 24), requirement: 'uncertain' }, // 65, a day before turning 66
    { birthDate: day(1960, 11, 23), requirement: 'not-required' }, // 66 today
    { birthDate: day(1961, 11, 24), requirement: 'required' }, // 64, a day before turning 65
    { birthDate: day(2008, 11, 24), requirement: 'not-required' }, // 17
    { birthDate: day(2008, 11, 23), requirement: 'uncertain' }, // 18 today
    { birthDate: day(2008, 11, 22), requirement: 'required' }, // 18 yesterday
  ] as const)('insurance from a birth date $birthDate: $requirement', ({ birthDate, requirement }) => {
    expect(
      item(checklist('short-term', 'tourism', 'first', { birthDate, today: TODAY }), 'insurance').requirement,
    ).toBe(requirement);
  });

  it('keeps the exempt insurance item visible, telling the user to submit existing cover', () => {
    const insurance = item(checklist('student', undefined, 'first', { age: 17 }), 'insurance');
    expect(insurance).toMatchObject({
      titleKey: 'item.insurance.exempt.title',
      noteKey: 'item.insurance.exempt.note',
      condition: 'insurance-age-exempt',
    });
  });

  it.each([17, 66])('long-term insurance stays required at %i (I5)', (age) => {
    expect(item(checklist('long-term', undefined, 'first', { age }), 'insurance')).toMatchObject({
      requirement: 'required',
      ruleId: 'I5',
    });
  });

  it('family has no age exemption: the supporter insures everyone (I4)', () => {
    const result = checklist('family', undefined, 'first', { age: 10, familyRole: 'child' });
    expect(ids(result)).not.toContain('insurance');
    expect(item(result, 'supporter-insurance').ruleId).toBe('I4');
  });

  it('with an unknown age, shows insurance as required and says age-dependent items are hidden', () => {
    const result = checklist('short-term', 'tourism', 'first', {});
    expect(item(result, 'insurance').requirement).toBe('required');
    expect(ids(result)).not.toContain('minor-birth-certificate');
    expect(noteIds(result)).toContain('age-unknown');
    expect(noteIds(checklist('short-term', 'tourism', 'first', ADULT))).not.toContain('age-unknown');
  });

  it('takes the birth date over a conflicting age', () => {
    const result = checklist('short-term', 'tourism', 'first', {
      birthDate: day(2010, 1, 1),
      today: TODAY,
      age: 40,
    });
    expect(ids(result)).toContain('minor-birth-certificate');
  });
});

/** Conditional items: present exactly when the condition holds. */
describe('conditional items appear exactly when their condition holds', () => {
  const cases: {
    id: string;
    type: PermitType;
    kind?: ApplicationKind;
    purpose?: ShortTermPurpose;
    holds: ChecklistSituation;
    fails: ChecklistSituation;
    condition: string;
    ruleId?: string;
  }[] = [
    {
      id: 'earlier-passport-pages',
      type: 'short-term',
      holds: { passportChanged: true },
      fails: { passportChanged: false },
      condition: 'passport-changed',
      ruleId: 'P2',
    },
    {
      id: 'passport-translation',
      type: 'family',
      holds: { nonLatinPassport: true },
      fails: { nonLatinPassport: false },
      condition: 'non-latin-passport',
      ruleId: 'P3',
    },
    {
      id: 'consular-id-document',
      type: 'student',
      holds: { namesNotSeparatedInPassport: true },
      fails: {},
      condition: 'names-not-separated',
      ruleId: 'P3',
    },
    {
      id: 'foreign-documents-legalised',
      type: 'humanitarian',
      holds: { foreignIssuedDocuments: true },
      fails: { foreignIssuedDocuments: false },
      condition: 'foreign-documents',
      ruleId: 'P5',
    },
    {
      id: 'turkish-documents-signed',
      type: 'long-term',
      holds: { turkishIssuedDocuments: true },
      fails: {},
      condition: 'turkish-documents',
      ruleId: 'P5',
    },
    {
      id: 'representative-child-birth-certificate',
      type: 'short-term',
      holds: { applyingOnBehalfAs: 'parent', age: 30 },
      fails: { applyingOnBehalfAs: 'lawyer', age: 30 },
      condition: 'on-behalf-parent',
      ruleId: 'P6',
    },
    {
      id: 'guardianship-decision',
      type: 'family',
      holds: { applyingOnBehalfAs: 'guardian' },
      fails: { applyingOnBehalfAs: 'parent' },
      condition: 'on-behalf-guardian',
      ruleId: 'P6',
    },
    {
      id: 'power-of-attorney',
      type: 'trafficking-victim',
      holds: { applyingOnBehalfAs: 'lawyer' },
      fails: {},
      condition: 'on-behalf-lawyer',
      ruleId: 'P6',
    },
    {
      id: 'parent-abroad-consent',
      type: 'student',
      holds: { age: 16, parentAbroad: true },
      fails: { age: 18, parentAbroad: true },
      condition: 'under-18-parent-abroad',
      ruleId: 'M1',
    },
    {
      id: 'consented-person-undertaking',
      type: 'short-term',
      holds: { age: 16, parentAbroad: true },
      fails: { age: 16, parentAbroad: false },
      condition: 'under-18-parent-abroad',
      ruleId: 'M1',
    },
    {
      id: 'newborn-birth-certificate',
      type: 'family',
      holds: { newbornInTurkiye: true, age: 0, familyRole: 'child' },
      fails: { newbornInTurkiye: false, age: 0, familyRole: 'child' },
      condition: 'newborn-in-turkiye',
      ruleId: 'N4',
    },
    {
      id: 'marriage-certificate',
      type: 'family',
      holds: { familyRole: 'spouse' },
      fails: { familyRole: 'child' },
      condition: 'family-spouse',
    },
    {
      id: 'civil-registry-record',
      type: 'family',
      holds: { familyRole: 'spouse', spouseOfTurkishCitizen: true },
      fails: { familyRole: 'spouse', spouseOfTurkishCitizen: false },
      condition: 'spouse-of-turkish-citizen',
    },
    {
      id: 'family-child-birth-certificate',
      type: 'family',
      holds: { familyRole: 'adult-dependent-child', age: 20, parentsNotIdentifiableFromPassport: true },
      fails: { familyRole: 'spouse', age: 20, parentsNotIdentifiableFromPassport: true },
      condition: 'parents-not-identifiable',
      ruleId: 'M2',
    },
    {
      id: 'custody-decision-or-consent',
      type: 'family',
      holds: { familyRole: 'child', parentsDivorced: true },
      fails: { familyRole: 'child', parentsDivorced: false },
      condition: 'parents-divorced',
      ruleId: 'M2',
    },
    {
      id: 'parent-abroad-custody-consent',
      type: 'family',
      holds: { familyRole: 'adult-dependent-child', age: 19, parentAbroad: true },
      fails: { familyRole: 'adult-dependent-child', age: 19, parentAbroad: false },
      condition: 'parent-abroad',
      ruleId: 'F5',
    },
    {
      id: 'parent-death-certificate',
      type: 'family',
      holds: { familyRole: 'child', parentDeceased: true },
      fails: { familyRole: 'spouse', parentDeceased: true },
      condition: 'parent-deceased',
      ruleId: 'M2',
    },
    {
      id: 'dependency-proof',
      type: 'family',
      holds: { familyRole: 'adult-dependent-child' },
      fails: { familyRole: 'child' },
      condition: 'adult-dependent-child',
    },
    {
      id: 'dependent-child-student-certificate',
      type: 'family',
      holds: { familyRole: 'student-child' },
      fails: { familyRole: 'adult-dependent-child' },
      condition: 'student-child',
    },
    {
      id: 'university-minor-guardian-consent',
      type: 'student',
      holds: { studentLevel: 'university', age: 17, enteredWithStudentVisa: false },
      fails: { studentLevel: 'university', age: 17, enteredWithStudentVisa: true },
      condition: 'university-minor-without-student-visa',
      ruleId: 'M3',
    },
    {
      id: 'school-consent-and-sponsor',
      type: 'student',
      holds: { studentLevel: 'school' },
      fails: { studentLevel: 'university' },
      condition: 'school-student',
      ruleId: 'D7',
    },
  ];

  it.each(cases)(
    '$id ($condition)',
    ({ id, type, kind = 'first', purpose, holds, fails, condition, ruleId }) => {
      const present = checklist(type, purpose ?? purposeFor(type), kind, holds);
      const found = item(present, id);
      expect(found.condition).toBe(condition);
      expect(found.conditionMessageKey).toBe(conditionMessageKey(found.condition));
      if (ruleId !== undefined) expect(found.ruleId).toBe(ruleId);
      expect(ids(checklist(type, purpose ?? purposeFor(type), kind, fails))).not.toContain(id);
      expect(ids(checklist(type, purpose ?? purposeFor(type), kind, {}))).not.toContain(id);
    },
  );

  it('M3 needs a university student under 18 without a student visa', () => {
    const base = { studentLevel: 'university', enteredWithStudentVisa: false } as const;
    expect(ids(checklist('student', undefined, 'first', { ...base, age: 18 }))).not.toContain(
      'university-minor-guardian-consent',
    );
    expect(
      ids(checklist('student', undefined, 'first', { ...base, age: 17, studentLevel: 'school' })),
    ).not.toContain('university-minor-guardian-consent');
  });

  it('family children documents never appear for a spouse or on other permit types', () => {
    const situation: ChecklistSituation = {
      parentsDivorced: true,
      parentDeceased: true,
      parentAbroad: true,
      age: 30,
    };
    expect(ids(checklist('family', undefined, 'first', { ...situation, familyRole: 'spouse' }))).not.toEqual(
      expect.arrayContaining(['custody-decision-or-consent']),
    );
    const shortTerm = ids(checklist('short-term', 'tourism', 'first', { ...situation, familyRole: 'child' }));
    expect(shortTerm).not.toContain('custody-decision-or-consent');
    expect(shortTerm).not.toContain('parent-death-certificate');
  });
});

describe('one paper asked for two reasons is listed once', () => {
  it('a parent applying for a minor: the apostilled birth certificate also covers P6', () => {
    const result = checklist('short-term', 'tourism', 'first', { age: 12, applyingOnBehalfAs: 'parent' });
    expect(ids(result)).not.toContain('representative-child-birth-certificate');
    expect(item(result, 'minor-birth-certificate').alsoBecause).toEqual(['on-behalf-parent']);
  });

  it('a newborn: the Turkish birth certificate replaces the apostilled one and covers M2 and P6', () => {
    const result = checklist('family', undefined, 'first', {
      age: 0,
      newbornInTurkiye: true,
      familyRole: 'child',
      parentsNotIdentifiableFromPassport: true,
      applyingOnBehalfAs: 'parent',
    });
    expect(ids(result)).not.toContain('minor-birth-certificate');
    expect(ids(result)).not.toContain('family-child-birth-certificate');
    expect(ids(result)).not.toContain('representative-child-birth-certificate');
    expect(item(result, 'newborn-birth-certificate').alsoBecause).toEqual([
      'parents-not-identifiable',
      'under-18',
      'on-behalf-parent',
    ]);
    expect(noteIds(result)).toContain('newborn-180-days');
  });

  it('a minor family child with a parent abroad: the M1 muvafakatname covers F5', () => {
    const result = checklist('family', undefined, 'first', {
      age: 9,
      familyRole: 'child',
      parentAbroad: true,
    });
    expect(ids(result)).not.toContain('parent-abroad-custody-consent');
    expect(item(result, 'parent-abroad-consent').alsoBecause).toEqual(['parent-abroad']);
    expect(ids(result)).toContain('consented-person-undertaking');
  });
});

describe('short-term purpose documents (YUKK 31(1) a–k)', () => {
  const expected: Record<ShortTermPurpose, string[]> = {
    'scientific-research': ['research-visa', 'research-place-duration'],
    'property-owner': ['property-title-deed', 'property-current-record', 'property-valuation', 'tax-number'],
    business: ['business-invitation', 'company-documents', 'signature-circular'],
    'in-service-training': ['training-letter'],
    'education-exchange': ['host-institution-letter'],
    tourism: ['travel-plan'],
    'medical-treatment': ['hospital-document'],
    'authority-request': [],
    'from-family-permit': ['previous-family-permit', 'divorce-or-death-document'],
    'turkish-course': ['turkish-course-document'],
    'public-institution-programme': [],
    graduate: ['graduation-document'],
    investor: ['investor-eligibility-certificate'],
    'trnc-citizen': [],
  };

  it.each(SHORT_TERM_PURPOSES)('%s', (purpose) => {
    const result = checklist('short-term', purpose, 'first', ADULT);
    const purposeIds = result.items.filter((i) => i.group === 'purpose').map((i) => i.id);
    expect(purposeIds).toEqual(expected[purpose]);
    const noList = purpose === 'authority-request' || purpose === 'public-institution-programme';
    expect(result.status).toBe(noList ? 'uncertain' : 'ok');
    expect(noteIds(result).includes('purpose-no-list')).toBe(noList);
    expect(noteIds(result).includes('purpose-nothing-extra')).toBe(purpose === 'trnc-citizen');
    expect(ids(result)).toEqual(expect.arrayContaining(['insurance', 'address-proof', 'means-declaration']));
  });

  it('marks documents that are asked for only on request or only in some cases', () => {
    expect(item(checklist('short-term', 'tourism', 'first', ADULT), 'travel-plan').requirement).toBe(
      'if-requested',
    );
    expect(item(checklist('short-term', 'business', 'first', ADULT), 'company-documents').requirement).toBe(
      'if-requested',
    );
    const property = checklist('short-term', 'property-owner', 'first', ADULT);
    expect(item(property, 'property-current-record').requirement).toBe('if-applicable');
    expect(item(property, 'property-title-deed').condition).toBe('property-owner');
    expect(item(property, 'property-valuation').params).toEqual({
      amount: 'USD 200,000',
      since: '16.11.2023',
    });
    expect(item(property, 'property-valuation').source.confidence).toBe('consultancy');
    // The purpose implies ownership, so the own-home address alternative is pointed out.
    expect(
      item(property, 'address-proof').alternatives?.find((a) => a.id === 'address-own-home')
        ?.matchesSituation,
    ).toBe(true);
  });

  it('without a purpose the list is uncertain and says to choose one', () => {
    const result = checklist('short-term', undefined, 'first', ADULT);
    expect(result.status).toBe('uncertain');
    expect(noteIds(result)).toContain('purpose-unknown');
    expect(result.items.some((i) => i.group === 'purpose')).toBe(false);
  });

  it('ignores a purpose on other permit types', () => {
    expect(checklist('student', 'investor', 'first', ADULT)).toEqual(
      checklist('student', undefined, 'first', ADULT),
    );
  });
});

describe('family', () => {
  it('supporter items are always there', () => {
    const result = checklist('family', undefined, 'first', { ...ADULT, familyRole: 'spouse' });
    expect(ids(result)).toEqual(
      expect.arrayContaining([
        'supporter-identity',
        'supporter-income-proof',
        'supporter-insurance',
        'supporter-criminal-record',
        'supporter-address-registration',
      ]),
    );
    expect(item(result, 'supporter-income-proof').ruleId).toBe('F1');
    expect(item(result, 'supporter-criminal-record').ruleId).toBe('F3');
  });

  it.each([
    { supporterIsCitizen: true, alternatives: ['supporter-citizen-id'], undertaking: 'if-requested' },
    { supporterIsCitizen: false, alternatives: ['supporter-foreigner-documents'], undertaking: 'required' },
    {
      supporterIsCitizen: undefined,
      alternatives: ['supporter-citizen-id', 'supporter-foreigner-documents'],
      undertaking: 'if-requested',
    },
  ])('supporter citizen: $supporterIsCitizen', ({ supporterIsCitizen, alternatives, undertaking }) => {
    const situation: ChecklistSituation =
      supporterIsCitizen === undefined
        ? { familyRole: 'spouse' }
        : { familyRole: 'spouse', supporterIsCitizen };
    const result = checklist('family', undefined, 'first', situation);
    const identity = item(result, 'supporter-identity');
    expect(identity.alternatives?.map((a) => a.id)).toEqual(alternatives);
    expect(
      identity.alternatives?.every((a) => a.matchesSituation === (supporterIsCitizen !== undefined)),
    ).toBe(true);
    expect(item(result, 'supporter-cost-undertaking').requirement).toBe(undertaking);
  });

  it('extension adds the current card and the re-check note; transfer is as first plus the current card', () => {
    const extension = checklist('family', undefined, 'extension', { familyRole: 'spouse' });
    expect(ids(extension)).toContain('current-permit-card');
    expect(noteIds(extension)).toContain('family-extension-recheck');
    const first = checklist('family', undefined, 'first', { familyRole: 'spouse' });
    const transfer = checklist('family', undefined, 'transfer', { familyRole: 'spouse' });
    expect(ids(first)).not.toContain('current-permit-card');
    expect([...ids(transfer)].sort()).toEqual([...ids(first), 'current-permit-card'].sort());
  });

  it('a primary or secondary student needs the visa for the purpose, except on an extension', () => {
    const school = { ...ADULT, studentLevel: 'school' } as const;
    expect(ids(checklist('student', undefined, 'first', school))).toContain('school-purpose-visa');
    expect(ids(checklist('student', undefined, 'transfer', school))).toContain('school-purpose-visa');
    expect(ids(checklist('student', undefined, 'extension', school))).not.toContain('school-purpose-visa');
    const university = { ...ADULT, studentLevel: 'university' } as const;
    expect(ids(checklist('student', undefined, 'first', university))).not.toContain('school-purpose-visa');
    expect(ids(checklist('student', undefined, 'first', ADULT))).not.toContain('school-purpose-visa');
  });

  it('business connections ask for the signature circular (imza sirküleri)', () => {
    const circular = item(checklist('short-term', 'business', 'first', ADULT), 'signature-circular');
    expect(circular.requirement).toBe('if-requested');
    expect(ids(checklist('short-term', 'tourism', 'first', ADULT))).not.toContain('signature-circular');
  });

  it('asks for the role when it is unknown', () => {
    expect(noteIds(checklist('family', undefined, 'first', {}))).toContain('family-role-unknown');
    expect(noteIds(checklist('family', undefined, 'first', { familyRole: 'child' }))).not.toContain(
      'family-role-unknown',
    );
  });
});

describe('student', () => {
  it('lists the card-fee receipt only and the student certificate', () => {
    const result = checklist('student', undefined, 'first', ADULT);
    expect(item(result, 'fee-receipts').titleKey).toBe('item.fee-receipts.student.title');
    expect(ids(result)).toContain('student-certificate');
    expect(item(checklist('short-term', 'tourism', 'first', ADULT), 'fee-receipts').titleKey).toBe(
      'item.fee-receipts.title',
    );
  });

  it('university students get the international-office and GSS notes', () => {
    const university = checklist('student', undefined, 'first', { ...ADULT, studentLevel: 'university' });
    expect(noteIds(university)).toEqual(
      expect.arrayContaining(['student-international-office', 'student-gss']),
    );
    expect(university.notes.find((n) => n.id === 'student-international-office')?.params).toEqual({
      since: '29.11.2023',
    });
    expect(
      noteIds(checklist('student', undefined, 'first', { ...ADULT, studentLevel: 'school' })),
    ).not.toContain('student-gss');
  });
});

describe('stable, meaningful ids for representative cases', () => {
  it('adult tourist, first application', () => {
    expect(ids(checklist('short-term', 'tourism', 'first', ADULT))).toEqual([
      'application-form',
      'passport-original',
      'biometric-photos',
      'fee-receipts',
      'uets-registration',
      'insurance',
      'address-proof',
      'means-declaration',
      'travel-plan',
    ]);
  });

  it('17-year-old student extension with a parent abroad', () => {
    const result = checklist('student', undefined, 'extension', {
      birthDate: day(2009, 3, 1),
      today: TODAY,
      studentLevel: 'university',
      enteredWithStudentVisa: true,
      parentAbroad: true,
      foreignIssuedDocuments: true,
    });
    expect(ids(result)).toEqual([
      'application-form',
      'passport-notarised-copy',
      'biometric-photos',
      'fee-receipts',
      'uets-registration',
      'insurance',
      'address-proof-edevlet',
      'student-certificate',
      'minor-birth-certificate',
      'parent-abroad-consent',
      'consented-person-undertaking',
      'foreign-documents-legalised',
    ]);
    expect(item(result, 'insurance').requirement).toBe('not-required');
  });

  it('foreign supporter, divorced parents, child of 8', () => {
    const result = checklist('family', undefined, 'first', {
      age: 8,
      familyRole: 'child',
      supporterIsCitizen: false,
      parentsDivorced: true,
    });
    expect(ids(result)).toEqual([
      'application-form',
      'passport-original',
      'biometric-photos',
      'fee-receipts',
      'uets-registration',
      'address-proof',
      'supporter-cost-undertaking',
      'custody-decision-or-consent',
      'supporter-identity',
      'supporter-income-proof',
      'supporter-insurance',
      'supporter-criminal-record',
      'supporter-address-registration',
      'minor-birth-certificate',
    ]);
  });
});
