/**
 * Tells the badge layer when field positions may have moved: window resize, any scroll
 * (captured, so inner scroll containers count too) and size changes of the document.
 * Calls are throttled to one per animation frame so scrolling stays smooth.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './guard';
import { NO_SETTLED_MARKER, type SettledMarker } from './settled';
import { createFrameThrottle } from './timers';

export function watchLayout(
  ctx: ContentScriptContext,
  onLayoutChange: () => void,
  settled: SettledMarker = NO_SETTLED_MARKER,
): void {
  // Badges move in the next frame: until then they may sit where the field was.
  let pending: (() => void) | null = null;
  const update = createFrameThrottle(
    ctx,
    guard('layout change', () => {
      const done = pending;
      pending = null;
      try {
        onLayoutChange();
      } finally {
        done?.();
      }
    }),
  );
  const requestUpdate = () => {
    pending ??= settled.begin();
    update();
  };

  const listenerOptions = { capture: true, passive: true };
  ctx.addEventListener(window, 'resize', requestUpdate, listenerOptions);
  ctx.addEventListener(document, 'scroll', requestUpdate, listenerOptions);

  // Content that grows or shrinks (an error message, a step shown by script) moves the
  // fields below it without any scroll or resize event.
  const resizeObserver = new ResizeObserver(guard('resize observer', requestUpdate));
  resizeObserver.observe(document.body);
  ctx.onInvalidated(() => resizeObserver.disconnect());
}
