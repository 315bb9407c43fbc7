/**
 * A consultant's list in the full view (issue 14 §4): select several profiles with a click and
 * a shift-click, or all profiles matching the search, delete them in one action, and undo the
 * whole delete, still possible half a minute later. Every date in the table is dd.MM.yyyy.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openProfilesPage, test } from '../support/extension';

const SAMPLE_PROFILES = path.resolve('tests/fixtures/profiles/import/good-v2.json');

async function openOptionsWithSamples(page: Page, extensionId: string): Promise<void> {
  await page.clock.install();
  await openProfilesPage(page, extensionId, 'options.html');
  await page.setInputFiles('[data-import-file]', SAMPLE_PROFILES);
  await page.locator('[data-action="confirm-import"]').click();
  await expect(page.locator('[data-profile-table] [data-profile-id]')).toHaveCount(3);
}

const rows = (page: Page) => page.locator('[data-profile-table] tbody [data-profile-id]');

test.use({ locale: 'en-US', viewport: { width: 1366, height: 768 } });

test('click and shift-click select a range; the delete of all three is undone as a whole after 31 s', async ({
  page,
  extensionId,
  seedStorage,
}) => {
  await seedStorage({ 'ui:language': 'en' });
  await openOptionsWithSamples(page, extensionId);
  const ids = await rows(page).evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-profile-id') ?? ''),
  );

  await page.locator(`[data-select="${ids[0]}"]`).click();
  await page.locator(`[data-select="${ids[2]}"]`).click({ modifiers: ['Shift'] });
  for (const id of ids) await expect(page.locator(`[data-select="${id}"]`)).toBeChecked();
  const remove = page.locator('[data-action="delete-selected"]');
  await expect(remove).toHaveText('Delete selected (3)');

  await remove.click();
  await expect(rows(page)).toHaveCount(0);
  const undo = page.locator('[data-undo]');
  await expect(undo).toContainText('Deleted 3 profiles');
  // Nothing takes the undo away with time: it is still there half a minute later.
  await page.clock.fastForward(31_000);
  await expect(undo).toBeVisible();
  await undo.locator('[data-action="undo"]').click();
  await expect(rows(page)).toHaveCount(3);
  await expect(undo).toHaveCount(0);

  // Reloaded from storage: all three are really back.
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
});

test('"select all" takes the profiles matching the search only; dates are dd.MM.yyyy', async ({
  page,
  extensionId,
  seedStorage,
}) => {
  await seedStorage({ 'ui:language': 'en' });
  await openOptionsWithSamples(page, extensionId);
  const dates = await page.locator('[data-profile-table] tbody td.nowrap').allTextContents();
  expect(dates.length).toBe(3);
  for (const date of dates) expect(date.trim()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);

  await page.fill('[data-search]', 'weber');
  await expect(rows(page)).toHaveCount(1);
  const selectAll = page.locator('[data-select-all]');
  await expect(selectAll).toHaveAccessibleName('Select all profiles matching the search (1)');
  await selectAll.click();
  await expect(page.locator('[data-action="delete-selected"]')).toHaveText('Delete selected (1)');
  await page.locator('[data-action="delete-selected"]').click();
  await page.fill('[data-search]', '');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator('[data-profile-table]')).not.toContainText('Weber');
});
