/**
 * Mounts the overlay and keeps it in step with the page. State lives in one plain object;
 * every change (page mutation, layout, focus, settings, panel toggle) re-renders the whole
 * overlay through Preact, whose diff keeps that cheap. The page's own DOM is only read,
 * apart from appending our one shadow host to <body>.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { FieldKey } from '../../page/field-keys';
import type { PageRecognition, RecognizedField } from '../../page/recognition-types';
import { createUiText, resolveLanguage, type UiText } from '../i18n';
import { createBadgePlacer } from './badge-placer';
import { fieldContaining, watchFocus } from './focus-watcher';
import { guard, reportOnce } from './guard';
import { applyHostAttributes } from './host-attributes';
import { watchLayout } from './layout-watcher';
import { Overlay } from './Overlay';
import { watchPage } from './page-watcher';
import { shouldStartCollapsed, unionOfBoxes } from './panel-layout';
import { loadSettings, type OverlaySettings, savePanelCollapsed, watchSettings } from './settings';

/** The custom element name of our shadow host; tests and later issues select it. */
export const HOST_NAME = 'eikamet-assistant';

export type RecognizePage = (doc: Document, url: string) => PageRecognition;

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
}

export async function startOverlay(
  ctx: ContentScriptContext,
  { recognizePage, css }: OverlayOptions,
): Promise<void> {
  const recognize = (): PageRecognition => {
    try {
      return recognizePage(document, location.href);
    } catch (error) {
      reportOnce('page recognition', error);
      return UNRECOGNISED_PAGE;
    }
  };

  const settings = await loadSettings().catch((error: unknown): OverlaySettings => {
    reportOnce('loading settings', error);
    return { language: undefined, panelCollapsed: undefined };
  });
  const recognition = recognize();
  const state: OverlayState = {
    recognition,
    settings,
    text: textFor(settings),
    // The user may have clicked into a field before the assistant started.
    focusedField: fieldContaining(document.activeElement, recognition.fields)?.key ?? null,
  };

  const ui = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    mode: 'open',
    css,
    // 'inline' leaves positioning to style.css: the host is taken out of the page's flow there.
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys pressed on our buttons (Enter, Escape) must not reach the page's own handlers.
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const host = ui.shadowHost;

  const placeField = createBadgePlacer(host);

  const panelCollapsed = () =>
    state.settings.panelCollapsed ??
    shouldStartCollapsed(
      document.documentElement.clientWidth,
      formColumn(state.recognition.fields),
      state.text.dir === 'rtl' ? 'left' : 'right',
    );

  const togglePanel = guard('panel toggle', () => {
    const collapsed = !panelCollapsed();
    state.settings = { ...state.settings, panelCollapsed: collapsed };
    rerender();
    savePanelCollapsed(collapsed).catch((error: unknown) => reportOnce('saving panel state', error));
  });

  const rerender = guard('render', () => {
    applyHostAttributes(host, state.recognition, state.text.lang);
    render(
      <Overlay
        recognition={state.recognition}
        text={state.text}
        panelCollapsed={panelCollapsed()}
        focusedField={state.focusedField}
        placeField={placeField}
        onTogglePanel={togglePanel}
      />,
      ui.uiContainer,
    );
  });

  rerender();

  watchPage({
    ctx,
    ownHost: host,
    onPageChange: () => {
      state.recognition = recognize();
      // The user may already be in a field the previous recognition did not know yet
      // (a wizard step rendered while they clicked into it).
      state.focusedField = fieldContaining(document.activeElement, state.recognition.fields)?.key ?? null;
      rerender();
    },
  });
  watchLayout(ctx, rerender);
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
      state.text = textFor(settings);
      rerender();
    }),
  );
  ctx.onInvalidated(stopWatchingSettings);
}

function textFor(settings: OverlaySettings): UiText {
  return createUiText(resolveLanguage(settings.language, navigator.languages));
}

/** The form's rows around the recognised fields, to keep the panel from covering them. */
function formColumn(fields: readonly RecognizedField[]) {
  return unionOfBoxes(
    fields.map((field) => (field.anchor.closest('.form-group') ?? field.anchor).getBoundingClientRect()),
  );
}
