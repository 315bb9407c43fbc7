import { r as c } from './facts-D8eMB1M6.js';
import { q as d, t as f, y as h, U as l, x as m, v as p, b as u } from './jsxRuntime-Bh-NUgTm.js';
import { t as w } from './SituationFields-CPSRtlBZ.js';
import { S as _, v as b, y as C, C as g, x as S, b as v, w as x, g as y } from './schema-eA1dCwYj.js';
import { c as a, B as e, b as i, O as n, h as o, R as r, z as s, D as t } from './use-profiles-uy5lOUCU.js';
var T =
  `givenName.surname.previousSurname.fatherName.motherName.birthDate.birthPlace.birthCountry.gender.maritalStatus.nationality.otherNationality.nationalIdNumber.passportNumber.passportType.passportIssueDate.passportExpiry.passportIssuingCountry.passportIssuingAuthority.email.mobile.contactPreference.foreignerId.permitCardSerial.permitCardNumber.changeProvince.applicationNumber.permitType.permitPurpose.requestedStart.requestedEnd.currentPermitType.currentPermitEnd.province.district.neighbourhood.street.buildingNumber.flatNumber.insuranceType.insuranceCompany.insurancePolicyNumber.insuranceStart.insuranceEnd.givenNameInitials.surnameInitials.captcha.consent.verificationCode`.split(
    `.`,
  );
function E(e) {
  return T.includes(e);
}
function D(e, t) {
  return (E(t) ? e.field(t, `label`) : void 0) ?? e.t(`field.${t}`);
}
var O = new Map();
function k(e) {
  let t = O.get(e);
  return t || ((t = new Intl.Collator(e)), O.set(e, t)), t;
}
function A(t, n) {
  return e(() => {
    const e = (t.options?.() ?? []).map((e) => ({ code: e, label: t.optionLabel?.(n, e) ?? e }));
    if (e.length > 20 && t.key !== `province`) {
      const t = k(n.lang);
      e.sort((e, n) => t.compare(e.label, n.label));
    }
    return e;
  }, [t, n]);
}
function j({ spec: e, text: t, value: n, errors: r, notices: i, onInput: a, onBlur: o }) {
  const s = `field-${e.key}`,
    c = A(e, t),
    l = e.kind === `date` ? t.t(`format.date`) : void 0,
    u = [l ? `${s}-format` : ``, i.length > 0 ? `${s}-notice` : ``, r.length > 0 ? `${s}-error` : ``]
      .filter(Boolean)
      .join(` `),
    d = {
      id: s,
      name: e.key,
      'aria-invalid': r.length > 0 ? `true` : void 0,
      'aria-describedby': u || void 0,
      onBlur: () => o(e.key),
    },
    p = (t) => a(e.key, t.currentTarget.value);
  return f(`div`, {
    class: `field`,
    'data-field': e.key,
    children: [
      f(`label`, { for: s, children: D(t, e.key) }),
      e.kind === `select`
        ? f(`select`, {
            ...d,
            value: n,
            onChange: p,
            children: [
              f(`option`, { value: ``, children: t.t(`option.unknown`) }),
              c.map((e) => f(`option`, { value: e.code, children: e.label }, e.code)),
            ],
          })
        : e.kind === `textarea`
          ? f(`textarea`, { ...d, value: n, maxLength: e.maxLength, rows: 4, onInput: p })
          : f(`input`, {
              ...d,
              type: e.kind === `email` ? `email` : e.kind === `tel` ? `tel` : `text`,
              value: n,
              maxLength: e.maxLength,
              inputMode: e.inputMode,
              autoComplete: e.autoComplete ?? `off`,
              placeholder: e.kind === `date` ? `dd.mm.yyyy` : void 0,
              dir: e.kind === `text` ? `auto` : `ltr`,
              onInput: p,
            }),
      l ? f(`p`, { id: `${s}-format`, class: `field-format`, children: l }) : null,
      i.length > 0
        ? f(`p`, { id: `${s}-notice`, class: `field-notice`, children: i.map((e) => t.message(e)).join(` `) })
        : null,
      r.length > 0
        ? f(`p`, {
            id: `${s}-error`,
            class: `field-error`,
            'data-error-for': e.key,
            children: r.map((e) => t.message(e)).join(` `),
          })
        : null,
    ],
  });
}
function M({ text: e, findings: t }) {
  return t.length === 0
    ? f(`p`, { class: `muted`, children: e.t(`findings.none`) })
    : f(`ul`, {
        class: `findings`,
        'data-findings': !0,
        children: t.map((t, n) =>
          f(
            `li`,
            {
              class: `finding finding-${t.severity}`,
              'data-rule': t.ruleId,
              children: [
                f(`span`, { class: `finding-severity`, children: e.rules(`severity.${t.severity}`) }),
                ` `,
                f(`span`, { class: `finding-message`, children: e.rules(t.messageKey, t.params) }),
                f(`span`, {
                  class: `finding-source`,
                  children: e.t(`findings.source`, {
                    reference: t.source.reference,
                    confidence: e.rules(`confidence.${t.source.confidence}`),
                  }),
                }),
              ],
            },
            `${t.ruleId}-${n}`,
          ),
        ),
      });
}
var N = [`personal`, `passport`, `turkiye`, `plan`, `contact`, `insurance`],
  P = (e) => (t, n) => t.t(`option.${e}.${n}`),
  F = (e, t) => e.country(t),
  I = (e) => () => e,
  L = (e) => ({ key: e, kind: `text`, maxLength: y.name, autoComplete: `off` }),
  R = (e) => ({ key: e, kind: `date`, maxLength: 10, inputMode: `numeric` }),
  z = (e, t = y.text) => ({ key: e, kind: `text`, maxLength: t }),
  B = (e) => ({ key: e, kind: `select`, options: I(C), optionLabel: F }),
  V = {
    personal: [
      L(`givenName`),
      L(`surname`),
      L(`previousSurname`),
      L(`fatherName`),
      L(`motherName`),
      R(`birthDate`),
      z(`birthPlace`),
      B(`birthCountry`),
      { key: `gender`, kind: `select`, options: I(v), optionLabel: P(`gender`) },
      { key: `maritalStatus`, kind: `select`, options: I(S), optionLabel: P(`maritalStatus`) },
      B(`nationality`),
      B(`otherNationality`),
      z(`nationalIdNumber`, y.short),
    ],
    passport: [
      { key: `passportType`, kind: `select`, options: I(_), optionLabel: P(`passportType`) },
      { key: `passportNumber`, kind: `text`, maxLength: 20, autoComplete: `off` },
      R(`passportIssueDate`),
      R(`passportExpiry`),
      B(`passportIssuingCountry`),
      z(`passportIssuingAuthority`),
    ],
    turkiye: [
      { key: `foreignerId`, kind: `text`, maxLength: 14, inputMode: `numeric`, autoComplete: `off` },
      { key: `permitCardSerial`, kind: `text`, maxLength: 3 },
      { key: `permitCardNumber`, kind: `text`, maxLength: 12, inputMode: `numeric` },
      {
        key: `currentPermitType`,
        kind: `select`,
        options: I(u),
        optionLabel: (e, t) => e.docs(`permit.type.${t}`),
      },
      R(`currentPermitEnd`),
      { key: `province`, kind: `select`, options: I(x), optionLabel: (e, t) => `${t} ${g[t]}` },
      { key: `applicationNumber`, kind: `text`, maxLength: 15, inputMode: `numeric` },
    ],
    plan: [
      {
        key: `applicationKind`,
        kind: `select`,
        options: I(p),
        optionLabel: (e, t) => e.docs(`application.kind.${t}`),
      },
      { key: `permitType`, kind: `select`, options: I(u), optionLabel: (e, t) => e.docs(`permit.type.${t}`) },
      {
        key: `permitPurpose`,
        kind: `select`,
        options: I(m),
        optionLabel: (e, t) => e.docs(`permit.purpose.${t}`),
      },
      R(`requestedStart`),
      R(`requestedEnd`),
    ],
    contact: [
      { key: `email`, kind: `email`, maxLength: y.email, inputMode: `email`, autoComplete: `off` },
      { key: `mobile`, kind: `tel`, maxLength: 20, inputMode: `tel`, autoComplete: `off` },
      { key: `contactPreference`, kind: `select`, options: I(b), optionLabel: P(`contactPreference`) },
      z(`district`),
      z(`neighbourhood`),
      z(`street`),
      z(`buildingNumber`, y.short),
      z(`flatNumber`, y.short),
    ],
    insurance: [
      { key: `insuranceType`, kind: `select`, options: I(h), optionLabel: P(`insuranceType`) },
      z(`insuranceCompany`),
      z(`insurancePolicyNumber`, y.short),
      R(`insuranceStart`),
      R(`insuranceEnd`),
    ],
  },
  H = 50;
function U({ text: r, profiles: i, selfId: o, value: c, onChange: l }) {
  const [u, d] = s(``),
    p = e(() => {
      const e = i.filter((e) => e.id !== o),
        t = n(e, u).slice(0, H),
        r = e.find((e) => e.id === c);
      return r && !t.includes(r) ? [r, ...t] : t;
    }, [i, o, u, c]),
    m = c !== `` && !i.some((e) => e.id === c);
  return f(`div`, {
    class: `field`,
    'data-field': `supporterId`,
    children: [
      f(`label`, { for: `supporter-search`, children: r.t(`family.searchSupporter`) }),
      f(`input`, {
        id: `supporter-search`,
        type: `search`,
        value: u,
        onInput: (e) => d(e.currentTarget.value),
      }),
      f(`label`, { for: `field-supporterId`, children: r.t(`field.supporterId`) }),
      f(`select`, {
        id: `field-supporterId`,
        value: c,
        onChange: (e) => l(e.currentTarget.value),
        children: [
          f(`option`, { value: ``, children: r.t(`family.noSupporter`) }),
          m ? f(`option`, { value: c, children: r.t(`family.missingProfile`) }) : null,
          p.map((e) =>
            f(
              `option`,
              { value: e.id, children: [t(e), e.passportNumber ? ` · ${a(e.passportNumber)}` : ``] },
              e.id,
            ),
          ),
        ],
      }),
    ],
  });
}
var W = d({ ProfileEditor: () => K }),
  G = 100;
function K(n) {
  const { text: a, today: u, existing: d, profiles: p } = n,
    [m, h] = s(n.initial),
    [g, _] = s(new Set()),
    [v, y] = s(!1),
    [b, x] = s(null),
    [S, C] = s(!1),
    T = r(!1),
    [E, O] = s({}),
    k = r(null),
    A = e(() => i(m, u), [m, u]),
    P = (e) => v || g.has(e),
    F = (e) => (P(e) ? (A.errors[e] ?? []) : []),
    I = p.find((e) => e.id === m.text.supporterId),
    L = e(() => {
      if (!A.data) return;
      const e = { id: d?.id ?? `draft`, createdAt: ``, updatedAt: ``, ...A.data };
      return c(e, u, I);
    }, [A.data, d, u, I]),
    R = (e, t) => h((n) => ({ ...n, text: { ...n.text, [e]: t } })),
    z = (e, t) => {
      O(({ [e]: t, ...n }) => n), R(e, t);
    },
    B = (e) => {
      _((t) => new Set(t).add(e));
      const t = A.cleaned[e];
      t !== void 0 && t !== m.text[e] && (O((t) => ({ ...t, [e]: A.notices[e] ?? [] })), R(e, t));
    },
    H = (e) => (P(e) ? [...(E[e] ?? []), ...(A.notices[e] ?? [])] : []),
    W = Object.keys(A.errors);
  async function K(e) {
    e.preventDefault(), x(null), A.data ? await q(A.data) : (y(!0), queueMicrotask(() => k.current?.focus()));
  }
  async function q(e, t) {
    if (T.current) return;
    T.current = !0;
    let r = setTimeout(() => C(!0), G),
      i;
    try {
      i = await (t ? n.onSave(e, t) : n.onSave(e));
    } finally {
      clearTimeout(r), (T.current = !1);
    }
    C(!1), i && (y(!0), x(i), queueMicrotask(() => k.current?.focus()));
  }
  const J = b?.key === o,
    Y = (e) => {
      e.isTrusted && A.data && (x(null), q(A.data, { keepMine: !0 }));
    },
    X = (e) => {
      e.isTrusted && n.onReload?.();
    },
    Z = d ? a.t(`editor.editTitle`, { name: t(d) }) : a.t(`editor.newTitle`);
  return f(`form`, {
    class: `editor`,
    onSubmit: K,
    noValidate: !0,
    'aria-labelledby': `editor-title`,
    'data-editor': !0,
    children: [
      f(`h2`, { id: `editor-title`, children: Z }),
      f(`div`, {
        ref: k,
        class: `error-summary`,
        role: `alert`,
        tabIndex: -1,
        hidden: !(v && W.length > 0) && !b,
        'data-error-summary': !0,
        children: [
          b ? f(`p`, { children: a.message(b) }) : null,
          J
            ? f(`p`, {
                class: `actions`,
                'data-conflict': !0,
                children: [
                  n.onReload
                    ? f(`button`, {
                        type: `button`,
                        onClick: X,
                        'data-action': `conflict-reload`,
                        children: a.t(`conflict.reload`),
                      })
                    : null,
                  f(`button`, {
                    type: `button`,
                    onClick: Y,
                    disabled: S,
                    'data-action': `conflict-keep-mine`,
                    children: a.t(`conflict.keepMine`),
                  }),
                ],
              })
            : null,
          v && W.length > 0
            ? f(l, {
                children: [
                  f(`p`, { children: a.t(`editor.fixErrors`, { count: W.length }) }),
                  f(`ul`, {
                    children: W.map((e) =>
                      f(
                        `li`,
                        {
                          children: [
                            f(`a`, {
                              href: `#field-${e}`,
                              onClick: (t) => {
                                t.preventDefault(), document.getElementById(`field-${e}`)?.focus();
                              },
                              children: D(a, e),
                            }),
                            `: `,
                            (A.errors[e] ?? []).map((e) => a.message(e)).join(` `),
                          ],
                        },
                        e,
                      ),
                    ),
                  }),
                ],
              })
            : null,
        ],
      }),
      N.map((e) =>
        f(
          `fieldset`,
          {
            class: `section`,
            'data-section': e,
            children: [
              f(`legend`, { children: a.t(`section.${e}`) }),
              V[e].map((e) =>
                f(
                  j,
                  {
                    spec: e,
                    text: a,
                    value: m.text[e.key] ?? ``,
                    errors: F(e.key),
                    notices: H(e.key),
                    onInput: z,
                    onBlur: B,
                  },
                  e.key,
                ),
              ),
            ],
          },
          e,
        ),
      ),
      f(`fieldset`, {
        class: `section`,
        'data-section': `situation`,
        children: [
          f(`legend`, { children: a.t(`section.situation`) }),
          f(`p`, { class: `muted`, children: a.t(`situation.help`) }),
          f(w, { text: a, situation: m.situation, onChange: (e) => h((t) => ({ ...t, situation: e })) }),
        ],
      }),
      f(`fieldset`, {
        class: `section`,
        'data-section': `family`,
        children: [
          f(`legend`, { children: a.t(`section.family`) }),
          f(U, {
            text: a,
            profiles: p,
            selfId: d?.id,
            value: m.text.supporterId ?? ``,
            onChange: (e) => R(`supporterId`, e),
          }),
        ],
      }),
      f(`fieldset`, {
        class: `section`,
        'data-section': `notes`,
        children: [
          f(`legend`, { children: a.t(`section.notes`) }),
          f(j, {
            spec: { key: `notes`, kind: `textarea`, maxLength: 5e3 },
            text: a,
            value: m.text.notes ?? ``,
            errors: F(`notes`),
            notices: [],
            onInput: z,
            onBlur: B,
          }),
        ],
      }),
      f(`section`, {
        class: `section`,
        'aria-labelledby': `checks-title`,
        'data-checks': !0,
        children: [
          f(`h3`, { id: `checks-title`, children: a.t(`editor.checks`) }),
          L
            ? f(M, { text: a, findings: L })
            : f(`p`, { class: `muted`, children: a.t(`editor.checksWaiting`) }),
        ],
      }),
      f(`div`, {
        class: `actions sticky-actions`,
        children: [
          f(`button`, {
            type: `submit`,
            class: `primary`,
            disabled: S,
            'data-action': `save`,
            children: a.t(`action.save`),
          }),
          f(`button`, {
            type: `button`,
            onClick: n.onCancel,
            'data-action': `cancel`,
            children: a.t(`action.cancel`),
          }),
          n.onDuplicate
            ? f(`button`, {
                type: `button`,
                onClick: n.onDuplicate,
                'data-action': `duplicate`,
                children: a.t(`action.duplicate`),
              })
            : null,
          n.onExport
            ? f(`button`, {
                type: `button`,
                onClick: n.onExport,
                'data-action': `export-one`,
                children: a.t(`action.exportOne`),
              })
            : null,
          n.onDelete
            ? f(`button`, {
                type: `button`,
                class: `danger`,
                onClick: n.onDelete,
                'data-action': `delete`,
                children: a.t(`action.delete`),
              })
            : null,
        ],
      }),
      f(`p`, { class: `muted small`, children: a.t(`privacy.local`) }),
    ],
  });
}
export { K as t, W as n };
//# sourceMappingURL=ProfileEditor-DhaePVSp.js.map
