const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f ||
    (m.f = [
      'chunks/ProfileEditor-DhaePVSp.js',
      'chunks/use-profiles-uy5lOUCU.js',
      'chunks/jsxRuntime-Bh-NUgTm.js',
      'chunks/schema-eA1dCwYj.js',
      'chunks/tr-date-Cd9tgXbE.js',
      'chunks/extension-window-TvZR20tl.js',
      'chunks/facts-D8eMB1M6.js',
      'chunks/fees-Dxg5fSzV.js',
      'chunks/messages-B--RA4mf.js',
      'assets/use-profiles-CwuwhyGH.css',
      'chunks/SituationFields-CPSRtlBZ.js',
      'chunks/CaseImportPanel-DBm5B4Ve.js',
      'chunks/ImportPanel-DPD_Q5zd.js',
      'chunks/ChecklistLookup-CbnS_HKL.js',
      'chunks/DeadlineCalculator-T8G87iU0.js',
      'chunks/FeeLookup-BGHAGsYu.js',
    ]),
) => i.map((i) => d[i]);

import { H as e, u as i, W as n, t as r, U as t } from './jsxRuntime-Bh-NUgTm.js';
import {
  i as _,
  A as a,
  n as b,
  s as C,
  D as c,
  w as D,
  O as d,
  v as E,
  T as f,
  g,
  f as h,
  I as l,
  d as m,
  z as O,
  B as o,
  a as p,
  r as S,
  C as s,
  u as T,
  L as u,
  j as v,
  t as w,
  o as x,
  l as y,
} from './use-profiles-uy5lOUCU.js';
function k(e, t) {
  typeof requestIdleCallback == `function`
    ? requestIdleCallback(() => e(), { timeout: t })
    : setTimeout(e, 0);
}
function A(e) {
  let t,
    n,
    i = () => (
      (n ??= e().then(
        (e) => ((t = e), e),
        (e) => {
          throw ((n = void 0), e);
        },
      )),
      n
    );
  function a({ fallback: e = null, ...n }) {
    const [a, o] = O(() => t);
    return (
      l(() => {
        if (a) return;
        let e = !0;
        return (
          i().then(
            (t) => e && o(() => t),
            () => void 0,
          ),
          () => {
            e = !1;
          }
        );
      }, [a]),
      a ? r(a, { ...n }) : e
    );
  }
  return Object.assign(a, { preload: i });
}
var j = `profile-list:first-rows`,
  M = `profile-list:rendered`,
  N = `profile-list:complete`;
function P({ text: e, profiles: t, total: n, complete: i, activeId: a, onOpen: s, onSetActive: l }) {
  const [f, p] = O(``),
    [m, h] = O(50),
    _ = o(() => g(t), [t]),
    v = o(() => d(_, f), [_, f]),
    y = v.slice(0, m),
    b = y.length > 0;
  return (
    u(() => {
      b && performance.getEntriesByName(`profile-list:first-rows`).length === 0 && performance.mark(j);
    }, [b]),
    u(() => {
      performance.mark(M);
    }, [v]),
    u(() => {
      i && performance.getEntriesByName(`profile-list:complete`).length === 0 && performance.mark(N);
    }, [i]),
    r(`section`, {
      class: `profile-list`,
      'aria-labelledby': `profiles-title`,
      'aria-busy': i ? `false` : `true`,
      'data-list-complete': i ? `true` : `false`,
      children: [
        r(`h2`, { id: `profiles-title`, class: `visually-hidden`, children: e.t(`list.title`) }),
        r(`div`, {
          class: `field search-field`,
          children: [
            r(`label`, { for: `profile-search`, children: e.t(`list.search`) }),
            r(`input`, {
              id: `profile-search`,
              type: `search`,
              value: f,
              placeholder: e.t(`list.searchPlaceholder`),
              'aria-describedby': `profile-count`,
              onInput: (e) => {
                p(e.currentTarget.value), h(50);
              },
              'data-search': !0,
            }),
          ],
        }),
        r(`p`, {
          id: `profile-count`,
          class: `muted small`,
          'aria-live': `polite`,
          'data-count': !0,
          children: i
            ? f.trim()
              ? e.t(`list.matches`, { count: e.number(v.length), total: e.number(n) })
              : e.t(`list.count`, { count: e.number(n) })
            : e.t(`list.loading`),
        }),
        n === 0 ? r(`p`, { class: `empty`, children: e.t(`list.empty`) }) : null,
        r(`ul`, {
          class: `rows`,
          'data-profile-list': !0,
          children: y.map((t) => {
            const n = t.id === a;
            return r(
              `li`,
              {
                class: n ? `row active` : `row`,
                'data-profile-id': t.id,
                children: [
                  r(`div`, {
                    class: `row-main`,
                    children: [
                      r(`button`, {
                        type: `button`,
                        class: `row-open`,
                        onClick: () => s(t),
                        'data-profile-name': !0,
                        children: r(`bdi`, { class: `row-name`, children: c(t) || e.t(`list.unnamed`) }),
                      }),
                      r(C, {
                        class: `row-meta`,
                        lang: e.lang,
                        name: c(t),
                        passportNumber: t.passportNumber,
                        foreignerId: t.foreignerId,
                      }),
                    ],
                  }),
                  r(`button`, {
                    type: `button`,
                    class: `row-use`,
                    'aria-pressed': n ? `true` : `false`,
                    'aria-label': e.t(n ? `list.activeLabel` : `list.useLabel`, { name: c(t) }),
                    onClick: () => l(n ? null : t.id),
                    'data-use-profile': !0,
                    children: e.t(n ? `list.active` : `list.use`),
                  }),
                ],
              },
              t.id,
            );
          }),
        }),
        i && v.length > y.length
          ? r(`button`, {
              type: `button`,
              class: `show-more`,
              onClick: () => h((e) => e + 50),
              children: e.t(`list.showMore`, { count: e.number(v.length - y.length) }),
            })
          : null,
      ],
    })
  );
}
var F = A(() =>
    h(
      () => import(`./ProfileEditor-DhaePVSp.js`).then((e) => e.n).then((e) => e.ProfileEditor),
      __vite__mapDeps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    ),
  ),
  I = A(() =>
    h(
      () => import(`./CaseImportPanel-DBm5B4Ve.js`).then((e) => e.CaseImportPanel),
      __vite__mapDeps([11, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ),
  ),
  L = A(() =>
    h(
      () => import(`./ImportPanel-DPD_Q5zd.js`).then((e) => e.n).then((e) => e.ImportPanel),
      __vite__mapDeps([12, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ),
  ),
  R = A(() =>
    h(
      () => import(`./ChecklistLookup-CbnS_HKL.js`).then((e) => e.n).then((e) => e.ChecklistLookup),
      __vite__mapDeps([13, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    ),
  ),
  z = A(() =>
    h(
      () => import(`./DeadlineCalculator-T8G87iU0.js`).then((e) => e.n).then((e) => e.DeadlineCalculator),
      __vite__mapDeps([14, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15]),
    ),
  ),
  B = A(() =>
    h(
      () => import(`./FeeLookup-BGHAGsYu.js`).then((e) => e.n).then((e) => e.FeeLookup),
      __vite__mapDeps([15, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ),
  ),
  V = [F, I, L, R, z, B],
  H = [`profiles`, `checklist`, `deadlines`, `fees`];
function U(e) {
  const [t] = b();
  return r(a, { lang: t, title: m(t ?? `en`).t(`app.title`), children: r(W, { ...e }) });
}
function W({ today: n = new Date() }) {
  const [a, u] = b(),
    d = o(() => m(a ?? `en`), [a]);
  _(d);
  const h = w(),
    g = S(h),
    [C, A] = O(`profiles`),
    [j, M] = O(!1),
    { stored: N, head: U, activeId: W } = h,
    G = N?.profiles ?? [],
    K = G.find((e) => e.id === W),
    q = N ? N.profiles : (U?.rows ?? void 0),
    [J, Y] = O(),
    X = (e) => {
      const t = N?.profiles.find((t) => t.id === e.id);
      t ? g.open(t) : N || Y(e.id);
    };
  l(() => {
    if (!N || J === void 0) return;
    Y(void 0);
    const e = N.profiles.find((e) => e.id === J);
    e && g.open(e);
  }, [N, J, g.open]);
  const Z = N !== void 0;
  return (
    l(() => {
      Z && k(() => V.forEach((e) => void e.preload().catch(() => void 0)), 1e3);
    }, [Z]),
    l(() => window.scrollTo(0, 0), [g.editing?.key]),
    a === void 0
      ? null
      : r(`div`, {
          class: `app popup`,
          'data-app': `popup`,
          children: [
            r(`header`, {
              class: `app-header`,
              children: [r(`h1`, { children: d.t(`app.title`) }), r(T, { text: d, onChange: u })],
            }),
            r(`p`, {
              class: `active-profile small`,
              'data-active-profile': !0,
              children: [
                K ? d.t(`active.using`, { name: c(K) }) : d.t(`active.none`),
                ` `,
                r(`span`, { class: `muted`, children: d.t(`active.global`) }),
              ],
            }),
            r(`p`, {
              class: `visually-hidden`,
              role: `status`,
              'aria-live': `polite`,
              'data-status': !0,
              children: h.status ? d.message(h.status) : ``,
            }),
            r(x, {
              tabs: H,
              current: C,
              label: d.t(`tabs.label`),
              tabLabel: (e) => d.t(`tabs.${e}`),
              onSelect: A,
              children:
                C === `profiles`
                  ? q === void 0
                    ? r(`p`, { role: `status`, children: d.t(`list.loading`) })
                    : g.editing
                      ? r(
                          F,
                          {
                            fallback: r(`p`, { role: `status`, children: d.t(`app.loading`) }),
                            text: d,
                            today: n,
                            initial: g.editing.draft,
                            existing: g.editing.profile,
                            profiles: G,
                            onSave: g.save,
                            onReload: g.reload,
                            onCancel: g.close,
                            onDuplicate: g.editing.profile
                              ? () => g.editing?.profile && g.duplicate(g.editing.profile)
                              : void 0,
                            onExport: g.editing.profile
                              ? () => g.editing?.profile && E([g.editing.profile])
                              : void 0,
                            onDelete: g.editing.profile ? () => void g.remove() : void 0,
                          },
                          g.editing.key,
                        )
                      : j
                        ? r(I, {
                            fallback: r(`p`, { role: `status`, children: d.t(`app.loading`) }),
                            text: d,
                            today: n,
                            onDraft: (e) => {
                              M(!1), g.startFrom(e);
                            },
                            onCancel: () => M(!1),
                          })
                        : r(t, {
                            children: [
                              h.lastRemoved
                                ? r(p, { text: d, removed: h.lastRemoved, onUndo: () => void h.undo() })
                                : null,
                              N ? r(y, { text: d, entries: N.needsAttention, controller: h }) : null,
                              r(`div`, {
                                class: `actions`,
                                children: [
                                  r(`button`, {
                                    type: `button`,
                                    class: `primary`,
                                    onClick: g.startNew,
                                    disabled: !N,
                                    'data-action': `new`,
                                    children: d.t(`action.new`),
                                  }),
                                  r(`button`, {
                                    type: `button`,
                                    onClick: () => M(!0),
                                    disabled: !N,
                                    'data-action': `case-import`,
                                    children: d.t(`caseImport.open`),
                                  }),
                                  r(`button`, {
                                    type: `button`,
                                    onClick: () => E(G),
                                    disabled: G.length === 0,
                                    'data-action': `export-all`,
                                    children: d.t(`action.exportAll`),
                                  }),
                                  r(`button`, {
                                    type: `button`,
                                    class: `link`,
                                    onClick: () => void e.default.runtime.openOptionsPage(),
                                    children: d.t(`action.openFullView`),
                                  }),
                                ],
                              }),
                              r(v, { lang: d.lang, profiles: G }),
                              N
                                ? r(s, { text: d, profiles: G, today: n, onOpen: g.open })
                                : U?.glance.day === i(n)
                                  ? r(D, { text: d, rows: U.glance.rows, total: U.glance.total, onOpen: X })
                                  : r(f, { text: d }),
                              r(P, {
                                text: d,
                                profiles: q,
                                total: N ? G.length : (U?.total ?? 0),
                                complete: N !== void 0,
                                activeId: W,
                                onOpen: X,
                                onSetActive: (e) => void h.setActive(e),
                              }),
                              N ? r(L, { text: d, stored: N, controller: h }) : null,
                            ],
                          })
                  : r(C === `checklist` ? R : C === `deadlines` ? z : B, {
                      fallback: r(`p`, { role: `status`, children: d.t(`app.loading`) }),
                      text: d,
                      today: n,
                      profile: K,
                    }),
            }),
          ],
        })
  );
}
var G = document.getElementById(`app`);
G && n(r(U, {}), G);
//# sourceMappingURL=popup-f5HYBb5H.js.map
