/**
 * The README's "Project layout" table is how a newcomer finds where "fill" or "live warnings"
 * live. It names every folder under `src/` and every feature under `src/features/`, and names
 * no folder that is gone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function foldersIn(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => statSync(join(ROOT, dir, name)).isDirectory())
    .map((name) => `${dir}/${name}/`);
}

/** The folders the README's layout table names in its first column (`src/…/`). */
function tableFolders(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Project layout'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|')));
  return table
    .split('\n')
    .map((row) => row.split('|')[1] ?? '')
    .flatMap((cell) => [...cell.matchAll(/`(src\/[^`]+\/)`/g)].map((match) => match[1] ?? ''));
}

describe("the README's layout table", () => {
  const named = tableFolders();

  it('names every folder under src/ and every feature', () => {
    const folders = [
      ...foldersIn('src').filter((folder) => folder !== 'src/features/'),
      ...foldersIn('src/features'),
    ];
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((folder) => !named.includes(folder))).toEqual([]);
  });

  it('names no folder that does not exist', () => {
    expect(
      named.filter((folder) => !statSync(join(ROOT, folder), { throwIfNoEntry: false })?.isDirectory()),
    ).toEqual([]);
  });
});
