import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The e-İkamet host is the only site the extension ever touches.
export const EIKAMET_MATCH = 'https://e-ikamet.goc.gov.tr/*';

const ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  96: 'icon/96.png',
  128: 'icon/128.png',
};

/**
 * The content script uses the browser's own promise API (`browser` in Firefox, `chrome` in
 * Chrome MV3) instead of webextension-polyfill, which is 2.7 KB gzip of its 40 KB budget: it
 * only sends messages, reads storage and watches storage changes, which both browsers return
 * as promises natively. The polyfill stays everywhere else: the background's onMessage
 * listener answers by returning a promise, which only the polyfill supports in Chrome.
 */
function nativeBrowserApi(): Plugin {
  return {
    name: 'eikamet:native-browser-api',
    enforce: 'pre',
    async resolveId(id, importer) {
      // The polyfill module aliases `wxt/browser` to this id; WXT's own `wxt/browser` target
      // is the plain `globalThis.browser ?? chrome` choice.
      if (id !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/**
 * The content script's recognition tables come from the background (src/page/remote-tables.ts):
 * in its build only, the field and page catalogues resolve to modules with the same exports that
 * read the tables the background sent. A tenth of the script's 40 KB gzip budget; the background,
 * the extension pages and the tests import the catalogues themselves.
 */
const REMOTE_TABLES = /\/src\/page\/(catalogue|pages)\.ts$/;

function recognitionTablesFromBackground(): Plugin {
  return {
    name: 'eikamet:recognition-tables-from-background',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!importer || !/\/(catalogue|pages)(\.ts)?$/.test(id)) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved && REMOTE_TABLES.test(resolved.id) ? resolved.id.replace(/\.ts$/, '.remote.ts') : null;
    },
  };
}

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
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) {
        viteConfig.plugins = [
          ...(viteConfig.plugins ?? []),
          nativeBrowserApi(),
          recognitionTablesFromBackground(),
        ];
        // Terser packs the content script ~0.5 KB gzip tighter than the default minifier, which
        // keeps it under its 40 KB budget with the click guard. Only this bundle: it loads on
        // every e-İkamet page; the other builds keep the faster default.
        viteConfig.build = {
          ...viteConfig.build,
          minify: 'terser',
          terserOptions: { compress: { passes: 2 }, toplevel: true },
        };
      }
    },
  },
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
