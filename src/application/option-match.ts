/**
 * What a chosen list option means: the page's permit-type, purpose and insurance lists carry
 * site codes nobody outside has seen and texts in Turkish or English (lookup lists may even come
 * back in the other language than the page). So an option is read by its text, folded the
 * Turkish-aware way (`toMatchForm`: "KISA DÖNEM" = "Kısa Dönem" = "kisa donem"), against the
 * labels of `src/domain/permits.ts` in both languages; a code equal to one of our own ids is
 * taken as well. Anything unclear gives undefined: no fact is better than a wrong one.
 */
import {
  INSURANCE_TYPE_LABELS,
  INSURANCE_TYPES,
  type InsuranceType,
  type OptionLabels,
  PERMIT_TYPES,
  type PermitType,
  SHORT_TERM_PURPOSE_LABELS,
  SHORT_TERM_PURPOSES,
  type ShortTermPurpose,
} from '../domain/permits';
import { toMatchForm } from '../page/text';

export interface ChosenOption {
  /** The site's code ('' for none chosen). */
  readonly value: string;
  /** The text the user saw. */
  readonly text?: string | undefined;
}

/**
 * Permit types by their distinctive words, in both languages; checked in this order so that
 * "İnsan Ticareti Mağduru" (trafficking) is never read as "İnsani" (humanitarian).
 */
const PERMIT_TYPE_WORDS: readonly (readonly [PermitType, RegExp])[] = [
  ['trafficking-victim', /\binsan ticareti\b|\btrafficking\b/],
  ['humanitarian', /\binsani\b|\bhumanitarian\b/],
  ['long-term', /\buzun donem\b|\blong term\b/],
  ['short-term', /\bkisa donem\b|\bshort term\b/],
  ['student', /\bogrenci\b|\bstudent\b/],
  ['family', /\baile\b|\bfamily\b/],
];

function ownId<T extends string>(ids: readonly T[], code: string): T | undefined {
  return (ids as readonly string[]).includes(code) ? (code as T) : undefined;
}

export function permitTypeOf(option: ChosenOption | undefined): PermitType | undefined {
  if (!option || option.value === '') return undefined;
  const byId = ownId(PERMIT_TYPES, option.value);
  if (byId) return byId;
  const folded = toMatchForm(option.text ?? '');
  return PERMIT_TYPE_WORDS.find(([, words]) => words.test(folded))?.[0];
}

/** Folded labels per id, both languages, computed once. */
function foldLabels<T extends string>(labels: Readonly<Record<T, OptionLabels>>): [T, string][] {
  return (Object.entries(labels) as [T, OptionLabels][]).flatMap(([id, { tr, en }]) => [
    [id, toMatchForm(tr)] as [T, string],
    [id, toMatchForm(en)] as [T, string],
  ]);
}

const PURPOSE_LABELS = foldLabels(SHORT_TERM_PURPOSE_LABELS);
const INSURANCE_LABELS = foldLabels(INSURANCE_TYPE_LABELS);

/**
 * The id whose label appears in the text as whole words; the longest label wins, so
 * "Genel Sağlık Sigortası (SGK)" is not taken for "SGK" alone. Purpose texts are shaped
 * "KISA DÖNEM / TURİZM", which contains "turizm".
 */
function longestLabelIn<T extends string>(labels: readonly [T, string][], text: string): T | undefined {
  const padded = ` ${toMatchForm(text)} `;
  let best: [T, string] | undefined;
  for (const entry of labels) {
    if (entry[1] !== '' && padded.includes(` ${entry[1]} `) && entry[1].length > (best?.[1].length ?? 0)) {
      best = entry;
    }
  }
  return best?.[0];
}

export function purposeOf(option: ChosenOption | undefined): ShortTermPurpose | undefined {
  if (!option || option.value === '') return undefined;
  return ownId(SHORT_TERM_PURPOSES, option.value) ?? longestLabelIn(PURPOSE_LABELS, option.text ?? '');
}

/** "18 yaş altı … 65 yaş üstü" worded a little differently still names the age option. */
const AGE_OPTION = /\b18\b.*\b65\b/;

export function insuranceTypeOf(option: ChosenOption | undefined): InsuranceType | undefined {
  if (!option || option.value === '') return undefined;
  const byId = ownId(INSURANCE_TYPES, option.value);
  if (byId) return byId;
  const text = option.text ?? '';
  return (
    longestLabelIn(INSURANCE_LABELS, text) ??
    (AGE_OPTION.test(toMatchForm(text)) ? 'under-18-over-65' : undefined)
  );
}
