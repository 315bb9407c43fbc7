/**
 * What a chosen list option means: the page's permit-type, purpose and insurance lists carry
 * site codes nobody outside has seen and texts in Turkish or English (lookup lists may even come
 * back in the other language than the page). So an option is read by its text against the
 * labels of `src/domain/permits.ts` in both languages, with the comparison the fill uses to
 * choose options (`src/features/fill/page/option-meaning.ts`: Turkish-aware folding, "KISA DÖNEM" = "Kısa
 * Dönem" = "kisa donem", any word order, the words a list adds); a code equal to one of our own
 * ids is taken as well. Anything unclear gives undefined: no fact is better than a wrong one.
 */

import type { OptionLabels } from '../contracts/codes';
import type { FieldKey } from '../contracts/field-keys';
import {
  INSURANCE_TYPE_LABELS,
  INSURANCE_TYPES,
  type InsuranceType,
  PERMIT_TYPE_LABELS,
  PERMIT_TYPES,
  type PermitType,
  SHORT_TERM_PURPOSE_LABELS,
  SHORT_TERM_PURPOSES,
  type ShortTermPurpose,
} from '../domain/permits';
import { bestFit, betterFit, type OptionFit } from '../features/fill/page/option-meaning';
import { optionAliases, optionWordsFor } from '../features/fill/page/option-words';
import { toMatchForm } from '../page/text';

export interface ChosenOption {
  /** The site's code ('' for none chosen). */
  readonly value: string;
  /** The text the user saw. */
  readonly text?: string | undefined;
}

function ownId<T extends string>(ids: readonly T[], code: string): T | undefined {
  return (ids as readonly string[]).includes(code) ? (code as T) : undefined;
}

/**
 * The id whose label (TR or EN) the option text carries, by the comparison the fill uses
 * (`option-meaning.ts`): the best fit wins (exact, then fewest added words, then most of the
 * label's words), and two ids fitting equally well give nothing. "İnsan Ticareti Mağduru" is
 * trafficking, never "İnsani"; "KISA DÖNEM / TURİZM AMAÇLI KALACAKLAR" is tourism.
 */
function idOf<T extends string>(
  key: FieldKey,
  labels: Readonly<Record<T, OptionLabels>>,
  text: string,
): T | undefined {
  const words = optionWordsFor(key);
  let best: { id: T; fit: OptionFit; tied: boolean } | undefined;
  for (const [id, { tr, en }] of Object.entries(labels) as [T, OptionLabels][]) {
    const fit = bestFit(text, [tr, en, ...optionAliases(key, id)], words);
    if (!fit) continue;
    const order = best ? betterFit(fit, best.fit) : -1;
    if (order < 0) best = { id, fit, tied: false };
    else if (order === 0 && best && best.id !== id) best.tied = true;
  }
  return best && !best.tied ? best.id : undefined;
}

export function permitTypeOf(option: ChosenOption | undefined): PermitType | undefined {
  if (!option || option.value === '') return undefined;
  return ownId(PERMIT_TYPES, option.value) ?? idOf('permitType', PERMIT_TYPE_LABELS, option.text ?? '');
}

export function purposeOf(option: ChosenOption | undefined): ShortTermPurpose | undefined {
  if (!option || option.value === '') return undefined;
  return (
    ownId(SHORT_TERM_PURPOSES, option.value) ??
    idOf('permitPurpose', SHORT_TERM_PURPOSE_LABELS, option.text ?? '')
  );
}

/** "18 yaş altı … 65 yaş üstü" worded a little differently still names the age option. */
const AGE_OPTION = /\b18\b.*\b65\b/;

export function insuranceTypeOf(option: ChosenOption | undefined): InsuranceType | undefined {
  if (!option || option.value === '') return undefined;
  const byId = ownId(INSURANCE_TYPES, option.value);
  if (byId) return byId;
  const text = option.text ?? '';
  return (
    idOf('insuranceType', INSURANCE_TYPE_LABELS, text) ??
    (AGE_OPTION.test(toMatchForm(text)) ? 'under-18-over-65' : undefined)
  );
}
