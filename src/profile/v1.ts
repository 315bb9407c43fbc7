import { z } from 'zod';
import { normaliseMobile } from './normalise';

/**
 * Version 1 of the stored and exported profile (frozen: never edit this schema). It kept the
 * whole name in one `name` field and the phone as typed, usually with `+90`; the permit end was
 * `permitEnd`. Kept so old storage and old export files can be migrated.
 */
export const profileV1Schema = z.looseObject({
  id: z.string(),
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  passportNumber: z.string().optional(),
  passportExpiry: z.string().optional(),
  birthDate: z.string().optional(),
  nationality: z.string().optional(),
  foreignerId: z.string().optional(),
  permitEnd: z.string().optional(),
  notes: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProfileV1 = z.infer<typeof profileV1Schema>;

/** Splits "Maria Garcia Lopez" into given names and the last word as surname. */
function splitName(name: string): { givenName?: string; surname?: string; ambiguous: boolean } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { ambiguous: false };
  if (words.length === 1) return { givenName: words[0], ambiguous: false };
  return { givenName: words.slice(0, -1).join(' '), surname: words.at(-1), ambiguous: words.length > 2 };
}

const present = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value;

/**
 * One v1 record to the v2 shape. Lossless: where the split of the full name is a guess (more
 * than two words), the original full name is appended to the notes so the user can check it.
 * Input that is not a v1 record is returned unchanged, so validation later sets it aside as
 * "needs attention" instead of anything being dropped.
 */
export function migrateProfileRecordV1(record: unknown): unknown {
  const parsed = profileV1Schema.safeParse(record);
  if (!parsed.success) return record;
  const { name, phone, permitEnd, notes, ...rest } = parsed.data;
  // Keys v1 did not know are carried over untouched; v2 validation then reports them.
  const unknownKeys = Object.fromEntries(
    Object.entries(rest).filter(([key]) => !Object.hasOwn(profileV1Schema.shape, key)),
  );
  const { givenName, surname, ambiguous } = splitName(name);
  const mobile = phone === undefined ? undefined : normaliseMobile(phone).value;
  const nameNote = ambiguous ? `Version 1 full name: ${name.trim()}` : undefined;
  const mergedNotes = [present(notes), nameNote].filter(Boolean).join('\n') || undefined;
  const migrated: Record<string, unknown> = {
    id: rest.id,
    createdAt: rest.createdAt,
    updatedAt: rest.updatedAt,
    givenName,
    surname,
    birthDate: present(rest.birthDate),
    nationality: present(rest.nationality),
    passportNumber: present(rest.passportNumber),
    passportExpiry: present(rest.passportExpiry),
    foreignerId: present(rest.foreignerId),
    currentPermitEnd: present(permitEnd),
    email: present(rest.email),
    mobile: present(mobile),
    notes: mergedNotes,
    ...unknownKeys,
  };
  // v2 never stores undefined or empty values: absent means unknown.
  return Object.fromEntries(Object.entries(migrated).filter(([, value]) => value !== undefined));
}
