/**
 * Two pages (popup and options) editing the same profile: the second save is refused with
 * "changed in another window", "keep mine" saves over it, and no save is ever silently lost.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHANGED_ELSEWHERE, createProfileRepository } from '../../../src/profile/repository';
import { sampleProfile, seedLegacy, storedRecords } from './helpers';

beforeEach(() => fakeBrowser.reset());

async function twoPages() {
  await seedLegacy([sampleProfile({ id: 'p-1', notes: 'original' })]);
  const popup = createProfileRepository();
  const options = createProfileRepository();
  const inPopup = (await popup.load()).profiles[0];
  const inOptions = (await options.load()).profiles[0];
  if (!inPopup || !inOptions) throw new Error('not seeded');
  return { popup, options, inPopup, inOptions };
}

describe('saving a profile open in two windows', () => {
  it('refuses the second save with "changed in another window" and keeps the first', async () => {
    const { popup, options, inPopup, inOptions } = await twoPages();
    await popup.update({ ...inPopup, notes: 'from the popup' }, { base: inPopup });
    await expect(
      options.update({ ...inOptions, notes: 'from options' }, { base: inOptions }),
    ).rejects.toMatchObject({ reason: { key: CHANGED_ELSEWHERE } });
    expect(await storedRecords()).toMatchObject([{ id: 'p-1', notes: 'from the popup' }]);
  });

  it('saves over it on "keep mine", and "reload" reads the other window’s version', async () => {
    const { popup, options, inPopup, inOptions } = await twoPages();
    await popup.update({ ...inPopup, notes: 'from the popup' }, { base: inPopup });
    const reloaded = (await options.load()).profiles[0];
    expect(reloaded?.notes).toBe('from the popup');
    await options.update({ ...inOptions, notes: 'from options' }, { base: inOptions, keepMine: true });
    expect(await storedRecords()).toMatchObject([{ notes: 'from options' }]);
  });

  it('accepts a save from the reloaded version, and each save makes updatedAt grow', async () => {
    const { popup, options, inPopup } = await twoPages();
    const first = await popup.update(
      { ...inPopup, notes: 'one' },
      { base: inPopup, now: new Date('2026-01-01T10:00:00Z') },
    );
    const fresh = (await options.load()).profiles[0];
    if (!fresh) throw new Error('gone');
    // Same clock reading as the first save: the stamp still moves on, so the next compare works.
    const second = await options.update(
      { ...fresh, notes: 'two' },
      { base: fresh, now: new Date('2026-01-01T10:00:00Z') },
    );
    expect(Date.parse(second.profile.updatedAt)).toBeGreaterThan(Date.parse(first.profile.updatedAt));
    await expect(
      popup.update({ ...first.profile, notes: 'three' }, { base: first.profile }),
    ).rejects.toMatchObject({
      reason: { key: CHANGED_ELSEWHERE },
    });
    expect(await storedRecords()).toMatchObject([{ notes: 'two' }]);
  });

  it('loses no update when many saves race: each is stored or refused, never overwritten unseen', async () => {
    const { popup, options, inPopup, inOptions } = await twoPages();
    const results = await Promise.allSettled([
      popup.update({ ...inPopup, notes: 'popup' }, { base: inPopup }),
      options.update({ ...inOptions, notes: 'options' }, { base: inOptions }),
    ]);
    const saved = results.filter((result) => result.status === 'fulfilled');
    expect(saved).toHaveLength(1);
    const winner = saved[0]?.status === 'fulfilled' ? saved[0].value.profile.notes : undefined;
    expect(await storedRecords()).toMatchObject([{ notes: winner }]);
  });

  it('tells the other window about a save', async () => {
    const { popup, options, inPopup } = await twoPages();
    const seen: (string | undefined)[] = [];
    const stop = options.watch((state) => seen.push(state.profiles[0]?.notes));
    await popup.update({ ...inPopup, notes: 'from the popup' }, { base: inPopup });
    await expect.poll(() => seen).toContain('from the popup');
    stop();
  });
});

describe('a save from a window that has not heard of another window’s save', () => {
  it('goes through without losing the other save, of another profile or of the same one', async () => {
    await seedLegacy([
      sampleProfile({ id: 'p-1', notes: 'one' }),
      sampleProfile({ id: 'p-2', notes: 'two' }),
    ]);
    const popup = createProfileRepository();
    const options = createProfileRepository();
    const [popupOne, popupTwo] = (await popup.load()).profiles;
    const [optionsOne] = (await options.load()).profiles;
    if (!popupOne || !popupTwo || !optionsOne) throw new Error('not seeded');
    // The options page saves p-1; the popup, still holding its earlier copy, saves p-2.
    await options.update({ ...optionsOne, notes: 'one, from options' }, { base: optionsOne });
    const saved = await popup.update({ ...popupTwo, notes: 'two, from the popup' }, { base: popupTwo });
    expect(saved.state.profiles.map((profile) => profile.notes)).toEqual([
      'one, from options',
      'two, from the popup',
    ]);
    expect(await storedRecords()).toMatchObject([
      { notes: 'one, from options' },
      { notes: 'two, from the popup' },
    ]);
    // Its stale copy of p-1 does not hide the other window’s save of it.
    await expect(
      popup.update({ ...popupOne, notes: 'one, from the popup' }, { base: popupOne }),
    ).rejects.toMatchObject({
      reason: { key: CHANGED_ELSEWHERE },
    });
    expect(await storedRecords()).toMatchObject([
      { notes: 'one, from options' },
      { notes: 'two, from the popup' },
    ]);
  });
});
