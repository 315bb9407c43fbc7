/**
 * The printable document checklist, opened by the background when the user presses "Print" in
 * the panel on e-İkamet (`?tab=<id>` names the tab whose checklist it is). It reads what the
 * background stored for that tab in `storage.session`, builds the checklist, shows it and opens
 * the browser's print dialog once. Nothing is fetched; texts come from our background.
 */
import './style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type Language, pickLanguage, RTL_LANGUAGES } from '../../src/contracts/languages';
import { PrintChecklist } from '../../src/features/checklist/print/PrintChecklist';
import { checklistForWire, printRequestSchema } from '../../src/permit-application/checklist-schema';
import { printKey } from '../../src/permit-application/storage-keys';
import { createUiText } from '../../src/ui/i18n';
import { loadCatalogue } from '../../src/ui/overlay/catalogue-client';

async function main(root: HTMLElement): Promise<void> {
  const tab = Number(new URLSearchParams(location.search).get('tab'));
  const key = printKey(tab);
  const stored = (await browser.storage.session.get(key))[key];
  const print = printRequestSchema.parse(stored);
  const text = createUiText(print.lang, await loadCatalogue(print.lang));
  document.documentElement.lang = print.lang;
  document.documentElement.dir = RTL_LANGUAGES.has(print.lang) ? 'rtl' : 'ltr';
  document.title = text.t('print.title');
  const result = checklistForWire(print.checklist);
  render(<PrintChecklist print={print} result={result} text={text} onPrint={() => window.print()} />, root);
  // The user asked to print; one dialog, after the page has been laid out.
  requestAnimationFrame(() => setTimeout(() => window.print(), 0));
}

/** What the page says when the stored checklist is gone, in the browser's language. */
async function showUnavailable(root: HTMLElement): Promise<void> {
  const lang: Language = pickLanguage(navigator.languages);
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
  const text = createUiText(lang, await loadCatalogue(lang));
  root.textContent = text.t('print.unavailable');
}

const root = document.getElementById('app');
if (root) {
  main(root).catch((error: unknown) => {
    console.warn('[e-İkamet Assistant] printable checklist', error);
    showUnavailable(root).catch(() => {
      root.textContent = 'This checklist is no longer available. Print it again from the assistant panel.';
    });
  });
}
