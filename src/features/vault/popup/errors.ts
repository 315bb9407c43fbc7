import type { Translate } from '../../../i18n/translate';
import { IterationsOutOfRangeError, WrongPassphraseError } from '../../../profile/vault/crypto';
import type { PassphraseProblem } from '../../../profile/vault/passphrase';
import { VaultCorruptError } from '../../../profile/vault/session';

/** A vault failure as a sentence for the user. */
export function vaultErrorText(t: Translate, error: unknown): string {
  if (error instanceof WrongPassphraseError) return t('fail.wrongPassphrase');
  if (error instanceof VaultCorruptError) return t('fail.corrupt');
  if (error instanceof IterationsOutOfRangeError)
    return t('fail.iterations', { count: error.iterations.toLocaleString('en').replaceAll(',', ' ') });
  return t('fail.failed', { detail: error instanceof Error ? error.message : String(error) });
}

export function passphraseProblemText(t: Translate, problem: PassphraseProblem): string {
  return problem.key === 'fail.tooShort' ? t(problem.key, { min: problem.min }) : t(problem.key);
}
