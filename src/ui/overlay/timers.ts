/**
 * A restartable timer and a once-per-frame scheduler that stop for good when the content
 * script is invalidated (extension updated or reloaded).
 *
 * Why not `ctx.setTimeout` / `ctx.requestAnimationFrame`: each call registers an
 * `onInvalidated` listener that is never removed, and the overlay schedules on every
 * mutation burst and scroll frame, so those listeners would pile up for as long as the tab
 * stays open. Here one listener per helper clears whatever is pending, and callbacks check
 * `ctx.isValid` before running.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function createInvalidationSafeTimer(ctx: ContentScriptContext) {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = undefined;
  };
  ctx.onInvalidated(cancel);
  return {
    /** (Re)starts the countdown: the callback runs once, `delayMs` after the last restart. */
    restart(callback: () => void, delayMs: number): void {
      cancel();
      if (!ctx.isValid) return;
      pending = setTimeout(() => {
        pending = undefined;
        if (ctx.isValid) callback();
      }, delayMs);
    },
    cancel,
  };
}

export function createFrameThrottle(ctx: ContentScriptContext, callback: () => void) {
  let frame: number | undefined;
  ctx.onInvalidated(() => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
  });
  /** Runs the callback once in the next animation frame, however often it is called before. */
  return (): void => {
    if (frame !== undefined || !ctx.isValid) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (ctx.isValid) callback();
    });
  };
}
