/**
 * Per list, the words an option may add to a value's text (or leave out) without meaning
 * something else (`option-meaning.ts`). Folded forms (`toMatchForm`): lower case, plain i,
 * no diacritics. Kept out of the content script: the background sends each profile value's
 * words with its description (`wanted-options.ts`), and the rules read options with them
 * (`src/permit-application/option-match.ts`).
 *
 * Sources of the shapes: purposes are printed "<TYPE> / <purpose>" (docs/site.md, "The wizard
 * as reconstructed"; one real option reads "SHORT TERM/ THE ONES TO ATTEND TRAINING, RESEARCH,
 * APPRENTICESHIP AND COURSES"); consultancy texts add "… AMAÇLI KALACAKLAR"; address lists add "İLÇESİ", "MAH.".
 */
import type { FieldKey } from '../../../contracts/field-keys';
import type { OptionWords } from './option-meaning';

const list = (...groups: string[]): readonly string[] => groups.join(' ').split(' ');

/** Joining words in both languages: never the meaning of an option. */
const JOINERS = list('ve veya ile ya da and or of the for a an to in by with');

/** "İkamet izni" and its English: every permit type says it. */
const PERMIT_WORDS = list('ikamet izni izin residence permit permits');

/** The permit types' own words, which head every purpose ("KISA DÖNEM / TURİZM"). */
const TYPE_WORDS = list(
  'kisa donem short term aile family ogrenci student uzun long insani humanitarian',
  'insan ticareti magduru victim victims human trafficking',
);

/** How purposes are worded around their meaning: "… amaçlı kalacaklar", "for … purposes", "those who …". */
const PURPOSE_WORDS = list(
  'amacli amaciyla amaci amac maksadiyla kalacaklar kalacak kalanlar kalis olanlar olan icin',
  'purpose purposes stay stays staying those who will ones attend persons people applicants',
);

const INSURANCE_WORDS = list('saglik sigortasi sigorta health insurance olanlar');

/**
 * Words that may follow a country's short name in an official long name: "China, People's
 * Republic of" is a qualified "China", "Rusya Federasyonu" a qualified "Rusya"; "Guinea-Bissau"
 * is not "Guinea" and "Korea, Democratic People's Republic of" is not "Korea, Republic of"
 * (qualifiers only follow the name).
 */
const COUNTRY_QUALIFIERS = list(
  'of america of the republic peoples people democratic federation federal federative islamic arab',
  'state states kingdom united socialist plurinational bolivarian',
  'halk cumhuriyeti federasyonu federal islam arap devleti demokratik krallik kralligi birlesik',
);

const COUNTRY: OptionWords = { qualifiers: COUNTRY_QUALIFIERS };

const PERMIT_TYPE_WORDS: OptionWords = { filler: [...JOINERS, ...PERMIT_WORDS] };
const PURPOSE_OPTION_WORDS: OptionWords = {
  filler: [...JOINERS, ...PERMIT_WORDS],
  // "family" heads the family purposes and means something in "transfer from family permit".
  added: [...TYPE_WORDS, ...PURPOSE_WORDS],
};
const INSURANCE_OPTION_WORDS: OptionWords = { filler: [...JOINERS, ...INSURANCE_WORDS] };

const BY_KEY: Partial<Record<FieldKey, OptionWords>> = {
  nationality: COUNTRY,
  otherNationality: COUNTRY,
  birthCountry: COUNTRY,
  passportIssuingCountry: COUNTRY,
  permitType: PERMIT_TYPE_WORDS,
  currentPermitType: PERMIT_TYPE_WORDS,
  permitPurpose: PURPOSE_OPTION_WORDS,
  insuranceType: INSURANCE_OPTION_WORDS,
  passportType: { filler: [...JOINERS, ...list('pasaport pasaportu passport')] },
  province: { filler: list('il ili province') },
  district: { filler: list('ilce ilcesi district') },
  neighbourhood: { filler: list('mah mh mahalle mahallesi neighbourhood neighborhood') },
};

/** The words an option of field `key`'s list may add; plain joining words for any other list. */
export function optionWordsFor(key: FieldKey): OptionWords {
  return BY_KEY[key] ?? { filler: JOINERS };
}

/**
 * Other wordings of a value seen on the real site, per list and profile code. The one real
 * purpose option known, "SHORT TERM/ THE ONES TO ATTEND TRAINING, RESEARCH, APPRENTICESHIP AND
 * COURSES" (docs/site.md), is law 6458 art. 31(1)(j)'s training through public bodies.
 */
const ALIASES: Partial<Record<FieldKey, Readonly<Record<string, readonly string[]>>>> = {
  permitPurpose: { 'public-institution-programme': ['training, research, apprenticeship and courses'] },
};

/** Further texts under which the value `code` of field `key` may appear. */
export function optionAliases(key: FieldKey, code: string): readonly string[] {
  const table = ALIASES[key];
  return table && Object.hasOwn(table, code) ? (table[code] ?? []) : [];
}
