import { u as a, D as e, s as i, c as n, w as o, l as r, T as t } from './jsxRuntime-Bh-NUgTm.js';
function s(e, n, r) {
  const i = o(e, r?.in);
  return isNaN(n) ? t(r?.in || e, NaN) : (n && i.setDate(i.getDate() + n), i);
}
function c(e, t) {
  const n = o(e, t?.in);
  return n.setHours(0, 0, 0, 0), n;
}
function l(e, t, n) {
  return s(e, -t, n);
}
var u = [
    { month: 1, day: 1, name: `holiday.newYear`, halfDay: !1 },
    { month: 4, day: 23, name: `holiday.nationalSovereignty`, halfDay: !1 },
    { month: 5, day: 1, name: `holiday.labourDay`, halfDay: !1 },
    { month: 5, day: 19, name: `holiday.youthAndSports`, halfDay: !1 },
    { month: 7, day: 15, name: `holiday.democracyAndNationalUnity`, halfDay: !1 },
    { month: 8, day: 30, name: `holiday.victory`, halfDay: !1 },
    { month: 10, day: 28, name: `holiday.republicEve`, halfDay: !0 },
    { month: 10, day: 29, name: `holiday.republic`, halfDay: !1 },
  ],
  d = `https://github.com/vacanza/holidays/blob/dev/holidays/countries/turkey.py`,
  f = {
    reference: `Diyanet calendar as reported by haberturk, ekonomist and kayserigundem; agrees with the python-holidays library (turkey.py)`,
    url: d,
    confidence: `consultancy`,
  },
  p = {
    reference: `Diyanet İşleri Başkanlığı dini günler takvimi as reproduced by the python-holidays library (turkey.py)`,
    url: d,
    confidence: `consultancy`,
    note: `re-check against Diyanet`,
  },
  m = [
    {
      year: 2025,
      ramadanFeast: { eve: `2025-03-29`, first: `2025-03-30`, last: `2025-04-01` },
      sacrificeFeast: { eve: `2025-06-05`, first: `2025-06-06`, last: `2025-06-09` },
      source: f,
    },
    {
      year: 2026,
      ramadanFeast: { eve: `2026-03-19`, first: `2026-03-20`, last: `2026-03-22` },
      sacrificeFeast: { eve: `2026-05-26`, first: `2026-05-27`, last: `2026-05-30` },
      source: f,
    },
    {
      year: 2027,
      ramadanFeast: { eve: `2027-03-08`, first: `2027-03-09`, last: `2027-03-11` },
      sacrificeFeast: { eve: `2027-05-15`, first: `2027-05-16`, last: `2027-05-19` },
      source: { ...p, reference: `python-holidays library (turkey.py), Diyanet-confirmed 1936–2032` },
    },
    {
      year: 2028,
      ramadanFeast: { eve: `2028-02-25`, first: `2028-02-26`, last: `2028-02-28` },
      sacrificeFeast: { eve: `2028-05-04`, first: `2028-05-05`, last: `2028-05-08` },
      source: p,
    },
    {
      year: 2029,
      ramadanFeast: { eve: `2029-02-13`, first: `2029-02-14`, last: `2029-02-16` },
      sacrificeFeast: { eve: `2029-04-23`, first: `2029-04-24`, last: `2029-04-27` },
      source: p,
    },
    {
      year: 2030,
      ramadanFeast: { eve: `2030-02-03`, first: `2030-02-04`, last: `2030-02-06` },
      sacrificeFeast: { eve: `2030-04-12`, first: `2030-04-13`, last: `2030-04-16` },
      source: p,
    },
  ],
  h = 2025,
  g = 2030,
  _ = class extends Error {
    year;
    name = `CalendarRangeError`;
    constructor(e) {
      super(`The working-day calendar covers ${h}–${g}, not ${e}`), (this.year = e);
    }
  };
function v(e) {
  const [t, n, i] = e.split(`-`).map(Number);
  return r(new Date(t ?? 0, (n ?? 1) - 1, i ?? 1));
}
function y() {
  const e = new Map();
  for (const t of m) {
    const n = [
      [t.ramadanFeast, `holiday.ramadanFeastEve`, `holiday.ramadanFeast`],
      [t.sacrificeFeast, `holiday.sacrificeFeastEve`, `holiday.sacrificeFeast`],
    ];
    for (const [t, r, i] of n) {
      e.set(v(t.eve), { name: r, halfDay: !0 });
      for (let n = v(t.first); n <= v(t.last); n += 1) e.set(n, { name: i, halfDay: !1 });
    }
  }
  return e;
}
var b = y();
function x(e) {
  const t = new Date(e * 864e5),
    n = t.getUTCFullYear();
  if (n < 2025 || n > 2030) throw new _(n);
  const r = t.getUTCDay(),
    i = r === 0 || r === 6,
    a = t.getUTCMonth() + 1,
    o = t.getUTCDate(),
    s = b.get(e),
    c = u.find((e) => e.month === a && e.day === o),
    l = [s, c].find((e) => e !== void 0 && !e.halfDay);
  if (l) return { working: !1, halfDay: !1, weekend: i, holidayName: l.name };
  const d = s ?? c;
  return d
    ? { working: !i, halfDay: !i, weekend: i, holidayName: d.name }
    : { working: !i, halfDay: !1, weekend: i };
}
function S(e) {
  return x(r(e));
}
function C(e, t) {
  if (!Number.isInteger(t) || t < 0) throw RangeError(`addWorkingDays needs a whole n ≥ 0, got ${t}`);
  let i = r(e);
  x(i);
  for (let e = t; e > 0; ) (i += 1), x(i).working && --e;
  return n(i);
}
var w = `2026-11-23`,
  T = `https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf`,
  E = `https://www.mevzuat.gov.tr/MevzuatMetin/yonetmelik/7.5.21460.pdf`,
  D = `https://e-ikamet.goc.gov.tr/Ikamet/IstenenBelgeler/BasvuruFormuBelgelerIliskinAciklamalar`,
  O = `https://yimer.gov.tr/TR/Index`,
  k = { O: `official`, 'O*': `official-copy`, C: `consultancy`, U: `uncertain` };
function A(t) {
  return t
    .split(`/`)
    .map((e) => {
      const n = k[e.trim()];
      if (n === void 0) throw Error(`Unknown confidence mark "${e}" in "${t}"`);
      return n;
    })
    .reduce((t, n) => (e.indexOf(n) > e.indexOf(t) ? n : t));
}
function j(e, t, n) {
  return { reference: e, url: t, confidence: A(n), lastVerified: w };
}
var M = j(`YUKK 24(2); repeated by YİMER`, T, `O`),
  N = {
    id: `extension-window`,
    rulebookIds: [`T3`, `T2`],
    sources: [M],
    messageKeys: [
      `extension-window.tooEarly`,
      `extension-window.open`,
      `extension-window.expired`,
      `extension-window.expiredLong`,
    ],
    evaluate(e, t) {
      const n = e.currentPermitEnd;
      if (e.applicationKind !== `extension` || !n) return [];
      let r = l(n, 60),
        o = i(t, n),
        c = { ruleId: `extension-window`, fields: [`currentPermitEnd`], source: M },
        u = a(n),
        d;
      return (
        (d =
          i(t, r) < 0
            ? {
                ...c,
                severity: `warning`,
                messageKey: `extension-window.tooEarly`,
                params: { currentPermitEnd: u, windowOpens: a(r), daysUntilOpen: i(r, t) },
              }
            : o <= 0
              ? {
                  ...c,
                  severity: `info`,
                  messageKey: `extension-window.open`,
                  params: { currentPermitEnd: u, daysLeft: i(n, t) },
                }
              : o <= 10
                ? {
                    ...c,
                    severity: `error`,
                    messageKey: `extension-window.expired`,
                    params: { currentPermitEnd: u, daysLate: o, lastNewApplicationDay: a(s(n, 10)) },
                  }
                : {
                    ...c,
                    severity: `error`,
                    messageKey: `extension-window.expiredLong`,
                    params: { currentPermitEnd: u, daysLate: o },
                  }),
        [d]
      );
    },
  };
export { _ as s, C as c, c as d, D as n, E as r, j as o, l as u, N as t, O as i, S as l, s as f, T as a };
//# sourceMappingURL=extension-window-TvZR20tl.js.map
