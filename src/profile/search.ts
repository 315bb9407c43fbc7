import type { Profile } from './schema';

/** What search and the list's order read: a full profile, or a row of the stored list head. */
export type Searchable = Pick<Profile, 'id'> &
  Partial<
    Pick<
      Profile,
      | 'givenName'
      | 'surname'
      | 'previousSurname'
      | 'passportNumber'
      | 'foreignerId'
      | 'applicationNumber'
      | 'email'
      | 'mobile'
      | 'notes'
    >
  >;
type Named = Pick<Profile, 'givenName' | 'surname'>;

/**
 * Search that forgives case and diacritics, the Turkish way: `ISIK`, `ışık`, `Işık` and `isik` all
 * find "Işık"; `cagri` finds "Çağrı". Each profile's folded key is computed once and cached per
 * profile object, so typing stays instant with thousands of profiles.
 */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

export function foldForSearch(text: string): string {
  return (
    text
      // Turkish rules first, so that I → ı and İ → i, then both fold to i below.
      .toLocaleLowerCase('tr-TR')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[ıøđłßæœ]/g, (letter) => EXTRA_FOLDS[letter] ?? letter)
  );
}

/** The texts a search looks in: names, passport number, foreigner id, notes and contact details. */
function searchableText(profile: Searchable): string {
  return [
    profile.givenName,
    profile.surname,
    profile.previousSurname,
    profile.passportNumber,
    profile.foreignerId,
    profile.applicationNumber,
    profile.email,
    profile.mobile,
    profile.notes,
  ]
    .filter((part): part is string => part !== undefined)
    .join('\u0001');
}

const keyCache = new WeakMap<Searchable, string>();

export function searchKey(profile: Searchable): string {
  let key = keyCache.get(profile);
  if (key === undefined) {
    key = foldForSearch(searchableText(profile));
    keyCache.set(profile, key);
  }
  return key;
}

/** Query words; every word must occur somewhere in the profile. */
export function queryTokens(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Profiles matching every word of the query, in the given order; all of them for an empty query. */
export function searchProfiles<T extends Searchable>(profiles: readonly T[], query: string): T[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [...profiles];
  return profiles.filter((profile) => {
    const key = searchKey(profile);
    return tokens.every((token) => key.includes(token));
  });
}

const collator = new Intl.Collator('tr', { sensitivity: 'base', numeric: true });

/** "Surname, Given names" for lists and tables. */
export function displayName(profile: Named): string {
  if (profile.surname && profile.givenName) return `${profile.surname}, ${profile.givenName}`;
  return profile.surname ?? profile.givenName ?? '';
}

/** Alphabetical by surname, then given names, with Turkish collation. */
export function compareByName(a: Named, b: Named): number {
  return (
    collator.compare(a.surname ?? a.givenName ?? '', b.surname ?? b.givenName ?? '') ||
    collator.compare(a.givenName ?? '', b.givenName ?? '')
  );
}
