/**
 * The content script's end of the per-tab application session kept by the background
 * (`src/features/live-checks/background/application-session-handler.ts`).
 *
 * Every update is sent the moment it is made, never held back until the previous one is
 * answered: a person may press Next in the same frame as their last keystroke, and a message
 * still waiting here when the page unloads would be lost with it (the step's last value never
 * reaching the next step). The background applies a tab's requests in the order they arrive,
 * so sending at once keeps them in order too.
 */
import type { ApplicationSession, SessionPatch } from '../../../permit-application/session';
import { type Send, send as sendNow } from '../../../protocol/send';
import { reportOnce } from '../../../ui/overlay/guard';

export interface SessionClient {
  load(): Promise<ApplicationSession>;
  /** Sends the patch now; the promise settles with the background's answer (never rejects). */
  update(patch: SessionPatch): Promise<void>;
  end(): Promise<void>;
}

export function createSessionClient(ask: Send = sendNow): SessionClient {
  const send = (place: string, request: Promise<unknown>): Promise<void> =>
    request.then(
      () => undefined,
      (error: unknown) => reportOnce(place, error),
    );
  return {
    async load() {
      return ask('application-session', {});
    },
    update(patch) {
      return send('saving the application session', ask('application-session-update', { patch }));
    },
    end() {
      return send('ending the application session', ask('application-session-end', {}));
    },
  };
}
