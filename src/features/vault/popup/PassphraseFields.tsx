import type { Translate } from '../../../i18n/translate';
import { passphraseStrength } from '../../../profile/vault/passphrase';

export interface PassphraseFieldsProps {
  readonly t: Translate;
  readonly idPrefix: string;
  readonly passphrase: string;
  readonly confirmation: string;
  readonly onPassphrase: (value: string) => void;
  readonly onConfirmation: (value: string) => void;
  readonly passphraseLabel?: string;
}

/** A new passphrase with its strength hint, and its confirmation. */
export function PassphraseFields({
  t,
  idPrefix,
  passphrase,
  confirmation,
  onPassphrase,
  onConfirmation,
  passphraseLabel,
}: PassphraseFieldsProps) {
  const strength = passphrase ? passphraseStrength(passphrase) : null;
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-passphrase`}>{passphraseLabel ?? t('setup.passphrase')}</label>
        <input
          id={`${idPrefix}-passphrase`}
          type="password"
          autocomplete="new-password"
          value={passphrase}
          aria-describedby={`${idPrefix}-strength`}
          onInput={(event) => onPassphrase((event.currentTarget as HTMLInputElement).value)}
          data-vault-passphrase
        />
        <p id={`${idPrefix}-strength`} class="small muted" aria-live="polite" data-strength={strength ?? ''}>
          {strength ? t(`strength.${strength}`) : ''}
        </p>
      </div>
      <div class="field">
        <label for={`${idPrefix}-confirm`}>{t('setup.confirm')}</label>
        <input
          id={`${idPrefix}-confirm`}
          type="password"
          autocomplete="new-password"
          value={confirmation}
          onInput={(event) => onConfirmation((event.currentTarget as HTMLInputElement).value)}
          data-vault-confirm
        />
      </div>
    </>
  );
}
