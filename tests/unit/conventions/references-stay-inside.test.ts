import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitComments } from './script-text';

// The repository explains itself (docs/README.md): code and tests never send a reader to a
// document outside it. A comment names a document by its path from the repository root
// (docs/site.md) or from its own folder, and an anchor (docs/site.md#human-gates) must be a
// heading there. Document names are checked in comments; absolute paths, `shared/` folders and
// the team's reference documents anywhere. This file is left out: its samples point outside.
const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = ['src', 'entrypoints', 'scripts', 'tests'];
const SCRIPT = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const TEXT = /\.(ts|tsx|js|jsx|mjs|cjs|css|html|sh|json)$/;
/** Markdown whose relative links must resolve too. */
const LINKED_DOCS = ['README.md', 'docs', 'tests/fixtures/eikamet/README.md'];

function filesUnder(path: string, keep: RegExp): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return keep.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) =>
    name.startsWith('.') || name === 'node_modules' ? [] : filesUnder(join(path, name), keep),
  );
}

const isInside = (path: string) => path === ROOT || path.startsWith(ROOT + sep);

// ——— Comments of a script ———

/** The text of a script's comments, one per line. */
const commentsOf = (text: string): string => splitComments(text).comments.join('\n');

// ——— Documents and their headings ———

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (heading?.[1]) anchors.add(anchorOf(heading[1]));
  }
  return anchors;
}

/** Why `target` (a path, optionally `#anchor`) named in `fromFile` does not lead to a document in the repository, or null. */
function brokenDocument(fromFile: string, target: string): string | null {
  const [path = '', anchor] = target.split('#');
  const fromDir = dirname(join(ROOT, fromFile));
  const candidates = path.startsWith('.')
    ? [resolve(fromDir, path)]
    : [resolve(ROOT, path), resolve(fromDir, path)];
  const found = candidates.find((candidate) => isInside(candidate) && existsSync(candidate));
  if (!found) return `${target}: no such file in the repository`;
  if (anchor && found.endsWith('.md') && !anchorsIn(readFileSync(found, 'utf8')).has(anchor)) {
    return `${target}: no heading with that anchor in ${relative(ROOT, found)}`;
  }
  return null;
}

// ——— The check ———

/** A Markdown document named in a comment, with an optional anchor. */
const DOCUMENT = /(?<![\w./:@#-])((?:\.{1,2}\/)*(?:[\w@-][\w.@-]*\/)*[\w-][\w.-]*\.md(?:#[\w-]+)?)(?![\w-])/g;
/** Absolute paths on a developer's machine. */
const ABSOLUTE = /(?<![\w.:/-])(?:\/(?:work|home|root|mnt|srv|Users)\/|~\/)/g;
/** A `shared/` folder, with the path before it. */
const SHARED = /(?<![\w.@~/-])((?:[\w.@~-]+\/)*)shared\//g;
/** A relative path that starts by climbing. */
const CLIMBING = /(?<![\w./-])((?:\.\.\/)+[\w.@-][\w./@-]*)/g;
/** The team's reference documents, and the old numbered references to the principles. */
const NAMED =
  /\b(?:eikamet-site|wizard-reconstruction|peer-techniques|toolchain|helper-guide)\.md\b|\bnon-negotiables?\s+\d/gi;

/** Every place where `text` (the content of `file`, a path from the root) points outside the repository. */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  const fromDir = dirname(join(ROOT, file));
  for (const match of text.matchAll(ABSOLUTE)) found.push(`absolute path ${match[0]}…`);
  for (const match of text.matchAll(NAMED)) found.push(`outside document ${match[0]}`);
  for (const match of text.matchAll(SHARED)) {
    const prefix = match[1] ?? '';
    const folder = resolve(fromDir, `${prefix}shared`);
    const inRepository = prefix.startsWith('.') && isInside(folder) && existsSync(folder);
    if (!inRepository) found.push(`shared folder ${match[0]}`);
  }
  for (const match of text.matchAll(CLIMBING)) {
    if (!isInside(resolve(fromDir, match[1] ?? ''))) found.push(`path out of the repository ${match[1]}`);
  }
  const prose = SCRIPT.test(file) ? commentsOf(text) : text;
  for (const match of prose.matchAll(DOCUMENT)) {
    const broken = brokenDocument(file, match[1] ?? '');
    if (broken) found.push(broken);
  }
  return found;
}

describe('references stay inside the repository', () => {
  it('no file under src/, entrypoints/, scripts/ or tests/ points at a document outside it', () => {
    const files = SCANNED.flatMap((dir) => filesUnder(join(ROOT, dir), TEXT)).filter(
      (path) => path !== import.meta.filename,
    );
    expect(files.length).toBeGreaterThan(200);
    const offenders = files.flatMap((path) => {
      const file = relative(ROOT, path);
      return outsideReferences(file, readFileSync(path, 'utf8')).map((why) => `${file}: ${why}`);
    });
    expect(offenders).toEqual([]);
  });

  it('every relative link in the docs and READMEs leads to a file, and every anchor to a heading', () => {
    const documents = LINKED_DOCS.flatMap((path) => filesUnder(join(ROOT, path), /\.md$/));
    expect(documents.length).toBeGreaterThan(5);
    const broken = documents.flatMap((path) => {
      const file = relative(ROOT, path);
      const text = readFileSync(path, 'utf8');
      return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1] ?? '')
        .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))
        .map((target) => {
          if (!target.startsWith('#'))
            return brokenDocument(file, target.startsWith('.') ? target : `./${target}`);
          return anchorsIn(text).has(target.slice(1)) ? null : `${target}: no such heading`;
        })
        .flatMap((why) => (why ? [`${file}: ${why}`] : []));
    });
    expect(broken).toEqual([]);
  });

  it('the scanner sees references that leave the repository, and lets those inside pass', () => {
    const domain = 'src/domain/example.ts';
    expect(outsideReferences(domain, '/** Sources: `shared/domain/eikamet-site.md` §4. */')).toEqual([
      'outside document eikamet-site.md',
      'shared folder shared/',
      'shared/domain/eikamet-site.md: no such file in the repository',
    ]);
    expect(outsideReferences(domain, '// Only a person acts (non-negotiable 6).')).toHaveLength(1);
    expect(outsideReferences(domain, "const notes = '/work/notes/brief.txt';")).toHaveLength(1);
    expect(outsideReferences(domain, "import x from '../../../../elsewhere/x';")).toHaveLength(1);
    expect(outsideReferences(domain, '/** T1 with T2 (rules.md §12). */')).toEqual([
      'rules.md: no such file in the repository',
    ]);
    expect(outsideReferences(domain, '// docs/site.md#no-such-heading')).toEqual([
      'docs/site.md#no-such-heading: no heading with that anchor in docs/site.md',
    ]);
    expect(outsideReferences(domain, '/** See docs/site.md#human-gates and docs/rules.md. */')).toEqual([]);
    expect(outsideReferences(domain, "import { RULES } from '../rules';")).toEqual([]);
    expect(outsideReferences(domain, "const url = 'https://example.org/home/x.md';")).toEqual([]);
  });

  it('reads comments, not strings or regular expressions', () => {
    const code = [
      "const a = 'not // a comment'; // one",
      'const b = /\\/*x/.test(a) / 2; /* two */',
      'const c = `template // ` + a;',
      'function f() { return /[/]/; }',
      'const d = a.length /2; // three',
    ].join('\n');
    expect(commentsOf(code).split('\n')).toEqual([' one', ' two ', ' three']);
    expect(anchorOf('6. Only a person acts')).toBe('6-only-a-person-acts');
    expect(anchorOf('Informs, never blocks')).toBe('informs-never-blocks');
  });
});
