import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecognizedField } from '../../../src/page/recognition-types';
import type { BadgePlacement } from '../../../src/ui/overlay/badge-position';
import { Overlay, type OverlayProps } from '../../../src/ui/overlay/Overlay';
import { person } from './person';
import { stubField, stubRecognition } from './stub-recognition';
import { uiText } from './ui-text';

// happy-dom does no layout, so every field gets the same made-up placement.
const placeEverywhere = (): BadgePlacement => ({
  side: 'after',
  badge: { left: 10, top: 20 },
  tooltip: { placement: 'after', left: 32, top: 20 },
});

function renderOverlay(overrides: Partial<OverlayProps> = {}) {
  const props: OverlayProps = {
    recognition: stubRecognition(),
    text: uiText('en'),
    panelCollapsed: false,
    focusedField: null,
    placeField: placeEverywhere,
    onTogglePanel: () => {},
    ...overrides,
  };
  return render(<Overlay {...props} />);
}

const badgeFor = (container: Element, key: string) => {
  const badge = container.querySelector<HTMLButtonElement>(`[data-hint-for="${key}"]`);
  if (!badge) throw new Error(`no badge for ${key}`);
  return badge;
};
const tooltipOf = (container: Element, badge: HTMLElement) => {
  const tooltip = container.querySelector<HTMLElement>(`#${badge.getAttribute('aria-describedby')}`);
  if (!tooltip) throw new Error('badge has no tooltip');
  return tooltip;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('Overlay', () => {
  it('shows one badge per recognised field, as a labelled button tied to its tooltip', () => {
    const { container } = renderOverlay();
    const badges = container.querySelectorAll('.badge-layer [data-hint-for]');
    expect([...badges].map((badge) => badge.getAttribute('data-hint-for'))).toEqual([
      'givenNameInitials',
      'foreignerId',
      'captcha',
    ]);
    for (const badge of badges) {
      expect(badge.tagName).toBe('BUTTON');
      expect(badge.getAttribute('type')).toBe('button');
      expect(badge.getAttribute('aria-label')).toBeTruthy();
      expect(tooltipOf(container, badge as HTMLElement).getAttribute('role')).toBe('tooltip');
    }
  });

  it('gives captcha, consent and verification fields only "Fill this yourself"', () => {
    const recognition = stubRecognition({
      fields: [
        stubField('captcha', 'captcha'),
        stubField('consent', 'checkbox'),
        stubField('verificationCode'),
      ],
    });
    const { container } = renderOverlay({ recognition });
    for (const key of ['captcha', 'consent', 'verificationCode']) {
      const badge = badgeFor(container, key);
      expect(badge.dataset.humanGate).toBe('true');
      expect(tooltipOf(container, badge).textContent).toBe('Fill this yourself');
      expect(container.querySelector(`[data-field-key="${key}"] .field-hint`)?.textContent).toBe(
        'Fill this yourself',
      );
    }
  });

  it('opens the hint on hover and while the user is in the field, closes it on Escape', () => {
    const { container, rerender } = renderOverlay();
    const badge = badgeFor(container, 'foreignerId');
    expect(tooltipOf(container, badge).hidden).toBe(true);

    fireEvent.mouseEnter(badge);
    expect(tooltipOf(container, badge).hidden).toBe(false);
    person.keyDown(badge, { key: 'Escape' });
    expect(tooltipOf(container, badge).hidden).toBe(true);
    fireEvent.mouseLeave(badge);

    rerender(
      <Overlay
        recognition={stubRecognition()}
        text={uiText('en')}
        panelCollapsed={false}
        focusedField="foreignerId"
        placeField={placeEverywhere}
        onTogglePanel={() => {}}
      />,
    );
    expect(tooltipOf(container, badgeFor(container, 'foreignerId')).hidden).toBe(false);
    expect(tooltipOf(container, badgeFor(container, 'givenNameInitials')).hidden).toBe(true);
  });

  it('draws no badge for a field that is not rendered', () => {
    const { container } = renderOverlay({
      placeField: (field: RecognizedField) => (field.key === 'captcha' ? null : placeEverywhere()),
    });
    expect(container.querySelector('[data-hint-for="captcha"]')).toBeNull();
    // The panel still lists it.
    expect(container.querySelector('[data-field-key="captcha"]')).not.toBeNull();
  });

  it('names the page and the application kind in the user language', () => {
    renderOverlay({ text: uiText('tr') });
    expect(screen.getByText('Uzatma başvurusu giriş sayfası')).toBeTruthy();
    expect(screen.getByText('Uzatma')).toBeTruthy();
  });

  it('explains drift in plain words', () => {
    const { container } = renderOverlay({
      recognition: stubRecognition({ drift: { missing: ['foreignerId', 'email'], unknown: ['Yeni alan'] } }),
    });
    expect(container.querySelector('[data-drift-notice]')?.textContent).toBe(
      'This page looks different from what the assistant knows (expected fields missing: 2; unknown fields: 1). ' +
        'Hints are shown for what was recognised; filling is off on this page.',
    );
  });

  it('keeps an empty, polite findings region even while collapsed', () => {
    const { container } = renderOverlay({ panelCollapsed: true });
    const findings = container.querySelector('[data-findings]');
    expect(findings?.getAttribute('aria-live')).toBe('polite');
    expect(findings?.childElementCount).toBe(0);
    expect(container.querySelector<HTMLElement>('.panel-body')?.hidden).toBe(true);
    expect(container.querySelector<HTMLElement>('.panel-tab')?.hidden).toBe(false);
  });

  it('toggles the panel from the tab and from the close button', () => {
    const onTogglePanel = vi.fn();
    const { container } = renderOverlay({ panelCollapsed: true, onTogglePanel });
    fireEvent.click(container.querySelector('.panel-tab') as HTMLElement);
    expect(onTogglePanel).not.toHaveBeenCalled();
    person.click(container.querySelector('.panel-tab') as HTMLElement);
    expect(onTogglePanel).toHaveBeenCalledTimes(1);
  });

  it('lays the panel out right to left in Arabic', () => {
    const { container } = renderOverlay({ text: uiText('ar') });
    const panel = container.querySelector('.panel');
    expect(panel?.getAttribute('dir')).toBe('rtl');
    expect(panel?.getAttribute('lang')).toBe('ar');
  });

  it('renders page-controlled label text as text, never as markup', () => {
    const recognition = stubRecognition({
      fields: [stubField('givenName', 'text', '<img src=x onerror=alert(1)>')],
    });
    // Force the page label to be used by asking for a language whose catalogue lacks the key.
    const text = { ...uiText('en'), field: () => undefined };
    const { container } = renderOverlay({ recognition, text });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-field-key="givenName"] .field-name')?.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
