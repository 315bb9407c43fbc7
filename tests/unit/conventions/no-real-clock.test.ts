import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptsUnder } from './source-files';

// A unit test that reads the real date passes today and fails on the same commit next year.
// Every file that reads the clock must also fake it (vi.useFakeTimers / vi.setSystemTime).
const ROOT = join(import.meta.dirname, '../../..');
const UNIT = join(ROOT, 'tests/unit');
const READS_CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)/;
const FAKES_CLOCK = /\bvi\.(useFakeTimers|setSystemTime)\s*\(/;

/** Code without comments and string literals: a scanner's own examples are not clock reads. */
const codeOnly = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

describe('unit tests and the clock', () => {
  it('no unit test reads the real date without faking the clock', () => {
    const files = scriptsUnder(UNIT).filter((path) => path !== import.meta.filename);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .filter((file) => {
        const code = codeOnly(readFileSync(file, 'utf8'));
        return READS_CLOCK.test(code) && !FAKES_CLOCK.test(code);
      })
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the scanner sees a clock read and a fake', () => {
    expect(READS_CLOCK.test('expect(f(new Date())).toBe(1)')).toBe(true);
    expect(READS_CLOCK.test('const t = Date.now();')).toBe(true);
    expect(READS_CLOCK.test('new Date(2026, 10, 23)')).toBe(false);
    expect(FAKES_CLOCK.test("vi.useFakeTimers({ toFake: ['Date'] })")).toBe(true);
  });
});
