import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n/translate';
import { resumeDecryption } from '../../profile/vault/decrypt-all';
import type { VaultSession } from '../../profile/vault/session';
import { vaultErrorText } from './errors';

/**
 * Shown while turning encryption off is not finished (a popup closed half way): it finishes the
 * decryption with the unlocked key; the page then shows encryption as off.
 */
export function DecryptingNotice({
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
    resumeDecryption(session).then(
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
    <p class="notice small" role="status" data-vault-decrypting>
      {t('off.resuming')}
    </p>
  );
}
