/**
 * The stored list head (`src/profile/list-head.ts`): written with every profiles write, read
 * before the full list, and never trusted when it does not belong to the stored profiles.
 */

import { addDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatTrDate } from '../../../src/domain/dates';
import { buildListHead, HEAD_GLANCE_ROWS, HEAD_ROWS, parseListHead } from '../../../src/profile/list-head';
import { createProfileRepository } from '../../../src/profile/repository';
import { profileArea } from '../../../src/profile/store/idb-area';
import { sampleProfile, storedRecords } from './helpers';

const BROKEN = { id: 'broken', givenName: 'Nadia', birthDate: '31.02.1990', createdAt: 'x', updatedAt: 'y' };

async function seed(records: unknown[]) {
  await fakeBrowser.storage.local.set({ profiles: records, profiles$: { v: 2 } });
}
/** A repository as a page has it (popup, options): each page has its own. */
const page = () => createProfileRepository();
const storedNames = async () =>
  ((await storedRecords()) as { givenName?: string }[]).map((record) => record.givenName);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('the list head', () => {
  it('is written with every write: valid profiles only, in list order, with the total', async () => {
    await seed([sampleProfile({ id: 'p-z', surname: 'Zeki' }), BROKEN]);
    const popup = page();
    expect(await popup.loadHead()).toBeNull();
    await popup.create({ givenName: 'Ayşe', surname: 'Çelik' });
    await popup.headSettled();
    const head = await popup.loadHead();
    expect(head?.total).toBe(2);
    expect(head?.rows.map((row) => row.surname)).toEqual(['Çelik', 'Zeki']);
    expect(JSON.stringify(head)).not.toContain('Nadia');
    // Only what a row shows: no birth dates, addresses or notes in the head.
    expect(Object.keys(head?.rows[1] ?? {}).sort()).toEqual([
      'foreignerId',
      'givenName',
      'id',
      'passportNumber',
      'surname',
    ]);
  });

  it('is ignored once the profiles were written without it (an older version, a migration)', async () => {
    await seed([sampleProfile()]);
    const popup = page();
    await popup.create({ givenName: 'Anna' });
    await popup.headSettled();
    expect(await popup.loadHead()).not.toBeNull();
    await profileArea().write({ profilesRev: 'written-elsewhere' });
    expect(await popup.loadHead()).toBeNull();
  });

  it('carries the day’s at-a-glance entries, most urgent first, and how many there are', async () => {
    // The head's day comes from the clock: a fixed one, so the test means the same every year.
    const today = new Date(2026, 10, 23);
    vi.useFakeTimers({ toFake: ['Date'], now: today });
    const closing = (id: string, days: number) =>
      sampleProfile({
        id,
        surname: id.replace(/[^a-z]/g, 'x'),
        currentPermitEnd: formatTrDate(addDays(today, days)),
      });
    await seed([...Array.from({ length: 9 }, (_, i) => closing(`late-${i}`, 20 + i)), closing('soonest', 3)]);
    const popup = page();
    await popup.refreshHead(await popup.loadForHead());
    const head = await popup.loadHead();
    expect(head?.glance.day).toBe(formatTrDate(today));
    expect(head?.glance.total).toBe(10);
    expect(head?.glance.rows).toHaveLength(HEAD_GLANCE_ROWS);
    expect(head?.glance.rows[0]).toMatchObject({ id: 'soonest', kind: 'extension-closing', daysLeft: 3 });
    expect(head?.glance.rows[0]?.params).toMatchObject({ daysLeft: 3 });
  });

  it('refuses a malformed or oversized head', () => {
    const good = buildListHead([sampleProfile()], 'r1', new Date('2026-11-23T10:00:00'));
    expect(parseListHead(good, 'r1')).toEqual(good);
    expect(parseListHead(good, 'r2')).toBeNull();
    for (const bad of [
      null,
      [],
      // A head written by a version that ordered the entries otherwise.
      { ...good, format: 1 },
      { ...good, format: 3 },
      { ...good, total: -1 },
      { ...good, total: 0 },
      { ...good, rows: [{ id: '../x' }] },
      { ...good, rows: [{ id: 'p-1', surname: 'x'.repeat(201) }] },
      { ...good, rows: [{ id: 'p-1', surname: 7 }] },
      { ...good, total: 1000, rows: Array.from({ length: HEAD_ROWS + 1 }, (_, i) => ({ id: `p-${i}` })) },
      { ...good, glance: undefined },
      { ...good, glance: { ...good.glance, day: '2026-11-23' } },
      {
        ...good,
        glance: { day: '23.11.2026', total: 1, rows: [{ id: 'p-1', kind: 'gone', daysLeft: 1, params: {} }] },
      },
      {
        ...good,
        glance: {
          day: '23.11.2026',
          total: 1,
          rows: [{ id: 'p-1', kind: 'extension-open', daysLeft: 1, params: { x: {} } }],
        },
      },
      {
        ...good,
        glance: {
          day: '23.11.2026',
          total: 0,
          rows: [{ id: 'p-1', kind: 'extension-open', daysLeft: 1, params: {} }],
        },
      },
    ])
      expect(parseListHead(bad, 'r1')).toBeNull();
  });

  it('is rebuilt from a full read only if nothing was written meanwhile', async () => {
    await seed([sampleProfile()]);
    const popup = page();
    const loaded = await popup.loadForHead();
    await popup.refreshHead(loaded);
    expect((await popup.loadHead())?.total).toBe(1);

    const stale = await popup.loadForHead();
    const options = page();
    await options.create({ givenName: 'Written by the options page' });
    await options.headSettled();
    await popup.refreshHead(stale);
    expect((await popup.loadHead())?.total).toBe(2);
  });
});

describe('writes from two pages', () => {
  it('never lose the other page’s write, even though each page remembers what it last read', async () => {
    await seed([sampleProfile({ id: 'p-1', givenName: 'First' })]);
    const popup = page();
    const options = page();
    await popup.load();
    await options.load();
    await popup.create({ givenName: 'From the popup' });
    await options.create({ givenName: 'From the options page' });
    await popup.create({ givenName: 'Popup again' });
    expect(await storedNames()).toEqual(['First', 'From the popup', 'From the options page', 'Popup again']);
    expect((await options.load()).profiles).toHaveLength(4);
  });
});
