/**
 * The background's side of filling: `active-profile` names the chosen profile (no values);
 * `fill-values`, asked at click time from an e-İkamet tab, reads the active profile through
 * src/profile's validated storage and sends only that profile's page-ready values of the fields
 * the page can have; `fill-messages` sends the fill texts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequestsOf, type RequestSender, route } from '../../../../src/background/router';
import { fillBackground } from '../../../../src/features/fill/background';
import { fillDisplayName } from '../../../../src/features/fill/background/fill-values-handler';
import type { FillCatalogue } from '../../../../src/i18n/catalogue';
import { protocol } from '../../../../src/protocol/protocol';
import { sampleProfile } from '../../profile/helpers';

handleRequestsOf(fillBackground);

/** A request as the content script sends it: `{ type, request }`. */
const ask = (type: string, request: unknown = {}, sender?: RequestSender) => route({ type, request }, sender);
const answerOf = async (reply: ReturnType<typeof ask>) => {
  const answer = await reply;
  if (!answer.ok) throw new Error(`refused: ${answer.error.code}`);
  return answer.value;
};

beforeEach(() => fakeBrowser.reset());

const maria = sampleProfile();
const omar = sampleProfile({
  id: 'p-omar',
  givenName: 'Omar',
  surname: 'Haddad',
  passportNumber: 'N12345678',
});

async function store(records: unknown[], activeProfileId?: string) {
  await fakeBrowser.storage.local.set({
    profiles: records,
    profiles$: { v: 2 },
    ...(activeProfileId === undefined ? {} : { activeProfileId }),
  });
}

const EIKAMET_TAB = { tab: { id: 7 }, url: 'https://e-ikamet.goc.gov.tr/Ikamet/OnKayit/Basvuru' };
/** Every field of the personal-details step, as a content script on it reports them. */
const PERSONAL_KEYS = ['givenName', 'surname', 'birthDate', 'gender', 'captcha'];

const activeValues = async (page = 'wizard-personal', keys: readonly string[] = PERSONAL_KEYS) => {
  return answerOf(ask('fill-values', { page, keys, profileId: 'p-omar' }, EIKAMET_TAB));
};

describe('active-profile', () => {
  it('names the chosen profile and sends none of its values', async () => {
    expect(await answerOf(ask('active-profile'))).toBeNull();
    await store([maria, omar], 'p-omar');
    expect(await answerOf(ask('active-profile'))).toEqual({ id: 'p-omar', displayName: 'Omar Haddad' });
  });
});

describe('fill-values', () => {
  it('is null until a profile is chosen', async () => {
    expect(await activeValues()).toBeNull();
    await store([maria, omar]);
    expect(await activeValues()).toBeNull();
  });

  it('sends only the fields the page can have, never a human gate', async () => {
    await store([maria, omar], 'p-omar');
    const value = (await activeValues('wizard-personal', [
      ...PERSONAL_KEYS,
      'passportNumber',
      'foreignerId',
    ])) as {
      values: Record<string, string>;
    };
    expect(Object.keys(value.values).sort()).toEqual(['birthDate', 'gender', 'givenName', 'surname']);
    expect(JSON.stringify(value)).not.toContain('N12345678');
    // A page that offers no fill gets nothing, whatever it asks for.
    const home = (await activeValues('home', ['givenName', 'passportNumber'])) as { values: object };
    expect(home.values).toEqual({});
  });

  it('refuses a sender that is not an e-İkamet tab, and a profile other than the button named', async () => {
    await store([maria, omar], 'p-omar');
    const request = { page: 'wizard-personal', keys: PERSONAL_KEYS, profileId: 'p-omar' };
    const refused = { ok: false, error: expect.objectContaining({ code: 'not-from-eikamet' }) };
    expect(await ask('fill-values', request, {})).toEqual(refused);
    expect(await ask('fill-values', request, { tab: { id: 1 }, url: 'https://example.org/' })).toEqual(
      refused,
    );
    const other = await ask('fill-values', { ...request, profileId: 'p-1' }, EIKAMET_TAB);
    expect(other).toEqual({ ok: true, value: null });
  });

  it('refuses a request that is not a page and its fields, and looks at no profile', async () => {
    await store([maria, omar], 'p-omar');
    for (const request of [
      { page: 'wizard-personal', keys: ['givenName', 'notAField'], profileId: 'p-omar' },
      { page: 'nowhere', keys: ['givenName'], profileId: 'p-omar' },
      { page: 'wizard-personal', keys: 'givenName', profileId: 'p-omar' },
      { page: 'wizard-personal', keys: ['givenName'] },
    ]) {
      const reply = await ask('fill-values', request, EIKAMET_TAB);
      expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'malformed-request' }) });
      expect(JSON.stringify(reply)).not.toContain('OMAR');
    }
  });

  it('sends the chosen profile’s page-ready values and name, and nothing of the others', async () => {
    await store([maria, omar], 'p-omar');
    const value = await activeValues('wizard-personal', [...PERSONAL_KEYS, 'givenNameInitials']);
    expect(protocol['fill-values'].response.parse(value)).toEqual(value);
    expect(value).toMatchObject({
      id: 'p-omar',
      displayName: 'Omar Haddad',
      values: { givenName: 'OMAR', surname: 'HADDAD', birthDate: '12.03.1990' },
    });
    // List values travel as the profile's codes; the background chooses their options when asked.
    expect(value).toMatchObject({ values: { gender: omar.gender } });
    expect(value).not.toHaveProperty('wanted');
    const sent = JSON.stringify(value);
    expect(sent).not.toContain('Garcia');
    expect(sent).not.toContain('PA1234567');
  });

  it('answers the page’s lists with the values: an option for each value the profile has', async () => {
    const { maritalStatus: _none, ...unmarked } = omar;
    await store([maria, unmarked], 'p-omar');
    const genders = [
      { value: '1', text: 'ERKEK' },
      { value: '2', text: 'KADIN' },
    ];
    const lists = {
      lang: 'tr',
      lists: [
        { key: 'gender', options: genders },
        // No value in the profile for it, and a gate the fill never gets: no choice for either.
        { key: 'maritalStatus', options: [{ value: '1', text: 'BEKAR' }] },
        { key: 'captcha', options: [{ value: 'x', text: 'X' }] },
      ],
    };
    const keys = [...PERSONAL_KEYS, 'maritalStatus'];
    const value = await answerOf(
      ask('fill-values', { page: 'wizard-personal', keys, profileId: 'p-omar', lists }, EIKAMET_TAB),
    );
    expect(protocol['fill-values'].response.parse(value)).toEqual(value);
    const wanted = omar.gender === 'female' ? genders[1] : genders[0];
    expect(value).toMatchObject({
      choices: [{ key: 'gender', value: omar.gender, answer: { option: wanted } }],
    });
    expect((value as { choices: unknown[] }).choices).toHaveLength(1);
  });

  it('is null when the chosen profile was deleted or fails validation', async () => {
    await store([maria], 'p-omar');
    expect(await activeValues()).toBeNull();
    await store([{ ...omar, birthDate: '31.02.1990' }], 'p-omar');
    expect(await activeValues()).toBeNull();
  });

  it('names the profile given name first, as the button says it', () => {
    expect(fillDisplayName({ givenName: 'Omar', surname: 'Haddad' })).toBe('Omar Haddad');
    expect(fillDisplayName({ surname: 'Haddad' })).toBe('Haddad');
    expect(fillDisplayName({ givenName: 'Omar' })).toBe('Omar');
  });
});

describe('fill-messages', () => {
  it('sends the language asked for with English as the fallback', async () => {
    const catalogue = (await answerOf(ask('fill-messages', { lang: 'ru' }))) as FillCatalogue;
    expect(catalogue.lang).toBe('ru');
    expect(catalogue.primary['fill.undo']).toBe('Отменить заполнение');
    expect(catalogue.fallback['fill.undo']).toBe('Undo fill');
    const english = (await answerOf(ask('fill-messages', { lang: 'en' }))) as FillCatalogue;
    expect(english.fallback).toEqual({});
  });

  it('refuses an unknown language', async () => {
    expect(await ask('fill-messages', { lang: 'de' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'malformed-request' }),
    });
  });
});
