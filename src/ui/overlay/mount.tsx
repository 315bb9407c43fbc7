/**
 * Mounts the overlay and keeps it in step with the page. State lives in one plain object;
 * every change (page mutation, layout, focus, settings, panel toggle) re-renders the whole
 * overlay through Preact, whose diff keeps that cheap. The page's own DOM is only read,
 * apart from appending our one shadow host to <body>.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldKey } from '../../contracts/field-keys';
import type { Language } from '../../contracts/languages';
import type { TaughtStore } from '../../features/teach/content/taught-client';
import {
  type CatalogueReply,
  FIRST_NAMESPACES,
  LATER_NAMESPACES,
  mergeCatalogues,
} from '../../i18n/catalogue';
import type { PageRecognition, RecognizedField } from '../../page/recognition-types';
import type { TaughtField } from '../../page/taught';
import { createUiText, type UiText } from '../i18n';
import { whenIdle } from '../idle';
import { createBadgePlacer } from './badge-placer';
import { tabFromBadge, watchBadgeTabOrder } from './badge-tab-order';
import { arrivedCatalogue, loadCatalogue } from './catalogue-client';
import { guardClicks } from './click-guard';
import {
  type ContentFeature,
  featureFindings,
  panelSections,
  registeredContent,
  startFeatures,
} from './content-feature';
import { languageFor, PAGE_SETTLE_TIMEOUT_MS, prefetchSettingsAndTexts } from './early-start';
import { fieldContaining, watchFocus } from './focus-watcher';
import { guard, reportOnce } from './guard';
import { applyHostAttributes } from './host-attributes';
import { createLayoutCache } from './layout-cache';
import { watchLayout } from './layout-watcher';
import { Overlay } from './Overlay';
import { createPageDock } from './page-dock';
import { type PageWatcher, watchPage } from './page-watcher';
import { dockSideFor, PANEL_WIDTH_PX, panelEdges, shouldStartCollapsed } from './panel-layout';
import { markPhase } from './phase-marks';
import { type OverlaySettings, saveLanguage, savePanelCollapsed, watchSettings } from './settings';
import { createSettledMarker } from './settled';
import { mountShadowHost } from './shadow-host';

/** The custom element name of our shadow host; tests and later issues select it. */
export const HOST_NAME = 'eikamet-assistant';

export type RecognizePage = (doc: Document, url: string, taught?: readonly TaughtField[]) => PageRecognition;

/** What the overlay shows when recognition itself fails: nothing but the panel. */
export const UNRECOGNISED_PAGE: PageRecognition = {
  kind: 'unknown',
  lang: 'tr',
  fields: [],
  drift: null,
  fillAllowed: false,
  applicationKind: null,
};

interface OverlayState {
  recognition: PageRecognition;
  settings: OverlaySettings;
  text: UiText;
  focusedField: FieldKey | null;
}

export interface OverlayOptions {
  readonly recognizePage: RecognizePage;
  /** The overlay stylesheet, already in the bundle: put into the shadow root, never fetched. */
  readonly css: string;
  /** The settings read started at document_start (early-start.ts); read here when absent. */
  readonly settings?: Promise<OverlaySettings>;
  /** What a person taught about these pages (`teach/taught-client.ts`), read at document_start. */
  readonly taught?: TaughtStore;
  /** The features on the page; those the entry registered (`registerContent`) when absent. */
  readonly features?: readonly ContentFeature<unknown>[];
}

export async function startOverlay(
  ctx: ContentScriptContext,
  {
    recognizePage,
    css,
    settings: early = prefetchSettingsAndTexts(),
    taught,
    features = registeredContent(),
  }: OverlayOptions,
): Promise<void> {
  const recognize = (): PageRecognition => {
    try {
      return recognizePage(document, location.href, taught?.current());
    } catch (error) {
      reportOnce('page recognition', error);
      return UNRECOGNISED_PAGE;
    }
  };

  markPhase('start');
  // Settled long ago when the content script started at document_start; the texts are on their way.
  const settings = await early;
  await taught?.ready;
  markPhase('settings');
  const recognition = recognize();
  markPhase('recognized');
  const state: OverlayState = {
    recognition,
    settings,
    // Empty until the background sends the catalogue; the hooks are mounted meanwhile.
    text: createUiText(languageFor(settings), null),
    // The user may have clicked into a field before the assistant started.
    focusedField: fieldContaining(document.activeElement, recognition.fields)?.key ?? null,
  };

  const { host, shadow, container } = mountShadowHost(ctx, HOST_NAME, css, (root) => render(null, root));
  // A page's change to the overlay holds actions and draws it afresh (click-guard.ts).
  const clicks = guardClicks(host, shadow, () => {
    render(null, container);
    rerender();
  });
  ctx.onInvalidated(() => clicks.stop());
  const settled = createSettledMarker(host);
  /**
   * Released once the page has finished its own set-up (the idle pass below). Until then the
   * page is half built (Kendo turns its inputs into widgets in ready handlers that run after
   * our first render), so it is not judged: no drift is reported and nothing is filled.
   */
  const pageSetUp = settled.begin();
  let pageSettling = true;

  const layout = createLayoutCache();
  const dock = createPageDock(document);
  // The page's own direction, not the assistant's language: the panel docks beside the form.
  const PAGE_SIDE = {};
  const panelSide = () =>
    layout.get(PAGE_SIDE, () =>
      dockSideFor(getComputedStyle(document.body ?? document.documentElement).direction),
    );
  /** The user's fold or unfold on this page; it outranks every default until the page is left. */
  let chosenHere: boolean | undefined;
  const PANEL_FITS = {};
  const panelCollapsed = () =>
    chosenHere ??
    layout.get(PANEL_FITS, () =>
      shouldStartCollapsed(
        document.documentElement.clientWidth,
        state.recognition.fields.length > 0,
        state.settings.panelCollapsed,
      ),
    );
  /** The page gives up the open panel's width (page-dock.ts), so nothing of it is under the panel. */
  const dockPanel = () => dock.set(panelCollapsed() ? null : { side: panelSide(), width: PANEL_WIDTH_PX });
  // Badges and hints keep clear of the panel and its tab, so both stay visible and clickable.
  const measureField = createBadgePlacer(host, () => panelEdges(panelSide(), panelCollapsed()));
  const placeField = (field: RecognizedField) => layout.get(field, () => measureField(field));
  /**
   * Every layout read of a render happens here, before anything is written: a read after
   * Preact's first DOM write would make the browser lay the page out again, once per badge at
   * worst. The render itself then only takes cached measurements.
   */
  const measureBeforeWriting = () => {
    dockPanel();
    const placed = new Set<FieldKey>();
    for (const field of state.recognition.fields) {
      // BadgeLayer shows the first field of each key only (field-view.ts).
      if (placed.has(field.key)) continue;
      placed.add(field.key);
      placeField(field);
    }
  };
  const badgeTab = (field: RecognizedField, backwards: boolean): boolean => {
    try {
      return tabFromBadge(field, backwards);
    } catch (error) {
      reportOnce('badge tab', error);
      return false;
    }
  };

  const togglePanel = guard('panel toggle', () => {
    const collapsed = !panelCollapsed();
    chosenHere = collapsed;
    state.settings = { ...state.settings, panelCollapsed: collapsed };
    layout.invalidate();
    rerender();
    savePanelCollapsed(collapsed).catch((error: unknown) => reportOnce('saving panel state', error));
  });

  /**
   * Switches the texts once the language's first part has arrived (the rest follows a moment
   * later); until then the previous language stays on screen rather than blank text. Parts
   * that arrived already (asked for at document_start) are used at once, without a re-render.
   */
  let wantedLanguage: Language | null = null;
  let catalogue: CatalogueReply | null = null;
  const applyCatalogue = (lang: Language, reply: CatalogueReply) => {
    catalogue = mergeCatalogues(catalogue, reply);
    state.text = createUiText(lang, catalogue);
    // A new language may put the panel on the other side.
    layout.invalidate();
  };
  /** @returns true when the texts changed at once and the caller should render them */
  const useLanguage = (lang: Language): boolean => {
    if (lang === wantedLanguage) return false;
    wantedLanguage = lang;
    let changed = false;
    for (const part of [FIRST_NAMESPACES, LATER_NAMESPACES]) {
      const arrived = arrivedCatalogue(lang, part);
      if (arrived) {
        applyCatalogue(lang, arrived);
        changed = true;
        continue;
      }
      settled
        .track(loadCatalogue(lang, part))
        .then(
          guard('language loaded', (reply: CatalogueReply) => {
            if (wantedLanguage !== lang) return;
            applyCatalogue(lang, reply);
            rerender();
          }),
        )
        .catch((error: unknown) => reportOnce('loading the texts', error));
    }
    return changed;
  };

  const chooseLanguage = guard('language switch', (lang: Language) => {
    state.settings = { ...state.settings, language: lang };
    if (useLanguage(lang)) rerender();
    saveLanguage(lang).catch((error: unknown) => reportOnce('saving the language', error));
  });

  let watcher: PageWatcher | null = null;
  const running = startFeatures(features, {
    ctx,
    settled,
    taught,
    recognition: () => state.recognition,
    // Before the watchers start, the page's changes are not observed: any look may be stale.
    recognizeNow: () => {
      if (watcher) return watcher.flush();
      onPageChange();
      return true;
    },
    pageChanged: () => onPageChange(),
    rerender: () => rerender(),
  });

  const rerender = guard('render', () => clicks.ownWrites(renderOverlay));
  function renderOverlay() {
    measureBeforeWriting();
    const recognition = pageSettling ? beforeSetUp(state.recognition) : state.recognition;
    applyHostAttributes(host, recognition, state.text.lang);
    const view = { recognition, pageSettling, text: state.text };
    render(
      <Overlay
        recognition={recognition}
        text={state.text}
        panelCollapsed={panelCollapsed()}
        panelSide={panelSide()}
        focusedField={state.focusedField}
        placeField={placeField}
        onTogglePanel={togglePanel}
        onBadgeTab={badgeTab}
        findings={featureFindings(running)}
        onChooseLanguage={chooseLanguage}
        sections={panelSections(running, view)}
      />,
      container,
    );
  }

  useLanguage(languageFor(state.settings));
  measureBeforeWriting();
  markPhase('badges-placed');
  rerender();
  markPhase('first-render');

  function onPageChange() {
    layout.invalidate();
    state.recognition = recognize();
    // The user may already be in a field the previous recognition did not know yet
    // (a wizard step rendered while they clicked into it).
    state.focusedField = fieldContaining(document.activeElement, state.recognition.fields)?.key ?? null;
    for (const { part } of running) part.pageChanged?.();
    rerender();
  }
  // The page builds its own widgets (Kendo) in ready handlers that run just after our first
  // render. Watching its mutations and sizes meanwhile would only queue work during its
  // set-up; the watchers start once the page is idle, with one fresh look at the page.
  whenIdle(
    guard('watching the page', () => {
      if (!ctx.isValid) return;
      watcher = watchPage({ ctx, ownHost: host, onPageChange, settled });
      watchLayout(
        ctx,
        () => {
          layout.invalidate();
          rerender();
        },
        settled,
      );
      pageSettling = false;
      onPageChange();
      pageSetUp();
      markPhase('page-settled');
    }),
    PAGE_SETTLE_TIMEOUT_MS,
  );
  watchBadgeTabOrder(ctx, {
    fields: () => state.recognition.fields,
    badgeFor: (key) => shadow.querySelector<HTMLElement>(`[data-hint-for="${CSS.escape(key)}"]`),
  });
  watchFocus(
    ctx,
    () => state.recognition.fields,
    (key) => {
      if (key === state.focusedField) return;
      state.focusedField = key;
      rerender();
    },
  );
  const stopWatchingSettings = watchSettings(
    guard('settings change', (settings: OverlaySettings) => {
      state.settings = settings;
      layout.invalidate();
      useLanguage(languageFor(settings));
      rerender();
    }),
  );
  ctx.onInvalidated(stopWatchingSettings);
}

/** Before the page's own set-up is done, a difference from the catalogue is not drift yet. */
function beforeSetUp(recognition: PageRecognition): PageRecognition {
  return recognition.drift === null ? recognition : { ...recognition, drift: null, fillAllowed: false };
}
