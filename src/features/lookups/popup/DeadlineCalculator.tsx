import { useState } from 'preact/hooks';
import { formatTrDate } from '../../../domain/dates';
import {
  extensionWindow,
  latestPermitEndFor,
  passportNeededFor,
  workingDayDeadline,
} from '../../../domain/deadlines';
import type { Profile } from '../../../profile/schema';
import type { ProfileText } from '../../profiles/popup/text';
import { DateField, readDate } from './DateField';
import { CardFeeLine } from './FeeLookup';

export interface DeadlineCalculatorProps {
  readonly text: ProfileText;
  readonly today: Date;
  /** Prefills the dates from a profile when one is chosen. */
  readonly profile?: Profile;
}

const DEFAULT_WORKING_DAYS = 20;

function dated(text: ProfileText, date: Date): string {
  const weekday = new Intl.DateTimeFormat(text.lang, { weekday: 'long' }).format(date);
  return `${formatTrDate(date)} (${weekday})`;
}

function ExtensionWindowResult({ text, value, today }: { text: ProfileText; value: string; today: Date }) {
  const { date } = readDate(value);
  if (!date) return null;
  const range = extensionWindow(date, today);
  return (
    <dl class="results" data-extension-window>
      <dt>{text.t('deadline.opens')}</dt>
      <dd data-window-opens>{dated(text, range.opens)}</dd>
      <dt>{text.t('deadline.closes')}</dt>
      <dd data-window-closes>{dated(text, range.closes)}</dd>
      <dt>{text.t('deadline.lateUntil')}</dt>
      <dd>{dated(text, range.lateUntil)}</dd>
      <dt>{text.t('deadline.today')}</dt>
      <dd data-window-status={range.status}>
        {text.t(`deadline.status.${range.status}`, { days: range.days })}
        <CardFeeLine text={text} year={today.getFullYear()} />
      </dd>
    </dl>
  );
}

/**
 * Deadlines without an e-İkamet page open: the extension window from a permit end, the passport
 * validity a permit needs (+60 days) and allows (−60 days), and working-day deadlines.
 */
export function DeadlineCalculator({ text, today, profile }: DeadlineCalculatorProps) {
  const [permitEnd, setPermitEnd] = useState(profile?.currentPermitEnd ?? '');
  const [requestedEnd, setRequestedEnd] = useState(profile?.requestedEnd ?? '');
  const [passportExpiry, setPassportExpiry] = useState(profile?.passportExpiry ?? '');
  const [from, setFrom] = useState('');
  const [days, setDays] = useState(String(DEFAULT_WORKING_DAYS));

  const requested = readDate(requestedEnd).date;
  const expiry = readDate(passportExpiry).date;
  const start = readDate(from).date;
  const count = /^\d{1,3}$/.test(days) ? Number(days) : undefined;
  const deadline = start && count !== undefined ? workingDayDeadline(start, count) : undefined;

  return (
    <section class="lookup deadlines" aria-labelledby="deadlines-title" data-deadlines>
      <h2 id="deadlines-title">{text.t('deadline.title')}</h2>

      <fieldset class="section">
        <legend>{text.t('deadline.extensionTitle')}</legend>
        <DateField
          id="calc-permit-end"
          label={text.t('deadline.permitEnd')}
          value={permitEnd}
          text={text}
          onInput={setPermitEnd}
        />
        <div aria-live="polite">
          <ExtensionWindowResult text={text} value={permitEnd} today={today} />
        </div>
      </fieldset>

      <fieldset class="section">
        <legend>{text.t('deadline.passportTitle')}</legend>
        <DateField
          id="calc-requested-end"
          label={text.t('deadline.requestedEnd')}
          value={requestedEnd}
          text={text}
          onInput={setRequestedEnd}
        />
        <div aria-live="polite">
          {requested ? (
            <p data-passport-needed>
              {text.t('deadline.passportNeeded', { date: dated(text, passportNeededFor(requested)) })}
            </p>
          ) : null}
        </div>
        <DateField
          id="calc-passport-expiry"
          label={text.t('deadline.passportExpiry')}
          value={passportExpiry}
          text={text}
          onInput={setPassportExpiry}
        />
        <div aria-live="polite">
          {expiry ? (
            <p data-latest-end>
              {text.t('deadline.latestEnd', { date: dated(text, latestPermitEndFor(expiry)) })}
            </p>
          ) : null}
        </div>
      </fieldset>

      <fieldset class="section">
        <legend>{text.t('deadline.workingTitle')}</legend>
        <p class="muted small">{text.t('deadline.workingHelp')}</p>
        <DateField
          id="calc-from"
          label={text.t('deadline.from')}
          value={from}
          text={text}
          onInput={setFrom}
        />
        <div class="field">
          <label for="calc-days">{text.t('deadline.days')}</label>
          <input
            id="calc-days"
            type="number"
            min={0}
            max={365}
            value={days}
            onInput={(event) => setDays((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div aria-live="polite" data-working-result>
          {deadline?.ok ? (
            <>
              <p>
                {text.t('deadline.workingResult', { days: count ?? 0, date: dated(text, deadline.date) })}
              </p>
              {deadline.halfDay ? (
                <p class="warning-text">
                  {text.rules('calendar.halfDayDeadline', { deadline: formatTrDate(deadline.date) })}
                </p>
              ) : null}
            </>
          ) : deadline ? (
            <p class="warning-text">{text.rules('calendar.outOfRange', { year: deadline.year })}</p>
          ) : null}
        </div>
      </fieldset>
    </section>
  );
}
