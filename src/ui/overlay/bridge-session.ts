import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Bridge, startBridge } from '../../page/bridge-client';
import { reportOnce } from './guard';

let session: Promise<Bridge | null> | null = null;

/**
 * The one main-world Kendo bridge of this page, started on first use and shared by live
 * warnings (reading values) and filling (setting them). Null when it could not start: the
 * overlay then works from plain inputs only.
 */
export function bridgeSession(ctx: ContentScriptContext): Promise<Bridge | null> {
  session ??= startBridge(ctx).catch((error: unknown) => {
    reportOnce('starting the Kendo bridge', error);
    return null;
  });
  return session;
}
