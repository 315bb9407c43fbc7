/**
 * The shared scenarios (tests/scenarios/) in Firefox with the built add-on
 * (`npx wxt build -b firefox` first). Chromium runs those its own specs do not cover
 * (tests/e2e/shared-scenarios.spec.ts). Scenarios that keep no data share one Firefox per locale.
 */
import { SCENARIOS } from '../scenarios';
import { LOCALE } from '../scenarios/env';
import { test } from './firefox';

for (const scenario of SCENARIOS) {
  test.describe(() => {
    test.use({ locale: LOCALE[scenario.lang], ownFirefox: scenario.keepsData === true });
    test(scenario.name, async ({ scenarioEnv }) => {
      await scenario.run(scenarioEnv(scenario.lang, scenario.viewport));
    });
  });
}
