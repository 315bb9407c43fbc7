import type { FieldKey } from '../../contracts/field-keys';
import type { RecognizedField } from '../../page/recognition-types';
import { toMatchForm } from '../../page/text';
import type { UiText } from '../i18n';
import { isHumanGate } from './human-gates';

/** What the overlay says about one recognised field, in the user's language. */
export interface FieldView {
  readonly key: FieldKey;
  readonly field: RecognizedField;
  /** Catalogue label in the user's language, else the page's own label, else the key. */
  readonly label: string;
  /**
   * The label as the page writes it ("Baba Adı"), shown beside `label` ("Father's name") when
   * the two differ, so the user can find the field on a page in another language. '' when the
   * page has no label or says the same thing.
   */
  readonly pageLabel: string;
  /** Hint text; for human gates exactly "Fill this yourself" and nothing else. */
  readonly hint: string;
  readonly format: string | undefined;
  /** The usual mistakes in this field; never for human gates. */
  readonly mistakes: string | undefined;
  readonly humanGate: boolean;
}

/** The page's label without the required-field star or a trailing colon. */
export function cleanPageLabel(label: string): string {
  return label.replace(/[\s*:]+$/u, '').trim();
}

export function describeFields(fields: readonly RecognizedField[], text: UiText): FieldView[] {
  const seen = new Set<FieldKey>();
  const views: FieldView[] = [];
  for (const field of fields) {
    // One badge per key: `data-hint-for` must stay a unique hook.
    if (seen.has(field.key)) continue;
    seen.add(field.key);
    const humanGate = isHumanGate(field);
    const pageLabel = cleanPageLabel(field.label);
    const label = text.field(field.key, 'label') ?? (pageLabel || field.key);
    views.push({
      key: field.key,
      field,
      label,
      pageLabel: pageLabel && toMatchForm(pageLabel) !== toMatchForm(label) ? pageLabel : '',
      hint: humanGate ? text.t('field.fillYourself') : (text.field(field.key, 'hint') ?? ''),
      format: humanGate ? undefined : text.field(field.key, 'format'),
      mistakes: humanGate ? undefined : text.field(field.key, 'mistakes'),
      humanGate,
    });
  }
  return views;
}
