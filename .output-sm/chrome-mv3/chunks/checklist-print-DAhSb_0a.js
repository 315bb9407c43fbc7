import {
  b as a,
  i as c,
  r as d,
  A as e,
  t as f,
  z as h,
  a as i,
  k as l,
  x as m,
  L as n,
  d as o,
  v as p,
  W as r,
  f as s,
  H as t,
  n as u,
} from './jsxRuntime-Bh-NUgTm.js';
var g = n({
    permitType: l(a),
    purpose: l(m).optional(),
    kind: l(p),
    birthDate: h().max(10).optional(),
    today: h().max(10),
  }),
  _ = n({ lang: l(d), checklist: g, applicantName: h().max(200).optional(), ticks: e(h().max(80)).max(200) });
function v(e) {
  const t = g.parse(e),
    n = o(t.today);
  if (!n) throw Error(`checklist: today is not a dd.MM.yyyy date`);
  const r = t.birthDate === void 0 ? null : o(t.birthDate),
    i = r && r <= n ? { birthDate: r, today: n } : {};
  return s(t.permitType, t.purpose, t.kind, i);
}
var y = (e) => `checklist-print:${e}`,
  b = () => ``;
function x(e, t) {
  const n = c.has(e) ? `rtl` : `ltr`;
  if (!t)
    return {
      lang: e,
      dir: n,
      ready: !1,
      t: b,
      rule: b,
      doc: b,
      field: () => void 0,
      pageAbout: () => void 0,
    };
  const r = (e) => [t.primary[e], t.fallback[e]].filter((e) => e !== void 0),
    i = r(`fields`),
    a = (e) => {
      for (const t of i) {
        const n = t[e];
        if (n) return n;
      }
    };
  return {
    lang: e,
    dir: n,
    ready: !0,
    t: u(...r(`ui`)),
    rule: u(...r(`rules`)),
    doc: u(...r(`docs`)),
    field: (e, t) => a(`field.${e}.${t}`),
    pageAbout: (e) => a(`page.${e}.about`),
  };
}
var S = [`ui`, `fields`, `rules`, `docs`];
function C(e) {
  return typeof e == `string` && S.includes(e);
}
function w(e) {
  if (typeof e != `object` || !e) return null;
  const t = e,
    n = T(t.primary),
    r = T(t.fallback);
  return !i(t.lang) || !n || !r ? null : { lang: t.lang, primary: n, fallback: r };
}
function T(e) {
  if (typeof e != `object` || !e) return null;
  const t = {};
  for (const [n, r] of Object.entries(e)) {
    if (!C(n) || !E(r)) return null;
    t[n] = r;
  }
  return t;
}
function E(e) {
  return typeof e != `object` || !e || Array.isArray(e)
    ? !1
    : Object.values(e).every((e) => typeof e == `string`);
}
async function D(e, n = {}) {
  const r = await t.default.runtime.sendMessage({ ...n, type: e });
  if (typeof r != `object` || !r) throw Error(`${e}: no answer from the background`);
  const { ok: i, value: a, error: o } = r;
  if (i !== !0) throw Error(`${e}: ${typeof o == `string` ? o : `failed`}`);
  return a;
}
var O = new Map(),
  k = new Map();
function A(e, t = S) {
  let n = `${e}:${t.join()}`,
    r = O.get(n);
  return (
    r ||
      ((r = D(`messages`, { lang: e, namespaces: [...t] }).then((t) => {
        const r = w(t);
        if (!r || r.lang !== e) throw Error(`messages: malformed catalogue`);
        return k.set(n, r), r;
      })),
      r.catch(() => O.delete(n)),
      O.set(n, r)),
    r
  );
}
function j({ print: e, result: t, text: n, onPrint: r }) {
  const { t: i, doc: a } = n,
    { checklist: o } = e,
    s = [
      a(`permit.type.${o.permitType}`),
      o.purpose ? a(`permit.purpose.${o.purpose}`) : null,
      i(`application.${o.kind}`),
    ].filter((e) => e !== null);
  return f(`main`, {
    class: `print-page`,
    'data-print-checklist': !0,
    children: [
      f(`header`, {
        children: [
          f(`h1`, { children: i(`print.title`) }),
          e.applicantName
            ? f(`p`, {
                class: `print-applicant`,
                'data-applicant': !0,
                children: [i(`print.applicant`), `: `, f(`strong`, { children: e.applicantName })],
              })
            : null,
          f(`p`, { class: `print-application`, children: s.join(` · `) }),
          f(`p`, { class: `print-date`, children: i(`print.preparedOn`, { date: o.today }) }),
        ],
      }),
      f(`ul`, {
        class: `print-list`,
        children: t.items.map((t) => {
          const n = e.ticks.includes(t.id);
          return f(
            `li`,
            {
              'data-doc': t.id,
              'data-ticked': n ? `true` : `false`,
              children: [
                f(`span`, { class: `print-box`, 'aria-hidden': `true`, children: n ? `☑` : `☐` }),
                f(`span`, { class: `visually-hidden`, children: i(n ? `print.ready` : `print.notReady`) }),
                f(`span`, {
                  class: `print-doc`,
                  children: [
                    a(t.titleKey, t.params),
                    f(`span`, {
                      class: `print-requirement`,
                      children: [` — `, a(`requirement.${t.requirement}`)],
                    }),
                    t.noteKey ? f(`span`, { class: `print-note`, children: a(t.noteKey, t.params) }) : null,
                  ],
                }),
              ],
            },
            t.id,
          );
        }),
      }),
      t.notes.length > 0
        ? f(`ul`, {
            class: `print-notes`,
            children: t.notes.map((e) => f(`li`, { children: a(e.messageKey, e.params) }, e.id)),
          })
        : null,
      f(`footer`, { class: `print-footer`, children: i(`print.footer`) }),
      f(`button`, { type: `button`, class: `print-button`, onClick: r, children: i(`print.print`) }),
    ],
  });
}
async function M(e) {
  const n = y(Number(new URLSearchParams(location.search).get(`tab`))),
    i = (await t.default.storage.session.get(n))[n],
    a = _.parse(i),
    o = x(a.lang, await A(a.lang));
  (document.documentElement.lang = a.lang),
    (document.documentElement.dir = c.has(a.lang) ? `rtl` : `ltr`),
    (document.title = o.t(`print.title`));
  const s = v(a.checklist);
  r(f(j, { print: a, result: s, text: o, onPrint: () => window.print() }), e),
    requestAnimationFrame(() => setTimeout(() => window.print(), 0));
}
var N = document.getElementById(`app`);
N &&
  M(N).catch((e) => {
    (N.textContent = `This checklist is no longer available. Print it again from the assistant panel.`),
      console.warn(`[e-İkamet Assistant] printable checklist`, e);
  });
//# sourceMappingURL=checklist-print-DAhSb_0a.js.map
