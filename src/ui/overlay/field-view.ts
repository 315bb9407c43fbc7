import type { FieldKey } from '../../page/field-keys';
import type { RecognizedField } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import { isHumanGate } from './human-gates';

/** What the overlay says about one recognised field, in the user's language. */
export interface FieldView {
  readonly key: FieldKey;
  readonly field: RecognizedField;
  /** Catalogue label in the user's language, else the page's own label, else the key. */
  readonly label: string;
  /** Hint text; for human gates exactly "Fill this yourself" and nothing else. */
  readonly hint: string;
  readonly format: string | undefined;
  readonly humanGate: boolean;
}

export function describeFields(fields: readonly RecognizedField[], text: UiText): FieldView[] {
  const seen = new Set<FieldKey>();
  const views: FieldView[] = [];
  for (const field of fields) {
    // One badge per key: `data-hint-for` must stay a unique hook.
    if (seen.has(field.key)) continue;
    seen.add(field.key);
    const humanGate = isHumanGate(field);
    views.push({
      key: field.key,
      field,
      label: text.field(field.key, 'label') ?? (field.label || field.key),
      hint: humanGate ? text.t('field.fillYourself') : (text.field(field.key, 'hint') ?? ''),
      format: humanGate ? undefined : text.field(field.key, 'format'),
      humanGate,
    });
  }
  return views;
}
