import { describe, expect, it } from 'vitest';
import arUi from '../../../locales/ar/ui.json';
import enUi from '../../../locales/en/ui.json';
import ruUi from '../../../locales/ru/ui.json';
import trUi from '../../../locales/tr/ui.json';
import type { FieldKey } from '../../../src/page/field-keys';
import { PAGE_KINDS } from '../../../src/page/page-kinds';
import { createUiText, resolveLanguage } from '../../../src/ui/i18n';

const catalogues = { en: enUi, tr: trUi, ar: arUi, ru: ruUi };

describe('overlay catalogues (locales/*/ui.json)', () => {
  it('have the same keys in every language, none empty', () => {
    const englishKeys = Object.keys(enUi).sort();
    for (const [lang, messages] of Object.entries(catalogues)) {
      expect(Object.keys(messages).sort(), lang).toEqual(englishKeys);
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('name every page kind', () => {
    for (const kind of PAGE_KINDS) expect(enUi).toHaveProperty([`page.${kind}`]);
  });

  it('keep the drift placeholders in every language', () => {
    for (const messages of Object.values(catalogues)) {
      expect(messages['drift.notice']).toContain('{missing}');
      expect(messages['drift.notice']).toContain('{unknown}');
    }
  });
});

describe('resolveLanguage', () => {
  it('prefers the stored choice, then the browser languages, then English', () => {
    expect(resolveLanguage('ar', ['tr-TR'])).toBe('ar');
    expect(resolveLanguage(undefined, ['de-DE', 'ru-RU'])).toBe('ru');
    expect(resolveLanguage('xx', ['tr'])).toBe('tr');
    expect(resolveLanguage(undefined, ['de'])).toBe('en');
  });
});

describe('createUiText', () => {
  it('sets the direction from the language', () => {
    expect(createUiText('ar').dir).toBe('rtl');
    expect(createUiText('ru').dir).toBe('ltr');
  });

  it('falls back to English, then to the key, for missing overlay strings', () => {
    expect(createUiText('tr').t('no.such.key')).toBe('no.such.key');
  });

  it('returns undefined for a field text no catalogue has', () => {
    expect(createUiText('tr').field('notAFieldKey' as FieldKey, 'hint')).toBeUndefined();
  });
});
