import { u as e } from './schema-eA1dCwYj.js';
function t(e) {
  return e.replace(/[ \t]+/g, ` `).trim();
}
function n(t) {
  let n = t.trim(),
    r = n.replace(/[\s().-]/g, ``);
  return (
    /^\+90\d{10}$/.test(r)
      ? (r = r.slice(3))
      : /^0090\d{10}$/.test(r)
        ? (r = r.slice(4))
        : /^90\d{10}$/.test(r)
          ? (r = r.slice(2))
          : /^0\d{10}$/.test(r) && (r = r.slice(1)),
    e.test(r)
      ? r === n
        ? { value: r }
        : { value: r, notice: { key: `notice.mobile`, params: { value: r } } }
      : { value: n }
  );
}
function r(e) {
  const t = e.trim(),
    n = t.replace(/[a-z]+/g, (e) => e.toUpperCase());
  return n === t ? { value: n } : { value: n, notice: { key: `notice.upperCased`, params: { value: n } } };
}
function i(e) {
  return { value: e.trim().replace(/[a-z]+/g, (e) => e.toUpperCase()) };
}
function a(e) {
  const t = e.trim(),
    n = t.replace(/[\s.-]/g, ``);
  return /^\d+$/.test(n) ? { value: n } : { value: t };
}
var o = {
  mobile: n,
  passportNumber: r,
  permitCardSerial: i,
  foreignerId: a,
  permitCardNumber: a,
  email: (e) => ({ value: e.trim() }),
  notes: (e) => ({
    value: e
      .replace(
        /\r\n?/g,
        `
`,
      )
      .trim(),
  }),
};
function s(e, n) {
  const r = Object.hasOwn(o, e) ? o[e] : void 0;
  return r ? r(n) : { value: t(n) };
}
function c(e) {
  let t = ``;
  for (const n of e) t += typeof n == `number` ? `[${n}]` : t === `` ? String(n) : `.${String(n)}`;
  return t;
}
function l(e) {
  switch (e.code) {
    case `unrecognized_keys`:
      return { key: `error.unknownField`, params: { names: e.keys.join(`, `) } };
    case `too_big`:
      return e.message.startsWith(`error.`)
        ? { key: e.message, params: { max: Number(e.maximum) } }
        : { key: `error.tooMany`, params: { max: Number(e.maximum) } };
    case `invalid_type`:
      return e.message.startsWith(`error.`) ? { key: e.message } : { key: `error.type.${u(e.expected)}` };
    case `invalid_union`:
      return { key: `error.type.unexpected` };
    default:
      return e.message.startsWith(`error.`) ? { key: e.message } : { key: `error.invalid` };
  }
}
function u(e) {
  return [`string`, `number`, `boolean`, `array`, `object`].includes(e) ? e : `unexpected`;
}
function d(e, t = []) {
  return e.map((e) => ({ path: c([...t, ...e.path]), ...l(e) }));
}
export { d as n, l as t, n as i, s as r };
//# sourceMappingURL=messages-B--RA4mf.js.map
