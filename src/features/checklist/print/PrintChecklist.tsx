import type { ChecklistResult } from '../../../domain/checklists';
import type { PrintRequest } from '../../../permit-application/checklist-schema';
import type { UiText } from '../../../ui/i18n';

export interface PrintChecklistProps {
  readonly print: PrintRequest;
  readonly result: ChecklistResult;
  readonly text: UiText;
  readonly onPrint: () => void;
}

/**
 * The printable checklist: one page, the applicant's name when a page showed it, the
 * application in words, and every document with a box (ticked ones already crossed).
 * Rendered in our own extension page; the print stylesheet hides the button.
 */
export function PrintChecklist({ print, result, text, onPrint }: PrintChecklistProps) {
  const { t, doc } = text;
  const { checklist } = print;
  const application = [
    doc(`permit.type.${checklist.permitType}`),
    checklist.purpose ? doc(`permit.purpose.${checklist.purpose}`) : null,
    t(`application.${checklist.kind}`),
  ].filter((part): part is string => part !== null);
  return (
    <main class="print-page" data-print-checklist>
      <header>
        <h1>{t('print.title')}</h1>
        {print.applicantName ? (
          <p class="print-applicant" data-applicant>
            {t('print.applicant')}: <strong>{print.applicantName}</strong>
          </p>
        ) : null}
        <p class="print-application">{application.join(' · ')}</p>
        <p class="print-date">{t('print.preparedOn', { date: checklist.today })}</p>
      </header>
      <ul class="print-list">
        {result.items.map((item) => {
          const ticked = print.ticks.includes(item.id);
          return (
            <li key={item.id} data-doc={item.id} data-ticked={ticked ? 'true' : 'false'}>
              <span class="print-box" aria-hidden="true">
                {ticked ? '☑' : '☐'}
              </span>
              <span class="visually-hidden">{ticked ? t('print.ready') : t('print.notReady')}</span>
              <span class="print-doc">
                {doc(item.titleKey, item.params)}
                <span class="print-requirement"> — {doc(`requirement.${item.requirement}`)}</span>
                {item.noteKey ? <span class="print-note">{doc(item.noteKey, item.params)}</span> : null}
                {item.alternatives && item.alternatives.length > 0 ? (
                  <ul class="print-alternatives">
                    {item.alternatives.map((alternative) => (
                      <li key={alternative.id} data-alternative={alternative.id}>
                        <span class="print-box" aria-hidden="true">
                          ○
                        </span>{' '}
                        {doc(alternative.titleKey)}
                        {alternative.noteKey ? (
                          <span class="print-note"> — {doc(alternative.noteKey)}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {result.notes.length > 0 ? (
        <ul class="print-notes">
          {result.notes.map((note) => (
            <li key={note.id}>{doc(note.messageKey, note.params)}</li>
          ))}
        </ul>
      ) : null}
      <footer class="print-footer">{t('print.footer')}</footer>
      <button type="button" class="print-button" onClick={onPrint}>
        {t('print.print')}
      </button>
    </main>
  );
}
