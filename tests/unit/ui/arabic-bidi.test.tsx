/**
 * Arabic (issue 14 §5): Latin values and Turkish terms inside Arabic text are isolated so
 * parentheses and numbers keep their order, lists use the Arabic comma, and a date reads the
 * same in the popup and in the panel.
 */
import { render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/findings';
import { FindingsRegion } from '../../../src/features/live-checks/content/findings/FindingsRegion';
import { describeFindings } from '../../../src/features/live-checks/content/findings/finding-view';
import { createProfileText } from '../../../src/features/profiles/popup/text';
import { FSI, formatIsolated, isolate, isolateLatinRuns, joinList, PDI } from '../../../src/i18n/bidi';
import { loadPageCatalogues } from '../../../src/i18n/page-catalogues';
import { listOf } from '../../../src/i18n/translator';
import { uiText } from './ui-text';

const expired: Finding = {
  ruleId: 'extension-window',
  severity: 'error',
  messageKey: 'extension-window.expired',
  params: { currentPermitEnd: '01.05.2026', daysLate: 3, lastNewApplicationDay: '11.05.2026' },
  fields: ['currentPermitEnd', 'birthDate'],
  source: {
    reference: 'YUKK 24(2)',
    url: 'https://www.mevzuat.gov.tr/example',
    confidence: 'official',
    lastVerified: '2026-11-23',
  },
};

beforeAll(() => loadPageCatalogues('ar'));
afterEach(() => document.body.replaceChildren());

describe('isolating Latin runs in right-to-left text', () => {
  it('isolates a Latin name with its number in parentheses, not the Arabic around it', () => {
    expect(isolateLatinRuns('اسأل YİMER (157) أو المديرية')).toBe(
      `اسأل ${isolate('YİMER (157)')} أو المديرية`,
    );
  });

  it('leaves the sentence’s own parentheses outside the isolate', () => {
    expect(isolateLatinRuns('القانون (YUKK 43(1)(ç)).')).toBe(`القانون (${isolate('YUKK 43(1)(ç)')}).`);
  });

  it('leaves a parenthesis the sentence opens after a Latin word outside the isolate', () => {
    // "a CSV client list (columns as in an exported CSV)": the "(" opens Arabic text.
    expect(isolateLatinRuns('قائمة عملاء CSV (بأعمدة ملف CSV المُصدَّر)؛')).toBe(
      `قائمة عملاء ${isolate('CSV')} (بأعمدة ملف ${isolate('CSV')} المُصدَّر)؛`,
    );
  });

  it('isolates a quoted Turkish option, leaving the Arabic quotes and plain numbers alone', () => {
    expect(isolateLatinRuns('اختر «18 yaş altı ve 65 yaş üstü olanlar» (دون 18 وفوق 65)')).toBe(
      `اختر «${isolate('18 yaş altı ve 65 yaş üstü olanlar')}» (دون 18 وفوق 65)`,
    );
  });

  it('never breaks a placeholder and isolates every value put in', () => {
    expect(formatIsolated('انتهى في {currentPermitEnd} (e-İkamet)', { currentPermitEnd: '01.05.2026' })).toBe(
      `انتهى في ${isolate('01.05.2026')} (${isolate('e-İkamet')})`,
    );
  });
});

describe('the Arabic panel and popup', () => {
  it('give a finding with a date the same text in the popup and in the panel', () => {
    const panel = uiText('ar').rule(expired.messageKey, expired.params);
    const popup = createProfileText('ar').rules(expired.messageKey, expired.params);
    expect(panel).toBe(popup);
    expect(panel).toContain(`${FSI}01.05.2026${PDI}`);
    expect(panel).toContain(`${FSI}11.05.2026${PDI}`);
  });

  it('isolates the quoted page option in a finding', () => {
    const text = uiText('ar').rule('insurance-age.chooseAgeOption', {
      age: 70,
      ageOption: 'Under 18 and over 65',
    });
    expect(text).toContain(isolate('Under 18 and over 65'));
    expect(text).toContain(isolate('70'));
  });

  it('names the fields a finding concerns with the Arabic comma, and isolates the reference', () => {
    const text = uiText('ar');
    render(<FindingsRegion views={describeFindings([expired], text)} text={text} />);
    const fields = document.querySelector('.finding-fields')?.textContent ?? '';
    expect(fields).toContain('، ');
    expect(fields).not.toContain(', ');
    expect(document.querySelector('.finding-source dd[dir="auto"]')?.textContent).toBe('YUKK 24(2)');
  });

  it('joins lists with the Arabic comma in Arabic only', () => {
    expect(joinList('ar', ['أ', 'ب', 'ج'])).toBe('أ، ب، ج');
    expect(joinList('tr', ['a', 'b'])).toBe('a, b');
    expect(listOf('ar', ['أ', 'ب', 'ج'])).toBe('أ، ب وج');
  });

  it('leaves left-to-right languages untouched', () => {
    const en = uiText('en').rule(expired.messageKey, expired.params);
    expect(en).not.toContain(FSI);
    expect(en).toContain('01.05.2026');
  });
});
