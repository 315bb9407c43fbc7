/**
 * Re-importing what is stored brings nothing to decide: identical profiles are counted, not
 * listed as conflicts; a profile that differs says in which fields (issue 14 §4).
 */
import { describe, expect, it } from 'vitest';
import { exportCsvText, parseCsvFile } from '../../../src/profile/csv';
import { profileDifferences } from '../../../src/profile/import-diff';
import { applyImportPlan, planImport, samePlan } from '../../../src/profile/import-plan';
import { manyProfiles, sampleProfile } from './helpers';

const NOW = new Date('2026-05-04T10:00:00Z');

describe('profileDifferences', () => {
  it('lists the fields that differ, in the editor order, with both values; id and dates do not count', () => {
    const stored = sampleProfile({ situation: { propertyOwner: true }, dependantIds: ['a'] });
    const incoming = {
      ...stored,
      id: 'other-id',
      updatedAt: '2026-05-01T00:00:00.000Z',
      birthDate: '13.03.1990',
      mobile: undefined,
      situation: { propertyOwner: false, moveDate: '01.02.2026' },
      dependantIds: ['a', 'b'],
    };
    expect(profileDifferences(stored, incoming)).toEqual([
      { column: 'birthDate', stored: '12.03.1990', incoming: '13.03.1990' },
      { column: 'mobile', stored: '5321234567', incoming: undefined },
      { column: 'situation.propertyOwner', stored: true, incoming: false },
      { column: 'situation.moveDate', stored: undefined, incoming: '01.02.2026' },
      { column: 'dependantIds', stored: ['a'], incoming: ['a', 'b'] },
    ]);
    expect(profileDifferences(stored, { ...stored, id: 'x', createdAt: NOW.toISOString() })).toEqual([]);
  });
});

describe('planImport', () => {
  it('counts 350 re-imported identical profiles and asks about none of them', () => {
    const stored = manyProfiles(350);
    const parsed = parseCsvFile(exportCsvText(stored), 1, NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 2)));
    const plan = planImport(stored, parsed.profiles);
    expect(plan.duplicates).toEqual([]);
    expect(plan.identical).toHaveLength(350);
    const { profiles, outcome } = applyImportPlan(
      { profiles: stored, needsAttention: [] },
      plan,
      new Map(),
      NOW,
    );
    expect(profiles).toEqual([]);
    expect(outcome).toEqual({ added: 0, replaced: 0, skipped: 0, unchanged: 350 });
  });

  it('asks only about the one that differs, with what differs; a hand-made row without ids matches by passport', () => {
    const stored = manyProfiles(3);
    const changed = { ...stored[1], id: 'from-file', email: 'new@example.com' } as (typeof stored)[number];
    const plan = planImport(stored, [stored[0], changed, stored[2]].map((p) => ({ ...p })) as typeof stored);
    expect(plan.identical.map((d) => d.incomingIndex)).toEqual([0, 2]);
    expect(plan.duplicates.map((d) => [d.incomingIndex, d.existing.id, d.differences])).toEqual([
      [1, 'p-1', [{ column: 'email', stored: 'maria@example.com', incoming: 'new@example.com' }]],
    ]);
    const { profiles, outcome } = applyImportPlan(
      { profiles: stored, needsAttention: [] },
      plan,
      new Map([[1, 'replace']]),
      NOW,
    );
    expect(outcome).toEqual({ added: 0, replaced: 1, skipped: 0, unchanged: 2 });
    expect(profiles.map((p) => [p.id, p.email])).toEqual([['p-1', 'new@example.com']]);
  });

  it('sees a stored profile that became identical (or stopped being) as a changed plan', () => {
    const stored = manyProfiles(2);
    const incoming = [{ ...stored[0], notes: 'newer' }] as typeof stored;
    const before = planImport(stored, incoming);
    const after = planImport(
      [{ ...stored[0], notes: 'newer', updatedAt: '2026-05-04T09:00:00.000Z' }, stored[1]] as typeof stored,
      incoming,
    );
    expect(after.identical).toHaveLength(1);
    expect(samePlan(before, after)).toBe(false);
    expect(samePlan(before, planImport(stored, incoming))).toBe(true);
  });
});
