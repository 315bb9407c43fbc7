/**
 * Kendo widgets without ids, with one id shared by several, or with meaningless WebForms ids
 * (issue 8 item 1), with the built extension loaded (`npx wxt build` first). The replica's
 * widgets are created as usual, then a page script rewrites their ids (tests/support/
 * page-tamper.ts); posted names and labels stay. The test is the user: it types, picks options
 * with the mouse, presses the page's Next and the overlay's "Fill from …".
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { kendoStateByName, scrambleWidgetIds } from '../support/page-tamper';
import { profileSeed } from '../support/profile-seed';
import { type ReplicaLang, replicaUrl, routeReplica } from '../support/replica';
import { AGE_OPTION, LOCALE, PRIVATE_INSURANCE, SHORT_TERM } from '../support/replica-texts';
import {
  HOST,
  nextStep,
  openPanel,
  pageEvents,
  recordPageEvents,
  replicaReady,
  trDateFromToday,
} from '../support/wizard';

async function openScrambled(page: Page, path: string, lang: ReplicaLang): Promise<Locator> {
  await recordPageEvents(page);
  await page.goto(replicaUrl(path, lang));
  await replicaReady(page);
  await scrambleWidgetIds(page);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', /.+/);
  await openPanel(host);
  return host;
}

/** Opens the list holding `name` with the mouse and picks the option, as wizard.ts's pickOption does by id. */
async function pickByName(page: Page, name: string, optionText: string): Promise<void> {
  const widget = page.locator(`.k-dropdownlist:has([name="${name}"]), .k-dropdown:has([name="${name}"])`);
  const option = page.getByRole('option', { name: optionText, exact: true });
  await expect(async () => {
    if (!(await option.isVisible())) await widget.click();
    await expect(option).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await option.click();
  await expect(option).toBeHidden();
}

async function typeDateByName(page: Page, name: string, text: string): Promise<void> {
  const input = page.locator(`[data-role="datepicker"][name="${name}"]`);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
  await page.keyboard.press('Tab');
}

for (const lang of ['tr', 'en'] as const) {
  test.describe(`widgets without usable ids, replica in ${lang.toUpperCase()}`, () => {
    test.use({ locale: LOCALE[lang], viewport: { width: 1920, height: 1100 } });

    test('insurance age: the chosen option’s text is read, the warning comes and goes', async ({
      context,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await openScrambled(page, '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk', lang);
      await expect(host).toHaveAttribute('data-page', 'wizard-personal');
      await typeDateByName(page, 'Kisisel.DogumTarihi', trDateFromToday(-30, -70));

      await nextStep(page, lang); // travel document
      await nextStep(page, lang); // residence permit
      await scrambleWidgetIds(page);
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      await pickByName(page, 'IkametIzni.Turu', SHORT_TERM[lang]);
      await nextStep(page, lang); // address
      await nextStep(page, lang); // health insurance
      await scrambleWidgetIds(page);
      await expect(host).toHaveAttribute('data-page', 'wizard-insurance');
      expect(await page.locator('[data-role][id="ctl00_Main_Widget"]').count()).toBeGreaterThan(0);

      // Wrong: a 70-year-old short-term applicant choosing private insurance.
      await pickByName(page, 'Sigorta.Turu', PRIVATE_INSURANCE[lang]);
      const warning = host.locator('[data-findings] [data-rule="insurance-age"][data-severity="warning"]');
      await expect(warning).toBeVisible();
      await expect(host.locator('[data-hint-for="insuranceType"]')).toHaveAttribute(
        'data-finding-severity',
        'warning',
      );

      // Fixed: the age option.
      await pickByName(page, 'Sigorta.Turu', AGE_OPTION[lang]);
      await expect(host.locator('[data-findings] [data-rule="insurance-age"]')).toHaveCount(0);
      expect(await pageEvents(page)).toEqual([]);
    });
  });
}

/** Kendo widgets the fill must set, by posted name: the code the page's input must hold. */
const FILL_CASES = [
  {
    path: '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk',
    kind: 'wizard-personal',
    lists: {
      'Kisisel.Cinsiyet': '1',
      'Kisisel.MedeniHal': '2',
      'Kisisel.DogumUlke': '760',
      'Kisisel.Uyruk': '760',
    },
    dates: { 'Kisisel.DogumTarihi': '04.05.1990' },
    masked: { 'Kisisel.CepTelefon': '5551234567' },
  },
  {
    path: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=uzatma',
    kind: 'wizard-permit',
    lists: { 'IkametIzni.Turu': '1', 'IkametIzni.KalisAmaci': '106' },
    dates: { 'IkametIzni.BaslangicTarihi': '01.03.2026', 'IkametIzni.BitisTarihi': '01.03.2027' },
    masked: {},
  },
  {
    path: '/Ikamet/Basvuru/SaglikSigortasi?basvuruTuru=ilk',
    kind: 'wizard-insurance',
    lists: { 'Sigorta.Turu': '1' },
    dates: { 'Sigorta.BaslangicTarihi': '01.03.2026', 'Sigorta.BitisTarihi': '01.03.2027' },
    masked: {},
  },
] as const;

test.describe('"Fill from …" on pages whose widgets lost their ids', () => {
  test.use({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

  for (const entry of FILL_CASES) {
    test(`${entry.kind}: every Kendo widget is set, its input holds the code and it shows the text`, async ({
      context,
      seedStorage,
    }) => {
      await seedStorage(profileSeed());
      await routeReplica(context, { lang: 'en' });
      const page = await context.newPage();
      const host = await openScrambled(page, entry.path, 'en');
      await expect(host).toHaveAttribute('data-page', entry.kind);
      await host.locator('[data-action="fill"]').click();
      const summary = host.locator('[data-fill-summary]');
      await expect(summary).toHaveAttribute('data-fill-state', 'filled');

      for (const [name, code] of Object.entries(entry.lists)) {
        const state = await kendoStateByName(page, name);
        expect(state, name).toMatchObject({ widgetValue: code, inputValue: code });
        expect(state?.widgetText, name).not.toBe('');
        // What the person sees in the list is the option's text.
        const shown = page.locator(`.k-dropdownlist:has([name="${name}"]) .k-input-value-text`);
        await expect(shown, name).toHaveText(state?.widgetText ?? '');
      }
      for (const [name, date] of Object.entries(entry.dates)) {
        expect(await kendoStateByName(page, name), name).toMatchObject({
          widgetValue: date,
          inputValue: date,
        });
      }
      for (const [name, digits] of Object.entries(entry.masked)) {
        const state = await kendoStateByName(page, name);
        expect(state?.inputValue.replace(/\D/g, ''), name).toBe(digits);
      }
      // No Kendo widget is reported as unfilled for want of a bridge or an element.
      await expect(
        summary.locator('[data-reason="element-gone"], [data-reason="bridge-unavailable"]'),
      ).toHaveCount(0);
      await expect(summary.locator('[data-reason="not-verified"]')).toHaveCount(0);
      expect(await pageEvents(page)).toEqual([]);
    });
  }
});
