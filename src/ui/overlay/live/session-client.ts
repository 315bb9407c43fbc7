/**
 * The content script's end of the per-tab application session kept by the background
 * (`src/background/application-session-handler.ts`). Updates are sent in order, one after
 * another, so the background always ends with the latest values.
 */
import {
  type ApplicationSession,
  EMPTY_SESSION,
  parseSession,
  type SessionPatch,
} from '../../../application/session';
import { askBackground } from '../background-client';
import { reportOnce } from '../guard';

export interface SessionClient {
  load(): Promise<ApplicationSession>;
  update(patch: SessionPatch): void;
  end(): void;
}

export function createSessionClient(ask = askBackground): SessionClient {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (place: string, send: () => Promise<unknown>) => {
    queue = queue.then(send).catch((error: unknown) => reportOnce(place, error));
  };
  return {
    async load() {
      return parseSession(await ask('application-session')) ?? EMPTY_SESSION;
    },
    update(patch) {
      enqueue('saving the application session', () => ask('application-session-update', { patch }));
    },
    end() {
      enqueue('ending the application session', () => ask('application-session-end'));
    },
  };
}
