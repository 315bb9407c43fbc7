function e(e, t, n = []) {
  const r = e.find((e) => e.year === t);
  if (r) return { kind: `exact`, figure: r };
  const i = e.filter((e) => e.year < t).sort((e, t) => t.year - e.year)[0];
  if (!i) return { kind: `none`, year: t };
  const a = n.find((e) => e.year === t);
  return a
    ? { kind: `latest-known`, figure: i, year: t, pending: a }
    : { kind: `latest-known`, figure: i, year: t };
}
var t = [
    {
      year: 2026,
      amountTl: 964,
      reference: `goc.gov.tr "Belge Bedeli ve Harç Miktarı" as read by two secondary sources; 2026 Değerli Kağıtlar Tebliği (Sıra 97)`,
      url: `https://www.goc.gov.tr/belge-bedeli-ve-harc-miktari`,
      confidence: `official-copy`,
      lastVerified: `2026-11-23`,
    },
  ],
  n = [
    {
      year: 2027,
      checkedOn: `2026-12-05`,
      note: `The 2027 card fee was not found in the public sources read on 2026-12-05 (the Değerli Kağıtlar Tebliği usually appears in late December).`,
    },
  ],
  r = [
    {
      year: 2026,
      firstMonthPerDayTl: 348.1,
      firstMonthMinimumTl: 653.7,
      firstMonthMaximumTl: 3359.9,
      perFurtherMonthTl: 2232.3,
      reference: `Harçlar Kanunu 492, Tarife 6; figures as summarised by publicservices.guide (own confidence "low", last verified 2026-05-25), citing goc.gov.tr "Belge Bedeli ve Harç Miktarı"`,
      url: `https://publicservices.guide/turkey/ikamet-izni-residence-permit-types-foreigners/`,
      confidence: `consultancy`,
      lastVerified: `2026-12-05`,
    },
  ],
  i = [
    {
      year: 2027,
      checkedOn: `2026-12-05`,
      note: `The 2027 permit fee tariff (revalued every January) was not found in the public sources read on 2026-12-05.`,
    },
  ],
  a = [`CZ`, `DK`, `IE`, `XK`, `NP`, `LK`, `SY`, `TM`, `PS`],
  o = {
    reference: `goc.gov.tr fee page and its country-group image (ulkelere_gore_harc_miktarlari.png), as read by a public repository`,
    url: `https://www.goc.gov.tr/kurumlar/goc.gov.tr/Kanunlar/u%CC%88lkelere_go%CC%88re_harc_miktarlari.png`,
    confidence: `official-copy`,
    lastVerified: `2026-11-23`,
  };
function s(r) {
  return e(t, r, n);
}
function c(t) {
  return e(r, t, i);
}
var l = (e) => Math.round(e * 100);
function u(e, t, n) {
  return n || t <= 0 ? 0 : (l(e.firstMonthMaximumTl) + (t - 1) * l(e.perFurtherMonthTl)) / 100;
}
export { a as r, c as o, e as s, o as n, s as i, t, u as a };
//# sourceMappingURL=fees-Dxg5fSzV.js.map
