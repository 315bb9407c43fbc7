/**
 * Hard limits for stored and imported profiles. They keep a hostile or mistaken file from
 * filling the browser's storage (`unlimitedStorage` lifts the 10 MB quota of storage.local).
 *
 * A compact export takes about 1.3 KB per profile with long notes (`npm run bench`), so 128 MB
 * re-imports a consultant's own backup of the stored limit with room to spare.
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
/** Per import file and for the whole stored list. */
export const MAX_PROFILES = 50_000;

/** Longest accepted value per kind of text field, in UTF-16 code units. */
export const MAX_LENGTH = {
  name: 100,
  short: 40,
  text: 200,
  email: 254,
  notes: 5_000,
  id: 64,
} as const;

/** Most dependants one profile can link to (a large family, not a list of all clients). */
export const MAX_DEPENDANTS = 50;
