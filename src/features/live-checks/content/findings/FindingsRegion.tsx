import type { UiText } from '../../../../ui/i18n';
import { FindingCard } from './FindingCard';
import type { FindingView } from './finding-view';

/**
 * The panel's findings, in a polite live region so a screen reader hears a warning appear
 * while the user types. Errors and warnings come first; general information that concerns no
 * field of the form (decision times, attendance) is folded away so it does not crowd them.
 */
export function FindingsRegion({ views, text }: { views: readonly FindingView[]; text: UiText }) {
  const general = views.filter((view) => view.severity === 'info' && view.finding.fields.length === 0);
  const main = views.filter((view) => !general.includes(view));
  return (
    <div class="findings" data-findings aria-live="polite">
      {main.map((view) => (
        <FindingCard key={view.id} view={view} text={text} />
      ))}
      {general.length > 0 ? (
        <details class="findings-more" data-findings-more>
          <summary>{text.t('findings.more', { count: general.length })}</summary>
          {general.map((view) => (
            <FindingCard key={view.id} view={view} text={text} />
          ))}
        </details>
      ) : null}
    </div>
  );
}
