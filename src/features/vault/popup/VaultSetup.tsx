import { useState } from 'preact/hooks';
import type { Translate } from '../../../i18n/translate';
import { turnOnEncryption } from '../../../profile/vault/encrypt-all';
import { checkNewPassphrase } from '../../../profile/vault/passphrase';
import type { VaultSession } from '../../../profile/vault/session';
import { passphraseProblemText, vaultErrorText } from './errors';
import { PassphraseFields } from './PassphraseFields';

export interface VaultOfferProps {
  readonly t: Translate;
  readonly session: VaultSession;
  /** Profiles were stored before: say that earlier copies may remain in the browser's files. */
  readonly everStored: boolean;
  readonly onDismiss: () => void;
  readonly onDone: () => void;
}

/**
 * The first-run offer to encrypt, opening into the passphrase form. Dismissible. On a first run
 * it stands before the profiles, so that nothing is stored in clear unless the person chose so.
 */
export function VaultOffer({ t, session, everStored, onDismiss, onDone }: VaultOfferProps) {
  const [open, setOpen] = useState(false);
  return (
    <section class="vault-offer notice" aria-labelledby="vault-offer-title" data-vault-offer>
      <h2 id="vault-offer-title">{open ? t('setup.title') : t('offer.title')}</h2>
      {open ? (
        <VaultSetupForm
          t={t}
          session={session}
          everStored={everStored}
          onCancel={() => setOpen(false)}
          onDone={onDone}
        />
      ) : (
        <>
          <p class="small">{t('offer.body')}</p>
          {everStored ? <p class="small vault-disk-note">{t('disk.note')}</p> : null}
          <div class="actions">
            <button type="button" class="primary" onClick={() => setOpen(true)} data-vault-start>
              {t('offer.start')}
            </button>
            <button type="button" onClick={onDismiss} data-vault-dismiss>
              {t('offer.dismiss')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** The new passphrase, twice; encrypts every stored profile. */
export function VaultSetupForm({
  t,
  session,
  everStored,
  onCancel,
  onDone,
}: {
  readonly t: Translate;
  readonly session: VaultSession;
  readonly everStored: boolean;
  readonly onCancel?: () => void;
  readonly onDone: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const problem = checkNewPassphrase(passphrase, confirmation);
    if (problem) {
      setError(passphraseProblemText(t, problem));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await turnOnEncryption(session, passphrase);
      onDone();
    } catch (failure) {
      setError(vaultErrorText(t, failure));
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
      data-vault-setup
    >
      <p class="small">{t('offer.body')}</p>
      {everStored ? <p class="small vault-disk-note">{t('disk.note')}</p> : null}
      <PassphraseFields
        t={t}
        idPrefix="vault-new"
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
      />
      {error ? (
        <p class="error" role="alert" data-vault-error>
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-vault-encrypt>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('setup.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
