import type { Translate } from '../../../i18n/translate';

/**
 * The browser keeps earlier versions of what an extension stored (its database files compact
 * only now and then, and no extension API can force it). So profiles stored before encryption
 * was turned on, and deleted profiles, may stay readable in those files until the extension is
 * removed. This is the clean path, step by step.
 */
export function CleanCopies({ t, open = false }: { readonly t: Translate; readonly open?: boolean }) {
  return (
    <details class="vault-clean" open={open} data-vault-clean>
      <summary>{t('clean.title')}</summary>
      <p class="small">{t('disk.note')}</p>
      <p class="small">{t('clean.intro')}</p>
      <ol class="small">
        <li>{t('clean.export')}</li>
        <li>{t('clean.remove')}</li>
        <li>{t('clean.reinstall')}</li>
        <li>{t('clean.import')}</li>
      </ol>
    </details>
  );
}
