import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFileText } from '../../../src/profile/export-file';
import { parseImportFile } from '../../../src/profile/import-file';
import { profileSchema } from '../../../src/profile/schema';
import { sampleProfile } from './helpers';

/**
 * Property tests: random and mutated files fed to the importer. Nothing may throw, every refusal
 * must name its problems, anything accepted must be valid. Writes: import-write-property.test.ts.
 */
const VALID_TEXT = exportFileText(
  [
    sampleProfile(),
    sampleProfile({ id: 'p-2', surname: 'Çelik', passportNumber: 'TR0000002', foreignerId: '99000000002' }),
    sampleProfile({
      id: 'p-3',
      givenName: 'Işıl',
      surname: 'Yılmaz',
      passportNumber: 'TR0000003',
      foreignerId: undefined,
    }),
  ],
  new Date('2026-05-04T10:00:00Z'),
);

/**
 * Any code point, lone surrogates included: ASCII, the rest of the BMP, and the astral planes.
 * Made here because fast-check's own `unit: 'binary'` builds a table of every code point first,
 * which took 1.4 s of this file's time.
 */
const anyCodePoint = fc
  .oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xffff }),
    fc.integer({ min: 0x1_0000, max: 0x10_ffff }),
  )
  .map((codePoint) => String.fromCodePoint(codePoint));

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: anyCodePoint }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '\u202Eevil',
    'a\u0000b',
    '\uD800',
    'x'.repeat(6_000),
    '',
    ' ',
  ),
);
const anyValue = fc.oneof(fc.jsonValue(), hostileString, fc.constant(null));

type Mutation = (root: Record<string, unknown>) => void;

/** A profile of the file to mutate; a non-object (from an earlier mutation) is replaced by an empty one. */
const pathIn = (root: Record<string, unknown>, pick: number) => {
  const profiles = root.profiles as unknown[];
  const at = pick % profiles.length;
  const found = profiles[at];
  const profile = typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : {};
  profiles[at] = profile;
  const keys = Object.keys(profile);
  return { profile, key: keys[pick % keys.length] ?? 'id' };
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), anyValue).map(
    ([pick, value]): Mutation =>
      (root) => {
        const { profile, key } = pathIn(root, pick);
        profile[key] = value;
      },
  ),
  fc.nat().map(
    (pick): Mutation =>
      (root) => {
        const { profile, key } = pathIn(root, pick);
        delete profile[key];
      },
  ),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty'),
      ),
      anyValue,
    )
    .map(
      ([pick, name, value]): Mutation =>
        (root) => {
          pathIn(root, pick).profile[name] = value;
        },
    ),
  fc.tuple(fc.constantFrom('format', 'version', 'exportedAt', 'profiles', 'extra'), anyValue).map(
    ([key, value]): Mutation =>
      (root) => {
        root[key] = value;
      },
  ),
  fc.nat().map(
    (pick): Mutation =>
      (root) => {
        const profiles = root.profiles as unknown[];
        profiles.push(structuredClone(profiles[pick % profiles.length]));
      },
  ),
);

function mutatedText(mutations: Mutation[]): string {
  const root = JSON.parse(VALID_TEXT) as Record<string, unknown>;
  for (const mutate of mutations) {
    if (!Array.isArray(root.profiles) || root.profiles.length === 0) break;
    mutate(root);
  }
  return JSON.stringify(root);
}

/** Random files: garbage, random JSON, mutated good files, and damaged text of a good file. */
const fileText = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.array(mutation, { minLength: 1, maxLength: 5 }).map(mutatedText),
  fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([at, insert]) => {
    const cut = at % VALID_TEXT.length;
    return VALID_TEXT.slice(0, cut) + insert + VALID_TEXT.slice(cut + 1);
  }),
);

beforeEach(() => fakeBrowser.reset());

describe('importer properties', () => {
  it('never throws; refusals name their problems; anything accepted is valid', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const result = parseImportFile(text, text.length);
        if (result.ok) {
          for (const profile of result.profiles) expect(profileSchema.safeParse(profile).success).toBe(true);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(typeof problem.path).toBe('string');
            expect(problem.key).toMatch(/^(error|import)\./);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
