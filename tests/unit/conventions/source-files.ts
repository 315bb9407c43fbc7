import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript script (`.ts`, `.tsx`) under `dir`, at any depth: what the convention tests read. */
export function scriptsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scriptsUnder(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * The folders of code that runs in the e-İkamet page: the overlay's shell and each feature's
 * content part (`src/features/<feature>/content/`), relative to the repository root.
 */
export function contentScriptFolders(root = process.cwd()): string[] {
  const features = join(root, 'src/features');
  const parts = readdirSync(features)
    .filter((feature) => existsSync(join(features, feature, 'content')))
    .map((feature) => `src/features/${feature}/content`);
  return ['src/ui/overlay', ...parts];
}
