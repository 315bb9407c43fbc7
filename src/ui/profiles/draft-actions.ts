import { exportCsvFileName, exportCsvText } from '../../profile/csv';
import { type Draft, profileToDraft } from '../../profile/editor-check';
import { exportFileName, exportFileText } from '../../profile/export-file';
import type { Profile } from '../../profile/schema';
import { downloadText } from './download';

/**
 * A copy for a new profile, e.g. a family member: everything but the documents that identify one
 * person (passport, foreigner id, permit card, application number), the given name and birth date.
 */
export function duplicateDraft(profile: Profile): Draft {
  const draft = profileToDraft(profile);
  const {
    givenName: _givenName,
    birthDate: _birthDate,
    passportNumber: _passport,
    passportIssueDate: _issued,
    passportExpiry: _expiry,
    foreignerId: _foreignerId,
    permitCardSerial: _serial,
    permitCardNumber: _card,
    applicationNumber: _application,
    ...kept
  } = draft.text;
  return { ...draft, text: kept, dependantIds: [] };
}

export function exportProfiles(profiles: readonly Profile[], now: Date = new Date()): void {
  downloadText(exportFileName(profiles.length, now), exportFileText(profiles, now));
}

/** The client list as a spreadsheet (docs/profile-format.md, "CSV"). */
export function exportProfilesCsv(profiles: readonly Profile[], now: Date = new Date()): void {
  downloadText(exportCsvFileName(profiles.length, now), exportCsvText(profiles), 'text/csv');
}
