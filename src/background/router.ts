/**
 * The background answers the typed requests of the protocol map (`src/protocol/protocol.ts`),
 * so that heavy code and data (zod-validated profiles, the full message catalogues, the rules)
 * stay out of the content script that loads on every e-İkamet page. Each handler lives in its
 * own file and registers itself here with `handle`. Every request is checked against the map
 * before its handler runs, and every answer before it is sent; a refusal is answered with a
 * code (`src/protocol/errors.ts`), never thrown.
 */

import { VaultLockedError } from '../profile/vault/session';
import { ProtocolError, type ProtocolErrorCode, type Reply } from '../protocol/errors';
import {
  type AnswerOf,
  type CheckedRequestOf,
  isMessageType,
  type MessageType,
  protocol,
} from '../protocol/protocol';

/**
 * Who sent a request, as the browser reports it (never as the message claims). Only the parts
 * handlers use; `browser.runtime.MessageSender` fits it.
 */
export interface RequestSender {
  readonly tab?: { readonly id?: number };
  readonly url?: string;
}

export type Handler<K extends MessageType> = (
  request: CheckedRequestOf<K>,
  sender: RequestSender,
) => AnswerOf<K> | Promise<AnswerOf<K>>;

const handlers = new Map<MessageType, (request: unknown, sender: RequestSender) => unknown>();

export function handle<K extends MessageType>(type: K, handler: Handler<K>): void {
  if (handlers.has(type)) throw new Error(`A handler for '${type}' is already registered.`);
  handlers.set(type, handler as (request: unknown, sender: RequestSender) => unknown);
}

function refused(code: ProtocolErrorCode, detail?: string): Reply<never> {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}

/** A handler's error as a code: the vault's lock is `locked`, a refusal keeps its code. */
function refusalOf(error: unknown): Reply<never> {
  if (error instanceof ProtocolError) return refused(error.code, error.detail);
  if (error instanceof VaultLockedError) return refused('locked');
  return refused('failed', error instanceof Error ? error.message : String(error));
}

/** Where a request or an answer differs from the map (paths only, never the values). */
function issuesOf(error: { readonly issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** `{ type, request }` → `{ ok: true, value }` or `{ ok: false, error: { code, detail? } }`. */
export async function route(message: unknown, sender: RequestSender = {}): Promise<Reply<unknown>> {
  const type =
    typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  const handler = isMessageType(type) ? handlers.get(type) : undefined;
  if (!isMessageType(type) || !handler) return refused('unknown-type', String(type).slice(0, 80));
  const request = protocol[type].request.safeParse((message as { request?: unknown }).request);
  if (!request.success) return refused('malformed-request', `${type}: ${issuesOf(request.error)}`);
  try {
    const answer = protocol[type].response.safeParse(await handler(request.data, sender));
    if (!answer.success) return refused('failed', `${type}: malformed answer: ${issuesOf(answer.error)}`);
    return { ok: true, value: answer.data };
  } catch (error) {
    return refusalOf(error);
  }
}
