import { useEffect, useState } from 'preact/hooks';
import type { FieldKey } from '../../contracts/field-keys';
import type { Severity } from '../../domain/findings';
import { SEVERITY_GLYPH } from '../../features/live-checks/content/findings/severity';
import type { BadgePlacement } from './badge-position';
import { trusted } from './trusted';

/** A finding about this field, as the badge's hint lists it. */
export interface BadgeFinding {
  readonly id: string;
  readonly ruleId: string;
  readonly severity: Severity;
  /** "Warning", "Error"… in the user's language. */
  readonly severityWord: string;
  readonly message: string;
}

export interface FieldBadgeProps {
  readonly fieldKey: FieldKey;
  /** The field's name in the user's language. */
  readonly label: string;
  /** The page's own label when it differs ("Baba Adı" beside "Father's name"); '' otherwise. */
  readonly pageLabel: string;
  /** Language of the page's labels, for `pageLabel`. */
  readonly pageLang: 'tr' | 'en';
  /** What the hint says; for human gates only "Fill this yourself". */
  readonly hint: string;
  /** The expected format with its heading ("Format: dd.MM.yyyy"), shown under the hint when known. */
  readonly formatText?: string | undefined;
  /** The usual mistakes, with their heading. */
  readonly mistakes?: { readonly heading: string; readonly text: string } | undefined;
  /** Findings about this field; the badge then shows the worst severity's glyph. */
  readonly findings: readonly BadgeFinding[];
  /** Captcha, consent, verification: a neutral badge that gives no answer. */
  readonly humanGate: boolean;
  readonly placement: BadgePlacement;
  /** The user is in this field on the page: show the hint beside it. */
  readonly fieldFocused: boolean;
  /** Accessible name of the badge button. */
  readonly buttonLabel: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * Tab on the badge: moves focus to the page beside its field (badge-tab-order.ts) and
   * returns true, or false to let the browser go on.
   */
  readonly onTab?: ((backwards: boolean) => boolean) | undefined;
}

const px = (value: number) => `${Math.round(value)}px`;

/**
 * A small button beside a page field with a hint that opens on hover, on keyboard focus of
 * the badge, and while the user is in the field. All of it lives in our shadow root; the
 * page's DOM is never touched and focus is never moved.
 */
export function FieldBadge(props: FieldBadgeProps) {
  const { fieldKey, label, pageLabel, pageLang, hint, formatText, mistakes, findings } = props;
  const { humanGate, placement, fieldFocused, buttonLabel, dir } = props;
  const worst = findings[0]?.severity;
  const [hovered, setHovered] = useState(false);
  const [badgeFocused, setBadgeFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  // Entering the field again is a new reason to show the hint, even after an Escape.
  useEffect(() => {
    if (fieldFocused) setDismissed(false);
  }, [fieldFocused]);
  const asked = hovered || badgeFocused || pinned;
  const open = !dismissed && (asked || fieldFocused);
  // Open only because the user is typing in the field: the short version, without the usual
  // mistakes, so it hides as little of the form as possible.
  const passive = open && !asked;
  const tooltipId = `eikamet-hint-${fieldKey}`;

  const { tooltip } = placement;

  // Any new reason to show the hint (hover, focus) undoes an earlier Escape.
  const show = (setter: (value: boolean) => void) => () => {
    setDismissed(false);
    setter(true);
  };

  return (
    <>
      <button
        type="button"
        class={humanGate ? 'badge badge--gate' : worst ? `badge badge--${worst}` : 'badge'}
        data-hint-for={fieldKey}
        data-human-gate={humanGate ? 'true' : undefined}
        data-finding-severity={worst}
        aria-label={buttonLabel}
        aria-describedby={tooltipId}
        // Reached from its field by Tab (badge-tab-order.ts), not again at the end of the page.
        tabIndex={-1}
        style={{ left: px(placement.badge.left), top: px(placement.badge.top) }}
        onMouseEnter={show(setHovered)}
        onMouseLeave={() => setHovered(false)}
        onFocus={show(setBadgeFocused)}
        onBlur={() => {
          setBadgeFocused(false);
          setPinned(false);
        }}
        onClick={trusted(() => {
          setDismissed(false);
          setPinned(!pinned);
        })}
        onKeyDown={trusted((event: KeyboardEvent) => {
          if (event.key === 'Escape') setDismissed(true);
          if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
            if (props.onTab?.(event.shiftKey)) event.preventDefault();
          }
        })}
      >
        {humanGate ? 'i' : worst ? SEVERITY_GLYPH[worst] : '?'}
      </button>
      <div
        id={tooltipId}
        role="tooltip"
        class={`tooltip tooltip--${tooltip.placement}${humanGate ? ' tooltip--gate' : ''}${passive ? ' tooltip--passive' : ''}`}
        dir={dir}
        hidden={!open}
        style={{
          left: px(tooltip.left),
          top: px(tooltip.top),
          ...(passive && tooltip.maxHeight !== undefined ? { maxHeight: px(tooltip.maxHeight) } : {}),
        }}
        onMouseEnter={show(setHovered)}
        onMouseLeave={() => setHovered(false)}
      >
        {humanGate ? null : (
          <strong class="tooltip-title">
            {pageLabel ? (
              <>
                <bdi lang={pageLang}>{pageLabel}</bdi> — {label}
              </>
            ) : (
              label
            )}
          </strong>
        )}
        {findings.map((finding) => (
          <span
            key={finding.id}
            class={`tooltip-finding tooltip-finding--${finding.severity}`}
            data-rule={finding.ruleId}
            data-severity={finding.severity}
          >
            <span class="severity-glyph" aria-hidden="true">
              {SEVERITY_GLYPH[finding.severity]}
            </span>
            <strong>{finding.severityWord}:</strong> {finding.message}
          </span>
        ))}
        {hint ? <span class="tooltip-text">{hint}</span> : null}
        {formatText && !humanGate ? <span class="tooltip-format">{formatText}</span> : null}
        {mistakes && !humanGate && !passive ? (
          <span class="tooltip-mistakes">
            <strong>{mistakes.heading}:</strong> {mistakes.text}
          </span>
        ) : null}
      </div>
    </>
  );
}
