import { describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/rules.json';
import en from '../../../locales/en/rules.json';
import ru from '../../../locales/ru/rules.json';
import tr from '../../../locales/tr/rules.json';
import { HOLIDAY_NAME_KEYS } from '../../../src/domain/calendar';
import { CONFIDENCE_LEVELS } from '../../../src/domain/findings';
import { RULES } from '../../../src/domain/rules';

type Catalogue = Readonly<Record<string, string>>;
const EN: Catalogue = en;
const TRANSLATIONS: ReadonlyArray<readonly [string, Catalogue, RegExp]> = [
  ['tr', tr, /[çğıöşüâîûİ]/i],
  ['ar', ar, /[\u0600-\u06FF]/],
  ['ru', ru, /[\u0400-\u04FF]/],
];

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe('rule messages (locales/*/rules.json)', () => {
  it.each(TRANSLATIONS)('%s has exactly the English keys', (_lang, catalogue) => {
    expect(Object.keys(EN).filter((key) => !Object.hasOwn(catalogue, key))).toEqual([]);
    expect(Object.keys(catalogue).filter((key) => !Object.hasOwn(EN, key))).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s keeps every placeholder of the English text', (_lang, catalogue) => {
    const mismatched = Object.keys(EN).filter(
      (key) =>
        JSON.stringify(placeholders(EN[key] ?? '')) !== JSON.stringify(placeholders(catalogue[key] ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  it.each(TRANSLATIONS)(
    '%s is actually translated (non-empty, in its own script)',
    (_lang, catalogue, script) => {
      const untranslated = Object.keys(EN).filter((key) => {
        const text = catalogue[key] ?? '';
        return text.trim() === '' || (text === EN[key] && text.length > 20) || !script.test(text);
      });
      // Turkish holiday and label texts may legitimately lack special letters; the rest must not.
      expect(
        untranslated.filter((key) => !key.startsWith('holiday.') && !key.startsWith('severity.')),
      ).toEqual([]);
    },
  );

  it('has exactly the keys the engine can use: rule messages, holiday names, confidences, severities', () => {
    const expected = new Set([
      ...RULES.flatMap((rule) => rule.messageKeys),
      ...HOLIDAY_NAME_KEYS,
      ...CONFIDENCE_LEVELS.map((level) => `confidence.${level}`),
      'severity.error',
      'severity.warning',
      'severity.info',
    ]);
    expect(Object.keys(EN).sort()).toEqual([...expected].sort());
  });

  it('never states the over-65 boundary as law: the plain option texts name no 66, the uncertain one names both', () => {
    for (const [, catalogue] of [['en', EN] as const, ...TRANSLATIONS]) {
      expect(catalogue['insurance-age.chooseAgeOption']).not.toMatch(/66/);
      expect(catalogue['insurance-age.notEligible']).not.toMatch(/66/);
      expect(catalogue['insurance-age.boundaryUncertain']).toMatch(/65[\s\S]*66/);
    }
  });
});
