/**
 * The overlay must never break the official form. Every entry point into overlay code
 * (init, observer callbacks, event listeners) runs through `guard`: an error is caught,
 * logged once per place, and the overlay carries on degraded instead of throwing into
 * the page's event loop.
 */
const reported = new Set<string>();

export function reportOnce(place: string, error: unknown): void {
  if (reported.has(place)) return;
  reported.add(place);
  console.warn(`[e-İkamet Assistant] ${place} failed; the assistant continues without it.`, error);
}

/** Wraps a callback so that it can never throw. */
export function guard<Args extends unknown[]>(place: string, callback: (...args: Args) => void) {
  return (...args: Args): void => {
    try {
      callback(...args);
    } catch (error) {
      reportOnce(place, error);
    }
  };
}

/** For tests: forget which places have already been reported. */
export function resetReportedErrors(): void {
  reported.clear();
}
