/**
 * Why the background refused a request, as a code both ends know: the content script decides
 * what to show by the code (`locked`: "unlock in the toolbar"), never by an error's text.
 * Free of zod, so the content script can carry it (`send.ts` throws it).
 */
export const PROTOCOL_ERRORS = [
  /** No handler answers this message type. */
  'unknown-type',
  /** The request does not have the shape the protocol map declares; nothing ran. */
  'malformed-request',
  /** Only a tab showing e-İkamet may ask this. */
  'not-from-eikamet',
  /** Only a tab may ask this (the sender has no tab id). */
  'no-tab',
  /** The profiles' vault is locked (or its idle time has passed). */
  'locked',
  /** Anything else went wrong while answering. */
  'failed',
] as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERRORS)[number];

export function isProtocolErrorCode(value: unknown): value is ProtocolErrorCode {
  return typeof value === 'string' && (PROTOCOL_ERRORS as readonly string[]).includes(value);
}

/** A refusal with its code; `detail` is for the console and tests, never shown to a person. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  readonly code: ProtocolErrorCode;
  readonly detail: string | undefined;

  constructor(code: ProtocolErrorCode, detail?: string) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.code = code;
    this.detail = detail;
  }
}

/** Whether `error` is the background's refusal with this code. */
export function isRefusal(error: unknown, code: ProtocolErrorCode): boolean {
  return error instanceof ProtocolError && error.code === code;
}

/** What crosses the wire in answer to every request. */
export type Reply<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: ProtocolErrorCode; readonly detail?: string } };
