import { useState } from 'preact/hooks';
import { type Draft, emptyDraft, profileToDraft } from '../../../profile/editor-check';
import type { MessageRef } from '../../../profile/messages';
import type { Profile, ProfileData } from '../../../profile/schema';
import { duplicateDraft } from './draft-actions';
import type { ProfilesController } from './use-profiles';

export interface Editing {
  /** The stored profile being edited; undefined for a new one (or a copy). */
  readonly profile?: Profile;
  readonly draft: Draft;
  /** Remounts the editor when another profile is opened. */
  readonly key: number;
  readonly copyOf?: Profile;
}

let nextKey = 0;

/** Which profile is open in the editor, and the editor's actions, shared by popup and options. */
export function useEditing(controller: ProfilesController) {
  const [editing, setEditing] = useState<Editing>();
  const open = (profile: Profile) => setEditing({ profile, draft: profileToDraft(profile), key: ++nextKey });
  return {
    editing,
    open,
    startNew: () => setEditing({ draft: emptyDraft(), key: ++nextKey }),
    /** A new, unsaved profile prefilled from elsewhere (e.g. a certificate or MRZ import). */
    startFrom: (draft: Draft) => setEditing({ draft, key: ++nextKey }),
    duplicate: (profile: Profile) =>
      setEditing({ draft: duplicateDraft(profile), key: ++nextKey, copyOf: profile }),
    close: () => setEditing(undefined),
    async save(data: ProfileData, options: { keepMine?: boolean } = {}): Promise<MessageRef | null> {
      const current = editing;
      const result = current?.profile
        ? await controller.update(current.profile, data, options)
        : await controller.create(data);
      if (result.error) return result.error;
      setEditing(undefined);
      return null;
    },
    /** "Reload" after a refused save: the editor shows the profile as stored now, edits dropped. */
    async reload(): Promise<void> {
      const id = editing?.profile?.id;
      if (id === undefined) return;
      const state = await controller.reload();
      const fresh = state?.profiles.find((profile) => profile.id === id);
      if (fresh) open(fresh);
    },
    async remove(): Promise<void> {
      if (!editing?.profile) return;
      const error = await controller.remove(editing.profile);
      if (!error) setEditing(undefined);
    },
  };
}
