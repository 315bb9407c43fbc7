/**
 * The taught fields (`src/page/taught.ts`) as stored and as exchanged in a file: zod-validated on
 * every write, every read and every import, in `storage.local` only (never synced, never sent).
 * Used by the background (teaching from the panel, the fill's allowed fields) and the options
 * page (list, remove, export, import).
 *
 * A page map file holds labels, ids, posted names, widgets and the chosen field keys, and
 * nothing else: its schema is strict, so a file carrying anything more (a value) is refused.
 * Stored entries that fail validation are moved aside under `taughtFields:setAside` and
 * counted for the options page, never dropped.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { FIELD_KEYS } from '../../../contracts/field-keys';
import { PAGE_KINDS } from '../../../page/page-kinds';
import { PAGE_MAP_FORMAT, TAUGHT_KEY, type TaughtField, taughtIdentity } from '../../../page/taught';

export const SET_ASIDE_KEY = `${TAUGHT_KEY}:setAside`;
/** Far more than a person teaches; keeps a hostile or broken file from filling storage. */
export const MAX_TAUGHT = 500;
export const MAX_FILE_CHARS = 200_000;

const text = z.string().max(300);
export const taughtFieldSchema = z
  .strictObject({
    page: z.enum(PAGE_KINDS).exclude(['unknown']),
    label: text,
    id: text,
    name: text,
    widget: z.enum(['text', 'dropdown', 'date', 'masked', 'checkbox', 'readonly', 'captcha']),
    key: z.enum(FIELD_KEYS),
  })
  .refine((entry) => entry.label !== '' || entry.id !== '' || entry.name !== '', {
    message: 'a label, an id or a name is needed to find the field',
  });

const pageMapFileSchema = z.strictObject({
  format: z.literal(PAGE_MAP_FORMAT),
  version: z.literal(1),
  /** A copied page map also lists what nobody taught yet (`unknown`); an import ignores it. */
  page: z.enum(PAGE_KINDS).optional(),
  lang: z.enum(['tr', 'en']).optional(),
  fields: z.array(taughtFieldSchema).max(MAX_TAUGHT),
  unknown: z
    .array(z.strictObject({ label: text, id: text, name: text, widget: z.string().max(20) }))
    .max(MAX_TAUGHT)
    .optional(),
});

export interface TaughtState {
  readonly fields: readonly TaughtField[];
  /** Stored entries that failed validation, kept under `SET_ASIDE_KEY`. */
  readonly setAside: number;
}

/** Reads the taught fields; invalid entries are moved aside (and counted), never dropped. */
export async function loadTaught(): Promise<TaughtState> {
  const stored = await browser.storage.local.get([TAUGHT_KEY, SET_ASIDE_KEY]);
  const raw = stored[TAUGHT_KEY] as { fields?: unknown } | undefined;
  const previous = Array.isArray(stored[SET_ASIDE_KEY]) ? (stored[SET_ASIDE_KEY] as unknown[]) : [];
  const entries = Array.isArray(raw?.fields) ? raw.fields : raw === undefined ? [] : [raw];
  const fields: TaughtField[] = [];
  const bad: unknown[] = [];
  for (const entry of entries) {
    const parsed = taughtFieldSchema.safeParse(entry);
    if (parsed.success) fields.push(parsed.data);
    else bad.push(entry);
  }
  if (bad.length > 0) {
    await browser.storage.local.set({
      [TAUGHT_KEY]: { version: 1, fields },
      [SET_ASIDE_KEY]: [...previous, ...bad],
    });
  }
  return { fields, setAside: previous.length + bad.length };
}

async function save(fields: readonly TaughtField[]): Promise<void> {
  await browser.storage.local.set({ [TAUGHT_KEY]: { version: 1, fields } });
}

/** Entries merged in: a field taught again (the same control) takes the newer key. */
export function mergeTaught(known: readonly TaughtField[], added: readonly TaughtField[]): TaughtField[] {
  const byControl = new Map(known.map((entry) => [taughtIdentity(entry), entry]));
  for (const entry of added) {
    byControl.delete(taughtIdentity(entry));
    byControl.set(taughtIdentity(entry), entry);
  }
  return [...byControl.values()];
}

/** Stores what a person taught from the panel. Throws on an invalid entry or a full store. */
export async function teachField(entry: unknown): Promise<readonly TaughtField[]> {
  const parsed = taughtFieldSchema.parse(entry);
  const { fields } = await loadTaught();
  const merged = mergeTaught(fields, [parsed]);
  if (merged.length > MAX_TAUGHT) throw new Error('too many taught fields');
  await save(merged);
  return merged;
}

/** Forgets one taught field (by `taughtIdentity`). */
export async function removeTaught(identity: string): Promise<readonly TaughtField[]> {
  const { fields } = await loadTaught();
  const kept = fields.filter((entry) => taughtIdentity(entry) !== identity);
  await save(kept);
  return kept;
}

/** The keys taught for a page kind (the fill may write them there). */
export async function taughtKeysFor(page: unknown): Promise<ReadonlySet<string>> {
  const { fields } = await loadTaught();
  return new Set(fields.filter((entry) => entry.page === page).map((entry) => entry.key));
}

/** The file a consultant hands to a colleague: no values, only what finds and names the fields. */
export function pageMapFileText(fields: readonly TaughtField[]): string {
  return `${JSON.stringify({ format: PAGE_MAP_FORMAT, version: 1, fields }, null, 2)}\n`;
}

export type PageMapProblem =
  | { readonly problem: 'too-big' }
  | { readonly problem: 'not-json' }
  | { readonly problem: 'not-a-page-map' }
  | { readonly problem: 'entry'; readonly index: number; readonly detail: string };

/** Reads a page map file; says what is wrong with one that cannot be used. Nothing is stored here. */
export function readPageMapFile(content: string): { fields: TaughtField[] } | PageMapProblem {
  if (content.length > MAX_FILE_CHARS) return { problem: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { problem: 'not-json' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof json !== 'object' || json === null || format !== PAGE_MAP_FORMAT)
    return { problem: 'not-a-page-map' };
  const parsed = pageMapFileSchema.safeParse(json);
  if (parsed.success) return { fields: parsed.data.fields };
  const issue = parsed.error.issues[0];
  const [list, index, ...rest] = issue?.path ?? [];
  if (list === 'fields' && typeof index === 'number') {
    return { problem: 'entry', index, detail: [rest.join('.'), issue?.message].filter(Boolean).join(': ') };
  }
  return { problem: 'not-a-page-map' };
}

/** Adds a page map file's fields to those taught here. */
export async function importTaught(fields: readonly TaughtField[]): Promise<readonly TaughtField[]> {
  const { fields: known } = await loadTaught();
  const merged = mergeTaught(known, fields);
  if (merged.length > MAX_TAUGHT) throw new Error('too many taught fields');
  await save(merged);
  return merged;
}
