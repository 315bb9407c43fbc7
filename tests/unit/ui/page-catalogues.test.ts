import { describe, expect, it } from 'vitest';
import arProfile from '../../../locales/ar/profile.json';
import enProfile from '../../../locales/en/profile.json';
import { createProfileText } from '../../../src/features/profiles/popup/text';
import { formatIsolated } from '../../../src/i18n/bidi';
import { loadedPageCatalogues, loadPageCatalogues } from '../../../src/i18n/page-catalogues';

describe('page catalogues, one language at a time', () => {
  it('shows English until a language is loaded, then that language', async () => {
    expect(loadedPageCatalogues('ar')).toBeNull();
    // Arabic is right to left: the Latin texts come wrapped in direction isolates.
    expect(createProfileText('ar').t('app.title')).toBe(formatIsolated(enProfile['app.title']));
    const loaded = await loadPageCatalogues('ar');
    expect(loaded.profile['app.title']).toBe(arProfile['app.title']);
    expect(createProfileText('ar').t('app.title')).toBe(formatIsolated(arProfile['app.title']));
    expect(arProfile['app.title']).not.toBe(enProfile['app.title']);
  });

  it('loads a language once and shares that load', async () => {
    const first = loadPageCatalogues('ru');
    const second = loadPageCatalogues('ru');
    expect(await first).toBe(await second);
    expect(await loadPageCatalogues('en')).toBe(loadedPageCatalogues('en'));
  });
});
