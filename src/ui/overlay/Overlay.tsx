import type { FieldKey } from '../../page/field-keys';
import type { PageRecognition, RecognizedField } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import { BadgeLayer } from './BadgeLayer';
import type { BadgePlacement } from './badge-position';
import { describeFields } from './field-view';
import { Panel } from './Panel';

export interface OverlayProps {
  readonly recognition: PageRecognition;
  readonly text: UiText;
  readonly panelCollapsed: boolean;
  readonly focusedField: FieldKey | null;
  readonly placeField: (field: RecognizedField) => BadgePlacement | null;
  readonly onTogglePanel: () => void;
}

/** Everything the overlay draws: badges over the page and the side panel. */
export function Overlay(props: OverlayProps) {
  const { recognition, text, panelCollapsed, focusedField, placeField, onTogglePanel } = props;
  const views = describeFields(recognition.fields, text);
  return (
    <div class="overlay">
      <BadgeLayer views={views} text={text} focusedField={focusedField} placeField={placeField} />
      <Panel
        recognition={recognition}
        views={views}
        text={text}
        collapsed={panelCollapsed}
        onToggle={onTogglePanel}
      />
    </div>
  );
}
