/** Every shared scenario, in the order both browsers run them. */
import type { Scenario } from './env';
import { HEADLINE } from './headline';
import { PROFILES } from './profiles';
import { RECOGNITION } from './recognition';

export const SCENARIOS: readonly Scenario[] = [...RECOGNITION, ...HEADLINE, ...PROFILES];
export type { Scenario, ScenarioEnv } from './env';
