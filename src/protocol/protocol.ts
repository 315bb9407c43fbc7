/**
 * Every message between the content script (and our extension pages) and the background, in
 * one map: its name, the request's zod schema and the answer's. The background's router
 * (`src/background/router.ts`) checks each request against it before a handler runs and each
 * answer before it leaves; the sender (`send.ts`) imports only the types derived here, so the
 * content script carries no zod and checks nothing twice (its answers come from our own
 * background, which checked them).
 *
 * Where a wire shape is only a wire shape (the assessment, the checklist view, the fill's
 * answers) its type is derived from the schema below and declared nowhere else. Where the shape
 * is a type the code works with elsewhere (a Finding, the application session, an option
 * answer), the schema `satisfies` that type, so the compiler keeps the two equal.
 */
import { z } from 'zod';
import { FIELD_KEYS } from '../contracts/field-keys';
import { LANGUAGES } from '../contracts/languages';
import { NOTE_TONES, REQUIREMENTS } from '../domain/checklists/types';
import { trDateOrNull } from '../domain/dates';
import { CONFIDENCE_LEVELS, type Finding, type RuleSource } from '../domain/findings';
import { APPLICATION_KINDS, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../domain/permits';
import type { OptionAnswer } from '../features/fill/page/fill';
import { taughtFieldSchema } from '../features/teach/store/taught-store';
import { type CatalogueReply, type FillCatalogue, NAMESPACES } from '../i18n/catalogue';
import { PAGE_KINDS } from '../page/page-kinds';
import { checklistWireSchema, printRequestSchema } from '../permit-application/checklist-schema';
import {
  type ApplicationSession,
  MAX_TEXT_CHARS,
  MAX_TICK_CHARS,
  MAX_TICKS,
  MAX_VALUE_CHARS,
  SESSION_FIELDS,
  type SessionPatch,
  type SessionValue,
} from '../permit-application/session';

// ——— Building blocks ———

const text = (max: number) => z.string().max(max);
/** A bounded list, read-only like the types the code works with. */
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).readonly();
/** A request with nothing in it. */
const nothing = z.object({});

const TR_DATE = /^\d{2}\.\d{2}\.\d{4}$/;
/** dd.MM.yyyy on the wire, a calendar date for the handler; an impossible date is malformed. */
const trDate = z
  .string()
  .max(10)
  .transform((value, context) => {
    const date = trDateOrNull(value);
    if (date) return date;
    context.addIssue({ code: 'custom', message: 'not a dd.MM.yyyy date' });
    return z.NEVER;
  });

/** Message parameters: dates already formatted, numbers as numbers. */
const paramsSchema = z.record(z.string(), z.union([text(200), z.number()]));

// ——— Catalogues (`messages`, `fill-messages`) ———

const messagesSchema = z.record(z.string(), z.string());
const catalogueSchema = z.partialRecord(z.enum(NAMESPACES), messagesSchema);
const catalogueReplySchema = z.object({
  lang: z.enum(LANGUAGES),
  primary: catalogueSchema,
  fallback: catalogueSchema,
}) satisfies z.ZodType<CatalogueReply>;

const fillCatalogueSchema = z.object({
  lang: z.enum(LANGUAGES),
  primary: messagesSchema,
  fallback: messagesSchema,
  css: z.string(),
}) satisfies z.ZodType<FillCatalogue>;

// ——— The application session (`application-session*`) ———

const sessionValueSchema = z.object({
  value: text(MAX_VALUE_CHARS),
  text: text(MAX_TEXT_CHARS).optional(),
}) satisfies z.ZodType<SessionValue>;
/** Only the session's own fields: anything else the page has is never kept. */
const sessionValuesSchema = z.partialRecord(z.enum(SESSION_FIELDS), sessionValueSchema);
const choicesSchema = z.object({
  permitType: z.enum(PERMIT_TYPES).optional(),
  purpose: z.enum(SHORT_TERM_PURPOSES).optional(),
  kind: z.enum(APPLICATION_KINDS).optional(),
});
const ticksSchema = list(text(MAX_TICK_CHARS), MAX_TICKS);

/** A tab's session, as the background keeps it in `storage.session` and answers it. */
export const sessionSchema = z.object({
  kind: z.enum(APPLICATION_KINDS).nullable(),
  values: sessionValuesSchema,
  choices: choicesSchema,
  ticks: ticksSchema,
}) satisfies z.ZodType<ApplicationSession>;

const sessionPatchSchema = z.object({
  kind: z.enum(APPLICATION_KINDS).nullable().optional(),
  values: z.partialRecord(z.enum(SESSION_FIELDS), sessionValueSchema.nullable()).optional(),
  choices: choicesSchema.optional(),
  ticks: ticksSchema.optional(),
  reset: z.boolean().optional(),
}) satisfies z.ZodType<SessionPatch>;

// ——— Live findings (`assess`) ———

const ruleSourceSchema = z.object({
  reference: text(500),
  citation: text(500).optional(),
  url: text(500),
  copyUrl: text(500).optional(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  lastVerified: text(20),
}) satisfies z.ZodType<RuleSource>;

const findingSchema = z.object({
  ruleId: text(80),
  severity: z.enum(['error', 'warning', 'info']),
  messageKey: text(120),
  params: paramsSchema,
  fields: list(z.enum(FIELD_KEYS), FIELD_KEYS.length),
  source: ruleSourceSchema,
}) satisfies z.ZodType<Finding>;

const assessmentSchema = z.object({
  /** Errors first, then warnings, then information, as `evaluate` sorts them. */
  findings: list(findingSchema, 100),
  permitType: z.enum(PERMIT_TYPES).optional(),
  /** Only for short-term permits. */
  purpose: z.enum(SHORT_TERM_PURPOSES).optional(),
  /** dd.MM.yyyy, when a page showed a valid one. */
  birthDate: z.string().regex(TR_DATE).optional(),
});
/** The live findings for the application in a tab, plus the few facts the panel's checklist needs. */
export type Assessment = z.output<typeof assessmentSchema>;

// ——— The document checklist (`checklist`) ———

const checklistAlternativeSchema = z.object({
  id: text(200),
  titleKey: text(200),
  noteKey: text(200).optional(),
  /** True when the user's situation points to this alternative. */
  matchesSituation: z.boolean(),
});

const checklistItemSchema = z.object({
  id: text(200),
  titleKey: text(200),
  noteKey: text(200).optional(),
  params: paramsSchema.optional(),
  requirement: z.enum(REQUIREMENTS),
  conditionMessageKey: text(200),
  /** "One of the following" items: met by any one of these. */
  alternatives: list(checklistAlternativeSchema, 20).optional(),
});

const checklistNoteSchema = z.object({
  id: text(200),
  messageKey: text(200),
  params: paramsSchema.optional(),
  tone: z.enum(NOTE_TONES),
});

/** The engine's `ChecklistResult`, trimmed to what the panel shows. */
const checklistViewSchema = z.object({
  status: z.enum(['ok', 'uncertain', 'impossible']),
  statusMessageKey: text(200),
  items: list(checklistItemSchema, 200),
  notes: list(checklistNoteSchema, 200),
});
export type ChecklistView = z.output<typeof checklistViewSchema>;
export type ChecklistViewItem = ChecklistView['items'][number];
export type ChecklistViewAlternative = NonNullable<ChecklistViewItem['alternatives']>[number];
export type ChecklistViewNote = ChecklistView['notes'][number];

// ——— The fill (`active-profile`, `fill-values`, `choose-options`) ———

const activeProfileSummarySchema = z.object({
  id: z.string(),
  /** Given name(s) then surname, as typed in the profile: "Omar Haddad". */
  displayName: z.string(),
});
/** Which profile would fill, for the button (no values). */
export type ActiveProfileSummary = z.output<typeof activeProfileSummarySchema>;

const activeProfileValuesSchema = activeProfileSummarySchema.extend({
  /** Page-ready values (`profileFieldValues`): dates dd.MM.yyyy, mobile 10 digits, list codes. */
  values: z.partialRecord(z.enum(FIELD_KEYS), z.string()),
});
/** The background's answer at click time: the page's fields from the active, valid profile. */
export type ActiveProfileValues = z.output<typeof activeProfileValuesSchema>;

/** A wizard step has a handful of lists; a country or neighbourhood list a few thousand options at most. */
const MAX_QUESTIONS = 64;
const MAX_OPTIONS = 20_000;
const MAX_OPTION_TEXT = 500;

const widgetOptionSchema = z.object({ value: text(MAX_OPTION_TEXT), text: text(MAX_OPTION_TEXT) });

const optionAnswerSchema = z.union([
  z.object({ option: widgetOptionSchema }),
  z.object({
    reason: z.enum(['option-not-found', 'option-ambiguous']),
    closest: z.array(z.string()).readonly().optional(),
    queries: z.array(z.string()).readonly().optional(),
  }),
]) satisfies z.ZodType<OptionAnswer>;

/** A page's list as the fill found it before asking for values: which field, and its options. */
const listOnPageSchema = z.object({
  key: z.enum(FIELD_KEYS),
  options: list(widgetOptionSchema, MAX_OPTIONS),
});

/** The values at click time, with the option each list should get (asked in the same round trip). */
const fillValuesAnswerSchema = activeProfileValuesSchema.extend({
  choices: list(
    z.object({ key: z.enum(FIELD_KEYS), value: text(MAX_OPTION_TEXT), answer: optionAnswerSchema }),
    MAX_QUESTIONS,
  ).optional(),
});
/** The background's answer to `fill-values`. */
export type FillValuesAnswer = z.output<typeof fillValuesAnswerSchema>;

// ——— The map ———

/** Every message: its name, what it asks and what it is answered. */
export const protocol = {
  /** The overlay's texts in a language plus English (`src/i18n/catalogue.ts`). */
  messages: {
    request: z.object({ lang: z.enum(LANGUAGES), namespaces: list(z.enum(NAMESPACES), 16).optional() }),
    response: catalogueReplySchema,
  },
  /**
   * The recognition tables as JSON (`src/page/tables-wire.ts`) and the overlay's stylesheet:
   * fixed parts of the extension that the content script does not carry.
   */
  'overlay-assets': { request: nothing, response: z.object({ tables: text(200_000), css: text(100_000) }) },
  /** The application in progress in the sender's tab. */
  'application-session': { request: nothing, response: sessionSchema },
  /** The tab's session after the patch. */
  'application-session-update': { request: z.object({ patch: sessionPatchSchema }), response: sessionSchema },
  /** The application ended: the tab's session is forgotten. */
  'application-session-end': { request: nothing, response: z.null() },
  /** Every rule over the session's values. */
  assess: {
    request: z.object({
      values: sessionValuesSchema,
      kind: z.enum(APPLICATION_KINDS).nullable(),
      today: trDate,
      /** The page's language, so a finding quotes an option as the page shows it. */
      pageLang: z.enum(['tr', 'en']).optional(),
    }),
    response: assessmentSchema,
  },
  /** The document checklist for a permit type, purpose, kind and age. */
  checklist: { request: checklistWireSchema, response: checklistViewSchema },
  /** Opens our printable checklist page beside the tab. */
  'checklist-print': { request: z.object({ print: printRequestSchema }), response: z.null() },
  /** Which option of each list holds the profile value being filled. */
  'choose-options': {
    request: z.object({
      lang: z.enum(['tr', 'en']),
      questions: list(
        z.object({
          key: z.enum(FIELD_KEYS),
          value: text(MAX_OPTION_TEXT),
          options: list(widgetOptionSchema, MAX_OPTIONS),
        }),
        MAX_QUESTIONS,
      ),
    }),
    response: list(optionAnswerSchema, MAX_QUESTIONS),
  },
  /** Which profile would fill (no values); null when none is chosen or it is invalid. */
  'active-profile': { request: nothing, response: activeProfileSummarySchema.nullable() },
  /**
   * At the person's click: the values of this page's fields from the profile the button named;
   * null when the chosen profile is no longer that one.
   */
  'fill-values': {
    request: z.object({
      page: z.enum(PAGE_KINDS),
      keys: list(z.enum(FIELD_KEYS), 256),
      profileId: text(200),
      /**
       * The page's lists, so the option each should get comes back with the values: the fill
       * then needs one round trip to the background before it starts, not two.
       */
      lists: z
        .object({ lang: z.enum(['tr', 'en']), lists: list(listOnPageSchema, MAX_QUESTIONS) })
        .optional(),
    }),
    response: fillValuesAnswerSchema.nullable(),
  },
  /** The fill section's texts in a language plus English, and its stylesheet. */
  'fill-messages': { request: z.object({ lang: z.enum(LANGUAGES) }), response: fillCatalogueSchema },
  /** Stores a field a person taught; answered with how many fields are taught now. */
  'teach-field': { request: z.object({ entry: taughtFieldSchema }), response: z.number().int() },
} as const satisfies Record<string, { readonly request: z.ZodType; readonly response: z.ZodType }>;

export type ProtocolMap = typeof protocol;
export type MessageType = keyof ProtocolMap;
/** What a sender passes. */
export type RequestOf<K extends MessageType> = z.input<ProtocolMap[K]['request']>;
/** What a handler receives, once the router has checked it. */
export type CheckedRequestOf<K extends MessageType> = z.output<ProtocolMap[K]['request']>;
/** What a handler may return (the router checks it, and sends only the declared parts). */
export type AnswerOf<K extends MessageType> = z.input<ProtocolMap[K]['response']>;
/** What the sender receives. */
export type ResponseOf<K extends MessageType> = z.output<ProtocolMap[K]['response']>;

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(protocol, value);
}
