import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/**
 * Where `wxt build` puts the Chrome MV3 build, or EIKAMET_EXTENSION_DIR when set (a copy of a
 * build, so a rebuild in the working tree cannot swap files under a running test).
 */
export const EXTENSION_DIR = path.resolve(process.env.EIKAMET_EXTENSION_DIR ?? '.output/chrome-mv3');

export interface LaunchOptions {
  /** Load the built extension (default true). */
  readonly withExtension?: boolean;
  readonly headless?: boolean;
  readonly viewport?: { width: number; height: number } | null;
  readonly locale?: string;
  /**
   * Use (and keep) this profile directory instead of a fresh temporary one: a test that restarts
   * the browser on the same profile, or reads its files, removes it itself.
   */
  readonly profileDir?: string;
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
  const keep = options.profileDir !== undefined;
  const profileDir = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'eikamet-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless,
    viewport,
    locale,
    args: [...CHROMIUM_ARGS, ...extensionArgs],
  });
  // Chromium may still be writing the profile as 'close' fires; a leftover temp dir is harmless.
  context.on('close', () => {
    if (keep) return;
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {}
  });
  return context;
}
