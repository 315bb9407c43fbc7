import { COUNTRY_CODES } from '../../contracts/codes';
import { type Draft, type DraftTextKey, emptyDraft } from '../editor-check';
import type { MessageRef } from '../messages';
import { type CertificateData, parseCertificate } from './certificate';
import { type MrzData, parseMrz } from './mrz';

export type CaseDraftResult =
  | { readonly ok: true; readonly draft: Draft; readonly notices: readonly MessageRef[] }
  | { readonly ok: false; readonly error: MessageRef; readonly source: 'certificate' | 'mrz' | 'both' };

const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);

function mrzText(data: MrzData): Partial<Record<DraftTextKey, string>> {
  const text: Partial<Record<DraftTextKey, string>> = {
    passportNumber: data.documentNumber,
    birthDate: data.birthDate,
    passportExpiry: data.expiryDate,
  };
  if (data.surname) text.surname = data.surname;
  if (data.givenNames) text.givenName = data.givenNames;
  if (data.sex) text.gender = data.sex;
  if (data.nationality && KNOWN_COUNTRIES.has(data.nationality)) text.nationality = data.nationality;
  if (data.issuingState && KNOWN_COUNTRIES.has(data.issuingState))
    text.passportIssuingCountry = data.issuingState;
  return text;
}

/** The certificate's dates without a profile field go into the notes, labelled in TR and EN. */
function certificateText(data: CertificateData): Partial<Record<DraftTextKey, string>> {
  const text: Partial<Record<DraftTextKey, string>> = {};
  for (const key of [
    'applicationNumber',
    'passportNumber',
    'foreignerId',
    'surname',
    'givenName',
    'birthDate',
    'passportExpiry',
  ] as const) {
    const value = data[key];
    if (value !== undefined) text[key] = value;
  }
  const notes = [
    data.applicationDate ? `Başvuru tarihi / Application date: ${data.applicationDate}` : undefined,
    data.appointmentDate ? `Randevu tarihi / Appointment date: ${data.appointmentDate}` : undefined,
  ].filter((line): line is string => line !== undefined);
  if (notes.length > 0) text.notes = notes.join('\n');
  return text;
}

/**
 * A new-profile draft from a pasted certificate and/or MRZ. Where both give a value they must
 * agree (a different passport number means two documents were mixed up); nothing is saved here.
 */
export function caseDraft(certificateInput: string, mrzInput: string, today: Date): CaseDraftResult {
  const hasCertificate = certificateInput.trim() !== '';
  const hasMrz = mrzInput.trim() !== '';
  if (!hasCertificate && !hasMrz) return { ok: false, error: { key: 'import.case.empty' }, source: 'both' };

  const notices: MessageRef[] = [];
  let fromCertificate: Partial<Record<DraftTextKey, string>> = {};
  if (hasCertificate) {
    const result = parseCertificate(certificateInput);
    if (!result.ok) return { ok: false, error: result.error, source: 'certificate' };
    fromCertificate = certificateText(result.data);
    if (result.unrecognisedLines > 0) {
      notices.push({ key: 'import.certificate.skippedLines', params: { count: result.unrecognisedLines } });
    }
  }
  let fromMrz: Partial<Record<DraftTextKey, string>> = {};
  if (hasMrz) {
    const result = parseMrz(mrzInput, today);
    if (!result.ok) return { ok: false, error: result.error, source: 'mrz' };
    fromMrz = mrzText(result.data);
    notices.push(...result.notices);
  }
  for (const key of ['passportNumber', 'birthDate', 'passportExpiry'] as const) {
    const a = fromCertificate[key];
    const b = fromMrz[key];
    if (a !== undefined && b !== undefined && a !== b) {
      return {
        ok: false,
        error: { key: `import.case.mismatch.${key}`, params: { certificate: a, mrz: b } },
        source: 'both',
      };
    }
  }
  // Numbers and dates agree (checked above). Names: the MRZ drops diacritics and may truncate,
  // so names typed from the certificate win.
  return { ok: true, draft: { ...emptyDraft(), text: { ...fromMrz, ...fromCertificate } }, notices };
}
