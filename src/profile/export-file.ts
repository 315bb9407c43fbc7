import type { ProfileFile } from './file-format';
import { PROFILE_FILE_FORMAT, PROFILE_VERSION, type Profile } from './schema';

/** The versioned export document (docs/profile-format.md). */
export function buildExportFile(profiles: readonly Profile[], now: Date = new Date()): ProfileFile {
  return {
    format: PROFILE_FILE_FORMAT,
    version: PROFILE_VERSION,
    exportedAt: now.toISOString(),
    profiles: [...profiles],
  };
}

/** Compact JSON (no indentation): 10,000 profiles took 12.6 MB indented. */
export function exportFileText(profiles: readonly Profile[], now: Date = new Date()): string {
  return `${JSON.stringify(buildExportFile(profiles, now))}\n`;
}

/** `eikamet-profiles-2026-05-04-3.json`: date and count, no names (the file name is not private). */
export function exportFileName(count: number, now: Date = new Date()): string {
  const date = now.toISOString().slice(0, 10);
  return `eikamet-profiles-${date}-${count}.json`;
}
