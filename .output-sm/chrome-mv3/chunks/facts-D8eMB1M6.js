import {
  l as a,
  r as c,
  u as d,
  a as e,
  i,
  s as l,
  d as n,
  n as o,
  f as r,
  o as s,
  c as t,
  t as u,
} from './extension-window-TvZR20tl.js';
import { i as ee, t as ne, s as te } from './fees-Dxg5fSzV.js';
import { S as f, w as g, u as h, s as m, T as p } from './jsxRuntime-Bh-NUgTm.js';
import { n as ie, i as re } from './tr-date-Cd9tgXbE.js';
function _(e, t, n) {
  const r = g(e, n?.in);
  if (isNaN(t)) return p(n?.in || e, NaN);
  if (!t) return r;
  const i = r.getDate(),
    a = p(n?.in || e, r.getTime());
  return (
    a.setMonth(r.getMonth() + t + 1, 0),
    i >= a.getDate() ? a : (r.setFullYear(a.getFullYear(), a.getMonth(), i), r)
  );
}
function ae(e, t, n) {
  return _(e, t * 12, n);
}
function oe(e, t) {
  let n,
    r = t?.in;
  return (
    e.forEach((e) => {
      !r && typeof e == `object` && (r = p.bind(null, e));
      const t = g(e, r);
      (!n || n < t || isNaN(+t)) && (n = t);
    }),
    p(r, n || NaN)
  );
}
function se(e, t) {
  let n,
    r = t?.in;
  return (
    e.forEach((e) => {
      !r && typeof e == `object` && (r = p.bind(null, e));
      const t = g(e, r);
      (!n || n > t || isNaN(+t)) && (n = t);
    }),
    p(r, n || NaN)
  );
}
function v(e, n) {
  try {
    const r = t(e, n),
      i = a(r);
    return i.halfDay ? { ok: !0, date: r, halfDayName: i.holidayName } : { ok: !0, date: r };
  } catch (e) {
    if (e instanceof l) return { ok: !1, year: e.year };
    throw e;
  }
}
function y(e, t) {
  return {
    ruleId: e.ruleId,
    severity: `info`,
    messageKey: `calendar.outOfRange`,
    params: { year: t },
    fields: e.fields,
    source: e.source,
  };
}
function b(e, t) {
  return !t.ok || t.halfDayName === void 0
    ? []
    : [
        {
          ruleId: e.ruleId,
          severity: `info`,
          messageKey: `calendar.halfDayDeadline`,
          params: { deadline: h(t.date), holidayKey: t.halfDayName },
          fields: e.fields,
          source: e.source,
        },
      ];
}
var x = s(
    `Law 5490 art. 8 and 50; Regulation on the population records of foreigners residing in Türkiye art. 22 ("yirmi iş günü içinde"); Yön. 23; goc.gov.tr FAQ (copy at e-lkamet.com)`,
    `http://emlakkulisi.com/guncel/adres-degisikligi-bildirimi/552726`,
    `O*`,
  ),
  ce = {
    id: `address-notification`,
    rulebookIds: [`N1`],
    sources: [x],
    messageKeys: [
      `address-notification.deadline`,
      `address-notification.overdue`,
      `address-notification.late`,
      `calendar.outOfRange`,
      `calendar.halfDayDeadline`,
    ],
    evaluate(e, t) {
      if (!e.moveDate || e.applicationKind === `transfer`) return [];
      const n = { ruleId: `address-notification`, source: x, fields: [] },
        r = v(e.moveDate, 20);
      if (!r.ok) return [y(n, r.year)];
      const i = { moveDate: h(e.moveDate), deadline: h(r.date) };
      return e.notifyDate
        ? m(e.notifyDate, r.date) <= 0
          ? []
          : [
              {
                ...n,
                severity: `warning`,
                messageKey: `address-notification.late`,
                params: { ...i, notifyDate: h(e.notifyDate) },
              },
            ]
        : m(t, r.date) > 0
          ? [{ ...n, severity: `warning`, messageKey: `address-notification.overdue`, params: i }]
          : [{ ...n, severity: `info`, messageKey: `address-notification.deadline`, params: i }, ...b(n, r)];
    },
  },
  S = s(
    `YİMER; Adana provincial directorate, "İkamet izni başvuru bilgileri"`,
    `https://adana.goc.gov.tr/tr/news/ikamet-izni-basvuru-bilgileri`,
    `O`,
  ),
  le = {
    id: `appointment-attendance`,
    rulebookIds: [`T7`],
    sources: [S],
    messageKeys: [`appointment-attendance.attend`],
    evaluate(e) {
      return e.applicationKind
        ? [
            {
              ruleId: `appointment-attendance`,
              severity: `info`,
              messageKey: `appointment-attendance.attend`,
              params: {},
              fields: [],
              source: S,
            },
          ]
        : [];
    },
  },
  ue = s(`YUKK 21(5); YİMER`, i, `O`),
  de = {
    id: `decision-time`,
    rulebookIds: [`T8`],
    sources: [ue],
    messageKeys: [`decision-time.ninetyDays`, `decision-time.longTerm`],
    evaluate(e) {
      return e.applicationKind
        ? [
            {
              ruleId: `decision-time`,
              severity: `info`,
              messageKey:
                e.permitType === `long-term` ? `decision-time.longTerm` : `decision-time.ninetyDays`,
              params: {},
              fields: [],
              source: ue,
            },
          ]
        : [];
    },
  };
function C(e) {
  return e.requestedStart ?? (e.applicationKind === `extension` ? e.currentPermitEnd : void 0);
}
function w(e, t) {
  if (e.requestedEnd) return e.requestedEnd;
  if (e.requestedMonths !== void 0) return _(C(e) ?? t, e.requestedMonths);
}
function fe(e) {
  const t = C(e);
  if (e.requestedEnd && t) return { kind: `dates`, start: t, end: e.requestedEnd };
  if (e.requestedMonths !== void 0) return { kind: `months`, months: e.requestedMonths };
}
var T = s(`YUKK 31(2)`, `https://mevzuat.tbmm.gov.tr/mevzuat/faces/maddedetaylari?psira=116170`, `O`),
  pe = s(
    `YUKK 31(2) as amended by Law 6735 (2016): (j) and (k) outside the 2-year cap (O); 5 years per grant per consular and law-firm pages, e.g. kazakistankonsoloslugu.org (C)`,
    `https://mevzuat.tbmm.gov.tr/mevzuat/faces/maddedetaylari?psira=116170`,
    `O/C`,
  ),
  me = s(`YUKK 31(1)(i): one year, once`, e, `O`),
  he = s(`YUKK 34(1) ("üç yılı aşmayacak", 2023+ copies)`, e, `O*`),
  ge = s(`YUKK 46; goc guide copy`, e, `O*`),
  E = s(`YUKK 48–49; goc guide copy`, e, `O*`);
function _e(e) {
  const t = (e, t) => ({ length: e, severity: `error`, source: t, reported: !1 });
  switch (e.permitType) {
    case `short-term`:
      switch (e.shortTermPurpose) {
        case void 0:
          return;
        case `investor`:
        case `trnc-citizen`:
          return { length: { months: 60 }, severity: `warning`, source: pe, reported: !0 };
        case `graduate`:
          return t({ months: 12 }, me);
        default:
          return t({ months: 24 }, T);
      }
    case `family`:
      return t({ months: 36 }, he);
    case `humanitarian`:
      return t({ months: 12 }, ge);
    case `trafficking-victim`:
      return e.applicationKind === `first`
        ? t({ days: 30 }, E)
        : e.applicationKind === `extension`
          ? t({ months: 6 }, E)
          : void 0;
    default:
      return;
  }
}
var ve = {
    id: `duration-cap`,
    rulebookIds: [`D1`, `D2`, `D4`, `D5`, `D8`, `D9`],
    sources: [T, pe, me, he, ge, E],
    messageKeys: [
      `duration-cap.tooLong`,
      `duration-cap.tooManyMonths`,
      `duration-cap.tooLongDays`,
      `duration-cap.tooManyMonthsForDays`,
      `duration-cap.reportedCapExceeded`,
      `duration-cap.reportedCapExceededMonths`,
    ],
    evaluate(e) {
      const t = _e(e),
        n = fe(e);
      if (!t || !n) return [];
      const i = { ruleId: `duration-cap`, severity: t.severity, source: t.source },
        a = `months` in t.length,
        o = `months` in t.length ? { capMonths: t.length.months } : { capDays: t.length.days };
      if (n.kind === `months`) {
        const e = `months` in t.length ? t.length.months : Math.ceil(t.length.days / 30);
        if (n.months <= e) return [];
        const r = t.reported
          ? `duration-cap.reportedCapExceededMonths`
          : a
            ? `duration-cap.tooManyMonths`
            : `duration-cap.tooManyMonthsForDays`;
        return [
          { ...i, messageKey: r, params: { ...o, requestedMonths: n.months }, fields: [`requestedEnd`] },
        ];
      }
      const s = `months` in t.length ? _(n.start, t.length.months) : r(n.start, t.length.days);
      if (m(n.end, s) <= 0) return [];
      const c = t.reported
        ? `duration-cap.reportedCapExceeded`
        : a
          ? `duration-cap.tooLong`
          : `duration-cap.tooLongDays`;
      return [
        {
          ...i,
          messageKey: c,
          params: { ...o, latestEnd: h(s), requestedEnd: h(n.end) },
          fields: [`requestedStart`, `requestedEnd`],
        },
      ];
    },
  },
  D = s(`YUKK 24(3)`, e, `O*`),
  ye = {
    id: `extended-permit-start`,
    rulebookIds: [`T4`],
    sources: [D],
    messageKeys: [`extended-permit-start.mismatch`],
    evaluate(e) {
      const { requestedStart: t, currentPermitEnd: n } = e;
      if (e.applicationKind !== `extension` || !t || !n) return [];
      const i = m(t, n);
      return i === 0 || i === 1
        ? []
        : [
            {
              ruleId: `extended-permit-start`,
              severity: `warning`,
              messageKey: `extended-permit-start.mismatch`,
              params: { requestedStart: h(t), currentPermitEnd: h(n), nextDay: h(r(n, 1)) },
              fields: [`requestedStart`, `currentPermitEnd`],
              source: D,
            },
          ];
    },
  },
  be = [
    {
      year: 2025,
      grossTl: 26005.5,
      netTl: 22104.67,
      reference: `Resmî Gazete 24.12.2024, as reported by news`,
      url: `https://www.resmigazete.gov.tr/`,
      confidence: `consultancy`,
      lastVerified: `2026-11-23`,
    },
    {
      year: 2026,
      grossTl: 33030,
      netTl: 28075.5,
      reference: `Resmî Gazete 26.12.2025, as reported by ntv.com.tr, memurlar.net and haberturk (24–26 Dec 2025)`,
      url: `https://www.ntv.com.tr/`,
      confidence: `consultancy`,
      lastVerified: `2026-11-23`,
    },
  ],
  xe = [
    {
      year: 2027,
      checkedOn: `2026-12-05`,
      note: `The 2027 minimum wage was not found in the public sources read on 2026-12-05 (usually set in late December).`,
    },
  ];
function O(e) {
  return te(be, e, xe);
}
var k = s(
    `YUKK 35(1)(a); minimum wage from src/domain/minimum-wage.ts (news reports of the Resmî Gazete)`,
    e,
    `O*/U`,
  ),
  A = (e) => Math.round(e * 100),
  j = (e) => Math.round(e) / 100;
function M(e, t) {
  return Math.max(A(e), (t * A(e)) / 3);
}
var Se = {
    id: `family-income`,
    rulebookIds: [`F1`],
    sources: [k],
    messageKeys: [
      `family-income.noWageFigure`,
      `family-income.latestKnownFigure`,
      `family-income.belowBothBases`,
      `family-income.belowGrossBasis`,
    ],
    evaluate(e, t) {
      const n = e.supporter?.monthlyIncomeTl,
        r = e.supporter?.familySize;
      if (e.permitType !== `family` || n === void 0 || r === void 0) return [];
      const i = { ruleId: `family-income`, fields: [], source: k },
        a = t.getFullYear(),
        o = O(a);
      if (o.kind === `none`)
        return [{ ...i, severity: `info`, messageKey: `family-income.noWageFigure`, params: { year: a } }];
      const s = o.figure,
        c =
          o.kind === `latest-known`
            ? [
                {
                  ...i,
                  severity: `info`,
                  messageKey: `family-income.latestKnownFigure`,
                  params: { year: a, wageYear: s.year },
                },
              ]
            : [],
        l = M(s.netTl, r),
        u = M(s.grossTl, r),
        d = A(n);
      if (d >= u) return c;
      const f = d < l;
      return [
        ...c,
        {
          ...i,
          severity: f ? `warning` : `info`,
          messageKey: f ? `family-income.belowBothBases` : `family-income.belowGrossBasis`,
          params: {
            income: n,
            familySize: r,
            year: s.year,
            netThreshold: j(l),
            grossThreshold: j(u),
            basis: f ? `net` : `gross`,
            wageReference: s.reference,
          },
        },
      ];
    },
  },
  N = s(`YUKK 35(1)(c); AÇK`, e, `O*`),
  Ce = {
    id: `family-insurance`,
    rulebookIds: [`I4`],
    sources: [N],
    messageKeys: [`family-insurance.notAllMembers`],
    evaluate(e) {
      return e.permitType !== `family` || e.supporter?.insuranceCoversAllMembers !== !1
        ? []
        : [
            {
              ruleId: `family-insurance`,
              severity: `error`,
              messageKey: `family-insurance.notAllMembers`,
              params: {},
              fields: [`insuranceType`],
              source: N,
            },
          ];
    },
  },
  we = (e) => ({
    reference: `Card fee ${e.year}: ${e.reference}`,
    url: e.url,
    confidence: e.confidence,
    lastVerified: e.lastVerified,
  }),
  P = new Map(ne.map((e) => [e.year, we(e)])),
  Te = {
    id: `fee-notice`,
    rulebookIds: [`§10`],
    sources: [...P.values()],
    messageKeys: [`fee-notice.cardFee`, `fee-notice.cardFeeOutdated`],
    evaluate(e, t) {
      if (e.applicationKind === void 0 || e.permitType === void 0) return [];
      const n = t.getFullYear(),
        r = ee(n);
      if (r.kind === `none`) return [];
      const i = P.get(r.figure.year);
      if (!i) return [];
      const a = { ruleId: `fee-notice`, severity: `info`, fields: [], source: i };
      return r.kind === `exact`
        ? [{ ...a, messageKey: `fee-notice.cardFee`, params: { year: n, cardFee: r.figure.amountTl } }]
        : [
            {
              ...a,
              messageKey: `fee-notice.cardFeeOutdated`,
              params: { year: n, figureYear: r.figure.year, cardFee: r.figure.amountTl },
            },
          ];
    },
  },
  F = s(`YUKK 31(1)(i)`, e, `O`),
  I = s(
    `YUKK 31(1)(i): "mezuniyet tarihinden itibaren altı ay içinde müracaat edenler"`,
    `https://mevzuat.tbmm.gov.tr/mevzuat/faces/maddedetaylari?psira=116170`,
    `O`,
  ),
  L = s(
    `gantep.edu.tr, erciyes.edu.tr, ticaret.edu.tr notices (new application within 10 days of graduation)`,
    `https://www.gantep.edu.tr/`,
    `C`,
  ),
  Ee = {
    id: `graduate-window`,
    rulebookIds: [`D4`, `D4b`],
    sources: [F, I, L],
    messageKeys: [`graduate-window.usedBefore`, `graduate-window.late`, `graduate-window.deadlines`],
    evaluate(e, t) {
      if (e.shortTermPurpose !== `graduate`) return [];
      const n = [];
      e.graduatePermitUsedBefore === !0 &&
        n.push({
          ruleId: `graduate-window`,
          severity: `error`,
          messageKey: `graduate-window.usedBefore`,
          params: {},
          fields: [`permitPurpose`],
          source: F,
        });
      const i = e.graduationDate;
      if (!i) return n;
      const a = _(i, 6),
        o = { graduationDate: h(i), windowEnd: h(a) };
      return (
        m(t, a) > 0
          ? n.push({
              ruleId: `graduate-window`,
              severity: `error`,
              messageKey: `graduate-window.late`,
              params: o,
              fields: [`permitPurpose`],
              source: I,
            })
          : n.push({
              ruleId: `graduate-window`,
              severity: `info`,
              messageKey: `graduate-window.deadlines`,
              params: { ...o, tenDayDeadline: h(r(i, 10)) },
              fields: [`permitPurpose`],
              source: L,
            }),
        n
      );
    },
  },
  R = s(
    `AÇK (short-term and student applicants under 18 or over 65); option label "18 yaş altı ve 65 yaş üstü olanlar" from consultancy pages`,
    o,
    `C`,
  );
function z(e) {
  return e < 18 || e > 65;
}
var De = {
    id: `insurance-age`,
    rulebookIds: [`I3`],
    sources: [R],
    messageKeys: [
      `insurance-age.chooseAgeOption`,
      `insurance-age.notEligible`,
      `insurance-age.notForPermitType`,
    ],
    evaluate(e, t) {
      const n = e.permitType,
        r = e.insuranceType;
      if (!n || !r) return [];
      const i = r === `under-18-over-65`,
        a = {
          ruleId: `insurance-age`,
          severity: `warning`,
          fields: [`insuranceType`, `birthDate`],
          source: R,
        };
      if (n !== `short-term` && n !== `student`)
        return i ? [{ ...a, messageKey: `insurance-age.notForPermitType`, params: {} }] : [];
      if (!e.birthDate) return [];
      const o = f(t, e.birthDate),
        s = z(o),
        c = [];
      return (
        s && !i && c.push({ ...a, messageKey: `insurance-age.chooseAgeOption`, params: { age: o } }),
        !s && i && c.push({ ...a, messageKey: `insurance-age.notEligible`, params: { age: o } }),
        c
      );
    },
  },
  B = s(
    `SEDDK Genelge 2024/34 (in force 01.04.2025) on minimum cover of private health insurance for residence permits, as summarised by insurers and consultancies`,
    `https://www.seddk.gov.tr/`,
    `C`,
  ),
  Oe = 15e3,
  ke = {
    id: `insurance-cover`,
    rulebookIds: [`I2`],
    sources: [B],
    messageKeys: [`insurance-cover.seddkMinimum`],
    evaluate(e) {
      return e.insuranceType === `private`
        ? [
            {
              ruleId: `insurance-cover`,
              severity: `info`,
              messageKey: `insurance-cover.seddkMinimum`,
              params: { outpatientMinimum: Oe },
              fields: [`insuranceType`],
              source: B,
            },
          ]
        : [];
    },
  },
  V = s(`AÇK ("Sigorta süresi, talep edilen ikamet izni süresini kapsamalıdır")`, o, `O*`),
  H = s(`YUKK 43(1)(ç)`, e, `O*`);
function Ae(e, t) {
  return e.permitType !== `short-term` && e.permitType !== `student`
    ? !1
    : e.birthDate
      ? z(f(t, e.birthDate))
      : e.insuranceType === `under-18-over-65`;
}
var je = {
    id: `insurance-period`,
    rulebookIds: [`I1`, `I5`],
    sources: [V, H],
    messageKeys: [`insurance-period.startsLate`, `insurance-period.endsEarly`],
    evaluate(e, t) {
      if (Ae(e, t)) return [];
      const n = e.permitType === `long-term` ? H : V,
        r = C(e),
        i = w(e, t),
        a = [];
      return (
        e.insuranceStart &&
          r &&
          m(e.insuranceStart, r) > 0 &&
          a.push({
            ruleId: `insurance-period`,
            severity: `error`,
            messageKey: `insurance-period.startsLate`,
            params: { insuranceStart: h(e.insuranceStart), requestedStart: h(r) },
            fields: [`insuranceStart`, `requestedStart`],
            source: n,
          }),
        e.insuranceEnd &&
          i &&
          m(e.insuranceEnd, i) < 0 &&
          a.push({
            ruleId: `insurance-period`,
            severity: `error`,
            messageKey: `insurance-period.endsEarly`,
            params: { insuranceEnd: h(e.insuranceEnd), requestedEnd: h(i) },
            fields: [`insuranceEnd`, `requestedEnd`],
            source: n,
          }),
        a
      );
    },
  },
  U = s(`YUKK 11(1); YİMER home page`, i, `O`),
  W = s(`Yön. 21(2), quoted at df.tips`, `https://df.tips/t/topic/2127`, `O*`),
  Me = {
    id: `lawful-stay`,
    rulebookIds: [`T1`, `T2`],
    sources: [U, W],
    messageKeys: [`lawful-stay.applyBy`, `lawful-stay.late`, `lawful-stay.ended`],
    evaluate(e, t) {
      if (e.applicationKind !== `first`) return [];
      const n = [e.lawfulStayEnd, e.currentPermitEnd].filter((e) => e !== void 0);
      if (n.length === 0) return [];
      const i = oe(n),
        a = e.currentPermitEnd && m(e.currentPermitEnd, i) === 0 ? [`currentPermitEnd`] : [],
        o = h(i),
        s = m(t, i);
      return s <= 0
        ? [
            {
              ruleId: `lawful-stay`,
              severity: `info`,
              messageKey: `lawful-stay.applyBy`,
              params: { lawfulStayEnd: o, daysLeft: m(i, t) },
              fields: a,
              source: U,
            },
          ]
        : s <= 10
          ? [
              {
                ruleId: `lawful-stay`,
                severity: `warning`,
                messageKey: `lawful-stay.late`,
                params: { lawfulStayEnd: o, daysLate: s, lastAcceptedDay: h(r(i, 10)) },
                fields: a,
                source: W,
              },
            ]
          : [
              {
                ruleId: `lawful-stay`,
                severity: `error`,
                messageKey: `lawful-stay.ended`,
                params: { lawfulStayEnd: o, daysLate: s },
                fields: a,
                source: U,
              },
            ];
    },
  },
  G = s(`YUKK 42–45`, e, `O*`),
  K = s(
    `YUKK 42(1) (Migration Policy Board conditions); goc document list (copy at aytekinavukatlik.com)`,
    `https://aytekinavukatlik.com/yabancilar-icin-uzun-donem-ikamet-izni/`,
    `O*`,
  ),
  q = [
    `long-term-conditions.eightYears`,
    `long-term-conditions.noSocialAssistance`,
    `long-term-conditions.incomeInsuranceOrder`,
    `long-term-conditions.excludedStatuses`,
    `long-term-conditions.timeAbroad`,
  ],
  Ne = {
    id: `long-term-conditions`,
    rulebookIds: [`L1`, `L2`, `L3`, `L4`, `L5`],
    sources: [G, K],
    messageKeys: [...q, `long-term-conditions.policyBoardRoute`],
    evaluate(e) {
      return e.permitType !== `long-term` || e.applicationKind === `extension`
        ? []
        : e.longTermRoute === `policy-board`
          ? [
              {
                ruleId: `long-term-conditions`,
                severity: `info`,
                messageKey: `long-term-conditions.policyBoardRoute`,
                params: {},
                fields: [],
                source: K,
              },
              ...q
                .filter(
                  (e) =>
                    e === `long-term-conditions.excludedStatuses` || e === `long-term-conditions.timeAbroad`,
                )
                .map((e) => ({
                  ruleId: `long-term-conditions`,
                  severity: `info`,
                  messageKey: e,
                  params: {},
                  fields: [],
                  source: G,
                })),
            ]
          : q.map((e) => ({
              ruleId: `long-term-conditions`,
              severity: `info`,
              messageKey: e,
              params: {},
              fields: [],
              source: G,
            }));
    },
  },
  J = s(`YUKK 42; goc lists (aytekinavukatlik copy)`, e, `O*`),
  Pe = {
    id: `long-term-extension`,
    rulebookIds: [`D10`],
    sources: [J],
    messageKeys: [`long-term-extension.notPossible`],
    evaluate(e) {
      return e.permitType !== `long-term` || e.applicationKind !== `extension`
        ? []
        : [
            {
              ruleId: `long-term-extension`,
              severity: `error`,
              messageKey: `long-term-extension.notPossible`,
              params: {},
              fields: [`permitType`],
              source: J,
            },
          ];
    },
  },
  Y = s(
    `goc.gov.tr notice on children born in Türkiye (copy at ikamet-calismaizni.com, 2016); goc guide copies`,
    `https://www.ikamet-calismaizni.com/`,
    `O*`,
  ),
  Fe = {
    id: `newborn-permit`,
    rulebookIds: [`N4`],
    sources: [Y],
    messageKeys: [`newborn-permit.deadline`, `newborn-permit.late`],
    evaluate(e, t) {
      const n = e.childBirthDate;
      if (!n) return [];
      const i = r(n, 180),
        a = m(t, i) > 0;
      return [
        {
          ruleId: `newborn-permit`,
          severity: a ? `warning` : `info`,
          messageKey: a ? `newborn-permit.late` : `newborn-permit.deadline`,
          params: { childBirthDate: h(n), deadline: h(i) },
          fields: [],
          source: Y,
        },
      ];
    },
  },
  X = s(`YUKK 21(2)`, `http://alanyapower.com/2018/10/27/ikamet-izni-basvurusu-kanun-maddeleri/`, `O*`),
  Ie = {
    id: `passport-validity`,
    rulebookIds: [`P1`],
    sources: [X],
    messageKeys: [`passport-validity.tooShort`, `passport-validity.renewFirst`],
    evaluate(e, t) {
      const n = e.passportExpiry,
        i = w(e, t);
      if (!n || !i) return [];
      const a = r(i, 60);
      if (m(n, a) >= 0) return [];
      const o = d(n, 60),
        s = C(e) ?? t;
      return [
        {
          ruleId: `passport-validity`,
          severity: `error`,
          messageKey: m(o, s) <= 0 ? `passport-validity.renewFirst` : `passport-validity.tooShort`,
          params: { passportExpiry: h(n), requestedEnd: h(i), latestEnd: h(o), passportNeeded: h(a) },
          fields: [`passportExpiry`, `requestedEnd`],
          source: X,
        },
      ];
    },
  },
  Le = s(`YUKK 19(1)`, e, `O*`),
  Re = {
    id: `permit-lapse`,
    rulebookIds: [`T10`],
    sources: [Le],
    messageKeys: [`permit-lapse.sixMonths`],
    evaluate(e) {
      return e.applicationKind
        ? [
            {
              ruleId: `permit-lapse`,
              severity: `info`,
              messageKey: `permit-lapse.sixMonths`,
              params: {},
              fields: [],
              source: Le,
            },
          ]
        : [];
    },
  },
  ze = s(`gantep.edu.tr notice`, `https://www.gantep.edu.tr/`, `C`),
  Be = {
    id: `personal-data-notification`,
    rulebookIds: [`N3`],
    sources: [ze],
    messageKeys: [
      `personal-data-notification.deadline`,
      `personal-data-notification.deadlineCalendarDays`,
      `calendar.outOfRange`,
    ],
    evaluate(e) {
      const t = e.personalDataChangeDate;
      if (!t) return [];
      const n = { ruleId: `personal-data-notification`, source: ze, fields: [] },
        i = h(t),
        a = h(r(t, 20)),
        o = v(t, 20);
      return o.ok
        ? [
            {
              ...n,
              severity: `info`,
              messageKey: `personal-data-notification.deadline`,
              params: { changeDate: i, calendarDeadline: a, workingDeadline: h(o.date) },
            },
          ]
        : [
            {
              ...n,
              severity: `info`,
              messageKey: `personal-data-notification.deadlineCalendarDays`,
              params: { changeDate: i, calendarDeadline: a },
            },
            y(n, o.year),
          ];
    },
  },
  Ve = s(
    `2018 goc.gov.tr notice on postal extensions (copy at arpdanismanlik.com); law-firm summaries`,
    `https://www.arpdanismanlik.com/ikamet-izni-uzatma-basvurulari-hakkinda/`,
    `C/U`,
  ),
  He = {
    id: `postal-documents`,
    rulebookIds: [`T5`],
    sources: [Ve],
    messageKeys: [
      `postal-documents.deadline`,
      `postal-documents.late`,
      `calendar.outOfRange`,
      `calendar.halfDayDeadline`,
    ],
    evaluate(e, t) {
      if (e.applicationKind !== `extension`) return [];
      const n = { ruleId: `postal-documents`, source: Ve, fields: [] },
        r = v(t, 5);
      if (!r.ok) return [y(n, r.year)];
      const i = { deadline: h(r.date) };
      return e.mailDate
        ? m(e.mailDate, r.date) <= 0
          ? []
          : [
              {
                ...n,
                severity: `info`,
                messageKey: `postal-documents.late`,
                params: { ...i, mailDate: h(e.mailDate) },
              },
            ]
        : [{ ...n, severity: `info`, messageKey: `postal-documents.deadline`, params: i }, ...b(n, r)];
    },
  },
  Ue = s(
    `goc.gov.tr "Yabancılar" guide (copy at oturmaiznialma.xyz); 4m.com.tr`,
    `https://oturmaiznialma.xyz/`,
    `O*`,
  ),
  We = {
    id: `province-move`,
    rulebookIds: [`N2`],
    sources: [Ue],
    messageKeys: [
      `province-move.deadline`,
      `province-move.late`,
      `province-move.feeCarriesOver`,
      `calendar.outOfRange`,
      `calendar.halfDayDeadline`,
    ],
    evaluate(e, t) {
      if (e.applicationKind !== `transfer`) return [];
      const n = { ruleId: `province-move`, source: Ue, fields: [`province`] },
        r = [{ ...n, severity: `info`, messageKey: `province-move.feeCarriesOver`, params: {} }];
      if (!e.moveDate) return r;
      const i = v(e.moveDate, 20);
      if (!i.ok) return [...r, y(n, i.year)];
      const a = { moveDate: h(e.moveDate), deadline: h(i.date) };
      return m(t, i.date) > 0
        ? [...r, { ...n, severity: `warning`, messageKey: `province-move.late`, params: a }]
        : [...r, { ...n, severity: `info`, messageKey: `province-move.deadline`, params: a }, ...b(n, i)];
    },
  },
  Ge = s(`YUKK 34(2)`, e, `O*/C`),
  Ke = {
    id: `spouse-age`,
    rulebookIds: [`F4`],
    sources: [Ge],
    messageKeys: [`spouse-age.applicantUnder18`, `spouse-age.supporterUnder18`],
    evaluate(e, t) {
      if (e.permitType !== `family` || e.familyRole !== `spouse`) return [];
      const n = [],
        r = { ruleId: `spouse-age`, severity: `warning`, source: Ge };
      if (e.birthDate) {
        const i = f(t, e.birthDate);
        i < 18 &&
          n.push({
            ...r,
            messageKey: `spouse-age.applicantUnder18`,
            params: { age: i },
            fields: [`birthDate`],
          });
      }
      const i = e.supporter?.birthDate;
      if (i) {
        const e = f(t, i);
        e < 18 && n.push({ ...r, messageKey: `spouse-age.supporterUnder18`, params: { age: e }, fields: [] });
      }
      return n;
    },
  },
  qe = s(`YUKK 11(1); YİMER home page (90 days in any 180)`, i, `O`),
  Je = s(
    `Visa exemption lengths by nationality (30 days for some countries), foreign ministry visa page, not read`,
    `https://www.mfa.gov.tr/visa-information-for-foreigners.en.mfa`,
    `U`,
  );
function Ye(e, t) {
  const n = new Set();
  for (const r of e) {
    const e = m(r.entry, t),
      i = m(se([r.exit ?? t, t]), t);
    for (let t = e; t <= i; t += 1) n.add(t);
  }
  let i = [...n].sort((e, t) => e - t),
    a,
    o = 0;
  if (
    (i.forEach((e, t) => {
      for (; (i[o] ?? e) <= e - 180; ) o += 1;
      const n = t - o + 1;
      (!a || n > a.count) && (a = { count: n, end: e });
    }),
    !a)
  )
    return;
  const s = r(t, a.end);
  return { days: a.count, windowStart: d(s, 179), windowEnd: s };
}
var Xe = {
    id: `stay-90-180`,
    rulebookIds: [`T1`],
    sources: [qe, Je],
    messageKeys: [`stay-90-180.exceeded`, `stay-90-180.overShortExemption`],
    evaluate(e, t) {
      if (e.applicationKind !== `first` || !e.stays?.length) return [];
      const n = Ye(e.stays, t);
      return !n || n.days <= 30
        ? []
        : n.days <= 90
          ? [
              {
                ruleId: `stay-90-180`,
                severity: `info`,
                messageKey: `stay-90-180.overShortExemption`,
                params: {
                  days: n.days,
                  shortDays: 30,
                  windowStart: h(n.windowStart),
                  windowEnd: h(n.windowEnd),
                },
                fields: [],
                source: Je,
              },
            ]
          : [
              {
                ruleId: `stay-90-180`,
                severity: `error`,
                messageKey: `stay-90-180.exceeded`,
                params: { days: n.days, windowStart: h(n.windowStart), windowEnd: h(n.windowEnd) },
                fields: [],
                source: qe,
              },
            ];
    },
  },
  Ze = s(`YUKK 34(1)`, e, `O*`),
  Qe = {
    id: `supporter-permit-end`,
    rulebookIds: [`D5`],
    sources: [Ze],
    messageKeys: [`supporter-permit-end.beyond`],
    evaluate(e, t) {
      const n = e.supporter;
      if (e.permitType !== `family` || !n?.permitEnd || n.citizen === !0) return [];
      const r = w(e, t);
      return !r || m(r, n.permitEnd) <= 0
        ? []
        : [
            {
              ruleId: `supporter-permit-end`,
              severity: `error`,
              messageKey: `supporter-permit-end.beyond`,
              params: { requestedEnd: h(r), supporterPermitEnd: h(n.permitEnd) },
              fields: [`requestedEnd`],
              source: Ze,
            },
          ];
    },
  },
  $e = s(`YUKK 35(1)(d)`, e, `O*`),
  et = {
    id: `supporter-residence`,
    rulebookIds: [`F2`],
    sources: [$e],
    messageKeys: [`supporter-residence.tooShort`, `supporter-residence.currentPermitRecent`],
    evaluate(e, t) {
      const n = e.supporter;
      if (e.permitType !== `family` || !n || n.citizen === !0) return [];
      const r = { ruleId: `supporter-residence`, fields: [], source: $e };
      if (n.residenceMonths !== void 0)
        return n.residenceMonths >= 12
          ? []
          : [
              {
                ...r,
                severity: `error`,
                messageKey: `supporter-residence.tooShort`,
                params: { residenceMonths: n.residenceMonths },
              },
            ];
      if (!n.permitStart) return [];
      const i = ae(n.permitStart, 1);
      return m(t, i) >= 0
        ? []
        : [
            {
              ...r,
              severity: `warning`,
              messageKey: `supporter-residence.currentPermitRecent`,
              params: { supporterPermitStart: h(n.permitStart), oneYearDate: h(i) },
            },
          ];
    },
  },
  tt = s(
    `GİGM notice of 02.12.2019 (from 01.01.2020, no tourism permit or extension after 1 year in total or at once on tourism permits without another justified reason), as repeated by YTB on 12.12.2019`,
    `https://ytb.org.tr/tr/duyurular/detay/87`,
    `O*`,
  ),
  nt = s(
    `Suspension of the 1-year limit on 08.09.2020 and stricter practice since 2022, per law-firm pages (artukhukukburosu.com, mihci.av.tr, kutelhukuk.com)`,
    `https://artukhukukburosu.com/turizm-amacli-ikamet-izni/`,
    `C`,
  ),
  Z = s(
    `2025–26 consultancy reports: shorter tourism grants; income of about 1.5 × the net minimum wage per person; minimum wage from src/domain/minimum-wage.ts`,
    `https://mihci.av.tr/turizm-amacli-ikamet-izni/`,
    `U`,
  ),
  rt = 1.5,
  it = {
    id: `tourism-permit`,
    rulebookIds: [`T13`],
    sources: [tt, nt, Z],
    messageKeys: [
      `tourism-permit.oneYearReached`,
      `tourism-permit.oneYearLimit`,
      `tourism-permit.recentPractice`,
      `tourism-permit.recentPracticeNoWage`,
    ],
    evaluate(e, t) {
      if (e.permitType !== `short-term` || e.shortTermPurpose !== `tourism`) return [];
      const n = { ruleId: `tourism-permit`, fields: [`permitPurpose`] },
        r = [],
        i = e.tourismPermitMonths;
      i !== void 0 && i >= 12
        ? r.push({
            ...n,
            severity: `warning`,
            messageKey: `tourism-permit.oneYearReached`,
            params: { months: i, limitMonths: 12 },
            source: tt,
          })
        : (e.applicationKind === `extension` || i !== void 0) &&
          r.push({
            ...n,
            severity: `info`,
            messageKey: `tourism-permit.oneYearLimit`,
            params: { limitMonths: 12 },
            source: nt,
          });
      const a = O(t.getFullYear());
      return (
        a.kind === `none`
          ? r.push({
              ...n,
              severity: `info`,
              messageKey: `tourism-permit.recentPracticeNoWage`,
              params: {},
              source: Z,
            })
          : r.push({
              ...n,
              severity: `info`,
              messageKey: `tourism-permit.recentPractice`,
              params: { perPerson: Math.round(a.figure.netTl * rt * 100) / 100, wageYear: a.figure.year },
              source: Z,
            }),
        r
      );
    },
  },
  at = s(`Yön. 21(8)–(9); goc.gov.tr notice "İkamet İzni Başvuru Belgesinin Sağladığı Haklar"`, c, `O*`),
  ot = {
    id: `travel-while-pending`,
    rulebookIds: [`T9`],
    sources: [at],
    messageKeys: [
      `travel-while-pending.returnBy`,
      `travel-while-pending.tooLong`,
      `travel-while-pending.feesUnpaid`,
    ],
    evaluate(e) {
      const t = e.travel;
      if (!t) return [];
      const n = { ruleId: `travel-while-pending`, fields: [], source: at },
        i = h(t.exit),
        a = h(r(t.exit, 15)),
        o = [];
      return (
        t.return
          ? m(t.return, t.exit) > 15 &&
            o.push({
              ...n,
              severity: `warning`,
              messageKey: `travel-while-pending.tooLong`,
              params: { exit: i, return: h(t.return), latestReturn: a },
            })
          : o.push({
              ...n,
              severity: `info`,
              messageKey: `travel-while-pending.returnBy`,
              params: { exit: i, latestReturn: a },
            }),
        t.feesPaid === !1 &&
          o.push({
            ...n,
            severity: `warning`,
            messageKey: `travel-while-pending.feesUnpaid`,
            params: { exit: i },
          }),
        o
      );
    },
  },
  Q = s(`YUKK 31(3)`, e, `O`),
  st = [
    Me,
    Xe,
    u,
    ye,
    He,
    le,
    de,
    ot,
    Re,
    Ie,
    je,
    De,
    ke,
    Ce,
    ve,
    {
      id: `turkish-course-limit`,
      rulebookIds: [`D3`],
      sources: [Q],
      messageKeys: [`turkish-course-limit.reached`],
      evaluate(e) {
        const t = e.previousTurkishCoursePermits;
        return e.shortTermPurpose !== `turkish-course` || t === void 0 || t < 2
          ? []
          : [
              {
                ruleId: `turkish-course-limit`,
                severity: `error`,
                messageKey: `turkish-course-limit.reached`,
                params: { previousPermits: t, maxPermits: 2 },
                fields: [`permitPurpose`],
                source: Q,
              },
            ];
      },
    },
    it,
    Ee,
    Qe,
    Pe,
    Se,
    et,
    Ke,
    Ne,
    ce,
    We,
    Be,
    Fe,
    Te,
  ],
  ct = { error: 0, warning: 1, info: 2 };
function lt(e, t, r = st) {
  const i = n(t);
  return r.flatMap((t) => t.evaluate(e, i)).sort((e, t) => ct[e.severity] - ct[t.severity]);
}
function $(e) {
  return e !== void 0 && ie(e) === void 0 ? re(e) : void 0;
}
function ut(e) {
  return Object.fromEntries(Object.entries(e).filter(([, e]) => e !== void 0));
}
function dt(e) {
  return e.applicationKind ? e.applicationKind : e.currentPermitEnd ? `extension` : void 0;
}
function ft(e) {
  const t = e.situation?.familyRole;
  if (t !== void 0) return t === `spouse` ? `spouse` : `child`;
}
function pt(e, t) {
  const n = e.situation ?? {},
    r = t
      ? ut({ citizen: n.supporterIsCitizen, permitEnd: $(t.currentPermitEnd), birthDate: $(t.birthDate) })
      : n.supporterIsCitizen === void 0
        ? void 0
        : { citizen: n.supporterIsCitizen };
  return ut({
    applicationKind: dt(e),
    permitType: e.permitType,
    shortTermPurpose: e.permitType === `short-term` ? e.permitPurpose : void 0,
    currentPermitEnd: $(e.currentPermitEnd),
    requestedStart: $(e.requestedStart),
    requestedEnd: $(e.requestedEnd),
    birthDate: $(e.birthDate),
    passportIssueDate: $(e.passportIssueDate),
    passportExpiry: $(e.passportExpiry),
    insuranceType: e.insuranceType,
    insuranceStart: $(e.insuranceStart),
    insuranceEnd: $(e.insuranceEnd),
    supporter: r,
    familyRole: ft(e),
    propertyOwner: n.propertyOwner,
    applyingOnBehalf: n.applyingOnBehalfAs !== void 0 || void 0,
    foreignDocuments: n.foreignIssuedDocuments,
    nonLatinPassport: n.nonLatinPassport,
    longTermRoute: e.permitType === `long-term` ? n.longTermRoute : void 0,
    tourismPermitMonths: n.tourismPermitMonths,
    previousTurkishCoursePermits: n.turkishCoursePermitsBefore,
    graduatePermitUsedBefore: n.graduatePermitUsedBefore,
  });
}
function mt(e, t, n) {
  return lt(pt(e, n), t);
}
function ht(e, t) {
  const n = $(e.birthDate),
    r = { ...(e.situation ?? {}) };
  return n && n <= t ? { ...r, birthDate: n, today: t } : r;
}
export { dt as t, ht as i, Ie as o, lt as a, mt as r, pt as n };
//# sourceMappingURL=facts-D8eMB1M6.js.map
