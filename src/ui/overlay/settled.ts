/**
 * `data-settled="true"` on our host: the assistant has caught up with the page's last change.
 * Recognition, reading the values, saving them for the next step, the rules' answer, the
 * checklist, the texts and any fill have all finished, and the page itself has finished its
 * own set-up. Tests (and anything else watching the page) wait for it instead of sleeping;
 * "nothing happened" is only asserted once it is back.
 *
 * Every piece of work that may still change what the overlay shows holds the marker down
 * from the moment it is known (synchronously, in the event that causes it) until it is done.
 * The marker comes back one microtask after the last hold is released, so that work chained
 * on a finished step (a re-render, the next request) can take its own hold first.
 */
export interface SettledMarker {
  /** Work has started; the returned function says it is done (calling it again does nothing). */
  begin(): () => void;
  /** Holds the marker down until `work` settles; returns `work`. */
  track<T>(work: Promise<T>): Promise<T>;
}

export const SETTLED_ATTRIBUTE = 'data-settled';

/** For code run without an overlay (unit tests of one part): nothing is marked. */
export const NO_SETTLED_MARKER: SettledMarker = {
  begin: () => () => {},
  track: (work) => work,
};

export function createSettledMarker(host: Element): SettledMarker {
  let holds = 0;
  const release = () => {
    holds -= 1;
    if (holds > 0) return;
    queueMicrotask(() => {
      if (holds === 0 && host.getAttribute(SETTLED_ATTRIBUTE) !== 'true')
        host.setAttribute(SETTLED_ATTRIBUTE, 'true');
    });
  };
  const begin = () => {
    holds += 1;
    if (holds === 1) host.removeAttribute(SETTLED_ATTRIBUTE);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
  return {
    begin,
    track(work) {
      const end = begin();
      work.then(end, end);
      return work;
    },
  };
}
