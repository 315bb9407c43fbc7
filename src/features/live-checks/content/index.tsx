/**
 * The live checks on the page (`live-checks.ts`): their findings go on the fields' badges, in the
 * panel and on its folded tab; the application kind they assume, when no page said it, shows
 * among the page's facts with its one-click correction.
 */
import type { ApplicationKind } from '../../../domain/permits';
import type { UiText } from '../../../ui/i18n';
import type { ContentFeature } from '../../../ui/overlay/content-feature';
import { guard } from '../../../ui/overlay/guard';
import { trusted } from '../../../ui/overlay/trusted';
import { type LiveChecks, startLiveChecks } from './live-checks';

export const liveChecksContent: ContentFeature<LiveChecks> = {
  name: 'live-checks',
  start(host) {
    const live = startLiveChecks(host.ctx, {
      recognition: host.recognition,
      onUpdate: host.rerender,
      settled: host.settled,
      recognizeNow: host.recognizeNow,
    });
    const chooseKind = guard('application kind', (kind: ApplicationKind) => live.setChoices({ kind }));
    return {
      api: live,
      part: {
        findings: () => live.state().assessment.findings,
        pageChanged: () => live.pageChanged(),
        panel: {
          'page-facts': ({ recognition, text }) => {
            // The page's own word is shown by the panel; the assumed or chosen kind only without it.
            const { kind, kindAssumed } = live.state();
            if (recognition.applicationKind || !kind) return null;
            return <KindFact kind={kind} assumed={kindAssumed} text={text} onChoose={chooseKind} />;
          },
        },
      },
    };
  },
};

/** The application kind the checks use when no page said it: assumed, or the person's choice. */
function KindFact(props: {
  readonly kind: ApplicationKind;
  readonly assumed: boolean;
  readonly text: UiText;
  readonly onChoose: (kind: ApplicationKind) => void;
}) {
  const { t } = props.text;
  return (
    <>
      <dt>{t('panel.application')}</dt>
      <dd data-application-kind={props.kind} data-kind-assumed={props.assumed ? 'true' : undefined}>
        {t(`application.${props.kind}`)}
        {props.assumed ? (
          <>
            <span class="kind-assumed"> {t('panel.kindAssumed')}</span>
            <button
              type="button"
              class="kind-correct"
              data-action="choose-transfer"
              onClick={trusted(() => props.onChoose('transfer'))}
            >
              {t('panel.kindIsTransfer')}
            </button>
          </>
        ) : null}
      </dd>
    </>
  );
}
