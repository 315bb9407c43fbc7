import { beforeEach, describe, expect, it } from 'vitest';
import { domHolds, readWidgetDom } from '../../../src/page/widget-dom';
import { byId, mount } from './fill-helpers';

beforeEach(() => {
  mount(`
    <span class="k-picker k-dropdownlist"><span class="k-input-inner"><span class="k-input-value-text">Özel Sağlık Sigortası</span></span>
      <input id="sigorta" data-role="dropdownlist" value="1" style="display:none"></span>
    <span class="k-widget k-dropdown"><span class="k-dropdown-wrap"><span class="k-input">Kısa Dönem</span></span>
      <input id="legacy" data-role="dropdownlist" value="2" style="display:none"></span>
    <span class="k-widget k-combobox"><input class="k-input-inner" value="Suriye"><input id="combo" data-role="combobox" value="760" style="display:none"></span>
    <input id="tarih" data-role="datepicker" value="04.05.1990">
    <input id="telefon" data-role="maskedtextbox" value="(555) 123-45-67">
    <input id="telefon90" data-role="maskedtextbox" value="+90 (555) 123-45-67">`);
});

describe('readWidgetDom', () => {
  it('reads the posted code and the shown text of lists, new and legacy rendering and ComboBox', () => {
    expect(readWidgetDom(byId('sigorta'), 'dropdown')).toEqual({
      posted: '1',
      shown: 'Özel Sağlık Sigortası',
    });
    expect(readWidgetDom(byId('legacy'), 'dropdown')).toEqual({ posted: '2', shown: 'Kısa Dönem' });
    expect(readWidgetDom(byId('combo'), 'dropdown')).toEqual({ posted: '760', shown: 'Suriye' });
  });
});

describe('domHolds', () => {
  it('holds a list value only when both the code and the shown text match', () => {
    expect(domHolds(byId('sigorta'), 'dropdown', '1', 'ÖZEL SAĞLIK SİGORTASI')).toBe(true);
    expect(domHolds(byId('sigorta'), 'dropdown', '1', 'Genel Sağlık Sigortası')).toBe(false);
    expect(domHolds(byId('sigorta'), 'dropdown', '2', 'Özel Sağlık Sigortası')).toBe(false);
    expect(domHolds(byId('sigorta'), 'dropdown', '')).toBe(false);
  });

  it('reads dates day first only: a month-first text could be another date', () => {
    const date = byId('tarih');
    expect(domHolds(date, 'date', '04.05.1990')).toBe(true);
    date.value = '4/5/1990';
    expect(domHolds(date, 'date', '04.05.1990')).toBe(true);
    date.value = '1990-05-04';
    expect(domHolds(date, 'date', '04.05.1990')).toBe(true);
    date.value = '05.04.1990';
    expect(domHolds(date, 'date', '04.05.1990')).toBe(false);
    date.value = '';
    expect(domHolds(date, 'date', '')).toBe(true);
  });

  it('compares a masked box by its digits, allowing a short literal prefix of the mask', () => {
    expect(domHolds(byId('telefon'), 'masked', '5551234567')).toBe(true);
    expect(domHolds(byId('telefon90'), 'masked', '5551234567')).toBe(true);
    expect(domHolds(byId('telefon'), 'masked', '5551234568')).toBe(false);
    expect(domHolds(byId('telefon'), 'masked', '')).toBe(false);
  });
});
