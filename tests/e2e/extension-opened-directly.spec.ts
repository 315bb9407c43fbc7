/**
 * The permit step of an extension opened directly (a new tab, a bookmark), without the entry
 * page that names the application (issue 14 §6). The page shows the current permit's end date:
 * the assistant takes the application for an extension, says it assumed so, warns about the
 * extension window, and lets the person say "transfer" in one click.
 */
import { expect, test } from '../support/extension';
import { routeReplica } from '../support/replica';
import { LOCALE, WIZARD_PATHS as PATHS } from '../support/replica-texts';
import { HOST, openReplica, trDateFromToday } from '../support/wizard';

for (const lang of ['tr', 'en'] as const) {
  test.describe(`replica in ${lang.toUpperCase()}`, () => {
    test.use({ locale: LOCALE[lang], viewport: { width: 1366, height: 768 } });

    test('a permit that ended 20 days ago: the extension-window error appears; "transfer" takes it back', async ({
      context,
      seedStorage,
    }) => {
      await seedStorage({ 'ui:panelCollapsed': false });
      await routeReplica(context, { lang });
      const page = await context.newPage();
      await openReplica(page, PATHS.permitExtension(trDateFromToday(-20)));
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');

      const kind = host.locator('.panel-facts [data-application-kind]');
      await expect(kind).toHaveAttribute('data-application-kind', 'extension');
      await expect(kind).toHaveAttribute('data-kind-assumed', 'true');
      const window = host.locator('[data-findings] [data-rule="extension-window"]');
      await expect(window).toHaveAttribute('data-severity', 'error');
      await expect(window).toContainText(trDateFromToday(-20));

      await host.locator('[data-action="choose-transfer"]').click();
      await expect(kind).toHaveAttribute('data-application-kind', 'transfer');
      await expect(kind).not.toHaveAttribute('data-kind-assumed', 'true');
      await expect(window).toHaveCount(0);
    });
  });
}
