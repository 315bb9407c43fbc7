/**
 * Values the page prints as text (the current permit on an extension's permit step): found
 * beside their label in every common markup, read like any field, and never filled.
 */
import { describe, expect, it } from 'vitest';
import { planFill } from '../../../src/features/fill/page/fill';
import { chooseHere } from '../../../src/features/fill/page/option-choice';
import { readPageValues } from '../../../src/features/live-checks/content/page-values';
import { recognizePage } from '../../../src/page/recognize';
import { factsFromSession } from '../../../src/permit-application/page-facts';
import { htmlDocument } from '../../support/html-document';
import { loadSnapshot, pageUrl, replicaPage } from './variant-pages';

const URL_PERMIT = 'https://e-ikamet.goc.gov.tr/Ikamet/Basvuru/IkametIzniBilgileri';
const URL_STATUS = 'https://e-ikamet.goc.gov.tr/Ikamet/BasvuruDurum';

/** The permit step's four inputs, then the current permit printed in the given markup. */
function permitStep(printed: string, lang: 'tr' | 'en' = 'tr'): Document {
  const labels =
    lang === 'tr'
      ? ['İkamet İzni Türü', 'Kalış Amacı', 'Talep Edilen Başlangıç Tarihi', 'Talep Edilen Bitiş Tarihi']
      : ['Type of Residence Permit', 'Purpose of Stay', 'Requested Start Date', 'Requested End Date'];
  const rows = labels
    .map(
      (label, index) =>
        `<div class="form-group"><label class="col-lg-4 control-label" for="f${index}">${label}</label>` +
        `<div class="col-lg-8 controls">${index < 2 ? `<select id="f${index}"></select>` : `<input class="form-control" id="f${index}" type="date">`}</div></div>`,
    )
    .join('');
  const html = `<html lang="${lang}"><body><h3>${lang === 'tr' ? 'İkamet İzni Bilgileri' : 'Residence Permit Information'}</h3>
    <form><div class="form-horizontal">${rows}</div>${printed}</form></body></html>`;
  return htmlDocument(html);
}

const TR_TYPE = 'Mevcut İkamet İzni Türü';
const TR_END = 'Mevcut İkamet İzni Bitiş Tarihi';

const MARKUPS: readonly (readonly [string, string])[] = [
  [
    'p.form-control-static',
    `<div class="form-group"><label class="col-lg-4 control-label">${TR_TYPE}</label><div class="col-lg-8"><p class="form-control-static">Kısa Dönem İkamet İzni</p></div></div>
     <div class="form-group"><label class="col-lg-4 control-label">${TR_END}</label><div class="col-lg-8"><p class="form-control-static">15.01.2027</p></div></div>`,
  ],
  [
    'dl/dd',
    `<dl class="dl-horizontal"><dt>${TR_TYPE}</dt><dd>Kısa Dönem İkamet İzni</dd><dt>${TR_END}</dt><dd>15.01.2027</dd></dl>`,
  ],
  [
    'th/td',
    `<table><tr><th>${TR_TYPE}</th><td>Kısa Dönem İkamet İzni</td></tr><tr><th>${TR_END}</th><td>15.01.2027</td></tr></table>`,
  ],
  [
    'td/td',
    `<table><tr><td>${TR_TYPE}:</td><td>Kısa Dönem İkamet İzni</td><td>${TR_END}:</td><td>15.01.2027</td></tr></table>`,
  ],
  [
    'strong + span',
    `<div><strong>${TR_TYPE}:</strong> <span>Kısa Dönem İkamet İzni</span></div><div><strong>${TR_END}:</strong> <span>15.01.2027</span></div>`,
  ],
  [
    'sibling divs',
    `<div class="row"><div class="col-sm-4"><span>${TR_TYPE}</span></div><div class="col-sm-8">Kısa Dönem İkamet İzni</div></div>
     <div class="row"><div class="col-sm-4"><span>${TR_END}</span></div><div class="col-sm-8">15.01.2027</div></div>`,
  ],
];

describe('read-only display fields', () => {
  it.each(MARKUPS)('%s: recognised, read, never fillable', (_name, printed) => {
    const recognition = recognizePage(permitStep(printed), URL_PERMIT);
    expect(recognition.kind).toBe('wizard-permit');
    expect(recognition.drift).toBeNull();
    const type = recognition.fields.find((field) => field.key === 'currentPermitType');
    const end = recognition.fields.find((field) => field.key === 'currentPermitEnd');
    expect(type?.fillable).toBe(false);
    expect(end?.fillable).toBe(false);
    expect(end?.widget).toBe('readonly');
    expect(end?.label).toBe(TR_END);

    const values = readPageValues(recognition.fields, new Map());
    expect(values.currentPermitEnd).toEqual({ value: '15.01.2027' });
    const facts = factsFromSession(values, 'extension');
    expect(facts.currentPermitEnd).toEqual(new Date(2027, 0, 15));
    // Printed as text, the current permit's type is its text: an extension keeps it.
    expect(facts.permitType).toBe('short-term');

    const plan = planFill(
      recognition,
      { currentPermitEnd: '01.01.2030', currentPermitType: 'family' } as never,
      { current: {}, choose: chooseHere },
    );
    for (const key of ['currentPermitType', 'currentPermitEnd'] as const) {
      expect(plan.items.find((item) => item.key === key)).toEqual({
        key,
        action: 'skip',
        reason: 'not-fillable',
      });
    }
  });

  it('reads the English wording and the type by its English text', () => {
    const printed = `<dl><dt>Current Residence Permit Type</dt><dd>Student Residence Permit</dd>
      <dt>Current Residence Permit End Date</dt><dd>01.09.2026</dd></dl>`;
    const recognition = recognizePage(permitStep(printed, 'en'), URL_PERMIT);
    const facts = factsFromSession(readPageValues(recognition.fields, new Map()), 'extension');
    expect(facts).toMatchObject({ currentPermitEnd: new Date(2026, 8, 1), permitType: 'student' });
  });

  it('takes a date only in dd.MM.yyyy: anything else is no fact', () => {
    for (const shown of ['2027-01-15', '15/01/2027', '15.1.2027', '31.02.2027', 'yakında']) {
      const printed = `<dl><dt>${TR_END}</dt><dd>${shown}</dd></dl>`;
      const recognition = recognizePage(permitStep(printed), URL_PERMIT);
      expect(recognition.fields.some((field) => field.key === 'currentPermitEnd')).toBe(true);
      const facts = factsFromSession(readPageValues(recognition.fields, new Map()), 'extension');
      expect(facts.currentPermitEnd, shown).toBeUndefined();
    }
  });

  it('leaves labels printed on pages without such a field as page text, not drift', () => {
    const html = `<html lang="tr"><body><h2>Başvuru Durumunuz</h2><div class="txt-md">
      <table><tr><th>Başvuru Numarası</th><td>2026-34-0000001</td></tr>
      <tr><th>Doğum Tarihi</th><td>01.01.1990</td></tr></table></div></body></html>`;
    const recognition = recognizePage(htmlDocument(html), URL_STATUS);
    expect(recognition.kind).toBe('status');
    expect(recognition.fields).toEqual([]);
    expect(recognition.drift).toBeNull();
  });

  it('does not take a labelled input row, help text or an empty value for a printed value', () => {
    const printed = `<div class="form-group"><label class="col-lg-4 control-label">${TR_END}</label>
      <div class="col-lg-8"><input class="form-control" type="text" value="15.01.2027"></div></div>
      <p><strong>Not:</strong> <span>Mevcut ikamet izni bitiş tarihi kartınızın arka yüzünde yazar ve uzatma başvurusu bu tarihten önce yapılmalıdır.</span></p>
      <dl><dt>${TR_TYPE}</dt><dd></dd></dl>`;
    const recognition = recognizePage(permitStep(printed), URL_PERMIT);
    const end = recognition.fields.filter((field) => field.key === 'currentPermitEnd');
    expect(end.map((field) => field.element.tagName)).toEqual(['INPUT']);
    expect(recognition.fields.some((field) => field.key === 'currentPermitType')).toBe(false);
  });

  it('keeps the summary recap to itself: after the save it must not bring the application back', () => {
    const page = replicaPage('wizard-summary');
    const doc = loadSnapshot('tr', page.id);
    for (const cell of doc.querySelectorAll('td[data-ozet]')) cell.textContent = '01.01.1956';
    const permitCell = doc.querySelector('td[data-ozet="IkametIzni.Turu"]');
    if (permitCell) permitCell.textContent = 'Öğrenci İkamet İzni';
    const recognition = recognizePage(doc, pageUrl(page));
    expect(recognition.kind).toBe('wizard-summary');
    expect(recognition.fields.map((field) => field.key)).toEqual(['consent']);
    expect(readPageValues(recognition.fields, new Map())).toEqual({});
  });
});
