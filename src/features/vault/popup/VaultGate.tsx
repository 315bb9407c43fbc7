import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../contracts/languages';
import { openProfileStoreEarly } from '../../../profile/store/idb-area';
import { vaultText } from './text';
import './vault.css';
import { DecryptingNotice } from './DecryptingNotice';
import { EncryptingNotice } from './EncryptingNotice';
import { UnlockForm } from './UnlockForm';
import { useVault, type VaultView } from './use-vault';
import { VaultOff } from './VaultOff';
import { VaultSettings } from './VaultSettings';
import { VaultOffer } from './VaultSetup';

/**
 * Wraps a page that shows profiles (popup, options). While the vault is locked the page's content
 * is not even mounted: only the unlock form is. On a first run (nothing ever stored, no vault)
 * the offer to encrypt stands before the profiles until answered, so no profile lands in clear
 * unless the person chose so. Otherwise the vault's state sits at the top of the page, above the
 * content, however long the list: the offer until dismissed, then "turn encryption on" at any
 * time; while unlocked, "Lock now" and the settings (once every record is sealed; until then, a
 * notice that finishes the encryption, or the decryption).
 */
export function VaultGate({
  lang,
  title,
  children,
  vault: given,
  titleAbove = false,
}: {
  readonly lang: Language | undefined;
  readonly title: string;
  readonly children: ComponentChildren;
  readonly vault?: VaultView;
  /** The page already shows its title above the gate (the popup): the first-run offer does not repeat it. */
  readonly titleAbove?: boolean;
}) {
  // The list's first rows come from the profile store: its connection opens while the vault's
  // state is read, not after.
  useEffect(openProfileStoreEarly, []);
  const own = useVault();
  const vault = given ?? own;
  const t = useMemo(() => vaultText(lang ?? 'en'), [lang]);
  /** What this page just did: encrypted over earlier profiles, or turned encryption off. */
  const [justDid, setJustDid] = useState<'encrypted-earlier' | 'encrypted' | 'turned-off' | null>(null);
  const { status, everStored, refresh, dismissOffer } = vault;
  const encrypted = useCallback(() => {
    setJustDid(everStored ? 'encrypted-earlier' : 'encrypted');
    refresh();
  }, [everStored, refresh]);
  const turnedOff = useCallback(() => {
    setJustDid('turned-off');
    dismissOffer();
    refresh();
  }, [dismissOffer, refresh]);
  if (status === 'loading' || lang === undefined) return null;
  if (status === 'locked') {
    return (
      <div class="app popup vault-gate" data-app="vault-locked">
        <header class="app-header">
          <h1>{title}</h1>
        </header>
        <UnlockForm t={t} session={vault.session} onUnlocked={refresh} />
      </div>
    );
  }
  const offering = status === 'none' && !vault.offerDismissed;
  if (offering && everStored === undefined) return null;
  if (offering && !everStored) {
    return (
      <div class="app popup vault-gate" data-app="vault-first-run">
        {titleAbove ? null : (
          <header class="app-header">
            <h1>{title}</h1>
          </header>
        )}
        <VaultOffer
          t={t}
          session={vault.session}
          everStored={false}
          onDismiss={dismissOffer}
          onDone={encrypted}
        />
      </div>
    );
  }
  return (
    <>
      {status === 'corrupt' ? (
        <p class="error vault-corrupt" role="alert" data-vault-corrupt>
          {t('fail.corrupt')}
        </p>
      ) : null}
      {offering ? (
        <VaultOffer t={t} session={vault.session} everStored onDismiss={dismissOffer} onDone={encrypted} />
      ) : null}
      {status === 'none' && vault.offerDismissed ? (
        <VaultOff
          t={t}
          session={vault.session}
          everStored={everStored === true}
          turnedOff={justDid === 'turned-off'}
          onDone={encrypted}
        />
      ) : null}
      {status === 'unlocked' && vault.encrypting === true ? (
        <EncryptingNotice t={t} session={vault.session} onDone={refresh} />
      ) : null}
      {status === 'unlocked' && vault.decrypting ? (
        <DecryptingNotice t={t} session={vault.session} onDone={turnedOff} />
      ) : null}
      {status === 'unlocked' && vault.encrypting === false && !vault.decrypting ? (
        <VaultSettings
          t={t}
          session={vault.session}
          earlierCopies={justDid === 'encrypted-earlier'}
          onTurnedOff={turnedOff}
        />
      ) : null}
      {children}
    </>
  );
}
