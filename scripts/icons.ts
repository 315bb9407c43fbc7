/**
 * Renders the extension's icons from assets/icon.svg (48 px and up) and assets/icon-small.svg
 * (16 and 32 px, without the form lines that blur at that size) into public/icon/<size>.png,
 * where WXT picks them up for the manifest. The PNGs are committed, so a build never renders
 * anything: run `npm run icons` only after changing an SVG, and commit the result.
 * Rendered by the same headless Chromium the tests use (tests/support/launch.ts); no network.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/support/launch';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'public/icon');
mkdirSync(outDir, { recursive: true });

const context = await launchBrowser({ withExtension: false, viewport: { width: 256, height: 256 } });
try {
  const page = await context.newPage();
  for (const size of ICON_SIZES) {
    const svg = readFileSync(
      path.join(root, size <= 32 ? 'assets/icon-small.svg' : 'assets/icon.svg'),
      'utf8',
    );
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img id="icon" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
    const file = path.join(outDir, `${size}.png`);
    await page.locator('#icon').screenshot({ caret: 'initial', path: file, omitBackground: true });
    console.log(`${path.relative(root, file)} (${size}×${size})`);
  }
} finally {
  await context.close();
}
