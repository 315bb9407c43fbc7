import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cardFeeLookup } from '../../../../src/domain/fees';
import { DeadlineCalculator } from '../../../../src/features/lookups/popup/DeadlineCalculator';
import { FeeLookup } from '../../../../src/features/lookups/popup/FeeLookup';
import { createProfileText } from '../../../../src/features/profiles/popup/text';
import type { Profile } from '../../../../src/profile/schema';

afterEach(() => cleanup());
const text = createProfileText('en');
const DEC_2026 = new Date(2026, 11, 5);
const JAN_2027 = new Date(2027, 0, 2);

const profile = (nationality: string): Profile => ({
  id: 'p1',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  surname: 'Test',
  nationality,
});

describe('fee look-up', () => {
  it('shows the 2026 card fee with its year and source', () => {
    render(<FeeLookup text={text} today={DEC_2026} />);
    expect(document.querySelector('[data-card-fee-amount]')?.textContent).toBe('964 TL');
    expect(document.querySelector('[data-card-fee]')?.textContent).toMatch(/Figure for 2026/);
    expect(document.querySelector('[data-card-fee] a[href^="https://www.goc.gov.tr/"]')).not.toBeNull();
    expect(document.querySelector('[data-fee-outdated]')).toBeNull();
  });

  it('does not fall silent on 1 January: shows the latest figure and says it may be out of date', () => {
    render(<FeeLookup text={text} today={JAN_2027} />);
    expect(document.querySelector('[data-card-fee-amount]')?.textContent).toBe('964 TL');
    const outdated = document.querySelector('[data-card-fee] [data-fee-outdated]')?.textContent ?? '';
    expect(outdated).toMatch(/2027 figure is not published yet/);
    expect(outdated).toMatch(/2026 figure, which may be out of date/);
  });

  it('estimates the permit fee for the months asked, and refuses a bad month count', () => {
    render(<FeeLookup text={text} today={DEC_2026} />);
    const months = document.getElementById('fee-months') as HTMLInputElement;
    fireEvent.input(months, { target: { value: '2' } });
    expect(document.querySelector('[data-fee-estimate]')?.textContent).toMatch(/5,592\.20 TL.*6,556\.20 TL/);
    fireEvent.input(months, { target: { value: '0' } });
    expect(document.querySelector('[data-fee-estimate]')?.textContent).toMatch(/from 1 to 60/);
  });

  it('charges an exempt nationality only the card fee', () => {
    render(<FeeLookup text={text} today={DEC_2026} profile={profile('SY')} />);
    expect(document.querySelector('[data-fee-nationality]')?.textContent).toMatch(/Syria.*exempt/);
    expect(document.querySelector('[data-fee-estimate]')?.textContent).toMatch(/only the card fee: 964 TL/);
  });

  it('the deadline calculator shows the same card fee as the fee look-up', () => {
    render(<DeadlineCalculator text={text} today={JAN_2027} />);
    fireEvent.input(document.getElementById('calc-permit-end') as HTMLInputElement, {
      target: { value: '28.02.2027' },
    });
    const line = document.querySelector('[data-card-fee-line]')?.textContent ?? '';
    const lookup = cardFeeLookup(2027);
    expect(lookup.kind).toBe('latest-known');
    expect(line).toMatch(/2027 not published yet; the 2026 fee was 964 TL/);
  });
});
