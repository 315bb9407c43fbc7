import type { FieldKey } from '../../contracts/field-keys';
import type { Language } from '../../contracts/languages';
import type { Finding } from '../../domain/findings';
import { describeFindings, findingsByField } from '../../features/live-checks/content/findings/finding-view';
import type { PageRecognition, RecognizedField } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import { BadgeLayer } from './BadgeLayer';
import type { BadgePlacement } from './badge-position';
import type { PanelSections } from './content-feature';
import { describeFields } from './field-view';
import { Panel } from './Panel';
import type { DockSide } from './panel-layout';

export interface OverlayProps {
  readonly recognition: PageRecognition;
  readonly text: UiText;
  readonly panelCollapsed: boolean;
  /** The window edge the panel docks at (the page's end side). */
  readonly panelSide?: DockSide;
  readonly focusedField: FieldKey | null;
  readonly placeField: (field: RecognizedField) => BadgePlacement | null;
  readonly onTogglePanel: () => void;
  /** Tab on a badge (badge-tab-order.ts); true when focus moved. */
  readonly onBadgeTab?: (field: RecognizedField, backwards: boolean) => boolean;
  /** Live findings for the application, errors first. */
  readonly findings?: readonly Finding[];
  readonly onChooseLanguage?: (language: Language) => void;
  /** What the features draw in the panel (`content-feature.tsx`); absent, only the overlay's own parts. */
  readonly sections?: PanelSections;
}

const NONE: readonly Finding[] = [];
const ignore = () => {};

/** Everything the overlay draws: badges over the page and the side panel. */
export function Overlay(props: OverlayProps) {
  const { recognition, text, panelCollapsed, focusedField, placeField, onTogglePanel } = props;
  const views = describeFields(recognition.fields, text);
  const findingViews = describeFindings(props.findings ?? NONE, text);
  return (
    <div class="overlay">
      <BadgeLayer
        views={views}
        text={text}
        pageLang={recognition.lang}
        focusedField={focusedField}
        findings={findingsByField(findingViews)}
        placeField={placeField}
        onBadgeTab={props.onBadgeTab}
      />
      <Panel
        recognition={recognition}
        views={views}
        text={text}
        collapsed={panelCollapsed}
        side={props.panelSide ?? 'right'}
        onToggle={onTogglePanel}
        findings={findingViews}
        onChooseLanguage={props.onChooseLanguage ?? ignore}
        sections={props.sections}
      />
    </div>
  );
}
