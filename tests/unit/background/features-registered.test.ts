/**
 * A feature's background part is declared in `src/features/<feature>/background/index.ts` and
 * registered with one call in `entrypoints/background.ts`. A feature that was written but not
 * registered would answer nothing: its requests would come back `unknown-type` in the browser.
 * This starts the real background entry and checks that every feature is registered, once,
 * and that every request of the protocol map is answered by one of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import background from '../../../entrypoints/background';
import { type BackgroundFeature, registeredFeatures, route } from '../../../src/background/router';
import { protocol } from '../../../src/protocol/protocol';

const FEATURES = join(import.meta.dirname, '../../../src/features');

/** The features with a background part, by folder. */
const withBackground = readdirSync(FEATURES).filter((feature) =>
  existsSync(join(FEATURES, feature, 'background', 'index.ts')),
);

describe('the background entry', () => {
  background.main();

  it('registers every feature that has a background part, and the assistant itself', () => {
    expect(withBackground.length).toBeGreaterThanOrEqual(5);
    expect([...registeredFeatures()].sort()).toEqual(['assistant', ...withBackground].sort());
  });

  it('names each feature after its folder', async () => {
    for (const feature of withBackground) {
      const parts = (await import(`../../../src/features/${feature}/background/index.ts`)) as Record<
        string,
        BackgroundFeature
      >;
      const declared = Object.values(parts).filter((part) => typeof part?.name === 'string');
      expect(declared.map((part) => part.name)).toEqual([feature]);
    }
  });

  it('answers every request of the protocol map', async () => {
    for (const type of Object.keys(protocol)) {
      const reply = await route({ type, request: Symbol('not a request') });
      // Answered means: found a handler and checked the request (which this one fails).
      expect(reply, type).toMatchObject({ ok: false, error: { code: 'malformed-request' } });
    }
  });

  it('refuses a request no feature answers', async () => {
    expect(await route({ type: 'no-such-request', request: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
  });
});
