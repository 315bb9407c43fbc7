import type { PageRecognition } from '../../page/recognition-types';
import type { UiText } from '../i18n';
import type { FieldView } from './field-view';

export interface PanelProps {
  readonly recognition: PageRecognition;
  readonly views: readonly FieldView[];
  readonly text: UiText;
  readonly collapsed: boolean;
  readonly onToggle: () => void;
}

const PANEL_BODY_ID = 'eikamet-panel-body';

/**
 * The side panel: which page this is, drift, and the recognised fields with their hints.
 * Collapsed, only a small tab shows. The body stays in the DOM while collapsed so the
 * `[data-findings]` live region exists before anything is announced into it.
 */
export function Panel({ recognition, views, text, collapsed, onToggle }: PanelProps) {
  const { t } = text;
  const about = text.pageAbout(recognition.kind);
  return (
    <aside
      class="panel"
      dir={text.dir}
      lang={text.lang}
      data-collapsed={collapsed ? 'true' : 'false'}
      aria-label={t('overlay.title')}
    >
      <button
        type="button"
        class="panel-tab"
        hidden={!collapsed}
        aria-expanded="false"
        aria-controls={PANEL_BODY_ID}
        title={t('panel.expand')}
        onClick={onToggle}
      >
        <span class="panel-tab-mark" aria-hidden="true">
          ?
        </span>
        <span>{t('panel.tab')}</span>
      </button>

      <section id={PANEL_BODY_ID} class="panel-body" hidden={collapsed}>
        <header class="panel-header">
          <h2 class="panel-title">{t('overlay.title')}</h2>
          <button
            type="button"
            class="panel-close"
            aria-expanded="true"
            aria-controls={PANEL_BODY_ID}
            aria-label={t('panel.collapse')}
            title={t('panel.collapse')}
            onClick={onToggle}
          >
            {/* Points to the edge the panel folds into; dir="ltr" stops bidi mirroring the glyph. */}
            <span aria-hidden="true" dir="ltr">
              {text.dir === 'rtl' ? '«' : '»'}
            </span>
          </button>
        </header>

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

        {/* Rule warnings arrive here in the next issue, each with data-rule and data-severity. */}
        <div class="findings" data-findings aria-live="polite" />

        <h3 class="panel-subtitle">{t('panel.fields')}</h3>
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
                {view.hint ? <span class="field-hint">{view.hint}</span> : null}
              </li>
            ))}
          </ul>
        )}

        <p class="panel-promise">{t('panel.promise')}</p>
      </section>
    </aside>
  );
}
