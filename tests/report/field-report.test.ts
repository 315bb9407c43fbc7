/**
 * Drift in numbers (`npm run report:fields`): over every replica page, in TR and EN, rebuilt as
 * every generated variant (tests/support/page-variants.ts), the share of fields recognised and
 * the share filled correctly from a complete profile, and the fields filled wrongly (which must
 * stay 0), with precision and recall per field key, as Firefox's form-autofill classifier
 * reports them. Kendo lists are played by the unit tests' fake bridge holding the replica's own
 * list data (reworded and delayed as the list variants do it, on fake timers).
 *
 * Truth is the page as served: its recognised fields (checked against
 * tests/unit/page/replica-expectations.ts), element by element; a variant keeps the elements
 * (it moves and re-attributes them), so a key found on another element is a false positive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { FieldKey } from '../../src/contracts/field-keys';
import { fillPage } from '../../src/features/fill/page/fill';
import { chooseHere } from '../../src/features/fill/page/option-choice';
import type { WidgetOption } from '../../src/page/bridge-protocol';
import type { RecognizedField } from '../../src/page/recognition-types';
import { recognizePage } from '../../src/page/recognize';
import { profileFieldValues } from '../../src/profile/field-values';
import { profileSchema } from '../../src/profile/schema';
import {
  countries,
  districts,
  type KodAciklama,
  neighbourhoods,
  provinces,
  purposes,
} from '../fixtures/eikamet/server/data';
import { affixedOptionText, applyPageVariant, LIST_VARIANTS, PAGE_VARIANTS } from '../support/page-variants';
import { PROFILE_RECORD } from '../support/profile-seed';
import { REPLICA_LANGS, REPLICA_PAGES, type ReplicaLang } from '../support/replica';
import { type FakeWidget, fakeBridge } from '../unit/page/fill-helpers';
import { REPLICA_EXPECTATIONS } from '../unit/page/replica-expectations';
import { loadSnapshot, pageUrl } from '../unit/page/variant-pages';

const VALUES = profileFieldValues(profileSchema.parse(PROFILE_RECORD));

/** The code each list must end up holding for the profile (the replica's codes). */
const LIST_CODES: Partial<Record<FieldKey, string>> = {
  gender: '1',
  maritalStatus: '2',
  passportType: '1',
  nationality: '760',
  birthCountry: '760',
  passportIssuingCountry: '760',
  permitType: '1',
  permitPurpose: '106',
  insuranceType: '1',
  province: '34',
  district: '3402',
  neighbourhood: '340201',
  contactPreference: '2',
};

/** Which list a dependent list is filled from, by the replica's ids. */
const PARENT_ID: Readonly<Record<string, string>> = {
  Adres_Ilce: 'Adres_Il',
  Adres_Mahalle: 'Adres_Ilce',
  IkametIzni_KalisAmaci: 'IkametIzni_Turu',
};

/** Local list items by input id, read from the replica's page and partial sources. */
function localLists(lang: ReplicaLang): Map<string, KodAciklama[]> {
  const lists = new Map<string, KodAciklama[]>();
  const root = join(process.cwd(), 'tests/fixtures/eikamet');
  for (const dir of [join(root, 'pages', lang), join(root, 'partials', lang)]) {
    for (const file of readdirSync(dir)) {
      const html = readFileSync(join(dir, file), 'utf8');
      for (const [, id, body] of html.matchAll(
        /jQuery\('#(\w+)'\)\.kendoDropDownList\(\{\s*dataSource:\s*\[([\s\S]*?)\]/g,
      )) {
        const items = [...(body ?? '').matchAll(/kod:\s*(\d+),\s*aciklama:\s*'([^']*)'/g)].map(
          ([, kod, text]) => ({
            kod: String(kod),
            aciklama: String(text),
          }),
        );
        if (id && items.length > 0) lists.set(id, items);
      }
    }
  }
  return lists;
}

const REMOTE: Readonly<Record<string, (lang: ReplicaLang, parent: string) => KodAciklama[]>> = {
  Adres_Il: () => provinces(),
  Adres_Ilce: (_lang, parent) => districts(parent),
  Adres_Mahalle: (_lang, parent) => neighbourhoods(parent),
  IkametIzni_KalisAmaci: (lang, parent) => purposes(parent, lang),
};

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  filled: number;
  wrong: number;
  expected: number;
}
const byKey = new Map<FieldKey, Tally>();
const tally = (key: FieldKey): Tally => {
  let entry = byKey.get(key);
  if (!entry) {
    entry = { tp: 0, fp: 0, fn: 0, filled: 0, wrong: 0, expected: 0 };
    byKey.set(key, entry);
  }
  return entry;
};
const wrongFills: string[] = [];

/** Fake Kendo widgets for the page's fields, holding the replica's data, as the variant words and delays it. */
function pageWidgets(fields: readonly RecognizedField[], lang: ReplicaLang, variant: string): FakeWidget[] {
  const local = localLists(lang);
  const settings = LIST_VARIANTS[variant as keyof typeof LIST_VARIANTS];
  const widgets: FakeWidget[] = [];
  for (const field of fields) {
    const { element } = field;
    if (!element.hasAttribute('data-role')) continue;
    const id = element.id;
    const name = element.getAttribute('name') ?? '';
    const kind = field.widget === 'date' ? 'date' : field.widget === 'masked' ? 'masked' : 'dropdown';
    const reword = (items: KodAciklama[]): WidgetOption[] =>
      items.map((item, index) => ({
        value: item.kod,
        text:
          settings?.affixed && !/Il$|Ulke|Uyruk/.test(name)
            ? affixedOptionText(name, item.aciklama, index, lang)
            : item.aciklama,
      }));
    const base = { inputId: `${id}#${widgets.length}`, element, kind, value: '' } as const;
    if (kind !== 'dropdown') {
      widgets.push(base);
      continue;
    }
    const parentId = PARENT_ID[id];
    if (parentId) {
      widgets.push({
        ...base,
        all: [],
        enabled: false,
        dependsOn: `${parentId}#${widgets.findIndex((widget) => widget.inputId.startsWith(`${parentId}#`))}`,
        optionsFor: (parent) => reword(REMOTE[id]?.(lang, parent) ?? []),
        delayMs: settings?.delayMs ?? 0,
        disabledUntilLoaded: true,
      });
    } else if (REMOTE[id]) widgets.push({ ...base, all: reword(REMOTE[id]?.(lang, '') ?? []) });
    else if (/Ulke|Uyruk|uyruk/i.test(id))
      widgets.push({ ...base, all: reword(countries(lang)), pageSize: 30 });
    else widgets.push({ ...base, all: reword(local.get(id) ?? []) });
  }
  return widgets;
}

function expectedValue(field: RecognizedField): string | undefined {
  const list = LIST_CODES[field.key];
  if (field.widget === 'dropdown') return list;
  const raw = VALUES[field.key];
  if (raw === undefined) return undefined;
  return field.widget === 'masked' ? raw.replace(/\D/g, '') : raw;
}

async function settle<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const finished = work.finally(() => {
    done = true;
  });
  while (!done) await vi.advanceTimersByTimeAsync(25);
  return finished;
}

const FORM_PAGES = REPLICA_PAGES.filter((page) => (REPLICA_EXPECTATIONS[page.id]?.keys.length ?? 0) > 0);

describe.each(REPLICA_LANGS)('%s', (lang) => {
  describe.each(FORM_PAGES.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    it.each(['as served', ...PAGE_VARIANTS])('%s', async (variant) => {
      vi.useFakeTimers();
      try {
        const doc = loadSnapshot(lang, page.id);
        const served = recognizePage(doc, pageUrl(page));
        const truth = new Map(served.fields.map((field) => [field.key, field]));
        const widgets = pageWidgets(served.fields, lang, variant);
        let url = pageUrl(page);
        if (variant !== 'as served') {
          const result = applyPageVariant(doc, variant, 7);
          url = pageUrl(page, result.path);
          if (variant === 'injected-late') await vi.advanceTimersByTimeAsync(200);
        }
        const seen = recognizePage(doc, url);
        // Recognition, element by element.
        const found = new Set<FieldKey>();
        for (const field of seen.fields) {
          const right = truth.get(field.key);
          const same = right && (right.element === field.element || !right.element.isConnected);
          if (same) {
            tally(field.key).tp += 1;
            found.add(field.key);
          } else tally(field.key).fp += 1;
        }
        for (const key of truth.keys()) if (!found.has(key)) tally(key).fn += 1;

        // Fill from the complete profile.
        document.body.replaceChildren(
          ...Array.from(doc.body.childNodes).map((node) => document.adoptNode(node)),
        );
        const bridge = fakeBridge(widgets);
        const report = await settle(fillPage(seen, VALUES, bridge, { choose: chooseHere }));
        for (const field of served.fields) {
          if (!field.fillable || expectedValue(field) === undefined) continue;
          // A value the variant prints as text is not a field to fill any more.
          if (seen.fields.some((other) => other.key === field.key && other.widget === 'readonly')) continue;
          tally(field.key).expected += 1;
        }
        for (const result of report.results) {
          if (result.outcome !== 'filled') continue;
          const field = seen.fields.find((candidate) => candidate.key === result.key);
          const right = truth.get(result.key);
          const expected = right ? expectedValue(right) : undefined;
          const onRightElement =
            field !== undefined && right !== undefined && field.element === right.element;
          if (onRightElement && expected !== undefined && result.value === expected)
            tally(result.key).filled += 1;
          else {
            tally(result.key).wrong += 1;
            wrongFills.push(
              `${lang} ${page.id} ${variant}: ${result.key}=${result.value} (expected ${expected})`,
            );
          }
        }
      } finally {
        vi.useRealTimers();
      }
    });
  });
});

afterAll(() => {
  const pct = (part: number, whole: number) =>
    whole === 0 ? '   —  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
  const rows = [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b));
  const sum = (pick: (t: Tally) => number) => rows.reduce((total, [, t]) => total + pick(t), 0);
  const lines = [
    'Fields over every replica page (TR, EN) and every generated variant',
    `${'field key'.padEnd(26)} precision  recall   filled ok   wrong`,
    ...rows.map(
      ([key, t]) =>
        `${key.padEnd(26)} ${pct(t.tp, t.tp + t.fp)}   ${pct(t.tp, t.tp + t.fn)}  ${pct(t.filled, t.expected)}  ${String(t.wrong).padStart(6)}`,
    ),
    `${'all fields'.padEnd(26)} ${pct(
      sum((t) => t.tp),
      sum((t) => t.tp + t.fp),
    )}   ${pct(
      sum((t) => t.tp),
      sum((t) => t.tp + t.fn),
    )}  ${pct(
      sum((t) => t.filled),
      sum((t) => t.expected),
    )}  ${String(sum((t) => t.wrong)).padStart(6)}`,
    ...wrongFills.slice(0, 20).map((line) => `  wrong: ${line}`),
  ];
  console.log(lines.join('\n'));
  expect(wrongFills).toEqual([]);
});
