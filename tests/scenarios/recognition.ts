/**
 * Recognition and hints: every replica page in TR and EN, and a generated variant of each
 * wizard step (ids stripped, WebForms ids, unlinked labels, tables…), where the assistant can
 * only recognise the page from what a person would see.
 */
import { expect } from '@playwright/test';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import trUi from '../../locales/tr/ui.json' with { type: 'json' };
import type { FieldKey } from '../../src/contracts/field-keys';
import type { PageKind } from '../../src/page/page-kinds';
import { POLL, type ReplicaTab } from '../support/driver';
import { applyPageVariant, type PageVariant } from '../support/page-variants';
import { REPLICA_PAGES, type ReplicaLang, type ReplicaPage } from '../support/replica';
import { expectHandsOff, type Scenario } from './env';

const UI_TEXT: Record<ReplicaLang, Record<string, string>> = { tr: trUi, en: enUi };

/** A few fields per page whose badges must show; not every field, so recognition can evolve. */
export const KEY_FIELDS: Partial<Record<PageKind, readonly FieldKey[]>> = {
  'first-entry': ['givenName', 'surname', 'birthDate', 'email', 'captcha'],
  'extension-entry': ['givenNameInitials', 'surnameInitials', 'foreignerId', 'permitCardSerial', 'captcha'],
  'transfer-entry': ['givenNameInitials', 'foreignerId', 'permitCardNumber', 'captcha', 'consent'],
  continue: ['applicationNumber', 'captcha'],
  'wizard-personal': ['givenName', 'surname', 'fatherName', 'birthDate', 'gender'],
  'wizard-passport': ['passportType', 'passportNumber', 'passportExpiry'],
  'wizard-permit': ['permitType', 'requestedStart', 'requestedEnd'],
  'wizard-address': ['province', 'district', 'street'],
  'wizard-insurance': ['insuranceType', 'insurancePolicyNumber', 'insuranceEnd'],
};

/** The page is recognised as `kind`, named in the UI language, and the key fields have labelled badges. */
export async function expectRecognised(tab: ReplicaTab, kind: PageKind, lang: ReplicaLang): Promise<void> {
  const keys = KEY_FIELDS[kind] ?? [];
  const expected = {
    page: kind,
    pageName: UI_TEXT[lang][`page.${kind}`] ?? '(missing text)',
    badges: [...keys],
  };
  // One look per poll: the page kind, its name in the panel and which badges show with a label.
  await expect
    .poll(
      () =>
        tab.evaluate(
          ({ keys }) => {
            const host = document.querySelector('eikamet-assistant');
            const root = host?.shadowRoot;
            const shown = (element: Element | null | undefined) =>
              !!element && element.getBoundingClientRect().width > 0 && element.checkVisibility();
            return {
              page: host?.getAttribute('data-page') ?? null,
              pageName: root?.querySelector('[data-page-name]')?.textContent?.trim() ?? null,
              badges: keys.filter((key) => {
                const badge = root?.querySelector(`[data-hint-for="${key}"]`);
                return shown(badge) && (badge?.getAttribute('aria-label') ?? '') !== '';
              }),
            };
          },
          { keys },
        ),
      { ...POLL, message: `recognised as ${kind}` },
    )
    .toEqual(expected);
}

/**
 * Rebuilds the open replica page as `variants`, one after the other, after its scripts ran
 * (widgets keep working). Fields keep a test-only `data-e2e-id` with their replica id.
 * `printed` changes read-only values first, so a value printed as text differs from what the
 * page was served with.
 *
 * The assistant reads the page again when its elements change, not when attributes do (a real
 * page does not rename its fields in place), so a variant that only renames (`ids-stripped`,
 * `ids-webforms`) is followed by one that moves elements: the page is then read afresh with
 * the new names. Returns once the assistant has caught up with the rebuilt page.
 */
export async function applyVariant(
  tab: ReplicaTab,
  variants: PageVariant | readonly PageVariant[],
  printed: Record<string, string> = {},
): Promise<void> {
  const source = applyPageVariant.toString();
  await tab.evaluate(
    ({ source, variants, printed }) => {
      for (const element of document.querySelectorAll('[id]'))
        element.setAttribute('data-e2e-id', element.id);
      for (const [id, value] of Object.entries(printed))
        (document.getElementById(id) as HTMLInputElement).value = value;
      // The variant generator is handed over as source text (it is one self-contained function).
      const apply = new Function(`return (${source})`)() as (
        doc: Document,
        name: string,
        seed: number,
      ) => void;
      for (const variant of variants) apply(document, variant, 7);
    },
    { source, variants: typeof variants === 'string' ? [variants] : variants, printed },
  );
  await tab.settled();
}

/** How a test names a variant sequence: `ids-stripped+shuffled`. */
export const variantName = (variants: PageVariant | readonly PageVariant[]): string =>
  typeof variants === 'string' ? variants : variants.join('+');

/** A field of a variant page, by the replica id it had before the variant changed it. */
export const field = (replicaId: string) => `[data-e2e-id="${replicaId}"]`;

/** Variants sampled in turn over the wizard steps, a different set per language. */
const VARIANT_SAMPLE: Record<ReplicaLang, readonly (readonly PageVariant[])[]> = {
  tr: [['ids-stripped', 'shuffled'], ['labels-in-cells'], ['ids-stripped', 'legend-labels']],
  en: [['ids-webforms', 'table-layout'], ['placeholder-labels'], ['ids-webforms', 'wrapped']],
};

const isWizardStep = (page: ReplicaPage) => page.id.startsWith('wizard-') && page.id !== 'wizard-summary';

/**
 * Every replica page as served; each wizard step is then rebuilt in place as a generated variant
 * (the next of the language's sample) and must be recognised again from what a person sees.
 */
function everyPage(lang: ReplicaLang): Scenario {
  return {
    name: `every replica page, and a generated variant of every wizard step, is recognised and gets its hints (${lang.toUpperCase()})`,
    lang,
    viewport: { width: 1366, height: 900 },
    run: async (env) => {
      const tab = await env.replicaTab();
      const opened: string[] = [];
      let variants = 0;
      for (const page of REPLICA_PAGES) {
        await tab.open(page.path);
        opened.push(page.path);
        await expectRecognised(tab, page.expectedKind, lang);
        if (!isWizardStep(page)) continue;
        const sample = VARIANT_SAMPLE[lang];
        const variant = sample[variants++ % sample.length] as readonly PageVariant[];
        await applyVariant(tab, variant);
        // The variant really changed the page: the replica's ids are gone.
        if (variant.includes('ids-stripped') || variant.includes('ids-webforms'))
          expect(
            await tab.count('page', '#SeyahatBelgesi_BelgeNo, #Kisisel_Ad, #IkametIzni_Turu, #Adres_Il'),
          ).toBe(0);
        await expectRecognised(tab, page.expectedKind, lang);
      }
      await expectHandsOff(env, [tab], opened);
    },
  };
}

export const RECOGNITION: readonly Scenario[] = [everyPage('tr'), everyPage('en')];
