import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProfileEditor } from '../../../../src/features/profiles/popup/ProfileEditor';
import { createProfileText } from '../../../../src/features/profiles/popup/text';
import { loadPageCatalogues } from '../../../../src/i18n/page-catalogues';
import { emptyDraft, profileToDraft } from '../../../../src/profile/editor-check';
import type { MessageRef } from '../../../../src/profile/messages';
import type { ProfileData } from '../../../../src/profile/schema';
import { sampleProfile } from '../../profile/helpers';

const TODAY = new Date(2026, 4, 4);

afterEach(() => cleanup());
// Languages other than English are loaded on demand (the popup's language hook does it).
beforeAll(() => loadPageCatalogues('tr'));

function renderEditor(
  lang: 'en' | 'tr' = 'en',
  onSave = vi.fn(async (_data: ProfileData): Promise<MessageRef | null> => null),
) {
  const text = createProfileText(lang);
  const view = render(
    <ProfileEditor
      text={text}
      today={TODAY}
      initial={emptyDraft()}
      profiles={[]}
      onSave={onSave}
      onCancel={() => {}}
    />,
  );
  return { ...view, text, onSave };
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
function type(id: string, value: string) {
  fireEvent.input(input(id), { target: { value } });
  fireEvent.blur(input(id));
}

describe('ProfileEditor', () => {
  it('labels every input and select', () => {
    renderEditor();
    for (const control of document.querySelectorAll('input, select, textarea')) {
      expect(document.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
  });

  it('shows a localized error once a bad date or foreigner id is left, tied to the input', () => {
    const { text } = renderEditor('tr');
    type('field-birthDate', '1990-03-12');
    type('field-foreignerId', '12345');
    const error = document.querySelector('[data-error-for="birthDate"]');
    expect(error?.textContent).toBe(text.t('error.date.shape'));
    expect(input('field-birthDate').getAttribute('aria-invalid')).toBe('true');
    expect(input('field-birthDate').getAttribute('aria-describedby')).toContain(error?.id);
    expect(document.querySelector('[data-error-for="foreignerId"]')?.textContent).toBe(
      text.t('error.foreignerId'),
    );
  });

  it('refuses to save with errors, announcing them in an alert, and saves once fixed', async () => {
    const { onSave } = renderEditor();
    type('field-surname', 'Petrova');
    type('field-birthDate', '31.02.1990');
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    expect(summary.hidden).toBe(false);
    expect(summary.getAttribute('role')).toBe('alert');
    expect(onSave).not.toHaveBeenCalled();

    type('field-birthDate', '28.02.1990');
    type('field-mobile', '+90 532 123 45 67');
    expect(input('field-mobile').value).toBe('5321234567');
    expect(document.querySelector('[data-field="mobile"] .field-notice')?.textContent).toContain(
      '5321234567',
    );
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        surname: 'Petrova',
        birthDate: '28.02.1990',
        mobile: '5321234567',
      }),
    );
  });

  it('shows the rules engine’s findings for a valid profile', () => {
    const text = createProfileText('en');
    render(
      <ProfileEditor
        text={text}
        today={TODAY}
        initial={profileToDraft(
          sampleProfile({
            currentPermitEnd: '30.05.2026',
            requestedEnd: '30.05.2028',
            passportExpiry: '01.06.2028',
          }),
        )}
        existing={sampleProfile()}
        profiles={[]}
        onSave={async () => null}
        onCancel={() => {}}
      />,
    );
    const rules = [...document.querySelectorAll('[data-findings] [data-rule]')].map((item) =>
      item.getAttribute('data-rule'),
    );
    expect(rules).toContain('extension-window');
    expect(rules).toContain('passport-validity');
  });

  it('shows a write error from storage without losing the form', async () => {
    renderEditor(
      'en',
      vi.fn(
        async (_data: ProfileData): Promise<MessageRef | null> => ({
          key: 'error.writeFailed',
          params: { detail: 'QUOTA_BYTES quota exceeded' },
        }),
      ),
    );
    type('field-surname', 'Petrova');
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await screen.findByText(/QUOTA_BYTES/);
    expect(input('field-surname').value).toBe('Petrova');
  });

  it('asks for the months already spent on tourism permits; 14 brings the one-year warning', async () => {
    const { onSave } = renderEditor();
    type('field-surname', 'Petrova');
    const select = (id: string, value: string) =>
      fireEvent.change(document.getElementById(id) as HTMLSelectElement, { target: { value } });
    select('field-permitType', 'short-term');
    select('field-permitPurpose', 'tourism');
    const months = document.getElementById('situation-tourismPermitMonths') as HTMLSelectElement;
    expect(document.querySelector('label[for="situation-tourismPermitMonths"]')?.textContent).toBe(
      'Months already spent on tourism-purpose permits (in total)',
    );
    expect(months.options[months.options.length - 1]?.textContent).toBe('60 or more');
    select('situation-tourismPermitMonths', '14');
    await waitFor(() =>
      expect(document.querySelector('[data-findings]')?.textContent).toContain(
        'You have spent 14 months on tourism permits',
      ),
    );
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({ situation: { tourismPermitMonths: 14 } }),
      ),
    );
  });

  it('saves once when Save is pressed again during a save, and shows a slow save as busy', async () => {
    let finish: (error: MessageRef | null) => void = () => {};
    const { onSave } = renderEditor(
      'en',
      vi.fn((_data: ProfileData) => new Promise<MessageRef | null>((resolve) => (finish = resolve))),
    );
    type('field-surname', 'Petrova');
    const form = document.querySelector('form') as HTMLFormElement;
    const saveButton = document.querySelector('[data-action="save"]') as HTMLButtonElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    expect(onSave).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(saveButton.disabled).toBe(true));
    finish({ key: 'error.writeFailed', params: { detail: 'disk full' } });
    await screen.findByText(/disk full/);
    expect(saveButton.disabled).toBe(false);
    fireEvent.submit(form);
    expect(onSave).toHaveBeenCalledTimes(2);
  });
});
