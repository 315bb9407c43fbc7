/**
 * The background's side of filling: `active-profile-values` reads the active profile through
 * src/profile's validated storage and sends only that profile's page-ready values;
 * `fill-messages` sends the fill texts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import '../../../../src/background/profile-handler';
import { fillDisplayName } from '../../../../src/background/profile-handler';
import { route } from '../../../../src/background/router';
import { parseActiveProfileValues } from '../../../../src/ui/overlay/fill/profile-request';
import { parseFillCatalogue } from '../../../../src/ui/overlay/fill/text';
import { sampleProfile } from '../../profile/helpers';

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

const activeValues = async () => {
  const reply = await route({ type: 'active-profile-values' });
  expect(reply.ok).toBe(true);
  return reply.value;
};

describe('active-profile-values', () => {
  it('is null until a profile is chosen', async () => {
    expect(await activeValues()).toBeNull();
    await store([maria, omar]);
    expect(await activeValues()).toBeNull();
  });

  it('sends the chosen profile’s page-ready values and name, and nothing of the others', async () => {
    await store([maria, omar], 'p-omar');
    const value = await activeValues();
    expect(parseActiveProfileValues(value)).toEqual(value);
    expect(value).toMatchObject({
      id: 'p-omar',
      displayName: 'Omar Haddad',
      values: { givenName: 'OMAR', surname: 'HADDAD', givenNameInitials: 'OM', birthDate: '12.03.1990' },
    });
    // List values travel with their descriptions, for a Turkish and an English page.
    expect(value).toMatchObject({
      wanted: {
        tr: { gender: { texts: expect.arrayContaining(['Kadın']) } },
        en: { gender: { texts: expect.arrayContaining(['Female']) } },
      },
    });
    const sent = JSON.stringify(value);
    expect(sent).not.toContain('Garcia');
    expect(sent).not.toContain('PA1234567');
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
    const reply = await route({ type: 'fill-messages', lang: 'ru' });
    const catalogue = parseFillCatalogue(reply.value);
    expect(catalogue?.lang).toBe('ru');
    expect(catalogue?.primary['fill.undo']).toBe('Отменить заполнение');
    expect(catalogue?.fallback['fill.undo']).toBe('Undo fill');
    const english = parseFillCatalogue((await route({ type: 'fill-messages', lang: 'en' })).value);
    expect(english?.fallback).toEqual({});
  });

  it('refuses an unknown language', async () => {
    expect((await route({ type: 'fill-messages', lang: 'de' })).ok).toBe(false);
  });
});
