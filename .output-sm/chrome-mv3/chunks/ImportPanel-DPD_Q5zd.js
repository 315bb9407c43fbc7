import { t as m, q as p } from './jsxRuntime-Bh-NUgTm.js';
import { _ as d, h as f } from './schema-eA1dCwYj.js';
import {
  P as a,
  m as c,
  B as e,
  N as i,
  p as l,
  F as n,
  S as o,
  M as r,
  _ as s,
  D as t,
  z as u,
} from './use-profiles-uy5lOUCU.js';
function h({ lang: t, fileName: n, file: o, onOpened: s, onCancel: c }) {
  const l = e(() => r(t), [t]),
    [d, f] = u(``),
    [p, h] = u(),
    [g, _] = u(!1);
  async function v() {
    _(!0), h(void 0);
    try {
      s(await a(o, d));
    } catch (e) {
      h(i(l, e));
    } finally {
      _(!1);
    }
  }
  return m(`form`, {
    class: `encrypted-import`,
    onSubmit: (e) => {
      e.preventDefault(), !g && d && v();
    },
    'data-encrypted-import': !0,
    children: [
      m(`div`, {
        class: `field`,
        children: [
          m(`label`, {
            for: `import-passphrase`,
            children: [m(`bdi`, { children: n }), ` — `, l(`import.passphrase`)],
          }),
          m(`input`, {
            id: `import-passphrase`,
            type: `password`,
            autocomplete: `off`,
            value: d,
            onInput: (e) => f(e.currentTarget.value),
            'data-import-passphrase': !0,
          }),
        ],
      }),
      p ? m(`p`, { class: `error`, role: `alert`, 'data-import-passphrase-error': !0, children: p }) : null,
      m(`div`, {
        class: `actions`,
        children: [
          m(`button`, { type: `submit`, class: `primary`, disabled: g, children: l(`import.open`) }),
          m(`button`, { type: `button`, onClick: c, children: l(`setup.cancel`) }),
        ],
      }),
    ],
  });
}
var g = p({ ImportPanel: () => y }),
  _ = 100;
function v({ text: e, items: t }) {
  return m(`ul`, {
    class: `problems`,
    children: t.map((t, n) =>
      m(
        `li`,
        { children: [m(`code`, { dir: `ltr`, children: t.path }), ` — `, e.message(t)] },
        `${t.path}-${n}`,
      ),
    ),
  });
}
function y({ text: e, stored: r, controller: i }) {
  const [a, p] = u({ step: `idle` }),
    [g, y] = u(!1),
    [b, x] = u(),
    S = (e, t) => x({ done: e, total: t });
  async function C(e) {
    const t = e.files?.[0];
    if (((e.value = ``), !t)) return;
    y(!0);
    const r = t.size > 134217728 ? `` : await t.text(),
      i = t.name.toLowerCase().endsWith(`.csv`) || t.type === `text/csv`,
      a = i ? null : n(r);
    a !== null && a !== `malformed`
      ? (y(!1), p({ step: `passphrase`, fileName: t.name, file: a }))
      : await w(r, t.size, t.name, i);
  }
  async function w(e, t, n, i) {
    y(!0);
    const a = i ? c(o(e, t), r) : await l(e, t, r, S);
    x(void 0),
      y(!1),
      p(
        a.ok
          ? { step: `review`, fileName: n, plan: a.plan, notices: a.notices, choices: new Map() }
          : { step: `refused`, fileName: n, problems: a.problems },
      );
  }
  function T(e, t) {
    a.step === `review` && p({ ...a, choices: new Map(a.choices).set(e, t) });
  }
  function E(e) {
    a.step === `review` && p({ ...a, choices: new Map(a.plan.duplicates.map((t) => [t.incomingIndex, e])) });
  }
  async function D() {
    if (a.step !== `review`) return;
    y(!0), S(0, a.plan.incoming.length);
    const { error: e } = await i.importPlan(a.plan, a.choices, S);
    x(void 0), y(!1), p(e ? { step: `failed`, error: e } : { step: `idle` });
  }
  return m(`section`, {
    class: `import`,
    'aria-labelledby': `import-title`,
    'data-import': !0,
    children: [
      m(`h3`, { id: `import-title`, children: e.t(`import.title`) }),
      m(`label`, { for: `import-file`, children: e.t(`import.choose`) }),
      m(`input`, {
        id: `import-file`,
        type: `file`,
        accept: `.json,.csv,application/json,text/csv`,
        'aria-describedby': `import-limits`,
        onChange: (e) => void C(e.currentTarget),
        'data-import-file': !0,
      }),
      m(`p`, {
        id: `import-limits`,
        class: `muted small`,
        children: e.t(`import.limits`, { maxMb: f / 1024 / 1024, max: e.number(d) }),
      }),
      a.step === `passphrase`
        ? m(h, {
            lang: e.lang,
            fileName: a.fileName,
            file: a.file,
            onOpened: (e) => void w(e, new Blob([e]).size, a.fileName, !1),
            onCancel: () => p({ step: `idle` }),
          })
        : null,
      b
        ? m(`div`, {
            class: `import-progress`,
            'data-import-progress': !0,
            children: [
              m(`progress`, {
                max: Math.max(b.total, 1),
                value: b.done,
                'aria-labelledby': `import-progress-text`,
              }),
              m(`span`, {
                id: `import-progress-text`,
                role: `status`,
                children: e.t(`import.progress`, { done: e.number(b.done), total: e.number(b.total) }),
              }),
            ],
          })
        : null,
      a.step === `refused`
        ? m(`div`, {
            class: `alert error`,
            role: `alert`,
            'data-import-errors': !0,
            children: [
              m(`p`, { children: e.t(`import.refused`, { file: a.fileName, count: a.problems.length }) }),
              m(v, { text: e, items: a.problems }),
              m(`button`, {
                type: `button`,
                onClick: () => p({ step: `idle` }),
                children: e.t(`action.close`),
              }),
            ],
          })
        : null,
      a.step === `failed`
        ? m(`div`, {
            class: `alert error`,
            role: `alert`,
            'data-import-errors': !0,
            children: m(`p`, { children: e.message(a.error) }),
          })
        : null,
      a.step === `review`
        ? m(`div`, {
            class: `import-review`,
            'data-import-review': !0,
            children: [
              m(`p`, {
                role: `status`,
                children: e.t(`import.summary`, {
                  file: a.fileName,
                  count: a.plan.incoming.length,
                  duplicates: a.plan.duplicates.length,
                }),
              }),
              a.notices.length > 0
                ? m(`details`, {
                    children: [
                      m(`summary`, { children: e.t(`import.notices`, { count: a.notices.length }) }),
                      m(v, { text: e, items: a.notices }),
                    ],
                  })
                : null,
              a.plan.duplicates.length > 0
                ? m(`div`, {
                    class: `duplicates`,
                    children: [
                      m(`fieldset`, {
                        class: `actions choose-all`,
                        children: [
                          m(`legend`, { class: `visually-hidden`, children: e.t(`import.chooseAll`) }),
                          s.map((t) =>
                            m(
                              `button`,
                              {
                                type: `button`,
                                onClick: () => E(t),
                                'data-choose-all': t,
                                children: e.t(`import.all.${t}`),
                              },
                              t,
                            ),
                          ),
                        ],
                      }),
                      a.plan.duplicates.length > _
                        ? m(`p`, {
                            class: `muted small`,
                            'data-more-duplicates': !0,
                            children: e.t(`import.moreDuplicates`, {
                              shown: _,
                              count: e.number(a.plan.duplicates.length),
                            }),
                          })
                        : null,
                      a.plan.duplicates.slice(0, _).map((n) => {
                        const r = a.choices.get(n.incomingIndex) ?? `skip`;
                        return m(
                          `fieldset`,
                          {
                            class: `duplicate`,
                            'data-duplicate': n.incomingIndex,
                            children: [
                              m(`legend`, {
                                children: e.t(`import.duplicate`, {
                                  incoming: t(n.incoming),
                                  existing: t(n.existing),
                                }),
                              }),
                              m(`p`, {
                                class: `muted small`,
                                children: n.reasons.map((t) => e.t(`import.reason.${t}`)).join(`, `),
                              }),
                              s.map((t) =>
                                m(
                                  `label`,
                                  {
                                    class: `choice`,
                                    children: [
                                      m(`input`, {
                                        type: `radio`,
                                        name: `duplicate-${n.incomingIndex}`,
                                        value: t,
                                        checked: r === t,
                                        onChange: () => T(n.incomingIndex, t),
                                      }),
                                      e.t(`import.choice.${t}`),
                                    ],
                                  },
                                  t,
                                ),
                              ),
                            ],
                          },
                          n.incomingIndex,
                        );
                      }),
                    ],
                  })
                : null,
              m(`div`, {
                class: `actions`,
                children: [
                  m(`button`, {
                    type: `button`,
                    class: `primary`,
                    disabled: g,
                    onClick: () => void D(),
                    'data-action': `confirm-import`,
                    children: e.t(`import.confirm`),
                  }),
                  m(`button`, {
                    type: `button`,
                    onClick: () => p({ step: `idle` }),
                    children: e.t(`action.cancel`),
                  }),
                ],
              }),
            ],
          })
        : null,
    ],
  });
}
export { g as n, y as t };
//# sourceMappingURL=ImportPanel-DPD_Q5zd.js.map
