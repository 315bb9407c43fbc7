import type { Finding } from '../findings';
import { minimumWageLookup } from '../minimum-wage';
import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

// The GİGM notice itself is known through YTB's (a state body's) repetition of it: O*.
const ONE_YEAR_NOTICE = ruleSource(
  'GİGM notice of 02.12.2019 (from 01.01.2020, no tourism permit or extension after 1 year in total or at once on tourism permits without another justified reason), as repeated by YTB on 12.12.2019',
  'https://ytb.org.tr/tr/duyurular/detay/87',
  'O*',
);
// Suspension (08.09.2020) and the stricter practice since 2022 are known from law-firm pages only.
const PRACTICE = ruleSource(
  'Suspension of the 1-year limit on 08.09.2020 and stricter practice since 2022, per law-firm pages (artukhukukburosu.com, mihci.av.tr, kutelhukuk.com)',
  'https://artukhukukburosu.com/turizm-amacli-ikamet-izni/',
  'C',
);
// 2025–26 reports of shorter grants and an income of 1.5 × the net minimum wage per person:
// no official text, and the figure varies between reports.
const RECENT_REPORTS = ruleSource(
  '2025–26 consultancy reports: shorter tourism grants; income of about 1.5 × the net minimum wage per person; minimum wage from src/domain/minimum-wage.ts',
  'https://mihci.av.tr/turizm-amacli-ikamet-izni/',
  'U',
);

export const TOURISM_LIMIT_MONTHS = 12;
export const REPORTED_INCOME_FACTOR = 1.5;

/**
 * T13 (new): tourism-purpose short-term permits (YUKK 31(1)(e)). Never blocks: the 1-year
 * limit was announced, suspended and revived by practice rather than by law.
 */
export const tourismPermit: Rule = {
  id: 'tourism-permit',
  rulebookIds: ['T13'],
  sources: [ONE_YEAR_NOTICE, PRACTICE, RECENT_REPORTS],
  severityNotes: [
    'Never an error: the one-year limit came from a 2019 notice (O*), was suspended on 08.09.2020, and its strict application since 2022 is known from law-firm pages only (C). Every message that mentions the notice also mentions the suspension.',
  ],
  messageKeys: [
    'tourism-permit.oneYearReached',
    'tourism-permit.oneYearLimit',
    'tourism-permit.recentPractice',
    'tourism-permit.recentPracticeNoWage',
  ],
  evaluate(facts, today) {
    if (facts.permitType !== 'short-term' || facts.shortTermPurpose !== 'tourism') return [];
    const base = { ruleId: 'tourism-permit', fields: ['permitPurpose'] } as const;
    const findings: Finding[] = [];
    const months = facts.tourismPermitMonths;
    if (months !== undefined && months >= TOURISM_LIMIT_MONTHS) {
      // The notice and its 2020 suspension are said together; the revived practice is only
      // reported, so this stays a warning.
      findings.push({
        ...base,
        severity: 'warning',
        messageKey: 'tourism-permit.oneYearReached',
        params: { months, limitMonths: TOURISM_LIMIT_MONTHS },
        source: PRACTICE,
      });
    } else if (facts.applicationKind === 'extension' || months !== undefined) {
      findings.push({
        ...base,
        severity: 'info',
        messageKey: 'tourism-permit.oneYearLimit',
        params: { limitMonths: TOURISM_LIMIT_MONTHS },
        source: PRACTICE,
      });
    }
    const wage = minimumWageLookup(today.getFullYear());
    if (wage.kind === 'none') {
      findings.push({
        ...base,
        severity: 'info',
        messageKey: 'tourism-permit.recentPracticeNoWage',
        params: {},
        source: RECENT_REPORTS,
      });
    } else {
      findings.push({
        ...base,
        severity: 'info',
        messageKey: 'tourism-permit.recentPractice',
        params: {
          perPerson: Math.round(wage.figure.netTl * REPORTED_INCOME_FACTOR * 100) / 100,
          wageYear: wage.figure.year,
        },
        source: RECENT_REPORTS,
      });
    }
    return findings;
  },
};
