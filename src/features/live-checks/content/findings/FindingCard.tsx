import { Fragment } from 'preact';
import { type SourceLinkKind, shownReference, sourceLinks } from '../../../../domain/source-links';
import { joinList } from '../../../../i18n/bidi';
import type { UiText } from '../../../../ui/i18n';
import { type FindingView, formatIsoDate } from './finding-view';
import { SEVERITY_GLYPH } from './severity';

/** Only https addresses become links; anything else stays text. */
const isWebAddress = (url: string) => /^https:\/\//i.test(url);

/** "Official text" only for a state address; a copy is labelled as one (`domain/source-links.ts`). */
const LINK_LABEL: Readonly<Record<SourceLinkKind, string>> = {
  official: 'finding.officialText',
  copy: 'finding.copy',
  page: 'finding.address',
};

/**
 * One finding in the panel: glyph and severity word, the message, the fields it concerns and a
 * "Source" disclosure with the legal reference, how sure we are, when it was last checked and
 * the address (a link the user may follow; the assistant itself never opens it).
 */
export function FindingCard({ view, text }: { view: FindingView; text: UiText }) {
  const { finding, severity } = view;
  const { source } = finding;
  // The English note in English; elsewhere the citation, which every language can show.
  const reference = shownReference(source, text.lang);
  return (
    <article
      class={`finding finding--${severity}`}
      data-rule={finding.ruleId}
      data-severity={severity}
      data-message={finding.messageKey}
    >
      <p class="finding-head">
        <span class="severity-glyph" aria-hidden="true">
          {SEVERITY_GLYPH[severity]}
        </span>
        <strong class="severity-word">{text.rule(`severity.${severity}`)}</strong>
        {view.fieldNames.length > 0 ? (
          <span class="finding-fields">{joinList(text.lang, view.fieldNames)}</span>
        ) : null}
      </p>
      <p class="finding-message">{view.message}</p>
      <details class="finding-source">
        {/* Named after its legal reference, so the panel's many "Source" disclosures differ. */}
        <summary aria-label={text.t('finding.sourceFor', { reference })}>{text.t('finding.source')}</summary>
        <dl>
          <dt>{text.t('finding.reference')}</dt>
          <dd dir="auto">{reference}</dd>
          <dt>{text.t('finding.confidence')}</dt>
          <dd data-confidence={source.confidence}>{text.rule(`confidence.${source.confidence}`)}</dd>
          <dt>{text.t('finding.lastVerified')}</dt>
          <dd>{formatIsoDate(source.lastVerified)}</dd>
          {sourceLinks(source).map((link) => (
            <Fragment key={link.kind}>
              <dt>{text.t(LINK_LABEL[link.kind])}</dt>
              <dd class="finding-url" dir="ltr" data-source-link={link.kind}>
                {isWebAddress(link.url) ? (
                  // Named after its reference too: several findings may cite the same document.
                  <a
                    href={link.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={text.t('finding.linkFor', {
                      label: text.t(LINK_LABEL[link.kind]),
                      reference,
                    })}
                  >
                    {link.url}
                  </a>
                ) : (
                  link.url
                )}
              </dd>
            </Fragment>
          ))}
        </dl>
      </details>
    </article>
  );
}
