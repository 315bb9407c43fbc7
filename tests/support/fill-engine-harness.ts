/**
 * Builds tests/support/fill-engine-entry.ts into one script (with Vite, as the extension is
 * built) and loads it, plus the built Kendo bridge, into a replica page. Test-only.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import type { FieldKey } from '../../src/contracts/field-keys';
import type { FieldResult, ProfileValues, UndoReport } from '../../src/features/fill/page/fill';
import type { PageDrift } from '../../src/page/recognition-types';
import type { FieldValues } from '../../src/page/values';
import { builtBridgeSource } from './bridge-harness';

let bundle: Promise<string> | null = null;

function engineBundle(): Promise<string> {
  bundle ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.resolve('tests/support/fill-engine-entry.ts'),
        formats: ['iife'],
        name: 'eikEngineBundle',
      },
    },
  }).then((output) => {
    const outputs = Array.isArray(output) ? output : [output];
    for (const result of outputs) {
      if (!('output' in result)) continue;
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
    throw new Error('The engine bundle has no code.');
  });
  return bundle;
}

export interface EngineFill {
  readonly page: {
    kind: string;
    fillAllowed: boolean;
    drift: PageDrift | null;
    keys: FieldKey[];
    fields: { key: FieldKey; id: string; widget: string }[];
  };
  readonly results: FieldResult[];
  readonly filled: FieldKey[];
}

export interface Engine {
  fill(profile: ProfileValues, overwrite?: boolean): Promise<EngineFill>;
  undo(): Promise<UndoReport>;
  values(): Promise<FieldValues>;
}

type InPage = {
  __eikEngine: {
    start(source: string): Promise<boolean>;
    fill(profile: ProfileValues, overwrite: boolean): Promise<EngineFill>;
    undo(): Promise<UndoReport>;
    values(): Promise<FieldValues>;
  };
};

/** Loads the engine and the built bridge into the page; resolves once the bridge has said ready. */
export async function loadEngine(page: Page): Promise<Engine> {
  await page.addScriptTag({ content: await engineBundle() });
  const kendo = await page.evaluate(
    (source) => (window as unknown as InPage).__eikEngine.start(source),
    builtBridgeSource(),
  );
  if (!kendo) throw new Error('The bridge found no Kendo on the page.');
  return {
    fill: (profile, overwrite = false) =>
      page.evaluate(([p, o]) => (window as unknown as InPage).__eikEngine.fill(p, o), [
        profile,
        overwrite,
      ] as const),
    undo: () => page.evaluate(() => (window as unknown as InPage).__eikEngine.undo()),
    values: () => page.evaluate(() => (window as unknown as InPage).__eikEngine.values()),
  };
}
