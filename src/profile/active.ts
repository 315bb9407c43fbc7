import type { FieldKey } from '../contracts/field-keys';
import { profileFieldValues } from './field-values';
import { issuesToMessages, type PathMessage } from './messages';
import { UNREADABLE } from './records';
import { type Profile, profileSchema } from './schema';
import { activeProfileIdItem, loadActiveProfileId } from './storage';
import { recordKey } from './store/keys';
import { profileRecordStore } from './store/record-store';

/**
 * The profile chosen in the popup for filling, as a content script reads it. The choice is global
 * (not per tab): a per-tab choice would need the `tabs` permission.
 */
export type ActiveProfile =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly profile: Profile; readonly values: Partial<Record<FieldKey, string>> }
  /** The chosen profile was deleted. */
  | { readonly status: 'missing'; readonly id: string }
  /** The chosen profile is stored but fails validation: never fill from it. */
  | { readonly status: 'needs-attention'; readonly id: string; readonly problems: readonly PathMessage[] };

/** Finds and validates only the chosen record, so a content script never validates 10,000. */
export function findActiveProfile(raw: unknown, id: string | null): ActiveProfile {
  if (id === null) return { status: 'none' };
  if (!Array.isArray(raw)) return { status: 'missing', id };
  let firstProblems: PathMessage[] | undefined;
  for (const record of raw) {
    if (typeof record !== 'object' || record === null || (record as { id?: unknown }).id !== id) continue;
    const result = profileSchema.safeParse(record);
    if (result.success)
      return { status: 'ok', profile: result.data, values: profileFieldValues(result.data) };
    firstProblems ??= issuesToMessages(result.error.issues);
  }
  return firstProblems
    ? { status: 'needs-attention', id, problems: firstProblems }
    : { status: 'missing', id };
}

/**
 * Reads only the chosen record (one key), never the whole list. `chosenId`: the choice, when the
 * caller started reading it already (alongside the vault's check).
 */
export async function loadActiveProfile(
  chosenId: Promise<string | null> = loadActiveProfileId(),
): Promise<ActiveProfile> {
  const id = await chosenId;
  if (id === null) return { status: 'none' };
  const record = await profileRecordStore().readOne(recordKey(id));
  if (record?.unreadable)
    return {
      status: 'needs-attention',
      id,
      problems: [UNREADABLE[record.unreadable]],
    };
  return findActiveProfile(record === undefined ? [] : [record.raw], id);
}

/** Calls back with the fresh active profile whenever the choice or the profiles change. */
export function watchActiveProfile(onChange: (active: ActiveProfile) => void): () => void {
  const reload = () => void loadActiveProfile().then(onChange);
  const stopProfiles = profileRecordStore().watch(reload);
  const stopActive = activeProfileIdItem().watch(reload);
  return () => {
    stopProfiles();
    stopActive();
  };
}
