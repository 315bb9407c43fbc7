import { describe, expect, it } from 'vitest';
import {
  effectiveKind,
  explainKind,
  lifecycleStep,
  pageKind,
} from '../../../src/features/live-checks/content/application-lifecycle';
import type { PageKind } from '../../../src/page/page-kinds';
import { applyPatch, EMPTY_SESSION } from '../../../src/permit-application/session';
import { stubField } from './stub-recognition';

const page = (kind: PageKind, applicationKind: 'first' | 'extension' | 'transfer' | null) => ({
  kind,
  applicationKind,
});
const remembered = applyPatch(EMPTY_SESSION, {
  kind: 'first',
  values: { birthDate: { value: '01.01.2000' } },
});

describe('lifecycleStep', () => {
  it('ends the application on the home page', () => {
    expect(lifecycleStep(page('home', null), remembered)).toEqual({ end: true });
  });

  it('remembers the kind a page names', () => {
    expect(lifecycleStep(page('extension-entry', 'extension'), EMPTY_SESSION)).toEqual({
      end: false,
      patch: { kind: 'extension' },
    });
  });

  it('starts over when an entry page names another kind', () => {
    expect(lifecycleStep(page('extension-entry', 'extension'), remembered)).toEqual({
      end: false,
      patch: { reset: true, kind: 'extension' },
    });
  });

  it('never throws values away because a wizard step guessed another kind', () => {
    const extension = applyPatch(remembered, { kind: 'extension' });
    expect(lifecycleStep(page('wizard-permit', 'first'), extension)).toEqual({ end: false, patch: null });
    expect(lifecycleStep(page('wizard-personal', null), extension)).toEqual({ end: false, patch: null });
  });
});

describe('effectiveKind', () => {
  it('takes the page, then what an earlier page said, then the panel choice', () => {
    const chose = applyPatch(EMPTY_SESSION, { choices: { kind: 'transfer' } });
    expect(effectiveKind({ applicationKind: 'first', fields: [] }, chose)).toBe('first');
    expect(
      effectiveKind({ applicationKind: null, fields: [] }, applyPatch(chose, { kind: 'extension' })),
    ).toBe('extension');
    expect(effectiveKind({ applicationKind: null, fields: [] }, chose)).toBe('transfer');
    expect(effectiveKind({ applicationKind: null, fields: [] }, EMPTY_SESSION)).toBeNull();
  });

  it('tells what the pages said apart from what the user chose', () => {
    const chose = applyPatch(EMPTY_SESSION, { choices: { kind: 'extension' } });
    expect(pageKind({ applicationKind: null, fields: [] }, chose)).toBeNull();
    expect(effectiveKind({ applicationKind: null, fields: [] }, chose)).toBe('extension');
  });

  it('does not call a page with the current permit on it a first application', () => {
    const fields = [stubField('currentPermitType', 'readonly')];
    expect(effectiveKind({ applicationKind: null, fields }, remembered)).toBeNull();
  });

  it("assumes an extension where the page shows the current permit's end and nothing says the kind", () => {
    const fields = [stubField('currentPermitEnd', 'readonly')];
    expect(explainKind({ applicationKind: null, fields }, EMPTY_SESSION)).toEqual({
      kind: 'extension',
      source: 'assumed',
    });
    // A remembered first application cannot show a current permit: still an assumed extension.
    expect(explainKind({ applicationKind: null, fields }, remembered)?.source).toBe('assumed');
    // The user's one click for a transfer, or the page's own word, wins over the assumption.
    const transfer = applyPatch(EMPTY_SESSION, { choices: { kind: 'transfer' } });
    expect(explainKind({ applicationKind: null, fields }, transfer)).toEqual({
      kind: 'transfer',
      source: 'choice',
    });
    expect(explainKind({ applicationKind: 'transfer', fields }, EMPTY_SESSION)?.source).toBe('page');
    // Without the end date on the page, nothing is assumed.
    expect(explainKind({ applicationKind: null, fields: [] }, EMPTY_SESSION)).toBeNull();
  });
});
