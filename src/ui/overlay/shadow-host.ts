/**
 * Our one element in the page: a custom-element host at the end of <body> with an open shadow
 * root that holds the overlay's stylesheet and a container for Preact. What WXT's
 * `createShadowRootUi` did for us, in the few lines we need: its positioning, auto-mount and
 * CSS-loading helpers cost about 3 KB gzip of a content script that loads on every e-İkamet page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { blockUntrustedEvents } from './trusted';

export interface ShadowHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the overlay renders. */
  readonly container: HTMLElement;
}

/** Keys pressed on our buttons (Enter, Escape) must not reach the page's own handlers. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * @param css the overlay stylesheet, already in the bundle (nothing is fetched); the page's own
 *   styles are kept out by resetting the host first, as WXT did
 * @param onRemove runs when the extension is updated or reloaded, before the host goes
 */
export function mountShadowHost(
  ctx: ContentScriptContext,
  name: string,
  css: string,
  onRemove: (container: HTMLElement) => void,
): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  // A page script's `.click()` on our buttons must not act (the handlers check too: trusted.ts).
  blockUntrustedEvents(shadow);
  document.body.append(host);
  ctx.onInvalidated(() => {
    onRemove(container);
    host.remove();
  });
  return { host, shadow, container };
}
