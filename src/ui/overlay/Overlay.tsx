import type { FieldKey } from '../../contracts/field-keys';
import type { Language } from '../../contracts/languages';
import type { Finding } from '../../domain/findings';
import {
  ChecklistSection,
  type ChecklistSectionProps,
} from '../../features/checklist/content/ChecklistSection';
import type { FillController } from '../../features/fill/content/FillSection';
import { describeFindings, findingsByField } from '../../features/live-checks/content/findings/finding-view';
import type { PageRecognition, RecognizedField } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import { BadgeLayer } from './BadgeLayer';
import type { BadgePlacement } from './badge-position';
import { describeFields } from './field-view';
import { Panel, type PanelProps } from './Panel';
import type { DockSide } from './panel-layout';

export interface OverlayProps {
  readonly recognition: PageRecognition;
  /** The page is still building itself (its widgets, a step rendered by script): no fill yet. */
  readonly pageSettling?: boolean;
  readonly text: UiText;
  readonly panelCollapsed: boolean;
  /** The window edge the panel docks at (the page's end side). */
  readonly panelSide?: DockSide;
  readonly focusedField: FieldKey | null;
  readonly placeField: (field: RecognizedField) => BadgePlacement | null;
  readonly onTogglePanel: () => void;
  /** Tab on a badge (badge-tab-order.ts); true when focus moved. */
  readonly onBadgeTab?: (field: RecognizedField, backwards: boolean) => boolean;
  /** The page's fill controller (`fill/controller.ts`); the panel offers "Fill from …" with it. */
  readonly fill?: FillController;
  /** Live findings for the application, errors first. */
  readonly findings?: readonly Finding[];
  readonly onChooseLanguage?: (language: Language) => void;
  /** The application kind when no page said it (assumed or chosen); see Panel. */
  readonly kind?: PanelProps['kind'];
  readonly onChooseKind?: PanelProps['onChooseKind'];
  /** The document checklist; absent, the panel shows none. */
  readonly checklist?: Omit<ChecklistSectionProps, 'text'>;
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
        fill={props.fill}
        pageSettling={props.pageSettling ?? false}
        kind={props.kind}
        onChooseKind={props.onChooseKind}
      >
        {props.checklist ? <ChecklistSection text={text} {...props.checklist} /> : null}
      </Panel>
    </div>
  );
}
