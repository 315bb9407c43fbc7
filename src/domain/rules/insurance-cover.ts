import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

// The circular is official, but its figures are known only from insurers' and consultancy
// summaries: a hint, never a block.
const SOURCE = ruleSource(
  'SEDDK Genelge 2024/34 (in force 01.04.2025) on minimum cover of private health insurance for residence permits, as summarised by insurers and consultancies',
  'https://www.seddk.gov.tr/',
  'C',
);

export const OUTPATIENT_MINIMUM_TL = 15_000;

/** I2 (hint): the minimum cover a private policy must have since 01.04.2025. */
export const insuranceCover: Rule = {
  id: 'insurance-cover',
  rulebookIds: ['I2'],
  sources: [SOURCE],
  messageKeys: ['insurance-cover.seddkMinimum'],
  evaluate(facts) {
    if (facts.insuranceType !== 'private') return [];
    return [
      {
        ruleId: 'insurance-cover',
        severity: 'info',
        messageKey: 'insurance-cover.seddkMinimum',
        params: { outpatientMinimum: OUTPATIENT_MINIMUM_TL },
        fields: ['insuranceType'],
        source: SOURCE,
      },
    ];
  },
};
