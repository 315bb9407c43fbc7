/**
 * The fill engine: on the user's request, writes profile values into the recognised fields
 * of the current page, verifies each one, and keeps what was there before so the fill can be
 * undone.
 *
 * - `planFill` (pure) decides, field by field, fill or skip and why.
 * - `applyFill` carries the plan out: plain inputs the way a person's typing is seen (the
 *   native value setter, then bubbling `input` and `change`; focus is never moved), Kendo
 *   widgets through the main-world bridge (`widget.value(…)` + its `change`, so the view
 *   model sees it), addressed by the handle on the recognised element, never by id. Each field
 *   is read back from the page's DOM in this world (for a widget: its input's value and the
 *   text it shows; the bridge's own report is not proof); a field that does not hold what was
 *   intended is put back and reported 'not-verified'. The bridge is sent only the value of the
 *   field being set.
 * - `undoFill` puts every filled field back as it was, unless the user has changed it since.
 *
 * Never: submitting, pointer or keyboard events, navigation, moving focus, or any human gate
 * (captcha, consent, verification codes, the anti-forgery token). Highlighting filled fields
 * is the overlay's job; the report lists them.
 */
import type { Bridge } from './bridge-client';
import { type BridgeError, isProtectedControl, type WidgetOption, type WidgetState } from './bridge-protocol';
import type { FieldKey } from './field-keys';
import {
  type DescribeWanted,
  initialsOf,
  matchOption,
  type PageLang,
  searchQueries,
  type WantedOption,
} from './fill-options';
import type { PageKind } from './page-kinds';
import type { PageRecognition, RecognizedField } from './recognition-types';
import {
  type FieldValue,
  type FieldValues,
  isKendoField,
  readFieldValues,
  widgetFieldValue,
  widgetOfElement,
  widgetsByHandle,
} from './values';
import { domHolds, readWidgetDom } from './widget-dom';

/** Page-ready profile values: dates dd.MM.yyyy, mobile as 10 digits, list fields as profile codes. */
export type ProfileValues = Partial<Record<FieldKey, string>>;

export type SkipReason =
  /** Captcha, consent, verification code, read-only or disabled: the user's alone. */
  | 'not-fillable'
  /** The page drifted from the catalogue, or is not a form page: nothing is filled. */
  | 'page-not-recognised'
  /** The field already holds something else and `overwrite` is off. */
  | 'user-typed'
  /** The field already holds the profile's value. */
  | 'same-value'
  | 'no-profile-value'
  | 'option-not-found'
  /** Several options fit the value equally well; choosing would be a guess. */
  | 'option-ambiguous'
  /** The profile value does not fit the field (format, length). */
  | 'invalid-value'
  /** Set, but the page did not keep it; the field was put back. */
  | 'not-verified'
  /** A Kendo widget and no working bridge. */
  | 'bridge-unavailable'
  /** The field left the page between planning and filling. */
  | 'element-gone'
  | 'failed';

export interface FillOptions {
  /** What the fields hold now (`readFieldValues`). A key missing here counts as empty. */
  readonly current: FieldValues;
  /** The bridge's widget list (`readWidgetValues`), for the options of Kendo lists. */
  readonly widgets?: readonly WidgetState[];
  /** Replace values that are already there. Off by default: the user's typing wins. */
  readonly overwrite?: boolean;
  /** What a profile value looks like in a list (`describeWanted`, or the background's answers). */
  readonly describe: DescribeWanted;
}

export type FillWidget = 'text' | 'dropdown' | 'date' | 'masked';

export interface FillTarget {
  /** The recognised element; a Kendo widget is found through the bridge's handle on it. */
  readonly element: HTMLElement;
  readonly widget: FillWidget;
  /** 'bridge' for Kendo widgets, 'dom' for plain inputs and native selects. */
  readonly via: 'dom' | 'bridge';
}

export interface PlannedFill {
  readonly key: FieldKey;
  readonly action: 'fill';
  readonly target: FillTarget;
  /** What to set; null for a list option that can only be found once the list has loaded (server-side or cascading lists). */
  readonly value: string | null;
  /** The option text expected to show, when known. */
  readonly text?: string;
  /** For lists: the codes and texts the profile value may appear under. */
  readonly wanted?: WantedOption;
  readonly previous: FieldValue;
}

export interface PlannedSkip {
  readonly key: FieldKey;
  readonly action: 'skip';
  readonly reason: SkipReason;
}

export type PlanItem = PlannedFill | PlannedSkip;

export interface FillPlan {
  readonly kind: PageKind;
  readonly lang: PageLang;
  /** False when the page is not fully recognised: every item is then a skip. */
  readonly allowed: boolean;
  readonly overwrite: boolean;
  /** One item per recognised field, in page order. */
  readonly items: readonly PlanItem[];
}

export interface FieldResult {
  readonly key: FieldKey;
  readonly outcome: 'filled' | 'skipped';
  readonly reason?: SkipReason;
  /** Filled fields: the value now in the field (a list's code), and a list's shown text. */
  readonly value?: string;
  readonly text?: string;
}

export interface UndoEntry {
  readonly key: FieldKey;
  readonly target: FillTarget;
  readonly previous: FieldValue;
  readonly filled: FieldValue;
}

export interface FillReport {
  /** One result per recognised field, in page order. */
  readonly results: readonly FieldResult[];
  /** The fields that were filled (for highlighting). */
  readonly filled: readonly FieldKey[];
  /** What `undoFill` needs, in fill order. */
  readonly undo: readonly UndoEntry[];
}

export interface UndoReport {
  readonly restored: readonly FieldKey[];
  readonly skipped: readonly {
    readonly key: FieldKey;
    readonly reason: 'changed-since-fill' | 'element-gone' | 'bridge-unavailable' | 'failed';
  }[];
}

const GATES: ReadonlySet<FieldKey> = new Set(['captcha', 'consent', 'verificationCode']);
const TR_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const EMPTY: FieldValue = { value: '' };

// ——— Planning ———

/** Decides, for every recognised field, whether to fill it and with what. Pure. */
export function planFill(
  recognition: PageRecognition,
  values: ProfileValues,
  options: FillOptions,
): FillPlan {
  const overwrite = options.overwrite ?? false;
  const allowed = recognition.fillAllowed && recognition.drift === null;
  const widgets = widgetsByHandle(options.widgets ?? []);
  const items = recognition.fields.map((field): PlanItem => {
    if (!allowed) return skip(field.key, 'page-not-recognised');
    return planField(field, values, options.current[field.key] ?? EMPTY, {
      lang: recognition.lang,
      overwrite,
      describe: options.describe,
      widget: widgetOfElement(field.element, widgets),
    });
  });
  return { kind: recognition.kind, lang: recognition.lang, allowed, overwrite, items };
}

function skip(key: FieldKey, reason: SkipReason): PlannedSkip {
  return { key, action: 'skip', reason };
}

interface FieldContext {
  readonly lang: PageLang;
  readonly overwrite: boolean;
  readonly describe: DescribeWanted;
  readonly widget: WidgetState | undefined;
}

function planField(
  field: RecognizedField,
  values: ProfileValues,
  current: FieldValue,
  context: FieldContext,
): PlanItem {
  const { key } = field;
  const target = targetOf(field);
  if (!target || GATES.has(key) || isProtectedElement(field.element)) return skip(key, 'not-fillable');
  if (!field.fillable && !isWaitingCascade(field, target, context.widget)) return skip(key, 'not-fillable');
  const raw = profileValue(key, values);
  if (raw === undefined) return skip(key, 'no-profile-value');
  if (raw === null) return skip(key, 'invalid-value');

  if (target.widget === 'dropdown') return planList(field, target, raw, current, context);

  const value = normalise(target, raw, key);
  if (value === null) return skip(key, 'invalid-value');
  if (sameValue(target.widget, current.value, value)) return skip(key, 'same-value');
  if (!isEmpty(current) && !context.overwrite) return skip(key, 'user-typed');
  return { key, action: 'fill', target, value, previous: current };
}

function planList(
  field: RecognizedField,
  target: FillTarget,
  raw: string,
  current: FieldValue,
  context: FieldContext,
): PlanItem {
  const { key } = field;
  const wanted = context.describe(key, raw, context.lang);
  const list = listOptions(field, target, context.widget);
  const match = matchOption(list.options, wanted);
  if ('option' in match) {
    if (current.value === match.option.value) return skip(key, 'same-value');
    if (!isEmpty(current) && !context.overwrite) return skip(key, 'user-typed');
    return {
      key,
      action: 'fill',
      target,
      value: match.option.value,
      text: match.option.text,
      wanted,
      previous: current,
    };
  }
  // A complete list without the value: it is not there. An ambiguous match stays ambiguous.
  if (list.complete || match.error === 'option-ambiguous') return skip(key, match.error);
  if (!isEmpty(current) && !context.overwrite) return skip(key, 'user-typed');
  // Server-side or not yet loaded (cascading) list: look for the option when filling.
  return { key, action: 'fill', target, value: null, wanted, previous: current };
}

/**
 * A Kendo list that cascades from another (district from province) is disabled until its
 * parent has a value, so recognition reports it unfillable; it becomes fillable once the
 * parent is filled earlier in the same run.
 */
function isWaitingCascade(
  field: RecognizedField,
  target: FillTarget,
  widget: WidgetState | undefined,
): boolean {
  return (
    target.via === 'bridge' &&
    target.widget === 'dropdown' &&
    widget?.cascades === true &&
    field.widget === 'dropdown' &&
    field.element.hasAttribute('disabled') &&
    !field.element.hasAttribute('readonly')
  );
}

function listOptions(
  field: RecognizedField,
  target: FillTarget,
  widget: WidgetState | undefined,
): { options: readonly WidgetOption[]; complete: boolean } {
  if (target.via === 'bridge') return { options: widget?.options ?? [], complete: widget?.complete ?? false };
  const select = field.element as HTMLSelectElement;
  const options = Array.from(select.options ?? [])
    .filter((option) => option.value !== '')
    .map((option) => ({ value: option.value, text: option.text.trim() }));
  return { options, complete: true };
}

/** The profile value for a field; initials come from the names. Undefined: none; null: unusable. */
function profileValue(key: FieldKey, values: ProfileValues): string | null | undefined {
  const own = values[key]?.trim();
  if (own) return own;
  if (key === 'givenNameInitials' || key === 'surnameInitials') {
    const name = values[key === 'givenNameInitials' ? 'givenName' : 'surname']?.trim();
    if (!name) return undefined;
    return initialsOf(name);
  }
  return undefined;
}

function targetOf(field: RecognizedField): FillTarget | null {
  const { element } = field;
  if (isKendoField(field)) {
    return { element, widget: field.widget as FillWidget, via: 'bridge' };
  }
  switch (field.widget) {
    case 'text':
    case 'date':
    case 'masked':
      return isTextControl(element) ? { element, widget: field.widget, via: 'dom' } : null;
    case 'dropdown':
      return element.tagName === 'SELECT' ? { element, widget: 'dropdown', via: 'dom' } : null;
    default:
      return null;
  }
}

function isTextControl(element: HTMLElement): boolean {
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  return ['text', 'email', 'tel', 'number', 'date', ''].includes(type);
}

function isProtectedElement(element: HTMLElement): boolean {
  return isProtectedControl({
    id: element.id,
    name: element.getAttribute('name') ?? '',
    type:
      element.tagName === 'INPUT' ? (element.getAttribute('type') ?? 'text') : element.tagName.toLowerCase(),
    kendo: element.hasAttribute('data-role'),
  });
}

/** The value to write for a non-list field, or null when the profile value does not fit. */
function normalise(target: FillTarget, raw: string, key: FieldKey): string | null {
  switch (target.widget) {
    case 'date':
      return TR_DATE.test(raw) && isRealDate(raw) ? raw : null;
    case 'masked': {
      const digits = raw.replace(/\D/g, '');
      if (digits === '' || (key === 'mobile' && digits.length !== 10)) return null;
      return digits;
    }
    default: {
      const maxLength = (target.element as HTMLInputElement).maxLength;
      if (typeof maxLength === 'number' && maxLength > 0 && [...raw].length > maxLength) return null;
      return raw;
    }
  }
}

function isRealDate(text: string): boolean {
  const [, day, month, year] = TR_DATE.exec(text) ?? [];
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  return (
    date.getFullYear() === Number(year) &&
    date.getMonth() === Number(month) - 1 &&
    date.getDate() === Number(day)
  );
}

function isEmpty(value: FieldValue): boolean {
  return value.value.trim() === '';
}

function sameValue(widget: FillWidget, current: string, wanted: string): boolean {
  if (widget === 'text') return sameText(current, wanted);
  return current.trim() === wanted;
}

/** Equal, or equal once upper-cased the Turkish way (pages may upper-case what is typed). */
function sameText(a: string, b: string): boolean {
  return a.trim() === b.trim() || a.trim().toLocaleUpperCase('tr-TR') === b.trim().toLocaleUpperCase('tr-TR');
}

// ——— Applying ———

/**
 * Carries out a plan. Fields are filled one after another in page order (a province before
 * its districts), each read back and verified. Never throws for one field: its result says
 * what went wrong.
 */
export async function applyFill(plan: FillPlan, bridge: Bridge | null): Promise<FillReport> {
  const results: FieldResult[] = [];
  const undo: UndoEntry[] = [];
  for (const item of plan.items) {
    if (item.action === 'skip') {
      results.push({ key: item.key, outcome: 'skipped', reason: item.reason });
      continue;
    }
    let outcome: Outcome;
    try {
      outcome =
        item.target.via === 'dom'
          ? fillDom(item, plan.overwrite)
          : await fillWidget(item, plan.overwrite, bridge);
    } catch {
      outcome = { reason: 'failed' };
    }
    if ('reason' in outcome) {
      results.push({ key: item.key, outcome: 'skipped', reason: outcome.reason });
    } else {
      results.push({ key: item.key, outcome: 'filled', ...outcome.filled });
      undo.push({ key: item.key, target: item.target, previous: outcome.previous, filled: outcome.filled });
    }
    // Let the page's own handlers (cascades, validation) run between fields.
    await Promise.resolve();
  }
  return { results, filled: undo.map((entry) => entry.key), undo };
}

type Outcome = { reason: SkipReason } | { previous: FieldValue; filled: FieldValue };

function fillDom(item: PlannedFill, overwrite: boolean): Outcome {
  const { element, widget } = item.target;
  if (!element.isConnected) return { reason: 'element-gone' };
  if (isProtectedElement(element) || isLocked(element)) return { reason: 'not-fillable' };
  const value = item.value;
  if (value === null) return { reason: 'option-not-found' };
  const before = readDom(element);
  // The user typed between planning and filling: their value wins.
  if (before !== item.previous.value && before.trim() !== '' && !overwrite) return { reason: 'user-typed' };
  writeDom(element, value);
  const after = readDom(element);
  if (!(widget === 'text' ? sameText(after, value) : after === value)) {
    writeDom(element, before);
    return { reason: 'not-verified' };
  }
  const text =
    widget === 'dropdown'
      ? ((element as HTMLSelectElement).selectedOptions?.[0]?.text.trim() ?? '')
      : undefined;
  return {
    previous: { value: before },
    filled: text === undefined ? { value: after } : { value: after, text },
  };
}

function isLocked(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.hasAttribute('readonly');
}

function isDateInput(element: HTMLElement): boolean {
  return element.tagName === 'INPUT' && element.getAttribute('type')?.toLowerCase() === 'date';
}

/** The element's value as the assistant speaks it: `<input type=date>`'s yyyy-MM-dd becomes dd.MM.yyyy. */
function readDom(element: HTMLElement): string {
  const value = (element as HTMLInputElement).value;
  if (typeof value !== 'string') return '';
  const iso = isDateInput(element) ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
}

/**
 * Writes a value the way the browser does when a person types: through the element's native
 * `value` setter (skipping any instance-level override a framework installed), then bubbling
 * `input` and `change` events. No focus, no keys, no clicks.
 */
function writeDom(element: HTMLElement, value: string): void {
  const tr = isDateInput(element) ? TR_DATE.exec(value) : null;
  const domValue = tr ? `${tr[3]}-${tr[2]}-${tr[1]}` : value;
  let prototype: object | null = Object.getPrototypeOf(element);
  let written = false;
  while (prototype && !written) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value');
    if (descriptor?.set) {
      descriptor.set.call(element, domValue);
      written = true;
    }
    prototype = Object.getPrototypeOf(prototype);
  }
  if (!written) (element as HTMLInputElement).value = domValue;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The widget's report, found through the handle on the element (a read gives every widget its handle). */
async function currentWidget(
  bridge: Bridge,
  element: HTMLElement,
): Promise<{ handle: string; widget: WidgetState } | null> {
  const widgets = await bridge.readWidgetValues();
  const handle = bridge.handleOf(element);
  const widget = handle === null ? undefined : widgets.find((candidate) => candidate.handle === handle);
  return handle !== null && widget ? { handle, widget } : null;
}

async function fillWidget(item: PlannedFill, overwrite: boolean, bridge: Bridge | null): Promise<Outcome> {
  const { element } = item.target;
  const kind = item.target.widget;
  if (kind === 'text') return { reason: 'failed' };
  if (!bridge?.kendo) return { reason: 'bridge-unavailable' };
  if (!element.isConnected) return { reason: 'element-gone' };
  const found = await currentWidget(bridge, element);
  if (!found) return { reason: 'element-gone' };
  const { handle } = found;
  let before = found.widget;
  // A cascade child waits for its parent's list load (the bridge waits for the page to be idle).
  if (!before.enabled && before.cascades) before = (await bridge.searchOptions(handle, '', 'text')) ?? before;
  if (!before.enabled) return { reason: 'not-fillable' };
  const seen = widgetFieldValue(before).value;
  if (seen !== item.previous.value && seen.trim() !== '' && !overwrite) return { reason: 'user-typed' };
  const previous: FieldValue =
    kind === 'dropdown' ? { value: before.value, text: before.text } : { value: before.value };

  let value = item.value;
  let text = item.text;
  if (value === null) {
    const option = await findOption(bridge, handle, before, item.wanted);
    if ('reason' in option) return option;
    ({ value, text } = option.option);
  }
  if (value === before.value) return { reason: 'same-value' };

  const result = await bridge.setWidgetValue(handle, value, kind);
  if (result.error) return { reason: reasonFor(result.error) };
  const shown = result.widget?.text ?? '';
  const textOk = kind !== 'dropdown' || text === undefined || sameText(shown, text);
  // The bridge's word first, then the page's own input and shown text, read here.
  if (!result.verified || !textOk || !domHolds(element, kind, value, text)) {
    await bridge.setWidgetValue(handle, previous.value, kind);
    return { reason: 'not-verified' };
  }
  const dom = readWidgetDom(element, kind);
  return {
    previous,
    filled:
      kind === 'dropdown' ? { value: dom.posted, text: dom.shown } : { value: result.widget?.value ?? value },
  };
}

/** Finds the option in a list that was not (fully) loaded at planning time. */
async function findOption(
  bridge: Bridge,
  handle: string,
  before: WidgetState,
  wanted: WantedOption | undefined,
): Promise<{ option: WidgetOption } | { reason: SkipReason }> {
  if (!wanted) return { reason: 'option-not-found' };
  let state: WidgetState | null = before;
  const attempts: [query: string, by: 'text' | 'value'][] = [
    ...searchQueries(wanted).map((query): [string, 'text'] => [query, 'text']),
    ...wanted.codes.slice(0, 1).map((code): [string, 'value'] => [code, 'value']),
  ];
  let searched = false;
  let reason: SkipReason = 'option-not-found';
  for (let i = 0; i <= attempts.length; i++) {
    if (state) {
      const match = matchOption(state.options ?? [], wanted);
      if ('option' in match) return match;
      // A complete list (local, or a cascade child now loaded) will not change with other searches.
      if (match.error === 'option-ambiguous' || (searched && state.complete)) {
        reason = match.error;
        break;
      }
    }
    const attempt = attempts[i];
    if (!attempt) break;
    state = await bridge.searchOptions(handle, attempt[0], attempt[1]);
    searched = true;
  }
  // Leave the list as the page showed it, not narrowed to a search that found nothing.
  if (searched && before.complete === false) await bridge.searchOptions(handle, '', 'text');
  return { reason };
}

function reasonFor(error: BridgeError): SkipReason {
  switch (error) {
    case 'protected':
    case 'disabled':
      return 'not-fillable';
    case 'not-found':
      return 'element-gone';
    case 'option-not-found':
    case 'invalid-value':
      return error;
    case 'no-kendo':
      return 'bridge-unavailable';
    default:
      return 'failed';
  }
}

// ——— Undoing ———

/**
 * Puts every filled field back as it was before the fill, last filled first (so a district
 * goes back before its province). A field the user has changed since the fill is left alone.
 */
export async function undoFill(report: FillReport, bridge: Bridge | null): Promise<UndoReport> {
  const restored: FieldKey[] = [];
  const skipped: UndoReport['skipped'][number][] = [];
  for (const entry of [...report.undo].reverse()) {
    const reason = await undoOne(entry, bridge).catch(() => 'failed' as const);
    if (reason) skipped.push({ key: entry.key, reason });
    else restored.push(entry.key);
    await Promise.resolve();
  }
  return { restored, skipped };
}

async function undoOne(
  entry: UndoEntry,
  bridge: Bridge | null,
): Promise<UndoReport['skipped'][number]['reason'] | null> {
  const { element, via } = entry.target;
  if (via === 'dom') {
    if (!element.isConnected) return 'element-gone';
    if (readDom(element) !== entry.filled.value) return 'changed-since-fill';
    writeDom(element, entry.previous.value);
    return readDom(element) === entry.previous.value ? null : 'failed';
  }
  const kind = entry.target.widget;
  if (!bridge?.kendo || kind === 'text') return 'bridge-unavailable';
  if (!element.isConnected) return 'element-gone';
  const found = await currentWidget(bridge, element);
  if (!found) return 'element-gone';
  if (found.widget.value !== entry.filled.value) return 'changed-since-fill';
  // (A server-side list narrowed by the fill's search goes back to its first page in the bridge.)
  const result = await bridge.setWidgetValue(found.handle, entry.previous.value, kind);
  const restored =
    kind === 'dropdown' ? entry.previous.value : (result.widget?.value ?? entry.previous.value);
  return result.ok && domHolds(element, kind, restored) ? null : 'failed';
}

// ——— All in one ———

/**
 * Reads the page, plans and fills: the one call the overlay's "Fill" button needs.
 * `bridge` may be null (no Kendo on the page, or the bridge failed): Kendo fields are then
 * skipped with 'bridge-unavailable'.
 */
export async function fillPage(
  recognition: PageRecognition,
  values: ProfileValues,
  bridge: Bridge | null,
  options: { readonly overwrite?: boolean; readonly describe: DescribeWanted },
): Promise<FillReport> {
  const widgets = bridge?.kendo ? await bridge.readWidgetValues() : [];
  const current = readFieldValues(recognition.fields, widgets);
  const plan = planFill(recognition, values, {
    current,
    widgets,
    overwrite: options.overwrite,
    describe: options.describe,
  });
  return applyFill(plan, bridge);
}
