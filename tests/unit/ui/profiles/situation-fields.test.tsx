import { fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SituationFields } from '../../../../src/features/profiles/popup/SituationFields';
import { createProfileText } from '../../../../src/features/profiles/popup/text';
import type { ProfileSituation } from '../../../../src/profile/schema';

afterEach(() => document.body.replaceChildren());

describe('situation answers the new rules need', () => {
  it('takes a date answer only once it is a real date, and forgets it when emptied', () => {
    const onChange = vi.fn<(situation: ProfileSituation) => void>();
    const { container } = render(
      <SituationFields
        text={createProfileText('en')}
        situation={{}}
        onChange={onChange}
        keys={['moveDate']}
      />,
    );
    const input = container.querySelector('#situation-moveDate') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '31.02.2026' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(container.querySelector('.field-error')).not.toBeNull();
    fireEvent.input(input, { target: { value: '01.03.2026' } });
    expect(onChange).toHaveBeenLastCalledWith({ moveDate: '01.03.2026' });
    fireEvent.input(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ moveDate: undefined });
  });

  it('offers the 81 provinces by plate code and name, and the kinds of identity change', () => {
    const { container } = render(
      <SituationFields
        text={createProfileText('en')}
        situation={{}}
        onChange={() => {}}
        keys={['currentPermitProvince', 'identityChangeKind', 'namesInTurkicAlphabet']}
      />,
    );
    const provinces = container.querySelectorAll('#situation-currentPermitProvince option');
    expect(provinces).toHaveLength(82);
    expect([...provinces].map((option) => option.textContent)).toContain('06 Ankara');
    const kinds = [...container.querySelectorAll('#situation-identityChangeKind option')].map(
      (o) => o.textContent,
    );
    expect(kinds).toContain('Marital status');
    expect(container.querySelector('label[for="situation-namesInTurkicAlphabet"]')?.textContent).toMatch(/İ/);
  });
});
