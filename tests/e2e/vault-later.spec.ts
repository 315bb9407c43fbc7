/**
 * Encryption a person turns on later and off again (issue 14 §3, issue 16 "disk truth"), in
 * real Chromium with the built extension (`npx wxt build` first). A consultant with 120 clients
 * says "Not now" to the offer, turns encryption on later from the popup's settings, is told that
 * earlier copies may remain in the browser's files and shown how to remove them, finds "Lock
 * now" without scrolling, and turns encryption off again in the options page with every
 * profile intact. Screenshots go to /tmp/vault-later-*.png.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../support/extension';
import { storedEntries } from '../support/stored-profiles';

const PASS = 'four words are strong';
const COUNT = 120;
/** Names are letters only: A, B, … Z, AA, AB … */
const letters = (index: number): string =>
  (index >= 26 ? letters(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
const profiles = Array.from({ length: COUNT }, (_, index) => ({
  id: `e2e-client-${index}`,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  givenName: 'Omar',
  surname: `Haddad${letters(index)}`,
  passportType: 'ordinary',
  passportNumber: `P${String(index).padStart(8, '0')}`,
  passportIssueDate: '01.02.2020',
  passportExpiry: '01.02.2030',
  passportIssuingCountry: 'SY',
  email: `client${index}@example.org`,
}));
const SECRETS = ['P00000007', 'HaddadH', 'client7@example.org'];

/** The extension APIs this spec calls inside the worker (tests have no chrome typings). */
declare const chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } };

/** What the extension keeps: `storage.local` and the profile store (IndexedDB), as one object. */
async function storedLocal(worker: Worker | undefined): Promise<string> {
  if (!worker) throw new Error('the extension has no background worker');
  const local = await worker.evaluate(() => chrome.storage.local.get(null));
  return JSON.stringify({ ...local, ...(await storedEntries(worker)) });
}

async function encryptFromSettings(page: Page): Promise<void> {
  await page.click('[data-vault-turn-on]');
  await page.fill('[data-vault-passphrase]', PASS);
  await page.fill('[data-vault-confirm]', PASS);
  await page.click('[data-vault-encrypt]');
  await expect(page.locator('[data-vault-lock]')).toBeVisible({ timeout: 20_000 });
}

test.use({ viewport: { width: 420, height: 700 }, locale: 'en-US' });

test('after "Not now": encryption on from the popup, told what may remain on disk, then off in the options page with every profile kept', async ({
  context,
  extensionId,
  seedStorage,
  serviceWorker,
}) => {
  await seedStorage({ profiles, profiles$: { v: 2 }, 'ui:language': 'en' });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Profiles were stored before any offer: the offer says what that means, above the list.
  await expect(popup.locator('[data-vault-offer] .vault-disk-note')).toContainText(
    'until the extension is removed',
  );
  await popup.click('[data-vault-dismiss]');
  await expect(popup.locator('[data-vault-offer]')).toHaveCount(0);
  expect(await storedLocal(serviceWorker)).toContain('P00000007');

  // Later, from the popup's settings.
  await expect(popup.locator('[data-vault-turn-on]')).toBeVisible();
  await encryptFromSettings(popup);
  const sealed = await storedLocal(serviceWorker);
  for (const secret of SECRETS) expect(sealed).not.toContain(secret);
  await expect(popup.locator('[data-vault-earlier-copies]')).toBeVisible();
  const clean = popup.locator('[data-vault-clean]');
  await expect(clean).toHaveAttribute('open', '');
  await expect(clean.locator('ol > li')).toHaveCount(4);
  await expect(clean).toContainText('Export encrypted');
  await expect(clean).toContainText('Remove from Chrome');
  await popup.screenshot({ caret: 'initial', path: '/tmp/vault-later-popup-on.png' });
  // With the list's rows below, "Lock now" is in view without scrolling.
  await expect(popup.locator('[data-profile-list] [data-profile-id]')).toHaveCount(50);
  await expect(popup.locator('[data-vault-lock]')).toBeInViewport();

  // The options page: "Lock now" in view above the table; turning encryption off asks the passphrase.
  const options = await context.newPage();
  await options.setViewportSize({ width: 1366, height: 768 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('tr[data-profile-id]')).toHaveCount(100);
  await expect(options.locator('[data-vault-lock]')).toBeInViewport();
  await options.locator('[data-vault-settings] > summary').click();
  await options.fill('[data-vault-off-passphrase]', 'not the passphrase');
  await options.click('[data-vault-off-submit]');
  await expect(options.locator('[data-vault-error]')).toHaveText('Wrong passphrase. Nothing was changed.', {
    timeout: 15_000,
  });
  expect(await storedLocal(serviceWorker)).not.toContain('P00000007');
  await options.fill('[data-vault-off-passphrase]', PASS);
  await options.click('[data-vault-off-submit]');
  await expect(options.locator('[data-vault-turned-off]')).toHaveText(
    'Encryption is off. Every profile was kept.',
    { timeout: 20_000 },
  );
  await options.screenshot({ caret: 'initial', path: '/tmp/vault-later-options-off.png' });

  // Every profile back, readable, and the vault gone; encryption can be turned on again.
  const plain = JSON.parse(await storedLocal(serviceWorker)) as Record<string, unknown>;
  expect(plain.vault).toBeUndefined();
  for (const secret of SECRETS) expect(JSON.stringify(plain)).toContain(secret);
  // Every client's record (the list head repeats some of them).
  expect(new Set(JSON.stringify(plain).match(/"passportNumber":"P\d{8}"/g)).size).toBe(COUNT);
  await expect(options.locator('tr[data-profile-id]')).toHaveCount(100);
  await expect(options.locator('[data-vault-turn-on]')).toBeVisible();
  await popup.reload();
  await expect(popup.locator('[data-vault-turn-on]')).toBeVisible();
  await expect(popup.locator('[data-vault-offer]')).toHaveCount(0);
});

test('a first run offers encryption before the first profile can be stored', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('[data-vault-offer]')).toBeVisible();
  await expect(popup.locator('[data-action="new"]')).toHaveCount(0);
  await popup.screenshot({ caret: 'initial', path: '/tmp/vault-later-first-run.png' });
  await popup.click('[data-vault-start]');
  await popup.fill('[data-vault-passphrase]', PASS);
  await popup.fill('[data-vault-confirm]', PASS);
  await popup.click('[data-vault-encrypt]');
  await expect(popup.locator('[data-vault-lock]')).toBeVisible({ timeout: 20_000 });
  await expect(popup.locator('[data-action="new"]')).toBeVisible();
  // Nothing was stored before: nothing to warn about.
  await expect(popup.locator('[data-vault-earlier-copies]')).toHaveCount(0);
});
