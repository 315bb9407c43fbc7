/**
 * Recognition and value reading over generated page variants: every replica page, in TR and
 * EN, rebuilt every way `tests/support/page-variants.ts` knows. A user on such a page must
 * still see the right page kind, hints on (nearly) every field, and the values they typed
 * read back as typed, including values the page prints as text.
 */
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { recognizePage } from '../../../src/page/recognize';
import { readFieldValues } from '../../../src/page/values';
import { readPageValues } from '../../../src/ui/overlay/live/page-values';
import { PAGE_VARIANTS, VARIANT_DESCRIPTIONS } from '../../support/page-variants';
import { REPLICA_LANGS, REPLICA_PAGES } from '../../support/replica';
import { loadSnapshot, pageUrl, type TypedValue, variantPage } from './variant-pages';

/** Share of the page's fields that must still be recognised on a variant. */
const MIN_FIELD_SHARE = 0.95;

const SKIPPED_WIDGETS = new Set(['captcha', 'checkbox']);

/** A distinct, well-formed value per field, so a value read from the wrong field shows. */
function typedValues(keys: readonly FieldKey[]): Partial<Record<FieldKey, TypedValue>> {
  const values: Partial<Record<FieldKey, TypedValue>> = {};
  keys.forEach((key, index) => {
    const day = String(index + 1).padStart(2, '0');
    if (/Date|Expiry|Start|End$/.test(key)) values[key] = { value: `${day}.03.2031` };
    else values[key] = { value: `${index + 1}`, text: `Seçim ${index + 1} / Choice ${index + 1}` };
  });
  return values;
}

describe.each(REPLICA_LANGS)('page variants (%s)', (lang) => {
  describe.each(REPLICA_PAGES.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    const original = recognizePage(loadSnapshot(lang, page.id), pageUrl(page));
    const readable = original.fields.filter(
      (field) => !SKIPPED_WIDGETS.has(field.widget) && field.key !== 'verificationCode',
    );
    const typed = typedValues(readable.map((field) => field.key));

    it.each(PAGE_VARIANTS.map((variant) => [variant, VARIANT_DESCRIPTIONS[variant]] as const))(
      '%s (%s): right page, fields and values',
      async (variant) => {
        const { recognition, result } = await variantPage(lang, page, variant, typed);
        expect(recognition.kind).toBe(page.expectedKind);

        const found = new Set(recognition.fields.map((field) => field.key));
        const missing = original.fields.filter((field) => !found.has(field.key)).map((field) => field.key);
        expect(missing, `${missing.length} of ${original.fields.length} fields lost`).toHaveLength(
          Math.min(missing.length, Math.floor(original.fields.length * (1 - MIN_FIELD_SHARE))),
        );

        // The added field is the only thing a variant may add: an unknown label, never a key.
        if (result.addedUnknownLabel) expect(recognition.drift?.unknown).toContain(result.addedUnknownLabel);
        expect(recognition.fields.length).toBe(new Set(recognition.fields.map((f) => f.key)).size);

        const plain = readFieldValues(recognition.fields, []);
        const live = readPageValues(recognition.fields, new Map());
        for (const field of readable) {
          const want = typed[field.key];
          if (!want) continue;
          const session = field.key in live;
          const read = session ? live[field.key as keyof typeof live] : plain[field.key];
          // A list's shown text is read for the values the checks keep (other lists' texts
          // come from the Kendo bridge, which needs a browser); everything else as typed.
          if (field.widget === 'dropdown' && session) {
            expect(read?.value, field.key).toBe(want.value);
            expect(read?.text, field.key).toBe(want.text);
          } else {
            expect(read?.value, field.key).toBe(want.value);
          }
        }
      },
    );
  });
});
