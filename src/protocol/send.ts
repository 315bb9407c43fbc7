/**
 * Requests to our own background (`src/background/router.ts`), over runtime messaging: the only
 * channel the content script uses, and never the network. Typed by the protocol map, whose
 * schemas stay out of this bundle (`import type` only): the background checked the request
 * and its own answer, so the answer is used as it comes. A refusal is thrown as a
 * `ProtocolError` with the background's code.
 */
import { browser } from 'wxt/browser';
import { isProtocolErrorCode, ProtocolError, type Reply } from './errors';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

/** `send` itself, or a wrapper of it (one that holds the settled marker while it waits). */
export type Send = <K extends MessageType>(type: K, request: RequestOf<K>) => Promise<ResponseOf<K>>;

export async function send<K extends MessageType>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, request });
  if (typeof reply !== 'object' || reply === null) {
    throw new ProtocolError('failed', `${type}: no answer from the background`);
  }
  const answer = reply as Reply<ResponseOf<K>>;
  if (answer.ok === true) return answer.value;
  const code = isProtocolErrorCode(answer.error?.code) ? answer.error.code : 'failed';
  const detail = typeof answer.error?.detail === 'string' ? answer.error.detail : undefined;
  throw new ProtocolError(code, detail === undefined ? type : `${type}: ${detail}`);
}
