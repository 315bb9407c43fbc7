/**
 * Replica snapshots as fresh documents, with values put in the way a user (or the site) would
 * have left them, and rebuilt as generated variants (`tests/support/page-variants.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import type { PageRecognition, RecognizedField } from '../../../src/page/recognition-types';
import { recognizePage } from '../../../src/page/recognize';
import { htmlDocument } from '../../support/html-document';
import { applyPageVariant, LATE_INJECTION_MS, type VariantResult } from '../../support/page-variants';
import { REPLICA_ORIGIN, REPLICA_PAGES, type ReplicaLang, type ReplicaPage } from '../../support/replica';

const SNAPSHOTS = join(process.cwd(), 'tests/fixtures/eikamet/snapshots');
const htmlCache = new Map<string, string>();

export function loadSnapshot(lang: ReplicaLang, id: string): Document {
  const file = join(SNAPSHOTS, lang, `${id}.html`);
  let html = htmlCache.get(file);
  if (html === undefined) {
    // Stylesheets and scripts dropped (happy-dom would fetch them), and Kendo's icon SVGs,
    // which hold no text and make up much of each page's elements.
    html = readFileSync(file, 'utf8')
      .replace(/<link\b[^>]*>/gi, '')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<svg\b[\s\S]*?<\/svg>/gi, '');
    htmlCache.set(file, html);
  }
  return htmlDocument(html);
}

export function replicaPage(id: string): ReplicaPage {
  const page = REPLICA_PAGES.find((candidate) => candidate.id === id);
  if (!page) throw new Error(`no replica page ${id}`);
  return page;
}

export function pageUrl(page: ReplicaPage, path: string | null = null): URL {
  return new URL(path ?? page.path, REPLICA_ORIGIN);
}

/** A value as a user leaves it: a list's code with the text shown, or the text typed. */
export interface TypedValue {
  readonly value: string;
  readonly text?: string;
}

/**
 * Puts a value into a recognised field of a snapshot, as the page would hold it: typed text
 * in an input (property and attribute, so moved or cloned nodes keep it), a Kendo list's code
 * in its hidden input with the chosen text shown in the widget, a printed value as its text.
 */
export function setFieldValue(field: RecognizedField, typed: TypedValue): void {
  // A value the page prints as text (a variant's read-only field) is the text itself.
  if (!field.element.matches('input, select, textarea')) {
    field.element.textContent = typed.value;
    return;
  }
  const element = field.element as HTMLInputElement;
  element.value = typed.value;
  element.setAttribute('value', typed.value);
  if (field.widget === 'dropdown') {
    const shown = field.anchor.querySelector('.k-input-value-text, .k-input');
    if (shown) shown.textContent = typed.text ?? typed.value;
  }
}

export interface VariantPage {
  readonly doc: Document;
  readonly url: URL;
  readonly result: VariantResult;
  /** The variant recognised (on first use: a page the variant left as served need not be). */
  readonly recognition: PageRecognition;
  /** Whether the variant left this page exactly as served (same URL, same markup and values). */
  readonly unchanged: boolean;
}

/**
 * Pages as served with values put in, by language, page and values, most recently used last.
 * A variant test starts from the same such page many times over (once per variant, and once
 * per step and scenario in the findings); recognising the page to put the values in cost about
 * as much as the variant's own recognition, so each is built once and cloned. A clone is the
 * same tree with the same input values (happy-dom copies them as a browser does), and the
 * variant is applied to the clone only. Those of the latest pages are kept: the variant suite
 * goes through every page of a language once per variant.
 */
const valuedPages = new Map<string, Document>();
/** Room for the 20 replica pages of a language, and a few more. */
const KEPT_VALUED_PAGES = 24;

function valuedPage(
  lang: ReplicaLang,
  page: ReplicaPage,
  values: Partial<Record<FieldKey, TypedValue>>,
): Document {
  const key = `${lang} ${page.id} ${JSON.stringify(values)}`;
  let doc = valuedPages.get(key);
  if (doc) valuedPages.delete(key);
  else {
    doc = loadSnapshot(lang, page.id);
    if (Object.keys(values).length > 0) {
      for (const field of recognizePage(doc, pageUrl(page)).fields) {
        const typed = values[field.key];
        if (typed) setFieldValue(field, typed);
      }
    }
  }
  valuedPages.set(key, doc);
  for (const oldest of valuedPages.keys()) {
    if (valuedPages.size <= KEPT_VALUED_PAGES) break;
    valuedPages.delete(oldest);
  }
  return doc;
}

/** A replica page as served, with values put in (by key), as a document of its own. */
export function servedPage(
  lang: ReplicaLang,
  page: ReplicaPage,
  values: Partial<Record<FieldKey, TypedValue>>,
): Document {
  return valuedPage(lang, page, values).cloneNode(true) as Document;
}

/** The markup of a page as served with values put in, serialised once per page. */
const servedMarkups = new WeakMap<Document, string>();
function servedMarkup(served: Document): string {
  let markup = servedMarkups.get(served);
  if (markup === undefined) {
    markup = served.documentElement.outerHTML;
    servedMarkups.set(served, markup);
  }
  return markup;
}

/**
 * Variant pages built lately, by language, page, variant, values and seed. The variant suite
 * checks each of a variant's pages, then reads five of them again for the headline findings
 * (typing into them): it gets the pages it built, not a second build of each.
 */
const builtPages = new Map<string, VariantPage>();
const KEPT_BUILT_PAGES = 24;

/**
 * A replica page with values put in (by key, on the page as served), then rebuilt as the
 * variant and recognised again; a late injection is waited for first. Asked again with the
 * same arguments soon after, the same page (as it now is) is handed back.
 */
export async function variantPage(
  lang: ReplicaLang,
  page: ReplicaPage,
  variant: string,
  values: Partial<Record<FieldKey, TypedValue>> = {},
  seed = 7,
): Promise<VariantPage> {
  const key = `${lang} ${page.id} ${variant} ${seed} ${JSON.stringify(values)}`;
  const kept = builtPages.get(key);
  if (kept) return kept;
  const built = buildVariantPage(lang, page, variant, values, seed);
  builtPages.set(key, built);
  for (const oldest of builtPages.keys()) {
    if (builtPages.size <= KEPT_BUILT_PAGES) break;
    builtPages.delete(oldest);
  }
  return built;
}

function buildVariantPage(
  lang: ReplicaLang,
  page: ReplicaPage,
  variant: string,
  values: Partial<Record<FieldKey, TypedValue>>,
  seed: number,
): VariantPage {
  const served = valuedPage(lang, page, values);
  const doc = served.cloneNode(true) as Document;
  // The late injection runs on a fake clock, moved past its delay: the page as a user sees it
  // once the content is back, without the suite waiting for it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let result: VariantResult;
  try {
    result = applyPageVariant(doc, variant, seed);
    vi.advanceTimersByTime(LATE_INJECTION_MS);
  } finally {
    vi.useRealTimers();
  }
  const url = pageUrl(page, result.path);
  let recognition: PageRecognition | undefined;
  return {
    doc,
    url,
    result,
    get recognition() {
      recognition ??= recognizePage(doc, url);
      return recognition;
    },
    get unchanged() {
      return (
        result.path === null &&
        result.addedUnknownLabel === null &&
        doc.documentElement.outerHTML === servedMarkup(served)
      );
    },
  };
}
