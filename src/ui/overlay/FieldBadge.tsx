import { useEffect, useState } from 'preact/hooks';
import type { FieldKey } from '../../page/field-keys';
import type { BadgePlacement } from './badge-position';

export interface FieldBadgeProps {
  readonly fieldKey: FieldKey;
  /** The field's name in the user's language. */
  readonly label: string;
  /** What the hint says; for human gates only "Fill this yourself". */
  readonly hint: string;
  /** The expected format, e.g. "dd.MM.yyyy", shown under the hint when known. */
  readonly format?: string | undefined;
  /** Captcha, consent, verification: a neutral badge that gives no answer. */
  readonly humanGate: boolean;
  readonly placement: BadgePlacement;
  /** The user is in this field on the page: show the hint beside it. */
  readonly fieldFocused: boolean;
  /** Accessible name of the badge button. */
  readonly buttonLabel: string;
  readonly dir: 'ltr' | 'rtl';
}

const px = (value: number) => `${Math.round(value)}px`;

/**
 * A small button beside a page field with a hint that opens on hover, on keyboard focus of
 * the badge, and while the user is in the field. All of it lives in our shadow root; the
 * page's DOM is never touched and focus is never moved.
 */
export function FieldBadge(props: FieldBadgeProps) {
  const { fieldKey, label, hint, format, humanGate, placement, fieldFocused, buttonLabel, dir } = props;
  const [hovered, setHovered] = useState(false);
  const [badgeFocused, setBadgeFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  // Entering the field again is a new reason to show the hint, even after an Escape.
  useEffect(() => {
    if (fieldFocused) setDismissed(false);
  }, [fieldFocused]);
  const open = !dismissed && (hovered || badgeFocused || fieldFocused || pinned);
  const tooltipId = `eikamet-hint-${fieldKey}`;

  // Any new reason to show the hint (hover, focus) undoes an earlier Escape.
  const show = (setter: (value: boolean) => void) => () => {
    setDismissed(false);
    setter(true);
  };

  return (
    <>
      <button
        type="button"
        class={humanGate ? 'badge badge--gate' : 'badge'}
        data-hint-for={fieldKey}
        data-human-gate={humanGate ? 'true' : undefined}
        aria-label={buttonLabel}
        aria-describedby={tooltipId}
        style={{ left: px(placement.badge.left), top: px(placement.badge.top) }}
        onMouseEnter={show(setHovered)}
        onMouseLeave={() => setHovered(false)}
        onFocus={show(setBadgeFocused)}
        onBlur={() => {
          setBadgeFocused(false);
          setPinned(false);
        }}
        onClick={() => {
          setDismissed(false);
          setPinned(!pinned);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDismissed(true);
        }}
      >
        {humanGate ? 'i' : '?'}
      </button>
      <div
        id={tooltipId}
        role="tooltip"
        class={`tooltip tooltip--${placement.tooltip.placement}${humanGate ? ' tooltip--gate' : ''}`}
        dir={dir}
        hidden={!open}
        style={{ left: px(placement.tooltip.left), top: px(placement.tooltip.top) }}
        onMouseEnter={show(setHovered)}
        onMouseLeave={() => setHovered(false)}
      >
        {humanGate ? null : <strong class="tooltip-title">{label}</strong>}
        {hint ? <span class="tooltip-text">{hint}</span> : null}
        {format && !humanGate ? <span class="tooltip-format">{format}</span> : null}
      </div>
    </>
  );
}
