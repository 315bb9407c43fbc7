import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import {
  applyFill,
  type FillPlan,
  fillPage,
  type PlanItem,
  type PlannedFill,
  planFill,
  type SkipReason,
  undoFill,
} from '../../../src/features/fill/page/fill';
import { chooseHere } from '../../../src/features/fill/page/option-choice';
import type { RecognizedField } from '../../../src/page/recognition-types';
import { recognizePage } from '../../../src/page/recognize';
import { readFieldValues } from '../../../src/page/values';
import { byId, COUNTRIES, fakeBridge, makeField, makeRecognition, mount } from './fill-helpers';
import { entryPage, pageUrl, parsePage } from './inline-pages';

/** The wizard's personal step in miniature: plain inputs and Kendo inputs (as left after initialisation). */
const PERSONAL_STEP = `
  <form onsubmit="return false">
    <input id="Kisisel_Ad" name="Kisisel.Ad" type="text">
    <input id="Kisisel_Soyad" name="Kisisel.Soyad" type="text">
    <input id="Kisisel_BabaAd" name="Kisisel.BabaAd" type="text" value="MEHMET">
    <input id="Kisisel_DogumTarihi" name="Kisisel.DogumTarihi" data-role="datepicker">
    <input id="Kisisel_Cinsiyet" name="Kisisel.Cinsiyet" data-role="dropdownlist" style="display:none">
    <input id="Kisisel_Uyruk" name="Kisisel.Uyruk" data-role="dropdownlist" style="display:none">
    <input id="Kisisel_CepTelefon" name="Kisisel.CepTelefon" data-role="maskedtextbox">
    <input id="Kisisel_Eposta" name="Kisisel.Eposta" type="text" maxlength="20">
    <input id="Mevcut_Tur" type="text" readonly value="Kısa Dönem">
    <input id="CaptchaInputText" name="CaptchaInputText" type="text">
    <input id="OkudumAnladim" name="OkudumAnladim" type="checkbox" value="true">
  </form>`;

function personalFields(): RecognizedField[] {
  return [
    makeField('givenName', 'Kisisel_Ad', 'text'),
    makeField('surname', 'Kisisel_Soyad', 'text'),
    makeField('fatherName', 'Kisisel_BabaAd', 'text'),
    makeField('birthDate', 'Kisisel_DogumTarihi', 'date'),
    makeField('gender', 'Kisisel_Cinsiyet', 'dropdown'),
    makeField('nationality', 'Kisisel_Uyruk', 'dropdown'),
    makeField('mobile', 'Kisisel_CepTelefon', 'masked'),
    makeField('email', 'Kisisel_Eposta', 'text'),
    makeField('currentPermitType', 'Mevcut_Tur', 'readonly'),
    makeField('captcha', 'CaptchaInputText', 'captcha'),
    makeField('consent', 'OkudumAnladim', 'checkbox'),
  ];
}

function personalBridge(overrides: { nationalityLoaded?: number; genderRefuses?: boolean } = {}) {
  return fakeBridge([
    { inputId: 'Kisisel_DogumTarihi', kind: 'date', value: '' },
    {
      inputId: 'Kisisel_Cinsiyet',
      kind: 'dropdown',
      value: '',
      all: [
        { value: '1', text: 'Erkek' },
        { value: '2', text: 'Kadın' },
      ],
      refuses: overrides.genderRefuses,
    },
    {
      inputId: 'Kisisel_Uyruk',
      kind: 'dropdown',
      value: '',
      all: COUNTRIES,
      pageSize: overrides.nationalityLoaded ?? COUNTRIES.length,
    },
    { inputId: 'Kisisel_CepTelefon', kind: 'masked', value: '' },
  ]);
}

const PROFILE = {
  givenName: 'AYŞE',
  surname: 'YILMAZ',
  fatherName: 'AHMET',
  birthDate: '04.05.1990',
  gender: 'female',
  nationality: 'SY',
  mobile: '5551234567',
  email: 'ayse@example.org',
  currentPermitType: 'short-term',
};

function itemFor(plan: FillPlan, key: FieldKey): PlanItem {
  const item = plan.items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`${key} not planned`);
  return item;
}

function reasons(plan: FillPlan): Partial<Record<FieldKey, SkipReason | 'fill'>> {
  return Object.fromEntries(
    plan.items.map((item) => [item.key, item.action === 'fill' ? 'fill' : item.reason]),
  ) as Partial<Record<FieldKey, SkipReason | 'fill'>>;
}

async function planPersonal(
  profile: Record<string, string> = PROFILE,
  options: { overwrite?: boolean; nationalityLoaded?: number } = {},
) {
  const bridge = personalBridge({ nationalityLoaded: options.nationalityLoaded });
  const recognition = makeRecognition(personalFields(), { lang: 'tr' });
  const widgets = await bridge.readWidgetValues();
  const current = readFieldValues(recognition.fields, widgets);
  return {
    bridge,
    recognition,
    plan: planFill(recognition, profile, {
      current,
      widgets,
      overwrite: options.overwrite,
      choose: chooseHere,
    }),
  };
}

beforeEach(() => {
  mount(PERSONAL_STEP);
});

describe('planFill decisions', () => {
  it('fills what it may and says why it skips the rest', async () => {
    const { plan } = await planPersonal();
    expect(plan.allowed).toBe(true);
    expect(reasons(plan)).toEqual({
      givenName: 'fill',
      surname: 'fill',
      fatherName: 'user-typed',
      birthDate: 'fill',
      gender: 'fill',
      nationality: 'fill',
      mobile: 'fill',
      email: 'fill',
      currentPermitType: 'not-fillable',
      captcha: 'not-fillable',
      consent: 'not-fillable',
    });
    expect(itemFor(plan, 'gender')).toMatchObject({ value: '2', text: 'Kadın' });
    expect(itemFor(plan, 'nationality')).toMatchObject({ value: '760', text: 'Syria' });
    expect(itemFor(plan, 'fatherName')).toMatchObject({ reason: 'user-typed' });
  });

  it('fills nothing on a page that is not fully recognised (drift)', async () => {
    const recognition = makeRecognition(personalFields(), {
      drift: { missing: ['gender'], unknown: ['Favourite colour'] },
      fillAllowed: false,
    });
    const plan = planFill(recognition, PROFILE, { current: {}, choose: chooseHere });
    expect(plan.allowed).toBe(false);
    expect(new Set(Object.values(reasons(plan)))).toEqual(new Set(['page-not-recognised']));
    // Even a recognition that says fillAllowed but carries drift is refused.
    const inconsistent = makeRecognition(personalFields(), { drift: { missing: [], unknown: ['x'] } });
    expect(planFill(inconsistent, PROFILE, { current: {}, choose: chooseHere }).allowed).toBe(false);
  });

  it('never fills human gates, even with a profile value for them and overwrite on', async () => {
    const { plan } = await planPersonal(
      { ...PROFILE, captcha: 'R7KM4XPA', consent: 'true' },
      { overwrite: true },
    );
    expect(itemFor(plan, 'captcha')).toMatchObject({ action: 'skip', reason: 'not-fillable' });
    expect(itemFor(plan, 'consent')).toMatchObject({ action: 'skip', reason: 'not-fillable' });
    // A field wrongly marked fillable but named like a gate is refused too.
    const sneaky = makeField('givenName', 'CaptchaInputText', 'text', { fillable: true });
    const sneakyPlan = planFill(
      makeRecognition([sneaky]),
      { givenName: 'X' },
      { current: {}, choose: chooseHere },
    );
    expect(sneakyPlan.items[0]).toMatchObject({ reason: 'not-fillable' });
  });

  it('skips a field without a profile value', async () => {
    const { plan } = await planPersonal({ givenName: 'AYŞE' });
    expect(itemFor(plan, 'surname')).toMatchObject({ reason: 'no-profile-value' });
    expect(itemFor(plan, 'gender')).toMatchObject({ reason: 'no-profile-value' });
    const blank = await planPersonal({ ...PROFILE, surname: '   ' });
    expect(itemFor(blank.plan, 'surname')).toMatchObject({ reason: 'no-profile-value' });
  });

  it('keeps what the user typed unless asked to overwrite', async () => {
    const { plan } = await planPersonal(PROFILE, { overwrite: true });
    expect(itemFor(plan, 'fatherName')).toMatchObject({
      action: 'fill',
      value: 'AHMET',
      previous: { value: 'MEHMET' },
    });
  });

  it('counts text typed into a DatePicker as the user’s, even when it is not a valid date', async () => {
    const bridge = personalBridge();
    const date = bridge.widgets.get('Kisisel_DogumTarihi');
    if (date) date.text = '31.02.1990';
    const recognition = makeRecognition(personalFields());
    const widgets = await bridge.readWidgetValues();
    const plan = planFill(recognition, PROFILE, {
      current: readFieldValues(recognition.fields, widgets),
      widgets,
      choose: chooseHere,
    });
    expect(itemFor(plan, 'birthDate')).toMatchObject({ action: 'skip', reason: 'user-typed' });
  });

  it('skips a field that already holds the value (case-insensitively for text)', async () => {
    const { plan } = await planPersonal({ ...PROFILE, fatherName: 'mehmet' });
    expect(itemFor(plan, 'fatherName')).toMatchObject({ reason: 'same-value' });
  });

  it('skips an option that is not in a complete list, or that is ambiguous', async () => {
    const { plan } = await planPersonal({ ...PROFILE, gender: 'other', nationality: 'FR' });
    expect(itemFor(plan, 'gender')).toMatchObject({ reason: 'option-not-found' });
    expect(itemFor(plan, 'nationality')).toMatchObject({ reason: 'option-not-found' });
  });

  it('defers a server-side list option it cannot see yet to the fill', async () => {
    const { plan } = await planPersonal(PROFILE, { nationalityLoaded: 3 });
    expect(itemFor(plan, 'nationality')).toMatchObject({ action: 'fill', value: null });
  });

  it('refuses values that do not fit the field', async () => {
    const { plan } = await planPersonal({
      ...PROFILE,
      birthDate: '1990-05-04',
      mobile: '555 123 45',
      email: 'a-very-long-address@example.org',
    });
    expect(reasons(plan)).toMatchObject({
      birthDate: 'invalid-value',
      mobile: 'invalid-value',
      email: 'invalid-value',
    });
    const impossible = await planPersonal({ ...PROFILE, birthDate: '31.02.1990' });
    expect(itemFor(impossible.plan, 'birthDate')).toMatchObject({ reason: 'invalid-value' });
  });

  it('normalises a formatted mobile number to its 10 digits', async () => {
    const { plan } = await planPersonal({ ...PROFILE, mobile: '(555) 123-45-67' });
    expect(itemFor(plan, 'mobile')).toMatchObject({ action: 'fill', value: '5551234567' });
  });
});

describe('entry pages: the first two letters of the names', () => {
  it('fills initials from the names, Turkish-aware upper case, on the real recognition', () => {
    const doc = parsePage(entryPage({ lang: 'tr' }));
    const recognition = recognizePage(doc, pageUrl('/Ikamet/UzatmaGecisGiris/UzatmaBasvuru'));
    expect(recognition.fillAllowed).toBe(true);
    const plan = planFill(
      recognition,
      { givenName: 'ismail', surname: 'Şahin', foreignerId: '99123456789' },
      { current: readFieldValues(recognition.fields, []), choose: chooseHere },
    );
    const byKey = Object.fromEntries(plan.items.map((item) => [item.key, item]));
    expect(byKey.givenNameInitials).toMatchObject({ action: 'fill', value: 'İS' });
    expect(byKey.surnameInitials).toMatchObject({ action: 'fill', value: 'ŞA' });
    expect(byKey.foreignerId).toMatchObject({ action: 'fill', value: '99123456789' });
    expect(byKey.captcha).toMatchObject({ action: 'skip', reason: 'not-fillable' });
    expect(byKey.consent).toMatchObject({ action: 'skip', reason: 'not-fillable' });
  });

  it('prefers explicit initials and refuses a one-letter name', () => {
    mount('<input id="ad" maxlength="2"><input id="soyad" maxlength="2">');
    const fields = [
      makeField('givenNameInitials', 'ad', 'text'),
      makeField('surnameInitials', 'soyad', 'text'),
    ];
    const plan = planFill(
      makeRecognition(fields),
      { givenNameInitials: 'XY', surname: 'Ö' },
      { current: {}, choose: chooseHere },
    );
    expect(plan.items).toMatchObject([
      { action: 'fill', value: 'XY' },
      { action: 'skip', reason: 'invalid-value' },
    ]);
  });
});

describe('applyFill', () => {
  it('fills plain inputs like typing (native setter, bubbling input then change) without moving focus', async () => {
    const { plan, bridge } = await planPersonal();
    const events: string[] = [];
    for (const type of ['input', 'change', 'focus', 'focusin', 'click', 'keydown', 'submit']) {
      document.addEventListener(
        type,
        (event) => events.push(`${type}:${(event.target as HTMLElement).id}`),
        true,
      );
    }
    const focusSpy = vi.spyOn(HTMLElement.prototype, 'focus');
    const report = await applyFill(plan, bridge);

    expect(byId('Kisisel_Ad').value).toBe('AYŞE');
    expect(byId('Kisisel_Eposta').value).toBe('ayse@example.org');
    expect(byId('Kisisel_BabaAd').value).toBe('MEHMET');
    expect(events.filter((event) => event.endsWith('Kisisel_Ad'))).toEqual([
      'input:Kisisel_Ad',
      'change:Kisisel_Ad',
    ]);
    expect(events.some((event) => /^(focus|focusin|click|keydown|submit):/.test(event))).toBe(false);
    expect(focusSpy).not.toHaveBeenCalled();
    expect(byId('CaptchaInputText').value).toBe('');
    expect((byId('OkudumAnladim') as HTMLInputElement).checked).toBe(false);

    expect(report.filled).toEqual([
      'givenName',
      'surname',
      'birthDate',
      'gender',
      'nationality',
      'mobile',
      'email',
    ]);
    expect(report.results.find((result) => result.key === 'gender')).toMatchObject({
      outcome: 'filled',
      value: '2',
      text: 'Kadın',
    });
    expect(report.results.find((result) => result.key === 'fatherName')).toMatchObject({
      outcome: 'skipped',
      reason: 'user-typed',
    });
    expect(bridge.calls).toContain('set Kisisel_Cinsiyet=2');
    expect(bridge.calls).toContain('set Kisisel_DogumTarihi=04.05.1990');
    expect(bridge.calls).toContain('set Kisisel_CepTelefon=5551234567');
  });

  it('bypasses a framework override of the instance value setter', async () => {
    const input = byId('Kisisel_Ad');
    const seen: string[] = [];
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get?.call(input),
      set: (value: string) => seen.push(value),
    });
    const { plan, bridge } = await planPersonal({ givenName: 'AYŞE' });
    const report = await applyFill(plan, bridge);
    expect(seen).toEqual([]);
    expect(report.filled).toEqual(['givenName']);
  });

  it('puts a field back and reports not-verified when the page does not keep the value', async () => {
    // A page script that rewrites what it is given (here: appends a suffix to any surname).
    byId('Kisisel_Soyad').addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.value !== '') input.value = `${input.value}-X`;
    });
    const bridge = personalBridge({ genderRefuses: true });
    const recognition = makeRecognition(personalFields(), { lang: 'tr' });
    const widgets = await bridge.readWidgetValues();
    const plan = planFill(recognition, PROFILE, {
      current: readFieldValues(recognition.fields, widgets),
      widgets,
      choose: chooseHere,
    });
    const report = await applyFill(plan, bridge);
    expect(report.results.find((result) => result.key === 'surname')).toMatchObject({
      reason: 'not-verified',
    });
    expect(byId('Kisisel_Soyad').value).toBe('');
    expect(report.results.find((result) => result.key === 'gender')).toMatchObject({
      reason: 'not-verified',
    });
    expect(bridge.calls.filter((call) => call.startsWith('set Kisisel_Cinsiyet'))).toEqual([
      'set Kisisel_Cinsiyet=2',
      'set Kisisel_Cinsiyet=',
    ]);
    expect(report.filled).not.toContain('surname');
    expect(report.filled).not.toContain('gender');
  });

  it('finds a server-side list option by searching the list the way a user types', async () => {
    const { plan, bridge } = await planPersonal(PROFILE, { nationalityLoaded: 3 });
    const report = await applyFill(plan, bridge);
    expect(report.results.find((result) => result.key === 'nationality')).toMatchObject({
      outcome: 'filled',
      value: '760',
      text: 'Syria',
    });
    expect(bridge.calls).toContain('search Kisisel_Uyruk text:Suriye');
    expect(bridge.calls).toContain('search Kisisel_Uyruk text:Syria');
  });

  it('searches a server-side list before setting any field, and sets it from the search', async () => {
    const bridge = personalBridge({ nationalityLoaded: 3 });
    // The English pages: the list's texts (and the first word searched) are English.
    const recognition = makeRecognition(personalFields(), { lang: 'en' });
    const report = await fillPage(recognition, PROFILE, bridge, { choose: chooseHere });
    expect(report.results.find((result) => result.key === 'nationality')).toMatchObject({
      outcome: 'filled',
      value: '760',
    });
    const firstSet = bridge.calls.findIndex((call) => call.startsWith('set '));
    const search = bridge.calls.indexOf('search Kisisel_Uyruk text:Syria');
    expect(search).toBeGreaterThan(-1);
    expect(search).toBeLessThan(firstSet);
    // Searched once: the fill found the option in the list as searched ahead.
    expect(bridge.calls.filter((call) => call.startsWith('search Kisisel_Uyruk'))).toHaveLength(1);
  });

  it('puts a list searched ahead back as the page showed it when the fill does not set it', async () => {
    const bridge = personalBridge({ nationalityLoaded: 3 });
    // Already Syria, which is not among the 3 options loaded: the search finds it, nothing to set.
    const nationality = bridge.widgets.get('Kisisel_Uyruk');
    if (!nationality) throw new Error('no nationality widget');
    nationality.value = '760';
    const recognition = makeRecognition(personalFields(), { lang: 'tr' });
    const report = await fillPage(recognition, PROFILE, bridge, { choose: chooseHere, overwrite: true });
    expect(report.results.find((result) => result.key === 'nationality')).toMatchObject({
      reason: 'same-value',
    });
    expect(bridge.calls.filter((call) => call.startsWith('search Kisisel_Uyruk')).at(-1)).toBe(
      'search Kisisel_Uyruk text:',
    );
    expect(bridge.widgets.get('Kisisel_Uyruk')?.loaded).toHaveLength(3);
  });

  it('reports option-not-found for a server-side list without the value and clears its search', async () => {
    const { plan, bridge } = await planPersonal({ nationality: 'FR' }, { nationalityLoaded: 3 });
    const report = await applyFill(plan, bridge);
    expect(report.results.find((result) => result.key === 'nationality')).toMatchObject({
      reason: 'option-not-found',
    });
    expect(bridge.calls.at(-1)).toBe('search Kisisel_Uyruk text:');
    expect(bridge.widgets.get('Kisisel_Uyruk')?.loaded).toHaveLength(3);
  });

  it('fills a cascading list once its parent has loaded it', async () => {
    mount('<input id="Adres_Il" data-role="dropdownlist"><input id="Adres_Ilce" data-role="dropdownlist">');
    const bridge = fakeBridge([
      { inputId: 'Adres_Il', kind: 'dropdown', value: '', all: [{ value: '34', text: 'İstanbul' }] },
      {
        inputId: 'Adres_Ilce',
        kind: 'dropdown',
        value: '',
        cascade: true,
        all: [{ value: '3402', text: 'Kadıköy' }],
      },
    ]);
    const recognition = makeRecognition(
      [makeField('province', 'Adres_Il', 'dropdown'), makeField('district', 'Adres_Ilce', 'dropdown')],
      { kind: 'wizard-address', lang: 'tr' },
    );
    const report = await fillPage(recognition, { province: '34', district: 'KADIKÖY' }, bridge, {
      choose: chooseHere,
    });
    expect(report.results).toMatchObject([
      { key: 'province', outcome: 'filled', value: '34' },
      { key: 'district', outcome: 'filled', value: '3402', text: 'Kadıköy' },
    ]);
  });

  it('fills a cascade child that recognition saw disabled (its parent was still empty)', async () => {
    mount(
      '<input id="Adres_Il" data-role="dropdownlist"><input id="Adres_Ilce" data-role="dropdownlist" disabled>' +
        '<input id="Sabit" data-role="dropdownlist" disabled>',
    );
    const bridge = fakeBridge([
      { inputId: 'Adres_Il', kind: 'dropdown', value: '', all: [{ value: '34', text: 'İstanbul' }] },
      {
        inputId: 'Adres_Ilce',
        kind: 'dropdown',
        value: '',
        cascade: true,
        cascades: true,
        enabled: false,
        all: [{ value: '3402', text: 'Kadıköy' }],
      },
      { inputId: 'Sabit', kind: 'dropdown', value: '', enabled: false, all: [{ value: '1', text: 'Fatih' }] },
    ]);
    const recognition = makeRecognition(
      [
        makeField('province', 'Adres_Il', 'dropdown'),
        makeField('district', 'Adres_Ilce', 'dropdown', { fillable: false }),
        makeField('neighbourhood', 'Sabit', 'dropdown', { fillable: false }),
      ],
      { kind: 'wizard-address', lang: 'tr' },
    );
    const report = await fillPage(
      recognition,
      { province: '34', district: 'Kadıköy', neighbourhood: 'Fatih' },
      bridge,
      { choose: chooseHere },
    );
    expect(report.results).toMatchObject([
      { key: 'province', outcome: 'filled' },
      { key: 'district', outcome: 'filled', value: '3402' },
      // Disabled for another reason than a cascade: the user's alone.
      { key: 'neighbourhood', outcome: 'skipped', reason: 'not-fillable' },
    ]);
  });

  it('skips Kendo fields without a bridge but still fills plain inputs', async () => {
    const { plan } = await planPersonal();
    const report = await applyFill(plan, null);
    expect(report.results.find((result) => result.key === 'gender')).toMatchObject({
      reason: 'bridge-unavailable',
    });
    expect(report.results.find((result) => result.key === 'givenName')).toMatchObject({ outcome: 'filled' });
    const noKendo = await applyFill(plan, fakeBridge([], { kendo: false }));
    expect(noKendo.results.find((result) => result.key === 'mobile')).toMatchObject({
      reason: 'bridge-unavailable',
    });
  });

  it('leaves a value the user typed after planning', async () => {
    const { plan, bridge } = await planPersonal();
    byId('Kisisel_Ad').value = 'FATMA';
    const report = await applyFill(plan, bridge);
    expect(byId('Kisisel_Ad').value).toBe('FATMA');
    expect(report.results.find((result) => result.key === 'givenName')).toMatchObject({
      reason: 'user-typed',
    });
  });

  it('checks every widget in the page itself: a bridge that claims a set it did not do is not believed', async () => {
    const bridge = personalBridge();
    for (const id of ['Kisisel_Cinsiyet', 'Kisisel_DogumTarihi', 'Kisisel_CepTelefon']) {
      const widget = bridge.widgets.get(id);
      if (widget) widget.lies = true;
    }
    const recognition = makeRecognition(personalFields(), { lang: 'tr' });
    const report = await fillPage(recognition, PROFILE, bridge, { choose: chooseHere });
    const outcome = (key: FieldKey) => report.results.find((result) => result.key === key);
    for (const key of ['gender', 'birthDate', 'mobile'] as const) {
      expect(outcome(key), key).toMatchObject({ outcome: 'skipped', reason: 'not-verified' });
    }
    // The summary says what the page holds: plain inputs filled, the three widgets not.
    expect(report.filled).toEqual(['givenName', 'surname', 'nationality', 'email']);
    expect(byId('Kisisel_Cinsiyet').value).toBe('');
  });

  it('names each widget to the bridge by the handle on its element, never by id', async () => {
    mount(
      '<input data-role="dropdownlist" name="a"><input id="twin" data-role="dropdownlist" name="b">' +
        '<input id="twin" data-role="dropdownlist" name="c">',
    );
    const [first, second, third] = Array.from(document.querySelectorAll('input'));
    if (!first || !second || !third) throw new Error('page not built');
    const genders = [
      { value: '1', text: 'Erkek' },
      { value: '2', text: 'Kadın' },
    ];
    const bridge = fakeBridge([
      { inputId: 'no-id', element: first, kind: 'dropdown', value: '', all: genders },
      { inputId: 'twin-1', element: second, kind: 'dropdown', value: '', all: COUNTRIES },
      { inputId: 'twin-2', element: third, kind: 'dropdown', value: '', all: genders },
    ]);
    const field = (key: FieldKey, element: HTMLElement): RecognizedField => ({
      key,
      element,
      anchor: element,
      widget: 'dropdown',
      matchedBy: 'label',
      label: key,
      fillable: true,
    });
    const recognition = makeRecognition([field('gender', first), field('nationality', second)], {
      lang: 'tr',
    });
    const report = await fillPage(recognition, { gender: 'female', nationality: 'SY' }, bridge, {
      choose: chooseHere,
    });
    expect(report.results).toMatchObject([
      { key: 'gender', outcome: 'filled', value: '2', text: 'Kadın' },
      { key: 'nationality', outcome: 'filled', value: '760', text: 'Syria' },
    ]);
    expect(bridge.calls.filter((call) => call.startsWith('set'))).toEqual(['set no-id=2', 'set twin-1=760']);
    expect([first.value, second.value, third.value]).toEqual(['2', '760', '']);
  });

  it('reports a field that left the page', async () => {
    const { plan, bridge } = await planPersonal();
    byId('Kisisel_Ad').remove();
    const report = await applyFill(plan, bridge);
    expect(report.results.find((result) => result.key === 'givenName')).toMatchObject({
      reason: 'element-gone',
    });
  });

  it('carries out a drifted plan as skips only', async () => {
    const bridge = personalBridge();
    const plan = planFill(makeRecognition(personalFields(), { fillAllowed: false }), PROFILE, {
      current: {},
      choose: chooseHere,
    });
    const report = await applyFill(plan, bridge);
    expect(report.filled).toEqual([]);
    expect(bridge.calls).toEqual([]);
    expect(byId('Kisisel_Ad').value).toBe('');
  });
});

describe('undoFill', () => {
  it('restores every filled field, Kendo widgets included, and leaves the rest', async () => {
    const { plan, bridge } = await planPersonal(PROFILE, { overwrite: true });
    const report = await applyFill(plan, bridge);
    expect(byId('Kisisel_BabaAd').value).toBe('AHMET');
    const undone = await undoFill(report, bridge);
    expect(undone.skipped).toEqual([]);
    expect([...undone.restored].sort()).toEqual([...report.filled].sort());
    expect(byId('Kisisel_Ad').value).toBe('');
    expect(byId('Kisisel_BabaAd').value).toBe('MEHMET');
    for (const id of ['Kisisel_Cinsiyet', 'Kisisel_Uyruk', 'Kisisel_DogumTarihi', 'Kisisel_CepTelefon']) {
      expect(bridge.widgets.get(id)?.value, id).toBe('');
    }
  });

  it('does not undo a field the user changed after the fill', async () => {
    const { plan, bridge } = await planPersonal();
    const report = await applyFill(plan, bridge);
    byId('Kisisel_Ad').value = 'FATMA';
    const widget = bridge.widgets.get('Kisisel_Cinsiyet');
    if (widget) widget.value = '1';
    const undone = await undoFill(report, bridge);
    expect(undone.skipped).toEqual(
      expect.arrayContaining([
        { key: 'givenName', reason: 'changed-since-fill' },
        { key: 'gender', reason: 'changed-since-fill' },
      ]),
    );
    expect(byId('Kisisel_Ad').value).toBe('FATMA');
    expect(widget?.value).toBe('1');
    expect(byId('Kisisel_Soyad').value).toBe('');
  });

  it('undoes in reverse order (a district before its province)', async () => {
    const { plan, bridge } = await planPersonal();
    const report = await applyFill(plan, bridge);
    bridge.calls.length = 0;
    await undoFill(report, bridge);
    const sets = bridge.calls.filter((call) => call.startsWith('set '));
    expect(sets).toEqual([
      'set Kisisel_CepTelefon=',
      'set Kisisel_Uyruk=',
      'set Kisisel_Cinsiyet=',
      'set Kisisel_DogumTarihi=',
    ]);
  });
});

describe('plan items', () => {
  it('record the previous value of every field they fill', async () => {
    const { plan } = await planPersonal(PROFILE, { overwrite: true });
    const fills = plan.items.filter((item): item is PlannedFill => item.action === 'fill');
    expect(fills.find((item) => item.key === 'fatherName')?.previous).toEqual({ value: 'MEHMET' });
    expect(fills.find((item) => item.key === 'gender')?.previous).toEqual({ value: '', text: '' });
  });
});
