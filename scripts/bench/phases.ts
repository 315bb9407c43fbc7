/**
 * Where the overlay's start-up time goes, per page, from a Chrome trace (CDP `Tracing`) of a
 * fresh load with the extension:
 *
 * - script eval: compiling and running the content script (at document_start);
 * - settings, recognition, badge placement, first render: the overlay's own marks
 *   (`eikamet-assistant:*`, src/ui/overlay/phase-marks.ts), from the first task after
 *   DOMContentLoaded; "mounted" is that render's end, relative to DOMContentLoaded;
 * - layout: style and layout the browser did inside our functions (forced by our reads);
 * - settled: the pass once the page's own set-up is over (watchers start, page read again);
 * - bridge: the Kendo bridge injected and answering, relative to DOMContentLoaded;
 * - load delay: the load event's start minus DOMContentLoaded (0–2 ms when nothing holds it).
 *
 * Tracing slows everything a little; the figures are for comparing phases, not targets.
 */
import type { BrowserContext } from '@playwright/test';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface StartPhases {
  readonly scriptEval: number;
  readonly settings: number;
  readonly recognition: number;
  readonly badges: number;
  readonly render: number;
  readonly mounted: number;
  readonly layout: number;
  readonly settled: number;
  readonly bridge: number;
  readonly loadDelay: number;
}

const PREFIX = 'eikamet-assistant:';

async function traceLoad(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.on('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  // Long enough for the idle pass and the bridge on a busy machine.
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return events;
}

function phasesOf(events: TraceEvent[]): StartPhases | null {
  const dcl = events.find((event) => event.name === 'MarkDOMContent');
  const load = events.find((event) => event.name === 'MarkLoad');
  if (!dcl || !load) return null;
  const main = events.filter((event) => event.pid === dcl.pid && event.tid === dcl.tid);
  const mark = (phase: string) => main.find((event) => event.name === PREFIX + phase)?.ts ?? Number.NaN;
  const ms = (from: number, to: number) => (to - from) / 1000;
  const ours = (event: TraceEvent) => (event.args?.data?.url ?? '').startsWith('chrome-extension://');
  const evaluation = main.find(
    (event) =>
      event.name === 'EvaluateScript' && ours(event) && event.args?.data?.url?.includes('content-scripts'),
  );
  const ourCalls = main.filter(
    (event) =>
      event.ph === 'X' && (event.name === 'FunctionCall' || event.name === 'EvaluateScript') && ours(event),
  );
  const inOurs = (event: TraceEvent) =>
    ourCalls.some((call) => event.ts >= call.ts && event.ts <= call.ts + (call.dur ?? 0));
  const layout = main
    .filter(
      (event) =>
        event.ph === 'X' && (event.name === 'Layout' || event.name === 'UpdateLayoutTree') && inOurs(event),
    )
    .reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
  return {
    scriptEval: (evaluation?.dur ?? Number.NaN) / 1000,
    settings: ms(mark('start'), mark('settings')),
    recognition: ms(mark('settings'), mark('recognized')),
    badges: ms(mark('recognized'), mark('badges-placed')),
    render: ms(mark('badges-placed'), mark('first-render')),
    mounted: ms(dcl.ts, mark('first-render')),
    layout,
    settled: ms(dcl.ts, mark('page-settled')),
    bridge: ms(dcl.ts, mark('bridge')),
    loadDelay: ms(dcl.ts, load.ts),
  };
}

/** Median of each phase over `runs` traced loads of `url`. */
export async function benchPhases(context: BrowserContext, url: string, runs: number): Promise<StartPhases> {
  const samples: StartPhases[] = [];
  for (let run = 0; run < runs; run += 1) {
    const phases = phasesOf(await traceLoad(context, url));
    if (phases) samples.push(phases);
  }
  const of = (key: keyof StartPhases) => median(samples.map((sample) => sample[key]).filter(Number.isFinite));
  return {
    scriptEval: of('scriptEval'),
    settings: of('settings'),
    recognition: of('recognition'),
    badges: of('badges'),
    render: of('render'),
    mounted: of('mounted'),
    layout: of('layout'),
    settled: of('settled'),
    bridge: of('bridge'),
    loadDelay: of('loadDelay'),
  };
}
