/**
 * The three headline findings over generated page variants, driven the way the live checks
 * drive them: values read off each step of an extension application (the page as the user
 * left it, rebuilt as the variant), carried across the steps, turned into facts and evaluated.
 * Wrong values must raise passport-validity, extension-window and insurance-age; corrected
 * values must clear them. Run by variants.test.ts for every variant that rebuilds the markup,
 * after the same variant's pages were checked there, so the pages it built are read again here
 * instead of being built twice.
 */
import { expect } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { evaluate } from '../../../src/domain/evaluate';
import type { Finding } from '../../../src/domain/findings';
import type { ApplicationKind } from '../../../src/domain/permits';
import { readPageValues } from '../../../src/features/live-checks/content/page-values';
import { factsFromSession } from '../../../src/permit-application/page-facts';
import type { SessionField, SessionValue } from '../../../src/permit-application/session';
import type { ReplicaLang } from '../../support/replica';
import { replicaPage, setFieldValue, type TypedValue, variantPage } from './variant-pages';

const TODAY = new Date(2026, 5, 1); // 01.06.2026

const PERMIT_TYPE = { tr: 'Kısa Dönem İkamet İzni', en: 'Short Term Residence Permit' };
const PRIVATE_INSURANCE = { tr: 'Özel Sağlık Sigortası', en: 'Private Health Insurance' };
const AGE_OPTION = { tr: '18 yaş altı ve 65 yaş üstü olanlar', en: 'Under 18 and over 65' };

export type StepValues = Partial<Record<FieldKey, TypedValue>>;

interface Scenario {
  readonly personal: StepValues;
  readonly passport: StepValues;
  readonly permit: StepValues;
  readonly insurance: StepValues;
}

function scenario(lang: ReplicaLang, corrected: boolean, currentPermitEnd: string): Scenario {
  return {
    // 70 years old on TODAY: exempt from insurance, so must choose the age option.
    personal: { birthDate: { value: '10.01.1956' } },
    passport: { passportExpiry: { value: corrected ? '01.01.2029' : '01.07.2027' } },
    permit: {
      permitType: { value: '1', text: PERMIT_TYPE[lang] },
      requestedStart: { value: '01.06.2026' },
      requestedEnd: { value: '01.06.2027' },
      currentPermitEnd: { value: currentPermitEnd },
    },
    insurance: {
      insuranceType: corrected
        ? { value: '5', text: AGE_OPTION[lang] }
        : { value: '1', text: PRIVATE_INSURANCE[lang] },
    },
  };
}

type Step = 'wizard-personal' | 'wizard-passport' | 'wizard-permit-extension' | 'wizard-insurance';
type StepReader = (id: Step, typed: StepValues) => Promise<Partial<Record<SessionField, SessionValue>>>;

/** The values a page was built with (the values the page-variant checks typed in), by page id. */
export type BuiltWith = (pageId: string) => StepValues;

/**
 * Reads a step of the application off its variant page, as the live checks do. The page is the
 * one the page-variant checks built (with their values; a value printed as text needs one to be
 * printed at all); this scenario's values are put into the fields recognised on it, as a user
 * correcting the form would, and read again.
 */
function stepReader(lang: ReplicaLang, variant: string, builtWith: BuiltWith): StepReader {
  return async (id, typed) => {
    const { recognition } = await variantPage(lang, replicaPage(id), variant, builtWith(id));
    for (const field of recognition.fields) {
      const value = typed[field.key];
      if (value) setFieldValue(field, value);
    }
    return readPageValues(recognition.fields, new Map());
  };
}

/** The values of every step carried into one application, assessed on TODAY. */
async function findingsOver(
  readStep: StepReader,
  kind: ApplicationKind | null,
  steps: Scenario,
): Promise<Finding[]> {
  const values: Partial<Record<SessionField, SessionValue>> = {
    ...(await readStep('wizard-personal', steps.personal)),
    ...(await readStep('wizard-passport', steps.passport)),
    ...(await readStep('wizard-permit-extension', steps.permit)),
    ...(await readStep('wizard-insurance', steps.insurance)),
  };
  return evaluate(factsFromSession(values, kind), TODAY);
}

/** Findings of a rule that ask the user to act (errors and warnings). */
function raised(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId && finding.severity !== 'info');
}

/** On the variant's pages: wrong values raise the three findings, corrected values clear them. */
export async function expectHeadlineFindings(
  lang: ReplicaLang,
  variant: string,
  builtWith: BuiltWith,
): Promise<void> {
  // The kind comes from the entry page, as in the live checks.
  const entry = await variantPage(
    lang,
    replicaPage('extension-entry'),
    variant,
    builtWith('extension-entry'),
  );
  const kind = entry.recognition.applicationKind;
  expect(kind).toBe('extension');
  const readStep = stepReader(lang, variant, builtWith);
  // The current permit ends in 90 days: the extension window is not open yet.
  const wrong = await findingsOver(readStep, kind, scenario(lang, false, '30.08.2026'));
  expect(raised(wrong, 'passport-validity').map((f) => f.severity)).toEqual(['error']);
  expect(raised(wrong, 'extension-window').map((f) => f.messageKey)).toEqual(['extension-window.tooEarly']);
  expect(raised(wrong, 'insurance-age').map((f) => f.messageKey)).toEqual(['insurance-age.chooseAgeOption']);

  // Ended five days ago: too late for an extension.
  const expired = await findingsOver(readStep, kind, scenario(lang, false, '27.05.2026'));
  expect(raised(expired, 'extension-window').map((f) => f.messageKey)).toEqual(['extension-window.expired']);

  // Ends in 20 days: the window is open; the passport and insurance are right.
  const corrected = await findingsOver(readStep, kind, scenario(lang, true, '21.06.2026'));
  expect(raised(corrected, 'passport-validity')).toEqual([]);
  expect(raised(corrected, 'extension-window')).toEqual([]);
  expect(raised(corrected, 'insurance-age')).toEqual([]);
  expect(
    corrected.some((f) => f.ruleId === 'extension-window' && f.messageKey === 'extension-window.open'),
  ).toBe(true);
}
