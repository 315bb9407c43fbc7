/**
 * The toolbar popup (chrome-extension://<id>/popup.html) in the built extension: profiles,
 * validation, search, duplicate, delete + undo, import, look-ups, languages and accessibility.
 * Run `npx wxt build` first. Screenshots go to /tmp/popup-*.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatIsolated } from '../../src/i18n/bidi';
import { expect, openProfilesPage, test } from '../support/extension';
import { storedEntries, storedProfiles } from '../support/stored-profiles';

const FIXTURES = path.resolve('tests/fixtures/profiles');
const messages = (lang: string, namespace = 'profile'): Record<string, string> =>
  JSON.parse(readFileSync(path.resolve(`locales/${lang}/${namespace}.json`), 'utf8'));
/** "Profil 1, Doğum Tarihi": a JSON file's place, named by the field's label in `lang`. */
const profilePlace = (lang: string, field: string) =>
  (messages(lang)['import.place.profileColumn'] ?? 'missing')
    .replace('{number}', '1')
    .replace('{column}', messages(lang, 'fields')[`field.${field}.label`] ?? 'missing');

/** The one extension API this spec calls inside the worker (tests have no chrome typings). */
declare const chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } } };

function storedProfile(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    givenName: 'Anna',
    surname: 'Petrova',
    passportNumber: '751234567',
    passportExpiry: '14.09.2031',
    nationality: 'RU',
    ...overrides,
  };
}

async function openPopup(page: Page, extensionId: string) {
  await openProfilesPage(page, extensionId, 'popup.html');
}

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

test.use({ viewport: { width: 420, height: 640 } });

for (const lang of ['en', 'tr'] as const) {
  const t = messages(lang);

  test.describe(`popup in ${lang.toUpperCase()}`, () => {
    test.beforeEach(async ({ seedStorage }) => {
      await seedStorage({ 'ui:language': lang });
    });

    test('create with validation, search, duplicate, delete and undo', async ({
      page,
      extensionId,
      requests,
    }) => {
      await openPopup(page, extensionId);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.click('[data-action="new"]');

      await page.fill('#field-givenName', 'Ayşe');
      await page.fill('#field-surname', 'Işık');
      await page.fill('#field-birthDate', '31.02.1990');
      // In the popup the editor's sections fold; "Residence in Türkiye" starts folded.
      await page.click('[data-section="turkiye"] > summary');
      await page.fill('#field-foreignerId', '12345678901');
      await page.fill('#field-mobile', '0532 123 45 67');
      await page.locator('#field-mobile').blur();
      await expect(page.locator('[data-error-for="birthDate"]')).toHaveText(t['error.date.calendar'] ?? '');
      await expect(page.locator('[data-error-for="foreignerId"]')).toHaveText(t['error.foreignerId'] ?? '');
      await expect(page.locator('#field-birthDate')).toHaveAttribute('aria-invalid', 'true');

      // Saving with errors saves nothing and announces what is wrong.
      await page.click('[data-action="save"]');
      await expect(page.locator('[data-error-summary]')).toBeVisible();
      await expect(page.locator('[data-error-summary]')).toHaveAttribute('role', 'alert');

      await page.fill('#field-birthDate', '12.03.1990');
      await page.fill('#field-foreignerId', '99123456789');
      await page.click('[data-action="save"]');
      await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(1);

      // Turkish-aware, diacritic-insensitive search.
      await page.fill('[data-search]', 'ISIK');
      await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(1);
      await page.fill('[data-search]', 'nobody');
      await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(0);
      await page.fill('[data-search]', 'ayse');
      await page.click('[data-profile-name]');
      await expect(page.locator('#field-mobile')).toHaveValue('5321234567');

      // Duplicate opens a new profile with the family details kept.
      await page.click('[data-action="duplicate"]');
      await expect(page.locator('#field-surname')).toHaveValue('Işık');
      await expect(page.locator('#field-givenName')).toHaveValue('');
      await page.fill('#field-givenName', 'Deniz');
      await page.click('[data-action="save"]');
      await page.fill('[data-search]', '');
      await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(2);

      // Delete, then undo.
      await page.fill('[data-search]', 'deniz');
      await page.click('[data-profile-name]');
      await page.click('[data-action="delete"]');
      await page.fill('[data-search]', '');
      await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(1);
      await expect(page.locator('[data-undo]')).toBeVisible();
      await page.click('[data-action="undo"]');
      await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(2);
      await expect(page.locator('[data-undo]')).toHaveCount(0);
      // Personal data never leaves the device: the popup made no web request at all.
      expect(requests.filter((request) => /^https?:/.test(request.url))).toEqual([]);
    });

    test('import: a broken file is refused by name, duplicates are offered', async ({
      page,
      extensionId,
      seedStorage,
      serviceWorker,
    }) => {
      await seedStorage({ profiles: [storedProfile('stored-anna')], profiles$: { v: 2 } });
      await openPopup(page, extensionId);
      // The first read moves the seeded one-array layout to one key per record.
      await expect(page.locator('[data-list-complete="true"]')).toBeVisible();
      const before = await storedProfiles(serviceWorker);

      await page.setInputFiles('[data-import-file]', path.join(FIXTURES, 'import/broken-fields.json'));
      const errors = page.locator('[data-import-errors]');
      await expect(errors).toBeVisible();
      await expect(errors).toContainText(profilePlace(lang, 'birthDate'));
      await expect(errors).toContainText(t['error.date.calendar'] ?? '');
      await expect(errors).toContainText(profilePlace(lang, 'foreignerId'));
      await expect(errors).not.toContainText('birthDate');
      expect(await storedProfiles(serviceWorker)).toEqual(before);

      await page.setInputFiles('[data-import-file]', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          '{ "format": "eikamet-assistant/profiles", "version": 2, "profiles": [ { "id": "x", ',
        ),
      });
      await expect(errors).toContainText((t['import.malformedJson'] ?? '').split(':')[0] ?? '');
      expect(await storedProfiles(serviceWorker)).toEqual(before);

      await page.setInputFiles('[data-import-file]', path.join(FIXTURES, 'import/good-v2.json'));
      const duplicate = page.locator('[data-duplicate]');
      await expect(duplicate).toHaveCount(1);
      for (const choice of ['skip', 'replace', 'keep-both']) {
        await expect(duplicate.locator(`input[value="${choice}"]`)).toHaveCount(1);
      }
      await duplicate.locator('input[value="keep-both"]').check();
      await page.click('[data-action="confirm-import"]');
      await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(4);
      // Imported HTML is shown as text, never run or rendered.
      await page.fill('[data-search]', 'weber');
      await page.click('[data-profile-name]');
      await expect(page.locator('#field-notes')).toHaveValue('<img src=x onerror=alert(1)> shown as text');
      await expect(page.locator('img')).toHaveCount(0);
    });

    test('look-ups work with no e-İkamet page open', async ({ page, extensionId }) => {
      await openPopup(page, extensionId);
      await page.click('[data-tab="checklist"]');
      const items = page.locator('[data-checklist] [data-doc]');
      await expect(items.first()).toBeVisible();
      expect(await items.count()).toBeGreaterThan(3);
      await expect(page.locator('[data-checklist] [data-doc="passport-original"]')).toBeVisible();
      await page.selectOption('#lookup-kind', 'extension');
      await expect(page.locator('[data-checklist] [data-doc="passport-notarised-copy"]')).toBeVisible();

      await page.click('[data-tab="deadlines"]');
      await page.fill('#calc-permit-end', '30.06.2026');
      await expect(page.locator('[data-window-opens]')).toContainText('01.05.2026');
      await expect(page.locator('[data-window-closes]')).toContainText('30.06.2026');
      await page.fill('#calc-requested-end', '30.06.2027');
      await expect(page.locator('[data-passport-needed]')).toContainText('29.08.2027');
      await page.fill('#calc-from', '22.05.2026');
      await page.fill('#calc-days', '5');
      await expect(page.locator('[data-working-result]')).toContainText('03.06.2026');
      await page.fill('#calc-permit-end', '31.02.2026');
      await expect(page.getByText(t['error.date.calendar'] ?? '')).toBeVisible();
    });
  });
}

test('Arabic renders right to left', async ({ page, extensionId, seedStorage, serviceWorker }) => {
  await seedStorage({ 'ui:language': 'ar' });
  await openPopup(page, extensionId);
  expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
    'rtl',
    'ar',
  ]);
  // The Latin product name in the Arabic title is isolated, so it keeps its own order.
  await expect(page.locator('h1')).toHaveText(formatIsolated(messages('ar')['app.title'] ?? ''));
  // Switching the language is stored under the overlay's key.
  await page.selectOption('[data-language]', 'en');
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  await expect
    .poll(() =>
      serviceWorker?.evaluate(async () => (await chrome.storage.local.get('ui:language'))['ui:language']),
    )
    .toBe('en');
});

for (const lang of ['en', 'tr', 'ar', 'ru']) {
  test(`axe finds no serious or critical violations in ${lang.toUpperCase()}`, async ({
    page,
    extensionId,
    seedStorage,
  }) => {
    await seedStorage({
      'ui:language': lang,
      profiles: [
        storedProfile('a', { currentPermitEnd: '20.12.2026' }),
        storedProfile('b', { givenName: 'Jonas', surname: 'Weber', passportNumber: 'C01X00T47' }),
        { id: 'broken', surname: 42 },
      ],
      profiles$: { v: 2 },
    });
    await openPopup(page, extensionId);
    await expect(page.locator('[data-needs-attention]')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'list');
    await page.setInputFiles('[data-import-file]', path.join(FIXTURES, 'import/broken-fields.json'));
    await expect(page.locator('[data-import-errors]')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'import errors');
    await page.click('[data-action="new"]');
    await page.fill('#field-birthDate', '1990');
    await page.click('[data-action="save"]');
    await expect(page.locator('[data-error-summary]')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'editor with errors');
    await page.click('[data-tab="checklist"]');
    await expectNoSeriousAxeViolations(page, 'checklist');
    await page.click('[data-tab="deadlines"]');
    await page.fill('#calc-permit-end', '30.06.2026');
    await expectNoSeriousAxeViolations(page, 'deadlines');
  });
}

test('screenshots of list, editor and checklist in EN and AR', async ({ page, extensionId, seedStorage }) => {
  await seedStorage({
    profiles: [
      storedProfile('a', { currentPermitEnd: '20.06.2026' }),
      storedProfile('b', {
        givenName: 'Jonas',
        surname: 'Weber',
        passportNumber: 'C01X00T47',
        requestedEnd: '01.06.2027',
        passportExpiry: '01.07.2027',
      }),
      storedProfile('c', {
        givenName: 'Leyla',
        surname: 'Hasanova',
        passportNumber: 'AZ0000001',
        foreignerId: '99876543210',
      }),
    ],
    profiles$: { v: 2 },
  });
  for (const lang of ['en', 'ar']) {
    await seedStorage({ 'ui:language': lang });
    await openPopup(page, extensionId);
    await page.screenshot({ caret: 'initial', path: `/tmp/popup-list-${lang}.png`, fullPage: true });
    await page.locator('[data-profile-name]').first().click();
    await page.fill('#field-birthDate', '31.02.1990');
    await page.fill('#field-mobile', '+90 532 123 45 67');
    await page.locator('#field-mobile').blur();
    await page.locator('#field-birthDate').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -260));
    await page.screenshot({ caret: 'initial', path: `/tmp/popup-edit-${lang}.png` });
    await page.locator('#field-mobile').scrollIntoViewIfNeeded();
    await page.screenshot({ caret: 'initial', path: `/tmp/popup-edit-contact-${lang}.png` });
    await page.click('[data-tab="checklist"]');
    await page.screenshot({ caret: 'initial', path: `/tmp/popup-checklist-${lang}.png`, fullPage: true });
  }
});

test('10,000 profiles load, search and save fast enough', async ({
  page,
  extensionId,
  seedStorage,
  serviceWorker,
}) => {
  const profiles = Array.from({ length: 10_000 }, (_, i) =>
    storedProfile(`p-${i}`, {
      givenName: i % 7 === 0 ? 'Işıl' : 'Maria Elena',
      surname: `Garcia${String.fromCharCode(65 + (i % 26))}`,
      passportNumber: `PA${String(i).padStart(7, '0')}`,
      foreignerId: `99${String(100_000_000 + i)}`,
      birthDate: '12.03.1990',
      // Permit ends spread over two years, so some windows are open and most are not.
      currentPermitEnd: `${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.${2026 + (i % 2)}`,
      mobile: '5321234567',
      email: `client${i}@example.com`,
      notes: 'Client since 2024.',
    }),
  );
  await seedStorage({ profiles, profiles$: { v: 2 } });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('[data-profile-list] [data-profile-id]').first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(50);

  await page.fill('[data-search]', 'PA0009999');
  await expect(page.locator('[data-profile-list] [data-profile-id]')).toHaveCount(1);

  await page.click('[data-profile-name]');
  await page.fill('#field-notes', 'Edited in the 10k test.');
  await page.click('[data-action="save"]');
  await expect(page.locator('[data-editor]')).toHaveCount(0, { timeout: 20_000 });
  const stored = (await storedProfiles(serviceWorker)) as { id: string; notes?: string }[];
  expect(stored).toHaveLength(10_000);
  expect(stored.find((profile) => profile.id === 'p-9999')?.notes).toBe('Edited in the 10k test.');
});

/** Records, when the first profile row appears, whether the list was already complete then. */
const FIRST_ROWS_PROBE = `(() => {
  const seen = (window.__firstRows = { complete: null, names: [] });
  new MutationObserver((_, observer) => {
    const rows = document.querySelectorAll('[data-profile-list] [data-profile-name]');
    if (rows.length === 0) return;
    seen.complete = document.querySelector('[data-list-complete]')?.getAttribute('data-list-complete');
    seen.names = [...rows].map((row) => row.querySelector('.row-name')?.textContent);
    seen.glance = [...document.querySelectorAll('[data-glance-kind]')].map((item) => item.dataset.glanceKind);
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

/** dd.MM.yyyy, `days` from now. */
function inDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${String(date.getDate()).padStart(2, '0')}.${String(date.getMonth() + 1).padStart(2, '0')}.${date.getFullYear()}`;
}

test('the second opening shows the first rows before every profile is read', async ({
  page,
  extensionId,
  seedStorage,
  serviceWorker,
}) => {
  await seedStorage({
    profiles: [
      storedProfile('p-z', { givenName: 'Zeynep', surname: 'Yıldız', passportNumber: 'U1234567' }),
      // Her extension window closes in 10 days: the one at-a-glance entry.
      storedProfile('p-a', { givenName: 'Anna', surname: 'Petrova', currentPermitEnd: inDays(10) }),
      { id: 'p-broken', givenName: 'Nadia', birthDate: '31.02.1990' },
    ],
    profiles$: { v: 2 },
  });
  const firstRows = () =>
    page.evaluate(
      () => (window as unknown as { __firstRows: { complete: string; names: string[] } }).__firstRows,
    );
  await page.addInitScript(FIRST_ROWS_PROBE);

  // First opening: no list head stored yet, so rows wait for the full, validated read.
  await openPopup(page, extensionId);
  await expect(page.locator('[data-list-complete="true"]')).toBeVisible();
  expect(await firstRows()).toEqual({
    complete: 'true',
    names: ['Petrova, Anna', 'Yıldız, Zeynep'],
    glance: ['extension-closing'],
  });
  if (!serviceWorker) throw new Error('no background worker');
  await expect.poll(async () => Boolean((await storedEntries(serviceWorker)).profilesHead)).toBe(true);

  // Second opening: the same rows and deadlines, painted from the head while the full read is
  // still running; the record that fails validation is in neither.
  await page.reload();
  await expect(page.locator('[data-list-complete="true"]')).toBeVisible();
  expect(await firstRows()).toEqual({
    complete: 'false',
    names: ['Petrova, Anna', 'Yıldız, Zeynep'],
    glance: ['extension-closing'],
  });
  await expect(page.locator('[data-needs-attention]')).toContainText('Nadia');
});

test('export downloads a valid file from the popup', async ({ page, extensionId, seedStorage }) => {
  await seedStorage({ profiles: [storedProfile('a'), { id: 'broken', surname: 42 }], profiles$: { v: 2 } });
  await openPopup(page, extensionId);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-action="export-all"]'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^eikamet-profiles-\d{4}-\d{2}-\d{2}-1\.json$/);
  const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
  expect(file).toMatchObject({ format: 'eikamet-assistant/profiles', version: 2, profiles: [{ id: 'a' }] });
});

test('options page: table sorted by deadline, needs attention, export selected', async ({
  page,
  extensionId,
  seedStorage,
}) => {
  const today = new Date();
  const inDays = (days: number) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
    return `${String(date.getDate()).padStart(2, '0')}.${String(date.getMonth() + 1).padStart(2, '0')}.${date.getFullYear()}`;
  };
  await seedStorage({
    'ui:language': 'en',
    profiles: [
      storedProfile('later', { surname: 'Later', currentPermitEnd: inDays(200) }),
      storedProfile('none', { surname: 'Nopermit', passportNumber: 'NP0000001' }),
      storedProfile('soon', { surname: 'Soon', passportNumber: 'SO0000001', currentPermitEnd: inDays(10) }),
      { id: 'broken', givenName: 'Nadia', birthDate: '31.02.1990' },
    ],
    profiles$: { v: 2 },
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = page.locator('[data-profile-table] tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-profile-id', 'soon');
  await expect(rows.nth(0).locator('[data-window-status]')).toHaveAttribute('data-window-status', 'open');
  await expect(rows.nth(2)).toHaveAttribute('data-profile-id', 'none');
  await page.click('[data-sort="extension"]');
  await expect(rows.nth(0)).toHaveAttribute('data-profile-id', 'none');
  await page.click('[data-sort="name"]');
  await expect(rows.nth(0)).toHaveAttribute('data-profile-id', 'later');
  await expect(page.locator('[data-needs-attention]')).toContainText('Nadia');
  await expectNoSeriousAxeViolations(page, 'options');
  await page.screenshot({ caret: 'initial', path: '/tmp/options-en.png' });

  await rows.nth(0).locator('input[type="checkbox"]').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-action="export-selected"]'),
  ]);
  const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
  expect(file.profiles.map((profile: { id: string }) => profile.id)).toEqual(['later']);

  await page.click('[data-profile-id="soon"] [data-profile-name]');
  await expect(page.locator('[data-editor]')).toBeVisible();
  await page.screenshot({ caret: 'initial', path: '/tmp/options-edit-en.png' });
});
