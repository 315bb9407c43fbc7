/**
 * A consultant's client list as CSV on the options page: a broken list is refused with the row
 * and column named, a good one goes through the same duplicate review as JSON, and "Export CSV"
 * downloads a list that imports back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/extension';

const en: Record<string, string> = JSON.parse(readFileSync(path.resolve('locales/en/profile.json'), 'utf8'));
const csv = (text: string) => ({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

test('CSV client list: refused by row and column, imported with the duplicate review, exported', async ({
  page,
  extensionId,
  seedStorage,
}) => {
  await seedStorage({
    'ui:language': 'en',
    profiles: [
      {
        id: 'stored-anna',
        createdAt: '2026-01-01T10:00:00.000Z',
        updatedAt: '2026-01-01T10:00:00.000Z',
        givenName: 'Anna',
        surname: 'Petrova',
        passportNumber: '751234567',
      },
    ],
    profiles$: { v: 2 },
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = page.locator('[data-profile-table] tbody tr');
  await expect(rows).toHaveCount(1);

  await page.setInputFiles(
    '[data-import-file]',
    csv('givenName,surname,birthDate\nOmar,Haddad,01.01.1990\nLeyla,Aliyeva,31.02.1990\n'),
  );
  const errors = page.locator('[data-import-errors]');
  await expect(errors).toContainText('Row 3, Date of birth');
  await expect(errors).toContainText(en['error.date.calendar'] ?? 'missing');
  await expect(rows).toHaveCount(1);

  await page.setInputFiles(
    '[data-import-file]',
    csv(
      'givenName,surname,passportNumber,notes\r\nAnna,Petrova,751234567,"Moved,\r\nnew address"\r\nOmar,Haddad,U1234567,=1+1\r\n',
    ),
  );
  const review = page.locator('[data-import-review]');
  await expect(review).toBeVisible();
  await expect(page.locator('[data-duplicate]')).toHaveCount(1);
  await page.locator('[data-duplicate] input[value="replace"]').check();
  await review.screenshot({ caret: 'initial', path: '/tmp/csv-review.png' });
  await page.click('[data-action="confirm-import"]');
  await expect(rows).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-action="export-csv"]'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^eikamet-profiles-\d{4}-\d{2}-\d{2}-2\.csv$/);
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFFid,createdAt,updatedAt,givenName,surname')).toBe(true);
  // The note keeps its line break (stored as \n, as the editor stores it).
  expect(text).toContain('"Moved,\nnew address"');
  // The formula-like note is written as text for spreadsheets.
  expect(text).toContain("'=1+1");
});
