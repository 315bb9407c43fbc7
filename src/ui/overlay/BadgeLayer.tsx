import type { FieldKey } from '../../contracts/field-keys';
import type { FindingView } from '../../features/live-checks/content/findings/finding-view';
import type { RecognizedField } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import type { BadgePlacement } from './badge-position';
import { type BadgeFinding, FieldBadge } from './FieldBadge';
import type { FieldView } from './field-view';

export interface BadgeLayerProps {
  readonly views: readonly FieldView[];
  readonly text: UiText;
  readonly pageLang: 'tr' | 'en';
  readonly focusedField: FieldKey | null;
  /** Findings per field; a field with findings shows them in its hint and its badge turns into a warning sign. */
  readonly findings: ReadonlyMap<FieldKey, readonly FindingView[]>;
  /** Measures where a field's badge goes now; null hides it (the field is not rendered). */
  readonly placeField: (field: RecognizedField) => BadgePlacement | null;
  /** Tab on a badge, to the page beside its field (badge-tab-order.ts); true when focus moved. */
  readonly onBadgeTab?: (field: RecognizedField, backwards: boolean) => boolean;
}

const NO_FINDINGS: readonly BadgeFinding[] = [];

/** Badges for every visible recognised field, positioned over the page from inside our shadow root. */
export function BadgeLayer(props: BadgeLayerProps) {
  const { views, text, pageLang, focusedField, findings, placeField, onBadgeTab } = props;
  return (
    <div class="badge-layer" lang={text.lang}>
      {views.map((view) => {
        const placement = placeField(view.field);
        if (!placement) return null;
        const badgeFindings: readonly BadgeFinding[] =
          findings.get(view.key)?.map((finding) => ({
            id: finding.id,
            ruleId: finding.finding.ruleId,
            severity: finding.severity,
            severityWord: text.rule(`severity.${finding.severity}`),
            message: finding.message,
          })) ?? NO_FINDINGS;
        const worst = badgeFindings[0];
        return (
          <FieldBadge
            key={view.key}
            fieldKey={view.key}
            label={view.label}
            pageLabel={view.pageLabel}
            pageLang={pageLang}
            hint={view.hint}
            formatText={view.format ? text.t('field.format', { format: view.format }) : undefined}
            mistakes={view.mistakes ? { heading: text.t('field.mistakes'), text: view.mistakes } : undefined}
            findings={badgeFindings}
            humanGate={view.humanGate}
            placement={placement}
            fieldFocused={focusedField === view.key}
            buttonLabel={
              worst
                ? text.t('badge.findingFor', { severity: worst.severityWord, label: view.label })
                : text.t(view.humanGate ? 'badge.fillYourselfFor' : 'badge.hintFor', { label: view.label })
            }
            dir={text.dir}
            onTab={onBadgeTab ? (backwards) => onBadgeTab(view.field, backwards) : undefined}
          />
        );
      })}
    </div>
  );
}
