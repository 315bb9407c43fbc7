import type { Finding } from '../../../domain/findings';
import { referenceIn } from '../../../domain/source-citations';
import type { ProfileText } from './text';

export interface FindingsListProps {
  readonly text: ProfileText;
  readonly findings: readonly Finding[];
}

/** The rules engine's findings, each with its severity, message and legal source, as plain text. */
export function FindingsList({ text, findings }: FindingsListProps) {
  if (findings.length === 0) return <p class="muted">{text.t('findings.none')}</p>;
  return (
    <ul class="findings" data-findings>
      {findings.map((finding, index) => (
        <li
          key={`${finding.ruleId}-${index}`}
          class={`finding finding-${finding.severity}`}
          data-rule={finding.ruleId}
        >
          <span class="finding-severity">{text.rules(`severity.${finding.severity}`)}</span>{' '}
          <span class="finding-message">{text.rules(finding.messageKey, finding.params)}</span>
          <span class="finding-source">
            {text.t('findings.source', {
              reference: referenceIn(finding.source, text.lang),
              confidence: text.rules(`confidence.${finding.source.confidence}`),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
