import { describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/docs.json';
import en from '../../../locales/en/docs.json';
import ru from '../../../locales/ru/docs.json';
import tr from '../../../locales/tr/docs.json';
import {
  CHECKLIST_GROUPS,
  CONDITION_KEYS,
  conditionMessageKey,
  REQUIREMENTS,
} from '../../../src/domain/checklists';
import { PLANS } from '../../../src/domain/checklists/data';
import { CONFIDENCE_LEVELS } from '../../../src/domain/findings';
import { APPLICATION_KINDS, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../../../src/domain/permits';

const english: Readonly<Record<string, string>> = en;
const translations = { tr, ar, ru } as const satisfies Record<string, Readonly<Record<string, string>>>;

/** Every message key the data can produce, with the parameters the engine passes to it. */
function keysUsedByData(): Map<string, readonly string[]> {
  const used = new Map<string, readonly string[]>();
  for (const plan of Object.values(PLANS)) {
    for (const spec of plan.documents) {
      const params = Object.keys(spec.params ?? {});
      used.set(spec.titleKey, params);
      if (spec.noteKey !== undefined) used.set(spec.noteKey, params);
      used.set(conditionMessageKey(spec.when), []);
      for (const alternative of spec.alternatives ?? []) {
        used.set(alternative.titleKey, []);
        if (alternative.noteKey !== undefined) used.set(alternative.noteKey, []);
        if (alternative.when !== undefined) used.set(conditionMessageKey(alternative.when), []);
      }
    }
    for (const note of plan.notes) used.set(note.messageKey, Object.keys(note.params ?? {}));
  }
  return used;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('locales/*/docs.json', () => {
  it('English has every title, note, alternative and condition key the data uses', () => {
    const missing = [...keysUsedByData().keys()].filter((key) => english[key] === undefined);
    expect(missing).toEqual([]);
  });

  it('placeholders in English are exactly the parameters the data passes', () => {
    for (const [key, params] of keysUsedByData()) {
      expect(params, key).toEqual(expect.arrayContaining(placeholders(english[key] ?? '')));
    }
    for (const plan of Object.values(PLANS)) {
      for (const spec of [...plan.documents, ...plan.notes]) {
        const keys = 'titleKey' in spec ? [spec.titleKey, spec.noteKey] : [spec.messageKey];
        const used = keys.flatMap((key) => (key === undefined ? [] : placeholders(english[key] ?? '')));
        expect(used, spec.id).toEqual(expect.arrayContaining(Object.keys(spec.params ?? {})));
      }
    }
  });

  it('has every condition, requirement, group, status and confidence label', () => {
    const expected = [
      ...CONDITION_KEYS.map(conditionMessageKey),
      ...REQUIREMENTS.map((r) => `requirement.${r}`),
      ...CHECKLIST_GROUPS.map((g) => `group.${g}`),
      ...['ok', 'uncertain', 'impossible'].map((s) => `status.${s}`),
      ...CONFIDENCE_LEVELS.map((c) => `confidence.${c}`),
    ];
    expect(expected.filter((key) => english[key] === undefined)).toEqual([]);
  });

  it('has the shared permit type, purpose and kind names', () => {
    const expected = [
      ...PERMIT_TYPES.map((t) => `permit.type.${t}`),
      ...SHORT_TERM_PURPOSES.map((p) => `permit.purpose.${p}`),
      ...APPLICATION_KINDS.map((k) => `application.kind.${k}`),
    ];
    expect(expected.filter((key) => english[key] === undefined)).toEqual([]);
  });

  it('carries no orphan item, alternative or note keys', () => {
    const used = keysUsedByData();
    const orphans = Object.keys(english).filter(
      (key) => /^(item|alternative|note)\./.test(key) && !used.has(key),
    );
    expect(orphans).toEqual([]);
  });

  it.each(Object.entries(translations))('%s has exactly the English keys', (_language, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.entries(translations))(
    '%s keeps every placeholder and has no empty text',
    (_language, messages) => {
      const dictionary: Readonly<Record<string, string>> = messages;
      for (const [key, text] of Object.entries(english)) {
        const translated = dictionary[key] ?? '';
        expect(translated.trim(), key).not.toBe('');
        expect(placeholders(translated), key).toEqual(placeholders(text));
      }
    },
  );

  it('Turkish uses the official document names', () => {
    const turkish = Object.values(tr).join('\n');
    for (const name of [
      'vukuatlı nüfus kayıt örneği',
      'yerleşim yeri belgesi',
      'muvafakatname',
      'taahhütname',
      'Tapu',
      'numarataj belgesi',
      'apostil',
      'noter onaylı Türkçe tercüme',
      'SYDV',
      'adli sicil kaydı',
      'UETS',
    ]) {
      expect(turkish.toLocaleLowerCase('tr'), name).toContain(name.toLocaleLowerCase('tr'));
    }
  });

  it.each(['ar', 'ru'] as const)('%s keeps the Turkish names applicants ask for', (language) => {
    const messages: Readonly<Record<string, string>> = translations[language];
    for (const [key, name] of [
      ['item.civil-registry-record.title', 'vukuatlı nüfus kayıt örneği'],
      ['item.address-proof-edevlet.title', 'yerleşim yeri belgesi'],
      ['item.parent-abroad-consent.title', 'muvafakatname'],
      ['item.consented-person-undertaking.title', 'taahhütname'],
      ['alternative.address-own-home.title', 'numarataj belgesi'],
      ['item.sydv-letter.title', 'SYDV'],
      ['item.criminal-record.title', 'adli sicil kaydı'],
    ] as const) {
      expect(messages[key], key).toContain(name);
    }
  });
});
