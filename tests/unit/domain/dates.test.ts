import { describe, expect, it } from 'vitest';
import { formatTrDate, parseTrDate, trDateOrNull } from '../../../src/domain/dates';

describe('parseTrDate (strict dd.MM.yyyy)', () => {
  it.each([
    ['31.02.2026', 'calendar'],
    ['29.02.2026', 'calendar'],
    ['00.01.2026', 'calendar'],
    ['01.13.2026', 'calendar'],
    ['1.2.2026', 'shape'],
    ['01.02.26', 'shape'],
    ['01.02.2026 ', 'shape'],
    ['01.02.2026abc', 'shape'],
    [' 01.02.2026', 'shape'],
    ['01/02/2026', 'shape'],
    ['2026-02-01', 'shape'],
    ['', 'empty'],
  ] as const)('refuses %j with reason %s', (text, reason) => {
    expect(parseTrDate(text)).toEqual({ ok: false, reason });
    expect(trDateOrNull(text)).toBeNull();
  });

  it.each([
    ['01.02.2026', 2026, 1, 1],
    ['29.02.2028', 2028, 1, 29],
    ['31.12.2030', 2030, 11, 31],
  ])('accepts %s as a local midnight', (text, year, month, day) => {
    const result = parseTrDate(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([result.date.getFullYear(), result.date.getMonth(), result.date.getDate()]).toEqual([
      year,
      month,
      day,
    ]);
    expect([result.date.getHours(), result.date.getMinutes()]).toEqual([0, 0]);
    expect(formatTrDate(result.date)).toBe(text);
  });
});
