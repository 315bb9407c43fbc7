/**
 * What a Kendo widget holds, read from the page's DOM by the content script itself: the value
 * the form posts (the input the widget was created on) and the text the person sees. The fill
 * verifies every set against this, never against the bridge's report alone: the bridge runs in
 * the page's world, where a page script can wrap it and make it say anything.
 */
import type { KendoKind } from './bridge-protocol';

export interface WidgetDom {
  /** The input's value: a list's code, a date picker's text, a masked box's text. */
  readonly posted: string;
  /** What the person sees: a list's chosen text (its option label when none), the input's text. */
  readonly shown: string;
}

/** The wrapper Kendo renders around a list's hidden input, old and new rendering. */
const LIST_WRAPPER = '.k-dropdownlist, .k-dropdown, .k-combobox, .k-picker, .k-widget';

export function readWidgetDom(element: HTMLElement, kind: KendoKind): WidgetDom {
  const posted = inputValue(element);
  if (kind !== 'dropdown') return { posted, shown: posted };
  return { posted, shown: listText(element) };
}

function inputValue(element: Element): string {
  const value = (element as HTMLInputElement).value;
  return typeof value === 'string' ? value : '';
}

/** A list's shown text: the value span (DropDownList) or the visible text box (ComboBox). */
function listText(element: HTMLElement): string {
  const wrapper = element.parentElement?.closest(LIST_WRAPPER) ?? null;
  if (!wrapper) return '';
  const span = wrapper.querySelector('.k-input-value-text') ?? wrapper.querySelector('span.k-input');
  if (span) return (span.textContent ?? '').replace(/\s+/g, ' ').trim();
  const box = wrapper.querySelector<HTMLInputElement>('input.k-input-inner, input.k-input');
  return box && box !== element ? inputValue(box).trim() : '';
}

/**
 * Whether the DOM shows that the widget holds `value` (and, for a list, shows `text` when
 * given). `value` is what the bridge was asked to set: a code, a dd.MM.yyyy date or digits.
 */
export function domHolds(element: HTMLElement, kind: KendoKind, value: string, text?: string): boolean {
  const { posted, shown } = readWidgetDom(element, kind);
  switch (kind) {
    case 'dropdown':
      if (posted !== value) return false;
      return value === '' || text === undefined || sameShownText(shown, text);
    case 'date':
      return value === '' ? posted.trim() === '' : sameDate(posted, value);
    case 'masked':
      return sameDigits(posted, value);
  }
}

function sameShownText(shown: string, wanted: string): boolean {
  const a = shown.replace(/\s+/g, ' ').trim();
  const b = wanted.replace(/\s+/g, ' ').trim();
  return a === b || a.toLocaleUpperCase('tr-TR') === b.toLocaleUpperCase('tr-TR');
}

/**
 * The shown date is the wanted dd.MM.yyyy, written day first (dd.MM.yyyy, d.M.yyyy, dd/MM/yyyy)
 * or as yyyy-MM-dd. Month-first text is not accepted: it cannot be told from a wrong date.
 */
function sameDate(shown: string, wanted: string): boolean {
  const text = shown.trim();
  if (text === wanted) return true;
  const [day, month, year] = wanted.split('.').map(Number);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (dayFirst)
    return Number(dayFirst[1]) === day && Number(dayFirst[2]) === month && Number(dayFirst[3]) === year;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return iso !== null && Number(iso[3]) === day && Number(iso[2]) === month && Number(iso[1]) === year;
}

/** Mask literals may add a short prefix of digits ("+90 (5__)"); the rest must be exactly the digits set. */
const MAX_MASK_PREFIX_DIGITS = 3;

function sameDigits(shown: string, wanted: string): boolean {
  const digits = shown.replace(/\D/g, '');
  if (wanted === '') return digits === '';
  return (
    digits === wanted || (digits.endsWith(wanted) && digits.length - wanted.length <= MAX_MASK_PREFIX_DIGITS)
  );
}
