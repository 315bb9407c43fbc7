/**
 * A script read as text by the convention tests: its comments apart from its code. Strings,
 * template literals and regular-expression literals are skipped whole, so a `//` or an
 * `import` inside them is neither a comment nor code to read.
 */

const WORD = /[\w$]+/y;
const KEYWORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'void']);

/** End of a quoted string starting at `start` (a ' or " string ends at the line's end at the latest). */
function skipString(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') i += 1;
    else if (quote !== '`' && text[i] === '\n') return i;
    i += 1;
  }
  return i + 1;
}

/** End of a regular-expression literal starting at `start` (never past the line's end). */
function skipRegex(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length && text[i] !== '\n') {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i + 1;
    i += 1;
  }
  return i;
}

export interface ScriptText {
  /** The script with every comment blanked out (line breaks kept, so offsets and lines hold). */
  readonly code: string;
  /** The text of each comment, without its `//`, `/*` or `*\/`, one after another. */
  readonly comments: readonly string[];
}

export function splitComments(text: string): ScriptText {
  let code = '';
  const comments: string[] = [];
  let previous = ''; // the last significant character, or the last word
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const next = text[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const end = next === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      const bodyEnd = end === -1 ? text.length : end;
      const stop = next === '/' || end === -1 ? bodyEnd : end + 2;
      comments.push(text.slice(i + 2, bodyEnd));
      code += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    let stop = i + 1;
    if (c === "'" || c === '"' || c === '`') {
      stop = skipString(text, i);
      previous = 'x';
    } else if (c === '/' && (!/[\w$)\]]$/.test(previous) || KEYWORDS_BEFORE_REGEX.has(previous))) {
      stop = skipRegex(text, i);
      previous = 'x';
    } else if (/[\w$]/.test(c)) {
      WORD.lastIndex = i;
      previous = WORD.exec(text)?.[0] ?? c;
      stop = i + previous.length;
    } else if (!/\s/.test(c)) {
      previous = c;
    }
    code += text.slice(i, stop);
    i = stop;
  }
  return { code, comments };
}
