/**
 * The taught fields as stored and exchanged: validated on every write, read and import; a
 * page map file carries no values and a bad file is refused with what is wrong; stored entries
 * that fail validation are set aside and counted, never dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequestsOf, route } from '../../../src/background/router';
import { teachBackground } from '../../../src/features/teach/background';
import {
  importTaught,
  loadTaught,
  pageMapFileText,
  readPageMapFile,
  removeTaught,
  SET_ASIDE_KEY,
  teachField,
} from '../../../src/features/teach/store/taught-store';
import { TAUGHT_KEY, type TaughtField, taughtIdentity } from '../../../src/page/taught';

handleRequestsOf(teachBackground);

const EIKAMET_TAB = { tab: { id: 3 }, url: 'https://e-ikamet.goc.gov.tr/Ikamet/Pasaport' };
const ENTRY: TaughtField = {
  page: 'wizard-passport',
  label: 'Referans Kodu / Reference Code',
  id: 'ekAlanReferans',
  name: '',
  widget: 'text',
  key: 'foreignerId',
};

beforeEach(() => fakeBrowser.reset());

describe('teaching, keeping and forgetting', () => {
  it('keeps a field taught from an e-İkamet tab; the same field taught again takes the newer key', async () => {
    expect(await route({ type: 'teach-field', request: { entry: ENTRY } }, EIKAMET_TAB)).toEqual({
      ok: true,
      value: 1,
    });
    await teachField({ ...ENTRY, key: 'passportNumber' });
    expect((await loadTaught()).fields).toEqual([{ ...ENTRY, key: 'passportNumber' }]);
    await removeTaught(taughtIdentity(ENTRY));
    expect((await loadTaught()).fields).toEqual([]);
  });

  it('refuses other senders and entries that are not field descriptions', async () => {
    expect(await route({ type: 'teach-field', request: { entry: ENTRY } }, {})).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not-from-eikamet' }),
    });
    for (const entry of [
      { ...ENTRY, key: 'nope' },
      { ...ENTRY, value: 'AB123' },
      { ...ENTRY, label: 'x'.repeat(301) },
    ]) {
      expect(await route({ type: 'teach-field', request: { entry } }, EIKAMET_TAB)).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'malformed-request' }),
      });
    }
    expect((await loadTaught()).fields).toEqual([]);
  });

  it('sets aside stored entries that fail validation, and counts them', async () => {
    const broken = { ...ENTRY, key: 'nope' };
    await fakeBrowser.storage.local.set({ [TAUGHT_KEY]: { version: 1, fields: [ENTRY, broken] } });
    expect(await loadTaught()).toEqual({ fields: [ENTRY], setAside: 1 });
    expect((await fakeBrowser.storage.local.get(SET_ASIDE_KEY))[SET_ASIDE_KEY]).toEqual([broken]);
    expect((await loadTaught()).setAside).toBe(1);
  });
});

describe('page map files', () => {
  it('export and import back: labels, ids, names, widgets and keys only', async () => {
    const text = pageMapFileText([ENTRY]);
    expect(JSON.parse(text)).toEqual({ format: 'eikamet-assistant/page-map', version: 1, fields: [ENTRY] });
    const read = readPageMapFile(text);
    expect(read).toEqual({ fields: [ENTRY] });
    if (!('fields' in read)) throw new Error('not read');
    await importTaught(read.fields);
    expect((await loadTaught()).fields).toEqual([ENTRY]);
  });

  it('says what is wrong with a file it cannot use, and stores nothing', async () => {
    const file = (fields: unknown[]) =>
      JSON.stringify({ format: 'eikamet-assistant/page-map', version: 1, fields });
    expect(readPageMapFile('{ not json')).toEqual({ problem: 'not-json' });
    expect(readPageMapFile('{"format":"eikamet-assistant/profiles"}')).toEqual({ problem: 'not-a-page-map' });
    expect(readPageMapFile('x'.repeat(200_001))).toEqual({ problem: 'too-big' });
    expect(readPageMapFile(file([ENTRY, { ...ENTRY, value: 'AB123' }]))).toMatchObject({
      problem: 'entry',
      index: 1,
    });
    expect(readPageMapFile(file([{ ...ENTRY, key: 'nope' }]))).toMatchObject({
      problem: 'entry',
      index: 0,
      detail: expect.stringContaining('key'),
    });
    expect((await loadTaught()).fields).toEqual([]);
  });

  it('takes a copied page map too (its unknown fields are left out)', () => {
    const copied = JSON.stringify({
      format: 'eikamet-assistant/page-map',
      version: 1,
      page: 'wizard-passport',
      lang: 'tr',
      fields: [ENTRY],
      unknown: [{ label: 'Başka', id: '', name: 'x', widget: 'text' }],
    });
    expect(readPageMapFile(copied)).toEqual({ fields: [ENTRY] });
  });
});
