import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { extendContentScriptBuild } from './scripts/content-script-build';

// The e-İkamet host is the only site the extension ever touches.
export const EIKAMET_MATCH = 'https://e-ikamet.goc.gov.tr/*';

const ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  96: 'icon/96.png',
  128: 'icon/128.png',
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The Firefox source zip (`npm run zip`) for the add-on store's review: the repository as
  // committed, without what test and bench runs leave behind (see docs/build.md).
  zip: {
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'screenshots/**',
      // Store listing pictures (docs/store/): nothing is built from them.
      'docs/store/screenshots/**',
      '**/*.log',
    ],
  },
  vite: () => ({ plugins: [preact()] }),
  // The content script's own build: native browser API, tables from the background, terser.
  hooks: { 'vite:build:extendConfig': extendContentScriptBuild },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'e-İkamet Assistant',
    description:
      'Explains, checks and fills Türkiye’s e-İkamet residence-permit form on request. Never submits; your data stays on this device.',
    // unlimitedStorage: a consultant's 10,000 clients with notes exceed storage.local's 10 MB quota
    // (full at ~2,080 profiles with long notes). Data still never leaves this device.
    // alarms: the vault's auto-lock. A timer dies with the stopped background worker; an alarm
    // wakes it at the idle time, so the lock reaches every open tab. It carries no data.
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // public/icon/<size>.png, rendered from assets/icon*.svg by `npm run icons` (committed).
    icons: ICONS,
    host_permissions: [EIKAMET_MATCH],
    // The main-world Kendo bridge is injected by the content script on e-İkamet pages only.
    web_accessible_resources:
      manifestVersion === 2
        ? ['kendo-bridge.js']
        : [{ resources: ['kendo-bridge.js'], matches: [EIKAMET_MATCH] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'eikamet-assistant@eikamet-assistant.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
