/**
 * Tells the badge layer when field positions may have moved: window resize, any scroll
 * (captured, so inner scroll containers count too) and size changes of the document.
 * Calls are throttled to one per animation frame so scrolling stays smooth.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './guard';
import { createFrameThrottle } from './timers';

export function watchLayout(ctx: ContentScriptContext, onLayoutChange: () => void): void {
  const requestUpdate = createFrameThrottle(ctx, guard('layout change', onLayoutChange));

  const listenerOptions = { capture: true, passive: true };
  ctx.addEventListener(window, 'resize', requestUpdate, listenerOptions);
  ctx.addEventListener(document, 'scroll', requestUpdate, listenerOptions);

  // Content that grows or shrinks (an error message, a step shown by script) moves the
  // fields below it without any scroll or resize event.
  const resizeObserver = new ResizeObserver(guard('resize observer', requestUpdate));
  resizeObserver.observe(document.body);
  ctx.onInvalidated(() => resizeObserver.disconnect());
}
