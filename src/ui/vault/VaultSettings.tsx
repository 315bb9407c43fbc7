import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n/translate';
import { resumeIfUnfinished } from '../../profile/vault/encrypt-all';
import { checkNewPassphrase } from '../../profile/vault/passphrase';
import { IDLE_MINUTE_CHOICES, type VaultSession } from '../../profile/vault/session';
import { passphraseProblemText, vaultErrorText } from './errors';
import { PassphraseFields } from './PassphraseFields';

/** While unlocked: lock now, the auto-lock delay, change the passphrase. */
export function VaultSettings({ t, session }: { readonly t: Translate; readonly session: VaultSession }) {
  const [idle, setIdle] = useState<number>();
  useEffect(() => {
    void session.idleMinutes().then(setIdle);
  }, [session]);
  const choices: readonly number[] = IDLE_MINUTE_CHOICES.includes(idle as never)
    ? IDLE_MINUTE_CHOICES
    : [...IDLE_MINUTE_CHOICES, ...(idle ? [idle] : [])];

  return (
    <details class="vault-settings" data-vault-settings>
      <summary>{t('settings.title')}</summary>
      <p class="small">{t('settings.on')}</p>
      <div class="actions">
        <button type="button" onClick={() => void session.lock()} data-vault-lock>
          {t('settings.lockNow')}
        </button>
      </div>
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
    </details>
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
