/**
 * Named points in the overlay's start-up on the page's performance timeline
 * (`eikamet-assistant:<phase>`), read by `npm run bench` for its per-phase breakdown. A mark
 * costs microseconds, stays in the tab and is never sent anywhere; the page can already see
 * our host element, so the marks reveal nothing new.
 */
export const PHASE_PREFIX = 'eikamet-assistant:';

export function markPhase(phase: string): void {
  try {
    performance.mark(PHASE_PREFIX + phase);
  } catch {
    // A page that replaced `performance` must not stop the overlay.
  }
}
