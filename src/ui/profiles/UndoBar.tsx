import type { RemovedProfile } from '../../profile/repository';
import { displayName } from '../../profile/search';
import type { ProfileText } from './text';

/** "Deleted … — Undo", shown until the next action. */
export function UndoBar({
  text,
  removed,
  onUndo,
}: {
  text: ProfileText;
  removed: RemovedProfile;
  onUndo: () => void;
}) {
  return (
    <div class="undo-bar" data-undo>
      <span>{text.t('undo.deleted', { name: displayName(removed.profile) })}</span>
      {/* Disk truth (issue 16): the browser's files may keep what was deleted. */}
      <span class="small muted" data-undo-disk-note>
        {text.t('undo.diskNote')}
      </span>
      <button type="button" class="primary" onClick={onUndo} data-action="undo">
        {text.t('action.undo')}
      </button>
    </div>
  );
}
