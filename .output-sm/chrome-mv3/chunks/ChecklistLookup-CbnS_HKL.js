import { t as d, i as u } from './facts-D8eMB1M6.js';
import { g as a, v as c, f as i, x as l, _ as n, q as o, b as r, t as s } from './jsxRuntime-Bh-NUgTm.js';
import { t as m } from './SituationFields-CPSRtlBZ.js';
import { i as f, r as p } from './schema-eA1dCwYj.js';
import { B as e, z as t } from './use-profiles-uy5lOUCU.js';
function h({ text: e, source: t }) {
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
function g({ text: e, item: t }) {
  return s(`li`, {
    class: `doc requirement-${t.requirement}`,
    'data-doc': t.id,
    children: [
      s(`p`, {
        class: `doc-title`,
        children: [
          s(`strong`, { children: e.docs(t.titleKey, t.params) }),
          ` `,
          s(`span`, { class: `badge`, children: e.docs(`requirement.${t.requirement}`) }),
        ],
      }),
      t.noteKey ? s(`p`, { children: e.docs(t.noteKey, t.params) }) : null,
      s(`p`, {
        class: `muted small`,
        'data-condition': t.condition,
        children: [t.condition, ...(t.alsoBecause ?? [])].map((t) => e.docs(`condition.${t}`)).join(` `),
      }),
      t.alternatives
        ? s(`ul`, {
            class: `alternatives`,
            children: t.alternatives.map((t) =>
              s(
                `li`,
                {
                  'data-alternative': t.id,
                  children: [
                    e.docs(t.titleKey),
                    t.matchesSituation
                      ? s(`span`, { class: `badge`, children: e.t(`checklist.fits`) })
                      : null,
                    t.noteKey
                      ? s(`span`, { class: `muted small`, children: [` — `, e.docs(t.noteKey)] })
                      : null,
                  ],
                },
                t.id,
              ),
            ),
          })
        : null,
      s(h, { text: e, source: t.source }),
    ],
  });
}
function _({ text: e, result: t }) {
  const n = [...new Set(t.items.map((e) => e.group))];
  return s(`div`, {
    class: `checklist`,
    'data-checklist': !0,
    'data-status': t.status,
    children: [
      s(`p`, { class: `status status-${t.status}`, children: e.docs(t.statusMessageKey) }),
      n.map((n) =>
        s(
          `section`,
          {
            class: `doc-group`,
            children: [
              s(`h3`, { children: e.docs(`group.${n}`) }),
              s(`ol`, {
                children: t.items.filter((e) => e.group === n).map((t) => s(g, { text: e, item: t }, t.id)),
              }),
            ],
          },
          n,
        ),
      ),
      t.notes.length > 0
        ? s(`section`, {
            class: `doc-notes`,
            children: [
              s(`h3`, { children: e.t(`checklist.notes`) }),
              s(`ul`, {
                children: t.notes.map((t) =>
                  s(
                    `li`,
                    {
                      class: `note-${t.tone}`,
                      'data-note': t.id,
                      children: [
                        e.docs(t.messageKey, t.params),
                        t.source ? s(h, { text: e, source: t.source }) : null,
                      ],
                    },
                    t.id,
                  ),
                ),
              }),
            ],
          })
        : null,
    ],
  });
}
var v = o({ ChecklistLookup: () => x });
function y(e) {
  return s(`div`, {
    class: `field`,
    children: [
      s(`label`, { for: e.id, children: e.label }),
      s(`select`, {
        id: e.id,
        value: e.value,
        onChange: (t) => e.onChange(t.currentTarget.value),
        children: [
          e.allowEmpty === void 0 ? null : s(`option`, { value: ``, children: e.allowEmpty }),
          e.options.map((t) => s(`option`, { value: t, children: e.optionLabel(t) }, t)),
        ],
      }),
    ],
  });
}
var b = f.filter((e) => e !== `longTermRoute` && !p.includes(e));
function x({ text: o, today: f, profile: p }) {
  const [h, g] = t(p?.permitType ?? `short-term`),
    [v, x] = t(p?.permitPurpose ?? ``),
    [S, C] = t((p && d(p)) ?? `first`),
    [w, T] = t(p?.situation ?? {}),
    [E, D] = t(``),
    [O, k] = t(p?.situation?.longTermRoute ?? ``),
    A = e(() => {
      const e = p ? u(p, f) : {},
        t = /^\d{1,3}$/.test(E) ? Number(E) : void 0,
        n = {
          ...e,
          ...w,
          ...(t === void 0 ? {} : { age: t, birthDate: void 0, today: void 0 }),
          longTermRoute: h === `long-term` && O !== `` ? O : void 0,
        },
        r = a.safeParse(Object.fromEntries(Object.entries(n).filter(([, e]) => e !== void 0)));
      return i(h, h === `short-term` && v !== `` ? v : void 0, S, r.success ? r.data : {});
    }, [h, v, S, w, E, O, p, f]);
  return s(`section`, {
    class: `lookup`,
    'aria-labelledby': `checklist-title`,
    'data-checklist-lookup': !0,
    children: [
      s(`h2`, { id: `checklist-title`, children: o.t(`checklist.title`) }),
      s(y, {
        id: `lookup-type`,
        label: o.t(`checklist.type`),
        value: h,
        options: r,
        optionLabel: (e) => o.docs(`permit.type.${e}`),
        onChange: (e) => e && g(e),
      }),
      h === `short-term`
        ? s(y, {
            id: `lookup-purpose`,
            label: o.t(`checklist.purpose`),
            value: v,
            options: l,
            optionLabel: (e) => o.docs(`permit.purpose.${e}`),
            onChange: x,
            allowEmpty: o.t(`option.unknown`),
          })
        : null,
      h === `long-term`
        ? s(y, {
            id: `lookup-route`,
            label: o.t(`checklist.longTermRoute`),
            value: O,
            options: n,
            optionLabel: (e) => o.t(`checklist.longTermRoute.${e}`),
            onChange: k,
            allowEmpty: o.t(`option.unknown`),
          })
        : null,
      s(y, {
        id: `lookup-kind`,
        label: o.t(`checklist.kind`),
        value: S,
        options: c,
        optionLabel: (e) => o.docs(`application.kind.${e}`),
        onChange: (e) => e && C(e),
      }),
      s(`details`, {
        class: `situation-details`,
        children: [
          s(`summary`, { children: o.t(`checklist.situation`) }),
          s(`div`, {
            class: `field`,
            children: [
              s(`label`, { for: `lookup-age`, children: o.t(`checklist.age`) }),
              s(`input`, {
                id: `lookup-age`,
                type: `number`,
                min: 0,
                max: 150,
                value: E,
                onInput: (e) => D(e.currentTarget.value),
              }),
            ],
          }),
          s(m, { text: o, situation: w, onChange: T, idPrefix: `lookup`, keys: b }),
        ],
      }),
      s(`p`, {
        class: `muted small`,
        'aria-live': `polite`,
        'data-checklist-count': !0,
        children: o.t(`checklist.count`, { count: A.items.length }),
      }),
      s(_, { text: o, result: A }),
    ],
  });
}
export { v as n, x as t };
//# sourceMappingURL=ChecklistLookup-CbnS_HKL.js.map
