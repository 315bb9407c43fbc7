/**
 * Writes DOM snapshots of every replica page (tests/support/replica.ts REPLICA_PAGES) in TR and
 * EN to tests/fixtures/eikamet/snapshots/{tr,en}/<id>.html, for unit tests that recognise pages
 * in happy-dom without a browser.
 *
 * Each snapshot is the live DOM after the page's scripts ran: wizard steps inserted, Kendo
 * widgets initialised, server lists loaded (the page sets window.replicaReady). Script and
 * stylesheet-link elements are removed, and Kendo's random GUID ids are renumbered so that a
 * regenerated snapshot only differs where the replica changed. One more file per language,
 * wizard-personal.before-script.html, is the wizard page as the server sends it, before any
 * script ran (an empty step container; script and stylesheet tags removed likewise).
 *
 * Run: npm run snapshot:replica   (headless system Chromium, no extension)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { handleReplicaRequest } from '../tests/fixtures/eikamet/server/routes';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import {
  REPLICA_LANGS,
  REPLICA_PAGES,
  type ReplicaLang,
  replicaUrl,
  routeReplica,
} from '../tests/support/replica';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests/fixtures/eikamet/snapshots');

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

/** Replaces each distinct GUID with `kendo-guid-<n>`, numbered in order of appearance. */
function renumberGuids(html: string): string {
  const seen = new Map<string, string>();
  return html.replace(GUID, (guid) => {
    let replacement = seen.get(guid);
    if (!replacement) {
      replacement = `kendo-guid-${seen.size + 1}`;
      seen.set(guid, replacement);
    }
    return replacement;
  });
}

function write(lang: ReplicaLang, name: string, html: string): void {
  const file = path.join(OUT, lang, `${name}.html`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html.endsWith('\n') ? html : `${html}\n`);
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    for (const lang of REPLICA_LANGS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await routeReplica(context, { lang });
      for (const replicaPage of REPLICA_PAGES) {
        // A fresh tab each time: the wizard keeps its values in sessionStorage, per tab.
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(replicaUrl(replicaPage.path));
        await page.waitForFunction(
          () => (window as unknown as { replicaReady?: boolean }).replicaReady === true,
        );
        if (errors.length) throw new Error(`${lang} ${replicaPage.id}: ${errors.join('; ')}`);
        const html = await page.evaluate(() => {
          const root = document.documentElement.cloneNode(true) as HTMLElement;
          // Scripts would not run in happy-dom anyway; stylesheet links only make it log load errors.
          for (const element of root.querySelectorAll('script, link[rel="stylesheet"]')) element.remove();
          return `<!DOCTYPE html>\n${root.outerHTML}`;
        });
        write(lang, replicaPage.id, renumberGuids(html));
        await page.close();
      }
      await context.close();

      const raw = handleReplicaRequest(
        { method: 'GET', url: replicaUrl('/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk') },
        lang,
      );
      const served = raw.body
        .toString()
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*|<link [^>]*rel="stylesheet"[^>]*>\s*/g, '');
      write(lang, 'wizard-personal.before-script', served);
    }
  } finally {
    await browser.close();
  }
}

await main();
