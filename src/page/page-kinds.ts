export const PAGE_KINDS = [
  'home',
  'options',
  'first-entry',
  'extension-entry',
  'transfer-entry',
  'continue',
  'status',
  'verification',
  'wizard-personal',
  'wizard-passport',
  'wizard-permit',
  'wizard-address',
  'wizard-insurance',
  'wizard-summary',
  'unknown',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];
