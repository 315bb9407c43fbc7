import { createPortal, type RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FieldKey } from '../../../contracts/field-keys';
import type { Translate } from '../../../i18n/translate';
import type { PageRecognition } from '../../../page/recognition-types';
import type { UiText } from '../../../ui/i18n';
import { guard } from '../../../ui/overlay/guard';
import { isHumanGate } from '../../../ui/overlay/human-gates';
import { trusted } from '../../../ui/overlay/trusted';
import { CopyPageMap, TeachFields } from '../../teach/content/TeachFields';
import type { FieldResult } from '../page/fill';
import type { FillController, FillSession, FillState } from './controller';
import { FillMarks } from './FillMarks';

export type { FillController } from './controller';

import { isolate } from '../../../i18n/bidi';
import { listOf } from '../../../i18n/translator';
import { focusForPerson } from '../../../ui/overlay/person-focus';

export interface FillSectionProps {
  /** The page's fill controller; without one (component tests of the panel) nothing is shown. */
  readonly fill?: FillController | undefined;
  readonly recognition: PageRecognition;
  /** The page is still building itself (`mount.tsx`): nothing is filled until it is done. */
  readonly pageSettling?: boolean;
  readonly text: UiText;
}

type Unavailable = 'settling' | 'drift' | 'unknown' | 'page';

/** Why this page offers no fill, or null when it does. */
export function fillUnavailable(recognition: PageRecognition, pageSettling = false): Unavailable | null {
  if (pageSettling && recognition.kind !== 'unknown') return 'settling';
  if (recognition.drift !== null) return 'drift';
  if (recognition.fillAllowed) return null;
  return recognition.kind === 'unknown' ? 'unknown' : 'page';
}

/**
 * "Fill from <profile>" in the side panel: the button (only on a recognised page that allows
 * filling, only with an active profile, only that profile's name), then a summary of what was
 * filled and skipped and why, "Overwrite what I typed" when the user's typing was kept, and
 * "Undo". Filled fields are outlined over the page from our shadow root.
 */
export function FillSection({ fill, ...rest }: FillSectionProps) {
  return fill ? <FillSectionBody fill={fill} {...rest} /> : null;
}

function FillSectionBody({
  fill,
  recognition,
  pageSettling,
  text,
}: FillSectionProps & { readonly fill: FillController }) {
  const state = useFillState(fill);
  const sectionRef = useRef<HTMLElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  /** Set by the person's fill or undo: once it is done, focus goes to the summary saying what happened. */
  const focusSummary = useRef(false);
  const layer = useMarkLayer(sectionRef);
  const t = fill.text(text.lang);
  const unavailable = fillUnavailable(recognition, pageSettling);
  const profile = unavailable === null && state.profile.status === 'ready' ? state.profile.profile : null;

  useEffect(() => fill.forgetOtherPage(recognition.kind), [fill, recognition.kind]);
  // Only prepares the bridge: nothing on the page changes until the user presses the button.
  const ready = profile !== null;
  useEffect(() => {
    if (ready) fill.warmUp();
  }, [fill, ready]);

  const session = state.session?.page === recognition.kind ? state.session : null;
  useEffect(() => {
    if (!focusSummary.current || state.busy !== null) return;
    focusSummary.current = false;
    if (session) focusForPerson(summaryRef.current);
  });
  const labelOf = (key: FieldKey): string =>
    text.field(key, 'label') ?? (recognition.fields.find((field) => field.key === key)?.label || key);
  const markedFields =
    session?.phase === 'filled'
      ? recognition.fields.filter((field) => session.filledElements.has(field.element))
      : [];

  if (!t) return <section class="fill" data-fill ref={sectionRef} hidden />;

  const onFill = guard('fill', () => {
    focusSummary.current = true;
    void fill.fill(recognition, { overwrite: false });
  });
  const onOverwrite = guard('fill overwrite', () => {
    focusSummary.current = true;
    void fill.fill(recognition, { overwrite: true });
  });
  const onUndo = guard('undo fill', () => {
    focusSummary.current = true;
    void fill.undo();
  });

  return (
    <section class="fill" data-fill ref={sectionRef} aria-busy={state.busy !== null ? 'true' : undefined}>
      <style>{fill.css()}</style>
      {unavailable ? (
        <>
          <p class="fill-note" data-fill-unavailable={unavailable}>
            {t(`fill.unavailable.${unavailable}`)}
          </p>
          {unavailable === 'drift' ? (
            <TeachFields recognition={recognition} t={t} text={text} teach={fill.teach} />
          ) : null}
        </>
      ) : (
        <>
          <h3 class="panel-subtitle">{t('fill.heading')}</h3>
          {state.profile.status === 'none' ? (
            <p class="fill-note" data-fill-no-profile>
              {t('fill.noProfile')}
            </p>
          ) : null}
          {state.profile.status === 'locked' ? (
            <p class="fill-note" data-fill-locked>
              {t('fill.locked')}
            </p>
          ) : null}
          {profile ? (
            <>
              <button
                type="button"
                class="fill-button"
                data-action="fill"
                disabled={state.busy !== null}
                onClick={trusted(onFill)}
              >
                {state.busy === 'fill' ? t('fill.busy') : withName(t, 'fill.button', profile.displayName)}
              </button>
              {state.busy === 'fill' && state.waitingFor ? (
                <p class="fill-note" data-fill-waiting={state.waitingFor} role="status">
                  {t('fill.waiting', { field: labelOf(state.waitingFor) })}
                </p>
              ) : null}
              <p class="fill-explain">{t('fill.explain')}</p>
            </>
          ) : null}
        </>
      )}

      {state.failed ? (
        <p class="fill-error" role="alert">
          {t(`fill.failed.${state.failed}`)}
        </p>
      ) : null}

      <div
        class="fill-summary"
        data-fill-summary
        data-fill-state={session?.phase}
        ref={summaryRef}
        // Focus lands here after a fill or undo, so keyboard and screen-reader users hear the result.
        tabIndex={-1}
        aria-live="polite"
        hidden={session === null}
      >
        {session?.phase === 'filled' ? (
          <FilledSummary
            session={session}
            t={t}
            labelOf={labelOf}
            recognition={recognition}
            busy={state.busy !== null}
            canOverwrite={profile !== null}
            onOverwrite={onOverwrite}
            onUndo={onUndo}
          />
        ) : null}
        {session?.phase === 'undone' ? (
          <UndoneSummary session={session} t={t} labelOf={labelOf} lang={text.lang} />
        ) : null}
      </div>

      <CopyPageMap recognition={recognition} t={t} />

      {layer && markedFields.length > 0
        ? createPortal(<FillMarks fields={markedFields} layer={layer} />, layer)
        : null}
    </section>
  );
}

const NAME_SLOT = '\u0000';

/**
 * A message with the profile's name in it, the name isolated (`<bdi>`) so that a Latin name in
 * an Arabic sentence, or the reverse, keeps its own direction and does not reorder the words.
 */
function withName(t: Translate, key: string, name: string) {
  // The <bdi> does the isolating; an Arabic translator's own isolates around the slot go.
  const [before = '', after = ''] = t(key, { name: NAME_SLOT })
    .replace(isolate(NAME_SLOT), NAME_SLOT)
    .split(NAME_SLOT);
  return (
    <>
      {before}
      <bdi>{name}</bdi>
      {after}
    </>
  );
}

interface SummaryProps {
  readonly session: FillSession;
  readonly t: Translate;
  readonly labelOf: (key: FieldKey) => string;
}

function FilledSummary({
  session,
  t,
  labelOf,
  recognition,
  busy,
  canOverwrite,
  onOverwrite,
  onUndo,
}: SummaryProps & {
  readonly recognition: PageRecognition;
  readonly busy: boolean;
  readonly canOverwrite: boolean;
  readonly onOverwrite: () => void;
  readonly onUndo: () => void;
}) {
  const filled = session.results.filter((result) => result.outcome === 'filled');
  const skipped = session.results.filter((result) => result.outcome !== 'filled');
  const typedKept = skipped.some((result) => result.reason === 'user-typed');
  const reasonText = (result: FieldResult): string => {
    const field = recognition.fields.find((candidate) => candidate.key === result.key);
    const gate =
      result.reason === 'not-fillable' && isHumanGate({ key: result.key, widget: field?.widget ?? 'text' });
    if (gate) return t('fill.reason.gate');
    if (result.reason === 'option-not-found' && result.closest?.length)
      return t('fill.reason.option-not-found.closest', { options: result.closest.join(' · ') });
    if (result.reason === 'list-empty')
      return t('fill.reason.list-empty', { seconds: Math.round((result.waitedMs ?? 0) / 1000) });
    if (result.reason === 'needs-parent' && result.parent)
      return t('fill.reason.needs-parent', { parent: labelOf(result.parent) });
    return t(`fill.reason.${result.reason ?? 'failed'}`);
  };
  return (
    <>
      {filled.length > 0 ? <p class="fill-check">{t('fill.check')}</p> : null}
      {/* The actions come first, so Undo is in view without scrolling the panel. */}
      <div class="fill-actions">
        {session.filledElements.size > 0 ? (
          <button
            type="button"
            class="fill-secondary"
            data-action="undo-fill"
            disabled={busy}
            onClick={trusted(onUndo)}
          >
            {t('fill.undo')}
          </button>
        ) : null}
        {typedKept ? (
          <button
            type="button"
            class="fill-secondary"
            data-action="fill-overwrite"
            disabled={busy || !canOverwrite}
            onClick={trusted(onOverwrite)}
          >
            {t('fill.overwrite')}
          </button>
        ) : null}
      </div>
      <h4 class="fill-group">{t('fill.group.filled', { count: filled.length })}</h4>
      {filled.length > 0 ? (
        <ul class="fill-results fill-results--filled">
          {filled.map((result) => (
            <li key={result.key} class="fill-result" data-fill-result="filled" data-field={result.key}>
              {labelOf(result.key)}
            </li>
          ))}
        </ul>
      ) : null}
      {skipped.length > 0 ? (
        <>
          <h4 class="fill-group">{t('fill.group.skipped', { count: skipped.length })}</h4>
          <ul class="fill-results fill-results--skipped">
            {skipped.map((result) => (
              <li
                key={result.key}
                class="fill-result"
                data-fill-result="skipped"
                data-field={result.key}
                data-reason={result.reason}
              >
                <span class="fill-result-name">{labelOf(result.key)}</span>
                <span class="fill-result-reason">{reasonText(result)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function UndoneSummary({ session, t, labelOf, lang }: SummaryProps & { readonly lang: UiText['lang'] }) {
  const undone = session.undone;
  const names = (keys: readonly FieldKey[]) => listOf(lang, keys.map(labelOf));
  return (
    <>
      <p class="fill-undone">{t('fill.undone')}</p>
      {undone && undone.leftAlone.length > 0 ? (
        <p class="fill-note" data-fill-left-alone>
          {t('fill.undone.leftAlone', { fields: names(undone.leftAlone) })}
        </p>
      ) : null}
      {undone && undone.notRestored.length > 0 ? (
        <p class="fill-error" data-fill-not-restored>
          {t('fill.undone.failed', { fields: names(undone.notRestored) })}
        </p>
      ) : null}
    </>
  );
}

/** Re-renders the section whenever the controller's state changes. */
function useFillState(fill: FillController): FillState {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = fill.subscribe(() => setVersion((version) => version + 1));
    // A change between the first render and subscribing is picked up here.
    setVersion((version) => version + 1);
    return unsubscribe;
  }, [fill]);
  return fill.getState();
}

/**
 * A layer of our own for the field outlines, beside the overlay inside our shadow root (or in
 * the document's body where there is no shadow root, as in component tests). The overlay host
 * sits at the document's origin and scrolls with the page, so marks placed once follow their
 * fields. Nothing is added to the page's own DOM.
 */
function useMarkLayer(sectionRef: RefObject<HTMLElement | null>): HTMLElement | null {
  const [layer, setLayer] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!section) return undefined;
    const root = section.getRootNode();
    const parent = root instanceof ShadowRoot ? root : section.ownerDocument.body;
    const created = section.ownerDocument.createElement('div');
    created.className = 'fill-marks';
    parent.append(created);
    setLayer(created);
    return () => created.remove();
  }, [sectionRef]);
  return layer;
}
