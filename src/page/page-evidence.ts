import { pageText, visibleText } from './dom-text';
import { hasTurkishLetters, toMatchForm } from './text';

/** Page-level facts recognition scores against, read once per call. */
export interface PageEvidence {
  readonly doc: Document;
  /** `url.pathname`, as given (paths are matched case-insensitively). */
  readonly path: string;
  /** Folded heading texts: h1–h6, legends, panel titles, the active wizard step, `<title>`. */
  readonly headings: readonly string[];
  /** Folded visible text of the page body (capped), for phrases such as "Tekrar Gönder". */
  readonly text: string;
  /** `<html lang>` reduced to its base language, or ''. */
  readonly htmlLang: string;
  /** Whether the raw page text holds letters only Turkish uses (ğ, ı, ş…): a language hint. */
  readonly hasTurkishText: boolean;
}

const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, legend, .panel-title, .page-header, .page-title, .content--box--title';

/**
 * Step bars list every step's name; only the current step says where the user is. Menus
 * (the site's navbar lists "İlk Başvuru / Uzatma Başvurusu / Geçiş Başvurusu" on every
 * page) say nothing about the page at all. Headings inside either count only when they are
 * the current step of a step bar.
 */
const NAVIGATION = '.regist--steps, .navbar, nav, .breadcrumb, [role=navigation]';
const CURRENT_STEP = '.regist--steps .active, [aria-current="step"]';

/** Enough text to hold any page's signature phrases; bounds the cost on long pages. */
const PAGE_TEXT_LIMIT = 20_000;

export function readPageEvidence(doc: Document, url: URL): PageEvidence {
  const rawText = doc.body ? pageText(doc.body, PAGE_TEXT_LIMIT) : '';
  return {
    doc,
    path: url.pathname,
    headings: collectHeadings(doc),
    text: toMatchForm(rawText),
    htmlLang: (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split('-')[0] ?? '',
    hasTurkishText: hasTurkishLetters(rawText),
  };
}

function collectHeadings(doc: Document): string[] {
  const headings: string[] = [];
  const add = (text: string): void => {
    const folded = toMatchForm(text);
    if (folded) headings.push(folded);
  };
  for (const heading of doc.querySelectorAll(HEADING_SELECTOR)) {
    if (!heading.closest(NAVIGATION)) add(visibleText(heading));
  }
  // A step reads "3 İkamet İzni Bilgileri": the step number is not part of its name.
  for (const step of doc.querySelectorAll(CURRENT_STEP)) add(visibleText(step).replace(/^\d+\s*/, ''));
  add(doc.title);
  return headings;
}
