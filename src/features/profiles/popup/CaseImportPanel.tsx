import { useState } from 'preact/hooks';
import { caseDraft } from '../../../profile/certificate/case-draft';
import type { Draft } from '../../../profile/editor-check';
import type { MessageRef } from '../../../profile/messages';
import type { ProfileText } from './text';

export interface CaseImportPanelProps {
  readonly text: ProfileText;
  readonly today: Date;
  /** Opens the new-profile editor prefilled with the draft; nothing is saved by this panel. */
  readonly onDraft: (draft: Draft) => void;
  readonly onCancel: () => void;
}

/**
 * A new case from the application certificate (typed or pasted labels) and/or a passport's
 * machine-readable zone. Reading is strict: any bad value is refused with a message and the
 * inputs stay as typed; a good reading only opens the editor, which saves on the user's click.
 */
export function CaseImportPanel({ text, today, onDraft, onCancel }: CaseImportPanelProps) {
  const [certificate, setCertificate] = useState('');
  const [mrz, setMrz] = useState('');
  const [error, setError] = useState<{ ref: MessageRef; source: 'certificate' | 'mrz' | 'both' }>();

  const read = (event: Event) => {
    event.preventDefault();
    // Only a person starts the reading (a script-made event is ignored).
    if (!event.isTrusted) return;
    const result = caseDraft(certificate, mrz, today);
    if (!result.ok) {
      setError({ ref: result.error, source: result.source });
      return;
    }
    setError(undefined);
    const notes = result.notices.map((notice) => text.message(notice));
    const draft =
      notes.length === 0
        ? result.draft
        : {
            ...result.draft,
            text: {
              ...result.draft.text,
              notes: [result.draft.text.notes, ...notes].filter((line) => line !== undefined).join('\n'),
            },
          };
    onDraft(draft);
  };

  return (
    <form class="case-import section" data-case-import onSubmit={read} noValidate>
      <h2>{text.t('caseImport.title')}</h2>
      <p class="muted small">{text.t('caseImport.help')}</p>
      <div class="field">
        <label for="case-certificate">{text.t('caseImport.certificateLabel')}</label>
        <textarea
          id="case-certificate"
          rows={5}
          spellcheck={false}
          value={certificate}
          aria-invalid={error?.source === 'certificate' || error?.source === 'both' ? 'true' : undefined}
          aria-describedby="case-import-error"
          placeholder={'Başvuru No: 2026-88-0638278\nBelge No / Number of Document: U1234567'}
          onInput={(event) => setCertificate((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="field">
        <label for="case-mrz">{text.t('caseImport.mrzLabel')}</label>
        <textarea
          id="case-mrz"
          rows={3}
          style={{ fontFamily: 'monospace' }}
          spellcheck={false}
          autocapitalize="characters"
          value={mrz}
          aria-invalid={error?.source === 'mrz' || error?.source === 'both' ? 'true' : undefined}
          aria-describedby="case-import-error"
          onInput={(event) => setMrz((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <p class="muted small">{text.t('caseImport.mrzHelp')}</p>
      </div>
      <p id="case-import-error" class="field-error" role="alert" data-case-import-error>
        {error ? text.message(error.ref) : ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" data-action="case-read">
          {text.t('caseImport.read')}
        </button>
        <button type="button" onClick={onCancel} data-action="case-cancel">
          {text.t('caseImport.cancel')}
        </button>
      </div>
    </form>
  );
}
