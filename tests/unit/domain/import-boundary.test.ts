import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const DOMAIN = join(ROOT, 'src/domain');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Source text without comments, so that prose such as "documents" does not count as code. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Code without string literals, for scanning identifiers ('extension-window.open' is not `window`). */
function codeWithoutStrings(path: string): string {
  return code(path).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const FORBIDDEN_IMPORT =
  /\bfrom\s+['"](preact(?:\/[^'"]*)?|wxt(?:\/[^'"]*)?|#imports|webextension-polyfill|@wxt-dev\/[^'"]*)['"]|\bimport\s*\(\s*['"](preact|wxt|#imports|webextension-polyfill)/;
const DOM_GLOBAL =
  /\b(window|document|navigator|localStorage|sessionStorage|chrome|browser|HTMLElement|MutationObserver)\s*[.[(]/;
const CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)/;

describe('domain import boundary', () => {
  const files = sourceFiles(DOMAIN);

  it('finds the domain sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports nothing from preact, wxt, #imports or webextension-polyfill', () => {
    const offenders = files
      .filter((file) => FORBIDDEN_IMPORT.test(code(file)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('touches no DOM or extension globals', () => {
    const offenders = files
      .filter((file) => DOM_GLOBAL.test(codeWithoutStrings(file)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('never reads the clock in rules, the calendar or evaluate', () => {
    const engine = files.filter((file) => /src\/domain\/(rules|calendar)\/|evaluate\.ts$/.test(file));
    expect(engine.length).toBeGreaterThan(20);
    const offenders = engine
      .filter((file) => CLOCK.test(codeWithoutStrings(file)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the scanners catch what they are meant to catch', () => {
    expect(FORBIDDEN_IMPORT.test("import { h } from 'preact';")).toBe(true);
    expect(FORBIDDEN_IMPORT.test("import { storage } from 'wxt/utils/storage';")).toBe(true);
    expect(FORBIDDEN_IMPORT.test("import { browser } from '#imports';")).toBe(true);
    expect(DOM_GLOBAL.test('document.querySelector("x")')).toBe(true);
    expect(DOM_GLOBAL.test("'documents by post'")).toBe(false);
    expect(CLOCK.test('const now = new Date();')).toBe(true);
    expect(CLOCK.test('new Date(2026, 0, 1)')).toBe(false);
  });
});
