/**
 * The shared scenarios (tests/scenarios/) in Firefox with the built add-on
 * (`npx wxt build -b firefox` first): the same code the Chromium suite runs in
 * tests/e2e/shared-scenarios.spec.ts.
 */
import { SCENARIOS } from '../scenarios';
import { LOCALE } from '../scenarios/env';
import { test } from './firefox';

for (const scenario of SCENARIOS) {
  test.describe(() => {
    test.use({ locale: LOCALE[scenario.lang] });
    test(scenario.name, async ({ scenarioEnv }) => {
      await scenario.run(scenarioEnv(scenario.lang, scenario.viewport));
    });
  });
}
