/**
 * The suites' page builder gives the tree a browser's parser gives, for every replica page:
 * otherwise a variant test would pass or fail on a page no browser would show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { htmlDocument } from '../../support/html-document';

const SNAPSHOTS = join(process.cwd(), 'tests/fixtures/eikamet/snapshots');
const FILES = ['tr', 'en'].flatMap((lang) =>
  readdirSync(join(SNAPSHOTS, lang)).map((name) => join(SNAPSHOTS, lang, name)),
);

it.each(FILES)('%s: the same tree as the browser parser', (file) => {
  const html = readFileSync(file, 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const built = htmlDocument(html);
  // Only the whitespace before the closing body tag may differ.
  expect(built.documentElement.outerHTML.replace(/\s+<\/body>/, '</body>')).toBe(
    parsed.documentElement.outerHTML.replace(/\s+<\/body>/, '</body>'),
  );
  expect(built.documentElement.lang).not.toBe('');
});
