import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistLookup } from '../../../../src/features/lookups/popup/ChecklistLookup';
import { createProfileText } from '../../../../src/features/profiles/popup/text';

afterEach(() => cleanup());

describe('checklist look-up: long-term route', () => {
  it('offers the route only for long-term permits and shortens the list on the Board route', () => {
    render(<ChecklistLookup text={createProfileText('en')} today={new Date(2026, 11, 5)} />);
    expect(document.getElementById('lookup-route')).toBeNull();
    fireEvent.change(document.getElementById('lookup-type') as HTMLSelectElement, {
      target: { value: 'long-term' },
    });
    expect(document.querySelector('[data-doc="sydv-letter"]')).not.toBeNull();
    fireEvent.change(document.getElementById('lookup-route') as HTMLSelectElement, {
      target: { value: 'policy-board' },
    });
    expect(document.querySelector('[data-doc="sydv-letter"]')).toBeNull();
    expect(document.querySelector('[data-checklist-lookup]')?.textContent).toMatch(
      /Migration Policy Board route/,
    );
  });
});
