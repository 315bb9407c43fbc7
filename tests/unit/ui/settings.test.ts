import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGE_KEY, PANEL_COLLAPSED_KEY } from '../../../src/contracts/storage-keys';
import { loadSettings, savePanelCollapsed, watchSettings } from '../../../src/ui/overlay/settings';

beforeEach(() => fakeBrowser.reset());

describe('overlay settings', () => {
  it('are undefined until the user chooses', async () => {
    expect(await loadSettings()).toEqual({ language: undefined, panelCollapsed: undefined });
  });

  it('read the stored language and panel state, ignoring malformed values', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'ar', [PANEL_COLLAPSED_KEY]: true });
    expect(await loadSettings()).toEqual({ language: 'ar', panelCollapsed: true });
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'klingon', [PANEL_COLLAPSED_KEY]: 'yes' });
    expect(await loadSettings()).toEqual({ language: undefined, panelCollapsed: undefined });
  });

  it('remember the collapsed panel under ui:panelCollapsed', async () => {
    await savePanelCollapsed(false);
    expect(await fakeBrowser.storage.local.get(PANEL_COLLAPSED_KEY)).toEqual({ 'ui:panelCollapsed': false });
  });

  it('report a language switch made elsewhere', async () => {
    const onChange = vi.fn();
    const stop = watchSettings(onChange);
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'ru' });
    await vi.waitFor(() =>
      expect(onChange).toHaveBeenCalledWith({ language: 'ru', panelCollapsed: undefined }),
    );
    stop();
  });
});
