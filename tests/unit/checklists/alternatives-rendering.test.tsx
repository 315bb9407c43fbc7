import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChecklistResult, checklist } from '../../../src/domain/checklists';
import { APPLICATION_KINDS, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../../../src/domain/permits';
import { ChecklistSection } from '../../../src/features/checklist/content/ChecklistSection';
import { PrintChecklist } from '../../../src/features/checklist/print/PrintChecklist';
import { ChecklistView } from '../../../src/features/lookups/popup/ChecklistView';
import { createProfileText } from '../../../src/features/profiles/popup/text';
import { checklistForWire, type PrintRequest } from '../../../src/permit-application/checklist-schema';
import { protocol } from '../../../src/protocol/protocol';
import { uiText } from '../ui/ui-text';

afterEach(() => document.body.replaceChildren());

/**
 * Every "one of the following" item must show its alternatives wherever a checklist is drawn:
 * the in-page panel (which gets the list over the wire), the popup look-up and the printed page.
 * The situation makes every alternative's condition known, so none is dropped silently.
 */
const SITUATIONS = [
  { familyRole: 'child', parentsDivorced: true, supporterIsCitizen: true, propertyOwner: true },
  { familyRole: 'spouse', supporterIsCitizen: false },
] as const;

interface Case {
  readonly name: string;
  readonly result: ChecklistResult;
  readonly request: PrintRequest['checklist'];
}

function cases(): Case[] {
  const found: Case[] = [];
  for (const type of PERMIT_TYPES) {
    const purposes = type === 'short-term' ? SHORT_TERM_PURPOSES : [undefined];
    for (const purpose of purposes) {
      for (const kind of APPLICATION_KINDS) {
        for (const situation of SITUATIONS) {
          const result = checklist(type, purpose, kind, situation);
          if (!result.items.some((item) => (item.alternatives?.length ?? 0) > 0)) continue;
          found.push({
            name: `${type}/${purpose ?? '-'}/${kind}/${situation.familyRole}`,
            result,
            request: { permitType: type, ...(purpose ? { purpose } : {}), kind, today: '05.12.2026' },
          });
        }
      }
    }
  }
  return found;
}

/** Item ids whose rendered element lacks one of the alternatives the engine gave. */
function missingAlternatives(container: Element, result: ChecklistResult): string[] {
  const missing: string[] = [];
  for (const item of result.items) {
    if (!item.alternatives || item.alternatives.length === 0) continue;
    const element = container.querySelector(`[data-doc="${item.id}"]`);
    const shown = [...(element?.querySelectorAll('[data-alternative]') ?? [])].map((node) =>
      node.getAttribute('data-alternative'),
    );
    const expected = item.alternatives.map((alternative) => alternative.id);
    if (element === null || JSON.stringify(shown) !== JSON.stringify(expected)) missing.push(item.id);
    // Each alternative is shown by its own text, not just an empty marker.
    for (const node of element?.querySelectorAll('[data-alternative]') ?? []) {
      if ((node.textContent ?? '').trim().length < 3) missing.push(`${item.id}:empty`);
    }
  }
  return missing;
}

describe('"one of the following" items show their alternatives everywhere', () => {
  const all = cases();

  it('has "one of" items to check (address proof, custody, supporter identity)', () => {
    const ids = new Set(
      all.flatMap(({ result }) =>
        result.items.filter((item) => item.alternatives?.length).map((item) => item.id),
      ),
    );
    expect([...ids].sort()).toEqual(
      expect.arrayContaining(['address-proof', 'custody-decision-or-consent', 'supporter-identity']),
    );
  });

  it('in the in-page panel, after the trip over the wire', () => {
    const text = uiText('en');
    const problems: string[] = [];
    for (const { name, request } of all) {
      // As the router sends it: checked and trimmed by the protocol's schema, then the JSON trip.
      const view = JSON.parse(JSON.stringify(protocol.checklist.response.parse(checklistForWire(request))));
      const engine = checklistForWire(request);
      const { container, unmount } = render(
        <ChecklistSection
          text={text}
          inputs={{
            permitType: request.permitType,
            purpose: request.purpose,
            kind: request.kind,
            fromPage: { permitType: false, purpose: false, kind: false },
          }}
          view={view}
          ticks={[]}
          onChoose={() => {}}
          onTick={() => {}}
          onPrint={() => {}}
        />,
      );
      problems.push(...missingAlternatives(container, engine).map((id) => `${name}: ${id}`));
      unmount();
    }
    expect(problems).toEqual([]);
  });

  it('in the popup look-up', () => {
    const text = createProfileText('en');
    const problems: string[] = [];
    for (const { name, result } of all) {
      const { container, unmount } = render(<ChecklistView text={text} result={result} />);
      problems.push(...missingAlternatives(container, result).map((id) => `${name}: ${id}`));
      unmount();
    }
    expect(problems).toEqual([]);
  });

  it('on the printed checklist', () => {
    const text = uiText('en');
    const problems: string[] = [];
    for (const { name, result, request } of all) {
      const print: PrintRequest = { lang: 'en', checklist: request, ticks: [] };
      const { container, unmount } = render(
        <PrintChecklist print={print} result={result} text={text} onPrint={() => {}} />,
      );
      problems.push(...missingAlternatives(container, result).map((id) => `${name}: ${id}`));
      unmount();
    }
    expect(problems).toEqual([]);
  });

  it('notices an item drawn without its alternatives (the check can fail)', () => {
    const [first] = all;
    if (!first) throw new Error('no case');
    const stripped: ChecklistResult = {
      ...first.result,
      items: first.result.items.map(({ alternatives: _dropped, ...item }) => item),
    };
    const { container } = render(<ChecklistView text={createProfileText('en')} result={stripped} />);
    expect(missingAlternatives(container, first.result)).not.toEqual([]);
  });
});
