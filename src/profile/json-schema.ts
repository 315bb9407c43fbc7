import { z } from 'zod';
import { profileFileSchema } from './file-format';

/**
 * The JSON Schema of the export file, generated from the zod schema (the single source of truth).
 * Published as public/profile-format.schema.json by `npx tsx scripts/profile-json-schema.ts`;
 * a unit test fails when the committed file is out of date. Refinements (real calendar dates,
 * "a given name or a surname") cannot be expressed in JSON Schema; docs/profile-format.md lists them.
 */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(profileFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Formatting may differ (biome formats the committed file); the content must not. */
export function sameJsonSchema(committedText: string): boolean {
  return JSON.stringify(JSON.parse(committedText)) === JSON.stringify(profileJsonSchema());
}

export function profileJsonSchemaText(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}
