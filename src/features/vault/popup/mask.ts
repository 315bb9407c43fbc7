/** Passport numbers and foreigner ids on screen: only the last four characters, "•••5678". */
export const MASK_DOTS = '•••';
const SHOWN = 4;

export function lastFour(value: string): string {
  return value.slice(-SHOWN);
}

/** "U12345678" → "•••5678"; values of four characters or fewer are all dots. */
export function maskId(value: string): string {
  return value.length <= SHOWN ? MASK_DOTS : `${MASK_DOTS}${lastFour(value)}`;
}
