import { useState } from 'preact/hooks';
import {
  type CardFee,
  cardFeeLookup,
  type FeeSource,
  indicativePermitFeeTl,
  PERMIT_FEE_EXEMPT_NATIONALITIES,
  PERMIT_FEE_EXEMPTION_SOURCE,
  type PermitFeeTariff,
  permitFeeLookup,
} from '../../../domain/fees';
import { referenceIn } from '../../../domain/source-citations';
import type { YearLookup } from '../../../domain/yearly-figures';
import { joinList } from '../../../i18n/bidi';
import type { Profile } from '../../../profile/schema';
import { formatIsoDate } from '../../live-checks/content/findings/finding-view';
import type { ProfileText } from '../../profiles/popup/text';

export interface FeeLookupProps {
  readonly text: ProfileText;
  readonly today: Date;
  /** The active profile: its nationality decides the permit-fee exemption. */
  readonly profile?: Profile;
}

const MAX_MONTHS = 60;

function lira(text: ProfileText, amount: number): string {
  // Whole lira without decimals; kuruş always with two (348.10, not 348.1).
  const digits = Number.isInteger(amount) ? 0 : 2;
  return `${new Intl.NumberFormat(text.lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)} TL`;
}

function FeeSourceLine({ text, source }: { text: ProfileText; source: FeeSource }) {
  return (
    <p class="source small">
      {text.t('checklist.source')}{' '}
      <a href={source.url} target="_blank" rel="noopener noreferrer" dir="auto">
        {referenceIn(source, text.lang)}
      </a>{' '}
      · {text.docs(`confidence.${source.confidence}`)} ·{' '}
      {text.t('checklist.verified', { date: formatIsoDate(source.lastVerified) })}
    </p>
  );
}

/** Says which year's figure is shown when the asked year has none yet: never silent. */
function FigureYear({ text, lookup }: { text: ProfileText; lookup: YearLookup<{ year: number }> }) {
  if (lookup.kind === 'exact')
    return <p class="small">{text.t('fees.figureYear', { year: lookup.figure.year })}</p>;
  if (lookup.kind === 'none')
    return <p class="warning-text">{text.t('fees.noFigure', { year: lookup.year })}</p>;
  return (
    <p class="warning-text" data-fee-outdated>
      {lookup.pending
        ? text.t('fees.notYetPublished', {
            year: lookup.year,
            figureYear: lookup.figure.year,
            checkedOn: lookup.pending.checkedOn,
          })
        : text.t('fees.latestKnown', { year: lookup.year, figureYear: lookup.figure.year })}
    </p>
  );
}

// Amounts are wrapped in <bdi> so that "964 TL" keeps its order inside right-to-left text.

/** The card-fee line shared with the deadline calculator, so both show the same figure. */
export function CardFeeLine({ text, year }: { text: ProfileText; year: number }) {
  const lookup = cardFeeLookup(year);
  if (lookup.kind === 'none') return null;
  const key = lookup.kind === 'exact' ? 'fees.cardFeeLine' : 'fees.cardFeeLineOutdated';
  return (
    <p class="small" data-card-fee-line>
      {text.t(key, { year, figureYear: lookup.figure.year, amount: lira(text, lookup.figure.amountTl) })}
    </p>
  );
}

function CardFeeSection({ text, lookup }: { text: ProfileText; lookup: YearLookup<CardFee> }) {
  return (
    <fieldset class="section" data-card-fee>
      <legend>{text.t('fees.cardTitle')}</legend>
      {lookup.kind === 'none' ? null : (
        <p data-card-fee-amount>
          <bdi>{lira(text, lookup.figure.amountTl)}</bdi>
        </p>
      )}
      <FigureYear text={text} lookup={lookup} />
      {lookup.kind === 'none' ? null : <FeeSourceLine text={text} source={lookup.figure} />}
    </fieldset>
  );
}

function PermitFeeSection(props: {
  text: ProfileText;
  lookup: YearLookup<PermitFeeTariff>;
  cardFee: number | undefined;
  exempt: boolean | undefined;
}) {
  const { text, lookup } = props;
  const [months, setMonths] = useState('12');
  const count =
    /^\d{1,2}$/.test(months) && Number(months) >= 1 && Number(months) <= MAX_MONTHS
      ? Number(months)
      : undefined;
  return (
    <fieldset class="section" data-permit-fee>
      <legend>{text.t('fees.permitTitle')}</legend>
      <p class="muted small">{text.t('fees.permitDepends')}</p>
      {lookup.kind === 'none' ? null : (
        <dl class="results">
          <dt>{text.t('fees.firstMonth')}</dt>
          <dd>
            {text.t('fees.firstMonthValue', {
              perDay: lira(text, lookup.figure.firstMonthPerDayTl),
              minimum: lira(text, lookup.figure.firstMonthMinimumTl),
              maximum: lira(text, lookup.figure.firstMonthMaximumTl),
            })}
          </dd>
          <dt>{text.t('fees.furtherMonth')}</dt>
          <dd>
            <bdi>{lira(text, lookup.figure.perFurtherMonthTl)}</bdi>
          </dd>
        </dl>
      )}
      <FigureYear text={text} lookup={lookup} />
      {lookup.kind === 'none' ? null : <FeeSourceLine text={text} source={lookup.figure} />}
      <div class="field">
        <label for="fee-months">{text.t('fees.months')}</label>
        <input
          id="fee-months"
          type="number"
          min={1}
          max={MAX_MONTHS}
          value={months}
          onInput={(event) => setMonths((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div aria-live="polite" data-fee-estimate>
        {count === undefined ? (
          <p class="warning-text">{text.t('fees.monthsInvalid', { max: MAX_MONTHS })}</p>
        ) : lookup.kind === 'none' ? null : (
          <p>
            {text.t(props.exempt ? 'fees.estimateExempt' : 'fees.estimate', {
              months: count,
              permitFee: lira(text, indicativePermitFeeTl(lookup.figure, count, props.exempt === true)),
              total: lira(
                text,
                indicativePermitFeeTl(lookup.figure, count, props.exempt === true) + (props.cardFee ?? 0),
              ),
            })}
          </p>
        )}
      </div>
      <p class="small" data-fee-exempt>
        {text.t('fees.exemptList', {
          countries: joinList(text.lang, [
            ...PERMIT_FEE_EXEMPT_NATIONALITIES.map((code) => text.country(code)),
            'KKTC',
          ]),
        })}
      </p>
      <FeeSourceLine text={text} source={PERMIT_FEE_EXEMPTION_SOURCE} />
    </fieldset>
  );
}

/**
 * Fees by year: the card fee and the (indicative) permit fee tariff, each with its source and
 * the year of the figure. A year without a published figure shows the latest one, flagged.
 */
export function FeeLookup({ text, today, profile }: FeeLookupProps) {
  const [yearText, setYearText] = useState(String(today.getFullYear()));
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : today.getFullYear();
  const card = cardFeeLookup(year);
  const permit = permitFeeLookup(year);
  const nationality = profile?.nationality;
  const exempt =
    nationality === undefined ? undefined : PERMIT_FEE_EXEMPT_NATIONALITIES.includes(nationality);
  return (
    <section class="lookup fees" aria-labelledby="fees-title" data-fees>
      <h2 id="fees-title">{text.t('fees.title')}</h2>
      <div class="field">
        <label for="fee-year">{text.t('fees.year')}</label>
        <input
          id="fee-year"
          type="number"
          min={2025}
          max={2100}
          value={yearText}
          onInput={(event) => setYearText((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {nationality !== undefined ? (
        <p class="small" data-fee-nationality>
          {text.t(exempt ? 'fees.nationalityExempt' : 'fees.nationalityPays', {
            country: text.country(nationality),
          })}
        </p>
      ) : null}
      <CardFeeSection text={text} lookup={card} />
      <PermitFeeSection
        text={text}
        lookup={permit}
        cardFee={card.kind === 'none' ? undefined : card.figure.amountTl}
        exempt={exempt}
      />
    </section>
  );
}
