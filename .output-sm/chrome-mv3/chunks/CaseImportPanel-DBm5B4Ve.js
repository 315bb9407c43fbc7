import { t as s } from './jsxRuntime-Bh-NUgTm.js';
import { y as a, l as i, c as n, d as r } from './schema-eA1dCwYj.js';
import { n as o } from './tr-date-Cd9tgXbE.js';
import { x as e, z as t } from './use-profiles-uy5lOUCU.js';
var c = [
    `applicationNumber`,
    `passportNumber`,
    `foreignerId`,
    `surname`,
    `givenName`,
    `birthDate`,
    `passportExpiry`,
    `applicationDate`,
    `appointmentDate`,
  ],
  l = {
    applicationNumber: [
      `basvuru no`,
      `basvuru numarasi`,
      `kayit no`,
      `kayit numarasi`,
      `application no`,
      `application number`,
      `registration number`,
    ],
    passportNumber: [
      `belge no`,
      `pasaport no`,
      `pasaport numarasi`,
      `seyahat belgesi no`,
      `number of document`,
      `document no`,
      `document number`,
      `passport no`,
      `passport number`,
    ],
    foreignerId: [
      `yabanci kimlik no`,
      `yabanci kimlik numarasi`,
      `foreign identity number`,
      `foreigner id number`,
      `foreigner identity number`,
    ],
    surname: [`soyadi`, `surname`],
    givenName: [`adi`, `given name`, `given names`, `name`],
    birthDate: [`dogum tarihi`, `date of birth`, `birth date`],
    passportExpiry: [
      `belge gecerlilik tarihi`,
      `gecerlilik tarihi`,
      `son gecerlilik tarihi`,
      `pasaport gecerlilik tarihi`,
      `date of expiry`,
      `expiry date`,
      `valid until`,
    ],
    applicationDate: [`basvuru tarihi`, `application date`, `date of application`],
    appointmentDate: [`randevu tarihi`, `appointment date`],
  },
  u = { i: `[iİıI]`, s: `[sşSŞ]`, c: `[cçCÇ]`, g: `[gğGĞ]`, o: `[oöOÖ]`, u: `[uüUÜ]` };
function d(e) {
  return [...e].map((e) => (e === ` ` ? `\\s+` : (u[e] ?? e))).join(``);
}
var f = c
  .flatMap((e) => l[e].map((t) => ({ field: e, label: t })))
  .sort((e, t) => t.label.length - e.label.length)
  .map(({ field: e, label: t }) => ({ field: e, regex: RegExp(`^\\s*(${d(t)})(?=\\s|:|/|-|–|$)`, `i`) }));
function p(e) {
  for (const { field: t, regex: n } of f) {
    const r = n.exec(e);
    if (!r) continue;
    let i = e.slice(r[0].length),
      a = /^\s*\/\s*/.exec(i);
    if (a) {
      const e = i.slice(a[0].length),
        n = f.find((n) => n.field === t && n.regex.test(e))?.regex.exec(e);
      n && (i = e.slice(n[0].length));
    }
    return { field: t, label: (r[1] ?? ``).trim(), rest: i.replace(/^\s*[:：\-–]?\s*/, ``).trim() };
  }
}
var m = (e) => e.padStart(2, `0`);
function h(e) {
  const t = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s+\d{1,2}[:.]\d{2})?$/.exec(e);
  if (!t) return;
  const n = `${m(t[1] ?? ``)}.${m(t[2] ?? ``)}.${t[3]}`;
  return o(n) === void 0 ? n : void 0;
}
var g = /^[\p{Script=Latin}\p{M} '’.-]+$/u;
function _(e, t) {
  switch (e) {
    case `applicationNumber`: {
      const e = t.replace(/\s+/g, ``);
      return n.test(e) ? e : void 0;
    }
    case `passportNumber`: {
      const e = t.replace(/\s+/g, ``).toUpperCase();
      return r.test(e) ? e : void 0;
    }
    case `foreignerId`: {
      const e = t.replace(/\s+/g, ``);
      return i.test(e) ? e : void 0;
    }
    case `surname`:
    case `givenName`:
      return g.test(t) && /\p{L}/u.test(t) ? t.replace(/\s+/g, ` `) : void 0;
    default:
      return h(t);
  }
}
var v = {
  applicationNumber: `import.certificate.applicationNumber`,
  passportNumber: `import.certificate.passportNumber`,
  foreignerId: `import.certificate.foreignerId`,
  surname: `import.certificate.name`,
  givenName: `import.certificate.name`,
  birthDate: `import.certificate.date`,
  passportExpiry: `import.certificate.date`,
  applicationDate: `import.certificate.date`,
  appointmentDate: `import.certificate.date`,
};
function y(e) {
  let t = {},
    n = 0;
  for (const r of e.split(/\r\n|\r|\n/)) {
    if (r.trim() === ``) continue;
    const e = p(r);
    if (!e) {
      n += 1;
      continue;
    }
    if (e.rest === ``)
      return { ok: !1, error: { key: `import.certificate.missingValue`, params: { label: e.label } } };
    const i = _(e.field, e.rest);
    if (i === void 0)
      return { ok: !1, error: { key: v[e.field], params: { label: e.label, value: e.rest.slice(0, 40) } } };
    const a = t[e.field];
    if (a !== void 0 && a !== i)
      return { ok: !1, error: { key: `import.certificate.conflict`, params: { label: e.label } } };
    t[e.field] = i;
  }
  return Object.keys(t).length === 0
    ? { ok: !1, error: { key: `import.certificate.nothing` } }
    : { ok: !0, data: t, unrecognisedLines: n };
}
var b = new Map(
  `AND:AD ARE:AE AFG:AF ATG:AG AIA:AI ALB:AL ARM:AM AGO:AO ATA:AQ ARG:AR ASM:AS AUT:AT AUS:AU ABW:AW ALA:AX AZE:AZ BIH:BA BRB:BB BGD:BD BEL:BE BFA:BF BGR:BG BHR:BH BDI:BI BEN:BJ BLM:BL BMU:BM BRN:BN BOL:BO BES:BQ BRA:BR BHS:BS BTN:BT BVT:BV BWA:BW BLR:BY BLZ:BZ CAN:CA CCK:CC COD:CD CAF:CF COG:CG CHE:CH CIV:CI COK:CK CHL:CL CMR:CM CHN:CN COL:CO CRI:CR CUB:CU CPV:CV CUW:CW CXR:CX CYP:CY CZE:CZ DEU:DE DJI:DJ DNK:DK DMA:DM DOM:DO DZA:DZ ECU:EC EST:EE EGY:EG ESH:EH ERI:ER ESP:ES ETH:ET FIN:FI FJI:FJ FLK:FK FSM:FM FRO:FO FRA:FR GAB:GA GBR:GB GRD:GD GEO:GE GUF:GF GGY:GG GHA:GH GIB:GI GRL:GL GMB:GM GIN:GN GLP:GP GNQ:GQ GRC:GR SGS:GS GTM:GT GUM:GU GNB:GW GUY:GY HKG:HK HMD:HM HND:HN HRV:HR HTI:HT HUN:HU IDN:ID IRL:IE ISR:IL IMN:IM IND:IN IOT:IO IRQ:IQ IRN:IR ISL:IS ITA:IT JEY:JE JAM:JM JOR:JO JPN:JP KEN:KE KGZ:KG KHM:KH KIR:KI COM:KM KNA:KN PRK:KP KOR:KR KWT:KW CYM:KY KAZ:KZ LAO:LA LBN:LB LCA:LC LIE:LI LKA:LK LBR:LR LSO:LS LTU:LT LUX:LU LVA:LV LBY:LY MAR:MA MCO:MC MDA:MD MNE:ME MAF:MF MDG:MG MHL:MH MKD:MK MLI:ML MMR:MM MNG:MN MAC:MO MNP:MP MTQ:MQ MRT:MR MSR:MS MLT:MT MUS:MU MDV:MV MWI:MW MEX:MX MYS:MY MOZ:MZ NAM:NA NCL:NC NER:NE NFK:NF NGA:NG NIC:NI NLD:NL NOR:NO NPL:NP NRU:NR NIU:NU NZL:NZ OMN:OM PAN:PA PER:PE PYF:PF PNG:PG PHL:PH PAK:PK POL:PL SPM:PM PCN:PN PRI:PR PSE:PS PRT:PT PLW:PW PRY:PY QAT:QA REU:RE ROU:RO SRB:RS RUS:RU RWA:RW SAU:SA SLB:SB SYC:SC SDN:SD SWE:SE SGP:SG SHN:SH SVN:SI SJM:SJ SVK:SK SLE:SL SMR:SM SEN:SN SOM:SO SUR:SR SSD:SS STP:ST SLV:SV SXM:SX SYR:SY SWZ:SZ TCA:TC TCD:TD ATF:TF TGO:TG THA:TH TJK:TJ TKL:TK TLS:TL TKM:TM TUN:TN TON:TO TUR:TR TTO:TT TUV:TV TWN:TW TZA:TZ UKR:UA UGA:UG UMI:UM USA:US URY:UY UZB:UZ VAT:VA VCT:VC VEN:VE VGB:VG VIR:VI VNM:VN VUT:VU WLF:WF WSM:WS YEM:YE MYT:YT ZAF:ZA ZMB:ZM ZWE:ZW D:DE GBD:GB GBN:GB GBO:GB GBP:GB GBS:GB RKS:XK`
    .split(` `)
    .map((e) => e.split(`:`)),
);
function x(e) {
  return b.get(e.replace(/</g, ``));
}
var S = {
    documentNumber: `import.mrz.checkDigit.documentNumber`,
    birthDate: `import.mrz.checkDigit.birthDate`,
    expiryDate: `import.mrz.checkDigit.expiryDate`,
    personalNumber: `import.mrz.checkDigit.personalNumber`,
    composite: `import.mrz.checkDigit.composite`,
  },
  C = { birthDate: `import.mrz.date.birthDate`, expiryDate: `import.mrz.date.expiryDate` },
  w = [7, 3, 1];
function T(e) {
  if (e === `<`) return 0;
  const t = e.charCodeAt(0);
  return t >= 48 && t <= 57 ? t - 48 : t - 55;
}
function E(e) {
  let t = 0;
  for (let n = 0; n < e.length; n += 1) t += T(e.charAt(n)) * (w[n % 3] ?? 1);
  return t % 10;
}
var D = class extends Error {
  ref;
  constructor(e) {
    super(e.key), (this.ref = e);
  }
};
function O(e, t, n) {
  if (!(n === `<` && e === `personalNumber` && /^<*$/.test(t)) && (!/^\d$/.test(n) || E(t) !== Number(n)))
    throw new D({ key: S[e] });
}
var k = (e) => String(e).padStart(2, `0`);
function A(e, t) {
  return new Date(e, t, 0).getDate();
}
function j(e, t, n) {
  if (!/^\d{6}$/.test(t)) throw new D({ key: C[e] });
  const r = Number(t.slice(0, 2)),
    i = Number(t.slice(2, 4)),
    a = Number(t.slice(4, 6)),
    o = n.getFullYear() % 100,
    s = e === `birthDate` && r > o ? 1900 + r : 2e3 + r;
  if (i < 1 || i > 12 || a < 1 || a > A(s, i)) throw new D({ key: C[e] });
  return `${k(a)}.${k(i)}.${s}`;
}
function M(e) {
  const [t = ``, ...n] = e.split(`<<`),
    r = (e) => e.replace(/</g, ` `).replace(/\s+/g, ` `).trim(),
    i = r(t),
    a = r(n.join(` `));
  if (i === `` && a === ``) throw new D({ key: `import.mrz.name` });
  return { surname: i, givenNames: a };
}
function N(e) {
  return e === `M` ? `male` : e === `F` ? `female` : void 0;
}
function P(e) {
  const t = e
      .toUpperCase()
      .split(/\r\n|\r|\n/)
      .map((e) => e.replace(/[ \t]/g, ``))
      .filter((e) => e !== ``),
    [n] = t;
  if (t.length === 1 && n !== void 0) {
    if (n.length === 88) return [n.slice(0, 44), n.slice(44)];
    if (n.length === 90) return [n.slice(0, 30), n.slice(30, 60), n.slice(60)];
  }
  return t;
}
function F(e) {
  e.forEach((e, t) => {
    const n = e.search(/[^A-Z0-9<]/);
    if (n >= 0)
      throw new D({
        key: `import.mrz.character`,
        params: { line: t + 1, column: n + 1, character: e.charAt(n) },
      });
  });
}
function I(e) {
  const t = [],
    n = x(e.issuingStateCode),
    r = x(e.nationalityCode);
  return (
    r === void 0 &&
      t.push({ key: `import.mrz.nationalityUnknown`, params: { code: e.nationalityCode.replace(/</g, ``) } }),
    {
      data: {
        ...e,
        ...(n === void 0 ? {} : { issuingState: n }),
        ...(r === void 0 ? {} : { nationality: r }),
      },
      notices: t,
    }
  );
}
function L([e, t], n) {
  if (e.charAt(0) !== `P`) throw new D({ key: `import.mrz.documentCode.td3` });
  const r = t.slice(0, 9);
  O(`documentNumber`, r, t.charAt(9)),
    O(`birthDate`, t.slice(13, 19), t.charAt(19)),
    O(`expiryDate`, t.slice(21, 27), t.charAt(27)),
    O(`personalNumber`, t.slice(28, 42), t.charAt(42)),
    O(`composite`, t.slice(0, 10) + t.slice(13, 20) + t.slice(21, 43), t.charAt(43));
  const { data: i, notices: a } = I({
    format: `TD3`,
    documentCode: e.slice(0, 2).replace(/</g, ``),
    issuingStateCode: e.slice(2, 5),
    nationalityCode: t.slice(10, 13),
    ...M(e.slice(5)),
    documentNumber: r.replace(/</g, ``),
    birthDate: j(`birthDate`, t.slice(13, 19), n),
    expiryDate: j(`expiryDate`, t.slice(21, 27), n),
    ...(N(t.charAt(20)) ? { sex: N(t.charAt(20)) } : {}),
  });
  return { ok: !0, data: i, notices: a };
}
function R(e) {
  const t = e.charAt(14);
  if (t !== `<`) return O(`documentNumber`, e.slice(5, 14), t), e.slice(5, 14).replace(/</g, ``);
  const n = /^([A-Z0-9]+)</.exec(e.slice(15))?.[1];
  if (n === void 0 || n.length < 2) throw new D({ key: S.documentNumber });
  const r = e.slice(5, 14) + n.slice(0, -1);
  return O(`documentNumber`, r, n.slice(-1)), r.replace(/</g, ``);
}
function z([e, t, n], r) {
  if (!/^[ACI]/.test(e)) throw new D({ key: `import.mrz.documentCode.td1` });
  const i = R(e);
  O(`birthDate`, t.slice(0, 6), t.charAt(6)),
    O(`expiryDate`, t.slice(8, 14), t.charAt(14)),
    O(`composite`, e.slice(5, 30) + t.slice(0, 7) + t.slice(8, 15) + t.slice(18, 29), t.charAt(29));
  const { data: a, notices: o } = I({
    format: `TD1`,
    documentCode: e.slice(0, 2).replace(/</g, ``),
    issuingStateCode: e.slice(2, 5),
    nationalityCode: t.slice(15, 18),
    ...M(n),
    documentNumber: i,
    birthDate: j(`birthDate`, t.slice(0, 6), r),
    expiryDate: j(`expiryDate`, t.slice(8, 14), r),
    ...(N(t.charAt(7)) ? { sex: N(t.charAt(7)) } : {}),
  });
  return { ok: !0, data: a, notices: o };
}
function B(e, t) {
  try {
    const n = P(e);
    if (n.length === 0) return { ok: !1, error: { key: `import.mrz.empty` } };
    F(n);
    const [r, i, a] = n;
    return n.length === 2 && r?.length === 44 && i?.length === 44
      ? L([r, i], t)
      : n.length === 3 && r?.length === 30 && i?.length === 30 && a?.length === 30
        ? z([r, i, a], t)
        : {
            ok: !1,
            error: {
              key: `import.mrz.shape`,
              params: { lines: n.length, lengths: n.map((e) => e.length).join(`, `) },
            },
          };
  } catch (e) {
    if (e instanceof D) return { ok: !1, error: e.ref };
    throw e;
  }
}
var V = new Set(a);
function H(e) {
  const t = { passportNumber: e.documentNumber, birthDate: e.birthDate, passportExpiry: e.expiryDate };
  return (
    e.surname && (t.surname = e.surname),
    e.givenNames && (t.givenName = e.givenNames),
    e.sex && (t.gender = e.sex),
    e.nationality && V.has(e.nationality) && (t.nationality = e.nationality),
    e.issuingState && V.has(e.issuingState) && (t.passportIssuingCountry = e.issuingState),
    t
  );
}
function U(e) {
  const t = {};
  for (const n of [
    `applicationNumber`,
    `passportNumber`,
    `foreignerId`,
    `surname`,
    `givenName`,
    `birthDate`,
    `passportExpiry`,
  ]) {
    const r = e[n];
    r !== void 0 && (t[n] = r);
  }
  const n = [
    e.applicationDate ? `Başvuru tarihi / Application date: ${e.applicationDate}` : void 0,
    e.appointmentDate ? `Randevu tarihi / Appointment date: ${e.appointmentDate}` : void 0,
  ].filter((e) => e !== void 0);
  return (
    n.length > 0 &&
      (t.notes = n.join(`
`)),
    t
  );
}
function W(t, n, r) {
  const i = t.trim() !== ``,
    a = n.trim() !== ``;
  if (!i && !a) return { ok: !1, error: { key: `import.case.empty` }, source: `both` };
  let o = [],
    s = {};
  if (i) {
    const e = y(t);
    if (!e.ok) return { ok: !1, error: e.error, source: `certificate` };
    (s = U(e.data)),
      e.unrecognisedLines > 0 &&
        o.push({ key: `import.certificate.skippedLines`, params: { count: e.unrecognisedLines } });
  }
  let c = {};
  if (a) {
    const e = B(n, r);
    if (!e.ok) return { ok: !1, error: e.error, source: `mrz` };
    (c = H(e.data)), o.push(...e.notices);
  }
  for (const e of [`passportNumber`, `birthDate`, `passportExpiry`]) {
    const t = s[e],
      n = c[e];
    if (t !== void 0 && n !== void 0 && t !== n)
      return {
        ok: !1,
        error: { key: `import.case.mismatch.${e}`, params: { certificate: t, mrz: n } },
        source: `both`,
      };
  }
  return { ok: !0, draft: { ...e(), text: { ...c, ...s } }, notices: o };
}
function G({ text: e, today: n, onDraft: r, onCancel: i }) {
  const [a, o] = t(``),
    [c, l] = t(``),
    [u, d] = t();
  return s(`form`, {
    class: `case-import section`,
    'data-case-import': !0,
    onSubmit: (t) => {
      if ((t.preventDefault(), !t.isTrusted)) return;
      const i = W(a, c, n);
      if (!i.ok) {
        d({ ref: i.error, source: i.source });
        return;
      }
      d(void 0);
      const o = i.notices.map((t) => e.message(t));
      r(
        o.length === 0
          ? i.draft
          : {
              ...i.draft,
              text: {
                ...i.draft.text,
                notes: [i.draft.text.notes, ...o]
                  .filter((e) => e !== void 0)
                  .join(`
`),
              },
            },
      );
    },
    noValidate: !0,
    children: [
      s(`h2`, { children: e.t(`caseImport.title`) }),
      s(`p`, { class: `muted small`, children: e.t(`caseImport.help`) }),
      s(`div`, {
        class: `field`,
        children: [
          s(`label`, { for: `case-certificate`, children: e.t(`caseImport.certificateLabel`) }),
          s(`textarea`, {
            id: `case-certificate`,
            rows: 5,
            spellcheck: !1,
            value: a,
            'aria-invalid': u?.source === `certificate` || u?.source === `both` ? `true` : void 0,
            'aria-describedby': `case-import-error`,
            placeholder: `Başvuru No: 2026-88-0638278
Belge No / Number of Document: U1234567`,
            onInput: (e) => o(e.currentTarget.value),
          }),
        ],
      }),
      s(`div`, {
        class: `field`,
        children: [
          s(`label`, { for: `case-mrz`, children: e.t(`caseImport.mrzLabel`) }),
          s(`textarea`, {
            id: `case-mrz`,
            rows: 3,
            style: { fontFamily: `monospace` },
            spellcheck: !1,
            autocapitalize: `characters`,
            value: c,
            'aria-invalid': u?.source === `mrz` || u?.source === `both` ? `true` : void 0,
            'aria-describedby': `case-import-error`,
            onInput: (e) => l(e.currentTarget.value),
          }),
          s(`p`, { class: `muted small`, children: e.t(`caseImport.mrzHelp`) }),
        ],
      }),
      s(`p`, {
        id: `case-import-error`,
        class: `field-error`,
        role: `alert`,
        'data-case-import-error': !0,
        children: u ? e.message(u.ref) : ``,
      }),
      s(`div`, {
        class: `actions`,
        children: [
          s(`button`, {
            type: `submit`,
            class: `primary`,
            'data-action': `case-read`,
            children: e.t(`caseImport.read`),
          }),
          s(`button`, {
            type: `button`,
            onClick: i,
            'data-action': `case-cancel`,
            children: e.t(`caseImport.cancel`),
          }),
        ],
      }),
    ],
  });
}
export { G as CaseImportPanel };
//# sourceMappingURL=CaseImportPanel-DBm5B4Ve.js.map
