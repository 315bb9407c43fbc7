/**
 * Guard rails on the overlay's source: it only reads the page. Anything that could submit,
 * click, type, navigate, move focus, inject markup or reach the network fails this test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptFolders } from '../conventions/source-files';

/** What runs in the e-İkamet page (the popup and options pages under src/ui are other documents). */
const OVERLAY_SOURCES = ['entrypoints/eikamet.content', ...contentScriptFolders(), 'src/ui/i18n.ts'];

/**
 * The one file that calls `.focus()`: the click guard's `moveFocus`, reached through
 * person-focus.ts for a person's open, fold, Tab, fill or undo.
 */
const PERSON_FOCUS = path.join('src', 'ui', 'overlay', 'click-guard.ts');

const FORBIDDEN: readonly [pattern: RegExp, why: string][] = [
  [
    /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML/,
    'page text must be rendered as text',
  ],
  [/\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|sendBeacon|EventSource/, 'no network requests'],
  [/\.submit\s*\(|requestSubmit/, 'never submits'],
  [/\.click\s*\(/, 'never clicks'],
  [/\.focus\s*\(|\.blur\s*\(|\.select\s*\(\s*\)/, 'never moves focus (but in click-guard.ts)'],
  [/dispatchEvent|new\s+(Keyboard|Mouse|Input|Pointer)Event/, 'never fakes user input'],
  [/location\.(assign|replace|href\s*=)|history\.(push|replace)State|window\.open\s*\(/, 'never navigates'],
  [/\.value\s*=[^=]|\.checked\s*=[^=]/, 'never changes a page value'],
  [/from ['"]zod['"]/, 'zod stays out of the content script'],
];

function sourceFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

describe('overlay source', () => {
  const files = OVERLAY_SOURCES.flatMap(sourceFiles);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const [pattern, why] of FORBIDDEN) {
    it(`${why} (${pattern.source.slice(0, 40)}…)`, () => {
      const offenders = files.flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
          // Comments may name the things the overlay never does.
          .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && pattern.test(line))
          // Focus moves only in answer to a person's key or click, all through this one file.
          .filter(({ where }) => !(why.startsWith('never moves focus') && where.startsWith(PERSON_FOCUS)))
          .map(({ where, line }) => `${where}: ${line.trim()}`),
      );
      expect(offenders).toEqual([]);
    });
  }
});
