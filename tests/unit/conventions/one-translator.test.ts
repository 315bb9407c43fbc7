/**
 * Every surface builds its texts with the one translator (`src/i18n/translator.ts`), so a
 * right-to-left language is handled the same way everywhere: a surface that made its own
 * translator once showed Arabic vault texts with Latin terms and numbers out of order.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitComments } from './script-text';
import { scriptsUnder } from './source-files';

const ROOT = join(import.meta.dirname, '../../..');
const MAKES_TRANSLATOR = /\bcreate(Isolating)?Translator\s*\(/;
/** Where the translator is made: the i18n folder itself. */
const TRANSLATOR_HOME = 'src/i18n/';

function makesTranslator(text: string): boolean {
  return MAKES_TRANSLATOR.test(splitComments(text).code);
}

describe('one translator', () => {
  it('no surface outside src/i18n makes a translator of its own', () => {
    const files = [...scriptsUnder(join(ROOT, 'src')), ...scriptsUnder(join(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .map((file) => relative(ROOT, file))
      .filter((file) => !file.startsWith(TRANSLATOR_HOME))
      .filter((file) => makesTranslator(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the scanner sees a translator made in code, not one named in a comment', () => {
    expect(makesTranslator('const t = createTranslator(a, b);')).toBe(true);
    expect(makesTranslator('const t = createIsolatingTranslator(a);')).toBe(true);
    expect(makesTranslator('// once: createTranslator(a)\n/* or createTranslator(b) */ const n = 1;')).toBe(
      false,
    );
  });
});
