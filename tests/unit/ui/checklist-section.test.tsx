import { fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistSection } from '../../../src/features/checklist/content/ChecklistSection';
import {
  checklistInputs,
  createChecklistLoader,
  wireRequest,
} from '../../../src/features/checklist/content/checklist-loader';
import { checklistForWire } from '../../../src/permit-application/checklist-schema';
import { type ChecklistView, protocol } from '../../../src/protocol/protocol';
import type { Send } from '../../../src/protocol/send';
import { sendHere } from '../background/send-here';
import { person } from './person';
import { uiText } from './ui-text';

afterEach(() => document.body.replaceChildren());

const view = (permitType: 'short-term' | 'student') => {
  // As the router sends it: the engine's answer checked and trimmed by the protocol's schema.
  const answer = checklistForWire({ permitType, kind: 'first', today: '23.11.2026' });
  return JSON.parse(JSON.stringify(protocol.checklist.response.parse(answer))) as ChecklistView;
};

describe('checklistInputs and wireRequest', () => {
  it('take the page first, then the panel choice, and need a type and a kind', () => {
    const inputs = checklistInputs(
      { findings: [], permitType: 'student' },
      { permitType: 'family', kind: 'first' },
      null,
    );
    expect(inputs).toMatchObject({
      permitType: 'student',
      kind: 'first',
      fromPage: { permitType: true, kind: false },
    });
    expect(wireRequest(inputs, new Date(2026, 10, 23))).toEqual({
      permitType: 'student',
      kind: 'first',
      today: '23.11.2026',
    });
    expect(wireRequest(checklistInputs({ findings: [] }, {}, 'first'), new Date(2026, 10, 23))).toBeNull();
  });

  it('keep a purpose only for short-term permits', () => {
    const inputs = checklistInputs({ findings: [], permitType: 'family' }, { purpose: 'tourism' }, 'first');
    expect(inputs.purpose).toBeUndefined();
  });
});

describe('createChecklistLoader', () => {
  it('asks once per distinct request and shows only the latest answer', async () => {
    const answer = sendHere();
    const ask = vi.fn(answer);
    const onUpdate = vi.fn();
    const loader = createChecklistLoader(onUpdate, ask as Send);
    const request = { permitType: 'student', kind: 'first', today: '23.11.2026' } as const;
    loader.update(request);
    loader.update({ ...request });
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(1));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(loader.state().view?.items.some((item) => item.id === 'student-certificate')).toBe(true);
    loader.update(null);
    expect(loader.state()).toEqual({ request: null, view: null });
  });
});

describe('ChecklistSection', () => {
  const handlers = { onChoose: vi.fn(), onTick: vi.fn(), onPrint: vi.fn() };

  it('lists the documents with a tick box each, hooked by data-doc', () => {
    const inputs = checklistInputs({ findings: [], permitType: 'student' }, {}, 'first');
    const { container } = render(
      <ChecklistSection
        text={uiText('en')}
        inputs={inputs}
        view={view('student')}
        ticks={['student-certificate']}
        {...handlers}
      />,
    );
    const list = container.querySelector('[data-checklist]');
    expect(list?.getAttribute('data-permit-type')).toBe('student');
    const item = container.querySelector('[data-doc="student-certificate"]');
    const box = item?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.checked).toBe(true);
    // The box is labelled by the document's title.
    expect(container.querySelector(`label[for="${box?.id}"]`)?.textContent).toBeTruthy();
    const print = container.querySelector('[data-action="print-checklist"]') as HTMLElement;
    // A page script's clicks do nothing: no tick, no print, the box stays as it was.
    handlers.onTick.mockClear();
    handlers.onPrint.mockClear();
    if (box) fireEvent.click(box);
    fireEvent.click(print);
    expect(box?.checked).toBe(true);
    expect(handlers.onTick).not.toHaveBeenCalled();
    expect(handlers.onPrint).not.toHaveBeenCalled();
    if (box) person.click(box);
    expect(handlers.onTick).toHaveBeenCalledWith('student-certificate', false);
    person.click(print);
    expect(handlers.onPrint).toHaveBeenCalled();
  });

  it('shows what the page said as text and offers selects for the rest', () => {
    const inputs = checklistInputs({ findings: [], permitType: 'short-term' }, {}, null);
    const { container } = render(
      <ChecklistSection text={uiText('tr')} inputs={inputs} view={null} ticks={[]} {...handlers} />,
    );
    expect(container.querySelector('[data-from-page="permitType"]')?.textContent).toBe(
      uiText('tr').doc('permit.type.short-term'),
    );
    const kind = container.querySelector<HTMLSelectElement>('select[data-choice="kind"]');
    expect(kind).not.toBeNull();
    expect(container.querySelector('select[data-choice="purpose"]')).not.toBeNull();
    if (kind) {
      kind.value = 'extension';
      handlers.onChoose.mockClear();
      fireEvent.change(kind);
      expect(handlers.onChoose).not.toHaveBeenCalled();
      person.change(kind);
    }
    expect(handlers.onChoose).toHaveBeenCalledWith({ kind: 'extension' });
    expect(container.querySelector('[data-checklist]')).toBeNull();
  });

  it('changes with the permit type', () => {
    const first = view('short-term').items.map((item) => item.id);
    const second = view('student').items.map((item) => item.id);
    expect(second).toContain('student-certificate');
    expect(first).not.toContain('student-certificate');
  });
});
