import { useState } from 'preact/hooks';
import type { MessageRef } from '../../../profile/messages';
import type { NeedsAttention as Entry } from '../../../profile/records';
import { downloadText } from '../../../ui/download';
import { recordPathText } from './import-places';
import type { ProfileText } from './text';
import type { ProfilesController } from './use-profiles';

export interface NeedsAttentionProps {
  readonly text: ProfileText;
  readonly entries: readonly Entry[];
  readonly controller: ProfilesController;
}

function downloadEntry(entry: Entry) {
  const copy = {
    format: 'eikamet-assistant/needs-attention',
    index: entry.index,
    problems: entry.summary,
    record: entry.raw,
  };
  downloadText(`eikamet-needs-attention-${entry.index}.json`, `${JSON.stringify(copy, null, 2)}\n`);
}

/**
 * Stored records that fail validation. They are kept exactly as stored; the user can download a
 * copy and, after confirming, remove one. Nothing here is ever removed without that confirmation.
 */
export function NeedsAttention({ text, entries, controller }: NeedsAttentionProps) {
  const [confirming, setConfirming] = useState<number>();
  const [error, setError] = useState<MessageRef | null>(null);
  if (entries.length === 0) return null;

  return (
    <section class="needs-attention alert warning" aria-labelledby="attention-title" data-needs-attention>
      <h2 id="attention-title">{text.t('attention.title', { count: entries.length })}</h2>
      <p>{text.t('attention.help')}</p>
      {error ? (
        <p role="alert" class="field-error">
          {text.message(error)}
        </p>
      ) : null}
      <ul>
        {entries.map((entry) => (
          <li key={entry.index} data-attention-index={entry.index}>
            <p>
              <strong>{entry.label}</strong>{' '}
              <span class="muted small">{text.t('attention.position', { position: entry.index + 1 })}</span>
            </p>
            <ul class="problems">
              {entry.problems.map((problem, i) => (
                <li key={`${problem.path}-${i}`}>
                  <span class="place">
                    {problem.path ? recordPathText(text, problem.path) : text.t('attention.record')}
                  </span>{' '}
                  — {text.message(problem)}
                </li>
              ))}
            </ul>
            <div class="actions">
              <button type="button" onClick={() => downloadEntry(entry)}>
                {text.t('attention.download')}
              </button>
              {entry.index >= 0 ? (
                confirming === entry.index ? (
                  <button
                    type="button"
                    class="danger"
                    onClick={async () => {
                      setConfirming(undefined);
                      setError(await controller.discard(entry));
                    }}
                  >
                    {text.t('attention.confirmRemove')}
                  </button>
                ) : (
                  <button type="button" onClick={() => setConfirming(entry.index)}>
                    {text.t('attention.remove')}
                  </button>
                )
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
