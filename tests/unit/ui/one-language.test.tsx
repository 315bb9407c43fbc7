/**
 * One language at a time (issue 14 §5): each view the extension renders (popup, options page,
 * the panel's findings and checklist, the printable checklist, the profile editor's checks),
 * in each language, shows no text from another language's catalogue and, outside English, no
 * English source note.
 *
 * How a leak is found: every catalogue text of the other languages (locales/<lang>/*.json) is
 * cut at its placeholders; each piece of two words or more that the view's own catalogues do
 * not also contain must not appear in the rendered text (visible text and accessible names).
 * The English notes of the rules' and checklists' sources count as English catalogue text.
 *
 * Exceptions, and why (`ALLOWED`):
 * - Texts identical across catalogues are not leaks: a piece also found in the view's own
 *   catalogues is skipped (the product name "e-İkamet", legal citations such as "YUKK 24(2)",
 *   Turkish document names the translations deliberately quote: "18 yaş altı ve 65 yaş üstü
 *   olanlar", "İkamet İzni Başvuru Belgesi").
 * - The e-İkamet site's own option texts, in Turkish or English: a finding quotes an option as
 *   the page shows it, so an English page's "Under 18 and over 65" appears in a Turkish view.
 * - Field values (names, places, the profile's data) are the user's, not catalogue text.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES, type Language } from '../../../src/contracts/languages';
import { checklist } from '../../../src/domain/checklists';
import type { Finding, RuleSource } from '../../../src/domain/findings';
import {
  INSURANCE_TYPE_LABELS,
  PERMIT_TYPE_LABELS,
  SHORT_TERM_PURPOSE_LABELS,
} from '../../../src/domain/permits';
import { RULES } from '../../../src/domain/rules';
import { referenceIn } from '../../../src/domain/source-citations';
import { PrintChecklist } from '../../../src/features/checklist/print/PrintChecklist';
import { FindingsRegion } from '../../../src/features/live-checks/content/findings/FindingsRegion';
import { describeFindings } from '../../../src/features/live-checks/content/findings/finding-view';
import { ChecklistView } from '../../../src/features/lookups/popup/ChecklistView';
import { FindingsList } from '../../../src/features/profiles/popup/FindingsList';
import { createProfileText } from '../../../src/features/profiles/popup/text';
import { loadPageCatalogues } from '../../../src/i18n/page-catalogues';
import { checklistForWire, type PrintRequest } from '../../../src/permit-application/checklist-schema';
import { OptionsApp } from '../../../src/ui/pages/OptionsApp';
import { PopupApp } from '../../../src/ui/pages/PopupApp';
import { sampleProfile } from '../profile/helpers';
import { uiText } from './ui-text';

const TODAY = new Date(2026, 4, 4);
const LOCALES = path.resolve('locales');

type Catalogue = Readonly<Record<string, string>>;
function catalogues(lang: Language): Catalogue[] {
  return readdirSync(path.join(LOCALES, lang)).map((file) =>
    JSON.parse(readFileSync(path.join(LOCALES, lang, file), 'utf8')),
  );
}

/** The site's own option texts, quoted as the page shows them (see the header). */
const ALLOWED: readonly string[] = [
  ...[INSURANCE_TYPE_LABELS, PERMIT_TYPE_LABELS, SHORT_TERM_PURPOSE_LABELS].flatMap((labels) =>
    Object.values(labels).flatMap(({ tr, en }) => [tr, en]),
  ),
];

/** Every source the views show: its English note for the English views, its citation for the others. */
function sources(): RuleSource[] {
  const all = new Map<string, RuleSource>();
  for (const rule of RULES) for (const source of rule.sources) all.set(source.reference, source);
  for (const type of ['short-term', 'family', 'student', 'long-term'] as const)
    for (const item of checklist(type, type === 'short-term' ? 'tourism' : undefined, 'first', {}).items)
      all.set(item.source.reference, item.source);
  return [...all.values()];
}

const normalise = (text: string) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
const WORDS = /\p{L}{2,}.*\s.*\p{L}{2,}/u;

/** The pieces of another language's texts that would betray a leak. */
function foreignPieces(lang: Language): Map<string, string> {
  const own = normalise(
    catalogues(lang)
      .flatMap((catalogue) => Object.values(catalogue))
      .join('\n'),
  );
  const pieces = new Map<string, string>();
  const consider = (text: string, origin: string) => {
    for (const raw of text.split(/\{\w+\}/)) {
      const piece = normalise(raw)
        .trim()
        .replace(/^[\s.,:;()«»"'—–-]+|[\s.,:;()«»"'—–-]+$/g, '');
      if (piece.length < 8 || !WORDS.test(piece) || own.includes(piece)) continue;
      if (ALLOWED.some((allowed) => allowed.includes(piece) || piece.includes(allowed))) continue;
      pieces.set(piece, origin);
    }
  };
  for (const other of LANGUAGES.filter((candidate) => candidate !== lang))
    for (const catalogue of catalogues(other))
      for (const [key, text] of Object.entries(catalogue)) consider(text, `${other}:${key}`);
  // A note that is its own citation (no English in it, e.g. "YUKK 24(3)") is shown everywhere.
  if (lang !== 'en')
    for (const source of sources())
      if (referenceIn(source, lang) !== source.reference) consider(source.reference, 'en:source note');
  return pieces;
}

/** Visible text and accessible names of what is rendered. */
function renderedText(): string {
  const attributes = [
    ...document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'),
  ].flatMap((element) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
  );
  return normalise([document.body.textContent ?? '', ...attributes].join('\n'));
}

function leaks(lang: Language): string[] {
  const text = renderedText();
  return [...foreignPieces(lang)]
    .filter(([piece]) => text.includes(piece))
    .map(([piece, from]) => `${from}: ${piece}`);
}

/** One finding per message of every rule, each with the rule's sources, and sample values. */
function everyFinding(): Finding[] {
  return RULES.flatMap(
    (rule) =>
      rule.messageKeys.map((messageKey, index) => ({
        ruleId: rule.id,
        severity: 'warning' as const,
        messageKey,
        params: {
          age: 70,
          days: 5,
          daysLeft: 5,
          daysLate: 3,
          ageOption: '18 yaş altı ve 65 yaş üstü olanlar',
        },
        fields: ['birthDate', 'passportExpiry'] as const,
        source: rule.sources[index % rule.sources.length] ?? rule.sources[0],
      })) as Finding[],
  );
}

const PROFILES = [
  sampleProfile({ id: 'p-closing', givenName: 'Anna', surname: 'Petrova', currentPermitEnd: '13.05.2026' }),
  sampleProfile({ id: 'p-ended', givenName: 'Omar', surname: 'Haddad', currentPermitEnd: '01.05.2026' }),
  sampleProfile({
    id: 'p-passport',
    givenName: 'Li',
    surname: 'Wei',
    currentPermitEnd: '20.12.2026',
    requestedEnd: '01.06.2027',
    passportExpiry: '01.07.2027',
  }),
];

beforeAll(async () => {
  for (const lang of LANGUAGES) await loadPageCatalogues(lang);
});
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

async function seed(lang: Language) {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ profiles: PROFILES, profiles$: { v: 2 }, 'ui:language': lang });
}

describe.each(LANGUAGES)('the %s views show one language only', (lang) => {
  it('popup', { timeout: 20_000 }, async () => {
    await seed(lang);
    render(<PopupApp today={TODAY} />);
    await waitFor(() => expect(document.querySelectorAll('[data-glance-kind]').length).toBeGreaterThan(0));
    expect(leaks(lang)).toEqual([]);
  });

  it('options page', { timeout: 20_000 }, async () => {
    await seed(lang);
    render(<OptionsApp today={TODAY} />);
    await waitFor(() =>
      expect(document.querySelectorAll('[data-profile-table] [data-profile-id]')).toHaveLength(3),
    );
    expect(leaks(lang)).toEqual([]);
  });

  it('panel: every rule’s findings with their sources', () => {
    const text = uiText(lang);
    render(<FindingsRegion views={describeFindings(everyFinding(), text)} text={text} />);
    expect(leaks(lang)).toEqual([]);
  });

  it('popup and options: the profile’s checks and the checklists with their sources', () => {
    const text = createProfileText(lang);
    render(
      <>
        <FindingsList text={text} findings={everyFinding()} />
        {(['short-term', 'family', 'student', 'long-term'] as const).map((type) => (
          <ChecklistView
            key={type}
            text={text}
            result={checklist(type, type === 'short-term' ? 'tourism' : undefined, 'first', {})}
          />
        ))}
      </>,
    );
    expect(leaks(lang)).toEqual([]);
  });

  it('printable checklist', () => {
    const print: PrintRequest = {
      lang,
      checklist: { permitType: 'short-term', purpose: 'tourism', kind: 'extension', today: '04.05.2026' },
      applicantName: 'Anna Petrova',
      ticks: [],
    };
    render(
      <PrintChecklist
        print={print}
        result={checklistForWire(print.checklist)}
        text={uiText(lang)}
        onPrint={() => {}}
      />,
    );
    expect(leaks(lang)).toEqual([]);
  });
});

describe('source citations', () => {
  /** Words of the English catalogues that no Turkish catalogue uses: English, not a shared name. */
  const englishWords = (() => {
    const words = (lang: Language) =>
      new Set(
        catalogues(lang)
          .flatMap((catalogue) => Object.values(catalogue))
          .join(' ')
          .toLocaleLowerCase('en')
          .match(/\p{L}{3,}/gu),
      );
    const turkish = words('tr');
    return new Set([...words('en')].filter((word) => !turkish.has(word)));
  })();

  /** Proper names that happen to hold an English word. */
  const NAMES = ['Online İkamet Randevu Danışmanlık'];

  it('every source shown in Turkish, Arabic and Russian is cited without English words', () => {
    const english = sources().flatMap((source) => {
      const citation = referenceIn(source, 'tr');
      const words = NAMES.reduce((text, name) => text.replaceAll(name, ''), citation)
        .toLocaleLowerCase('en')
        .match(/\p{L}{3,}/gu);
      return (words ?? []).filter((word) => englishWords.has(word)).map((word) => `${word} in "${citation}"`);
    });
    expect(english).toEqual([]);
  });
});
