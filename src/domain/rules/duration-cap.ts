import { addDays, addMonths } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { ApplicationFacts } from '../facts';
import type { RuleSource, Severity } from '../findings';
import { requestedSpan } from './support/period';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_31_TBMM_URL, YUKK_URL } from './support/sources';

const SHORT_TERM = ruleSource('YUKK 31(2)', YUKK_URL, 'O', YUKK_31_TBMM_URL);
// 31(2) excludes (j) and (k) from the 2-year cap (O, read on mevzuat.tbmm.gov.tr); the 5 years
// per grant is stated by consistent secondary pages but the setting text was not read (C): warns.
const INVESTOR_TRNC = ruleSource(
  'YUKK 31(2) as amended by Law 6735 (2016): (j) and (k) outside the 2-year cap (O); 5 years per grant per consular and law-firm pages, e.g. kazakistankonsoloslugu.org (C)',
  YUKK_URL,
  'O/C',
  YUKK_31_TBMM_URL,
);
const GRADUATE = ruleSource('YUKK 31(1)(i): one year, once', YUKK_URL, 'O');
const FAMILY = ruleSource('YUKK 34(1) ("üç yılı aşmayacak", 2023+ copies)', YUKK_URL, 'O*');
const HUMANITARIAN = ruleSource('YUKK 46; goc guide copy', YUKK_URL, 'O*');
const TRAFFICKING = ruleSource('YUKK 48–49; goc guide copy', YUKK_URL, 'O*');
const SCHOOL_STUDENT = ruleSource(
  'YUKK 38(2): primary and secondary students, one-year grants',
  YUKK_URL,
  'O*',
);
// The 1-year limit for purpose (ı) is stated by a consultancy text only: it warns.
const PUBLIC_PROGRAMME = ruleSource(
  'Consultancy text on YUKK 31(1)(ı) permits (training, research, internship or course through public institutions): "süresi bir yılı aşamaz"',
  YUKK_URL,
  'C',
);

interface Cap {
  /** Longest grant, as months or (first trafficking-victim permit) days. */
  readonly length: { readonly months: number } | { readonly days: number };
  readonly severity: Severity;
  readonly source: RuleSource;
  /** Reported-only caps use softer messages, named by their key prefix. */
  readonly reported: false | 'investor-trnc' | 'public-programme';
}

function capFor(facts: ApplicationFacts): Cap | undefined {
  const hard = (length: Cap['length'], source: RuleSource): Cap => ({
    length,
    severity: 'error',
    source,
    reported: false,
  });
  switch (facts.permitType) {
    case 'short-term':
      switch (facts.shortTermPurpose) {
        case undefined:
          return undefined;
        case 'investor':
        case 'trnc-citizen':
          return {
            length: { months: 60 },
            severity: 'warning',
            source: INVESTOR_TRNC,
            reported: 'investor-trnc',
          };
        case 'public-institution-programme':
          return {
            length: { months: 12 },
            severity: 'warning',
            source: PUBLIC_PROGRAMME,
            reported: 'public-programme',
          };
        case 'graduate':
          return hard({ months: 12 }, GRADUATE);
        default:
          return hard({ months: 24 }, SHORT_TERM);
      }
    case 'family':
      return hard({ months: 36 }, FAMILY);
    case 'student':
      // Higher education runs for the programme (D6, not checked here); school students get 1 year.
      return facts.studentLevel === 'school' ? hard({ months: 12 }, SCHOOL_STUDENT) : undefined;
    case 'humanitarian':
      return hard({ months: 12 }, HUMANITARIAN);
    case 'trafficking-victim':
      if (facts.applicationKind === 'first') return hard({ days: 30 }, TRAFFICKING);
      if (facts.applicationKind === 'extension') return hard({ months: 6 }, TRAFFICKING);
      return undefined;
    default:
      // Long-term permits are indefinite.
      return undefined;
  }
}

/**
 * D1, D2, D4 (length), D5 (length), D8, D9 (per grant): the requested period against the cap.
 * An end exactly one cap after the start is accepted: whether the last day is inclusive is not
 * stated, so the check errs towards not blocking.
 */
export const durationCap: Rule = {
  id: 'duration-cap',
  rulebookIds: ['D1', 'D2', 'D4', 'D5', 'D7', 'D8', 'D9'],
  sources: [
    SHORT_TERM,
    INVESTOR_TRNC,
    PUBLIC_PROGRAMME,
    GRADUATE,
    FAMILY,
    SCHOOL_STUDENT,
    HUMANITARIAN,
    TRAFFICKING,
  ],
  severityNotes: [
    'Caps stated in the law (YUKK 31(2), 31(1)(i), 34(1), 38(2), 46, 48–49) are errors: a longer request cannot be granted as entered.',
    'Caps known only from consultancy or consular pages are warnings: 5 years for investors and TRNC citizens, 1 year for programmes through public institutions (purpose ı).',
    'An end exactly one cap after the start is accepted, since whether the last day is inclusive is not stated.',
  ],
  messageKeys: [
    'duration-cap.tooLong',
    'duration-cap.tooManyMonths',
    'duration-cap.tooLongDays',
    'duration-cap.tooManyMonthsForDays',
    'duration-cap.reportedCapExceeded',
    'duration-cap.reportedCapExceededMonths',
    'duration-cap.publicProgrammeCapExceeded',
    'duration-cap.publicProgrammeCapExceededMonths',
  ],
  evaluate(facts) {
    const cap = capFor(facts);
    const span = requestedSpan(facts);
    if (!cap || !span) return [];
    const base = { ruleId: 'duration-cap', severity: cap.severity, source: cap.source } as const;
    const inMonths = 'months' in cap.length;
    const capParams: Record<string, number> =
      'months' in cap.length ? { capMonths: cap.length.months } : { capDays: cap.length.days };

    if (span.kind === 'months') {
      // A months-only request is compared with a days cap as whole months (30 days ≈ 1 month).
      const capMonths = 'months' in cap.length ? cap.length.months : Math.ceil(cap.length.days / 30);
      if (span.months <= capMonths) return [];
      const messageKey =
        cap.reported === 'investor-trnc'
          ? 'duration-cap.reportedCapExceededMonths'
          : cap.reported === 'public-programme'
            ? 'duration-cap.publicProgrammeCapExceededMonths'
            : inMonths
              ? 'duration-cap.tooManyMonths'
              : 'duration-cap.tooManyMonthsForDays';
      return [
        {
          ...base,
          messageKey,
          params: { ...capParams, requestedMonths: span.months },
          fields: ['requestedEnd'],
        },
      ];
    }

    const latestEnd =
      'months' in cap.length
        ? addMonths(span.start, cap.length.months)
        : addDays(span.start, cap.length.days);
    if (calendarDaysBetween(span.end, latestEnd) <= 0) return [];
    const messageKey =
      cap.reported === 'investor-trnc'
        ? 'duration-cap.reportedCapExceeded'
        : cap.reported === 'public-programme'
          ? 'duration-cap.publicProgrammeCapExceeded'
          : inMonths
            ? 'duration-cap.tooLong'
            : 'duration-cap.tooLongDays';
    return [
      {
        ...base,
        messageKey,
        params: { ...capParams, latestEnd: formatTrDate(latestEnd), requestedEnd: formatTrDate(span.end) },
        fields: ['requestedStart', 'requestedEnd'],
      },
    ];
  },
};
