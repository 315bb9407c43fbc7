/**
 * Hard limits for stored and imported profiles. They keep a hostile or mistaken file from
 * filling the browser's storage (chrome.storage.local allows about 10 MB without the
 * `unlimitedStorage` permission, which this extension does not ask for).
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
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
