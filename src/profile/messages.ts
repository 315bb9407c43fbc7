import type { z } from 'zod';

/**
 * A message to show, as a key in `locales/<lang>/profile.json` plus parameters, so the domain
 * code stays language-free and every UI language gets the same message.
 */
export interface MessageRef {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A problem or note tied to a place in the data, e.g. `profiles[3].birthDate`. */
export interface PathMessage extends MessageRef {
  readonly path: string;
}

/** `['profiles', 3, 'birthDate']` → `profiles[3].birthDate`; the root is `(file)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

/** Our own messages are keys starting with `error.`; zod's built-in ones are mapped by code. */
export function issueMessage(issue: z.core.$ZodIssue): MessageRef {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { key: 'error.unknownField', params: { names: issue.keys.join(', ') } };
    case 'too_big':
      if (issue.message.startsWith('error.'))
        return { key: issue.message, params: { max: Number(issue.maximum) } };
      return { key: 'error.tooMany', params: { max: Number(issue.maximum) } };
    case 'invalid_type':
      // Our schemas name the problem themselves (`typeError`); zod's own text is English-only.
      if (issue.message.startsWith('error.')) return { key: issue.message };
      return { key: `error.type.${typeName(issue.expected)}` };
    case 'invalid_union':
      return { key: 'error.type.unexpected' };
    default:
      return issue.message.startsWith('error.') ? { key: issue.message } : { key: 'error.invalid' };
  }
}

function typeName(expected: string): string {
  return ['string', 'number', 'boolean', 'array', 'object'].includes(expected) ? expected : 'unexpected';
}

export function issuesToMessages(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): PathMessage[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    // An unknown key is reported at the key itself, which reads better than at its parent.
    return { path: formatPath(path), ...issueMessage(issue) };
  });
}
