import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MaskedIds } from '../../../../src/features/vault/popup/MaskedIds';
import { maskId } from '../../../../src/features/vault/popup/mask';

afterEach(() => cleanup());

describe('masked passport numbers and foreigner ids', () => {
  it('shows only the last four characters, and nothing of very short values', () => {
    expect(maskId('U12345678')).toBe('•••5678');
    expect(maskId('99123456789')).toBe('•••6789');
    expect(maskId('1234')).toBe('•••');
  });

  it('renders •••5678 for the eye and "ending in 5678" for screen readers, never the whole number', () => {
    const { container } = render(
      <MaskedIds lang="en" name="Omar Haddad" passportNumber="U12345678" foreignerId="99123456789" />,
    );
    expect(container.textContent).not.toContain('U12345678');
    expect(container.textContent).not.toContain('99123456789');
    const hidden = [...container.querySelectorAll('[aria-hidden="true"]')].map((node) => node.textContent);
    expect(hidden).toContain('•••5678');
    expect(hidden).toContain('•••6789');
    const spoken = [...container.querySelectorAll('.visually-hidden')].map((node) => node.textContent);
    expect(spoken).toEqual(['passport number ending in 5678', 'foreigner id ending in 6789']);
    const reveal = container.querySelector('[data-reveal-ids]');
    expect(reveal?.getAttribute('aria-label')).toBe(
      'Show the passport number and foreigner id of Omar Haddad',
    );
  });

  it('ignores a click that no person made (a script-dispatched event)', () => {
    const { container } = render(<MaskedIds lang="tr" name="Omar" passportNumber="U12345678" />);
    fireEvent.click(container.querySelector('[data-reveal-ids]') as HTMLElement);
    expect(container.querySelector('[data-masked-ids]')?.getAttribute('data-masked-ids')).toBe('masked');
    expect(container.textContent).not.toContain('U12345678');
    expect(container.querySelector('.visually-hidden')?.textContent).toBe('5678 ile biten pasaport numarası');
  });

  it('renders nothing when the profile has neither number', () => {
    const { container } = render(<MaskedIds lang="en" name="Omar" />);
    expect(container.innerHTML).toBe('');
  });
});
