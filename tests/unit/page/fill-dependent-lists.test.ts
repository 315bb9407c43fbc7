/**
 * A fill that follows the page: lists the page fills from another list's choice through its own
 * change handler (no Kendo cascade; the options arrive 0, 300 or 1,500 ms later, on a timer),
 * province → district → neighbourhood and permit type → purpose. The fill sets the parent,
 * waits for the child's options (saying so), sets the child, and so on down the chain; undo
 * walks it back. Time is fake: `vi.useFakeTimers`, never a real wait.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import {
  type FillProgress,
  type FillReport,
  fillPage,
  LIST_WAIT_MS,
  type ProfileValues,
  undoFill,
} from '../../../src/features/fill/page/fill';
import { chooseHere } from '../../../src/features/fill/page/option-choice';
import type { WidgetOption } from '../../../src/page/bridge-protocol';
import type { RecognizedField } from '../../../src/page/recognition-types';
import {
  type FakeBridge,
  type FakeWidget,
  fakeBridge,
  makeField,
  makeRecognition,
  mount,
} from './fill-helpers';

const PROVINCES: WidgetOption[] = [
  { value: '06', text: 'Ankara' },
  { value: '34', text: 'İstanbul' },
];
const DISTRICTS: Record<string, WidgetOption[]> = {
  '06': [
    { value: '0601', text: 'Çankaya' },
    { value: '0602', text: 'Keçiören' },
  ],
  '34': [
    { value: '3401', text: 'Fatih' },
    { value: '3402', text: 'Kadıköy' },
  ],
};
const NEIGHBOURHOODS: Record<string, WidgetOption[]> = {
  '0601': [{ value: '060101', text: 'Kızılay Mah.' }],
  '0602': [{ value: '060201', text: 'Etlik Mah.' }],
  '3401': [{ value: '340101', text: 'Balat Mah.' }],
  '3402': [
    { value: '340201', text: 'Caferağa Mah.' },
    { value: '340202', text: 'Fenerbahçe Mah.' },
  ],
};
const PERMIT_TYPES: WidgetOption[] = [
  { value: '1', text: 'KISA DÖNEM İKAMET İZNİ' },
  { value: '3', text: 'ÖĞRENCİ İKAMET İZNİ' },
];
const PURPOSES: Record<string, WidgetOption[]> = {
  '1': [
    { value: '106', text: 'KISA DÖNEM / TURİZM AMAÇLI KALACAKLAR' },
    { value: '107', text: 'KISA DÖNEM / TEDAVİ AMAÇLI KALACAKLAR' },
  ],
  '3': [{ value: '301', text: 'ÖĞRENCİ / YÜKSEKÖĞRENİM' }],
};

const PROFILE: ProfileValues = {
  province: '34',
  district: 'Kadıköy',
  neighbourhood: 'Caferağa Mah.',
  permitType: 'short-term',
  permitPurpose: 'tourism',
};

const STEP = `
  <input id="Il" data-role="dropdownlist">
  <input id="Ilce" data-role="dropdownlist" disabled>
  <input id="Mahalle" data-role="dropdownlist" disabled>
  <input id="Tur" data-role="dropdownlist">
  <input id="Amac" data-role="dropdownlist" disabled>`;

interface PageSetup {
  readonly delayMs: number;
  readonly province?: string;
  readonly district?: string;
  /** The neighbourhood list never gets its options (a page whose request failed). */
  readonly neighbourhoodsNeverLoad?: boolean;
}

/** The address and permit lists, wired the way a page's own change handlers would do it. */
function pageBridge({
  delayMs,
  province = '',
  district = '',
  neighbourhoodsNeverLoad,
}: PageSetup): FakeBridge {
  const dependent = (
    inputId: string,
    dependsOn: string,
    table: Record<string, WidgetOption[]>,
  ): FakeWidget => ({
    inputId,
    kind: 'dropdown',
    value: '',
    all: [],
    dependsOn,
    optionsFor: (parent) => table[parent] ?? [],
    delayMs,
    disabledUntilLoaded: true,
    enabled: false,
  });
  const widgets: FakeWidget[] = [
    { inputId: 'Il', kind: 'dropdown', value: province, all: PROVINCES },
    dependent('Ilce', 'Il', DISTRICTS),
    dependent('Mahalle', 'Ilce', neighbourhoodsNeverLoad ? {} : NEIGHBOURHOODS),
    { inputId: 'Tur', kind: 'dropdown', value: '', all: PERMIT_TYPES },
    dependent('Amac', 'Tur', PURPOSES),
  ];
  const bridge = fakeBridge(widgets);
  // A page that already shows a province (and its district): the lists below are loaded.
  const ilce = bridge.widgets.get('Ilce');
  const mahalle = bridge.widgets.get('Mahalle');
  if (province && ilce) {
    ilce.all = DISTRICTS[province] ?? [];
    ilce.loaded = [...ilce.all];
    ilce.enabled = true;
    ilce.value = district;
  }
  if (district && mahalle) {
    mahalle.all = NEIGHBOURHOODS[district] ?? [];
    mahalle.loaded = [...mahalle.all];
    mahalle.enabled = true;
  }
  return bridge;
}

function stepFields(
  order: readonly FieldKey[] = ['province', 'district', 'neighbourhood', 'permitType', 'permitPurpose'],
) {
  const ids: Record<string, string> = {
    province: 'Il',
    district: 'Ilce',
    neighbourhood: 'Mahalle',
    permitType: 'Tur',
    permitPurpose: 'Amac',
  };
  return order.map((key): RecognizedField => makeField(key, ids[key] as string, 'dropdown'));
}

/** Runs a fill (or an undo) to the end, moving the fake clock along as the page's timers need. */
async function settle<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const finished = work.finally(() => {
    done = true;
  });
  while (!done) await vi.advanceTimersByTimeAsync(10);
  return finished;
}

function fill(bridge: FakeBridge, fields = stepFields(), values = PROFILE, overwrite = false) {
  const progress: FillProgress[] = [];
  const report = settle(
    fillPage(makeRecognition(fields, { kind: 'wizard-address', lang: 'tr' }), values, bridge, {
      choose: chooseHere,
      overwrite,
      onProgress: (event) => progress.push(event),
    }),
  );
  return { report, progress };
}

const outcome = (report: FillReport, key: FieldKey) => report.results.find((result) => result.key === key);
const heldBy = (bridge: FakeBridge, id: string) => bridge.widgets.get(id)?.value;

beforeEach(() => {
  vi.useFakeTimers();
  mount(STEP);
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each([0, 300, 1_500])('lists filled by the page %i ms after their parent changes', (delayMs) => {
  it('sets province, district and neighbourhood, and permit type then purpose, waiting for each list', async () => {
    const bridge = pageBridge({ delayMs });
    const { report, progress } = fill(bridge);
    const done = await report;

    expect(done.results.map((result) => [result.key, result.outcome])).toEqual([
      ['province', 'filled'],
      ['district', 'filled'],
      ['neighbourhood', 'filled'],
      ['permitType', 'filled'],
      ['permitPurpose', 'filled'],
    ]);
    expect(heldBy(bridge, 'Il')).toBe('34');
    expect(heldBy(bridge, 'Ilce')).toBe('3402');
    expect(heldBy(bridge, 'Mahalle')).toBe('340201');
    expect(heldBy(bridge, 'Amac')).toBe('106');
    // The person saw which list the fill was waiting for, and that it stopped waiting.
    expect(progress.filter((event) => event.waiting).map((event) => event.key)).toEqual([
      'district',
      'neighbourhood',
      'permitPurpose',
    ]);
    expect(progress.at(-1)).toEqual({ key: 'permitPurpose', waiting: false });
  });

  it('undo walks the chain back: the page is as it was, children empty and disabled again', async () => {
    const bridge = pageBridge({ delayMs });
    const report = await fill(bridge).report;
    const undone = await settle(undoFill(report, bridge));

    expect(undone.skipped).toEqual([]);
    expect(undone.restored).toEqual(['permitPurpose', 'permitType', 'neighbourhood', 'district', 'province']);
    for (const id of ['Il', 'Ilce', 'Mahalle', 'Tur', 'Amac']) expect(heldBy(bridge, id), id).toBe('');
    for (const id of ['Ilce', 'Mahalle', 'Amac']) expect(bridge.widgets.get(id)?.enabled, id).toBe(false);
  });

  it('a shuffled page (district shown before province) is filled parent first', async () => {
    const bridge = pageBridge({ delayMs });
    const fields = stepFields(['neighbourhood', 'district', 'permitPurpose', 'province', 'permitType']);
    const done = await fill(bridge, fields).report;
    expect(done.results.map((result) => result.key)).toEqual([
      'province',
      'district',
      'neighbourhood',
      'permitType',
      'permitPurpose',
    ]);
    expect(done.filled).toHaveLength(5);
    expect(heldBy(bridge, 'Mahalle')).toBe('340201');
  });
});

describe('the true reason when a list is not filled', () => {
  it('a list still empty after the wait says so, with how long it waited', async () => {
    const bridge = pageBridge({ delayMs: 300, neighbourhoodsNeverLoad: true });
    const done = await fill(bridge).report;
    expect(outcome(done, 'district')?.outcome).toBe('filled');
    expect(outcome(done, 'neighbourhood')).toMatchObject({
      outcome: 'skipped',
      reason: 'list-empty',
      waitedMs: LIST_WAIT_MS,
    });
  });

  it('a value not among the options names the closest ones', async () => {
    const bridge = pageBridge({ delayMs: 300 });
    const done = await fill(bridge, stepFields(), { ...PROFILE, neighbourhood: 'Caferağa Köyü' }).report;
    expect(outcome(done, 'neighbourhood')).toMatchObject({
      outcome: 'skipped',
      reason: 'option-not-found',
      closest: ['Caferağa Mah.'],
    });
    expect(heldBy(bridge, 'Mahalle')).toBe('');
  });

  it('a dependent list whose parent is not in the profile asks for the parent first', async () => {
    const bridge = pageBridge({ delayMs: 300 });
    const { province: _omitted, ...withoutProvince } = PROFILE;
    const done = await fill(bridge, stepFields(), withoutProvince).report;
    expect(outcome(done, 'province')).toMatchObject({ reason: 'no-profile-value' });
    expect(outcome(done, 'district')).toMatchObject({ reason: 'needs-parent', parent: 'province' });
  });

  it('a province the person chose already: the district and neighbourhood still follow', async () => {
    const bridge = pageBridge({ delayMs: 300, province: '34' });
    const done = await fill(bridge).report;
    expect(outcome(done, 'province')).toMatchObject({ reason: 'same-value' });
    expect(outcome(done, 'district')?.outcome).toBe('filled');
    expect(outcome(done, 'neighbourhood')?.outcome).toBe('filled');
    expect(heldBy(bridge, 'Mahalle')).toBe('340201');
  });
});

describe('overwriting a chosen address, and undoing it', () => {
  it('sets the new province, waits for its districts (not the old ones), and undo brings the old chain back', async () => {
    const bridge = pageBridge({ delayMs: 300, province: '06', district: '0601' });
    const mahalle = bridge.widgets.get('Mahalle');
    if (mahalle) mahalle.value = '060101';
    const done = await fill(bridge, stepFields(['province', 'district', 'neighbourhood']), PROFILE, true)
      .report;
    expect(done.filled).toEqual(['province', 'district', 'neighbourhood']);
    expect([heldBy(bridge, 'Il'), heldBy(bridge, 'Ilce'), heldBy(bridge, 'Mahalle')]).toEqual([
      '34',
      '3402',
      '340201',
    ]);

    const undone = await settle(undoFill(done, bridge));
    expect(undone.skipped).toEqual([]);
    expect([heldBy(bridge, 'Il'), heldBy(bridge, 'Ilce'), heldBy(bridge, 'Mahalle')]).toEqual([
      '06',
      '0601',
      '060101',
    ]);
  });
});
