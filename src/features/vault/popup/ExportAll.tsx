import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../contracts/languages';
import { exportFileText } from '../../../profile/export-file';
import type { Profile } from '../../../profile/schema';
import { sealExportText } from '../../../profile/vault/encrypted-file';
import { type VaultSession, vaultSession } from '../../../profile/vault/session';
import { downloadText } from '../../../ui/download';
import { exportProfiles } from '../../../ui/profile-files';
import { encryptedFileName } from './EncryptedExport';
import { vaultErrorText } from './errors';
import { vaultText } from './text';

type Notice = { readonly text: string; readonly error?: boolean };

/**
 * "Export all". Without a vault it writes the plain file, as before. With one, the profiles are
 * encrypted on this device, and the export should not undo that in one click: the button writes
 * an encrypted file with the vault's passphrase (nothing to type), and a plain file is one step
 * further, "Plain file…", which says what it means and asks first.
 */
export function ExportAll({
  lang,
  label,
  profiles,
  session = vaultSession(),
  writePlain = exportProfiles,
}: {
  readonly lang: Language;
  /** The page's own "Export all" text (without a vault). */
  readonly label: string;
  readonly profiles: readonly Profile[];
  readonly session?: VaultSession;
  readonly writePlain?: (profiles: readonly Profile[]) => void;
}) {
  const t = useMemo(() => vaultText(lang), [lang]);
  /** Whether a vault exists (locked, unlocked or half encrypted); undefined while it is read. */
  const [vaultOn, setVaultOn] = useState<boolean>();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  useEffect(() => {
    const read = () =>
      void session.header().then(
        (header) => setVaultOn(header !== null),
        // Unreadable encryption settings: treat as on, so a plain file still needs a yes.
        () => setVaultOn(true),
      );
    read();
    return session.watch(read);
  }, [session]);

  useEffect(() => {
    if (!vaultOn) setAsking(false);
  }, [vaultOn]);

  async function exportEncrypted() {
    setBusy(true);
    setNotice(undefined);
    try {
      const [header, keys] = await Promise.all([session.header(), session.unlockedKeys()]);
      if (!header || !keys?.passphraseKey) {
        setNotice({ text: t('export.allNeedsPassphrase'), error: true });
        return;
      }
      const now = new Date();
      const text = await sealExportText(exportFileText(profiles, now), {
        vault: header,
        passphraseKey: keys.passphraseKey,
      });
      downloadText(encryptedFileName(profiles.length, now), text);
      setNotice({ text: t('export.allEncryptedDone', { count: profiles.length }) });
    } catch (failure) {
      setNotice({ text: vaultErrorText(t, failure), error: true });
    } finally {
      setBusy(false);
    }
  }

  const none = profiles.length === 0;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (vaultOn) void exportEncrypted();
          else writePlain(profiles);
        }}
        disabled={none || busy || vaultOn === undefined}
        data-action="export-all"
        data-export-kind={vaultOn === undefined ? undefined : vaultOn ? 'encrypted' : 'plain'}
      >
        {vaultOn ? t('export.allEncrypted') : label}
      </button>
      {vaultOn ? (
        <button
          type="button"
          class="link"
          onClick={() => {
            setNotice(undefined);
            setAsking(true);
          }}
          disabled={none || busy}
          aria-expanded={asking}
          data-action="export-plain"
        >
          {t('export.plainOffer')}
        </button>
      ) : null}
      {asking ? (
        <div
          class="plain-export-ask"
          role="alertdialog"
          aria-labelledby="plain-export-question"
          data-plain-export-ask
        >
          <p id="plain-export-question">{t('export.plainQuestion', { count: profiles.length })}</p>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              writePlain(profiles);
            }}
            data-action="confirm-plain-export"
          >
            {t('export.plainConfirm')}
          </button>{' '}
          <button
            type="button"
            class="primary"
            onClick={() => setAsking(false)}
            data-action="cancel-plain-export"
          >
            {t('export.plainCancel')}
          </button>
        </div>
      ) : null}
      {notice ? (
        <p
          class={notice.error ? 'error export-all-notice' : 'muted small export-all-notice'}
          role={notice.error ? 'alert' : 'status'}
          data-export-all-notice
        >
          {notice.text}
        </p>
      ) : null}
    </>
  );
}
