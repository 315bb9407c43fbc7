/**
 * Encryption at rest in real Chromium with the built extension (`npx wxt build` first): set a
 * passphrase in the popup, the profiles are unreadable in storage, locking hides them from
 * the popup and the page, unlocking brings filling back; masking with a trusted reveal; an
 * encrypted export imported back. Screenshots go to /tmp/vault-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { waitForReplica } from '../support/bridge-harness';
import { expect, test } from '../support/extension';
import { replicaUrl, routeReplica } from '../support/replica';
import { clearExtensionData, storedEntries } from '../support/stored-profiles';
import { HOST, openPanel } from '../support/wizard';

const PASS = 'four words are strong';
const PROFILE = {
  id: 'e2e-omar',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  givenName: 'Omar',
  surname: 'Haddad',
  passportType: 'ordinary',
  passportNumber: 'N12345678',
  passportIssueDate: '01.02.2020',
  passportExpiry: '01.02.2030',
  passportIssuingCountry: 'SY',
  foreignerId: '99123456789',
  email: 'omar@example.org',
};
const SECRETS = ['N12345678', '99123456789', 'Haddad', 'omar@example.org'];

/** The extension APIs this spec calls inside the worker (tests have no chrome typings). */
declare const chrome: {
  storage: {
    local: { get(key: null): Promise<Record<string, unknown>>; clear(): Promise<void> };
    session: { get(key: null): Promise<Record<string, unknown>> };
  };
};

/** `storage.local` with the profile store's entries beside it (prefixed `store:`), and `storage.session`. */
async function rawStorage(worker: Worker | undefined) {
  if (!worker) throw new Error('the extension has no background worker');
  const store = Object.fromEntries(
    Object.entries(await storedEntries(worker)).map(([key, value]) => [`store:${key}`, value]),
  );
  return worker.evaluate(
    async (entries) => ({
      local: JSON.stringify({ ...(await chrome.storage.local.get(null)), ...entries }),
      session: JSON.stringify(await chrome.storage.session.get(null)),
    }),
    store,
  );
}

/** The stored keys whose value still shows one of `secrets` in clear. */
function keysHolding(localJson: string, secrets: readonly string[]): string[] {
  const local = JSON.parse(localJson) as Record<string, unknown>;
  return Object.entries(local)
    .filter(([, value]) => secrets.some((secret) => JSON.stringify(value).includes(secret)))
    .map(([key, value]) => `${key}: ${JSON.stringify(value).slice(0, 200)}`);
}

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
}

async function encryptInPopup(page: Page) {
  await page.click('[data-vault-start]');
  await page.fill('[data-vault-passphrase]', PASS);
  await page.fill('[data-vault-confirm]', PASS);
  await page.click('[data-vault-encrypt]');
  await expect(page.locator('[data-vault-settings]')).toBeVisible({ timeout: 15_000 });
}

test.use({ viewport: { width: 420, height: 700 }, locale: 'en-US' });

test('set a passphrase: storage unreadable, lock hides profiles from popup and page, unlock fills again', async ({
  context,
  extensionId,
  seedStorage,
  serviceWorker,
}) => {
  await seedStorage({
    profiles: [PROFILE],
    profiles$: { v: 2 },
    activeProfileId: PROFILE.id,
    'ui:language': 'en',
    'ui:panelCollapsed': false,
  });
  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  await expect(popup.locator('[data-vault-offer]')).toBeVisible();
  await popup.screenshot({ caret: 'initial', path: '/tmp/vault-offer.png' });
  await encryptInPopup(popup);

  const stored = await rawStorage(serviceWorker);
  expect(keysHolding(stored.local, SECRETS), 'storage keys still holding a secret in clear').toEqual([]);
  expect(stored.local).toContain('"iterations":600000');
  expect(stored.session).toContain('vault:unlocked');

  // Masked in the list, revealed by a person's click, masked again when the pointer leaves.
  const row = popup.locator(`[data-profile-id="${PROFILE.id}"]`);
  await expect(row.locator('[data-masked-ids]')).toHaveText(/•••5678.*•••6789/);
  await expect(row).not.toContainText('N12345678');
  await row.locator('[data-reveal-ids]').click();
  await expect(row).toContainText('N12345678');
  await popup.mouse.move(5, 690);
  await expect(row).not.toContainText('N12345678');
  await popup.screenshot({ caret: 'initial', path: '/tmp/vault-unlocked.png', fullPage: true });

  // Lock: the popup asks for the passphrase and shows nothing personal.
  await popup.locator('[data-vault-settings] summary').click();
  await popup.click('[data-vault-lock]');
  await expect(popup.locator('[data-vault-locked]')).toBeVisible();
  await expect(popup.locator('body')).not.toContainText('Haddad');
  expect((await rawStorage(serviceWorker)).session).not.toContain('vault:unlocked');

  // The page's panel offers "unlock in the toolbar" instead of filling.
  await routeReplica(context, { lang: 'en' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(replicaUrl('/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk', 'en'));
  await waitForReplica(page);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', 'wizard-passport');
  await openPanel(host);
  await expect(host.locator('[data-fill-locked]')).toBeVisible();
  await expect(host.locator('[data-action="fill"]')).toHaveCount(0);
  await page.screenshot({ caret: 'initial', path: '/tmp/vault-page-locked.png' });

  // A wrong passphrase changes nothing; the right one unlocks.
  await popup.bringToFront();
  await popup.fill('[data-vault-unlock-passphrase]', 'not the passphrase');
  await popup.click('[data-vault-unlock-submit]');
  await expect(popup.locator('[data-vault-error]')).toHaveText('Wrong passphrase. Nothing was changed.');
  await popup.screenshot({ caret: 'initial', path: '/tmp/vault-locked.png' });
  await popup.fill('[data-vault-unlock-passphrase]', PASS);
  await popup.click('[data-vault-unlock-submit]');
  await expect(popup.locator(`[data-profile-id="${PROFILE.id}"]`)).toBeVisible();

  // Filling works again, from the decrypted profile.
  await page.bringToFront();
  const fill = host.locator('[data-action="fill"]');
  await expect(fill).toBeVisible();
  await fill.click();
  await expect(page.locator('#SeyahatBelgesi_BelgeNo')).toHaveValue('N12345678');
});

test('encrypted export with another passphrase imports back, refusing a wrong passphrase', async ({
  context,
  extensionId,
  seedStorage,
  serviceWorker,
}) => {
  await seedStorage({ profiles: [PROFILE], profiles$: { v: 2 }, 'ui:language': 'en' });
  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  await expect(popup.locator(`[data-profile-id="${PROFILE.id}"]`)).toBeVisible();
  await popup.locator('[data-encrypted-export] summary').click();
  await expect(popup.locator('[data-encrypted-export]')).toContainText('anyone who gets the file');
  await popup.fill('#export-passphrase', 'file passphrase 42');
  await popup.fill('#export-confirm', 'file passphrase 42');
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.click('[data-action="export-encrypted"]'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.encrypted\.json$/);
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  for (const secret of SECRETS) expect(text.includes(secret), secret).toBe(false);

  await clearExtensionData(serviceWorker);
  await popup.reload();
  // As after a reinstall: the first run offers encryption before anything is stored.
  await popup.click('[data-vault-dismiss]');
  await expect(popup.locator('[data-import-file]')).toBeVisible();
  await expect(popup.locator('[data-profile-list] [data-profile-id]')).toHaveCount(0);

  await popup.setInputFiles('[data-import-file]', {
    name: 'backup.encrypted.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await popup.fill('[data-import-passphrase]', 'wrong passphrase');
  await popup.click('[data-encrypted-import] button[type="submit"]');
  await expect(popup.locator('[data-import-passphrase-error]')).toHaveText(
    'Wrong passphrase. Nothing was changed.',
  );
  await popup.fill('[data-import-passphrase]', 'file passphrase 42');
  await popup.click('[data-encrypted-import] button[type="submit"]');
  await popup.click('[data-action="confirm-import"]');
  await expect(popup.locator(`[data-profile-id="${PROFILE.id}"]`)).toBeVisible();
});
