import { r as a, o as i, i as n, n as r, a as t } from './fees-Dxg5fSzV.js';
import { q as o, t as s } from './jsxRuntime-Bh-NUgTm.js';
import { z as e } from './use-profiles-uy5lOUCU.js';
var c = o({ FeeLookup: () => g }),
  l = 60;
function u(e, t) {
  const n = Number.isInteger(t) ? 0 : 2;
  return `${new Intl.NumberFormat(e.lang, { minimumFractionDigits: n, maximumFractionDigits: n }).format(t)} TL`;
}
function d({ text: e, source: t }) {
  return s(`p`, {
    class: `source small`,
    children: [
      e.t(`checklist.source`),
      ` `,
      s(`a`, { href: t.url, target: `_blank`, rel: `noopener noreferrer`, children: t.reference }),
      ` `,
      `· `,
      e.docs(`confidence.${t.confidence}`),
      ` ·`,
      ` `,
      e.t(`checklist.verified`, { date: t.lastVerified }),
    ],
  });
}
function f({ text: e, lookup: t }) {
  return t.kind === `exact`
    ? s(`p`, { class: `small`, children: e.t(`fees.figureYear`, { year: t.figure.year }) })
    : t.kind === `none`
      ? s(`p`, { class: `warning-text`, children: e.t(`fees.noFigure`, { year: t.year }) })
      : s(`p`, {
          class: `warning-text`,
          'data-fee-outdated': !0,
          children: t.pending
            ? e.t(`fees.notYetPublished`, {
                year: t.year,
                figureYear: t.figure.year,
                checkedOn: t.pending.checkedOn,
              })
            : e.t(`fees.latestKnown`, { year: t.year, figureYear: t.figure.year }),
        });
}
function p({ text: e, year: t }) {
  const r = n(t);
  if (r.kind === `none`) return null;
  const i = r.kind === `exact` ? `fees.cardFeeLine` : `fees.cardFeeLineOutdated`;
  return s(`p`, {
    class: `small`,
    'data-card-fee-line': !0,
    children: e.t(i, { year: t, figureYear: r.figure.year, amount: u(e, r.figure.amountTl) }),
  });
}
function m({ text: e, lookup: t }) {
  return s(`fieldset`, {
    class: `section`,
    'data-card-fee': !0,
    children: [
      s(`legend`, { children: e.t(`fees.cardTitle`) }),
      t.kind === `none`
        ? null
        : s(`p`, { 'data-card-fee-amount': !0, children: s(`bdi`, { children: u(e, t.figure.amountTl) }) }),
      s(f, { text: e, lookup: t }),
      t.kind === `none` ? null : s(d, { text: e, source: t.figure }),
    ],
  });
}
function h(n) {
  const { text: i, lookup: o } = n,
    [c, p] = e(`12`),
    m = /^\d{1,2}$/.test(c) && Number(c) >= 1 && Number(c) <= l ? Number(c) : void 0;
  return s(`fieldset`, {
    class: `section`,
    'data-permit-fee': !0,
    children: [
      s(`legend`, { children: i.t(`fees.permitTitle`) }),
      s(`p`, { class: `muted small`, children: i.t(`fees.permitDepends`) }),
      o.kind === `none`
        ? null
        : s(`dl`, {
            class: `results`,
            children: [
              s(`dt`, { children: i.t(`fees.firstMonth`) }),
              s(`dd`, {
                children: i.t(`fees.firstMonthValue`, {
                  perDay: u(i, o.figure.firstMonthPerDayTl),
                  minimum: u(i, o.figure.firstMonthMinimumTl),
                  maximum: u(i, o.figure.firstMonthMaximumTl),
                }),
              }),
              s(`dt`, { children: i.t(`fees.furtherMonth`) }),
              s(`dd`, { children: s(`bdi`, { children: u(i, o.figure.perFurtherMonthTl) }) }),
            ],
          }),
      s(f, { text: i, lookup: o }),
      o.kind === `none` ? null : s(d, { text: i, source: o.figure }),
      s(`div`, {
        class: `field`,
        children: [
          s(`label`, { for: `fee-months`, children: i.t(`fees.months`) }),
          s(`input`, {
            id: `fee-months`,
            type: `number`,
            min: 1,
            max: l,
            value: c,
            onInput: (e) => p(e.currentTarget.value),
          }),
        ],
      }),
      s(`div`, {
        'aria-live': `polite`,
        'data-fee-estimate': !0,
        children:
          m === void 0
            ? s(`p`, { class: `warning-text`, children: i.t(`fees.monthsInvalid`, { max: l }) })
            : o.kind === `none`
              ? null
              : s(`p`, {
                  children: i.t(n.exempt ? `fees.estimateExempt` : `fees.estimate`, {
                    months: m,
                    permitFee: u(i, t(o.figure, m, n.exempt === !0)),
                    total: u(i, t(o.figure, m, n.exempt === !0) + (n.cardFee ?? 0)),
                  }),
                }),
      }),
      s(`p`, {
        class: `small`,
        'data-fee-exempt': !0,
        children: i.t(`fees.exemptList`, { countries: [...a.map((e) => i.country(e)), `KKTC`].join(`, `) }),
      }),
      s(d, { text: i, source: r }),
    ],
  });
}
function g({ text: t, today: r, profile: o }) {
  const [c, l] = e(String(r.getFullYear())),
    u = /^\d{4}$/.test(c) ? Number(c) : r.getFullYear(),
    d = n(u),
    f = i(u),
    p = o?.nationality,
    g = p === void 0 ? void 0 : a.includes(p);
  return s(`section`, {
    class: `lookup fees`,
    'aria-labelledby': `fees-title`,
    'data-fees': !0,
    children: [
      s(`h2`, { id: `fees-title`, children: t.t(`fees.title`) }),
      s(`div`, {
        class: `field`,
        children: [
          s(`label`, { for: `fee-year`, children: t.t(`fees.year`) }),
          s(`input`, {
            id: `fee-year`,
            type: `number`,
            min: 2025,
            max: 2100,
            value: c,
            onInput: (e) => l(e.currentTarget.value),
          }),
        ],
      }),
      p === void 0
        ? null
        : s(`p`, {
            class: `small`,
            'data-fee-nationality': !0,
            children: t.t(g ? `fees.nationalityExempt` : `fees.nationalityPays`, { country: t.country(p) }),
          }),
      s(m, { text: t, lookup: d }),
      s(h, { text: t, lookup: f, cardFee: d.kind === `none` ? void 0 : d.figure.amountTl, exempt: g }),
    ],
  });
}
export { c as n, p as t };
//# sourceMappingURL=FeeLookup-BGHAGsYu.js.map
