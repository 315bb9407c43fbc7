/**
 * Only a person acts (docs/principles.md#6-only-a-person-acts): every event handler the
 * overlay puts on one of its elements is wrapped in `trusted(…)` right where it is attached, so
 * an event a page script fakes (`button.click()` in our open shadow root) is ignored. This reads
 * the overlay's TSX and fails on any handler attribute on an element that is not `trusted(…)`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trusted } from '../../../src/ui/overlay/trusted';
import { contentScriptFolders } from '../conventions/source-files';

/** The overlay's shell and each feature's part of it. */
const OVERLAY_DIRS = contentScriptFolders();

/** Handlers through which a page could make the overlay act. Hover and focus only show hints. */
const ACTION_HANDLER =
  /\bon(Click|DblClick|AuxClick|Change|Input|Submit|KeyDown|KeyUp|KeyPress|PointerDown|PointerUp|MouseDown|MouseUp)=\{/g;

/** The tag a JSX attribute belongs to: the nearest `<name` before it. */
const OPENING_TAG = /<([A-Za-z][\w.]*)/g;

function sourceFiles(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file, ending);
    return ending.test(name) ? [file] : [];
  });
}
const tsxFiles = (dir: string) => sourceFiles(dir, /\.tsx$/);

interface Handler {
  readonly where: string;
  readonly wrapped: boolean;
}

/** Every action-handler attribute on an intrinsic element (`<button onClick={…}>`, not `<Choice onChange={…}>`). */
function actionHandlers(file: string): Handler[] {
  const text = readFileSync(file, 'utf8');
  const found: Handler[] = [];
  for (const match of text.matchAll(ACTION_HANDLER)) {
    const before = text.slice(0, match.index);
    const tag = [...before.matchAll(OPENING_TAG)].at(-1)?.[1] ?? '';
    if (!/^[a-z]/.test(tag)) continue;
    const value = text.slice(match.index + match[0].length).trimStart();
    const line = before.split('\n').length;
    found.push({
      where: `${file}:${line} <${tag} ${match[0].slice(0, -2)}>`,
      wrapped: value.startsWith('trusted('),
    });
  }
  return found;
}

describe('overlay event handlers', () => {
  const handlers = OVERLAY_DIRS.flatMap(tsxFiles).flatMap(actionHandlers);

  it('are found (fill, undo, overwrite, print, language, collapse, badges, checklist)', () => {
    expect(handlers.length).toBeGreaterThanOrEqual(10);
  });

  it('all go through trusted(…)', () => {
    expect(handlers.filter((handler) => !handler.wrapped).map((handler) => handler.where)).toEqual([]);
  });
});

describe('focus moved by the overlay', () => {
  // Enter and Space act only where the person moved focus (click-guard.ts); a focus() of ours
  // after their action goes through the guard's moveFocus, which tells it so.
  it('goes through the click guard', () => {
    const calls = OVERLAY_DIRS.flatMap((dir) => sourceFiles(dir, /\.tsx?$/))
      .filter((file) => !file.endsWith('click-guard.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (/\.focus\(/.test(line) ? [`${file}:${index + 1}`] : [])),
      );
    expect(calls).toEqual([]);
  });
});

describe('trusted', () => {
  it('runs the handler for a person’s event only, and cancels the rest', () => {
    const seen: string[] = [];
    const handler = trusted((event: Event) => seen.push(event.type));
    const synthetic = new MouseEvent('click', { cancelable: true });
    handler(synthetic);
    expect(seen).toEqual([]);
    expect(synthetic.defaultPrevented).toBe(true);
    const real = new MouseEvent('click', { cancelable: true });
    Object.defineProperty(real, 'isTrusted', { value: true });
    handler(real);
    expect(seen).toEqual(['click']);
    expect(real.defaultPrevented).toBe(false);
  });
});
