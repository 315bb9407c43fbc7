import { t as w } from './ChecklistLookup-CbnS_HKL.js';
import { t as E, r as T } from './DeadlineCalculator-T8G87iU0.js';
import { t as D } from './ImportPanel-DPD_Q5zd.js';
import { W as e, u as n, t } from './jsxRuntime-Bh-NUgTm.js';
import { t as O } from './ProfileEditor-DhaePVSp.js';
import { n as A, i as k } from './tr-date-Cd9tgXbE.js';
import {
  r as _,
  C as a,
  u as b,
  z as C,
  O as c,
  i as d,
  j as f,
  o as g,
  n as h,
  B as i,
  a as l,
  l as m,
  D as o,
  k as p,
  A as r,
  y as S,
  E as s,
  d as u,
  s as v,
  v as x,
  t as y,
} from './use-profiles-uy5lOUCU.js';
function j(e) {
  return e !== void 0 && A(e) === void 0 ? k(e) : void 0;
}
function M(e, t) {
  const n = j(e.currentPermitEnd),
    r = j(e.passportExpiry);
  return {
    profile: e,
    ...(n ? { window: T(n, t) } : {}),
    ...(r ? { passportExpiry: r } : {}),
    passportTooShort: p(e, t),
  };
}
function N(e) {
  const t = e.window;
  return t ? (t.status === `not-yet-open` || t.status === `open` ? t.days : -t.days) : 1 / 0;
}
function P(e) {
  return e.passportTooShort ? -1 / 0 : (e.passportExpiry?.getTime() ?? 1 / 0);
}
var F = {
  name: (e, t) => s(e.profile, t.profile),
  extension: (e, t) => N(e) - N(t) || s(e.profile, t.profile),
  passport: (e, t) => P(e) - P(t) || s(e.profile, t.profile),
  updated: (e, t) => t.profile.updatedAt.localeCompare(e.profile.updatedAt),
};
function I(e, t, n) {
  const r = F[t],
    i = [...e].sort((e, t) => {
      const n = r(e, t);
      return Number.isNaN(n) ? 0 : n;
    });
  return n === `ascending` ? i : i.reverse();
}
var L = 100;
function R(e, t) {
  return t.window
    ? e.t(`table.window.${t.window.status}`, {
        days: t.window.days,
        opens: n(t.window.opens),
        closes: n(t.window.closes),
      })
    : `—`;
}
function z({ text: e, profiles: n, today: r, activeId: a, selected: s, onSelect: l, onOpen: u }) {
  const [d, f] = C(``),
    [p, m] = C({ key: `extension`, direction: `ascending` }),
    [h, g] = C(L),
    _ = i(() => n.map((e) => M(e, r)), [n, r]),
    y = i(() => {
      const e = new Set(c(n, d).map((e) => e.id));
      return I(
        _.filter((t) => e.has(t.profile.id)),
        p.key,
        p.direction,
      );
    }, [_, n, d, p]),
    b = y.slice(0, h),
    x = y.length > 0 && y.every((e) => s.has(e.profile.id)),
    S = (n) => {
      const r = p.key === n;
      return t(`th`, {
        scope: `col`,
        'aria-sort': r ? p.direction : `none`,
        children: t(`button`, {
          type: `button`,
          class: `sort`,
          onClick: () =>
            m({ key: n, direction: r && p.direction === `ascending` ? `descending` : `ascending` }),
          'data-sort': n,
          children: [
            e.t(`table.column.${n}`),
            t(`span`, {
              'aria-hidden': `true`,
              children: r ? (p.direction === `ascending` ? ` ▲` : ` ▼`) : ``,
            }),
          ],
        }),
      });
    };
  return t(`section`, {
    class: `profile-table`,
    'aria-labelledby': `table-title`,
    children: [
      t(`h2`, { id: `table-title`, children: e.t(`list.title`) }),
      t(`div`, {
        class: `table-tools`,
        children: [
          t(`div`, {
            class: `field search-field`,
            children: [
              t(`label`, { for: `table-search`, children: e.t(`list.search`) }),
              t(`input`, {
                id: `table-search`,
                type: `search`,
                value: d,
                placeholder: e.t(`list.searchPlaceholder`),
                onInput: (e) => {
                  f(e.currentTarget.value), g(L);
                },
                'data-search': !0,
              }),
            ],
          }),
          t(`p`, {
            class: `muted small`,
            'aria-live': `polite`,
            'data-count': !0,
            children: [
              e.t(`list.matches`, { count: e.number(y.length), total: e.number(n.length) }),
              s.size > 0 ? ` · ${e.t(`table.selected`, { count: e.number(s.size) })}` : ``,
            ],
          }),
        ],
      }),
      t(`div`, {
        class: `table-scroll`,
        children: t(`table`, {
          'data-profile-table': !0,
          children: [
            t(`caption`, { class: `visually-hidden`, children: e.t(`table.caption`) }),
            t(`thead`, {
              children: t(`tr`, {
                children: [
                  t(`th`, {
                    scope: `col`,
                    children: t(`input`, {
                      type: `checkbox`,
                      'aria-label': e.t(`table.selectAll`),
                      checked: x,
                      onChange: () => l(x ? new Set() : new Set(y.map((e) => e.profile.id))),
                    }),
                  }),
                  S(`name`),
                  t(`th`, { scope: `col`, children: e.t(`table.column.documents`) }),
                  S(`extension`),
                  S(`passport`),
                  S(`updated`),
                ],
              }),
            }),
            t(`tbody`, {
              children: b.map((n) => {
                const { profile: r } = n,
                  i = s.has(r.id);
                return t(
                  `tr`,
                  {
                    'data-profile-id': r.id,
                    class: r.id === a ? `active` : void 0,
                    children: [
                      t(`td`, {
                        children: t(`input`, {
                          type: `checkbox`,
                          'aria-label': e.t(`table.select`, { name: o(r) }),
                          checked: i,
                          onChange: () => {
                            const e = new Set(s);
                            i ? e.delete(r.id) : e.add(r.id), l(e);
                          },
                        }),
                      }),
                      t(`th`, {
                        scope: `row`,
                        children: t(`button`, {
                          type: `button`,
                          class: `link`,
                          onClick: () => u(r),
                          'data-profile-name': !0,
                          children: t(`bdi`, { children: o(r) || e.t(`list.unnamed`) }),
                        }),
                      }),
                      t(`td`, {
                        children: t(v, {
                          lang: e.lang,
                          name: o(r),
                          passportNumber: r.passportNumber,
                          foreignerId: r.foreignerId,
                        }),
                      }),
                      t(`td`, { 'data-window-status': n.window?.status, children: R(e, n) }),
                      t(`td`, {
                        class: n.passportTooShort ? `warning-text` : void 0,
                        children: n.passportTooShort
                          ? e.t(`table.passportTooShort`, { date: r.passportExpiry ?? `` })
                          : (r.passportExpiry ?? `—`),
                      }),
                      t(`td`, {
                        class: `nowrap`,
                        children: t(`bdi`, { dir: `ltr`, children: r.updatedAt.slice(0, 10) }),
                      }),
                    ],
                  },
                  r.id,
                );
              }),
            }),
          ],
        }),
      }),
      y.length > b.length
        ? t(`button`, {
            type: `button`,
            class: `show-more`,
            onClick: () => g((e) => e + L),
            children: e.t(`list.showMore`, { count: e.number(y.length - b.length) }),
          })
        : null,
    ],
  });
}
var B = [`profiles`, `checklist`, `deadlines`];
function V(e) {
  const [n] = h();
  return t(r, { lang: n, title: u(n ?? `en`).t(`app.title`), children: t(H, { ...e }) });
}
function H({ today: e = new Date() }) {
  const [n, r] = h(),
    o = i(() => u(n ?? `en`), [n]);
  d(o);
  const s = y(),
    c = _(s),
    [p, v] = C(`profiles`),
    [T, k] = C(new Set()),
    { stored: A, activeId: j } = s,
    M = A?.profiles ?? [],
    N = M.find((e) => e.id === j),
    P = M.filter((e) => T.has(e.id));
  return n === void 0
    ? null
    : t(`div`, {
        class: `app options`,
        'data-app': `options`,
        children: [
          t(`header`, {
            class: `app-header`,
            children: [t(`h1`, { children: o.t(`app.titleFull`) }), t(b, { text: o, onChange: r })],
          }),
          t(`p`, { class: `muted small`, children: o.t(`privacy.local`) }),
          t(`p`, {
            class: `visually-hidden`,
            role: `status`,
            'aria-live': `polite`,
            'data-status': !0,
            children: s.status ? o.message(s.status) : ``,
          }),
          t(g, {
            tabs: B,
            current: p,
            label: o.t(`tabs.label`),
            tabLabel: (e) => o.t(`tabs.${e}`),
            onSelect: v,
            children:
              p === `profiles`
                ? A === void 0
                  ? t(`p`, { role: `status`, children: o.t(`list.loading`) })
                  : t(`div`, {
                      class: c.editing ? `workspace editing` : `workspace`,
                      children: [
                        t(`div`, {
                          class: `workspace-main`,
                          children: [
                            s.lastRemoved
                              ? t(l, { text: o, removed: s.lastRemoved, onUndo: () => void s.undo() })
                              : null,
                            t(m, { text: o, entries: A.needsAttention, controller: s }),
                            t(`div`, {
                              class: `actions`,
                              children: [
                                t(`button`, {
                                  type: `button`,
                                  class: `primary`,
                                  onClick: c.startNew,
                                  'data-action': `new`,
                                  children: o.t(`action.new`),
                                }),
                                t(`button`, {
                                  type: `button`,
                                  onClick: () => x(P),
                                  disabled: P.length === 0,
                                  'data-action': `export-selected`,
                                  children: o.t(`action.exportSelected`, { count: P.length }),
                                }),
                                t(`button`, {
                                  type: `button`,
                                  onClick: () => x(M),
                                  disabled: M.length === 0,
                                  'data-action': `export-all`,
                                  children: o.t(`action.exportAll`),
                                }),
                                t(`button`, {
                                  type: `button`,
                                  onClick: () => S(M),
                                  disabled: M.length === 0,
                                  'data-action': `export-csv`,
                                  children: o.t(`action.exportCsv`),
                                }),
                              ],
                            }),
                            t(f, { lang: o.lang, profiles: M }),
                            t(a, { text: o, profiles: M, today: e, onOpen: c.open, limit: 20 }),
                            t(z, {
                              text: o,
                              profiles: M,
                              today: e,
                              activeId: j,
                              selected: T,
                              onSelect: k,
                              onOpen: c.open,
                            }),
                            t(D, { text: o, stored: A, controller: s }),
                          ],
                        }),
                        c.editing
                          ? t(`aside`, {
                              class: `workspace-editor`,
                              children: t(
                                O,
                                {
                                  text: o,
                                  today: e,
                                  initial: c.editing.draft,
                                  existing: c.editing.profile,
                                  profiles: M,
                                  onSave: c.save,
                                  onReload: c.reload,
                                  onCancel: c.close,
                                  onDuplicate: c.editing.profile
                                    ? () => c.editing?.profile && c.duplicate(c.editing.profile)
                                    : void 0,
                                  onExport: c.editing.profile
                                    ? () => c.editing?.profile && x([c.editing.profile])
                                    : void 0,
                                  onDelete: c.editing.profile ? () => void c.remove() : void 0,
                                },
                                c.editing.key,
                              ),
                            })
                          : null,
                      ],
                    })
                : t(p === `checklist` ? w : E, { text: o, today: e, profile: N }),
          }),
        ],
      });
}
var U = document.getElementById(`app`);
U && e(t(V, {}), U);
//# sourceMappingURL=options-DtVa65Xw.js.map
