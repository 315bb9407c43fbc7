/**
 * The three headline findings over generated page variants, driven the way the live checks
 * drive them: values read off each step of an extension application (the page as the user
 * left it, rebuilt as the variant), carried across the steps, turned into facts and evaluated.
 * Wrong values must raise passport-validity, extension-window and insurance-age; corrected
 * values must clear them. Every variant that rebuilds the markup; the list variants need Kendo
 * (variants.test.ts checks that they leave a snapshot as served).
 */
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { evaluate } from '../../../src/domain/evaluate';
import type { Finding } from '../../../src/domain/findings';
import type { ApplicationKind } from '../../../src/domain/permits';
import { readPageValues } from '../../../src/features/live-checks/content/page-values';
import { factsFromSession } from '../../../src/permit-application/page-facts';
import type { SessionField, SessionValue } from '../../../src/permit-application/session';
import { MARKUP_VARIANTS } from '../../support/page-variants';
import { REPLICA_LANGS, type ReplicaLang } from '../../support/replica';
import { replicaPage, setFieldValue, type TypedValue, type VariantPage, variantPage } from './variant-pages';

const TODAY = new Date(2026, 5, 1); // 01.06.2026

const PERMIT_TYPE = { tr: 'Kısa Dönem İkamet İzni', en: 'Short Term Residence Permit' };
const PRIVATE_INSURANCE = { tr: 'Özel Sağlık Sigortası', en: 'Private Health Insurance' };
const AGE_OPTION = { tr: '18 yaş altı ve 65 yaş üstü olanlar', en: 'Under 18 and over 65' };

type StepValues = Partial<Record<FieldKey, TypedValue>>;

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

/**
 * Reads a step of the application off its variant page, as the live checks do. Each step's
 * variant is built once, with the first values it is asked for (a value printed as text needs
 * one to be printed at all); later values are put into the fields recognised on that page, as a
 * user correcting the form would, and read again. Building and recognising a page is nearly all
 * of this test's time.
 */
function stepReader(lang: ReplicaLang, variant: string): StepReader {
  const built = new Map<Step, Promise<VariantPage>>();
  return async (id, typed) => {
    let page = built.get(id);
    if (!page) {
      page = variantPage(lang, replicaPage(id), variant, typed);
      built.set(id, page);
    }
    const { recognition } = await page;
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

describe.each(REPLICA_LANGS)('headline findings over page variants (%s)', (lang) => {
  it.each(MARKUP_VARIANTS)(
    '%s: wrong values raise them, corrected values clear them',
    async (variant) => {
      // The kind comes from the entry page, as in the live checks.
      const entry = await variantPage(lang, replicaPage('extension-entry'), variant);
      const kind = entry.recognition.applicationKind;
      expect(kind).toBe('extension');
      const readStep = stepReader(lang, variant);
      // The current permit ends in 90 days: the extension window is not open yet.
      const wrong = await findingsOver(readStep, kind, scenario(lang, false, '30.08.2026'));
      expect(raised(wrong, 'passport-validity').map((f) => f.severity)).toEqual(['error']);
      expect(raised(wrong, 'extension-window').map((f) => f.messageKey)).toEqual([
        'extension-window.tooEarly',
      ]);
      expect(raised(wrong, 'insurance-age').map((f) => f.messageKey)).toEqual([
        'insurance-age.chooseAgeOption',
      ]);

      // Ended five days ago: too late for an extension.
      const expired = await findingsOver(readStep, kind, scenario(lang, false, '27.05.2026'));
      expect(raised(expired, 'extension-window').map((f) => f.messageKey)).toEqual([
        'extension-window.expired',
      ]);

      // Ends in 20 days: the window is open; the passport and insurance are right.
      const corrected = await findingsOver(readStep, kind, scenario(lang, true, '21.06.2026'));
      expect(raised(corrected, 'passport-validity')).toEqual([]);
      expect(raised(corrected, 'extension-window')).toEqual([]);
      expect(raised(corrected, 'insurance-age')).toEqual([]);
      expect(
        corrected.some((f) => f.ruleId === 'extension-window' && f.messageKey === 'extension-window.open'),
      ).toBe(true);
    },
    // Five page parses per case: more than the default allowance on a loaded machine.
    30_000,
  );
});
