/**
 * The fill's list choices, answered by the background: the content script sends a list's
 * options with the value being filled and gets back the option to set, or why there is none.
 */
import { describe, expect, it, vi } from 'vitest';
import { handleRequestsOf, route } from '../../../../src/background/router';
import { fillBackground } from '../../../../src/features/fill/background';
import { backgroundChooser } from '../../../../src/features/fill/content/option-request';
import type { Send } from '../../../../src/protocol/send';
import { sendHere } from '../../background/send-here';

handleRequestsOf(fillBackground);

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
  return route({ type: 'choose-options', request: { lang, questions } }, sender);
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
    expect(reply).toEqual({
      ok: true,
      value: [{ reason: 'option-not-found', closest: ['Kadıköy Merkez'], queries: ['Kadıköy'] }],
    });
  });

  it('answers only e-İkamet tabs, and refuses malformed or oversized requests', async () => {
    const question = { key: 'gender', value: 'female', options: GENDERS };
    const refused = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });
    expect(await choose('tr', [question], {})).toEqual(refused('not-from-eikamet'));
    expect(await choose('tr', [question], { tab: { id: 1 }, url: 'https://example.org/' })).toEqual(
      refused('not-from-eikamet'),
    );
    expect(await choose('de', [question])).toEqual(refused('malformed-request'));
    expect(await choose('tr', [{ ...question, key: 'notAField' }])).toEqual(refused('malformed-request'));
    expect(await choose('tr', [{ ...question, options: [{ value: 1, text: 'x' }] }])).toEqual(
      refused('malformed-request'),
    );
    expect(
      await choose(
        'tr',
        Array.from({ length: 65 }, () => question),
      ),
    ).toEqual(refused('malformed-request'));
  });
});

describe('the content script’s chooser', () => {
  it('asks once for many lists, then answers the same questions without asking again', async () => {
    const ask = vi.fn(sendHere(EIKAMET_TAB));
    const chooser = backgroundChooser(ask as Send);
    const question = { key: 'gender' as const, value: 'female', options: GENDERS };
    expect(chooser.known('tr', question)).toBeUndefined();
    await chooser.ask('tr', [question, { key: 'permitPurpose', value: 'tourism', options: PURPOSES }]);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(chooser.known('tr', question)).toEqual({ option: { value: '2', text: 'KADIN' } });
    // Other options (the page changed the list): not known, asked again.
    expect(chooser.known('tr', { ...question, options: GENDERS.slice(0, 1) })).toBeUndefined();
  });
});
