import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { Language } from '../../i18n/languages';
import { openProfileStoreEarly } from '../../profile/store/idb-area';
import { vaultText } from './text';
import './vault.css';
import { EncryptingNotice } from './EncryptingNotice';
import { UnlockForm } from './UnlockForm';
import { useVault, type VaultView } from './use-vault';
import { VaultSettings } from './VaultSettings';
import { VaultOffer } from './VaultSetup';

/**
 * Wraps a page that shows profiles (popup, options). While the vault is locked the page's content
 * is not even mounted: only the unlock form is. Without a vault, the first-run offer sits above the
 * content until dismissed; while unlocked, the encryption settings sit below it, once every
 * record is sealed (until then, a notice that finishes the encryption).
 */
export function VaultGate({
  lang,
  title,
  children,
  vault: given,
}: {
  readonly lang: Language | undefined;
  readonly title: string;
  readonly children: ComponentChildren;
  readonly vault?: VaultView;
}) {
  // The list's first rows come from the profile store: its connection opens while the vault's
  // state is read, not after.
  useEffect(openProfileStoreEarly, []);
  const own = useVault();
  const vault = given ?? own;
  const t = useMemo(() => vaultText(lang ?? 'en'), [lang]);
  if (vault.status === 'loading' || lang === undefined) return null;
  if (vault.status === 'locked') {
    return (
      <div class="app popup vault-gate" data-app="vault-locked">
        <header class="app-header">
          <h1>{title}</h1>
        </header>
        <UnlockForm t={t} session={vault.session} onUnlocked={vault.refresh} />
      </div>
    );
  }
  return (
    <>
      {vault.status === 'corrupt' ? (
        <p class="error vault-corrupt" role="alert" data-vault-corrupt>
          {t('fail.corrupt')}
        </p>
      ) : null}
      {vault.status === 'none' && !vault.offerDismissed ? (
        <VaultOffer t={t} session={vault.session} onDismiss={vault.dismissOffer} onDone={vault.refresh} />
      ) : null}
      {children}
      {vault.status === 'unlocked' && vault.encrypting === true ? (
        <EncryptingNotice t={t} session={vault.session} onDone={vault.refresh} />
      ) : null}
      {vault.status === 'unlocked' && vault.encrypting === false ? (
        <VaultSettings t={t} session={vault.session} />
      ) : null}
    </>
  );
}
