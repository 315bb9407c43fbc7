/**
 * Live warnings in the browser, on the replica, driven like a user would (typing into the
 * DatePicker's input, picking a Kendo list option):
 *
 * - change → warning: from the change the user made (the input event of the date, the click on
 *   the list option, both timestamped in the page) to the moment the `[data-rule]` element
 *   appears in or disappears from the panel (a MutationObserver on our open shadow root, same
 *   page clock). Neither waits for a pause: every change is checked at once.
 * - overlay ready: DOMContentLoaded → the panel shows its texts (the catalogue has arrived
 *   from the background; `data-page` is on the host earlier, see the mount figure above).
 * - content-script heap after 100 edits. Content scripts share the page's V8 isolate, so the
 *   heap cannot be read for the content script alone: the figure is the page's JSHeapUsedSize
 *   (CDP `Performance.getMetrics`, after `HeapProfiler.collectGarbage`) with the extension minus
 *   the same page after the same 100 edits without it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launchBrowser } from '../../tests/support/launch';
import { REPLICA_ORIGIN, routeReplica } from '../../tests/support/replica';
import { median } from './stats';

const HOST = 'eikamet-assistant';
const PASSPORT = '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk';

/** Page-side probe: input and option-click times, and when each rule's element comes and goes. */
const PROBE = `(() => {
  const live = (window.__live = { lastInput: 0, lastClick: 0, marks: [], dcl: null, ready: null });
  document.addEventListener('DOMContentLoaded', () => { live.dcl = performance.now(); }, { once: true });
  document.addEventListener('input', () => { live.lastInput = performance.now(); }, true);
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[role="option"]')) live.lastClick = performance.now();
  }, true);
  const present = {};
  const watchRoot = (root) => {
    const check = () => {
      const name = root.querySelector('[data-page-name]');
      if (live.ready === null && name && name.textContent) live.ready = performance.now();
      for (const rule of ['passport-validity', 'insurance-age']) {
        const now = root.querySelector('[data-findings] [data-rule="' + rule + '"]') !== null;
        if (now !== (present[rule] || false)) {
          present[rule] = now;
          live.marks.push({ rule, present: now, t: performance.now() });
        }
      }
    };
    new MutationObserver(check).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    check();
  };
  const find = new MutationObserver(() => {
    const host = document.querySelector('${HOST}');
    if (host && host.shadowRoot) { find.disconnect(); watchRoot(host.shadowRoot); }
  });
  find.observe(document, { childList: true, subtree: true });
})();`;

interface LiveProbe {
  lastInput: number;
  lastClick: number;
  marks: { rule: string; present: boolean; t: number }[];
  dcl: number | null;
  ready: number | null;
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __live: LiveProbe }).__live);

function trDate(days: number, years = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + years);
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { replicaReady?: boolean }).replicaReady === true);
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'İleri', exact: true }).click();
  await ready(page);
}

async function pick(page: Page, inputId: string, text: string): Promise<void> {
  const option = page.getByRole('option', { name: text, exact: true });
  // A click on the widget while its list is still closing from the last pick is lost: retry.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.locator(`.k-dropdownlist:has(#${inputId})`).click();
    if (
      await option.waitFor({ state: 'visible', timeout: 1_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
  }
  await option.click();
  await option.waitFor({ state: 'hidden' });
}

/** Waits for the rule's element to reach `present` after mark `after`; returns the mark's time. */
async function markTime(page: Page, rule: string, present: boolean, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([wanted, state, count]) => {
      const { marks } = (window as unknown as { __live: LiveProbe }).__live;
      const mark = marks
        .slice(count as number)
        .find((entry) => entry.rule === wanted && entry.present === state);
      return mark ? mark.t : null;
    },
    [rule, present, after] as const,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Up to the permit step: passport expiry typed on step 2, short-term permit, a start date. */
async function toPermitStep(page: Page): Promise<void> {
  await page.goto(REPLICA_ORIGIN + PASSPORT);
  await ready(page);
  await page.locator('#SeyahatBelgesi_GecerlilikTarihi').fill(trDate(200));
  await page.keyboard.press('Tab');
  await next(page);
  await pick(page, 'IkametIzni_Turu', 'Kısa Dönem İkamet İzni');
  await page.locator('#IkametIzni_BaslangicTarihi').fill(trDate(10));
}

/** One edit of the requested end date: a date the passport does not outlast, or one it does. */
async function editEnd(page: Page, wrong: boolean): Promise<number> {
  const before = (await probe(page)).marks.length;
  await page.locator('#IkametIzni_BitisTarihi').fill(wrong ? trDate(365) : trDate(120));
  const at = await markTime(page, 'passport-validity', wrong, before);
  return at - (await probe(page)).lastInput;
}

async function dateLatencies(context: BrowserContext, runs: number): Promise<number[]> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await toPermitStep(page);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    samples.push(await editEnd(page, true));
    samples.push(await editEnd(page, false));
  }
  await page.close();
  return samples;
}

async function listLatencies(context: BrowserContext, runs: number): Promise<number[]> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${REPLICA_ORIGIN}/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk`);
  await ready(page);
  await page.locator('#Kisisel_DogumTarihi').fill(trDate(-30, -70));
  await page.keyboard.press('Tab');
  await next(page);
  await next(page);
  await pick(page, 'IkametIzni_Turu', 'Kısa Dönem İkamet İzni');
  await next(page);
  await next(page);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const [option, present] of [
      ['Özel Sağlık Sigortası', true],
      ['18 yaş altı ve 65 yaş üstü olanlar', false],
    ] as const) {
      const before = (await probe(page)).marks.length;
      await pick(page, 'Sigorta_Turu', option);
      const at = await markTime(page, 'insurance-age', present, before);
      samples.push(at - (await probe(page)).lastClick);
    }
  }
  await page.close();
  return samples;
}

async function readyDelays(context: BrowserContext, runs: number): Promise<number[]> {
  const delays: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(REPLICA_ORIGIN + PASSPORT);
    await page.waitForFunction(() => (window as unknown as { __live: LiveProbe }).__live.ready !== null);
    const { dcl, ready: shown } = await probe(page);
    if (dcl !== null && shown !== null) delays.push(shown - dcl);
    await page.close();
  }
  return delays;
}

/** JSHeapUsedSize of the page after 100 edits of the end date, garbage collected first. */
async function heapAfterEdits(context: BrowserContext, withExtension: boolean): Promise<number> {
  const page = await context.newPage();
  if (withExtension) await page.addInitScript(PROBE);
  await toPermitStep(page);
  for (let edit = 0; edit < 100; edit += 1) {
    if (withExtension) await editEnd(page, edit % 2 === 0);
    else await page.locator('#IkametIzni_BitisTarihi').fill(edit % 2 === 0 ? trDate(365) : trDate(120));
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

export interface LiveBench {
  readonly dateTotal: number;
  readonly listTotal: number;
  readonly ready: number;
  readonly heapWith: number;
  readonly heapWithout: number;
}

export async function benchLive(runs: number): Promise<LiveBench> {
  const withExtension = await launchBrowser({ withExtension: true });
  const without = await launchBrowser({ withExtension: false });
  await routeReplica(withExtension, { lang: 'tr' });
  await routeReplica(without, { lang: 'tr' });
  try {
    const samples = Math.max(runs, 10);
    return {
      dateTotal: median(await dateLatencies(withExtension, samples)),
      listTotal: median(await listLatencies(withExtension, samples)),
      ready: median(await readyDelays(withExtension, runs)),
      heapWith: await heapAfterEdits(withExtension, true),
      heapWithout: await heapAfterEdits(without, false),
    };
  } finally {
    await withExtension.close();
    await without.close();
  }
}
