import { describe, expect, it } from 'vitest';
import { isFieldKey } from '../../../src/page/field-keys';
import { nameInitials, profileFieldValues, turkishUpperCase } from '../../../src/profile/field-values';
import { sampleProfile } from './helpers';

describe('profileFieldValues', () => {
  it('gives page-ready strings keyed by FieldKey', () => {
    const values = profileFieldValues(sampleProfile({ givenName: 'Maria Elena', surname: 'Işık' }));
    expect(Object.keys(values).every(isFieldKey)).toBe(true);
    expect(values).toMatchObject({
      givenName: 'MARİA ELENA',
      surname: 'IŞIK',
      givenNameInitials: 'MA',
      surnameInitials: 'IŞ',
      birthDate: '12.03.1990',
      mobile: '5321234567',
      gender: 'female',
      nationality: 'ES',
      province: '34',
      email: 'maria@example.com',
    });
  });

  it('leaves unknown fields out and adds nothing that is not a page field', () => {
    const values = profileFieldValues({
      id: 'x',
      createdAt: 'a',
      updatedAt: 'b',
      surname: 'Weber',
      notes: 'private',
    });
    expect(values).toEqual({ surname: 'WEBER', surnameInitials: 'WE' });
  });

  it('upper-cases the Turkish way', () => {
    expect(turkishUpperCase('istanbul ılık')).toBe('İSTANBUL ILIK');
    expect(nameInitials("d'Artagnan")).toBe('DA');
  });
});
