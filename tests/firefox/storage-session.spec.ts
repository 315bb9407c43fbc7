/**
 * What Firefox does differently, verified in Firefox itself: `storage.session` — where the
 * unlocked vault key lives — is not readable by content scripts, and never by the page.
 *
 * A content script cannot be asked from outside, so the test installs a copy of the built
 * add-on with one extra content script, `probe.js`, that runs with exactly the rights of ours
 * on e-İkamet pages and writes what it could read into the page. The product is unchanged:
 * the probe exists only in the copy. The popup, an extension page, can read the area; the
 * probe, on the same add-on, must not.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAndChooseProfile } from '../scenarios/profiles';
import { ReplicaTab, Tab } from '../support/driver';
import { WIZARD_PATHS as PATHS } from '../support/replica-texts';
import {
  expect,
  FIREFOX_EXTENSION_DIR,
  launchFirefox,
  openAddonPage,
  openReplicaPage,
  puppeteerPort,
  test,
} from './firefox';

const PROBE = `
(async () => {
  let report;
  try {
    const area = globalThis.browser && browser.storage && browser.storage.session;
    if (!area) report = 'unavailable';
    else report = 'read:' + Object.keys(await area.get(null)).sort().join(',');
  } catch (error) {
    report = 'refused:' + (error && error.message ? error.message : String(error));
  }
  document.documentElement.setAttribute('data-probe-session', report);
})();
`;

/** A copy of the built add-on with the probe added as a second content script on e-İkamet. */
function addonWithProbe(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'eikamet-ff-probe-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.content_scripts.push({
    matches: manifest.content_scripts[0].matches,
    js: ['probe.js'],
    run_at: 'document_idle',
  });
  writeFileSync(manifestPath, JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'probe.js'), PROBE);
  return dir;
}

test.use({ locale: 'en-US' });

test('the unlocked vault key in storage.session is readable by the popup, not by a content script or the page', async () => {
  const dir = addonWithProbe();
  const firefox = await launchFirefox({ locale: 'en-US', extensionDir: dir });
  try {
    const popup = new Tab(puppeteerPort(await openAddonPage(firefox.browser, '/popup.html')));
    // A fresh browser: encryption is turned on at the first-run offer, before any profile.
    await popup.click('page', '[data-vault-start]');
    await popup.typeInto('page', '[data-vault-passphrase]', 'four words are strong');
    await popup.typeInto('page', '[data-vault-confirm]', 'four words are strong');
    await popup.click('page', '[data-vault-encrypt]');
    await expect
      .poll(() => popup.describe('page', '[data-vault-settings]').then((facts) => facts.visible), {
        timeout: 20_000,
      })
      .toBe(true);
    await popup.expectVisible('page', '[data-app="popup"]');
    await createAndChooseProfile(popup);
    // An extension page reads the area: the key is there.
    const sessionKeys = await popup.evaluate(
      async () =>
        Object.keys(
          await (
            globalThis as unknown as {
              browser: { storage: { session: { get(key: null): Promise<Record<string, unknown>> } } };
            }
          ).browser.storage.session.get(null),
        ),
      0,
    );
    expect(sessionKeys).toContain('vault:unlocked');

    const tab = new ReplicaTab(puppeteerPort(await openReplicaPage(firefox, { lang: 'en' })));
    await tab.open(PATHS.passport);
    await tab.expectHostAttribute('data-page', 'wizard-passport');
    // The add-on still works on the page while its content scripts cannot read the area.
    await tab.openPanel();
    await tab.expectVisible('overlay', '[data-action="fill"]');
    await expect
      .poll(() => tab.evaluate(() => document.documentElement.getAttribute('data-probe-session'), 0))
      .not.toBeNull();
    const report =
      (await tab.evaluate(() => document.documentElement.getAttribute('data-probe-session'), 0)) ?? '';
    expect(report, 'what a content script could read of storage.session').not.toMatch(/^read:/);
    // The page's own world has no extension API at all.
    expect(await tab.evaluate(() => typeof (globalThis as { browser?: unknown }).browser, 0)).toBe(
      'undefined',
    );
    expect(firefox.offReplica()).toEqual([]);
  } finally {
    await firefox.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
