import { d as A, t as j, f as te } from './extension-window-TvZR20tl.js';
import { a as M, n as ne, o as re } from './facts-D8eMB1M6.js';
import {
  u as _,
  K as a,
  U as c,
  i as d,
  F as e,
  k as f,
  t as g,
  r as h,
  J as i,
  V as l,
  o as m,
  H as n,
  P as o,
  n as p,
  I as r,
  R as s,
  G as t,
  a as u,
  v,
  z as y,
} from './jsxRuntime-Bh-NUgTm.js';
import { r as ae, n as F, t as oe, i as P } from './messages-B--RA4mf.js';
import {
  _ as b,
  h as C,
  o as D,
  n as E,
  p as ee,
  t as k,
  s as O,
  f as S,
  m as T,
  i as w,
  a as x,
} from './schema-eA1dCwYj.js';
import { n as ie, r as N } from './tr-date-Cd9tgXbE.js';
var se,
  I,
  ce,
  le,
  ue = Object.is,
  de = 0,
  fe = [],
  pe = [],
  L = t,
  me = L.__b,
  he = L.__r,
  ge = L.diffed,
  _e = L.__c,
  ve = L.unmount,
  ye = L.__;
function be(e, t) {
  L.__h && L.__h(I, e, de || t), (de = 0);
  var n = I.__H || (I.__H = { __: [], __h: [] });
  return e >= n.__.length && n.__.push({}), n.__[e];
}
function R(e) {
  return (de = 1), xe(Me, e);
}
function xe(e, t, n) {
  var r = be(se++, 2);
  if (
    ((r.t = e),
    !r.__c &&
      ((r.__ = [
        n ? n(t) : Me(void 0, t),
        (e) => {
          var t = (r.__N || r.__)[0],
            n = r.t(t, e);
          ue(t, n) || ((r.__N = [n, r.__[1]]), r.__c.setState({}));
        },
      ]),
      (r.__c = I),
      !I.__f))
  ) {
    I.__f = !0;
    var i = I.shouldComponentUpdate;
    I.shouldComponentUpdate = function (e, t, n) {
      var r = this.__H;
      if (!r) return !0;
      var a = !1,
        o = this.props != e;
      if (
        (r.__.some((e) => {
          e.__N && ((a = !0), ue(e.__[0], e.__N[0]) || (o = !0));
        }),
        i)
      ) {
        var s = i.call(this, e, t, n);
        return a ? s || o : s;
      }
      return !a || o;
    };
  }
  return r.__;
}
function z(e, t) {
  var n = be(se++, 3);
  !L.__s && je(n.__H, t) && ((n.__P = !0), (n.__ = e), (n.u = t), I.__H.__h.push(n));
}
function Se(e, t) {
  var n = be(se++, 4);
  !L.__s && je(n.__H, t) && ((n.__P = !1), (n.__ = e), (n.u = t), I.__h.push(n));
}
function Ce(e) {
  return (de = 5), B(() => ({ current: e }), []);
}
function B(e, t) {
  var n = be(se++, 7);
  return je(n.__H, t) && ((n.__ = e()), (n.__H = t)), n.__;
}
function we(e, t) {
  return (de = 8), B(() => e, t);
}
function Te() {
  var e;
  do {
    for (; (e = pe.shift()); )
      try {
        ke(e);
      } catch (t) {
        L.__e(t, { __: (e = e.__P) && e.__v });
      }
    for (; (e = fe.shift()); ) {
      var t = e.__H;
      if (e.__P && t)
        try {
          t.__h.some(ke), t.__h.some(Ae), (t.__h = []);
        } catch (n) {
          (t.__h = []), L.__e(n, e.__v);
        }
    }
  } while (pe.length);
}
(L.__b = (e) => {
  (I = null), me && me(e);
}),
  (L.__ = (e, t) => {
    e && t.__k && t.__k.__m && (e.__m = t.__k.__m), ye && ye(e, t);
  }),
  (L.__r = (e) => {
    he && he(e), (se = 0);
    var t = (I = e.__c).__H;
    t &&
      (ce == I ? (I.__h = []) : (t.__h.some(ke), t.__h.some(Ae), (se = 0)),
      (t.__h = []),
      t.__.some((e) => {
        e.__N && (e.__ = e.__N), (e.u = e.__N = void 0);
      })),
      (ce = I);
  }),
  (L.diffed = (e) => {
    ge && ge(e);
    var t = e.__c;
    t &&
      t.__H &&
      (t.__H.__h.length && Oe(fe.push(t)),
      t.__H.__.some((e) => {
        e.u && (e.__H = e.u);
      })),
      (ce = I = null);
  }),
  (L.__c = (e, t) => {
    t.some((e) => {
      try {
        e.__h.some(ke), (e.__h = e.__h.filter((e) => !e.__ || Ae(e)));
      } catch (t) {
        e.__h = [
          () => {
            throw t;
          },
        ];
      }
    }),
      _e && _e(e, t);
  }),
  (L.unmount = (e) => {
    ve && ve(e);
    var t,
      n,
      r = e.__c;
    r &&
      r.__H &&
      (r.__H.__.some((r) => {
        try {
          if (r.__P && r.__c) {
            if (n === void 0) {
              for (n = e.__; n && (!n.__c || !n.__c.__P); ) n = n.__;
              n &&= n.__c;
            }
            (r.__P = n), Oe(pe.push(r));
          } else ke(r);
        } catch (e) {
          t = e;
        }
      }),
      (r.__H = void 0),
      t && L.__e(t, r.__v));
  });
var Ee = typeof requestAnimationFrame == `function`;
function De(e) {
  var t,
    n = () => {
      clearTimeout(r), Ee && cancelAnimationFrame(t), setTimeout(e);
    },
    r = setTimeout(n, 35);
  Ee && (t = requestAnimationFrame(n));
}
function Oe(e) {
  (e != 1 && le == L.requestAnimationFrame) || ((le = L.requestAnimationFrame) || De)(Te);
}
function ke(e) {
  var t = I,
    n = e.__c;
  typeof n == `function` && ((e.__c = void 0), n()), (I = t);
}
function Ae(e) {
  var t = I;
  (e.__c = e.__()), (I = t);
}
function je(e, t) {
  return !e || e.length != t.length || t.some((t, n) => !ue(t, e[n]));
}
function Me(e, t) {
  return typeof t == `function` ? t(e) : t;
}
function Ne(e, t = new Date()) {
  return { format: E, version: 2, exportedAt: t.toISOString(), profiles: [...e] };
}
function Pe(e, t = new Date()) {
  return `${JSON.stringify(Ne(e, t))}\n`;
}
function Fe(e, t = new Date()) {
  return `eikamet-profiles-${t.toISOString().slice(0, 10)}-${e}.json`;
}
function Ie(e) {
  let t = ``,
    n = 32768;
  for (let r = 0; r < e.length; r += n) t += String.fromCharCode(...e.subarray(r, r + n));
  return btoa(t);
}
function Le(e) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(e) || e.length % 4 != 0) throw Error(`not base64`);
  const t = atob(e),
    n = new Uint8Array(t.length);
  for (let e = 0; e < t.length; e += 1) n[e] = t.charCodeAt(e);
  return n;
}
var Re = 6e5,
  ze = 6e5,
  Be = 16,
  Ve = 12,
  He = class extends Error {
    name = `WrongPassphraseError`;
  },
  V = class extends Error {
    name = `SealBrokenError`;
  },
  Ue = new TextEncoder(),
  We = new TextDecoder(),
  Ge = Ue.encode(`eikamet-assistant:data-key:v1`);
function Ke(e) {
  return crypto.getRandomValues(new Uint8Array(e));
}
function qe(e = Re) {
  if (e < 6e5) throw RangeError(`PBKDF2 needs ≥ ${ze} iterations`);
  return { name: `PBKDF2`, hash: `SHA-256`, iterations: e, salt: Ie(Ke(Be)) };
}
async function H(e, t) {
  const n = await crypto.subtle.importKey(`raw`, Ue.encode(e), `PBKDF2`, !1, [`deriveKey`]);
  return crypto.subtle.deriveKey(
    { name: `PBKDF2`, hash: `SHA-256`, iterations: t.iterations, salt: Le(t.salt) },
    n,
    { name: `AES-GCM`, length: 256 },
    !1,
    [`encrypt`, `decrypt`],
  );
}
function Je() {
  return crypto.subtle.generateKey({ name: `AES-GCM`, length: 256 }, !0, [`encrypt`, `decrypt`]);
}
async function Ye(e) {
  return Ie(new Uint8Array(await crypto.subtle.exportKey(`raw`, e)));
}
function Xe(e) {
  return crypto.subtle.importKey(`raw`, Le(e), { name: `AES-GCM`, length: 256 }, !0, [`encrypt`, `decrypt`]);
}
async function Ze(e, t, n) {
  const r = Ke(Ve),
    i = n ? { name: `AES-GCM`, iv: r, additionalData: n } : { name: `AES-GCM`, iv: r },
    a = new Uint8Array(await crypto.subtle.encrypt(i, e, t));
  return { iv: Ie(r), data: Ie(a) };
}
async function Qe(e, t, n) {
  let r, i;
  try {
    (r = Le(t.iv)), (i = Le(t.data));
  } catch {
    throw new V(`not a sealed value`);
  }
  if (r.length !== Ve) throw new V(`not a sealed value`);
  const a = n ? { name: `AES-GCM`, iv: r, additionalData: n } : { name: `AES-GCM`, iv: r };
  try {
    return await crypto.subtle.decrypt(a, e, i);
  } catch {
    throw new V(`authentication failed`);
  }
}
async function $e(e, t) {
  return Ze(t, new Uint8Array(await crypto.subtle.exportKey(`raw`, e)), Ge);
}
async function et(e, t) {
  let n;
  try {
    n = await Qe(t, e, Ge);
  } catch {
    throw new He(`wrong passphrase`);
  }
  return crypto.subtle.importKey(`raw`, n, { name: `AES-GCM`, length: 256 }, !0, [`encrypt`, `decrypt`]);
}
function tt(e, t) {
  return Ze(e, Ue.encode(JSON.stringify(t)));
}
async function nt(e, t) {
  const n = await Qe(e, t);
  try {
    return JSON.parse(We.decode(n));
  } catch {
    throw new V(`not JSON`);
  }
}
var rt = y().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  it = s({ iv: rt, data: rt }),
  at = s({ name: o(`PBKDF2`), hash: o(`SHA-256`), iterations: r().int().min(ze).max(1e8), salt: rt }),
  ot = s({
    format: o(`eikamet-assistant-vault`),
    v: o(1),
    kdf: at,
    wrappedKey: it,
    state: f([`encrypting`, `on`]),
  });
function st(e) {
  if (e == null) return null;
  const t = ot.safeParse(e);
  return t.success ? t.data : `corrupt`;
}
var ct = `eikamet-assistant-encrypted-profiles`,
  lt = s({ format: o(ct), v: o(1), kdf: at, wrappedKey: it, content: it });
async function ut(e, t) {
  let n;
  if (`passphrase` in t) {
    const r = qe(),
      i = await Je();
    n = {
      format: ct,
      v: 1,
      kdf: r,
      wrappedKey: await $e(i, await H(t.passphrase, r)),
      content: await tt(i, e),
    };
  } else {
    const { kdf: r, wrappedKey: i } = t.vault;
    n = { format: ct, v: 1, kdf: r, wrappedKey: i, content: await tt(t.dataKey, e) };
  }
  return `${JSON.stringify(n)}\n`;
}
function dt(e) {
  if (!e.includes(`eikamet-assistant-encrypted-profiles`)) return null;
  let t;
  try {
    t = JSON.parse(e);
  } catch {
    return null;
  }
  if (typeof t != `object` || !t || t.format !== `eikamet-assistant-encrypted-profiles`) return null;
  const n = lt.safeParse(t);
  return n.success ? n.data : `malformed`;
}
async function ft(e, t) {
  const n = await nt(await et(e.wrappedKey, await H(t, e.kdf)), e.content);
  if (typeof n != `string`) throw new V(`not an export`);
  return n;
}
function pt(e) {
  const t = [...e].length,
    n = e
      .trim()
      .split(/\s+/)
      .filter((e) => e.length >= 3).length,
    r = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u].filter((t) => t.test(e)).length;
  return t >= 20 || (n >= 4 && t >= 16) || (t >= 14 && r === 3) ? `strong` : t >= 12 ? `fair` : `weak`;
}
function mt(e, t) {
  return [...e].length < 10 ? { key: `fail.tooShort`, min: 10 } : e === t ? null : { key: `fail.mismatch` };
}
var ht = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome,
  gt = a((e, t) => {
    var n = class {
        constructor(e) {
          this.data = e;
        }
      },
      r = class {
        constructor() {
          this.length = 0;
        }
        enqueue(e) {
          const t = new n(e);
          return (
            (t.prev = this.tail),
            this.tail ? (this.tail.next = t) : (this.head = t),
            (this.tail = t),
            this.length++,
            t
          );
        }
        dequeue() {
          if (!this.head) return;
          const { data: e } = this.head;
          return this.remove(this.head), e;
        }
        remove(e) {
          e.prev ? (e.prev.next = e.next) : (this.head = e.next),
            e.next ? (e.next.prev = e.prev) : (this.tail = e.prev),
            this.length--;
        }
        size() {
          return this.length;
        }
      };
    t.exports = (e = 1) => {
      const t = new r(),
        n = () => {
          ++e;
          const n = t.dequeue();
          if (n) return n.acquire();
        },
        i = (t) => {
          --e, t(n);
        },
        a = (e) =>
          new Promise((n) => {
            if (e != null && typeof e.addEventListener != `function`)
              throw TypeError('`signal` needs to be an AbortSignal.');
            if (e?.aborted) return n(null);
            if (!a.isLocked()) return i(n);
            const r = { acquire: () => i(n) },
              o = t.enqueue(r);
            if (e != null) {
              const a = () => {
                t.remove(o), n(null);
              };
              (r.acquire = () => {
                e.removeEventListener(`abort`, a), i(n);
              }),
                e.addEventListener(`abort`, a, { once: !0 });
            }
          });
      return (a.isLocked = () => e === 0), (a.awaiting = () => t.size()), a;
    };
  }),
  _t = a((e, t) => {
    var n = gt();
    t.exports = {
      withLock: (e) => {
        const t = n(e),
          r = async (e, n) => {
            const r = await t(n);
            if (r)
              try {
                return await e();
              } finally {
                r();
              }
          };
        return (r.isLocked = t.isLocked), (r.awaiting = t.awaiting), r;
      },
      createLock: n,
    };
  })(),
  vt = Object.prototype.hasOwnProperty;
function yt(e, t) {
  var n, r;
  if (e === t) return !0;
  if (e && t && (n = e.constructor) === t.constructor) {
    if (n === Date) return e.getTime() === t.getTime();
    if (n === RegExp) return e.toString() === t.toString();
    if (n === Array) {
      if ((r = e.length) === t.length) for (; r-- && yt(e[r], t[r]); );
      return r === -1;
    }
    if (!n || typeof e == `object`) {
      for (n in ((r = 0), e))
        if ((vt.call(e, n) && ++r && !vt.call(t, n)) || !(n in t) || !yt(e[n], t[n])) return !1;
      return Object.keys(t).length === r;
    }
  }
  return e !== e && t !== t;
}
var U = bt();
function bt() {
  const e = { local: xt(`local`), session: xt(`session`), sync: xt(`sync`), managed: xt(`managed`) },
    t = (t) => {
      const n = e[t];
      if (n == null) {
        const n = Object.keys(e).join(`, `);
        throw Error(`Invalid area "${t}". Options: ${n}`);
      }
      return n;
    },
    n = (e) => {
      const n = e.indexOf(`:`),
        r = e.substring(0, n),
        i = e.substring(n + 1);
      if (i == null) throw Error(`Storage key should be in the form of "area:key", but received "${e}"`);
      return { driverArea: r, driverKey: i, driver: t(r) };
    },
    r = (e) => e + `$`,
    i = (e, t) => {
      const n = { ...e };
      return (
        Object.entries(t).forEach(([e, t]) => {
          t == null ? delete n[e] : (n[e] = t);
        }),
        n
      );
    },
    a = (e, t) => e ?? t ?? null,
    o = (e) => (typeof e == `object` && e && !Array.isArray(e) ? e : {}),
    s = async (e, t, n) => a(await e.getItem(t), n?.fallback ?? n?.defaultValue),
    c = async (e, t) => {
      const n = r(t);
      return o(await e.getItem(n));
    },
    l = async (e, t, n) => {
      await e.setItem(t, n ?? null);
    },
    u = async (e, t, n) => {
      const a = r(t),
        s = o(await e.getItem(a));
      await e.setItem(a, i(s, n));
    },
    d = async (e, t, n) => {
      if ((await e.removeItem(t), n?.removeMeta)) {
        const n = r(t);
        await e.removeItem(n);
      }
    },
    f = async (e, t, n) => {
      const i = r(t);
      if (n == null) await e.removeItem(i);
      else {
        const t = o(await e.getItem(i));
        [n].flat().forEach((e) => delete t[e]), await e.setItem(i, t);
      }
    },
    p = (e, t, n) => e.watch(t, n),
    m = (e, t, n) => p(e, r(t), (e, t) => n(o(e), o(t)));
  return {
    getItem: async (e, t) => {
      const { driver: r, driverKey: i } = n(e);
      return await s(r, i, t);
    },
    getItems: async (t) => {
      const r = new Map(),
        i = new Map(),
        o = [];
      t.forEach((e) => {
        let t, a;
        typeof e == `string`
          ? (t = e)
          : `getValue` in e
            ? ((t = e.key), (a = { fallback: e.fallback }))
            : ((t = e.key), (a = e.options)),
          o.push(t);
        const { driverArea: s, driverKey: c } = n(t),
          l = r.get(s) ?? [];
        r.set(s, l.concat(c)), i.set(t, a);
      });
      const s = new Map();
      return (
        await Promise.all(
          Array.from(r.entries()).map(async ([t, n]) => {
            (await e[t].getItems(n)).forEach((e) => {
              const n = `${t}:${e.key}`,
                r = i.get(n),
                o = a(e.value, r?.fallback ?? r?.defaultValue);
              s.set(n, o);
            });
          }),
        ),
        o.map((e) => ({ key: e, value: s.get(e) }))
      );
    },
    getMeta: async (e) => {
      const { driver: t, driverKey: r } = n(e);
      return await c(t, r);
    },
    getMetas: async (e) => {
      const t = e.map((e) => {
          const t = typeof e == `string` ? e : e.key,
            { driverArea: i, driverKey: a } = n(t);
          return { key: t, driverArea: i, driverKey: a, driverMetaKey: r(a) };
        }),
        i = t.reduce((e, t) => ((e[t.driverArea] ??= []), e[t.driverArea].push(t), e), {}),
        a = {};
      return (
        await Promise.all(
          Object.entries(i).map(async ([e, t]) => {
            const n = await ht.storage[e].get(t.map((e) => e.driverMetaKey));
            t.forEach((e) => {
              a[e.key] = n[e.driverMetaKey] ?? {};
            });
          }),
        ),
        t.map((e) => ({ key: e.key, meta: a[e.key] }))
      );
    },
    setItem: async (e, t) => {
      const { driver: r, driverKey: i } = n(e);
      await l(r, i, t);
    },
    setItems: async (e) => {
      const r = {};
      e.forEach((e) => {
        const { driverArea: t, driverKey: i } = n(`key` in e ? e.key : e.item.key);
        (r[t] ??= []), r[t].push({ key: i, value: e.value });
      }),
        await Promise.all(
          Object.entries(r).map(async ([e, n]) => {
            await t(e).setItems(n);
          }),
        );
    },
    setMeta: async (e, t) => {
      const { driver: r, driverKey: i } = n(e);
      await u(r, i, t);
    },
    setMetas: async (e) => {
      const a = {};
      e.forEach((e) => {
        const { driverArea: t, driverKey: r } = n(`key` in e ? e.key : e.item.key);
        (a[t] ??= []), a[t].push({ key: r, properties: e.meta });
      }),
        await Promise.all(
          Object.entries(a).map(async ([e, n]) => {
            const a = t(e),
              s = n.map(({ key: e }) => r(e)),
              c = await a.getItems(s),
              l = Object.fromEntries(c.map(({ key: e, value: t }) => [e, o(t)])),
              u = n.map(({ key: e, properties: t }) => {
                const n = r(e);
                return { key: n, value: i(l[n] ?? {}, t) };
              });
            await a.setItems(u);
          }),
        );
    },
    removeItem: async (e, t) => {
      const { driver: r, driverKey: i } = n(e);
      await d(r, i, t);
    },
    removeItems: async (e) => {
      const i = {};
      e.forEach((e) => {
        let t, a;
        typeof e == `string`
          ? (t = e)
          : `getValue` in e
            ? (t = e.key)
            : `item` in e
              ? ((t = e.item.key), (a = e.options))
              : ((t = e.key), (a = e.options));
        const { driverArea: o, driverKey: s } = n(t);
        (i[o] ??= []), i[o].push(s), a?.removeMeta && i[o].push(r(s));
      }),
        await Promise.all(
          Object.entries(i).map(async ([e, n]) => {
            await t(e).removeItems(n);
          }),
        );
    },
    clear: async (e) => {
      await t(e).clear();
    },
    removeMeta: async (e, t) => {
      const { driver: r, driverKey: i } = n(e);
      await f(r, i, t);
    },
    snapshot: async (e, n) => {
      const i = await t(e).snapshot();
      return (
        n?.excludeKeys?.forEach((e) => {
          delete i[e], delete i[r(e)];
        }),
        i
      );
    },
    restoreSnapshot: async (e, n) => {
      await t(e).restoreSnapshot(n);
    },
    watch: (e, t) => {
      const { driver: r, driverKey: i } = n(e);
      return p(r, i, t);
    },
    watchMeta: (e, t) => {
      const { driver: r, driverKey: i } = n(e);
      return m(r, i, t);
    },
    unwatch() {
      Object.values(e).forEach((e) => {
        e.unwatch();
      });
    },
    defineItem: (e, t) => {
      const { driver: i, driverKey: a } = n(e),
        { version: o = 1, migrations: h = {}, onMigrationComplete: g, debug: _ = !1 } = t ?? {};
      if (o < 1)
        throw Error(
          `Storage item version cannot be less than 1. Initial versions should be set to 1, not 0.`,
        );
      let v = !1,
        y = async () => {
          const t = r(a),
            [{ value: n }, { value: s }] = await i.getItems([a, t]);
          if (((v = n == null && s?.v == null && !!o), n == null)) return;
          const c = s?.v ?? 1;
          if (c > o) throw Error(`Version downgrade detected (v${c} -> v${o}) for "${e}"`);
          if (c === o) return;
          _ && console.debug(`[@wxt-dev/storage] Running storage migration for ${e}: v${c} -> v${o}`);
          let l = Array.from({ length: o - c }, (e, t) => c + t + 1),
            u = n;
          for (const t of l)
            try {
              (u = (await h?.[t]?.(u)) ?? u),
                _ && console.debug(`[@wxt-dev/storage] Storage migration processed for version: v${t}`);
            } catch (n) {
              throw new St(e, t, { cause: n });
            }
          await i.setItems([
            { key: a, value: u },
            { key: t, value: { ...s, v: o } },
          ]),
            _ &&
              console.debug(`[@wxt-dev/storage] Storage migration completed for ${e} v${o}`, {
                migratedValue: u,
              }),
            g?.(u, o);
        },
        b =
          t?.migrations == null
            ? Promise.resolve()
            : y().catch((t) => {
                console.error(`[@wxt-dev/storage] Migration failed for ${e}`, t);
              }),
        x = (0, _t.withLock)(),
        S = () => t?.fallback ?? t?.defaultValue ?? null,
        C = () =>
          x(async () => {
            const e = await i.getItem(a);
            if (e != null || t?.init == null) return e;
            const n = await t.init();
            return await i.setItem(a, n), e == null && o > 1 && (await u(i, a, { v: o })), n;
          });
      return (
        b.then(C),
        {
          key: e,
          get defaultValue() {
            return S();
          },
          get fallback() {
            return S();
          },
          getValue: async () => (await b, t?.init ? await C() : await s(i, a, t)),
          getMeta: async () => (await b, await c(i, a)),
          setValue: async (e) => {
            await b, v ? ((v = !1), await Promise.all([l(i, a, e), u(i, a, { v: o })])) : await l(i, a, e);
          },
          setMeta: async (e) => (await b, await u(i, a, e)),
          removeValue: async (e) => (await b, await d(i, a, e)),
          removeMeta: async (e) => (await b, await f(i, a, e)),
          watch: (e) => p(i, a, (t, n) => e(t ?? S(), n ?? S())),
          watchMeta: (e) => m(i, a, e),
          migrate: y,
        }
      );
    },
  };
}
function xt(e) {
  const t = () => {
      if (ht.runtime == null)
        throw Error(`'wxt/storage' must be loaded in a web extension environment

 - If thrown during a build, see https://github.com/wxt-dev/wxt/issues/371
 - If thrown during tests, mock 'wxt/browser' correctly. See https://wxt.dev/guide/go-further/testing.html
`);
      if (ht.storage == null)
        throw Error(`You must add the 'storage' permission to your manifest to use 'wxt/storage'`);
      const t = ht.storage[e];
      if (t == null) throw Error(`"browser.storage.${e}" is undefined`);
      return t;
    },
    n = new Set();
  return {
    getItem: async (e) => (await t().get(e))[e],
    getItems: async (e) => {
      const n = await t().get(e);
      return e.map((e) => ({ key: e, value: n[e] ?? null }));
    },
    setItem: async (e, n) => {
      n == null ? await t().remove(e) : await t().set({ [e]: n });
    },
    setItems: async (e) => {
      const n = e.reduce((e, { key: t, value: n }) => ((e[t] = n), e), {});
      await t().set(n);
    },
    removeItem: async (e) => {
      await t().remove(e);
    },
    removeItems: async (e) => {
      await t().remove(e);
    },
    clear: async () => {
      await t().clear();
    },
    snapshot: async () => await t().get(),
    restoreSnapshot: async (e) => {
      await t().set(e);
    },
    watch(e, r) {
      const i = (t) => {
        const n = t[e];
        n == null || yt(n.newValue, n.oldValue) || r(n.newValue ?? null, n.oldValue ?? null);
      };
      return (
        t().onChanged.addListener(i),
        n.add(i),
        () => {
          t().onChanged.removeListener(i), n.delete(i);
        }
      );
    },
    unwatch() {
      n.forEach((e) => {
        t().onChanged.removeListener(e);
      }),
        n.clear();
    },
  };
}
var St = class extends Error {
    constructor(e, t, n) {
      super(`v${t} migration failed for "${e}"`, n), (this.key = e), (this.version = t);
    }
  },
  Ct = `local:vault`,
  wt = `local:vault:idleMinutes`,
  W = `session:vault:unlocked`,
  Tt = `local:vault:signal`,
  Et = [1, 5, 15, 30, 60, 240],
  Dt = class extends Error {
    name = `VaultLockedError`;
    constructor() {
      super(`locked`);
    }
  },
  Ot = class extends Error {
    name = `VaultCorruptError`;
    constructor() {
      super(`vault header unreadable`);
    }
  };
function kt(e) {
  if (typeof e != `object` || !e) return null;
  const { key: t, lastActive: n } = e;
  return typeof t == `string` && typeof n == `number` ? { key: t, lastActive: n } : null;
}
function At({ now: e = Date.now, iterations: t = Re } = {}) {
  let n,
    r,
    i = new Set();
  async function a() {
    const e = st(await U.getItem(Ct));
    if (e === `corrupt`) throw new Ot();
    return e;
  }
  async function o() {
    const e = await U.getItem(wt);
    return typeof e == `number` && Number.isInteger(e) && e > 0 && e <= 1440 ? e : 15;
  }
  async function s() {
    (n = void 0), r !== void 0 && clearTimeout(r), (r = void 0);
    const t = (await U.getItem(W)) !== null;
    await U.removeItem(W), t && (await U.setItem(Tt, e()));
    for (const e of i) e();
  }
  async function c(t) {
    const n = t + (await o()) * 6e4 - e();
    return n <= 0
      ? (await s(), !1)
      : (r !== void 0 && clearTimeout(r), (r = setTimeout(() => void l(), n)), !0);
  }
  async function l() {
    const e = kt(await U.getItem(W));
    e ? await c(e.lastActive) : (n = void 0);
  }
  async function u(t) {
    const r = await Ye(t);
    n = { raw: r, key: t };
    const i = e();
    await U.setItem(W, { key: r, lastActive: i }), await U.setItem(Tt, i), await c(i);
  }
  return {
    header: a,
    idleMinutes: o,
    async setIdleMinutes(e) {
      if (!Number.isInteger(e) || e <= 0 || e > 1440) throw RangeError(`idle minutes`);
      await U.setItem(wt, e), await l();
    },
    async status() {
      let e;
      try {
        e = await a();
      } catch {
        return `corrupt`;
      }
      return e ? ((await this.dataKey({ touch: !1 })) ? `unlocked` : `locked`) : `none`;
    },
    async dataKey({ touch: t = !0 } = {}) {
      const r = kt(await U.getItem(W));
      if (!r) return (n = void 0), null;
      if (!(await c(r.lastActive))) return null;
      if ((n?.raw !== r.key && (n = { raw: r.key, key: await Xe(r.key) }), t)) {
        const t = e();
        await U.setItem(W, { key: r.key, lastActive: t }), await c(t);
      }
      return n.key;
    },
    async requireKey() {
      const e = await this.dataKey();
      if (!e) throw new Dt();
      return e;
    },
    async create(e) {
      if (await a()) throw Error(`a vault already exists`);
      const n = qe(t),
        r = await Je(),
        i = {
          format: `eikamet-assistant-vault`,
          v: 1,
          kdf: n,
          wrappedKey: await $e(r, await H(e, n)),
          state: `encrypting`,
        };
      return await U.setItem(Ct, i), await u(r), r;
    },
    async markEncrypted() {
      const e = await a();
      e && e.state !== `on` && (await U.setItem(Ct, { ...e, state: `on` }));
    },
    async unlock(e) {
      const t = await a();
      if (!t) throw Error(`no vault`);
      const n = await et(t.wrappedKey, await H(e, t.kdf));
      return await u(n), n;
    },
    lock: s,
    async changePassphrase(e, n) {
      const r = await a();
      if (!r) throw Error(`no vault`);
      const i = await et(r.wrappedKey, await H(e, r.kdf)),
        o = qe(Math.max(t, r.kdf.iterations)),
        s = await $e(i, await H(n, o));
      await U.setItem(Ct, { ...r, kdf: o, wrappedKey: s });
    },
    onLock(e) {
      return i.add(e), () => i.delete(e);
    },
    watch(e) {
      const t = U.watch(W, e),
        n = U.watch(Ct, e);
      return () => {
        t(), n();
      };
    },
  };
}
var jt;
function Mt() {
  return (jt ??= At()), jt;
}
function Nt(e, t, n = `application/json`) {
  const r = URL.createObjectURL(new Blob([t], { type: n })),
    i = document.createElement(`a`);
  (i.href = r),
    (i.download = e),
    (i.hidden = !0),
    document.body.append(i),
    i.click(),
    i.remove(),
    setTimeout(() => URL.revokeObjectURL(r), 1e4);
}
function G(e, t) {
  return t instanceof He
    ? e(`fail.wrongPassphrase`)
    : t instanceof Ot
      ? e(`fail.corrupt`)
      : e(`fail.failed`, { detail: t instanceof Error ? t.message : String(t) });
}
function Pt(e, t) {
  return t.key === `fail.tooShort` ? e(t.key, { min: t.min }) : e(t.key);
}
function Ft({
  t: e,
  idPrefix: t,
  passphrase: n,
  confirmation: r,
  onPassphrase: i,
  onConfirmation: a,
  passphraseLabel: o,
}) {
  const s = n ? pt(n) : null;
  return g(c, {
    children: [
      g(`div`, {
        class: `field`,
        children: [
          g(`label`, { for: `${t}-passphrase`, children: o ?? e(`setup.passphrase`) }),
          g(`input`, {
            id: `${t}-passphrase`,
            type: `password`,
            autocomplete: `new-password`,
            value: n,
            'aria-describedby': `${t}-strength`,
            onInput: (e) => i(e.currentTarget.value),
            'data-vault-passphrase': !0,
          }),
          g(`p`, {
            id: `${t}-strength`,
            class: `small muted`,
            'aria-live': `polite`,
            'data-strength': s ?? ``,
            children: s ? e(`strength.${s}`) : ``,
          }),
        ],
      }),
      g(`div`, {
        class: `field`,
        children: [
          g(`label`, { for: `${t}-confirm`, children: e(`setup.confirm`) }),
          g(`input`, {
            id: `${t}-confirm`,
            type: `password`,
            autocomplete: `new-password`,
            value: r,
            onInput: (e) => a(e.currentTarget.value),
            'data-vault-confirm': !0,
          }),
        ],
      }),
    ],
  });
}
var It = {
    en: {
      'mask.reveal': `Show`,
      'mask.hide': `Hide`,
      'mask.revealLabel': `Show the passport number and foreigner id of {name}`,
      'mask.hideLabel': `Hide the passport number and foreigner id of {name}`,
      'mask.endingIn.passport': `passport number ending in {last}`,
      'mask.endingIn.foreignerId': `foreigner id ending in {last}`,
      'offer.title': `Protect the profiles with a passphrase?`,
      'offer.body': `Encrypts every profile stored in this browser. Without the passphrase nobody can read them, not even you: it cannot be recovered.`,
      'offer.start': `Set a passphrase`,
      'offer.dismiss': `Not now`,
      'setup.title': `Encrypt the profiles`,
      'setup.passphrase': `Passphrase`,
      'setup.confirm': `Repeat the passphrase`,
      'setup.submit': `Encrypt`,
      'setup.cancel': `Cancel`,
      'setup.busy': `Encrypting…`,
      'setup.done': `The profiles are encrypted.`,
      'strength.weak': `Weak: use at least 12 characters, or four unrelated words.`,
      'strength.fair': `Fair: longer is stronger.`,
      'strength.strong': `Strong.`,
      'fail.tooShort': `The passphrase needs at least {min} characters.`,
      'fail.mismatch': `The two passphrases are different.`,
      'fail.wrongPassphrase': `Wrong passphrase. Nothing was changed.`,
      'fail.failed': `Encryption stopped ({detail}). Nothing is lost: unfinished profiles stay readable and are encrypted at the next unlock.`,
      'fail.corrupt': `The stored encryption settings cannot be read. Nothing was changed.`,
      'fail.locked': `The profiles are locked.`,
      'unlock.title': `The profiles are locked`,
      'unlock.body': `Enter the passphrase to read, edit and fill profiles.`,
      'unlock.passphrase': `Passphrase`,
      'unlock.submit': `Unlock`,
      'unlock.busy': `Unlocking…`,
      'settings.title': `Encryption`,
      'settings.on': `The profiles are encrypted on this device.`,
      'settings.lockNow': `Lock now`,
      'settings.idle': `Lock after this long without use`,
      'settings.minutes': `{count} min`,
      'settings.change': `Change the passphrase`,
      'settings.current': `Current passphrase`,
      'settings.new': `New passphrase`,
      'settings.changed': `The passphrase was changed.`,
      'export.encrypted': `Export encrypted`,
      'export.passphrase': `Passphrase for the file (leave empty to use the vault's)`,
      'export.plainWarning': `A plain export can be read by anyone who gets the file.`,
      'import.passphrase': `This file is encrypted. Its passphrase:`,
      'import.open': `Open the file`,
    },
    tr: {
      'mask.reveal': `Göster`,
      'mask.hide': `Gizle`,
      'mask.revealLabel': `{name} için pasaport numarasını ve yabancı kimlik numarasını göster`,
      'mask.hideLabel': `{name} için pasaport numarasını ve yabancı kimlik numarasını gizle`,
      'mask.endingIn.passport': `{last} ile biten pasaport numarası`,
      'mask.endingIn.foreignerId': `{last} ile biten yabancı kimlik numarası`,
      'offer.title': `Profiller bir parolayla korunsun mu?`,
      'offer.body': `Bu tarayıcıda kayıtlı tüm profilleri şifreler. Parola olmadan kimse, siz de dahil, onları okuyamaz: parola kurtarılamaz.`,
      'offer.start': `Parola belirle`,
      'offer.dismiss': `Şimdi değil`,
      'setup.title': `Profilleri şifrele`,
      'setup.passphrase': `Parola`,
      'setup.confirm': `Parolayı tekrar girin`,
      'setup.submit': `Şifrele`,
      'setup.cancel': `Vazgeç`,
      'setup.busy': `Şifreleniyor…`,
      'setup.done': `Profiller şifrelendi.`,
      'strength.weak': `Zayıf: en az 12 karakter ya da birbiriyle ilgisiz dört kelime kullanın.`,
      'strength.fair': `Orta: daha uzun, daha güçlüdür.`,
      'strength.strong': `Güçlü.`,
      'fail.tooShort': `Parola en az {min} karakter olmalı.`,
      'fail.mismatch': `İki parola birbirinden farklı.`,
      'fail.wrongPassphrase': `Parola yanlış. Hiçbir şey değiştirilmedi.`,
      'fail.failed': `Şifreleme durdu ({detail}). Hiçbir şey kaybolmadı: bitmeyen profiller okunabilir kalır ve bir sonraki kilit açılışında şifrelenir.`,
      'fail.corrupt': `Kayıtlı şifreleme ayarları okunamıyor. Hiçbir şey değiştirilmedi.`,
      'fail.locked': `Profiller kilitli.`,
      'unlock.title': `Profiller kilitli`,
      'unlock.body': `Profilleri okumak, düzenlemek ve form doldurmak için parolayı girin.`,
      'unlock.passphrase': `Parola`,
      'unlock.submit': `Kilidi aç`,
      'unlock.busy': `Kilit açılıyor…`,
      'settings.title': `Şifreleme`,
      'settings.on': `Profiller bu cihazda şifreli.`,
      'settings.lockNow': `Şimdi kilitle`,
      'settings.idle': `Bu kadar süre kullanılmazsa kilitle`,
      'settings.minutes': `{count} dk`,
      'settings.change': `Parolayı değiştir`,
      'settings.current': `Mevcut parola`,
      'settings.new': `Yeni parola`,
      'settings.changed': `Parola değiştirildi.`,
      'export.encrypted': `Şifreli dışa aktar`,
      'export.passphrase': `Dosyanın parolası (kasanın parolası için boş bırakın)`,
      'export.plainWarning': `Şifresiz bir dışa aktarma dosyasını, dosyayı eline geçiren herkes okuyabilir.`,
      'import.passphrase': `Bu dosya şifreli. Dosyanın parolası:`,
      'import.open': `Dosyayı aç`,
    },
    ar: {
      'mask.reveal': `إظهار`,
      'mask.hide': `إخفاء`,
      'mask.revealLabel': `إظهار رقم جواز السفر ورقم هوية الأجنبي لـ {name}`,
      'mask.hideLabel': `إخفاء رقم جواز السفر ورقم هوية الأجنبي لـ {name}`,
      'mask.endingIn.passport': `رقم جواز سفر ينتهي بـ {last}`,
      'mask.endingIn.foreignerId': `رقم هوية أجنبي ينتهي بـ {last}`,
      'offer.title': `هل تريد حماية الملفات الشخصية بعبارة مرور؟`,
      'offer.body': `يشفّر كل الملفات الشخصية المحفوظة في هذا المتصفح. بدون عبارة المرور لا يستطيع أحد قراءتها، ولا أنت: لا يمكن استعادتها.`,
      'offer.start': `تعيين عبارة مرور`,
      'offer.dismiss': `ليس الآن`,
      'setup.title': `تشفير الملفات الشخصية`,
      'setup.passphrase': `عبارة المرور`,
      'setup.confirm': `أعد كتابة عبارة المرور`,
      'setup.submit': `تشفير`,
      'setup.cancel': `إلغاء`,
      'setup.busy': `جارٍ التشفير…`,
      'setup.done': `تم تشفير الملفات الشخصية.`,
      'strength.weak': `ضعيفة: استخدم 12 حرفًا على الأقل، أو أربع كلمات غير مترابطة.`,
      'strength.fair': `متوسطة: الأطول أقوى.`,
      'strength.strong': `قوية.`,
      'fail.tooShort': `يجب أن تتكون عبارة المرور من {min} حرفًا على الأقل.`,
      'fail.mismatch': `عبارتا المرور مختلفتان.`,
      'fail.wrongPassphrase': `عبارة المرور خاطئة. لم يتغير شيء.`,
      'fail.failed': `توقف التشفير ({detail}). لم يُفقد شيء: الملفات غير المكتملة تبقى مقروءة وتُشفَّر عند فتح القفل التالي.`,
      'fail.corrupt': `تعذرت قراءة إعدادات التشفير المحفوظة. لم يتغير شيء.`,
      'fail.locked': `الملفات الشخصية مقفلة.`,
      'unlock.title': `الملفات الشخصية مقفلة`,
      'unlock.body': `أدخل عبارة المرور لقراءة الملفات الشخصية وتعديلها وتعبئة النموذج منها.`,
      'unlock.passphrase': `عبارة المرور`,
      'unlock.submit': `فتح القفل`,
      'unlock.busy': `جارٍ فتح القفل…`,
      'settings.title': `التشفير`,
      'settings.on': `الملفات الشخصية مشفرة على هذا الجهاز.`,
      'settings.lockNow': `قفل الآن`,
      'settings.idle': `القفل بعد عدم الاستخدام لمدة`,
      'settings.minutes': `{count} دقيقة`,
      'settings.change': `تغيير عبارة المرور`,
      'settings.current': `عبارة المرور الحالية`,
      'settings.new': `عبارة المرور الجديدة`,
      'settings.changed': `تم تغيير عبارة المرور.`,
      'export.encrypted': `تصدير مشفّر`,
      'export.passphrase': `عبارة مرور الملف (اتركها فارغة لاستخدام عبارة المرور الحالية)`,
      'export.plainWarning': `يمكن لأي شخص يحصل على ملف التصدير غير المشفر قراءته.`,
      'import.passphrase': `هذا الملف مشفّر. عبارة مروره:`,
      'import.open': `فتح الملف`,
    },
    ru: {
      'mask.reveal': `Показать`,
      'mask.hide': `Скрыть`,
      'mask.revealLabel': `Показать номер паспорта и номер ВНЖ иностранца: {name}`,
      'mask.hideLabel': `Скрыть номер паспорта и номер ВНЖ иностранца: {name}`,
      'mask.endingIn.passport': `номер паспорта, оканчивающийся на {last}`,
      'mask.endingIn.foreignerId': `идентификационный номер иностранца, оканчивающийся на {last}`,
      'offer.title': `Защитить профили паролем?`,
      'offer.body': `Шифрует все профили, сохранённые в этом браузере. Без пароля их никто не прочтёт, даже вы: восстановить пароль нельзя.`,
      'offer.start': `Задать пароль`,
      'offer.dismiss': `Не сейчас`,
      'setup.title': `Зашифровать профили`,
      'setup.passphrase': `Пароль`,
      'setup.confirm': `Повторите пароль`,
      'setup.submit': `Зашифровать`,
      'setup.cancel': `Отмена`,
      'setup.busy': `Шифрование…`,
      'setup.done': `Профили зашифрованы.`,
      'strength.weak': `Слабый: используйте не менее 12 символов или четыре не связанных слова.`,
      'strength.fair': `Средний: чем длиннее, тем надёжнее.`,
      'strength.strong': `Надёжный.`,
      'fail.tooShort': `Пароль должен содержать не менее {min} символов.`,
      'fail.mismatch': `Пароли не совпадают.`,
      'fail.wrongPassphrase': `Неверный пароль. Ничего не изменено.`,
      'fail.failed': `Шифрование остановлено ({detail}). Ничего не потеряно: незашифрованные профили остаются доступны и будут зашифрованы при следующей разблокировке.`,
      'fail.corrupt': `Сохранённые настройки шифрования не читаются. Ничего не изменено.`,
      'fail.locked': `Профили заблокированы.`,
      'unlock.title': `Профили заблокированы`,
      'unlock.body': `Введите пароль, чтобы читать, изменять профили и заполнять форму.`,
      'unlock.passphrase': `Пароль`,
      'unlock.submit': `Разблокировать`,
      'unlock.busy': `Разблокировка…`,
      'settings.title': `Шифрование`,
      'settings.on': `Профили на этом устройстве зашифрованы.`,
      'settings.lockNow': `Заблокировать сейчас`,
      'settings.idle': `Блокировать после бездействия`,
      'settings.minutes': `{count} мин`,
      'settings.change': `Сменить пароль`,
      'settings.current': `Текущий пароль`,
      'settings.new': `Новый пароль`,
      'settings.changed': `Пароль изменён.`,
      'export.encrypted': `Экспорт с шифрованием`,
      'export.passphrase': `Пароль файла (оставьте пустым, чтобы использовать текущий)`,
      'export.plainWarning': `Незашифрованный файл экспорта может прочесть любой, кто его получит.`,
      'import.passphrase': `Этот файл зашифрован. Его пароль:`,
      'import.open': `Открыть файл`,
    },
  },
  Lt = new Map();
function Rt(e) {
  let t = Lt.get(e);
  return t || ((t = p(It[e], It.en)), Lt.set(e, t)), t;
}
function zt(e, t) {
  return Fe(e, t).replace(/\.json$/, `.encrypted.json`);
}
function Bt({ lang: e, profiles: t, session: n = Mt() }) {
  const r = B(() => Rt(e), [e]),
    [i, a] = R(``),
    [o, s] = R(``),
    [c, l] = R(),
    [u, d] = R(!1);
  async function f() {
    if (i === `` && o === ``) {
      const [e, t] = await Promise.all([n.header(), n.dataKey()]);
      if (e && t) return { vault: e, dataKey: t };
    }
    const e = mt(i, o);
    return e ? Pt(r, e) : { passphrase: i };
  }
  async function p() {
    d(!0), l(void 0);
    try {
      const e = await f();
      if (typeof e == `string`) {
        l(e);
        return;
      }
      const n = new Date(),
        r = await ut(Pe(t, n), e);
      Nt(zt(t.length, n), r), a(``), s(``);
    } catch (e) {
      l(G(r, e));
    } finally {
      d(!1);
    }
  }
  return g(`details`, {
    class: `encrypted-export`,
    'data-encrypted-export': !0,
    children: [
      g(`summary`, { children: r(`export.encrypted`) }),
      g(`p`, { class: `small muted`, children: r(`export.plainWarning`) }),
      g(`form`, {
        onSubmit: (e) => {
          e.preventDefault(), u || p();
        },
        children: [
          g(Ft, {
            t: r,
            idPrefix: `export`,
            passphrase: i,
            confirmation: o,
            onPassphrase: a,
            onConfirmation: s,
            passphraseLabel: r(`export.passphrase`),
          }),
          c ? g(`p`, { class: `error`, role: `alert`, 'data-export-error': !0, children: c }) : null,
          g(`button`, {
            type: `submit`,
            disabled: u || t.length === 0,
            'data-action': `export-encrypted`,
            children: r(`export.encrypted`),
          }),
        ],
      }),
    ],
  });
}
function Vt(e) {
  if (typeof e != `object` || !e || Array.isArray(e)) return !1;
  if (Object.hasOwn(e, `plain`)) return !0;
  const { iv: t, data: n } = e;
  return typeof t == `string` && typeof n == `string`;
}
var Ht = class extends Error {
    name = `PayloadUnreadableError`;
  },
  Ut = {
    kind: `plain`,
    encode: async (e) => ({ plain: e }),
    decode: async (e) => {
      if (!(`plain` in e)) throw new Ht(`The record is encrypted.`);
      return e.plain;
    },
  };
function Wt(e) {
  return {
    kind: `encrypted`,
    encode: (t) => tt(e, t),
    async decode(t) {
      if (`plain` in t) return t.plain;
      try {
        return await nt(e, t);
      } catch (e) {
        throw new Ht(`The record could not be decrypted (${e instanceof V ? e.message : String(e)}).`, {
          cause: e,
        });
      }
    },
  };
}
var Gt = {
    kind: `encrypted`,
    encode: async () => {
      throw new Ht(`The vault is locked.`);
    },
    decode: async (e) => {
      if (`plain` in e) return e.plain;
      throw new Ht(`The vault is locked.`);
    },
  },
  Kt = `eikamet-assistant:profiles`,
  qt = `eikamet-assistant:profiles-layout`,
  Jt = new Map();
function Yt(e, t) {
  const n = globalThis.navigator?.locks;
  if (n) return n.request(e, t);
  const r = (Jt.get(e) ?? Promise.resolve()).then(t, t);
  return (
    Jt.set(
      e,
      r.catch(() => void 0),
    ),
    r
  );
}
function Xt(e) {
  return Yt(Kt, e);
}
function Zt(e) {
  return Yt(qt, e);
}
var Qt = `profile:`,
  $t = `profilesRev`,
  en = `profilesHead`,
  tn = `profilesLayout`,
  K = (e) => `${Qt}${e}`,
  nn = () => `${Qt}~${crypto.randomUUID()}`,
  rn = (e) => e.startsWith(Qt);
function an(e) {
  const t = e.slice(8);
  return t.startsWith(`~`) ? void 0 : t;
}
function on() {
  return crypto.randomUUID();
}
var sn = e({
  id: y(),
  name: y(),
  phone: y().optional(),
  email: y().optional(),
  passportNumber: y().optional(),
  passportExpiry: y().optional(),
  birthDate: y().optional(),
  nationality: y().optional(),
  foreignerId: y().optional(),
  permitEnd: y().optional(),
  notes: y().optional(),
  createdAt: y(),
  updatedAt: y(),
});
function cn(e) {
  const t = e.trim().split(/\s+/).filter(Boolean);
  return t.length === 0
    ? { ambiguous: !1 }
    : t.length === 1
      ? { givenName: t[0], ambiguous: !1 }
      : { givenName: t.slice(0, -1).join(` `), surname: t.at(-1), ambiguous: t.length > 2 };
}
var q = (e) => (e === void 0 || e.trim() === `` ? void 0 : e);
function ln(e) {
  const t = sn.safeParse(e);
  if (!t.success) return e;
  const { name: n, phone: r, permitEnd: i, notes: a, ...o } = t.data,
    s = Object.fromEntries(Object.entries(o).filter(([e]) => !Object.hasOwn(sn.shape, e))),
    { givenName: c, surname: l, ambiguous: u } = cn(n),
    d = r === void 0 ? void 0 : P(r).value,
    f = u ? `Version 1 full name: ${n.trim()}` : void 0,
    p =
      [q(a), f].filter(Boolean).join(`
`) || void 0,
    m = {
      id: o.id,
      createdAt: o.createdAt,
      updatedAt: o.updatedAt,
      givenName: c,
      surname: l,
      birthDate: q(o.birthDate),
      nationality: q(o.nationality),
      passportNumber: q(o.passportNumber),
      passportExpiry: q(o.passportExpiry),
      foreignerId: q(o.foreignerId),
      currentPermitEnd: q(i),
      email: q(o.email),
      mobile: q(d),
      notes: p,
      ...s,
    };
  return Object.fromEntries(Object.entries(m).filter(([, e]) => e !== void 0));
}
var un = `profiles`,
  dn = `profiles$`,
  fn = { movedTo: 3 };
function pn(e) {
  return typeof e == `object` && !!e && e.movedTo === 3;
}
function mn(e) {
  if (typeof e != `object` || !e) return;
  const t = e.id;
  return typeof t == `string` && S.test(t) ? t : void 0;
}
function hn(e, t, n, r = nn) {
  if (!Array.isArray(e)) return [{ key: r(), rev: 1, value: e }];
  const i = t?.v === 2 ? e : e.map(ln),
    a = i.map(() => void 0),
    o = new Set(n);
  return (
    i.forEach((e, t) => {
      const n = mn(e);
      n !== void 0 && !o.has(K(n)) && D.safeParse(e).success && ((a[t] = K(n)), o.add(K(n)));
    }),
    i.map((e, t) => {
      let n = mn(e),
        i = a[t];
      return (
        i === void 0 && n !== void 0 && !o.has(K(n)) && ((i = K(n)), o.add(i)),
        { key: i ?? r(), rev: 1, value: e }
      );
    })
  );
}
var gn = [un, dn];
function _n(e) {
  const t = e[un];
  return t !== void 0 && !pn(t);
}
async function vn(e) {
  const t = await e.get([...gn]);
  if (_n(t)) return { value: t[un], meta: t[dn] };
}
async function yn(e, t, n) {
  (n ? !_n(n) : !(await vn(e))) ||
    (await Zt(async () => {
      const n = await vn(e);
      if (!n) return;
      const r = new Set(Object.keys(await e.get(null))),
        i = {};
      for (const e of hn(n.value, n.meta, r)) {
        const n = { rev: e.rev, body: await t().encode(e.value) };
        i[e.key] = n;
      }
      await e.set({ ...i, [un]: fn, [dn]: { v: 3 }, [tn]: { v: 3 }, [$t]: on() }),
        await e.remove([un, dn]).catch(() => void 0);
    }));
}
async function bn(e, t, n) {
  if (typeof n != `object` || !n) return { key: t, rev: null, raw: n, unreadable: `envelope` };
  const { rev: r, body: i } = n;
  if (typeof r != `number` || !Number.isSafeInteger(r) || !Vt(i))
    return { key: t, rev: null, raw: n, unreadable: `envelope` };
  try {
    return { key: t, rev: r, raw: await e.decode(i) };
  } catch {
    return { key: t, rev: r, raw: n, unreadable: `payload` };
  }
}
var xn = Ut;
function Sn(e) {
  xn = e;
}
function Cn(e = () => xn, t = n.default.storage.local) {
  async function r(n) {
    const r = await t.get([...n, ...gn]);
    return _n(r) ? (await yn(t, e), t.get([...n])) : r;
  }
  async function i() {
    let n = await t.get(null);
    _n(n) && (await yn(t, e), (n = await t.get(null)));
    const r = Object.keys(n).filter(rn);
    return { records: await Promise.all(r.map((t) => bn(e(), t, n[t]))), rev: n.profilesRev ?? null };
  }
  async function a(t) {
    const n = (await r([t]))[t];
    return n === void 0 ? void 0 : bn(e(), t, n);
  }
  async function o() {
    return (await r([`profilesRev`])).profilesRev ?? null;
  }
  async function s(n, r = [], i) {
    const a = {};
    for (const [t, r] of n.entries()) {
      const o = { rev: r.rev, body: await e().encode(r.value) };
      (a[r.key] = o), i && (t + 1) % 200 == 0 && i(t + 1, n.length);
    }
    const o = on();
    return r.length > 0 && (await t.remove([...r])), (a[$t] = o), (a[tn] = { v: 3 }), await t.set(a), o;
  }
  async function c() {
    let n = await t.get([en, $t]),
      r = n[en],
      i = null;
    return (
      Vt(r) &&
        (i = await e()
          .decode(r)
          .catch(() => null)),
      { head: i, rev: n.profilesRev ?? null }
    );
  }
  async function l(n) {
    await t.set({ [en]: await e().encode(n) });
  }
  function u(e) {
    const t = (t, n) => {
      n === `local` && Object.keys(t).some((e) => e === `profilesRev` || rn(e)) && e(t[$t]?.newValue);
    };
    return n.default.storage.onChanged.addListener(t), () => n.default.storage.onChanged.removeListener(t);
  }
  return {
    get codec() {
      return e();
    },
    readAll: i,
    readOne: a,
    readRev: o,
    write: s,
    readHead: c,
    writeHead: l,
    watch: u,
  };
}
var wn;
function Tn() {
  return (wn ??= Cn()), wn;
}
var En = 3;
async function Dn() {
  const e = await n.default.storage.local.get(null);
  return Object.entries(e).filter(([e, t]) => {
    const n = e === `profilesHead` ? t : rn(e) ? t?.body : void 0;
    return typeof n == `object` && !!n && Object.hasOwn(n, `plain`);
  }).length;
}
function On(e = Tn) {
  return {
    resealAll(t, n) {
      return Xt(async () => {
        for (let r = 0; r < En; r += 1) {
          Sn(t);
          const r = (await e().readAll()).records.filter((e) => !e.unreadable);
          for (let t = 0; t < r.length; t += 500) {
            const i = r.slice(t, t + 500);
            await e().write(i.map((e) => ({ key: e.key, rev: e.rev ?? 0, value: e.raw }))),
              n?.(Math.min(t + 500, r.length), r.length);
          }
          const { head: i } = await e().readHead();
          if ((i !== null && (await e().writeHead(i)), (await Dn()) === 0)) return;
        }
        throw Error(`some records are still stored in clear`);
      });
    },
  };
}
async function kn() {
  return On();
}
var J;
function An(e) {
  return (
    (J = e),
    e
      .then(
        () => void 0,
        () => void 0,
      )
      .finally(() => {
        J === e && (J = void 0);
      }),
    e
  );
}
function jn(e, t, n, r) {
  return An(
    (async () => {
      const i = await e.create(t);
      await (n ?? (await kn())).resealAll(Wt(i), r), await e.markEncrypted();
    })(),
  );
}
async function Mn(e, t) {
  if (J) return J;
  if ((await e.header())?.state === `encrypting`)
    return (
      J ||
      An(
        (async () => {
          const n = await e.requireKey();
          await (t ?? (await kn())).resealAll(Wt(n)), await e.markEncrypted();
        })(),
      )
    );
}
function Nn({ t: e, session: t, onDone: n }) {
  const [r, i] = R();
  return (
    z(() => {
      let r = !0;
      return (
        Mn(t).then(
          () => r && n(),
          (t) => r && i(G(e, t)),
        ),
        () => {
          r = !1;
        }
      );
    }, [t, e, n]),
    r
      ? g(`p`, { class: `error`, role: `alert`, 'data-vault-error': !0, children: r })
      : g(`p`, {
          class: `notice small`,
          role: `status`,
          'data-vault-encrypting': !0,
          children: e(`setup.busy`),
        })
  );
}
var Pn = `vault:unlock-form`,
  Fn = `vault:unlocked`;
function In({ t: e, session: t, onUnlocked: n }) {
  const [r, i] = R(``),
    [a, o] = R(),
    [s, c] = R(!1);
  Se(() => {
    performance.getEntriesByName(`vault:unlock-form`).length === 0 && performance.mark(Pn);
  }, []);
  const l = async () => {
    c(!0), o(void 0);
    try {
      await t.unlock(r), performance.mark(Fn), i(``), await Mn(t), n();
    } catch (t) {
      o(G(e, t));
    } finally {
      c(!1);
    }
  };
  return g(`section`, {
    class: `vault-unlock`,
    'aria-labelledby': `vault-unlock-title`,
    'data-vault-locked': !0,
    children: [
      g(`h2`, { id: `vault-unlock-title`, children: e(`unlock.title`) }),
      g(`p`, { class: `small`, children: e(`unlock.body`) }),
      g(`form`, {
        onSubmit: (e) => {
          e.preventDefault(), !s && r && l();
        },
        'data-vault-unlock': !0,
        children: [
          g(`div`, {
            class: `field`,
            children: [
              g(`label`, { for: `vault-unlock-passphrase`, children: e(`unlock.passphrase`) }),
              g(`input`, {
                id: `vault-unlock-passphrase`,
                type: `password`,
                autocomplete: `current-password`,
                autofocus: !0,
                value: r,
                'aria-invalid': a ? `true` : void 0,
                'aria-describedby': a ? `vault-unlock-error` : void 0,
                onInput: (e) => i(e.currentTarget.value),
                'data-vault-unlock-passphrase': !0,
              }),
            ],
          }),
          a
            ? g(`p`, {
                id: `vault-unlock-error`,
                class: `error`,
                role: `alert`,
                'data-vault-error': !0,
                children: a,
              })
            : null,
          g(`button`, {
            type: `submit`,
            class: `primary`,
            disabled: s,
            'data-vault-unlock-submit': !0,
            children: e(s ? `unlock.busy` : `unlock.submit`),
          }),
        ],
      }),
    ],
  });
}
var Ln = null;
async function Rn(e = Mt()) {
  const t = await e.status();
  if (t === `unlocked`) {
    const n = await e.dataKey({ touch: !1 });
    if (n) return n !== Ln && Sn(Wt(n)), (Ln = n), t;
  }
  return t === `none` && (await e.header())
    ? Rn(e)
    : ((Ln = null), Sn(t === `none` ? Ut : Gt), t === `unlocked` ? `locked` : t);
}
var zn = `local:vault:offerDismissed`,
  Bn = 2e4;
function Vn(e = Mt()) {
  const [t, n] = R(`loading`),
    [r, i] = R(!1),
    [a, o] = R(!0),
    s = we(() => {
      Rn(e).then((t) => {
        if ((n(t), t !== `unlocked`)) return i(!1);
        i(void 0),
          e.header().then(
            (e) => i(e?.state === `encrypting`),
            () => i(!1),
          );
      });
    }, [e]);
  return (
    z(() => {
      s(), U.getItem(zn).then((e) => o(e === !0));
      let t = e.watch(s),
        n = e.onLock(s),
        r = 0,
        i = () => {
          Date.now() - r < Bn || ((r = Date.now()), e.dataKey());
        };
      return (
        document.addEventListener(`pointerdown`, i, !0),
        document.addEventListener(`keydown`, i, !0),
        () => {
          t(),
            n(),
            document.removeEventListener(`pointerdown`, i, !0),
            document.removeEventListener(`keydown`, i, !0);
        }
      );
    }, [e, s]),
    {
      status: t,
      encrypting: r,
      offerDismissed: a,
      session: e,
      refresh: s,
      dismissOffer: we(() => {
        o(!0), U.setItem(zn, !0);
      }, []),
    }
  );
}
function Hn({ t: e, session: t }) {
  const [n, r] = R();
  z(() => {
    t.idleMinutes().then(r);
  }, [t]);
  const i = Et.includes(n) ? Et : [...Et, ...(n ? [n] : [])];
  return g(`details`, {
    class: `vault-settings`,
    'data-vault-settings': !0,
    children: [
      g(`summary`, { children: e(`settings.title`) }),
      g(`p`, { class: `small`, children: e(`settings.on`) }),
      g(`div`, {
        class: `actions`,
        children: g(`button`, {
          type: `button`,
          onClick: () => void t.lock(),
          'data-vault-lock': !0,
          children: e(`settings.lockNow`),
        }),
      }),
      g(`div`, {
        class: `field`,
        children: [
          g(`label`, { for: `vault-idle`, children: e(`settings.idle`) }),
          g(`select`, {
            id: `vault-idle`,
            value: n === void 0 ? `` : String(n),
            onChange: (e) => {
              const n = Number(e.currentTarget.value);
              r(n), t.setIdleMinutes(n);
            },
            'data-vault-idle': !0,
            children: i.map((t) =>
              g(`option`, { value: String(t), children: e(`settings.minutes`, { count: t }) }, t),
            ),
          }),
        ],
      }),
      g(Un, { t: e, session: t }),
    ],
  });
}
function Un({ t: e, session: t }) {
  const [n, r] = R(``),
    [i, a] = R(``),
    [o, s] = R(``),
    [c, l] = R(),
    [u, d] = R(!1),
    f = async () => {
      const c = mt(i, o);
      if (c) l({ kind: `error`, text: Pt(e, c) });
      else {
        d(!0);
        try {
          await t.changePassphrase(n, i),
            r(``),
            a(``),
            s(``),
            l({ kind: `done`, text: e(`settings.changed`) });
        } catch (t) {
          l({ kind: `error`, text: G(e, t) });
        } finally {
          d(!1);
        }
      }
    };
  return g(`form`, {
    onSubmit: (e) => {
      e.preventDefault(), u || f();
    },
    'data-vault-change': !0,
    children: [
      g(`h3`, { children: e(`settings.change`) }),
      g(`div`, {
        class: `field`,
        children: [
          g(`label`, { for: `vault-current`, children: e(`settings.current`) }),
          g(`input`, {
            id: `vault-current`,
            type: `password`,
            autocomplete: `current-password`,
            value: n,
            onInput: (e) => r(e.currentTarget.value),
          }),
        ],
      }),
      g(Ft, {
        t: e,
        idPrefix: `vault-change`,
        passphrase: i,
        confirmation: o,
        onPassphrase: a,
        onConfirmation: s,
        passphraseLabel: e(`settings.new`),
      }),
      c
        ? g(`p`, {
            class: c.kind === `error` ? `error` : `small`,
            role: c.kind === `error` ? `alert` : `status`,
            children: c.text,
          })
        : null,
      g(`button`, { type: `submit`, disabled: u, children: e(`settings.change`) }),
    ],
  });
}
function Wn({ t: e, session: t, onDismiss: n, onDone: r }) {
  const [i, a] = R(!1);
  return g(`section`, {
    class: `vault-offer notice`,
    'aria-labelledby': `vault-offer-title`,
    'data-vault-offer': !0,
    children: [
      g(`h2`, { id: `vault-offer-title`, children: e(i ? `setup.title` : `offer.title`) }),
      i
        ? g(Gn, { t: e, session: t, onCancel: () => a(!1), onDone: r })
        : g(c, {
            children: [
              g(`p`, { class: `small`, children: e(`offer.body`) }),
              g(`div`, {
                class: `actions`,
                children: [
                  g(`button`, {
                    type: `button`,
                    class: `primary`,
                    onClick: () => a(!0),
                    'data-vault-start': !0,
                    children: e(`offer.start`),
                  }),
                  g(`button`, {
                    type: `button`,
                    onClick: n,
                    'data-vault-dismiss': !0,
                    children: e(`offer.dismiss`),
                  }),
                ],
              }),
            ],
          }),
    ],
  });
}
function Gn({ t: e, session: t, onCancel: n, onDone: r }) {
  const [i, a] = R(``),
    [o, s] = R(``),
    [c, l] = R(),
    [u, d] = R(!1),
    f = async () => {
      const n = mt(i, o);
      if (n) l(Pt(e, n));
      else {
        d(!0), l(void 0);
        try {
          await jn(t, i), r();
        } catch (t) {
          l(G(e, t));
        } finally {
          d(!1);
        }
      }
    };
  return g(`form`, {
    onSubmit: (e) => {
      e.preventDefault(), u || f();
    },
    'data-vault-setup': !0,
    children: [
      g(`p`, { class: `small`, children: e(`offer.body`) }),
      g(Ft, {
        t: e,
        idPrefix: `vault-new`,
        passphrase: i,
        confirmation: o,
        onPassphrase: a,
        onConfirmation: s,
      }),
      c ? g(`p`, { class: `error`, role: `alert`, 'data-vault-error': !0, children: c }) : null,
      g(`div`, {
        class: `actions`,
        children: [
          g(`button`, {
            type: `submit`,
            class: `primary`,
            disabled: u,
            'data-vault-encrypt': !0,
            children: e(u ? `setup.busy` : `setup.submit`),
          }),
          g(`button`, { type: `button`, onClick: n, disabled: u, children: e(`setup.cancel`) }),
        ],
      }),
    ],
  });
}
function Kn({ lang: e, title: t, children: n, vault: r }) {
  const i = Vn(),
    a = r ?? i,
    o = B(() => Rt(e ?? `en`), [e]);
  return a.status === `loading` || e === void 0
    ? null
    : a.status === `locked`
      ? g(`div`, {
          class: `app popup vault-gate`,
          'data-app': `vault-locked`,
          children: [
            g(`header`, { class: `app-header`, children: g(`h1`, { children: t }) }),
            g(In, { t: o, session: a.session, onUnlocked: a.refresh }),
          ],
        })
      : g(c, {
          children: [
            a.status === `corrupt`
              ? g(`p`, {
                  class: `error vault-corrupt`,
                  role: `alert`,
                  'data-vault-corrupt': !0,
                  children: o(`fail.corrupt`),
                })
              : null,
            a.status === `none` && !a.offerDismissed
              ? g(Wn, { t: o, session: a.session, onDismiss: a.dismissOffer, onDone: a.refresh })
              : null,
            n,
            a.status === `unlocked` && a.encrypting === !0
              ? g(Nn, { t: o, session: a.session, onDone: a.refresh })
              : null,
            a.status === `unlocked` && a.encrypting === !1 ? g(Hn, { t: o, session: a.session }) : null,
          ],
        });
}
function qn(e, t) {
  if (t.length < e.length || t.length - e.length > 16) return;
  const n = [];
  for (let r = 0; r < t.length; r += 1)
    if (!(r < e.length && t[r] === e[r]) && (n.push(r), n.length > 16)) return;
  return n;
}
function Jn(e, t, n) {
  let r = 0,
    i = e.length;
  for (; r < i; ) {
    const a = (r + i) >>> 1;
    n(e[a], t) < 0 ? (r = a + 1) : (i = a);
  }
  e.splice(r, 0, t);
}
var Yn = [
  `extension-expired`,
  `passport-too-short`,
  `extension-closing`,
  `extension-open`,
  `extension-opens-soon`,
];
function Xn(e, t) {
  const n = e.params[t];
  return typeof n == `number` ? n : 0;
}
function Zn(e) {
  switch (e.messageKey) {
    case `extension-window.open`: {
      const t = Xn(e, `daysLeft`);
      return { kind: t <= 14 ? `extension-closing` : `extension-open`, daysLeft: t };
    }
    case `extension-window.tooEarly`: {
      const t = Xn(e, `daysUntilOpen`);
      return t <= 30 ? { kind: `extension-opens-soon`, daysLeft: t } : void 0;
    }
    case `extension-window.expired`:
    case `extension-window.expiredLong`:
      return { kind: `extension-expired`, daysLeft: -Xn(e, `daysLate`) };
    case `passport-validity.tooShort`:
    case `passport-validity.renewFirst`:
      return { kind: `passport-too-short`, daysLeft: 0 };
    default:
      return;
  }
}
var Qn = new WeakMap(),
  $n;
function er(e) {
  if ($n?.day !== e.getTime()) {
    const t = te(e, 90);
    $n = { day: e.getTime(), key: N(_(t)) };
  }
  return $n.key;
}
function tr(e, t) {
  const n = t.getTime(),
    r = Qn.get(e);
  if (r && r.day === n) return r.findings;
  const i = er(t),
    a = [];
  e.currentPermitEnd && N(e.currentPermitEnd) <= i && a.push(j),
    e.passportExpiry && e.requestedEnd && a.push(re);
  const o = a.length === 0 ? [] : M(ne(e), t, a);
  return Qn.set(e, { day: n, findings: o }), o;
}
function nr(e, t) {
  const n = A(t),
    r = rr?.day === n.getTime() ? rr : void 0,
    i = (r && cr(r, e, n)) ?? sr(e, n);
  return (rr = { profiles: e, day: n.getTime(), ranked: i }), i.map((e) => e.entry);
}
var rr,
  ir = Object.fromEntries(Yn.map((e, t) => [e, t])),
  ar = (e, t) =>
    ir[e.entry.kind] - ir[t.entry.kind] ||
    e.entry.daysLeft - t.entry.daysLeft ||
    e.at - t.at ||
    e.nth - t.nth;
function or(e, t, n) {
  const r = [];
  for (const i of tr(e, n)) {
    const n = Zn(i);
    n && r.push({ entry: { profile: e, finding: i, ...n }, at: t, nth: r.length });
  }
  return r;
}
function sr(e, t) {
  return e.flatMap((e, n) => or(e, n, t)).sort(ar);
}
function cr(e, t, n) {
  const r = qn(e.profiles, t);
  if (!r) return;
  const i = new Set(r.filter((t) => t < e.profiles.length)),
    a = i.size === 0 ? [...e.ranked] : e.ranked.filter((e) => !i.has(e.at));
  for (const e of r) for (const r of or(t[e], e, n)) Jn(a, r, ar);
  return a;
}
function lr(e, t) {
  return !e.passportExpiry || !e.requestedEnd
    ? !1
    : tr(e, A(t)).some((e) => e.ruleId === `passport-validity`);
}
function ur({ profile: e, kind: t, daysLeft: n, finding: r }) {
  return {
    id: e.id,
    ...(e.givenName === void 0 ? {} : { givenName: e.givenName }),
    ...(e.surname === void 0 ? {} : { surname: e.surname }),
    kind: t,
    daysLeft: n,
    params: r.params,
  };
}
function dr(e) {
  return typeof e == `string` && Yn.includes(e);
}
var fr = { ı: `i`, ø: `o`, đ: `d`, ł: `l`, ß: `ss`, æ: `ae`, œ: `oe` };
function pr(e) {
  return e
    .toLocaleLowerCase(`tr-TR`)
    .normalize(`NFD`)
    .replace(/\p{M}/gu, ``)
    .replace(/[ıøđłßæœ]/g, (e) => fr[e] ?? e);
}
function mr(e) {
  return [
    e.givenName,
    e.surname,
    e.previousSurname,
    e.passportNumber,
    e.foreignerId,
    e.applicationNumber,
    e.email,
    e.mobile,
    e.notes,
  ]
    .filter((e) => e !== void 0)
    .join(``);
}
var hr = new WeakMap();
function gr(e) {
  let t = hr.get(e);
  return t === void 0 && ((t = pr(mr(e))), hr.set(e, t)), t;
}
function _r(e) {
  return pr(e).split(/\s+/).filter(Boolean);
}
function vr(e, t) {
  const n = _r(t);
  return n.length === 0
    ? [...e]
    : e.filter((e) => {
        const t = gr(e);
        return n.every((e) => t.includes(e));
      });
}
var yr = new Intl.Collator(`tr`, { sensitivity: `base`, numeric: !0 });
function Y(e) {
  return e.surname && e.givenName ? `${e.surname}, ${e.givenName}` : (e.surname ?? e.givenName ?? ``);
}
function br(e, t) {
  return (
    yr.compare(e.surname ?? e.givenName ?? ``, t.surname ?? t.givenName ?? ``) ||
    yr.compare(e.givenName ?? ``, t.givenName ?? ``)
  );
}
function xr(e, t) {
  return e.t(`glance.${t.kind}`, { ...t.params, days: Math.abs(t.daysLeft) });
}
function Sr({ text: e }) {
  return g(`section`, {
    class: `glance`,
    'aria-labelledby': `glance-title`,
    'aria-busy': `true`,
    'data-glance': !0,
    children: [
      g(`h2`, { id: `glance-title`, children: e.t(`glance.title`) }),
      g(`p`, { class: `muted`, children: e.t(`list.loading`) }),
    ],
  });
}
function Cr({ text: e, profiles: t, today: n, onOpen: r, limit: i = 8 }) {
  const a = B(() => nr(t, n), [t, n]),
    o = B(() => a.slice(0, i).map(ur), [a, i]);
  return g(wr, {
    text: e,
    rows: o,
    total: a.length,
    onOpen: (e) => {
      const n = t.find((t) => t.id === e.id);
      n && r(n);
    },
  });
}
function wr({ text: e, rows: t, total: n, onOpen: r }) {
  return g(`section`, {
    class: `glance`,
    'aria-labelledby': `glance-title`,
    'data-glance': !0,
    children: [
      g(`h2`, { id: `glance-title`, children: e.t(`glance.title`) }),
      n === 0
        ? g(`p`, { class: `muted`, children: e.t(`glance.nothing`) })
        : g(`ul`, {
            children: t.map((t) =>
              g(
                `li`,
                {
                  class: `glance-item glance-${t.kind}`,
                  'data-glance-kind': t.kind,
                  children: [
                    g(`button`, {
                      type: `button`,
                      class: `link`,
                      onClick: () => r(t),
                      children: g(`bdi`, { children: Y(t) }),
                    }),
                    g(`span`, { children: xr(e, t) }),
                  ],
                },
                `${t.id}-${t.kind}`,
              ),
            ),
          }),
      n > t.length
        ? g(`p`, { class: `muted small`, children: e.t(`glance.more`, { count: n - t.length }) })
        : null,
    ],
  });
}
var Tr = i(
    a((e, t, n) => {
      ((n, r) => {
        typeof define == `function` && define.amd
          ? define([], r)
          : typeof t == `object` && e !== void 0
            ? (t.exports = r())
            : (n.Papa = r());
      })(n, function e() {
        var t = typeof self < `u` ? self : typeof window < `u` ? window : t === void 0 ? {} : t,
          n = !t.document && !!t.postMessage,
          r = t.IS_PAPA_WORKER || !1,
          i = {},
          a = 0,
          o = {};
        function s(e) {
          return e.charCodeAt(0) === 65279 ? e.slice(1) : e;
        }
        function c(e) {
          (this._handle = null),
            (this._finished = !1),
            (this._completed = !1),
            (this._halted = !1),
            (this._input = null),
            (this._baseIndex = 0),
            (this._partialLine = ``),
            (this._rowCount = 0),
            (this._start = 0),
            (this._nextChunk = null),
            (this.isFirstChunk = !0),
            (this._completeResults = { data: [], errors: [], meta: {} }),
            function (e) {
              var t = y(e);
              (t.chunkSize = parseInt(t.chunkSize)),
                e.step || e.chunk || (t.chunkSize = null),
                (this._handle = new p(t)),
                ((this._handle.streamer = this)._config = t);
            }.call(this, e),
            (this.parseChunk = function (e, n) {
              var i = parseInt(this._config.skipFirstNLines) || 0;
              if (this.isFirstChunk && 0 < i) {
                let t = this._config.newline;
                (t ||= ((a = this._config.quoteChar || `"`), this._handle.guessLineEndings(e, a))),
                  (e = [...e.split(t).slice(i)].join(t));
              }
              this.isFirstChunk &&
                x(this._config.beforeFirstChunk) &&
                (a = this._config.beforeFirstChunk(e)) !== void 0 &&
                (e = a),
                (this.isFirstChunk = !1),
                (this._halted = !1);
              var i = this._partialLine + e,
                a = ((this._partialLine = ``), this._handle.parse(i, this._baseIndex, !this._finished));
              if (!this._handle.paused() && !this._handle.aborted()) {
                if (
                  ((e = a.meta.cursor),
                  (i =
                    (this._finished ||
                      ((this._partialLine = i.substring(e - this._baseIndex)), (this._baseIndex = e)),
                    a && a.data && (this._rowCount += a.data.length),
                    this._finished || (this._config.preview && this._rowCount >= this._config.preview))),
                  r)
                )
                  t.postMessage({ results: a, workerId: o.WORKER_ID, finished: i });
                else if (x(this._config.chunk) && !n) {
                  if ((this._config.chunk(a, this._handle), this._handle.paused() || this._handle.aborted()))
                    return void (this._halted = !0);
                  this._completeResults = a = void 0;
                }
                return (
                  this._config.step ||
                    this._config.chunk ||
                    ((this._completeResults.data = this._completeResults.data.concat(a.data)),
                    (this._completeResults.errors = this._completeResults.errors.concat(a.errors)),
                    (this._completeResults.meta = a.meta)),
                  this._completed ||
                    !i ||
                    !x(this._config.complete) ||
                    (a && a.meta.aborted) ||
                    (this._config.complete(this._completeResults, this._input), (this._completed = !0)),
                  i || (a && a.meta.paused) || this._nextChunk(),
                  a
                );
              }
              this._halted = !0;
            }),
            (this._sendError = function (e) {
              x(this._config.error)
                ? this._config.error(e)
                : r && this._config.error && t.postMessage({ workerId: o.WORKER_ID, error: e, finished: !1 });
            });
        }
        function l(e) {
          var t;
          (e ||= {}).chunkSize || (e.chunkSize = o.RemoteChunkSize),
            c.call(this, e),
            (this._nextChunk = n
              ? function () {
                  this._readChunk(), this._chunkLoaded();
                }
              : function () {
                  this._readChunk();
                }),
            (this.stream = function (e) {
              (this._input = e), this._nextChunk();
            }),
            (this._readChunk = function () {
              if (this._finished) this._chunkLoaded();
              else {
                if (
                  ((t = new XMLHttpRequest()),
                  this._config.withCredentials && (t.withCredentials = this._config.withCredentials),
                  n || ((t.onload = b(this._chunkLoaded, this)), (t.onerror = b(this._chunkError, this))),
                  (t.ontimeout = b(this._chunkTimeout, this)),
                  t.open(this._config.downloadRequestBody ? `POST` : `GET`, this._input, !n),
                  this._config.downloadTimeout && !n && (t.timeout = this._config.downloadTimeout),
                  this._config.downloadRequestHeaders)
                ) {
                  var e,
                    r = this._config.downloadRequestHeaders;
                  for (e in r) t.setRequestHeader(e, r[e]);
                }
                var i;
                this._config.chunkSize &&
                  ((i = this._start + this._config.chunkSize - 1),
                  t.setRequestHeader(`Range`, `bytes=` + this._start + `-` + i));
                try {
                  t.send(this._config.downloadRequestBody);
                } catch (e) {
                  this._chunkError(e.message);
                }
                n && t.status === 0 && this._chunkError();
              }
            }),
            (this._chunkLoaded = function () {
              t.readyState === 4 &&
                (t.status < 200 || 400 <= t.status
                  ? this._chunkError()
                  : ((this._start += this._config.chunkSize || t.responseText.length),
                    (this._finished =
                      !this._config.chunkSize ||
                      this._start >=
                        ((e) =>
                          (e = e.getResponseHeader(`Content-Range`)) === null
                            ? -1
                            : parseInt(e.substring(e.lastIndexOf(`/`) + 1)))(t)),
                    this.parseChunk(t.responseText)));
            }),
            (this._chunkError = function (e) {
              (e = t.statusText || e), this._sendError(Error(e));
            }),
            (this._chunkTimeout = function () {
              this._chunkError(`Request timed out after ` + this._config.downloadTimeout + `ms`);
            });
        }
        function u(e) {
          (e ||= {}).chunkSize || (e.chunkSize = o.LocalChunkSize), c.call(this, e);
          var t,
            n,
            r = typeof FileReader < `u`;
          (this.stream = function (e) {
            (this._input = e),
              (n = e.slice || e.webkitSlice || e.mozSlice),
              r
                ? (((t = new FileReader()).onload = b(this._chunkLoaded, this)),
                  (t.onerror = b(this._chunkError, this)))
                : (t = new FileReaderSync()),
              this._nextChunk();
          }),
            (this._nextChunk = function () {
              this._finished ||
                (this._config.preview && !(this._rowCount < this._config.preview)) ||
                this._readChunk();
            }),
            (this._readChunk = function () {
              var e = this._input,
                i =
                  (this._config.chunkSize &&
                    ((i = Math.min(this._start + this._config.chunkSize, this._input.size)),
                    (e = n.call(e, this._start, i))),
                  t.readAsText(e, this._config.encoding));
              r || this._chunkLoaded({ target: { result: i } });
            }),
            (this._chunkLoaded = function (e) {
              (this._start += this._config.chunkSize),
                (this._finished = !this._config.chunkSize || this._start >= this._input.size),
                this.parseChunk(e.target.result);
            }),
            (this._chunkError = function () {
              this._sendError(t.error);
            });
        }
        function d(e) {
          var t;
          c.call(this, (e ||= {})),
            (this.stream = function (e) {
              return (t = e), this._nextChunk();
            }),
            (this._nextChunk = function () {
              var e, n;
              if (!this._finished)
                return (
                  (e = this._config.chunkSize),
                  (t = e ? ((n = t.substring(0, e)), t.substring(e)) : ((n = t), ``)),
                  (this._finished = !t),
                  this.parseChunk(n)
                );
            });
        }
        function f(e) {
          c.call(this, (e ||= {}));
          var t = [],
            n = !0,
            r = !1;
          (this.pause = function () {
            c.prototype.pause.apply(this, arguments), this._input.pause();
          }),
            (this.resume = function () {
              c.prototype.resume.apply(this, arguments), this._input.resume();
            }),
            (this.stream = function (e) {
              (this._input = e),
                this._input.on(`data`, this._streamData),
                this._input.on(`end`, this._streamEnd),
                this._input.on(`error`, this._streamError);
            }),
            (this._checkIsFinished = function () {
              r && t.length === 1 && (this._finished = !0);
            }),
            (this._nextChunk = function () {
              this._checkIsFinished(), t.length ? this.parseChunk(t.shift()) : (n = !0);
            }),
            (this._streamData = b(function (e) {
              try {
                t.push(typeof e == `string` ? e : e.toString(this._config.encoding)),
                  n && ((n = !1), this._checkIsFinished(), this.parseChunk(t.shift()));
              } catch (e) {
                this._streamError(e);
              }
            }, this)),
            (this._streamError = b(function (e) {
              this._streamCleanUp(), this._sendError(e);
            }, this)),
            (this._streamEnd = b(function () {
              this._streamCleanUp(), (r = !0), this._streamData(``);
            }, this)),
            (this._streamCleanUp = b(function () {
              this._input.removeListener(`data`, this._streamData),
                this._input.removeListener(`end`, this._streamEnd),
                this._input.removeListener(`error`, this._streamError);
            }, this));
        }
        function p(e) {
          var t,
            n,
            r,
            i,
            a = 2 ** 53,
            s = -a,
            c = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/,
            l =
              /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/,
            d = 0,
            f = 0,
            p = !1,
            g = !1,
            _ = [],
            v = { data: [], errors: [], meta: {} };
          function b(t) {
            return e.skipEmptyLines === `greedy`
              ? t.join(``).trim() === ``
              : t.length === 1 && t[0].length === 0;
          }
          function S() {
            if (
              (v &&
                r &&
                (w(
                  `Delimiter`,
                  `UndetectableDelimiter`,
                  `Unable to auto-detect delimiting character; defaulted to '` + o.DefaultDelimiter + `'`,
                ),
                (r = !1)),
              e.skipEmptyLines && (v.data = v.data.filter((e) => !b(e))),
              C())
            ) {
              if (v) {
                if (Array.isArray(v.data[0])) {
                  for (var t = 0; C() && t < v.data.length; t++) v.data[t].forEach(e);
                  v.data.splice(0, 1);
                } else v.data.forEach(e);
              }
              function e(e) {
                _.push(e);
              }
            }
            function n(t, n) {
              for (var r = e.header ? {} : [], i = 0; i < t.length; i++) {
                var o = i,
                  u = t[i],
                  u = ((t, n) =>
                    ((t) => (
                      e.dynamicTypingFunction &&
                        e.dynamicTyping[t] === void 0 &&
                        (e.dynamicTyping[t] = e.dynamicTypingFunction(t)),
                      !0 === (e.dynamicTyping[t] || e.dynamicTyping)
                    ))(t)
                      ? n === `true` ||
                        n === `TRUE` ||
                        (n !== `false` &&
                          n !== `FALSE` &&
                          (((e) => {
                            if (c.test(e) && ((e = parseFloat(e)), s < e && e < a)) return 1;
                          })(n)
                            ? parseFloat(n)
                            : l.test(n)
                              ? new Date(n)
                              : n === ``
                                ? null
                                : n))
                      : n)(
                    (o = e.header ? (i >= _.length ? `__parsed_extra` : _[i]) : o),
                    (u = e.transform ? e.transform(u, o) : u),
                  );
                o === `__parsed_extra` ? ((r[o] = r[o] || []), r[o].push(u)) : (r[o] = u);
              }
              return (
                e.header &&
                  (i > _.length
                    ? w(
                        `FieldMismatch`,
                        `TooManyFields`,
                        `Too many fields: expected ` + _.length + ` fields but parsed ` + i,
                        f + n,
                      )
                    : i < _.length &&
                      w(
                        `FieldMismatch`,
                        `TooFewFields`,
                        `Too few fields: expected ` + _.length + ` fields but parsed ` + i,
                        f + n,
                      )),
                r
              );
            }
            var i;
            v &&
              (e.header || e.dynamicTyping || e.transform) &&
              ((i = 1),
              !v.data.length || Array.isArray(v.data[0])
                ? ((v.data = v.data.map(n)), (i = v.data.length))
                : (v.data = n(v.data, 0)),
              e.header && v.meta && (v.meta.fields = _),
              (f += i));
          }
          function C() {
            return e.header && _.length === 0;
          }
          function w(e, t, n, r) {
            (e = { type: e, code: t, message: n }), r !== void 0 && (e.row = r), v.errors.push(e);
          }
          x(e.step) &&
            ((i = e.step),
            (e.step = (t) => {
              (v = t),
                C()
                  ? S()
                  : (S(),
                    v.data.length !== 0 &&
                      ((d += t.data.length),
                      e.preview && d > e.preview ? n.abort() : ((v.data = v.data[0]), i(v, u))));
            })),
            (this.parse = function (i, a, s) {
              var c = e.quoteChar || `"`,
                c =
                  ((e.newline ||= this.guessLineEndings(i, c)),
                  (r = !1),
                  e.delimiter
                    ? x(e.delimiter) && ((e.delimiter = e.delimiter(i)), (v.meta.delimiter = e.delimiter))
                    : ((c = ((t, n, r, i, a) => {
                        var s, c, l, u;
                        a ||= [`,`, `	`, `|`, `;`, o.RECORD_SEP, o.UNIT_SEP];
                        for (var d = 0; d < a.length; d++) {
                          for (
                            var f,
                              p = a[d],
                              m = 0,
                              g = 0,
                              _ = 0,
                              v =
                                ((l = void 0),
                                new h({ comments: i, delimiter: p, newline: n, preview: 10 }).parse(t)),
                              y = 0;
                            y < v.data.length;
                            y++
                          )
                            r && b(v.data[y])
                              ? _++
                              : ((f = v.data[y].length),
                                (g += f),
                                l === void 0 ? (l = f) : 0 < f && ((m += Math.abs(f - l)), (l = f)));
                          0 < v.data.length && (g /= v.data.length - _),
                            1.99 < g &&
                              (c === void 0 || m < c || (m === c && u < g)) &&
                              ((c = m), (s = p), (u = g));
                        }
                        return { successful: !!(e.delimiter = s), bestDelimiter: s };
                      })(i, e.newline, e.skipEmptyLines, e.comments, e.delimitersToGuess)).successful
                        ? (e.delimiter = c.bestDelimiter)
                        : ((r = !0), (e.delimiter = o.DefaultDelimiter)),
                      (v.meta.delimiter = e.delimiter)),
                  y(e));
              return (
                (c.header = C()),
                e.preview && e.header && c.preview++,
                (t = i),
                (n = new h(c)),
                (v = n.parse(t, a, s)),
                S(),
                p ? { meta: { paused: !0 } } : v || { meta: { paused: !1 } }
              );
            }),
            (this.paused = () => p),
            (this.pause = () => {
              (p = !0), n.abort(), (t = x(e.chunk) ? `` : t.substring(n.getCharIndex()));
            }),
            (this.resume = () => {
              u.streamer._halted ? ((p = !1), u.streamer.parseChunk(t, !0)) : setTimeout(u.resume, 3);
            }),
            (this.aborted = () => g),
            (this.abort = () => {
              (g = !0), n.abort(), (v.meta.aborted = !0), x(e.complete) && e.complete(v), (t = ``);
            }),
            (this.guessLineEndings = (e, t) => {
              e = e.substring(0, 1048576);
              var t = RegExp(m(t) + `([^]*?)` + m(t), `gm`),
                n = (e = e.replace(t, ``)).split(`\r`),
                t = e.split(`
`),
                e = 1 < t.length && t[0].length < n[0].length;
              if (n.length === 1 || e)
                return `
`;
              for (var r = 0, i = 0; i < n.length; i++)
                n[i][0] ===
                  `
` && r++;
              return r >= n.length / 2
                ? `\r
`
                : `\r`;
            });
        }
        function m(e) {
          return e.replace(/[.*+?^${}()|[\]\\]/g, `\\$&`);
        }
        function h(e) {
          var t = (e ||= {}).delimiter,
            n = e.newline,
            r = e.comments,
            i = e.step,
            a = e.preview,
            c = e.fastMode,
            l = null,
            u = !1,
            d = e.quoteChar == null ? `"` : e.quoteChar,
            f = d;
          if (
            (e.escapeChar !== void 0 && (f = e.escapeChar),
            (typeof t != `string` || -1 < o.BAD_DELIMITERS.indexOf(t)) && (t = `,`),
            r === t)
          )
            throw Error(`Comment character same as delimiter`);
          !0 === r ? (r = `#`) : (typeof r != `string` || -1 < o.BAD_DELIMITERS.indexOf(r)) && (r = !1),
            n !==
              `
` &&
              n !== `\r` &&
              n !==
                `\r
` &&
              (n = `
`);
          var p = 0,
            h = !1;
          (this.parse = (o, g, _) => {
            if (typeof o != `string`) throw Error(`Input must be a string`);
            var v = o.length,
              y = t.length,
              b = n.length,
              S = r.length,
              C = x(i),
              w = [],
              T = [],
              E = [],
              D = (p = 0);
            if (!o) return P();
            if (c || (!1 !== c && o.indexOf(d) === -1)) {
              for (var ee = o.split(n), O = 0; O < ee.length; O++) {
                if (((E = ee[O]), (p += E.length), O !== ee.length - 1)) p += n.length;
                else if (_) return P();
                if (!r || E.substring(0, S) !== r) {
                  if (C) {
                    if (((w = []), ne(E.split(t)), F(), h)) return P();
                  } else ne(E.split(t));
                  if (a && a <= O) return (w = w.slice(0, a)), P(!0);
                }
              }
              return P();
            }
            for (
              var k = o.indexOf(t, p),
                A = o.indexOf(n, p),
                te = new RegExp(m(f) + m(d), `g`),
                j = o.indexOf(d, p);
              ;
            )
              if (o[p] === d)
                for (j = p, p++; ; ) {
                  if ((j = o.indexOf(d, j + 1)) === -1)
                    return (
                      _ ||
                        T.push({
                          type: `Quotes`,
                          code: `MissingQuotes`,
                          message: `Quoted field unterminated`,
                          row: w.length,
                          index: p,
                        }),
                      ie()
                    );
                  if (j === v - 1) return ie(o.substring(p, j).replace(te, d));
                  if (d === f && o[j + 1] === f) j++;
                  else if (d === f || j === 0 || o[j - 1] !== f) {
                    k !== -1 && k < j + 1 && (k = o.indexOf(t, j + 1));
                    var M = re(
                      (A = A !== -1 && A < j + 1 ? o.indexOf(n, j + 1) : A) === -1 ? k : Math.min(k, A),
                    );
                    if (o.substr(j + 1 + M, y) === t) {
                      E.push(o.substring(p, j).replace(te, d)),
                        o[(p = j + 1 + M + y)] !== d && (j = o.indexOf(d, p)),
                        k !== -1 && k < p && (k = o.indexOf(t, p)),
                        A !== -1 && A < p && (A = o.indexOf(n, p));
                      break;
                    }
                    if (((M = re(A)), o.substring(j + 1 + M, j + 1 + M + b) === n)) {
                      if (
                        (E.push(o.substring(p, j).replace(te, d)),
                        N(j + 1 + M + b),
                        k !== -1 && k < p && (k = o.indexOf(t, p)),
                        (j = o.indexOf(d, p)),
                        C && (F(), h))
                      )
                        return P();
                      if (a && w.length >= a) return P(!0);
                      break;
                    }
                    T.push({
                      type: `Quotes`,
                      code: `InvalidQuotes`,
                      message: `Trailing quote on quoted field is malformed`,
                      row: w.length,
                      index: p,
                    }),
                      j++;
                  }
                }
              else if (r && E.length === 0 && o.substring(p, p + S) === r) {
                if (A === -1) return P();
                (p = A + b), (A = o.indexOf(n, p)), k !== -1 && k < p && (k = o.indexOf(t, p));
              } else if (k !== -1 && (k < A || A === -1))
                E.push(o.substring(p, k)), (p = k + y), (k = o.indexOf(t, p));
              else {
                if (A === -1) break;
                if ((E.push(o.substring(p, A)), N(A + b), C && (F(), h))) return P();
                if (a && w.length >= a) return P(!0);
              }
            return ie();
            function ne(e) {
              w.push(e), (D = p);
            }
            function re(e) {
              var t = 0;
              return (t = e !== -1 && (e = o.substring(j + 1, e)) && e.trim() === `` ? e.length : t);
            }
            function ie(e) {
              return _ || (e === void 0 && (e = o.substring(p)), E.push(e), (p = v), ne(E), C && F()), P();
            }
            function N(e) {
              (p = e), ne(E), (E = []), (A = o.indexOf(n, p));
            }
            function P(r) {
              if (e.header && !g && w.length && !u) {
                var i = w[0],
                  a = Object.create(null),
                  o = new Set(i);
                let t = !1;
                for (let n = 0; n < i.length; n++) {
                  let r = s(i[n]);
                  if (a[(r = x(e.transformHeader) ? e.transformHeader(r, n) : r)]) {
                    let e,
                      s = a[r];
                    for (; (e = r + `_` + s), s++, o.has(e); );
                    o.add(e), (i[n] = e), a[r]++, (t = !0), ((l = l === null ? {} : l)[e] = r);
                  } else (a[r] = 1), (i[n] = r);
                  o.add(r);
                }
                t && console.warn(`Duplicate headers found and renamed.`), (u = !0);
              }
              return {
                data: w,
                errors: T,
                meta: {
                  delimiter: t,
                  linebreak: n,
                  aborted: h,
                  truncated: !!r,
                  cursor: D + (g || 0),
                  renamedHeaders: l,
                },
              };
            }
            function F() {
              i(P()), (w = []), (T = []);
            }
          }),
            (this.abort = () => {
              h = !0;
            }),
            (this.getCharIndex = () => p);
        }
        function g(e) {
          var t = e.data,
            n = i[t.workerId],
            r = !1;
          if (t.error) n.userError(t.error, t.file);
          else if (t.results && t.results.data) {
            var a = {
              abort: () => {
                (r = !0), _(t.workerId, { data: [], errors: [], meta: { aborted: !0 } });
              },
              pause: v,
              resume: v,
            };
            if (x(n.userStep)) {
              for (
                var o = 0;
                o < t.results.data.length &&
                (n.userStep({ data: t.results.data[o], errors: t.results.errors, meta: t.results.meta }, a),
                !r);
                o++
              );
              delete t.results;
            } else x(n.userChunk) && (n.userChunk(t.results, a, t.file), delete t.results);
          }
          t.finished && !r && _(t.workerId, t.results);
        }
        function _(e, t) {
          var n = i[e];
          x(n.userComplete) && n.userComplete(t), n.terminate(), delete i[e];
        }
        function v() {
          throw Error(`Not implemented.`);
        }
        function y(e) {
          if (typeof e != `object` || !e) return e;
          var t,
            n = Array.isArray(e) ? [] : {};
          for (t in e) n[t] = y(e[t]);
          return n;
        }
        function b(e, t) {
          return function () {
            e.apply(t, arguments);
          };
        }
        function x(e) {
          return typeof e == `function`;
        }
        return (
          (o.parse = (n, r) => {
            var c = (r ||= {}).dynamicTyping || !1;
            if (
              (x(c) && ((r.dynamicTypingFunction = c), (c = {})),
              (r.dynamicTyping = c),
              (r.transform = !!x(r.transform) && r.transform),
              r.downloadTimeout !== void 0)
            ) {
              var c = parseInt(r.downloadTimeout);
              if (isNaN(c))
                throw Error(
                  `Config downloadTimeout value (` + r.downloadTimeout + `) not parsable by parseInt(val).`,
                );
              r.downloadTimeout = c;
            }
            if (!r.worker || !o.WORKERS_SUPPORTED)
              return (
                (c = null),
                o.NODE_STREAM_INPUT,
                typeof n == `string`
                  ? ((n = s(n)), (c = new (r.download ? l : d)(r)))
                  : !0 === n.readable && x(n.read) && x(n.on)
                    ? (c = new f(r))
                    : ((t.File && n instanceof File) || n instanceof Object) && (c = new u(r)),
                c.stream(n)
              );
            ((c = (() => {
              var n;
              return (
                !!o.WORKERS_SUPPORTED &&
                ((n = (() => {
                  var n = t.URL || t.webkitURL || null,
                    r = e.toString();
                  return (o.BLOB_URL ||= n.createObjectURL(
                    new Blob(
                      [
                        `var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; `,
                        `(`,
                        r,
                        `)();`,
                      ],
                      { type: `text/javascript` },
                    ),
                  ));
                })()),
                ((n = new t.Worker(n)).onmessage = g),
                (n.id = a++),
                (i[n.id] = n))
              );
            })()).userStep = r.step),
              (c.userChunk = r.chunk),
              (c.userComplete = r.complete),
              (c.userError = r.error),
              (r.step = x(r.step)),
              (r.chunk = x(r.chunk)),
              (r.complete = x(r.complete)),
              (r.error = x(r.error)),
              delete r.worker,
              c.postMessage({ input: n, config: r, workerId: c.id });
          }),
          (o.unparse = (e, t) => {
            var n = !1,
              r = !0,
              i = `,`,
              a = `\r
`,
              s = `"`,
              c = s + s,
              l = !1,
              u = null,
              d = !1,
              f =
                ((() => {
                  if (typeof t == `object`) {
                    if (
                      (typeof t.delimiter != `string` ||
                        o.BAD_DELIMITERS.filter((e) => t.delimiter.indexOf(e) !== -1).length ||
                        (i = t.delimiter),
                      (typeof t.quotes != `boolean` &&
                        typeof t.quotes != `function` &&
                        !Array.isArray(t.quotes)) ||
                        (n = t.quotes),
                      (typeof t.skipEmptyLines != `boolean` && typeof t.skipEmptyLines != `string`) ||
                        (l = t.skipEmptyLines),
                      typeof t.newline == `string` && (a = t.newline),
                      typeof t.quoteChar == `string` && ((s = t.quoteChar), (c = s + s)),
                      typeof t.header == `boolean` && (r = t.header),
                      Array.isArray(t.columns))
                    ) {
                      if (t.columns.length === 0) throw Error(`Option columns is empty`);
                      u = t.columns;
                    }
                    t.escapeChar !== void 0 && (c = t.escapeChar + s),
                      t.escapeFormulae instanceof RegExp
                        ? (d = t.escapeFormulae)
                        : typeof t.escapeFormulae == `boolean` && t.escapeFormulae && (d = /^[=+\-@\t\r].*$/);
                  }
                })(),
                new RegExp(m(s), `g`));
            if ((typeof e == `string` && (e = JSON.parse(e)), Array.isArray(e))) {
              if (!e.length) return p(u, e, l);
              if (Array.isArray(e[0])) return p(null, e, l);
              if (typeof e[0] == `object`) return p(u || Object.keys(e[0]), e, l);
            } else if (typeof e == `object`)
              return (
                typeof e.data == `string` && (e.data = JSON.parse(e.data)),
                Array.isArray(e.data) &&
                  (e.fields || (e.fields = (e.meta && e.meta.fields) || u),
                  e.fields ||
                    (e.fields = Array.isArray(e.data[0])
                      ? e.fields
                      : typeof e.data[0] == `object`
                        ? Object.keys(e.data[0])
                        : []),
                  Array.isArray(e.data[0]) || typeof e.data[0] == `object` || (e.data = [e.data])),
                p(e.fields || [], e.data || [], l)
              );
            throw Error(`Unable to serialize unrecognized input`);
            function p(e, t, n) {
              var o = ``,
                s =
                  (typeof e == `string` && (e = JSON.parse(e)),
                  typeof t == `string` && (t = JSON.parse(t)),
                  Array.isArray(e) && 0 < e.length),
                c = !Array.isArray(t[0]);
              if (s && r) {
                for (var l = 0; l < e.length; l++) 0 < l && (o += i), (o += h(e[l], l));
                0 < t.length && (o += a);
              }
              for (var u = 0; u < t.length; u++) {
                var d = (s ? e : t[u]).length,
                  f = !1,
                  p = s ? Object.keys(t[u]).length === 0 : t[u].length === 0;
                if (
                  (n &&
                    !s &&
                    (f =
                      n === `greedy`
                        ? t[u].join(``).trim() === ``
                        : t[u].length === 1 && (t[u][0] == null || t[u][0].length === 0)),
                  n === `greedy` && s)
                ) {
                  for (var m = [], g = 0; g < d; g++) {
                    var _ = c ? e[g] : g;
                    m.push(t[u][_]);
                  }
                  f = m.join(``).trim() === ``;
                }
                if (!f) {
                  for (var v = 0; v < d; v++) {
                    0 < v && !p && (o += i);
                    var y = s && c ? e[v] : v;
                    o += h(t[u][y], v);
                  }
                  u < t.length - 1 && (!n || (0 < d && !p)) && (o += a);
                }
              }
              return o;
            }
            function h(e, t) {
              var r, a, l;
              return e == null
                ? ``
                : e.constructor === Date
                  ? isNaN(e.getTime())
                    ? ``
                    : e.toISOString()
                  : ((l = !1),
                    (r = e.toString()),
                    d &&
                      typeof e != `number` &&
                      typeof e != `bigint` &&
                      typeof e != `boolean` &&
                      d.test(r) &&
                      ((e = r = `'` + r), (l = !0)),
                    (a = r.replace(f, c)),
                    (l =
                      l ||
                      !0 === n ||
                      (typeof n == `function` && n(e, t)) ||
                      (Array.isArray(n) && n[t]) ||
                      ((e, t) => {
                        for (var n = 0; n < t.length; n++) if (-1 < e.indexOf(t[n])) return !0;
                        return !1;
                      })(a, o.BAD_DELIMITERS) ||
                      -1 < a.indexOf(i) ||
                      -1 < r.indexOf(s) ||
                      a.charAt(0) === ` ` ||
                      a.charAt(a.length - 1) === ` `)
                      ? s + a + s
                      : a);
            }
          }),
          (o.RECORD_SEP = ``),
          (o.UNIT_SEP = ``),
          (o.BYTE_ORDER_MARK = `﻿`),
          (o.BAD_DELIMITERS = [
            `\r`,
            `
`,
            `"`,
            o.BYTE_ORDER_MARK,
          ]),
          (o.WORKERS_SUPPORTED = !n && !!t.Worker),
          (o.NODE_STREAM_INPUT = 1),
          (o.LocalChunkSize = 10485760),
          (o.RemoteChunkSize = 5242880),
          (o.DefaultDelimiter = `,`),
          (o.Parser = h),
          (o.ParserHandle = p),
          (o.NetworkStreamer = l),
          (o.FileStreamer = u),
          (o.StringStreamer = d),
          (o.ReadableStreamStreamer = f),
          r &&
            (t.onmessage = (e) => {
              (e = e.data),
                o.WORKER_ID === void 0 && e && (o.WORKER_ID = e.workerId),
                typeof e.input == `string`
                  ? t.postMessage({
                      workerId: o.WORKER_ID,
                      results: o.parse(e.input, e.config),
                      finished: !0,
                    })
                  : ((t.File && e.input instanceof File) || e.input instanceof Object) &&
                    (e = o.parse(e.input, e.config)) &&
                    t.postMessage({ workerId: o.WORKER_ID, results: e, finished: !0 });
            }),
          ((l.prototype = Object.create(c.prototype)).constructor = l),
          ((u.prototype = Object.create(c.prototype)).constructor = u),
          ((d.prototype = Object.create(d.prototype)).constructor = d),
          ((f.prototype = Object.create(c.prototype)).constructor = f),
          o
        );
      });
    })(),
    1,
  ),
  Er = `(file)`,
  Dr = new Set([`format`, `version`, `exportedAt`, `profiles`]);
function Or(...e) {
  return { ok: !1, problems: e };
}
function kr(e) {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ` `).slice(0, 160);
}
function Ar(e) {
  return typeof e == `object` && !!e && !Array.isArray(e);
}
function jr(e, t, n) {
  const r = [];
  for (const [i, a] of Object.entries(e)) {
    if (a === null || a === ``) continue;
    if (typeof a != `string` || i === `id` || i === `createdAt` || i === `updatedAt`) {
      r.push([i, a]);
      continue;
    }
    const { value: e, notice: o } = ae(i, a);
    o && n.push({ path: `${t}.${i}`, ...o }), e !== `` && r.push([i, e]);
  }
  return Object.fromEntries(r);
}
function Mr(e) {
  if (e.format !== `eikamet-assistant/profiles`)
    return [{ path: `format`, key: `import.wrongFormat`, params: { expected: E } }];
  const t = e.version;
  if (typeof t != `number` || !Number.isInteger(t) || t < 1)
    return [{ path: `version`, key: `import.unknownVersion` }];
  if (t > 2) return [{ path: `version`, key: `import.newerVersion`, params: { version: t, supported: 2 } }];
  const n = [],
    r = Object.keys(e).filter((e) => !Dr.has(e));
  return (
    r.length > 0 && n.push({ path: Er, key: `error.unknownField`, params: { names: r.join(`, `) } }),
    O().safeParse(e.exportedAt).success || n.push({ path: `exportedAt`, key: `error.timestamp` }),
    Array.isArray(e.profiles)
      ? e.profiles.length > 5e4 &&
        n.push({
          path: `profiles`,
          key: `import.tooManyProfiles`,
          params: { count: e.profiles.length, max: b },
        })
      : n.push({ path: `profiles`, key: `import.noProfileList` }),
    n.length > 0 ? n : { version: t }
  );
}
function Nr(e, t, n, r) {
  let i = `profiles[${t}]`,
    a = e;
  if (n === 1) {
    const n = sn.safeParse(e);
    if (!n.success) return F(n.error.issues, [`profiles`, t]);
    a = ln(n.data);
  }
  if (!Ar(a)) return [{ path: i, key: `error.type.object` }];
  const o = D.safeParse(jr(a, i, r));
  return o.success ? o.data : F(o.error.issues, [`profiles`, t]);
}
function Pr(e, t) {
  if (t > 134217728)
    return {
      done: Or({
        path: Er,
        key: `import.tooLarge`,
        params: { sizeMb: (t / 1024 / 1024).toFixed(1), maxMb: C / 1024 / 1024 },
      }),
    };
  let n;
  try {
    n = JSON.parse(e);
  } catch (e) {
    return { done: Or({ path: Er, key: `import.malformedJson`, params: { detail: kr(e) } }) };
  }
  if (!Ar(n)) return { done: Or({ path: Er, key: `import.notAnObject` }) };
  const r = Mr(n);
  return Array.isArray(r) ? { done: Or(...r) } : { records: n.profiles, version: r.version };
}
var Fr = class {
    version;
    pathOf;
    problems = [];
    notices = [];
    profiles = [];
    firstIndexOfId = new Map();
    constructor(e, t = (e) => `profiles[${e}]`) {
      (this.version = e), (this.pathOf = t);
    }
    check(e, t) {
      const n = Nr(e, t, this.version, this.notices);
      if (Array.isArray(n)) {
        this.problems.push(...n);
        return;
      }
      const r = this.firstIndexOfId.get(n.id);
      r === void 0
        ? (this.firstIndexOfId.set(n.id, t), this.profiles.push(n))
        : this.problems.push({
            path: `${this.pathOf(t)}.id`,
            key: `import.duplicateIdInFile`,
            params: { other: r },
          });
    }
    result() {
      if (this.problems.length === 0)
        return { ok: !0, version: this.version, profiles: this.profiles, notices: this.notices };
      const e = this.problems.slice(0, 100);
      return (
        this.problems.length > e.length &&
          e.push({
            path: Er,
            key: `import.moreProblems`,
            params: { count: this.problems.length - e.length },
          }),
        { ok: !1, problems: e }
      );
    }
  },
  Ir = () => new Promise((e) => setTimeout(e, 0));
async function Lr(e, t, n) {
  const r = Pr(e, t);
  if (`done` in r) return r.done;
  const i = new Fr(r.version),
    a = r.records.length;
  for (let e = 0; e < a; e += 500) {
    const t = Math.min(a, e + 500);
    for (let n = e; n < t; n += 1) i.check(r.records[n], n);
    n(t, a), await Ir();
  }
  return i.result();
}
var Rr = `situation.`,
  zr = [
    `id`,
    `createdAt`,
    `updatedAt`,
    ...k,
    `applicationKind`,
    ...w.map((e) => `${Rr}${e}`),
    `supporterId`,
    `dependantIds`,
    `notes`,
  ],
  Br = new Set(zr),
  Vr = `﻿`,
  Hr = /^'*[=+\-@\t\r]/,
  Ur = /^'(?='*[=+\-@\t\r])/;
function Wr(e, t) {
  if (t.startsWith(Rr)) {
    const n = e.situation?.[t.slice(10)];
    return n === void 0 ? `` : String(n);
  }
  const n = e[t];
  return n === void 0 ? `` : Array.isArray(n) ? n.join(` `) : String(n);
}
function Gr(e) {
  const t = e.map((e) => zr.map((t) => Wr(e, t)));
  return `${Vr}${Tr.default.unparse(
    { fields: [...zr], data: t },
    {
      escapeFormulae: Hr,
      newline: `\r
`,
    },
  )}\r\n`;
}
function Kr(e, t = new Date()) {
  return `eikamet-profiles-${t.toISOString().slice(0, 10)}-${e}.csv`;
}
var qr = (e) => e + 2,
  Jr = (e, t) => (t ? `row ${qr(e)}, ${t}` : `row ${qr(e)}`);
function Yr(e) {
  const t = /^profiles\[(\d+)\]\.?(.*)$/.exec(e.path);
  if (!t) return e;
  const n = Number(t[1]);
  if (e.key === `import.duplicateIdInFile`) {
    const t = Number(e.params?.other);
    return { path: Jr(n, `id`), key: `import.csv.duplicateIdInFile`, params: { other: qr(t) } };
  }
  return { ...e, path: Jr(n, t[2] || void 0) };
}
function X(...e) {
  return { ok: !1, problems: e };
}
function Xr(e, t) {
  const n = t.replace(Ur, ``);
  if (e === `dependantIds`) return n.split(/[\s,;]+/).filter(Boolean);
  if (e.startsWith(Rr)) {
    const e = n.trim().toLowerCase();
    if (e === `true`) return !0;
    if (e === `false`) return !1;
    if (/^\d{1,4}$/.test(e)) return Number(e);
  }
  return n;
}
function Zr(e, t, n, r) {
  const i = {},
    a = {};
  return (
    e.forEach((e, n) => {
      const r = t[n] ?? ``;
      if (r.trim() === ``) return;
      const o = Xr(e, r);
      e.startsWith(Rr) ? (a[e.slice(10)] = o) : (i[e] = o);
    }),
    Object.keys(a).length > 0 && (i.situation = a),
    (i.id ??= r()),
    (i.createdAt ??= n),
    (i.updatedAt ??= n),
    i
  );
}
function Qr(e, t, n = new Date(), r = () => crypto.randomUUID()) {
  if (t > 134217728)
    return X({
      path: `(file)`,
      key: `import.tooLarge`,
      params: { sizeMb: (t / 1024 / 1024).toFixed(1), maxMb: C / 1024 / 1024 },
    });
  const i = e.startsWith(Vr) ? e.slice(1) : e;
  if (i.trim() === ``) return X({ path: `(file)`, key: `import.csv.empty` });
  const a = Tr.default.parse(i, { header: !1, skipEmptyLines: `greedy` });
  if (a.errors.length > 0)
    return X(
      ...a.errors
        .slice(0, 100)
        .map((e) => ({
          path: e.row === void 0 ? `(file)` : `row ${e.row + 1}`,
          key: `import.csv.malformed`,
          params: { detail: e.message.slice(0, 160) },
        })),
    );
  const [o, ...s] = a.data;
  if (!o) return X({ path: `(file)`, key: `import.csv.empty` });
  const c = o.map((e) => e.trim()),
    l = c.filter((e) => !Br.has(e));
  if (l.length > 0) return X({ path: `row 1`, key: `error.unknownField`, params: { names: l.join(`, `) } });
  const u = c.find((e, t) => c.indexOf(e) !== t);
  if (u !== void 0) return X({ path: `row 1`, key: `import.csv.duplicateColumn`, params: { name: u } });
  if (s.length > 5e4)
    return X({ path: `(file)`, key: `import.tooManyProfiles`, params: { count: s.length, max: b } });
  const d = n.toISOString(),
    f = new Fr(2),
    p = [];
  s.forEach((e, t) => {
    e.length === c.length
      ? f.check(Zr(c, e, d, r), t)
      : p.push({
          path: Jr(t),
          key: `import.csv.fieldCount`,
          params: { count: e.length, expected: c.length },
        });
  }),
    f.problems.unshift(...p);
  const m = f.result();
  return m.ok ? { ...m, notices: m.notices.map(Yr) } : { ok: !1, problems: m.problems.map(Yr) };
}
var $r = new Set([
  `givenName`,
  `surname`,
  `previousSurname`,
  `fatherName`,
  `motherName`,
  `givenNameInitials`,
  `surnameInitials`,
]);
function ei(e) {
  return e.toLocaleUpperCase(`tr-TR`);
}
var ti = { notes: ee(), applicationKind: f(v, { error: `error.option` }), supporterId: T() };
function ni(e) {
  return e in ti ? ti[e] : x[e].unwrap();
}
var ri = [...k, `applicationKind`, `supporterId`, `notes`];
function ii() {
  return { text: {}, situation: {}, dependantIds: [] };
}
function ai(e) {
  const t = {};
  for (const n of ri) {
    const r = e[n];
    typeof r == `string` && (t[n] = r);
  }
  return { text: t, situation: { ...(e.situation ?? {}) }, dependantIds: [...(e.dependantIds ?? [])] };
}
var oi = [
    [`passportIssueDate`, `passportExpiry`, `error.order.passport`],
    [`insuranceStart`, `insuranceEnd`, `error.order.insurance`],
    [`requestedStart`, `requestedEnd`, `error.order.requested`],
    [`birthDate`, `passportIssueDate`, `error.order.birthBeforeIssue`],
  ],
  si = [`birthDate`, `passportIssueDate`];
function ci(e) {
  return e.getFullYear() * 1e4 + (e.getMonth() + 1) * 100 + e.getDate();
}
function Z(e, t, n) {
  const r = e[t] ?? [];
  r.push(n), (e[t] = r);
}
function li(e, t, n) {
  const r = (n) => {
    const r = e[n];
    return r !== void 0 && !t[n] && ie(r) === void 0 ? r : void 0;
  };
  for (const [e, n, i] of oi) {
    const a = r(e),
      o = r(n);
    a && o && N(o) < N(a) && Z(t, n, { key: i, params: { date: a } });
  }
  for (const e of si) {
    const i = r(e);
    i && N(i) > ci(n) && Z(t, e, { key: `error.date.future` });
  }
  e.givenName === void 0 && e.surname === void 0 && Z(t, `surname`, { key: `error.name.required` });
}
function ui(e, t) {
  if ($r.has(e) && /[iı]/.test(t)) return { key: `notice.turkishCapitals`, params: { value: ei(t) } };
}
function di(e, t) {
  const n = {},
    r = {},
    i = {};
  for (const t of ri) {
    const a = e.text[t];
    if (a === void 0) continue;
    const { value: o, notice: s } = ae(t, a);
    if (o === ``) continue;
    (n[t] = o), s && Z(i, t, s);
    const c = ni(t).safeParse(o);
    if (!c.success) {
      for (const e of c.error.issues) Z(r, t, oe(e));
      continue;
    }
    const l = ui(t, o);
    l && Z(i, t, l);
  }
  if ((li(n, r, t), Object.keys(r).length > 0)) return { cleaned: n, errors: r, notices: i };
  const a = Object.fromEntries(Object.entries(e.situation).filter(([, e]) => e !== void 0)),
    o = {
      ...n,
      ...(Object.keys(a).length > 0 ? { situation: a } : {}),
      ...(e.dependantIds.length > 0 ? { dependantIds: [...e.dependantIds] } : {}),
    },
    s = D.safeParse({
      ...o,
      id: `draft`,
      createdAt: `2000-01-01T00:00:00.000Z`,
      updatedAt: `2000-01-01T00:00:00.000Z`,
    });
  if (!s.success) {
    for (const e of s.error.issues) Z(r, e.path[0] ?? `notes`, oe(e));
    return { cleaned: n, errors: r, notices: i };
  }
  return { data: o, cleaned: n, errors: r, notices: i };
}
function fi(e) {
  const t = ai(e),
    {
      givenName: n,
      birthDate: r,
      passportNumber: i,
      passportIssueDate: a,
      passportExpiry: o,
      foreignerId: s,
      permitCardSerial: c,
      permitCardNumber: l,
      applicationNumber: u,
      ...d
    } = t.text;
  return { ...t, text: d, dependantIds: [] };
}
function pi(e, t = new Date()) {
  Nt(Fe(e.length, t), Pe(e, t));
}
function mi(e, t = new Date()) {
  Nt(Kr(e.length, t), Gr(e), `text/csv`);
}
var hi = [`skip`, `replace`, `keep-both`],
  gi = [`id`, `passportNumber`, `foreignerId`];
function _i(e, t) {
  const n = new Map();
  for (const r of e) {
    const e = r[t];
    e !== void 0 && !n.has(e) && n.set(e, r);
  }
  return n;
}
function vi(e, t) {
  const n = gi.map((t) => [t, _i(e, t)]),
    r = [];
  return (
    t.forEach((e, t) => {
      let i = [],
        a;
      for (const [t, r] of n) {
        const n = e[t],
          o = n === void 0 ? void 0 : r.get(n);
        o && (i.push(t), (a ??= o));
      }
      a && r.push({ incomingIndex: t, incoming: e, existing: a, reasons: i });
    }),
    { incoming: t, duplicates: r }
  );
}
function yi(e, t) {
  return (
    e.duplicates.length === t.duplicates.length &&
    e.duplicates.every((e, n) => {
      const r = t.duplicates[n];
      return (
        r?.incomingIndex === e.incomingIndex &&
        r.existing.id === e.existing.id &&
        r.existing.updatedAt === e.existing.updatedAt
      );
    })
  );
}
function bi(e, t) {
  const n = e.supporterId === void 0 ? void 0 : (t.get(e.supporterId) ?? e.supporterId),
    r = e.dependantIds?.map((e) => t.get(e) ?? e),
    { supporterId: i, dependantIds: a, ...o } = e;
  return { ...o, ...(n === void 0 ? {} : { supporterId: n }), ...(r === void 0 ? {} : { dependantIds: r }) };
}
function xi(e, t, n, r, i = () => crypto.randomUUID()) {
  const a = r.toISOString(),
    o = new Set(e.profiles.map((e) => e.id));
  for (const t of e.needsAttention) t.id !== void 0 && o.add(t.id);
  const s = new Map(t.duplicates.map((e) => [e.incomingIndex, e])),
    c = new Map(),
    l = [],
    u = { added: 0, replaced: 0, skipped: 0 };
  return (
    t.incoming.forEach((e, t) => {
      const r = s.get(t),
        d = r ? (n.get(t) ?? `skip`) : `keep-both`;
      if (r && d === `skip`) c.set(e.id, r.existing.id), (u.skipped += 1);
      else if (r && d === `replace`)
        c.set(e.id, r.existing.id),
          l.push({ ...e, id: r.existing.id, createdAt: r.existing.createdAt, updatedAt: a }),
          (u.replaced += 1);
      else {
        const t = o.has(e.id) ? i() : e.id;
        o.add(t), c.set(e.id, t), l.push({ ...e, id: t }), (u.added += 1);
      }
    }),
    { profiles: l.map((e) => bi(e, c)), outcome: u }
  );
}
var Si = 1,
  Ci = [`givenName`, `surname`, `passportNumber`, `foreignerId`],
  wi = 200;
function Ti(e) {
  const t = { id: e.id };
  for (const n of Ci) {
    const r = e[n];
    r !== void 0 && (t[n] = r);
  }
  return t;
}
function Ei(e) {
  const t = Di,
    n = (t && Ai(t, e)) ?? ki(e);
  return (Di = n), n.at.map((t) => e[t]);
}
var Di;
function Oi(e, t, n) {
  return br(e[t], e[n]) || t - n;
}
function ki(e) {
  return { profiles: e, at: e.map((e, t) => t).sort((t, n) => Oi(e, t, n)) };
}
function Ai(e, t) {
  const n = qn(e.profiles, t);
  if (!n) return;
  const r = new Set(n.filter((t) => t < e.profiles.length)),
    i = r.size === 0 ? [...e.at] : e.at.filter((e) => !r.has(e));
  for (const e of n) Jn(i, e, (e, n) => Oi(t, e, n));
  return { profiles: t, at: i };
}
function ji(e, t, n) {
  const r = nr(e, n);
  return {
    format: Si,
    rev: t,
    total: e.length,
    rows: Ei(e).slice(0, 100).map(Ti),
    glance: { day: _(n), total: r.length, rows: r.slice(0, 8).map(ur) },
  };
}
function Mi(e) {
  if (typeof e != `object` || !e || Array.isArray(e)) return null;
  const t = e;
  if (typeof t.id != `string` || !S.test(t.id)) return null;
  const n = { id: t.id };
  for (const e of Ci) {
    const r = t[e];
    if (r !== void 0) {
      if (typeof r != `string` || r.length > wi) return null;
      n[e] = r;
    }
  }
  return n;
}
var Ni = 12;
function Pi(e) {
  const t = Mi(e);
  if (!t) return null;
  const { kind: n, daysLeft: r, params: i } = e;
  if (
    !dr(n) ||
    typeof r != `number` ||
    !Number.isSafeInteger(r) ||
    typeof i != `object` ||
    !i ||
    Array.isArray(i)
  )
    return null;
  const a = Object.entries(i);
  if (a.length > Ni) return null;
  const o = {};
  for (const [e, t] of a) {
    if (typeof t == `number` ? !Number.isFinite(t) : typeof t != `string` || t.length > wi) return null;
    o[e] = t;
  }
  const { givenName: s, surname: c } = t;
  return {
    id: t.id,
    ...(s === void 0 ? {} : { givenName: s }),
    ...(c === void 0 ? {} : { surname: c }),
    kind: n,
    daysLeft: r,
    params: o,
  };
}
function Fi(e, t, n, r) {
  if (
    typeof e != `number` ||
    !Number.isSafeInteger(e) ||
    e < 0 ||
    !Array.isArray(t) ||
    t.length > n ||
    t.length > e
  )
    return null;
  const i = [];
  for (const e of t) {
    const t = r(e);
    if (!t) return null;
    i.push(t);
  }
  return { total: e, rows: i };
}
function Ii(e) {
  if (typeof e != `object` || !e) return null;
  const { day: t, total: n, rows: r } = e;
  if (typeof t != `string` || !/^\d{2}\.\d{2}\.\d{4}$/.test(t)) return null;
  const i = Fi(n, r, 8, Pi);
  return i && { day: t, total: i.total, rows: i.rows };
}
function Li(e, t) {
  if (typeof e != `object` || !e) return null;
  const n = e;
  if (n.format !== Si || typeof n.rev != `string` || n.rev !== t) return null;
  const r = Fi(n.total, n.rows, 100, Mi),
    i = Ii(n.glance);
  return !r || !i ? null : { format: Si, rev: n.rev, total: r.total, rows: r.rows, glance: i };
}
function Ri(e) {
  if (typeof e != `object` || !e) return typeof e;
  const t = e;
  return (
    [t.givenName, t.surname, t.name, t.passportNumber]
      .filter((e) => typeof e == `string` && e !== ``)
      .join(` `)
      .slice(0, 80) || (typeof t.id == `string` ? t.id.slice(0, 64) : `?`)
  );
}
function zi(e) {
  if (typeof e != `object` || !e) return;
  const t = e.id;
  return typeof t == `string` && t.length <= 64 ? t : void 0;
}
var Bi = class {
    byObject = new WeakMap();
    byText = new Map();
    nextByText = new Map();
    validate(e) {
      if (typeof e != `object` || !e) return D.safeParse(e);
      const t = this.byObject.get(e);
      if (t) return t;
      const n = JSON.stringify(e),
        r = this.byText.get(n) ?? this.nextByText.get(n) ?? D.safeParse(e);
      return this.nextByText.set(n, r), this.byObject.set(e, r), r;
    }
    remember(e) {
      this.byObject.set(e, { success: !0, data: e });
    }
    endPass() {
      (this.byText = this.nextByText), (this.nextByText = new Map());
    }
  },
  Vi = {
    envelope: { path: `(storage)`, key: `error.storedRecord` },
    payload: { path: `(storage)`, key: `error.unreadableRecord` },
  };
function Hi(e, t) {
  const n = [],
    r = [],
    i = new Map(),
    a = new Set();
  return (
    e.forEach((e, o) => {
      const s = (t, n) => {
        const i = zi(e.raw);
        r.push({
          index: o,
          key: e.key,
          ...(i === void 0 ? {} : { id: i }),
          label: e.unreadable ? e.key : Ri(e.raw),
          raw: e.raw,
          problems: t,
          summary: n,
        });
      };
      if (e.unreadable) {
        const t = Vi[e.unreadable];
        s([t], `Unreadable stored record ${e.key}`);
        return;
      }
      const c = t ? t.validate(e.raw) : D.safeParse(e.raw);
      if (!c.success) {
        s(F(c.error.issues), l(c.error));
        return;
      }
      const u = c.data.id;
      a.has(u) || an(e.key) !== u
        ? s([{ path: `id`, key: `error.duplicateId`, params: { id: u } }], `Duplicate id ${u}`)
        : (a.add(u), n.push(c.data), e.rev !== null && i.set(u, e.rev));
    }),
    t?.endPass(),
    { profiles: n, needsAttention: r, revisions: i }
  );
}
var Q = class extends Error {
    reason;
    name = `ProfileWriteError`;
    constructor(e, t) {
      super(e.key, t), (this.reason = e), (this.problems = t?.problems ?? []);
    }
    problems;
  },
  Ui = `error.changedElsewhere`;
function Wi(e) {
  const t = D.safeParse(e);
  if (!t.success) throw new Q({ key: `error.invalidProfile` }, { problems: F(t.error.issues) });
}
var Gi = (e, t) => JSON.stringify(e) === JSON.stringify(t);
function Ki(e, t) {
  const n = typeof t == `string` ? Date.parse(t) : NaN,
    r = Number.isNaN(n) ? e.getTime() : Math.max(e.getTime(), n + 1);
  return new Date(r).toISOString();
}
function qi(e = Tn()) {
  let t = new Bi(),
    n = new WeakMap(),
    r;
  function i(e) {
    if (r?.records === e && r.state) return r.state;
    const { profiles: i, needsAttention: a, revisions: o } = Hi([...e.values()], t);
    for (const e of i) {
      const t = o.get(e.id);
      t !== void 0 && n.set(e, t);
    }
    const s = { profiles: i, needsAttention: a };
    return r?.records === e && (r.state = s), s;
  }
  function a(e, r, i) {
    const a = t.validate(r.value);
    if (!a.success || K(a.data.id) !== r.key) return;
    const o = a.data,
      s = e.profiles.findIndex((e) => e.id === o.id),
      c = [...e.profiles];
    if (i && s === -1) c.push(o);
    else if (!i && s !== -1) c[s] = o;
    else return;
    return n.set(o, r.rev), { ...e, profiles: c };
  }
  async function o() {
    const t = await e.readRev();
    if (r && t !== null && t === r.rev) return r.records;
    const n = await e.readAll();
    return (r = { records: new Map(n.records.map((e) => [e.key, e])), rev: n.rev }), r.records;
  }
  async function s() {
    return i(await o());
  }
  async function c() {
    const { head: t, rev: n } = await e.readHead();
    return Li(t, n);
  }
  async function l() {
    return { state: await s(), rev: r?.rev ?? null };
  }
  async function u(t, n) {
    typeof t == `string` && (await e.readRev()) === t && (await e.writeHead(ji(n(), t, new Date())));
  }
  function d(e) {
    return e.state.rootProblem ? Promise.resolve() : Xt(() => u(e.rev, () => e.state.profiles));
  }
  let f = Promise.resolve(),
    p = !1;
  function m() {
    p ||
      ((p = !0),
      (f = f.then(
        () =>
          new Promise((e) =>
            setTimeout(() => {
              (p = !1),
                Xt(async () => {
                  const e = await o();
                  await u(r?.rev, () => i(e).profiles);
                })
                  .catch(() => void 0)
                  .finally(e);
            }, 0),
          ),
      )));
  }
  async function h(t, n, o = [], s) {
    const c = r?.records === t ? r.state : void 0,
      [l] = n,
      u = l !== void 0 && !t.has(l.key);
    r = void 0;
    let d;
    try {
      d = await e.write(n, o, s);
    } catch (e) {
      throw new Q({ key: `error.writeFailed`, params: { detail: String(e) } }, { cause: e });
    }
    for (const e of o) t.delete(e);
    for (const e of n) t.set(e.key, { key: e.key, rev: e.rev, raw: e.value });
    return (
      (r = { records: t, rev: d }),
      c && l && n.length === 1 && o.length === 0 && (r.state = a(c, l, u)),
      m(),
      i(t)
    );
  }
  function g(e, n) {
    const r = e.get(K(n));
    if (!r || r.unreadable || r.rev === null) return;
    const i = t.validate(r.raw);
    return i.success && i.data.id === n ? { record: r, profile: i.data } : void 0;
  }
  function _(e) {
    return Xt(async () => e(await o()));
  }
  async function v(e, t = new Date()) {
    const n = t.toISOString(),
      r = { ...e, id: crypto.randomUUID(), createdAt: n, updatedAt: n };
    return (
      Wi(r),
      {
        profile: r,
        state: await _(async (e) => {
          if (i(e).profiles.length >= 5e4) throw new Q({ key: `error.storageFull`, params: { max: b } });
          return h(e, [{ key: K(r.id), rev: 1, value: r }]);
        }),
      }
    );
  }
  async function y(e, t = {}) {
    let r = t.base ?? e,
      i,
      a = await _(async (a) => {
        const o = g(a, e.id);
        if (!o) throw new Q({ key: `error.profileGone` });
        const s = n.get(r);
        if ((o.profile.updatedAt !== r.updatedAt || (s !== void 0 && s !== o.record.rev)) && !t.keepMine)
          throw new Q({ key: Ui });
        (i = { ...e, updatedAt: Ki(t.now ?? new Date(), o.profile.updatedAt) }), Wi(i);
        const c = (o.record.rev ?? 0) + 1;
        return h(a, [{ key: o.record.key, rev: c, value: i }]);
      });
    if (!i) throw new Q({ key: `error.profileGone` });
    return { profile: i, state: a };
  }
  async function x(e) {
    let t,
      n = await _(async (n) => {
        const r = g(n, e);
        if (!r) throw new Q({ key: `error.profileGone` });
        return (
          (t = { profile: r.profile, index: [...n.keys()].indexOf(r.record.key) }), h(n, [], [r.record.key])
        );
      });
    if (!t) throw new Q({ key: `error.profileGone` });
    return { removed: t, state: n };
  }
  function S(e) {
    return _(async (t) =>
      t.has(K(e.profile.id)) ? i(t) : h(t, [{ key: K(e.profile.id), rev: 1, value: e.profile }]),
    );
  }
  function C(e) {
    return _(async (t) => {
      const n = e.key === void 0 ? void 0 : t.get(e.key);
      if (!n || !Gi(n.raw, e.raw)) throw new Q({ key: `error.recordChanged` });
      return h(t, [], [n.key]);
    });
  }
  function w(e, n) {
    return _(async (r) => {
      let a = i(r),
        o = e(a),
        s = [],
        c = 0;
      for (const e of o) {
        t.remember(e);
        const n = K(e.id),
          i = r.get(n);
        i || (c += 1), s.push({ key: n, rev: (i?.rev ?? 0) + 1, value: e });
      }
      if (a.profiles.length + c > 5e4) throw new Q({ key: `error.storageFull`, params: { max: b } });
      n?.(0, s.length);
      const l = await h(r, s, [], n);
      return n?.(s.length, s.length), l;
    });
  }
  function T(t) {
    let n;
    return e.watch((e) => {
      (e !== void 0 && r && e === r.rev) ||
        (clearTimeout(n), (n = setTimeout(() => void s().then(t, () => void 0), 30)));
    });
  }
  return {
    loadHead: c,
    load: s,
    loadForHead: l,
    refreshHead: d,
    headSettled: () => f,
    watch: T,
    create: v,
    update: y,
    remove: x,
    restore: S,
    discard: C,
    writeProfiles: w,
  };
}
async function Ji(e, t, n, r = new Date(), i) {
  let a;
  return {
    state: await e.writeProfiles((e) => {
      const i = vi(e.profiles, t.incoming);
      if (!yi(i, t)) throw new Q({ key: `import.changedMeanwhile` });
      const o = xi(e, i, n, r);
      return (a = o.outcome), o.profiles;
    }, i),
    outcome: a ?? { added: 0, replaced: 0, skipped: 0 },
  };
}
function Yi(e, t) {
  return e.ok ? { ok: !0, plan: vi(t.profiles, e.profiles), notices: e.notices, version: e.version } : e;
}
async function Xi(e, t, n, r) {
  return Yi(await Lr(e, t, r), n);
}
function Zi(e, t) {
  return Yi(e, t);
}
var Qi = {
    'permit.type.short-term': `Short-term residence permit`,
    'permit.type.family': `Family residence permit`,
    'permit.type.student': `Student residence permit`,
    'permit.type.long-term': `Long-term residence permit`,
    'permit.type.humanitarian': `Humanitarian residence permit`,
    'permit.type.trafficking-victim': `Residence permit for victims of human trafficking`,
    'permit.purpose.scientific-research': `Scientific research`,
    'permit.purpose.property-owner': `Owning immovable property in Türkiye`,
    'permit.purpose.business': `Business connections or setting up a business`,
    'permit.purpose.in-service-training': `In-service training`,
    'permit.purpose.education-exchange': `Education or exchange programmes under agreements`,
    'permit.purpose.tourism': `Tourism`,
    'permit.purpose.medical-treatment': `Medical treatment`,
    'permit.purpose.authority-request': `Request or decision of judicial or administrative authorities`,
    'permit.purpose.from-family-permit': `Switching from a family residence permit`,
    'permit.purpose.turkish-course': `Turkish language course`,
    'permit.purpose.public-institution-programme': `Training, research, internship or course through a public institution`,
    'permit.purpose.graduate': `Graduate of higher education in Türkiye`,
    'permit.purpose.investor': `Investor`,
    'permit.purpose.trnc-citizen': `Citizen of the Turkish Republic of Northern Cyprus (KKTC)`,
    'application.kind.first': `First application`,
    'application.kind.extension': `Extension`,
    'application.kind.transfer': `Transfer (change of permit type)`,
    'status.ok': `A document list was found for this application.`,
    'status.uncertain': `Part of this list is uncertain: no complete official list was found. See the notes.`,
    'status.impossible': `This application is not possible.`,
    'requirement.required': `Required`,
    'requirement.if-applicable': `Only if it applies to you`,
    'requirement.if-requested': `Only if the directorate asks for it`,
    'requirement.not-required': `Not required`,
    'group.common': `Basic documents`,
    'group.insurance': `Health insurance`,
    'group.address': `Address`,
    'group.applicant': `About the applicant`,
    'group.purpose': `Purpose of stay`,
    'group.children': `Children`,
    'group.supporter': `The supporter (family member in Türkiye)`,
    'group.minor': `Applicants under 18`,
    'group.representation': `Applying on someone's behalf`,
    'group.legalisation': `Apostille, translation and signatures`,
    'confidence.official': `Official source`,
    'confidence.official-copy': `Official text, read from a copy`,
    'confidence.consultancy': `Consultancy or university source`,
    'confidence.uncertain': `Uncertain`,
    'condition.always': `Needed for every application of this type and kind.`,
    'condition.first-or-transfer': `Because this is a first or transfer application.`,
    'condition.extension-only': `Because this is an extension.`,
    'condition.transfer-only': `Because this is a transfer application.`,
    'condition.extension-or-transfer': `Because you already hold a residence permit (extension or transfer).`,
    'condition.passport-changed': `Only because your passport was changed.`,
    'condition.non-latin-passport': `Only because your passport is not in Latin script.`,
    'condition.names-not-separated': `Only because your passport does not separate your name and surname.`,
    'condition.foreign-documents': `Only because some of your documents were issued abroad.`,
    'condition.turkish-documents': `Only because some of your documents were issued in Türkiye.`,
    'condition.on-behalf-parent': `Only because a parent is applying on the applicant's behalf.`,
    'condition.on-behalf-guardian': `Only because a guardian is applying on the applicant's behalf.`,
    'condition.on-behalf-lawyer': `Only because a lawyer is applying on the applicant's behalf.`,
    'condition.under-18': `Only because the applicant is under 18.`,
    'condition.under-18-parent-abroad': `Only because the applicant is under 18 and a parent or legal representative is abroad.`,
    'condition.newborn-in-turkiye': `Only because the child was born in Türkiye.`,
    'condition.age-unknown': `Because the applicant's age is not known.`,
    'condition.insurance-age-exempt': `Because the applicant is under 18 or over 65 (short-term and student permits).`,
    'condition.purpose': `Because of the purpose of stay you chose.`,
    'condition.purpose-unknown': `Because no purpose of stay was chosen.`,
    'condition.property-owner': `Because you own immovable property in Türkiye.`,
    'condition.family-spouse': `Only because the applicant is the supporter's spouse.`,
    'condition.spouse-of-turkish-citizen': `Only because the applicant is married to a Turkish citizen.`,
    'condition.supporter-citizen': `Because the supporter is a Turkish citizen.`,
    'condition.supporter-foreign': `Only because the supporter is not a Turkish citizen.`,
    'condition.family-role-unknown': `Because the applicant's role in the family is not known.`,
    'condition.parents-not-identifiable': `Only because the parents cannot be identified from the child's passport or ID.`,
    'condition.parents-divorced': `Only because the child's parents are divorced.`,
    'condition.parent-abroad': `Only because a parent who shares custody lives abroad.`,
    'condition.parent-deceased': `Only because one of the child's parents has died.`,
    'condition.adult-dependent-child': `Only because the applicant is an adult dependent child.`,
    'condition.student-child': `Only because the applicant is a dependent child who studies (up to age 25).`,
    'condition.university-student': `Because the applicant is a university student.`,
    'condition.school-student': `Only because the applicant attends primary or secondary school.`,
    'condition.university-minor-without-student-visa': `Only because the applicant is a university student under 18 who did not enter on a student visa.`,
    'condition.long-term-eight-years': `Only on the usual route of 8 years on residence permits (not the Migration Policy Board route).`,
    'condition.long-term-policy-board': `Only because you apply on the Migration Policy Board route (YUKK 42).`,
    'item.application-form.title': `e-İkamet application form (başvuru formu), printed and signed`,
    'item.application-form.note': `Print it at the end of the online application and sign it.`,
    'item.passport-original.title': `Passport or document in lieu of a passport: the original`,
    'item.passport-original.note': `Shown at the appointment. Bring a photocopy of the photo page as well.`,
    'item.passport-notarised-copy.title': `Notarised photocopy of the passport with Turkish translation (noter onaylı pasaport fotokopisi)`,
    'item.passport-notarised-copy.note': `For an extension, a notarised, translated copy is submitted instead of the original.`,
    'item.earlier-passport-pages.title': `Copies of the pages of your earlier passport(s)`,
    'item.passport-translation.title': `Sworn or official translation of the passport (yeminli tercüme)`,
    'item.consular-id-document.title': `Identity document from your consulate showing your name and surname`,
    'item.consular-id-document.note': `Fill in the name and surname fields as this document shows them.`,
    'item.biometric-photos.title': `Biometric photos (biyometrik fotoğraf)`,
    'item.biometric-photos.note': `Taken within the last 6 months on a white background. No selfies, group, black-and-white or old photos. Older lists ask for {count}.`,
    'item.fee-receipts.title': `Receipts for the card fee (kart bedeli) and the residence fee (ikamet harcı)`,
    'item.fee-receipts.note': `Pay both before the appointment. Citizens of some countries are exempt from the residence fee but still pay the card fee.`,
    'item.fee-receipts.student.title': `Receipt for the card fee (kart bedeli)`,
    'item.fee-receipts.student.note': `University checklists ask only for the card-fee receipt.`,
    'item.uets-registration.title': `UETS registration document (Ulusal Elektronik Tebligat Sistemi, the national e-notification system)`,
    'item.uets-registration.note': `Register for electronic notifications at a PTT branch and bring the registration document.`,
    'item.insurance.title': `Health insurance covering the whole requested period`,
    'item.insurance.note': `Accepted: an SGK document under a bilateral social-security agreement, an SGK provision document (provizyon), an SGK general health insurance (GSS) application document, or a private policy with the minimum cover set by SEDDK, issued through a company in Türkiye. Short-term and student applicants under 18 or over 65 need not buy one.`,
    'item.insurance.exempt.title': `Health insurance: not required (under 18 or over 65)`,
    'item.insurance.exempt.note': `You do not have to buy a policy. If you already have valid cover, submit it. On the form choose '18 yaş altı ve 65 yaş üstü olanlar' (under 18 and over 65).`,
    'item.insurance.long-term.note': `Valid health insurance is a legal condition for the long-term permit; there is no age exemption. The SGK documents or a private policy are accepted, as for other permits.`,
    'item.address-proof.title': `Proof of address: one of the following`,
    'item.address-proof.note': `For a new address, check that the neighbourhood (mahalle) is open to the registration of foreigners.`,
    'alternative.address-lease.title': `Notarised lease (noter onaylı kira sözleşmesi)`,
    'alternative.address-host-undertaking.title': `Notarised undertaking of the person you live with (noter onaylı taahhütname)`,
    'alternative.address-host-undertaking.note': `If the host is married, the spouse's notarised undertaking as well; plus a utility bill or subscription in the host's name.`,
    'alternative.address-dormitory.title': `Letter from your dormitory (yurt yazısı)`,
    'alternative.address-hotel.title': `Hotel document for your stay, with the payment receipt for the period`,
    'alternative.address-own-home.title': `Your own home: title deed (tapu) and address-numbering certificate (numarataj belgesi)`,
    'item.address-proof-edevlet.title': `Residence certificate (yerleşim yeri belgesi) from e-Devlet, plus a utility bill or subscription`,
    'item.address-proof-edevlet.note': `Download it from e-Devlet; documents marked as usable at official institutions are accepted. Add a recent electricity, water, gas or internet bill for the same address.`,
    'item.means-declaration.title': `Declaration that you have sufficient and regular means for your stay`,
    'item.means-declaration.note': `Made in the application form. The directorate may ask for documents, e.g. bank statements.`,
    'item.current-permit-card.title': `Your current residence permit card`,
    'item.purpose-continues.title': `Document showing that the purpose of your stay continues`,
    'item.purpose-continues.note': `For example, a letter saying that your research or course has been extended.`,
    'item.research-visa.title': `Visa issued for scientific research`,
    'item.research-place-duration.title': `Official document giving the place and duration of the research`,
    'item.research-place-duration.note': `For example, a permission letter from a ministry or a university.`,
    'item.property-title-deed.title': `Title deed (tapu): the original and a copy`,
    'item.property-current-record.title': `Up-to-date title-deed record from the land registry (güncel tapu kaydı)`,
    'item.property-current-record.note': `Needed if you bought the property more than 6 months ago.`,
    'item.property-valuation.title': `Valuation report of the property (değerleme raporu)`,
    'item.property-valuation.note': `Reportedly, since {since} the home must be worth at least {amount}. Check the current threshold with the directorate.`,
    'item.tax-number.title': `Tax identification number (vergi kimlik numarası)`,
    'item.tax-number.note': `Foreigners get it from a tax office (vergi dairesi).`,
    'item.business-invitation.title': `Invitation letter from the company or person you will do business with (davet mektubu)`,
    'item.company-documents.title': `The company's activity certificate (faaliyet belgesi), tax plate (vergi levhası) and trade registry gazette (ticaret sicil gazetesi)`,
    'item.company-documents.note': `May be requested. Older lists ask for notarised copies.`,
    'item.training-letter.title': `Letter stating the place and duration of the in-service training`,
    'item.host-institution-letter.title': `Letter from the host institution (exchange programme or agreement)`,
    'item.travel-plan.title': `Travel plan: where, when and for how long you will stay`,
    'item.hospital-document.title': `Document from the hospital about your treatment`,
    'item.previous-family-permit.title': `Your family residence permit (card)`,
    'item.divorce-or-death-document.title': `Divorce judgment, or the supporter's death certificate`,
    'item.divorce-or-death-document.note': `Needed if you switch because of divorce or the supporter's death; not if you switch on turning 18 after 3 years on family permits.`,
    'item.turkish-course-document.title': `Enrolment document from a TÖMER or MEB Turkish course`,
    'item.turkish-course-document.note': `A permit for a Turkish course is granted at most twice.`,
    'item.graduation-document.title': `Graduation document (mezuniyet belgesi) or diploma from a higher-education institution in Türkiye`,
    'item.graduation-document.note': `Apply within 6 months of graduation; this permit is granted once, for up to 1 year.`,
    'item.investor-eligibility-certificate.title': `Eligibility certificate for investors (uygunluk belgesi)`,
    'item.marriage-certificate.title': `Marriage certificate (evlilik belgesi)`,
    'item.civil-registry-record.title': `Full civil-registry record of the Turkish spouse (vukuatlı nüfus kayıt örneği)`,
    'item.civil-registry-record.note': `Available from e-Devlet or any civil-registry office (nüfus müdürlüğü).`,
    'item.supporter-cost-undertaking.title': `The supporter's notarised undertaking to cover your costs (taahhütname)`,
    'item.family-child-birth-certificate.title': `The child's birth certificate (doğum belgesi)`,
    'item.custody-decision-or-consent.title': `Custody after divorce: one of the following`,
    'alternative.custody-decision.title': `Court decision on custody (velayet kararı)`,
    'alternative.other-parent-consent.title': `Consent of the other parent (muvafakatname)`,
    'item.parent-abroad-custody-consent.title': `Consent (muvafakatname) of the parent abroad who shares custody`,
    'item.parent-death-certificate.title': `Death certificate of the deceased parent (ölüm belgesi)`,
    'item.dependency-proof.title': `Proof that the adult child depends on the supporter`,
    'item.dependent-child-student-certificate.title': `Student certificate of the dependent child (öğrenci belgesi)`,
    'item.supporter-identity.title': `The supporter's identity documents`,
    'alternative.supporter-citizen-id.title': `Turkish citizen: identity card (T.C. kimlik kartı)`,
    'alternative.supporter-foreigner-documents.title': `Foreigner: passport plus a residence or work permit, Mavi Kart, or refugee or subsidiary-protection ID`,
    'item.supporter-income-proof.title': `Proof of the supporter's income`,
    'item.supporter-income-proof.note': `In total at least the minimum wage, and at least one third of the minimum wage per family member.`,
    'item.supporter-insurance.title': `The supporter's health insurance covering every family member`,
    'item.supporter-insurance.note': `An SGK provision document (provizyon) must cover both the supporter and the family members.`,
    'item.supporter-criminal-record.title': `The supporter's criminal record (adli sicil kaydı)`,
    'item.supporter-criminal-record.note': `It shows no crime against the family order in the last 5 years. The Turkish record is available on e-Devlet.`,
    'item.supporter-address-registration.title': `Document showing the supporter is registered in the address registration system (Adres Kayıt Sistemi)`,
    'item.supporter-address-registration.note': `For example, the supporter's residence certificate (yerleşim yeri belgesi) from e-Devlet.`,
    'item.student-certificate.title': `Current student certificate (öğrenci belgesi), with an e-Devlet barcode or signed by the school`,
    'item.university-minor-guardian-consent.title': `Guardian document (birth certificate or family record) and consent (muvafakatname)`,
    'item.university-minor-guardian-consent.note': `For university students under 18 who entered visa-free or on a visa other than a student visa; not needed with a student visa.`,
    'item.school-consent-and-sponsor.title': `Consent of the parents or legal representative, and a document naming the person who bears the costs`,
    'item.previous-permit-cards.title': `Your previous residence permit cards, or copies of them`,
    'item.sydv-letter.title': `Letter from the Social Assistance and Solidarity Foundation (SYDV yazısı)`,
    'item.sydv-letter.note': `It shows that you received no social assistance in the last 3 years.`,
    'item.income-proof.title': `Proof of sufficient and regular income`,
    'item.criminal-record.title': `Criminal records from your home country and from Türkiye (adli sicil kaydı)`,
    'item.address-registration-document.title': `Document showing you are registered in the address registration system (Adres Kayıt Sistemi)`,
    'item.address-registration-document.note': `For example, a residence certificate (yerleşim yeri belgesi) from e-Devlet.`,
    'item.newborn-birth-certificate.title': `The child's birth certificate issued in Türkiye (doğum belgesi)`,
    'item.minor-birth-certificate.title': `Birth certificate with an Apostille and a notarised Turkish translation (apostilli doğum belgesi)`,
    'item.parent-abroad-consent.title': `Apostilled consent (muvafakatname) of the parent or legal representative who is abroad`,
    'item.consented-person-undertaking.title': `Notarised undertaking (taahhütname) of the person in Türkiye to whom the consent is given`,
    'item.representative-child-birth-certificate.title': `The child's birth certificate, showing that you are the parent (doğum belgesi)`,
    'item.guardianship-decision.title': `Court decision appointing the guardian (vasi kararı)`,
    'item.power-of-attorney.title': `Power of attorney for the lawyer (vekâletname)`,
    'item.power-of-attorney.note': `The directorate may still ask the applicant to attend in person.`,
    'item.foreign-documents-legalised.title': `Documents issued abroad: Apostille (apostil) and notarised Turkish translation (noter onaylı Türkçe tercüme)`,
    'item.foreign-documents-legalised.note': `From a country outside the Apostille Convention: legalisation by that country's foreign ministry and the Turkish consulate instead of the Apostille.`,
    'item.turkish-documents-signed.title': `Documents issued in Türkiye: e-signed, or signed and sealed`,
    'item.turkish-documents-signed.note': `Documents from e-Devlet marked as usable at official institutions are accepted.`,
    'note.age-unknown': `Enter the date of birth to see the documents that depend on age (under 18: birth certificate and consents; insurance exemption).`,
    'note.directorate-may-ask-more': `The directorate may ask for further documents. If something is missing, you may be given up to 30 days; after that the file is closed.`,
    'note.ex-officio-no-list': `No document list was found for this permit: the governorate issues it ex officio. Only the common documents are shown; ask the provincial directorate (İl Göç İdaresi) or YİMER (157).`,
    'note.family-extension-recheck': `On an extension, the supporter's income (F1), residence history (F2) and the permit's end date (D5: never beyond the supporter's permit) are checked again against the supporter's current permit.`,
    'note.family-originals': `Bring the originals of your documents to the appointment as well; they are shown there.`,
    'note.family-role-unknown': `Say whether the applicant is the spouse or a child to see the documents for that role.`,
    'note.long-term-extension-impossible': `A long-term permit is indefinite and cannot be extended (D10).`,
    'note.long-term-policy-board-route': `Migration Policy Board route: the 8-year evidence (previous permits, SYDV letter, income, criminal record) is not on this route's list. Bring the form, your passport, the previous permit if you have one, 2 photos and the address-registration document. The Ministry announces the Board's conditions separately; check that yours apply.`,
    'note.long-term-first-or-transfer': `Applicants for a long-term permit already hold a permit, so it is unclear whether e-İkamet treats this as a first or a transfer application. The long-term list asks for previous permit cards, an SYDV letter, income proof, insurance, criminal records and the address-registration document.`,
    'note.newborn-180-days': `A child born in Türkiye must get a residence permit within 180 days of birth; the permit runs from the birth date. Otherwise a double fee is charged on leaving Türkiye.`,
    'note.purpose-no-list': `No document list was found for this purpose. Bring documents showing the purpose of your stay (for example a letter from the authority or institution concerned) and ask the directorate.`,
    'note.purpose-nothing-extra': `No documents are needed for this purpose beyond the ones listed.`,
    'note.purpose-unknown': `Choose the purpose of stay to see the documents for it.`,
    'note.student-gss': `University students may use SGK general health insurance (GSS) if they apply to SGK within 3 months of first enrolment.`,
    'note.student-international-office': `Since {since}, university students hand their files to the university's international office, within 7–10 days of the online application depending on the university.`,
    'note.transfer-no-list': `No document list was found for a transfer to this permit type. Only the common documents are shown; expect the directorate to ask for the documents of this permit type.`,
  },
  $i = {
    'field.givenName.label': `Name (all given names)`,
    'field.givenName.hint': `All your given names exactly as in the passport's machine-readable zone, in Latin letters; middle names go here too.`,
    'field.givenName.mistakes': `Leaving out middle names; using a nickname or a translated spelling.`,
    'field.surname.label': `Surname`,
    'field.surname.hint': `Your surname exactly as in the passport, in Latin letters. If the passport does not separate name and surname, take them from an ID document issued by your consulate.`,
    'field.surname.mistakes': `Swapping name and surname; spelling it differently from the passport.`,
    'field.previousSurname.label': `Previous surname`,
    'field.previousSurname.hint': `Only if your surname has changed (for example after marriage): your earlier surname. Otherwise leave it blank.`,
    'field.previousSurname.mistakes': `Repeating your current surname; filling it in although your surname never changed.`,
    'field.fatherName.label': `Father's name`,
    'field.fatherName.hint': `Your father's first name only (Baba Adı), not his surname.`,
    'field.fatherName.mistakes': `Adding his surname or a chain of names; on an extension, spelling it differently from your earlier application.`,
    'field.motherName.label': `Mother's name`,
    'field.motherName.hint': `Your mother's first name only (Anne Adı), not her surname.`,
    'field.motherName.mistakes': `Adding her surname or maiden name; on an extension, spelling it differently from your earlier application.`,
    'field.birthDate.label': `Date of birth`,
    'field.birthDate.hint': `Your date of birth as printed in the passport. Pick it in the calendar or type day, month and year.`,
    'field.birthDate.format': `dd.MM.yyyy — e.g. 05.03.1990`,
    'field.birthDate.mistakes': `Swapping day and month; taking the date from another document that differs from the passport.`,
    'field.birthPlace.label': `Place of birth`,
    'field.birthPlace.hint': `The town or city where you were born, spelled as in the passport.`,
    'field.birthPlace.mistakes': `Writing only the country (it has its own field); a translated or different spelling.`,
    'field.birthCountry.label': `Country of birth`,
    'field.birthCountry.hint': `The country where you were born, which may differ from your nationality. Type the first letters to search the list.`,
    'field.birthCountry.mistakes': `Choosing your nationality out of habit when you were born in another country.`,
    'field.gender.label': `Gender`,
    'field.gender.hint': `Choose the gender shown in your passport. On a Turkish page: Erkek = male, Kadın = female.`,
    'field.gender.mistakes': `Picking the wrong option when the list is shown in Turkish.`,
    'field.maritalStatus.label': `Marital status`,
    'field.maritalStatus.hint': `Your marital status today, as your documents show it: single (Bekar), married (Evli), divorced (Boşanmış) or widowed (Dul).`,
    'field.maritalStatus.mistakes': `Keeping an old status after a marriage or divorce. Enter your status as it is now, even if it changed since your last permit; that may lead to an appointment.`,
    'field.nationality.label': `Nationality`,
    'field.nationality.hint': `The country whose citizen you are, usually the country that issued the passport you apply with (Uyruğu / Vatandaşı Olduğunuz Ülke). Type the first letters to search the list.`,
    'field.nationality.mistakes': `Choosing the country where you live or were born instead of your citizenship.`,
    'field.otherNationality.label': `Other citizenship`,
    'field.otherNationality.hint': `Only if you also hold a second citizenship; otherwise leave it empty.`,
    'field.otherNationality.mistakes': `Choosing your main nationality again here.`,
    'field.nationalIdNumber.label': `National ID number (home country)`,
    'field.nationalIdNumber.hint': `The personal ID number from your home country (Uyruk Kimlik No), e.g. from your national ID card. If you have none, it may be left blank.`,
    'field.nationalIdNumber.mistakes': `Entering your passport number or a Turkish foreigner ID (starting with 99) here.`,
    'field.passportNumber.label': `Passport number`,
    'field.passportNumber.hint': `The passport number exactly as printed on the data page. The first-application form asks for the passport you entered Türkiye with (Türkiye'ye Girişteki Pasaport Numarası).`,
    'field.passportNumber.mistakes': `Mixing up the old and new passport numbers after a renewal; the letter O instead of the digit 0.`,
    'field.passportType.label': `Document type`,
    'field.passportType.hint': `The kind of travel document you hold. For a normal passport choose the ordinary passport option (Umuma Mahsus Pasaport / Ordinary Passport).`,
    'field.passportType.mistakes': `Choosing a special, service or diplomatic type for an ordinary passport.`,
    'field.passportIssueDate.label': `Passport issue date`,
    'field.passportIssueDate.hint': `The date of issue printed on the passport's data page (Veriliş Tarihi).`,
    'field.passportIssueDate.format': `dd.MM.yyyy — e.g. 12.01.2022`,
    'field.passportIssueDate.mistakes': `Swapping day and month; using the date of an earlier passport.`,
    'field.passportExpiry.label': `Passport expiry date`,
    'field.passportExpiry.hint': `The expiry date on the passport's data page (Geçerlilik Tarihi). It must be at least 60 days after the end of the permit you request.`,
    'field.passportExpiry.format': `dd.MM.yyyy — e.g. 11.01.2032`,
    'field.passportExpiry.mistakes': `Requesting a permit that ends less than 60 days before the passport expires; swapping day and month.`,
    'field.passportIssuingCountry.label': `Issuing country`,
    'field.passportIssuingCountry.hint': `The state that issued the passport, usually your country of nationality, even if you collected it at an embassy or consulate abroad.`,
    'field.passportIssuingCountry.mistakes': `Choosing the country where the embassy or consulate is instead of the issuing state.`,
    'field.passportIssuingAuthority.label': `Issuing authority`,
    'field.passportIssuingAuthority.hint': `The authority printed on the passport's data page (often labelled 'Authority'), e.g. a ministry, passport office or consulate.`,
    'field.passportIssuingAuthority.mistakes': `Writing only the country name instead of the authority printed in the passport.`,
    'field.email.label': `E-mail address`,
    'field.email.hint': `An e-mail address you can open yourself: messages about your application, and possibly a verification code or link, are sent there.`,
    'field.email.format': `e.g. name@example.com`,
    'field.email.mistakes': `A typo in the address; giving an address that belongs to someone else.`,
    'field.mobile.label': `Mobile phone`,
    'field.mobile.hint': `Turkish mobile number as 10 digits without the leading 0 or +90, e.g. 5XX XXX XX XX. Use a number that can receive SMS.`,
    'field.mobile.format': `10 digits, starts with 5 — (5XX) XXX-XX-XX`,
    'field.mobile.mistakes': `Adding +90 or a leading 0; giving a foreign number.`,
    'field.contactPreference.label': `Communication preference`,
    'field.contactPreference.hint': `How you want to be contacted: cell phone or e-mail. Make sure the matching contact field is filled in correctly.`,
    'field.contactPreference.mistakes': `Choosing a channel you do not check, or leaving a typo in its field.`,
    'field.foreignerId.label': `Foreigner ID number`,
    'field.foreignerId.hint': `Your 11-digit foreigner identity number (Yabancı Kimlik No), printed on your residence permit card; it starts with 99.`,
    'field.foreignerId.format': `11 digits, starts with 99`,
    'field.foreignerId.mistakes': `Entering the passport number or the card serial; missing one of the 11 digits.`,
    'field.permitCardSerial.label': `Residence permit card serial`,
    'field.permitCardSerial.hint': `The 3-letter serial printed on your residence permit card (İkamet İzin Kartı Seri).`,
    'field.permitCardSerial.format': `3 letters`,
    'field.permitCardSerial.mistakes': `Typing digits or the whole card number here; confusing it with the foreigner ID.`,
    'field.permitCardNumber.label': `Residence permit card number`,
    'field.permitCardNumber.hint': `The document number printed on your residence permit card, digits only, without the 3-letter serial.`,
    'field.permitCardNumber.format': `Digits only`,
    'field.permitCardNumber.mistakes': `Adding the 3-letter serial; entering the 11-digit foreigner ID instead.`,
    'field.changeProvince.label': `Change of province`,
    'field.changeProvince.hint': `Yes only if you are moving to another province (nakil); No if you stay in the same province, even at a new address. On a Turkish list: Evet = Yes, Hayır = No.`,
    'field.changeProvince.mistakes': `Choosing Yes after a move within the same province; choosing No although you moved to another province.`,
    'field.applicationNumber.label': `Application number`,
    'field.applicationNumber.hint': `The application number you received by SMS or e-mail when you started the application; it is also printed on your registration form.`,
    'field.applicationNumber.format': `yyyy-nn-nnnnnnn — e.g. 2026-88-0638278`,
    'field.applicationNumber.mistakes': `A missing or extra digit; confusing it with the payment accrual number (tahakkuk no).`,
    'field.permitType.label': `Type of residence permit`,
    'field.permitType.hint': `The permit type that matches why you stay in Türkiye (e.g. short-term, family, student). On an extension it is normally your current type; changing the type is done with a transfer (geçiş) application.`,
    'field.permitType.mistakes': `Choosing a type whose conditions you do not meet; changing the type in an extension instead of filing a transfer application.`,
    'field.permitPurpose.label': `Purpose of stay`,
    'field.permitPurpose.hint': `The exact reason for your stay within the chosen type, e.g. for short-term: tourism, owning a home, a Turkish course. The documents you bring must prove this purpose.`,
    'field.permitPurpose.mistakes': `Choosing a purpose you cannot document; after a refusal, applying again within 6 months for the same purpose.`,
    'field.requestedStart.label': `Requested start date`,
    'field.requestedStart.hint': `The date your permit should begin. On an extension the new permit starts where your current permit ends.`,
    'field.requestedStart.format': `dd.MM.yyyy — e.g. 01.06.2026`,
    'field.requestedStart.mistakes': `On an extension, leaving a gap after the current permit's end date; swapping day and month.`,
    'field.requestedEnd.label': `Requested end date`,
    'field.requestedEnd.hint': `The date your permit should end. It must be at least 60 days before your passport expires and must not go beyond your insurance end date.`,
    'field.requestedEnd.format': `dd.MM.yyyy — e.g. 31.05.2027`,
    'field.requestedEnd.mistakes': `Asking for longer than the type allows (short-term: usually at most 2 years at a time); an end date too close to the passport expiry or after the insurance ends.`,
    'field.currentPermitType.label': `Current permit type`,
    'field.currentPermitType.hint': `Read-only: the type of the permit you hold now, shown for extensions and transfers. Check that it matches your card.`,
    'field.currentPermitType.mistakes': `Expecting to change the type here; a different type needs a transfer (geçiş) application.`,
    'field.currentPermitEnd.label': `Current permit end date`,
    'field.currentPermitEnd.hint': `Read-only: the end date of your current permit; the extension can be filed from 60 days before this date and never after it.`,
    'field.currentPermitEnd.format': `dd.MM.yyyy — e.g. 31.05.2026`,
    'field.currentPermitEnd.mistakes': `Letting this date pass: an extension is then impossible and a new application is needed. Applying more than 60 days early is not accepted.`,
    'field.province.label': `Province`,
    'field.province.hint': `The province (il) of the address where you live in Türkiye.`,
    'field.province.mistakes': `Choosing the province where you work or study rather than where you live.`,
    'field.district.label': `District`,
    'field.district.hint': `The district (ilçe) of your address; the list fills after you choose the province.`,
    'field.district.mistakes': `Choosing a district from memory instead of the one on your lease or address document.`,
    'field.neighbourhood.label': `Neighbourhood`,
    'field.neighbourhood.hint': `Your neighbourhood (mahalle) as written in your lease or address document; the list depends on the district.`,
    'field.neighbourhood.mistakes': `Choosing a popular area name instead of the official mahalle. In neighbourhoods closed to foreigners' registration, a first application or province change can be refused.`,
    'field.street.label': `Street`,
    'field.street.hint': `The street name (cadde or sokak) exactly as in your lease or address document.`,
    'field.street.mistakes': `Writing the whole address here; the building and flat numbers have their own fields.`,
    'field.buildingNumber.label': `Building number`,
    'field.buildingNumber.hint': `The building's door number on the street (Dış Kapı No), from your lease or address document.`,
    'field.buildingNumber.mistakes': `Entering the flat number here.`,
    'field.flatNumber.label': `Flat number`,
    'field.flatNumber.hint': `Your flat number inside the building (İç Kapı No).`,
    'field.flatNumber.mistakes': `Entering the floor instead of the flat number; swapping it with the building number.`,
    'field.insuranceType.label': `Insurance type`,
    'field.insuranceType.hint': `The kind of health cover you have (private policy, SGK, bilateral social-security agreement or SGK provision document). Applicants under 18 or over 65 applying for a short-term or student permit choose '18 yaş altı ve 65 yaş üstü olanlar'.`,
    'field.insuranceType.mistakes': `Choosing another option although you are under 18 or over 65 and apply for a short-term or student permit; choosing the age option for a family or long-term permit, which needs insurance.`,
    'field.insuranceCompany.label': `Insurance company`,
    'field.insuranceCompany.hint': `The insurer's name as printed on your policy.`,
    'field.insuranceCompany.mistakes': `Writing the agency's or broker's name instead of the insurance company.`,
    'field.insurancePolicyNumber.label': `Policy number`,
    'field.insurancePolicyNumber.hint': `The policy number (Poliçe No) exactly as on your policy; it is checked against the insurer's records.`,
    'field.insurancePolicyNumber.mistakes': `A typo or an old policy's number: the check fails and the form does not go on.`,
    'field.insuranceStart.label': `Policy start date`,
    'field.insuranceStart.hint': `The start date on your policy. The cover must begin no later than the requested permit start.`,
    'field.insuranceStart.format': `dd.MM.yyyy — e.g. 01.06.2026`,
    'field.insuranceStart.mistakes': `A policy that starts after the requested start date; swapping day and month.`,
    'field.insuranceEnd.label': `Policy end date`,
    'field.insuranceEnd.hint': `The end date on your policy. The cover must last at least until the requested permit end.`,
    'field.insuranceEnd.format': `dd.MM.yyyy — e.g. 31.05.2027`,
    'field.insuranceEnd.mistakes': `A policy that ends before the requested end date.`,
    'field.givenNameInitials.label': `First two letters of your name`,
    'field.givenNameInitials.hint': `Only the first two letters of your name as in the passport, in Latin letters.`,
    'field.givenNameInitials.format': `2 letters`,
    'field.givenNameInitials.mistakes': `Typing the whole name; using letters from a translated spelling.`,
    'field.surnameInitials.label': `First two letters of your surname`,
    'field.surnameInitials.hint': `Only the first two letters of your surname as in the passport, in Latin letters.`,
    'field.surnameInitials.format': `2 letters`,
    'field.surnameInitials.mistakes': `Typing the whole surname; typing the letters of your first name instead.`,
    'field.captcha.label': `Characters in the image (captcha)`,
    'field.captcha.hint': `Type the characters from the image yourself. The assistant never reads or fills this.`,
    'field.captcha.mistakes': `Mixing up similar-looking characters; if the image is hard to read, use the site's refresh link to get a new one.`,
    'field.consent.label': `"I read, understood" checkbox`,
    'field.consent.hint': `Read the text and tick it yourself if you agree. The assistant never ticks it.`,
    'field.consent.mistakes': `Ticking it without reading the text.`,
    'field.verificationCode.label': `Verification code`,
    'field.verificationCode.hint': `Enter the code, or open the link, sent to your e-mail or phone yourself. The assistant never reads or fills it.`,
    'field.verificationCode.mistakes': `Sharing the code or link with anyone else; it is meant for you alone.`,
    'page.home': `Home page`,
    'page.home.about': `Here you choose a first application, an extension of your current permit, or a transfer to another permit type; picking the right button is what matters most.`,
    'page.options': `Application options page`,
    'page.options.about': `Choose to start a new application, continue one you already started, or see your result; to go back to an application you started, choose to continue and have its application number ready.`,
    'page.first-entry': `First application pre-registration page`,
    'page.first-entry.about': `Starts a first application with your identity and contact details; names and passport number must match the passport exactly, and the e-mail and phone must be ones you can reach yourself.`,
    'page.extension-entry': `Extension entry page`,
    'page.extension-entry.about': `Starts the extension of your current permit; it can be filed only in the 60 days before your permit ends, and the foreigner ID and card details must match your card exactly.`,
    'page.transfer-entry': `Transfer entry page`,
    'page.transfer-entry.about': `Starts a transfer (geçiş) to another permit type; the foreigner ID and card details must match your current residence permit card exactly.`,
    'page.continue': `Continue or check an application page`,
    'page.continue.about': `Finds an application you already started; the application number (e.g. 2026-88-0638278) and the phone, e-mail or ID number must match what you gave when you applied.`,
    'page.status': `Application status page`,
    'page.status.about': `Shows the status, permit type, dates and PTT barcode of your application; nothing is entered here, so just read it carefully.`,
    'page.verification': `Verification page`,
    'page.verification.about': `Confirms your application with a code or link sent to your e-mail or phone; enter or open it yourself, as the assistant never touches it.`,
    'page.wizard-personal': `Application form: personal information`,
    'page.wizard-personal.about': `Your identity data; every name and date must match your passport exactly.`,
    'page.wizard-passport': `Application form: travel document`,
    'page.wizard-passport.about': `Your passport data; the passport must stay valid at least 60 days beyond the end of the permit you request.`,
    'page.wizard-permit': `Application form: residence permit`,
    'page.wizard-permit.about': `Permit type, purpose and dates; the requested end date must fit within your passport validity (minus 60 days) and your insurance period.`,
    'page.wizard-address': `Application form: address`,
    'page.wizard-address.about': `The address where you live in Türkiye; province, district, neighbourhood and numbers must match your lease or address document.`,
    'page.wizard-insurance': `Application form: health insurance`,
    'page.wizard-insurance.about': `Your health cover; it must cover the whole requested period, and the policy data are checked against the insurer's records.`,
    'page.wizard-summary': `Application form: summary`,
    'page.wizard-summary.about': `A final read-only review; check every entry against your documents, then tick the consent box and save yourself.`,
    'page.unknown': `A page the assistant does not know`,
    'page.unknown.about': `The assistant does not recognise this page, so it gives no field hints and fills nothing here; follow the site's own instructions.`,
  },
  ea = {
    'app.title': `e-İkamet Assistant`,
    'app.titleFull': `e-İkamet Assistant — applicant profiles`,
    'privacy.local': `Profiles stay in this browser on this device. Nothing is sent anywhere.`,
    'language.label': `Language`,
    'tabs.label': `Sections`,
    'tabs.profiles': `Profiles`,
    'tabs.checklist': `Checklist`,
    'tabs.deadlines': `Deadlines`,
    'active.using': `Filling with: {name}.`,
    'active.none': `No profile chosen for filling.`,
    'active.global': `The choice applies to every e-İkamet tab.`,
    'action.new': `New profile`,
    'action.save': `Save`,
    'action.cancel': `Cancel`,
    'action.close': `Close`,
    'action.delete': `Delete`,
    'action.duplicate': `Duplicate`,
    'action.undo': `Undo`,
    'action.exportAll': `Export all`,
    'action.exportCsv': `Export CSV`,
    'action.exportOne': `Export this profile`,
    'action.exportSelected': `Export selected ({count})`,
    'action.openFullView': `Open the full view`,
    'status.saved': `Saved {name}.`,
    'status.deleted': `Deleted {name}.`,
    'status.restored': `Restored {name}.`,
    'status.active': `{name} will be used for filling.`,
    'status.noActive': `No profile is used for filling now.`,
    'status.discarded': `The record was removed.`,
    'status.imported': `Import done: {added} added, {replaced} replaced, {skipped} skipped.`,
    'undo.deleted': `Deleted {name}.`,
    'list.title': `Profiles`,
    'list.search': `Search profiles`,
    'list.searchPlaceholder': `Name, passport no., foreigner ID, notes`,
    'list.count': `Profiles: {count}`,
    'list.matches': `Matching: {count} of {total}`,
    'list.empty': `No profiles yet. Create one or import a file.`,
    'list.loading': `Loading profiles…`,
    'app.loading': `Loading…`,
    'list.unnamed': `(no name)`,
    'list.use': `Use`,
    'list.active': `In use`,
    'list.useLabel': `Use {name} for filling`,
    'list.activeLabel': `{name} is used for filling; press to stop`,
    'list.showMore': `Show more ({count} not shown)`,
    'glance.title': `At a glance`,
    'glance.nothing': `No extension window is open or closing, and no passport is too short.`,
    'glance.more': `And {count} more: open the full view to see all.`,
    'glance.extension-expired': `Permit ended on {currentPermitEnd} (days ago: {days}). Too late to extend.`,
    'glance.passport-too-short': `Passport (valid until {passportExpiry}) is too short for a permit until {requestedEnd}; it must be valid until {passportNeeded}.`,
    'glance.extension-closing': `Extension window closes on {currentPermitEnd} (days left: {days}).`,
    'glance.extension-open': `Extension window is open until {currentPermitEnd} (days left: {days}).`,
    'glance.extension-opens-soon': `Extension window opens on {windowOpens} (in {days} days).`,
    'editor.newTitle': `New profile`,
    'editor.editTitle': `Edit: {name}`,
    'editor.fixErrors': `Nothing was saved. Please correct {count} field(s):`,
    'editor.checks': `Checks for this profile`,
    'editor.checksWaiting': `The checks appear once the form has no errors.`,
    'section.personal': `Personal details`,
    'section.passport': `Passport`,
    'section.turkiye': `Residence in Türkiye`,
    'section.plan': `Next application`,
    'section.contact': `Contact and address`,
    'section.insurance': `Health insurance`,
    'section.situation': `Situation (for the checklist)`,
    'section.family': `Family`,
    'section.notes': `Notes`,
    'field.applicationKind': `Kind of application`,
    'field.supporterId': `Supporter (the family member the permit depends on)`,
    'field.notes': `Notes (private, never filled into the form)`,
    'format.date': `Format dd.MM.yyyy, e.g. 05.03.1990`,
    'family.searchSupporter': `Find the supporter among the profiles`,
    'family.noSupporter': `No supporter`,
    'family.missingProfile': `(a deleted profile)`,
    'situation.help': `Answer what you know; an unanswered question never adds a document.`,
    'situation.applyingOnBehalfAs': `Applying on someone's behalf as`,
    'situation.foreignIssuedDocuments': `Documents issued abroad`,
    'situation.turkishIssuedDocuments': `Documents issued in Türkiye`,
    'situation.nonLatinPassport': `Passport not in Latin letters`,
    'situation.namesNotSeparatedInPassport': `Name and surname not separated in the passport`,
    'situation.passportChanged': `Passport changed since the last permit`,
    'situation.propertyOwner': `Owns property in Türkiye`,
    'situation.parentAbroad': `A parent sharing custody lives abroad`,
    'situation.familyRole': `Role in the family (family permit)`,
    'situation.spouseOfTurkishCitizen': `Married to a Turkish citizen`,
    'situation.supporterIsCitizen': `The supporter is a Turkish citizen`,
    'situation.parentsDivorced': `The child's parents are divorced`,
    'situation.parentDeceased': `One of the child's parents has died`,
    'situation.parentsNotIdentifiableFromPassport': `Parents cannot be identified from the child's passport`,
    'situation.studentLevel': `Student at`,
    'situation.enteredWithStudentVisa': `Entered Türkiye with a student visa`,
    'situation.newbornInTurkiye': `Child born in Türkiye`,
    'situation.longTermRoute': `Route to the long-term permit`,
    'situation.tourismPermitMonths': `Months already spent on tourism-purpose permits (in total)`,
    'situation.turkishCoursePermitsBefore': `Turkish-course permits held before`,
    'situation.graduatePermitUsedBefore': `Has already had the permit for new graduates`,
    'option.unknown': `— not known —`,
    'option.yes': `Yes`,
    'option.no': `No`,
    'option.gender.male': `Male`,
    'option.gender.female': `Female`,
    'option.maritalStatus.single': `Single`,
    'option.maritalStatus.married': `Married`,
    'option.maritalStatus.divorced': `Divorced`,
    'option.maritalStatus.widowed': `Widowed`,
    'option.passportType.ordinary': `Ordinary passport`,
    'option.passportType.special': `Special passport`,
    'option.passportType.service': `Service passport`,
    'option.passportType.diplomatic': `Diplomatic passport`,
    'option.passportType.in-lieu': `Document in lieu of a passport`,
    'option.contactPreference.email': `E-mail`,
    'option.contactPreference.mobile': `Mobile phone`,
    'option.insuranceType.private': `Private health insurance`,
    'option.insuranceType.sgk-general': `General health insurance (SGK)`,
    'option.insuranceType.bilateral-agreement': `Bilateral social security agreement`,
    'option.insuranceType.sgk-provision': `SGK provision document`,
    'option.insuranceType.under-18-over-65': `Under 18 or over 65`,
    'option.applyingOnBehalfAs.parent': `Parent`,
    'option.applyingOnBehalfAs.guardian': `Legal guardian`,
    'option.applyingOnBehalfAs.lawyer': `Lawyer`,
    'option.familyRole.spouse': `Spouse`,
    'option.familyRole.child': `Child`,
    'option.familyRole.adult-dependent-child': `Adult dependent child`,
    'option.familyRole.student-child': `Dependent child who studies`,
    'option.studentLevel.university': `University`,
    'option.studentLevel.school': `Primary or secondary school`,
    'option.longTermRoute.eight-years': `8 years on residence permits`,
    'option.longTermRoute.policy-board': `Migration Policy Board conditions (YUKK 42)`,
    'option.count.orMore': `{count} or more`,
    'findings.none': `No problems found with what is entered.`,
    'findings.source': `Source: {reference} ({confidence})`,
    'error.required': `Required.`,
    'error.empty': `Leave it empty or enter a value.`,
    'error.invalid': `Not a valid value.`,
    'error.type.string': `Must be text.`,
    'error.type.boolean': `Must be true or false.`,
    'error.type.number': `Must be a number.`,
    'error.type.array': `Must be a list.`,
    'error.type.object': `Must be a profile (an object with fields).`,
    'error.type.unexpected': `Has the wrong type.`,
    'error.tooLong': `Too long: at most {max} characters.`,
    'error.tooMany': `Too many entries: at most {max}.`,
    'error.controlCharacter': `Contains control or hidden direction characters, which are not allowed.`,
    'error.unknownField': `Unknown field(s): {names}.`,
    'error.option': `Not one of the allowed options.`,
    'error.country': `Not a known country code (two letters, e.g. DE, RU, SY).`,
    'error.date.shape': `Write the date as dd.MM.yyyy, e.g. 05.03.1990.`,
    'error.date.calendar': `This date does not exist in the calendar.`,
    'error.date.year': `The year must be between 1900 and 2100.`,
    'error.date.future': `This date cannot be in the future.`,
    'error.order.passport': `The expiry date must be after the issue date ({date}).`,
    'error.order.insurance': `The policy must end after it starts ({date}).`,
    'error.order.requested': `The requested end must be after the requested start ({date}).`,
    'error.order.birthBeforeIssue': `The passport cannot be issued before the date of birth ({date}).`,
    'error.name.latin': `Write the name in Latin letters exactly as in the passport's machine-readable line (accents such as ç, ş, é are fine; no digits or other scripts).`,
    'error.name.required': `Enter a given name or a surname.`,
    'error.foreignerId': `The foreigner ID number has 11 digits and starts with 99.`,
    'error.mobile': `Enter a Turkish mobile number: 10 digits starting with 5, e.g. 532 123 45 67 (0 or +90 in front is fine).`,
    'error.email': `Not a valid e-mail address.`,
    'error.passportNumber': `The passport number has 5 to 20 letters or digits, without spaces.`,
    'error.applicationNumber': `The application number looks like 2026-88-0638278.`,
    'error.permitCardSerial': `The card serial is 1 to 3 letters.`,
    'error.permitCardNumber': `The card number is up to 12 digits.`,
    'error.id': `Not a valid profile id (letters, digits, - and _; at most 64).`,
    'error.timestamp': `Not a valid date and time (ISO 8601, e.g. 2026-05-04T10:00:00Z).`,
    'error.duplicateId': `Another profile already uses the id {id}.`,
    'error.invalidProfile': `The profile could not be saved because it is not valid.`,
    'error.profileGone': `This profile no longer exists: it was deleted in another window.`,
    'error.recordChanged': `The record changed in another window. Nothing was removed; look at it again.`,
    'error.storedRoot': `The stored profiles are unreadable (not a list). Nothing can be saved until this is resolved; download the stored data first.`,
    'error.storageFull': `At most {max} profiles can be stored.`,
    'error.writeFailed': `Saving failed; nothing was changed. The browser said: {detail}`,
    'error.storedRecord': `This stored record is not in the expected shape; it was kept as it is.`,
    'error.unreadableRecord': `This stored record cannot be read (it may be encrypted with another key); it was kept as it is.`,
    'error.changedElsewhere': `This profile was changed in another window since you opened it. Nothing was saved. Reload shows the other window's version; Keep mine saves yours over it.`,
    'conflict.reload': `Reload`,
    'conflict.keepMine': `Keep mine`,
    'import.progress': `Importing… {done} of {total}`,
    'import.moreDuplicates': `The first {shown} of {count} duplicates are listed; the buttons above choose for all of them.`,
    'notice.mobile': `Saved as {value}: the 10 digits e-İkamet wants.`,
    'notice.upperCased': `Written in capitals: {value}.`,
    'notice.turkishCapitals': `The form will show this in Turkish capitals as {value} (i → İ, ı → I). If the passport prints I without a dot, type ı or type the name in capitals as printed.`,
    'import.title': `Import`,
    'import.choose': `Import profiles from a file`,
    'import.limits': `A JSON file exported by e-İkamet Assistant, or a CSV client list (columns as in an exported CSV); at most {maxMb} MB and {max} profiles. The whole file is checked before anything is saved.`,
    'import.refused': `{file} was not imported: {count} problem(s). Your stored profiles were not changed.`,
    'import.summary': `{file}: {count} profile(s), of which {duplicates} already exist here. Nothing is saved until you confirm.`,
    'import.notices': `Cleaned up on the way: {count}`,
    'import.chooseAll': `For all duplicates`,
    'import.all.skip': `Skip all`,
    'import.all.replace': `Replace all`,
    'import.all.keep-both': `Keep both for all`,
    'import.duplicate': `{incoming} in the file matches {existing}`,
    'import.reason.id': `same profile id`,
    'import.reason.passportNumber': `same passport number`,
    'import.reason.foreignerId': `same foreigner ID`,
    'import.choice.skip': `Skip (keep the stored one)`,
    'import.choice.replace': `Replace the stored one`,
    'import.choice.keep-both': `Keep both`,
    'import.confirm': `Import`,
    'import.tooLarge': `The file is {sizeMb} MB; at most {maxMb} MB can be imported.`,
    'import.malformedJson': `This is not valid JSON: {detail}`,
    'import.notAnObject': `The file does not contain an export of e-İkamet Assistant.`,
    'import.wrongFormat': `This is not an e-İkamet Assistant profile export (format must be "{expected}").`,
    'import.unknownVersion': `The file's version is missing or not a whole number.`,
    'import.newerVersion': `The file was made by a newer version (format version {version}); this version reads up to {supported}. Update the extension.`,
    'import.noProfileList': `The file has no list of profiles.`,
    'import.tooManyProfiles': `The file has {count} profiles; at most {max} can be imported at once.`,
    'import.duplicateIdInFile': `Uses the same id as profiles[{other}] in this file.`,
    'import.csv.duplicateIdInFile': `Uses the same id as row {other} in this file.`,
    'import.csv.duplicateColumn': `The column {name} appears more than once.`,
    'import.csv.empty': `The CSV file has no header row.`,
    'import.csv.fieldCount': `This row has {count} cells; the header row has {expected}.`,
    'import.csv.malformed': `The CSV cannot be read here: {detail}`,
    'import.moreProblems': `…and {count} more problems.`,
    'import.changedMeanwhile': `Your profiles changed in another window while you were choosing. Nothing was imported; import the file again.`,
    'attention.title': `Needs attention ({count})`,
    'attention.help': `These stored records are not valid. They are kept exactly as they are and are not used for filling. Download a copy, fix and import it, then remove the broken record.`,
    'attention.position': `stored record no. {position}`,
    'attention.record': `(record)`,
    'attention.download': `Download a copy`,
    'attention.remove': `Remove…`,
    'attention.confirmRemove': `Yes, remove this record`,
    'checklist.title': `Document checklist`,
    'checklist.type': `Permit type`,
    'checklist.purpose': `Purpose of stay`,
    'checklist.kind': `Kind of application`,
    'checklist.situation': `The applicant's situation`,
    'checklist.age': `Age in years`,
    'checklist.count': `Documents on the list: {count}`,
    'checklist.notes': `Notes`,
    'checklist.source': `Source:`,
    'checklist.verified': `checked {date}`,
    'checklist.fits': `fits the situation`,
    'deadline.title': `Deadline calculator`,
    'deadline.extensionTitle': `Extension window`,
    'deadline.permitEnd': `Current permit ends on`,
    'deadline.opens': `Window opens`,
    'deadline.closes': `Last day to extend`,
    'deadline.lateUntil': `Late new application (penalty fee, at the directorate's discretion) until`,
    'deadline.today': `Today`,
    'deadline.status.not-yet-open': `Not open yet (opens in {days} days).`,
    'deadline.status.open': `Open (days left: {days}).`,
    'deadline.status.late': `Closed {days} days ago: only a late new application is possible.`,
    'deadline.status.too-late': `Closed {days} days ago: past the 10-day grace.`,
    'deadline.passportTitle': `Passport validity (60 days beyond the permit)`,
    'deadline.requestedEnd': `Requested permit end`,
    'deadline.passportNeeded': `The passport must be valid until at least {date}.`,
    'deadline.passportExpiry': `Passport expires on`,
    'deadline.latestEnd': `The latest permit end this passport allows: {date}.`,
    'deadline.workingTitle': `Working-day deadline`,
    'deadline.workingHelp': `E.g. 20 working days to notify an address change or to apply after moving to another province. Weekends and public holidays are not counted.`,
    'deadline.from': `From (e.g. the moving date)`,
    'deadline.days': `Working days`,
    'deadline.workingResult': `{days} working days later: {date}.`,
    'table.caption': `Profiles with their extension and passport deadlines`,
    'table.column.name': `Name`,
    'table.column.documents': `Passport · foreigner ID`,
    'table.column.extension': `Extension window`,
    'table.column.passport': `Passport`,
    'table.column.updated': `Updated`,
    'table.window.not-yet-open': `Opens {opens} (in {days} days)`,
    'table.window.open': `Open until {closes} (days left: {days})`,
    'table.window.late': `Ended {closes}: late ({days} days)`,
    'table.window.too-late': `Ended {closes} (days ago: {days})`,
    'table.passportTooShort': `{date}: too short`,
    'table.select': `Select {name}`,
    'table.selectAll': `Select all matching profiles`,
    'table.selected': `selected: {count}`,
    'tabs.fees': `Fees`,
    'fees.title': `Fees by year`,
    'fees.year': `Year`,
    'fees.figureYear': `Figure for {year}.`,
    'fees.noFigure': `No figure is known for {year} or any earlier year.`,
    'fees.notYetPublished': `The {year} figure is not published yet (last looked for on {checkedOn}): showing the {figureYear} figure, which may be out of date.`,
    'fees.latestKnown': `No {year} figure in this assistant: showing the {figureYear} figure, which may be out of date.`,
    'fees.cardTitle': `Residence permit card fee (same for every nationality)`,
    'fees.permitTitle': `Residence permit fee (ikamet harcı), indicative`,
    'fees.permitDepends': `The permit fee depends on your nationality (often a US-dollar rate charged in lira) and on the months requested. These general figures come from a secondary summary: check the amount e-İkamet shows you before paying.`,
    'fees.firstMonth': `First month`,
    'fees.firstMonthValue': `{perDay} per day, at least {minimum}, at most {maximum}`,
    'fees.furtherMonth': `Each further month`,
    'fees.months': `Months requested`,
    'fees.monthsInvalid': `Enter a whole number of months from 1 to {max}.`,
    'fees.estimate': `About {permitFee} permit fee for {months} months; with the card fee about {total}.`,
    'fees.estimateExempt': `Your nationality pays no permit fee; for {months} months you pay only the card fee: {total}.`,
    'fees.exemptList': `No permit fee (card fee only) for citizens of: {countries}.`,
    'fees.nationalityExempt': `Active profile: {country}, exempt from the permit fee.`,
    'fees.nationalityPays': `Active profile: {country}. The permit fee for this nationality may differ from the general figures below.`,
    'fees.cardFeeLine': `Card fee in {year}: {amount}.`,
    'fees.cardFeeLineOutdated': `Card fee for {year} not published yet; the {figureYear} fee was {amount}.`,
    'caseImport.open': `From certificate / MRZ`,
    'caseImport.title': `New profile from the application certificate or passport MRZ`,
    'caseImport.help': `Type or paste lines from the application certificate (e.g. "Başvuru No: …", "Belge No / Number of Document: …", dates), and/or the two lines at the bottom of the passport's photo page. Nothing is saved: the new-profile editor opens filled in for you to check and save.`,
    'caseImport.certificateLabel': `Application certificate (one "Label: value" per line, Turkish or English labels)`,
    'caseImport.mrzLabel': `Machine-readable zone (passport: 2 lines of 44 characters; ID card: 3 lines of 30)`,
    'caseImport.mrzHelp': `Every check digit is verified; a mistyped character is refused.`,
    'caseImport.read': `Read and open the editor`,
    'caseImport.cancel': `Cancel`,
    'import.mrz.empty': `Paste the machine-readable zone first.`,
    'import.mrz.shape': `An MRZ has 2 lines of 44 characters (passport) or 3 lines of 30 (ID card); this has {lines} line(s) of {lengths} characters.`,
    'import.mrz.character': `Line {line}, character {column}: "{character}" cannot appear in an MRZ (only A–Z, 0–9 and <).`,
    'import.mrz.checkDigit.documentNumber': `The check digit of the passport (document) number does not match: a character of the number or its check digit is mistyped.`,
    'import.mrz.checkDigit.birthDate': `The check digit of the birth date does not match: a digit of the birth date or its check digit is mistyped.`,
    'import.mrz.checkDigit.expiryDate': `The check digit of the expiry date does not match: a digit of the expiry date or its check digit is mistyped.`,
    'import.mrz.checkDigit.personalNumber': `The check digit of the personal number (optional data) does not match: a character there is mistyped.`,
    'import.mrz.checkDigit.composite': `The overall (composite) check digit does not match: a character of line 2 is mistyped.`,
    'import.mrz.date.birthDate': `The birth date in the MRZ is not a real date.`,
    'import.mrz.date.expiryDate': `The expiry date in the MRZ is not a real date.`,
    'import.mrz.name': `The MRZ holds no name.`,
    'import.mrz.documentCode.td3': `A 2-line MRZ must be a passport's (starting with P).`,
    'import.mrz.documentCode.td1': `A 3-line MRZ must be an ID card's (starting with I, A or C).`,
    'import.mrz.nationalityUnknown': `Nationality code {code} in the MRZ names no country (e.g. stateless or refugee): choose the nationality yourself.`,
    'import.certificate.nothing': `No known certificate label was found. Write one "Label: value" per line, e.g. "Başvuru No: 2026-88-0638278".`,
    'import.certificate.missingValue': `"{label}" has no value.`,
    'import.certificate.applicationNumber': `"{label}": "{value}" is not an application number (yyyy-nn-nnnnnnn, e.g. 2026-88-0638278).`,
    'import.certificate.passportNumber': `"{label}": "{value}" is not a passport number (5–20 letters and digits).`,
    'import.certificate.foreignerId': `"{label}": "{value}" is not a foreigner ID number (11 digits starting with 99).`,
    'import.certificate.name': `"{label}": "{value}" is not a name in Latin letters.`,
    'import.certificate.date': `"{label}": "{value}" is not a real date (dd.mm.yyyy).`,
    'import.certificate.conflict': `"{label}" appears twice with different values.`,
    'import.certificate.skippedLines': `Certificate import: {count} line(s) without a known label were skipped.`,
    'import.case.empty': `Type the certificate lines or paste the MRZ first.`,
    'import.case.mismatch.passportNumber': `The certificate's passport number {certificate} differs from the MRZ's {mrz}: are they the same person's documents?`,
    'import.case.mismatch.birthDate': `The certificate's birth date {certificate} differs from the MRZ's {mrz}.`,
    'import.case.mismatch.passportExpiry': `The certificate's passport expiry {certificate} differs from the MRZ's {mrz}.`,
    'checklist.longTermRoute': `Route to the long-term permit`,
    'checklist.longTermRoute.eight-years': `8 years on residence permits`,
    'checklist.longTermRoute.policy-board': `Migration Policy Board conditions (YUKK 42)`,
  },
  ta = {
    'severity.error': `Error`,
    'severity.warning': `Warning`,
    'severity.info': `Information`,
    'confidence.official': `Official source`,
    'confidence.official-copy': `Official text, read in a copy`,
    'confidence.consultancy': `Consultancy or news source`,
    'confidence.uncertain': `Uncertain or conflicting sources`,
    'holiday.newYear': `New Year's Day`,
    'holiday.nationalSovereignty': `National Sovereignty and Children's Day`,
    'holiday.labourDay': `Labour and Solidarity Day`,
    'holiday.youthAndSports': `Commemoration of Atatürk, Youth and Sports Day`,
    'holiday.democracyAndNationalUnity': `Democracy and National Unity Day`,
    'holiday.victory': `Victory Day`,
    'holiday.republicEve': `Eve of Republic Day (half day)`,
    'holiday.republic': `Republic Day`,
    'holiday.ramadanFeastEve': `Eve of the Ramadan Feast (half day)`,
    'holiday.ramadanFeast': `Ramadan Feast (Ramazan Bayramı)`,
    'holiday.sacrificeFeastEve': `Eve of the Feast of Sacrifice (half day)`,
    'holiday.sacrificeFeast': `Feast of Sacrifice (Kurban Bayramı)`,
    'calendar.outOfRange': `The working-day calendar covers only 2025–2030, so this deadline cannot be computed for {year}. Count the working days with the official holiday list, or ask YİMER (157).`,
    'calendar.halfDayDeadline': `The deadline {deadline} is a half day: public offices close at 13:00. Go in the morning, or a day earlier.`,
    'lawful-stay.applyBy': `Apply while your stay is lawful: your visa, visa exemption or permit runs until {lawfulStayEnd} ({daysLeft} days left).`,
    'lawful-stay.late': `Your lawful stay ended on {lawfulStayEnd}, {daysLate} days ago. An application up to 10 days late (until {lastAcceptedDay}) is accepted only at the directorate's discretion, and a penalty fee (cezalı harç) is charged. Apply as soon as possible.`,
    'lawful-stay.ended': `Your lawful stay ended on {lawfulStayEnd}, {daysLate} days ago: more than the 10 days in which a late application can still be accepted. Contact the provincial migration directorate or YİMER (157) before applying; a penalty fee is likely.`,
    'stay-90-180.exceeded': `Your stays add up to {days} days in the 180 days from {windowStart} to {windowEnd}. A visa-exempt stay allows at most 90 days in any 180 (90 is the ceiling: some nationalities are allowed only 30), and a new passport does not reset the count. Check the dates you entered; if they are right, part of that stay was not lawful.`,
    'stay-90-180.overShortExemption': `Your stays add up to {days} days in the 180 days from {windowStart} to {windowEnd}. That is within the 90-day ceiling, but some nationalities are allowed only {shortDays} days visa-free. Check the visa-exemption length for your nationality before relying on it.`,
    'extension-window.tooEarly': `Too early to extend: an extension can be filed only in the last 60 days before your permit ends on {currentPermitEnd}, and the system does not accept it before {windowOpens} ({daysUntilOpen} days from now). Apply on or after that date.`,
    'extension-window.open': `The extension window is open. Apply no later than {currentPermitEnd}, the day your permit ends ({daysLeft} days left).`,
    'extension-window.expired': `Your permit ended on {currentPermitEnd} ({daysLate} days ago) and can no longer be extended: only a new application is possible. Filed by {lastNewApplicationDay} (10 days after the end), it may still be accepted at the directorate's discretion, with a penalty fee.`,
    'extension-window.expiredLong': `Your permit ended on {currentPermitEnd} ({daysLate} days ago) and can no longer be extended. The 10 days in which a late new application can still be accepted have also passed. Contact the provincial migration directorate or YİMER (157) before applying; a penalty fee is likely.`,
    'extended-permit-start.mismatch': `An extended permit starts where the current one ends. You entered {requestedStart}; use {currentPermitEnd} (or {nextDay}) as the start date.`,
    'postal-documents.deadline': `Since 15.02.2021 documents are reportedly handed in person at the appointment, not posted. Only if your directorate still asks for them by post: they must arrive by {deadline} (5 working days); late mail is not processed.`,
    'postal-documents.late': `Posting the documents on {mailDate} would be after the 5-working-day limit ({deadline}). Documents are reportedly handed in person at the appointment since 15.02.2021; check with your directorate which way applies to you.`,
    'appointment-attendance.attend': `Attend your appointment in person with all documents; otherwise the application is not processed. If documents are missing you may get up to 30 days to complete them, after which the file is closed.`,
    'decision-time.ninetyDays': `A decision is due within 90 days of a complete file. Keep your application certificate (müracaat belgesi): it lets you stay until the decision.`,
    'decision-time.longTerm': `A decision is due within 90 days of a complete file; for long-term permits in İstanbul and Antalya, YİMER says it can take up to 180 days. Keep your application certificate (müracaat belgesi) until then.`,
    'travel-while-pending.returnBy': `While the application is pending you may leave and come back visa-free only with the directorate-approved application certificate and the fee receipts, and only if you return within 15 days: leaving on {exit}, be back by {latestReturn}. The 90/180-day rule still applies.`,
    'travel-while-pending.tooLong': `Leaving on {exit} and returning on {return} is longer than 15 days. With a pending application you can re-enter visa-free only if you are back by {latestReturn}; otherwise you may need a visa to return.`,
    'travel-while-pending.feesUnpaid': `Before leaving on {exit}, pay the fees and have the application certificate approved by the directorate: without the approved certificate and the fee receipts you cannot re-enter visa-free.`,
    'permit-lapse.sixMonths': `A residence permit that is not used within 6 months of being granted becomes invalid.`,
    'passport-validity.tooShort': `Your passport must be valid for at least 60 days beyond the permit you request: until {passportNeeded} for an end date of {requestedEnd}, but it expires on {passportExpiry}. Choose an end date no later than {latestEnd}, or renew the passport first.`,
    'passport-validity.renewFirst': `Your passport expires on {passportExpiry}, too soon for any permit: it must stay valid for 60 days beyond the permit's end (until {passportNeeded} for an end date of {requestedEnd}). Renew the passport before applying.`,
    'insurance-period.startsLate': `Your insurance starts on {insuranceStart}, after the requested permit start {requestedStart}. The insurance must cover the whole requested period: get cover that starts no later than {requestedStart}.`,
    'insurance-period.endsEarly': `Your insurance ends on {insuranceEnd}, before the requested permit end {requestedEnd}. The insurance must cover the whole requested period: extend the cover to at least {requestedEnd}, or request an end date no later than {insuranceEnd}.`,
    'insurance-age.chooseAgeOption': `You are {age} on the application date. Short-term and student applicants under 18 or over 65 (that is, 66 or older) need no health insurance: choose the insurance type "18 yaş altı ve 65 yaş üstü olanlar" (under 18 and over 65). If you already have valid insurance, submit it anyway.`,
    'insurance-age.notEligible': `You are {age} on the application date, so the option "18 yaş altı ve 65 yaş üstü olanlar" does not apply to you: it is only for applicants under 18 or over 65 (that is, 66 or older). Choose the insurance you actually have; it must cover the whole requested period.`,
    'insurance-age.notForPermitType': `The option "18 yaş altı ve 65 yaş üstü olanlar" exists only for short-term and student permits. For this permit type valid health insurance is required at any age: choose the insurance you actually have.`,
    'insurance-cover.seddkMinimum': `A private health policy must meet the minimum cover set by SEDDK circular 2024/34 (in force since 01.04.2025): outpatient treatment of at least {outpatientMinimum} TL a year, and inpatient treatment without limit and without co-payment at contracted hospitals. Ask the insurer to confirm this on the policy.`,
    'family-insurance.notAllMembers': `For a family permit the supporter's health insurance must cover every family member (an SGK provision document must cover both the supporter and the members). Extend the cover to all members before applying.`,
    'duration-cap.tooLong': `This permit is granted for at most {capMonths} months at a time, and your end date {requestedEnd} is beyond that. Choose an end date no later than {latestEnd}.`,
    'duration-cap.tooManyMonths': `This permit is granted for at most {capMonths} months at a time; you requested {requestedMonths}. Request {capMonths} months or fewer.`,
    'duration-cap.tooLongDays': `The first permit for a victim of human trafficking is granted for {capDays} days, and your end date {requestedEnd} is beyond that. Choose an end date no later than {latestEnd}.`,
    'duration-cap.tooManyMonthsForDays': `The first permit for a victim of human trafficking is granted for {capDays} days; you requested {requestedMonths} months. Request a shorter period.`,
    'duration-cap.reportedCapExceeded': `Investor and TRNC-citizen permits are outside the 2-year cap (YUKK 31(2)) and are granted for at most {capMonths} months (5 years) according to consular and law-firm pages. Your end date {requestedEnd} is beyond {latestEnd}; consider a shorter period.`,
    'duration-cap.reportedCapExceededMonths': `Investor and TRNC-citizen permits are outside the 2-year cap (YUKK 31(2)) and are granted for at most {capMonths} months (5 years) according to consular and law-firm pages. You requested {requestedMonths}; consider a shorter period.`,
    'turkish-course-limit.reached': `A short-term permit for a Turkish course is granted at most {maxPermits} times in total, and you have had {previousPermits}. Choose another purpose that fits your situation.`,
    'tourism-permit.oneYearReached': `You have spent {months} months on tourism permits. Since a 2019 notice of the Directorate General, a tourism permit or extension is not granted after {limitMonths} months in total or at once on tourism permits unless you show another justified reason. Prepare that reason, or choose the purpose that really fits your stay.`,
    'tourism-permit.oneYearLimit': `Tourism permits are limited in practice: after {limitMonths} months in total on tourism permits a further permit or extension is reportedly refused without another justified reason (notice of 2019, suspended in 2020, applied strictly again since 2022).`,
    'tourism-permit.recentPractice': `Reports from 2025–26: tourism permits are often granted for shorter periods than asked, and proof of income of about 1.5 times the net minimum wage per person ({perPerson} TL a month on the {wageYear} figure) is asked. This is not written in the law; bring bank statements.`,
    'tourism-permit.recentPracticeNoWage': `Reports from 2025–26: tourism permits are often granted for shorter periods than asked, and proof of income of about 1.5 times the net minimum wage per person is asked. This is not written in the law; bring bank statements.`,
    'graduate-window.usedBefore': `The permit for graduates of Turkish higher education is granted only once, and you have already had it. Choose another purpose that fits your situation.`,
    'graduate-window.late': `You graduated on {graduationDate}. The graduate permit (YUKK 31(1)(i)) is only for those who apply within 6 months of graduation, that is by {windowEnd}. That date has passed: choose another purpose that fits your situation.`,
    'graduate-window.deadlines': `You graduated on {graduationDate}. The graduate permit is applied for within 6 months (by {windowEnd}), but universities say the student permit ends at graduation and a new application is due within 10 days (by {tenDayDeadline}). The sources conflict: applying by {tenDayDeadline} is the safe choice.`,
    'supporter-permit-end.beyond': `A family permit cannot run beyond the supporter's own permit, which ends on {supporterPermitEnd}. You entered {requestedEnd}; choose an end date no later than {supporterPermitEnd}.`,
    'long-term-extension.notPossible': `A long-term permit has no end date and is never extended. Check that you chose the right permit type and application kind.`,
    'family-income.noWageFigure': `The minimum wage for {year} is not in this assistant's table, so the supporter's income cannot be checked. The income must be at least the minimum wage in total and at least one third of it per family member.`,
    'family-income.latestKnownFigure': `The minimum wage for {year} is not published yet (or not yet in this assistant), so the income is compared with the {wageYear} figure and this check cannot confirm that it is enough for {year}. Check the current figure before applying.`,
    'family-income.belowBothBases': `The supporter's income of {income} TL is below the {year} threshold for {familySize} family members on either reading: {netThreshold} TL on the net minimum wage, {grossThreshold} TL on the gross. The law asks for at least the minimum wage in total and one third of it per family member; whether net or gross is meant, and whether the supporter is counted, is not settled. The application may be refused: document any further regular income.`,
    'family-income.belowGrossBasis': `The supporter's income of {income} TL meets the {year} threshold for {familySize} family members on the net minimum wage ({netThreshold} TL) but not on the gross ({grossThreshold} TL). Whether net or gross is meant is not settled; if you can, document further regular income.`,
    'supporter-residence.tooShort': `A foreign supporter must have lived in Türkiye on residence permits for at least 1 year; you entered {residenceMonths} months. Wait until the supporter has 12 months, or choose another permit type.`,
    'supporter-residence.currentPermitRecent': `The supporter's current permit started on {supporterPermitStart}, less than a year ago. A foreign supporter needs at least 1 year of residence on permits: if there were no earlier permits, apply on or after {oneYearDate}.`,
    'spouse-age.applicantUnder18': `For a spouse's family permit both spouses must be at least 18; you are {age} on the application date.`,
    'spouse-age.supporterUnder18': `For a spouse's family permit both spouses must be at least 18; your spouse (the supporter) is {age} on the application date.`,
    'long-term-conditions.eightYears': `Long-term permit: you need 8 years of uninterrupted residence on permits in Türkiye; time on a student permit counts only half.`,
    'long-term-conditions.noSocialAssistance': `Long-term permit: you must not have received social assistance in the last 3 years; a letter from the Social Assistance and Solidarity Foundation (SYDV) is requested.`,
    'long-term-conditions.incomeInsuranceOrder': `Long-term permit: you need sufficient and regular income, valid health insurance (there is no age exemption), and no threat to public order or public security.`,
    'long-term-conditions.excludedStatuses': `Long-term permits are not granted to refugees, conditional refugees, holders of subsidiary protection or of a humanitarian residence permit, or people under temporary protection.`,
    'long-term-conditions.timeAbroad': `A long-term permit is cancelled after more than 1 year continuously abroad, except for health, education or compulsory public service in your home country.`,
    'long-term-conditions.policyBoardRoute': `Long-term permit on the Migration Policy Board route (YUKK 42): the 8 years of residence do not apply when you meet the conditions the Board has set; the Ministry announces such decisions separately. The document list is shorter: the form, your passport, the previous permit if any, 2 photos and the address-registration document.`,
    'address-notification.deadline': `You moved on {moveDate}: notify the provincial migration directorate and the civil registry (Nüfus) of your new address by {deadline} (20 working days).`,
    'address-notification.overdue': `You moved on {moveDate}; the 20 working days to notify your new address ended on {deadline}. Notify the provincial migration directorate and the civil registry (Nüfus) now.`,
    'address-notification.late': `Notifying on {notifyDate} is after the 20-working-day limit for your move on {moveDate}. Notify by {deadline}.`,
    'province-move.feeCarriesOver': `After moving to another province you apply for a new permit there. If the permit type stays the same, the fee already paid for the remaining period is not charged again.`,
    'province-move.deadline': `You moved to another province on {moveDate}: apply for the new permit there by {deadline} (20 working days).`,
    'province-move.late': `You moved to another province on {moveDate}; the 20 working days to apply there ended on {deadline}. Apply now and be ready to explain the delay.`,
    'personal-data-notification.deadline': `After a change of passport, marital status or surname on {changeDate}, notify the provincial migration directorate within 20 days. Whether these are calendar or working days is unclear: notify by {calendarDeadline} to be safe (20 working days would end on {workingDeadline}).`,
    'personal-data-notification.deadlineCalendarDays': `After a change of passport, marital status or surname on {changeDate}, notify the provincial migration directorate within 20 days: by {calendarDeadline} to be safe.`,
    'newborn-permit.deadline': `A child born in Türkiye on {childBirthDate} needs a residence permit within 180 days of birth, by {deadline}; the permit runs from the birth date. Until then the birth certificate covers the child, and only while a parent's permit lasts.`,
    'newborn-permit.late': `The 180 days after the birth on {childBirthDate} ended on {deadline}. Apply for the child's permit now: a double fee is charged when the child leaves the country.`,
    'fee-notice.cardFee': `Fees in {year}: the residence permit card fee is {cardFee} TL for every nationality; the permit fee depends on your nationality and the months requested (see the Fees tab in the toolbar popup). Pay before the appointment and bring the receipts.`,
    'fee-notice.cardFeeOutdated': `The {year} card fee is not published yet (or not yet in this assistant); in {figureYear} it was {cardFee} TL and it usually rises each January. Check the amount e-İkamet shows before paying.`,
  },
  na = `modulepreload`,
  ra = (e) => `/` + e,
  ia = {},
  aa = (e) => e.pathname.endsWith(`.css`),
  oa = (e, t, n) => {
    if (t in e) return e[t];
    const r = n();
    if (!r) {
      e[t] = void 0;
      return;
    }
    const i = r.then(
      () => {
        e[t] = void 0;
      },
      (n) => {
        throw ((e[t] = void 0), n);
      },
    );
    return (e[t] = i), i;
  },
  $ = (e, t, n) => {
    let r = Promise.resolve();
    if (t && t.length > 0) {
      let e,
        i = document.querySelector(`meta[property=csp-nonce]`),
        a = i?.nonce || i?.getAttribute(`nonce`);
      function o(e) {
        return Promise.all(
          e.map((e) =>
            Promise.resolve(e).then(
              (e) => ({ status: `fulfilled`, value: e }),
              (e) => ({ status: `rejected`, reason: e }),
            ),
          ),
        );
      }
      function s(e) {
        return import.meta.resolve ? new URL(import.meta.resolve(e)) : new URL(e, self.location.href);
      }
      r = o(
        t
          .map((t) => {
            t = ra(t, n);
            const r = s(t),
              i = aa(r);
            return oa(ia, r.href, () => {
              if (e === void 0) {
                e = { all: new Set(), styles: new Set() };
                const t = document.getElementsByTagName(`link`);
                for (let n = t.length - 1; n >= 0; n--) {
                  const r = t[n];
                  e.all.add(r.href), r.rel === `stylesheet` && e.styles.add(r.href);
                }
              }
              if ((i ? e.styles : e.all).has(r.href)) return;
              const t = document.createElement(`link`);
              if (
                ((t.rel = i ? `stylesheet` : na),
                i || (t.as = `script`),
                (t.crossOrigin = ``),
                (t.href = r.href),
                a && t.setAttribute(`nonce`, a),
                document.head.appendChild(t),
                i)
              )
                return new Promise((e, n) => {
                  const i = (a) => {
                    t.removeEventListener(`load`, i),
                      t.removeEventListener(`error`, i),
                      a.type === `error` ? n(Error(`Unable to preload CSS for ${r}`)) : e(a);
                  };
                  t.addEventListener(`load`, i), t.addEventListener(`error`, i);
                });
            });
          })
          .filter((e) => e !== void 0),
      );
    }
    function i(e) {
      const t = new Event(`vite:preloadError`, { cancelable: !0 });
      if (((t.payload = e), window.dispatchEvent(t), !t.defaultPrevented)) throw e;
    }
    return r.then((t) => {
      for (const e of t || []) e.status === `rejected` && i(e.reason);
      return e().catch(i);
    });
  },
  sa = { profile: ea, fields: $i, docs: Qi, rules: ta },
  ca = (e) => ({ profile: e[0].default, fields: e[1].default, docs: e[2].default, rules: e[3].default }),
  la = {
    tr: async () =>
      ca(
        await Promise.all([
          $(() => import(`./profile-Bd2S3dnF.js`), []),
          $(() => import(`./fields-7BdJQ6Q9.js`), []),
          $(() => import(`./docs-BhggVkTx.js`), []),
          $(() => import(`./rules-DmTNqmsJ.js`), []),
        ]),
      ),
    ar: async () =>
      ca(
        await Promise.all([
          $(() => import(`./profile-BNCQBfyo.js`), []),
          $(() => import(`./fields-CjwDslCP.js`), []),
          $(() => import(`./docs-D2lYo309.js`), []),
          $(() => import(`./rules-CZJp4OGk.js`), []),
        ]),
      ),
    ru: async () =>
      ca(
        await Promise.all([
          $(() => import(`./profile-BqF2sY6o.js`), []),
          $(() => import(`./fields-DFE3L0M8.js`), []),
          $(() => import(`./docs-C_tZCZp-.js`), []),
          $(() => import(`./rules-DgzPg6Ko.js`), []),
        ]),
      ),
  },
  ua = new Map([[`en`, sa]]),
  da = new Map();
function fa(e) {
  const t = ua.get(e);
  if (t) return Promise.resolve(t);
  let n = da.get(e);
  return n || ((n = la[e]().then((t) => (ua.set(e, t), t))), n.catch(() => da.delete(e)), da.set(e, n)), n;
}
function pa(e) {
  return ua.get(e) ?? null;
}
var ma = sa,
  ha = { tr: `Türkçe`, en: `English`, ar: `العربية`, ru: `Русский` };
function ga(e, t) {
  for (const n of e) {
    const e = n[t];
    if (e) return e;
  }
}
function _a(e) {
  return (t, n) => e(t, n && Object.fromEntries(Object.entries(n).map(([e, t]) => [e, `\u2068${t}\u2069`])));
}
function va(e) {
  const t = d.has(e),
    n = (e) => (t ? _a(e) : e),
    r = pa(e) ?? ma,
    i = n(p(r.profile, ma.profile)),
    a = new Intl.DisplayNames([e, `en`], { type: `region`, fallback: `code` }),
    o = new Intl.NumberFormat(e);
  return {
    lang: e,
    dir: t ? `rtl` : `ltr`,
    t: i,
    message: (e) => i(e.key, e.params),
    docs: n(p(r.docs, ma.docs)),
    rules: n(p(r.rules, ma.rules)),
    field: (e, t) => ga([r.fields, ma.fields], `field.${e}.${t}`),
    country: (e) => {
      try {
        return a.of(e) ?? e;
      } catch {
        return e;
      }
    },
    number: (e) => o.format(e),
  };
}
function ya({ text: e, onChange: t }) {
  return g(`div`, {
    class: `language-switch`,
    children: [
      g(`label`, { for: `language`, children: e.t(`language.label`) }),
      g(`select`, {
        id: `language`,
        value: e.lang,
        onChange: (e) => t(e.currentTarget.value),
        'data-language': !0,
        children: h.map((e) => g(`option`, { value: e, lang: e, children: ha[e] }, e)),
      }),
    ],
  });
}
function ba(e) {
  const t = {
    format: `eikamet-assistant/needs-attention`,
    index: e.index,
    problems: e.summary,
    record: e.raw,
  };
  Nt(`eikamet-needs-attention-${e.index}.json`, `${JSON.stringify(t, null, 2)}\n`);
}
function xa({ text: e, entries: t, controller: n }) {
  const [r, i] = R(),
    [a, o] = R(null);
  return t.length === 0
    ? null
    : g(`section`, {
        class: `needs-attention alert warning`,
        'aria-labelledby': `attention-title`,
        'data-needs-attention': !0,
        children: [
          g(`h2`, { id: `attention-title`, children: e.t(`attention.title`, { count: t.length }) }),
          g(`p`, { children: e.t(`attention.help`) }),
          a ? g(`p`, { role: `alert`, class: `field-error`, children: e.message(a) }) : null,
          g(`ul`, {
            children: t.map((t) =>
              g(
                `li`,
                {
                  'data-attention-index': t.index,
                  children: [
                    g(`p`, {
                      children: [
                        g(`strong`, { children: t.label }),
                        ` `,
                        g(`span`, {
                          class: `muted small`,
                          children: e.t(`attention.position`, { position: t.index + 1 }),
                        }),
                      ],
                    }),
                    g(`ul`, {
                      class: `problems`,
                      children: t.problems.map((t, n) =>
                        g(
                          `li`,
                          {
                            children: [
                              g(`code`, { dir: `ltr`, children: t.path || e.t(`attention.record`) }),
                              ` —`,
                              ` `,
                              e.message(t),
                            ],
                          },
                          `${t.path}-${n}`,
                        ),
                      ),
                    }),
                    g(`div`, {
                      class: `actions`,
                      children: [
                        g(`button`, {
                          type: `button`,
                          onClick: () => ba(t),
                          children: e.t(`attention.download`),
                        }),
                        t.index >= 0
                          ? r === t.index
                            ? g(`button`, {
                                type: `button`,
                                class: `danger`,
                                onClick: async () => {
                                  i(void 0), o(await n.discard(t));
                                },
                                children: e.t(`attention.confirmRemove`),
                              })
                            : g(`button`, {
                                type: `button`,
                                onClick: () => i(t.index),
                                children: e.t(`attention.remove`),
                              })
                          : null,
                      ],
                    }),
                  ],
                },
                t.index,
              ),
            ),
          }),
        ],
      });
}
var Sa = `•••`,
  Ca = 4;
function wa(e) {
  return e.slice(-4);
}
function Ta(e) {
  return e.length <= Ca ? Sa : `${Sa}${wa(e)}`;
}
function Ea({ lang: e, passportNumber: t, foreignerId: n, name: r, class: i }) {
  const a = Rt(e),
    [o, s] = R(!1),
    l = [t ? { kind: `passport`, value: t } : null, n ? { kind: `foreignerId`, value: n } : null].filter(
      (e) => e !== null,
    ),
    u = Ce(null);
  return (
    Se(() => {
      const e = u.current;
      if (!e || !o) return;
      const t = () => s(!1),
        n = (n) => {
          const r = n.relatedTarget;
          (r && e.contains(r)) || t();
        };
      return (
        e.addEventListener(`mouseleave`, t),
        e.addEventListener(`focusout`, n),
        () => {
          e.removeEventListener(`mouseleave`, t), e.removeEventListener(`focusout`, n);
        }
      );
    }, [o]),
    l.length === 0
      ? null
      : g(`span`, {
          ref: u,
          class: i ? `masked-ids ${i}` : `masked-ids`,
          'data-masked-ids': o ? `revealed` : `masked`,
          children: [
            l.map((e, t) =>
              g(
                `span`,
                {
                  class: `masked-id`,
                  'data-masked-id': e.kind,
                  children: [
                    t > 0 ? g(`span`, { 'aria-hidden': `true`, children: ` · ` }) : null,
                    o
                      ? g(`bdi`, { dir: `ltr`, children: e.value })
                      : g(c, {
                          children: [
                            g(`span`, { 'aria-hidden': `true`, dir: `ltr`, children: Ta(e.value) }),
                            g(`span`, {
                              class: `visually-hidden`,
                              children: a(`mask.endingIn.${e.kind}`, { last: wa(e.value) }),
                            }),
                          ],
                        }),
                  ],
                },
                e.kind,
              ),
            ),
            ` `,
            g(`button`, {
              type: `button`,
              class: `link reveal-ids`,
              'aria-pressed': o ? `true` : `false`,
              'aria-label': a(o ? `mask.hideLabel` : `mask.revealLabel`, { name: r }),
              onClick: (e) => {
                e.isTrusted && s((e) => !e);
              },
              'data-reveal-ids': !0,
              children: a(o ? `mask.hide` : `mask.reveal`),
            }),
          ],
        })
  );
}
function Da({ tabs: e, current: t, label: n, tabLabel: r, onSelect: i, children: a }) {
  function o(n) {
    let r = e.indexOf(t),
      a = document.documentElement.dir === `rtl`,
      o = { ArrowRight: a ? -1 : 1, ArrowLeft: a ? 1 : -1 }[n.key],
      s;
    o === void 0
      ? n.key === `Home`
        ? (s = e[0])
        : n.key === `End` && (s = e[e.length - 1])
      : (s = e[(r + o + e.length) % e.length]),
      s !== void 0 && (n.preventDefault(), i(s), document.getElementById(`tab-${s}`)?.focus());
  }
  return g(c, {
    children: [
      g(`div`, {
        class: `tabs`,
        role: `tablist`,
        'aria-label': n,
        onKeyDown: o,
        children: e.map((e) =>
          g(
            `button`,
            {
              id: `tab-${e}`,
              type: `button`,
              role: `tab`,
              'aria-selected': e === t ? `true` : `false`,
              'aria-controls': `panel-${e}`,
              tabIndex: e === t ? 0 : -1,
              onClick: () => i(e),
              'data-tab': e,
              children: r(e),
            },
            e,
          ),
        ),
      }),
      g(`div`, {
        id: `panel-${t}`,
        role: `tabpanel`,
        'aria-labelledby': `tab-${t}`,
        class: `tab-panel`,
        children: a,
      }),
    ],
  });
}
function Oa({ text: e, removed: t, onUndo: n }) {
  return g(`div`, {
    class: `undo-bar`,
    'data-undo': !0,
    children: [
      g(`span`, { children: e.t(`undo.deleted`, { name: Y(t.profile) }) }),
      g(`button`, {
        type: `button`,
        class: `primary`,
        onClick: n,
        'data-action': `undo`,
        children: e.t(`action.undo`),
      }),
    ],
  });
}
function ka(e) {
  z(() => {
    (document.documentElement.lang = e.lang),
      (document.documentElement.dir = e.dir),
      (document.title = e.t(`app.title`));
  }, [e]);
}
var Aa = 0;
function ja(e) {
  const [t, n] = R(),
    r = (e) => n({ profile: e, draft: ai(e), key: ++Aa });
  return {
    editing: t,
    open: r,
    startNew: () => n({ draft: ii(), key: ++Aa }),
    startFrom: (e) => n({ draft: e, key: ++Aa }),
    duplicate: (e) => n({ draft: fi(e), key: ++Aa, copyOf: e }),
    close: () => n(void 0),
    async save(r, i = {}) {
      const a = t,
        o = a?.profile ? await e.update(a.profile, r, i) : await e.create(r);
      return o.error ? o.error : (n(void 0), null);
    },
    async reload() {
      const n = t?.profile?.id;
      if (n === void 0) return;
      const i = (await e.reload())?.profiles.find((e) => e.id === n);
      i && r(i);
    },
    async remove() {
      t?.profile && ((await e.remove(t.profile)) || n(void 0));
    },
  };
}
var Ma = `ui:language`,
  Na = `local:activeProfileId`,
  Pa = `local:${Ma}`,
  Fa;
function Ia() {
  return U.defineItem(Na, { fallback: null });
}
function La() {
  return (Fa ??= Ia()), Fa;
}
async function Ra() {
  const e = await La().getValue();
  return typeof e == `string` && S.test(e) ? e : null;
}
async function za(e) {
  e === null ? await La().removeValue() : await La().setValue(e);
}
var Ba;
function Va() {
  return U.defineItem(Pa, { fallback: null });
}
function Ha() {
  return (Ba ??= Va()), Ba;
}
async function Ua(e = navigator.languages) {
  const t = await Ha().getValue();
  return u(t) ? t : m(e);
}
function Wa(e) {
  return Ha().setValue(e);
}
function Ga() {
  const [e, t] = R(),
    n = (e) => {
      const n = () => t(e);
      fa(e).then(n, n);
    };
  return (
    z(
      () => (
        Ua().then(n),
        Ha().watch((e) => {
          u(e) && n(e);
        })
      ),
      [],
    ),
    [
      e,
      (e) => {
        n(e), Wa(e);
      },
    ]
  );
}
var Ka = `profile:save`,
  qa = `profile:import-write`;
function Ja(e) {
  return e instanceof Q ? e.reason : { key: `error.writeFailed`, params: { detail: String(e) } };
}
function Ya(e = $a()) {
  const [t, n] = R(),
    [r, i] = R(),
    [a, o] = R(null),
    [s, c] = R(),
    [l, u] = R(),
    d = we(async () => {
      const t = await e.load().catch(() => void 0);
      return t && n(t), t;
    }, [e]);
  z(() => (Za(e, i, n), Ra().then(o), e.watch(n)), [e]);
  const f = we(
    async (e) => {
      try {
        return await e();
      } catch (e) {
        return d(), Ja(e);
      }
    },
    [d],
  );
  return B(
    () => ({
      stored: t,
      head: r,
      activeId: a,
      lastRemoved: s,
      status: l,
      async create(t) {
        const r = await f(() => e.create(t));
        return `key` in r
          ? { error: r }
          : (n(r.state),
            c(void 0),
            u({ key: `status.saved`, params: { name: Y(r.profile) } }),
            { profile: r.profile });
      },
      reload: d,
      async update(t, r, i = {}) {
        const a = { id: t.id, createdAt: t.createdAt, updatedAt: t.updatedAt, ...r },
          o = performance.now(),
          s = await f(() => e.update(a, { base: t, keepMine: i.keepMine === !0 }));
        return `key` in s
          ? { error: s }
          : (performance.measure(Ka, { start: o }),
            n(s.state),
            c(void 0),
            u({ key: `status.saved`, params: { name: Y(s.profile) } }),
            { profile: s.profile });
      },
      async remove(t) {
        const r = await f(() => e.remove(t.id));
        return `key` in r
          ? r
          : (n(r.state), c(r.removed), u({ key: `status.deleted`, params: { name: Y(t) } }), null);
      },
      async undo() {
        if (!s) return;
        const t = await f(() => e.restore(s));
        `key` in t ? u(t) : (n(t), u({ key: `status.restored`, params: { name: Y(s.profile) } }), c(void 0));
      },
      async setActive(e) {
        await za(e), o(e);
        const n = t?.profiles.find((t) => t.id === e);
        u(n ? { key: `status.active`, params: { name: Y(n) } } : { key: `status.noActive` });
      },
      async discard(t) {
        const r = await f(() => e.discard(t));
        return `key` in r ? r : (n(r), c(void 0), u({ key: `status.discarded` }), null);
      },
      async importPlan(t, r, i) {
        const a = performance.now(),
          o = await f(() => Ji(e, t, r, new Date(), i));
        return `key` in o
          ? { error: o }
          : (performance.measure(qa, { start: a }),
            n(o.state),
            c(void 0),
            u({ key: `status.imported`, params: { ...o.outcome } }),
            { outcome: o.outcome });
      },
    }),
    [t, r, a, s, l, e, f, d],
  );
}
function Xa() {
  return new Promise((e) => requestAnimationFrame(() => setTimeout(e, 0)));
}
async function Za(e, t, n) {
  const r = await e.loadHead().catch(() => null);
  t(r), r && (await Xa());
  const i = await e.loadForHead();
  n(i.state), (r && r.glance.day === _(new Date())) || (await e.refreshHead(i).catch(() => void 0));
}
var Qa;
function $a() {
  return (Qa ??= qi()), Qa;
}
export {
  $ as f,
  B,
  Bt as j,
  br as E,
  Ce as R,
  Cr as C,
  Da as o,
  di as b,
  dt as F,
  Ea as s,
  Ei as g,
  ft as P,
  G as N,
  Ga as n,
  hi as _,
  ii as x,
  ja as r,
  Kn as A,
  ka as i,
  lr as k,
  mi as y,
  Oa as a,
  pi as v,
  Qr as S,
  R as z,
  Rt as M,
  Se as L,
  Sr as T,
  Ta as c,
  Ui as h,
  va as d,
  vr as O,
  wr as w,
  Xi as p,
  xa as l,
  Y as D,
  Ya as t,
  ya as u,
  Zi as m,
  z as I,
};
//# sourceMappingURL=use-profiles-uy5lOUCU.js.map
