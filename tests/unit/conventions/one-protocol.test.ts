import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitComments } from './script-text';
import { scriptsUnder } from './source-files';

// Every message between the content script (or an extension page) and the background goes
// through the protocol map (`src/protocol/protocol.ts`): sent by `send`, answered by the router,
// checked there against the map's zod schemas. So no other file talks over runtime messaging,
// and no file checks a message's shape with a hand-written parser beside the schema.
const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

/** The only files that touch runtime messaging themselves. */
const MESSAGING_FILES: ReadonlySet<string> = new Set(['src/protocol/send.ts', 'src/background/router.ts']);
const SENDS = /\bruntime\s*\.\s*sendMessage\b/;

/** Shapes the protocol map declares: a `parse…` of one of these checks a message by hand. */
const DECLARED_SHAPES = [
  'Assessment',
  'Findings?',
  'ChecklistView',
  'ChecklistItem',
  'Item',
  'Alternatives?',
  'Note',
  'Session',
  'Patch',
  'Values?',
  'Kind',
  'Choices',
  'Ticks',
  'ActiveProfile\\w*',
  'FillCatalogue',
  'CatalogueReply',
  'Catalogue',
  'OptionAnswer',
  'Params',
];
const DECLARED_PARSER = new RegExp(
  String.raw`\b(?:function\s+|(?:const|let)\s+)(parse(?:${DECLARED_SHAPES.join('|')}))\b(?!\w)`,
  'g',
);
/** A file that sends messages checks none of their answers: it exports no parser at all. */
const EXPORTED_PARSER = /\bexport\s+(?:async\s+)?function\s+(parse\w*)/g;
const USES_SEND = /from\s+['"][./]*(?:\.\.\/)*protocol\/send['"]/;

const SOURCES: ReadonlyMap<string, string> = new Map(
  scriptsUnder(SRC).map((path) => [
    relative(ROOT, path).split(sep).join('/'),
    splitComments(readFileSync(path, 'utf8')).code,
  ]),
);

/** Hand-written parsers of declared shapes, as `file: name`. */
function declaredParsers(files: ReadonlyMap<string, string>): string[] {
  return [...files].flatMap(([file, code]) =>
    file.startsWith('src/protocol/')
      ? []
      : [...code.matchAll(DECLARED_PARSER)].map((match) => `${file}: ${match[1]}`),
  );
}

/** Parsers exported by files that send messages, as `file: name`. */
function parsersBesideSend(files: ReadonlyMap<string, string>): string[] {
  return [...files].flatMap(([file, code]) =>
    USES_SEND.test(code) ? [...code.matchAll(EXPORTED_PARSER)].map((match) => `${file}: ${match[1]}`) : [],
  );
}

function messagingOutsideProtocol(files: ReadonlyMap<string, string>): string[] {
  return [...files].flatMap(([file, code]) => (!MESSAGING_FILES.has(file) && SENDS.test(code) ? [file] : []));
}

describe('one protocol between the content script and the background', () => {
  it('reads the sources, and finds the one sender', () => {
    expect(SOURCES.size).toBeGreaterThan(250);
    expect(SENDS.test(SOURCES.get('src/protocol/send.ts') ?? '')).toBe(true);
  });

  it('no file but send.ts sends runtime messages', () => {
    expect(messagingOutsideProtocol(SOURCES)).toEqual([]);
  });

  it('no file checks a message shape the protocol declares with a parser of its own', () => {
    expect(declaredParsers(SOURCES)).toEqual([]);
    expect(parsersBesideSend(SOURCES)).toEqual([]);
  });

  it('the checks see what they look for, and not the lookalikes', () => {
    const files = new Map([
      ['src/ui/overlay/ask.ts', 'const reply = await browser.runtime.sendMessage({ type });'],
      ['src/features/fill/content/x.ts', 'export function parseOptionAnswer(value: unknown) {}'],
      [
        'src/permit-application/y.ts',
        'function parseSession(value) {}\nconst parsePatch = (value) => value;',
      ],
      ['src/contracts/z.ts', 'export function parseFillCatalogue(value) {}'],
      [
        'src/ui/overlay/w.ts',
        "import { send } from '../../protocol/send';\nexport function parseReply(value) {}",
      ],
      ['src/profile/vault/header.ts', 'export function parseVaultHeader(value) {}'],
      ['src/domain/dates.ts', 'export function parseTrDate(text) {}'],
      ['src/protocol/protocol.ts', 'function parseSession() {}'],
    ]);
    expect(messagingOutsideProtocol(files)).toEqual(['src/ui/overlay/ask.ts']);
    expect(declaredParsers(files)).toEqual([
      'src/features/fill/content/x.ts: parseOptionAnswer',
      'src/permit-application/y.ts: parseSession',
      'src/permit-application/y.ts: parsePatch',
      'src/contracts/z.ts: parseFillCatalogue',
    ]);
    expect(parsersBesideSend(files)).toEqual(['src/ui/overlay/w.ts: parseReply']);
  });
});
