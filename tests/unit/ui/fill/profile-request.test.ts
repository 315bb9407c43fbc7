import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PROFILE_STORAGE_KEYS,
  touchesProfiles,
  watchProfileStorage,
} from '../../../../src/features/fill/content/profile-request';
import { ACTIVE_PROFILE_KEY, PROFILES_KEY } from '../../../../src/profile/storage';
import { SIGNAL_KEY } from '../../../../src/profile/store/keys';

beforeEach(() => fakeBrowser.reset());

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
