/**
 * The fill feature's requests from the content script:
 *
 * - `active-profile`: which profile would fill, for the button: its id and display name, no
 *   values. Null when no profile is chosen, the chosen one was deleted, or it fails validation.
 * - `fill-values`: asked at the moment of the person's click. The chosen profile, loaded and
 *   validated through `src/profile` (zod stays here, out of the content script), as page-ready
 *   values of the fields the named page kind can have and the fill may write (never a human
 *   gate), and only those the page reported. Refused while the vault is locked or its idle time
 *   has passed (checked now, not trusted from any earlier answer), for a sender that is not a tab
 *   on e-İkamet, and answered null when the chosen profile is not the one the button named. Only
 *   the active profile is ever sent; other profiles never reach a web page.
 * - `fill-messages`: the fill section's texts (`locales/<lang>/fill.json`) plus English.
 *
 * A page's process that has been taken over can send these requests too (the "trusted click"
 * is the content script's check): what it gets is bounded here, one page's fields of the one
 * chosen profile while unlocked, never the list.
 */

import type { RequestSender } from '../../../background/router';
import { fromEikametTab } from '../../../background/senders';
import { type FieldKey, isFieldKey } from '../../../contracts/field-keys';
import type { FillCatalogue } from '../../../i18n/catalogue';
import { fillCatalogueFor } from '../../../i18n/fill-catalogues';
import { fieldCatalogue, GATE_KEYS } from '../../../page/catalogue';
import { pageCatalogue } from '../../../page/pages';
import { loadActiveProfile } from '../../../profile/active';
import type { Profile } from '../../../profile/schema';
import { loadActiveProfileId } from '../../../profile/storage';
import { assertVaultOpen } from '../../../profile/vault/active-codec';
import { ProtocolError } from '../../../protocol/errors';
import type { ActiveProfileSummary, CheckedRequestOf, FillValuesAnswer } from '../../../protocol/protocol';
import { taughtKeysFor } from '../../teach/store/taught-store';
import { chooseOptions } from '../page/option-choice';

/** "Omar Haddad": given name(s) then surname, as the user typed them. */
export function fillDisplayName(profile: Pick<Profile, 'givenName' | 'surname'>): string {
  return [profile.givenName, profile.surname].filter((part) => part !== undefined && part !== '').join(' ');
}

export async function activeProfileSummary(): Promise<ActiveProfileSummary | null> {
  // Locked: answered with the error `locked`, and the page is told to unlock in the toolbar.
  await assertVaultOpen();
  const active = await loadActiveProfile();
  if (active.status !== 'ok') return null;
  return { id: active.profile.id, displayName: fillDisplayName(active.profile) };
}

/**
 * The fields a fill may write on a page of this kind: its catalogue fields, and the fields a
 * person taught for this kind of page (`src/features/teach/store/taught-store.ts`, read here, never taken from
 * the request); human gates never.
 */
export function fillableKeysOf(kind: unknown, taught: Iterable<string> = []): ReadonlySet<FieldKey> {
  const spec = pageCatalogue().find((page) => page.kind === kind);
  if (!spec?.fillable) return new Set();
  const catalogue = fieldCatalogue();
  return new Set(
    [...spec.always, ...spec.optional, ...[...taught].filter(isFieldKey)].filter(
      (key) => !GATE_KEYS.has(key) && catalogue[key]?.fillable,
    ),
  );
}

export async function fillValues(
  request: CheckedRequestOf<'fill-values'>,
  sender: RequestSender,
): Promise<FillValuesAnswer | null> {
  if (!fromEikametTab(sender)) throw new ProtocolError('not-from-eikamet', 'fill-values');
  // The taught fields are read while the vault is checked and the profile loaded: the person is waiting.
  const taught = taughtKeysFor(request.page);
  // Checked now, at the click: a tab left open past the idle time gets `locked`.
  // The choice is read while the vault is checked; the record only once the vault is known open.
  const chosenId = loadActiveProfileId();
  chosenId.catch(() => undefined);
  const [active, taughtKeys] = await Promise.all([
    assertVaultOpen().then(() => loadActiveProfile(chosenId)),
    taught,
  ]);
  const allowed = fillableKeysOf(request.page, taughtKeys);
  const keys = request.keys.filter((key) => allowed.has(key));
  if (active.status !== 'ok' || active.profile.id !== request.profileId) return null;
  const values: Partial<Record<FieldKey, string>> = {};
  for (const key of keys) {
    const value = active.values[key];
    if (value !== undefined) values[key] = value;
  }
  // The lists' choices for the values just read, as `choose-options` would answer them.
  const questions = (request.lists?.lists ?? []).flatMap(({ key, options }) => {
    const value = values[key]?.trim();
    return value ? [{ key, value, options }] : [];
  });
  const answers = request.lists && questions.length > 0 ? chooseOptions(request.lists.lang, questions) : [];
  return {
    id: active.profile.id,
    displayName: fillDisplayName(active.profile),
    values,
    ...(request.lists
      ? {
          choices: questions.flatMap(({ key, value }, index) => {
            const answer = answers[index];
            return answer ? [{ key, value, answer }] : [];
          }),
        }
      : {}),
  };
}

export function fillMessages({ lang }: CheckedRequestOf<'fill-messages'>): FillCatalogue {
  return fillCatalogueFor(lang);
}
