/**
 * Recognition, value reading and fill planning over generated page variants: every replica
 * page, in TR and EN, rebuilt every way `tests/support/page-variants.ts` rebuilds markup. A
 * user on such a page must still see the right page kind, hints on (nearly) every field, and
 * the values they typed read back as typed, including values the page prints as text. "Fill
 * from <profile>" must plan the same fields with the same values as on the page as served; a
 * value the variant prints as text is never filled, and a page with a field we do not know
 * fills nothing (drift turns filling off). Then, on the same variant's pages, the three
 * headline findings are raised and cleared (`headline-findings.ts`). The widgets themselves are
 * set in a browser: tests/e2e/variants.spec.ts and widgets-without-ids.spec.ts.
 *
 * Building and recognising a variant is nearly all of the time, so each page is built once per
 * variant: one test checks recognition, values and the fill plan on it, and the findings read
 * the pages the tests before them built (`variantPage` keeps the latest).
 */
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { type FillPlan, planFill } from '../../../src/features/fill/page/fill';
import { chooseHere } from '../../../src/features/fill/page/option-choice';
import { readPageValues } from '../../../src/features/live-checks/content/page-values';
import type { PageRecognition, RecognizedField } from '../../../src/page/recognition-types';
import { recognizePage } from '../../../src/page/recognize';
import { readFieldValues } from '../../../src/page/values';
import { profileFieldValues } from '../../../src/profile/field-values';
import { profileSchema } from '../../../src/profile/schema';
import { LIST_VARIANTS, MARKUP_VARIANTS, VARIANT_DESCRIPTIONS } from '../../support/page-variants';
import { PROFILE_RECORD } from '../../support/profile-seed';
import { REPLICA_LANGS, REPLICA_PAGES, type ReplicaLang, type ReplicaPage } from '../../support/replica';
import { expectHeadlineFindings } from './headline-findings';
import { loadSnapshot, pageUrl, servedPage, type TypedValue, variantPage } from './variant-pages';

/** Share of the page's fields that must still be recognised on a variant. */
const MIN_FIELD_SHARE = 0.95;

const SKIPPED_WIDGETS = new Set(['captcha', 'checkbox']);

const PROFILE_VALUES = profileFieldValues(profileSchema.parse(PROFILE_RECORD));

function plan(recognition: PageRecognition): FillPlan {
  return planFill(recognition, PROFILE_VALUES, { current: {}, choose: chooseHere });
}

/** What the plan does with each field: the value to set, or why it is skipped. */
function outcomes(fillPlan: FillPlan): Map<string, string> {
  return new Map(
    fillPlan.items.map((item) => [
      item.key,
      item.action === 'fill' ? `fill ${item.value ?? '(after search)'}` : `skip ${item.reason}`,
    ]),
  );
}

/**
 * What the fill plan does on a variant, against the plan on the page as served: the same
 * outcome for every field, skipped where the variant prints the value, nothing lost beyond the
 * recognition floor; or, on a page with a field no catalogue knows, nothing at all.
 */
function expectSamePlan(
  recognition: PageRecognition,
  addedUnknownLabel: string | null,
  served: FillPlan,
): void {
  const got = plan(recognition);
  if (addedUnknownLabel && recognition.drift !== null) {
    expect(got.allowed).toBe(false);
    expect(got.items.every((item) => item.action === 'skip' && item.reason === 'page-not-recognised')).toBe(
      true,
    );
    return;
  }
  expect(got.allowed).toBe(served.allowed);
  const expected = outcomes(served);
  const printed = new Set<string>(
    recognition.fields.filter((field) => field.widget === 'readonly').map((field) => field.key),
  );
  for (const [key, outcome] of outcomes(got)) {
    if (printed.has(key)) expect(outcome, key).toBe('skip not-fillable');
    else expect(outcome, key).toBe(expected.get(key));
  }
  // Nothing the served page fills is lost on the variant (beyond the 95% recognition floor).
  const filledBefore = [...expected].filter(([, outcome]) => outcome.startsWith('fill')).map(([key]) => key);
  const filledNow = new Set([...outcomes(got)].filter(([, o]) => o.startsWith('fill')).map(([key]) => key));
  const lost = filledBefore.filter((key) => !filledNow.has(key) && !printed.has(key));
  expect(lost.length, `lost: ${lost.join(', ')}`).toBeLessThanOrEqual(Math.floor(filledBefore.length * 0.05));
}

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

/** A replica page in one language, as served: what is recognised on it and the values typed in. */
interface ServedCase {
  readonly page: ReplicaPage;
  readonly original: PageRecognition;
  readonly readable: readonly RecognizedField[];
  readonly typed: Partial<Record<FieldKey, TypedValue>>;
  readonly servedPlan: FillPlan;
}

function servedCase(lang: ReplicaLang, page: ReplicaPage): ServedCase {
  const original = recognizePage(loadSnapshot(lang, page.id), pageUrl(page));
  const readable = original.fields.filter(
    (field) => !SKIPPED_WIDGETS.has(field.widget) && field.key !== 'verificationCode',
  );
  return {
    page,
    original,
    readable,
    typed: typedValues(readable.map((field) => field.key)),
    servedPlan: plan(original),
  };
}

/** What a user on the page would notice: its kind, its fields, the values read, the fill plan. */
function expectRecognisedAsServed(
  served: ServedCase,
  recognition: PageRecognition,
  addedUnknownLabel: string | null,
): void {
  const { original, typed } = served;
  expect(recognition.kind).toBe(served.page.expectedKind);

  const found = new Set(recognition.fields.map((field) => field.key));
  const missing = original.fields.filter((field) => !found.has(field.key)).map((field) => field.key);
  expect(missing, `${missing.length} of ${original.fields.length} fields lost`).toHaveLength(
    Math.min(missing.length, Math.floor(original.fields.length * (1 - MIN_FIELD_SHARE))),
  );

  // The added field is the only thing a variant may add: an unknown label, never a key.
  if (addedUnknownLabel) expect(recognition.drift?.unknown).toContain(addedUnknownLabel);
  expect(recognition.fields.length).toBe(new Set(recognition.fields.map((f) => f.key)).size);

  const plain = readFieldValues(recognition.fields, []);
  const live = readPageValues(recognition.fields, new Map());
  for (const field of served.readable) {
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

  expectSamePlan(recognition, addedUnknownLabel, served.servedPlan);
}

describe.each(REPLICA_LANGS)('page variants (%s)', (lang) => {
  const cases = REPLICA_PAGES.map((page) => [page.id, servedCase(lang, page)] as const);
  const typedOn = (pageId: string) => cases.find(([id]) => id === pageId)?.[1].typed ?? {};

  it.each(cases)(
    '%s as served, with values typed in: right page, fields, values and fill plan',
    (_id, served) => {
      const { page, typed } = served;
      expectRecognisedAsServed(served, recognizePage(servedPage(lang, page, typed), pageUrl(page)), null);
    },
  );

  // Variant by variant, so the headline findings read the pages the checks before them built.
  describe.each(MARKUP_VARIANTS.map((variant) => [variant, VARIANT_DESCRIPTIONS[variant]] as const))(
    '%s (%s)',
    (variant) => {
      it.each(cases)('%s: right page, fields, values and fill plan', async (_id, served) => {
        const built = await variantPage(lang, served.page, variant, served.typed);
        // A variant with nothing to change on this page (no read-only value to print, no list
        // to rebuild) leaves it as served, which the case above checks: same markup, same values,
        // same address, so the same recognition. Only a page the variant changed is recognised.
        if (built.unchanged) return;
        expectRecognisedAsServed(served, built.recognition, built.result.addedUnknownLabel);
      });

      it('headline findings: wrong values raise them, corrected values clear them', async () => {
        await expectHeadlineFindings(lang, variant, typedOn);
      });
    },
  );
});

/**
 * The list variants rewire the page's Kendo: on a snapshot, which has none, they must leave the
 * page as served, which is why the suites above leave them out. With Kendo, in a browser:
 * tests/e2e/fill-list-variants.spec.ts.
 */
describe.each(REPLICA_LANGS)('list variants on a page without Kendo (%s)', (lang) => {
  it.each(Object.keys(LIST_VARIANTS))('%s leaves the address step as served', async (variant) => {
    const page = REPLICA_PAGES.find((candidate) => candidate.id === 'wizard-address');
    if (!page) throw new Error('no address step in the replica');
    const built = await variantPage(lang, page, variant, { province: { value: '34', text: 'İSTANBUL' } });
    expect(built.unchanged).toBe(true);
  });
});
