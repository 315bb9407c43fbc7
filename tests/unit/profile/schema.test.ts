import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../../src/contracts/field-keys';
import { issuesToMessages } from '../../../src/profile/messages';
import { PROFILE_FIELD_KEYS, profileSchema } from '../../../src/profile/schema';
import { sampleProfile } from './helpers';

function problems(input: unknown) {
  const result = profileSchema.safeParse(input);
  return result.success
    ? []
    : issuesToMessages(result.error.issues).map(({ path, key }) => `${path}: ${key}`);
}

describe('profile schema', () => {
  it('accepts a complete profile and returns it unchanged', () => {
    const profile = sampleProfile();
    expect(profileSchema.parse(profile)).toEqual(profile);
  });

  it('names every data field after a FieldKey', () => {
    const known = new Set<string>(FIELD_KEYS);
    expect(PROFILE_FIELD_KEYS.filter((key) => !known.has(key))).toEqual([]);
  });

  it('needs a given name or a surname', () => {
    const { givenName: _g, surname: _s, ...nameless } = sampleProfile();
    expect(problems(nameless)).toEqual(['surname: error.name.required']);
    expect(problems({ ...nameless, surname: 'Garcia' })).toEqual([]);
  });

  it.each([
    ['birthDate', '1.2.1990', 'error.date.shape'],
    ['birthDate', '31.02.1990', 'error.date.calendar'],
    ['birthDate', '01.01.0990', 'error.date.year'],
    ['foreignerId', '12345678901', 'error.foreignerId'],
    ['foreignerId', '9912345678', 'error.foreignerId'],
    ['mobile', '05321234567', 'error.mobile'],
    ['mobile', '4321234567', 'error.mobile'],
    ['email', 'maria@', 'error.email'],
    ['passportNumber', 'PA 123456', 'error.passportNumber'],
    ['passportNumber', 'P12', 'error.passportNumber'],
    ['givenName', 'Мария', 'error.name.latin'],
    ['givenName', 'Maria2', 'error.name.latin'],
    ['nationality', 'Spain', 'error.country'],
    ['gender', 'unknown', 'error.option'],
    ['province', '82', 'error.option'],
    ['applicationNumber', '2026-88-063827', 'error.applicationNumber'],
  ])('refuses %s = %j with %s', (field, value, key) => {
    expect(problems(sampleProfile({ [field]: value }))).toEqual([`${field}: ${key}`]);
  });

  it('refuses control characters, line separators, bidi overrides and lone surrogates', () => {
    for (const evil of [
      'Bell\u0007',
      'Two\nLines',
      'Nul\u0000',
      'Rev\u202Eesrever',
      'Sep\u2028x',
      '\uD800x',
    ]) {
      expect(problems(sampleProfile({ birthPlace: evil }))).toEqual(['birthPlace: error.controlCharacter']);
    }
  });

  it('allows line breaks in notes, and HTML as plain text', () => {
    expect(problems(sampleProfile({ notes: 'line one\nline two\t<b>bold</b><script>x</script>' }))).toEqual(
      [],
    );
  });

  it('caps very long strings', () => {
    expect(problems(sampleProfile({ birthPlace: 'x'.repeat(201) }))).toEqual(['birthPlace: error.tooLong']);
    expect(problems(sampleProfile({ notes: 'x'.repeat(5_001) }))).toEqual(['notes: error.tooLong']);
  });

  it('reports unknown keys instead of dropping them, and wrong types by name', () => {
    expect(problems({ ...sampleProfile(), favourite: 'blue' })).toEqual([': error.unknownField']);
    expect(problems(sampleProfile({ passportNumber: 123 as unknown as string }))).toEqual([
      'passportNumber: error.type.string',
    ]);
    expect(problems(sampleProfile({ situation: { propertyOwner: 'yes' as unknown as boolean } }))).toEqual([
      'situation.propertyOwner: error.type.boolean',
    ]);
  });

  it('refuses empty strings: absent means unknown', () => {
    expect(problems(sampleProfile({ birthPlace: '' }))).toEqual(['birthPlace: error.empty']);
  });
});
