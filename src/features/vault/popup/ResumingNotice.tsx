import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../../i18n/translate';
import type { VaultSession } from '../../../profile/vault/session';
import { vaultErrorText } from './errors';

export interface ResumingNoticeProps {
  readonly t: Translate;
  readonly session: VaultSession;
  readonly onDone: () => void;
}

/**
 * A status line while a change to every record (encrypting or decrypting) finishes, started here
 * or left half way by a popup that closed; the error, if it fails; `onDone` once it is over.
 */
export function ResumingNotice({
  t,
  session,
  onDone,
  resume,
  busy,
  marker,
}: ResumingNoticeProps & {
  readonly resume: (session: VaultSession) => Promise<unknown>;
  readonly busy: string;
  readonly marker: 'data-vault-encrypting' | 'data-vault-decrypting';
}) {
  const [error, setError] = useState<string>();
  useEffect(() => {
    let shown = true;
    resume(session).then(
      () => shown && onDone(),
      (failure) => shown && setError(vaultErrorText(t, failure)),
    );
    return () => {
      shown = false;
    };
  }, [resume, session, t, onDone]);
  return error ? (
    <p class="error" role="alert" data-vault-error>
      {error}
    </p>
  ) : (
    <p class="notice small" role="status" {...{ [marker]: true }}>
      {t(busy)}
    </p>
  );
}
