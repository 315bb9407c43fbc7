import { z } from 'zod';
import { MAX_PROFILES } from './limits';
import { PROFILE_FILE_FORMAT, PROFILE_VERSION, profileSchema, timestamp } from './schema';

/**
 * The export file, version 2 (docs/profile-format.md). The importer does not parse a file with
 * this schema in one go: it checks the envelope, migrates older versions and validates profile by
 * profile so it can name every problem. This schema is what `scripts/profile-json-schema.ts`
 * publishes as public/profile-format.schema.json.
 */
export const profileFileSchema = z
  .strictObject({
    format: z.literal(PROFILE_FILE_FORMAT),
    version: z.literal(PROFILE_VERSION),
    exportedAt: timestamp(),
    profiles: z.array(profileSchema).max(MAX_PROFILES),
  })
  .meta({
    title: 'e-İkamet Assistant profiles',
    description:
      'Applicant profiles exported by e-İkamet Assistant. Dates are dd.MM.yyyy; absent fields are unknown.',
  });

export type ProfileFile = z.infer<typeof profileFileSchema>;
