/**
 * The state behind "Fill from <profile>": which profile is active (asked of the background, its
 * id and name only), the fills done on this page and how to undo them. It fills only when
 * `fill()` is called, and `fill()` is only ever called from the user's click on the section's
 * button: only then are the values of this page's fields asked for (`loadValues`), used for that
 * fill and let go. The background checks the vault's lock and idle time at that moment, so a tab
 * left open refuses to fill once the vault has locked, whether or not it heard of the lock.
 *
 * A page may be filled more than once (a first fill, then "Overwrite what I typed"); every fill
 * is kept, and undo walks them back newest first, so the page ends up as it was before the
 * first one. Fields the user changed after a fill are left alone (the engine checks).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldKey } from '../../../contracts/field-keys';
import type { Language } from '../../../contracts/languages';
import type { FillCatalogue } from '../../../i18n/catalogue';
import type { Translate } from '../../../i18n/translate';
import type { Bridge, WidgetState } from '../../../page/bridge-client';
import type { PageKind } from '../../../page/page-kinds';
import type { PageRecognition } from '../../../page/recognition-types';
import type { TaughtField } from '../../../page/taught';
import type { ActiveProfileSummary, FillValuesAnswer } from '../../../protocol/protocol';
import { bridgeSession } from '../../../ui/overlay/bridge-session';
import { reportOnce } from '../../../ui/overlay/guard';
import type { TaughtStore } from '../../teach/content/taught-client';
import {
  type FieldResult,
  type FillReport,
  fillPage,
  listsOnPage,
  type OptionChooser,
  undoFill,
} from '../page/fill';
import { backgroundChooser } from './option-request';
import {
  type FillValuesRequest,
  isLockedReply,
  requestActiveProfile,
  requestFillValues,
  watchProfileStorage,
} from './profile-request';
import { fillTranslator, requestFillCatalogue } from './text';

export type ProfileState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  /** The profiles are encrypted and locked: the user unlocks them in the toolbar popup. */
  | { readonly status: 'locked' }
  | { readonly status: 'ready'; readonly profile: ActiveProfileSummary };

export interface UndoOutcome {
  readonly restored: readonly FieldKey[];
  /** Changed by the user after the fill: kept as the user left them. */
  readonly leftAlone: readonly FieldKey[];
  /** Could not be put back (gone, list unreachable, failed). */
  readonly notRestored: readonly FieldKey[];
}

export interface FillSession {
  readonly page: PageKind;
  readonly phase: 'filled' | 'undone';
  /** One result per field key, page order: filled when any fill filled it, else the latest reason. */
  readonly results: readonly FieldResult[];
  /** The page elements filled and not undone (for highlighting), with their keys. */
  readonly filledElements: ReadonlyMap<HTMLElement, FieldKey>;
  /** Set once the fills were undone. */
  readonly undone: UndoOutcome | null;
}

export interface FillState {
  readonly profile: ProfileState;
  readonly busy: 'fill' | 'undo' | null;
  /** While filling: the list the fill is waiting for the page to fill ("waiting for the district list…"). */
  readonly waitingFor?: FieldKey | null;
  readonly session: FillSession | null;
  /** The last action failed as a whole (not one field). */
  readonly failed: 'fill' | 'undo' | null;
}

export interface FillController {
  getState(): FillState;
  /** Calls back after every state change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Fills the page from the active profile. Only for the user's click. Never rejects. */
  fill(recognition: PageRecognition, options?: { readonly overwrite?: boolean }): Promise<void>;
  /** Undoes every fill of this page, newest first. Never rejects. */
  undo(): Promise<void>;
  /** Starts the Kendo bridge ahead of the click, so the fill itself is quick. Changes nothing on the page. */
  warmUp(): void;
  /**
   * The section's texts in this language, or null while they are on their way (asked once per
   * language; subscribers hear when they arrive).
   */
  text(lang: Language): Translate | null;
  /** The section's stylesheet, sent with its texts ('' until they arrive). */
  css(): string;
  /** Keeps what the person said a field is (from a trusted click); the page is then recognised again. */
  teach(entry: TaughtField): Promise<void>;
  /** Drops the last fill when the page shown is another one (a new wizard step). */
  forgetOtherPage(kind: PageKind): void;
  stop(): void;
}

export interface FillDependencies {
  readonly getBridge: () => Promise<Bridge | null>;
  readonly loadProfile: () => Promise<ActiveProfileSummary | null>;
  /** At click time: the values of the page's fields; null when the chosen profile changed. */
  readonly loadValues: (request: FillValuesRequest) => Promise<FillValuesAnswer | null>;
  readonly watchProfile: (onChange: () => void) => () => void;
  readonly loadMessages: (lang: Language) => Promise<FillCatalogue>;
  /** For each fill: who chooses the lists' options (the background, `option-request.ts`). */
  readonly chooser: () => OptionChooser;
  /** Keeps what a person taught about a field of this page (`teach/taught-client.ts`). */
  readonly teach?: (entry: TaughtField) => Promise<void>;
}

interface DoneFill {
  readonly report: FillReport;
  readonly bridge: Bridge | null;
}

export function createFillController(deps: FillDependencies): FillController {
  let state: FillState = { profile: { status: 'loading' }, busy: null, session: null, failed: null };
  let fills: DoneFill[] = [];
  const listeners = new Set<() => void>();
  const texts = new Map<Language, Translate | 'loading' | 'failed'>();

  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        reportOnce('fill section update', error);
      }
    }
  };
  const set = (change: Partial<FillState>) => {
    state = { ...state, ...change };
    notify();
  };

  let css = '';
  function text(lang: Language): Translate | null {
    const known = texts.get(lang);
    if (known === undefined) {
      texts.set(lang, 'loading');
      deps
        .loadMessages(lang)
        .then((catalogue) => {
          texts.set(lang, fillTranslator(catalogue));
          css = catalogue.css;
          notify();
        })
        .catch((error: unknown) => {
          // Not asked again on every render; the overlay's own texts fail the same way.
          reportOnce('loading the fill texts', error);
          texts.set(lang, 'failed');
        });
      return null;
    }
    return typeof known === 'function' ? known : null;
  }

  let loads = 0;
  const reload = () => {
    const load = ++loads;
    deps
      .loadProfile()
      .then((profile): ProfileState => (profile ? { status: 'ready', profile } : { status: 'none' }))
      .catch((error: unknown): ProfileState => {
        if (isLockedReply(error)) return { status: 'locked' };
        reportOnce('loading the active profile', error);
        return { status: 'none' };
      })
      .then((profile) => {
        // An older answer arriving late must not replace a newer one.
        if (load === loads) set({ profile });
      });
  };
  reload();
  const stopWatching = deps.watchProfile(reload);

  async function fill(recognition: PageRecognition, options: { readonly overwrite?: boolean } = {}) {
    const { profile } = state;
    if (state.busy || profile.status !== 'ready') return;
    if (!recognition.fillAllowed || recognition.drift !== null) return;
    set({ busy: 'fill', failed: null });
    mark('fill:start');
    // The page's lists go with the request for values, so their choices come back with them.
    let bridge: Bridge | null;
    let widgets: readonly WidgetState[];
    try {
      bridge = await deps.getBridge();
      mark('fill:bridge');
      widgets = bridge?.kendo ? await bridge.readWidgetValues() : [];
    } catch (error) {
      reportOnce('filling the page', error);
      set({ busy: null, failed: 'fill' });
      return;
    }
    const lists = listsOnPage(recognition, widgets);
    let answer: FillValuesAnswer | null;
    try {
      answer = await deps.loadValues({
        page: recognition.kind,
        keys: recognition.fields.map((field) => field.key),
        profileId: profile.profile.id,
        lists: { lang: recognition.lang, lists },
      });
    } catch (error) {
      if (isLockedReply(error)) {
        set({ busy: null, profile: { status: 'locked' } });
        return;
      }
      reportOnce('asking for the profile values', error);
      set({ busy: null, failed: 'fill' });
      return;
    }
    if (!answer) {
      // Another profile was chosen (or this one deleted) since the button was drawn: show that.
      set({ busy: null });
      reload();
      return;
    }
    try {
      const choose = deps.chooser();
      for (const { key, value, answer: chosen } of answer.choices ?? []) {
        const list = lists.find((candidate) => candidate.key === key);
        if (list) choose.remember?.(recognition.lang, { key, value, options: list.options }, chosen);
      }
      const report = await fillPage(recognition, answer.values, bridge, {
        overwrite: options.overwrite ?? false,
        choose,
        widgets,
        onProgress: ({ key, waiting }) => set({ waitingFor: waiting ? key : null }),
      });
      const sameSession = state.session?.page === recognition.kind && state.session.phase === 'filled';
      mark('fill:filled');
      fills = sameSession ? [...fills, { report, bridge }] : [{ report, bridge }];
      set({
        busy: null,
        waitingFor: null,
        session: summarise(
          recognition.kind,
          fills.map((done) => done.report),
        ),
      });
    } catch (error) {
      reportOnce('filling the page', error);
      set({ busy: null, waitingFor: null, failed: 'fill' });
    }
  }

  async function undo() {
    const { session } = state;
    if (state.busy || !session || session.phase !== 'filled') return;
    set({ busy: 'undo', failed: null });
    const restored = new Set<FieldKey>();
    const leftAlone = new Set<FieldKey>();
    const notRestored = new Set<FieldKey>();
    let failed = false;
    for (const done of [...fills].reverse()) {
      try {
        const outcome = await undoFill(done.report, done.bridge);
        for (const key of outcome.restored) restored.add(key);
        for (const { key, reason } of outcome.skipped)
          (reason === 'changed-since-fill' ? leftAlone : notRestored).add(key);
      } catch (error) {
        reportOnce('undoing the fill', error);
        failed = true;
      }
    }
    // A field the newer fill put back to the user's own value was restored, not left alone.
    for (const key of restored) {
      leftAlone.delete(key);
      notRestored.delete(key);
    }
    fills = [];
    set({
      busy: null,
      failed: failed ? 'undo' : null,
      session: {
        ...session,
        phase: 'undone',
        filledElements: new Map(),
        undone: { restored: [...restored], leftAlone: [...leftAlone], notRestored: [...notRestored] },
      },
    });
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fill,
    undo,
    text,
    css: () => css,
    teach: (entry) => (deps.teach ? deps.teach(entry) : Promise.reject(new Error('nowhere to keep it'))),
    warmUp() {
      deps.getBridge().catch((error: unknown) => reportOnce('starting the Kendo bridge', error));
    },
    forgetOtherPage(kind) {
      if (!state.session || state.session.page === kind || state.busy) return;
      fills = [];
      set({ session: null, failed: null });
    },
    stop() {
      stopWatching();
      listeners.clear();
    },
  };
}

/**
 * Performance marks for the bench (`scripts/bench/fill.ts`): the fill asked for, the bridge at
 * hand, the engine done. Visible only in the page's performance timeline, never sent anywhere.
 */
function mark(name: string): void {
  globalThis.performance?.mark?.(`eikamet-assistant:${name}`);
}

/** Merges the fills of one page into one result per field and the elements still filled. */
export function summarise(page: PageKind, reports: readonly FillReport[]): FillSession {
  const byKey = new Map<FieldKey, FieldResult>();
  for (const report of reports) {
    for (const result of report.results) {
      const earlier = byKey.get(result.key);
      // Once filled, a later "already holds the profile's value" does not unfill it.
      if (earlier?.outcome === 'filled') continue;
      byKey.set(result.key, result);
    }
  }
  const filledElements = new Map<HTMLElement, FieldKey>();
  for (const report of reports)
    for (const entry of report.undo) filledElements.set(entry.target.element, entry.key);
  return { page, phase: 'filled', results: [...byKey.values()], filledElements, undone: null };
}

/** The controller of this page: the shared bridge, the background's active profile, storage watching. */
export function createPageFillController(ctx: ContentScriptContext, taught?: TaughtStore): FillController {
  const controller = createFillController({
    getBridge: () => bridgeSession(ctx),
    loadProfile: requestActiveProfile,
    loadValues: requestFillValues,
    watchProfile: watchProfileStorage,
    loadMessages: requestFillCatalogue,
    chooser: () => backgroundChooser(),
    teach: taught?.teach,
  });
  ctx.onInvalidated(() => controller.stop());
  return controller;
}
