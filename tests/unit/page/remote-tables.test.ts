/**
 * The content script's recognition tables come from the background (`overlay-assets`): what
 * arrives must be the catalogues themselves, RegExps included, and the modules the content
 * script's build puts in the catalogues' place must offer what the catalogues offer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assistantBackground } from '../../../src/background/assistant';
import { handleRequestsOf, route } from '../../../src/background/router';
import * as catalogue from '../../../src/page/catalogue';
import * as remoteCatalogue from '../../../src/page/catalogue.remote';
import * as pages from '../../../src/page/pages';
import * as remotePages from '../../../src/page/pages.remote';
import { installRecognitionTables } from '../../../src/page/remote-tables';
import { decodeTables, encodeTables } from '../../../src/page/tables-wire';

handleRequestsOf(assistantBackground);

// The compiler checks that each swapped module offers every export of the module it replaces.
const swapsForCatalogue: typeof catalogue = remoteCatalogue;
const swapsForPages: typeof pages = remotePages;

const TABLES = { fields: catalogue.fieldCatalogue(), pages: pages.pageCatalogue() };

describe('recognition tables on the wire', () => {
  it('arrive as they were written, RegExps with their flags', () => {
    const decoded = decodeTables(encodeTables(TABLES));
    expect(decoded).toEqual(TABLES);
    expect(decoded.fields.givenName.labels.tr.some((pattern) => pattern instanceof RegExp)).toBe(true);
    const paths = decoded.pages.flatMap((page) => page.paths);
    expect(paths.every((path) => path instanceof RegExp)).toBe(true);
    expect(paths.map(String)).toEqual(TABLES.pages.flatMap((page) => page.paths).map(String));
  });

  it('are answered by the background with the overlay stylesheet', async () => {
    fakeBrowser.reset();
    const reply = (await route({ type: 'overlay-assets', request: {} })) as {
      ok: boolean;
      value: { tables: string; css: string };
    };
    expect(reply.ok).toBe(true);
    expect(decodeTables(reply.value.tables)).toEqual(TABLES);
    // (Vitest loads stylesheets empty; the e2e specs see the overlay styled.)
    expect(typeof reply.value.css).toBe('string');
  });
});

describe('the content script build’s catalogue modules', () => {
  beforeAll(() => installRecognitionTables(encodeTables(TABLES)));

  it('export what the catalogues export', () => {
    expect(Object.keys(swapsForCatalogue).sort()).toEqual(Object.keys(catalogue).sort());
    expect(Object.keys(swapsForPages).sort()).toEqual(Object.keys(pages).sort());
  });

  it('give the tables the background sent', () => {
    expect(remoteCatalogue.fieldCatalogue()).toEqual(catalogue.fieldCatalogue());
    expect(remotePages.pageCatalogue()).toEqual(pages.pageCatalogue());
    expect(remoteCatalogue.GATE_KEYS).toBe(catalogue.GATE_KEYS);
    expect(remotePages.CURRENT_PERMIT_FIELDS).toBe(pages.CURRENT_PERMIT_FIELDS);
  });
});
