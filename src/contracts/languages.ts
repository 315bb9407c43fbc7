export const LANGUAGES = ['tr', 'en', 'ar', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the first supported language from a browser preference list, e.g. `navigator.languages`. */
export function pickLanguage(preferences: readonly string[], fallback: Language = 'en'): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return fallback;
}
