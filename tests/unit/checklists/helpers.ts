import type { ChecklistItem, ChecklistResult } from '../../../src/domain/checklists';

/** A date at local midnight; months are 1-based here for readability. */
export function day(year: number, month: number, dayOfMonth: number): Date {
  return new Date(year, month - 1, dayOfMonth);
}

/** The application date used across the tests. */
export const TODAY = day(2026, 11, 23);

export function ids(result: ChecklistResult): string[] {
  return result.items.map((item) => item.id);
}

export function item(result: ChecklistResult, id: string): ChecklistItem {
  const found = result.items.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no item ${id} in [${ids(result).join(', ')}]`);
  return found;
}

export function noteIds(result: ChecklistResult): string[] {
  return result.notes.map((note) => note.id);
}
