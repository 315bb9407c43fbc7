/**
 * What a scenario gets from the browser running it (tests/firefox/scenarios.spec.ts for
 * Firefox, tests/e2e/shared-scenarios.spec.ts for Chromium). A scenario is written once, against
 * this interface and the `Tab` driver, and must pass unchanged in both browsers.
 */
import { expect } from '@playwright/test';
import { RECORD_SYNTHETIC_EVENTS } from '../support/bridge-harness';
import { type BrowserName, ReplicaTab, type Tab } from '../support/driver';
import type { ReplicaLang } from '../support/replica';

export interface ReplicaTabOptions {
  /** A Content-Security-Policy header on every replica page of this tab. */
  readonly csp?: string;
}

export interface ScenarioEnv {
  readonly browserName: BrowserName;
  /** The replica's language when a URL does not say (the browser's locale matches it). */
  readonly lang: ReplicaLang;
  /**
   * A new tab where https://e-ikamet.goc.gov.tr is the replica and every other web request is
   * refused. Before any page script runs, it records submits, `form.submit()`, untrusted
   * clicks and keys, and unloads (`RECORD_SYNTHETIC_EVENTS`).
   */
  replicaTab(options?: ReplicaTabOptions): Promise<ReplicaTab>;
  /** The toolbar popup's page, opened in a tab of its own. */
  popupTab(): Promise<Tab>;
  /**
   * Every request the browser made that went anywhere but the replica or the extension's own
   * files (page and extension alike, as far as the browser lets the driver see).
   */
  requestsOffReplica(): Promise<string[]>;
  /** Every page load of the replica tabs, as path and query, in order. */
  replicaNavigations(): string[];
  /** A file for a screenshot or an import, in a folder of this test's own. */
  outputPath(name: string): string;
}

export interface Scenario {
  readonly name: string;
  readonly lang: ReplicaLang;
  /** Browser window size; the panel sits beside the form at this width. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /**
   * The scenario stores data in the extension (profiles, the vault), so Firefox starts a browser
   * of its own for it; the others share one browser per language, each in tabs of its own.
   */
  readonly keepsData?: boolean;
  /**
   * What this scenario covers that no Chromium spec does, when Chromium runs it too
   * (tests/e2e/shared-scenarios.spec.ts). Without it the scenario is Firefox's: the Chromium
   * specs already check the same behaviour in their own way.
   */
  readonly chromiumAdds?: string;
  readonly run: (env: ScenarioEnv) => Promise<void>;
}

export const LOCALE: Record<ReplicaLang, string> = { tr: 'tr-TR', en: 'en-US' };
export const NEXT: Record<ReplicaLang, string> = { tr: 'İleri', en: 'Next' };

/** Submits, synthetic clicks and keys, `form.submit()` and unloads the page saw. */
export function syntheticEvents(tab: Tab): Promise<string[]> {
  return tab.evaluate(
    () => [...((window as unknown as { __eikSynthetic?: string[] }).__eikSynthetic ?? [])],
    0,
  );
}

/**
 * The assistant did nothing of its own: no submit, no synthetic event, no request anywhere but
 * the replica, and the only page loads are the ones the test asked for. Judged once the
 * assistant has caught up with every replica tab (`data-settled`), never after a pause.
 */
export async function expectHandsOff(
  env: ScenarioEnv,
  tabs: readonly Tab[],
  openedByTest: readonly string[],
): Promise<void> {
  for (const tab of tabs) if (tab instanceof ReplicaTab) await tab.settled();
  for (const tab of tabs) expect(await syntheticEvents(tab)).toEqual([]);
  expect(await env.requestsOffReplica()).toEqual([]);
  expect(env.replicaNavigations()).toEqual(openedByTest);
}

export { RECORD_SYNTHETIC_EVENTS };
