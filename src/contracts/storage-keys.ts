/**
 * `storage.local` keys that more than one world reads or writes: the overlay (content script),
 * the popup and the options page. Plain strings, as `browser.storage` names them; code that
 * reads them through `@wxt-dev/storage` adds the `local:` area prefix itself.
 */

/** The language the user chose for the assistant (`'tr' | 'en' | 'ar' | 'ru'`), one for every surface. */
export const LANGUAGE_KEY = 'ui:language';
/** Whether the user collapsed the overlay's side panel to its tab (`boolean`). */
export const PANEL_COLLAPSED_KEY = 'ui:panelCollapsed';
/**
 * Written on every vault lock and unlock (`src/profile/vault/session.ts`), holding only a time,
 * so content scripts (which cannot read `storage.session`) ask the background again.
 */
export const VAULT_SIGNAL_KEY = 'vault:signal';
