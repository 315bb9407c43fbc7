/**
 * The fill engine on the replica rebuilt as the list variants of tests/support/page-variants.ts,
 * with real Kendo widgets: dependent lists wired by the parent's own change handler (their data
 * 0, 300 or 1,500 ms later, through setDataSource or dataSource.read()), every local list's
 * data source replaced after load, option texts with prefixes and suffixes. A fill from a
 * complete profile sets every list it has a value for, dependent ones included, and undo puts
 * the page back. The engine runs in the page (tests/support/fill-engine-harness.ts; run
 * `npx wxt build` first for the bridge); the waits are the engine's own, on the page's signals.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { FieldKey } from '../../src/contracts/field-keys';
import type { ProfileValues } from '../../src/features/fill/page/fill';
import {
  kendoState,
  RECORD_SYNTHETIC_EVENTS,
  syntheticEvents,
  waitForReplica,
} from '../support/bridge-harness';
import { type EngineFill, loadEngine } from '../support/fill-engine-harness';
import { launchBrowser } from '../support/launch';
import {
  affixedOptionText,
  applyPageVariant,
  LIST_VARIANTS,
  type PageVariant,
} from '../support/page-variants';
import { type ReplicaLang, replicaUrl, routeReplica } from '../support/replica';

const PROFILE: ProfileValues = {
  gender: 'male',
  maritalStatus: 'married',
  passportType: 'ordinary',
  permitType: 'short-term',
  permitPurpose: 'tourism',
  insuranceType: 'private',
  province: '34',
  district: 'Kadıköy',
  neighbourhood: 'Caferağa Mah.',
  street: 'Moda Cad.',
  buildingNumber: '12',
};

/** Lists of a step, by replica id: the code the fill must choose and the option text as served. */
interface ListExpectation {
  readonly key: FieldKey;
  readonly id: string;
  readonly code: string;
  readonly text: Record<ReplicaLang, string>;
  /** Position in its list (for the affix rule's code prefix). */
  readonly index: number;
  /** A server-side list: `option-affixes` leaves its texts alone. */
  readonly remote?: boolean;
}

const STEPS: readonly { path: string; lists: readonly ListExpectation[] }[] = [
  {
    path: '/Ikamet/Basvuru/AdresBilgileri?basvuruTuru=ilk',
    lists: [
      {
        key: 'province',
        id: 'Adres_Il',
        code: '34',
        text: { tr: 'İstanbul', en: 'İstanbul' },
        index: 2,
        remote: true,
      },
      { key: 'district', id: 'Adres_Ilce', code: '3402', text: { tr: 'Kadıköy', en: 'Kadıköy' }, index: 2 },
      {
        key: 'neighbourhood',
        id: 'Adres_Mahalle',
        code: '340201',
        text: { tr: 'Caferağa Mah.', en: 'Caferağa Mah.' },
        index: 0,
      },
    ],
  },
  {
    path: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=ilk',
    lists: [
      {
        key: 'permitType',
        id: 'IkametIzni_Turu',
        code: '1',
        text: { tr: 'Kısa Dönem İkamet İzni', en: 'Short Term Residence Permit' },
        index: 0,
      },
      {
        key: 'permitPurpose',
        id: 'IkametIzni_KalisAmaci',
        code: '106',
        text: { tr: 'KISA DÖNEM / TURİZM', en: 'SHORT TERM / TOURISM' },
        index: 5,
      },
    ],
  },
  {
    path: '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk',
    lists: [
      { key: 'gender', id: 'Kisisel_Cinsiyet', code: '1', text: { tr: 'Erkek', en: 'Male' }, index: 0 },
      {
        key: 'maritalStatus',
        id: 'Kisisel_MedeniHal',
        code: '2',
        text: { tr: 'Evli', en: 'Married' },
        index: 1,
      },
    ],
  },
  {
    path: '/Ikamet/Basvuru/SaglikSigortasi?basvuruTuru=ilk',
    lists: [
      {
        key: 'insuranceType',
        id: 'Sigorta_Turu',
        code: '1',
        text: { tr: 'Özel Sağlık Sigortası', en: 'Private Health Insurance' },
        index: 0,
      },
    ],
  },
];

/** Which steps each variant is tried on, per language: dependent lists where they are, the rest sampled. */
const RUNS: readonly (readonly [PageVariant, ReplicaLang, number])[] = [
  ['lists-on-change-0', 'tr', 0],
  ['lists-on-change-300', 'tr', 0],
  ['lists-on-change-1500', 'tr', 0],
  ['lists-on-change-300', 'en', 1],
  ['lists-on-change-1500', 'en', 1],
  ['lists-replaced', 'tr', 2],
  ['option-affixes', 'tr', 0],
  ['option-affixes', 'tr', 1],
  ['option-affixes', 'en', 1],
  ['option-affixes', 'en', 2],
  ['option-affixes', 'tr', 3],
];

let context: BrowserContext;

test.beforeEach(async () => {
  context = await launchBrowser({ withExtension: false });
  await context.addInitScript(RECORD_SYNTHETIC_EVENTS);
});

test.afterEach(async () => {
  await context.close();
});

async function openVariant(path: string, lang: ReplicaLang, variant: PageVariant): Promise<Page> {
  await routeReplica(context, { lang });
  const page = await context.newPage();
  await page.goto(replicaUrl(path, lang));
  await waitForReplica(page);
  const source = applyPageVariant.toString();
  await page.evaluate(`(${source})(document, ${JSON.stringify(variant)}, 7)`);
  return page;
}

const resultOf = (fill: EngineFill, key: FieldKey) => fill.results.find((result) => result.key === key);

for (const [variant, lang, stepIndex] of RUNS) {
  const step = STEPS[stepIndex];
  if (!step) continue;
  const settings = LIST_VARIANTS[variant];
  test(`${variant} (${lang.toUpperCase()}), ${step.path.split('?')[0]}: every list set, none wrongly, undone exactly`, async () => {
    const page = await openVariant(step.path, lang, variant);
    const engine = await loadEngine(page);
    const fill = await engine.fill(PROFILE);
    expect(fill.page.fillAllowed, JSON.stringify(fill.page.drift)).toBe(true);

    for (const list of step.lists) {
      const shown =
        settings?.affixed && !list.remote
          ? affixedOptionText(`x.${list.id.replace('_', '.')}`, list.text[lang], list.index, lang)
          : list.text[lang];
      expect(resultOf(fill, list.key), `${list.key} ${JSON.stringify(fill.results)}`).toMatchObject({
        outcome: 'filled',
        value: list.code,
      });
      expect(await kendoState(page, list.id), list.key).toEqual({
        widgetValue: list.code,
        widgetText: shown,
        inputValue: list.code,
      });
    }
    // Nothing else was filled wrongly: every filled list holds the code the profile means.
    for (const result of fill.results.filter((entry) => entry.outcome === 'filled')) {
      const list = step.lists.find((candidate) => candidate.key === result.key);
      if (list) expect(result.value, result.key).toBe(list.code);
    }

    const undone = await engine.undo();
    expect(undone.skipped).toEqual([]);
    for (const list of step.lists) {
      expect(await kendoState(page, list.id), list.key).toMatchObject({ widgetValue: '', inputValue: '' });
    }
    // A dependent list is back to empty and waiting for its parent, as the page served it.
    for (const id of ['Adres_Ilce', 'Adres_Mahalle', 'IkametIzni_KalisAmaci']) {
      if (step.lists.some((list) => list.id === id)) await expect(page.locator(`#${id}`)).toBeDisabled();
    }
    expect(await syntheticEvents(page)).toEqual([]);
  });
}
