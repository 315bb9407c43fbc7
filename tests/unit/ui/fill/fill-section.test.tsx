import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../src/contracts/languages';
import type { FillController } from '../../../../src/features/fill/content/controller';
import { FillSection } from '../../../../src/features/fill/content/FillSection';
import { person } from '../person';
import { uiText } from '../ui-text';
import { OMAR, recognitionOf, type TestPage, testController, testPage, typeInto } from './helpers';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/**
 * Renders the section as the overlay does: inside an open shadow root on the page, so the test
 * can tell our DOM (marks, summary) from the page's.
 */
function renderSection(
  controller: FillController | undefined,
  page: TestPage,
  options: { lang?: Language; recognition?: Parameters<typeof recognitionOf>[1] } = {},
) {
  const host = document.createElement('eikamet-assistant');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  const recognition = recognitionOf(page, options.recognition);
  const view = render(
    <FillSection fill={controller} recognition={recognition} text={uiText(options.lang ?? 'en')} />,
    { container },
  );
  const $ = (selector: string) => shadow.querySelector<HTMLElement>(selector);
  const $$ = (selector: string) => [...shadow.querySelectorAll<HTMLElement>(selector)];
  return { ...view, host, shadow, $, $$ };
}

/** The page's DOM as markup: a fill changes values (properties), never elements or attributes. */
const pageMarkup = (page: TestPage) => page.form.outerHTML;

describe('the fill section', () => {
  it('shows nothing without a controller (panel component tests)', () => {
    const page = testPage();
    const { container } = renderSection(undefined, page);
    expect(container.innerHTML).toBe('');
  });

  it('offers "Fill from <name>" with only the active profile’s name, and no values', async () => {
    const page = testPage();
    const { controller } = testController();
    const fill = vi.spyOn(controller, 'fill');
    const { $, shadow } = renderSection(controller, page);
    await waitFor(() => expect($('[data-action="fill"]')?.textContent).toBe('Fill from Omar Haddad'));
    expect($('[data-action="fill"] bdi')?.textContent).toBe('Omar Haddad');
    const shown = shadow.textContent ?? '';
    for (const value of Object.values(OMAR.values)) expect(shown).not.toContain(value);
    // Nothing is filled before the click, nor on a click a page script fakes.
    await act(async () => {
      fireEvent.click($('[data-action="fill"]') as HTMLElement);
      ($('[data-action="fill"]') as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    // The click is turned away where it lands: the fill is never even started.
    expect(fill).not.toHaveBeenCalled();
    expect(page.input('givenName').value).toBe('');
    expect($('[data-fill-summary]')?.hidden).toBe(true);
  });

  it('points to the toolbar popup when no profile is chosen', async () => {
    const page = testPage();
    const { $ } = renderSection(testController(null).controller, page);
    await waitFor(() => expect($('[data-fill-no-profile]')?.textContent).toMatch(/toolbar/));
    expect($('[data-action="fill"]')).toBeNull();
  });

  it('offers no fill on a drifted page or a page that is never filled, and says why in a line', async () => {
    const cases = [
      {
        recognition: { drift: { missing: [], unknown: ['Favourite colour'] }, fillAllowed: false },
        why: 'drift',
      },
      { recognition: { kind: 'home', fillAllowed: false }, why: 'page' },
      { recognition: { kind: 'wizard-summary', fillAllowed: false }, why: 'page' },
      { recognition: { kind: 'unknown', fillAllowed: false }, why: 'unknown' },
    ] as const;
    for (const { recognition, why } of cases) {
      const page = testPage();
      const { $, unmount } = renderSection(testController().controller, page, { recognition });
      await waitFor(() => expect($(`[data-fill-unavailable="${why}"]`)?.textContent).not.toBe(''));
      expect($('[data-action="fill"]'), why).toBeNull();
      unmount();
    }
  });

  it('fills on the click, keeps what the user typed, summarises with reasons, outlines, and undoes exactly', async () => {
    const page = testPage();
    typeInto(page.input('birthPlace') as HTMLInputElement, 'HALEP');
    typeInto(page.input('captcha') as HTMLInputElement, 'R7KM4');
    const before = pageMarkup(page);
    const submits: string[] = [];
    page.form.addEventListener('submit', () => submits.push('submit'));
    page.form.addEventListener('click', () => submits.push('click'), true);
    const { $, $$ } = renderSection(testController().controller, page);

    await waitFor(() => expect($('[data-action="fill"]')).not.toBeNull());
    await act(async () => {
      person.click($('[data-action="fill"]') as HTMLElement);
    });
    await waitFor(() => expect($('[data-fill-summary]')?.dataset.fillState).toBe('filled'));

    // The page holds the profile's values; the user's typing and the captcha are untouched.
    expect(page.input('givenName').value).toBe('OMAR');
    expect(page.input('gender').value).toBe('1');
    expect(page.input('passportNumber').value).toBe('N12345678');
    expect(page.input('birthPlace').value).toBe('HALEP');
    expect(page.input('captcha').value).toBe('R7KM4');

    const summary = $('[data-fill-summary]') as HTMLElement;
    expect(summary.hidden).toBe(false);
    expect(summary.getAttribute('aria-live')).toBe('polite');
    const filled = $$('[data-fill-result="filled"]').map((item) => item.dataset.field);
    expect(filled).toEqual(['givenName', 'surname', 'gender', 'passportNumber']);
    const reasonOf = (key: string) => $(`[data-fill-result="skipped"][data-field="${key}"]`) as HTMLElement;
    expect(reasonOf('birthPlace').dataset.reason).toBe('user-typed');
    expect(reasonOf('birthPlace').textContent).toContain('You already typed something here');
    expect(reasonOf('fatherName').dataset.reason).toBe('no-profile-value');
    expect(reasonOf('fatherName').textContent).toContain('Not in the profile');
    expect(reasonOf('captcha').dataset.reason).toBe('not-fillable');
    expect(reasonOf('captcha').textContent).toContain('Fill it yourself');
    expect(summary.textContent).toContain('Filled: 4');
    expect(summary.textContent).toContain('Not filled: 3');

    // Outlines in our shadow root, one per filled field, none on the page.
    const marks = $$('[data-filled-for]').map((mark) => mark.dataset.filledFor);
    expect(marks).toEqual(['givenName', 'surname', 'gender', 'passportNumber']);
    for (const mark of $$('[data-filled-for]')) expect(mark.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('[data-filled-for]')).toBeNull();
    expect(pageMarkup(page)).toBe(before);

    expect($('[data-action="fill-overwrite"]')).not.toBeNull();
    await act(async () => {
      person.click($('[data-action="undo-fill"]') as HTMLElement);
    });
    await waitFor(() => expect(summary.dataset.fillState).toBe('undone'));
    expect(page.input('givenName').value).toBe('');
    expect(page.input('gender').value).toBe('');
    expect(page.input('passportNumber').value).toBe('');
    expect(page.input('birthPlace').value).toBe('HALEP');
    expect($$('[data-filled-for]')).toEqual([]);
    expect($('[data-action="undo-fill"]')).toBeNull();
    expect(summary.textContent).toContain('Undone');
    expect(pageMarkup(page)).toBe(before);
    expect(submits).toEqual([]);
  });

  it('overwrites what the user typed only when asked, and undo then brings the typing back', async () => {
    const page = testPage(['givenName', 'birthPlace']);
    typeInto(page.input('birthPlace') as HTMLInputElement, 'HALEP');
    const { $ } = renderSection(testController().controller, page);
    await waitFor(() => expect($('[data-action="fill"]')).not.toBeNull());
    await act(async () => {
      person.click($('[data-action="fill"]') as HTMLElement);
    });
    await waitFor(() => expect($('[data-action="fill-overwrite"]')).not.toBeNull());
    expect(page.input('birthPlace').value).toBe('HALEP');

    await act(async () => {
      person.click($('[data-action="fill-overwrite"]') as HTMLElement);
    });
    // The summary is drawn once the whole fill (values asked at the click, then set) is done.
    await waitFor(() => expect($('[data-fill-result="filled"][data-field="birthPlace"]')).not.toBeNull());
    expect(page.input('birthPlace').value).toBe('ALEPPO');
    expect($('[data-fill-result="filled"][data-field="givenName"]')).not.toBeNull();
    expect($('[data-action="fill-overwrite"]')).toBeNull();

    await act(async () => {
      person.click($('[data-action="undo-fill"]') as HTMLElement);
    });
    await waitFor(() => expect($('[data-fill-summary]')?.dataset.fillState).toBe('undone'));
    expect(page.input('birthPlace').value).toBe('HALEP');
    expect(page.input('givenName').value).toBe('');
  });

  it('leaves a field the user changed after the fill as it is, and says so', async () => {
    const page = testPage(['givenName', 'surname']);
    const { $ } = renderSection(testController().controller, page);
    await waitFor(() => expect($('[data-action="fill"]')).not.toBeNull());
    await act(async () => {
      person.click($('[data-action="fill"]') as HTMLElement);
    });
    await waitFor(() => expect(page.input('surname').value).toBe('HADDAD'));
    typeInto(page.input('surname') as HTMLInputElement, 'HADDAD-AL');

    await act(async () => {
      person.click($('[data-action="undo-fill"]') as HTMLElement);
    });
    await waitFor(() => expect($('[data-fill-summary]')?.dataset.fillState).toBe('undone'));
    expect(page.input('givenName').value).toBe('');
    expect(page.input('surname').value).toBe('HADDAD-AL');
    expect($('[data-fill-left-alone]')?.textContent).toBe(
      'Left as you changed them after the fill: Surname.',
    );
  });

  it('speaks the user’s language, Arabic right to left with the Latin name isolated', async () => {
    const page = testPage(['givenName', 'birthPlace']);
    typeInto(page.input('birthPlace') as HTMLInputElement, 'HALEP');
    const { $ } = renderSection(testController().controller, page, { lang: 'ar' });
    await waitFor(() => expect($('[data-action="fill"]')?.textContent).toBe('املأ من ملف Omar Haddad'));
    expect($('[data-action="fill"] bdi')?.textContent).toBe('Omar Haddad');
    await act(async () => {
      person.click($('[data-action="fill"]') as HTMLElement);
    });
    await waitFor(() => expect($('[data-fill-summary]')?.dataset.fillState).toBe('filled'));
    expect($('[data-field="birthPlace"] .fill-result-reason')?.textContent).toBe(
      'يحتوي الحقل على ما كتبته من قبل؛ تُرك كما هو.',
    );
    expect($('[data-action="undo-fill"]')?.textContent).toBe('تراجع عن الملء');
  });

  it('drops the last fill’s summary when another wizard step is shown', async () => {
    const page = testPage(['givenName']);
    const { controller } = testController();
    const { $, rerender } = renderSection(controller, page);
    await waitFor(() => expect($('[data-action="fill"]')).not.toBeNull());
    await act(async () => {
      person.click($('[data-action="fill"]') as HTMLElement);
    });
    await waitFor(() => expect($('[data-fill-summary]')?.dataset.fillState).toBe('filled'));

    rerender(
      <FillSection
        fill={controller}
        recognition={recognitionOf(testPage(['passportNumber']), { kind: 'wizard-passport' })}
        text={uiText('en')}
      />,
    );
    await waitFor(() => expect($('[data-fill-summary]')?.hidden).toBe(true));
    expect(controller.getState().session).toBeNull();
    expect($('[data-filled-for]')).toBeNull();
  });
});
