/**
 * What a content script's build adds to WXT's Vite config (wxt.config.ts hands this to the
 * `vite:build:extendConfig` hook). Kept out of wxt.config.ts so that a test can check it
 * without loading WXT, Vite and Babel.
 */
import type { InlineConfig, Plugin } from 'vite';

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

/** The content script's build: the two plugins above, and terser. Other builds are left as they are. */
export function extendContentScriptBuild(
  entrypoints: readonly { type: string }[],
  viteConfig: InlineConfig,
): void {
  if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
  viteConfig.plugins = [...(viteConfig.plugins ?? []), nativeBrowserApi(), recognitionTablesFromBackground()];
  // Terser packs the content script ~0.5 KB gzip tighter than the default minifier, which
  // keeps it under its 40 KB budget with the click guard. Only this bundle: it loads on
  // every e-İkamet page; the other builds keep the faster default.
  viteConfig.build = {
    ...viteConfig.build,
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, toplevel: true },
  };
}
