/**
 * One profile edited in the popup and in the options page at the same time (two real pages of
 * the built extension): the second save is refused with "changed in another window", "Keep mine"
 * then saves, "Reload" shows the other window's data. No save is lost without the user choosing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../support/extension';
import { storedEntries } from '../support/stored-profiles';

const en: Record<string, string> = JSON.parse(readFileSync(path.resolve('locales/en/profile.json'), 'utf8'));

async function storedNotes(worker: Worker | undefined): Promise<unknown> {
  const record = (await storedEntries(worker))['profile:p-1'] as { body: { plain: { notes?: string } } };
  return record.body.plain.notes;
}

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await page.click('[data-profile-id="p-1"] [data-profile-name]');
  await expect(page.locator('#field-notes')).toBeVisible();
}

async function saveNotes(page: Page, notes: string) {
  await page.fill('#field-notes', notes);
  await page.click('[data-action="save"]');
}

test('two windows save the same profile: refused, keep mine, reload; no update lost', async ({
  context,
  page,
  extensionId,
  seedStorage,
  serviceWorker,
}) => {
  await seedStorage({
    'ui:language': 'en',
    profiles: [
      {
        id: 'p-1',
        createdAt: '2026-01-01T10:00:00.000Z',
        updatedAt: '2026-01-01T10:00:00.000Z',
        givenName: 'Anna',
        surname: 'Petrova',
        notes: 'original',
      },
    ],
    profiles$: { v: 2 },
  });
  const popup = page;
  await popup.setViewportSize({ width: 420, height: 640 });
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const optionsUrl = `chrome-extension://${extensionId}/options.html`;

  // Round 1: both open the profile; the popup saves first; the options page's save is refused.
  await openEditor(popup, popupUrl);
  await openEditor(options, optionsUrl);
  await saveNotes(popup, 'from the popup');
  await expect(popup.locator('[data-editor]')).toHaveCount(0);
  await saveNotes(options, 'from the options page');
  const summary = options.locator('[data-error-summary]');
  await expect(summary).toContainText(en['error.changedElsewhere'] ?? 'missing message');
  await expect(options.locator('#field-notes')).toHaveValue('from the options page');
  expect(await storedNotes(serviceWorker)).toBe('from the popup');
  await summary.screenshot({ caret: 'initial', path: '/tmp/two-windows-conflict-summary.png' });

  // Keep mine: the options page's edit is saved over the popup's, knowingly.
  await options.click('[data-action="conflict-keep-mine"]');
  await expect(options.locator('[data-editor]')).toHaveCount(0);
  await expect.poll(() => storedNotes(serviceWorker)).toBe('from the options page');

  // Round 2: the popup's open editor is now stale; Reload shows the options page's save.
  await openEditor(popup, popupUrl);
  await openEditor(options, optionsUrl);
  await saveNotes(options, 'second from options');
  await expect(options.locator('[data-editor]')).toHaveCount(0);
  await saveNotes(popup, 'second from the popup');
  await expect(popup.locator('[data-error-summary]')).toContainText(en['error.changedElsewhere'] ?? 'x');
  await popup.click('[data-action="conflict-reload"]');
  await expect(popup.locator('#field-notes')).toHaveValue('second from options');
  await expect(popup.locator('[data-error-summary]')).toBeHidden();
  // A save from the reloaded version goes through.
  await saveNotes(popup, 'third from the popup');
  await expect(popup.locator('[data-editor]')).toHaveCount(0);
  await expect.poll(() => storedNotes(serviceWorker)).toBe('third from the popup');
});
