import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../contracts/languages';
import { FindingsRegion } from '../../features/live-checks/content/findings/FindingsRegion';
import type { FindingView } from '../../features/live-checks/content/findings/finding-view';
import { SEVERITY_GLYPH, worstSeverity } from '../../features/live-checks/content/findings/severity';
import type { PageRecognition } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import type { PanelSections } from './content-feature';
import type { FieldView } from './field-view';
import { LanguageSwitch } from './LanguageSwitch';
import type { DockSide } from './panel-layout';
import { focusForPerson } from './person-focus';
import { trusted } from './trusted';

export interface PanelProps {
  readonly recognition: PageRecognition;
  readonly views: readonly FieldView[];
  readonly text: UiText;
  readonly collapsed: boolean;
  /** The window edge it docks at: the page's end side, whatever the assistant's language. */
  readonly side?: DockSide;
  readonly onToggle: () => void;
  readonly findings: readonly FindingView[];
  readonly onChooseLanguage: (language: Language) => void;
  /**
   * What the features draw (`content-feature.tsx`): among the page's facts, the actions (the
   * fill), and the documents under the findings.
   */
  readonly sections?: PanelSections | undefined;
}

const PANEL_BODY_ID = 'eikamet-panel-body';

/**
 * The side panel: language, which page this is, drift, the live findings, the document
 * checklist and the recognised fields with their hints. Open, it is docked at the page's end
 * edge and the page makes room for it; folded, only a narrow tab shows (with the number of
 * errors and warnings), and a hidden status line keeps announcing new warnings, because a
 * folded panel's own live region is not read out.
 *
 * Keyboard: opening it from the tab moves focus to its heading; Escape anywhere in it, or its
 * fold button, folds it and puts focus back where it was before focus entered the panel (the
 * tab when that place is gone). A panel that opened by itself takes no focus.
 */
export function Panel(props: PanelProps) {
  const { recognition, views, text, collapsed, onToggle, findings, onChooseLanguage } = props;
  const sections = props.sections ?? {};
  const side = props.side ?? 'right';
  const { t } = text;
  const about = text.pageAbout(recognition.kind);
  const serious = findings.filter((view) => view.severity !== 'info');
  const worst = worstSeverity(serious);
  const tabRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLElement>(null);
  /** Where focus was before it entered the panel; it goes back there when the panel folds. */
  const returnTo = useRef<HTMLElement | null>(null);
  /** Set by a person's open or fold; the focus moves once the render shows the result. */
  const moveFocus = useRef<'into' | 'back' | null>(null);

  useEffect(() => {
    const wanted = moveFocus.current;
    moveFocus.current = null;
    if (wanted === 'into' && !collapsed) focusForPerson(headingRef.current);
    if (wanted === 'back' && collapsed) {
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected && target !== tabRef.current && isShown(target)) focusForPerson(target);
      else focusForPerson(tabRef.current);
    }
  }, [collapsed]);

  const open = () => {
    moveFocus.current = 'into';
    onToggle();
  };
  const fold = () => {
    moveFocus.current = 'back';
    onToggle();
  };
  const onFocusIn = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !bodyRef.current?.contains(from)) returnTo.current = from;
  };
  const foldOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    fold();
  };

  return (
    <aside
      class="panel"
      dir={text.dir}
      lang={text.lang}
      data-collapsed={collapsed ? 'true' : 'false'}
      data-side={side}
      aria-label={t('overlay.title')}
    >
      <button
        type="button"
        class="panel-tab"
        ref={tabRef}
        hidden={!collapsed}
        aria-expanded="false"
        aria-controls={PANEL_BODY_ID}
        title={t('panel.expand')}
        onClick={trusted(open)}
      >
        <span class="panel-tab-mark" aria-hidden="true">
          ?
        </span>
        <span class="panel-tab-text">{t('panel.tab')}</span>
        {worst ? (
          <span class={`panel-tab-count panel-tab-count--${worst}`} data-tab-severity={worst}>
            <span aria-hidden="true">{SEVERITY_GLYPH[worst]}</span>{' '}
            <span class="visually-hidden">{t('panel.tabFindings', { count: serious.length })}</span>
            <span aria-hidden="true">{serious.length}</span>
          </span>
        ) : null}
      </button>
      <div class="visually-hidden" role="status" data-announcer>
        {collapsed
          ? serious.map((view) => `${text.rule(`severity.${view.severity}`)}: ${view.message}`).join(' ')
          : ''}
      </div>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus are caught here as they bubble up from the panel's own controls; the section itself is not a control. */}
      <section
        id={PANEL_BODY_ID}
        class="panel-body"
        hidden={collapsed}
        ref={bodyRef}
        onFocusIn={onFocusIn}
        onKeyDown={trusted(foldOnEscape)}
      >
        <header class="panel-header">
          <h2 class="panel-title" ref={headingRef} tabIndex={-1}>
            {t('overlay.title')}
          </h2>
          <button
            type="button"
            class="panel-close"
            aria-expanded="true"
            aria-controls={PANEL_BODY_ID}
            aria-label={t('panel.collapse')}
            title={t('panel.collapse')}
            onClick={trusted(fold)}
          >
            {/* Points to the edge the panel folds into; dir="ltr" stops bidi mirroring the glyph. */}
            <span aria-hidden="true" dir="ltr">
              {side === 'left' ? '«' : '»'}
            </span>
          </button>
        </header>

        <LanguageSwitch text={text} onChoose={onChooseLanguage} />

        <dl class="panel-facts">
          <dt>{t('panel.page')}</dt>
          <dd data-page-name>{t(`page.${recognition.kind}`)}</dd>
          {recognition.applicationKind ? (
            <>
              <dt>{t('panel.application')}</dt>
              <dd data-application-kind={recognition.applicationKind}>
                {t(`application.${recognition.applicationKind}`)}
              </dd>
            </>
          ) : null}
          {sections['page-facts']}
        </dl>

        {about ? (
          <p class="page-about" data-page-about>
            {about}
          </p>
        ) : null}

        {recognition.drift ? (
          <p class="drift-notice" role="note" data-drift-notice>
            {t('drift.notice', {
              missing: recognition.drift.missing.length,
              unknown: recognition.drift.unknown.length,
            })}
          </p>
        ) : null}

        {sections.actions}

        {findings.length > 0 ? <h3 class="panel-subtitle">{t('panel.findings')}</h3> : null}
        <FindingsRegion views={findings} text={text} />

        {sections.documents}

        <details class="fields-section" open>
          <summary class="panel-subtitle">{t('panel.fields')}</summary>
          {views.length === 0 ? (
            <p class="panel-empty">{t('panel.noFields')}</p>
          ) : (
            <ul class="field-list">
              {views.map((view) => (
                <li
                  key={view.key}
                  class={view.humanGate ? 'field field--gate' : 'field'}
                  data-field-key={view.key}
                >
                  <span class="field-name">{view.label}</span>
                  {view.pageLabel ? (
                    <span class="field-page-label">
                      <bdi lang={recognition.lang}>{view.pageLabel}</bdi>
                    </span>
                  ) : null}
                  {view.hint ? <span class="field-hint">{view.hint}</span> : null}
                  {view.format ? (
                    <span class="field-format">{t('field.format', { format: view.format })}</span>
                  ) : null}
                  {view.mistakes ? (
                    <details class="field-mistakes">
                      {/* Named after its field: a list of identical "Common mistakes" tells a screen reader nothing. */}
                      <summary aria-label={t('field.mistakesFor', { label: view.label })}>
                        {t('field.mistakes')}
                      </summary>
                      <p>{view.mistakes}</p>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </details>

        <p class="panel-promise">{t('panel.promise')}</p>
      </section>
    </aside>
  );
}

/** Rendered and not inside a hidden or folded part of the page. */
function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}
