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

import type { FieldKey } from '../../../contracts/field-keys';
import type { Bridge } from '../../../page/bridge-client';
import {
  type BridgeError,
  isProtectedControl,
  optionsSignature,
  type WidgetOption,
  type WidgetState,
} from '../../../page/bridge-protocol';
import type { PageKind } from '../../../page/page-kinds';
import type { PageRecognition, RecognizedField } from '../../../page/recognition-types';
import {
  type FieldValue,
  type FieldValues,
  isKendoField,
  readFieldValues,
  widgetFieldValue,
  widgetOfElement,
  widgetsByHandle,
} from '../../../page/values';
import { domHolds, readWidgetDom } from '../../../page/widget-dom';

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
  /** A list that depends on another was still empty after the wait (`waitedMs`). */
  | 'list-empty'
  /** A dependent list with nothing in it, and the list it depends on (`parent`) is empty too. */
  | 'needs-parent'
  | 'failed';

/**
 * Lists the page fills from another list's choice: district from province, neighbourhood from
 * district, purpose of stay from permit type. Kendo's `cascadeFrom` says so too (`cascades`),
 * but a page may wire it by its own change handler, which nothing in the markup tells.
 */
export const LIST_PARENT: Partial<Record<FieldKey, FieldKey>> = {
  district: 'province',
  neighbourhood: 'district',
  permitPurpose: 'permitType',
};

/** How long a list is waited for before it is reported still empty. */
export const LIST_WAIT_MS = 10_000;
/**
 * A dependent list that already held options before its parent was set (a page that lists
 * them all, or the previous choice's) is used as it is once it has not changed for this long.
 */
export const STALE_LIST_MS = 2_000;

/** Time for the fill: the page's clock and timers by default, a fake one in tests. */
export interface FillClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const PAGE_CLOCK: FillClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What the fill is doing now, for the person watching: waiting for a list the page is filling. */
export interface FillProgress {
  readonly key: FieldKey;
  readonly waiting: boolean;
}

export type PageLang = 'tr' | 'en';

/** A list field being filled: its profile value and the options the page shows. */
export interface ListQuestion {
  readonly key: FieldKey;
  /** The profile's value (a code: 'female', 'SY', '34'…). */
  readonly value: string;
  readonly options: readonly WidgetOption[];
}

/** Which option to set, or why none: closest texts for a value not listed, words to search a list loaded by search. */
export type OptionAnswer =
  | { readonly option: WidgetOption }
  | {
      readonly reason: 'option-not-found' | 'option-ambiguous';
      readonly closest?: readonly string[];
      readonly queries?: readonly string[];
    };

/**
 * Chooses list options for profile values. The matcher and the label tables live in the
 * background (`option-choice.ts`): the content script asks for every list at once before
 * planning, then for each list that changes while filling.
 */
export interface OptionChooser {
  /** The answer already at hand for this question, if it was asked. */
  known(lang: PageLang, question: ListQuestion): OptionAnswer | undefined;
  ask(lang: PageLang, questions: readonly ListQuestion[]): Promise<readonly OptionAnswer[]>;
  /** Keeps an answer that came another way (with the profile's values), as if it had been asked. */
  remember?(lang: PageLang, question: ListQuestion, answer: OptionAnswer): void;
}

/** A page's list without the value to choose: what the fill sends with its request for values. */
export interface ListOnPage {
  readonly key: FieldKey;
  readonly options: readonly WidgetOption[];
}

export interface FillRunOptions {
  readonly clock?: FillClock;
  /** How long to wait for a list the page is still filling (default `LIST_WAIT_MS`). */
  readonly listWaitMs?: number;
  readonly onProgress?: (progress: FillProgress) => void;
}

export interface FillOptions {
  /** What the fields hold now (`readFieldValues`). A key missing here counts as empty. */
  readonly current: FieldValues;
  /** The bridge's widget list (`readWidgetValues`), for the options of Kendo lists. */
  readonly widgets?: readonly WidgetState[];
  /** Replace values that are already there. Off by default: the user's typing wins. */
  readonly overwrite?: boolean;
  /** Chooses list options (`option-choice.ts`, asked of the background). */
  readonly choose: OptionChooser;
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
  /** For lists: the profile value, to choose the option by once the list is known. */
  readonly raw?: string;
  readonly previous: FieldValue;
  /**
   * For a list filled from another one set in the same run: that list's key, and this list's
   * options as they were before (`optionsSignature`), so the fill waits for the new ones.
   */
  readonly after?: FieldKey;
  readonly since?: string;
}

export interface PlannedSkip {
  readonly key: FieldKey;
  readonly action: 'skip';
  readonly reason: SkipReason;
  /** 'needs-parent': the list this one depends on. */
  readonly parent?: FieldKey;
}

export type PlanItem = PlannedFill | PlannedSkip;

export interface FillPlan {
  readonly kind: PageKind;
  readonly lang: PageLang;
  /** False when the page is not fully recognised: every item is then a skip. */
  readonly allowed: boolean;
  readonly overwrite: boolean;
  readonly choose: OptionChooser;
  /** One item per recognised field, in page order, each dependent list right after its parent. */
  readonly items: readonly PlanItem[];
}

export interface FieldResult {
  readonly key: FieldKey;
  readonly outcome: 'filled' | 'skipped';
  readonly reason?: SkipReason;
  /** Filled fields: the value now in the field (a list's code), and a list's shown text. */
  readonly value?: string;
  readonly text?: string;
  /** 'list-empty': how long the list was waited for. */
  readonly waitedMs?: number;
  /** 'option-not-found': the page's options nearest to the value (their texts), nearest first. */
  readonly closest?: readonly string[];
  /** 'needs-parent': the list to choose first. */
  readonly parent?: FieldKey;
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

/**
 * Decides, for every recognised field, whether to fill it and with what. Pure. A list filled
 * from another (`LIST_PARENT`, or Kendo's cascade) comes right after it, and when its parent is
 * set in the same run, its option is chosen only once the page has filled it.
 */
export function planFill(
  recognition: PageRecognition,
  values: ProfileValues,
  options: FillOptions,
): FillPlan {
  const overwrite = options.overwrite ?? false;
  const allowed = recognition.fillAllowed && recognition.drift === null;
  const widgets = widgetsByHandle(options.widgets ?? []);
  const planned = new Map<FieldKey, PlanItem>();
  const byKey = new Map(recognition.fields.map((field) => [field.key, field]));
  const context = { lang: recognition.lang, overwrite, choose: options.choose };
  const ordered = parentsFirst(recognition.fields);
  for (const field of ordered) {
    if (!allowed) {
      planned.set(field.key, skip(field.key, 'page-not-recognised'));
      continue;
    }
    const parentKey = LIST_PARENT[field.key];
    const parent = parentKey ? byKey.get(parentKey) : undefined;
    planned.set(
      field.key,
      planField(field, values, options.current[field.key] ?? EMPTY, {
        ...context,
        widget: widgetOfElement(field.element, widgets),
        parent: parent && {
          key: parent.key,
          setNow: planned.get(parent.key)?.action === 'fill',
          empty: isEmpty(options.current[parent.key] ?? EMPTY),
        },
      }),
    );
  }
  const items = ordered.flatMap((field) => planned.get(field.key) ?? []);
  return {
    kind: recognition.kind,
    lang: recognition.lang,
    allowed,
    overwrite,
    choose: options.choose,
    items,
  };
}

/** Fields in page order, every dependent list moved right after the list it depends on (a shuffled page may show the district first). */
function parentsFirst(fields: readonly RecognizedField[]): RecognizedField[] {
  const out: RecognizedField[] = [];
  const place = (field: RecognizedField) => {
    if (out.includes(field)) return;
    out.push(field);
    for (const child of fields) if (LIST_PARENT[child.key] === field.key) place(child);
  };
  for (const field of fields) if (!fields.some(({ key }) => key === LIST_PARENT[field.key])) place(field);
  return out;
}

function skip(key: FieldKey, reason: SkipReason): PlannedSkip {
  return { key, action: 'skip', reason };
}

interface FieldContext {
  readonly lang: PageLang;
  readonly overwrite: boolean;
  readonly choose: OptionChooser;
  readonly widget: WidgetState | undefined;
  /** The list this one is filled from, when it is on the page. */
  readonly parent?: { readonly key: FieldKey; readonly setNow: boolean; readonly empty: boolean } | undefined;
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
  if (!field.fillable && !isWaitingList(field, target, context)) return skip(key, 'not-fillable');
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
  const list = listOptions(field, target, context.widget);
  const { parent } = context;
  // Its parent is set in this run: the options shown now are about to change; choose later.
  if (parent?.setNow) {
    if (!isEmpty(current) && !context.overwrite) return skip(key, 'user-typed');
    return {
      key,
      action: 'fill',
      target,
      value: null,
      raw,
      previous: current,
      after: parent.key,
      since: optionsSignature(list.options),
    };
  }
  // Asked of the background before planning (`fillPage`); an empty list has nothing to choose from.
  const match: OptionAnswer =
    (list.options.length > 0 &&
      context.choose.known(context.lang, { key, value: raw, options: list.options })) ||
    NOT_FOUND;
  if ('option' in match) {
    if (current.value === match.option.value) return skip(key, 'same-value');
    if (!isEmpty(current) && !context.overwrite) return skip(key, 'user-typed');
    return {
      key,
      action: 'fill',
      target,
      value: match.option.value,
      text: match.option.text,
      raw,
      previous: current,
    };
  }
  // Nothing to choose from and nothing chosen above it: the person chooses the parent first.
  if (list.options.length === 0 && parent?.empty) return { ...skip(key, 'needs-parent'), parent: parent.key };
  // A complete list without the value: it is not there. An ambiguous match stays ambiguous.
  if ((list.complete && list.options.length > 0) || match.reason === 'option-ambiguous') {
    return skip(key, match.reason);
  }
  if (!isEmpty(current) && !context.overwrite) return skip(key, 'user-typed');
  // Server-side, or still being filled by the page: look for the option when filling.
  return { key, action: 'fill', target, value: null, raw, previous: current };
}

const NOT_FOUND: OptionAnswer = { reason: 'option-not-found' };

/** The questions `planFill` will have for the page's lists: asked together before planning. */
export function listQuestions(
  recognition: PageRecognition,
  values: ProfileValues,
  widgets: readonly WidgetState[],
): ListQuestion[] {
  return listsOnPage(recognition, widgets).flatMap(({ key, options }) => {
    const value = profileValue(key, values);
    return value ? [{ key, value, options }] : [];
  });
}

/** The page's lists with options, for the background to choose from along with the values. */
export function listsOnPage(recognition: PageRecognition, widgets: readonly WidgetState[]): ListOnPage[] {
  const byHandle = widgetsByHandle(widgets);
  const lists: ListOnPage[] = [];
  for (const field of recognition.fields) {
    const target = targetOf(field);
    if (target?.widget !== 'dropdown') continue;
    const { options } = listOptions(field, target, widgetOfElement(field.element, byHandle));
    if (options.length > 0) lists.push({ key: field.key, options });
  }
  return lists;
}

/**
 * A list the page keeps disabled until the list it depends on has a value (district before a
 * province is chosen: Kendo's cascade, or the page's own handler) is still a field to fill
 * when that list is set in the same run; recognition reports it unfillable.
 */
function isWaitingList(field: RecognizedField, target: FillTarget, context: FieldContext): boolean {
  const dependent = context.widget?.cascades === true || context.parent?.setNow === true;
  return (
    dependent &&
    target.widget === 'dropdown' &&
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

/**
 * The first two letters of a name, upper-cased the Turkish way ("ismail" → "İS"), as the
 * entry pages ask ("Adınızın ilk iki harfi"). Letters only: "O'Brien" → "OB". Null when the
 * name has fewer than two letters.
 */
export function initialsOf(name: string): string | null {
  const letters = [...name.normalize('NFC')].filter((character) => /\p{L}/u.test(character));
  if (letters.length < 2) return null;
  return letters.slice(0, 2).join('').toLocaleUpperCase('tr-TR');
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

/** What one run of the fill (or its undo) carries along. */
interface Run {
  readonly bridge: Bridge | null;
  readonly overwrite: boolean;
  readonly clock: FillClock;
  readonly listWaitMs: number;
  readonly onProgress: (progress: FillProgress) => void;
  /** The keys set so far in this run. */
  readonly filled: Set<FieldKey>;
  /** For lists chosen while filling: the page's language and the chooser (none when undoing). */
  readonly lang: PageLang;
  readonly choose?: OptionChooser | undefined;
}

function startRun(bridge: Bridge | null, overwrite: boolean, options: FillRunOptions, plan?: FillPlan): Run {
  return {
    bridge,
    overwrite,
    lang: plan?.lang ?? 'tr',
    choose: plan?.choose,
    clock: options.clock ?? PAGE_CLOCK,
    listWaitMs: options.listWaitMs ?? LIST_WAIT_MS,
    onProgress: (progress) => {
      try {
        options.onProgress?.(progress);
      } catch {
        // Showing progress must never stop the fill.
      }
    },
    filled: new Set(),
  };
}

/**
 * Carries out a plan. Fields are filled one after another, a dependent list right after the
 * list it depends on; a list the page fills from its parent's choice is waited for (at most
 * `listWaitMs`, reported through `onProgress`) before its option is chosen. Each field is read
 * back and verified. Never throws for one field: its result says what went wrong.
 */
export async function applyFill(
  plan: FillPlan,
  bridge: Bridge | null,
  options: FillRunOptions = {},
): Promise<FillReport> {
  const run = startRun(bridge, plan.overwrite, options, plan);
  const results: FieldResult[] = [];
  const undo: UndoEntry[] = [];
  for (const item of plan.items) {
    if (item.action === 'skip') {
      const parent = item.parent ? { parent: item.parent } : {};
      results.push({ key: item.key, outcome: 'skipped', reason: item.reason, ...parent });
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = item.target.via === 'dom' ? await fillDom(item, run) : await fillWidget(item, run);
    } catch {
      outcome = { reason: 'failed' };
    }
    if ('reason' in outcome) {
      results.push({ key: item.key, outcome: 'skipped', ...outcome });
    } else {
      results.push({ key: item.key, outcome: 'filled', ...outcome.filled });
      undo.push({ key: item.key, target: item.target, previous: outcome.previous, filled: outcome.filled });
      run.filled.add(item.key);
    }
    // Let the page's own handlers (cascades, validation) run between fields.
    await Promise.resolve();
  }
  return { results, filled: undo.map((entry) => entry.key), undo };
}

type Skipped = {
  readonly reason: SkipReason;
  readonly waitedMs?: number;
  readonly closest?: readonly string[];
  readonly parent?: FieldKey;
};
type Outcome = Skipped | { previous: FieldValue; filled: FieldValue };

const EMPTY_LIST = optionsSignature([]);

/** Whether this list is filled by the page from another one, and that one was set in this run. */
function afterParent(item: PlannedFill, run: Run): boolean {
  return item.after !== undefined && run.filled.has(item.after);
}

/** A dependent list whose parent was planned but not set: without options, the person chooses the parent first. */
function parentNotSet(item: PlannedFill, run: Run, options: readonly WidgetOption[]): Skipped | null {
  if (item.after === undefined || run.filled.has(item.after) || options.length > 0) return null;
  return { reason: 'needs-parent', parent: item.after };
}

/**
 * Whether the fill should wait for this list: the page is filling it, or is about to (its
 * parent was just set, it is a whole list with nothing in it yet, or a dependent list the page
 * keeps disabled). A server-side list that is merely not loaded (`complete` false) is searched.
 */
function shouldWait(
  item: PlannedFill,
  run: Run,
  options: readonly WidgetOption[],
  enabled: boolean,
  complete = true,
): boolean {
  if (afterParent(item, run)) return true;
  if (options.length === 0 && complete) return true;
  return LIST_PARENT[item.key] !== undefined && !enabled;
}

/**
 * Waits for a list as the page fills it, in two steps: a list that held options before its
 * parent changed gets `STALE_LIST_MS` to show different ones (a list that never changes is
 * then used as it is); an empty or disabled one gets the rest of `listWaitMs` to show any.
 */
async function waitForList<T>(
  item: PlannedFill,
  run: Run,
  wait: (since: string, ms: number) => Promise<T>,
  ready: (state: T) => boolean,
  first: T,
): Promise<{ state: T; waitedMs: number }> {
  run.onProgress({ key: item.key, waiting: true });
  const start = run.clock.now();
  let state = first;
  try {
    if (afterParent(item, run) && item.since !== undefined && item.since !== EMPTY_LIST) {
      state = await wait(item.since, Math.min(STALE_LIST_MS, run.listWaitMs));
    }
    if (!ready(state)) {
      state = await wait('', Math.max(0, run.listWaitMs - (run.clock.now() - start)));
    }
  } finally {
    run.onProgress({ key: item.key, waiting: false });
  }
  return { state, waitedMs: Math.max(0, Math.round(run.clock.now() - start)) };
}

function selectOptions(select: HTMLSelectElement): WidgetOption[] {
  return Array.from(select.options ?? [])
    .filter((option) => option.value !== '')
    .map((option) => ({ value: option.value, text: option.text.trim() }));
}

type Chosen =
  | { readonly option: WidgetOption }
  | { readonly skipped: Skipped; readonly queries: readonly string[] };

/**
 * The option of a list, asked of the chooser (the background), or why there is none: the
 * closest options when the value is not there, and the words to search a list loaded by search.
 */
async function chooseFrom(item: PlannedFill, run: Run, options: readonly WidgetOption[]): Promise<Chosen> {
  const question = { key: item.key, value: item.raw ?? '', options };
  const answer =
    item.raw === undefined || !run.choose
      ? NOT_FOUND
      : (run.choose.known(run.lang, question) ??
        (await run.choose.ask(run.lang, [question]))[0] ??
        NOT_FOUND);
  if ('option' in answer) return { option: answer.option };
  const closest = answer.closest?.length ? { closest: answer.closest } : {};
  return { skipped: { reason: answer.reason, ...closest }, queries: answer.queries ?? [] };
}

async function fillDom(item: PlannedFill, run: Run): Promise<Outcome> {
  const { element, widget } = item.target;
  if (!element.isConnected) return { reason: 'element-gone' };
  if (isProtectedElement(element)) return { reason: 'not-fillable' };
  let value = item.value;
  if (value === null) {
    if (widget !== 'dropdown' || item.raw === undefined) return { reason: 'option-not-found' };
    // A native select is read as it is: the site's lists are Kendo widgets, waited for below.
    const options = selectOptions(element as HTMLSelectElement);
    const noParent = parentNotSet(item, run, options);
    if (noParent) return noParent;
    const chosen = await chooseFrom(item, run, options);
    if (!('option' in chosen)) return chosen.skipped;
    value = chosen.option.value;
  }
  if (isLocked(element)) return { reason: 'not-fillable' };
  const before = readDom(element);
  // The user typed between planning and filling: their value wins.
  if (before !== item.previous.value && before.trim() !== '' && !run.overwrite)
    return { reason: 'user-typed' };
  if (before === value) return { reason: 'same-value' };
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
    previous: afterParent(item, run) ? { value: item.previous.value } : { value: before },
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

async function fillWidget(item: PlannedFill, run: Run): Promise<Outcome> {
  const { bridge } = run;
  const { element } = item.target;
  const kind = item.target.widget;
  if (kind === 'text') return { reason: 'failed' };
  if (!bridge?.kendo) return { reason: 'bridge-unavailable' };
  if (!element.isConnected) return { reason: 'element-gone' };
  const found = await currentWidget(bridge, element);
  if (!found) return { reason: 'element-gone' };
  const { handle } = found;
  let before = found.widget;
  if (kind === 'dropdown' && (item.value === null || afterParent(item, run))) {
    const options = before.options ?? [];
    const noParent = parentNotSet(item, run, options);
    if (noParent) return noParent;
    const cascadeLoading = before.cascades === true && (!before.enabled || options.length === 0);
    if (cascadeLoading || shouldWait(item, run, options, before.enabled, before.complete !== false)) {
      const listed = await waitForList(
        item,
        run,
        async (since, ms) => (await bridge.awaitOptions(handle, since, ms)) ?? before,
        (state) => state.enabled && (state.options ?? []).length > 0,
        before,
      );
      before = listed.state;
      if ((before.options ?? []).length === 0) return { reason: 'list-empty', waitedMs: listed.waitedMs };
    }
  }
  if (!before.enabled) return { reason: 'not-fillable' };
  const seen = widgetFieldValue(before).value;
  if (seen !== item.previous.value && seen.trim() !== '' && !run.overwrite) return { reason: 'user-typed' };
  // A list the page emptied when its parent changed in this run was, before the run, what the plan saw.
  const previous: FieldValue = afterParent(item, run)
    ? item.previous
    : kind === 'dropdown'
      ? { value: before.value, text: before.text }
      : { value: before.value };

  let value = item.value;
  let text = item.text;
  if (value === null) {
    const option = await findOption(bridge, handle, before, item, run);
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
  item: PlannedFill,
  run: Run,
): Promise<{ option: WidgetOption } | Skipped> {
  if (item.raw === undefined) return { reason: 'option-not-found' };
  let state: WidgetState | null = before;
  /** The background's words to type into the list's filter, then the profile's code. */
  let attempts: [query: string, by: 'text' | 'value'][] = [];
  let searched = false;
  let outcome: { option: WidgetOption } | Skipped = { reason: 'option-not-found' };
  for (let i = 0; i <= attempts.length; i++) {
    if (state) {
      const chosen = await chooseFrom(item, run, state.options ?? []);
      if ('option' in chosen) return chosen;
      outcome = chosen.skipped;
      if (!searched) {
        attempts = [...chosen.queries.map((query): [string, 'text'] => [query, 'text']), [item.raw, 'value']];
      }
      // A complete list (local, or a dependent list now loaded) will not change with other searches.
      if (outcome.reason === 'option-ambiguous' || state.complete !== false) break;
    }
    const attempt = attempts[i];
    if (!attempt) break;
    state = await bridge.searchOptions(handle, attempt[0], attempt[1]);
    searched = true;
  }
  // Leave the list as the page showed it, not narrowed to a search that found nothing.
  if (searched && before.complete === false) await bridge.searchOptions(handle, '', 'text');
  // Closest options named from a search are a guess at what the list holds; only a whole list's are shown.
  return searched && 'closest' in outcome ? { reason: outcome.reason } : outcome;
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

type UndoSkip = UndoReport['skipped'][number]['reason'];

/**
 * Puts every filled field back as it was before the fill, walking the fill back: last filled
 * first, so a neighbourhood goes back before its district and a district before its province.
 * A dependent list that held a choice before the fill (an overwrite) goes back after its
 * parent instead, set the way the fill sets one, once the page shows the parent's options
 * again. A field the user has changed since the fill is left alone.
 */
export async function undoFill(
  report: FillReport,
  bridge: Bridge | null,
  options: FillRunOptions = {},
): Promise<UndoReport> {
  const run = startRun(bridge, true, options);
  const restored: FieldKey[] = [];
  const skipped: UndoReport['skipped'][number][] = [];
  const note = (key: FieldKey, reason: UndoSkip | null) => {
    if (reason) skipped.push({ key, reason });
    else restored.push(key);
  };
  const keys = new Set(report.undo.map((entry) => entry.key));
  /** Dependent lists to put back after their parent, as fills waiting for the page. */
  const later: PlannedFill[] = [];
  for (const entry of [...report.undo].reverse()) {
    const { key, target, previous, filled } = entry;
    const changed = await stillAsFilled(entry, bridge).catch((): UndoSkip => 'failed');
    const parent = LIST_PARENT[key];
    if (changed) note(key, changed);
    else if (parent && keys.has(parent) && previous.value !== '') {
      const since = await listSignature(entry, bridge);
      later.unshift({ key, action: 'fill', target, ...previous, previous: filled, after: parent, since });
    } else note(key, await undoOne(entry, bridge).catch((): UndoSkip => 'failed'));
    await Promise.resolve();
  }
  for (const item of later) {
    run.filled.add(item.after as FieldKey);
    const outcome = await (item.target.via === 'dom' ? fillDom(item, run) : fillWidget(item, run)).catch(
      (): Outcome => ({ reason: 'failed' }),
    );
    note(item.key, 'reason' in outcome && outcome.reason !== 'same-value' ? 'failed' : null);
  }
  return { restored, skipped };
}

/** Null when the field still holds what the fill put there, else why it is not put back. */
async function stillAsFilled(entry: UndoEntry, bridge: Bridge | null): Promise<UndoSkip | null> {
  const { element, via } = entry.target;
  if (!element.isConnected) return 'element-gone';
  if (via === 'dom') return readDom(element) === entry.filled.value ? null : 'changed-since-fill';
  if (!bridge?.kendo || entry.target.widget === 'text') return 'bridge-unavailable';
  const found = await currentWidget(bridge, element);
  if (!found) return 'element-gone';
  return found.widget.value === entry.filled.value ? null : 'changed-since-fill';
}

async function listSignature(entry: UndoEntry, bridge: Bridge | null): Promise<string> {
  const { element, via } = entry.target;
  if (via === 'dom') return optionsSignature(selectOptions(element as HTMLSelectElement));
  const found = bridge ? await currentWidget(bridge, element) : null;
  return optionsSignature(found?.widget.options ?? []);
}

/** Puts one field back (already checked unchanged). */
async function undoOne(entry: UndoEntry, bridge: Bridge | null): Promise<UndoSkip | null> {
  const { element, via } = entry.target;
  if (via === 'dom') {
    writeDom(element, entry.previous.value);
    return readDom(element) === entry.previous.value ? null : 'failed';
  }
  const kind = entry.target.widget;
  const found = bridge && kind !== 'text' ? await currentWidget(bridge, element) : null;
  if (!bridge || !found || kind === 'text') return 'element-gone';
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
  options: FillRunOptions & {
    readonly overwrite?: boolean;
    readonly choose: OptionChooser;
    /** The widgets as read just before (when the lists went with the request for values). */
    readonly widgets?: readonly WidgetState[];
  },
): Promise<FillReport> {
  const widgets = options.widgets ?? (bridge?.kendo ? await bridge.readWidgetValues() : []);
  const current = readFieldValues(recognition.fields, widgets);
  // Every list's choice not answered yet in one question to the background, before anything is planned.
  const questions = listQuestions(recognition, values, widgets).filter(
    (question) => options.choose.known(recognition.lang, question) === undefined,
  );
  if (questions.length > 0) await options.choose.ask(recognition.lang, questions);
  const plan = planFill(recognition, values, {
    current,
    widgets,
    overwrite: options.overwrite,
    choose: options.choose,
  });
  const searched = await searchAhead(plan, bridge, widgets, recognition.lang, options.choose);
  const report = await applyFill(plan, bridge, options);
  // A list searched ahead and then not set goes back to what the page showed.
  const filled = new Set(report.filled);
  for (const { key, handle } of searched)
    if (!filled.has(key)) await bridge?.searchOptions(handle, '', 'text').catch(() => null);
  return report;
}

/**
 * Server-side lists (the ~200 countries, loaded 30 at a time) that hold the wanted option only
 * after a search are searched all at once before the first field is set, with the words the
 * background gave, and their choices asked in one question: the page's list loads overlap, and
 * the background is asked once, not once per list. Each field is then set in page order as
 * before, from the list as searched. Dependent lists are left to the fill (their parent first).
 */
async function searchAhead(
  plan: FillPlan,
  bridge: Bridge | null,
  widgets: readonly WidgetState[],
  lang: PageLang,
  choose: OptionChooser,
): Promise<{ key: FieldKey; handle: string }[]> {
  if (!bridge?.kendo) return [];
  const byHandle = widgetsByHandle(widgets);
  const ahead: { key: FieldKey; handle: string; raw: string; query: string }[] = [];
  for (const item of plan.items) {
    if (item.action !== 'fill' || item.value !== null || item.raw === undefined || item.after !== undefined)
      continue;
    if (item.target.via !== 'bridge' || item.target.widget !== 'dropdown') continue;
    const widget = widgetOfElement(item.target.element, byHandle);
    if (widget?.complete !== false || !widget.enabled) continue;
    const answer = choose.known(lang, { key: item.key, value: item.raw, options: widget.options ?? [] });
    const query = answer && 'queries' in answer ? answer.queries?.[0] : undefined;
    if (query) ahead.push({ key: item.key, handle: widget.handle, raw: item.raw, query });
  }
  if (ahead.length === 0) return [];
  const states = await Promise.all(
    ahead.map(({ handle, query }) => bridge.searchOptions(handle, query, 'text').catch(() => null)),
  );
  const questions: ListQuestion[] = [];
  ahead.forEach(({ key, raw }, index) => {
    const options = states[index]?.options ?? [];
    if (options.length > 0) questions.push({ key, value: raw, options });
  });
  const unknown = questions.filter((question) => choose.known(lang, question) === undefined);
  if (unknown.length > 0) await choose.ask(lang, unknown).catch(() => undefined);
  return ahead.map(({ key, handle }) => ({ key, handle }));
}
