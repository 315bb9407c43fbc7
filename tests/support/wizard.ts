/**
 * The test as the user of the replica's wizard: it types into fields, opens Kendo lists and
 * picks options, and presses the page's own buttons. Also: dates relative to today (so tests
 * stay valid over time), and a recorder of what the page saw happen (submits, untrusted clicks),
 * installed before any page script runs.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { RecordedRequest } from './extension';
import { REPLICA_ORIGIN, type ReplicaLang } from './replica';

export const HOST = 'eikamet-assistant';

/** dd.MM.yyyy of today plus `days` (negative for the past), in the browser's local calendar. */
export function trDateFromToday(days: number, years = 0): string {
  const date = new Date();
  date.setHours(0, 0, 0, 0);
  date.setFullYear(date.getFullYear() + years);
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

export async function replicaReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { replicaReady?: boolean }).replicaReady === true);
}

export async function openReplica(page: Page, pathAndQuery: string): Promise<void> {
  await page.goto(REPLICA_ORIGIN + pathAndQuery);
  await replicaReady(page);
}

/** Types a date into a Kendo DatePicker's own input, replacing what was there. */
export async function typeDate(page: Page, inputId: string, text: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
}

/**
 * Opens a Kendo DropDownList like a user (click on it) and clicks the option with this text,
 * until the list shows that text as chosen. As a user would, it clicks again when the page did
 * not take a click: Kendo ignores a click on the list while it is still closing, and once in
 * CI (1 pick in ~300) a click on an open list's option left it open and nothing chosen.
 */
export async function pickOption(page: Page, inputId: string, optionText: string): Promise<void> {
  const widget = page.locator(`.k-dropdownlist:has(#${inputId}), .k-dropdown:has(#${inputId})`);
  const option = page.getByRole('option', { name: optionText, exact: true });
  await expect(async () => {
    if (!(await option.isVisible())) await widget.click();
    await option.click({ timeout: 2_000 });
    await expect(widget).toHaveText(optionText, { timeout: 2_000 });
  }).toPass();
  await expect(option).toBeHidden();
}

const NEXT: Record<ReplicaLang, string> = { tr: 'İleri', en: 'Next' };

/** Presses the wizard's own Next button and waits for the next step to be ready. */
export async function nextStep(page: Page, lang: ReplicaLang): Promise<void> {
  await page.getByRole('button', { name: NEXT[lang], exact: true }).click();
  await replicaReady(page);
}

/**
 * Waits until the assistant has caught up with the page's last change (`data-settled` on its
 * host: recognition, values, rules, checklist and any fill done). "Nothing happened" is
 * asserted after this, never after a pause.
 */
export async function assistantSettled(page: Page): Promise<void> {
  await expect(page.locator(HOST)).toHaveAttribute('data-settled', 'true');
}

/** Opens the side panel as the user would, if the window is narrow enough for it to start folded. */
export async function openPanel(host: Locator): Promise<void> {
  // The panel may open by itself once the step's fields are recognised (it docks beside a
  // form); its tab then hides. So: wait for the assistant to settle, then open it if still folded.
  await expect(host).toHaveAttribute('data-settled', 'true');
  const body = host.locator('.panel-body');
  const tab = host.locator('.panel-tab');
  await expect(async () => {
    if (!(await body.isVisible()) && (await tab.isVisible())) await tab.click({ timeout: 2_000 });
    await expect(body).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

/** Records, from before any page script runs, every submit and every click the user did not make. */
export async function recordPageEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __eikametEvents: string[] }).__eikametEvents = log;
    document.addEventListener('submit', () => log.push('submit'), true);
    document.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) log.push(`untrusted click on ${(event.target as Element | null)?.tagName}`);
      },
      true,
    );
  });
}

export async function pageEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __eikametEvents: string[] }).__eikametEvents);
}

/**
 * Requests that went anywhere but the routed replica. The Kendo bridge, loaded from the
 * extension itself into the page, is the only file of ours a page may load.
 */
export function requestsOutsideReplica(requests: readonly RecordedRequest[], extensionId: string): string[] {
  return requests
    .map((request) => request.url)
    .filter(
      (url) =>
        !url.startsWith(`${REPLICA_ORIGIN}/`) && url !== `chrome-extension://${extensionId}/kendo-bridge.js`,
    );
}

/** Every navigation request (page loads), in order. */
export function navigations(requests: readonly RecordedRequest[]): string[] {
  return requests.filter((request) => request.navigation).map((request) => request.url);
}
