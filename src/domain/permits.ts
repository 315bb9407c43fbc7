/**
 * The residence-permit catalogue: types, short-term purposes (law 6458 art. 31(1), letters a–k
 * in Turkish alphabetical order) and application kinds. Labels are the texts the
 * reconstructed wizard shows (docs/site.md#the-wizard-as-reconstructed); the real option
 * texts and codes are unknown, so the page layer matches them loosely.
 */
import type { OptionLabels } from '../contracts/codes';

export const APPLICATION_KINDS = ['first', 'extension', 'transfer'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const PERMIT_TYPES = [
  'short-term',
  'family',
  'student',
  'long-term',
  'humanitarian',
  'trafficking-victim',
] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];

export const SHORT_TERM_PURPOSES = [
  'scientific-research', // a
  'property-owner', // b
  'business', // c
  'in-service-training', // ç
  'education-exchange', // d
  'tourism', // e
  'medical-treatment', // f
  'authority-request', // g
  'from-family-permit', // ğ
  'turkish-course', // h
  'public-institution-programme', // ı
  'graduate', // i
  'investor', // j
  'trnc-citizen', // k
] as const;
export type ShortTermPurpose = (typeof SHORT_TERM_PURPOSES)[number];

/** Law 6458 art. 31(1) letter of each short-term purpose. */
export const PURPOSE_LETTER: Readonly<Record<ShortTermPurpose, string>> = {
  'scientific-research': 'a',
  'property-owner': 'b',
  business: 'c',
  'in-service-training': 'ç',
  'education-exchange': 'd',
  tourism: 'e',
  'medical-treatment': 'f',
  'authority-request': 'g',
  'from-family-permit': 'ğ',
  'turkish-course': 'h',
  'public-institution-programme': 'ı',
  graduate: 'i',
  investor: 'j',
  'trnc-citizen': 'k',
};

export const PERMIT_TYPE_LABELS: Readonly<Record<PermitType, OptionLabels>> = {
  'short-term': { tr: 'Kısa Dönem İkamet İzni', en: 'Short Term Residence Permit' },
  family: { tr: 'Aile İkamet İzni', en: 'Family Residence Permit' },
  student: { tr: 'Öğrenci İkamet İzni', en: 'Student Residence Permit' },
  'long-term': { tr: 'Uzun Dönem İkamet İzni', en: 'Long Term Residence Permit' },
  humanitarian: { tr: 'İnsani İkamet İzni', en: 'Humanitarian Residence Permit' },
  'trafficking-victim': {
    tr: 'İnsan Ticareti Mağduru İkamet İzni',
    en: 'Residence Permit for Victims of Human Trafficking',
  },
};

export const SHORT_TERM_PURPOSE_LABELS: Readonly<Record<ShortTermPurpose, OptionLabels>> = {
  'scientific-research': { tr: 'bilimsel araştırma', en: 'scientific research' },
  'property-owner': { tr: 'taşınmaz malı bulunan', en: 'owns immovable property' },
  business: { tr: 'ticari bağlantı veya iş kurma', en: 'business connections' },
  'in-service-training': { tr: 'hizmet içi eğitim', en: 'in-service training' },
  'education-exchange': {
    tr: 'eğitim veya öğrenci değişim programları',
    en: 'education / exchange programmes',
  },
  tourism: { tr: 'turizm', en: 'tourism' },
  'medical-treatment': { tr: 'tedavi', en: 'medical treatment' },
  'authority-request': {
    tr: 'adli veya idari makamların talebi',
    en: 'request of judicial or administrative authorities',
  },
  'from-family-permit': { tr: 'aile ikamet izninden geçiş', en: 'transfer from family permit' },
  'turkish-course': { tr: 'Türkçe öğrenme kursu', en: 'Turkish course' },
  'public-institution-programme': {
    tr: 'kamu kurumları aracılığıyla eğitim, araştırma, staj, kurs',
    en: 'training, research, internship or course through public institutions',
  },
  graduate: {
    tr: 'Türkiye’de yükseköğrenimini tamamlayanlar',
    en: 'graduates of Turkish higher education',
  },
  investor: { tr: 'yatırım', en: 'investors' },
  'trnc-citizen': { tr: 'KKTC vatandaşları', en: 'TRNC citizens' },
};

export const INSURANCE_TYPES = [
  'private',
  'sgk-general',
  'bilateral-agreement',
  'sgk-provision',
  'under-18-over-65',
] as const;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];

export const INSURANCE_TYPE_LABELS: Readonly<Record<InsuranceType, OptionLabels>> = {
  private: { tr: 'Özel Sağlık Sigortası', en: 'Private Health Insurance' },
  'sgk-general': { tr: 'Genel Sağlık Sigortası (SGK)', en: 'General Health Insurance (SGK)' },
  'bilateral-agreement': {
    tr: 'İkili Sosyal Güvenlik Sözleşmesi',
    en: 'Bilateral Social Security Agreement',
  },
  'sgk-provision': { tr: 'SGK Provizyon Belgesi', en: 'SGK Provision Document' },
  'under-18-over-65': { tr: '18 yaş altı ve 65 yaş üstü olanlar', en: 'Under 18 and over 65' },
};
