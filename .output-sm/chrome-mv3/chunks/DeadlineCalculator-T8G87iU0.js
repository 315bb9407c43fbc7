import { d, f, u as h, s as m, l as p, c as u } from './extension-window-TvZR20tl.js';
import { t as g } from './FeeLookup-BGHAGsYu.js';
import { t as a, q as i, E as n, u as o, U as r, w as s, C as t } from './jsxRuntime-Bh-NUgTm.js';
import { i as c, n as l } from './tr-date-Cd9tgXbE.js';
import { z as e } from './use-profiles-uy5lOUCU.js';
function _(e) {
  const t = s(e),
    n = new Date(
      Date.UTC(
        t.getFullYear(),
        t.getMonth(),
        t.getDate(),
        t.getHours(),
        t.getMinutes(),
        t.getSeconds(),
        t.getMilliseconds(),
      ),
    );
  return n.setUTCFullYear(t.getFullYear()), +e - n;
}
function v(e, r, i) {
  const [a, o] = t(i?.in, e, r),
    s = d(a),
    c = d(o),
    l = +s - _(s),
    u = +c - _(c);
  return Math.round((l - u) / n);
}
function y(e) {
  const t = e.trim();
  if (t === ``) return {};
  const n = l(t);
  return n ? { error: `error.date.${n}` } : { date: c(t) };
}
function b({ id: t, label: n, value: r, text: i, onInput: o }) {
  const [s, c] = e(!1),
    { error: l } = y(r),
    u = s || r.trim().length >= 10 ? l : void 0;
  return a(`div`, {
    class: `field`,
    children: [
      a(`label`, { for: t, children: n }),
      a(`input`, {
        id: t,
        type: `text`,
        inputMode: `numeric`,
        maxLength: 10,
        placeholder: `dd.mm.yyyy`,
        dir: `ltr`,
        value: r,
        'aria-invalid': u ? `true` : void 0,
        'aria-describedby': `${t}-format${u ? ` ${t}-error` : ``}`,
        onInput: (e) => o(e.currentTarget.value),
        onBlur: () => c(!0),
      }),
      a(`p`, { id: `${t}-format`, class: `field-format`, children: i.t(`format.date`) }),
      u ? a(`p`, { id: `${t}-error`, class: `field-error`, role: `alert`, children: i.t(u) }) : null,
    ],
  });
}
function x(e, t) {
  const n = h(e, 60),
    r = { opens: n, closes: e, lateUntil: f(e, 10) };
  if (v(t, n) < 0) return { ...r, status: `not-yet-open`, days: v(n, t) };
  const i = v(t, e);
  return i <= 0
    ? { ...r, status: `open`, days: -i }
    : { ...r, status: i <= 10 ? `late` : `too-late`, days: i };
}
function S(e) {
  return f(e, 60);
}
function C(e) {
  return h(e, 60);
}
function w(e, t) {
  try {
    const n = u(e, t),
      r = p(n);
    return { ok: !0, date: n, halfDay: r.halfDay, ...(r.holidayName ? { holidayName: r.holidayName } : {}) };
  } catch (e) {
    if (e instanceof m) return { ok: !1, year: e.year };
    throw e;
  }
}
var T = i({ DeadlineCalculator: () => k }),
  E = 20;
function D(e, t) {
  const n = new Intl.DateTimeFormat(e.lang, { weekday: `long` }).format(t);
  return `${o(t)} (${n})`;
}
function O({ text: e, value: t, today: n }) {
  const { date: r } = y(t);
  if (!r) return null;
  const i = x(r, n);
  return a(`dl`, {
    class: `results`,
    'data-extension-window': !0,
    children: [
      a(`dt`, { children: e.t(`deadline.opens`) }),
      a(`dd`, { 'data-window-opens': !0, children: D(e, i.opens) }),
      a(`dt`, { children: e.t(`deadline.closes`) }),
      a(`dd`, { 'data-window-closes': !0, children: D(e, i.closes) }),
      a(`dt`, { children: e.t(`deadline.lateUntil`) }),
      a(`dd`, { children: D(e, i.lateUntil) }),
      a(`dt`, { children: e.t(`deadline.today`) }),
      a(`dd`, {
        'data-window-status': i.status,
        children: [
          e.t(`deadline.status.${i.status}`, { days: i.days }),
          a(g, { text: e, year: n.getFullYear() }),
        ],
      }),
    ],
  });
}
function k({ text: t, today: n, profile: i }) {
  const [s, c] = e(i?.currentPermitEnd ?? ``),
    [l, u] = e(i?.requestedEnd ?? ``),
    [d, f] = e(i?.passportExpiry ?? ``),
    [p, m] = e(``),
    [h, g] = e(String(E)),
    _ = y(l).date,
    v = y(d).date,
    x = y(p).date,
    T = /^\d{1,3}$/.test(h) ? Number(h) : void 0,
    k = x && T !== void 0 ? w(x, T) : void 0;
  return a(`section`, {
    class: `lookup deadlines`,
    'aria-labelledby': `deadlines-title`,
    'data-deadlines': !0,
    children: [
      a(`h2`, { id: `deadlines-title`, children: t.t(`deadline.title`) }),
      a(`fieldset`, {
        class: `section`,
        children: [
          a(`legend`, { children: t.t(`deadline.extensionTitle`) }),
          a(b, { id: `calc-permit-end`, label: t.t(`deadline.permitEnd`), value: s, text: t, onInput: c }),
          a(`div`, { 'aria-live': `polite`, children: a(O, { text: t, value: s, today: n }) }),
        ],
      }),
      a(`fieldset`, {
        class: `section`,
        children: [
          a(`legend`, { children: t.t(`deadline.passportTitle`) }),
          a(b, {
            id: `calc-requested-end`,
            label: t.t(`deadline.requestedEnd`),
            value: l,
            text: t,
            onInput: u,
          }),
          a(`div`, {
            'aria-live': `polite`,
            children: _
              ? a(`p`, {
                  'data-passport-needed': !0,
                  children: t.t(`deadline.passportNeeded`, { date: D(t, S(_)) }),
                })
              : null,
          }),
          a(b, {
            id: `calc-passport-expiry`,
            label: t.t(`deadline.passportExpiry`),
            value: d,
            text: t,
            onInput: f,
          }),
          a(`div`, {
            'aria-live': `polite`,
            children: v
              ? a(`p`, { 'data-latest-end': !0, children: t.t(`deadline.latestEnd`, { date: D(t, C(v)) }) })
              : null,
          }),
        ],
      }),
      a(`fieldset`, {
        class: `section`,
        children: [
          a(`legend`, { children: t.t(`deadline.workingTitle`) }),
          a(`p`, { class: `muted small`, children: t.t(`deadline.workingHelp`) }),
          a(b, { id: `calc-from`, label: t.t(`deadline.from`), value: p, text: t, onInput: m }),
          a(`div`, {
            class: `field`,
            children: [
              a(`label`, { for: `calc-days`, children: t.t(`deadline.days`) }),
              a(`input`, {
                id: `calc-days`,
                type: `number`,
                min: 0,
                max: 365,
                value: h,
                onInput: (e) => g(e.currentTarget.value),
              }),
            ],
          }),
          a(`div`, {
            'aria-live': `polite`,
            'data-working-result': !0,
            children: k?.ok
              ? a(r, {
                  children: [
                    a(`p`, { children: t.t(`deadline.workingResult`, { days: T ?? 0, date: D(t, k.date) }) }),
                    k.halfDay
                      ? a(`p`, {
                          class: `warning-text`,
                          children: t.rules(`calendar.halfDayDeadline`, { deadline: o(k.date) }),
                        })
                      : null,
                  ],
                })
              : k
                ? a(`p`, {
                    class: `warning-text`,
                    children: t.rules(`calendar.outOfRange`, { year: k.year }),
                  })
                : null,
          }),
        ],
      }),
    ],
  });
}
export { k as t, T as n, x as r };
//# sourceMappingURL=DeadlineCalculator-T8G87iU0.js.map
