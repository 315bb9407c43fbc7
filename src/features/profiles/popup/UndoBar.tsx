import type { RemovedProfile } from '../../../profile/repository';
import { displayName } from '../../../profile/search';
import type { ProfileText } from './text';

/**
 * "Deleted … — Undo", shown until the next change (no timer: a bulk delete stays undoable as long
 * as nothing else was changed). One profile is named; many are counted.
 */
export function UndoBar({
  text,
  removed,
  removedMany,
  onUndo,
}: {
  text: ProfileText;
  removed?: RemovedProfile;
  removedMany?: readonly RemovedProfile[];
  onUndo: () => void;
}) {
  const message = removedMany
    ? text.t('undo.deletedMany', { count: text.number(removedMany.length) })
    : text.t('undo.deleted', { name: removed ? displayName(removed.profile) : '' });
  return (
    <div class="undo-bar" data-undo>
      <span>{message}</span>
      {/* The browser's files may keep what was deleted (README, "What stays on disk"). */}
      <span class="small muted" data-undo-disk-note>
        {text.t('undo.diskNote')}
      </span>
      <button type="button" class="primary" onClick={onUndo} data-action="undo">
        {text.t('action.undo')}
      </button>
    </div>
  );
}
