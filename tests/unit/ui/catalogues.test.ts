import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/contracts/languages';
import { mergeCatalogues, NAMESPACES } from '../../../src/i18n/catalogue';
import { catalogueFor } from '../../../src/i18n/catalogues';
import { protocol } from '../../../src/protocol/protocol';

describe('catalogueFor (the background side of `messages`)', () => {
  it('sends English only for what a language lacks', () => {
    for (const lang of LANGUAGES) {
      const reply = catalogueFor(lang);
      for (const namespace of NAMESPACES) {
        const own = reply.primary[namespace] ?? {};
        for (const key of Object.keys(reply.fallback[namespace] ?? {}))
          expect(own[key], `${lang} ${key}`).toBeFalsy();
      }
    }
    expect(catalogueFor('en').fallback).toEqual({});
  });

  it('fits the protocol’s answer, which refuses anything but texts in known parts', () => {
    const answer = protocol.messages.response;
    const reply = JSON.parse(JSON.stringify(catalogueFor('ru', ['ui', 'rules'])));
    expect(answer.parse(reply)).toEqual(reply);
    expect(answer.safeParse({ ...reply, primary: { ui: { x: 1 } } }).success).toBe(false);
    expect(answer.safeParse({ ...reply, primary: { nonsense: {} } }).success).toBe(false);
  });
});

describe('mergeCatalogues', () => {
  it('joins the two parts of one language and replaces another language', () => {
    const first = catalogueFor('tr', ['ui', 'fields']);
    const later = catalogueFor('tr', ['rules', 'docs']);
    expect(Object.keys(mergeCatalogues(first, later).primary).sort()).toEqual([
      'docs',
      'fields',
      'rules',
      'ui',
    ]);
    const arabic = catalogueFor('ar', ['ui']);
    expect(mergeCatalogues(first, arabic)).toBe(arabic);
  });
});
