/**
 * The wire protocol between the content script (isolated world) and the Kendo bridge
 * (`entrypoints/kendo-bridge.ts`, the page's MAIN world). Shared by both sides, so it has no
 * dependencies and stays tiny: hand-written validators, no schema library.
 *
 * Transport: `CustomEvent`s on `window` under two private event names derived from a random
 * channel id; the `detail` is always a JSON string (an object `detail` does not cross
 * JavaScript worlds reliably, a string does). Every message carries the per-page secret.
 *
 * Widgets are named by handles the bridge writes on them (`data-eik-handle`), never by id.
 *
 * Threat model (also in the README). The bridge lives in the page's own world, so a hostile
 * page script, whether the site's own or injected into it:
 * - CAN read the channel and secret (the injected script's data attribute, for the moment it
 *   exists) and so see every request and report, including the value being set for the
 *   current field (a list code, a date, digits, a search text for that list) — never the whole
 *   profile or another field's value, which the bridge is never sent;
 * - CAN read its own form, including what the fill wrote into it, as it could read a person's
 *   typing; and can wrap or replace the bridge's handlers and make them answer anything.
 * - CANNOT start a fill, undo, overwrite or any other overlay action: the overlay ignores events
 *   whose `isTrusted` is false (`src/ui/overlay/trusted.ts`), which no script can forge, and a
 *   person's real click counts only on our control as we drew it, visible and uncovered where
 *   they pressed (`src/ui/overlay/click-guard.ts`);
 * - CANNOT read a profile: profiles live in the extension's storage, reached only by the
 *   content script and the background, and the overlay shows only the active profile's name;
 * - CANNOT make the fill summary lie: each set is verified by the content script in its own
 *   world from the page's DOM (the widget's input value and shown text), not from the bridge's
 *   report; a field the page did not keep is reported not verified and put back (what the
 *   page does to its own form afterwards is, as after a person's typing, its own doing);
 * - CANNOT make the bridge touch captcha, consent, verification or token fields, run code or
 *   navigate: it accepts only this fixed set of typed, strictly parsed requests, never
 *   evaluates or forwards anything, and gives human gates no handle. The secret keeps stray
 *   events and unrelated scripts out; it hides nothing from a page that targets the extension.
 */

/** 2: widgets are addressed by the bridge's handle (`data-eik-handle`), never by element id. */
export const BRIDGE_PROTOCOL_VERSION = 2;

/** The unlisted script's public path (`entrypoints/kendo-bridge.ts` → `kendo-bridge.js`). */
export const BRIDGE_SCRIPT_PATH = '/kendo-bridge.js';

/**
 * `data-eik-bridge="<channel>.<secret>"` on the injected script element; the bridge reads it
 * once through `document.currentScript` and removes it.
 */
export const BRIDGE_DATA_ATTRIBUTE = 'data-eik-bridge';

/**
 * The bridge marks each Kendo widget's input element with `data-eik-handle="<prefix>-<n>"`, a
 * per-page counter under a prefix taken from the channel. Requests and reports name widgets
 * by this handle only: ids may be missing, duplicated or meaningless on a page. The content
 * script goes from a recognised element to its handle through this attribute, and believes a
 * handle only when its prefix is its own bridge's (`handlePrefix(channel)`).
 */
export const BRIDGE_HANDLE_ATTRIBUTE = 'data-eik-handle';

const HANDLE = /^[0-9a-f]{8}-[1-9][0-9]{0,6}$/;

/** The handle prefix of the bridge on `channel`. */
export function handlePrefix(channel: string): string {
  return channel.slice(0, 8);
}

export function isWidgetHandle(value: unknown): value is string {
  return typeof value === 'string' && HANDLE.test(value);
}

/** Event the content script dispatches (requests). */
export function requestEventName(channel: string): string {
  return `eik-bridge-request-${channel}`;
}

/** Event the bridge dispatches (answers, change reports, the ready signal). */
export function reportEventName(channel: string): string {
  return `eik-bridge-report-${channel}`;
}

/** The Kendo widgets the bridge drives (a ComboBox counts as a list). Nothing else (no checkboxes). */
export type KendoKind = 'dropdown' | 'date' | 'masked';
const KENDO_KINDS: readonly string[] = ['dropdown', 'date', 'masked'];

export interface WidgetOption {
  readonly value: string;
  readonly text: string;
}

/** One Kendo widget as the bridge sees it. */
export interface WidgetState {
  /** The bridge's handle for the input the widget was created on (`data-eik-handle`). */
  readonly handle: string;
  readonly kind: KendoKind;
  /**
   * DropDownList: the selected code ('' for the option label); DatePicker: the date as
   * dd.MM.yyyy ('' when none); MaskedTextBox: the raw digits without the mask.
   */
  readonly value: string;
  /** What the user sees: the option text ('' for the option label), the input's text. */
  readonly text: string;
  /** False when the widget is disabled or read-only. */
  readonly enabled: boolean;
  /** DropDownList only: the loaded options, without the option label. */
  readonly options?: readonly WidgetOption[];
  /** DropDownList only: whether `options` is the whole list (false for server-paged or not yet loaded lists). */
  readonly complete?: boolean;
  /**
   * DropDownList only: true when this list cascades from another (province → district).
   * Kendo keeps such a list disabled and empty until its parent has a value.
   */
  readonly cascades?: boolean;
}

export type BridgeError =
  | 'protected'
  | 'not-found'
  | 'wrong-kind'
  | 'disabled'
  | 'option-not-found'
  | 'invalid-value'
  | 'no-kendo'
  | 'timeout'
  | 'failed';
const BRIDGE_ERRORS: readonly string[] = [
  'protected',
  'not-found',
  'wrong-kind',
  'disabled',
  'option-not-found',
  'invalid-value',
  'no-kendo',
  'timeout',
  'failed',
];

interface Signed {
  readonly v: typeof BRIDGE_PROTOCOL_VERSION;
  readonly secret: string;
}

/** Content script → bridge. */
export type BridgeRequest = Signed &
  (
    | { readonly type: 'read'; readonly id: number }
    | { readonly type: 'subscribe'; readonly id: number }
    | { readonly type: 'close'; readonly id: number }
    | {
        readonly type: 'set';
        readonly id: number;
        readonly handle: string;
        readonly kind: KendoKind;
        readonly value: string;
      }
    | {
        readonly type: 'search';
        readonly id: number;
        readonly handle: string;
        readonly by: 'text' | 'value';
        readonly query: string;
      }
    | {
        /**
         * Answer once the list holds options whose `optionsSignature` is not `since` ('' for
         * any options) and the page has no list load in flight, or after `timeoutMs` with the
         * list as it is then: the page may fill a list its own way (a cascade, a change
         * handler's AJAX, a data source replaced, options added later).
         */
        readonly type: 'await-options';
        readonly id: number;
        readonly handle: string;
        readonly since: string;
        readonly timeoutMs: number;
      }
  );

/** Bridge → content script. */
export type BridgeReport = Signed &
  (
    | { readonly type: 'ready'; readonly kendo: boolean }
    | {
        readonly type: 'result';
        readonly id: number;
        readonly ok: true;
        readonly widgets: readonly WidgetState[];
      }
    | {
        readonly type: 'result';
        readonly id: number;
        readonly ok: false;
        readonly error: BridgeError;
        readonly widgets: readonly WidgetState[];
      }
    | { readonly type: 'change'; readonly widget: WidgetState }
  );

/** Requests are small; reports carry option lists (a country list is ~200 items). */
export const MAX_REQUEST_CHARS = 4_096;
export const MAX_REPORT_CHARS = 512_000;
export const MAX_OPTIONS = 1_000;
export const MAX_WIDGETS = 200;
const MAX_VALUE_CHARS = 256;
const MAX_TEXT_CHARS = 512;

const SECRET = /^[0-9a-f]{32,128}$/;
const CHANNEL = /^[0-9a-f]{16,64}$/;
/** No control characters (C0, DEL) in anything that goes into a field. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Human gates, by id or posted name: captcha, the "Okudum, anladım" consent, verification
 * codes, the anti-forgery token (docs/site.md#human-gates). The bridge refuses them whatever it is
 * asked, and the fill engine checks them again before touching a plain input.
 */
const PROTECTED_NAME =
  /captcha|okudumanladim|okudum_anladim|requestverificationtoken|dogrulama|verification|onaykod|smskod|otp|guvenlikkod/i;
const PROTECTED_TYPES: readonly string[] = [
  'checkbox',
  'radio',
  'hidden',
  'password',
  'file',
  'submit',
  'button',
];

export function isProtectedControl(control: {
  id: string;
  name: string;
  type: string;
  kendo: boolean;
}): boolean {
  if (PROTECTED_NAME.test(control.id) || PROTECTED_NAME.test(control.name)) return true;
  const type = control.type.toLowerCase();
  // Kendo widgets keep their value in an input that may be type=hidden; a bare hidden input is never data.
  if (type === 'hidden') return !control.kendo;
  return PROTECTED_TYPES.includes(type);
}

/** A random hex string from the platform's CSPRNG (`bytes` bytes → 2×bytes characters). */
export function randomHex(
  bytes: number,
  crypto: Pick<Crypto, 'getRandomValues'> = globalThis.crypto,
): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `<channel>.<secret>` as written into the script's data attribute. */
export function formatBridgeToken(channel: string, secret: string): string {
  return `${channel}.${secret}`;
}

export function parseBridgeToken(token: unknown): { channel: string; secret: string } | null {
  if (typeof token !== 'string' || token.length > 256) return null;
  const [channel, secret, ...rest] = token.split('.');
  if (rest.length > 0 || channel === undefined || secret === undefined) return null;
  return CHANNEL.test(channel) && SECRET.test(secret) ? { channel, secret } : null;
}

export function encodeMessage(message: BridgeRequest | BridgeReport): string {
  return JSON.stringify(message);
}

/** Compares without an early exit, so timing does not tell how much of a guess was right. */
function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

type Json = Record<string, unknown>;

function parseObject(raw: unknown, maxChars: number): Json | null {
  if (typeof raw !== 'string' || raw.length > maxChars) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  return isPlainObject(value) ? value : null;
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly these keys, no more, no fewer (optional ones may be missing). */
function hasOnlyKeys(object: Json, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(object);
  return (
    required.every((key) => key in object) &&
    keys.every((key) => required.includes(key) || optional.includes(key))
  );
}

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isFieldValue(value: unknown): value is string {
  return isString(value, MAX_VALUE_CHARS) && !hasControlCharacter(value);
}

function isKendoKind(value: unknown): value is KendoKind {
  return typeof value === 'string' && KENDO_KINDS.includes(value);
}

function signed(object: Json, secret: string): boolean {
  return object.v === BRIDGE_PROTOCOL_VERSION && sameSecret(object.secret, secret);
}

const SIGNATURE = ['v', 'secret', 'type'];

/** Only after every field has been checked. */
const asRequest = (message: Json) => message as unknown as BridgeRequest;
const asReport = (message: Json) => message as unknown as BridgeReport;

/**
 * Parses a request the bridge received. Null for anything malformed, unsigned, wrongly
 * signed, of an unknown type or with extra fields.
 */
export function parseBridgeRequest(raw: unknown, secret: string): BridgeRequest | null {
  const message = parseObject(raw, MAX_REQUEST_CHARS);
  if (!message || !signed(message, secret) || !isId(message.id)) return null;
  switch (message.type) {
    case 'read':
    case 'subscribe':
    case 'close':
      return hasOnlyKeys(message, [...SIGNATURE, 'id']) ? asRequest(message) : null;
    case 'set':
      return hasOnlyKeys(message, [...SIGNATURE, 'id', 'handle', 'kind', 'value']) &&
        isWidgetHandle(message.handle) &&
        isKendoKind(message.kind) &&
        isFieldValue(message.value)
        ? asRequest(message)
        : null;
    case 'search':
      return hasOnlyKeys(message, [...SIGNATURE, 'id', 'handle', 'by', 'query']) &&
        isWidgetHandle(message.handle) &&
        (message.by === 'text' || message.by === 'value') &&
        isFieldValue(message.query) &&
        // An empty text query clears an earlier search; a code to look up is never empty.
        (message.by === 'text' || message.query.trim() !== '')
        ? asRequest(message)
        : null;
    case 'await-options':
      return hasOnlyKeys(message, [...SIGNATURE, 'id', 'handle', 'since', 'timeoutMs']) &&
        isWidgetHandle(message.handle) &&
        typeof message.since === 'string' &&
        SIGNATURE_TEXT.test(message.since) &&
        Number.isSafeInteger(message.timeoutMs) &&
        (message.timeoutMs as number) >= 0 &&
        (message.timeoutMs as number) <= MAX_AWAIT_MS
        ? asRequest(message)
        : null;
    default:
      return null;
  }
}

/** The longest a list may be waited for in one request. */
export const MAX_AWAIT_MS = 30_000;
const SIGNATURE_TEXT = /^(\d{1,4}:[0-9a-f]{8})?$/;

/**
 * A short fingerprint of a list's options ("count:hash", FNV-1a over codes and texts), so the
 * content script can ask for "options other than these" without sending them back.
 */
export function optionsSignature(options: readonly WidgetOption[]): string {
  let hash = 0x811c9dc5;
  for (const { value, text } of options) {
    for (const part of [value, '\u0001', text, '\u0002']) {
      for (let i = 0; i < part.length; i++) {
        hash ^= part.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
    }
  }
  return `${Math.min(options.length, 9999)}:${hash.toString(16).padStart(8, '0')}`;
}

function isWidgetOption(value: unknown): value is WidgetOption {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['value', 'text']) &&
    isString(value.value, MAX_VALUE_CHARS) &&
    isString(value.text, MAX_TEXT_CHARS)
  );
}

export function isWidgetState(value: unknown): value is WidgetState {
  if (!isPlainObject(value)) return false;
  if (
    !hasOnlyKeys(value, ['handle', 'kind', 'value', 'text', 'enabled'], ['options', 'complete', 'cascades'])
  ) {
    return false;
  }
  if (value.cascades !== undefined && typeof value.cascades !== 'boolean') return false;
  if (!isWidgetHandle(value.handle) || !isKendoKind(value.kind)) return false;
  if (!isString(value.value, MAX_VALUE_CHARS) || !isString(value.text, MAX_TEXT_CHARS)) return false;
  if (typeof value.enabled !== 'boolean') return false;
  if (value.complete !== undefined && typeof value.complete !== 'boolean') return false;
  if (value.options === undefined) return true;
  return (
    Array.isArray(value.options) && value.options.length <= MAX_OPTIONS && value.options.every(isWidgetOption)
  );
}

function isWidgetList(value: unknown): value is WidgetState[] {
  return Array.isArray(value) && value.length <= MAX_WIDGETS && value.every(isWidgetState);
}

/** Parses a report the content script received; null for anything it must ignore. */
export function parseBridgeReport(raw: unknown, secret: string): BridgeReport | null {
  const message = parseObject(raw, MAX_REPORT_CHARS);
  if (!message || !signed(message, secret)) return null;
  switch (message.type) {
    case 'ready':
      return hasOnlyKeys(message, [...SIGNATURE, 'kendo']) && typeof message.kendo === 'boolean'
        ? asReport(message)
        : null;
    case 'change':
      return hasOnlyKeys(message, [...SIGNATURE, 'widget']) && isWidgetState(message.widget)
        ? asReport(message)
        : null;
    case 'result': {
      if (!isId(message.id) || !isWidgetList(message.widgets)) return null;
      if (message.ok === true) {
        return hasOnlyKeys(message, [...SIGNATURE, 'id', 'ok', 'widgets']) ? asReport(message) : null;
      }
      return message.ok === false &&
        hasOnlyKeys(message, [...SIGNATURE, 'id', 'ok', 'error', 'widgets']) &&
        typeof message.error === 'string' &&
        BRIDGE_ERRORS.includes(message.error)
        ? asReport(message)
        : null;
    }
    default:
      return null;
  }
}
