/**
 * A finding as the overlay shows it: the rule's message in the user's language with its
 * parameters filled in, and where it belongs (the panel, the fields on this page).
 */

import type { FieldKey } from '../../../../contracts/field-keys';
import type { Finding, Severity } from '../../../../domain/findings';
import type { UiText } from '../../../../ui/i18n';

export interface FindingView {
  /** Unique per finding: one rule may speak twice (two message keys). */
  readonly id: string;
  readonly finding: Finding;
  readonly severity: Severity;
  readonly message: string;
  /** Names of the fields it concerns, in the user's language. */
  readonly fieldNames: readonly string[];
}

export function describeFindings(findings: readonly Finding[], text: UiText): FindingView[] {
  return findings.map((finding) => ({
    id: `${finding.ruleId}:${finding.messageKey}`,
    finding,
    severity: finding.severity,
    message: text.rule(finding.messageKey, finding.params),
    fieldNames: finding.fields.map((key) => text.field(key, 'label') ?? key),
  }));
}

/** The findings that concern each field, for the badges beside the fields. */
export function findingsByField(
  views: readonly FindingView[],
): ReadonlyMap<FieldKey, readonly FindingView[]> {
  const byField = new Map<FieldKey, FindingView[]>();
  for (const view of views) {
    for (const key of view.finding.fields) {
      const list = byField.get(key) ?? [];
      list.push(view);
      byField.set(key, list);
    }
  }
  return byField;
}

/** "2026-11-23" → "23.11.2026", the date shape the site and the messages use. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}
