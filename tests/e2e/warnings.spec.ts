/**
 * Live warnings on the replica, with the built extension loaded (`npx wxt build` first). The
 * test is the user: it types into fields, opens Kendo lists and picks options, and moves
 * through the wizard with the page's own Next button. Every date is relative to today, so the
 * checks give the same answers whenever the tests run.
 *
 * Each headline check must appear while the value is wrong and disappear once it is fixed,
 * in the panel's findings region and beside the field it concerns.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, type RecordedRequest, test } from '../support/extension';
import { routeReplica } from '../support/replica';
import {
  AGE_OPTION,
  LOCALE,
  WIZARD_PATHS as PATHS,
  PRIVATE_INSURANCE,
  SHORT_TERM,
} from '../support/replica-texts';
import {
  assistantSettled,
  HOST,
  navigations,
  nextStep,
  openPanel,
  openReplica,
  pageEvents,
  pickOption,
  recordPageEvents,
  replicaReady,
  requestsOutsideReplica,
  trDateFromToday,
  typeDate,
} from '../support/wizard';

function finding(host: Locator, rule: string, severity?: string): Locator {
  const severityPart = severity ? `[data-severity="${severity}"]` : '';
  return host.locator(`[data-findings] [data-rule="${rule}"]${severityPart}`);
}

function badge(host: Locator, field: string): Locator {
  return host.locator(`[data-hint-for="${field}"]`);
}

async function start(page: Page, path: string): Promise<Locator> {
  await recordPageEvents(page);
  await openReplica(page, path);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', /.+/);
  await openPanel(host);
  return host;
}

/** The extension did nothing of its own: no submit, no untrusted click, no request or page load. */
async function expectHandsOff(
  page: Page,
  requests: readonly RecordedRequest[],
  extensionId: string,
  openedByTest: readonly string[],
): Promise<void> {
  expect(await pageEvents(page)).toEqual([]);
  expect(requestsOutsideReplica(requests, extensionId)).toEqual([]);
  expect(navigations(requests).map((url) => new URL(url).pathname + new URL(url).search)).toEqual(
    openedByTest,
  );
}

for (const lang of ['tr', 'en'] as const) {
  test.describe(`live warnings, replica in ${lang.toUpperCase()}`, () => {
    test.use({ locale: LOCALE[lang], viewport: { width: 1920, height: 1100 } });

    test('passport validity: the expiry typed on step 2 against the requested end on step 3', async ({
      context,
      requests,
      extensionId,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PATHS.passport);
      await expect(host).toHaveAttribute('data-page', 'wizard-passport');
      const expiry = trDateFromToday(200);
      await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', expiry);
      await page.keyboard.press('Tab');

      await nextStep(page, lang);
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      await pickOption(page, 'IkametIzni_Turu', SHORT_TERM[lang]);
      await typeDate(page, 'IkametIzni_BaslangicTarihi', trDateFromToday(10));
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(365));

      // Wrong: the passport ends less than 60 days after the requested end.
      await expect(finding(host, 'passport-validity', 'error')).toBeVisible();
      await expect(finding(host, 'passport-validity')).toContainText(expiry);
      await expect(badge(host, 'requestedEnd')).toHaveAttribute('data-finding-severity', 'error');
      // The source disclosure, opened by the user.
      await finding(host, 'passport-validity').locator('summary').click();
      await expect(finding(host, 'passport-validity').locator('.finding-source dl')).toContainText(
        'YUKK 21(2)',
      );

      // Fixed: an end date the passport outlasts by 60 days.
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(120));
      await expect(finding(host, 'passport-validity')).toHaveCount(0);
      await expect(badge(host, 'requestedEnd')).not.toHaveAttribute('data-finding-severity', /.*/);

      await expectHandsOff(page, requests, extensionId, [PATHS.passport]);
    });

    test('the expiry typed the moment step 2 appears, Next in the same task, still checks step 3', async ({
      context,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PATHS.personal);
      await assistantSettled(page);
      const expiry = trDateFromToday(200);
      // Faster than any person: Next on step 1, then step 2's expiry typed and Next pressed in
      // the very task that renders step 2, while the assistant still waits for the page to
      // go quiet before looking at it.
      await page.evaluate((typed) => {
        new MutationObserver((_records, observer) => {
          const input = document.getElementById('SeyahatBelgesi_GecerlilikTarihi') as HTMLInputElement | null;
          const next = document.getElementById('btnIleri');
          if (!input || !next) return;
          observer.disconnect();
          input.value = typed;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          next.click();
        }).observe(document.body, { childList: true, subtree: true });
        document.getElementById('btnIleri')?.click();
      }, expiry);
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      await replicaReady(page);
      await pickOption(page, 'IkametIzni_Turu', SHORT_TERM[lang]);
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(365));
      await expect(finding(host, 'passport-validity', 'error')).toContainText(expiry);
    });

    test('extension window: the current permit end on the extension flow permit step', async ({
      context,
      requests,
      extensionId,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      // The extension's entry page tells the assistant which application this is.
      const host = await start(page, PATHS.extensionEntry);
      await expect(host).toHaveAttribute('data-page', 'extension-entry');

      const tooEarly = PATHS.permitExtension(trDateFromToday(120));
      await openReplica(page, tooEarly);
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      await expect(finding(host, 'extension-window', 'warning')).toBeVisible();
      await expect(finding(host, 'extension-window')).toContainText(trDateFromToday(60));
      await expect(badge(host, 'currentPermitEnd')).toHaveAttribute('data-finding-severity', 'warning');

      // Later, inside the window: the warning is gone, a note says until when to apply.
      const inWindow = PATHS.permitExtension(trDateFromToday(30));
      await openReplica(page, inWindow);
      await expect(finding(host, 'extension-window', 'info')).toBeVisible();
      await expect(finding(host, 'extension-window', 'warning')).toHaveCount(0);

      // After the end, it is too late to extend: an error.
      const late = PATHS.permitExtension(trDateFromToday(-5));
      await openReplica(page, late);
      await expect(finding(host, 'extension-window', 'error')).toBeVisible();

      await expectHandsOff(page, requests, extensionId, [PATHS.extensionEntry, tooEarly, inWindow, late]);
    });

    test('extension window when the page cannot tell: assumed from the current permit, the user confirms in the panel', async ({
      context,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PATHS.permitExtension(trDateFromToday(120)));
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      // Extension or transfer: the permit step does not say. It shows the current permit's end,
      // so the assistant takes it for an extension, says so, and checks the window at once.
      await expect(host.locator('.panel-facts [data-kind-assumed="true"]')).toHaveAttribute(
        'data-application-kind',
        'extension',
      );
      await expect(finding(host, 'extension-window', 'warning')).toBeVisible();
      // The user confirms in the checklist's choice, with the keyboard as a person does
      // (selectOption's events are a script's, which the panel ignores).
      await host.locator('[data-checklist-section] > summary').click();
      const kind = host.locator('select[data-choice="kind"]');
      await kind.focus();
      await kind.press('ArrowDown');
      await expect(kind).toHaveValue('first');
      await kind.press('ArrowDown');
      await expect(kind).toHaveValue('extension');
      await expect(finding(host, 'extension-window', 'warning')).toBeVisible();
      await expect(host.locator('.panel-facts [data-kind-assumed="true"]')).toHaveCount(0);
      // The choice stays the user's to change.
      await expect(host.locator('select[data-choice="kind"]')).toHaveValue('extension');
    });

    test('insurance age: the birth date from step 1 against the insurance chosen on step 5', async ({
      context,
      requests,
      extensionId,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PATHS.personal);
      await expect(host).toHaveAttribute('data-page', 'wizard-personal');
      await typeDate(page, 'Kisisel_DogumTarihi', trDateFromToday(-30, -70));
      await page.keyboard.press('Tab');

      await nextStep(page, lang); // travel document
      await nextStep(page, lang); // residence permit
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      await pickOption(page, 'IkametIzni_Turu', SHORT_TERM[lang]);
      await nextStep(page, lang); // address
      await nextStep(page, lang); // health insurance
      await expect(host).toHaveAttribute('data-page', 'wizard-insurance');

      // Wrong: a 70-year-old short-term applicant choosing private insurance.
      await pickOption(page, 'Sigorta_Turu', PRIVATE_INSURANCE[lang]);
      await expect(finding(host, 'insurance-age', 'warning')).toBeVisible();
      await expect(badge(host, 'insuranceType')).toHaveAttribute('data-finding-severity', 'warning');

      // Fixed: the age option.
      await pickOption(page, 'Sigorta_Turu', AGE_OPTION[lang]);
      await expect(finding(host, 'insurance-age')).toHaveCount(0);
      await expect(badge(host, 'insuranceType')).not.toHaveAttribute('data-finding-severity', /.*/);

      await expectHandsOff(page, requests, extensionId, [PATHS.personal]);
    });

    test('a warning is announced politely and its badge is keyboard reachable', async ({ context }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PATHS.passport);
      await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', trDateFromToday(30));
      await page.keyboard.press('Tab');
      await nextStep(page, lang);
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(100));
      await expect(
        host.locator('[data-findings][aria-live="polite"] [data-rule="passport-validity"]'),
      ).toBeVisible();
      const warningBadge = badge(host, 'requestedEnd');
      await expect(warningBadge).toHaveAttribute('aria-label', /.+: .+/);
      await warningBadge.focus();
      const tooltip = host.locator(`#${await warningBadge.getAttribute('aria-describedby')}`);
      await expect(tooltip.locator('[data-rule="passport-validity"][data-severity="error"]')).toBeVisible();
    });
  });
}

test.describe('field hints beside the fields', () => {
  test.use({ locale: 'en-US', viewport: { width: 1920, height: 1100 } });

  test('show the page label beside its translation, the hint, the format and the usual mistakes', async ({
    context,
  }) => {
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    const host = await start(page, PATHS.personal);
    const fatherBadge = badge(host, 'fatherName');
    await fatherBadge.hover();
    const tooltip = host.locator(`#${await fatherBadge.getAttribute('aria-describedby')}`);
    await expect(tooltip.locator('.tooltip-title')).toHaveText("Baba Adı — Father's name");
    await expect(tooltip.locator('.tooltip-text')).toContainText('first name');
    await expect(tooltip.locator('.tooltip-mistakes')).toContainText('Common mistakes');

    const birthBadge = badge(host, 'birthDate');
    await birthBadge.hover();
    const birthTooltip = host.locator(`#${await birthBadge.getAttribute('aria-describedby')}`);
    await expect(birthTooltip.locator('.tooltip-format')).toContainText('dd.MM.yyyy');

    // The same in the panel's field list.
    await expect(host.locator('[data-field-key="fatherName"] .field-page-label')).toHaveText('Baba Adı');
    await expect(host.locator('[data-field-key="birthDate"] .field-format')).toContainText('dd.MM.yyyy');
  });
});

test.describe('live warnings in Arabic', () => {
  test.use({ locale: 'tr-TR', viewport: { width: 1920, height: 1100 } });

  test('render right to left with the Arabic message, on a Turkish page', async ({
    context,
    seedStorage,
  }) => {
    await seedStorage({ 'ui:language': 'ar' });
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    const host = await start(page, PATHS.passport);
    await expect(host).toHaveAttribute('data-ui-lang', 'ar');
    await expect(host.locator('.panel')).toHaveAttribute('dir', 'rtl');
    await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', trDateFromToday(30));
    await page.keyboard.press('Tab');
    await nextStep(page, 'tr');
    await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(100));
    const card = finding(host, 'passport-validity', 'error');
    await expect(card).toBeVisible();
    await expect(card.locator('.severity-word')).toHaveText('خطأ');
    await expect(card.locator('.finding-message')).toHaveText(/[\u0600-\u06FF]/);
    // The page's own Turkish label beside the Arabic one, isolated for bidi.
    const tooltip = host.locator(`#${await badge(host, 'requestedEnd').getAttribute('aria-describedby')}`);
    await expect(tooltip.locator('bdi')).toHaveText('Talep Edilen Bitiş Tarihi');
  });

  test('the panel language switch writes ui:language and turns the panel right to left', async ({
    context,
    serviceWorker,
  }) => {
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    const host = await start(page, PATHS.passport);
    await expect(host.locator('.panel')).toHaveAttribute('dir', 'ltr');
    await host.locator('[data-language="ar"]').click();
    await expect(host.locator('.panel')).toHaveAttribute('dir', 'rtl');
    await expect(host.locator('[data-language="ar"]')).toHaveAttribute('aria-pressed', 'true');
    if (!serviceWorker) throw new Error('no background worker');
    await expect
      .poll(() =>
        serviceWorker.evaluate(async () => {
          const { storage } = (
            globalThis as unknown as {
              chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
            }
          ).chrome;
          return (await storage.local.get('ui:language'))['ui:language'];
        }),
      )
      .toBe('ar');
    await host.locator('[data-language="ru"]').click();
    await expect(host.locator('.panel')).toHaveAttribute('dir', 'ltr');
    await expect(host.locator('.panel')).toHaveAttribute('lang', 'ru');
  });
});
