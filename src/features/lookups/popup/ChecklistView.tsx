import type { ChecklistItem, ChecklistResult } from '../../../domain/checklists';
import type { RuleSource } from '../../../domain/findings';
import { referenceIn } from '../../../domain/source-citations';
import { formatIsoDate } from '../../live-checks/content/findings/finding-view';
import type { ProfileText } from '../../profiles/popup/text';

function Source({ text, source }: { text: ProfileText; source: RuleSource }) {
  return (
    <p class="source small">
      {text.t('checklist.source')}{' '}
      <a href={source.url} target="_blank" rel="noopener noreferrer" dir="auto">
        {referenceIn(source, text.lang)}
      </a>{' '}
      · {text.docs(`confidence.${source.confidence}`)} ·{' '}
      {text.t('checklist.verified', { date: formatIsoDate(source.lastVerified) })}
    </p>
  );
}

function Item({ text, item }: { text: ProfileText; item: ChecklistItem }) {
  return (
    <li class={`doc requirement-${item.requirement}`} data-doc={item.id}>
      <p class="doc-title">
        <strong>{text.docs(item.titleKey, item.params)}</strong>{' '}
        <span class="badge">{text.docs(`requirement.${item.requirement}`)}</span>
      </p>
      {item.noteKey ? <p>{text.docs(item.noteKey, item.params)}</p> : null}
      <p class="muted small" data-condition={item.condition}>
        {[item.condition, ...(item.alsoBecause ?? [])]
          .map((condition) => text.docs(`condition.${condition}`))
          .join(' ')}
      </p>
      {item.alternatives ? (
        <ul class="alternatives">
          {item.alternatives.map((alternative) => (
            <li key={alternative.id} data-alternative={alternative.id}>
              {text.docs(alternative.titleKey)}
              {alternative.matchesSituation ? <span class="badge">{text.t('checklist.fits')}</span> : null}
              {alternative.noteKey ? (
                <span class="muted small"> — {text.docs(alternative.noteKey)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <Source text={text} source={item.source} />
    </li>
  );
}

/** A checklist result: status, documents grouped under headings, and notes; all as text. */
export function ChecklistView({ text, result }: { text: ProfileText; result: ChecklistResult }) {
  const groups = [...new Set(result.items.map((item) => item.group))];
  return (
    <div class="checklist" data-checklist data-status={result.status}>
      <p class={`status status-${result.status}`}>{text.docs(result.statusMessageKey)}</p>
      {groups.map((group) => (
        <section key={group} class="doc-group">
          <h3>{text.docs(`group.${group}`)}</h3>
          <ol>
            {result.items
              .filter((item) => item.group === group)
              .map((item) => (
                <Item key={item.id} text={text} item={item} />
              ))}
          </ol>
        </section>
      ))}
      {result.notes.length > 0 ? (
        <section class="doc-notes">
          <h3>{text.t('checklist.notes')}</h3>
          <ul>
            {result.notes.map((note) => (
              <li key={note.id} class={`note-${note.tone}`} data-note={note.id}>
                {text.docs(note.messageKey, note.params)}
                {note.source ? <Source text={text} source={note.source} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
