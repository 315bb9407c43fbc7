import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../../src/profile/json-schema';

describe('public/profile-format.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run npx tsx scripts/profile-json-schema.ts)', () => {
    const committed = readFileSync(
      path.resolve(import.meta.dirname, '../../../public/profile-format.schema.json'),
      'utf8',
    );
    // Compared as JSON: biome may format the committed file differently from JSON.stringify.
    expect(JSON.parse(committed)).toEqual(profileJsonSchema());
  });
});
