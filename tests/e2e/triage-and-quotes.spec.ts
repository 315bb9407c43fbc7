/**
 * Issue 14 §4 and §5 in the browser: the options page's triage of profiles whose extension
 * windows are closed, closing and open (on a fixed day), and a finding on the English insurance
 * step that quotes the age option as that page shows it while the assistant speaks Turkish or
 * Arabic. Screenshots at 1366×768 for a person to look at (system temp dir, `triage-*.png`).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openProfilesPage, test } from '../support/extension';
import { routeReplica } from '../support/replica';
import { AGE_OPTION, WIZARD_PATHS as PATHS, PRIVATE_INSURANCE, SHORT_TERM } from '../support/replica-texts';
import {
  HOST,
  nextStep,
  openPanel,
  openReplica,
  pickOption,
  trDateFromToday,
  typeDate,
} from '../support/wizard';

function storedProfile(id: string, overrides: Record<string, unknown>) {
  return {
    id,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-04-30T21:30:00.000Z',
    passportNumber: '751234567',
    passportExpiry: '14.09.2031',
    nationality: 'RU',
    ...overrides,
  };
}

/** The day the options page is opened on: 04.05.2026. */
const TODAY = new Date(2026, 4, 4, 10, 0);

const PROFILES = [
  storedProfile('p-open', { givenName: 'Anna', surname: 'Petrova', currentPermitEnd: '25.06.2026' }),
  storedProfile('p-ended-long', { givenName: 'Omar', surname: 'Haddad', currentPermitEnd: '01.01.2026' }),
  storedProfile('p-closing', { givenName: 'Li', surname: 'Wei', currentPermitEnd: '13.05.2026' }),
  storedProfile('p-ended', { givenName: 'Sara', surname: 'Nowak', currentPermitEnd: '01.05.2026' }),
];

test.use({ locale: 'tr-TR', viewport: { width: 1366, height: 768 } });

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.clock.setFixedTime(TODAY);
  await openProfilesPage(page, extensionId, 'options.html');
  await expect(page.locator('[data-profile-table] [data-profile-id]')).toHaveCount(PROFILES.length);
}

for (const lang of ['tr', 'ar'] as const) {
  test(`${lang}: the options page triages closing, open and ended windows, urgency in words and colour`, async ({
    page,
    extensionId,
    seedStorage,
  }) => {
    await seedStorage({ 'ui:language': lang, profiles: PROFILES, profiles$: { v: 2 } });
    await openOptions(page, extensionId);
    const glance = page.locator('[data-glance]');
    const groups = glance.locator('[data-glance-group]');
    await expect(groups).toHaveCount(2);
    const names = (group: string) =>
      glance.locator(`[data-glance-group="${group}"] [data-glance-kind] button`).allTextContents();
    expect(await names('act')).toEqual(
      ['Wei, Li', 'Petrova, Anna'].map((name) => expect.stringContaining(name)),
    );
    expect(await names('too-late')).toEqual(
      ['Nowak, Sara', 'Haddad, Omar'].map((name) => expect.stringContaining(name)),
    );
    // The urgency word is there, on its own colour, for each entry.
    const tags = glance.locator('[data-glance-kind] .urgency');
    await expect(tags).toHaveCount(4);
    const colours = await tags.evaluateAll((elements) =>
      elements.map((element) => getComputedStyle(element).backgroundColor),
    );
    expect(new Set(colours).size).toBe(3);
    for (const tag of await tags.allTextContents()) expect(tag.trim()).not.toBe('');
    // The table sorts the same way by default; every date in it is dd.MM.yyyy.
    const order = await page
      .locator('[data-profile-table] tbody [data-profile-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-profile-id')));
    expect(order).toEqual(['p-closing', 'p-open', 'p-ended', 'p-ended-long']);
    for (const date of await page.locator('[data-profile-table] tbody td.nowrap').allTextContents())
      expect(date.trim()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await glance.scrollIntoViewIfNeeded();
    await page.screenshot({ caret: 'initial', path: path.join(tmpdir(), `triage-${lang}-options.png`) });
  });

  test(`${lang}: on the English insurance step a finding quotes "Under 18 and over 65"`, async ({
    context,
    seedStorage,
  }) => {
    test.setTimeout(90_000);
    await seedStorage({ 'ui:language': lang });
    await routeReplica(context, { lang: 'en' });
    const page = await context.newPage();
    await openReplica(page, PATHS.personal);
    const host = page.locator(HOST);
    await expect(host).toHaveAttribute('data-page', 'wizard-personal');
    await openPanel(host);
    await typeDate(page, 'Kisisel_DogumTarihi', trDateFromToday(-30, -70));
    await page.keyboard.press('Tab');
    await nextStep(page, 'en');
    await nextStep(page, 'en');
    await pickOption(page, 'IkametIzni_Turu', SHORT_TERM.en);
    await nextStep(page, 'en');
    await nextStep(page, 'en');
    await expect(host).toHaveAttribute('data-page', 'wizard-insurance');
    await pickOption(page, 'Sigorta_Turu', PRIVATE_INSURANCE.en);
    const message = host.locator('[data-findings] [data-rule="insurance-age"] .finding-message');
    await expect(message).toContainText(AGE_OPTION.en);
    await expect(message).not.toContainText(AGE_OPTION.tr);
    await page.screenshot({ caret: 'initial', path: path.join(tmpdir(), `triage-${lang}-panel-quote.png`) });
  });
}
