import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript script (`.ts`, `.tsx`) under `dir`, at any depth: what the convention tests read. */
export function scriptsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scriptsUnder(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
