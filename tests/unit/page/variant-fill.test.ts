/**
 * Fill planning over generated page variants: on every replica page, in TR and EN, rebuilt
 * every way `tests/support/page-variants.ts` knows, "Fill from <profile>" must plan the same
 * fields with the same values as on the page as served. A value the variant prints as text is
 * never filled; a page with a field we do not know fills nothing (drift turns filling off).
 * The widgets themselves are set in a browser: tests/e2e/variants.spec.ts and
 * widgets-without-ids.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { type FillPlan, planFill } from '../../../src/page/fill';
import { chooseHere } from '../../../src/page/option-choice';
import type { PageRecognition } from '../../../src/page/recognition-types';
import { recognizePage } from '../../../src/page/recognize';
import { profileFieldValues } from '../../../src/profile/field-values';
import { profileSchema } from '../../../src/profile/schema';
import { PAGE_VARIANTS } from '../../support/page-variants';
import { PROFILE_RECORD } from '../../support/profile-seed';
import { REPLICA_LANGS, REPLICA_PAGES } from '../../support/replica';
import { loadSnapshot, pageUrl, variantPage } from './variant-pages';

const VALUES = profileFieldValues(profileSchema.parse(PROFILE_RECORD));

function plan(recognition: PageRecognition): FillPlan {
  return planFill(recognition, VALUES, { current: {}, choose: chooseHere });
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

const FILLABLE_PAGES = REPLICA_PAGES;

describe.each(REPLICA_LANGS)('fill plan over page variants (%s)', (lang) => {
  describe.each(FILLABLE_PAGES.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    const original = recognizePage(loadSnapshot(lang, page.id), pageUrl(page));
    const expected = outcomes(plan(original));

    it.each(PAGE_VARIANTS)('%s: the same fields, the same values', async (variant) => {
      const { recognition, result } = await variantPage(lang, page, variant);
      const got = plan(recognition);

      if (result.addedUnknownLabel && recognition.drift !== null) {
        expect(got.allowed).toBe(false);
        expect(
          got.items.every((item) => item.action === 'skip' && item.reason === 'page-not-recognised'),
        ).toBe(true);
        return;
      }
      expect(got.allowed).toBe(plan(original).allowed);
      const printed = new Set(
        recognition.fields.filter((field) => field.widget === 'readonly').map((field) => field.key),
      );
      for (const [key, outcome] of outcomes(got)) {
        if (printed.has(key as never)) expect(outcome, key).toBe('skip not-fillable');
        else expect(outcome, key).toBe(expected.get(key));
      }
      // Nothing the served page fills is lost on the variant (beyond the 95% recognition floor).
      const filledBefore = [...expected]
        .filter(([, outcome]) => outcome.startsWith('fill'))
        .map(([key]) => key);
      const filledNow = new Set(
        [...outcomes(got)].filter(([, o]) => o.startsWith('fill')).map(([key]) => key),
      );
      const lost = filledBefore.filter((key) => !filledNow.has(key) && !printed.has(key as never));
      expect(lost.length, `lost: ${lost.join(', ')}`).toBeLessThanOrEqual(
        Math.floor(filledBefore.length * 0.05),
      );
    });
  });
});
