import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Chromium is found from CHROMIUM_PATH, then Debian's package, then Playwright's own
 * download. Returns undefined to let Playwright use its own install.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (existsSync(candidate)) return candidate;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found. Install one with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
}

/** Flags that keep headless Chromium quiet on a machine with no network but the replica. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];
