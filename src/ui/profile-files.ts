/** Profiles saved as files from the popup or the options page, on the person's click. */
import { exportCsvFileName, exportCsvText } from '../profile/csv';
import { exportFileName, exportFileText } from '../profile/export-file';
import type { Profile } from '../profile/schema';
import { downloadText } from './download';

/** Every profile as a backup file (docs/profile-format.md). */
export function exportProfiles(profiles: readonly Profile[], now: Date = new Date()): void {
  downloadText(exportFileName(profiles.length, now), exportFileText(profiles, now));
}

/** The client list as a spreadsheet (docs/profile-format.md, "CSV"). */
export function exportProfilesCsv(profiles: readonly Profile[], now: Date = new Date()): void {
  downloadText(exportCsvFileName(profiles.length, now), exportCsvText(profiles), 'text/csv');
}
