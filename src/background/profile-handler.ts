/**
 * The fill feature's two requests from the content script:
 *
 * - `active-profile-values`: the profile chosen in the popup, loaded and validated through
 *   `src/profile` (zod stays here, out of the content script), as page-ready values for the fill
 *   engine. Null when no profile is chosen, the chosen one was deleted, or it fails validation:
 *   the page is never filled from a record that is not valid. Only the active profile is ever
 *   sent; other profiles never reach a web page.
 * - `fill-messages`: the fill section's texts (`locales/<lang>/fill.json`) plus English.
 */
import { isLanguage } from '../i18n/languages';
import { describeProfileValues } from '../page/wanted-options';
import { loadActiveProfile } from '../profile/active';
import type { Profile } from '../profile/schema';
import { assertVaultOpen } from '../profile/vault/active-codec';
import { fillCatalogueFor } from '../ui/overlay/fill/fill-catalogues';
import { ACTIVE_PROFILE_VALUES, type ActiveProfileValues } from '../ui/overlay/fill/profile-request';
import { FILL_MESSAGES, type FillCatalogue } from '../ui/overlay/fill/text';
import { registerHandler } from './router';

/** "Omar Haddad": given name(s) then surname, as the user typed them. */
export function fillDisplayName(profile: Pick<Profile, 'givenName' | 'surname'>): string {
  return [profile.givenName, profile.surname].filter((part) => part !== undefined && part !== '').join(' ');
}

export async function activeProfileValues(): Promise<ActiveProfileValues | null> {
  // Locked: answered with the error `locked`, and the page is told to unlock in the toolbar.
  await assertVaultOpen();
  const active = await loadActiveProfile();
  if (active.status !== 'ok') return null;
  return {
    id: active.profile.id,
    displayName: fillDisplayName(active.profile),
    values: active.values,
    wanted: describeProfileValues(active.values),
  };
}

export function fillMessages(request: Record<string, unknown>): FillCatalogue {
  if (!isLanguage(request.lang)) throw new Error(`${FILL_MESSAGES}: unknown language`);
  return fillCatalogueFor(request.lang);
}

registerHandler(ACTIVE_PROFILE_VALUES, activeProfileValues);
registerHandler(FILL_MESSAGES, fillMessages);
