var e = /^\d{2}\.\d{2}\.\d{4}$/;
function t(e, t) {
  return t === 2
    ? e % 4 == 0 && (e % 100 != 0 || e % 400 == 0)
      ? 29
      : 28
    : t === 4 || t === 6 || t === 9 || t === 11
      ? 30
      : 31;
}
function n(n) {
  if (!e.test(n)) return `shape`;
  const r = Number(n.slice(0, 2)),
    i = Number(n.slice(3, 5)),
    a = Number(n.slice(6, 10));
  if (i < 1 || i > 12 || r < 1 || r > t(a, i)) return `calendar`;
  if (a < 1900 || a > 2100) return `year`;
}
function r(e) {
  return new Date(Number(e.slice(6, 10)), Number(e.slice(3, 5)) - 1, Number(e.slice(0, 2)));
}
function i(e) {
  return Number(e.slice(6, 10) + e.slice(3, 5) + e.slice(0, 2));
}
export { e as t, i as r, n, r as i };
//# sourceMappingURL=tr-date-Cd9tgXbE.js.map
