import type { PathMessage } from './messages';

/**
 * Key names that JavaScript gives a meaning of its own. `JSON.parse` keeps them as ordinary keys,
 * but code that copies an object by assignment (`out[key] = value`, as zod does for a loose
 * object) turns `__proto__` into the copy's prototype, and the key is gone without a word. A file
 * that has one anywhere is refused, and the person is told where and which.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isReservedKey = (key: string): boolean => RESERVED_KEYS.has(key);

/** `profiles[3]` + `situation` → `profiles[3].situation`; `profiles[3]` + 2 → `profiles[3][2]`. */
function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Every reserved key in `value` (at any depth, arrays included), as a problem at the object
 * that holds it: `{ path: 'profiles[3].situation', key: 'import.reservedKey', params: { name } }`.
 * Walks with its own stack, so a deeply nested file cannot overflow the call stack.
 */
export function reservedKeyProblems(value: unknown, path: string): PathMessage[] {
  const problems: PathMessage[] = [];
  const pending: [unknown, string][] = [[value, path]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, at] = next;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1)
        pending.push([current[index], childPath(at, index)]);
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys)
      if (isReservedKey(key))
        problems.push({ path: at || '(file)', key: 'import.reservedKey', params: { name: key } });
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index] as string;
      if (!isReservedKey(key)) pending.push([(current as Record<string, unknown>)[key], childPath(at, key)]);
    }
  }
  return problems;
}
