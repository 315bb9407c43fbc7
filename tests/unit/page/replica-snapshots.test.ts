/**
 * Fixture-driven recognition tests over the replica's DOM snapshots (taken after Kendo
 * initialisation and script rendering), in both languages, in the manner of Firefox's form
 * autofill heuristics tests: each page's expected result is written out in
 * `replica-expectations.ts`, and each page is also mutated in the test to check that
 * recognition survives drift in one signal at a time and reports drift where it must.

 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { GATE_KEYS } from '../../../src/page/catalogue';
import { type PageSpec, pageCatalogue } from '../../../src/page/pages';
import type { PageRecognition } from '../../../src/page/recognition-types';
import { recognizePage } from '../../../src/page/recognize';
import { htmlDocument } from '../../support/html-document';
import {
  REPLICA_LANGS,
  REPLICA_ORIGIN,
  REPLICA_PAGES,
  type ReplicaLang,
  type ReplicaPage,
} from '../../support/replica';
import { REPLICA_EXPECTATIONS } from './replica-expectations';

// Vitest runs from the project root; `import.meta.url` is not a file URL under happy-dom.
const SNAPSHOTS = join(process.cwd(), 'tests/fixtures/eikamet/snapshots');

function snapshotFile(lang: ReplicaLang, id: string): string {
  return join(SNAPSHOTS, lang, `${id}.html`);
}

/**
 * A fresh document from a snapshot. Stylesheet links and external scripts are dropped first:
 * happy-dom would try to fetch them (and log a stack trace per file), and they are not part
 * of the DOM state recognition reads. Inline scripts stay where the page has them.
 */
function loadSnapshot(lang: ReplicaLang, id: string): Document {
  const html = readFileSync(snapshotFile(lang, id), 'utf8')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/gi, '');
  return htmlDocument(html);
}

function sortedKeys(recognition: PageRecognition): FieldKey[] {
  return recognition.fields.map((field) => field.key).sort();
}

function sorted(keys: readonly FieldKey[]): FieldKey[] {
  return [...keys].sort();
}

function specOfKind(kind: PageSpec['kind']): PageSpec {
  const spec = pageCatalogue().find((candidate) => candidate.kind === kind);
  if (!spec) throw new Error(`no page spec for ${kind}`);
  return spec;
}

function specOf(page: ReplicaPage): PageSpec {
  return specOfKind(page.expectedKind);
}

const CONTROLS = 'input, select, textarea';
const NONSENSE_LABEL = 'Lorem ipsum dolor';
const UNKNOWN_FIELD_LABEL = 'Zyxwv Qrstu Plmok';

/** (a) Labels only: every control loses its id and name. */
function stripIdsAndNames(doc: Document): void {
  for (const control of doc.querySelectorAll(CONTROLS)) {
    control.removeAttribute('id');
    control.removeAttribute('name');
  }
}

/** (b) Ids only: every label's text is replaced by nonsense; controls inside labels stay. */
function rewordLabels(doc: Document): void {
  for (const label of doc.querySelectorAll('label')) {
    const walker = doc.createTreeWalker(label, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Node[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.trim()) texts.push(node);
    for (const text of texts) text.textContent = ` ${NONSENSE_LABEL} `;
  }
}

/** (d) The rows of two fields the page always has, removed. */
function removeFields(recognition: PageRecognition, keys: readonly FieldKey[]): void {
  for (const key of keys) {
    const field = recognition.fields.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`${key} not recognised before removal`);
    (field.anchor.closest('.form-group') ?? field.anchor).remove();
  }
}

/** (e) A labelled input the catalogue cannot know. */
function addUnknownField(doc: Document): void {
  const container = doc.querySelector('form') ?? doc.querySelector('.content--box--detail') ?? doc.body;
  const row = doc.createElement('div');
  row.className = 'form-group';
  const label = doc.createElement('label');
  label.className = 'col-lg-4 control-label';
  label.htmlFor = 'zyxwv';
  label.textContent = UNKNOWN_FIELD_LABEL;
  const controls = doc.createElement('div');
  controls.className = 'col-lg-8 controls';
  const input = doc.createElement('input');
  input.type = 'text';
  input.id = 'zyxwv';
  input.className = 'form-control';
  controls.append(input);
  row.append(label, controls);
  container.append(row);
}

describe('replica expectations', () => {
  it('covers every replica page, and nothing else', () => {
    expect(Object.keys(REPLICA_EXPECTATIONS).sort()).toEqual(REPLICA_PAGES.map((page) => page.id).sort());
  });
});

describe.each(REPLICA_LANGS)('replica wizard shell before its script ran (%s)', (lang) => {
  const id = 'wizard-personal';
  const url = new URL('/Ikamet/Basvuru/KisiselBilgiler', REPLICA_ORIGIN);

  it('is the personal step by URL, fully drifted until the step renders', () => {
    const before = recognizePage(loadSnapshot(lang, `${id}.before-script`), url);
    expect(before.kind).toBe('wizard-personal');
    expect(before.fields).toEqual([]);
    expect(before.drift?.missing).toHaveLength(specOfKind('wizard-personal').always.length);
    expect(before.fillAllowed).toBe(false);
    const after = recognizePage(loadSnapshot(lang, id), url);
    expect(after.drift).toBeNull();
    expect(after.fillAllowed).toBe(true);
  });
});

const CASES = REPLICA_PAGES.flatMap((page) => REPLICA_LANGS.map((lang) => ({ page, lang })));

describe.each(CASES)('replica snapshot $lang/$page.id', ({ page, lang }) => {
  const test = it;
  const expected = REPLICA_EXPECTATIONS[page.id];
  const spec = specOf(page);
  const url = new URL(page.path, REPLICA_ORIGIN);
  const recognize = (doc: Document, at: URL = url): PageRecognition => recognizePage(doc, at);
  // Parsing is the slow part; tests that do not change the page share one document.
  let shared: Document | undefined;
  const unchanged = (): Document => {
    shared ??= loadSnapshot(lang, page.id);
    return shared;
  };

  test('is recognised with its kind, language and exact field set, without drift', () => {
    if (!expected) throw new Error(`no expectation for ${page.id}`);
    const recognition = recognize(unchanged());
    expect(recognition.kind).toBe(page.expectedKind);
    expect(recognition.lang).toBe(lang);
    expect(sortedKeys(recognition)).toEqual(sorted(expected.keys));
    expect(recognition.drift).toBeNull();
    expect(recognition.fillAllowed).toBe(expected.fillAllowed);
    expect(recognition.applicationKind).toBe(expected.applicationKind);
  });

  test('never marks a human gate or a read-only field fillable, and anchors on what the user sees', () => {
    const recognition = recognize(unchanged());
    for (const field of recognition.fields) {
      if (GATE_KEYS.has(field.key) || field.widget === 'readonly')
        expect(field.fillable, field.key).toBe(false);
      if (field.widget === 'dropdown') {
        expect(field.anchor, field.key).not.toBe(field.element);
        expect(field.anchor.contains(field.element), field.key).toBe(true);
      }
    }
  });

  test('(a) finds the same fields by label when every id and name is stripped', () => {
    if (!expected) throw new Error(`no expectation for ${page.id}`);
    const doc = loadSnapshot(lang, page.id);
    stripIdsAndNames(doc);
    const recognition = recognize(doc);
    expect(recognition.kind).toBe(page.expectedKind);
    expect(sortedKeys(recognition)).toEqual(sorted(expected.keys));
  });

  test('(b) with every label reworded, finds by id what has a known id and reports drift for the rest', () => {
    if (!expected) throw new Error(`no expectation for ${page.id}`);
    const doc = loadSnapshot(lang, page.id);
    rewordLabels(doc);
    const recognition = recognize(doc);
    expect(recognition.kind).toBe(page.expectedKind);
    expect(sortedKeys(recognition)).toEqual(sorted(expected.keysWithoutLabels));
    const lost = expected.keys.filter((key) => !expected.keysWithoutLabels.includes(key));
    if (lost.length === 0) {
      expect(recognition.drift).toBeNull();
    } else {
      expect(recognition.drift?.missing).toEqual(spec.always.filter((key) => lost.includes(key)));
      expect(recognition.drift?.unknown.some((text) => text.includes(NONSENSE_LABEL))).toBe(true);
      expect(recognition.fillAllowed).toBe(false);
    }
  });

  test('(c) is recognised by its content at an unknown URL', () => {
    if (!expected) throw new Error(`no expectation for ${page.id}`);
    const recognition = recognize(unchanged(), new URL('/Ikamet/Bilinmeyen/Sayfa', REPLICA_ORIGIN));
    expect(recognition.kind).toBe(page.expectedKind);
    expect(sortedKeys(recognition)).toEqual(sorted(expected.keys));
    expect(recognition.drift).toBeNull();
  });

  // The URL of another kind of page (the next one in the flow with a different kind).
  const index = REPLICA_PAGES.indexOf(page);
  const otherPage = [...REPLICA_PAGES.slice(index + 1), ...REPLICA_PAGES.slice(0, index)].find(
    (candidate) => candidate.expectedKind !== page.expectedKind,
  );
  // Pages whose kind appears only once in the flow have no other URL to borrow.
  if (otherPage) {
    test(`(c') is recognised by its content at the URL of another kind of page`, () => {
      const recognition = recognize(unchanged(), new URL(otherPage.path, REPLICA_ORIGIN));
      expect(recognition.kind).toBe(page.expectedKind);
    });
  }

  // Data fields first; a gate only where the page has fewer than two (the lookup page).
  const removable = [
    ...spec.always.filter((key) => !GATE_KEYS.has(key)),
    ...spec.always.filter((key) => GATE_KEYS.has(key)),
  ].slice(0, 2);
  // Home, options, status, verification and summary pages always have fewer than two fields.
  if (removable.length === 2) {
    test('(d) reports two removed fields as missing, keeps the rest and stops filling', () => {
      if (!expected) throw new Error(`no expectation for ${page.id}`);
      const doc = loadSnapshot(lang, page.id);
      removeFields(recognize(doc), removable);
      const recognition = recognize(doc);
      expect(recognition.kind).toBe(page.expectedKind);
      expect(sorted(recognition.drift?.missing ?? [])).toEqual(sorted(removable));
      expect(recognition.fillAllowed).toBe(false);
      expect(sortedKeys(recognition)).toEqual(
        sorted(expected.keys.filter((key) => !removable.includes(key))),
      );
    });
  }

  test('(e) reports an unknown labelled input in drift.unknown', () => {
    const doc = loadSnapshot(lang, page.id);
    addUnknownField(doc);
    const recognition = recognize(doc);
    expect(recognition.kind).toBe(page.expectedKind);
    expect(recognition.drift?.unknown).toContain(UNKNOWN_FIELD_LABEL);
    expect(recognition.fillAllowed).toBe(false);
  });
});
