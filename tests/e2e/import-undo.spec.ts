/**
 * A consultant's imports on the options page (issue 14 §4, §5): an import undone as a whole
 * (added profiles removed, replaced ones restored), with encryption off and on; a re-import of
 * what is stored says "nothing new" with the count instead of listing conflicts, and a profile
 * that differs shows what differs; CSV dates written 1980-05-05 or 05/05/1980 converted with a
 * note; problems named by row and the column's label in the page's language. Screenshots at
 * 1366×768 in TR and AR go to /tmp/import-undo/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src/contracts/languages';
import { listOf } from '../../src/i18n/translator';
import { expect, openProfilesPage, test } from '../support/extension';
import { storedEntries } from '../support/stored-profiles';

const SHOTS = '/tmp/import-undo';
const catalogue = (lang: string, namespace = 'profile'): Record<string, string> =>
  JSON.parse(readFileSync(path.resolve(`locales/${lang}/${namespace}.json`), 'utf8'));

/** A message as the page shows it in `lang`, counts written the page's way. */
function say(lang: string, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogue(lang)[key];
  if (template === undefined) throw new Error(`no ${key} in ${lang}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/** Right-to-left pages isolate inserted values (U+2066–U+2069); a reader sees no such marks. */
async function expectText(locator: Locator, expected: string): Promise<void> {
  await expect
    .poll(async () => ((await locator.textContent()) ?? '').replace(/[\u2066-\u2069]/g, ''))
    .toContain(expected);
}

/** Serious or critical accessibility problems in the import section, named. */
async function axeProblems(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-import]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const csv = (text: string, name = 'clients.csv') => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});
const rows = (page: Page) => page.locator('[data-profile-table] tbody [data-profile-id]');

const STAMP = '2026-01-05T09:00:00.000Z';
const STORED = [
  {
    id: 'stored-anna',
    createdAt: STAMP,
    updatedAt: STAMP,
    givenName: 'Anna',
    surname: 'Petrova',
    passportNumber: '751234567',
    birthDate: '05.05.1980',
    notes: 'Client since 2024.',
  },
  {
    id: 'stored-omar',
    createdAt: STAMP,
    updatedAt: STAMP,
    givenName: 'Omar',
    surname: 'Haddad',
    passportNumber: 'N12345678',
    birthDate: '01.01.1990',
  },
  { id: 'stored-leyla', createdAt: STAMP, updatedAt: STAMP, givenName: 'Leyla', surname: 'Aliyeva' },
];

/** Anna with a new note, Omar as stored, two new clients; every date in another form. */
const CLIENTS = [
  'givenName,surname,passportNumber,birthDate,notes',
  'Anna,Petrova,751234567,1980-05-05,New address given at the office.',
  'Omar,Haddad,N12345678,01/01/1990,',
  'Jonas,Weber,C01X00T47,17/07/1979,',
  'Nadia,Karimi,K7654321,1985-11-30,',
].join('\r\n');

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await openProfilesPage(page, extensionId, 'options.html');
  await expect(page.locator('[data-import-file]')).toBeAttached();
}

async function openProfile(page: Page, surname: string): Promise<Locator> {
  await page.locator(`[data-profile-table] tbody tr:has-text("${surname}") [data-profile-name]`).click();
  const notes = page.locator('#field-notes');
  await expect(notes).toBeVisible();
  return notes;
}

test.use({ viewport: { width: 1366, height: 768 } });

for (const lang of ['tr', 'ar'] as const) {
  test(`${lang}: CSV dates converted, what differs shown, the import undone as a whole`, async ({
    page,
    extensionId,
    seedStorage,
  }) => {
    const fields = catalogue(lang, 'fields');
    await seedStorage({ 'ui:language': lang, profiles: STORED, profiles$: { v: 2 } });
    await openOptions(page, extensionId);
    await expect(rows(page)).toHaveCount(3);

    // A broken list: each problem at its row and the column's label, no field key on screen.
    await page.setInputFiles(
      '[data-import-file]',
      csv('givenName,surname,birthDate\nNadia,Karimi,31/02/1980\nJonas,Weber,12/25/1979\n'),
    );
    const errors = page.locator('[data-import-errors]');
    const birthDate = fields['field.birthDate.label'] ?? 'missing';
    await expectText(
      errors,
      `${say(lang, 'import.place.rowColumn', { number: 2, column: birthDate })} — ${say(lang, 'import.csv.dateNotReal', { value: '31/02/1980' })}`,
    );
    await expectText(
      errors,
      `${say(lang, 'import.place.rowColumn', { number: 3, column: birthDate })} — ${say(lang, 'import.csv.dateMonthFirst', { value: '12/25/1979', month: 25 })}`,
    );
    await expect(errors).not.toContainText('birthDate');
    await expect(rows(page)).toHaveCount(3);
    await page.locator('[data-import-errors] button').click();

    // The list to import: four dates converted, Omar identical, Anna's note differs.
    await page.setInputFiles('[data-import-file]', csv(CLIENTS));
    const review = page.locator('[data-import-review]');
    await expectText(
      review.locator('[data-import-summary]'),
      say(lang, 'import.summary', { file: 'clients.csv', count: 4, added: 2, differ: 1, identical: 1 }),
    );
    await expectText(
      review.locator('[data-import-note]'),
      say(lang, 'import.csv.datesConverted', { count: 4, iso: '1980-05-05', slash: '05/05/1980' }),
    );
    const duplicate = page.locator('[data-duplicate]');
    await expect(duplicate).toHaveCount(1);
    const difference = duplicate.locator('[data-difference]');
    await expect(difference).toHaveCount(1);
    await expectText(
      difference,
      `${say(lang, 'import.column.notes')}: ${say(lang, 'import.diff.change', {
        stored: 'Client since 2024.',
        incoming: 'New address given at the office.',
      })}`,
    );
    await duplicate.locator('input[value="replace"]').check();
    await review.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/import-review-${lang}.png`, caret: 'initial' });
    expect(await axeProblems(page, 'review')).toEqual([]);
    await page.locator('[data-action="confirm-import"]').click();

    // The result stays, with "Undo import".
    await expect(rows(page)).toHaveCount(5);
    const done = page.locator('[data-import-done]');
    // What happened, and nothing that did not: no "0 skipped".
    const parts = [
      say(lang, 'import.done.added', { count: 2 }),
      say(lang, 'import.done.replaced', { count: 1 }),
      say(lang, 'import.done.unchanged', { count: 1 }),
    ];
    await expectText(
      done,
      say(lang, 'import.done', { file: 'clients.csv', parts: listOf(lang as Language, parts) }),
    );
    await expect(done).not.toContainText(say(lang, 'import.done.skipped', { count: 0 }));
    await expectText(
      done,
      say(lang, 'import.csv.datesConverted', { count: 4, iso: '1980-05-05', slash: '05/05/1980' }),
    );
    await expect(done.locator('[data-action="undo-import"]')).toHaveText(say(lang, 'import.undo'));
    await done.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/import-result-undo-${lang}.png`, caret: 'initial' });
    expect(await axeProblems(page, 'result')).toEqual([]);
    await expect(await openProfile(page, 'Weber')).toHaveValue('');
    await expect(page.locator('#field-birthDate')).toHaveValue('17.07.1979');
    await expect(await openProfile(page, 'Petrova')).toHaveValue('New address given at the office.');
    // Opening profiles changes nothing: the import can still be undone.
    await done.locator('[data-action="undo-import"]').click();

    await expect(rows(page)).toHaveCount(3);
    await expect(done).toHaveCount(0);
    await expectText(
      page.locator('[data-import-undone="true"]'),
      say(lang, 'import.undone', { removed: 2, restored: 1 }),
    );
    // Read back from storage: the two added are gone, Anna is as she was.
    await page.reload();
    await expect(rows(page)).toHaveCount(3);
    await expect(page.locator('[data-profile-table]')).not.toContainText('Weber');
    await expect(await openProfile(page, 'Petrova')).toHaveValue('Client since 2024.');
  });

  test(`${lang}: re-importing the 350 clients it exported says nothing new; one changed client shows what differs`, async ({
    page,
    extensionId,
    seedStorage,
  }) => {
    const clients = Array.from({ length: 350 }, (_, i) => ({
      id: `client-${i}`,
      createdAt: STAMP,
      updatedAt: STAMP,
      givenName: `Client${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
      surname: 'Demir',
      passportNumber: `P${String(1_000_000 + i)}`,
      birthDate: '05.05.1980',
      mobile: '5321234567',
    }));
    await seedStorage({ 'ui:language': lang, profiles: clients, profiles$: { v: 2 } });
    await openOptions(page, extensionId);
    await expect(page.locator('[data-count]')).toContainText(new Intl.NumberFormat(lang).format(350));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="export-csv"]'),
    ]);
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    await page.setInputFiles('[data-import-file]', csv(exported, 'backup.csv'));
    const nothingNew = page.locator('[data-import-nothing-new]');
    await expectText(nothingNew, say(lang, 'import.nothingNew', { identical: 350 }));
    await expect(page.locator('[data-duplicate]')).toHaveCount(0);
    await expect(page.locator('[data-action="confirm-import"]')).toHaveCount(0);
    await nothingNew.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/identical-reimport-${lang}.png`, caret: 'initial' });
    expect(await axeProblems(page, 'nothing new')).toEqual([]);
    await page.locator('[data-action="close-import"]').click();
    await expect(nothingNew).toHaveCount(0);

    // One client's mobile changed in the spreadsheet: only that one is asked about.
    const changed = exported.replace(/(client-7,[^\r]*)5321234567/, '$15329876543');
    expect(changed).not.toBe(exported);
    await page.setInputFiles('[data-import-file]', csv(changed, 'backup.csv'));
    const duplicate = page.locator('[data-duplicate]');
    await expect(duplicate).toHaveCount(1);
    await expectText(
      duplicate.locator('[data-difference="mobile"]'),
      `${catalogue(lang, 'fields')['field.mobile.label']}: ${say(lang, 'import.diff.change', {
        stored: '5321234567',
        incoming: '5329876543',
      })}`,
    );
    await expectText(
      page.locator('[data-import-summary]'),
      say(lang, 'import.summary', { file: 'backup.csv', count: 350, added: 0, differ: 1, identical: 349 }),
    );
  });
}

test('with encryption on: an import is undone as a whole and nothing is stored readable', async ({
  page,
  extensionId,
  seedStorage,
  serviceWorker,
}) => {
  await seedStorage({ 'ui:language': 'en' });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const offer = page.locator('[data-app="vault-first-run"]');
  await offer.locator('[data-vault-start]').click();
  await page.fill('[data-vault-passphrase]', 'four words are strong');
  await page.fill('[data-vault-confirm]', 'four words are strong');
  await page.click('[data-vault-encrypt]');
  // Deriving the key from the passphrase is deliberately slow.
  await expect(page.locator('[data-app="options"]')).toBeVisible({ timeout: 20_000 });

  await page.setInputFiles('[data-import-file]', csv(CLIENTS.split('\r\n').slice(0, 3).join('\r\n')));
  await page.locator('[data-action="confirm-import"]').click();
  await expect(rows(page)).toHaveCount(2);
  // A new import over the first: Anna replaced, two added.
  await page.setInputFiles(
    '[data-import-file]',
    csv(
      [
        'givenName,surname,passportNumber,notes',
        'Anna,Petrova,751234567,Moved to Ankara.',
        'Jonas,Weber,C01X00T47,',
        'Nadia,Karimi,K7654321,',
      ].join('\r\n'),
    ),
  );
  await page.locator('[data-duplicate] input[value="replace"]').check();
  await page.locator('[data-action="confirm-import"]').click();
  await expect(rows(page)).toHaveCount(4);
  const sealed = JSON.stringify(await storedEntries(serviceWorker));
  for (const secret of ['Petrova', 'Karimi', 'Moved to Ankara']) expect(sealed).not.toContain(secret);

  await page.locator('[data-action="undo-import"]').click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator('[data-import-undone="true"]')).toContainText(
    say('en', 'import.undone', { removed: 2, restored: 1 }),
  );
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  await expect(await openProfile(page, 'Petrova')).toHaveValue('New address given at the office.');
  expect(JSON.stringify(await storedEntries(serviceWorker))).not.toContain('Petrova');
});
