/**
 * The background answers a few typed requests from the content script, so that heavy code
 * and data (zod-validated profiles, the full message catalogues) stay out of the content
 * script that loads on every e-İkamet page. Each handler lives in its own file and registers
 * itself here by type; unknown or malformed requests are answered with an error, never thrown.
 */
export interface RouterReply<T = unknown> {
  readonly ok: boolean;
  readonly value?: T;
  readonly error?: string;
}

/**
 * Who sent a request, as the browser reports it (never as the message claims). Only the parts
 * handlers use; `browser.runtime.MessageSender` fits it.
 */
export interface RequestSender {
  readonly tab?: { readonly id?: number };
  readonly url?: string;
}

type Handler = (request: Record<string, unknown>, sender: RequestSender) => Promise<unknown> | unknown;

const handlers = new Map<string, Handler>();

export function registerHandler(type: string, handler: Handler): void {
  if (handlers.has(type)) throw new Error(`A handler for '${type}' is already registered.`);
  handlers.set(type, handler);
}

export async function route(message: unknown, sender: RequestSender = {}): Promise<RouterReply> {
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'not an object' };
  const request = message as Record<string, unknown>;
  const handler = typeof request.type === 'string' ? handlers.get(request.type) : undefined;
  if (!handler) return { ok: false, error: `unknown request type: ${String(request.type)}` };
  try {
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
