import type { FieldKey } from '../contracts/field-keys';
import type { ApplicationKind } from '../domain/permits';
import { fieldCatalogue } from './catalogue';
import { collectControls, type PageControl } from './controls';
import { collectDisplayControls } from './display-fields';
import { type FieldMatch, matchControl, outranks } from './field-matching';
import { APPLICATION_KIND_HEADINGS, APPLICATION_KIND_PATHS, CURRENT_PERMIT_FIELDS } from './kind-signals';
import { type PageEvidence, readPageEvidence } from './page-evidence';
import { choosePage, pageAllows, type ScoredPage } from './page-scoring';
import type { PageSpec } from './pages';
import type {
  PageDrift,
  PageRecognition,
  RecognizedField,
  UnknownControl,
  WidgetKind,
} from './recognition-types';
import { isTaughtControl, type TaughtField } from './taught';
import { hasTurkishLetters } from './text';

/**
 * Recognises an e-İkamet page: its kind, language, fields and how far it has drifted from
 * the catalogue. A pure function of the DOM and the URL: the wizard is rendered by script
 * after load, so callers run it again on every DOM change.
 *
 * Steps: collect the controls and every catalogue key each one fits (by id, posted name,
 * label text); score the page kinds on URL, markers, headings, phrases and the field set;
 * then settle each control's key in the light of the chosen kind and compare the result
 * with what that kind always has. What a person taught about this kind of page (`taught`)
 * outranks every other signal, and a taught field counts as one the page has.
 */
export function recognizePage(
  doc: Document,
  url: URL | string,
  taught: readonly TaughtField[] = [],
): PageRecognition {
  // A string is accepted too: the content script hands over `location.href`.
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  const candidates = collectControls(doc).map((control) => ({ control, matches: matchControl(control) }));
  const displays = collectDisplayControls(doc).map((control) => ({
    control,
    matches: matchControl(control),
  }));
  const evidence = readPageEvidence(doc, pageUrl);
  const keysOf = ({ matches }: Candidate) => new Set(matches.map((match) => match.key));
  const page = choosePage(evidence, candidates.map(keysOf), displays.map(keysOf));
  const spec = page?.spec ?? null;
  const teach = spec ? taught.filter((entry) => entry.page === spec.kind) : [];
  const { fields, unknown, unknownControls } = assignFields(
    teach.length > 0 ? candidates.map((candidate) => withTaught(candidate, teach, spec)) : candidates,
    spec,
    new Set(teach.map((entry) => entry.key)),
  );
  const displayed = assignDisplays(displays, spec, fields);
  const allFields = displayed.length === 0 ? fields : inDocumentOrder([...fields, ...displayed]);
  const drift = spec ? measureDrift(spec, allFields, unknown) : null;
  return {
    kind: spec?.kind ?? 'unknown',
    lang: detectLanguage([...candidates, ...displays], page, evidence),
    fields: allFields,
    drift,
    fillAllowed: (spec?.fillable ?? false) && drift === null,
    applicationKind: spec ? detectApplicationKind(spec, allFields, evidence) : null,
    unknownControls,
  };
}

/** A control a person taught: its taught key comes first. */
function withTaught(candidate: Candidate, taught: readonly TaughtField[], spec: PageSpec | null): Candidate {
  const { control } = candidate;
  const seen = { label: controlName(control), id: control.id, name: control.name, widget: control.widget };
  const entry = spec && taught.find((known) => isTaughtControl(known, spec.kind, seen));
  if (!entry) return candidate;
  const taughtMatch: FieldMatch = { key: entry.key, signal: 'taught', strength: 0, lang: null };
  return { control, matches: [taughtMatch, ...candidate.matches.filter((match) => match.key !== entry.key)] };
}

interface Candidate {
  readonly control: PageControl;
  readonly matches: readonly FieldMatch[];
}

interface Assignment {
  readonly fields: RecognizedField[];
  /** Label texts of controls that fit no field of this page. */
  readonly unknown: string[];
  readonly unknownControls: UnknownControl[];
}

/**
 * Gives each control one key: the strongest match among the keys this page has, else its
 * strongest match overall (which then also counts as unknown to this page). When two
 * controls claim the same key, the stronger keeps it and the other is reported as unknown:
 * an ambiguous page must not be filled.
 */
function assignFields(
  candidates: readonly Candidate[],
  spec: PageSpec | null,
  taughtKeys: ReadonlySet<FieldKey> = new Set(),
): Assignment {
  const chosen = new Map<FieldKey, { candidate: Candidate; match: FieldMatch }>();
  const unknown: string[] = [];
  const unknownControls: UnknownControl[] = [];
  const allows = (key: FieldKey) => spec !== null && (pageAllows(spec, key) || taughtKeys.has(key));
  const notKnown = (control: PageControl, fallback = '') => {
    const label = controlName(control);
    if (label || fallback) unknown.push(label || fallback);
    const { element, id, name, widget } = control;
    unknownControls.push({ element, label, id, name, widget });
  };
  for (const candidate of candidates) {
    const { control, matches } = candidate;
    const match = (spec && matches.find((m) => allows(m.key))) ?? matches[0];
    if (!match) {
      notKnown(control);
      continue;
    }
    if (spec && !allows(match.key)) notKnown(control, match.key);
    const rival = chosen.get(match.key);
    if (rival && !outranks(match, rival.match)) {
      notKnown(control, match.key);
      continue;
    }
    if (rival) notKnown(rival.candidate.control, match.key);
    chosen.set(match.key, { candidate, match });
  }
  const fields = [...chosen.values()]
    .sort((a, b) => candidates.indexOf(a.candidate) - candidates.indexOf(b.candidate))
    .map(({ candidate, match }) => toRecognizedField(candidate.control, match, spec));
  return { fields, unknown, unknownControls };
}

/**
 * Values printed as text take a key only when this page has that field and no input holds
 * it already; any other printed label ("Başvuru Numarası" on the status page) is page text,
 * not drift. Pages the assistant only explains (the summary's recap, the status page) keep
 * their printed values to themselves: the recap repeats what the steps were read for, and
 * reading it again after the save would bring back the application just ended.
 */
function assignDisplays(
  displays: readonly Candidate[],
  spec: PageSpec | null,
  fields: readonly RecognizedField[],
): RecognizedField[] {
  if (!spec?.fillable) return [];
  const taken = new Set(fields.map((field) => field.key));
  const displayed: RecognizedField[] = [];
  for (const { control, matches } of displays) {
    const match = matches.find((m) => pageAllows(spec, m.key) && !taken.has(m.key));
    if (!match) continue;
    taken.add(match.key);
    displayed.push(toRecognizedField(control, match, spec));
  }
  return displayed;
}

const DOCUMENT_POSITION_FOLLOWING = 4;

function inDocumentOrder(fields: RecognizedField[]): RecognizedField[] {
  return fields.sort((a, b) =>
    a.element === b.element
      ? 0
      : a.element.compareDocumentPosition(b.element) & DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1,
  );
}

function toRecognizedField(control: PageControl, match: FieldMatch, spec: PageSpec | null): RecognizedField {
  const widget: WidgetKind = match.key === 'captcha' ? 'captcha' : control.widget;
  // A disabled Kendo list (district before a province is chosen) is still a field to fill
  // once the cascade enables it; only read-only display fields are never filled.
  const fillable = fieldCatalogue()[match.key].fillable && (spec?.fillable ?? false) && widget !== 'readonly';
  return {
    key: match.key,
    element: control.element,
    anchor: control.anchor,
    widget,
    matchedBy: match.signal,
    label: controlName(control),
    fillable,
  };
}

/** The text that names a control: its label, else its first hint (title, placeholder). */
function controlName(control: PageControl): string {
  return control.label || control.hints[0] || '';
}

/**
 * Drift: the page matched its kind only partly. Any always-present field missing, any
 * control that fits no field of the page, or a field rendered as another widget than the
 * catalogue expects (a text box where a Kendo list was) means the page has changed since
 * the catalogue was written, and filling is switched off.
 */
function measureDrift(
  spec: PageSpec,
  fields: readonly RecognizedField[],
  unknown: readonly string[],
): PageDrift | null {
  const found = new Set(fields.map((field) => field.key));
  const missing = spec.always.filter((key) => !found.has(key));
  // Text printed on the page is shown, not entered: it is never a changed widget.
  const widgetChanged = fields
    .filter((field) => !isPrinted(field) && !fieldCatalogue()[field.key].widgets.includes(field.widget))
    .map((field) => field.key);
  if (missing.length === 0 && unknown.length === 0 && widgetChanged.length === 0) return null;
  return { missing, unknown: [...new Set(unknown)], widgetChanged };
}

/** A display field: a value printed as text rather than held by a form control. */
function isPrinted(field: RecognizedField): boolean {
  return field.widget === 'readonly' && !field.element.matches('input, select, textarea');
}

/**
 * The page's language, by vote: each field label that matched a TR or EN pattern, each
 * unmatched label with Turkish letters, each heading or phrase signature, and `<html lang>`
 * as a half vote (a page may declare one language and show another). Ties go to Turkish,
 * the site's default.
 */
function detectLanguage(
  candidates: readonly Candidate[],
  page: ScoredPage | null,
  evidence: PageEvidence,
): 'tr' | 'en' {
  let tr = page?.textHits.tr ?? 0;
  let en = page?.textHits.en ?? 0;
  for (const { control, matches } of candidates) {
    const labelMatch = matches.find((match) => match.signal === 'label');
    if (labelMatch?.lang === 'tr') tr += 1;
    else if (labelMatch?.lang === 'en') en += 1;
    else if (hasTurkishLetters(control.label)) tr += 1;
  }
  if (evidence.htmlLang === 'tr') tr += 0.5;
  if (evidence.htmlLang === 'en') en += 0.5;
  if (tr !== en) return en > tr ? 'en' : 'tr';
  // Nothing else to go on: a page with text but without a single Turkish letter is English.
  return evidence.text && !evidence.hasTurkishText ? 'en' : 'tr';
}

/**
 * Which application the page belongs to: fixed by the entry pages; named in the path on the
 * option and lookup pages; on wizard pages, the presence of current-permit fields (only
 * extension and transfer applications have them) and the page's own headings.
 */
function detectApplicationKind(
  spec: PageSpec,
  fields: readonly RecognizedField[],
  evidence: PageEvidence,
): ApplicationKind | null {
  if (spec.applicationKind) return spec.applicationKind;
  if (spec.kind === 'options' || spec.kind === 'continue') return kindFromPath(evidence.path);
  if (!spec.kind.startsWith('wizard-')) return null;
  const fromHeadings = kindFromHeadings(evidence.headings);
  if (spec.kind !== 'wizard-permit') return fromHeadings;
  const hasCurrentPermit = fields.some((field) => CURRENT_PERMIT_FIELDS.has(field.key));
  if (!hasCurrentPermit) return fromHeadings ?? 'first';
  return fromHeadings === 'first' ? null : fromHeadings;
}

function kindFromPath(path: string): ApplicationKind | null {
  for (const kind of ['extension', 'transfer', 'first'] as const) {
    if (APPLICATION_KIND_PATHS[kind].test(path)) return kind;
  }
  return null;
}

function kindFromHeadings(headings: readonly string[]): ApplicationKind | null {
  const kinds = (['extension', 'transfer', 'first'] as const).filter((kind) =>
    APPLICATION_KIND_HEADINGS[kind].some((pattern) => headings.some((heading) => pattern.test(heading))),
  );
  // Two flows named at once (e.g. "Uzatma / Geçiş") tell nothing.
  return kinds.length === 1 ? (kinds[0] ?? null) : null;
}
