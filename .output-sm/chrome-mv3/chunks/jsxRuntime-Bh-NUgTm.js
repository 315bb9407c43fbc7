var e = Object.create,
  t = Object.defineProperty,
  n = Object.getOwnPropertyDescriptor,
  r = Object.getOwnPropertyNames,
  i = Object.getPrototypeOf,
  a = Object.prototype.hasOwnProperty,
  o = (e, t) => () => (t || (e((t = { exports: {} }).exports, t, t.exports), (e = null)), t.exports),
  s = (e, n) => {
    const r = {};
    for (var i in e) t(r, i, { get: e[i], enumerable: !0 });
    return n || t(r, Symbol.toStringTag, { value: `Module` }), r;
  },
  c = (e, i, o, s) => {
    if ((i && typeof i == `object`) || typeof i == `function`)
      for (var c = r(i), l = 0, u = c.length, d; l < u; l++)
        (d = c[l]),
          !a.call(e, d) &&
            d !== o &&
            t(e, d, { get: ((e) => i[e]).bind(null, d), enumerable: !(s = n(i, d)) || s.enumerable });
    return e;
  },
  l = (n, r, o) => (
    (o = n == null ? {} : e(i(n))),
    c(
      r || !n || !n.__esModule || !a.call(n, `default`) ? t(o, `default`, { value: n, enumerable: !0 }) : o,
      n,
    )
  );
(() => {
  const e = document.createElement(`link`).relList;
  if (e && e.supports && e.supports(`modulepreload`)) return;
  for (const e of document.querySelectorAll(`link[rel="modulepreload"]`)) n(e);
  new MutationObserver((e) => {
    for (const t of e)
      if (t.type === `childList`)
        for (const e of t.addedNodes) e.tagName === `LINK` && e.rel === `modulepreload` && n(e);
  }).observe(document, { childList: !0, subtree: !0 });
  function t(e) {
    const t = {};
    return (
      e.integrity && (t.integrity = e.integrity),
      e.referrerPolicy && (t.referrerPolicy = e.referrerPolicy),
      (t.credentials =
        e.crossOrigin === `use-credentials`
          ? `include`
          : e.crossOrigin === `anonymous`
            ? `omit`
            : `same-origin`),
      t
    );
  }
  function n(e) {
    if (e.ep) return;
    e.ep = !0;
    const n = t(e);
    fetch(e.href, n);
  }
})();
var u,
  d,
  f,
  p,
  m,
  h,
  g,
  _,
  v,
  y,
  b = Symbol.for(`pv`),
  x = {},
  S = [],
  C = /^m(i|n|o|s|text|space)$/,
  ee = Array.isArray,
  te = S.slice,
  ne = Object.assign;
function re(e) {
  e && e.parentNode && e.remove();
}
function ie(e, t, n, r, i) {
  var a = {
    type: e,
    props: t,
    key: n,
    ref: r,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: b,
    __v: i || ++d,
    __i: -1,
    __u: 0,
  };
  return !i && u.vnode && u.vnode(a), a;
}
function ae(e) {
  return e.children;
}
function oe(e, t) {
  (this.props = e), (this.context = t), (this.__g = 0);
}
function se(e, t) {
  if (t == null) return e.__ && se(e.__, e.__i + 1);
  for (var n; t < e.__k.length; t++) if ((n = e.__k[t]) && n.__e) return n.__e;
  return typeof e.type != `function` || e.props.__P ? null : se(e);
}
function ce(e) {
  var t,
    n = e.__v,
    r = n.__e,
    i = [],
    a = [],
    o = e.__P;
  o &&
    (((t = ne({ constructor: b }, n)).__v = n.__v + 1),
    u.vnode && u.vnode(t),
    ge(o, t, n, e.__n, o.namespaceURI, 32 & n.__u ? [r] : null, i, r || se(n), 32 & n.__u, a),
    (t.__v = n.__v),
    (t.__.__k[t.__i] = t),
    ye(i, t, a),
    (n.__ = n.__e = null),
    t.__e != r && w(t));
}
function w(e) {
  if ((e = e.__) && e.__c && !e.props.__P)
    return (e.__e = null), e.__k.some((t) => t && (e.__e = t.__e)), w(e);
}
function le(e) {
  ((8 & e.__g || ((e.__g |= 8), f.push(e), m++)) && p == u.debounceRendering) ||
    ((p = u.debounceRendering) || queueMicrotask)(T);
}
function T() {
  try {
    for (var e, t = 1; f.length; )
      f.length > t && f.sort(h), (e = f.shift()), (t = f.length), 8 & e.__g && ce(e);
  } finally {
    (m = f.length) && (p || queueMicrotask)(T);
  }
}
function ue(e, t, n, r, i, a, o, s, c, l, u) {
  var d,
    f,
    p,
    m,
    h,
    g,
    _ = r.__k || S,
    v = t.length;
  for (c = de(n, t, _, c, v), d = 0; d < v; d++)
    (p = n.__k[d]) != null &&
      ((f = (~p.__i && _[p.__i]) || x),
      (p.__i = d),
      (g = ge(e, p, f, i, a, o, s, c, l, u)),
      (m = p.__e),
      (f.ref != p.ref || 8 & f.__u) &&
        (f.ref && xe(f.ref, null, p, f), p.ref && u.push(p.ref, p.__c || m, p)),
      (h ||= m),
      4 & p.__u
        ? ((c = E(p, c, e, !f.__v)), f.__e && (f.__e = null))
        : typeof p.type == `function` && g !== void 0
          ? (c = g)
          : m && (c = m.nextSibling),
      (p.__u &= -21));
  return (n.__e = h), c;
}
function de(e, t, n, r, i) {
  var a,
    o,
    s,
    c,
    l,
    u,
    d,
    f,
    p,
    m = n.length,
    h = m,
    g = 0,
    _ = 0,
    v = (e.__k = Array(i));
  for (a = 0; a < i; a++)
    (o = t[a]) != null && typeof o != `boolean` && typeof o != `function`
      ? (typeof o != `object` || o.constructor === String
          ? (o = v[a] = ie(null, o))
          : ee(o)
            ? (o = v[a] = ie(ae, { children: o }))
            : o.constructor === b && o.__b
              ? (o = v[a] = ie(o.type, o.props, o.key, o.ref, o.__v))
              : (v[a] = o),
        (c = a + g),
        (o.__ = e),
        (o.__b = e.__b + 1),
        (s = null),
        ~(l = o.__i = fe(o, n, c, h)) && (h--, (s = n[l]) && (s.__u |= 2)),
        s && s.__v
          ? ((o.__u |= 16), l == c - 1 ? g-- : l == c + 1 ? g++ : l != c && (l > c ? g-- : g++, (_ = 1)))
          : (~l || (i > m ? g-- : i < m && g++), typeof o.type != `function` && (o.__u |= 4)))
      : (v[a] = null);
  if (_) {
    for (u = [], d = [], a = 0; a < i; a++)
      if ((o = v[a]) && 16 & o.__u) {
        for (g = 0, f = u.length; g < f; ) u[(p = (g + f) >> 1)] < o.__i ? (g = p + 1) : (f = p);
        (u[g] = o.__i), (d[a] = g + 1);
      }
    for (g = u.length; a--; ) d[a] && (d[a] == g ? g-- : (v[a].__u |= 4));
  }
  if (h) for (a = 0; a < m; a++) !(s = n[a]) || 2 & s.__u || (s.__e == r && (r = se(s)), Se(s, s));
  return r;
}
function E(e, t, n, r) {
  var i, a, o, s;
  if (typeof e.type == `function`) {
    if (e.props.__P) return t;
    if ((i = e.__k)) for (a = 0; a < i.length; a++) i[a] && ((i[a].__ = e), (t = E(i[a], t, n, !1)));
    return t;
  }
  for (
    t && !t.parentNode && (t = se(e)) && !t.parentNode && (t = null), o = e.__e, s = t;
    s && s.nodeType == 8;
  )
    s = s.nextSibling;
  for (
    o != s && (!r && n.moveBefore && o.parentNode ? n.moveBefore(o, t) : n.insertBefore(o, t || null)), t = o;
    (t &&= t.nextSibling) && t.nodeType == 8 && !t.data.startsWith(`$s`);
  );
  return t;
}
function fe(e, t, n, r) {
  var i,
    a = e.key,
    o = e.type,
    s = t[n],
    c = s && !(2 & s.__u);
  if ((s === null && a == null) || (c && a == s.key && o == s.type)) return n;
  if (r > +!!c) {
    for (i = n - 1; i >= 0; i--) if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
    for (i = n + 1; i < t.length; i++) if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
  }
  return -1;
}
function pe(e, t, n) {
  (n ??= ``), t[0] == `-` ? e.setProperty(t, n) : (e[t] = n);
}
function me(e, t, n, r, i) {
  var a, o;
  if (t == `style`) {
    if (typeof n == `string`) e.style.cssText = n;
    else {
      if ((typeof r == `string` && (e.style.cssText = r = ``), r))
        for (t in r) (n && t in n) || pe(e.style, t);
      if (n) for (t in n) (r && n[t] == r[t]) || pe(e.style, t, n[t]);
    }
  } else if (t[0] == `o` && t[1] == `n`)
    typeof n != `function` && (n = null),
      typeof r != `function` && (r = null),
      ((e.__e ||= {})[t] = n),
      (n && r) ||
        ((o = y[t] || (y[t] = he(t))),
        ((e.__a ||= {})[t] = v),
        (a = t != (t = t.replace(_, `$1`))),
        (t = t.slice(2))[0] < `a` && (t = t.toLowerCase()),
        n ? e.addEventListener(t, o, a) : e.removeEventListener(t, o, a));
  else {
    if (i == `http://www.w3.org/2000/svg`) t = t.replace(/xlink(H|:h)/, `h`).replace(/sName$/, `s`);
    else if (
      t != `width` &&
      t != `height` &&
      t != `href` &&
      t != `list` &&
      t != `form` &&
      t != `tabIndex` &&
      t != `download` &&
      t != `rowSpan` &&
      t != `colSpan` &&
      t != `role` &&
      t != `popover` &&
      t in e
    )
      try {
        e[t] = n ?? ``;
        return;
      } catch {}
    if (typeof n == `function`) return;
    n == null || (!1 === n && t[4] != `-`)
      ? e.removeAttribute(t)
      : e.setAttribute(t, t == `popover` && n == 1 ? `` : n);
  }
}
function he(e) {
  return function (t) {
    var n = this.__e;
    if (n) {
      if (((n = n[e]), t[g] == null)) t[g] = v++;
      else if (t[g] < this.__a[e]) return;
      return n(u.event ? u.event(t) : t);
    }
  };
}
function ge(e, t, n, r, i, a, o, s, c, l) {
  var d,
    f,
    p,
    m,
    h,
    g,
    _,
    v,
    y,
    x,
    C,
    te,
    ie,
    ce,
    w,
    le,
    T,
    de,
    E = t.type;
  if (t.constructor !== b) return null;
  128 & n.__u &&
    ((c = 32 & n.__u), (d = n.__c.__z)) &&
    ((t.__u |= c), (f = a = []), d.nodeType == 8 ? (s = _e(d, a)) : a.push(d), (s = a[0] || s)),
    (d = u.__b) && d(t);
  n: if (typeof E == `function`) {
    p = o.length;
    try {
      if (
        ((v = t.props),
        (y = (d = E.prototype) && d.render),
        (x = (d = E.contextType) && r[d.__c]),
        (C = d ? (x ? x.props.value : d.__) : r),
        (m = n.__c)
          ? ((t.__c = m), 2 & m.__g && (m.__g |= 1))
          : (y
              ? (t.__c = m = new E(v, C))
              : ((t.__c = m = new oe(v, C)), (m.constructor = E), (m.render = Ce)),
            x && x.sub(m),
            m.state || (m.state = {}),
            (m.__n = r),
            (m.__g |= 8),
            (m.__h = []),
            (m.__k = [])),
        y &&
          (m.__s || (m.__s = m.state),
          E.getDerivedStateFromProps &&
            (m.__s == m.state && (m.__s = ne({}, m.__s)), ne(m.__s, E.getDerivedStateFromProps(v, m.__s)))),
        (h = m.props),
        (g = m.state),
        (m.__v = t),
        n.__c)
      ) {
        if (
          (v !== h &&
            y &&
            !E.getDerivedStateFromProps &&
            m.componentWillReceiveProps &&
            m.componentWillReceiveProps(v, C),
          (t.__v == n.__v && !(8 & m.__g)) ||
            (!(4 & m.__g) && m.shouldComponentUpdate && !1 === m.shouldComponentUpdate(v, m.__s, C)))
        ) {
          t.__v != n.__v && ((m.props = v), (m.state = m.__s), (m.__g &= -9)),
            (t.__e = n.__e),
            (t.__k = n.__k),
            t.__k.some((e) => {
              e && (e.__ = t);
            }),
            S.push.apply(m.__h, m.__k),
            (m.__k = []),
            m.__h.length && o.push(m),
            (s = se(n));
          break n;
        }
        m.componentWillUpdate && m.componentWillUpdate(v, m.__s, C),
          y &&
            m.componentDidUpdate &&
            m.__h.push(() => {
              m.componentDidUpdate(h, g, _);
            });
      } else
        y && !E.getDerivedStateFromProps && m.componentWillMount && m.componentWillMount(),
          y && m.componentDidMount && m.__h.push(m.componentDidMount);
      (m.context = C), (m.props = v), (m.__P = e), (m.__g &= -5), (te = u.__r), (ie = y ? 25 : 0);
      do (m.__g &= -9), te && te(t), (d = m.render(m.props, (m.state = m.__s), m.context));
      while (8 & m.__g && ++ie < 25);
      y && (S.push.apply(m.__h, m.__k), (m.__k = [])),
        (m.state = m.__s),
        m.getChildContext && (r = ne({}, r, m.getChildContext())),
        y && n.__c && m.getSnapshotBeforeUpdate && (_ = m.getSnapshotBeforeUpdate(h, g)),
        (ce = d && d.type === ae && d.key == null ? d.props.children : d),
        v.__P &&
          ((d = s),
          (i = (e = v.__P).namespaceURI),
          (c = a = null),
          n.props &&
            n.props.__P != e &&
            (n.__k.some((e) => {
              e && Se(e, e);
            }),
            (n.__k = null)),
          (s = n.__k ? se(n, 0) : null)),
        (s = ue(e, ee(ce) ? ce : [ce], t, n, r, i, a, o, s, c, l)),
        v.__P && ((t.__e = null), (s = d)),
        (t.__u &= -161),
        f && f.some(re),
        m.__h.length && o.push(m),
        1 & m.__g && (m.__g &= -4);
    } catch (e) {
      if (((o.length = p), (t.__v = null), c || a)) {
        if (e && e.then) {
          if (((t.__u |= 128 | c), a)) {
            for (~(T = a.indexOf(s || void 0)) || (T = a.length); (de = a[T - 1]) && de.nodeType == 8; ) T--;
            for (; T < a.length; T++)
              if ((de = a[T])) {
                if (((a[T] = null), w)) {
                  if (de == le) break;
                } else {
                  if (de.nodeType != 8) break;
                  de.data.startsWith(`$s`) && (le = _e((w = de)));
                }
              }
          }
          if (!w) {
            for (; s && s.nodeType == 8 && s.nextSibling; ) s = s.nextSibling;
            w = s;
          }
          (d = _e((w = t.__c.__z || (t.__c.__z = w)))) ? ((t.__e = w), (s = d)) : (t.__e = s),
            (s &&= s.nextSibling);
        } else a && a.some(re);
      } else t.__e = n.__e;
      (t.__k ||= n.__k || []), (e && e.then) || ve(t), u.__e(e, t, n);
    }
  } else s = t.__e = be(n.__e, t, n, r, i, a, o, c, l, e);
  return (d = u.diffed) && d(t), s;
}
function _e(e, t) {
  if (e && e.nodeType == 8 && e.data.startsWith(`$s`))
    for (var n = 1; (e = e.nextSibling); ) {
      if (e.nodeType == 8) {
        if (e.data.startsWith(`$s`)) n++;
        else if (e.data.startsWith(`/$s`) && !--n) return e;
      }
      t && t.push(e);
    }
}
function ve(e) {
  e && (e.__c && (e.__c.__g |= 4), e.__k && e.__k.some(ve));
}
function ye(e, t, n) {
  for (var r = 0; r < n.length; ) xe(n[r++], n[r++], n[r++]);
  u.__c && u.__c(t, e),
    e.some((t) => {
      try {
        (e = t.__h),
          (t.__h = []),
          e.some((e) => {
            e.call(t);
          });
      } catch (e) {
        u.__e(e, t.__v);
      }
    });
}
function be(e, t, n, r, i, a, o, s, c, l) {
  var d,
    f,
    p,
    m,
    h,
    g,
    _,
    v,
    y = n.props || x,
    b = t.props,
    S = t.type;
  if (
    (S == `svg`
      ? (i = `http://www.w3.org/2000/svg`)
      : S == `math`
        ? (i = `http://www.w3.org/1998/Math/MathML`)
        : (i ||= `http://www.w3.org/1999/xhtml`),
    a)
  ) {
    for (d = 0; d < a.length; d++)
      if ((h = a[d]) && (S ? h.localName == S : h.nodeType == 3)) {
        (e = h), (a[d] = null);
        break;
      }
  }
  if (!e) {
    if (((v = l.ownerDocument || document), !S)) return v.createTextNode(b);
    (e = v.createElementNS(i, S, b.is ? b : l)), (s &&= (u.__m && u.__m(t, a), !1)), (a = null);
  }
  if (S) {
    if (
      ((l = (S == `template` && e.content) || e),
      (a = S == `textarea` && b.defaultValue != null ? null : a && te.call(l.childNodes)),
      !s && a)
    )
      for (y = {}, d = 0; d < e.attributes.length; d++) y[(h = e.attributes[d]).name] = h.value;
    for (d in y)
      (h = y[d]),
        d == `dangerouslySetInnerHTML`
          ? (p = h)
          : d == `children` ||
            d in b ||
            (d == `value` && `defaultValue` in b) ||
            (d == `checked` && `defaultChecked` in b) ||
            me(e, d, null, h, i);
    for (d in b)
      (h = b[d]),
        d == `children`
          ? (m = h)
          : d == `dangerouslySetInnerHTML`
            ? (f = h)
            : d == `value`
              ? (g = h)
              : d == `checked`
                ? (_ = h)
                : (s && typeof h != `function`) || y[d] === h || me(e, d, h, y[d], i);
    f
      ? (s || (p && (f.__html == p.__html || f.__html == e.innerHTML)) || (e.innerHTML = f.__html),
        (t.__k = []))
      : (p && (e.textContent = ``),
        (S == `foreignObject` || (i == `http://www.w3.org/1998/Math/MathML` && C.test(S))) &&
          (i = `http://www.w3.org/1999/xhtml`),
        ue(l, ee(m) ? m : [m], t, n, r, i, a, o, a ? a[0] : n.__k && se(n, 0), s, c),
        a && a.some(re)),
      (s && S != `textarea`) ||
        ((d = `value`),
        S == `progress` && g == null
          ? e.removeAttribute(d)
          : g == null || (g === e[d] && (S != `progress` || g)) || me(e, d, g, y[d], i),
        (d = `checked`),
        _ != null && _ != e[d] && me(e, d, _, y[d], i));
  } else y === b || (s && e.data == b) || (e.data = b);
  return e;
}
function xe(e, t, n, r) {
  try {
    typeof e == `function`
      ? t
        ? (t.__x = e(t) || 1)
        : (r &&= r.__c || r.__e) && (t = r.__x) && ((r.__x = null), typeof t == `function` ? t() : e(null))
      : (e.current = t);
  } catch (e) {
    u.__e(e, n);
  }
}
function Se(e, t, n) {
  var r, i, a, o;
  if (
    (u.unmount && u.unmount(e),
    !(r = e.ref) || (r.current && r.current != e.__e) || xe(r, null, t, e),
    (r = e.__c))
  ) {
    if (r.componentWillUnmount)
      try {
        r.componentWillUnmount();
      } catch (e) {
        u.__e(e, t);
      }
    r.__P = r.__n = null;
  }
  if ((r = e.__k))
    for (o = 0; o < r.length; o++) r[o] && Se(r[o], t, typeof e.type != `function` || (n && !e.props.__P));
  !n && (r = e.__c) && (r = r.__z) && (i = _e(r, (a = []))) && (r == e.__e && a.some(re), re(i), re(r)),
    n || re(e.__e),
    (e.__e = e.__c = e.__ = null);
}
function Ce(e, t, n) {
  return this.constructor(e, n);
}
function we(e, t) {
  var n, r, i, a;
  u.__ && u.__(e, t),
    t.nodeType == 9 && (t = t.documentElement),
    (r = (n = e && 32 & e.__u) ? null : t.__k),
    (t.__k = ie(ae, { children: [e] })),
    (i = []),
    (a = []),
    ge(
      t,
      t.__k,
      r || x,
      x,
      t.namespaceURI,
      r ? null : t.firstChild ? te.call(t.childNodes) : null,
      i,
      r ? r.__e : t.firstChild,
      n,
      a,
    ),
    ye(i, t.__k, a),
    (t.__k.props.children = null);
}
(u = {
  __e: (e, t, n, r) => {
    for (var i, a, o; (t = t.__); )
      if ((i = t.__c) && !(1 & i.__g)) {
        i.__g |= 4;
        try {
          if (
            ((o = (a = i.constructor) && a.getDerivedStateFromError) &&
              i.setState(a.getDerivedStateFromError(e)),
            i.componentDidCatch && (i.componentDidCatch(e, r || {}), (o = 1)),
            o && 8 & i.__g)
          )
            return void (i.__g |= 2);
        } catch (t) {
          e = t;
        }
      }
    throw ((m = 0), e);
  },
}),
  (d = 0),
  (oe.prototype.setState = function (e, t) {
    var n = this.__s;
    (n && n != this.state) || (n = this.__s = ne({}, this.state)),
      typeof e == `function` && (e = e(ne({}, n), this.props)),
      e && (ne(n, e), this.__v && (t && this.__k.push(t), le(this)));
  }),
  (oe.prototype.forceUpdate = function (e) {
    this.__v && ((this.__g |= 4), e && this.__h.push(e), le(this));
  }),
  (oe.prototype.render = ae),
  (f = []),
  (m = 0),
  (h = (e, t) => e.__v.__b - t.__v.__b),
  (g = Symbol()),
  (_ = /(PointerCapture)$|Capture$/i),
  (v = 0),
  (y = {});
var Te = l(
  o((e, t, n) => {
    ((n, r) => {
      if (typeof define == `function` && define.amd) define(`webextension-polyfill`, [`module`], r);
      else if (e !== void 0) r(t);
      else {
        var i = { exports: {} };
        r(i), (n.browser = i.exports);
      }
    })(typeof globalThis < `u` ? globalThis : typeof self < `u` ? self : n, (e) => {
      if (!(globalThis.chrome && globalThis.chrome.runtime && globalThis.chrome.runtime.id))
        throw Error(`This script should only be loaded in a browser extension.`);
      e.exports =
        globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id
          ? globalThis.browser
          : ((e) => {
              const t = {
                alarms: {
                  clear: { minArgs: 0, maxArgs: 1 },
                  clearAll: { minArgs: 0, maxArgs: 0 },
                  get: { minArgs: 0, maxArgs: 1 },
                  getAll: { minArgs: 0, maxArgs: 0 },
                },
                bookmarks: {
                  create: { minArgs: 1, maxArgs: 1 },
                  get: { minArgs: 1, maxArgs: 1 },
                  getChildren: { minArgs: 1, maxArgs: 1 },
                  getRecent: { minArgs: 1, maxArgs: 1 },
                  getSubTree: { minArgs: 1, maxArgs: 1 },
                  getTree: { minArgs: 0, maxArgs: 0 },
                  move: { minArgs: 2, maxArgs: 2 },
                  remove: { minArgs: 1, maxArgs: 1 },
                  removeTree: { minArgs: 1, maxArgs: 1 },
                  search: { minArgs: 1, maxArgs: 1 },
                  update: { minArgs: 2, maxArgs: 2 },
                },
                browserAction: {
                  disable: { minArgs: 0, maxArgs: 1, fallbackToNoCallback: !0 },
                  enable: { minArgs: 0, maxArgs: 1, fallbackToNoCallback: !0 },
                  getBadgeBackgroundColor: { minArgs: 1, maxArgs: 1 },
                  getBadgeText: { minArgs: 1, maxArgs: 1 },
                  getPopup: { minArgs: 1, maxArgs: 1 },
                  getTitle: { minArgs: 1, maxArgs: 1 },
                  openPopup: { minArgs: 0, maxArgs: 0 },
                  setBadgeBackgroundColor: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                  setBadgeText: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                  setIcon: { minArgs: 1, maxArgs: 1 },
                  setPopup: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                  setTitle: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                },
                browsingData: {
                  remove: { minArgs: 2, maxArgs: 2 },
                  removeCache: { minArgs: 1, maxArgs: 1 },
                  removeCookies: { minArgs: 1, maxArgs: 1 },
                  removeDownloads: { minArgs: 1, maxArgs: 1 },
                  removeFormData: { minArgs: 1, maxArgs: 1 },
                  removeHistory: { minArgs: 1, maxArgs: 1 },
                  removeLocalStorage: { minArgs: 1, maxArgs: 1 },
                  removePasswords: { minArgs: 1, maxArgs: 1 },
                  removePluginData: { minArgs: 1, maxArgs: 1 },
                  settings: { minArgs: 0, maxArgs: 0 },
                },
                commands: { getAll: { minArgs: 0, maxArgs: 0 } },
                contextMenus: {
                  remove: { minArgs: 1, maxArgs: 1 },
                  removeAll: { minArgs: 0, maxArgs: 0 },
                  update: { minArgs: 2, maxArgs: 2 },
                },
                cookies: {
                  get: { minArgs: 1, maxArgs: 1 },
                  getAll: { minArgs: 1, maxArgs: 1 },
                  getAllCookieStores: { minArgs: 0, maxArgs: 0 },
                  remove: { minArgs: 1, maxArgs: 1 },
                  set: { minArgs: 1, maxArgs: 1 },
                },
                devtools: {
                  inspectedWindow: { eval: { minArgs: 1, maxArgs: 2, singleCallbackArg: !1 } },
                  panels: {
                    create: { minArgs: 3, maxArgs: 3, singleCallbackArg: !0 },
                    elements: { createSidebarPane: { minArgs: 1, maxArgs: 1 } },
                  },
                },
                downloads: {
                  cancel: { minArgs: 1, maxArgs: 1 },
                  download: { minArgs: 1, maxArgs: 1 },
                  erase: { minArgs: 1, maxArgs: 1 },
                  getFileIcon: { minArgs: 1, maxArgs: 2 },
                  open: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                  pause: { minArgs: 1, maxArgs: 1 },
                  removeFile: { minArgs: 1, maxArgs: 1 },
                  resume: { minArgs: 1, maxArgs: 1 },
                  search: { minArgs: 1, maxArgs: 1 },
                  show: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                },
                extension: {
                  isAllowedFileSchemeAccess: { minArgs: 0, maxArgs: 0 },
                  isAllowedIncognitoAccess: { minArgs: 0, maxArgs: 0 },
                },
                history: {
                  addUrl: { minArgs: 1, maxArgs: 1 },
                  deleteAll: { minArgs: 0, maxArgs: 0 },
                  deleteRange: { minArgs: 1, maxArgs: 1 },
                  deleteUrl: { minArgs: 1, maxArgs: 1 },
                  getVisits: { minArgs: 1, maxArgs: 1 },
                  search: { minArgs: 1, maxArgs: 1 },
                },
                i18n: {
                  detectLanguage: { minArgs: 1, maxArgs: 1 },
                  getAcceptLanguages: { minArgs: 0, maxArgs: 0 },
                },
                identity: { launchWebAuthFlow: { minArgs: 1, maxArgs: 1 } },
                idle: { queryState: { minArgs: 1, maxArgs: 1 } },
                management: {
                  get: { minArgs: 1, maxArgs: 1 },
                  getAll: { minArgs: 0, maxArgs: 0 },
                  getSelf: { minArgs: 0, maxArgs: 0 },
                  setEnabled: { minArgs: 2, maxArgs: 2 },
                  uninstallSelf: { minArgs: 0, maxArgs: 1 },
                },
                notifications: {
                  clear: { minArgs: 1, maxArgs: 1 },
                  create: { minArgs: 1, maxArgs: 2 },
                  getAll: { minArgs: 0, maxArgs: 0 },
                  getPermissionLevel: { minArgs: 0, maxArgs: 0 },
                  update: { minArgs: 2, maxArgs: 2 },
                },
                pageAction: {
                  getPopup: { minArgs: 1, maxArgs: 1 },
                  getTitle: { minArgs: 1, maxArgs: 1 },
                  hide: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                  setIcon: { minArgs: 1, maxArgs: 1 },
                  setPopup: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                  setTitle: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                  show: { minArgs: 1, maxArgs: 1, fallbackToNoCallback: !0 },
                },
                permissions: {
                  contains: { minArgs: 1, maxArgs: 1 },
                  getAll: { minArgs: 0, maxArgs: 0 },
                  remove: { minArgs: 1, maxArgs: 1 },
                  request: { minArgs: 1, maxArgs: 1 },
                },
                runtime: {
                  getBackgroundPage: { minArgs: 0, maxArgs: 0 },
                  getPlatformInfo: { minArgs: 0, maxArgs: 0 },
                  openOptionsPage: { minArgs: 0, maxArgs: 0 },
                  requestUpdateCheck: { minArgs: 0, maxArgs: 0 },
                  sendMessage: { minArgs: 1, maxArgs: 3 },
                  sendNativeMessage: { minArgs: 2, maxArgs: 2 },
                  setUninstallURL: { minArgs: 1, maxArgs: 1 },
                },
                sessions: {
                  getDevices: { minArgs: 0, maxArgs: 1 },
                  getRecentlyClosed: { minArgs: 0, maxArgs: 1 },
                  restore: { minArgs: 0, maxArgs: 1 },
                },
                storage: {
                  local: {
                    clear: { minArgs: 0, maxArgs: 0 },
                    get: { minArgs: 0, maxArgs: 1 },
                    getBytesInUse: { minArgs: 0, maxArgs: 1 },
                    remove: { minArgs: 1, maxArgs: 1 },
                    set: { minArgs: 1, maxArgs: 1 },
                  },
                  managed: { get: { minArgs: 0, maxArgs: 1 }, getBytesInUse: { minArgs: 0, maxArgs: 1 } },
                  sync: {
                    clear: { minArgs: 0, maxArgs: 0 },
                    get: { minArgs: 0, maxArgs: 1 },
                    getBytesInUse: { minArgs: 0, maxArgs: 1 },
                    remove: { minArgs: 1, maxArgs: 1 },
                    set: { minArgs: 1, maxArgs: 1 },
                  },
                },
                tabs: {
                  captureVisibleTab: { minArgs: 0, maxArgs: 2 },
                  create: { minArgs: 1, maxArgs: 1 },
                  detectLanguage: { minArgs: 0, maxArgs: 1 },
                  discard: { minArgs: 0, maxArgs: 1 },
                  duplicate: { minArgs: 1, maxArgs: 1 },
                  executeScript: { minArgs: 1, maxArgs: 2 },
                  get: { minArgs: 1, maxArgs: 1 },
                  getCurrent: { minArgs: 0, maxArgs: 0 },
                  getZoom: { minArgs: 0, maxArgs: 1 },
                  getZoomSettings: { minArgs: 0, maxArgs: 1 },
                  goBack: { minArgs: 0, maxArgs: 1 },
                  goForward: { minArgs: 0, maxArgs: 1 },
                  highlight: { minArgs: 1, maxArgs: 1 },
                  insertCSS: { minArgs: 1, maxArgs: 2 },
                  move: { minArgs: 2, maxArgs: 2 },
                  query: { minArgs: 1, maxArgs: 1 },
                  reload: { minArgs: 0, maxArgs: 2 },
                  remove: { minArgs: 1, maxArgs: 1 },
                  removeCSS: { minArgs: 1, maxArgs: 2 },
                  sendMessage: { minArgs: 2, maxArgs: 3 },
                  setZoom: { minArgs: 1, maxArgs: 2 },
                  setZoomSettings: { minArgs: 1, maxArgs: 2 },
                  update: { minArgs: 1, maxArgs: 2 },
                },
                topSites: { get: { minArgs: 0, maxArgs: 0 } },
                webNavigation: {
                  getAllFrames: { minArgs: 1, maxArgs: 1 },
                  getFrame: { minArgs: 1, maxArgs: 1 },
                },
                webRequest: { handlerBehaviorChanged: { minArgs: 0, maxArgs: 0 } },
                windows: {
                  create: { minArgs: 0, maxArgs: 1 },
                  get: { minArgs: 1, maxArgs: 2 },
                  getAll: { minArgs: 0, maxArgs: 1 },
                  getCurrent: { minArgs: 0, maxArgs: 1 },
                  getLastFocused: { minArgs: 0, maxArgs: 1 },
                  remove: { minArgs: 1, maxArgs: 1 },
                  update: { minArgs: 2, maxArgs: 2 },
                },
              };
              if (Object.keys(t).length === 0)
                throw Error(`api-metadata.json has not been included in browser-polyfill`);
              class n extends WeakMap {
                constructor(e, t = void 0) {
                  super(t), (this.createItem = e);
                }
                get(e) {
                  return this.has(e) || this.set(e, this.createItem(e)), super.get(e);
                }
              }
              const r = (e) => e && typeof e == `object` && typeof e.then == `function`,
                i =
                  (t, n) =>
                  (...r) => {
                    e.runtime.lastError
                      ? t.reject(Error(e.runtime.lastError.message))
                      : n.singleCallbackArg || (r.length <= 1 && n.singleCallbackArg !== !1)
                        ? t.resolve(r[0])
                        : t.resolve(r);
                  },
                a = (e) => (e == 1 ? `argument` : `arguments`),
                o =
                  (e, t) =>
                  (n, ...r) => {
                    if (r.length < t.minArgs)
                      throw Error(
                        `Expected at least ${t.minArgs} ${a(t.minArgs)} for ${e}(), got ${r.length}`,
                      );
                    if (r.length > t.maxArgs)
                      throw Error(
                        `Expected at most ${t.maxArgs} ${a(t.maxArgs)} for ${e}(), got ${r.length}`,
                      );
                    return new Promise((a, o) => {
                      if (t.fallbackToNoCallback)
                        try {
                          n[e](...r, i({ resolve: a, reject: o }, t));
                        } catch (i) {
                          console.warn(
                            `${e} API method doesn't seem to support the callback parameter, falling back to call it without a callback: `,
                            i,
                          ),
                            n[e](...r),
                            (t.fallbackToNoCallback = !1),
                            (t.noCallback = !0),
                            a();
                        }
                      else t.noCallback ? (n[e](...r), a()) : n[e](...r, i({ resolve: a, reject: o }, t));
                    });
                  },
                s = (e, t, n) =>
                  new Proxy(t, {
                    apply(t, r, i) {
                      return n.call(r, e, ...i);
                    },
                  }),
                c = Function.call.bind(Object.prototype.hasOwnProperty),
                l = (e, t = {}, n = {}) => {
                  const r = Object.create(null),
                    i = {
                      has(t, n) {
                        return n in e || n in r;
                      },
                      get(i, a, u) {
                        if (a in r) return r[a];
                        if (!(a in e)) return;
                        let d = e[a];
                        if (typeof d == `function`) {
                          if (typeof t[a] == `function`) d = s(e, e[a], t[a]);
                          else if (c(n, a)) {
                            const t = o(a, n[a]);
                            d = s(e, e[a], t);
                          } else d = d.bind(e);
                        } else if (typeof d == `object` && d && (c(t, a) || c(n, a))) d = l(d, t[a], n[a]);
                        else if (c(n, `*`)) d = l(d, t[a], n[`*`]);
                        else
                          return (
                            Object.defineProperty(r, a, {
                              configurable: !0,
                              enumerable: !0,
                              get() {
                                return e[a];
                              },
                              set(t) {
                                e[a] = t;
                              },
                            }),
                            d
                          );
                        return (r[a] = d), d;
                      },
                      set(t, n, i, a) {
                        return n in r ? (r[n] = i) : (e[n] = i), !0;
                      },
                      defineProperty(e, t, n) {
                        return Reflect.defineProperty(r, t, n);
                      },
                      deleteProperty(e, t) {
                        return Reflect.deleteProperty(r, t);
                      },
                    },
                    a = Object.create(e);
                  return new Proxy(a, i);
                },
                u = (e) => ({
                  addListener(t, n, ...r) {
                    t.addListener(e.get(n), ...r);
                  },
                  hasListener(t, n) {
                    return t.hasListener(e.get(n));
                  },
                  removeListener(t, n) {
                    t.removeListener(e.get(n));
                  },
                }),
                d = new n((e) =>
                  typeof e == `function`
                    ? (t) => {
                        e(l(t, {}, { getContent: { minArgs: 0, maxArgs: 0 } }));
                      }
                    : e,
                ),
                f = new n((e) =>
                  typeof e == `function`
                    ? (t, n, i) => {
                        let a = !1,
                          o,
                          s = new Promise((e) => {
                            o = (t) => {
                              (a = !0), e(t);
                            };
                          }),
                          c;
                        try {
                          c = e(t, n, o);
                        } catch (e) {
                          c = Promise.reject(e);
                        }
                        const l = c !== !0 && r(c);
                        return c !== !0 && !l && !a
                          ? !1
                          : (((e) => {
                              e.then(
                                (e) => {
                                  i(e);
                                },
                                (e) => {
                                  let t;
                                  (t =
                                    e && (e instanceof Error || typeof e.message == `string`)
                                      ? e.message
                                      : `An unexpected error occurred`),
                                    i({ __mozWebExtensionPolyfillReject__: !0, message: t });
                                },
                              ).catch((e) => {
                                console.error(`Failed to send onMessage rejected reply`, e);
                              });
                            })(l ? c : s),
                            !0);
                      }
                    : e,
                ),
                p = ({ reject: t, resolve: n }, r) => {
                  e.runtime.lastError
                    ? e.runtime.lastError.message ===
                      `The message port closed before a response was received.`
                      ? n()
                      : t(Error(e.runtime.lastError.message))
                    : r && r.__mozWebExtensionPolyfillReject__
                      ? t(Error(r.message))
                      : n(r);
                },
                m = (e, t, n, ...r) => {
                  if (r.length < t.minArgs)
                    throw Error(`Expected at least ${t.minArgs} ${a(t.minArgs)} for ${e}(), got ${r.length}`);
                  if (r.length > t.maxArgs)
                    throw Error(`Expected at most ${t.maxArgs} ${a(t.maxArgs)} for ${e}(), got ${r.length}`);
                  return new Promise((e, t) => {
                    const i = p.bind(null, { resolve: e, reject: t });
                    r.push(i), n.sendMessage(...r);
                  });
                },
                h = {
                  devtools: { network: { onRequestFinished: u(d) } },
                  runtime: {
                    onMessage: u(f),
                    onMessageExternal: u(f),
                    sendMessage: m.bind(null, `sendMessage`, { minArgs: 1, maxArgs: 3 }),
                  },
                  tabs: { sendMessage: m.bind(null, `sendMessage`, { minArgs: 2, maxArgs: 3 }) },
                },
                g = {
                  clear: { minArgs: 1, maxArgs: 1 },
                  get: { minArgs: 1, maxArgs: 1 },
                  set: { minArgs: 1, maxArgs: 1 },
                };
              return (
                (t.privacy = { network: { '*': g }, services: { '*': g }, websites: { '*': g } }), l(e, h, t)
              );
            })(chrome);
    });
  })(),
  1,
);
function Ee(e) {
  const t = Object.values(e).filter((e) => typeof e == `number`);
  return Object.entries(e)
    .filter(([e, n]) => t.indexOf(+e) === -1)
    .map(([e, t]) => t);
}
function De(e, t = `|`) {
  return e.map((e) => Xe(e)).join(t);
}
function Oe(e, t) {
  return typeof t == `bigint` ? t.toString() : t;
}
var ke = class {
  constructor(e) {
    (this._getter = e), (this._value = void 0);
  }
  get value() {
    const e = this._getter;
    return e !== void 0 && ((this._value = e()), (this._getter = void 0)), this._value;
  }
};
function Ae(e) {
  return new ke(e);
}
function je(e) {
  return e == null;
}
function Me(e) {
  const t = +!!e.startsWith(`^`),
    n = e.endsWith(`$`) ? e.length - 1 : e.length;
  return e.slice(t, n);
}
function Ne(e, t) {
  const n = e / t,
    r = Math.round(n),
    i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
  return Math.abs(n - r) < i ? 0 : n - r;
}
function Pe(e, t, n) {
  Object.defineProperty(e, t, { value: n, writable: !0, enumerable: !0, configurable: !0 });
}
function Fe(e) {
  const t = Object.getOwnPropertyDescriptor(e, `shape`);
  return t?.get ? t.get.raw : t?.value;
}
function D(e) {
  return Fe(e._zod.def) ?? e._zod.def.shape;
}
function Ie(e, t, n) {
  Object.defineProperty(e, t, {
    get() {
      const e = n();
      return Pe(this, t, e), e;
    },
    enumerable: !0,
    configurable: !0,
  });
}
function Le(e, t, n) {
  t in e ? Pe(e, t, n) : (e[t] = n);
}
function Re(e, t, n, r) {
  const i = D(t);
  for (const a of n) {
    const n = Object.getOwnPropertyDescriptor(i, a);
    n.enumerable &&
      (n.get
        ? Ie(e, a, () => {
            const e = t._zod.def.shape[a];
            return r ? r(e, a) : e;
          })
        : Le(e, a, r ? r(n.value, a) : n.value));
  }
}
function ze(e, t) {
  for (const n of Reflect.ownKeys(t)) {
    const r = Object.getOwnPropertyDescriptor(t, n);
    r.enumerable && (r.get ? Ie(e, n, () => t[n]) : Le(e, n, r.value));
  }
}
function O(...e) {
  const t = {};
  for (const n of e) {
    const e = Object.getOwnPropertyDescriptors(n);
    Object.assign(t, e);
  }
  return Object.defineProperties({}, t);
}
function Be(e) {
  return JSON.stringify(e);
}
function Ve(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, ``)
    .replace(/[\s_-]+/g, `-`)
    .replace(/^-+|-+$/g, ``);
}
var He = `captureStackTrace` in Error ? Error.captureStackTrace : (...e) => {};
function Ue(e) {
  return typeof e == `object` && !!e && !Array.isArray(e);
}
var We = Ae(() => {
  if (P.jitless || (typeof navigator < `u` && navigator?.userAgent?.includes(`Cloudflare`))) return !1;
  try {
    return Function(``), !0;
  } catch {
    return !1;
  }
});
function Ge(e) {
  if (Ue(e) === !1) return !1;
  const t = e.constructor;
  if (t === void 0 || typeof t != `function`) return !0;
  const n = t.prototype;
  return Ue(n) !== !1 && Object.hasOwn(n, `isPrototypeOf`) !== !1;
}
function Ke(e) {
  return Ge(e)
    ? { ...e }
    : Array.isArray(e)
      ? [...e]
      : e instanceof Map
        ? new Map(e)
        : e instanceof Set
          ? new Set(e)
          : e;
}
var qe = new Set([`string`, `number`, `symbol`]);
function Je(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, `\\$&`);
}
function Ye(e, t, n) {
  const r = new e._zod.constr(t ?? e._zod.def);
  return (!t || n?.parent) && (r._zod.parent = e), r;
}
function k(e) {
  const t = e;
  if (!t) return {};
  if (typeof t == `string`) return { error: () => t };
  if (t?.message !== void 0) {
    if (t?.error !== void 0) throw Error('Cannot specify both `message` and `error` params');
    t.error = t.message;
  }
  return delete t.message, typeof t.error == `string` ? { ...t, error: () => t.error } : t;
}
function Xe(e) {
  return typeof e == `bigint` ? e.toString() + `n` : typeof e == `string` ? `"${e}"` : `${e}`;
}
function Ze(e) {
  return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === `optional`);
}
var Qe = {
    safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  $e = {
    int64: [BigInt(`-9223372036854775808`), BigInt(`9223372036854775807`)],
    uint64: [BigInt(0), BigInt(`18446744073709551615`)],
  };
function et(e, t) {
  const n = e._zod.def,
    r = n.checks;
  if (r && r.length > 0) throw Error(`.pick() cannot be used on object schemas containing refinements`);
  const i = {};
  return Re(i, e, tt(e, t)), Ye(e, O(n, { shape: i, checks: [] }));
}
function tt(e, t) {
  const n = D(e),
    r = [];
  for (const e of Reflect.ownKeys(t)) {
    if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
    t[e] && r.push(e);
  }
  return r;
}
function nt(e, t) {
  const n = e._zod.def,
    r = n.checks;
  if (r && r.length > 0) throw Error(`.omit() cannot be used on object schemas containing refinements`);
  const i = new Set(tt(e, t)),
    a = {};
  return (
    Re(
      a,
      e,
      Reflect.ownKeys(D(e)).filter((e) => !i.has(e)),
    ),
    Ye(e, O(n, { shape: a, checks: [] }))
  );
}
function rt(e, t) {
  if (!Ge(t)) throw Error(`Invalid input to extend: expected a plain object`);
  const n = e._zod.def.checks;
  if (n && n.length > 0) {
    const n = D(e);
    for (const e of Reflect.ownKeys(t))
      if (Object.getOwnPropertyDescriptor(n, e) !== void 0)
        throw Error(
          'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
        );
  }
  return Ye(e, O(e._zod.def, { shape: it(e, t) }));
}
function it(e, t) {
  const n = {};
  return Re(n, e, Reflect.ownKeys(D(e))), ze(n, t), n;
}
function at(e, t) {
  if (!Ge(t)) throw Error(`Invalid input to safeExtend: expected a plain object`);
  return Ye(e, O(e._zod.def, { shape: it(e, t) }));
}
function ot(e, t) {
  if (!t?._zod?.def)
    throw Error(
      'Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.',
    );
  if (e._zod.def.checks?.length)
    throw Error(
      `.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.`,
    );
  const n = {};
  return (
    Re(n, e, Reflect.ownKeys(D(e))),
    Re(n, t, Reflect.ownKeys(D(t))),
    Ye(
      e,
      O(e._zod.def, {
        shape: n,
        get catchall() {
          return t._zod.def.catchall;
        },
        checks: t._zod.def.checks ?? [],
      }),
    )
  );
}
function st(e, t, n, r = `partial`) {
  const i = t._zod.def.checks;
  if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
  const a = n ? new Set(tt(t, n)) : void 0,
    o = {};
  return (
    Re(
      o,
      t,
      Reflect.ownKeys(D(t)),
      e && ((t, n) => (a && !a.has(n) ? t : new e({ type: `optional`, innerType: t }))),
    ),
    Ye(t, O(t._zod.def, { shape: o, checks: [] }))
  );
}
function ct(e, t, n) {
  const r = n ? new Set(tt(t, n)) : void 0,
    i = {};
  return (
    Re(i, t, Reflect.ownKeys(D(t)), (t, n) =>
      r && !r.has(n) ? t : new e({ type: `nonoptional`, innerType: t }),
    ),
    Ye(t, O(t._zod.def, { shape: i }))
  );
}
function A(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
  return !1;
}
function lt(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
  return !1;
}
function ut(e, t) {
  return t.map((t) => {
    var n;
    return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
  });
}
function dt(e) {
  return typeof e == `string` ? e : e?.message;
}
function ft(e) {
  const t = [];
  for (const n of e ?? []) {
    const e = n._zod.def;
    if (!/_(length|size)$|_equals$/.test(e.check)) break;
    const r = e.maximum ?? e.length ?? e.size;
    r >= 0 && t.push([r, n]);
  }
  return t;
}
function pt(e, t, n) {
  var r;
  for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function mt(e, t, n) {
  var r;
  const i = e.inst?._zod?.traits;
  i?.has(`$ZodType`) && (i.has(`$ZodCheck`) ? ((r = e).schema ?? (r.schema = e.inst)) : (e.schema = e.inst));
  const a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error,
    o = e.message
      ? e.message
      : (dt(e.inst?._zod.def?.error?.(e)) ??
        dt(a?.(e)) ??
        dt(t?.error?.(e)) ??
        dt(n.customError?.(e)) ??
        dt(n.localeError?.(e)) ??
        `Invalid input`),
    s = {};
  for (const t of Object.keys(e))
    t !== `inst` && t !== `schema` && t !== `continue` && t !== `input` && t !== `__proto__` && (s[t] = e[t]);
  return (s.path ??= []), (s.message = o), t?.reportInput && (s.input = e.input), s;
}
var ht = /[\uD800-\uDBFF]/;
function gt(e) {
  const t = e.length;
  if (!ht.test(e)) return t;
  let n = t;
  for (let r = 0; r < t - 1; r++)
    (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
  return n;
}
function _t(e) {
  return Array.isArray(e) ? `array` : typeof e == `string` ? `string` : `unknown`;
}
function vt(e) {
  const t = typeof e;
  switch (t) {
    case `number`:
      return Number.isNaN(e) ? `nan` : `number`;
    case `object`: {
      if (e === null) return `null`;
      if (Array.isArray(e)) return `array`;
      const t = e;
      if (t && Object.getPrototypeOf(t) !== Object.prototype && `constructor` in t && t.constructor)
        return t.constructor.name;
    }
  }
  return t;
}
function yt(...e) {
  const [t, n, r] = e;
  return typeof t == `string` ? { message: t, code: `custom`, input: n, inst: r } : { ...t };
}
function bt(e, t) {
  for (const n in t) {
    const r = Object.getOwnPropertyDescriptor(t, n);
    r.get ? Object.defineProperty(e, n, { ...r, enumerable: !1 }) : Ct(e, n, r.value);
  }
}
function j(e, t, n, r = !0) {
  return Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: r, value: n }), n;
}
function xt(e, t, n) {
  return j(e, t, n, !1);
}
function St(e, t) {
  for (const n in e) {
    const r = e[n];
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !0,
      get() {
        return j(this, n, r(this));
      },
      set(e) {
        j(this, n, e);
      },
    });
  }
  return t;
}
function Ct(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    get() {
      return this == null ? n : j(this, t, n.bind(this));
    },
    set(e) {
      j(this, t, e);
    },
  });
}
function wt(e, t) {
  const n = Object.getPrototypeOf(e);
  return t in n ? void 0 : n;
}
var Tt,
  Et = !1,
  Dt = {
    configurable: !0,
    get() {
      Et = !0;
    },
  };
function M(e, t, n) {
  const r = Object.getPrototypeOf(e._zod);
  t in r && Tt !== e._zod
    ? (Tt = void 0)
    : ((Tt = e._zod),
      Object.defineProperty(r, t, {
        configurable: !0,
        get() {
          Object.defineProperty(this, t, Dt);
          const e = Et;
          Et = !1;
          try {
            const r = n(this);
            return (
              Et
                ? delete this[t]
                : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: r }),
              (Et ||= e),
              r
            );
          } catch (n) {
            throw (delete this[t], (Et ||= e), n);
          }
        },
        set(e) {
          Object.defineProperty(this, t, { configurable: !0, writable: !0, value: e });
        },
      }));
}
function Ot(e, t, n, r) {
  const i = wt(e, t);
  i &&
    Object.defineProperty(i, t, {
      configurable: !0,
      get() {
        const e = { configurable: !0, writable: !0, enumerable: r, value: void 0 };
        return (
          Object.defineProperty(this, t, e), (e.value = n(this)), Object.defineProperty(this, t, e), e.value
        );
      },
      set(e) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, enumerable: r, value: e });
      },
    });
}
var kt = `~constantCatch`;
function At(e) {
  const t = () => e;
  return (t[kt] = !0), t;
}
var jt,
  Mt = { value: void 0, enumerable: !1 },
  Nt = `captureStackTrace` in Error ? Error : null;
function Pt(e) {
  const t = Nt;
  if (t) {
    const n = t.stackTraceLimit;
    if (typeof n == `number`) {
      try {
        t.stackTraceLimit = 0;
      } catch {
        return (Nt = null), new e();
      }
      try {
        return new e();
      } finally {
        t.stackTraceLimit = n;
      }
    }
  }
  return new e();
}
function N(e, t, n, r) {
  const i = {};
  function a(e) {
    (this.def = e), (this.constr = d), (this.traits = new Set());
  }
  a.prototype = i;
  const o = n,
    s = o && new WeakSet();
  function c(n, r) {
    if (!n._zod) {
      Mt.value = new a(r);
      try {
        Object.defineProperty(n, '_zod', Mt);
      } finally {
        Mt.value = void 0;
      }
    } else if (n._zod.traits.has(e)) return;
    if ((n._zod.traits.add(e), t(n, r), s)) {
      let e = Object.getPrototypeOf(n),
        t = n._zod.constr.prototype,
        r = e;
      for (; r && r !== t; ) r = Object.getPrototypeOf(r);
      const i = r ?? e;
      s.has(i) || (s.add(i), bt(i, o));
    }
    const i = d.prototype;
    for (const e in i) Object.hasOwn(i, e) && (e in n || (n[e] = i[e].bind(n)));
  }
  const l = r?.Parent ?? Object;
  class u extends l {}
  Object.defineProperty(u, 'name', { value: e });
  function d(e) {
    const t = r?.Parent ? Pt(u) : this;
    c(t, e);
    const n = t._zod.deferred;
    if (n) {
      for (const e of n) e();
      t._zod.deferred = void 0;
    }
    const i = globalThis.__zod_globalConfig?.postProcessor;
    return i && i(t), t;
  }
  return (
    Object.defineProperty(d, 'init', { value: c }),
    Object.defineProperty(d, Symbol.hasInstance, {
      value: (t) => (r?.Parent && t instanceof r.Parent ? !0 : t?._zod?.traits?.has(e)),
    }),
    Object.defineProperty(d, 'name', { value: e }),
    d
  );
}
var Ft = class extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  },
  It = class extends Error {
    constructor(e) {
      super(`Encountered unidirectional transform during encode: ${e}`), (this.name = `ZodEncodeError`);
    }
  };
(jt = globalThis).__zod_globalConfig ?? (jt.__zod_globalConfig = {});
var P = globalThis.__zod_globalConfig;
function F(e) {
  return e && Object.assign(P, e), P;
}
function Lt() {
  const e = this._zod;
  return (e.message ??= JSON.stringify(e.def, Oe, 2)), e.message;
}
function Rt(e) {
  this._zod.message = e;
}
var zt = { get: Lt, set: Rt, enumerable: !0, configurable: !0 },
  Bt = { value: void 0, enumerable: !1 },
  Vt = new WeakSet([Object.prototype, Error.prototype]),
  Ht = N(`$ZodError`, (e, t) => {
    (e.name = `$ZodError`),
      (Bt.value = t),
      Object.defineProperty(e, 'issues', Bt),
      (Bt.value = void 0),
      Object.defineProperty(e, 'message', zt);
    const n = Object.getPrototypeOf(e);
    Vt.has(n) ||
      (Vt.add(n),
      Object.defineProperty(n, 'toString', {
        configurable: !0,
        enumerable: !1,
        get() {
          const e = () => this.message;
          return Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 }), e;
        },
        set(e) {
          Object.defineProperty(this, 'toString', { value: e, configurable: !0, writable: !0 });
        },
      }));
  });
function Ut(e, t, n) {
  return (
    Object.hasOwn(e, t) ||
      (t === `__proto__`
        ? Object.defineProperty(e, t, { value: n(), writable: !0, enumerable: !0, configurable: !0 })
        : (e[t] = n())),
    e[t]
  );
}
function Wt(e, t = (e) => e.message) {
  const n = {},
    r = [];
  for (const i of e.issues) i.path.length > 0 ? Ut(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
  return { formErrors: r, fieldErrors: n };
}
function Gt(e, t = (e) => e.message) {
  const n = { _errors: [] },
    r = (e, i = []) => {
      for (const a of e.issues)
        if (a.code === `invalid_union` && a.errors.length)
          a.errors.map((e) => r({ issues: e }, [...i, ...a.path]));
        else if (a.code === `invalid_key`) r({ issues: a.issues }, [...i, ...a.path]);
        else if (a.code === `invalid_element`) r({ issues: a.issues }, [...i, ...a.path]);
        else {
          const e = [...i, ...a.path];
          if (e.length === 0) n._errors.push(t(a));
          else {
            let r = n,
              i = 0;
            for (; i < e.length; ) {
              const n = e[i],
                o = i === e.length - 1;
              if (n === `_errors`) {
                o && r._errors.push(t(a)), i++;
                continue;
              }
              Object.hasOwn(r, n) ||
                Object.defineProperty(r, n, {
                  value: { _errors: [] },
                  enumerable: !0,
                  writable: !0,
                  configurable: !0,
                });
              const s = r[n];
              o && s._errors.push(t(a)), (r = s), i++;
            }
          }
        }
    };
  return r(e), n;
}
function Kt(e) {
  const t = [],
    n = e.map((e) => (typeof e == `object` ? e.key : e));
  for (const e of n)
    typeof e == `number`
      ? t.push(`[${e}]`)
      : typeof e == `symbol`
        ? t.push(`[${JSON.stringify(String(e))}]`)
        : /[^\w$]/.test(e)
          ? t.push(`[${JSON.stringify(e)}]`)
          : (t.length && t.push(`.`), t.push(e));
  return t.join(``);
}
function qt(e) {
  const t = [],
    n = [...e.issues].sort((e, t) => (e.path ?? []).length - (t.path ?? []).length);
  for (const e of n) t.push(`✖ ${e.message}`), e.path?.length && t.push(`  → at ${Kt(e.path)}`);
  return t.join(`
`);
}
function Jt(e, t) {
  return { callee: t?.callee ?? e, Err: t?.Err };
}
var Yt = (e) => {
    const t = (n, r, i, a) => {
      const o = i ? { ...i, async: !1 } : { async: !1 },
        s = n._zod.run({ value: r, issues: [] }, o);
      if (s instanceof Promise) throw new Ft();
      if (s.issues.length) {
        const n = new (a?.Err ?? e)(s.issues.map((e) => mt(e, o, F())));
        throw (He(n, a?.callee ?? t), n);
      }
      return s.value;
    };
    return t;
  },
  Xt = (e) => {
    const t = async (n, r, i, a) => {
      let o = i ? { ...i, async: !0 } : { async: !0 },
        s = n._zod.run({ value: r, issues: [] }, o);
      if ((s instanceof Promise && (s = await s), s.issues.length)) {
        const n = new (a?.Err ?? e)(s.issues.map((e) => mt(e, o, F())));
        throw (He(n, a?.callee ?? t), n);
      }
      return s.value;
    };
    return t;
  },
  Zt = (e) => (t, n, r) => {
    const i = r ? { ...r, async: !1 } : { async: !1 },
      a = t._zod.run({ value: n, issues: [] }, i);
    if (a instanceof Promise) throw new Ft();
    return a.issues.length ? Qt(e, a.issues, i) : { success: !0, data: a.value };
  };
function Qt(e, t, n) {
  let r;
  return {
    success: !1,
    get error() {
      return r || ((r = new e(t.map((e) => mt(e, n, F())))), (t = void 0), (n = void 0)), r;
    },
    set error(e) {
      (r = e), (t = void 0), (n = void 0);
    },
  };
}
var $t = (e) => async (t, n, r) => {
    let i = r ? { ...r, async: !0 } : { async: !0 },
      a = t._zod.run({ value: n, issues: [] }, i);
    return (
      a instanceof Promise && (a = await a),
      a.issues.length ? Qt(e, a.issues, i) : { success: !0, data: a.value }
    );
  },
  en = Symbol.for(`zod.compile.invalid`),
  tn = Symbol.for(`zod.compile.fallback`),
  nn = (e, t, n) => {
    const r = e._zod.bag.validator;
    if (r !== void 0) {
      if (r(t) !== en) return !0;
      if (r.definite === !0 && n === void 0) return !1;
    }
    return rn(e, t, n);
  };
function rn(e, t, n) {
  let r = n ? { ...n, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    i = e._zod.bag.fallbackRun,
    a;
  if (
    (i ? ((r[tn] = !0), (a = i({ value: t, issues: [] }, r))) : (a = e._zod.run({ value: t, issues: [] }, r)),
    a instanceof Promise)
  )
    throw new Ft();
  return a.issues.length === 0;
}
var an = async (e, t, n) => {
    let r = n ? { ...n, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      i = e._zod.run({ value: t, issues: [] }, r);
    return i instanceof Promise && (i = await i), i.issues.length === 0;
  },
  on = (e) => {
    const t = Yt(e),
      n = (e, r, i, a) => {
        const o = i ? { ...i, direction: `backward` } : { direction: `backward` };
        return t(e, r, o, Jt(n, a));
      };
    return n;
  },
  sn = (e) => {
    const t = Yt(e),
      n = (e, r, i, a) => t(e, r, i, Jt(n, a));
    return n;
  },
  cn = (e) => {
    const t = Xt(e),
      n = async (e, r, i, a) => {
        const o = i ? { ...i, direction: `backward` } : { direction: `backward` };
        return await t(e, r, o, Jt(n, a));
      };
    return n;
  },
  ln = (e) => {
    const t = Xt(e),
      n = async (e, r, i, a) => await t(e, r, i, Jt(n, a));
    return n;
  },
  un = (e) => (t, n, r) => {
    const i = r ? { ...r, direction: `backward` } : { direction: `backward` };
    return Zt(e)(t, n, i);
  },
  dn = (e) => (t, n, r) => Zt(e)(t, n, r),
  fn = (e) => async (t, n, r) => {
    const i = r ? { ...r, direction: `backward` } : { direction: `backward` };
    return $t(e)(t, n, i);
  },
  pn = (e) => async (t, n, r) => $t(e)(t, n, r),
  mn = /^[cC][0-9a-z]{6,}$/,
  hn = /^[0-9a-z]+$/,
  gn = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  _n = /^[0-9a-vA-V]{20}$/,
  vn = /^[A-Za-z0-9]{27}$/,
  yn = /^[a-zA-Z0-9_-]{21}$/;
function bn(e) {
  return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var xn = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
  Sn = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  Cn = (e) =>
    e
      ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`)
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  wn = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
  Tn = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function En() {
  return new RegExp(Tn, `u`);
}
var Dn =
    /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  On =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
  kn =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  An =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  jn = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  Mn = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
  Nn = /^https?$/,
  Pn = /^\+[1-9]\d{6,14}$/,
  Fn = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function In(e) {
  return RegExp(`^${e}$`);
}
var Ln = In(Fn);
function Rn(e) {
  const t = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  return typeof e.precision == `number`
    ? e.precision === -1
      ? `${t}`
      : e.precision === 0
        ? `${t}:[0-5]\\d`
        : `${t}:[0-5]\\d\\.\\d{${e.precision}}`
    : e.seconds
      ? `${t}:[0-5]\\d(?:\\.\\d+)?`
      : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function zn(e) {
  return RegExp(`^${Rn(e)}$`);
}
function Bn(e) {
  const t = [`Z`];
  e.offset && t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const n = `${Rn({ precision: e.precision, seconds: !0 })}(?:${t.join(`|`)})`,
    r = e.local ? `${n}|${Rn({ precision: e.precision })}` : n;
  return RegExp(`^${Fn}T(?:${r})$`);
}
var Vn = /^[\s\S]{0,}$/,
  Hn = /^-?\d+(?:\.\d+)?$/,
  Un = /^(?:true|false)$/i,
  Wn = /^[^A-Z]*$/,
  Gn = /^[^a-z]*$/,
  I = N(`$ZodCheck`, (e, t) => {
    var n;
    (e._zod ??= {}), (e._zod.def = t), (n = e._zod).onattach ?? (n.onattach = []);
  }),
  Kn = (e) => {
    const t = e.value;
    return !je(t) && t.length !== void 0;
  },
  qn = { number: `number`, bigint: `bigint`, object: `date` },
  Jn = N(`$ZodCheckLessThan`, (e, t) => {
    I.init(e, t);
    const n = qn[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value <= t.value : r.value < t.value) ||
        r.issues.push({
          origin: qn[typeof r.value] ?? n,
          code: `too_big`,
          maximum: typeof t.value == `object` ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  Yn = N(`$ZodCheckGreaterThan`, (e, t) => {
    I.init(e, t);
    const n = qn[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value >= t.value : r.value > t.value) ||
        r.issues.push({
          origin: qn[typeof r.value] ?? n,
          code: `too_small`,
          minimum: typeof t.value == `object` ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  Xn = N(`$ZodCheckMultipleOf`, (e, t) => {
    I.init(e, t),
      (e._zod.check = (n) => {
        if (typeof n.value != typeof t.value)
          throw Error(`Cannot mix number and bigint in multiple_of check.`);
        (typeof n.value == `bigint`
          ? t.value !== BigInt(0) && n.value % t.value === BigInt(0)
          : Ne(n.value, t.value) === 0) ||
          n.issues.push({
            origin: typeof n.value,
            code: `not_multiple_of`,
            divisor: t.value,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Zn = N(`$ZodCheckNumberFormat`, (e, t) => {
    I.init(e, t), (t.format = t.format || `float64`);
    const n = t.format?.includes(`int`),
      r = n ? `int` : `number`,
      [i, a] = Qe[t.format];
    e._zod.check = (o) => {
      const s = o.value;
      if (n) {
        if (!Number.isInteger(s)) {
          o.issues.push({
            expected: r,
            format: t.format,
            code: `invalid_type`,
            continue: !1,
            input: s,
            inst: e,
          });
          return;
        }
        if (!Number.isSafeInteger(s)) {
          s > 0
            ? o.issues.push({
                input: s,
                code: `too_big`,
                maximum: 2 ** 53 - 1,
                note: `Integers must be within the safe integer range.`,
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              })
            : o.issues.push({
                input: s,
                code: `too_small`,
                minimum: -(2 ** 53 - 1),
                note: `Integers must be within the safe integer range.`,
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              });
          return;
        }
      }
      s < i &&
        o.issues.push({
          origin: `number`,
          input: s,
          code: `too_small`,
          minimum: i,
          inclusive: !0,
          inst: e,
          continue: !t.abort,
        }),
        s > a &&
          o.issues.push({
            origin: `number`,
            input: s,
            code: `too_big`,
            maximum: a,
            inclusive: !0,
            inst: e,
            continue: !t.abort,
          });
    };
  }),
  Qn = N(`$ZodCheckMaxLength`, (e, t) => {
    var n;
    I.init(e, t),
      (n = e._zod.def).when ?? (n.when = Kn),
      (e._zod.check = (n) => {
        const r = n.value,
          i = r.length;
        if ((typeof r == `string` && i > t.maximum ? gt(r) : i) <= t.maximum) return;
        const a = _t(r);
        n.issues.push({
          origin: a,
          code: `too_big`,
          maximum: t.maximum,
          inclusive: !0,
          input: r,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  $n = N(`$ZodCheckMinLength`, (e, t) => {
    var n;
    I.init(e, t),
      (n = e._zod.def).when ?? (n.when = Kn),
      (e._zod.check = (n) => {
        const r = n.value,
          i = r.length;
        if ((typeof r == `string` && i >= t.minimum && i < t.minimum * 2 ? gt(r) : i) >= t.minimum) return;
        const a = _t(r);
        n.issues.push({
          origin: a,
          code: `too_small`,
          minimum: t.minimum,
          inclusive: !0,
          input: r,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  er = N(`$ZodCheckLengthEquals`, (e, t) => {
    var n;
    I.init(e, t),
      (n = e._zod.def).when ?? (n.when = Kn),
      (e._zod.check = (n) => {
        const r = n.value,
          i = r.length,
          a = typeof r == `string` && i >= t.length && i <= t.length * 2 ? gt(r) : i;
        if (a === t.length) return;
        const o = _t(r),
          s = a > t.length;
        n.issues.push({
          origin: o,
          ...(s ? { code: `too_big`, maximum: t.length } : { code: `too_small`, minimum: t.length }),
          inclusive: !0,
          exact: !0,
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  tr = N(`$ZodCheckStringFormat`, (e, t) => {
    var n, r;
    I.init(e, t),
      t.pattern
        ? ((n = e._zod).check ??
          (n.check = (n) => {
            (t.pattern.lastIndex = 0),
              t.pattern.test(n.value) ||
                n.issues.push({
                  origin: `string`,
                  code: `invalid_format`,
                  format: t.format,
                  input: n.value,
                  ...(t.pattern ? { pattern: t.pattern.toString() } : {}),
                  inst: e,
                  continue: !t.abort,
                });
          }))
        : ((r = e._zod).check ?? (r.check = () => {}));
  }),
  nr = N(`$ZodCheckRegex`, (e, t) => {
    tr.init(e, t),
      (e._zod.check = (n) => {
        (t.pattern.lastIndex = 0),
          t.pattern.test(n.value) ||
            n.issues.push({
              origin: `string`,
              code: `invalid_format`,
              format: `regex`,
              input: n.value,
              pattern: t.pattern.toString(),
              inst: e,
              continue: !t.abort,
            });
      });
  }),
  rr = N(`$ZodCheckLowerCase`, (e, t) => {
    (t.pattern ??= Wn), tr.init(e, t);
  }),
  ir = N(`$ZodCheckUpperCase`, (e, t) => {
    (t.pattern ??= Gn), tr.init(e, t);
  }),
  ar = N(`$ZodCheckIncludes`, (e, t) => {
    I.init(e, t);
    const n = Je(t.includes);
    (t.pattern = new RegExp(typeof t.position == `number` ? `^.{${t.position},}${n}` : n)),
      (e._zod.check = (n) => {
        n.value.includes(t.includes, t.position) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `includes`,
            includes: t.includes,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  or = N(`$ZodCheckStartsWith`, (e, t) => {
    I.init(e, t);
    const n = RegExp(`^${Je(t.prefix)}.*`);
    (t.pattern ??= n),
      (e._zod.check = (n) => {
        n.value.startsWith(t.prefix) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `starts_with`,
            prefix: t.prefix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  sr = N(`$ZodCheckEndsWith`, (e, t) => {
    I.init(e, t);
    const n = RegExp(`.*${Je(t.suffix)}$`);
    (t.pattern ??= n),
      (e._zod.check = (n) => {
        n.value.endsWith(t.suffix) ||
          n.issues.push({
            origin: `string`,
            code: `invalid_format`,
            format: `ends_with`,
            suffix: t.suffix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  cr = N(`$ZodCheckOverwrite`, (e, t) => {
    I.init(e, t),
      (e._zod.check = (e) => {
        e.value = t.tx(e.value);
      });
  }),
  lr = class {
    constructor(e = [], t = {}) {
      (this.content = []), (this.indent = 0), (this.args = e), (this.closed = t);
    }
    indented(e) {
      this.indent += 1;
      try {
        e(this);
      } finally {
        --this.indent;
      }
    }
    write(e) {
      if (typeof e == `function`) {
        e(this, { execution: `sync` }), e(this, { execution: `async` });
        return;
      }
      const t = e
          .split(`
`)
          .filter((e) => e),
        n = Math.min(...t.map((e) => e.length - e.trimStart().length)),
        r = t.map((e) => e.slice(n)).map((e) => ` `.repeat(this.indent * 2) + e);
      for (const e of r) this.content.push(e);
    }
    compile() {
      const e = Function,
        t = this?.content ?? [``];
      return new e(
        ...Object.keys(this.closed),
        `return function (${this.args.join(`, `)}) {\n${t.join(`
`)}\n};`,
      )(...Object.values(this.closed));
    }
  },
  ur = { major: 4, minor: 6, patch: 7 },
  L = N(
    `$ZodType`,
    (e, t) => {
      var n;
      (e ??= {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = ur);
      const r = e._zod.def.checks,
        i = e._zod.traits.has(`$ZodCheck`) ? [e, ...(r ?? [])] : r?.length ? [...r] : [];
      for (const t of i) for (const n of t._zod.onattach) n(e);
      if (i.length === 0)
        (n = e._zod).deferred ?? (n.deferred = []),
          e._zod.deferred?.push(() => {
            e._zod.run = e._zod.parse;
          });
      else {
        const t = (t, n, r) => {
            if (t.memo) return t;
            let i = A(t),
              a;
            for (const o of n) {
              if (o._zod.def.when) {
                if (lt(t) || !o._zod.def.when(t)) continue;
              } else if (i) continue;
              const n = t.issues.length,
                s = o._zod.check(t);
              if (s instanceof Promise && r?.async === !1) throw new Ft();
              if (a || s instanceof Promise)
                a = (a ?? Promise.resolve()).then(async () => {
                  await s, t.issues.length !== n && (pt(t.issues, n, e), (i ||= A(t, n)));
                });
              else {
                if (t.issues.length === n) continue;
                pt(t.issues, n, e), (i ||= A(t, n));
              }
            }
            return a ? a.then(() => t) : t;
          },
          n = (n, r, a) => {
            if (A(n)) return (n.aborted = !0), n;
            const o = t(r, i, a);
            if (o instanceof Promise) {
              if (a.async === !1) throw new Ft();
              return o.then((t) => e._zod.parse(t, a));
            }
            return e._zod.parse(o, a);
          };
        e._zod.run = (r, a) => {
          if (a.skipChecks) return e._zod.parse(r, a);
          if (a.direction === `backward`) {
            const t = e._zod.parse({ value: r.value, issues: [] }, { ...a, skipChecks: !0 });
            return t instanceof Promise ? t.then((e) => n(e, r, a)) : n(t, r, a);
          }
          const o = e._zod.parse(r, a);
          if (o instanceof Promise) {
            if (a.async === !1) throw new Ft();
            return o.then((e) => t(e, i, a));
          }
          return t(o, i, a);
        };
      }
    },
    {
      get '~standard'() {
        return xt(this, `~standard`, pr(this));
      },
      set '~standard'(e) {
        j(this, `~standard`, e);
      },
    },
  ),
  dr = (e, t) => (e.issues.length ? { issues: e.issues.map((e) => mt(e, t, F())) } : { value: e.value });
async function fr(e, t) {
  const n = { async: !0 };
  return dr(await e._zod.run({ value: t, issues: [] }, n), n);
}
function pr(e) {
  return {
    validate: (t) => {
      const n = { async: !1 };
      try {
        const r = e._zod.run({ value: t, issues: [] }, n);
        if (!(r instanceof Promise)) return dr(r, n);
      } catch {}
      return fr(e, t);
    },
    vendor: `zod`,
    version: 1,
  };
}
var mr = N(`$ZodString`, (e, t) => {
    L.init(e, t),
      (e._zod.pattern = t.pattern ?? Vn),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = String(n.value);
          } catch {}
        return (
          typeof n.value == `string` ||
            n.issues.push({ expected: `string`, code: `invalid_type`, input: n.value, inst: e }),
          n
        );
      });
  }),
  R = N(`$ZodStringFormat`, (e, t) => {
    tr.init(e, t), mr.init(e, t);
  }),
  hr = N(`$ZodGUID`, (e, t) => {
    (t.pattern ??= Sn), R.init(e, t);
  }),
  gr = N(`$ZodUUID`, (e, t) => {
    if (t.version) {
      const e = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
      if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
      t.pattern ??= Cn(e);
    } else t.pattern ??= Cn();
    R.init(e, t);
  }),
  _r = N(`$ZodEmail`, (e, t) => {
    (t.pattern ??= wn), R.init(e, t);
  });
function vr(e) {
  try {
    return typeof URL < `u` && typeof URL.canParse == `function` ? URL.canParse(e) : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function yr(e, t) {
  return !(`normalize` in t) && !(`hostname` in t) && !(`protocol` in t) ? vr(e) || 2 : br(e, t);
}
function br(e, t) {
  if (!t.normalize && t.protocol?.source === Nn.source && !/^https?:\/\//i.test(e)) return 1;
  try {
    if (typeof URL < `u`) {
      const t = URL;
      if (typeof t.parse == `function`) return t.parse(e) ?? 2;
    }
    return new URL(e);
  } catch {
    return 2;
  }
}
var xr = /[\t\n\r]/g;
function Sr(e) {
  return e.replace(xr, ``);
}
function Cr(e, t) {
  return (t.lastIndex = 0), t.test(e.hostname);
}
function wr(e, t) {
  return (t.lastIndex = 0), t.test(e.protocol.endsWith(`:`) ? e.protocol.slice(0, -1) : e.protocol);
}
var Tr = N(`$ZodURL`, (e, t) => {
    R.init(e, t),
      (e._zod.check = (n) => {
        try {
          const r = n.value.trim(),
            i = yr(r, t);
          if (i === 1) {
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              note: `Invalid URL format`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (i === 2) {
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (i === !0) {
            n.value = Sr(r);
            return;
          }
          t.hostname &&
            !Cr(i, t.hostname) &&
            n.issues.push({
              code: `invalid_format`,
              format: `url`,
              note: `Invalid hostname`,
              pattern: t.hostname.source,
              input: n.value,
              inst: e,
              continue: !t.abort,
            }),
            t.protocol &&
              !wr(i, t.protocol) &&
              n.issues.push({
                code: `invalid_format`,
                format: `url`,
                note: `Invalid protocol`,
                pattern: t.protocol.source,
                input: n.value,
                inst: e,
                continue: !t.abort,
              }),
            (n.value = t.normalize ? i.href : Sr(r));
          return;
        } catch {
          n.issues.push({
            code: `invalid_format`,
            format: `url`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
        }
      });
  }),
  Er = N(`$ZodEmoji`, (e, t) => {
    (t.pattern ??= En()), R.init(e, t);
  }),
  Dr = N(`$ZodNanoID`, (e, t) => {
    if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1))
      throw Error(`Invalid nanoid length: ${t.length}`);
    (t.pattern ??= t.length === void 0 ? yn : bn(t.length)), R.init(e, t);
  }),
  Or = N(`$ZodCUID`, (e, t) => {
    (t.pattern ??= mn), R.init(e, t);
  }),
  kr = N(`$ZodCUID2`, (e, t) => {
    (t.pattern ??= hn), R.init(e, t);
  }),
  Ar = N(`$ZodULID`, (e, t) => {
    (t.pattern ??= gn), R.init(e, t);
  }),
  jr = N(`$ZodXID`, (e, t) => {
    (t.pattern ??= _n), R.init(e, t);
  }),
  Mr = N(`$ZodKSUID`, (e, t) => {
    (t.pattern ??= vn), R.init(e, t);
  }),
  Nr = N(`$ZodISODateTime`, (e, t) => {
    (t.pattern ??= Bn(t)), R.init(e, t);
  }),
  Pr = N(`$ZodISODate`, (e, t) => {
    (t.pattern ??= Ln), R.init(e, t);
  }),
  Fr = N(`$ZodISOTime`, (e, t) => {
    (t.pattern ??= zn(t)), R.init(e, t);
  }),
  Ir = N(`$ZodISODuration`, (e, t) => {
    (t.pattern ??= xn), R.init(e, t);
  }),
  Lr = N(`$ZodIPv4`, (e, t) => {
    (t.pattern ??= Dn), R.init(e, t);
  }),
  Rr = /^[0-9a-fA-F:.]+$/;
function zr(e) {
  return Rr.test(e) ? vr(`http://[${e}]`) : !1;
}
var Br = N(`$ZodIPv6`, (e, t) => {
    (t.pattern ??= On),
      R.init(e, t),
      (e._zod.check = (n) => {
        zr(n.value) ||
          n.issues.push({
            code: `invalid_format`,
            format: `ipv6`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Vr = N(`$ZodCIDRv4`, (e, t) => {
    (t.pattern ??= kn), R.init(e, t);
  });
function Hr(e) {
  const t = e.split(`/`);
  if (t.length !== 2) return !1;
  const [n, r] = t;
  if (!r) return !1;
  const i = Number(r);
  return `${i}` !== r || i < 0 || i > 128 ? !1 : zr(n);
}
var Ur = N(`$ZodCIDRv6`, (e, t) => {
  (t.pattern ??= An),
    R.init(e, t),
    (e._zod.check = (n) => {
      Hr(n.value) ||
        n.issues.push({
          code: `invalid_format`,
          format: `cidrv6`,
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
function Wr(e) {
  if (e === ``) return !0;
  if (/\s/.test(e) || e.length % 4 != 0) return !1;
  try {
    return atob(e), !0;
  } catch {
    return !1;
  }
}
var Gr = /^[0-9a-zA-Z+/]*={0,2}$/,
  Kr = N(`$ZodBase64`, (e, t) => {
    (t.pattern ??= Gr),
      R.init(e, t),
      (e._zod.check = (n) => {
        Wr(n.value) ||
          n.issues.push({
            code: `invalid_format`,
            format: `base64`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  qr = /^[A-Za-z0-9_-]*$/;
function Jr(e) {
  if (!qr.test(e)) return !1;
  const t = e.replace(/[-_]/g, (e) => (e === `-` ? `+` : `/`));
  return Wr(t.padEnd(Math.ceil(t.length / 4) * 4, `=`));
}
var Yr = N(`$ZodBase64URL`, (e, t) => {
    (t.pattern ??= qr),
      R.init(e, t),
      (e._zod.check = (n) => {
        Jr(n.value) ||
          n.issues.push({
            code: `invalid_format`,
            format: `base64url`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Xr = N(`$ZodE164`, (e, t) => {
    (t.pattern ??= Pn), R.init(e, t);
  });
function Zr(e, t = null) {
  try {
    const n = e.split(`.`);
    if (n.length !== 3) return !1;
    const [r] = n;
    if (!r) return !1;
    const i = JSON.parse(atob(r));
    return !((`typ` in i && i?.typ !== `JWT`) || !i.alg || (t && (!(`alg` in i) || i.alg !== t)));
  } catch {
    return !1;
  }
}
var Qr = N(`$ZodJWT`, (e, t) => {
    R.init(e, t),
      (e._zod.check = (n) => {
        Zr(n.value, t.alg) ||
          n.issues.push({
            code: `invalid_format`,
            format: `jwt`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  $r = N(`$ZodNumber`, (e, t) => {
    L.init(e, t),
      (e._zod.pattern = Hn),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = Number(n.value);
          } catch {}
        const i = n.value;
        if (typeof i == `number` && !Number.isNaN(i) && Number.isFinite(i)) return n;
        const a =
          typeof i == `number` ? (Number.isNaN(i) ? `NaN` : Number.isFinite(i) ? void 0 : String(i)) : void 0;
        return (
          n.issues.push({
            expected: `number`,
            code: `invalid_type`,
            input: i,
            inst: e,
            ...(a ? { received: a } : {}),
          }),
          n
        );
      });
  }),
  ei = N(`$ZodNumberFormat`, (e, t) => {
    Zn.init(e, t), $r.init(e, t);
  }),
  ti = N(`$ZodBoolean`, (e, t) => {
    L.init(e, t),
      (e._zod.pattern = Un),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = !!n.value;
          } catch {}
        const i = n.value;
        return (
          typeof i == `boolean` ||
            n.issues.push({ expected: `boolean`, code: `invalid_type`, input: i, inst: e }),
          n
        );
      });
  }),
  ni = N(`$ZodUnknown`, (e, t) => {
    L.init(e, t), (e._zod.parse = (e) => e);
  }),
  ri = N(`$ZodNever`, (e, t) => {
    L.init(e, t),
      (e._zod.parse = (t, n) => (
        t.issues.push({ expected: `never`, code: `invalid_type`, input: t.value, inst: e }), t
      ));
  }),
  ii = N(`$ZodDate`, (e, t) => {
    L.init(e, t),
      (e._zod.parse = (n, r) => {
        if (t.coerce)
          try {
            n.value = new Date(n.value);
          } catch {}
        const i = n.value,
          a = i instanceof Date;
        return (
          (a && !Number.isNaN(i.getTime())) ||
            n.issues.push({
              expected: `date`,
              code: `invalid_type`,
              input: i,
              ...(a ? { received: `Invalid Date` } : {}),
              inst: e,
            }),
          n
        );
      });
  });
function ai(e, t) {
  const n = ft(e._zod.def.checks);
  if (!n.length) return;
  const r = Math.min(...n.map((e) => e[0])),
    i = e._zod.parse;
  e._zod.parse = (n, a) => {
    const o = t(n.value);
    if (o > r && !a?.skipChecks && a?.direction !== `backward`) {
      for (const [t, r] of ft(e._zod.def.checks))
        if (o > t && r._zod.def.when(n)) {
          const t = n.issues.length;
          return r._zod.check(n), (n.issues[t].continue = !1), pt(n.issues, t, e), n;
        }
    }
    return i(n, a);
  };
}
var oi = (e) => (Array.isArray(e) ? e.length : -1);
function si(e, t, n) {
  e.issues.length && t.issues.push(...ut(n, e.issues)), (t.value[n] = e.value);
}
var ci = N(`$ZodArray`, (e, t) => {
  L.init(e, t);
  const n = P.memoizer;
  n?.attach(e),
    (e._zod.parse = (r, i) => {
      const a = r.value;
      if (!Array.isArray(a))
        return r.issues.push({ expected: `array`, code: `invalid_type`, input: a, inst: e }), r;
      r.value = n ? n.alloc(e, r, Array(a.length), i) : Array(a.length);
      const o = [],
        s = i?.abortEarly;
      for (let e = 0; e < a.length; e++) {
        const n = a[e],
          c = t.element._zod.run({ value: n, issues: [] }, i);
        if (c instanceof Promise) o.push(c.then((t) => si(t, r, e)));
        else if ((si(c, r, e), s && c.issues.length !== 0 && A(c))) break;
      }
      return o.length ? Promise.all(o).then(() => r) : r;
    }),
    ai(e, oi);
});
function li(e, t, n, r, i, a) {
  const o = n in r,
    s = a === `optional`;
  if (o || !s || i !== `optional`) {
    if (e.issues.length) {
      if (i !== void 0 && s && !o) return;
      t.issues.push(...ut(n, e.issues));
    }
    !o && i === void 0
      ? e.issues.length ||
        t.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: void 0, path: [n] })
      : e.value === void 0
        ? (o || (i === `defaulted` && !s)) && (t.value[n] = void 0)
        : (t.value[n] = e.value);
  }
}
var ui = [];
function di(e) {
  const t = Object.keys(e.shape),
    n = Object.getOwnPropertySymbols(e.shape),
    r = n.length ? n : ui,
    i = r.length ? [...t, ...r] : t;
  for (const t of i)
    if (!e.shape?.[t]?._zod?.traits?.has(`$ZodType`))
      throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
  const a = Ze(e.shape);
  return { ...e, allKeys: i, symbolKeys: r, keySet: new Set(t), numKeys: t.length, optionalKeys: new Set(a) };
}
function fi(e, t, n, r, i, a, o) {
  let s = [],
    c = i.keySet,
    l = i.catchall._zod,
    u = l.def.type,
    d = l.optin,
    f = l.optout,
    p = 0;
  for (const i in t) {
    if (o && n.issues.length !== p) {
      if (A(n, p)) break;
      p = n.issues.length;
    }
    if (c.has(i)) continue;
    if (i === `__proto__`) {
      u === `never` && s.push(i);
      continue;
    }
    if (u === `never`) {
      s.push(i);
      continue;
    }
    const a = l.run({ value: t[i], issues: [] }, r);
    a instanceof Promise ? e.push(a.then((e) => li(e, n, i, t, d, f))) : li(a, n, i, t, d, f);
  }
  return (
    s.length && n.issues.push({ code: `unrecognized_keys`, keys: s, input: t, inst: a, continue: !0 }),
    e.length ? Promise.all(e).then(() => n) : n
  );
}
var pi = N(`$ZodObject`, (e, t) => {
    L.init(e, t);
    const n = Object.getOwnPropertyDescriptor(t, `shape`),
      r = n?.get ? n.get.raw : (t.shape ?? {});
    if (r) {
      const e = () => {
        const n = { ...r };
        return Object.defineProperty(t, 'shape', { value: n }), (e.raw = n), n;
      };
      (e.raw = r), Object.defineProperty(t, 'shape', { get: e });
    }
    const i = Ae(() => di(t));
    M(e, `propValues`, (e) => {
      const t = e.def.shape,
        n = {};
      for (const e in t) {
        const r = t[e]._zod;
        if (r.values) {
          Object.hasOwn(n, e) || Pe(n, e, new Set());
          for (const t of r.values) n[e].add(t);
          r.optin !== void 0 && n[e].add(void 0);
        }
      }
      return n;
    });
    let a = Ue,
      o = t.catchall,
      s,
      c = P.memoizer;
    c?.attach(e),
      (e._zod.parse = (t, n) => {
        s ??= i.value;
        const r = t.value;
        if (!a(r)) return t.issues.push({ expected: `object`, code: `invalid_type`, input: r, inst: e }), t;
        t.value = c ? c.alloc(e, t, {}, n) : {};
        let l = [],
          u = s.shape,
          d = n?.abortEarly,
          f = t.issues.length;
        for (const e of s.allKeys) {
          if (d && t.issues.length !== f) {
            if (A(t, f)) break;
            f = t.issues.length;
          }
          if (e === `__proto__`) continue;
          const i = u[e],
            a = i._zod.optin,
            o = i._zod.optout,
            s = i._zod.run({ value: r[e], issues: [] }, n);
          s instanceof Promise ? l.push(s.then((n) => li(n, t, e, r, a, o))) : li(s, t, e, r, a, o);
        }
        return o ? fi(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
      });
  }),
  mi = N(`$ZodObjectJIT`, (e, t) => {
    pi.init(e, t);
    let n = e._zod.parse,
      r = Ae(() => di(t)),
      i = P.memoizer,
      a = (t) => {
        const n = r.value,
          a = n.symbolKeys,
          o = new lr([`payload`, `ctx`], { shape: t, inst: e, memo: i, syms: a }),
          s = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,
          c = (e, t) => `
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        o.write(`const input = payload.value;`);
        let l = Object.create(null),
          u = 0;
        for (const e of n.allKeys) l[e] = `key_${u++}`;
        o.write(i ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const e of n.allKeys) {
          if (e === `__proto__`) continue;
          const n = l[e],
            r = typeof e == `symbol` ? `syms[${a.indexOf(e)}]` : Be(e),
            i = `${r} in input`,
            u = t[e],
            d = u?._zod?.optin,
            f = d !== void 0,
            p = u?._zod?.optout === `optional`;
          if ((o.write(`const ${n} = ${s(r)};`), f && p)) {
            const e = d === `optional` ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
            o.write(`
        const ${n}_present = ${i};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n, r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `);
          } else
            f
              ? (o.write(`
        if (${n}.issues.length) {${c(n, r)}
        }
      `),
                d === `defaulted`
                  ? o.write(`newResult[${r}] = ${n}.value;`)
                  : o.write(`
        if (${n}.value !== undefined || ${i}) {
          newResult[${r}] = ${n}.value;
        }
      `))
              : o.write(`
        const ${n}_present = ${i};
        if (${n}.issues.length) {${c(n, r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `);
        }
        return o.write(`payload.value = newResult;`), o.write(`return payload;`), o.compile();
      },
      o,
      s = Ue,
      c = !P.jitless,
      l = c && We.value,
      u = t.catchall,
      d;
    e._zod.parse = (i, f) => {
      d ??= r.value;
      const p = i.value;
      return s(p)
        ? c && l && f?.async === !1 && f.jitless !== !0
          ? ((o ||= a(t.shape)), (i = o(i, f)), u ? fi([], p, i, f, d, e, f?.abortEarly === !0) : i)
          : n(i, f)
        : (i.issues.push({ expected: `object`, code: `invalid_type`, input: p, inst: e }), i);
    };
  });
function hi(e, t, n, r) {
  for (const n of e) if (n.issues.length === 0) return (t.value = n.value), t;
  const i = e.filter((e) => !A(e));
  return i.length === 1
    ? ((t.value = i[0].value), i[0])
    : (t.issues.push({
        code: `invalid_union`,
        input: t.value,
        inst: n,
        errors: e.map((e) => e.issues.map((e) => mt(e, r, F()))),
      }),
      t);
}
var gi = N(`$ZodUnion`, (e, t) => {
    L.init(e, t),
      M(e, `optin`, (e) =>
        e.def.options.some((e) => e._zod.optin === `defaulted`)
          ? `defaulted`
          : e.def.options.some((e) => e._zod.optin !== void 0)
            ? `optional`
            : void 0,
      ),
      M(e, `optout`, (e) => (e.def.options.some((e) => e._zod.optout === `optional`) ? `optional` : void 0)),
      M(e, `values`, (e) => {
        if (e.def.options.every((e) => e._zod.values))
          return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
      }),
      M(e, `pattern`, (e) => {
        if (e.def.options.every((e) => e._zod.pattern)) {
          const t = e.def.options.map((e) => e._zod.pattern);
          return RegExp(`^(${t.map((e) => Me(e.source)).join(`|`)})$`);
        }
      });
    const n = t.options.length === 1 ? t.options[0]._zod.run : null;
    e._zod.parse = (r, i) => {
      if (n) return n(r, i);
      let a = !1,
        o = [];
      for (const e of t.options) {
        const t = e._zod.run({ value: r.value, issues: [] }, i);
        if (t instanceof Promise) o.push(t), (a = !0);
        else {
          if (t.issues.length === 0) return t;
          o.push(t);
        }
      }
      return a ? Promise.all(o).then((t) => hi(t, r, e, i)) : hi(o, r, e, i);
    };
  }),
  _i = N(`$ZodIntersection`, (e, t) => {
    L.init(e, t),
      (e._zod.parse = (e, n) => {
        const r = e.value,
          i = t.left._zod.run({ value: r, issues: [] }, n),
          a = t.right._zod.run({ value: r, issues: [] }, n);
        return i instanceof Promise || a instanceof Promise
          ? Promise.all([i, a]).then(([t, n]) => yi(e, t, n))
          : yi(e, i, a);
      });
  });
function vi(e, t) {
  if (e === t || (e instanceof Date && t instanceof Date && +e == +t)) return { valid: !0, data: e };
  if (Ge(e) && Ge(t)) {
    const n = Object.keys(t),
      r = Object.keys(e).filter((e) => n.indexOf(e) !== -1),
      i = { ...e, ...t };
    Object.hasOwn(i, `__proto__`) && delete i.__proto__;
    for (const n of r) {
      if (n === `__proto__`) continue;
      const r = vi(e[n], t[n]);
      if (!r.valid) return { valid: !1, mergeErrorPath: [n, ...r.mergeErrorPath] };
      i[n] = r.data;
    }
    return { valid: !0, data: i };
  }
  if (Array.isArray(e) && Array.isArray(t)) {
    if (e.length !== t.length) return { valid: !1, mergeErrorPath: [] };
    const n = [];
    for (let r = 0; r < e.length; r++) {
      const i = e[r],
        a = t[r],
        o = vi(i, a);
      if (!o.valid) return { valid: !1, mergeErrorPath: [r, ...o.mergeErrorPath] };
      n.push(o.data);
    }
    return { valid: !0, data: n };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function yi(e, t, n) {
  let r = new Map(),
    i,
    a = new Map(),
    o = (e, t) => {
      let n;
      if (e.code === `unrecognized_keys` && !e.path?.length) (i ??= e), (n = e.keys);
      else if (e.code === `invalid_key` && e.origin === `record` && e.path?.length === 1) {
        const t = String(e.path[0]);
        a.has(t) || a.set(t, e), (n = [t]);
      } else return !1;
      for (const e of n) r.has(e) || r.set(e, {}), (r.get(e)[t] = !0);
      return !0;
    };
  for (const n of t.issues) o(n, `l`) || e.issues.push(n);
  for (const t of n.issues) o(t, `r`) || e.issues.push(t);
  const s = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
  if (s.length) {
    const t = i ? s.filter((e) => i.keys.includes(e)) : [];
    t.length && e.issues.push({ ...i, keys: t });
    for (const n of s) !t.includes(n) && a.has(n) && e.issues.push(a.get(n));
  }
  const c = vi(t.value, n.value);
  if (!c.valid) {
    if (A(e)) return e;
    throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
  }
  return (e.value = c.data), e;
}
var bi = N(`$ZodEnum`, (e, t) => {
    L.init(e, t);
    const n = Ee(t.entries),
      r = new Set(n);
    (e._zod.values = r),
      M(e, `pattern`, (e) => {
        const t = Ee(e.def.entries).filter((e) => qe.has(typeof e));
        return RegExp(t.length ? `^(${t.map((e) => Je(e.toString())).join(`|`)})$` : `^[^\\s\\S]$`);
      }),
      (e._zod.parse = (t, i) => {
        const a = t.value;
        return r.has(a) || t.issues.push({ code: `invalid_value`, values: n, input: a, inst: e }), t;
      });
  }),
  xi = N(`$ZodLiteral`, (e, t) => {
    L.init(e, t);
    const n = new Set(t.values);
    (e._zod.values = n),
      M(e, `pattern`, (e) => {
        const t = e.def.values;
        return RegExp(
          t.length
            ? `^(${t.map((e) => (typeof e == `string` ? Je(e) : e ? Je(e.toString()) : String(e))).join(`|`)})$`
            : `^[^\\s\\S]$`,
        );
      }),
      (e._zod.parse = (r, i) => {
        const a = r.value;
        return n.has(a) || r.issues.push({ code: `invalid_value`, values: t.values, input: a, inst: e }), r;
      });
  }),
  Si = N(`$ZodTransform`, (e, t) => {
    L.init(e, t),
      (e._zod.optin = `optional`),
      P.memoizer?.guard(e),
      (e._zod.parse = (n, r) => {
        if (r.direction === `backward`) throw new It(e.constructor.name);
        const i = t.transform(n.value, n);
        if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => ((n.value = e), n));
        if (i instanceof Promise) throw new Ft();
        return (n.value = i), n;
      });
  });
function Ci(e, t) {
  return (e.value = t.issues.length ? void 0 : t.value), e;
}
var wi = N(`$ZodOptional`, (e, t) => {
    L.init(e, t),
      M(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
      (e._zod.optout = `optional`),
      M(e, `values`, (e) => {
        const t = e.def.innerType._zod.values;
        return t ? new Set([...t, void 0]) : void 0;
      }),
      M(e, `pattern`, (e) => {
        const t = e.def.innerType._zod.pattern;
        return t ? RegExp(`^(${Me(t.source)})?$`) : void 0;
      }),
      (e._zod.parse = (e, n) => {
        if (e.value === void 0) {
          if (t.innerType._zod.optin !== `defaulted`) return e;
          const r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
          return r instanceof Promise ? r.then((t) => Ci(e, t)) : Ci(e, r);
        }
        return t.innerType._zod.run(e, n);
      });
  }),
  Ti = N(`$ZodExactOptional`, (e, t) => {
    wi.init(e, t),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      M(e, `pattern`, (e) => e.def.innerType._zod.pattern),
      (e._zod.parse = (e, n) => t.innerType._zod.run(e, n));
  }),
  Ei = N(`$ZodNullable`, (e, t) => {
    L.init(e, t),
      M(e, `optin`, (e) => e.def.innerType._zod.optin),
      M(e, `optout`, (e) => e.def.innerType._zod.optout),
      M(e, `pattern`, (e) => {
        const t = e.def.innerType._zod.pattern;
        return t ? RegExp(`^(${Me(t.source)}|null)$`) : void 0;
      }),
      M(e, `values`, (e) =>
        e.def.innerType._zod.values ? new Set([...e.def.innerType._zod.values, null]) : void 0,
      ),
      (e._zod.parse = (e, n) => (e.value === null ? e : t.innerType._zod.run(e, n)));
  }),
  Di = N(`$ZodDefault`, (e, t) => {
    L.init(e, t),
      (e._zod.optin = `defaulted`),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) return t.innerType._zod.run(e, n);
        if (e.value === void 0) return (e.value = t.defaultValue), e;
        const r = t.innerType._zod.run(e, n);
        return r instanceof Promise ? r.then((e) => Oi(e, t)) : Oi(r, t);
      });
  });
function Oi(e, t) {
  return e.value === void 0 && (e.value = t.defaultValue), e;
}
var ki = N(`$ZodPrefault`, (e, t) => {
    L.init(e, t),
      (e._zod.optin = `defaulted`),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => (
        n.direction === `backward` || (e.value === void 0 && (e.value = t.defaultValue)),
        t.innerType._zod.run(e, n)
      ));
  }),
  Ai = N(`$ZodNonOptional`, (e, t) => {
    L.init(e, t),
      M(e, `values`, (e) => {
        const t = e.def.innerType._zod.values;
        return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
      }),
      (e._zod.parse = (n, r) => {
        const i = t.innerType._zod.run(n, r);
        return i instanceof Promise ? i.then((t) => ji(t, e)) : ji(i, e);
      });
  });
function ji(e, t) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: e.value, inst: t }),
    e
  );
}
function Mi(e, t, n, r) {
  return t.issues.length
    ? ((e.value = n.catchValue({
        ...t,
        value: e.value,
        error: { issues: t.issues.map((e) => mt(e, r, F())) },
        input: e.value,
      })),
      e)
    : ((e.value = t.value), t.memo && (e.memo = !0), e);
}
var Ni = N(`$ZodCatch`, (e, t) => {
    L.init(e, t),
      M(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
      M(e, `optout`, (e) => e.def.innerType._zod.optout),
      M(e, `values`, (e) => e.def.innerType._zod.values),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) return t.innerType._zod.run(e, n);
        const r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
        return r instanceof Promise ? r.then((r) => Mi(e, r, t, n)) : Mi(e, r, t, n);
      });
  }),
  Pi = N(`$ZodPipe`, (e, t) => {
    L.init(e, t),
      M(e, `values`, (e) => e.def.in._zod.values),
      M(e, `optin`, (e) => e.def.in._zod.optin),
      M(e, `optout`, (e) => e.def.out._zod.optout),
      M(e, `propValues`, (e) => e.def.in._zod.propValues),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) {
          const r = t.out._zod.run(e, n);
          return r instanceof Promise ? r.then((e) => Fi(e, t.in, n)) : Fi(r, t.in, n);
        }
        const r = t.in._zod.run(e, n);
        return r instanceof Promise ? r.then((e) => Fi(e, t.out, n)) : Fi(r, t.out, n);
      });
  });
function Fi(e, t, n) {
  return e.issues.some((e) => e.code !== `unrecognized_keys`)
    ? ((e.aborted = !0), e)
    : t._zod.run({ value: e.value, issues: e.issues }, n);
}
var Ii = N(`$ZodReadonly`, (e, t) => {
  L.init(e, t),
    M(e, `propValues`, (e) => e.def.innerType._zod.propValues),
    M(e, `values`, (e) => e.def.innerType._zod.values),
    M(e, `optin`, (e) => e.def.innerType?._zod?.optin),
    M(e, `optout`, (e) => e.def.innerType?._zod?.optout),
    (e._zod.parse = (e, n) => {
      if (n.direction === `backward`) return t.innerType._zod.run(e, n);
      const r = t.innerType._zod.run(e, n);
      return r instanceof Promise ? r.then(Li) : Li(r);
    });
});
function Li(e) {
  return e.memo || (e.value = Object.freeze(e.value)), e;
}
var Ri = N(`$ZodCustom`, (e, t) => {
  I.init(e, t),
    L.init(e, t),
    (e._zod.parse = (e, t) => e),
    (e._zod.check = (n) => {
      const r = n.value,
        i = t.fn(r);
      if (i instanceof Promise) return i.then((t) => zi(t, n, r, e));
      zi(i, n, r, e);
    });
});
function zi(e, t, n, r) {
  if (!e) {
    const e = {
      code: `custom`,
      input: n,
      inst: r,
      path: [...(r._zod.def.path ?? [])],
      continue: !r._zod.def.abort,
    };
    r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(yt(e));
  }
}
var Bi = class extends Error {
    constructor() {
      super(`Cannot parse a reference cycle that closes through a transform`), (this.name = `ZodCyclicError`);
    }
  },
  Vi = `~memo`,
  Hi = [];
function Ui(e) {
  return typeof e == `object` && !!e;
}
function Wi(e) {
  return e.map((e) => (e.path ? { ...e, path: e.path.slice() } : { ...e }));
}
var Gi = new WeakMap(),
  Ki = 0,
  qi = 1,
  Ji = 2;
function Yi(e, t, n) {
  const r = Gi.get(e);
  if (r !== void 0) return r ? Ji : Ki;
  if (t.has(e)) return Ji;
  t.add(e);
  let i = Ki,
    a = (e) => {
      if (i !== Ji && e?._zod) {
        const r = Yi(e, t, n);
        r > i && (i = r);
      }
    },
    o = (e, r) => {
      let i = Ki;
      for (const a of Reflect.ownKeys(e)) {
        const o = Object.getOwnPropertyDescriptor(e, a);
        if (r && !o.enumerable) continue;
        const s = o.get ? qi : o.value?._zod ? Yi(o.value, t, n) : Ki;
        s > i && (i = s);
      }
      return i;
    },
    s = (e) => {
      e > i && (i = e);
    },
    c = e._zod.def;
  switch (c.type) {
    case `object`: {
      const e = Fe(c);
      s(e ? o(e, !0) : qi), a(c.catchall);
      break;
    }
    case `array`:
      a(c.element);
      break;
    case `tuple`:
      for (const e of c.items) a(e);
      a(c.rest);
      break;
    case `record`:
    case `map`:
      a(c.keyType), a(c.valueType);
      break;
    case `set`:
      a(c.valueType);
      break;
    case `union`:
      for (const e of c.options) a(e);
      break;
    case `intersection`:
      a(c.left), a(c.right);
      break;
    case `optional`:
    case `nullable`:
    case `default`:
    case `prefault`:
    case `catch`:
    case `readonly`:
    case `nonoptional`:
    case `promise`:
    case `success`:
      a(c.innerType);
      break;
    case `pipe`:
      a(c.in), a(c.out);
      break;
    case `function`:
      a(c.input), a(c.output);
      break;
    case `lazy`: {
      const r = c._cachedInner ?? (n ? e._zod.innerType : void 0);
      s(r ? Yi(r, t, !1) : qi);
      break;
    }
    case `template_literal`:
    case `string`:
    case `number`:
    case `int`:
    case `boolean`:
    case `bigint`:
    case `symbol`:
    case `undefined`:
    case `null`:
    case `void`:
    case `never`:
    case `any`:
    case `unknown`:
    case `date`:
    case `nan`:
    case `enum`:
    case `literal`:
    case `file`:
    case `transform`:
    case `custom`:
      break;
    default:
      for (const e in c) {
        const t = Object.getOwnPropertyDescriptor(c, e);
        if (!t || t.get) continue;
        const n = t.value;
        if (n && typeof n == `object`) {
          if (n._zod) a(n);
          else if (Array.isArray(n)) for (const e of n) a(e);
        }
      }
  }
  return t.delete(e), Xi(e, i);
}
function Xi(e, t) {
  return t !== qi && Gi.set(e, t === Ji), t;
}
function Zi(e, t) {
  let n = e.buckets.get(t);
  return n || ((n = new WeakMap()), e.buckets.set(t, n)), n;
}
var Qi,
  $i = [],
  ea = {
    alloc(e, t, n) {
      const r = Qi;
      if (!r) return n;
      Qi = void 0;
      const i = { value: n, issues: null };
      return r.set(t.value, i), $i.push(i), n;
    },
    guard(e) {
      var t;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const t = e._zod.parse,
            n = (e, n) => {
              if (n.direction !== `backward` && na(n, e.value)) throw new Bi();
              return t(e, n);
            };
          (e._zod.parse = n), e._zod.run === t && (e._zod.run = n);
        });
    },
    attach(e) {
      var t;
      let n,
        r = !1,
        i,
        a;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const t = e._zod.parse,
            o = (s, c) => {
              if (n === void 0) {
                const i = Yi(e, new Set(), !1);
                if (i === Ki) return (e._zod.parse = t), e._zod.run === o && (e._zod.run = t), t(s, c);
                i === Ji || r ? (n = !0) : (r = !0);
              }
              const l = s.value;
              if (!Ui(l)) return t(s, c);
              let u = c[Vi];
              u || ((u = { buckets: new WeakMap(), backEdges: void 0 }), (c[Vi] = u));
              let d;
              i === c ? (d = a) : ((d = Zi(u, e)), (i = c), (a = d));
              const f = d.get(l);
              if (f)
                return (
                  (s.value = f.value),
                  f.issues
                    ? f.issues.length && s.issues.push(...Wi(f.issues))
                    : ((s.memo = !0), u.backEdges ?? (u.backEdges = new WeakSet()), u.backEdges.add(f.value)),
                  s
                );
              Qi = d;
              const p = $i.length,
                m = t(s, c);
              Qi = void 0;
              const h = $i.length > p ? $i.pop() : void 0;
              return m instanceof Promise
                ? m.then((e) => (h && (h.issues = e.issues.length ? Wi(e.issues) : Hi), e))
                : (h && (h.issues = m.issues.length ? Wi(m.issues) : Hi), m);
            };
          (e._zod.parse = o), e._zod.run === t && (e._zod.run = o);
        });
    },
  };
function ta() {
  return ea;
}
function na(e, t) {
  const n = e[Vi]?.backEdges;
  return n !== void 0 && Ui(t) && n.has(t);
}
var ra = () => {
  const e = {
    string: { unit: `characters`, verb: `to have` },
    file: { unit: `bytes`, verb: `to have` },
    array: { unit: `items`, verb: `to have` },
    set: { unit: `items`, verb: `to have` },
    map: { unit: `entries`, verb: `to have` },
  };
  function t(t) {
    return e[t] ?? null;
  }
  const n = {
      regex: `input`,
      email: `email address`,
      url: `URL`,
      emoji: `emoji`,
      uuid: `UUID`,
      uuidv4: `UUIDv4`,
      uuidv6: `UUIDv6`,
      nanoid: `nanoid`,
      guid: `GUID`,
      cuid: `cuid`,
      cuid2: `cuid2`,
      ulid: `ULID`,
      xid: `XID`,
      ksuid: `KSUID`,
      datetime: `ISO datetime`,
      date: `ISO date`,
      time: `ISO time`,
      duration: `ISO duration`,
      ipv4: `IPv4 address`,
      ipv6: `IPv6 address`,
      mac: `MAC address`,
      cidrv4: `IPv4 range`,
      cidrv6: `IPv6 range`,
      base64: `base64-encoded string`,
      base64url: `base64url-encoded string`,
      json_string: `JSON string`,
      e164: `E.164 number`,
      currency_code: `currency code`,
      credit_card: `credit card number`,
      iban: `IBAN`,
      jwt: `JWT`,
      template_literal: `input`,
    },
    r = { nan: `NaN` };
  function i(e, t) {
    return e === `number` && typeof t == `number` && !Number.isFinite(t) ? String(t) : (r[e] ?? e);
  }
  return (e) => {
    switch (e.code) {
      case `invalid_type`:
        return `Invalid input: expected ${i(e.expected)}, received ${i(vt(e.input), e.input)}`;
      case `invalid_value`:
        return e.values.length === 1
          ? `Invalid input: expected ${Xe(e.values[0])}`
          : `Invalid option: expected one of ${De(e.values, `|`)}`;
      case `too_big`: {
        const n = e.exact ? `exactly ` : e.inclusive ? `<=` : `<`,
          r = t(e.origin);
        return r
          ? `Too big: expected ${e.origin ?? `value`} to have ${n}${e.maximum.toString()} ${r.unit ?? `elements`}`
          : `Too big: expected ${e.origin ?? `value`} to be ${n}${e.maximum.toString()}`;
      }
      case `too_small`: {
        const n = e.exact ? `exactly ` : e.inclusive ? `>=` : `>`,
          r = t(e.origin);
        return r
          ? `Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}`
          : `Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`;
      }
      case `invalid_format`: {
        const t = e;
        return t.format === `starts_with`
          ? `Invalid string: must start with "${t.prefix}"`
          : t.format === `ends_with`
            ? `Invalid string: must end with "${t.suffix}"`
            : t.format === `includes`
              ? `Invalid string: must include "${t.includes}"`
              : t.format === `regex`
                ? `Invalid string: must match pattern ${t.pattern}`
                : `Invalid ${n[t.format] ?? e.format}`;
      }
      case `not_multiple_of`:
        return `Invalid number: must be a multiple of ${e.divisor}`;
      case `unrecognized_keys`:
        return `Unrecognized key${e.keys.length > 1 ? `s` : ``}: ${De(e.keys, `, `)}`;
      case `invalid_key`:
        return `Invalid key in ${e.origin}`;
      case `invalid_union`:
        return e.options && Array.isArray(e.options) && e.options.length > 0
          ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(` | `)}`
          : e.inclusive === !1
            ? `Invalid input: more than one option matched`
            : `Invalid input`;
      case `invalid_element`:
        return `Invalid value in ${e.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function ia() {
  return { localeError: ra() };
}
var aa,
  oa = class {
    constructor() {
      (this._map = new WeakMap()), (this._idmap = new Map());
    }
    add(e, ...t) {
      const n = t[0];
      return this._map.set(e, n), n && typeof n == `object` && `id` in n && this._idmap.set(n.id, e), this;
    }
    clear() {
      return (this._map = new WeakMap()), (this._idmap = new Map()), this;
    }
    remove(e) {
      const t = this._map.get(e);
      return t && typeof t == `object` && `id` in t && this._idmap.delete(t.id), this._map.delete(e), this;
    }
    get(e) {
      const t = e._zod.parent;
      if (t) {
        const n = { ...(this.get(t) ?? {}) };
        delete n.id;
        const r = { ...n, ...this._map.get(e) };
        return Object.keys(r).length ? r : void 0;
      }
      return this._map.get(e);
    }
    has(e) {
      return this._map.has(e);
    }
  };
function sa() {
  return new oa();
}
(aa = globalThis).__zod_globalRegistry ?? (aa.__zod_globalRegistry = sa());
var ca = globalThis.__zod_globalRegistry;
function la(e) {
  return (e.checks &&= [...e.checks]), e;
}
function ua(e, t) {
  return new e(la({ type: `string`, ...k(t) }));
}
function da(e, t) {
  return new e({ type: `string`, format: `email`, check: `string_format`, abort: !1, ...k(t) });
}
function fa(e, t) {
  return new e({ type: `string`, format: `guid`, check: `string_format`, abort: !1, ...k(t) });
}
function pa(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, ...k(t) });
}
function ma(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v4`, ...k(t) });
}
function ha(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v6`, ...k(t) });
}
function ga(e, t) {
  return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, version: `v7`, ...k(t) });
}
function _a(e, t) {
  return new e({ type: `string`, format: `url`, check: `string_format`, abort: !1, ...k(t) });
}
function va(e, t) {
  return new e({ type: `string`, format: `emoji`, check: `string_format`, abort: !1, ...k(t) });
}
function ya(e, t) {
  return new e({ type: `string`, format: `nanoid`, check: `string_format`, abort: !1, ...k(t) });
}
function ba(e, t) {
  return new e({ type: `string`, format: `cuid`, check: `string_format`, abort: !1, ...k(t) });
}
function xa(e, t) {
  return new e({ type: `string`, format: `cuid2`, check: `string_format`, abort: !1, ...k(t) });
}
function Sa(e, t) {
  return new e({ type: `string`, format: `ulid`, check: `string_format`, abort: !1, ...k(t) });
}
function Ca(e, t) {
  return new e({ type: `string`, format: `xid`, check: `string_format`, abort: !1, ...k(t) });
}
function wa(e, t) {
  return new e({ type: `string`, format: `ksuid`, check: `string_format`, abort: !1, ...k(t) });
}
function Ta(e, t) {
  return new e({ type: `string`, format: `ipv4`, check: `string_format`, abort: !1, ...k(t) });
}
function Ea(e, t) {
  return new e({ type: `string`, format: `ipv6`, check: `string_format`, abort: !1, ...k(t) });
}
function Da(e, t) {
  return new e({ type: `string`, format: `cidrv4`, check: `string_format`, abort: !1, ...k(t) });
}
function Oa(e, t) {
  return new e({ type: `string`, format: `cidrv6`, check: `string_format`, abort: !1, ...k(t) });
}
function ka(e, t) {
  return new e({ type: `string`, format: `base64`, check: `string_format`, abort: !1, ...k(t) });
}
function Aa(e, t) {
  return new e({ type: `string`, format: `base64url`, check: `string_format`, abort: !1, ...k(t) });
}
function ja(e, t) {
  return new e({ type: `string`, format: `e164`, check: `string_format`, abort: !1, ...k(t) });
}
function Ma(e, t) {
  return new e({ type: `string`, format: `jwt`, check: `string_format`, abort: !1, ...k(t) });
}
function Na(e, t) {
  return new e({
    type: `string`,
    format: `datetime`,
    check: `string_format`,
    offset: !1,
    local: !1,
    precision: null,
    ...k(t),
  });
}
function Pa(e, t) {
  return new e({ type: `string`, format: `date`, check: `string_format`, ...k(t) });
}
function Fa(e, t) {
  return new e({ type: `string`, format: `time`, check: `string_format`, precision: null, ...k(t) });
}
function Ia(e, t) {
  return new e({ type: `string`, format: `duration`, check: `string_format`, ...k(t) });
}
function La(e, t) {
  return new e(la({ type: `number`, checks: [], ...k(t) }));
}
function Ra(e, t) {
  return new e({ type: `number`, check: `number_format`, abort: !1, format: `safeint`, ...k(t) });
}
function za(e, t) {
  return new e({ type: `boolean`, ...k(t) });
}
function Ba(e) {
  return new e({ type: `unknown` });
}
function Va(e, t) {
  return new e({ type: `never`, ...k(t) });
}
function Ha(e, t) {
  return new e({ type: `date`, ...k(t) });
}
function Ua(e, t) {
  return new Jn({ check: `less_than`, ...k(t), value: e, inclusive: !1 });
}
function Wa(e, t) {
  return new Jn({ check: `less_than`, ...k(t), value: e, inclusive: !0 });
}
function Ga(e, t) {
  return new Yn({ check: `greater_than`, ...k(t), value: e, inclusive: !1 });
}
function Ka(e, t) {
  return new Yn({ check: `greater_than`, ...k(t), value: e, inclusive: !0 });
}
function qa(e, t) {
  return new Xn({ check: `multiple_of`, ...k(t), value: e });
}
function Ja(e, t) {
  return new Qn({ check: `max_length`, ...k(t), maximum: e });
}
function Ya(e, t) {
  return new $n({ check: `min_length`, ...k(t), minimum: e });
}
function Xa(e, t) {
  return new er({ check: `length_equals`, ...k(t), length: e });
}
function Za(e, t) {
  return new nr({ check: `string_format`, format: `regex`, ...k(t), pattern: e });
}
function Qa(e) {
  return new rr({ check: `string_format`, format: `lowercase`, ...k(e) });
}
function $a(e) {
  return new ir({ check: `string_format`, format: `uppercase`, ...k(e) });
}
function eo(e, t) {
  return new ar({ check: `string_format`, format: `includes`, ...k(t), includes: e });
}
function to(e, t) {
  return new or({ check: `string_format`, format: `starts_with`, ...k(t), prefix: e });
}
function no(e, t) {
  return new sr({ check: `string_format`, format: `ends_with`, ...k(t), suffix: e });
}
function ro(e) {
  return new cr({ check: `overwrite`, tx: e });
}
function io(e) {
  return ro((t) => t.normalize(e));
}
function ao() {
  return ro((e) => e.trim());
}
function oo() {
  return ro((e) => e.toLowerCase());
}
function so() {
  return ro((e) => e.toUpperCase());
}
function co() {
  return ro((e) => Ve(e));
}
function lo(e, t, n) {
  return new e({ type: `array`, element: t, ...k(n) });
}
function uo(e, t, n) {
  return new e({ type: `custom`, check: `custom`, fn: t, ...k(n) });
}
function fo(e, t) {
  const n = po(
    (t) => (
      (t.addIssue = (e) => {
        if (typeof e == `string`) t.issues.push(yt(e, t.value, n._zod.def));
        else {
          const r = e;
          r.fatal && (r.continue = !1),
            (r.code ??= `custom`),
            `input` in r || (r.input = t.value),
            (r.inst ??= n),
            (r.continue ??= !n._zod.def.abort),
            t.issues.push(yt(r));
        }
      }),
      e(t.value, t)
    ),
    t,
  );
  return n;
}
function po(e, t) {
  const n = new I({ check: `custom`, ...k(t) });
  return (n._zod.check = e), n;
}
function mo(e, ...t) {
  for (const n of t)
    for (const t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && Pe(e, t, n[t]);
  return e;
}
function ho(e) {
  let t = e?.target ?? `draft-2020-12`;
  return (
    t === `draft-4` && (t = `draft-04`),
    t === `draft-7` && (t = `draft-07`),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? ca,
      target: t,
      unrepresentable: e?.unrepresentable ?? `throw`,
      override: e?.override ?? (() => {}),
      io: e?.io ?? `output`,
      counter: 0,
      seen: new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: e?.cycles ?? `ref`,
      reused: e?.reused ?? `inline`,
      intersections: [],
      deferred: [],
      external: e?.external ?? void 0,
    }
  );
}
function z(e, t, n, r, i) {
  const a =
    typeof t.unrepresentable == `function`
      ? t.unrepresentable({ zodSchema: e, path: r.path, message: i })
      : t.unrepresentable;
  if (a === `any`) return !1;
  if (a === void 0 || a === `throw`) throw Error(i);
  return Object.assign(n, a), !0;
}
function B(e, t, n = { path: [], schemaPath: [] }) {
  var r;
  const i = e._zod.def,
    a = t.seen.get(e);
  if (a) return a.count++, n.schemaPath.includes(e) && (a.cycle = n.path), a.schema;
  const o = { schema: {}, count: 1, cycle: void 0, path: n.path };
  t.seen.set(e, o), (t.sharedDefsExtractedFor = void 0), (t.sharedEmitDoneFor = void 0);
  const s = e._zod.toJSONSchema?.();
  if (s) o.schema = s;
  else {
    const r = { ...n, schemaPath: [...n.schemaPath, e], path: n.path };
    if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, o.schema, r);
    else {
      const n = o.schema,
        a = t.processors[i.type];
      if (!a) throw Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
      a(e, t, n, r);
    }
    const a = e._zod.parent;
    a && ((o.ref ||= a), B(a, t, r), (t.seen.get(a).isParent = !0));
  }
  const c = t.metadataRegistry.get(e);
  return (
    c && mo(o.schema, c),
    t.io === `input` && V(e) && (delete o.schema.examples, delete o.schema.default),
    t.io === `input` &&
      `_prefault` in o.schema &&
      ((r = o.schema).default ?? (r.default = o.schema._prefault)),
    delete o.schema._prefault,
    t.seen.get(e).schema
  );
}
function go(e) {
  return e.replace(/~/g, `~0`).replace(/\//g, `~1`);
}
function _o(e, t) {
  const n = e.seen.get(t);
  if (!n) throw Error(`Unprocessed schema. This is a bug in Zod.`);
  if (e.external && e.sharedDefsExtractedFor === e.external) return;
  const r = new Map();
  for (const t of e.seen.entries()) {
    const n = e.metadataRegistry.get(t[0])?.id;
    if (n) {
      const e = r.get(n);
      if (e && e !== t[0])
        throw Error(
          `Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      r.set(n, t[0]);
    }
  }
  const i = (t) => {
      const r = e.target === `draft-2020-12` ? `$defs` : `definitions`;
      if (e.external) {
        const n = e.external.registry.get(t[0])?.id,
          i = e.external.uri ?? ((e) => e);
        if (n) return { ref: i(n) };
        const a = t[1].defId ?? t[1].schema.id ?? `schema${e.counter++}`;
        return (t[1].defId = a), { defId: a, ref: `${i(`__shared`)}#/${r}/${go(a)}` };
      }
      const i = `#/${r}/`;
      if (t[1] === n && !t[1].schema.id) return { ref: `#` };
      const a = t[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: a, ref: i + go(a) };
    },
    a = (e) => {
      if (e[1].schema.$ref) return;
      const t = e[1],
        { ref: n, defId: r } = i(e);
      (t.def = { ...t.schema }), r && (t.defId = r);
      const a = t.schema;
      for (const e in a) delete a[e];
      a.$ref = n;
    };
  if (e.cycles === `throw`)
    for (const t of e.seen.entries()) {
      const e = t[1];
      if (e.cycle)
        throw Error(`Cycle detected: #/${e.cycle?.join(`/`)}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (const n of e.seen.entries()) {
    const r = n[1];
    if (t === n[0]) a(n);
    else {
      if (e.external) {
        const r = e.external.registry.get(n[0])?.id;
        if (t !== n[0] && r) {
          a(n);
          continue;
        }
      }
      (e.metadataRegistry.get(n[0])?.id || r.cycle || (r.count > 1 && e.reused === `ref`)) && a(n);
    }
  }
  e.external && (e.sharedDefsExtractedFor = e.external);
}
function vo(e) {
  const t = e.anyOf;
  if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
  const n = [];
  for (const e of t) {
    if (!e || typeof e != `object`) return;
    vo(e);
    const t = Object.keys(e);
    if (t.length !== 1 || t[0] !== `type`) return;
    const r = e.type;
    for (const e of Array.isArray(r) ? r : [r]) {
      if (typeof e != `string`) return;
      n.includes(e) || n.push(e);
    }
  }
  delete e.anyOf, (e.type = n.length === 1 ? n[0] : n);
}
var yo = new Set([`type`, `properties`, `required`, `additionalProperties`]),
  bo = [`oneOf`, `anyOf`];
function xo(e) {
  const t = e.additionalProperties;
  return t === void 0 || t === !1 || typeof t != `object` || !t ? null : Object.keys(t).length ? t : null;
}
function So(e) {
  const t = [];
  for (const n of e) {
    if (typeof n != `object` || n.type !== `object`) return null;
    for (const e in n) if (!yo.has(e)) return null;
    t.push(n);
  }
  const n = {},
    r = new Set();
  for (const e of t) {
    for (const r in e.properties) {
      if (Object.hasOwn(n, r)) continue;
      const e = [];
      for (const n of t) {
        const t = n.properties?.[r] ?? xo(n);
        t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
      }
      Pe(n, r, e.length === 1 ? e[0] : (So(e) ?? { allOf: e }));
    }
    for (const t of e.required ?? []) r.add(t);
  }
  const i = { type: `object`, properties: n };
  if ((r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1)))
    i.additionalProperties = !1;
  else {
    const e = [];
    for (const n of t) {
      const t = xo(n);
      t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
    }
    e.length === 1
      ? (i.additionalProperties = e[0])
      : e.length > 1 && (i.additionalProperties = { allOf: e });
  }
  return i;
}
function Co(e) {
  const t = e.allOf;
  if (!Array.isArray(t) || t.length < 2) return;
  for (const t of yo) if (t in e) return;
  let n = t.filter((e) => bo.some((t) => Array.isArray(e[t]))),
    r = null;
  if (!n.length) r = So(t);
  else {
    const e = n[0],
      i = bo.find((t) => Array.isArray(e[t]));
    if (Object.keys(e).length !== 1) return;
    const a = t.filter((t) => t !== e),
      o = e[i].map((e) => So([...a, e]));
    if (o.some((e) => !e)) return;
    r = { [i]: o };
  }
  r && (delete e.allOf, mo(e, r));
}
function wo(e, t) {
  const n = e.seen.get(t);
  if (!n) throw Error(`Unprocessed schema. This is a bug in Zod.`);
  const r = (t) => {
    const n = e.seen.get(t);
    if (n.ref === null) return;
    const i = n.def ?? n.schema,
      a = { ...i },
      o = n.ref;
    if (((n.ref = null), o)) {
      r(o);
      const n = e.seen.get(o),
        s = n.schema;
      if (
        (s.$ref && (e.target === `draft-07` || e.target === `draft-04` || e.target === `openapi-3.0`)
          ? ((i.allOf = i.allOf ?? []), i.allOf.push(s))
          : mo(i, s),
        mo(i, a),
        t._zod.parent === o)
      )
        for (const e in i) e !== `$ref` && e !== `allOf` && (e in a || delete i[e]);
      if (s.$ref && n.def)
        for (const e in i)
          e !== `$ref` &&
            e !== `allOf` &&
            e in n.def &&
            JSON.stringify(i[e]) === JSON.stringify(n.def[e]) &&
            delete i[e];
    }
    const s = t._zod.parent;
    if (s && s !== o) {
      r(s);
      const t = e.seen.get(s);
      if (t?.schema.$ref && ((i.$ref = t.schema.$ref), t.def))
        for (const e in i)
          e !== `$ref` &&
            e !== `allOf` &&
            e in t.def &&
            JSON.stringify(i[e]) === JSON.stringify(t.def[e]) &&
            delete i[e];
    }
    e.override({ zodSchema: t, jsonSchema: i, path: n.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (const t of [...e.seen.entries()].reverse()) r(t[0]);
    if (e.target !== `openapi-3.0`) for (const t of e.seen.entries()) vo(t[1].def ?? t[1].schema);
    for (const t of e.deferred) t();
    if (e.intersections.length) {
      const t = new Map();
      for (const n of e.seen.values())
        for (const e of [n.schema, n.def]) {
          const n = e?.allOf;
          if (!Array.isArray(n)) continue;
          const r = t.get(n);
          r ? r.push(e) : t.set(n, [e]);
        }
      for (const n of e.intersections) for (const e of t.get(n) ?? []) Co(e);
    }
  }
  const i = {};
  if (
    (e.target === `draft-2020-12`
      ? (i.$schema = `https://json-schema.org/draft/2020-12/schema`)
      : e.target === `draft-07`
        ? (i.$schema = `http://json-schema.org/draft-07/schema#`)
        : e.target === `draft-04`
          ? (i.$schema = `http://json-schema.org/draft-04/schema#`)
          : e.target,
    e.external?.uri)
  ) {
    const n = e.external.registry.get(t)?.id;
    if (!n) throw Error('Schema is missing an `id` property');
    i.$id = e.external.uri(n);
  }
  mo(i, n.defId ? n.schema : (n.def ?? n.schema));
  const a = e.metadataRegistry.get(t)?.id;
  a !== void 0 && i.id === a && delete i.id;
  const o = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (const t of e.seen.entries()) {
      const e = t[1];
      e.def && e.defId && (e.def.id === e.defId && delete e.def.id, Pe(o, e.defId, e.def));
    }
  e.external && (e.sharedEmitDoneFor = e.external),
    e.external ||
      (Object.keys(o).length > 0 && (e.target === `draft-2020-12` ? (i.$defs = o) : (i.definitions = o)));
  try {
    const n = JSON.parse(JSON.stringify(i));
    return (
      Object.defineProperty(n, '~standard', {
        value: {
          ...t[`~standard`],
          jsonSchema: { input: Eo(t, `input`, e.processors), output: Eo(t, `output`, e.processors) },
        },
        enumerable: !1,
        writable: !1,
      }),
      n
    );
  } catch {
    throw Error(`Error converting schema to JSON.`);
  }
}
function V(e, t) {
  const n = t ?? { seen: new Set() };
  if (n.seen.has(e)) return !1;
  n.seen.add(e);
  const r = e._zod.def;
  if (r.type === `transform`) return !0;
  if (r.type === `array`) return V(r.element, n);
  if (r.type === `set`) return V(r.valueType, n);
  if (r.type === `lazy`) return V(r.getter(), n);
  if (
    r.type === `promise` ||
    r.type === `optional` ||
    r.type === `nonoptional` ||
    r.type === `nullable` ||
    r.type === `readonly` ||
    r.type === 'default' ||
    r.type === `prefault` ||
    r.type === `catch`
  )
    return V(r.innerType, n);
  if (r.type === `intersection`) return V(r.left, n) || V(r.right, n);
  if (r.type === `record` || r.type === `map`) return V(r.keyType, n) || V(r.valueType, n);
  if (r.type === `pipe`) return e._zod.traits.has(`$ZodCodec`) ? !0 : V(r.in, n) || V(r.out, n);
  if (r.type === `object`) {
    for (const e in r.shape) if (V(r.shape[e], n)) return !0;
    return !1;
  }
  if (r.type === `union`) {
    for (const e of r.options) if (V(e, n)) return !0;
    return !1;
  }
  if (r.type === `tuple`) {
    for (const e of r.items) if (V(e, n)) return !0;
    return !!(r.rest && V(r.rest, n));
  }
  return !1;
}
var To =
    (e, t = {}) =>
    (n) => {
      const r = ho({ ...n, processors: t });
      return B(e, r), _o(r, e), wo(r, e);
    },
  Eo =
    (e, t, n = {}) =>
    (r) => {
      const { libraryOptions: i, target: a } = r ?? {},
        o = ho({ ...(i ?? {}), target: a, io: t, processors: n });
      return B(e, o), _o(o, e), wo(o, e);
    },
  Do = (e, t, n) => {
    (e[t] === void 0 || n > e[t]) && (e[t] = n);
  },
  Oo = (e, t, n) => {
    (e[t] === void 0 || n < e[t]) && (e[t] = n);
  },
  ko = (e, t) => {
    Do(e, `minimum`, t), Oo(e, `maximum`, t);
  },
  Ao = (e, t) => {
    (e.multipleOf ??= []), e.multipleOf.includes(t) || e.multipleOf.push(t);
  },
  jo = (e, t) => {
    (e.patterns ??= new Set()), e.patterns.add(t);
  },
  Mo = (e, t) => {
    e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
  },
  No = (e, t) => {
    (e.format = t), t.includes(`int`) && (e.isInt = !0);
  },
  Po = (e, t) => Do(e, `minimum`, t.minimum),
  Fo = (e, t) => Oo(e, `maximum`, t.maximum),
  Io = (e) => (t, n) => {
    No(t, n.format);
    const [r, i] = e[n.format];
    Do(t, `minimum`, r), Oo(t, `maximum`, i);
  },
  Lo = {
    greater_than: (e, t) => Do(e, t.inclusive ? `minimum` : `exclusiveMinimum`, t.value),
    less_than: (e, t) => Oo(e, t.inclusive ? `maximum` : `exclusiveMaximum`, t.value),
    multiple_of: (e, t) => Ao(e, t.value),
    number_format: Io(Qe),
    bigint_format: Io($e),
    min_length: Po,
    max_length: Fo,
    length_equals: (e, t) => ko(e, t.length),
    min_size: Po,
    max_size: Fo,
    size_equals: (e, t) => ko(e, t.size),
    string_format: (e, t) => {
      No(e, t.format),
        t.pattern && jo(e, t.pattern),
        (t.format === `base64` || t.format === `base64url`) && (e.contentEncoding = t.format),
        (t.local || t.precision === -1) && (e.laxFormat = !0);
    },
    mime_type: (e, t) => Mo(e, t.mime),
  };
function H(e) {
  const t = {},
    n = e._zod.def,
    r = e._zod.traits.has(`$ZodCheck`) ? [e, ...(n.checks ?? [])] : (n.checks ?? []);
  for (const e of r) Lo[e._zod.def.check]?.(t, e._zod.def);
  const i = e._zod.bag;
  i.minimum !== void 0 && Do(t, `minimum`, i.minimum),
    i.exclusiveMinimum !== void 0 && Do(t, `exclusiveMinimum`, i.exclusiveMinimum),
    i.maximum !== void 0 && Oo(t, `maximum`, i.maximum),
    i.exclusiveMaximum !== void 0 && Oo(t, `exclusiveMaximum`, i.exclusiveMaximum),
    i.multipleOf !== void 0 && Ao(t, i.multipleOf),
    i.format !== void 0 && ((t.format ??= i.format), i.format.includes(`int`) && (t.isInt = !0)),
    i.mime && Mo(t, i.mime);
  for (const e of i.patterns ?? []) jo(t, e);
  return t;
}
var Ro = { guid: `uuid`, url: `uri`, datetime: `date-time`, json_string: `json-string`, regex: `` },
  zo = new Map([
    [Gr, jn],
    [qr, Mn],
  ]),
  Bo = (e) => zo.get(e) ?? e,
  Vo = (e, t, n, r) => {
    const i = n;
    i.type = `string`;
    const { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = H(e);
    if (
      (typeof a == `number` && (i.minLength = a),
      typeof o == `number` && (i.maxLength = o),
      s &&
        ((i.format = Ro[s] ?? s), i.format === `` && delete i.format, (s === `time` || u) && delete i.format),
      l && (i.contentEncoding = l),
      c && c.size > 0)
    ) {
      const e = [...c].map(Bo);
      e.length === 1
        ? (i.pattern = e[0].source)
        : e.length > 1 &&
          (i.allOf = [
            ...e.map((e) => ({
              ...(t.target === `draft-07` || t.target === `draft-04` || t.target === `openapi-3.0`
                ? { type: `string` }
                : {}),
              pattern: e.source,
            })),
          ]);
    }
  },
  Ho = (e, t, n, r) => {
    const i = n,
      { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = H(e);
    i.type = u ? `integer` : `number`;
    const d = typeof l == `number` && l >= (a ?? -1 / 0),
      f = typeof c == `number` && c <= (o ?? 1 / 0),
      p = t.target === `draft-04` || t.target === `openapi-3.0`;
    if (
      (d
        ? p
          ? ((i.minimum = l), (i.exclusiveMinimum = !0))
          : (i.exclusiveMinimum = l)
        : typeof a == `number` && (i.minimum = a),
      f
        ? p
          ? ((i.maximum = c), (i.exclusiveMaximum = !0))
          : (i.exclusiveMaximum = c)
        : typeof o == `number` && (i.maximum = o),
      s)
    ) {
      const n = new Set();
      for (const a of s)
        Number.isFinite(a) && a !== 0
          ? n.add(Math.abs(a))
          : z(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
      const [a, ...o] = n;
      a !== void 0 && (i.multipleOf = a),
        o.length && (i.allOf = [...(i.allOf ?? []), ...o.map((e) => ({ multipleOf: e }))]);
    }
  },
  Uo = (e, t, n, r) => {
    n.type = `boolean`;
  },
  Wo = (e, t, n, r) => {
    n.not = {};
  },
  Go = (e, t, n, r) => {
    z(e, t, n, r, `Date cannot be represented in JSON Schema`);
  },
  Ko = (e, t, n, r) => {
    const i = e._zod.def,
      a = Ee(i.entries);
    a.length === 0
      ? (n.not = {})
      : (a.every((e) => typeof e == `number`) && (n.type = `number`),
        a.every((e) => typeof e == `string`) && (n.type = `string`),
        (n.enum = a));
  },
  qo = (e, t, n, r) => {
    const i = e._zod.def;
    if (i.values.length === 0) {
      n.not = {};
      return;
    }
    const a = [];
    for (const o of i.values)
      if (o === void 0) {
        if (z(e, t, n, r, 'Literal `undefined` cannot be represented in JSON Schema')) return;
      } else if (typeof o == `bigint`) {
        if (z(e, t, n, r, `BigInt literals cannot be represented in JSON Schema`)) return;
        a.push(Number(o));
      } else a.push(o);
    if (a.length !== 0) {
      if (a.length === 1) {
        const e = a[0];
        (n.type = e === null ? `null` : typeof e),
          t.target === `draft-04` || t.target === `openapi-3.0` ? (n.enum = [e]) : (n.const = e);
      } else
        a.every((e) => typeof e == `number`) && (n.type = `number`),
          a.every((e) => typeof e == `string`) && (n.type = `string`),
          a.every((e) => typeof e == `boolean`) && (n.type = `boolean`),
          a.every((e) => e === null) && (n.type = `null`),
          (n.enum = a);
    }
  },
  Jo = (e, t, n, r) => {
    z(e, t, n, r, `Custom types cannot be represented in JSON Schema`);
  },
  Yo = (e, t, n, r) => {
    z(e, t, n, r, `Transforms cannot be represented in JSON Schema`);
  },
  Xo = (e, t, n, r) => {
    const i = n,
      a = e._zod.def,
      { minimum: o, maximum: s } = H(e);
    typeof o == `number` && (i.minItems = o),
      typeof s == `number` && (i.maxItems = s),
      (i.type = `array`),
      (i.items = B(a.element, t, { ...r, path: [...r.path, `items`] }));
  };
function Zo(e) {
  const t = e._zod.def;
  return t.type === `pipe` && t.in._zod.traits.has(`$ZodTransform`)
    ? Zo(t.out)
    : t.type === `catch`
      ? Zo(t.innerType)
      : e._zod.optin;
}
var Qo = (e, t, n, r) => {
    const i = n,
      a = e._zod.def,
      o = a.shape;
    if (
      Object.getOwnPropertySymbols(o).length &&
      z(e, t, i, r, `Symbol keys cannot be represented in JSON Schema`)
    )
      return;
    (i.type = `object`), (i.properties = {});
    for (const e in o) Pe(i.properties, e, B(o[e], t, { ...r, path: [...r.path, `properties`, e] }));
    const s = [];
    for (const e of Object.keys(o)) {
      const n = a.shape[e];
      (t.io === `input` ? Zo(n) === void 0 : n._zod.optout === void 0) && s.push(e);
    }
    s.length > 0 && (i.required = s),
      a.catchall?._zod.def.type === `never`
        ? (i.additionalProperties = !1)
        : a.catchall
          ? a.catchall &&
            (i.additionalProperties = B(a.catchall, t, { ...r, path: [...r.path, `additionalProperties`] }))
          : t.io === `output` && (i.additionalProperties = !1);
  },
  $o = (e, t, n, r) => {
    const i = e._zod.def,
      a = i.inclusive === !1,
      o = i.options.map((e, n) => B(e, t, { ...r, path: [...r.path, a ? `oneOf` : `anyOf`, n] }));
    a ? (n.oneOf = o) : (n.anyOf = o);
  },
  es = (e, t, n, r) => {
    const i = e._zod.def,
      a = B(i.left, t, { ...r, path: [...r.path, `allOf`, 0] }),
      o = B(i.right, t, { ...r, path: [...r.path, `allOf`, 1] }),
      s = (e) => `allOf` in e && Object.keys(e).length === 1,
      c = [...(s(a) ? a.allOf : [a]), ...(s(o) ? o.allOf : [o])];
    (n.allOf = c), t.intersections.push(c);
  },
  ts = (e, t, n, r) => {
    const i = e._zod.def,
      a = B(i.innerType, t, r),
      o = t.seen.get(e);
    t.target === `openapi-3.0`
      ? ((o.ref = i.innerType), (n.nullable = !0))
      : (n.anyOf = [a, { type: `null` }]);
  },
  ns = (e, t, n, r) => {
    const i = e._zod.def;
    B(i.innerType, t, r);
    const a = t.seen.get(e);
    a.ref = i.innerType;
  },
  rs = Symbol();
function is(e, t, n, r, i) {
  let a = !1,
    o = JSON.stringify(e, (e, t) => (typeof t == `bigint` ? ((a = !0), null) : t));
  return a ? (z(t, n, r, i, `BigInt defaults cannot be represented in JSON Schema`), rs) : JSON.parse(o);
}
var as = (e, t, n, r) => {
    const i = e._zod.def;
    B(i.innerType, t, r);
    const a = t.seen.get(e);
    a.ref = i.innerType;
    const o = is(i.defaultValue, e, t, n, r);
    o !== rs && (n.default = o);
  },
  os = (e, t, n, r) => {
    const i = e._zod.def;
    B(i.innerType, t, r);
    const a = t.seen.get(e);
    if (((a.ref = i.innerType), t.io !== `input`)) return;
    const o = is(i.defaultValue, e, t, n, r);
    o !== rs && (n._prefault = o);
  },
  ss = (e, t, n, r) => {
    const i = e._zod.def;
    B(i.innerType, t, r);
    const a = t.seen.get(e);
    a.ref = i.innerType;
    let o;
    try {
      o = i.catchValue(void 0);
    } catch {
      z(e, t, n, r, `Dynamic catch values are not supported in JSON Schema`);
      return;
    }
    n.default = o;
  },
  cs = (e, t, n, r) => {
    const i = e._zod.def,
      a = i.in._zod.traits.has(`$ZodTransform`),
      o = t.io === `input` ? (a ? i.out : i.in) : i.out;
    B(o, t, r);
    const s = t.seen.get(e);
    s.ref = o;
  },
  ls = (e, t, n, r) => {
    const i = e._zod.def;
    B(i.innerType, t, r);
    const a = t.seen.get(e);
    (a.ref = i.innerType), (n.readOnly = !0);
  },
  us = (e, t, n, r) => {
    const i = e._zod.def;
    B(i.innerType, t, r);
    const a = t.seen.get(e);
    a.ref = i.innerType;
  },
  ds = new WeakSet([Object.prototype, Error.prototype]);
function fs(e, t, n) {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    get() {
      const e = n(this);
      return Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 }), e;
    },
    set(e) {
      Object.defineProperty(this, t, { value: e, configurable: !0, writable: !0 });
    },
  });
}
var U = N(
    `ZodError`,
    (e, t) => {
      Ht.init(e, t), (e.name = `ZodError`);
      const n = Object.getPrototypeOf(e);
      ds.has(n) ||
        (ds.add(n),
        fs(n, `format`, (e) => (t) => Gt(e, t)),
        fs(n, `flatten`, (e) => (t) => Wt(e, t)),
        fs(n, `addIssue`, (e) => (t) => {
          e.issues.push(t), (e.message = JSON.stringify(e.issues, Oe, 2));
        }),
        fs(n, `addIssues`, (e) => (t) => {
          e.issues.push(...t), (e.message = JSON.stringify(e.issues, Oe, 2));
        }),
        Object.defineProperty(n, 'isEmpty', {
          configurable: !0,
          enumerable: !1,
          get() {
            return this.issues.length === 0;
          },
        }));
    },
    void 0,
    { Parent: Error },
  ),
  ps = Yt(U),
  ms = Xt(U),
  hs = Zt(U),
  gs = $t(U),
  _s = on(U),
  vs = sn(U),
  ys = cn(U),
  bs = ln(U),
  xs = un(U),
  Ss = dn(U),
  Cs = fn(U),
  ws = pn(U);
function Ts() {
  P.localeError || F(ia());
}
function Es() {
  P.memoizer || F({ memoizer: ta() });
}
var W = N(`ZodType`, (e, t) => (Ts(), L.init(e, t), (e.def = t), (e.type = t.type), e), {
    check(...e) {
      const t = this.def;
      return this.clone(
        O(t, {
          checks: [
            ...(t.checks ?? []),
            ...e.map((e) =>
              typeof e == `function` ? { _zod: { check: e, def: { check: `custom` }, onattach: [] } } : e,
            ),
          ],
        }),
        { parent: !0 },
      );
    },
    with(...e) {
      return this.check(...e);
    },
    clone(e, t) {
      return Ye(this, e, t);
    },
    brand() {
      return this;
    },
    register(e, t) {
      return e.add(this, t), this;
    },
    refine(e, t) {
      return this.check(Gc(e, t));
    },
    superRefine(e, t) {
      return this.check(Kc(e, t));
    },
    overwrite(e) {
      return this.check(ro(e));
    },
    optional() {
      return Dc(this);
    },
    exactOptional() {
      return kc(this);
    },
    nullable() {
      return jc(this);
    },
    nullish() {
      return Dc(jc(this));
    },
    nonoptional(e) {
      return Lc(this, e);
    },
    array() {
      return fc(this);
    },
    or(e) {
      return vc([this, e]);
    },
    and(e) {
      return bc(this, e);
    },
    transform(e) {
      return Vc(this, Tc(e));
    },
    default(e) {
      return Nc(this, e);
    },
    prefault(e) {
      return Fc(this, e);
    },
    catch(e) {
      return zc(this, e);
    },
    pipe(e) {
      return Vc(this, e);
    },
    readonly() {
      return Uc(this);
    },
    describe(e) {
      const t = this.clone();
      return ca.add(t, { description: e }), t;
    },
    meta(...e) {
      if (e.length === 0) return ca.get(this);
      const t = this.clone();
      return ca.add(t, e[0]), t;
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(e, ...t) {
      return t.length === 0 ? e(this) : e(this, ...t);
    },
    get '~standard'() {
      return xt(this, `~standard`, {
        ...pr(this),
        jsonSchema: { input: Eo(this, `input`), output: Eo(this, `output`) },
      });
    },
    set '~standard'(e) {
      j(this, `~standard`, e);
    },
    parse: function e(t, n) {
      return ps(this, t, n, { callee: e });
    },
    parseAsync: async function e(t, n) {
      return await ms(this, t, n, { callee: e });
    },
    safeParse(e, t) {
      return hs(this, e, t);
    },
    async safeParseAsync(e, t) {
      return gs(this, e, t);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      j(this, `spa`, e);
    },
    validate(e, t) {
      return nn(this, e, t);
    },
    validateAsync(e, t) {
      return an(this, e, t);
    },
    encode: function e(t, n) {
      return _s(this, t, n, { callee: e });
    },
    decode: function e(t, n) {
      return vs(this, t, n, { callee: e });
    },
    encodeAsync: async function e(t, n) {
      return await ys(this, t, n, { callee: e });
    },
    decodeAsync: async function e(t, n) {
      return await bs(this, t, n, { callee: e });
    },
    safeEncode(e, t) {
      return xs(this, e, t);
    },
    safeDecode(e, t) {
      return Ss(this, e, t);
    },
    async safeEncodeAsync(e, t) {
      return Cs(this, e, t);
    },
    async safeDecodeAsync(e, t) {
      return ws(this, e, t);
    },
    toJSONSchema(e) {
      return To(this, {})(e);
    },
    get description() {
      return ca.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  Ds = N(
    `_ZodString`,
    (e, t) => {
      mr.init(e, t), W.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Vo(e, t, n, r));
    },
    St(
      {
        format: (e) => H(e).format ?? null,
        minLength: (e) => H(e).minimum ?? null,
        maxLength: (e) => H(e).maximum ?? null,
      },
      {
        regex(...e) {
          return this.check(Za(...e));
        },
        includes(...e) {
          return this.check(eo(...e));
        },
        startsWith(...e) {
          return this.check(to(...e));
        },
        endsWith(...e) {
          return this.check(no(...e));
        },
        min(...e) {
          return this.check(Ya(...e));
        },
        max(...e) {
          return this.check(Ja(...e));
        },
        length(...e) {
          return this.check(Xa(...e));
        },
        nonempty(...e) {
          return this.check(Ya(1, ...e));
        },
        lowercase(e) {
          return this.check(Qa(e));
        },
        uppercase(e) {
          return this.check($a(e));
        },
        trim() {
          return this.check(ao());
        },
        normalize(...e) {
          return this.check(io(...e));
        },
        toLowerCase() {
          return this.check(oo());
        },
        toUpperCase() {
          return this.check(so());
        },
        slugify() {
          return this.check(co());
        },
      },
    ),
  ),
  Os = N(
    `ZodString`,
    (e, t) => {
      mr.init(e, t), Ds.init(e, t);
    },
    {
      email(e) {
        return this.check(da(Ps, e));
      },
      url(e) {
        return this.check(_a(Rs, e));
      },
      jwt(e) {
        return this.check(Ma($s, e));
      },
      emoji(e) {
        return this.check(va(zs, e));
      },
      guid(e) {
        return this.check(fa(Is, e));
      },
      uuid(e) {
        return this.check(pa(Ls, e));
      },
      uuidv4(e) {
        return this.check(ma(Ls, e));
      },
      uuidv6(e) {
        return this.check(ha(Ls, e));
      },
      uuidv7(e) {
        return this.check(ga(Ls, e));
      },
      nanoid(e) {
        return this.check(ya(Bs, e));
      },
      cuid(e) {
        return this.check(ba(Vs, e));
      },
      cuid2(e) {
        return this.check(xa(Hs, e));
      },
      ulid(e) {
        return this.check(Sa(Us, e));
      },
      base64(e) {
        return this.check(ka(Xs, e));
      },
      base64url(e) {
        return this.check(Aa(Zs, e));
      },
      xid(e) {
        return this.check(Ca(Ws, e));
      },
      ksuid(e) {
        return this.check(wa(Gs, e));
      },
      ipv4(e) {
        return this.check(Ta(Ks, e));
      },
      ipv6(e) {
        return this.check(Ea(qs, e));
      },
      cidrv4(e) {
        return this.check(Da(Js, e));
      },
      cidrv6(e) {
        return this.check(Oa(Ys, e));
      },
      e164(e) {
        return this.check(ja(Qs, e));
      },
      datetime(e) {
        return this.check(Na(As, e));
      },
      date(e) {
        return this.check(Pa(js, e));
      },
      time(e) {
        return this.check(Fa(Ms, e));
      },
      duration(e) {
        return this.check(Ia(Ns, e));
      },
    },
  );
function ks(e) {
  return ua(Os, e);
}
var G = N(`ZodStringFormat`, (e, t) => {
    R.init(e, t), Ds.init(e, t);
  }),
  As = N(`ZodISODateTime`, (e, t) => {
    Nr.init(e, t), G.init(e, t);
  }),
  js = N(`ZodISODate`, (e, t) => {
    Pr.init(e, t), G.init(e, t);
  }),
  Ms = N(`ZodISOTime`, (e, t) => {
    Fr.init(e, t), G.init(e, t);
  }),
  Ns = N(`ZodISODuration`, (e, t) => {
    Ir.init(e, t), G.init(e, t);
  }),
  Ps = N(`ZodEmail`, (e, t) => {
    _r.init(e, t), G.init(e, t);
  });
function Fs(e) {
  return da(Ps, e);
}
var Is = N(`ZodGUID`, (e, t) => {
    hr.init(e, t), G.init(e, t);
  }),
  Ls = N(`ZodUUID`, (e, t) => {
    gr.init(e, t), G.init(e, t);
  }),
  Rs = N(`ZodURL`, (e, t) => {
    Tr.init(e, t), G.init(e, t);
  }),
  zs = N(`ZodEmoji`, (e, t) => {
    Er.init(e, t), G.init(e, t);
  }),
  Bs = N(`ZodNanoID`, (e, t) => {
    Dr.init(e, t), G.init(e, t);
  }),
  Vs = N(`ZodCUID`, (e, t) => {
    Or.init(e, t), G.init(e, t);
  }),
  Hs = N(`ZodCUID2`, (e, t) => {
    kr.init(e, t), G.init(e, t);
  }),
  Us = N(`ZodULID`, (e, t) => {
    Ar.init(e, t), G.init(e, t);
  }),
  Ws = N(`ZodXID`, (e, t) => {
    jr.init(e, t), G.init(e, t);
  }),
  Gs = N(`ZodKSUID`, (e, t) => {
    Mr.init(e, t), G.init(e, t);
  }),
  Ks = N(`ZodIPv4`, (e, t) => {
    Lr.init(e, t), G.init(e, t);
  }),
  qs = N(`ZodIPv6`, (e, t) => {
    Br.init(e, t), G.init(e, t);
  }),
  Js = N(`ZodCIDRv4`, (e, t) => {
    Vr.init(e, t), G.init(e, t);
  }),
  Ys = N(`ZodCIDRv6`, (e, t) => {
    Ur.init(e, t), G.init(e, t);
  }),
  Xs = N(`ZodBase64`, (e, t) => {
    Kr.init(e, t), G.init(e, t);
  }),
  Zs = N(`ZodBase64URL`, (e, t) => {
    Yr.init(e, t), G.init(e, t);
  }),
  Qs = N(`ZodE164`, (e, t) => {
    Xr.init(e, t), G.init(e, t);
  }),
  $s = N(`ZodJWT`, (e, t) => {
    Qr.init(e, t), G.init(e, t);
  }),
  ec = N(
    `ZodNumber`,
    (e, t) => {
      $r.init(e, t),
        W.init(e, t),
        (e._zod.processJSONSchema = (t, n, r) => Ho(e, t, n, r)),
        (e.isFinite = !0);
    },
    St(
      {
        minValue: (e) => {
          const { minimum: t, exclusiveMinimum: n } = H(e);
          return Math.max(t ?? -1 / 0, n ?? -1 / 0);
        },
        maxValue: (e) => {
          const { maximum: t, exclusiveMaximum: n } = H(e);
          return Math.min(t ?? 1 / 0, n ?? 1 / 0);
        },
        isInt: (e) => {
          const { isInt: t, multipleOf: n } = H(e);
          return !!t || !!n?.some(Number.isSafeInteger);
        },
        format: (e) => H(e).format ?? null,
      },
      {
        gt(e, t) {
          return this.check(Ga(e, t));
        },
        gte(e, t) {
          return this.check(Ka(e, t));
        },
        min(e, t) {
          return this.check(Ka(e, t));
        },
        lt(e, t) {
          return this.check(Ua(e, t));
        },
        lte(e, t) {
          return this.check(Wa(e, t));
        },
        max(e, t) {
          return this.check(Wa(e, t));
        },
        int(e) {
          return this.check(rc(e));
        },
        safe(e) {
          return this.check(rc(e));
        },
        positive(e) {
          return this.check(Ga(0, e));
        },
        nonnegative(e) {
          return this.check(Ka(0, e));
        },
        negative(e) {
          return this.check(Ua(0, e));
        },
        nonpositive(e) {
          return this.check(Wa(0, e));
        },
        multipleOf(e, t) {
          return this.check(qa(e, t));
        },
        step(e, t) {
          return this.check(qa(e, t));
        },
        finite() {
          return this;
        },
      },
    ),
  );
function tc(e) {
  return La(ec, e);
}
var nc = N(`ZodNumberFormat`, (e, t) => {
  ei.init(e, t), ec.init(e, t);
});
function rc(e) {
  return Ra(nc, e);
}
var ic = N(`ZodBoolean`, (e, t) => {
  ti.init(e, t), W.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Uo(e, t, n, r));
});
function K(e) {
  return za(ic, e);
}
var ac = N(`ZodUnknown`, (e, t) => {
  ni.init(e, t), W.init(e, t), (e._zod.processJSONSchema = (e, t, n) => void 0);
});
function oc() {
  return Ba(ac);
}
var sc = N(`ZodNever`, (e, t) => {
  ri.init(e, t), W.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Wo(e, t, n, r));
});
function cc(e) {
  return Va(sc, e);
}
var lc = N(
  `ZodDate`,
  (e, t) => {
    ii.init(e, t),
      W.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => Go(e, t, n, r)),
      (e.min = (t, n) => e.check(Ka(t, n))),
      (e.max = (t, n) => e.check(Wa(t, n)));
  },
  St(
    {
      minDate: (e) => {
        const { minimum: t } = H(e);
        return t ? new Date(t) : null;
      },
      maxDate: (e) => {
        const { maximum: t } = H(e);
        return t ? new Date(t) : null;
      },
    },
    {},
  ),
);
function uc(e) {
  return Ha(lc, e);
}
var dc = N(
  `ZodArray`,
  (e, t) => {
    Es(),
      ci.init(e, t),
      W.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => Xo(e, t, n, r)),
      (e.element = t.element);
  },
  {
    min(e, t) {
      return this.check(Ya(e, t));
    },
    nonempty(e) {
      return this.check(Ya(1, e));
    },
    max(e, t) {
      return this.check(Ja(e, t));
    },
    length(e, t) {
      return this.check(Xa(e, t));
    },
    unwrap() {
      return this.element;
    },
  },
);
function fc(e, t) {
  return lo(dc, e, t);
}
var pc = N(
  `ZodObject`,
  (e, t) => {
    Es(),
      mi.init(e, t),
      W.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => Qo(e, t, n, r)),
      Ot(e, `shape`, (e) => e._zod.def.shape, !1);
  },
  {
    keyof() {
      return q(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone(O(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone(O(this._zod.def, { catchall: oc() }));
    },
    loose() {
      return this.clone(O(this._zod.def, { catchall: oc() }));
    },
    strict() {
      return this.clone(O(this._zod.def, { catchall: cc() }));
    },
    strip() {
      return this.clone(O(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return rt(this, e);
    },
    safeExtend(e) {
      return at(this, e);
    },
    merge(e) {
      return ot(this, e);
    },
    pick(e) {
      return et(this, e);
    },
    omit(e) {
      return nt(this, e);
    },
    partial(...e) {
      return st(Ec, this, e[0]);
    },
    exactPartial(...e) {
      return st(Oc, this, e[0], `exactPartial`);
    },
    required(...e) {
      return ct(Ic, this, e[0]);
    },
  },
);
function mc(e, t) {
  return new pc({ type: `object`, shape: e ?? {}, ...k(t) });
}
function hc(e, t) {
  return new pc({ type: `object`, shape: e, catchall: cc(), ...k(t) });
}
function gc(e, t) {
  return new pc({ type: `object`, shape: e, catchall: oc(), ...k(t) });
}
var _c = N(`ZodUnion`, (e, t) => {
  gi.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => $o(e, t, n, r)),
    (e.options = t.options);
});
function vc(e, t) {
  return new _c({ type: `union`, options: e, ...k(t) });
}
var yc = N(`ZodIntersection`, (e, t) => {
  _i.init(e, t), W.init(e, t), (e._zod.processJSONSchema = (t, n, r) => es(e, t, n, r));
});
function bc(e, t) {
  return new yc({ type: `intersection`, left: e, right: t });
}
var xc = N(`ZodEnum`, (e, t) => {
  bi.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Ko(e, t, n, r)),
    (e.enum = t.entries),
    (e.options = [...e._zod.values]);
  const n = new Set(Object.keys(t.entries));
  (e.extract = (e, r) => {
    const i = {};
    for (const r of e)
      if (n.has(r)) i[r] = t.entries[r];
      else throw Error(`Key ${r} not found in enum`);
    return new xc({ ...t, checks: [], ...k(r), entries: i });
  }),
    (e.exclude = (e, r) => {
      const i = { ...t.entries };
      for (const t of e)
        if (n.has(t)) delete i[t];
        else throw Error(`Key ${t} not found in enum`);
      return new xc({ ...t, checks: [], ...k(r), entries: i });
    });
});
function q(e, t) {
  return new xc({
    type: `enum`,
    entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
    ...k(t),
  });
}
var Sc = N(`ZodLiteral`, (e, t) => {
  xi.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => qo(e, t, n, r)),
    (e.values = new Set(t.values)),
    Object.defineProperty(e, 'value', {
      get() {
        if (t.values.length > 1)
          throw Error('This schema contains multiple valid literal values. Use `.values` instead.');
        return t.values[0];
      },
    });
});
function Cc(e, t) {
  return new Sc({ type: `literal`, values: Array.isArray(e) ? e : [e], ...k(t) });
}
var wc = N(`ZodTransform`, (e, t) => {
  Es(),
    Si.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => Yo(e, t, n, r)),
    (e._zod.parse = (n, r) => {
      if (r.direction === `backward`) throw new It(e.constructor.name);
      n.addIssue = (r) => {
        if (typeof r == `string`) n.issues.push(yt(r, n.value, t));
        else {
          const t = r;
          t.fatal && (t.continue = !1),
            (t.code ??= `custom`),
            `input` in t || (t.input = n.value),
            (t.inst ??= e),
            n.issues.push(yt(t));
        }
      };
      const i = t.transform(n.value, n);
      return i instanceof Promise ? i.then((e) => ((n.value = e), n)) : ((n.value = i), n);
    });
});
function Tc(e) {
  return new wc({ type: `transform`, transform: e });
}
var Ec = N(`ZodOptional`, (e, t) => {
  wi.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => us(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Dc(e) {
  return new Ec({ type: `optional`, innerType: e });
}
var Oc = N(`ZodExactOptional`, (e, t) => {
  Ti.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => us(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function kc(e) {
  return new Oc({ type: `optional`, innerType: e });
}
var Ac = N(`ZodNullable`, (e, t) => {
  Ei.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => ts(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function jc(e) {
  return new Ac({ type: `nullable`, innerType: e });
}
var Mc = N(`ZodDefault`, (e, t) => {
  Di.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => as(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap);
});
function Nc(e, t) {
  return new Mc({
    type: `default`,
    innerType: e,
    get defaultValue() {
      return typeof t == `function` ? t() : Ke(t);
    },
  });
}
var Pc = N(`ZodPrefault`, (e, t) => {
  ki.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => os(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Fc(e, t) {
  return new Pc({
    type: `prefault`,
    innerType: e,
    get defaultValue() {
      return typeof t == `function` ? t() : Ke(t);
    },
  });
}
var Ic = N(`ZodNonOptional`, (e, t) => {
  Ai.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => ns(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Lc(e, t) {
  return new Ic({ type: `nonoptional`, innerType: e, ...k(t) });
}
var Rc = N(`ZodCatch`, (e, t) => {
  Ni.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => ss(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap);
});
function zc(e, t) {
  return new Rc({ type: `catch`, innerType: e, catchValue: typeof t == `function` ? t : At(t) });
}
var Bc = N(`ZodPipe`, (e, t) => {
  Pi.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => cs(e, t, n, r)),
    (e.in = t.in),
    (e.out = t.out);
});
function Vc(e, t) {
  return new Bc({ type: `pipe`, in: e, out: t });
}
var Hc = N(`ZodReadonly`, (e, t) => {
  Ii.init(e, t),
    W.init(e, t),
    (e._zod.processJSONSchema = (t, n, r) => ls(e, t, n, r)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Uc(e) {
  return new Hc({ type: `readonly`, innerType: e });
}
var Wc = N(`ZodCustom`, (e, t) => {
  Ri.init(e, t), W.init(e, t), (e._zod.processJSONSchema = (t, n, r) => Jo(e, t, n, r));
});
function Gc(e, t = {}) {
  return uo(Wc, e, t);
}
function Kc(e, t) {
  return fo(e, t);
}
var qc = new Set([`child`, `adult-dependent-child`, `student-child`]);
function Jc(e, t) {
  return e === !1 || t === !1 ? !1 : (e === !0 && t === !0) || void 0;
}
function Yc(e) {
  return e === void 0 ? void 0 : !e;
}
function Xc(e) {
  return e.age === void 0 ? void 0 : e.age < 18;
}
function Zc(e) {
  const t = e.situation.familyRole;
  return t === void 0 ? void 0 : qc.has(t);
}
function Qc(e, t) {
  const n = e.situation.applyingOnBehalfAs;
  return n === void 0 ? void 0 : n === t;
}
var $c = {
  always: () => !0,
  'first-or-transfer': (e) => e.kind !== `extension`,
  'extension-only': (e) => e.kind === `extension`,
  'transfer-only': (e) => e.kind === `transfer`,
  'extension-or-transfer': (e) => e.kind !== `first`,
  'passport-changed': (e) => e.situation.passportChanged,
  'non-latin-passport': (e) => e.situation.nonLatinPassport,
  'names-not-separated': (e) => e.situation.namesNotSeparatedInPassport,
  'foreign-documents': (e) => e.situation.foreignIssuedDocuments,
  'turkish-documents': (e) => e.situation.turkishIssuedDocuments,
  'on-behalf-parent': (e) => Qc(e, `parent`),
  'on-behalf-guardian': (e) => Qc(e, `guardian`),
  'on-behalf-lawyer': (e) => Qc(e, `lawyer`),
  'under-18': Xc,
  'under-18-parent-abroad': (e) => Jc(Xc(e), e.situation.parentAbroad),
  'newborn-in-turkiye': (e) => e.situation.newbornInTurkiye,
  'age-unknown': (e) => e.age === void 0,
  'insurance-age-exempt': (e) =>
    e.type !== `short-term` && e.type !== `student`
      ? !1
      : e.age === void 0
        ? void 0
        : e.age < 18 || e.age > 65,
  purpose: () => !0,
  'purpose-unknown': (e) => e.type === `short-term` && e.purpose === void 0,
  'property-owner': (e) =>
    (e.purpose === `property-owner` && e.type === `short-term`) || e.situation.propertyOwner,
  'family-spouse': (e) => (e.situation.familyRole === void 0 ? void 0 : e.situation.familyRole === `spouse`),
  'spouse-of-turkish-citizen': (e) => e.situation.spouseOfTurkishCitizen,
  'supporter-citizen': (e) => e.situation.supporterIsCitizen,
  'supporter-foreign': (e) => Yc(e.situation.supporterIsCitizen),
  'family-role-unknown': (e) => e.situation.familyRole === void 0,
  'parents-not-identifiable': (e) => Jc(Zc(e), e.situation.parentsNotIdentifiableFromPassport),
  'parents-divorced': (e) => Jc(Zc(e), e.situation.parentsDivorced),
  'parent-abroad': (e) => Jc(Zc(e), e.situation.parentAbroad),
  'parent-deceased': (e) => Jc(Zc(e), e.situation.parentDeceased),
  'adult-dependent-child': (e) =>
    e.situation.familyRole === void 0 ? void 0 : e.situation.familyRole === `adult-dependent-child`,
  'student-child': (e) =>
    e.situation.familyRole === void 0 ? void 0 : e.situation.familyRole === `student-child`,
  'university-student': (e) =>
    e.situation.studentLevel === void 0 ? void 0 : e.situation.studentLevel === `university`,
  'school-student': (e) =>
    e.situation.studentLevel === void 0 ? void 0 : e.situation.studentLevel === `school`,
  'university-minor-without-student-visa': (e) =>
    Jc(
      Jc(e.situation.studentLevel === void 0 ? void 0 : e.situation.studentLevel === `university`, Xc(e)),
      Yc(e.situation.enteredWithStudentVisa),
    ),
  'long-term-eight-years': (e) => e.situation.longTermRoute !== `policy-board`,
  'long-term-policy-board': (e) =>
    e.situation.longTermRoute === void 0 ? void 0 : e.situation.longTermRoute === `policy-board`,
};
function el(e, t) {
  return $c[e](t);
}
var tl = [`official`, `official-copy`, `consultancy`, `uncertain`],
  nl = { O: `official`, 'O*': `official-copy`, C: `consultancy`, U: `uncertain` },
  rl = `2026-11-23`;
function il(e) {
  let t = 0;
  for (const n of e) t = Math.max(t, tl.indexOf(nl[n]));
  return tl[t] ?? `uncertain`;
}
function J(e, t, n, r = rl) {
  return { reference: e, url: t, confidence: il(typeof n == `string` ? [n] : n), lastVerified: r };
}
var Y = {
    explanations: `https://e-ikamet.goc.gov.tr/Ikamet/IstenenBelgeler/BasvuruFormuBelgelerIliskinAciklamalar`,
    shortTermList: `https://e-ikamet.goc.gov.tr/Ikamet/BasvuruIstenenBelgeler/BasvuruFormuIstenenBelgeler?tur=0`,
    documentList: `https://e-ikamet.goc.gov.tr/Ikamet/BasvuruIstenenBelgeler/BasvuruFormuIstenenBelgeler`,
    antalya: `https://antalya.goc.gov.tr/tr/news/ikamet-izni-basvurularinda-istenecek-belgeler`,
    adana: `https://adana.goc.gov.tr/tr/news/ikamet-izni-basvuru-bilgileri`,
    law6458: `https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf`,
    goc: `https://www.goc.gov.tr/`,
    erbakan: `https://www.erbakan.edu.tr/`,
    osmaniye: `https://www.osmaniye.edu.tr/`,
    canaydin: `https://www.canaydin.av.tr/`,
  },
  X = {
    listCopies: J(
      `e-İkamet İstenen Belgeler (LIST), verbatim copies and university copies`,
      Y.shortTermList,
      [`O*`, `C`],
    ),
    passportRule: J(
      `e-İkamet Açıklamalar (AÇK), P2 (copies: yabancicalismaizni.com, gocmenburo.com)`,
      Y.explanations,
      `O*`,
    ),
    explanations: J(`e-İkamet Açıklamalar (AÇK)`, Y.explanations, `O*`),
    addressProof: J(
      `Notes on LIST tur=0 in a public repository; university copies of LIST`,
      Y.shortTermList,
      [`O*`, `C`],
    ),
    shortTermList: J(
      `LIST tur=0 (copies: turkiyedecalismaizni.com, yabancicalismaizni.com); antalya.goc.gov.tr`,
      Y.shortTermList,
      `O*`,
    ),
    familyList: J(
      `e-İkamet family LIST (copies: cihatdemirbag.com.tr, ukraynaizmir.com)`,
      Y.documentList,
      `O*`,
    ),
    familyConsultancy: J(`canaydin.av.tr (law firm)`, Y.canaydin, `C`),
    studentUniversities: J(
      `University checklists (erbakan.edu.tr, osmaniye.edu.tr, ogu.edu.tr)`,
      Y.erbakan,
      `C`,
    ),
    yokProtocol: J(`YÖK–Göç protocol of 29.11.2023 (osmaniye.edu.tr, nevsehir.edu.tr)`, Y.osmaniye, `C`),
    longTermList: J(
      `e-İkamet long-term LIST (copies: moduminfo.com, aytekinavukatlik.com)`,
      Y.documentList,
      `O*`,
    ),
    minorsAntalya: J(`M1: Antalya İl Göç İdaresi, required documents`, Y.antalya, `O`),
  },
  al = {
    id: `application-form`,
    group: `common`,
    titleKey: `item.application-form.title`,
    noteKey: `item.application-form.note`,
    when: `always`,
    source: X.listCopies,
  },
  ol = {
    id: `passport-original`,
    group: `common`,
    titleKey: `item.passport-original.title`,
    noteKey: `item.passport-original.note`,
    when: `first-or-transfer`,
    ruleId: `P2`,
    source: X.passportRule,
  },
  sl = {
    id: `passport-notarised-copy`,
    group: `common`,
    titleKey: `item.passport-notarised-copy.title`,
    noteKey: `item.passport-notarised-copy.note`,
    when: `extension-only`,
    ruleId: `P2`,
    source: X.passportRule,
  },
  cl = {
    id: `earlier-passport-pages`,
    group: `common`,
    titleKey: `item.earlier-passport-pages.title`,
    when: `passport-changed`,
    ruleId: `P2`,
    source: X.passportRule,
  },
  ll = {
    id: `passport-translation`,
    group: `common`,
    titleKey: `item.passport-translation.title`,
    when: `non-latin-passport`,
    ruleId: `P3`,
    source: X.explanations,
  },
  ul = {
    id: `consular-id-document`,
    group: `common`,
    titleKey: `item.consular-id-document.title`,
    noteKey: `item.consular-id-document.note`,
    when: `names-not-separated`,
    ruleId: `P3`,
    source: X.explanations,
  },
  dl = {
    id: `biometric-photos`,
    group: `common`,
    titleKey: `item.biometric-photos.title`,
    noteKey: `item.biometric-photos.note`,
    params: { count: 4 },
    when: `first-or-transfer`,
    ruleId: `P4`,
    source: X.explanations,
  },
  fl = { ...dl, params: { count: 2 }, when: `extension-only` },
  pl = {
    id: `fee-receipts`,
    group: `common`,
    titleKey: `item.fee-receipts.title`,
    noteKey: `item.fee-receipts.note`,
    when: `always`,
    source: J(`goc.gov.tr "Belge Bedeli ve Harç Miktarı"; LIST copies`, Y.goc, [`O*`, `C`]),
  },
  ml = {
    id: `fee-receipts`,
    group: `common`,
    titleKey: `item.fee-receipts.student.title`,
    noteKey: `item.fee-receipts.student.note`,
    when: `always`,
    source: X.studentUniversities,
  },
  hl = {
    id: `uets-registration`,
    group: `common`,
    titleKey: `item.uets-registration.title`,
    noteKey: `item.uets-registration.note`,
    when: `always`,
    source: X.listCopies,
  },
  gl = [al, ol, sl, cl, ll, ul, dl, fl],
  _l = [pl, hl],
  vl = [ml, hl],
  yl = J(`P6: e-İkamet Açıklamalar (AÇK)`, Y.explanations, `O*`),
  bl = J(`P5: e-İkamet Açıklamalar (AÇK) (copy: elysiondanismanlik.com)`, Y.explanations, `O*`),
  xl = [
    {
      id: `representative-child-birth-certificate`,
      group: `representation`,
      titleKey: `item.representative-child-birth-certificate.title`,
      when: `on-behalf-parent`,
      ruleId: `P6`,
      source: yl,
      supersededBy: [`newborn-birth-certificate`, `minor-birth-certificate`],
    },
    {
      id: `guardianship-decision`,
      group: `representation`,
      titleKey: `item.guardianship-decision.title`,
      when: `on-behalf-guardian`,
      ruleId: `P6`,
      source: yl,
    },
    {
      id: `power-of-attorney`,
      group: `representation`,
      titleKey: `item.power-of-attorney.title`,
      noteKey: `item.power-of-attorney.note`,
      when: `on-behalf-lawyer`,
      ruleId: `P6`,
      source: yl,
    },
  ],
  Sl = [
    {
      id: `foreign-documents-legalised`,
      group: `legalisation`,
      titleKey: `item.foreign-documents-legalised.title`,
      noteKey: `item.foreign-documents-legalised.note`,
      when: `foreign-documents`,
      ruleId: `P5`,
      source: bl,
    },
    {
      id: `turkish-documents-signed`,
      group: `legalisation`,
      titleKey: `item.turkish-documents-signed.title`,
      noteKey: `item.turkish-documents-signed.note`,
      when: `turkish-documents`,
      ruleId: `P5`,
      source: bl,
    },
  ],
  Cl = [
    { id: `age-unknown`, messageKey: `note.age-unknown`, tone: `info`, when: `age-unknown` },
    {
      id: `directorate-may-ask-more`,
      messageKey: `note.directorate-may-ask-more`,
      tone: `info`,
      when: `always`,
      ruleId: `T7`,
      source: J(`T7: Adana İl Göç İdaresi, application information`, Y.adana, `O`),
    },
  ],
  wl = {
    id: `transfer-no-list`,
    messageKey: `note.transfer-no-list`,
    tone: `uncertain`,
    when: `transfer-only`,
    source: J(`checklists.md §3: no list found`, Y.documentList, `U`),
  },
  Tl = [
    {
      id: `newborn-birth-certificate`,
      group: `minor`,
      titleKey: `item.newborn-birth-certificate.title`,
      when: `newborn-in-turkiye`,
      ruleId: `N4`,
      source: J(
        `N4: goc.gov.tr notice on children born in Türkiye (copy: ikamet-calismaizni.com, 2016)`,
        Y.goc,
        `O*`,
      ),
    },
    {
      id: `minor-birth-certificate`,
      group: `minor`,
      titleKey: `item.minor-birth-certificate.title`,
      when: `under-18`,
      ruleId: `M1`,
      source: X.minorsAntalya,
      supersededBy: [`newborn-birth-certificate`],
    },
    {
      id: `parent-abroad-consent`,
      group: `minor`,
      titleKey: `item.parent-abroad-consent.title`,
      when: `under-18-parent-abroad`,
      ruleId: `M1`,
      source: X.minorsAntalya,
    },
    {
      id: `consented-person-undertaking`,
      group: `minor`,
      titleKey: `item.consented-person-undertaking.title`,
      when: `under-18-parent-abroad`,
      ruleId: `M1`,
      source: X.minorsAntalya,
    },
  ],
  El = [
    {
      id: `newborn-180-days`,
      messageKey: `note.newborn-180-days`,
      tone: `info`,
      when: `newborn-in-turkiye`,
      ruleId: `N4`,
      source: J(`N4: goc.gov.tr notice (copy: ikamet-calismaizni.com, 2016)`, Y.goc, `O*`),
    },
  ],
  Dl = {
    id: `ex-officio-no-list`,
    messageKey: `note.ex-officio-no-list`,
    tone: `uncertain`,
    when: `always`,
    source: J(`checklists.md §8: no document list found; YUKK 46, 48`, Y.law6458, `U`),
  },
  Ol = {
    documents: [...gl, ..._l, ...Tl, ...xl, ...Sl],
    notes: [Dl, ...El, ...Cl],
    coverage: { first: `common-only`, extension: `common-only`, transfer: `common-only` },
  },
  kl = Ol,
  Al = Ol,
  jl = [
    {
      id: `address-proof`,
      group: `address`,
      titleKey: `item.address-proof.title`,
      noteKey: `item.address-proof.note`,
      when: `first-or-transfer`,
      source: X.addressProof,
      alternatives: [
        { id: `address-lease`, titleKey: `alternative.address-lease.title` },
        {
          id: `address-host-undertaking`,
          titleKey: `alternative.address-host-undertaking.title`,
          noteKey: `alternative.address-host-undertaking.note`,
        },
        { id: `address-dormitory`, titleKey: `alternative.address-dormitory.title` },
        { id: `address-hotel`, titleKey: `alternative.address-hotel.title` },
        { id: `address-own-home`, titleKey: `alternative.address-own-home.title`, when: `property-owner` },
      ],
    },
    {
      id: `address-proof-edevlet`,
      group: `address`,
      titleKey: `item.address-proof-edevlet.title`,
      noteKey: `item.address-proof-edevlet.note`,
      when: `extension-only`,
      source: X.addressProof,
    },
  ],
  Z = X.familyList,
  Ml = X.familyConsultancy,
  Nl = [
    {
      id: `marriage-certificate`,
      group: `applicant`,
      titleKey: `item.marriage-certificate.title`,
      when: `family-spouse`,
      source: Z,
    },
    {
      id: `civil-registry-record`,
      group: `applicant`,
      titleKey: `item.civil-registry-record.title`,
      noteKey: `item.civil-registry-record.note`,
      when: `spouse-of-turkish-citizen`,
      source: Z,
    },
    {
      id: `supporter-cost-undertaking`,
      group: `applicant`,
      titleKey: `item.supporter-cost-undertaking.title`,
      when: `supporter-foreign`,
      source: Ml,
    },
    {
      id: `supporter-cost-undertaking`,
      group: `applicant`,
      titleKey: `item.supporter-cost-undertaking.title`,
      when: `always`,
      requirement: `if-requested`,
      source: Ml,
    },
    {
      id: `current-permit-card`,
      group: `applicant`,
      titleKey: `item.current-permit-card.title`,
      when: `extension-only`,
      source: Z,
    },
  ],
  Pl = [
    {
      id: `family-child-birth-certificate`,
      group: `children`,
      titleKey: `item.family-child-birth-certificate.title`,
      when: `parents-not-identifiable`,
      ruleId: `M2`,
      source: Z,
      supersededBy: [`newborn-birth-certificate`, `minor-birth-certificate`],
    },
    {
      id: `custody-decision-or-consent`,
      group: `children`,
      titleKey: `item.custody-decision-or-consent.title`,
      when: `parents-divorced`,
      ruleId: `M2`,
      source: Z,
      alternatives: [
        { id: `custody-decision`, titleKey: `alternative.custody-decision.title` },
        { id: `other-parent-consent`, titleKey: `alternative.other-parent-consent.title` },
      ],
    },
    {
      id: `parent-abroad-custody-consent`,
      group: `children`,
      titleKey: `item.parent-abroad-custody-consent.title`,
      when: `parent-abroad`,
      ruleId: `F5`,
      source: J(`F5: YUKK 34(3)`, Y.law6458, `O*`),
      supersededBy: [`parent-abroad-consent`],
    },
    {
      id: `parent-death-certificate`,
      group: `children`,
      titleKey: `item.parent-death-certificate.title`,
      when: `parent-deceased`,
      ruleId: `M2`,
      source: Z,
    },
    {
      id: `dependency-proof`,
      group: `children`,
      titleKey: `item.dependency-proof.title`,
      when: `adult-dependent-child`,
      source: Ml,
    },
    {
      id: `dependent-child-student-certificate`,
      group: `children`,
      titleKey: `item.dependent-child-student-certificate.title`,
      when: `student-child`,
      source: Ml,
    },
  ],
  Fl = [
    {
      id: `supporter-identity`,
      group: `supporter`,
      titleKey: `item.supporter-identity.title`,
      when: `always`,
      source: Z,
      alternatives: [
        {
          id: `supporter-citizen-id`,
          titleKey: `alternative.supporter-citizen-id.title`,
          when: `supporter-citizen`,
        },
        {
          id: `supporter-foreigner-documents`,
          titleKey: `alternative.supporter-foreigner-documents.title`,
          when: `supporter-foreign`,
        },
      ],
    },
    {
      id: `supporter-income-proof`,
      group: `supporter`,
      titleKey: `item.supporter-income-proof.title`,
      noteKey: `item.supporter-income-proof.note`,
      when: `always`,
      ruleId: `F1`,
      source: Z,
    },
    {
      id: `supporter-insurance`,
      group: `supporter`,
      titleKey: `item.supporter-insurance.title`,
      noteKey: `item.supporter-insurance.note`,
      when: `always`,
      ruleId: `I4`,
      source: Z,
    },
    {
      id: `supporter-criminal-record`,
      group: `supporter`,
      titleKey: `item.supporter-criminal-record.title`,
      noteKey: `item.supporter-criminal-record.note`,
      when: `always`,
      ruleId: `F3`,
      source: Z,
    },
    {
      id: `supporter-address-registration`,
      group: `supporter`,
      titleKey: `item.supporter-address-registration.title`,
      noteKey: `item.supporter-address-registration.note`,
      when: `always`,
      ruleId: `F3`,
      source: Z,
    },
  ],
  Il = [
    {
      id: `family-role-unknown`,
      messageKey: `note.family-role-unknown`,
      tone: `info`,
      when: `family-role-unknown`,
    },
    { id: `family-originals`, messageKey: `note.family-originals`, tone: `info`, when: `always`, source: Z },
    {
      id: `family-extension-recheck`,
      messageKey: `note.family-extension-recheck`,
      tone: `info`,
      when: `extension-only`,
      ruleId: `D5`,
      source: J(`F1, F2, D5: YUKK 34(1), 35(1)`, Y.law6458, `O*`),
    },
  ],
  Ll = {
    documents: [...gl, ..._l, ...jl, ...Nl, ...Pl, ...Fl, ...Tl, ...xl, ...Sl],
    notes: [...Il, ...El, ...Cl],
    coverage: { first: `listed`, extension: `listed`, transfer: `listed` },
  },
  Rl = J(`I1–I3: e-İkamet Açıklamalar (AÇK); LIST tur=0`, Y.explanations, `O*`),
  zl = [
    {
      id: `insurance`,
      group: `insurance`,
      titleKey: `item.insurance.exempt.title`,
      noteKey: `item.insurance.exempt.note`,
      when: `insurance-age-exempt`,
      requirement: `not-required`,
      ruleId: `I3`,
      source: Rl,
    },
    {
      id: `insurance`,
      group: `insurance`,
      titleKey: `item.insurance.title`,
      noteKey: `item.insurance.note`,
      when: `always`,
      ruleId: `I1`,
      source: Rl,
    },
  ],
  Bl = {
    id: `insurance`,
    group: `insurance`,
    titleKey: `item.insurance.title`,
    noteKey: `item.insurance.long-term.note`,
    when: `always`,
    ruleId: `I5`,
    source: J(`I1, I5: YUKK 43(1)(ç); e-İkamet Açıklamalar (AÇK)`, Y.law6458, `O*`),
  },
  Vl = X.longTermList,
  Hl = [
    {
      id: `previous-permit-cards`,
      group: `applicant`,
      titleKey: `item.previous-permit-cards.title`,
      when: `long-term-eight-years`,
      ruleId: `L1`,
      source: Vl,
    },
    {
      id: `sydv-letter`,
      group: `applicant`,
      titleKey: `item.sydv-letter.title`,
      noteKey: `item.sydv-letter.note`,
      when: `long-term-eight-years`,
      ruleId: `L2`,
      source: Vl,
    },
    {
      id: `income-proof`,
      group: `applicant`,
      titleKey: `item.income-proof.title`,
      when: `long-term-eight-years`,
      ruleId: `L3`,
      source: Vl,
    },
    {
      id: `criminal-record`,
      group: `applicant`,
      titleKey: `item.criminal-record.title`,
      when: `long-term-eight-years`,
      ruleId: `L3`,
      source: Vl,
    },
    {
      id: `address-registration-document`,
      group: `address`,
      titleKey: `item.address-registration-document.title`,
      noteKey: `item.address-registration-document.note`,
      when: `always`,
      source: Vl,
    },
  ],
  Ul = [
    {
      id: `long-term-extension-impossible`,
      messageKey: `note.long-term-extension-impossible`,
      tone: `impossible`,
      when: `extension-only`,
      ruleId: `D10`,
      source: J(`D10: YUKK 42; goc lists (copy: aytekinavukatlik.com)`, Y.law6458, `O*`),
    },
    wl,
    {
      id: `long-term-policy-board-route`,
      messageKey: `note.long-term-policy-board-route`,
      tone: `info`,
      when: `long-term-policy-board`,
      ruleId: `L1`,
      source: J(
        `YUKK 42(1); goc list for the Migration Policy Board route (copy: aytekinavukatlik.com)`,
        `https://aytekinavukatlik.com/yabancilar-icin-uzun-donem-ikamet-izni/`,
        `O*`,
      ),
    },
    {
      id: `long-term-first-or-transfer`,
      messageKey: `note.long-term-first-or-transfer`,
      tone: `info`,
      when: `first-or-transfer`,
      ruleId: `L1`,
      source: J(`checklists.md §7: open question`, Y.documentList, `U`),
    },
  ],
  Wl = {
    documents: [...gl, ..._l, Bl, ...Hl, ...Tl, ...xl, ...Sl],
    notes: [...Ul, ...El, ...Cl],
    coverage: { first: `listed`, extension: `impossible`, transfer: `common-only` },
  },
  Q = X.shortTermList,
  Gl = [
    {
      id: `means-declaration`,
      group: `applicant`,
      titleKey: `item.means-declaration.title`,
      noteKey: `item.means-declaration.note`,
      when: `always`,
      source: Q,
    },
    {
      id: `current-permit-card`,
      group: `applicant`,
      titleKey: `item.current-permit-card.title`,
      when: `extension-or-transfer`,
      source: Q,
    },
    {
      id: `purpose-continues`,
      group: `applicant`,
      titleKey: `item.purpose-continues.title`,
      noteKey: `item.purpose-continues.note`,
      when: `extension-only`,
      source: Q,
    },
  ],
  Kl = [
    {
      id: `research-visa`,
      group: `purpose`,
      titleKey: `item.research-visa.title`,
      when: `purpose`,
      forPurposes: [`scientific-research`],
      source: Q,
    },
    {
      id: `research-place-duration`,
      group: `purpose`,
      titleKey: `item.research-place-duration.title`,
      noteKey: `item.research-place-duration.note`,
      when: `purpose`,
      forPurposes: [`scientific-research`],
      source: Q,
    },
    {
      id: `property-title-deed`,
      group: `purpose`,
      titleKey: `item.property-title-deed.title`,
      when: `property-owner`,
      forPurposes: [`property-owner`],
      source: Q,
    },
    {
      id: `property-current-record`,
      group: `purpose`,
      titleKey: `item.property-current-record.title`,
      noteKey: `item.property-current-record.note`,
      when: `property-owner`,
      forPurposes: [`property-owner`],
      requirement: `if-applicable`,
      source: Q,
    },
    {
      id: `property-valuation`,
      group: `purpose`,
      titleKey: `item.property-valuation.title`,
      noteKey: `item.property-valuation.note`,
      params: { amount: `USD 200,000`, since: `16.11.2023` },
      when: `property-owner`,
      forPurposes: [`property-owner`],
      source: J(`LIST tur=0 copies (valuation); news and consultancy pages (threshold)`, Y.shortTermList, [
        `O*`,
        `C`,
      ]),
    },
    {
      id: `tax-number`,
      group: `purpose`,
      titleKey: `item.tax-number.title`,
      noteKey: `item.tax-number.note`,
      when: `property-owner`,
      forPurposes: [`property-owner`],
      source: Q,
    },
    {
      id: `business-invitation`,
      group: `purpose`,
      titleKey: `item.business-invitation.title`,
      when: `purpose`,
      forPurposes: [`business`],
      source: Q,
    },
    {
      id: `company-documents`,
      group: `purpose`,
      titleKey: `item.company-documents.title`,
      noteKey: `item.company-documents.note`,
      when: `purpose`,
      forPurposes: [`business`],
      requirement: `if-requested`,
      source: Q,
    },
    {
      id: `training-letter`,
      group: `purpose`,
      titleKey: `item.training-letter.title`,
      when: `purpose`,
      forPurposes: [`in-service-training`],
      source: Q,
    },
    {
      id: `host-institution-letter`,
      group: `purpose`,
      titleKey: `item.host-institution-letter.title`,
      when: `purpose`,
      forPurposes: [`education-exchange`],
      source: Q,
    },
    {
      id: `travel-plan`,
      group: `purpose`,
      titleKey: `item.travel-plan.title`,
      when: `purpose`,
      forPurposes: [`tourism`],
      requirement: `if-requested`,
      source: Q,
    },
    {
      id: `hospital-document`,
      group: `purpose`,
      titleKey: `item.hospital-document.title`,
      when: `purpose`,
      forPurposes: [`medical-treatment`],
      source: Q,
    },
    {
      id: `previous-family-permit`,
      group: `purpose`,
      titleKey: `item.previous-family-permit.title`,
      when: `purpose`,
      forPurposes: [`from-family-permit`],
      ruleId: `F6`,
      source: Q,
    },
    {
      id: `divorce-or-death-document`,
      group: `purpose`,
      titleKey: `item.divorce-or-death-document.title`,
      noteKey: `item.divorce-or-death-document.note`,
      when: `purpose`,
      forPurposes: [`from-family-permit`],
      requirement: `if-applicable`,
      ruleId: `F6`,
      source: Q,
    },
    {
      id: `turkish-course-document`,
      group: `purpose`,
      titleKey: `item.turkish-course-document.title`,
      noteKey: `item.turkish-course-document.note`,
      when: `purpose`,
      forPurposes: [`turkish-course`],
      ruleId: `D3`,
      source: Q,
    },
    {
      id: `graduation-document`,
      group: `purpose`,
      titleKey: `item.graduation-document.title`,
      noteKey: `item.graduation-document.note`,
      when: `purpose`,
      forPurposes: [`graduate`],
      ruleId: `D4`,
      source: Q,
    },
    {
      id: `investor-eligibility-certificate`,
      group: `purpose`,
      titleKey: `item.investor-eligibility-certificate.title`,
      when: `purpose`,
      forPurposes: [`investor`],
      source: Q,
    },
  ],
  ql = [
    { id: `purpose-unknown`, messageKey: `note.purpose-unknown`, tone: `uncertain`, when: `purpose-unknown` },
    {
      id: `purpose-no-list`,
      messageKey: `note.purpose-no-list`,
      tone: `uncertain`,
      when: `purpose`,
      forPurposes: [`authority-request`, `public-institution-programme`],
      source: J(`checklists.md §4: no purpose-specific list found`, Y.shortTermList, `U`),
    },
    {
      id: `purpose-nothing-extra`,
      messageKey: `note.purpose-nothing-extra`,
      tone: `info`,
      when: `purpose`,
      forPurposes: [`trnc-citizen`],
      source: Q,
    },
  ],
  Jl = {
    documents: [...gl, ..._l, ...zl, ...jl, ...Gl, ...Kl, ...Tl, ...xl, ...Sl],
    notes: [...ql, ...El, ...Cl],
    coverage: { first: `listed`, extension: `listed`, transfer: `listed` },
  },
  Yl = [
    {
      id: `student-certificate`,
      group: `applicant`,
      titleKey: `item.student-certificate.title`,
      when: `always`,
      source: X.studentUniversities,
    },
    {
      id: `university-minor-guardian-consent`,
      group: `applicant`,
      titleKey: `item.university-minor-guardian-consent.title`,
      noteKey: `item.university-minor-guardian-consent.note`,
      when: `university-minor-without-student-visa`,
      ruleId: `M3`,
      source: X.yokProtocol,
    },
    {
      id: `school-consent-and-sponsor`,
      group: `applicant`,
      titleKey: `item.school-consent-and-sponsor.title`,
      when: `school-student`,
      ruleId: `D7`,
      source: J(`D7: YUKK 38(2)`, Y.law6458, `O*`),
    },
  ],
  Xl = [
    wl,
    {
      id: `student-international-office`,
      messageKey: `note.student-international-office`,
      params: { since: `29.11.2023` },
      tone: `info`,
      when: `university-student`,
      source: X.yokProtocol,
    },
    {
      id: `student-gss`,
      messageKey: `note.student-gss`,
      tone: `info`,
      when: `university-student`,
      ruleId: `I7`,
      source: J(`I7: university SGK notices (tau.edu.tr, beykent.edu.tr)`, Y.erbakan, `C`),
    },
  ],
  Zl = {
    'short-term': Jl,
    family: Ll,
    student: {
      documents: [...gl, ...vl, ...zl, ...jl, ...Yl, ...Tl, ...xl, ...Sl],
      notes: [...Xl, ...El, ...Cl],
      coverage: { first: `listed`, extension: `listed`, transfer: `common-only` },
    },
    'long-term': Wl,
    humanitarian: kl,
    'trafficking-victim': Al,
  },
  Ql = 864e5,
  $l = Symbol.for(`constructDateFrom`);
function eu(e, t) {
  return typeof e == `function`
    ? e(t)
    : e && typeof e == `object` && $l in e
      ? e[$l](t)
      : e instanceof Date
        ? new e.constructor(t)
        : new Date(t);
}
function tu(e, t) {
  return eu(t || e, e);
}
function nu(e, ...t) {
  const n = eu.bind(null, e || t.find((e) => typeof e == `object`));
  return t.map(n);
}
function ru(e, t) {
  const n = +tu(e) - tu(t);
  return n < 0 ? -1 : n > 0 ? 1 : n;
}
function iu(e, t, n) {
  const [r, i] = nu(n?.in, e, t);
  return r.getFullYear() - i.getFullYear();
}
function au(e, t, n) {
  const [r, i] = nu(n?.in, e, t),
    a = ru(r, i),
    o = Math.abs(iu(r, i));
  r.setFullYear(1584), i.setFullYear(1584);
  const s = a * (o - +(ru(r, i) === -a));
  return s === 0 ? 0 : s;
}
var ou = [`first`, `extension`, `transfer`],
  su = [`short-term`, `family`, `student`, `long-term`, `humanitarian`, `trafficking-victim`],
  cu = [
    `scientific-research`,
    `property-owner`,
    `business`,
    `in-service-training`,
    `education-exchange`,
    `tourism`,
    `medical-treatment`,
    `authority-request`,
    `from-family-permit`,
    `turkish-course`,
    `public-institution-programme`,
    `graduate`,
    `investor`,
    `trnc-citizen`,
  ],
  lu = [`private`, `sgk-general`, `bilateral-agreement`, `sgk-provision`, `under-18-over-65`],
  $ = uc(),
  uu = tc().int().nonnegative(),
  du = mc({ entry: $, exit: $.optional() }),
  fu = mc({ exit: $, return: $.optional(), feesPaid: K().optional() }),
  pu = mc({
    citizen: K().optional(),
    permitStart: $.optional(),
    permitEnd: $.optional(),
    residenceMonths: uu.optional(),
    monthlyIncomeTl: tc().nonnegative().optional(),
    familySize: tc().int().positive().optional(),
    insuranceCoversAllMembers: K().optional(),
    birthDate: $.optional(),
  }),
  mu = [`spouse`, `child`],
  hu = [`eight-years`, `policy-board`];
mc({
  applicationKind: q(ou).optional(),
  permitType: q(su).optional(),
  shortTermPurpose: q(cu).optional(),
  entryDate: $.optional(),
  lawfulStayEnd: $.optional(),
  stays: fc(du).optional(),
  currentPermitEnd: $.optional(),
  requestedStart: $.optional(),
  requestedEnd: $.optional(),
  requestedMonths: tc().int().positive().optional(),
  birthDate: $.optional(),
  passportIssueDate: $.optional(),
  passportExpiry: $.optional(),
  insuranceType: q(lu).optional(),
  insuranceStart: $.optional(),
  insuranceEnd: $.optional(),
  graduationDate: $.optional(),
  childBirthDate: $.optional(),
  moveDate: $.optional(),
  notifyDate: $.optional(),
  personalDataChangeDate: $.optional(),
  mailDate: $.optional(),
  travel: fu.optional(),
  supporter: pu.optional(),
  familyRole: q(mu).optional(),
  propertyOwner: K().optional(),
  businessContact: K().optional(),
  investor: K().optional(),
  applyingOnBehalf: K().optional(),
  foreignDocuments: K().optional(),
  nonLatinPassport: K().optional(),
  previousTurkishCoursePermits: uu.optional(),
  tourismPermitMonths: uu.optional(),
  longTermRoute: q(hu).optional(),
  graduatePermitUsedBefore: K().optional(),
});
var gu = [`parent`, `guardian`, `lawyer`],
  _u = [`spouse`, `child`, `adult-dependent-child`, `student-child`],
  vu = [`university`, `school`],
  yu = mc({
    birthDate: uc().optional(),
    today: uc().optional(),
    age: tc().int().min(0).max(150).optional(),
    applyingOnBehalfAs: q(gu).optional(),
    foreignIssuedDocuments: K().optional(),
    turkishIssuedDocuments: K().optional(),
    nonLatinPassport: K().optional(),
    namesNotSeparatedInPassport: K().optional(),
    passportChanged: K().optional(),
    propertyOwner: K().optional(),
    parentAbroad: K().optional(),
    familyRole: q(_u).optional(),
    spouseOfTurkishCitizen: K().optional(),
    supporterIsCitizen: K().optional(),
    parentsDivorced: K().optional(),
    parentDeceased: K().optional(),
    parentsNotIdentifiableFromPassport: K().optional(),
    studentLevel: q(vu).optional(),
    enteredWithStudentVisa: K().optional(),
    newbornInTurkiye: K().optional(),
    longTermRoute: q(hu).optional(),
  })
    .refine((e) => e.birthDate === void 0 || e.today !== void 0, {
      error: `today is required when birthDate is given`,
      path: [`today`],
    })
    .refine((e) => e.birthDate === void 0 || e.today === void 0 || e.birthDate <= e.today, {
      error: `birthDate cannot be after today`,
      path: [`birthDate`],
    });
mc({ type: q(su), purpose: q(cu).optional(), kind: q(ou), situation: yu.default({}) });
function bu(e) {
  if (e.birthDate !== void 0 && e.today !== void 0) {
    const t = au(e.today, e.birthDate);
    return Number.isFinite(t) ? t : void 0;
  }
  return e.age;
}
function xu(e) {
  return `condition.${e}`;
}
var Su = new Set([`common`, `minor`, `representation`, `legalisation`]);
function Cu(e, t) {
  return e.forPurposes === void 0 || (t.purpose !== void 0 && e.forPurposes.includes(t.purpose));
}
function wu(e, t) {
  const n = new Set(),
    r = [];
  for (const i of e) !n.has(i.id) && Cu(i, t) && el(i.when, t) === !0 && (n.add(i.id), r.push(i));
  return r;
}
function Tu(e, t) {
  if (e.alternatives === void 0) return;
  const n = [];
  for (const r of e.alternatives) {
    const e = r.when === void 0 ? void 0 : el(r.when, t);
    e !== !1 &&
      n.push({
        id: r.id,
        titleKey: r.titleKey,
        ...(r.noteKey === void 0 ? {} : { noteKey: r.noteKey }),
        matchesSituation: e === !0,
      });
  }
  return n;
}
function Eu(e, t, n) {
  const r = Tu(e, t);
  return {
    id: e.id,
    group: e.group,
    titleKey: e.titleKey,
    ...(e.noteKey === void 0 ? {} : { noteKey: e.noteKey }),
    ...(e.params === void 0 ? {} : { params: e.params }),
    requirement: e.requirement ?? `required`,
    condition: e.when,
    conditionMessageKey: xu(e.when),
    ...(n.length === 0 ? {} : { alsoBecause: n }),
    ...(e.ruleId === void 0 ? {} : { ruleId: e.ruleId }),
    source: e.source,
    ...(r === void 0 ? {} : { alternatives: r }),
  };
}
function Du(e, t) {
  const n = new Set(e.map((e) => e.id)),
    r = new Set(e.filter((e) => e.supersededBy?.some((e) => n.has(e))).map((e) => e.id)),
    i = new Map();
  for (const t of e) {
    if (!r.has(t.id)) continue;
    const e = t.supersededBy?.find((e) => n.has(e) && !r.has(e));
    if (e === void 0) {
      r.delete(t.id);
      continue;
    }
    const a = i.get(e) ?? [];
    a.push(t.when), i.set(e, a);
  }
  return e.filter((e) => !r.has(e.id)).map((e) => Eu(e, t, i.get(e.id) ?? []));
}
function Ou(e, t) {
  const n = [];
  for (const r of e)
    Cu(r, t) &&
      el(r.when, t) === !0 &&
      n.push({
        id: r.id,
        messageKey: r.messageKey,
        ...(r.params === void 0 ? {} : { params: r.params }),
        tone: r.tone,
        ...(r.ruleId === void 0 ? {} : { ruleId: r.ruleId }),
        ...(r.source === void 0 ? {} : { source: r.source }),
      });
  return n;
}
function ku(e, t, n) {
  return { status: e, statusMessageKey: `status.${e}`, items: t, notes: n };
}
function Au(e, t, n, r = {}) {
  const i = { type: e, purpose: e === `short-term` ? t : void 0, kind: n, situation: r, age: bu(r) },
    a = Zl[e],
    o = a.coverage[n],
    s = Ou(a.notes, i);
  if (o === `impossible`)
    return ku(
      `impossible`,
      [],
      s.filter((e) => e.tone === `impossible`),
    );
  const c = Du(wu(o === `common-only` ? a.documents.filter((e) => Su.has(e.group)) : a.documents, i), i);
  return ku(s.some((e) => e.tone === `uncertain`) ? `uncertain` : `ok`, c, s);
}
var ju = /^(\d{2})\.(\d{2})\.(\d{4})$/;
function Mu(e) {
  if (e === ``) return { ok: !1, reason: `empty` };
  const t = ju.exec(e);
  if (!t) return { ok: !1, reason: `shape` };
  const n = Number(t[1]),
    r = Number(t[2]) - 1,
    i = Number(t[3]);
  if (i === 0) return { ok: !1, reason: `calendar` };
  const a = new Date(i, r, n);
  return (
    i < 100 && a.setFullYear(i),
    a.getFullYear() === i && a.getMonth() === r && a.getDate() === n
      ? { ok: !0, date: a }
      : { ok: !1, reason: `calendar` }
  );
}
function Nu(e) {
  const t = Mu(e);
  return t.ok ? t.date : null;
}
var Pu = (e, t) => String(e).padStart(t, `0`);
function Fu(e) {
  return `${Pu(e.getDate(), 2)}.${Pu(e.getMonth() + 1, 2)}.${Pu(e.getFullYear(), 4)}`;
}
var Iu = 864e5;
function Lu(e) {
  return Math.round(Date.UTC(e.getFullYear(), e.getMonth(), e.getDate()) / Iu);
}
function Ru(e) {
  const t = new Date(e * Iu),
    n = new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
  return t.getUTCFullYear() < 100 && n.setFullYear(t.getUTCFullYear()), n;
}
function zu(e, t) {
  return Lu(e) - Lu(t);
}
var Bu = [`tr`, `en`, `ar`, `ru`],
  Vu = new Set([`ar`]);
function Hu(e) {
  return typeof e == `string` && Bu.includes(e);
}
function Uu(e, t = `en`) {
  for (const t of e) {
    const e = t.toLowerCase().split(`-`)[0];
    if (Hu(e)) return e;
  }
  return t;
}
function Wu(e, t = {}) {
  return e.replace(/\{(\w+)\}/g, (e, n) => (Object.hasOwn(t, n) ? String(t[n]) : e));
}
function Gu(...e) {
  return (t, n) => {
    for (const r of e) {
      const e = r[t];
      if (e !== void 0) return Wu(e, n);
    }
    return t;
  };
}
var Ku = Symbol.for(`pv`),
  qu = 0;
Array.isArray;
function Ju(e, t, n, r, i, a) {
  t ||= {};
  var o,
    s,
    c = t;
  if (`ref` in c && typeof e != `function`) for (s in ((c = {}), t)) s == `ref` ? (o = t[s]) : (c[s] = t[s]);
  var l = {
    type: e,
    props: c,
    key: n,
    ref: o,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: Ku,
    __v: --qu,
    __i: -1,
    __u: 0,
  };
  return (i || a) && ((l.__source = i), (l.__self = a)), u.vnode && u.vnode(l), l;
}
export {
  _u as p,
  As as O,
  Au as f,
  ae as U,
  au as S,
  Bu as r,
  Cc as P,
  cu as x,
  eu as T,
  Fs as M,
  Fu as u,
  fc as A,
  Gu as n,
  gc as F,
  gu as m,
  Hu as a,
  hc as R,
  hu as _,
  Ju as t,
  K as j,
  ks as z,
  Lu as l,
  l as J,
  lu as y,
  mc as L,
  Na as B,
  Nu as d,
  nu as C,
  o as K,
  ou as v,
  Ql as E,
  q as k,
  qt as V,
  Ru as c,
  rc as N,
  s as q,
  su as b,
  Te as H,
  tc as I,
  tl as D,
  tu as w,
  Uu as o,
  u as G,
  Vu as i,
  vu as h,
  we as W,
  yu as g,
  zu as s,
};
//# sourceMappingURL=jsxRuntime-Bh-NUgTm.js.map
