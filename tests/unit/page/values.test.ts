import { beforeEach, describe, expect, it } from 'vitest';
import type { WidgetState } from '../../../src/page/bridge-protocol';
import { isKendoField, readFieldValues, watchPlainInputs } from '../../../src/page/values';
import { byId, makeField, mount } from './fill-helpers';

beforeEach(() => {
  mount(`
    <input id="ad" value="AYŞE ">
    <textarea id="adres">Caferağa Mah.</textarea>
    <select id="il"><option value="">Seçiniz</option><option value="34" selected>İstanbul</option></select>
    <input id="Kisisel_Cinsiyet" data-role="dropdownlist" value="2" data-eik-handle="abcdef01-1">
    <input id="Kisisel_DogumTarihi" data-role="datepicker" value=" 04.05.1990 ">
    <input id="Kisisel_CepTelefon" data-role="maskedtextbox" value="(555) 123-45-67" data-eik-handle="abcdef01-2">
    <input id="telefon" value="(555) 12_-__-__">
    <input id="verilis" type="date" value="2020-01-31">
    <input id="CaptchaInputText" value="R7KM4XPA">
    <input id="OkudumAnladim" type="checkbox" checked value="true">`);
});

const WIDGETS: WidgetState[] = [
  {
    handle: 'abcdef01-1',
    kind: 'dropdown',
    value: '2',
    text: 'Kadın',
    enabled: true,
    options: [],
    complete: true,
  },
  {
    handle: 'abcdef01-2',
    kind: 'masked',
    value: '5551234567',
    text: '(555) 123-45-67',
    enabled: true,
  },
];

describe('readFieldValues', () => {
  const fields = () => [
    makeField('givenName', 'ad', 'text'),
    makeField('street', 'adres', 'text'),
    makeField('province', 'il', 'dropdown'),
    makeField('gender', 'Kisisel_Cinsiyet', 'dropdown'),
    makeField('birthDate', 'Kisisel_DogumTarihi', 'date'),
    makeField('mobile', 'Kisisel_CepTelefon', 'masked'),
    makeField('passportIssueDate', 'verilis', 'date'),
    makeField('captcha', 'CaptchaInputText', 'captcha'),
    makeField('consent', 'OkudumAnladim', 'checkbox'),
  ];

  it('reads plain inputs directly and Kendo widgets through the bridge', () => {
    expect(readFieldValues(fields(), WIDGETS)).toEqual({
      givenName: { value: 'AYŞE ' },
      street: { value: 'Caferağa Mah.' },
      province: { value: '34', text: 'İstanbul' },
      gender: { value: '2', text: 'Kadın' },
      birthDate: { value: '04.05.1990' },
      mobile: { value: '5551234567' },
      passportIssueDate: { value: '31.01.2020' },
    });
  });

  it('falls back to the DOM without a bridge: the code in the hidden input, the digits of the mask', () => {
    const values = readFieldValues(fields(), []);
    expect(values.gender).toEqual({ value: '2' });
    expect(values.mobile).toEqual({ value: '5551234567' });
    const partial = readFieldValues([makeField('mobile', 'telefon', 'masked')], []);
    expect(partial.mobile).toEqual({ value: '55512' });
  });

  it('never reads captcha, consent or verification codes', () => {
    const values = readFieldValues(fields(), WIDGETS);
    expect(values).not.toHaveProperty('captcha');
    expect(values).not.toHaveProperty('consent');
  });

  it('reads widgets without an id, or with the same id twice, through the handle on each element', () => {
    mount(`
      <input data-role="dropdownlist" value="2" data-eik-handle="abcdef01-7">
      <input id="dup" data-role="dropdownlist" value="1" data-eik-handle="abcdef01-8">
      <input id="dup" data-role="datepicker" value="01.02.1950" data-eik-handle="abcdef01-9">`);
    const [insurance, permit, birth] = Array.from(document.querySelectorAll<HTMLElement>('input'));
    if (!insurance || !permit || !birth) throw new Error('page not built');
    const field = (
      key: 'insuranceType' | 'permitType' | 'birthDate',
      element: HTMLElement,
      widget: 'dropdown' | 'date',
    ) => ({ key, element, anchor: element, widget, matchedBy: 'label', label: key, fillable: true }) as const;
    const fields = [
      field('insuranceType', insurance, 'dropdown'),
      field('permitType', permit, 'dropdown'),
      field('birthDate', birth, 'date'),
    ];
    expect(fields.every(isKendoField)).toBe(true);
    const widgets: WidgetState[] = [
      { handle: 'abcdef01-7', kind: 'dropdown', value: '2', text: 'Private health insurance', enabled: true },
      {
        handle: 'abcdef01-8',
        kind: 'dropdown',
        value: '1',
        text: 'Short-term residence permit',
        enabled: true,
      },
      { handle: 'abcdef01-9', kind: 'date', value: '01.02.1950', text: '01.02.1950', enabled: true },
    ];
    expect(readFieldValues(fields, widgets)).toEqual({
      insuranceType: { value: '2', text: 'Private health insurance' },
      permitType: { value: '1', text: 'Short-term residence permit' },
      birthDate: { value: '01.02.1950' },
    });
  });

  it('tells Kendo fields from plain ones', () => {
    expect(isKendoField(makeField('gender', 'Kisisel_Cinsiyet', 'dropdown'))).toBe(true);
    expect(isKendoField(makeField('province', 'il', 'dropdown'))).toBe(false);
    expect(isKendoField(makeField('givenName', 'ad', 'text'))).toBe(false);
  });
});

describe('watchPlainInputs', () => {
  it('reports input and change events with whether the user made them, until stopped', () => {
    const seen: string[] = [];
    const stop = watchPlainInputs(document, (change) =>
      seen.push(`${change.type}:${change.element.id}:${change.trusted}`),
    );
    // The page cannot hide an event from the watcher by stopping it.
    byId('ad').addEventListener('input', (event) => event.stopPropagation());
    byId('ad').dispatchEvent(new Event('input', { bubbles: true }));
    byId('il').dispatchEvent(new Event('change', { bubbles: true }));
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    stop();
    byId('ad').dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual(['input:ad:false', 'change:il:false']);
  });
});
