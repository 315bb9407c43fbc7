/**
 * Each source's reference as every language can show it: legal citations (YUKK 24(2),
 * Yön. 21(2)), Turkish titles as the documents carry them, and the addresses read. A source's
 * `reference` is an English note for the rulebook (docs/rules.md) and the English views; the
 * Turkish, Arabic and Russian views show its citation instead, so they carry no English
 * (issue 14 §5). A reference without an entry here is already such a citation; a test keeps
 * every source's citation free of English words (tests/unit/locales/one-language.test.tsx).
 */
const LIST = 'e-İkamet "İstenen Belgeler"';
const FEE_PAGE = 'goc.gov.tr, "Belge Bedeli ve Harç Miktarı"';
const ONLINE_FAQ = 'Online İkamet Randevu Danışmanlık';

const CITATIONS: Readonly<Record<string, string>> = {
  // Rules
  'YUKK 27(1): a valid work permit counts as a residence permit': 'YUKK 27(1)',
  'YUKK 11(1); YİMER home page': 'YUKK 11(1); yimer.gov.tr',
  "Yön. 21(2): applications up to ten days after the visa, visa exemption or permit ended are also received; where the foreigner's situation and administrative needs require it, the ten-day condition is not applied, under procedures set by the Directorate General":
    'Yön. 21(2)',
  'YUKK 11(1); YİMER home page (90 days in any 180)': 'YUKK 11(1); yimer.gov.tr',
  'Visa exemption lengths by nationality (30 days for some countries), foreign ministry visa page, not read':
    'mfa.gov.tr',
  'Consultancy texts (Online İkamet Randevu Danışmanlık FAQ; 4m.com.tr; simplytr.com): after a conditional entry on a signed form, apply within 10 days': `${ONLINE_FAQ}; 4m.com.tr; simplytr.com`,
  'Yön. 21(10): after a refusal or a cancellation, a new application within six months must give a new justification':
    'Yön. 21(10)',
  'YUKK 24(2); repeated by YİMER': 'YUKK 24(2); YİMER',
  'YUKK 24(2) (extension only before expiry); Yön. 21(2) (a new application up to ten days after the permit ended is also received)':
    'YUKK 24(2); Yön. 21(2)',
  'YİMER; Adana provincial directorate, "İkamet izni başvuru bilgileri"':
    'YİMER; Adana İl Göç İdaresi, "İkamet izni başvuru bilgileri"',
  'YUKK 21(5); repeated by YİMER': 'YUKK 21(5); YİMER',
  'Yön. 21(8)–(9); goc.gov.tr notice "İkamet İzni Başvuru Belgesinin Sağladığı Haklar"':
    'Yön. 21(8)–(9); goc.gov.tr, "İkamet İzni Başvuru Belgesinin Sağladığı Haklar"',
  'YUKK 21(2) (read in a copy at alanyapower.com)': 'YUKK 21(2); alanyapower.com',
  'AÇK (short-term and student applicants under 18 or over 65); option label "18 yaş altı ve 65 yaş üstü olanlar" from consultancy pages':
    'AÇK; "18 yaş altı ve 65 yaş üstü olanlar"',
  'Conflicting readings of the option "18 yaş altı ve 65 yaş üstü olanlar": 65 or over in some consultancy texts, 66 and over in others; no official text settles it':
    'AÇK; "18 yaş altı ve 65 yaş üstü olanlar"',
  'YUKK 43(1)(ç) (valid health insurance); a consultancy FAQ says applicants over 65 may instead bring a document that they could not obtain insurance':
    'YUKK 43(1)(ç)',
  'SEDDK Genelge 2024/34 (in force 01.04.2025) on minimum cover of private health insurance for residence permits, as summarised by insurers and consultancies':
    'SEDDK Genelge 2024/34',
  'YUKK 31(2) as amended by Law 6735 (2016): (j) and (k) outside the 2-year cap (O); 5 years per grant per consular and law-firm pages, e.g. kazakistankonsoloslugu.org (C)':
    'YUKK 31(2); 6735 sayılı Kanun; kazakistankonsoloslugu.org',
  'Consultancy text on YUKK 31(1)(ı) permits (training, research, internship or course through public institutions): "süresi bir yılı aşamaz"':
    'YUKK 31(1)(ı); "süresi bir yılı aşamaz"',
  'YUKK 31(1)(i): one year, once': 'YUKK 31(1)(i)',
  'YUKK 34(1) ("üç yılı aşmayacak", 2023+ copies)': 'YUKK 34(1), "üç yılı aşmayacak"',
  'YUKK 38(2): primary and secondary students, one-year grants': 'YUKK 38(2)',
  'YUKK 46; goc guide copy': 'YUKK 46; goc.gov.tr',
  'YUKK 48–49; goc guide copy': 'YUKK 48–49; goc.gov.tr',
  'GİGM notice of 02.12.2019 (from 01.01.2020, no tourism permit or extension after 1 year in total or at once on tourism permits without another justified reason), as repeated by YTB on 12.12.2019':
    'GİGM 02.12.2019; YTB 12.12.2019',
  'Suspension of the 1-year limit on 08.09.2020 and stricter practice since 2022, per law-firm pages (artukhukukburosu.com, mihci.av.tr, kutelhukuk.com)':
    'artukhukukburosu.com; mihci.av.tr; kutelhukuk.com',
  '2025–26 consultancy reports: shorter tourism grants; income of about 1.5 × the net minimum wage per person; minimum wage from src/domain/minimum-wage.ts':
    'mihci.av.tr; Resmî Gazete',
  'gantep.edu.tr, erciyes.edu.tr, ticaret.edu.tr notices (new application within 10 days of graduation)':
    'gantep.edu.tr; erciyes.edu.tr; ticaret.edu.tr',
  'YUKK 42; goc lists (aytekinavukatlik copy)': 'YUKK 42; goc.gov.tr; aytekinavukatlik.com',
  'YUKK 35(1)(a); minimum wage from src/domain/minimum-wage.ts (news reports of the Resmî Gazete)':
    'YUKK 35(1)(a); Resmî Gazete',
  'Consultancy texts: supporters with refugee or subsidiary-protection status may be exempt from the supporter conditions; a supporter with a work permit need not have held a residence permit for a year':
    'YUKK 35',
  "YUKK 34 as summarised by consultancy guides: switching from a family permit to a short-term permit after 3 years on family permits (on turning 18 or on divorce), on the supporter's death, or after court-established domestic violence":
    'YUKK 34',
  'YUKK 42(1) (Migration Policy Board conditions); goc document list (copy at aytekinavukatlik.com)':
    'YUKK 42(1); goc.gov.tr; aytekinavukatlik.com',
  'goc.gov.tr announcement "Mahalle Kapatma Duyurusu" (1,169 neighbourhoods closed from 01.07.2022; later changes by province), known through news reports; the current list was not read':
    'goc.gov.tr, "Mahalle Kapatma Duyurusu"',
  'Law 5490 art. 50 (address declaration; fine under art. 66); 20 working days after the permit is granted or the card received, per the goc guide as repeated by consultancy texts':
    '5490 sayılı Kanun md. 50, 66; goc.gov.tr',
  'Law 5490 art. 8 and 50; Regulation on the population records of foreigners residing in Türkiye art. 22 ("yirmi iş günü içinde", read in a copy at emlakkulisi.com); Yön. 23; goc.gov.tr FAQ (copy at e-lkamet.com)':
    '5490 sayılı Kanun md. 8, 50; "yirmi iş günü içinde" (emlakkulisi.com); Yön. 23; goc.gov.tr',
  'goc.gov.tr "Yabancılar" guide (copy at oturmaiznialma.xyz); 4m.com.tr':
    'goc.gov.tr, "Yabancılar"; oturmaiznialma.xyz; 4m.com.tr',
  'Consultancy FAQ (Online İkamet Randevu Danışmanlık): a change of faculty, department or school in the same province keeps the permit if notified to the provincial directorate within 20 working days; gantep.edu.tr notice': `${ONLINE_FAQ}; gantep.edu.tr`,
  'Consultancy FAQ (Online İkamet Randevu Danışmanlık): name or surname change in a new passport, notified within 20 working days, none needed otherwise; gantep.edu.tr notice (surname, marital status)': `${ONLINE_FAQ}; gantep.edu.tr`,
  'goc.gov.tr notice on children born in Türkiye (copy at ikamet-calismaizni.com, 2016); goc guide copies':
    'goc.gov.tr; ikamet-calismaizni.com',
  // Fees
  'goc.gov.tr "Belge Bedeli ve Harç Miktarı" as read by two secondary sources; 2026 Değerli Kağıtlar Tebliği (Sıra 97)': `${FEE_PAGE}; 2026 Değerli Kağıtlar Tebliği (Sıra 97)`,
  'goc.gov.tr fee page and its country-group image (ulkelere_gore_harc_miktarlari.png), as read by a public repository':
    'goc.gov.tr (ulkelere_gore_harc_miktarlari.png)',
  'Harçlar Kanunu 492, Tarife 6; figures as summarised by publicservices.guide (own confidence "low", last verified 2026-05-25), citing goc.gov.tr "Belge Bedeli ve Harç Miktarı"': `Harçlar Kanunu 492, Tarife 6; publicservices.guide; ${FEE_PAGE}`,
  // Checklists
  'goc.gov.tr "Belge Bedeli ve Harç Miktarı"; LIST copies': `${FEE_PAGE}; ${LIST}`,
  'canaydin.av.tr (law firm)': 'canaydin.av.tr',
  'YUKK 46, 48; no document list found in the sources read': 'YUKK 46, 48',
  'T7: Adana İl Göç İdaresi, application information': 'Adana İl Göç İdaresi',
  'P6: e-İkamet Açıklamalar (AÇK)': 'e-İkamet Açıklamalar (AÇK)',
  'P5: e-İkamet Açıklamalar (AÇK) (copy: elysiondanismanlik.com)':
    'e-İkamet Açıklamalar (AÇK); elysiondanismanlik.com',
  'Open question: not settled by the sources read': LIST,
  'No purpose-specific list found in the sources read': LIST,
  'N4: goc.gov.tr notice (copy: ikamet-calismaizni.com, 2016)': 'goc.gov.tr; ikamet-calismaizni.com',
  'N4: goc.gov.tr notice on children born in Türkiye (copy: ikamet-calismaizni.com, 2016)':
    'goc.gov.tr; ikamet-calismaizni.com',
  'M1: Antalya İl Göç İdaresi, required documents': 'Antalya İl Göç İdaresi',
  'I7: university SGK notices (tau.edu.tr, beykent.edu.tr)': 'SGK; tau.edu.tr; beykent.edu.tr',
  'I1–I3: e-İkamet Açıklamalar (AÇK); LIST tur=0': `e-İkamet Açıklamalar (AÇK); ${LIST}`,
  'I3: conflicting readings of "18 yaş altı ve 65 yaş üstü olanlar" (65-or-over versus 66-and-over; the 18th birthday)':
    'AÇK; "18 yaş altı ve 65 yaş üstü olanlar"',
  'I1, I5: YUKK 43(1)(ç); e-İkamet Açıklamalar (AÇK); over-65 claim from a consultancy FAQ only':
    'YUKK 43(1)(ç); e-İkamet Açıklamalar (AÇK)',
  'F5: YUKK 34(3)': 'YUKK 34(3)',
  'F1, F2, D5: YUKK 34(1), 35(1)': 'YUKK 34(1), 35(1)',
  'D7: YUKK 38(2)': 'YUKK 38(2)',
  'D10: YUKK 42; goc lists (copy: aytekinavukatlik.com)': 'YUKK 42; goc.gov.tr; aytekinavukatlik.com',
  'YUKK 42(1); goc list for the Migration Policy Board route (copy: aytekinavukatlik.com)':
    'YUKK 42(1); goc.gov.tr; aytekinavukatlik.com',
  'LIST tur=0 copies (valuation); news and consultancy pages (threshold)': LIST,
  'Consultancy list of business-connection documents (notarised imza sirküleri)': '"imza sirküleri"',
  'Consultancy FAQ (Online İkamet Randevu Danışmanlık): the visa for the purpose is still required of primary and secondary students':
    ONLINE_FAQ,
  'Some third-party copies of LIST; on no official list found in the sources read': LIST,
  'e-İkamet İstenen Belgeler (LIST), verbatim copies and university copies': LIST,
  'e-İkamet Açıklamalar (AÇK), P2 (copies: yabancicalismaizni.com, gocmenburo.com)':
    'e-İkamet Açıklamalar (AÇK); yabancicalismaizni.com; gocmenburo.com',
  'Notes on LIST tur=0 in a public repository; university copies of LIST': LIST,
  'LIST tur=0 (copies: turkiyedecalismaizni.com, yabancicalismaizni.com); antalya.goc.gov.tr': `${LIST}; turkiyedecalismaizni.com; yabancicalismaizni.com; antalya.goc.gov.tr`,
  'e-İkamet family LIST (copies: cihatdemirbag.com.tr, ukraynaizmir.com)': `${LIST}; cihatdemirbag.com.tr; ukraynaizmir.com`,
  'University checklists (erbakan.edu.tr, osmaniye.edu.tr, ogu.edu.tr)':
    'erbakan.edu.tr; osmaniye.edu.tr; ogu.edu.tr',
  'YÖK–Göç protocol of 29.11.2023 (osmaniye.edu.tr, nevsehir.edu.tr)':
    'YÖK–Göç 29.11.2023; osmaniye.edu.tr; nevsehir.edu.tr',
  'e-İkamet long-term LIST (copies: moduminfo.com, aytekinavukatlik.com)': `${LIST}; moduminfo.com; aytekinavukatlik.com`,
};

/** The reference as every language can show it (see above). */
export function citationOf(reference: string): string {
  return CITATIONS[reference] ?? reference;
}

/** What a view in `lang` shows as a source's reference: the English note in English, else the citation. */
export function referenceIn(
  source: { readonly reference: string; readonly citation?: string },
  lang: string,
) {
  return lang === 'en' ? source.reference : (source.citation ?? citationOf(source.reference));
}
