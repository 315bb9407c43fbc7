/**
 * The consultant's triage (issue 14 §4): windows closing soonest first, the permits already
 * ended in a group of their own, urgency as a word and a colour together (AA contrast), every
 * date dd.MM.yyyy. "Today" is a parameter: a fixed day here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AtAGlanceList } from '../../../../src/features/profiles/popup/AtAGlance';
import {
  localDay,
  sortRows,
  tableRow,
  windowUrgency,
} from '../../../../src/features/profiles/popup/table-rows';
import { createProfileText } from '../../../../src/features/profiles/popup/text';
import { loadPageCatalogues } from '../../../../src/i18n/page-catalogues';
import { glance, glanceRow } from '../../../../src/profile/glance';
import { sampleProfile } from '../../profile/helpers';

const TODAY = new Date(2026, 4, 4); // 04.05.2026

const ended = (id: string, currentPermitEnd?: string) =>
  sampleProfile({ id, givenName: id, surname: 'X', currentPermitEnd });

const PROFILES = [
  ended('ended-long-ago', '01.01.2026'),
  ended('open-late', '25.06.2026'),
  ended('ended-yesterday', '03.05.2026'),
  ended('no-permit'),
  ended('closes-in-9', '13.05.2026'),
  ended('opens-in-20', '23.07.2026'),
  ended('ended-5-days-ago', '29.04.2026'),
];

beforeAll(async () => {
  await loadPageCatalogues('tr');
  await loadPageCatalogues('ar');
});
afterEach(() => cleanup());

describe('the at-a-glance list', () => {
  const rows = glance(PROFILES, TODAY).map(glanceRow);

  it('shows the windows to act on first, closing soonest first, then the too-late group, marked', () => {
    render(
      <AtAGlanceList text={createProfileText('tr')} rows={rows} total={rows.length} onOpen={() => {}} />,
    );
    const groups = [...document.querySelectorAll<HTMLElement>('[data-glance-group]')];
    expect(groups.map((group) => group.dataset.glanceGroup)).toEqual(['act', 'too-late']);
    const names = (group: HTMLElement) =>
      [...group.querySelectorAll('li button')].map((button) => button.textContent?.replace(/^X, /, ''));
    expect(names(groups[0] as HTMLElement)).toEqual(['closes-in-9', 'open-late', 'opens-in-20']);
    expect(names(groups[1] as HTMLElement)).toEqual([
      'ended-yesterday',
      'ended-5-days-ago',
      'ended-long-ago',
    ]);
    expect(groups[1]?.querySelector('h3')?.textContent).toBe('Uzatma için çok geç: izin sona erdi');
    // Urgency in words, not only in colour: every entry carries its word.
    const words = [...document.querySelectorAll('.glance-item .urgency')].map((tag) => tag.textContent);
    expect(words).toEqual(['Acil', 'Süre açık', 'Yakında açılıyor', 'Çok geç', 'Çok geç', 'Çok geç']);
  });

  it('says until when a new application is still received, within the ten days after the end', () => {
    render(
      <AtAGlanceList text={createProfileText('tr')} rows={rows} total={rows.length} onOpen={() => {}} />,
    );
    const tooLate = [...document.querySelectorAll('[data-glance-group="too-late"] .glance-summary')].map(
      (summary) => summary.textContent,
    );
    expect(tooLate[0]).toContain('yeni başvuru 13.05.2026 tarihine kadar hâlâ alınır');
    expect(tooLate[2]).not.toContain('yeni başvuru');
    for (const text of tooLate) expect(text).toMatch(/\d{2}\.\d{2}\.\d{4}/);
  });

  it('keeps dates dd.MM.yyyy and in order in Arabic', () => {
    render(
      <AtAGlanceList text={createProfileText('ar')} rows={rows} total={rows.length} onOpen={() => {}} />,
    );
    const summary = document.querySelector('[data-glance-group="act"] .glance-summary')?.textContent ?? '';
    expect(summary).toContain('\u206813.05.2026\u2069');
  });
});

describe('the profile table', () => {
  const table = PROFILES.map((profile) => tableRow(profile, TODAY));

  it('sorts the extension column in triage order: open, not yet open, ended (latest first), none', () => {
    const order = sortRows(table, 'extension', 'ascending').map((row) => row.profile.id);
    expect(order).toEqual([
      'closes-in-9',
      'open-late',
      'opens-in-20',
      'ended-yesterday',
      'ended-5-days-ago',
      'ended-long-ago',
      'no-permit',
    ]);
  });

  it('names each window’s urgency as the at-a-glance list does', () => {
    const urgency = Object.fromEntries(table.map((row) => [row.profile.id, windowUrgency(row.window)]));
    expect(urgency).toEqual({
      'closes-in-9': 'urgent',
      'open-late': 'open',
      'opens-in-20': 'soon',
      'ended-yesterday': 'too-late',
      'ended-5-days-ago': 'too-late',
      'ended-long-ago': 'too-late',
      'no-permit': undefined,
    });
  });

  it('shows when a profile was updated as the day it was on this computer, dd.MM.yyyy', () => {
    // In Istanbul (UTC+3) the first hours of a day are still the day before in UTC.
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Istanbul';
    try {
      expect(localDay('2026-02-01T22:30:00.000Z')).toBe('02.02.2026');
      expect(localDay('2026-02-01T20:30:00.000Z')).toBe('01.02.2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(localDay('not a date')).toBe('not a date');
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('urgency colours', () => {
  it('each urgency word meets AA contrast (4.5:1) on its own background', () => {
    const css = readFileSync(path.resolve('src/ui/pages/app.css'), 'utf8');
    const colour = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css)?.[1] ?? '';
    for (const level of ['urgent', 'open', 'soon', 'too-late']) {
      const fg = colour(`urgency-${level}-fg`);
      const bg = colour(`urgency-${level}-bg`);
      expect(fg, level).toMatch(/^#/);
      expect(contrast(fg, bg), level).toBeGreaterThanOrEqual(4.5);
    }
  });
});
