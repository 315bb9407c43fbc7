/**
 * The profile store's IndexedDB area: the list's order survives every kind of write (one record,
 * a few hundred, an import of thousands), and a write that fails stores nothing.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIdbArea, type RecordArea, StaleWriteError } from '../../../src/profile/store/idb-area';
import { isRecordKey } from '../../../src/profile/store/keys';

let area: RecordArea;
beforeEach(() => {
  const factory = new IDBFactory();
  area = createIdbArea({ factory: () => factory, ordered: isRecordKey });
});

const record = (n: number) => `profile:${String(n).padStart(5, '0')}`;
/** `count` record keys in an order unlike key order (so write order must come from the store). */
const shuffled = (count: number, offset = 0) =>
  Array.from({ length: count }, (_, i) => record(offset + ((i * 7919) % count)));
const itemsOf = (keys: readonly string[], value: (key: string) => unknown = (key) => ({ at: key })) =>
  Object.fromEntries(keys.map((key) => [key, value(key)]));
const recordKeys = async () => Object.keys(await area.get(null)).filter(isRecordKey);

describe('the profile store area', () => {
  // One record (a save), a few hundred (a reseal batch), thousands (an import: keys looked up at once).
  it.each([1, 300, 2_500])('keeps first-write order through writes of %i records', async (size) => {
    const first = shuffled(3_000);
    await area.write(itemsOf(first));
    // Existing records (every other one, from the end) and new ones, taking turns.
    const rewritten = first.filter((_, i) => i % 2 === 0).reverse();
    const added = shuffled(size, 10_000).reverse();
    const mixed = Array.from({ length: size }, (_, i) =>
      i % 2 === 0 ? (rewritten[i >> 1] as string) : (added[i >> 1] as string),
    );
    await area.write(itemsOf(mixed, (key) => ({ again: key })));
    const newlyAdded = mixed.filter((key) => !first.includes(key));
    expect(await recordKeys()).toEqual([...first, ...newlyAdded]);
    const all = await area.get(null);
    for (const key of mixed) expect(all[key]).toEqual({ again: key });
  });

  it('puts a removed and re-added record last; tokens and the head come before the records', async () => {
    await area.write({ ...itemsOf(shuffled(5)), profilesRev: 'r1', profilesHead: { rows: [] } });
    await area.write({ profilesRev: 'r2' }, [record(2)]);
    await area.write({ [record(2)]: { back: true }, profilesRev: 'r3' });
    const all = await area.get(null);
    expect(Object.keys(all)).toEqual([
      'profilesHead',
      'profilesRev',
      ...shuffled(5).filter((key) => key !== record(2)),
      record(2),
    ]);
    expect(all.profilesRev).toBe('r3');
    expect(await area.get(['profilesRev', 'missing'])).toEqual({ profilesRev: 'r3' });
  });

  it.each([10, 2_500])(
    'stores nothing of a %i-record write when one value cannot be stored',
    async (size) => {
      await area.write({ ...itemsOf(shuffled(20)), profilesRev: 'before' });
      const before = await area.get(null);
      const keys = [...shuffled(20).slice(0, 5), ...shuffled(size, 20_000)];
      const items: Record<string, unknown> = { ...itemsOf(keys), profilesRev: 'after' };
      items[keys[keys.length - 1] as string] = { notCloneable: () => undefined };
      await expect(area.write(items)).rejects.toBeDefined();
      expect(await area.get(null)).toEqual(before);
      expect(Object.keys(await area.get(null))).toEqual(Object.keys(before));
    },
  );

  it('hears its own writes with the new tokens', async () => {
    const heard: unknown[] = [];
    const stop = area.watch((keys, tokens) => heard.push({ keys: [...keys].sort(), tokens }));
    await area.write({ [record(1)]: { a: 1 }, profilesRev: 't1' }, [record(9)]);
    stop();
    await area.write({ profilesRev: 't2' });
    expect(heard).toEqual([
      { keys: ['profile:00001', 'profile:00009', 'profilesRev'], tokens: { profilesRev: 't1' } },
    ]);
  });

  it('writes when the expected token is still stored, and nothing (heard by no one) when it is not', async () => {
    await area.write({ ...itemsOf(shuffled(3)), profilesRev: 't1' });
    await area.write({ [record(1)]: { saved: 1 }, profilesRev: 't2' }, [], { profilesRev: 't1' });
    expect(await area.get([record(1), 'profilesRev'])).toEqual({
      [record(1)]: { saved: 1 },
      profilesRev: 't2',
    });

    const before = await area.get(null);
    const heard: unknown[] = [];
    const stop = area.watch((keys) => heard.push(keys));
    // Another page wrote t2 since this one read t1: a record, a new one and a removal, all refused.
    await expect(
      area.write({ [record(1)]: { stale: 1 }, [record(7)]: { stale: 7 }, profilesRev: 't3' }, [record(2)], {
        profilesRev: 't1',
      }),
    ).rejects.toBeInstanceOf(StaleWriteError);
    stop();
    expect(await area.get(null)).toEqual(before);
    expect(heard).toEqual([]);
  });
});
