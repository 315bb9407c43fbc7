import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitComments } from './script-text';
import { scriptsUnder } from './source-files';

// Imports run one way. A layer is the first folder under src/, and a feature's part
// (`src/features/<feature>/<world>/`) belongs to the layer of its world: its content, popup and
// print parts to `ui`, its background part to `background`, its page part to `page`, its store
// to `store`. So a feature's parts obey the same rules as the layers they belong to, and no
// two features lean on each other in a circle. `contracts` is where the worlds
// (content script, page bridge, background, popup, options) agree on names, keys and message
// shapes, so it imports nothing of ours; `domain` is pure rules and imports only `contracts`;
// profiles know nothing of pages or of the overlay; the page layer knows nothing of profiles;
// the background never reaches into the overlay's modules. `protocol` (every message between the
// content script and the background) carries Findings, checklist views, session values and option
// answers, so it sits above the layers that define them and below the two that talk: only `ui` and
// `background` import it. And no two folders lean on each other
// through any path: the folder graph has no cycle. Repository files outside src/ (locales,
// package.json) and npm packages are not layers.
const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');
/** WXT's path aliases (`.wxt/tsconfig.json`): each names the project root. */
const ALIAS = /^(?:@@|~~|@|~)\//;

// ——— Reading a file's imports ———

const MODULE = String.raw`['"]([^'"\n]+)['"]`;
/** `import … from`, `import type … from`, `export … from`, `export type … from` (over several lines too). */
const FROM = new RegExp(String.raw`\b(?:import|export)\s+(?:type\s+)?[\w$*{}\s,]*?\bfrom\s*${MODULE}`, 'g');
/** `import './x.css'`: for its side effects. */
const BARE = new RegExp(String.raw`\bimport\s*${MODULE}`, 'g');
/** `import('./x')`, in code or in a type (`typeof import('./x')`). */
const DYNAMIC = new RegExp(String.raw`\bimport\s*\(\s*${MODULE}\s*[,)]`, 'g');

/** Every module a script names in an import or a re-export, in order of appearance. */
function importedModules(text: string): string[] {
  const { code } = splitComments(text);
  const found: { at: number; module: string }[] = [];
  for (const pattern of [FROM, BARE, DYNAMIC]) {
    for (const match of code.matchAll(pattern)) found.push({ at: match.index, module: match[1] ?? '' });
  }
  return found.sort((a, b) => a.at - b.at).map(({ module }) => module);
}

// ——— Layers and rules ———

/** The file a module name points at, relative to the root; undefined for an npm package. */
function resolveModule(fromFile: string, module: string): string | undefined {
  if (module.startsWith('.'))
    return relative(ROOT, resolve(ROOT, dirname(fromFile), module))
      .split(sep)
      .join('/');
  if (ALIAS.test(module)) return module.replace(ALIAS, '');
  return undefined;
}

/** The layer each world of a feature (`src/features/<feature>/<world>/`) belongs to. */
const WORLD_LAYERS: Readonly<Record<string, string>> = {
  content: 'ui',
  popup: 'ui',
  print: 'ui',
  background: 'background',
  page: 'page',
  store: 'store',
};

/** A feature's name and world from its path, or undefined outside `src/features/`. */
function featureOf(path: string): { readonly feature: string; readonly world: string } | undefined {
  const match = /^src\/features\/([^/]+)\/([^/]+)\//.exec(path);
  return match ? { feature: match[1] ?? '', world: match[2] ?? '' } : undefined;
}

/**
 * `src/<layer>/…` gives the layer, a feature's part the layer of its world (an unknown world
 * stands alone, and the test below names it); any other repository file gives undefined.
 */
function layerOf(path: string): string | undefined {
  const part = featureOf(path);
  if (part) return WORLD_LAYERS[part.world] ?? `features/${part.feature}/${part.world}`;
  const match = /^src\/([^/]+)\//.exec(path);
  return match?.[1];
}

/** What the protocol's messages are made of: the only layers `protocol` may import. */
const PROTOCOL_IMPORTS: ReadonlySet<string> = new Set([
  'contracts',
  'domain',
  'permit-application',
  'page',
  'i18n',
  'store',
]);
/** The two ends of every message: the only layers that may import `protocol`. */
const PROTOCOL_USERS: ReadonlySet<string> = new Set(['ui', 'background']);

/** Why an import from one layer into another runs the wrong way, or undefined if it may. */
function wrongWay(from: string, to: string): string | undefined {
  if (from === to) return undefined;
  if (from === 'protocol' && !PROTOCOL_IMPORTS.has(to))
    return 'protocol imports only contracts, domain, permit-application, page, i18n and store';
  if (to === 'protocol' && !PROTOCOL_USERS.has(from)) return 'only ui and background import protocol';
  if (from === 'contracts') return 'contracts imports only contracts';
  if (from === 'domain' && to !== 'contracts') return 'domain imports only domain and contracts';
  if (from === 'profile' && (to === 'ui' || to === 'page')) return 'profile imports neither ui nor page';
  if (from === 'store' && (to === 'ui' || to === 'background'))
    return 'store imports neither ui nor background';
  if (from === 'page' && to === 'profile') return 'page does not import profile';
  if (from === 'background' && to === 'ui') return 'background does not import ui';
  return undefined;
}

interface Edge {
  readonly file: string;
  readonly module: string;
  readonly from: string;
  readonly to: string;
}

/** Imports that leave their layer for another one, from files given as path → text. */
function crossLayerEdges(files: ReadonlyMap<string, string>): Edge[] {
  const edges: Edge[] = [];
  for (const [file, text] of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const module of importedModules(text)) {
      const target = resolveModule(file, module);
      const to = target === undefined ? undefined : layerOf(target);
      if (to && to !== from) edges.push({ file, module, from, to });
    }
  }
  return edges;
}

/** Imports from one feature's folder into another's, as edges between the two features. */
function crossFeatureEdges(files: ReadonlyMap<string, string>): Edge[] {
  const edges: Edge[] = [];
  for (const [file, text] of files) {
    const from = featureOf(file)?.feature;
    if (!from) continue;
    for (const module of importedModules(text)) {
      const target = resolveModule(file, module);
      const to = target === undefined ? undefined : featureOf(target)?.feature;
      if (to && to !== from) edges.push({ file, module, from, to });
    }
  }
  return edges;
}

/** Each cycle of the folder graph once, as a path that starts and ends at the same folder. */
function folderCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const walk = (path: string[]) => {
    const here = path[path.length - 1] ?? '';
    for (const to of [...(next.get(here) ?? [])].sort()) {
      const start = path.indexOf(to);
      if (start !== -1) {
        const cycle = path.slice(start);
        // One rotation per cycle: the one starting at its alphabetically first folder.
        const first = cycle.indexOf([...cycle].sort()[0] ?? '');
        const key = [...cycle.slice(first), ...cycle.slice(0, first)];
        if (!seen.has(key.join(' → '))) {
          seen.add(key.join(' → '));
          cycles.push([...key, key[0] ?? '']);
        }
      } else {
        walk([...path, to]);
      }
    }
  };
  for (const folder of [...next.keys()].sort()) walk([folder]);
  return cycles;
}

/** A cycle as a reader follows it, each step with one import that makes it. */
function describeCycle(cycle: readonly string[], edges: readonly Edge[]): string {
  const steps = cycle.slice(1).map((to, index) => {
    const from = cycle[index];
    const edge = edges.find((candidate) => candidate.from === from && candidate.to === to);
    return `${from} → ${to} (${edge?.file}: '${edge?.module}')`;
  });
  return steps.join(', ');
}

// ——— The check ———

const SOURCES: ReadonlyMap<string, string> = new Map(
  scriptsUnder(SRC).map((path) => [relative(ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8')]),
);

describe('imports under src/ run one way', () => {
  const edges = crossLayerEdges(SOURCES);

  it('reads the imports of every source file', () => {
    expect(SOURCES.size).toBeGreaterThan(250);
    const unread = [...SOURCES].filter(
      ([, text]) => /^import /m.test(text) && importedModules(text).length === 0,
    );
    expect(unread.map(([file]) => file)).toEqual([]);
    // Every layer but contracts leans on another one, so a reader that found nothing is broken.
    const leaning = new Set(edges.map(({ from }) => from));
    for (const layer of ['domain', 'page', 'profile', 'background', 'ui', 'protocol'])
      expect(leaning).toContain(layer);
  });

  it('no file imports a layer it must not', () => {
    const offenders = edges.flatMap(({ file, module, from, to }) => {
      const reason = wrongWay(from, to);
      return reason ? [`${file}: '${module}' (${from} → ${to}; ${reason})`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('contracts reads no repository file outside it, only npm packages', () => {
    const offenders = [...SOURCES].flatMap(([file, text]) =>
      layerOf(file) === 'contracts'
        ? importedModules(text).flatMap((module) => {
            const target = resolveModule(file, module);
            return target !== undefined && layerOf(target) !== 'contracts' ? [`${file}: '${module}'`] : [];
          })
        : [],
    );
    expect(offenders).toEqual([]);
  });

  it('no two top-level folders depend on each other, directly or through others', () => {
    expect(folderCycles(edges).map((cycle) => describeCycle(cycle, edges))).toEqual([]);
  });

  it('every part of a feature is one of the known worlds', () => {
    const worlds = new Set([...SOURCES.keys()].flatMap((file) => featureOf(file)?.world ?? []));
    expect([...worlds].filter((world) => !(world in WORLD_LAYERS))).toEqual([]);
    // Reading features at all: the fill has its page, content and background parts.
    for (const world of ['content', 'background', 'page', 'popup', 'store']) expect(worlds).toContain(world);
  });

  it('no two features depend on each other, directly or through others', () => {
    const featureEdges = crossFeatureEdges(SOURCES);
    expect(folderCycles(featureEdges).map((cycle) => describeCycle(cycle, featureEdges))).toEqual([]);
  });
});

describe('the import checker', () => {
  it('finds static, type-only, re-exported, side-effect and dynamic imports, over several lines', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {',
      '  c,',
      '  type C,',
      "} from '@@/locales/c.json';",
      "import * as d from 'date-fns';",
      "import './e.css';",
      "export { f } from './f';",
      "export type { G } from './g';",
      "export * from './h';",
      "const i = () => import('./i');",
      "type J = typeof import('./j');",
    ].join('\n');
    expect(importedModules(text)).toEqual([
      './a',
      '../b',
      '@@/locales/c.json',
      'date-fns',
      './e.css',
      './f',
      './g',
      './h',
      './i',
      './j',
    ]);
  });

  it('ignores imports that are only written in comments, and reads past strings and regex literals', () => {
    const text = [
      "// import { x } from '../ui/x';",
      '/* lazily: import("../ui/y") */',
      "const url = 'https://example.invalid/'; import { y } from './y';",
      "const slashOrStar = /[/*]/; import { z } from './z'; // a regex literal, not a comment: */",
    ].join('\n');
    expect(importedModules(text)).toEqual(['./y', './z']);
  });

  it('names each wrong-way import the issue lists, with its file and module', () => {
    const files = new Map([
      ['src/domain/findings.ts', "import type { FieldKey } from '../page/field-keys';"],
      ['src/profile/storage.ts', "import { LANGUAGE_KEY } from '../ui/overlay/settings';"],
      ['src/features/fill/page/wanted-options.ts', "import { GENDER_LABELS } from '../../../profile/codes';"],
      [
        'src/features/teach/background/taught-handler.ts',
        "import { TEACH_FIELD } from '../content/taught-client';",
      ],
      [
        'src/features/teach/store/taught-store.ts',
        "import { LANGUAGE_KEY } from '../../../ui/overlay/settings';",
      ],
      [
        'src/features/fill/content/FillSection.tsx',
        "import { TeachFields } from '../../teach/content/TeachFields';",
      ],
      ['src/contracts/codes.ts', "import type { OptionLabels } from '../domain/permits';"],
      ['src/ui/overlay/Overlay.tsx', "import type { FieldKey } from '../../contracts/field-keys';"],
      ['src/i18n/catalogue.ts', "import { isLanguage } from '@/src/contracts/languages';"],
      ['src/protocol/protocol.ts', "import type { OptionAnswer } from '../page/fill';"],
      ['src/protocol/send.ts', "import { mountOverlay } from '../ui/overlay/mount';"],
      ['src/protocol/vault.ts', "import { VaultLockedError } from '../profile/vault/session';"],
      ['src/features/fill/page/fill.ts', "import type { Send } from '../../../protocol/send';"],
      ['src/profile/active.ts', "import { protocol } from '../protocol/protocol';"],
      ['src/background/router.ts', "import { protocol } from '../protocol/protocol';"],
      ['src/ui/overlay/mount.tsx', "import { send } from '../../protocol/send';"],
    ]);
    const wrong = crossLayerEdges(files).flatMap((edge) =>
      wrongWay(edge.from, edge.to) ? [`${edge.file}: ${edge.module}`] : [],
    );
    expect(wrong).toEqual([
      'src/domain/findings.ts: ../page/field-keys',
      'src/profile/storage.ts: ../ui/overlay/settings',
      'src/features/fill/page/wanted-options.ts: ../../../profile/codes',
      'src/features/teach/background/taught-handler.ts: ../content/taught-client',
      'src/features/teach/store/taught-store.ts: ../../../ui/overlay/settings',
      'src/contracts/codes.ts: ../domain/permits',
      'src/protocol/send.ts: ../ui/overlay/mount',
      'src/protocol/vault.ts: ../profile/vault/session',
      'src/features/fill/page/fill.ts: ../../../protocol/send',
      'src/profile/active.ts: ../protocol/protocol',
    ]);
  });

  it('reports a cycle between folders with its path, and none where imports run one way', () => {
    const files = new Map([
      ['src/ui/a.ts', "import { b } from '../i18n/b';"],
      ['src/i18n/b.ts', "import { c } from '../page/c';"],
      ['src/page/c.ts', "import { a } from '../ui/a';"],
      ['src/background/d.ts', "import { b } from '../i18n/b';"],
    ]);
    const edges = crossLayerEdges(files);
    expect(folderCycles(edges)).toEqual([['i18n', 'page', 'ui', 'i18n']]);
    expect(describeCycle(['i18n', 'page', 'ui', 'i18n'], edges)).toBe(
      "i18n → page (src/i18n/b.ts: '../page/c'), page → ui (src/page/c.ts: '../ui/a'), " +
        "ui → i18n (src/ui/a.ts: '../i18n/b')",
    );
    files.delete('src/page/c.ts');
    expect(folderCycles(crossLayerEdges(files))).toEqual([]);
  });

  it('reports two features leaning on each other, even within one layer', () => {
    const files = new Map([
      ['src/features/profiles/popup/ImportPanel.tsx', "import { Prompt } from '../../vault/popup/Prompt';"],
      ['src/features/vault/popup/Export.tsx', "import { download } from '../../profiles/popup/download';"],
      [
        'src/features/fill/content/FillSection.tsx',
        "import { TeachFields } from '../../teach/content/TeachFields';",
      ],
    ]);
    // All three are `ui`: no layer is crossed, yet profiles and vault form a circle.
    expect(crossLayerEdges(files)).toEqual([]);
    const edges = crossFeatureEdges(files);
    expect(folderCycles(edges)).toEqual([['profiles', 'vault', 'profiles']]);
    files.delete('src/features/vault/popup/Export.tsx');
    expect(folderCycles(crossFeatureEdges(files))).toEqual([]);
  });
});
