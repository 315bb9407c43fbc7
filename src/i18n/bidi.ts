/**
 * Right-to-left texts with Latin inside: in an Arabic sentence, "YUKK 43(1)(ç)", "e-İkamet",
 * a Turkish option name or a date would be reordered by the surrounding text (parentheses
 * flipped, "YİMER (157)" read as "(157) YİMER"). Each such run is wrapped in Unicode
 * first-strong isolates (FSI … PDI, what `<bdi>` does for an element), so it keeps its own
 * order; so is every value put into a message. Dependency-free: the content script uses it.
 */
import { format, type MessageParams, type Messages, type Translate } from './translate';

export const FSI = '\u2068';
export const PDI = '\u2069';

export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
/** From a Latin letter or digit, through the letters, digits, spaces and punctuation Latin names use. */
const LATIN_RUN = /[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9 .,:;'’/()&+\-–]*/g;
const TRAILING = /[\s.,:;'’/&+\-–]+$/;

/**
 * The run without what belongs to the sentence around it: trailing punctuation, an unmatched
 * ")" that closes the sentence's own parenthesis, an unmatched "(" that opens one ("CSV (…").
 */
function trimRun(run: string): string {
  let text = run.replace(TRAILING, '');
  for (;;) {
    const open = text.split('(').length - 1;
    const close = text.split(')').length - 1;
    if (close === open) return text;
    const cut = close > open ? text.lastIndexOf(')') : text.lastIndexOf('(');
    text = text.slice(0, cut).replace(TRAILING, '');
  }
}

/** Every run of Latin text (with at least one letter) in `text`, isolated. */
export function isolateLatinRuns(text: string): string {
  return text.replace(LATIN_RUN, (run) => {
    const core = trimRun(run);
    if (!LATIN_LETTER.test(core)) return run;
    return `${isolate(core)}${run.slice(core.length)}`;
  });
}

/** The template's own Latin runs isolated (never inside a `{placeholder}`), then the values, each isolated. */
export function formatIsolated(template: string, params?: MessageParams): string {
  const literal = template
    .split(/(\{\w+\})/)
    .map((part, index) => (index % 2 === 1 ? part : isolateLatinRuns(part)))
    .join('');
  if (!params) return literal;
  return format(
    literal,
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isolate(String(value))])),
  );
}

/** `createTranslator` for a right-to-left language: Latin runs and values keep their own order. */
export function createIsolatingTranslator(...dictionaries: Messages[]): Translate {
  return (key: string, params?: MessageParams): string => {
    for (const dictionary of dictionaries) {
      const template = dictionary[key];
      if (template !== undefined) return formatIsolated(template, params);
    }
    return key;
  };
}

/** "A, B, C"; in Arabic with the Arabic comma: "A، B، C". */
export function joinList(lang: string, items: readonly string[]): string {
  return items.join(lang === 'ar' ? '، ' : ', ');
}
