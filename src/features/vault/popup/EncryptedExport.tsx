import { useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../contracts/languages';
import { exportFileName, exportFileText } from '../../../profile/export-file';
import type { Profile } from '../../../profile/schema';
import { type ExportKey, sealExportText } from '../../../profile/vault/encrypted-file';
import { checkNewPassphrase } from '../../../profile/vault/passphrase';
import { type VaultSession, vaultSession } from '../../../profile/vault/session';
import { downloadText } from '../../../ui/download';
import { passphraseProblemText, vaultErrorText } from './errors';
import { PassphraseFields } from './PassphraseFields';
import { vaultText } from './text';

/** `eikamet-profiles-2026-05-04-3.encrypted.json` */
export function encryptedFileName(count: number, now: Date): string {
  return exportFileName(count, now).replace(/\.json$/, '.encrypted.json');
}

/**
 * "Export encrypted", beside the plain export (which it warns about): with a passphrase typed
 * here, or, when the vault is unlocked and the field is left empty, with the vault's passphrase.
 */
export function EncryptedExport({
  lang,
  profiles,
  session = vaultSession(),
}: {
  readonly lang: Language;
  readonly profiles: readonly Profile[];
  readonly session?: VaultSession;
}) {
  const t = useMemo(() => vaultText(lang), [lang]);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function exportKey(): Promise<ExportKey | string> {
    if (passphrase === '' && confirmation === '') {
      const [header, keys] = await Promise.all([session.header(), session.unlockedKeys()]);
      if (header && keys?.passphraseKey) return { vault: header, passphraseKey: keys.passphraseKey };
    }
    const problem = checkNewPassphrase(passphrase, confirmation);
    return problem ? passphraseProblemText(t, problem) : { passphrase };
  }

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      const key = await exportKey();
      if (typeof key === 'string') {
        setError(key);
        return;
      }
      const now = new Date();
      const text = await sealExportText(exportFileText(profiles, now), key);
      downloadText(encryptedFileName(profiles.length, now), text);
      setPassphrase('');
      setConfirmation('');
    } catch (failure) {
      setError(vaultErrorText(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="encrypted-export" data-encrypted-export>
      <summary>{t('export.encrypted')}</summary>
      <p class="small muted">{t('export.plainWarning')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <PassphraseFields
          t={t}
          idPrefix="export"
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphrase={setPassphrase}
          onConfirmation={setConfirmation}
          passphraseLabel={t('export.passphrase')}
        />
        {error ? (
          <p class="error" role="alert" data-export-error>
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy || profiles.length === 0} data-action="export-encrypted">
          {t('export.encrypted')}
        </button>
      </form>
    </details>
  );
}
