/**
 * Option texts and step addresses of the replica that several specs choose or open, in one
 * place so the warnings, variants and id-less widget specs cannot drift apart.
 */
import type { ReplicaLang } from './replica';

export const LOCALE: Record<ReplicaLang, string> = { tr: 'tr-TR', en: 'en-US' };
export const SHORT_TERM: Record<ReplicaLang, string> = {
  tr: 'Kısa Dönem İkamet İzni',
  en: 'Short Term Residence Permit',
};
export const PRIVATE_INSURANCE: Record<ReplicaLang, string> = {
  tr: 'Özel Sağlık Sigortası',
  en: 'Private Health Insurance',
};
export const AGE_OPTION: Record<ReplicaLang, string> = {
  tr: '18 yaş altı ve 65 yaş üstü olanlar',
  en: 'Under 18 and over 65',
};

export const WIZARD_PATHS = {
  personal: '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk',
  passport: '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk',
  permitFirst: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=ilk',
  insurance: '/Ikamet/Basvuru/SaglikSigortasi?basvuruTuru=ilk',
  extensionEntry: '/Ikamet/UzatmaGecisGiris/UzatmaBasvuru',
  permitExtension: (end: string) =>
    `/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=uzatma&mevcutBitis=${end}`,
};
