/**
 * The main-world Kendo bridge (an unlisted script: `kendo-bridge.js`, web-accessible to
 * e-İkamet pages only). The content script injects it with `injectScript` and hands it the
 * channel and secret in a data attribute on the script element, which is read once here and
 * removed. Everything else is in `src/page/bridge-main.ts`; the protocol and its threat model
 * are in `src/page/bridge-protocol.ts`.
 */
import { runKendoBridge } from '../src/page/bridge-main';
import { BRIDGE_DATA_ATTRIBUTE, parseBridgeToken } from '../src/page/bridge-protocol';

export default defineUnlistedScript(() => {
  const script = document.currentScript;
  const token = parseBridgeToken(script?.getAttribute(BRIDGE_DATA_ATTRIBUTE));
  script?.removeAttribute(BRIDGE_DATA_ATTRIBUTE);
  // Without a well-formed token nobody asked for this bridge: do nothing at all.
  if (!token) return;
  runKendoBridge(window, token.channel, token.secret);
});
