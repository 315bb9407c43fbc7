/**
 * Writes public/profile-format.schema.json from the zod schema. Run: npx tsx scripts/profile-json-schema.ts
 * With --check it only compares (content, not formatting) and exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { profileJsonSchemaText, sameJsonSchema } from '../src/profile/json-schema';

const target = path.resolve(import.meta.dirname, '../public/profile-format.schema.json');
const text = profileJsonSchemaText();

if (process.argv.includes('--check')) {
  if (!sameJsonSchema(readFileSync(target, 'utf8'))) {
    console.error(`${target} is out of date: run npx tsx scripts/profile-json-schema.ts`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
