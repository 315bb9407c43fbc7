/**
 * A feature's part on the e-İkamet page. Each feature with one declares a `ContentFeature` in
 * `src/features/<feature>/content/index.ts(x)`, and the content script's entry registers it with
 * one call (`registerContent`). The overlay (`mount.tsx`) starts every registered feature on the
 * page and draws what each puts in the panel, in the panel's order of places, without naming
 * any of them. Findings are the one thing the overlay draws itself (on the badges, in the panel,
 * on its folded tab), from what the features report.
 */
import { type ComponentChild, Fragment } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../domain/findings';
import type { TaughtStore } from '../../features/teach/content/taught-client';
import type { PageRecognition } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import { reportOnce } from './guard';
import type { SettledMarker } from './settled';

/** The places in the panel a feature can draw into, top to bottom. */
export const PANEL_PLACES = ['page-facts', 'actions', 'documents'] as const;
export type PanelPlace = (typeof PANEL_PLACES)[number];

/** What a feature's panel part is drawn from, on every render. */
export interface PanelView {
  /** The page as shown: before the page's own set-up is done, no drift and no fill. */
  readonly recognition: PageRecognition;
  /** The page is still building itself (its widgets, a step rendered by script). */
  readonly pageSettling: boolean;
  readonly text: UiText;
}

/** What the overlay gives a feature when it starts on a page. */
export interface OverlayHost {
  readonly ctx: ContentScriptContext;
  /** Kept down while a feature is working (a fill, a request on its way): see `settled.ts`. */
  readonly settled: SettledMarker;
  /** What a person taught about these pages, read at document_start. */
  readonly taught: TaughtStore | undefined;
  /** The page as last recognised. */
  recognition(): PageRecognition;
  /**
   * Recognises the page now if it changed since it was last looked at.
   * @returns true when the recognition is current
   */
  recognizeNow(): boolean;
  /** Recognises the page again (a field was taught) and redraws. */
  pageChanged(): void;
  /** Draws the overlay again, with every feature's current state. */
  rerender(): void;
  /** Another registered feature's running part; it is started first if it was not yet. */
  use<Api>(feature: ContentFeature<Api>): Api;
  /** The same, or undefined when that feature is not registered. */
  find<Api>(feature: ContentFeature<Api>): Api | undefined;
}

/** A started feature: what it shows, and what it hears from the overlay. */
export interface ContentPart {
  /** What it draws in the panel, by place; called on every render. */
  readonly panel?: { readonly [P in PanelPlace]?: (view: PanelView) => ComponentChild };
  /** Live findings: on their fields' badges, in the panel and on its folded tab. */
  readonly findings?: () => readonly Finding[];
  /** The overlay recognised the page again (a step loaded, fields changed). */
  readonly pageChanged?: () => void;
}

export interface ContentFeature<Api = undefined> {
  /** The feature's folder name under `src/features/`. */
  readonly name: string;
  start(host: OverlayHost): { readonly part: ContentPart; readonly api: Api };
}

const registered: ContentFeature<unknown>[] = [];

/** A feature on the page from now on. The same feature again changes nothing. */
export function registerContent<Api>(feature: ContentFeature<Api>): void {
  if (registered.includes(feature as ContentFeature<unknown>)) return;
  registered.push(feature as ContentFeature<unknown>);
}

/** The registered features, in the order they were registered. */
export function registeredContent(): readonly ContentFeature<unknown>[] {
  return registered;
}

/** A feature running on the page. */
export interface StartedFeature {
  readonly name: string;
  readonly part: ContentPart;
}

/**
 * Starts `features` in order, each once: a feature that `use`s another starts it first. The
 * host's own `use`/`find` are supplied here. Returned in registration order, whatever order
 * they started in: the panel draws them in that order.
 */
export function startFeatures(
  features: readonly ContentFeature<unknown>[],
  host: Omit<OverlayHost, 'use' | 'find'>,
): StartedFeature[] {
  /** Null while a feature is starting, and for good when its start failed: it never starts twice. */
  const started = new Map<ContentFeature<unknown>, { part: ContentPart; api: unknown } | null>();
  const start = (feature: ContentFeature<unknown>) => {
    if (started.has(feature)) {
      const done = started.get(feature);
      if (done) return done;
      throw new Error(`${feature.name} did not start`);
    }
    started.set(feature, null);
    const result = feature.start(full);
    started.set(feature, result);
    return result;
  };
  const full: OverlayHost = {
    ...host,
    use<Api>(feature: ContentFeature<Api>): Api {
      if (!features.includes(feature as ContentFeature<unknown>))
        throw new Error(`${feature.name} is not registered`);
      return start(feature as ContentFeature<unknown>).api as Api;
    },
    find<Api>(feature: ContentFeature<Api>): Api | undefined {
      return features.includes(feature as ContentFeature<unknown>)
        ? (start(feature as ContentFeature<unknown>).api as Api)
        : undefined;
    },
  };
  const running: StartedFeature[] = [];
  for (const feature of features) {
    try {
      running.push({ name: feature.name, part: start(feature).part });
    } catch (error) {
      // One feature that cannot start leaves the others, and the page, working.
      reportOnce(`starting ${feature.name}`, error);
    }
  }
  return running;
}

/** What the features draw in each place of the panel, in registration order. */
export type PanelSections = { readonly [P in PanelPlace]?: readonly ComponentChild[] };

export function panelSections(features: readonly StartedFeature[], view: PanelView): PanelSections {
  const sections: { [P in PanelPlace]?: ComponentChild[] } = {};
  for (const place of PANEL_PLACES) {
    const drawn: ComponentChild[] = [];
    for (const { name, part } of features) {
      const draw = part.panel?.[place];
      // Keyed by feature: one that draws nothing on this render keeps the others' state.
      if (draw) drawn.push(<Fragment key={name}>{drawSafely(name, () => draw(view))}</Fragment>);
    }
    if (drawn.length > 0) sections[place] = drawn;
  }
  return sections;
}

/** A feature's part that fails to draw is left out of this render; the rest of the panel shows. */
function drawSafely(name: string, draw: () => ComponentChild): ComponentChild {
  try {
    return draw();
  } catch (error) {
    reportOnce(`drawing ${name}`, error);
    return null;
  }
}

/** Every feature's live findings. */
export function featureFindings(features: readonly StartedFeature[]): readonly Finding[] {
  const all: Finding[] = [];
  for (const { part } of features) if (part.findings) all.push(...part.findings());
  return all;
}
