/**
 * Every surface of the assistant outside the official page, in its four languages (issue 14 §2
 * and the accessibility check): the popup's first run, its profile list, the editor and the three
 * look-ups, and the options page. Each has a `main` landmark and no serious or critical axe-core
 * violation. The first popup says what the assistant does and that nothing leaves the device
 * before it offers a passphrase; an empty "At a glance" offers to create or import; the popup's
 * editor folds its sections to fit 400 px; "Open the full view" is in the popup only.
 * Screenshots of the TR and AR states go to the system temp dir as surface-<lang>-<state>.png.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatIsolated } from '../../src/i18n/bidi';
import { expect, test } from '../support/extension';

const LANGUAGES = ['tr', 'en', 'ar', 'ru'] as const;
const SAMPLE_PROFILES = path.resolve('tests/fixtures/profiles/import/good-v2.json');
const messages = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.resolve(`locales/${lang}/profile.json`), 'utf8'));

async function accessibilityProblems(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const problems = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${state}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  if ((await page.getByRole('main').count()) !== 1) problems.push(`${state}: no single main landmark`);
  return problems;
}

async function look(page: Page, lang: string, state: string, fullPage = true): Promise<void> {
  if (lang !== 'tr' && lang !== 'ar') return;
  await page.screenshot({
    caret: 'initial',
    path: path.join(tmpdir(), `surface-${lang}-${state}.png`),
    fullPage,
  });
}

for (const lang of LANGUAGES) {
  const t = messages(lang);

  test.describe(`assistant in ${lang.toUpperCase()}`, () => {
    test.use({ viewport: { width: 400, height: 600 } });

    test('popup: first run, empty glance, list, folded editor, look-ups; options page', async ({
      page,
      extensionId,
      seedStorage,
    }) => {
      // Eight states, each checked by axe-core: far longer than one page's test.
      test.setTimeout(240_000);
      await seedStorage({ 'ui:language': lang });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const problems: string[] = [];

      // First run: two lines on what it does and that nothing leaves the device, then the offer.
      const intro = page.locator('[data-intro]');
      // In Arabic the Latin "e-İkamet" comes wrapped in direction isolates.
      const shown = (key: string) => (lang === 'ar' ? formatIsolated(t[key] ?? '') : (t[key] ?? ''));
      await expect(intro).toContainText(shown('intro.what'));
      await expect(intro).toContainText(shown('intro.private'));
      const offer = page.locator('[data-vault-offer]');
      await expect(offer).toBeVisible();
      const [introBox, offerBox] = [await intro.boundingBox(), await offer.boundingBox()];
      expect(introBox && offerBox && introBox.y + introBox.height <= offerBox.y).toBe(true);
      problems.push(...(await accessibilityProblems(page, 'first run')));
      await look(page, lang, 'popup-first-run');

      // Nothing is stored before the offer is answered; after "Not now", with no profiles,
      // "At a glance" says how to get some, not that no window is open.
      await page.locator('[data-vault-dismiss]').click();
      await expect(intro).toHaveCount(0);
      const glance = page.locator('[data-glance]');
      await expect(glance.locator('[data-glance-empty]')).toContainText(t['glance.noProfiles'] ?? '');
      await expect(glance).not.toContainText(t['glance.nothing'] ?? '');
      await expect(glance.locator('[data-action="glance-new"]')).toBeVisible();
      await expect(glance.locator('[data-action="glance-import"]')).toBeVisible();
      problems.push(...(await accessibilityProblems(page, 'empty list')));
      await look(page, lang, 'popup-empty');
      await page.setInputFiles('[data-import-file]', SAMPLE_PROFILES);
      await page.locator('[data-action="confirm-import"]').click();
      await expect(page.locator('[data-profile-list] [data-profile-id]').first()).toBeVisible();
      await expect(glance.locator('[data-glance-empty]')).toHaveCount(0);
      problems.push(...(await accessibilityProblems(page, 'list')));
      await look(page, lang, 'popup-profiles');

      // The editor in 400 px: the form's first sections open, the rest folded with their status.
      await page.locator('[data-action="new"]').click();
      await expect(page.locator('#field-givenName')).toBeVisible();
      await expect(page.locator('#field-mobile')).toBeVisible();
      await expect(page.locator('#field-passportNumber')).toBeHidden();
      const editorHeight = await page.locator('[data-editor]').evaluate((form) => form.scrollHeight);
      expect(editorHeight).toBeLessThan(2600);
      problems.push(...(await accessibilityProblems(page, 'editor')));
      await look(page, lang, 'popup-editor');
      // A tried save opens the folded section holding the field to fix.
      await page.locator('[data-section="passport"] > summary').click();
      await page.fill('#field-passportExpiry', '31.02.2030');
      await page.locator('[data-section="passport"] > summary').click();
      await expect(page.locator('#field-passportExpiry')).toBeHidden();
      await page.click('[data-action="save"]');
      await expect(page.locator('#field-passportExpiry')).toBeVisible();
      // The status names the field to fix (numbers come wrapped in direction isolates).
      const status = await page.locator('[data-section="passport"] .section-status').textContent();
      expect(status?.replace(/[\u2066-\u2069]/g, '')).toContain(
        (t['editor.sectionToFix'] ?? '').replace('{count}', '1'),
      );
      problems.push(...(await accessibilityProblems(page, 'editor with an error')));
      await page.click('[data-action="cancel"]');

      for (const tab of ['checklist', 'deadlines', 'fees']) {
        await page.click(`[data-tab="${tab}"]`);
        await expect(page.locator('[role="tabpanel"] :is(select, input)').first()).toBeVisible();
        problems.push(...(await accessibilityProblems(page, tab)));
        await look(page, lang, `popup-${tab}`);
      }
      await page.click('[data-tab="profiles"]');
      await expect(page.getByRole('button', { name: t['action.openFullView'] })).toBeVisible();

      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.locator('[data-app="options"]')).toBeVisible();
      await expect(page.locator('[data-profile-id]').first()).toBeVisible();
      // The full view does not offer to open itself.
      await expect(page.getByRole('button', { name: t['action.openFullView'] })).toHaveCount(0);
      problems.push(...(await accessibilityProblems(page, 'options')));
      await look(page, lang, 'options', false);

      expect(problems).toEqual([]);
    });
  });
}
