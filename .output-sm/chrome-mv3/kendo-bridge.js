(() => {
  function e(e) {
    return e == null || typeof e == `function` ? { main: e } : e;
  }
  var t = `data-eik-bridge`,
    n = `data-eik-handle`,
    r = /^[0-9a-f]{8}-[1-9][0-9]{0,6}$/;
  function i(e) {
    return e.slice(0, 8);
  }
  function a(e) {
    return typeof e == `string` && r.test(e);
  }
  function o(e) {
    return `eik-bridge-request-${e}`;
  }
  function s(e) {
    return `eik-bridge-report-${e}`;
  }
  var c = [`dropdown`, `date`, `masked`],
    l = 4096,
    u = 256,
    d = /^[0-9a-f]{32,128}$/,
    f = /^[0-9a-f]{16,64}$/;
  function p(e) {
    for (let t = 0; t < e.length; t++) {
      const n = e.charCodeAt(t);
      if (n < 32 || n === 127) return !0;
    }
    return !1;
  }
  var m =
      /captcha|okudumanladim|okudum_anladim|requestverificationtoken|dogrulama|verification|onaykod|smskod|otp|guvenlikkod/i,
    h = [`checkbox`, `radio`, `hidden`, `password`, `file`, `submit`, `button`];
  function ee(e) {
    if (m.test(e.id) || m.test(e.name)) return !0;
    const t = e.type.toLowerCase();
    return t === `hidden` ? !e.kendo : h.includes(t);
  }
  function g(e) {
    if (typeof e != `string` || e.length > 256) return null;
    const [t, n, ...r] = e.split(`.`);
    return r.length > 0 || t === void 0 || n === void 0
      ? null
      : f.test(t) && d.test(n)
        ? { channel: t, secret: n }
        : null;
  }
  function _(e) {
    return JSON.stringify(e);
  }
  function v(e, t) {
    if (typeof e != `string` || e.length !== t.length) return !1;
    let n = 0;
    for (let r = 0; r < t.length; r++) n |= e.charCodeAt(r) ^ t.charCodeAt(r);
    return n === 0;
  }
  function y(e, t) {
    if (typeof e != `string` || e.length > t) return null;
    let n;
    try {
      n = JSON.parse(e);
    } catch {
      return null;
    }
    return b(n) ? n : null;
  }
  function b(e) {
    return typeof e == `object` && !!e && !Array.isArray(e);
  }
  function x(e, t, n = []) {
    const r = Object.keys(e);
    return t.every((t) => t in e) && r.every((e) => t.includes(e) || n.includes(e));
  }
  function S(e) {
    return typeof e == `number` && Number.isSafeInteger(e) && e > 0;
  }
  function C(e, t) {
    return typeof e == `string` && e.length <= t;
  }
  function w(e) {
    return C(e, u) && !p(e);
  }
  function T(e) {
    return typeof e == `string` && c.includes(e);
  }
  function E(e, t) {
    return e.v === 2 && v(e.secret, t);
  }
  var D = [`v`, `secret`, `type`],
    O = (e) => e;
  function k(e, t) {
    const n = y(e, l);
    if (!n || !E(n, t) || !S(n.id)) return null;
    switch (n.type) {
      case `read`:
      case `subscribe`:
      case `close`:
        return x(n, [...D, `id`]) ? O(n) : null;
      case `set`:
        return x(n, [...D, `id`, `handle`, `kind`, `value`]) && a(n.handle) && T(n.kind) && w(n.value)
          ? O(n)
          : null;
      case `search`:
        return x(n, [...D, `id`, `handle`, `by`, `query`]) &&
          a(n.handle) &&
          (n.by === `text` || n.by === `value`) &&
          w(n.query) &&
          (n.by === `text` || n.query.trim() !== ``)
          ? O(n)
          : null;
      case `await-options`:
        return x(n, [...D, `id`, `handle`, `since`, `timeoutMs`]) &&
          a(n.handle) &&
          typeof n.since == `string` &&
          A.test(n.since) &&
          Number.isSafeInteger(n.timeoutMs) &&
          n.timeoutMs >= 0 &&
          n.timeoutMs <= 3e4
          ? O(n)
          : null;
      default:
        return null;
    }
  }
  var A = /^(\d{1,4}:[0-9a-f]{8})?$/;
  function j(e) {
    let t = 2166136261;
    for (const { value: n, text: r } of e)
      for (const e of [n, ``, r, ``])
        for (let n = 0; n < e.length; n++) (t ^= e.charCodeAt(n)), (t = Math.imul(t, 16777619) >>> 0);
    return `${Math.min(e.length, 9999)}:${t.toString(16).padStart(8, `0`)}`;
  }
  var M = {
      dropdownlist: { kind: `dropdown`, dataKey: `kendoDropDownList` },
      combobox: { kind: `dropdown`, dataKey: `kendoComboBox` },
      datepicker: { kind: `date`, dataKey: `kendoDatePicker` },
      maskedtextbox: { kind: `masked`, dataKey: `kendoMaskedTextBox` },
    },
    N = `dd.MM.yyyy`,
    te = /^\d{2}\.\d{2}\.\d{4}$/,
    P = 5e3,
    ne = 5,
    F = 20;
  function I(e, t, r) {
    let a = e.document,
      c = o(t),
      l = s(t),
      u = new Map(),
      d = new WeakMap(),
      f = i(t),
      p = 0,
      m = null,
      h,
      g = !1,
      v = () => (typeof e.jQuery == `function` ? e.jQuery : null),
      y = () => (e.kendo && typeof e.kendo.parseDate == `function` ? e.kendo : null);
    function b(t) {
      if (g) return;
      const n = { v: 2, secret: r, ...t };
      e.dispatchEvent(new CustomEvent(l, { detail: _(n) }));
    }
    function x(e) {
      const t = e.getAttribute(`data-role`)?.toLowerCase() ?? ``;
      return Object.hasOwn(M, t) ? (M[t] ?? null) : null;
    }
    function S(e) {
      return x(e)?.kind ?? null;
    }
    function C(e) {
      let t = d.get(e);
      return (
        t === void 0 && ((p += 1), (t = `${f}-${p}`), d.set(e, t)),
        e.getAttribute(`data-eik-handle`) !== t && e.setAttribute(n, t),
        t
      );
    }
    function w(e) {
      for (const t of a.querySelectorAll(`[${n}]`)) if (d.get(t) === e) return t;
      for (const { element: t } of D()) if (d.get(t) === e) return t;
      return null;
    }
    function T(e) {
      return ee({
        id: e.id,
        name: e.getAttribute(`name`) ?? ``,
        type: e.tagName === `INPUT` ? (e.getAttribute(`type`) ?? `text`) : e.tagName.toLowerCase(),
        kendo: S(e) !== null,
      });
    }
    function E(e) {
      const t = v(),
        n = x(e);
      if (!t || !n) return null;
      const r = t(e).data(n.dataKey);
      return r && typeof r.value == `function` && typeof r.trigger == `function` ? r : null;
    }
    function D() {
      const e = [];
      for (const t of a.querySelectorAll(`[data-role]`)) {
        const n = S(t);
        if (!n || T(t)) continue;
        const r = E(t);
        if (r && (C(t), e.push({ element: t, kind: n, widget: r }), e.length >= 200)) break;
      }
      return e;
    }
    function O(e) {
      return !e.hasAttribute(`disabled`) && !e.hasAttribute(`readonly`);
    }
    function A(e, t) {
      const n = e.options[t];
      return typeof n == `string` ? n : ``;
    }
    function I(e, t) {
      const n = A(e, `dataValueField`);
      return String((n ? t[n] : t) ?? ``);
    }
    function L(e, t) {
      const n = A(e, `dataTextField`);
      return String((n ? t[n] : t) ?? ``);
    }
    function R(e) {
      const t = e.dataSource?.data();
      if (!t) return [];
      const n = [];
      for (let e = 0; e < t.length && n.length < 1e3; e++) {
        const r = t[e];
        r && n.push(r);
      }
      return n;
    }
    async function z(e) {
      const t = e.dataSource;
      if (!t || t.data().length > 0 || B(t) || t.options.transport?.read) return;
      const n = t.options.data;
      Array.isArray(n) && n.length !== 0 && typeof t.fetch == `function` && (await Y(t.fetch()));
    }
    function B(e) {
      return !!(e?.options.serverFiltering || e?.options.serverPaging);
    }
    function V(e) {
      const t = e.dataSource;
      return !t || (e.listView && !e.listView.bound())
        ? !1
        : !B(t) ||
            (!((t.filter()?.filters?.length ?? 0) > 0 && !e.options.cascadeFrom) &&
              t.total() <= t.data().length);
    }
    function H(e, t) {
      return e.length > t ? e.slice(0, t) : e;
    }
    function U(e, t, n) {
      const r = { handle: C(e), kind: t, enabled: O(e) };
      if (t === `dropdown`) {
        const e = String(n.value() ?? ``),
          t = R(n).map((e) => ({ value: H(I(n, e), 256), text: H(L(n, e), 512) })),
          i = e === `` ? `` : (n.text?.() ?? ``),
          a = n.options.cascadeFrom ? { cascades: !0 } : {};
        return { ...r, value: e, text: H(i, 512), options: t, complete: V(n), ...a };
      }
      const i = H(String(n.element.val() ?? ``), 512);
      if (t === `date`) {
        const e = n.value(),
          t = y(),
          a = e instanceof Date && t ? t.toString(e, N) : ``;
        return { ...r, value: a, text: i };
      }
      const a = typeof n.raw == `function` ? n.raw() : i;
      return { ...r, value: a.replace(/\D/g, ``).slice(0, 64), text: i };
    }
    function W() {
      return D().map(({ element: e, kind: t, widget: n }) => U(e, t, n));
    }
    function G(t) {
      return new Promise((n) => e.setTimeout(n, t));
    }
    function re() {
      return new Promise((e) => {
        const t = new MessageChannel();
        (t.port1.onmessage = () => {
          t.port1.close(), e();
        }),
          t.port2.postMessage(null);
      });
    }
    async function K(e) {
      e && (await re());
      const t = Date.now() + P;
      for (; (v()?.active ?? 0) > 0; ) {
        if (Date.now() > t) return !1;
        await G(ne);
      }
      return !0;
    }
    async function q(e, t) {
      const n = { filter: t },
        r = e.pageSize();
      r && Object.assign(n, { page: 1, pageSize: r }), await Y(e.query(n)), await K(!1);
    }
    function J(e) {
      e.element.trigger(`change`), e.trigger(`change`);
    }
    async function ie(e, t) {
      await K(!1), await z(e);
      const n = () => R(e).some((n) => I(e, n) === t);
      if (t !== `` && !n()) {
        const r = e.dataSource;
        if (!r || !B(r) || e.options.cascadeFrom) return `option-not-found`;
        const i = A(e, `dataValueField`);
        if (!i || (await q(r, { field: i, operator: `eq`, value: t }), !n())) return `option-not-found`;
      }
      const r = e.dataSource,
        i = (r?.filter()?.filters?.length ?? 0) > 0 && !e.options.cascadeFrom;
      return (
        t === `` && i && r
          ? (await q(r, { logic: `and`, filters: [] }), e.value(``))
          : t !== `` && i && typeof e.select == `function`
            ? await Y(e.select((n) => I(e, n) === t))
            : e.value(t),
        J(e),
        await K(!0),
        null
      );
    }
    function Y(t) {
      const n = t;
      return !n || typeof n.then != `function`
        ? Promise.resolve()
        : new Promise((t) => {
            const r = e.setTimeout(t, P),
              i = () => {
                e.clearTimeout(r), t();
              };
            n.then?.(i, i);
          });
    }
    function ae(e, t) {
      const n = y();
      if (!n) return `no-kendo`;
      let r = null;
      return t !== `` && (!te.test(t) || ((r = n.parseDate(t, N)), !r))
        ? `invalid-value`
        : (e.value(r), J(e), null);
    }
    function oe(e, t) {
      return /^\d{0,32}$/.test(t) ? (e.value(t), J(e), null) : `invalid-value`;
    }
    function X(e, t) {
      if (!v() || !y()) return { error: `no-kendo` };
      const n = w(e);
      if (!n) return { error: `not-found` };
      if (T(n)) return { error: `protected` };
      const r = S(n);
      if (!r) return { error: `not-found` };
      if (r !== t) return { error: `wrong-kind` };
      const i = E(n);
      return i ? (O(n) ? { element: n, widget: i } : { error: `disabled` }) : { error: `not-found` };
    }
    async function se(e, t, n) {
      const r = X(e, t);
      if (`error` in r) return { error: r.error, widgets: [] };
      let { element: i, widget: a } = r,
        o;
      return (
        (o = t === `dropdown` ? await ie(a, n) : t === `date` ? ae(a, n) : oe(a, n)),
        { error: o, widgets: [U(i, t, a)] }
      );
    }
    async function ce(e, t, n) {
      const r = X(e, `dropdown`);
      if (`error` in r) return { error: r.error, widgets: [] };
      const { element: i, widget: a } = r;
      await K(!1), await z(a);
      const o = a.dataSource;
      if (!o || !B(o) || a.options.cascadeFrom) return { error: null, widgets: [U(i, `dropdown`, a)] };
      if (n.trim() === ``)
        (o.filter()?.filters?.length ?? 0) > 0 && (await q(o, { logic: `and`, filters: [] }));
      else if (!V(a)) {
        const e = A(a, t === `value` ? `dataValueField` : `dataTextField`),
          r = t === `value` ? `eq` : typeof a.options.filter == `string` ? a.options.filter : `contains`;
        e && (await q(o, { field: e, operator: r, value: n }));
      }
      return { error: null, widgets: [U(i, `dropdown`, a)] };
    }
    async function le(e, t, n) {
      const r = Date.now() + n;
      for (;;) {
        const n = X(e, `dropdown`);
        `error` in n || (await z(n.widget));
        const i =
          !(`error` in n) &&
          (v()?.active ?? 0) === 0 &&
          (() => {
            const e = U(n.element, `dropdown`, n.widget).options ?? [];
            return e.length > 0 && j(e) !== t;
          })();
        if (`error` in n && n.error !== `disabled`) return { error: n.error, widgets: [] };
        if (i || Date.now() >= r) {
          const t = w(e),
            n = t ? E(t) : null;
          return { error: null, widgets: t && n ? [U(t, `dropdown`, n)] : [] };
        }
        await G(F);
      }
    }
    function Z() {
      for (const { element: e, kind: t, widget: n } of D()) {
        if (u.has(n)) continue;
        const r = () => {
          e.isConnected && b({ type: `change`, widget: U(e, t, n) });
        };
        n.bind(`change`, r), u.set(n, r);
      }
    }
    function ue() {
      h === void 0 &&
        (h = e.setTimeout(() => {
          (h = void 0), Z();
        }, 0));
    }
    function de() {
      if ((Z(), m)) return;
      const e = new MutationObserver(ue);
      (m = e),
        e.observe(a.documentElement, {
          childList: !0,
          subtree: !0,
          attributes: !0,
          attributeFilter: [`data-role`],
        });
    }
    async function fe(e) {
      switch (e.type) {
        case `read`:
          return { error: null, widgets: W() };
        case `subscribe`:
          return de(), { error: null, widgets: W() };
        case `set`:
          return se(e.handle, e.kind, e.value);
        case `search`:
          return ce(e.handle, e.by, e.query);
        case `await-options`:
          return le(e.handle, e.since, e.timeoutMs);
        case `close`:
          return { error: null, widgets: [] };
      }
    }
    function Q(e) {
      const t = k(e.detail, r);
      t &&
        fe(t)
          .catch(() => ({ error: `failed`, widgets: [] }))
          .then(({ error: e, widgets: n }) => {
            b(
              e
                ? { type: `result`, id: t.id, ok: !1, error: e, widgets: n }
                : { type: `result`, id: t.id, ok: !0, widgets: n },
            ),
              t.type === `close` && $();
          });
    }
    function $() {
      if (!g) {
        (g = !0), e.removeEventListener(c, Q), m?.disconnect(), h !== void 0 && e.clearTimeout(h);
        for (const [e, t] of u)
          try {
            e.unbind(`change`, t);
          } catch {}
        u.clear();
      }
    }
    return e.addEventListener(c, Q), b({ type: `ready`, kendo: v() !== null && y() !== null }), { close: $ };
  }
  var L = e(() => {
      const e = document.currentScript,
        n = g(e?.getAttribute(t));
      e?.removeAttribute(t), n && I(window, n.channel, n.secret);
    }),
    R = {
      debug: (...e) => ([...e], void 0),
      log: (...e) => ([...e], void 0),
      warn: (...e) => ([...e], void 0),
      error: (...e) => ([...e], void 0),
    };
  return (() => {
    let e;
    try {
      (e = L.main()),
        e instanceof Promise &&
          (e = e.catch((e) => {
            throw (R.error(`The unlisted script "kendo-bridge" crashed on startup!`, e), e);
          }));
    } catch (e) {
      throw (R.error(`The unlisted script "kendo-bridge" crashed on startup!`, e), e);
    }
    return e;
  })();
})();
//# sourceMappingURL=kendo-bridge.js.map
