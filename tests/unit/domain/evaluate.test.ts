import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/domain/evaluate';
import type { ApplicationFacts } from '../../../src/domain/facts';
import type { Finding } from '../../../src/domain/findings';
import type { Rule } from '../../../src/domain/rules';
import { SCENARIOS } from './scenarios';
import { arbitraryDay, arbitraryFacts, d } from './support';

const rank = { error: 0, warning: 1, info: 2 } as const;

function stubRule(id: string, severities: Finding['severity'][]): Rule {
  const source = {
    reference: 'test',
    url: 'https://example.org',
    confidence: 'official',
    lastVerified: '2026-11-23',
  } as const;
  return {
    id,
    rulebookIds: ['X'],
    sources: [source],
    messageKeys: severities.map((_, i) => `${id}.${i}`),
    evaluate: () =>
      severities.map((severity, i) => ({
        ruleId: id,
        severity,
        messageKey: `${id}.${i}`,
        params: {},
        fields: [],
        source,
      })),
  };
}

describe('evaluate', () => {
  it('sorts errors, then warnings, then information, keeping rule order inside each group', () => {
    const rules = [
      stubRule('a', ['info', 'warning']),
      stubRule('b', ['error', 'info']),
      stubRule('c', ['warning', 'error']),
    ];
    const keys = evaluate({}, d('01.06.2026'), rules).map((finding) => finding.messageKey);
    expect(keys).toEqual(['b.0', 'c.1', 'a.1', 'c.0', 'a.0', 'b.1']);
  });

  it('ignores the time of day of "today"', () => {
    const facts: ApplicationFacts = { applicationKind: 'extension', currentPermitEnd: d('30.06.2026') };
    const lateEvening = new Date(2026, 5, 30, 23, 59);
    const [finding] = evaluate(facts, lateEvening).filter((item) => item.ruleId === 'extension-window');
    expect(finding).toMatchObject({ severity: 'info', params: { daysLeft: 0 } });
  });

  it('reports a realistic problem application with the blocking errors first', () => {
    const facts: ApplicationFacts = {
      applicationKind: 'extension',
      permitType: 'short-term',
      shortTermPurpose: 'property-owner',
      currentPermitEnd: d('15.07.2026'),
      requestedMonths: 12,
      passportExpiry: d('01.08.2027'),
      birthDate: d('10.03.1959'),
      insuranceType: 'private',
    };
    const findings = evaluate(facts, d('01.06.2026'));
    expect(findings[0]).toMatchObject({
      ruleId: 'passport-validity',
      severity: 'error',
      params: { latestEnd: '02.06.2027' },
    });
    expect(findings.find((finding) => finding.ruleId === 'insurance-age')).toMatchObject({
      severity: 'warning',
      messageKey: 'insurance-age.chooseAgeOption',
      params: { age: 67 },
    });
    expect(findings.find((finding) => finding.ruleId === 'extension-window')).toMatchObject({
      severity: 'info',
      params: { daysLeft: 44 },
    });
  });

  it('returns nothing for an empty application', () => {
    expect(evaluate({}, d('01.06.2026'))).toEqual([]);
  });

  it('property: never throws, and always returns findings in severity order', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryDay, (facts, today) => {
        const findings = evaluate(facts, today);
        for (let i = 1; i < findings.length; i += 1) {
          const previous = findings[i - 1];
          const current = findings[i];
          if (previous && current)
            expect(rank[previous.severity]).toBeLessThanOrEqual(rank[current.severity]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not mutate the facts it is given', () => {
    for (const scenario of SCENARIOS) {
      const copy = structuredClone(scenario.facts);
      evaluate(scenario.facts, scenario.today);
      expect(scenario.facts).toEqual(copy);
    }
  });
});
