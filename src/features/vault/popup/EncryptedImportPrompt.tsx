import { useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../contracts/languages';
import { type EncryptedExport, openExport } from '../../../profile/vault/encrypted-file';
import { vaultErrorText } from './errors';
import { vaultText } from './text';

/**
 * Asks for an encrypted export's passphrase, then hands its plain text to the ordinary import
 * check. A wrong passphrase or a damaged file is refused and nothing is imported.
 */
export function EncryptedImportPrompt({
  lang,
  fileName,
  file,
  onOpened,
  onCancel,
}: {
  readonly lang: Language;
  readonly fileName: string;
  readonly file: EncryptedExport;
  readonly onOpened: (plainText: string) => void;
  readonly onCancel: () => void;
}) {
  const t = useMemo(() => vaultText(lang), [lang]);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      onOpened(await openExport(file, passphrase));
    } catch (failure) {
      setError(vaultErrorText(t, failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="encrypted-import"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && passphrase) void submit();
      }}
      data-encrypted-import
    >
      <div class="field">
        <label for="import-passphrase">
          <bdi>{fileName}</bdi> — {t('import.passphrase')}
        </label>
        <input
          id="import-passphrase"
          type="password"
          autocomplete="off"
          value={passphrase}
          onInput={(event) => setPassphrase((event.currentTarget as HTMLInputElement).value)}
          data-import-passphrase
        />
      </div>
      {error ? (
        <p class="error" role="alert" data-import-passphrase-error>
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('import.open')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('setup.cancel')}
        </button>
      </div>
    </form>
  );
}
