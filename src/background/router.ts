/**
 * The background answers the typed requests of the protocol map (`src/protocol/protocol.ts`),
 * so that heavy code and data (zod-validated profiles, the full message catalogues, the rules)
 * stay out of the content script that loads on every e-İkamet page. Each feature declares the
 * requests it answers (`src/features/<feature>/background/index.ts`) and the background entry
 * registers it with one call (`registerBackground`). Every request is checked against the map
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

/** The requests one feature answers, each by its handler. */
export type FeatureHandlers = { readonly [K in MessageType]?: Handler<K> };

/**
 * A feature's part in the background: the requests it answers and, optionally, the browser
 * events it listens to while the background runs. Each feature declares one in its
 * `background/index.ts`; `entrypoints/background.ts` registers each with one call.
 */
export interface BackgroundFeature {
  readonly name: string;
  readonly handlers: FeatureHandlers;
  /** Adds the feature's browser listeners; called once, as the background starts. */
  readonly listen?: () => void;
}

/** Which feature answers each request: its handler is `answeredBy.get(type).handlers[type]`. */
const answeredBy = new Map<MessageType, BackgroundFeature>();
const registered = new Set<BackgroundFeature>();

/**
 * Answers the feature's requests from now on. The same feature again changes nothing (tests
 * that share a worker register it once each); two features answering one request is a mistake.
 */
export function handleRequestsOf(feature: BackgroundFeature): void {
  for (const type of Object.keys(feature.handlers) as MessageType[]) {
    const owner = answeredBy.get(type);
    if (owner === feature) continue;
    if (owner)
      throw new Error(`'${type}' is answered by ${owner.name} already, not also by ${feature.name}.`);
    answeredBy.set(type, feature);
  }
  registered.add(feature);
}

/** A feature in the background: its requests answered, its listeners added. */
export function registerBackground(feature: BackgroundFeature): void {
  handleRequestsOf(feature);
  feature.listen?.();
}

/** The features whose requests are answered, in the order they were registered. */
export function registeredFeatures(): string[] {
  return [...registered].map((feature) => feature.name);
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
  const handler = isMessageType(type)
    ? (answeredBy.get(type)?.handlers[type] as
        | ((request: unknown, sender: RequestSender) => unknown)
        | undefined)
    : undefined;
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
