/**
 * A finding that quotes a page option quotes it as the page shows it (issue 14 §5): on the
 * replica's English insurance step "Under 18 and over 65", on the Turkish one "18 yaş altı ve
 * 65 yaş üstü olanlar", whatever language the assistant speaks. The option text is taken from
 * the replica page's own list, not written into the test.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/contracts/languages';
import { evaluate } from '../../../src/domain/evaluate';
import type { Finding } from '../../../src/domain/findings';
import { assess } from '../../../src/features/live-checks/background/assess-handler';
import { describeFindings } from '../../../src/features/live-checks/content/findings/finding-view';
import { readPageValues } from '../../../src/features/live-checks/content/page-values';
import { recognizePage } from '../../../src/page/recognize';
import { factsFromSession } from '../../../src/permit-application/page-facts';
import { protocol } from '../../../src/protocol/protocol';
import { REPLICA_LANGS, type ReplicaLang } from '../../support/replica';
import { uiText } from '../ui/ui-text';
import { loadSnapshot, pageUrl, replicaPage, setFieldValue } from './variant-pages';

const TODAY = new Date(2026, 5, 1); // 01.06.2026
const OTHER: Record<ReplicaLang, ReplicaLang> = { tr: 'en', en: 'tr' };

/** The insurance step as served, with an option chosen; and the texts of its insurance list. */
function insuranceStep(lang: ReplicaLang, choose: (options: string[]) => number) {
  const page = replicaPage('wizard-insurance');
  const doc = loadSnapshot(lang, page.id);
  const options = [...doc.querySelectorAll('#Sigorta_Turu_listbox .k-list-item-text')].map(
    (item) => item.textContent?.trim() ?? '',
  );
  const recognition = recognizePage(doc, pageUrl(page));
  const field = recognition.fields.find((candidate) => candidate.key === 'insuranceType');
  if (!field) throw new Error('no insurance type field');
  const at = choose(options);
  setFieldValue(field, { value: String(at + 1), text: options[at] as string });
  return { recognition, options, ageOption: options.find((text) => /\b18\b.*\b65\b/.test(text)) ?? '' };
}

/** The application as the live checks assess it: short-term permit, birth date, this step's values. */
function findings(lang: ReplicaLang, birthDate: string, choose: (options: string[]) => number) {
  const step = insuranceStep(lang, choose);
  const values = {
    ...readPageValues(step.recognition.fields, new Map()),
    birthDate: { value: birthDate },
    permitType: {
      value: '1',
      text: lang === 'tr' ? 'Kısa Dönem İkamet İzni' : 'Short Term Residence Permit',
    },
  };
  const facts = factsFromSession(values, 'first', step.recognition.lang);
  return { ...step, findings: evaluate(facts, TODAY).filter((f) => f.ruleId === 'insurance-age') };
}

const message = (found: readonly Finding[], lang: Language) =>
  describeFindings(found, uiText(lang)).map((view) => view.message);

describe.each(REPLICA_LANGS)('the age option quoted as the %s page shows it', (pageLang) => {
  it('asks a 70-year-old to choose the option by its text on this page, in every language', () => {
    const { findings: found, ageOption, options } = findings(pageLang, '10.01.1956', () => 0);
    expect(ageOption).not.toBe('');
    expect(found.map((f) => f.messageKey)).toEqual(['insurance-age.chooseAgeOption']);
    const otherPageText = insuranceStep(OTHER[pageLang], () => 0).ageOption;
    for (const lang of ['tr', 'en', 'ar', 'ru'] as const) {
      const [text] = message(found, lang);
      expect(text, lang).toContain(ageOption);
      expect(text, lang).not.toContain(otherPageText);
    }
    expect(options).toContain(ageOption);
  });

  it('quotes the chosen option as shown when a 40-year-old chose it', () => {
    const { findings: found, ageOption } = findings(pageLang, '10.01.1986', (options) =>
      options.findIndex((text) => /\b18\b.*\b65\b/.test(text)),
    );
    expect(found.map((f) => f.messageKey)).toEqual(['insurance-age.notEligible']);
    expect(found[0]?.params.ageOption).toBe(ageOption);
    expect(message(found, 'en')[0]).toContain(`"${ageOption}"`);
  });

  it('gets the page language through the background assessment', () => {
    const step = insuranceStep(pageLang, () => 0);
    const answer = assess(
      protocol.assess.request.parse({
        values: {
          ...readPageValues(step.recognition.fields, new Map()),
          birthDate: { value: '10.01.1956' },
          permitType: { value: 'short-term' },
        },
        kind: 'first',
        today: '01.06.2026',
        pageLang: step.recognition.lang,
      }),
    );
    const age = answer.findings.find((f) => f.messageKey === 'insurance-age.chooseAgeOption');
    expect(age?.params.ageOption).toBe(step.ageOption);
  });
});
