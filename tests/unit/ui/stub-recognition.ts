/**
 * Hand-made recognitions for component tests, so the overlay can be tested without the real
 * recogniser or a replica page.
 */
import type { FieldKey } from '../../../src/contracts/field-keys';
import type { PageRecognition, RecognizedField, WidgetKind } from '../../../src/page/recognition-types';

export function stubField(key: FieldKey, widget: WidgetKind = 'text', label: string = key): RecognizedField {
  const element = document.createElement('input');
  element.id = key;
  document.body.append(element);
  return {
    key,
    element,
    anchor: element,
    widget,
    matchedBy: 'id',
    label,
    fillable: !['captcha', 'consent', 'verificationCode'].includes(key),
  };
}

export function stubRecognition(overrides: Partial<PageRecognition> = {}): PageRecognition {
  return {
    kind: 'extension-entry',
    lang: 'en',
    fields: [stubField('givenNameInitials'), stubField('foreignerId'), stubField('captcha', 'captcha')],
    drift: null,
    fillAllowed: true,
    applicationKind: 'extension',
    ...overrides,
  };
}
