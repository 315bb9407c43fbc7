/**
 * What the content script must not carry (it loads on every e-İkamet page; target < 40 KB
 * gzip): message catalogues, the recognition tables and the overlay stylesheet (the background
 * sends them), zod, the rules and the checklist data (the background runs them), date-fns
 * `parse`. Follows every relative import from the entrypoint, with the modules its build swaps
 * (scripts/content-script-build.ts), so a stray import anywhere in the graph fails here before it
 * fails the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY = 'entrypoints/eikamet.content/index.tsx';
/** The catalogues the content script's build resolves to modules reading the background's tables. */
const SWAPPED: ReadonlyMap<string, string> = new Map(
  ['catalogue', 'pages'].map((name) => [
    path.resolve(`src/page/${name}.ts`),
    path.resolve(`src/page/${name}.remote.ts`),
  ]),
);
// Static imports and exports, and import('…') calls (bundled into the same file).
const IMPORT = /(?:(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?|import\(\s*)['"]([^'"]+)['"]/g;

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.') && !specifier.startsWith('@@/')) return null;
  const base = specifier.startsWith('@@/')
    ? path.resolve(specifier.slice(3))
    : path.resolve(path.dirname(from), specifier.replace(/\?inline$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {}
    }
  }
  return null;
}

/** Every module the entrypoint reaches, with the bare (package) specifiers they import. */
function importGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.resolve(ENTRY)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const [statement, specifier] of source.matchAll(IMPORT)) {
      if (!specifier) continue;
      // Type-only imports vanish from the bundle.
      if (/^(import|export)\s+type\s/.test(statement)) continue;
      const resolved = resolve(file, specifier);
      if (resolved) queue.push(SWAPPED.get(resolved) ?? resolved);
      else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  }
  return { files, packages };
}

describe('content script import graph', () => {
  const { files, packages } = importGraph();
  const relative = [...files].map((file) => path.relative(process.cwd(), file));

  it('is found', () => {
    expect(relative).toContain('src/ui/overlay/mount.tsx');
  });

  it('carries no message catalogue', () => {
    expect(relative.filter((file) => file.startsWith('locales/') && !file.includes('/fill.'))).toEqual([]);
    expect(relative).not.toContain('src/i18n/catalogues.ts');
  });

  it('carries no recognition tables and no stylesheet', () => {
    expect(relative).toContain('src/page/recognize.ts');
    expect(relative.filter((file) => /^src\/page\/(catalogue|pages)\.ts$/.test(file))).toEqual([]);
    expect(relative.filter((file) => file.endsWith('.css'))).toEqual([]);
  });

  it('carries no zod, no rules, no checklist data and no date-fns parser', () => {
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('date-fns'))).toEqual([]);
    expect(relative.filter((file) => /src\/domain\/(rules|checklists|evaluate)/.test(file))).toEqual([]);
  });
});

describe('content script build', () => {
  type ResolveId = (this: unknown, id: string, importer: string) => Promise<unknown>;

  async function buildPlugins(type: 'content-script' | 'background'): Promise<Array<{ name: string }>> {
    const { extendContentScriptBuild } = await import('../../../scripts/content-script-build');
    const viteConfig: { plugins?: Array<{ name: string }> } = {};
    extendContentScriptBuild([{ type }], viteConfig as Parameters<typeof extendContentScriptBuild>[1]);
    return viteConfig.plugins ?? [];
  }

  // Read as text: loading wxt.config.ts would load WXT, Vite and Babel for one line.
  it('is what wxt.config.ts hands to every build', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toMatch(/hooks:\s*\{\s*'vite:build:extendConfig':\s*extendContentScriptBuild\s*\}/);
  });

  it('uses the native browser API, not webextension-polyfill (2.7 KB gzip)', async () => {
    const plugin = (await buildPlugins('content-script')).find(
      ({ name }) => name === 'eikamet:native-browser-api',
    );
    expect(plugin).toBeDefined();
    const resolveId = (plugin as unknown as { resolveId: ResolveId }).resolveId;
    const resolved: string[] = [];
    const context = { resolve: async (id: string) => resolved.push(id) };
    await resolveId.call(context, '@wxt-dev/webextension-polyfill/browser', 'src/ui/overlay/settings.ts');
    expect(resolved).toEqual(['@wxt-dev/browser']);
    expect(await resolveId.call(context, 'preact', 'src/ui/overlay/mount.tsx')).toBeNull();
  });

  it('resolves the field and page catalogues to the tables the background sends', async () => {
    const plugin = (await buildPlugins('content-script')).find(
      ({ name }) => name === 'eikamet:recognition-tables-from-background',
    );
    expect(plugin).toBeDefined();
    const resolveId = (plugin as unknown as { resolveId: ResolveId }).resolveId;
    const importer = path.resolve('src/page/recognize.ts');
    const context = {
      resolve: async (id: string, from: string) => ({ id: `${path.resolve(path.dirname(from), id)}.ts` }),
    };
    for (const [original, swapped] of SWAPPED) {
      const specifier = `./${path.basename(original, '.ts')}`;
      expect(await resolveId.call(context, specifier, importer)).toBe(swapped);
    }
    expect(await resolveId.call(context, './controls', importer)).toBeNull();
  });

  it('leaves the polyfill to the background, whose message listener returns promises', async () => {
    const names = (await buildPlugins('background')).map(({ name }) => name);
    expect(names).not.toContain('eikamet:native-browser-api');
    // The background sends the tables, so it has them.
    expect(names).not.toContain('eikamet:recognition-tables-from-background');
  });
});
