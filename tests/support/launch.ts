import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** Where `wxt build` puts the Chrome MV3 build. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export interface LaunchOptions {
  /** Load the built extension (default true). */
  readonly withExtension?: boolean;
  readonly headless?: boolean;
  readonly viewport?: { width: number; height: number };
  readonly locale?: string;
}

/**
 * A fresh persistent Chromium profile: extensions only load in a persistent context.
 * Shared by the e2e fixture, the demo and the bench so all three see the same browser.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserContext> {
  const { withExtension = true, headless = true, viewport = { width: 1366, height: 900 }, locale } = options;
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
    : [];
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'eikamet-')), {
    executablePath: findChromium(),
    headless,
    viewport,
    locale,
    args: [...CHROMIUM_ARGS, ...extensionArgs],
  });
}
