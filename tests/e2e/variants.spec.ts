/**
 * The assistant on generated page variants of the live replica (`tests/support/page-variants.ts`),
 * with the built extension loaded (`npx wxt build` first). Each step is opened, the replica's
 * scripts finish (Kendo widgets initialised), then the page is rebuilt as the variant in the
 * page itself, so the widgets keep working. The test is the user: it types and picks in the
 * rebuilt page, finding fields by a test-only `data-e2e-id` copied from the replica's ids
 * before the variant removed or replaced them.
 *
 * A sample, to keep the run short: id-stripped Kendo pages (TR) and WebForms ids with
 * shuffled rows (EN) for the passport and insurance checks, the current permit printed as text
 * (p, dl, table cell) for the extension window, and a fill on an id-stripped step.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { applyPageVariant, type PageVariant } from '../support/page-variants';
import { type ReplicaLang, routeReplica } from '../support/replica';
import {
  AGE_OPTION,
  LOCALE,
  WIZARD_PATHS as PATHS,
  PRIVATE_INSURANCE,
  SHORT_TERM,
} from '../support/replica-texts';
import { HOST, openPanel, openReplica, trDateFromToday } from '../support/wizard';

/** Fields each wizard step has (replica-expectations.ts); hints must reach ≥ 95% of them. */
const STEP_FIELDS: Record<string, number> = {
  'wizard-personal': 14,
  'wizard-passport': 6,
  'wizard-permit': 4,
  'wizard-insurance': 5,
};

/**
 * Opens a replica step and rebuilds it as the variant once its scripts are done. `printed`
 * replaces read-only values first (by replica id), so a value printed as text by the variant
 * differs from what the served page showed: the assistant can only know it by reading the text.
 */
async function openVariant(
  page: Page,
  path: string,
  variant: PageVariant,
  printed: Record<string, string> = {},
): Promise<Locator> {
  await openReplica(page, path);
  const source = applyPageVariant.toString();
  await page.evaluate(`(() => {
    for (const element of document.querySelectorAll('[id]')) element.setAttribute('data-e2e-id', element.id);
    for (const [id, value] of Object.entries(${JSON.stringify(printed)})) document.getElementById(id).value = value;
    (${source})(document, ${JSON.stringify(variant)}, 7);
  })()`);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', /.+/);
  await openPanel(host);
  return host;
}

async function expectHints(host: Locator, kind: string, extra = 0): Promise<void> {
  await expect(host).toHaveAttribute('data-page', kind);
  const wanted = Math.ceil(((STEP_FIELDS[kind] ?? 0) + extra) * 0.95);
  await expect.poll(() => host.locator('[data-hint-for]').count()).toBeGreaterThanOrEqual(wanted);
}

const field = (page: Page, e2eId: string) => page.locator(`[data-e2e-id="${e2eId}"]`);

async function typeDate(page: Page, e2eId: string, text: string): Promise<void> {
  const input = field(page, e2eId);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
  await input.press('Tab');
}

async function pickOption(page: Page, e2eId: string, optionText: string): Promise<void> {
  const widget = page.locator(`.k-dropdownlist:has([data-e2e-id="${e2eId}"])`);
  const option = page.getByRole('option', { name: optionText, exact: true });
  await expect(async () => {
    if (!(await option.isVisible())) await widget.click();
    await expect(option).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await option.click();
  await expect(option).toBeHidden();
}

function finding(host: Locator, rule: string, severity?: string): Locator {
  const severityPart = severity ? `[data-severity="${severity}"]` : '';
  return host.locator(`[data-findings] [data-rule="${rule}"]${severityPart}`);
}

const HEADLINE_SAMPLE: readonly (readonly [ReplicaLang, PageVariant])[] = [
  ['tr', 'ids-stripped'],
  ['en', 'ids-webforms'],
];

for (const [lang, variant] of HEADLINE_SAMPLE) {
  test.describe(`${variant}, replica in ${lang.toUpperCase()}`, () => {
    test.use({ locale: LOCALE[lang], viewport: { width: 1920, height: 1100 } });

    test('hints on every step; passport validity and insurance age appear and clear across steps', async ({
      context,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();

      let host = await openVariant(page, PATHS.personal, variant);
      await expectHints(host, 'wizard-personal');
      await typeDate(page, 'Kisisel_DogumTarihi', trDateFromToday(-30, -70));

      host = await openVariant(page, PATHS.passport, variant);
      await expectHints(host, 'wizard-passport');
      await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', trDateFromToday(200));

      host = await openVariant(page, PATHS.permitFirst, variant);
      await expectHints(host, 'wizard-permit');
      await pickOption(page, 'IkametIzni_Turu', SHORT_TERM[lang]);
      await typeDate(page, 'IkametIzni_BaslangicTarihi', trDateFromToday(10));
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(365));
      // The passport ends less than 60 days after the requested end.
      await expect(finding(host, 'passport-validity', 'error')).toBeVisible();
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(120));
      await expect(finding(host, 'passport-validity')).toHaveCount(0);

      host = await openVariant(page, PATHS.insurance, variant);
      await expectHints(host, 'wizard-insurance');
      // A 70-year-old short-term applicant choosing private insurance.
      await pickOption(page, 'Sigorta_Turu', PRIVATE_INSURANCE[lang]);
      await expect(finding(host, 'insurance-age', 'warning')).toBeVisible();
      await pickOption(page, 'Sigorta_Turu', AGE_OPTION[lang]);
      await expect(finding(host, 'insurance-age')).toHaveCount(0);
    });
  });
}

test.describe('content arriving late or swapped by pushState, replica in EN', () => {
  test.use({ locale: 'en-US', viewport: { width: 1920, height: 1100 } });

  test('the step is recognised once its content arrives, and under a path nobody knows', async ({
    context,
  }) => {
    await routeReplica(context, { lang: 'en' });
    const page = await context.newPage();
    let host = await openVariant(page, PATHS.personal, 'injected-late');
    await expectHints(host, 'wizard-personal');
    await typeDate(page, 'Kisisel_DogumTarihi', trDateFromToday(-30, -70));

    host = await openVariant(page, PATHS.permitFirst, 'injected-late');
    await expectHints(host, 'wizard-permit');
    await pickOption(page, 'IkametIzni_Turu', SHORT_TERM.en);

    host = await openVariant(page, PATHS.insurance, 'pushstate-swap');
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/view\//);
    await expectHints(host, 'wizard-insurance');
    await pickOption(page, 'Sigorta_Turu', PRIVATE_INSURANCE.en);
    await expect(finding(host, 'insurance-age', 'warning')).toBeVisible();
    await pickOption(page, 'Sigorta_Turu', AGE_OPTION.en);
    await expect(finding(host, 'insurance-age')).toHaveCount(0);
  });
});

for (const lang of ['tr', 'en'] as const) {
  test.describe(`current permit printed as text, replica in ${lang.toUpperCase()}`, () => {
    test.use({ locale: LOCALE[lang], viewport: { width: 1920, height: 1100 } });

    test('extension window: too early, then expired, then open', async ({ context }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      // The extension's entry page tells the assistant which application this is.
      let host = await openVariant(page, PATHS.extensionEntry, 'shuffled');
      await expect(host).toHaveAttribute('data-page', 'extension-entry');

      // Each page is served with the permit ending in 30 days (window open) and printed with
      // another date: the findings below can only come from the printed text.
      const served = PATHS.permitExtension(trDateFromToday(30));
      const endingOn = (date: string) => ({ IkametIzni_MevcutBitisTarihi: date });

      host = await openVariant(page, served, 'static-text', endingOn(trDateFromToday(90)));
      await expectHints(host, 'wizard-permit', 2);
      await expect(host.locator('[data-hint-for="currentPermitEnd"]')).toHaveCount(1);
      await expect(page.locator('p.form-control-static')).toHaveCount(2);
      await expect(finding(host, 'extension-window', 'warning')).toBeVisible();
      await expect(finding(host, 'extension-window')).toContainText(trDateFromToday(30));

      host = await openVariant(page, served, 'static-dl', endingOn(trDateFromToday(-5)));
      await expect(page.locator('dl.dl-horizontal dd')).toHaveCount(2);
      await expect(finding(host, 'extension-window', 'error')).toBeVisible();

      host = await openVariant(page, served, 'static-span', endingOn(trDateFromToday(20)));
      await expect(page.locator('.mevcut-bilgi span')).toHaveCount(2);
      await expect(finding(host, 'extension-window', 'info')).toContainText(trDateFromToday(20));
      await expect(finding(host, 'extension-window', 'warning')).toHaveCount(0);
      await expect(finding(host, 'extension-window', 'error')).toHaveCount(0);
    });
  });
}

/** A profile record as `src/profile` stores it (as in fill.spec.ts). */
const PROFILE = {
  id: 'e2e-variant-profile',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  givenName: 'Omar',
  surname: 'Haddad',
  birthDate: '04.05.1990',
  nationality: 'SY',
  passportType: 'ordinary',
  passportNumber: 'N12345678',
  passportIssueDate: '01.02.2020',
  passportExpiry: '01.02.2030',
  passportIssuingCountry: 'SY',
  passportIssuingAuthority: 'Damascus',
};

/** A Kendo widget's value and shown text, and its page input's value, found by `data-e2e-id`. */
function widgetState(page: Page, e2eId: string) {
  return page.evaluate((id) => {
    type Widget = { value(): unknown; text?(): string };
    const $ = (window as unknown as { jQuery: (element: Element) => { data(key: string): unknown } }).jQuery;
    const element = document.querySelector(`[data-e2e-id="${id}"]`) as HTMLInputElement | null;
    if (!element) return null;
    const widget = ($(element).data('kendoDropDownList') ?? $(element).data('kendoDatePicker')) as
      | Widget
      | undefined;
    const value = widget?.value();
    return {
      hasId: element.id !== '',
      widgetValue: value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''),
      widgetText: typeof widget?.text === 'function' ? widget.text() : '',
      inputValue: element.value,
    };
  }, e2eId);
}

test.describe('fill on an id-stripped step, replica in TR', () => {
  test.use({ locale: 'tr-TR', viewport: { width: 1920, height: 1100 } });

  test('fill sets every Kendo list and date by its element, not its id', async ({ context, seedStorage }) => {
    await seedStorage({
      profiles: [PROFILE],
      profiles$: { v: 2 },
      activeProfileId: PROFILE.id,
      'ui:panelCollapsed': false,
    });
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    const host = await openVariant(page, PATHS.passport, 'ids-stripped');
    await expectHints(host, 'wizard-passport');
    await expect(page.locator('#SeyahatBelgesi_BelgeNo')).toHaveCount(0);

    await host.locator('[data-action="fill"]').click();
    const summary = host.locator('[data-fill-summary]');
    await expect(summary).toBeVisible();
    for (const key of [
      'passportType',
      'passportNumber',
      'passportIssueDate',
      'passportExpiry',
      'passportIssuingCountry',
    ])
      await expect(summary.locator(`[data-fill-result="filled"][data-field="${key}"]`), key).toHaveCount(1);

    // The page's own input holds the code and the widget shows the text.
    for (const id of ['SeyahatBelgesi_BelgeTuru', 'SeyahatBelgesi_VerenUlke']) {
      const state = await widgetState(page, id);
      expect(state, id).toMatchObject({ hasId: false, widgetValue: expect.stringMatching(/.+/) });
      expect(state?.inputValue, id).toBe(state?.widgetValue);
      expect(state?.widgetText, id).not.toBe('');
    }
    await expect(field(page, 'SeyahatBelgesi_GecerlilikTarihi')).toHaveValue('01.02.2030');
    await expect(field(page, 'SeyahatBelgesi_BelgeNo')).toHaveValue('N12345678');
  });
});
