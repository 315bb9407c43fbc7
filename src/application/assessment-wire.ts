/**
 * Live checks cross from the content script to the background and back as plain JSON:
 *
 *   { type: 'assess', values: SessionValues, kind, today: 'dd.MM.yyyy', pageLang: 'tr' | 'en' }  →  Assessment
 *
 * The background maps the values to ApplicationFacts and runs every rule
 * (`src/background/assess-handler.ts`); the rules, their sources and the date arithmetic stay
 * out of the content script, which must load fast on every e-İkamet page. The answer carries
 * the findings plus the few facts the panel's checklist needs. Shared by both ends, so it
 * stays dependency-free: hand-written checks.
 */

import { type FieldKey, isFieldKey } from '../contracts/field-keys';
import { CONFIDENCE_LEVELS, type Confidence, type Finding, type Severity } from '../domain/findings';
import { PERMIT_TYPES, type PermitType, SHORT_TERM_PURPOSES, type ShortTermPurpose } from '../domain/permits';

export interface Assessment {
  /** Errors first, then warnings, then information, as `evaluate` sorts them. */
  readonly findings: readonly Finding[];
  readonly permitType?: PermitType;
  /** Only for short-term permits. */
  readonly purpose?: ShortTermPurpose;
  /** dd.MM.yyyy, when a page showed a valid one. */
  readonly birthDate?: string;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];
const MAX_FINDINGS = 100;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 2_000): value is string =>
  typeof value === 'string' && value.length <= max;

function parseFinding(value: unknown): Finding | null {
  if (!isObject(value) || !isObject(value.source) || !isObject(value.params)) return null;
  const { ruleId, severity, messageKey, fields, source, params } = value;
  if (!isText(ruleId, 80) || !isText(messageKey, 120)) return null;
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) return null;
  if (!Array.isArray(fields) || !fields.every((key) => typeof key === 'string' && isFieldKey(key)))
    return null;
  if (!Object.values(params).every((entry) => isText(entry, 200) || typeof entry === 'number')) return null;
  const { reference, citation, url, copyUrl, confidence, lastVerified } = source;
  if (!isText(reference, 500) || !isText(url, 500) || !isText(lastVerified, 20)) return null;
  if (copyUrl !== undefined && !isText(copyUrl, 500)) return null;
  if (citation !== undefined && !isText(citation, 500)) return null;
  if (typeof confidence !== 'string' || !(CONFIDENCE_LEVELS as readonly string[]).includes(confidence)) {
    return null;
  }
  return {
    ruleId,
    severity: severity as Severity,
    messageKey,
    params: params as Finding['params'],
    fields: fields as FieldKey[],
    source: {
      reference,
      ...(citation === undefined ? {} : { citation }),
      url,
      ...(copyUrl === undefined ? {} : { copyUrl }),
      confidence: confidence as Confidence,
      lastVerified,
    },
  };
}

/** An assessment from the background; null for anything malformed. */
export function parseAssessment(value: unknown): Assessment | null {
  if (!isObject(value) || !Array.isArray(value.findings) || value.findings.length > MAX_FINDINGS) return null;
  const findings = value.findings.map(parseFinding);
  if (findings.some((finding) => finding === null)) return null;
  const { permitType, purpose, birthDate } = value;
  if (permitType !== undefined && !(PERMIT_TYPES as readonly unknown[]).includes(permitType)) return null;
  if (purpose !== undefined && !(SHORT_TERM_PURPOSES as readonly unknown[]).includes(purpose)) return null;
  if (birthDate !== undefined && !(isText(birthDate, 10) && /^\d{2}\.\d{2}\.\d{4}$/.test(birthDate)))
    return null;
  return {
    findings: findings as Finding[],
    ...(permitType === undefined ? {} : { permitType: permitType as PermitType }),
    ...(purpose === undefined ? {} : { purpose: purpose as ShortTermPurpose }),
    ...(birthDate === undefined ? {} : { birthDate }),
  };
}
