/**
 * Requests from the overlay to our own background (`src/background/router.ts`), over runtime
 * messaging: the only channel the content script uses, and never the network.
 */
import { browser } from 'wxt/browser';

export async function askBackground(type: string, payload: Record<string, unknown> = {}): Promise<unknown> {
  const reply: unknown = await browser.runtime.sendMessage({ ...payload, type });
  if (typeof reply !== 'object' || reply === null) throw new Error(`${type}: no answer from the background`);
  const { ok, value, error } = reply as { ok?: unknown; value?: unknown; error?: unknown };
  if (ok !== true) throw new Error(`${type}: ${typeof error === 'string' ? error : 'failed'}`);
  return value;
}
