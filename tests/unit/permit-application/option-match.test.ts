import { describe, expect, it } from 'vitest';
import {
  INSURANCE_TYPE_LABELS,
  INSURANCE_TYPES,
  PERMIT_TYPE_LABELS,
  PERMIT_TYPES,
  SHORT_TERM_PURPOSE_LABELS,
  SHORT_TERM_PURPOSES,
} from '../../../src/domain/permits';
import { insuranceTypeOf, permitTypeOf, purposeOf } from '../../../src/permit-application/option-match';

const chosen = (text: string, value = '7') => ({ value, text });

describe('permitTypeOf', () => {
  it('reads every permit type from its Turkish and English option text', () => {
    for (const type of PERMIT_TYPES) {
      expect(permitTypeOf(chosen(PERMIT_TYPE_LABELS[type].tr)), type).toBe(type);
      expect(permitTypeOf(chosen(PERMIT_TYPE_LABELS[type].en)), type).toBe(type);
    }
  });

  it('folds Turkish letters and case: "KISA DÖNEM", "Kisa donem", "kısa dönem"', () => {
    for (const text of ['KISA DÖNEM İKAMET İZNİ', 'Kisa donem ikamet izni', 'kısa dönem']) {
      expect(permitTypeOf(chosen(text))).toBe('short-term');
    }
  });

  it('never reads "İnsan Ticareti Mağduru" as humanitarian', () => {
    expect(permitTypeOf(chosen('İNSAN TİCARETİ MAĞDURU İKAMET İZNİ'))).toBe('trafficking-victim');
    expect(permitTypeOf(chosen('İnsani İkamet İzni'))).toBe('humanitarian');
  });

  it('takes one of our own ids as the code, and gives nothing for the empty choice or an unknown text', () => {
    expect(permitTypeOf({ value: 'student' })).toBe('student');
    expect(permitTypeOf({ value: '', text: 'Seçiniz...' })).toBeUndefined();
    expect(permitTypeOf(chosen('Çalışma İzni'))).toBeUndefined();
    expect(permitTypeOf(undefined)).toBeUndefined();
  });
});

describe('purposeOf', () => {
  it('reads the purpose at the end of "KISA DÖNEM / <purpose>" in both languages', () => {
    expect(purposeOf(chosen('KISA DÖNEM / TURİZM'))).toBe('tourism');
    expect(purposeOf(chosen('SHORT TERM / EDUCATION / EXCHANGE PROGRAMMES'))).toBe('education-exchange');
    expect(purposeOf(chosen("KISA DÖNEM / TÜRKİYE'DE YÜKSEKÖĞRENİMİNİ TAMAMLAYANLAR"))).toBe('graduate');
    expect(purposeOf(chosen('SHORT TERM / INVESTORS'))).toBe('investor');
  });

  it('reads every catalogue label, whichever language the list came back in', () => {
    for (const purpose of SHORT_TERM_PURPOSES) {
      const { tr, en } = SHORT_TERM_PURPOSE_LABELS[purpose];
      expect(purposeOf(chosen(`KISA DÖNEM / ${tr}`)), purpose).toBe(purpose);
      expect(purposeOf(chosen(`SHORT TERM / ${en}`)), purpose).toBe(purpose);
    }
  });

  it('prefers the longest label: "scientific research" is not "training, research…"', () => {
    expect(purposeOf(chosen('KISA DÖNEM / BİLİMSEL ARAŞTIRMA'))).toBe('scientific-research');
    expect(purposeOf(chosen('KISA DÖNEM / KAMU KURUMLARI ARACILIĞIYLA EĞİTİM, ARAŞTIRMA, STAJ, KURS'))).toBe(
      'public-institution-programme',
    );
  });
});

describe('insuranceTypeOf', () => {
  it('reads every insurance option in both languages', () => {
    for (const type of INSURANCE_TYPES) {
      expect(insuranceTypeOf(chosen(INSURANCE_TYPE_LABELS[type].tr)), type).toBe(type);
      expect(insuranceTypeOf(chosen(INSURANCE_TYPE_LABELS[type].en)), type).toBe(type);
    }
  });

  it('recognises the age option worded a little differently', () => {
    expect(insuranceTypeOf(chosen('18 Yaşından Küçük / 65 Yaşından Büyük'))).toBe('under-18-over-65');
    expect(insuranceTypeOf(chosen('SGK'))).toBeUndefined();
  });
});
