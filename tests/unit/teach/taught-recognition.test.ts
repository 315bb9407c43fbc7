/**
 * What a person teaches changes what the assistant recognises, on that kind of page only: an
 * unknown field becomes the field they named (so hints, warnings and the fill follow), a
 * renamed field is found again, and nothing else moves.
 */
import { describe, expect, it } from 'vitest';
import { recognizePage } from '../../../src/page/recognize';
import { asTaughtField, type TaughtField } from '../../../src/page/taught';
import { applyPageVariant, UNKNOWN_EXTRA_LABEL } from '../../support/page-variants';
import { loadSnapshot, pageUrl, replicaPage } from '../page/variant-pages';

function passportPage(lang: 'tr' | 'en' = 'tr') {
  const doc = loadSnapshot(lang, 'wizard-passport');
  applyPageVariant(doc, 'extra-field', 1);
  return { doc, url: pageUrl(replicaPage('wizard-passport')) };
}

const REFERENCE: TaughtField = {
  page: 'wizard-passport',
  label: UNKNOWN_EXTRA_LABEL,
  id: 'ekAlanReferans',
  name: '',
  widget: 'text',
  key: 'foreignerId',
};

describe('taught fields in recognition', () => {
  it('an unknown field is drift until taught; then it is the field named, and the page is whole', () => {
    const { doc, url } = passportPage();
    const before = recognizePage(doc, url);
    expect(before.drift?.unknown).toContain(UNKNOWN_EXTRA_LABEL);
    expect(before.fillAllowed).toBe(false);
    expect(before.unknownControls?.map((control) => control.label)).toEqual([UNKNOWN_EXTRA_LABEL]);

    const after = recognizePage(doc, url, [REFERENCE]);
    expect(after.drift).toBeNull();
    expect(after.fillAllowed).toBe(true);
    const taught = after.fields.find((field) => field.key === 'foreignerId');
    expect(taught).toMatchObject({ matchedBy: 'taught', label: UNKNOWN_EXTRA_LABEL, fillable: true });
    expect(taught?.element.id).toBe('ekAlanReferans');
    expect(after.fields.length).toBe(before.fields.length + 1);
  });

  it('finds the field by label when its id changed, in any case and spacing', () => {
    const { doc, url } = passportPage();
    const input = doc.getElementById('ekAlanReferans') as HTMLElement;
    input.id = 'txtYeni';
    doc.querySelector('label[for="ekAlanReferans"]')?.setAttribute('for', 'txtYeni');
    const relabelled = { ...REFERENCE, id: 'somethingElse', label: 'REFERANS KODU / reference code:' };
    expect(recognizePage(doc, url, [relabelled]).drift).toBeNull();
  });

  it('applies to its own kind of page and widget only', () => {
    const { doc, url } = passportPage();
    for (const other of [
      { ...REFERENCE, page: 'wizard-personal' as const },
      { ...REFERENCE, widget: 'dropdown' as const },
    ]) {
      expect(recognizePage(doc, url, [other]).drift?.unknown).toContain(UNKNOWN_EXTRA_LABEL);
    }
  });

  it('reads stored entries by hand, leaving out anything malformed', () => {
    expect(asTaughtField(REFERENCE)).toEqual(REFERENCE);
    expect(asTaughtField({ ...REFERENCE, key: 'favouriteColour' })).toBeNull();
    expect(asTaughtField({ ...REFERENCE, page: 'nowhere' })).toBeNull();
    expect(asTaughtField({ ...REFERENCE, label: '', id: '', name: '' })).toBeNull();
    expect(asTaughtField({ ...REFERENCE, value: 'AB123' })).toEqual(REFERENCE);
    expect(asTaughtField('x')).toBeNull();
  });
});
