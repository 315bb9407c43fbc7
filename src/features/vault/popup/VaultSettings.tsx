import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../../i18n/translate';
import { turnOffEncryption } from '../../../profile/vault/decrypt-all';
import { resumeIfUnfinished } from '../../../profile/vault/encrypt-all';
import { checkNewPassphrase } from '../../../profile/vault/passphrase';
import { IDLE_MINUTE_CHOICES, type VaultSession } from '../../../profile/vault/session';
import { CleanCopies } from './CleanCopies';
import { passphraseProblemText, vaultErrorText } from './errors';
import { PassphraseFields } from './PassphraseFields';

/**
 * While unlocked, at the top of the page so that "Lock now" is in view however long the list:
 * the state and "Lock now", then the settings (auto-lock delay, change the passphrase, turn
 * encryption off) and the way to remove earlier unencrypted copies from the browser's files.
 */
export function VaultSettings({
  t,
  session,
  earlierCopies = false,
  onTurnedOff,
}: {
  readonly t: Translate;
  readonly session: VaultSession;
  /** Encryption was just turned on over profiles stored before: say what may remain, and how to clean. */
  readonly earlierCopies?: boolean;
  readonly onTurnedOff: () => void;
}) {
  const [idle, setIdle] = useState<number>();
  useEffect(() => {
    void session.idleMinutes().then(setIdle);
  }, [session]);
  const choices: readonly number[] = IDLE_MINUTE_CHOICES.includes(idle as never)
    ? IDLE_MINUTE_CHOICES
    : [...IDLE_MINUTE_CHOICES, ...(idle ? [idle] : [])];

  return (
    <section class="vault-bar" aria-label={t('settings.title')} data-vault-bar>
      <div class="vault-bar-row">
        <span class="small" data-vault-on>
          {t('settings.on')}
        </span>
        <button type="button" onClick={() => void session.lock()} data-vault-lock>
          {t('settings.lockNow')}
        </button>
      </div>
      {earlierCopies ? (
        <p class="small vault-disk-note" role="status" data-vault-earlier-copies>
          {t('setup.doneEarlier')}
        </p>
      ) : null}
      <details class="vault-settings" data-vault-settings>
        <summary>{t('settings.title')}</summary>
        <div class="field">
          <label for="vault-idle">{t('settings.idle')}</label>
          <select
            id="vault-idle"
            value={idle === undefined ? '' : String(idle)}
            onChange={(event) => {
              const minutes = Number((event.currentTarget as HTMLSelectElement).value);
              setIdle(minutes);
              void session.setIdleMinutes(minutes);
            }}
            data-vault-idle
          >
            {choices.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t('settings.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
        <ChangePassphrase t={t} session={session} />
        <TurnOff t={t} session={session} onTurnedOff={onTurnedOff} />
      </details>
      <CleanCopies t={t} open={earlierCopies} />
    </section>
  );
}

/** Turning encryption off: the passphrase, then every profile decrypted in batches, nothing deleted. */
function TurnOff({
  t,
  session,
  onTurnedOff,
}: {
  readonly t: Translate;
  readonly session: VaultSession;
  readonly onTurnedOff: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();

  const submit = async () => {
    setError(undefined);
    setProgress({ done: 0, total: 0 });
    try {
      await turnOffEncryption(session, passphrase, (done, total) => setProgress({ done, total }));
      onTurnedOff();
    } catch (failure) {
      setError(vaultErrorText(t, failure));
      setProgress(undefined);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!progress && passphrase) void submit();
      }}
      data-vault-off-form
    >
      <h3>{t('off.title')}</h3>
      <p class="small">{t('off.body')}</p>
      <div class="field">
        <label for="vault-off-passphrase">{t('off.passphrase')}</label>
        <input
          id="vault-off-passphrase"
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(event) => setPassphrase((event.currentTarget as HTMLInputElement).value)}
          data-vault-off-passphrase
        />
      </div>
      {error ? (
        <p class="error" role="alert" data-vault-error>
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={progress !== undefined} data-vault-off-submit>
        {progress ? t('off.busy', { done: progress.done, total: progress.total }) : t('off.submit')}
      </button>
    </form>
  );
}

function ChangePassphrase({ t, session }: { readonly t: Translate; readonly session: VaultSession }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [rekey, setRekey] = useState(true);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const problem = checkNewPassphrase(next, confirmation);
    if (problem) {
      setMessage({ kind: 'error', text: passphraseProblemText(t, problem) });
      return;
    }
    setBusy(true);
    try {
      await session.changePassphrase(current, next, { rekey });
      setCurrent('');
      setNext('');
      setConfirmation('');
      // Reseals every record with the new key in batches; a stop half way resumes at the next unlock.
      if (rekey) await resumeIfUnfinished(session);
      setMessage({ kind: 'done', text: t(rekey ? 'settings.rekeyed' : 'settings.changed') });
    } catch (failure) {
      setMessage({ kind: 'error', text: vaultErrorText(t, failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void submit();
      }}
      data-vault-change
    >
      <h3>{t('settings.change')}</h3>
      <div class="field">
        <label for="vault-current">{t('settings.current')}</label>
        <input
          id="vault-current"
          type="password"
          autocomplete="current-password"
          value={current}
          onInput={(event) => setCurrent((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <PassphraseFields
        t={t}
        idPrefix="vault-change"
        passphrase={next}
        confirmation={confirmation}
        onPassphrase={setNext}
        onConfirmation={setConfirmation}
        passphraseLabel={t('settings.new')}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={rekey}
          onChange={(event) => setRekey((event.currentTarget as HTMLInputElement).checked)}
          data-vault-rekey
        />{' '}
        {t('settings.rekey')}
      </label>
      {message ? (
        <p
          class={message.kind === 'error' ? 'error' : 'small'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {t('settings.change')}
      </button>
    </form>
  );
}
