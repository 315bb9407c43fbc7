import type { FieldKey } from '../../page/field-keys';
import type { RecognizedField } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import type { BadgePlacement } from './badge-position';
import { FieldBadge } from './FieldBadge';
import type { FieldView } from './field-view';

export interface BadgeLayerProps {
  readonly views: readonly FieldView[];
  readonly text: UiText;
  readonly focusedField: FieldKey | null;
  /** Measures where a field's badge goes now; null hides it (the field is not rendered). */
  readonly placeField: (field: RecognizedField) => BadgePlacement | null;
}

/** Badges for every visible recognised field, positioned over the page from inside our shadow root. */
export function BadgeLayer({ views, text, focusedField, placeField }: BadgeLayerProps) {
  return (
    <div class="badge-layer" lang={text.lang}>
      {views.map((view) => {
        const placement = placeField(view.field);
        if (!placement) return null;
        return (
          <FieldBadge
            key={view.key}
            fieldKey={view.key}
            label={view.label}
            hint={view.hint}
            format={view.format}
            humanGate={view.humanGate}
            placement={placement}
            fieldFocused={focusedField === view.key}
            buttonLabel={text.t(view.humanGate ? 'badge.fillYourselfFor' : 'badge.hintFor', {
              label: view.label,
            })}
            dir={text.dir}
          />
        );
      })}
    </div>
  );
}
