import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n/translate';
import { resumeIfUnfinished } from '../../profile/vault/encrypt-all';
import type { VaultSession } from '../../profile/vault/session';
import { vaultErrorText } from './errors';

/**
 * Shown while the vault exists but its records are not all sealed yet: during the encryption the
 * setup form started, or after a popup was closed half way. It finishes (or waits for) that
 * encryption; the settings, which say "encrypted", appear only when it is done.
 */
export function EncryptingNotice({
  t,
  session,
  onDone,
}: {
  readonly t: Translate;
  readonly session: VaultSession;
  readonly onDone: () => void;
}) {
  const [error, setError] = useState<string>();
  useEffect(() => {
    let shown = true;
    resumeIfUnfinished(session).then(
      () => shown && onDone(),
      (failure) => shown && setError(vaultErrorText(t, failure)),
    );
    return () => {
      shown = false;
    };
  }, [session, t, onDone]);
  return error ? (
    <p class="error" role="alert" data-vault-error>
      {error}
    </p>
  ) : (
    <p class="notice small" role="status" data-vault-encrypting>
      {t('setup.busy')}
    </p>
  );
}
