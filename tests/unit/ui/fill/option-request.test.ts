/**
 * The fill's list choices, answered by the background: the content script sends a list's
 * options with the value being filled and gets back the option to set, or why there is none.
 */
import { describe, expect, it, vi } from 'vitest';
import '../../../../src/background/option-choice-handler';
import { route } from '../../../../src/background/router';
import { backgroundChooser, parseOptionAnswer } from '../../../../src/ui/overlay/fill/option-request';

const EIKAMET_TAB = { tab: { id: 7 }, url: 'https://e-ikamet.goc.gov.tr/Ikamet/OnKayit/Basvuru' };
const GENDERS = [
  { value: '1', text: 'ERKEK' },
  { value: '2', text: 'KADIN' },
];
const PURPOSES = [
  { value: '11', text: 'KISA DÖNEM / TURİZM AMAÇLI KALACAKLAR' },
  { value: '12', text: 'KISA DÖNEM / SAĞLIK TURİZMİ' },
];

async function choose(lang: string, questions: unknown, sender: object = EIKAMET_TAB) {
  return route({ type: 'choose-options', lang, questions }, sender);
}

describe('choose-options', () => {
  it('answers each list with the option meaning the profile value', async () => {
    const reply = await choose('tr', [
      { key: 'gender', value: 'female', options: GENDERS },
      { key: 'permitPurpose', value: 'tourism', options: PURPOSES },
    ]);
    expect(reply).toEqual({
      ok: true,
      value: [{ option: { value: '2', text: 'KADIN' } }, { option: PURPOSES[0] }],
    });
  });

  it('names the closest options, and the words to search by, when the value is not listed', async () => {
    const reply = await choose('en', [
      { key: 'district', value: 'Kadıköy', options: [{ value: '5', text: 'Kadıköy Merkez' }] },
    ]);
    expect(reply.value).toEqual([
      { reason: 'option-not-found', closest: ['Kadıköy Merkez'], queries: ['Kadıköy'] },
    ]);
  });

  it('answers only e-İkamet tabs, and refuses malformed or oversized requests', async () => {
    const question = { key: 'gender', value: 'female', options: GENDERS };
    expect((await choose('tr', [question], {})).ok).toBe(false);
    expect((await choose('tr', [question], { tab: { id: 1 }, url: 'https://example.org/' })).ok).toBe(false);
    expect((await choose('de', [question])).ok).toBe(false);
    expect((await choose('tr', [{ ...question, key: 'notAField' }])).ok).toBe(false);
    expect((await choose('tr', [{ ...question, options: [{ value: 1, text: 'x' }] }])).ok).toBe(false);
    expect(
      (
        await choose(
          'tr',
          Array.from({ length: 65 }, () => question),
        )
      ).ok,
    ).toBe(false);
  });
});

describe('the content script’s chooser', () => {
  it('asks once for many lists, then answers the same questions without asking again', async () => {
    const ask = vi.fn(async (_type: string, payload: Record<string, unknown> = {}) => {
      const reply = await route({ ...payload, type: 'choose-options' }, EIKAMET_TAB);
      return reply.value;
    });
    const chooser = backgroundChooser(ask);
    const question = { key: 'gender' as const, value: 'female', options: GENDERS };
    expect(chooser.known('tr', question)).toBeUndefined();
    await chooser.ask('tr', [question, { key: 'permitPurpose', value: 'tourism', options: PURPOSES }]);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(chooser.known('tr', question)).toEqual({ option: { value: '2', text: 'KADIN' } });
    // Other options (the page changed the list): not known, asked again.
    expect(chooser.known('tr', { ...question, options: GENDERS.slice(0, 1) })).toBeUndefined();
  });

  it('counts anything malformed in an answer as not found', () => {
    expect(parseOptionAnswer(null)).toEqual({ reason: 'option-not-found' });
    expect(parseOptionAnswer({ option: { value: 2, text: 'KADIN' } })).toEqual({
      reason: 'option-not-found',
    });
    expect(parseOptionAnswer({ reason: 'option-ambiguous', closest: [1], queries: ['a'] })).toEqual({
      reason: 'option-ambiguous',
      queries: ['a'],
    });
  });
});
