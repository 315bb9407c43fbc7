/**
 * The fill engine and the Kendo bridge must never submit, click, simulate keys, navigate or
 * make requests of their own (docs/principles.md#1-nothing-is-submitted,
 * docs/site.md#human-gates). This scans their source, comments included, so that none of it
 * can creep in unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function sources(): string[] {
  const page = readdirSync(path.join(ROOT, 'src/page'))
    .filter((name) => /^(bridge.*|values)\.ts$/.test(name))
    .map((name) => `src/page/${name}`);
  const fill = readdirSync(path.join(ROOT, 'src/features/fill/page')).map(
    (name) => `src/features/fill/page/${name}`,
  );
  return [...page, ...fill, 'entrypoints/kendo-bridge.ts'];
}

const FORBIDDEN: readonly [name: string, pattern: RegExp][] = [
  ['.submit(', /\.submit\s*\(/],
  ['requestSubmit', /requestSubmit/],
  ['.click(', /\.click\s*\(/],
  ['dispatchEvent(new MouseEvent', /dispatchEvent\s*\(\s*new\s+MouseEvent/],
  ['MouseEvent / PointerEvent', /\b(Mouse|Pointer)Event\b/],
  ['KeyboardEvent', /KeyboardEvent/],
  ['SubmitEvent', /SubmitEvent/],
  ['location assignment', /\blocation(\.href)?\s*=(?!=)/],
  ['location.assign / replace / reload', /\blocation\.(assign|replace|reload)\s*\(/],
  ['window.open', /\bwindow\.open\s*\(/],
  ['history.pushState', /\bhistory\.(push|replace)State\b/],
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['sendBeacon', /sendBeacon/],
  ['$.ajax / $.get / $.post', /\$\.(ajax|get|post|getJSON)\s*\(/],
  ['eval / new Function', /\beval\s*\(|new\s+Function\s*\(/],
  ['.focus(', /\.focus\s*\(/],
  ["trigger('click' / 'submit' / key events)", /trigger\s*\(\s*['"`](click|submit|keydown|keyup|keypress)/],
];

describe('fill engine and bridge sources', () => {
  const files = sources();

  it('are all found', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'src/features/fill/page/fill.ts',
        'src/features/fill/page/fill-options.ts',
        'src/page/values.ts',
        'src/page/bridge-protocol.ts',
        'src/page/bridge-client.ts',
        'src/page/bridge-main.ts',
        'entrypoints/kendo-bridge.ts',
      ]),
    );
  });

  for (const file of files) {
    it(`${file} has no forbidden call`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const found = FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
      expect(found).toEqual([]);
    });
  }

  it('catches what it is meant to catch', () => {
    const samples = [
      'form.submit()',
      'form.requestSubmit()',
      'button.click()',
      'el.dispatchEvent(new MouseEvent("click"))',
      'new KeyboardEvent("keydown", { key: "Enter" })',
      'location.href = "/next"',
      'window.location = url',
      'location.assign(url)',
      'fetch("/Ikamet/DevamEdenBasvuruGiris/Ara")',
      'new XMLHttpRequest()',
      'input.focus()',
      "$('#btn').trigger('click')",
    ];
    for (const sample of samples) {
      expect(
        FORBIDDEN.some(([, pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
    }
    expect(FORBIDDEN.some(([, pattern]) => pattern.test('if (location.origin === origin)'))).toBe(false);
  });
});
