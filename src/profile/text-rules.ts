import { z } from 'zod';
import { MAX_LENGTH } from './limits';
import { TR_DATE_PATTERN, trDateProblem } from './tr-date';

/**
 * Building blocks for profile strings. Every message is a key in `locales/<lang>/profile.json`
 * (`error.*`), so the same schema gives localized messages in the editor, the importer and the
 * "needs attention" list. Regexes (not refinements) are used where possible so the generated
 * JSON Schema (public/profile-format.schema.json) carries them as `pattern`s.
 */

/**
 * Control characters, Unicode line/paragraph separators and bidirectional overrides/isolates.
 * None belongs in a form field; bidi overrides can make a name or passport number display
 * differently from what it is ("Trojan Source"), so they are refused rather than shown.
 * Notes may also hold line breaks and tabs. Written as strings because listing control
 * characters is exactly what these patterns are for.
 */
const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F';
const INVISIBLE_LAYOUT = '\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';
const NOTES_CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const SINGLE_LINE = new RegExp(`^[^${CONTROLS}${INVISIBLE_LAYOUT}]*$`);
const MULTI_LINE = new RegExp(`^[^${NOTES_CONTROLS}${INVISIBLE_LAYOUT}]*$`);

/**
 * The message for a value of the wrong type, or for a required value that is missing. zod only
 * passes the input to an error function, so the distinction is made here.
 */
export const typeError =
  (expected: 'string' | 'boolean' | 'number' | 'option') =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined
      ? 'error.required'
      : expected === 'option'
        ? 'error.option'
        : `error.type.${expected}`;

/** Lone surrogates come from hand-made JSON (`"\ud800"`) and break every later encoder. */
const wellFormed = (value: string) => value.isWellFormed();

function safeText(max: number, lines: 'single' | 'multi' = 'single') {
  return z
    .string({ error: typeError('string') })
    .min(1, { error: 'error.empty' })
    .max(max, { error: 'error.tooLong' })
    .regex(lines === 'single' ? SINGLE_LINE : MULTI_LINE, { error: 'error.controlCharacter' })
    .refine(wellFormed, { error: 'error.controlCharacter' });
}

export const singleLineText = (max: number = MAX_LENGTH.text) => safeText(max);
export const notesText = () => safeText(MAX_LENGTH.notes, 'multi');

/**
 * Names in the passport's Latin spelling: Latin letters with their accents (ç, ğ, ş, é, ñ…),
 * spaces, hyphens, apostrophes and dots; at least one letter. Other scripts are refused.
 */
// Characters refused by SINGLE_LINE are let through here, so one bad character gives one message.
export const LATIN_NAME = new RegExp(
  `^(?=.*\\p{L})[\\p{Script=Latin}\\p{M} '’.${CONTROLS}${INVISIBLE_LAYOUT}-]*$`,
  'u',
);
export const nameText = () => safeText(MAX_LENGTH.name).regex(LATIN_NAME, { error: 'error.name.latin' });

/** dd.MM.yyyy, a real calendar date between 1900 and 2100. */
export const trDateText = () =>
  z
    .string({ error: typeError('string') })
    .regex(TR_DATE_PATTERN, { error: 'error.date.shape' })
    // Only reports a calendar problem when the shape is right, so one mistake gives one message.
    .refine((value) => trDateProblem(value) !== 'calendar', { error: 'error.date.calendar' })
    .refine((value) => trDateProblem(value) !== 'year', { error: 'error.date.year' });

export const MOBILE_PATTERN = /^5\d{9}$/;
export const FOREIGNER_ID_PATTERN = /^99\d{9}$/;
export const PASSPORT_NUMBER_PATTERN = /^[A-Z0-9]{5,20}$/;
export const APPLICATION_NUMBER_PATTERN = /^\d{4}-\d{2}-\d{7}$/;
export const CARD_SERIAL_PATTERN = /^[A-Z]{1,3}$/;
export const CARD_NUMBER_PATTERN = /^\d{1,12}$/;
/** Ids are generated (`crypto.randomUUID()`); older or hand-made ones only need to be tame. */
export const PROFILE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const patterned = (pattern: RegExp, error: string) =>
  z.string({ error: typeError('string') }).regex(pattern, { error });

export const profileId = () => patterned(PROFILE_ID_PATTERN, 'error.id');
