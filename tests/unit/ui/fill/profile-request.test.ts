import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACTIVE_PROFILE_KEY, PROFILES_KEY } from '../../../../src/profile/storage';
import { SIGNAL_KEY } from '../../../../src/profile/store/keys';
import {
  describeFromAnswer,
  PROFILE_STORAGE_KEYS,
  parseActiveProfileValues,
  touchesProfiles,
  watchProfileStorage,
} from '../../../../src/ui/overlay/fill/profile-request';

beforeEach(() => fakeBrowser.reset());

describe('the active profile as the content script receives it', () => {
  it('keeps a well-formed answer, dropping anything that is not a field value', () => {
    const parsed = parseActiveProfileValues({
      id: 'p-1',
      displayName: 'Omar Haddad',
      values: { givenName: 'OMAR', notAField: 'x', birthDate: 4, surname: 'HADDAD' },
      extra: 'ignored',
    });
    expect(parsed).toEqual({
      id: 'p-1',
      displayName: 'Omar Haddad',
      values: { givenName: 'OMAR', surname: 'HADDAD' },
      wanted: { tr: {}, en: {} },
    });
  });

  it('keeps well-formed list descriptions and answers the fill engine from them', () => {
    const parsed = parseActiveProfileValues({
      id: 'p-1',
      displayName: 'Omar Haddad',
      values: { nationality: 'SY' },
      wanted: {
        tr: {
          nationality: {
            codes: ['SY'],
            texts: ['SY', 'Suriye', 'Syria'],
            words: { qualifiers: ['arap', 'cumhuriyeti'], filler: 'x', added: [1] },
          },
          bogus: { codes: [], texts: [] },
        },
        en: { nationality: { codes: 'SY', texts: ['Syria'] }, gender: { codes: ['male'], texts: [1] } },
      },
    });
    // The list's words arrive too; malformed word lists are left out.
    expect(parsed?.wanted).toEqual({
      tr: {
        nationality: {
          codes: ['SY'],
          texts: ['SY', 'Suriye', 'Syria'],
          words: { qualifiers: ['arap', 'cumhuriyeti'] },
        },
      },
      en: {},
    });
    if (!parsed) throw new Error('parsed');
    const describe = describeFromAnswer(parsed);
    expect(describe('nationality', 'SY', 'tr').texts).toContain('Suriye');
    // Not described for English pages: the value alone is tried, as code and as text.
    expect(describe('nationality', 'SY', 'en')).toEqual({ codes: ['SY'], texts: ['SY'] });
  });

  it('counts a missing or malformed answer as no profile', () => {
    for (const value of [
      null,
      undefined,
      'p-1',
      {},
      { id: 'p-1', displayName: 'X' },
      { id: 1, displayName: 'X', values: {} },
    ])
      expect(parseActiveProfileValues(value)).toBeNull();
  });
});

describe('watching the stored profiles', () => {
  it('watches the keys src/profile stores profiles and the choice under', () => {
    const bare = (key: string) => key.replace(/^local:/, '');
    expect(PROFILE_STORAGE_KEYS).toEqual([
      bare(PROFILES_KEY),
      `${bare(PROFILES_KEY)}$`,
      bare(ACTIVE_PROFILE_KEY),
      SIGNAL_KEY,
    ]);
    expect(touchesProfiles(['activeProfileId'])).toBe(true);
    // Every write of the profile store (which content scripts cannot see) changes this token.
    expect(touchesProfiles([SIGNAL_KEY])).toBe(true);
    expect(touchesProfiles(['profile:p-1'])).toBe(true);
    expect(touchesProfiles(['ui:language', 'ui:panelCollapsed'])).toBe(false);
  });

  it('calls back on a profile or choice change in storage.local only', async () => {
    const onChange = vi.fn();
    const stop = watchProfileStorage(onChange);
    await fakeBrowser.storage.local.set({ 'ui:language': 'tr' });
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ activeProfileId: 'p-1' });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ activeProfileId: 'p-2' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
