import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  extensionWindow,
  latestPermitEndFor,
  passportNeededFor,
  workingDayDeadline,
} from '../../../../src/domain/deadlines';
import { ChecklistLookup } from '../../../../src/features/lookups/popup/ChecklistLookup';
import { DeadlineCalculator } from '../../../../src/features/lookups/popup/DeadlineCalculator';
import { createProfileText } from '../../../../src/features/profiles/popup/text';
import { loadPageCatalogues } from '../../../../src/i18n/page-catalogues';

const TODAY = new Date(2026, 4, 4);
afterEach(() => cleanup());

describe('deadline maths', () => {
  it('gives the extension window, the passport margin and working-day deadlines', () => {
    expect(extensionWindow(new Date(2026, 5, 30), TODAY)).toMatchObject({
      opens: new Date(2026, 4, 1),
      closes: new Date(2026, 5, 30),
      lateUntil: new Date(2026, 6, 10),
      status: 'open',
      days: 57,
    });
    expect(extensionWindow(new Date(2026, 4, 1), TODAY)).toMatchObject({ status: 'late', days: 3 });
    expect(passportNeededFor(new Date(2027, 5, 30))).toEqual(new Date(2027, 7, 29));
    expect(latestPermitEndFor(new Date(2027, 7, 29))).toEqual(new Date(2027, 5, 30));
    // The docs/sources.md#working-days test case: the arife counts as a working day.
    expect(workingDayDeadline(new Date(2026, 4, 22), 5)).toMatchObject({
      ok: true,
      date: new Date(2026, 5, 3),
    });
    expect(workingDayDeadline(new Date(2035, 0, 1), 5)).toEqual({ ok: false, year: 2035 });
  });
});

describe('look-up components', () => {
  it('renders checklist items with titles, conditions and sources', () => {
    render(<ChecklistLookup text={createProfileText('en')} today={TODAY} />);
    const items = document.querySelectorAll('[data-checklist] [data-doc]');
    expect(items.length).toBeGreaterThan(3);
    const passport = document.querySelector('[data-doc="passport-original"]');
    expect(passport?.textContent).toMatch(/Passport/);
    expect(passport?.querySelector('a[href^="http"]')).not.toBeNull();
    fireEvent.change(document.getElementById('lookup-kind') as HTMLSelectElement, {
      target: { value: 'extension' },
    });
    expect(document.querySelector('[data-doc="passport-notarised-copy"]')).not.toBeNull();
  });

  it('computes the extension window in the calculator and names a bad date', async () => {
    await loadPageCatalogues('ru');
    const text = createProfileText('ru');
    render(<DeadlineCalculator text={text} today={TODAY} />);
    fireEvent.input(document.getElementById('calc-permit-end') as HTMLInputElement, {
      target: { value: '30.06.2026' },
    });
    expect(document.querySelector('[data-window-opens]')?.textContent).toContain('01.05.2026');
    fireEvent.input(document.getElementById('calc-permit-end') as HTMLInputElement, {
      target: { value: '30-06-2026' },
    });
    expect(document.body.textContent).toContain(text.t('error.date.shape'));
  });
});
