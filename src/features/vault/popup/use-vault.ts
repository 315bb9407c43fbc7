import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { profileRecordStore } from '../../../profile/store/record-store';
import { syncRecordCodec } from '../../../profile/vault/active-codec';
import { type VaultSession, type VaultStatus, vaultSession } from '../../../profile/vault/session';

/** Set when the user dismissed the first-run offer; not personal. */
export const VAULT_OFFER_DISMISSED_KEY = 'local:vault:offerDismissed' as const;
/** A use of the page counts as activity at most this often (each one writes `storage.session`). */
const ACTIVITY_EVERY_MS = 20_000;

export interface VaultView {
  readonly status: VaultStatus | 'loading';
  /**
   * Unlocked, but the records are still being sealed (or a popup closed before they all were);
   * undefined while that is being read.
   */
  readonly encrypting: boolean | undefined;
  /** Unlocked, and turning encryption off is not finished (a popup closed half way). */
  readonly decrypting: boolean;
  /**
   * Without a vault: whether profiles were ever stored in this browser (then earlier copies may
   * remain in its files, and the first-run offer no longer stands before the profiles);
   * undefined while that is being read, or with a vault.
   */
  readonly everStored: boolean | undefined;
  readonly offerDismissed: boolean;
  readonly session: VaultSession;
  refresh(): void;
  dismissOffer(): void;
}

/** The vault's state for a page, following locks and unlocks made in any other page or by the timer. */
export function useVault(session: VaultSession = vaultSession()): VaultView {
  const [status, setStatus] = useState<VaultStatus | 'loading'>('loading');
  const [encrypting, setEncrypting] = useState<boolean | undefined>(false);
  const [decrypting, setDecrypting] = useState(false);
  const [everStored, setEverStored] = useState<boolean>();
  const [offerDismissed, setOfferDismissed] = useState(true);
  const shown = useRef<VaultStatus | 'loading'>('loading');
  const refresh = useCallback(() => {
    void syncRecordCodec(session).then((next) => {
      const was = shown.current;
      shown.current = next;
      setStatus(next);
      // A write token exists once anything was stored, even if every profile was deleted since.
      if (next === 'none')
        void profileRecordStore()
          .readRev()
          .then(
            (rev) => setEverStored(rev !== null),
            () => setEverStored(true),
          );
      if (next !== 'unlocked') {
        setDecrypting(false);
        return setEncrypting(false);
      }
      // The page shows at once; only the settings wait for the header's state. Already unlocked,
      // they stay while it is read again, so that nothing typed into them is lost.
      if (was !== 'unlocked') setEncrypting(undefined);
      void session.header().then(
        (header) => {
          setEncrypting(header?.state === 'encrypting');
          setDecrypting(header?.state === 'decrypting');
        },
        () => setEncrypting(false),
      );
    });
  }, [session]);

  useEffect(() => {
    refresh();
    void storage
      .getItem<unknown>(VAULT_OFFER_DISMISSED_KEY)
      .then((value) => setOfferDismissed(value === true));
    const stopWatching = session.watch(refresh);
    const stopLockListener = session.onLock(refresh);
    let lastUse = 0;
    const onUse = () => {
      if (Date.now() - lastUse < ACTIVITY_EVERY_MS) return;
      lastUse = Date.now();
      void session.dataKey();
    };
    document.addEventListener('pointerdown', onUse, true);
    document.addEventListener('keydown', onUse, true);
    return () => {
      stopWatching();
      stopLockListener();
      document.removeEventListener('pointerdown', onUse, true);
      document.removeEventListener('keydown', onUse, true);
    };
  }, [session, refresh]);

  const dismissOffer = useCallback(() => {
    setOfferDismissed(true);
    void storage.setItem(VAULT_OFFER_DISMISSED_KEY, true);
  }, []);

  return { status, encrypting, decrypting, everStored, offerDismissed, session, refresh, dismissOffer };
}
