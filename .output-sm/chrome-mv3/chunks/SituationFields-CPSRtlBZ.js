import { _ as e, t as i, m as n, p as r, h as t } from './jsxRuntime-Bh-NUgTm.js';
import { i as a } from './schema-eA1dCwYj.js';
var o = { applyingOnBehalfAs: n, familyRole: r, studentLevel: t, longTermRoute: e },
  s = { tourismPermitMonths: 60, turkishCoursePermitsBefore: 5 };
function c(e) {
  return e === !0
    ? `yes`
    : e === !1
      ? `no`
      : typeof e == `number`
        ? String(e)
        : typeof e == `string`
          ? e
          : ``;
}
function l(e, t) {
  if (t !== ``) return s[e] === void 0 ? (o[e] ? t : t === `yes`) : Number(t);
}
function u(e, t) {
  const n = s[t];
  if (n !== void 0)
    return Array.from({ length: n + 1 }, (t, r) =>
      i(
        `option`,
        { value: String(r), children: r === n ? e.t(`option.count.orMore`, { count: r }) : String(r) },
        r,
      ),
    );
  const r = o[t];
  return r
    ? r.map((n) => i(`option`, { value: n, children: e.t(`option.${t}.${n}`) }, n))
    : [
        i(`option`, { value: `yes`, children: e.t(`option.yes`) }, `yes`),
        i(`option`, { value: `no`, children: e.t(`option.no`) }, `no`),
      ];
}
function d({ text: e, situation: t, onChange: n, idPrefix: r = `situation`, keys: o = a }) {
  return i(`div`, {
    class: `situation-grid`,
    children: o.map((a) => {
      const o = `${r}-${a}`;
      return i(
        `div`,
        {
          class: `field`,
          'data-situation': a,
          children: [
            i(`label`, { for: o, children: e.t(`situation.${a}`) }),
            i(`select`, {
              id: o,
              value: c(t[a]),
              onChange: (e) => {
                n({ ...t, [a]: l(a, e.currentTarget.value) });
              },
              children: [i(`option`, { value: ``, children: e.t(`option.unknown`) }), u(e, a)],
            }),
          ],
        },
        a,
      );
    }),
  });
}
export { d as t };
//# sourceMappingURL=SituationFields-CPSRtlBZ.js.map
