/** Passphrase rules for the vault and encrypted exports. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseStrength = 'weak' | 'fair' | 'strong';

/**
 * A rough hint, not a guarantee: length counts most; four or more words, or a long mix of
 * letters, digits and signs, is strong. Counted in code points so Arabic or Cyrillic count fairly.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 3).length;
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((kind) => kind.test(passphrase)).length;
  if (length >= 20 || (words >= 4 && length >= 16) || (length >= 14 && kinds === 3)) return 'strong';
  if (length >= 12) return 'fair';
  return 'weak';
}

export type PassphraseProblem = { key: 'fail.tooShort'; min: number } | { key: 'fail.mismatch' };

/** Why a new passphrase is refused, or null. */
export function checkNewPassphrase(passphrase: string, confirmation: string): PassphraseProblem | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return { key: 'fail.tooShort', min: MIN_PASSPHRASE_LENGTH };
  if (passphrase !== confirmation) return { key: 'fail.mismatch' };
  return null;
}
