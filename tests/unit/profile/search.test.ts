import { describe, expect, it } from 'vitest';
import { compareByName, foldForSearch, searchProfiles } from '../../../src/profile/search';
import { manyProfiles, sampleProfile } from './helpers';

describe('profile search', () => {
  it('folds case and diacritics the Turkish way', () => {
    for (const text of ['Işık', 'IŞIK', 'ışık', 'isik', 'İŞİK']) expect(foldForSearch(text)).toBe('isik');
    expect(foldForSearch('Çağrı Öztürk')).toBe('cagri ozturk');
    expect(foldForSearch('José Müller')).toBe('jose muller');
  });

  it('finds by name, passport number, foreigner id and notes; every word must match', () => {
    const profiles = [
      sampleProfile({ id: 'a', givenName: 'Işıl', surname: 'Çelik', notes: 'Needs translation' }),
      sampleProfile({
        id: 'b',
        givenName: 'Anna',
        surname: 'Petrova',
        passportNumber: 'U7654321',
        foreignerId: '99000000001',
      }),
    ];
    const ids = (query: string) => searchProfiles(profiles, query).map((profile) => profile.id);
    expect(ids('isil celik')).toEqual(['a']);
    expect(ids('ISIL')).toEqual(['a']);
    expect(ids('u765')).toEqual(['b']);
    expect(ids('99000000001')).toEqual(['b']);
    expect(ids('translation')).toEqual(['a']);
    expect(ids('anna celik')).toEqual([]);
    expect(ids('  ')).toEqual(['a', 'b']);
  });

  // Speed at this size is measured by `npm run bench`, never asserted here.
  it('finds the right profiles among 10,000', () => {
    const profiles = manyProfiles(10_000);
    expect(searchProfiles(profiles, 'ışıl').length).toBe(Math.ceil(10_000 / 7));
  });

  it('sorts by surname with Turkish collation', () => {
    const names = ['Zeki', 'Çelik', 'Ceylan', 'Öz', 'Oz'].map((surname, i) =>
      sampleProfile({ id: `${i}`, surname }),
    );
    expect(names.sort(compareByName).map((profile) => profile.surname)).toEqual([
      'Ceylan',
      'Çelik',
      'Oz',
      'Öz',
      'Zeki',
    ]);
  });
});
