/**
 * Recognition and hints: every replica page in TR and EN, then a sample of generated page
 * variants of each wizard step (ids stripped, WebForms ids, unlinked labels, tables…), where
 * the assistant can only recognise the page from what a person would see.
 */
import { expect } from '@playwright/test';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import trUi from '../../locales/tr/ui.json' with { type: 'json' };
import type { FieldKey } from '../../src/page/field-keys';
import type { PageKind } from '../../src/page/page-kinds';
import { POLL, type ReplicaTab } from '../support/driver';
import { applyPageVariant, type PageVariant } from '../support/page-variants';
import { REPLICA_PAGES, type ReplicaLang } from '../support/replica';
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
 * Rebuilds the open replica page as `variant`, after its scripts ran (widgets keep working).
 * Fields keep a test-only `data-e2e-id` with their replica id. `printed` changes read-only
 * values first, so a value printed as text differs from what the page was served with.
 */
export async function applyVariant(
  tab: ReplicaTab,
  variant: PageVariant,
  printed: Record<string, string> = {},
): Promise<void> {
  const source = applyPageVariant.toString();
  await tab.evaluate(
    ({ source, variant, printed }) => {
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
      apply(document, variant, 7);
    },
    { source, variant, printed },
  );
}

/** A field of a variant page, by the replica id it had before the variant changed it. */
export const field = (replicaId: string) => `[data-e2e-id="${replicaId}"]`;

const VARIANT_SAMPLE: Record<ReplicaLang, readonly PageVariant[]> = {
  tr: ['ids-stripped', 'labels-in-cells', 'shuffled'],
  en: ['ids-webforms', 'placeholder-labels', 'table-layout'],
};

const WIZARD_STEPS = REPLICA_PAGES.filter(
  (page) => page.id.startsWith('wizard-') && page.id !== 'wizard-summary',
);

function everyPage(lang: ReplicaLang): Scenario {
  return {
    name: `every replica page is recognised and gets its hints (${lang.toUpperCase()})`,
    lang,
    viewport: { width: 1366, height: 900 },
    run: async (env) => {
      const tab = await env.replicaTab();
      const opened: string[] = [];
      for (const page of REPLICA_PAGES) {
        await tab.open(page.path);
        opened.push(page.path);
        await expectRecognised(tab, page.expectedKind, lang);
      }
      await expectHandsOff(env, [tab], opened);
    },
  };
}

function variantsOfEveryStep(lang: ReplicaLang): Scenario {
  return {
    name: `generated variants of every wizard step are recognised and get their hints (${lang.toUpperCase()})`,
    lang,
    viewport: { width: 1366, height: 900 },
    run: async (env) => {
      const tab = await env.replicaTab();
      const opened: string[] = [];
      for (const [index, page] of WIZARD_STEPS.entries()) {
        const variant = VARIANT_SAMPLE[lang][index % VARIANT_SAMPLE[lang].length] as PageVariant;
        await tab.open(page.path);
        opened.push(page.path);
        await applyVariant(tab, variant);
        // The variant really changed the page: the replica's ids are gone.
        if (variant === 'ids-stripped' || variant === 'ids-webforms')
          expect(
            await tab.count('page', '#SeyahatBelgesi_BelgeNo, #Kisisel_Ad, #IkametIzni_Turu, #Adres_Il'),
          ).toBe(0);
        await expectRecognised(tab, page.expectedKind, lang);
      }
      await expectHandsOff(env, [tab], opened);
    },
  };
}

export const RECOGNITION: readonly Scenario[] = [
  everyPage('tr'),
  everyPage('en'),
  variantsOfEveryStep('tr'),
  variantsOfEveryStep('en'),
];
