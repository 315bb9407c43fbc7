import type { FieldKey } from '../contracts/field-keys';
import type { PageKind } from './page-kinds';

export type WidgetKind = 'text' | 'dropdown' | 'date' | 'masked' | 'checkbox' | 'readonly' | 'captcha';

/** How a field was found, strongest first: a person's word (`taught.ts`) above the page's own. */
export type MatchSignal = 'taught' | 'id' | 'name' | 'label';

export interface RecognizedField {
  readonly key: FieldKey;
  /** The element that holds the value: the input (for Kendo widgets, the input the widget was created on). */
  readonly element: HTMLElement;
  /** What the user sees and where a badge is anchored (Kendo's wrapper span, or the input itself). */
  readonly anchor: HTMLElement;
  readonly widget: WidgetKind;
  readonly matchedBy: MatchSignal;
  /** The page's own label text, trimmed, as the user sees it. */
  readonly label: string;
  /** False for captcha, consent, verification codes and anything read-only. */
  readonly fillable: boolean;
}

export interface PageDrift {
  /** Fields this page kind always has that were not found. */
  readonly missing: readonly FieldKey[];
  /**
   * Labelled inputs on the page that match no catalogue entry (their label texts), or that
   * match only fields this page kind does not have, or that claim a field already found.
   */
  readonly unknown: readonly string[];
  /**
   * Fields found rendered as another widget than the catalogue expects (e.g. a plain text
   * box where a Kendo list was). Optional so hand-made drifts in tests stay valid;
   * `recognizePage` always sets it.
   */
  readonly widgetChanged?: readonly FieldKey[];
}

export interface PageRecognition {
  readonly kind: PageKind;
  /** Language of the page's labels. */
  readonly lang: 'tr' | 'en';
  readonly fields: readonly RecognizedField[];
  /** Null when the page matched its signature completely. */
  readonly drift: PageDrift | null;
  /** Filling is offered only on a fully recognised page. */
  readonly fillAllowed: boolean;
  /** Application kind when the page tells (entry page, or current-permit fields present). */
  readonly applicationKind: 'first' | 'extension' | 'transfer' | null;
  /**
   * The controls behind `drift.unknown`, which a person may teach the assistant (`taught.ts`):
   * what the page shows of them, never their values. Optional so hand-made recognitions in
   * tests stay valid; `recognizePage` always sets it.
   */
  readonly unknownControls?: readonly UnknownControl[];
}

/** A control of a recognised page that no field was given to. */
export interface UnknownControl {
  readonly element: HTMLElement;
  readonly label: string;
  readonly id: string;
  readonly name: string;
  readonly widget: WidgetKind;
}
