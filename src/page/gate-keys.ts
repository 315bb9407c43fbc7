import type { FieldKey } from '../contracts/field-keys';

/** Keys that are human gates: recognised so they can be excluded, never filled or scored as drift-prone data. */
export const GATE_KEYS: ReadonlySet<FieldKey> = new Set(['captcha', 'consent', 'verificationCode']);
