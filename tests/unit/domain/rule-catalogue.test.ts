import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/rules.json';
import { isFieldKey } from '../../../src/contracts/field-keys';
import type { Finding } from '../../../src/domain/findings';
import { RULES } from '../../../src/domain/rules';
import { confidenceFromMark, isWeakConfidence } from '../../../src/domain/rules/support/sources';
import { SCENARIOS } from './scenarios';
import { arbitraryDay, arbitraryFacts, d } from './support';

const EN: Readonly<Record<string, string>> = en;
const RULES_DIR = join(import.meta.dirname, '../../../src/domain/rules');
/** String params that are not dates (ageOption: a page option's text, quoted as the page shows it). */
const TEXT_PARAMS = new Set(['basis', 'wageReference', 'holidayKey', 'ageOption']);
const TR_DATE = /^\d{2}\.\d{2}\.\d{4}$/;

function scenarioFindings(): Array<{ rule: (typeof RULES)[number]; finding: Finding }> {
  return SCENARIOS.flatMap((scenario) =>
    RULES.flatMap((rule) =>
      rule.evaluate(scenario.facts, scenario.today).map((finding) => ({ rule, finding })),
    ),
  );
}

/** Why a finding is malformed, or undefined; plain checks so property runs stay fast. */
function malformation(rule: (typeof RULES)[number], finding: Finding): string | undefined {
  if (finding.ruleId !== rule.id) return `ruleId ${finding.ruleId}`;
  if (!rule.messageKeys.includes(finding.messageKey)) return `undeclared key ${finding.messageKey}`;
  if (!rule.sources.includes(finding.source)) return `undeclared source ${finding.source.reference}`;
  const fields: readonly string[] = finding.fields;
  if (!fields.every(isFieldKey)) return `unknown field in ${fields.join(',')}`;
  for (const [name, value] of Object.entries(finding.params)) {
    if (
      typeof value === 'number' ? !Number.isFinite(value) : !TEXT_PARAMS.has(name) && !TR_DATE.test(value)
    ) {
      return `param ${name}=${value}`;
    }
  }
  if (finding.severity === 'error' && isWeakConfidence(finding.source.confidence)) {
    return `error from a ${finding.source.confidence} source`;
  }
  return undefined;
}

function expectWellFormed(rule: (typeof RULES)[number], finding: Finding) {
  expect(malformation(rule, finding), `${rule.id}: ${finding.messageKey}`).toBeUndefined();
}

describe('rule catalogue', () => {
  it('registers every rule file exactly once, under an id equal to its file name', () => {
    const files = readdirSync(RULES_DIR)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => basename(file, '.ts'))
      .sort();
    expect(RULES.map((rule) => rule.id).sort()).toEqual(files);
  });

  it('declares sources with a reference, a URL and a last-verified ISO date', () => {
    for (const rule of RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.rulebookIds.length, rule.id).toBeGreaterThan(0);
      for (const source of rule.sources) {
        expect(source.url).toMatch(/^https?:\/\//);
        expect(source.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.reference.length).toBeGreaterThan(3);
      }
    }
  });

  it('has an English message for every message key a rule declares', () => {
    const missing = RULES.flatMap((rule) => rule.messageKeys.filter((key) => !Object.hasOwn(EN, key)));
    expect(missing).toEqual([]);
  });

  it('maps rulebook marks to confidences, a mixed mark taking the weaker part', () => {
    expect(confidenceFromMark('O')).toBe('official');
    expect(confidenceFromMark('O*')).toBe('official-copy');
    expect(confidenceFromMark('C')).toBe('consultancy');
    expect(confidenceFromMark('U')).toBe('uncertain');
    expect(confidenceFromMark('O*/U')).toBe('uncertain');
    expect(confidenceFromMark('O/C')).toBe('consultancy');
    expect(confidenceFromMark('O*/C')).toBe('consultancy');
    expect(confidenceFromMark('C/U')).toBe('uncertain');
    expect(() => confidenceFromMark('X')).toThrow();
  });

  it('produces every declared message key across the scenarios (no dead or unreachable keys)', () => {
    const produced = new Set(scenarioFindings().map(({ finding }) => finding.messageKey));
    const declared = new Set(RULES.flatMap((rule) => rule.messageKeys));
    expect([...declared].filter((key) => !produced.has(key)).sort()).toEqual([]);
  });

  it('fills every placeholder of the English message with a parameter', () => {
    for (const { finding } of scenarioFindings()) {
      const placeholders = [...(EN[finding.messageKey] ?? '').matchAll(/\{(\w+)\}/g)].map(
        (match) => match[1] ?? '',
      );
      const missing = placeholders.filter((name) => !Object.hasOwn(finding.params, name));
      expect(missing, finding.messageKey).toEqual([]);
    }
  });

  it('keeps findings well formed in the scenarios', () => {
    for (const { rule, finding } of scenarioFindings()) expectWellFormed(rule, finding);
  });

  describe('HARD RULE: a finding from a consultancy or uncertain source is never an error', () => {
    it('holds in the scenarios', () => {
      const offending = scenarioFindings()
        .map(({ finding }) => finding)
        .filter((finding) => finding.severity === 'error' && isWeakConfidence(finding.source.confidence));
      expect(offending).toEqual([]);
    });

    it('holds for arbitrary applications and dates, and findings stay well formed', () => {
      fc.assert(
        fc.property(arbitraryFacts, arbitraryDay, (facts, today) => {
          const problems = RULES.flatMap((rule) =>
            rule.evaluate(facts, today).flatMap((finding) => malformation(rule, finding) ?? []),
          );
          expect(problems).toEqual([]);
        }),
        { numRuns: 400 },
      );
    }, 30_000);
  });

  it('lets every rule stay silent on an empty application', () => {
    for (const today of [d('01.06.2026'), d('01.06.2031')]) {
      for (const rule of RULES) expect(rule.evaluate({}, today), rule.id).toEqual([]);
    }
  });
});
