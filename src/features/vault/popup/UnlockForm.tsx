import { useLayoutEffect, useState } from 'preact/hooks';
import type { Translate } from '../../../i18n/translate';
import { resumeIfUnfinished } from '../../../profile/vault/encrypt-all';
import type { VaultSession } from '../../../profile/vault/session';
import { vaultErrorText } from './errors';

/** Performance marks for the bench (`scripts/bench/vault.ts`); they cost microseconds and assert nothing. */
export const UNLOCK_FORM_MARK = 'vault:unlock-form';
export const UNLOCKED_MARK = 'vault:unlocked';

/** Shown instead of the profiles while the vault is locked. A wrong passphrase changes nothing. */
export function UnlockForm({
  t,
  session,
  onUnlocked,
}: {
  readonly t: Translate;
  readonly session: VaultSession;
  readonly onUnlocked: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useLayoutEffect(() => {
    if (performance.getEntriesByName(UNLOCK_FORM_MARK).length === 0) performance.mark(UNLOCK_FORM_MARK);
  }, []);

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await session.unlock(passphrase);
      performance.mark(UNLOCKED_MARK);
      setPassphrase('');
      await resumeIfUnfinished(session);
      onUnlocked();
    } catch (failure) {
      setError(vaultErrorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="vault-unlock" aria-labelledby="vault-unlock-title" data-vault-locked>
      <h2 id="vault-unlock-title">{t('unlock.title')}</h2>
      <p class="small">{t('unlock.body')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && passphrase) void submit();
        }}
        data-vault-unlock
      >
        <div class="field">
          <label for="vault-unlock-passphrase">{t('unlock.passphrase')}</label>
          <input
            id="vault-unlock-passphrase"
            type="password"
            autocomplete="current-password"
            autofocus
            value={passphrase}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'vault-unlock-error' : undefined}
            onInput={(event) => setPassphrase((event.currentTarget as HTMLInputElement).value)}
            data-vault-unlock-passphrase
          />
        </div>
        {error ? (
          <p id="vault-unlock-error" class="error" role="alert" data-vault-error>
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy} data-vault-unlock-submit>
          {busy ? t('unlock.busy') : t('unlock.submit')}
        </button>
      </form>
    </section>
  );
}
