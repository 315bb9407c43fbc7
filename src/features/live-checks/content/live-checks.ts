/**
 * Live warnings: reads the values the user types or picks, keeps them for the application
 * across wizard steps (via the background, `session-client.ts`) and has them assessed on each
 * change, at once: no debounce, only the events of one task coalesced into one pass (a
 * microtask), so the warning follows the change within a frame. Unchanged values send
 * nothing (`changedValues`), and only the latest assessment is shown. The background maps the values to ApplicationFacts and runs
 * every rule (`assess-handler.ts`): the rules would make this content script too heavy, and one
 * runtime message there and back costs about 3 ms.
 *
 * Values arrive three ways: native input/change events of plain inputs and of a DatePicker's
 * own input (`watchPlainInputs`), the Kendo bridge's change reports for lists
 * (`Bridge.onValueChange`), and a fresh read whenever the page changes (a wizard step loaded,
 * values restored by the site). It only reads: nothing here writes to the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatTrDate } from '../../../domain/dates';
import type { ApplicationKind } from '../../../domain/permits';
import type { Bridge, WidgetState } from '../../../page/bridge-client';
import { BRIDGE_HANDLE_ATTRIBUTE } from '../../../page/bridge-protocol';
import type { PageRecognition, RecognizedField } from '../../../page/recognition-types';
import { isKendoField, watchPlainInputs } from '../../../page/values';
import {
  type ApplicationSession,
  applyPatch,
  EMPTY_SESSION,
  isSessionField,
  type SessionChoices,
  type SessionField,
  type SessionPatch,
  type SessionValue,
} from '../../../permit-application/session';
import type { Assessment } from '../../../protocol/protocol';
import { type Send, send } from '../../../protocol/send';
import { whenIdle } from '../../../ui/idle';
import { bridgeSession } from '../../../ui/overlay/bridge-session';
import { guard, reportOnce } from '../../../ui/overlay/guard';
import { markPhase } from '../../../ui/overlay/phase-marks';
import { NO_SETTLED_MARKER, type SettledMarker } from '../../../ui/overlay/settled';
import { explainKind, lifecycleStep, pageKind } from './application-lifecycle';
import { type PageValues, readPageValue, readPageValues } from './page-values';
import { watchSave } from './save-watcher';
import { createSessionClient, type SessionClient } from './session-client';

/** How long the Kendo bridge waits at most for the page to finish its own set-up. */
const BRIDGE_IDLE_TIMEOUT_MS = 1000;

export interface LiveState {
  /** False until the remembered session has arrived; nothing is checked before. */
  readonly ready: boolean;
  readonly session: ApplicationSession;
  /** The application kind the checks use (the pages' word, else the user's choice). */
  readonly kind: ApplicationKind | null;
  /** The kind as the pages said it; null when only the user's choice tells. */
  readonly pageKind: ApplicationKind | null;
  /** True when `kind` is only assumed from the current permit on the page (application-lifecycle.ts). */
  readonly kindAssumed: boolean;
  /** The latest assessment of the session's values (findings, permit type, birth date). */
  readonly assessment: Assessment;
}

export interface LiveChecks {
  state(): LiveState;
  /** The overlay recognised the page again (a step loaded, fields changed). */
  pageChanged(): void;
  setChoices(choices: SessionChoices): void;
  setTicks(ticks: readonly string[]): void;
  /**
   * Defers the passes until the returned release is called, then runs one with every change
   * made meanwhile. A fill sets a dozen fields in one go: one save and one assessment at its
   * end, not one per field competing with the fill for the page's thread. Values are still
   * captured the moment they change; the settled marker stays down while a pass waits.
   */
  hold(): () => void;
}

export interface LiveOptions {
  readonly recognition: () => PageRecognition;
  /** Called after every change of the live state; the overlay re-renders. */
  readonly onUpdate: () => void;
  /** The application date; the real clock in production. */
  readonly now?: () => Date;
  readonly sessions?: SessionClient;
  readonly bridge?: (ctx: ContentScriptContext) => Promise<Bridge | null>;
  readonly ask?: Send;
  /** Held down while a change is being read, saved, assessed, or the bridge is starting. */
  readonly settled?: SettledMarker;
  /**
   * Looks at the page again at once if it changed since the last look; true when it did. Asked
   * when the person types into, or picks from, a field the last look did not know yet.
   */
  readonly recognizeNow?: () => boolean;
}

const NOTHING_YET: Assessment = { findings: [] };

/** Only the fields that changed, compared with what the session holds. */
export function changedValues(
  session: ApplicationSession,
  page: PageValues,
): Partial<Record<SessionField, SessionValue>> | null {
  const changed: Partial<Record<SessionField, SessionValue>> = {};
  let any = false;
  for (const [key, value] of Object.entries(page) as [SessionField, SessionValue][]) {
    const before = session.values[key];
    if (before?.value === value.value && (before.text ?? '') === (value.text ?? '')) continue;
    changed[key] = value;
    any = true;
  }
  return any ? changed : null;
}

export function startLiveChecks(ctx: ContentScriptContext, options: LiveOptions): LiveChecks {
  const { recognition, onUpdate, now = () => new Date(), settled = NO_SETTLED_MARKER } = options;
  const askNow = options.ask ?? send;
  // Every request (session, assessment) holds the settled marker until it is answered.
  const ask: Send = (type, request) => settled.track(askNow(type, request));
  const sessions = options.sessions ?? createSessionClient(ask);
  const widgets = new Map<string, WidgetState>();
  let bridge: Bridge | null = null;
  let live: LiveState = {
    ready: false,
    session: EMPTY_SESSION,
    kind: null,
    pageKind: null,
    kindAssumed: false,
    assessment: NOTHING_YET,
  };
  let assessedKey = '';
  /**
   * Values read the moment the person changed them, for the next pass. A step may be replaced
   * (Next pressed) before the pass runs; what was typed on it must still reach the session.
   */
  const captured = new Map<SessionField, SessionValue>();

  /** The recognised field of `element`; a page that changed since the last look is looked at first. */
  const knownField = (element: Element): RecognizedField | undefined => {
    const find = () => recognition().fields.find((field) => field.element === element);
    return find() ?? (options.recognizeNow?.() ? find() : undefined);
  };
  const capture = (element: Element) => {
    const field = knownField(element);
    if (field && isSessionField(field.key)) captured.set(field.key, readPageValue(field, widgets));
    return field;
  };

  const commit = (patch: SessionPatch) => {
    live = { ...live, session: applyPatch(live.session, patch) };
    sessions.update(patch);
  };

  /**
   * One pass: the page's values into the session, then an assessment of them. The assessment
   * is asked for before the values are saved, and the overlay re-renders here only when the
   * panel shows something new already (the application kind, a new application): the
   * findings' own re-render follows the assessment, so a keystroke costs one render, not two.
   */
  const run = guard('live checks', () => {
    if (!live.ready) return;
    const page = recognition();
    const before = live;
    const step = lifecycleStep(page, live.session);
    let saving: SessionPatch | null = null;
    if (step.end) {
      captured.clear();
      if (live.session !== EMPTY_SESSION) sessions.end();
      live = { ...live, session: EMPTY_SESSION };
    } else {
      if (step.patch) commit(step.patch);
      // What is on the page now wins; values captured from a step already gone fill the rest.
      const onPage: PageValues = { ...Object.fromEntries(captured), ...readPageValues(page.fields, widgets) };
      captured.clear();
      const values = changedValues(live.session, onPage);
      if (values) {
        saving = { values };
        live = { ...live, session: applyPatch(live.session, saving) };
      }
    }
    const explained = explainKind(page, live.session);
    const kind = explained?.kind ?? null;
    const kindAssumed = explained?.source === 'assumed';
    live = { ...live, kind, kindAssumed, pageKind: pageKind(page, live.session) };
    assess(kind);
    if (saving) sessions.update(saving);
    const kindChanged =
      kind !== before.kind || kindAssumed !== before.kindAssumed || live.pageKind !== before.pageKind;
    if (kindChanged || step.end || step.patch) onUpdate();
  });

  /** Asks for an assessment when the values, kind or date changed; only the latest answer counts. */
  const assess = (kind: ApplicationKind | null) => {
    // The page's language: findings quote its options as it shows them.
    const request = {
      values: live.session.values,
      kind,
      today: formatTrDate(now()),
      pageLang: recognition().lang,
    };
    const key = JSON.stringify(request);
    if (key === assessedKey) return;
    assessedKey = key;
    ask('assess', request)
      .then(
        guard('assessment', (assessment: Assessment) => {
          if (key !== assessedKey) return;
          live = { ...live, assessment };
          onUpdate();
        }),
      )
      .catch((error: unknown) => reportOnce('assessing the application', error));
  };
  /**
   * One pass after the current event and whatever else this task reports (an input and a
   * change event, the bridge's report of the same pick): a microtask, never a timer.
   */
  let queued: (() => void) | null = null;
  /** Holds taken by a fill in progress (`hold`): passes wait for the last release. */
  let holds = 0;
  const flush = () => {
    const done = queued;
    if (!done || holds > 0) return;
    queued = null;
    try {
      if (ctx.isValid) run();
    } finally {
      done();
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = settled.begin();
    queueMicrotask(flush);
  };

  const refreshWidgets = () => {
    if (!bridge) return;
    settled
      .track(bridge.readWidgetValues())
      .then(
        guard('reading widget values', (states: WidgetState[]) => {
          widgets.clear();
          for (const state of states) widgets.set(state.handle, state);
          schedule();
        }),
      )
      .catch((error: unknown) => reportOnce('reading widget values', error));
  };

  sessions
    .load()
    .catch((error: unknown) => {
      reportOnce('loading the application session', error);
      return EMPTY_SESSION;
    })
    .then(
      guard('session loaded', (session: ApplicationSession) => {
        live = { ...live, ready: true, session };
        run();
      }),
    );

  /**
   * The Kendo bridge is started only once a page has a Kendo list or date the checks read:
   * pages without one (home, entry pages) never get a script injected for the live checks.
   */
  let bridgeAsked = false;
  const startBridgeWhenNeeded = () => {
    if (bridgeAsked) return;
    const needed = recognition().fields.some((field) => isSessionField(field.key) && isKendoField(field));
    if (!needed) return;
    bridgeAsked = true;
    // Until the bridge reports, a list the person picks from is not read: hold the marker.
    const bridgeStarted = settled.begin();
    // Not while the page is still loading or building its widgets: an injected script would
    // hold up its load event or its set-up. Until then the lists are read from the page itself.
    const startWhenIdle = () =>
      whenIdle(
        guard('bridge when idle', () => {
          if (ctx.isValid) startBridge(bridgeStarted);
          else bridgeStarted();
        }),
        BRIDGE_IDLE_TIMEOUT_MS,
      );
    if (document.readyState !== 'complete') {
      ctx.addEventListener(window, 'load', startWhenIdle, { once: true });
      return;
    }
    startWhenIdle();
  };
  const startBridge = (started: () => void) => {
    (options.bridge ?? bridgeSession)(ctx)
      .then(
        guard('bridge for live checks', (ready: Bridge | null) => {
          if (!ready || !ctx.isValid) return;
          markPhase('bridge');
          bridge = ready;
          const stop = ready.onValueChange(
            guard('widget change', (state: WidgetState) => {
              widgets.set(state.handle, state);
              const element = document.querySelector(
                `[${BRIDGE_HANDLE_ATTRIBUTE}="${CSS.escape(state.handle)}"]`,
              );
              if (element) capture(element);
              schedule();
            }),
          );
          ctx.onInvalidated(stop);
          refreshWidgets();
        }),
      )
      .catch((error: unknown) => reportOnce('starting the bridge', error))
      .finally(started);
  };
  startBridgeWhenNeeded();

  const stopInputs = watchPlainInputs(
    document,
    guard('input change', ({ element }) => {
      if (capture(element)) schedule();
    }),
  );
  ctx.onInvalidated(stopInputs);

  watchSave(ctx, recognition, () => {
    sessions.end();
    live = { ...live, session: EMPTY_SESSION };
    schedule();
  });

  return {
    state: () => live,
    pageChanged() {
      startBridgeWhenNeeded();
      refreshWidgets();
      schedule();
    },
    setChoices(choices) {
      commit({ choices: { ...live.session.choices, ...choices } });
      run();
    },
    setTicks(ticks) {
      commit({ ticks });
      onUpdate();
    },
    hold() {
      holds += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        flush();
      };
    },
  };
}
