/**
 * The overlay's two user settings, kept in `storage.local` (never synced, never sent anywhere).
 * Plain `browser.storage` instead of `@wxt-dev/storage` keeps the content script small; every
 * read is type-checked by hand because storage does not validate anything.
 */
import { browser } from 'wxt/browser';
import { isLanguage, type Language } from '../../contracts/languages';
import { LANGUAGE_KEY, PANEL_COLLAPSED_KEY } from '../../contracts/storage-keys';

export interface OverlaySettings {
  /** Undefined: follow the browser's languages. */
  readonly language: Language | undefined;
  /** Undefined: the user never toggled the panel, so the window width decides. */
  readonly panelCollapsed: boolean | undefined;
}

function parseSettings(raw: Record<string, unknown>): OverlaySettings {
  const language = raw[LANGUAGE_KEY];
  const collapsed = raw[PANEL_COLLAPSED_KEY];
  return {
    language: isLanguage(language) ? language : undefined,
    panelCollapsed: typeof collapsed === 'boolean' ? collapsed : undefined,
  };
}

export async function loadSettings(): Promise<OverlaySettings> {
  return parseSettings(await browser.storage.local.get([LANGUAGE_KEY, PANEL_COLLAPSED_KEY]));
}

/** The same key the popup writes: one choice for the whole assistant. */
export async function saveLanguage(language: Language): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: language });
}

export async function savePanelCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [PANEL_COLLAPSED_KEY]: collapsed });
}

/** Calls back with fresh settings whenever either key changes (e.g. a language switch in the popup). */
export function watchSettings(onChange: (settings: OverlaySettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes || PANEL_COLLAPSED_KEY in changes)) return;
    void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
