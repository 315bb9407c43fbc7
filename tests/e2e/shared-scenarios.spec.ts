/**
 * The scenarios of the Firefox suite (tests/scenarios/) that also add to the Chromium suite,
 * in Chromium with the built extension (`npx wxt build` first): those with `chromiumAdds`, what
 * no Chromium spec covers. The others (recognition, headline findings, vault, 10,000 profiles)
 * are checked in Chromium by its own specs (replica, variants, warnings, vault, popup), so they
 * run in Firefox only. The same code runs in Firefox through puppeteer-core
 * (tests/firefox/scenarios.spec.ts); only the way a tab is opened differs.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCENARIOS } from '../scenarios';
import { LOCALE, RECORD_SYNTHETIC_EVENTS, type ScenarioEnv } from '../scenarios/env';
import { ReplicaTab, Tab } from '../support/driver';
import { test } from '../support/extension';
import { playwrightPort } from '../support/playwright-port';
import { REPLICA_ORIGIN, routeReplica, serveReplica } from '../support/replica';

for (const scenario of SCENARIOS.filter((candidate) => candidate.chromiumAdds)) {
  test.describe(() => {
    test.use({ locale: LOCALE[scenario.lang], viewport: scenario.viewport ?? { width: 1366, height: 900 } });

    test(scenario.name, async ({ context, requests, extensionId }, testInfo) => {
      // A scenario walks several pages; on a busy machine that outlasts the suite's 60 s.
      test.setTimeout(120_000);
      await routeReplica(context, { lang: scenario.lang });
      const env: ScenarioEnv = {
        browserName: 'chromium',
        lang: scenario.lang,
        replicaTab: async (options = {}) => {
          const page = await context.newPage();
          if (options.csp) {
            const csp = options.csp;
            await page.route(`${REPLICA_ORIGIN}/**`, async (route) => {
              const request = route.request();
              const response = serveReplica(
                { method: request.method(), url: request.url(), cookie: (await request.allHeaders()).cookie },
                { lang: scenario.lang, csp },
              );
              await route.fulfill({ ...response, headers: response.headers });
            });
          }
          await page.addInitScript(RECORD_SYNTHETIC_EVENTS);
          return new ReplicaTab(playwrightPort(page));
        },
        popupTab: async () => {
          const page = await context.newPage();
          await page.goto(`chrome-extension://${extensionId}/popup.html`);
          return new Tab(playwrightPort(page));
        },
        requestsOffReplica: async () =>
          requests
            .map((request) => request.url)
            .filter(
              (url) =>
                !url.startsWith(`${REPLICA_ORIGIN}/`) &&
                !url.startsWith(`chrome-extension://${extensionId}/`),
            ),
        replicaNavigations: () =>
          requests
            .filter((request) => request.navigation && request.url.startsWith(`${REPLICA_ORIGIN}/`))
            .map((request) => new URL(request.url).pathname + new URL(request.url).search),
        outputPath: (name) => {
          mkdirSync(testInfo.outputDir, { recursive: true });
          return path.join(testInfo.outputDir, name);
        },
      };
      await scenario.run(env);
    });
  });
}
