import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e-İkamet host is the only site the extension ever touches.
export const EIKAMET_MATCH = 'https://e-ikamet.goc.gov.tr/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'e-İkamet Assistant',
    description:
      'Explains, checks and fills Türkiye’s e-İkamet residence-permit form on request. Never submits; your data stays on this device.',
    // unlimitedStorage: a consultant's 10,000 clients with notes exceed storage.local's 10 MB quota
    // (full at ~2,080 profiles with long notes). Data still never leaves this device.
    permissions: ['storage', 'unlimitedStorage'],
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
