import type { FieldKey } from '../../contracts/field-keys';
import type { RecognizedField } from '../../page/recognition-types';

/**
 * Captcha, consent and verification codes are the user's alone (docs/site.md#human-gates). Their
 * badges say only "Fill this yourself": any hint text could be mistaken for an answer.
 */
const HUMAN_GATE_KEYS: ReadonlySet<FieldKey> = new Set(['captcha', 'consent', 'verificationCode']);

export function isHumanGate(field: Pick<RecognizedField, 'key' | 'widget'>): boolean {
  return HUMAN_GATE_KEYS.has(field.key) || field.widget === 'captcha';
}
