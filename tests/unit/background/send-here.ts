/**
 * A `send` answered by the background's own router and handlers, as the content script is
 * answered: the request and the answer checked against the protocol map, the answer after its
 * JSON trip, a refusal thrown as a `ProtocolError` with its code.
 */

import { assistantBackground } from '../../../src/background/assistant';
import { handleRequestsOf, type RequestSender, route } from '../../../src/background/router';
import { checklistBackground } from '../../../src/features/checklist/background';
import { fillBackground } from '../../../src/features/fill/background';
import { liveChecksBackground } from '../../../src/features/live-checks/background';
import { teachBackground } from '../../../src/features/teach/background';
import { ProtocolError } from '../../../src/protocol/errors';
import type { Send } from '../../../src/protocol/send';

handleRequestsOf(assistantBackground);
handleRequestsOf(liveChecksBackground);
handleRequestsOf(checklistBackground);
handleRequestsOf(teachBackground);
handleRequestsOf(fillBackground);

export function sendHere(sender: RequestSender = {}): Send {
  return async (type, request) => {
    const reply = JSON.parse(JSON.stringify(await route({ type, request }, sender)));
    if (!reply.ok) throw new ProtocolError(reply.error.code, reply.error.detail);
    return reply.value;
  };
}
