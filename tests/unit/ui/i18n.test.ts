import { describe, expect, it } from 'vitest';
import arUi from '../../../locales/ar/ui.json';
import enUi from '../../../locales/en/ui.json';
import ruUi from '../../../locales/ru/ui.json';
import trUi from '../../../locales/tr/ui.json';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { PAGE_KINDS } from '../../../src/page/page-kinds';
import { createUiText, resolveLanguage } from '../../../src/ui/i18n';
import { uiText } from './ui-text';

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
    expect(uiText('ar').dir).toBe('rtl');
    expect(uiText('ru').dir).toBe('ltr');
    expect(createUiText('ar', null).dir).toBe('rtl');
  });

  it('falls back to English, then to the key, for missing overlay strings', () => {
    expect(uiText('tr').t('no.such.key')).toBe('no.such.key');
    const partial = createUiText('tr', { lang: 'tr', primary: { ui: {} }, fallback: { ui: enUi } });
    expect(partial.t('panel.tab')).toBe('Assistant');
  });

  it('returns undefined for a field text no catalogue has', () => {
    expect(uiText('tr').field('notAFieldKey' as FieldKey, 'hint')).toBeUndefined();
  });

  it('shows nothing, not message keys, until the catalogues have arrived', () => {
    const waiting = createUiText('en', null);
    expect(waiting.ready).toBe(false);
    expect(waiting.t('panel.tab')).toBe('');
    expect(waiting.rule('severity.error')).toBe('');
    expect(waiting.field('birthDate', 'hint')).toBeUndefined();
  });

  it('reads rule and checklist texts from their own catalogues', () => {
    const text = uiText('en');
    expect(text.rule('severity.warning')).toBe('Warning');
    expect(text.doc('permit.type.student')).toBeTruthy();
  });
});
