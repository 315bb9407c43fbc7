import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseImportPanel } from '../../../../src/features/profiles/popup/CaseImportPanel';
import { createProfileText } from '../../../../src/features/profiles/popup/text';

afterEach(() => cleanup());

describe('case import panel', () => {
  it('ignores a script-made submit: only a person opens the editor', () => {
    const onDraft = vi.fn();
    render(
      <CaseImportPanel
        text={createProfileText('en')}
        today={new Date(2026, 11, 5)}
        onDraft={onDraft}
        onCancel={() => {}}
      />,
    );
    fireEvent.input(document.getElementById('case-certificate') as HTMLTextAreaElement, {
      target: { value: 'Başvuru No: 2026-88-0638278' },
    });
    fireEvent.submit(document.querySelector('[data-case-import]') as HTMLFormElement);
    expect(onDraft).not.toHaveBeenCalled();
    expect(document.querySelector('[data-case-import-error]')?.textContent).toBe('');
  });

  it('has a label for each input in every language', () => {
    for (const lang of ['tr', 'en', 'ar', 'ru'] as const) {
      render(
        <CaseImportPanel
          text={createProfileText(lang)}
          today={new Date(2026, 11, 5)}
          onDraft={() => {}}
          onCancel={() => {}}
        />,
      );
      for (const id of ['case-certificate', 'case-mrz']) {
        expect(document.querySelector(`label[for="${id}"]`)?.textContent?.length ?? 0).toBeGreaterThan(10);
      }
      cleanup();
    }
  });
});
