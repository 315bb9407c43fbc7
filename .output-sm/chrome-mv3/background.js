var background = (() => {
  var e = Object.create,
    t = Object.defineProperty,
    n = Object.getOwnPropertyDescriptor,
    r = Object.getOwnPropertyNames,
    i = Object.getPrototypeOf,
    a = Object.prototype.hasOwnProperty,
    o = (e, t) => () => (t || (e((t = { exports: {} }).exports, t, t.exports), (e = null)), t.exports),
    s = (e, i, o, s) => {
      if ((i && typeof i == `object`) || typeof i == `function`)
        for (var c = r(i), l = 0, u = c.length, d; l < u; l++)
          (d = c[l]),
            !a.call(e, d) &&
              d !== o &&
              t(e, d, { get: ((e) => i[e]).bind(null, d), enumerable: !(s = n(i, d)) || s.enumerable });
      return e;
    },
    c = (n, r, o) => (
      (o = n == null ? {} : e(i(n))),
      s(
        r || !n || !n.__esModule || !a.call(n, `default`) ? t(o, `default`, { value: n, enumerable: !0 }) : o,
        n,
      )
    );
  function l(e) {
    return e == null || typeof e == `function` ? { main: e } : e;
  }
  var u = c(
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
                            } else if (typeof d == `object` && d && (c(t, a) || c(n, a)))
                              d = l(d, t[a], n[a]);
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
                        throw Error(
                          `Expected at least ${t.minArgs} ${a(t.minArgs)} for ${e}(), got ${r.length}`,
                        );
                      if (r.length > t.maxArgs)
                        throw Error(
                          `Expected at most ${t.maxArgs} ${a(t.maxArgs)} for ${e}(), got ${r.length}`,
                        );
                      return new Promise((e, t) => {
                        const i = p.bind(null, { resolve: e, reject: t });
                        r.push(i), n.sendMessage(...r);
                      });
                    },
                    ee = {
                      devtools: { network: { onRequestFinished: u(d) } },
                      runtime: {
                        onMessage: u(f),
                        onMessageExternal: u(f),
                        sendMessage: m.bind(null, `sendMessage`, { minArgs: 1, maxArgs: 3 }),
                      },
                      tabs: { sendMessage: m.bind(null, `sendMessage`, { minArgs: 2, maxArgs: 3 }) },
                    },
                    h = {
                      clear: { minArgs: 1, maxArgs: 1 },
                      get: { minArgs: 1, maxArgs: 1 },
                      set: { minArgs: 1, maxArgs: 1 },
                    };
                  return (
                    (t.privacy = { network: { '*': h }, services: { '*': h }, websites: { '*': h } }),
                    l(e, ee, t)
                  );
                })(chrome);
        });
      })(),
      1,
    ),
    d = new Map();
  function f(e, t) {
    if (d.has(e)) throw Error(`A handler for '${e}' is already registered.`);
    d.set(e, t);
  }
  async function p(e, t = {}) {
    if (typeof e != `object` || !e) return { ok: !1, error: `not an object` };
    const n = e,
      r = typeof n.type == `string` ? d.get(n.type) : void 0;
    if (!r) return { ok: !1, error: `unknown request type: ${String(n.type)}` };
    try {
      return { ok: !0, value: await r(n, t) };
    } catch (e) {
      return { ok: !1, error: e instanceof Error ? e.message : String(e) };
    }
  }
  var m = [`tr`, `en`, `ar`, `ru`];
  function ee(e) {
    return typeof e == `string` && m.includes(e);
  }
  var h = [`first`, `extension`, `transfer`],
    g = [`short-term`, `family`, `student`, `long-term`, `humanitarian`, `trafficking-victim`],
    te = [
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
    ne = {
      'short-term': { tr: `Kısa Dönem İkamet İzni`, en: `Short Term Residence Permit` },
      family: { tr: `Aile İkamet İzni`, en: `Family Residence Permit` },
      student: { tr: `Öğrenci İkamet İzni`, en: `Student Residence Permit` },
      'long-term': { tr: `Uzun Dönem İkamet İzni`, en: `Long Term Residence Permit` },
      humanitarian: { tr: `İnsani İkamet İzni`, en: `Humanitarian Residence Permit` },
      'trafficking-victim': {
        tr: `İnsan Ticareti Mağduru İkamet İzni`,
        en: `Residence Permit for Victims of Human Trafficking`,
      },
    },
    _ = {
      'scientific-research': { tr: `bilimsel araştırma`, en: `scientific research` },
      'property-owner': { tr: `taşınmaz malı bulunan`, en: `owns immovable property` },
      business: { tr: `ticari bağlantı veya iş kurma`, en: `business connections` },
      'in-service-training': { tr: `hizmet içi eğitim`, en: `in-service training` },
      'education-exchange': {
        tr: `eğitim veya öğrenci değişim programları`,
        en: `education / exchange programmes`,
      },
      tourism: { tr: `turizm`, en: `tourism` },
      'medical-treatment': { tr: `tedavi`, en: `medical treatment` },
      'authority-request': {
        tr: `adli veya idari makamların talebi`,
        en: `request of judicial or administrative authorities`,
      },
      'from-family-permit': { tr: `aile ikamet izninden geçiş`, en: `transfer from family permit` },
      'turkish-course': { tr: `Türkçe öğrenme kursu`, en: `Turkish course` },
      'public-institution-programme': {
        tr: `kamu kurumları aracılığıyla eğitim, araştırma, staj, kurs`,
        en: `training, research, internship or course through public institutions`,
      },
      graduate: {
        tr: `Türkiye’de yükseköğrenimini tamamlayanlar`,
        en: `graduates of Turkish higher education`,
      },
      investor: { tr: `yatırım`, en: `investors` },
      'trnc-citizen': { tr: `KKTC vatandaşları`, en: `TRNC citizens` },
    },
    re = [`private`, `sgk-general`, `bilateral-agreement`, `sgk-provision`, `under-18-over-65`],
    ie = {
      private: { tr: `Özel Sağlık Sigortası`, en: `Private Health Insurance` },
      'sgk-general': { tr: `Genel Sağlık Sigortası (SGK)`, en: `General Health Insurance (SGK)` },
      'bilateral-agreement': {
        tr: `İkili Sosyal Güvenlik Sözleşmesi`,
        en: `Bilateral Social Security Agreement`,
      },
      'sgk-provision': { tr: `SGK Provizyon Belgesi`, en: `SGK Provision Document` },
      'under-18-over-65': { tr: `18 yaş altı ve 65 yaş üstü olanlar`, en: `Under 18 and over 65` },
    },
    ae = [`male`, `female`],
    oe = { male: { tr: `Erkek`, en: `Male` }, female: { tr: `Kadın`, en: `Female` } },
    se = [`single`, `married`, `divorced`, `widowed`],
    ce = {
      single: { tr: `Bekar`, en: `Single` },
      married: { tr: `Evli`, en: `Married` },
      divorced: { tr: `Boşanmış`, en: `Divorced` },
      widowed: { tr: `Dul`, en: `Widowed` },
    },
    le = [`ordinary`, `special`, `service`, `diplomatic`, `in-lieu`],
    ue = {
      ordinary: { tr: `Umuma Mahsus Pasaport`, en: `Ordinary Passport` },
      special: { tr: `Hususi Pasaport`, en: `Special Passport` },
      service: { tr: `Hizmet Pasaportu`, en: `Service Passport` },
      diplomatic: { tr: `Diplomatik Pasaport`, en: `Diplomatic Passport` },
      'in-lieu': { tr: `Pasaport Yerine Geçen Belge`, en: `Document in Lieu of Passport` },
    },
    de = [`email`, `mobile`],
    fe = { email: `1`, mobile: `2` },
    pe =
      `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`.split(
        ` `,
      ),
    me = {
      '01': `Adana`,
      '02': `Adıyaman`,
      '03': `Afyonkarahisar`,
      '04': `Ağrı`,
      '05': `Amasya`,
      '06': `Ankara`,
      '07': `Antalya`,
      '08': `Artvin`,
      '09': `Aydın`,
      10: `Balıkesir`,
      11: `Bilecik`,
      12: `Bingöl`,
      13: `Bitlis`,
      14: `Bolu`,
      15: `Burdur`,
      16: `Bursa`,
      17: `Çanakkale`,
      18: `Çankırı`,
      19: `Çorum`,
      20: `Denizli`,
      21: `Diyarbakır`,
      22: `Edirne`,
      23: `Elazığ`,
      24: `Erzincan`,
      25: `Erzurum`,
      26: `Eskişehir`,
      27: `Gaziantep`,
      28: `Giresun`,
      29: `Gümüşhane`,
      30: `Hakkari`,
      31: `Hatay`,
      32: `Isparta`,
      33: `Mersin`,
      34: `İstanbul`,
      35: `İzmir`,
      36: `Kars`,
      37: `Kastamonu`,
      38: `Kayseri`,
      39: `Kırklareli`,
      40: `Kırşehir`,
      41: `Kocaeli`,
      42: `Konya`,
      43: `Kütahya`,
      44: `Malatya`,
      45: `Manisa`,
      46: `Kahramanmaraş`,
      47: `Mardin`,
      48: `Muğla`,
      49: `Muş`,
      50: `Nevşehir`,
      51: `Niğde`,
      52: `Ordu`,
      53: `Rize`,
      54: `Sakarya`,
      55: `Samsun`,
      56: `Siirt`,
      57: `Sinop`,
      58: `Sivas`,
      59: `Tekirdağ`,
      60: `Tokat`,
      61: `Trabzon`,
      62: `Tunceli`,
      63: `Şanlıurfa`,
      64: `Uşak`,
      65: `Van`,
      66: `Yozgat`,
      67: `Zonguldak`,
      68: `Aksaray`,
      69: `Bayburt`,
      70: `Karaman`,
      71: `Kırıkkale`,
      72: `Batman`,
      73: `Şırnak`,
      74: `Bartın`,
      75: `Ardahan`,
      76: `Iğdır`,
      77: `Yalova`,
      78: `Karabük`,
      79: `Kilis`,
      80: `Osmaniye`,
      81: `Düzce`,
    },
    he = Object.keys(me),
    v = (...e) => e.join(` `).split(` `),
    ge = v(`ve veya ile ya da and or of the for a an to in by with`),
    _e = v(`ikamet izni izin residence permit permits`),
    ve = v(
      `kisa donem short term aile family ogrenci student uzun long insani humanitarian`,
      `insan ticareti magduru victim victims human trafficking`,
    ),
    ye = v(
      `amacli amaciyla amaci amac maksadiyla kalacaklar kalacak kalanlar kalis olanlar olan icin`,
      `purpose purposes stay stays staying those who will ones attend persons people applicants`,
    ),
    be = v(`saglik sigortasi sigorta health insurance olanlar`),
    xe = {
      qualifiers: v(
        `of america of the republic peoples people democratic federation federal federative islamic arab`,
        `state states kingdom united socialist plurinational bolivarian`,
        `halk cumhuriyeti federasyonu federal islam arap devleti demokratik krallik kralligi birlesik`,
      ),
    },
    Se = { filler: [...ge, ..._e] },
    Ce = {
      nationality: xe,
      otherNationality: xe,
      birthCountry: xe,
      passportIssuingCountry: xe,
      permitType: Se,
      currentPermitType: Se,
      permitPurpose: { filler: [...ge, ..._e], added: [...ve, ...ye] },
      insuranceType: { filler: [...ge, ...be] },
      passportType: { filler: [...ge, ...v(`pasaport pasaportu passport`)] },
      province: { filler: v(`il ili province`) },
      district: { filler: v(`ilce ilcesi district`) },
      neighbourhood: { filler: v(`mah mh mahalle mahallesi neighbourhood neighborhood`) },
    };
  function we(e) {
    return Ce[e] ?? { filler: ge };
  }
  var Te = {
    permitPurpose: { 'public-institution-programme': [`training, research, apprenticeship and courses`] },
  };
  function Ee(e, t) {
    const n = Te[e];
    return n && Object.hasOwn(n, t) ? (n[t] ?? []) : [];
  }
  var De = { email: { tr: `E-posta`, en: `e-Mail` }, mobile: { tr: `Cep Telefonu`, en: `Cell Phone` } },
    Oe = { yes: { tr: `Evet`, en: `Yes` }, no: { tr: `Hayır`, en: `No` } },
    ke = { yes: `1`, no: `0`, true: `1`, false: `0` },
    Ae = {
      gender: oe,
      maritalStatus: ce,
      passportType: ue,
      permitType: ne,
      currentPermitType: ne,
      permitPurpose: _,
      insuranceType: ie,
      contactPreference: De,
      changeProvince: Oe,
    },
    je = new Set([`nationality`, `otherNationality`, `birthCountry`, `passportIssuingCountry`]),
    Me = {
      BA: [`Bosnia and Herzegovina`, `Bosna Hersek`],
      BO: [`Bolivia`],
      CD: [`Democratic Republic of the Congo`, `Kongo Demokratik Cumhuriyeti`],
      CG: [`Republic of the Congo`, `Congo`, `Kongo Cumhuriyeti`, `Kongo`],
      CI: [`Côte d'Ivoire`, `Ivory Coast`, `Fildişi Sahili`],
      CZ: [`Czech Republic`, `Çek Cumhuriyeti`],
      GB: [`Great Britain`, `İngiltere`],
      IR: [`Iran, Islamic Republic of`, `İran İslam Cumhuriyeti`],
      KP: [`Korea, Democratic People's Republic of`, `Kuzey Kore Demokratik Halk Cumhuriyeti`],
      KR: [`Korea, Republic of`, `Kore Cumhuriyeti`],
      LA: [`Lao People's Democratic Republic`, `Laos`],
      MD: [`Moldova, Republic of`, `Moldova Cumhuriyeti`],
      MK: [`North Macedonia`, `Macedonia`, `Kuzey Makedonya`, `Makedonya`],
      PS: [`Palestine`, `State of Palestine`, `Filistin`, `Filistin Devleti`],
      RU: [`Russian Federation`, `Rusya Federasyonu`],
      SY: [`Syrian Arab Republic`, `Suriye Arap Cumhuriyeti`],
      TZ: [`Tanzania, United Republic of`, `Tanzanya`],
      US: [`United States of America`, `ABD`],
      VE: [`Venezuela`],
      VN: [`Viet Nam`, `Vietnam`],
      XK: [`Kosovo`, `Kosova`],
    },
    Ne = new Map();
  function Pe(e, t) {
    if (!Ne.has(t))
      try {
        Ne.set(t, new Intl.DisplayNames([t], { type: `region`, fallback: `none` }));
      } catch {
        Ne.set(t, null);
      }
    try {
      return Ne.get(t)?.of(e) ?? null;
    } catch {
      return null;
    }
  }
  function Fe(e, t) {
    return t === `tr` ? [e.tr, e.en] : [e.en, e.tr];
  }
  function Ie(e, t, n) {
    const r = t.trim(),
      i = [r],
      a = [r],
      o = r.toLowerCase();
    if (e === `contactPreference`) {
      const e = Le(fe, o);
      e && i.push(e);
    }
    if (e === `changeProvince`) {
      const e = Le(ke, o);
      e && i.push(e);
    }
    const s = Ae[e],
      c = s && Le(s, o === `true` ? `yes` : o === `false` ? `no` : o);
    if ((c && a.push(...Fe(c, n), ...Ee(e, o)), je.has(e) && /^[A-Za-z]{2}$/.test(r))) {
      const e = r.toUpperCase(),
        t = n === `tr` ? `en` : `tr`;
      for (const r of [Pe(e, n), Pe(e, t)]) r && a.push(r);
      a.push(...(Le(Me, e) ?? []));
    }
    if (e === `province`) {
      const e = Le(me, r);
      e && a.push(e);
    }
    return { codes: Re(i), texts: Re(a), words: we(e) };
  }
  function Le(e, t) {
    return Object.hasOwn(e, t) ? e[t] : void 0;
  }
  function Re(e) {
    return [...new Set(e.filter((e) => e !== ``))];
  }
  function ze(e) {
    const t = (t) => {
      const n = {};
      for (const [r, i] of Object.entries(e)) i !== void 0 && i.trim() !== `` && (n[r] = Ie(r, i, t));
      return n;
    };
    return { tr: t(`tr`), en: t(`en`) };
  }
  function Be(e) {
    const t = Object.values(e).filter((e) => typeof e == `number`);
    return Object.entries(e)
      .filter(([e, n]) => t.indexOf(+e) === -1)
      .map(([e, t]) => t);
  }
  function Ve(e, t = `|`) {
    return e.map((e) => ut(e)).join(t);
  }
  function He(e, t) {
    return typeof t == `bigint` ? t.toString() : t;
  }
  var Ue = class {
    constructor(e) {
      (this._getter = e), (this._value = void 0);
    }
    get value() {
      const e = this._getter;
      return e !== void 0 && ((this._value = e()), (this._getter = void 0)), this._value;
    }
  };
  function We(e) {
    return new Ue(e);
  }
  function Ge(e) {
    return e == null;
  }
  function Ke(e) {
    const t = +!!e.startsWith(`^`),
      n = e.endsWith(`$`) ? e.length - 1 : e.length;
    return e.slice(t, n);
  }
  function qe(e, t) {
    const n = e / t,
      r = Math.round(n),
      i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
    return Math.abs(n - r) < i ? 0 : n - r;
  }
  function Je(e, t, n) {
    Object.defineProperty(e, t, { value: n, writable: !0, enumerable: !0, configurable: !0 });
  }
  function Ye(e) {
    const t = Object.getOwnPropertyDescriptor(e, `shape`);
    return t?.get ? t.get.raw : t?.value;
  }
  function y(e) {
    return Ye(e._zod.def) ?? e._zod.def.shape;
  }
  function Xe(e, t, n) {
    Object.defineProperty(e, t, {
      get() {
        const e = n();
        return Je(this, t, e), e;
      },
      enumerable: !0,
      configurable: !0,
    });
  }
  function Ze(e, t, n) {
    t in e ? Je(e, t, n) : (e[t] = n);
  }
  function Qe(e, t, n, r) {
    const i = y(t);
    for (const a of n) {
      const n = Object.getOwnPropertyDescriptor(i, a);
      n.enumerable &&
        (n.get
          ? Xe(e, a, () => {
              const e = t._zod.def.shape[a];
              return r ? r(e, a) : e;
            })
          : Ze(e, a, r ? r(n.value, a) : n.value));
    }
  }
  function $e(e, t) {
    for (const n of Reflect.ownKeys(t)) {
      const r = Object.getOwnPropertyDescriptor(t, n);
      r.enumerable && (r.get ? Xe(e, n, () => t[n]) : Ze(e, n, r.value));
    }
  }
  function b(...e) {
    const t = {};
    for (const n of e) {
      const e = Object.getOwnPropertyDescriptors(n);
      Object.assign(t, e);
    }
    return Object.defineProperties({}, t);
  }
  function et(e) {
    return JSON.stringify(e);
  }
  function tt(e) {
    return e
      .toLowerCase()
      .trim()
      .replace(/[^\w\s-]/g, ``)
      .replace(/[\s_-]+/g, `-`)
      .replace(/^-+|-+$/g, ``);
  }
  var nt = `captureStackTrace` in Error ? Error.captureStackTrace : (...e) => {};
  function rt(e) {
    return typeof e == `object` && !!e && !Array.isArray(e);
  }
  var it = We(() => {
    if (T.jitless || (typeof navigator < `u` && navigator?.userAgent?.includes(`Cloudflare`))) return !1;
    try {
      return Function(``), !0;
    } catch {
      return !1;
    }
  });
  function at(e) {
    if (rt(e) === !1) return !1;
    const t = e.constructor;
    if (t === void 0 || typeof t != `function`) return !0;
    const n = t.prototype;
    return rt(n) !== !1 && Object.hasOwn(n, `isPrototypeOf`) !== !1;
  }
  function ot(e) {
    return at(e)
      ? { ...e }
      : Array.isArray(e)
        ? [...e]
        : e instanceof Map
          ? new Map(e)
          : e instanceof Set
            ? new Set(e)
            : e;
  }
  var st = new Set([`string`, `number`, `symbol`]);
  function ct(e) {
    return e.replace(/[.*+?^${}()|[\]\\]/g, `\\$&`);
  }
  function lt(e, t, n) {
    const r = new e._zod.constr(t ?? e._zod.def);
    return (!t || n?.parent) && (r._zod.parent = e), r;
  }
  function x(e) {
    const t = e;
    if (!t) return {};
    if (typeof t == `string`) return { error: () => t };
    if (t?.message !== void 0) {
      if (t?.error !== void 0) throw Error('Cannot specify both `message` and `error` params');
      t.error = t.message;
    }
    return delete t.message, typeof t.error == `string` ? { ...t, error: () => t.error } : t;
  }
  function ut(e) {
    return typeof e == `bigint` ? e.toString() + `n` : typeof e == `string` ? `"${e}"` : `${e}`;
  }
  function dt(e) {
    return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === `optional`);
  }
  var ft = {
      safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
    },
    pt = {
      int64: [BigInt(`-9223372036854775808`), BigInt(`9223372036854775807`)],
      uint64: [BigInt(0), BigInt(`18446744073709551615`)],
    };
  function mt(e, t) {
    const n = e._zod.def,
      r = n.checks;
    if (r && r.length > 0) throw Error(`.pick() cannot be used on object schemas containing refinements`);
    const i = {};
    return Qe(i, e, ht(e, t)), lt(e, b(n, { shape: i, checks: [] }));
  }
  function ht(e, t) {
    const n = y(e),
      r = [];
    for (const e of Reflect.ownKeys(t)) {
      if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
      t[e] && r.push(e);
    }
    return r;
  }
  function gt(e, t) {
    const n = e._zod.def,
      r = n.checks;
    if (r && r.length > 0) throw Error(`.omit() cannot be used on object schemas containing refinements`);
    const i = new Set(ht(e, t)),
      a = {};
    return (
      Qe(
        a,
        e,
        Reflect.ownKeys(y(e)).filter((e) => !i.has(e)),
      ),
      lt(e, b(n, { shape: a, checks: [] }))
    );
  }
  function _t(e, t) {
    if (!at(t)) throw Error(`Invalid input to extend: expected a plain object`);
    const n = e._zod.def.checks;
    if (n && n.length > 0) {
      const n = y(e);
      for (const e of Reflect.ownKeys(t))
        if (Object.getOwnPropertyDescriptor(n, e) !== void 0)
          throw Error(
            'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
          );
    }
    return lt(e, b(e._zod.def, { shape: vt(e, t) }));
  }
  function vt(e, t) {
    const n = {};
    return Qe(n, e, Reflect.ownKeys(y(e))), $e(n, t), n;
  }
  function yt(e, t) {
    if (!at(t)) throw Error(`Invalid input to safeExtend: expected a plain object`);
    return lt(e, b(e._zod.def, { shape: vt(e, t) }));
  }
  function bt(e, t) {
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
      Qe(n, e, Reflect.ownKeys(y(e))),
      Qe(n, t, Reflect.ownKeys(y(t))),
      lt(
        e,
        b(e._zod.def, {
          shape: n,
          get catchall() {
            return t._zod.def.catchall;
          },
          checks: t._zod.def.checks ?? [],
        }),
      )
    );
  }
  function xt(e, t, n, r = `partial`) {
    const i = t._zod.def.checks;
    if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
    const a = n ? new Set(ht(t, n)) : void 0,
      o = {};
    return (
      Qe(
        o,
        t,
        Reflect.ownKeys(y(t)),
        e && ((t, n) => (a && !a.has(n) ? t : new e({ type: `optional`, innerType: t }))),
      ),
      lt(t, b(t._zod.def, { shape: o, checks: [] }))
    );
  }
  function St(e, t, n) {
    const r = n ? new Set(ht(t, n)) : void 0,
      i = {};
    return (
      Qe(i, t, Reflect.ownKeys(y(t)), (t, n) =>
        r && !r.has(n) ? t : new e({ type: `nonoptional`, innerType: t }),
      ),
      lt(t, b(t._zod.def, { shape: i }))
    );
  }
  function S(e, t = 0) {
    if (e.aborted === !0) return !0;
    for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
    return !1;
  }
  function Ct(e, t = 0) {
    if (e.aborted === !0) return !0;
    for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
    return !1;
  }
  function wt(e, t) {
    return t.map((t) => {
      var n;
      return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
    });
  }
  function Tt(e) {
    return typeof e == `string` ? e : e?.message;
  }
  function Et(e) {
    const t = [];
    for (const n of e ?? []) {
      const e = n._zod.def;
      if (!/_(length|size)$|_equals$/.test(e.check)) break;
      const r = e.maximum ?? e.length ?? e.size;
      r >= 0 && t.push([r, n]);
    }
    return t;
  }
  function Dt(e, t, n) {
    var r;
    for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
  }
  function Ot(e, t, n) {
    var r;
    const i = e.inst?._zod?.traits;
    i?.has(`$ZodType`) &&
      (i.has(`$ZodCheck`) ? ((r = e).schema ?? (r.schema = e.inst)) : (e.schema = e.inst));
    const a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error,
      o = e.message
        ? e.message
        : (Tt(e.inst?._zod.def?.error?.(e)) ??
          Tt(a?.(e)) ??
          Tt(t?.error?.(e)) ??
          Tt(n.customError?.(e)) ??
          Tt(n.localeError?.(e)) ??
          `Invalid input`),
      s = {};
    for (const t of Object.keys(e))
      t !== `inst` &&
        t !== `schema` &&
        t !== `continue` &&
        t !== `input` &&
        t !== `__proto__` &&
        (s[t] = e[t]);
    return (s.path ??= []), (s.message = o), t?.reportInput && (s.input = e.input), s;
  }
  var kt = /[\uD800-\uDBFF]/;
  function At(e) {
    const t = e.length;
    if (!kt.test(e)) return t;
    let n = t;
    for (let r = 0; r < t - 1; r++)
      (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
    return n;
  }
  function jt(e) {
    return Array.isArray(e) ? `array` : typeof e == `string` ? `string` : `unknown`;
  }
  function Mt(e) {
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
  function Nt(...e) {
    const [t, n, r] = e;
    return typeof t == `string` ? { message: t, code: `custom`, input: n, inst: r } : { ...t };
  }
  function Pt(e, t) {
    for (const n in t) {
      const r = Object.getOwnPropertyDescriptor(t, n);
      r.get ? Object.defineProperty(e, n, { ...r, enumerable: !1 }) : Rt(e, n, r.value);
    }
  }
  function Ft(e, t, n, r = !0) {
    return Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: r, value: n }), n;
  }
  function It(e, t, n) {
    return Ft(e, t, n, !1);
  }
  function Lt(e, t) {
    for (const n in e) {
      const r = e[n];
      Object.defineProperty(t, n, {
        configurable: !0,
        enumerable: !0,
        get() {
          return Ft(this, n, r(this));
        },
        set(e) {
          Ft(this, n, e);
        },
      });
    }
    return t;
  }
  function Rt(e, t, n) {
    Object.defineProperty(e, t, {
      configurable: !0,
      get() {
        return this == null ? n : Ft(this, t, n.bind(this));
      },
      set(e) {
        Ft(this, t, e);
      },
    });
  }
  function zt(e, t) {
    const n = Object.getPrototypeOf(e);
    return t in n ? void 0 : n;
  }
  var Bt,
    Vt = !1,
    Ht = {
      configurable: !0,
      get() {
        Vt = !0;
      },
    };
  function C(e, t, n) {
    const r = Object.getPrototypeOf(e._zod);
    t in r && Bt !== e._zod
      ? (Bt = void 0)
      : ((Bt = e._zod),
        Object.defineProperty(r, t, {
          configurable: !0,
          get() {
            Object.defineProperty(this, t, Ht);
            const e = Vt;
            Vt = !1;
            try {
              const r = n(this);
              return (
                Vt
                  ? delete this[t]
                  : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: r }),
                (Vt ||= e),
                r
              );
            } catch (n) {
              throw (delete this[t], (Vt ||= e), n);
            }
          },
          set(e) {
            Object.defineProperty(this, t, { configurable: !0, writable: !0, value: e });
          },
        }));
  }
  function Ut(e, t, n, r) {
    const i = zt(e, t);
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
  var Wt = `~constantCatch`;
  function Gt(e) {
    const t = () => e;
    return (t[Wt] = !0), t;
  }
  var Kt,
    qt = { value: void 0, enumerable: !1 },
    Jt = `captureStackTrace` in Error ? Error : null;
  function Yt(e) {
    const t = Jt;
    if (t) {
      const n = t.stackTraceLimit;
      if (typeof n == `number`) {
        try {
          t.stackTraceLimit = 0;
        } catch {
          return (Jt = null), new e();
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
  function w(e, t, n, r) {
    const i = {};
    function a(e) {
      (this.def = e), (this.constr = d), (this.traits = new Set());
    }
    a.prototype = i;
    const o = n,
      s = o && new WeakSet();
    function c(n, r) {
      if (!n._zod) {
        qt.value = new a(r);
        try {
          Object.defineProperty(n, '_zod', qt);
        } finally {
          qt.value = void 0;
        }
      } else if (n._zod.traits.has(e)) return;
      if ((n._zod.traits.add(e), t(n, r), s)) {
        let e = Object.getPrototypeOf(n),
          t = n._zod.constr.prototype,
          r = e;
        for (; r && r !== t; ) r = Object.getPrototypeOf(r);
        const i = r ?? e;
        s.has(i) || (s.add(i), Pt(i, o));
      }
      const i = d.prototype;
      for (const e in i) Object.hasOwn(i, e) && (e in n || (n[e] = i[e].bind(n)));
    }
    const l = r?.Parent ?? Object;
    class u extends l {}
    Object.defineProperty(u, 'name', { value: e });
    function d(e) {
      const t = r?.Parent ? Yt(u) : this;
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
  var Xt = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    },
    Zt = class extends Error {
      constructor(e) {
        super(`Encountered unidirectional transform during encode: ${e}`), (this.name = `ZodEncodeError`);
      }
    };
  (Kt = globalThis).__zod_globalConfig ?? (Kt.__zod_globalConfig = {});
  var T = globalThis.__zod_globalConfig;
  function Qt(e) {
    return e && Object.assign(T, e), T;
  }
  function $t() {
    const e = this._zod;
    return (e.message ??= JSON.stringify(e.def, He, 2)), e.message;
  }
  function en(e) {
    this._zod.message = e;
  }
  var tn = { get: $t, set: en, enumerable: !0, configurable: !0 },
    nn = { value: void 0, enumerable: !1 },
    rn = new WeakSet([Object.prototype, Error.prototype]),
    an = w(`$ZodError`, (e, t) => {
      (e.name = `$ZodError`),
        (nn.value = t),
        Object.defineProperty(e, 'issues', nn),
        (nn.value = void 0),
        Object.defineProperty(e, 'message', tn);
      const n = Object.getPrototypeOf(e);
      rn.has(n) ||
        (rn.add(n),
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
  function on(e, t, n) {
    return (
      Object.hasOwn(e, t) ||
        (t === `__proto__`
          ? Object.defineProperty(e, t, { value: n(), writable: !0, enumerable: !0, configurable: !0 })
          : (e[t] = n())),
      e[t]
    );
  }
  function sn(e, t = (e) => e.message) {
    const n = {},
      r = [];
    for (const i of e.issues) i.path.length > 0 ? on(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
    return { formErrors: r, fieldErrors: n };
  }
  function cn(e, t = (e) => e.message) {
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
  function ln(e, t) {
    return { callee: t?.callee ?? e, Err: t?.Err };
  }
  var un = (e) => {
      const t = (n, r, i, a) => {
        const o = i ? { ...i, async: !1 } : { async: !1 },
          s = n._zod.run({ value: r, issues: [] }, o);
        if (s instanceof Promise) throw new Xt();
        if (s.issues.length) {
          const n = new (a?.Err ?? e)(s.issues.map((e) => Ot(e, o, Qt())));
          throw (nt(n, a?.callee ?? t), n);
        }
        return s.value;
      };
      return t;
    },
    dn = (e) => {
      const t = async (n, r, i, a) => {
        let o = i ? { ...i, async: !0 } : { async: !0 },
          s = n._zod.run({ value: r, issues: [] }, o);
        if ((s instanceof Promise && (s = await s), s.issues.length)) {
          const n = new (a?.Err ?? e)(s.issues.map((e) => Ot(e, o, Qt())));
          throw (nt(n, a?.callee ?? t), n);
        }
        return s.value;
      };
      return t;
    },
    fn = (e) => (t, n, r) => {
      const i = r ? { ...r, async: !1 } : { async: !1 },
        a = t._zod.run({ value: n, issues: [] }, i);
      if (a instanceof Promise) throw new Xt();
      return a.issues.length ? pn(e, a.issues, i) : { success: !0, data: a.value };
    };
  function pn(e, t, n) {
    let r;
    return {
      success: !1,
      get error() {
        return r || ((r = new e(t.map((e) => Ot(e, n, Qt())))), (t = void 0), (n = void 0)), r;
      },
      set error(e) {
        (r = e), (t = void 0), (n = void 0);
      },
    };
  }
  var mn = (e) => async (t, n, r) => {
      let i = r ? { ...r, async: !0 } : { async: !0 },
        a = t._zod.run({ value: n, issues: [] }, i);
      return (
        a instanceof Promise && (a = await a),
        a.issues.length ? pn(e, a.issues, i) : { success: !0, data: a.value }
      );
    },
    hn = Symbol.for(`zod.compile.invalid`),
    gn = Symbol.for(`zod.compile.fallback`),
    _n = (e, t, n) => {
      const r = e._zod.bag.validator;
      if (r !== void 0) {
        if (r(t) !== hn) return !0;
        if (r.definite === !0 && n === void 0) return !1;
      }
      return vn(e, t, n);
    };
  function vn(e, t, n) {
    let r = n ? { ...n, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
      i = e._zod.bag.fallbackRun,
      a;
    if (
      (i
        ? ((r[gn] = !0), (a = i({ value: t, issues: [] }, r)))
        : (a = e._zod.run({ value: t, issues: [] }, r)),
      a instanceof Promise)
    )
      throw new Xt();
    return a.issues.length === 0;
  }
  var yn = async (e, t, n) => {
      let r = n ? { ...n, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
        i = e._zod.run({ value: t, issues: [] }, r);
      return i instanceof Promise && (i = await i), i.issues.length === 0;
    },
    bn = (e) => {
      const t = un(e),
        n = (e, r, i, a) => {
          const o = i ? { ...i, direction: `backward` } : { direction: `backward` };
          return t(e, r, o, ln(n, a));
        };
      return n;
    },
    xn = (e) => {
      const t = un(e),
        n = (e, r, i, a) => t(e, r, i, ln(n, a));
      return n;
    },
    Sn = (e) => {
      const t = dn(e),
        n = async (e, r, i, a) => {
          const o = i ? { ...i, direction: `backward` } : { direction: `backward` };
          return await t(e, r, o, ln(n, a));
        };
      return n;
    },
    Cn = (e) => {
      const t = dn(e),
        n = async (e, r, i, a) => await t(e, r, i, ln(n, a));
      return n;
    },
    wn = (e) => (t, n, r) => {
      const i = r ? { ...r, direction: `backward` } : { direction: `backward` };
      return fn(e)(t, n, i);
    },
    Tn = (e) => (t, n, r) => fn(e)(t, n, r),
    En = (e) => async (t, n, r) => {
      const i = r ? { ...r, direction: `backward` } : { direction: `backward` };
      return mn(e)(t, n, i);
    },
    Dn = (e) => async (t, n, r) => mn(e)(t, n, r),
    On = /^[cC][0-9a-z]{6,}$/,
    kn = /^[0-9a-z]+$/,
    An = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
    jn = /^[0-9a-vA-V]{20}$/,
    Mn = /^[A-Za-z0-9]{27}$/,
    Nn = /^[a-zA-Z0-9_-]{21}$/;
  function Pn(e) {
    return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
  }
  var Fn = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
    In = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
    Ln = (e) =>
      e
        ? RegExp(
            `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
          )
        : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
    Rn =
      /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
    zn = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
  function Bn() {
    return new RegExp(zn, `u`);
  }
  var Vn =
      /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
    Hn =
      /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
    Un =
      /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
    Wn =
      /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
    Gn = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
    Kn = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
    qn = /^https?$/,
    Jn = /^\+[1-9]\d{6,14}$/,
    Yn = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
  function Xn(e) {
    return RegExp(`^${e}$`);
  }
  var Zn = Xn(Yn);
  function Qn(e) {
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
  function $n(e) {
    return RegExp(`^${Qn(e)}$`);
  }
  function er(e) {
    const t = [`Z`];
    e.offset && t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    const n = `${Qn({ precision: e.precision, seconds: !0 })}(?:${t.join(`|`)})`,
      r = e.local ? `${n}|${Qn({ precision: e.precision })}` : n;
    return RegExp(`^${Yn}T(?:${r})$`);
  }
  var tr = /^[\s\S]{0,}$/,
    nr = /^-?\d+(?:\.\d+)?$/,
    rr = /^(?:true|false)$/i,
    ir = /^[^A-Z]*$/,
    ar = /^[^a-z]*$/,
    E = w(`$ZodCheck`, (e, t) => {
      var n;
      (e._zod ??= {}), (e._zod.def = t), (n = e._zod).onattach ?? (n.onattach = []);
    }),
    or = (e) => {
      const t = e.value;
      return !Ge(t) && t.length !== void 0;
    },
    sr = { number: `number`, bigint: `bigint`, object: `date` },
    cr = w(`$ZodCheckLessThan`, (e, t) => {
      E.init(e, t);
      const n = sr[typeof t.value];
      e._zod.check = (r) => {
        (t.inclusive ? r.value <= t.value : r.value < t.value) ||
          r.issues.push({
            origin: sr[typeof r.value] ?? n,
            code: `too_big`,
            maximum: typeof t.value == `object` ? t.value.getTime() : t.value,
            input: r.value,
            inclusive: t.inclusive,
            inst: e,
            continue: !t.abort,
          });
      };
    }),
    lr = w(`$ZodCheckGreaterThan`, (e, t) => {
      E.init(e, t);
      const n = sr[typeof t.value];
      e._zod.check = (r) => {
        (t.inclusive ? r.value >= t.value : r.value > t.value) ||
          r.issues.push({
            origin: sr[typeof r.value] ?? n,
            code: `too_small`,
            minimum: typeof t.value == `object` ? t.value.getTime() : t.value,
            input: r.value,
            inclusive: t.inclusive,
            inst: e,
            continue: !t.abort,
          });
      };
    }),
    ur = w(`$ZodCheckMultipleOf`, (e, t) => {
      E.init(e, t),
        (e._zod.check = (n) => {
          if (typeof n.value != typeof t.value)
            throw Error(`Cannot mix number and bigint in multiple_of check.`);
          (typeof n.value == `bigint`
            ? t.value !== BigInt(0) && n.value % t.value === BigInt(0)
            : qe(n.value, t.value) === 0) ||
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
    dr = w(`$ZodCheckNumberFormat`, (e, t) => {
      E.init(e, t), (t.format = t.format || `float64`);
      const n = t.format?.includes(`int`),
        r = n ? `int` : `number`,
        [i, a] = ft[t.format];
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
    fr = w(`$ZodCheckMaxLength`, (e, t) => {
      var n;
      E.init(e, t),
        (n = e._zod.def).when ?? (n.when = or),
        (e._zod.check = (n) => {
          const r = n.value,
            i = r.length;
          if ((typeof r == `string` && i > t.maximum ? At(r) : i) <= t.maximum) return;
          const a = jt(r);
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
    pr = w(`$ZodCheckMinLength`, (e, t) => {
      var n;
      E.init(e, t),
        (n = e._zod.def).when ?? (n.when = or),
        (e._zod.check = (n) => {
          const r = n.value,
            i = r.length;
          if ((typeof r == `string` && i >= t.minimum && i < t.minimum * 2 ? At(r) : i) >= t.minimum) return;
          const a = jt(r);
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
    mr = w(`$ZodCheckLengthEquals`, (e, t) => {
      var n;
      E.init(e, t),
        (n = e._zod.def).when ?? (n.when = or),
        (e._zod.check = (n) => {
          const r = n.value,
            i = r.length,
            a = typeof r == `string` && i >= t.length && i <= t.length * 2 ? At(r) : i;
          if (a === t.length) return;
          const o = jt(r),
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
    hr = w(`$ZodCheckStringFormat`, (e, t) => {
      var n, r;
      E.init(e, t),
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
    gr = w(`$ZodCheckRegex`, (e, t) => {
      hr.init(e, t),
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
    _r = w(`$ZodCheckLowerCase`, (e, t) => {
      (t.pattern ??= ir), hr.init(e, t);
    }),
    vr = w(`$ZodCheckUpperCase`, (e, t) => {
      (t.pattern ??= ar), hr.init(e, t);
    }),
    yr = w(`$ZodCheckIncludes`, (e, t) => {
      E.init(e, t);
      const n = ct(t.includes);
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
    br = w(`$ZodCheckStartsWith`, (e, t) => {
      E.init(e, t);
      const n = RegExp(`^${ct(t.prefix)}.*`);
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
    xr = w(`$ZodCheckEndsWith`, (e, t) => {
      E.init(e, t);
      const n = RegExp(`.*${ct(t.suffix)}$`);
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
    Sr = w(`$ZodCheckOverwrite`, (e, t) => {
      E.init(e, t),
        (e._zod.check = (e) => {
          e.value = t.tx(e.value);
        });
    }),
    Cr = class {
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
    wr = { major: 4, minor: 6, patch: 7 },
    D = w(
      `$ZodType`,
      (e, t) => {
        var n;
        (e ??= {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = wr);
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
              let i = S(t),
                a;
              for (const o of n) {
                if (o._zod.def.when) {
                  if (Ct(t) || !o._zod.def.when(t)) continue;
                } else if (i) continue;
                const n = t.issues.length,
                  s = o._zod.check(t);
                if (s instanceof Promise && r?.async === !1) throw new Xt();
                if (a || s instanceof Promise)
                  a = (a ?? Promise.resolve()).then(async () => {
                    await s, t.issues.length !== n && (Dt(t.issues, n, e), (i ||= S(t, n)));
                  });
                else {
                  if (t.issues.length === n) continue;
                  Dt(t.issues, n, e), (i ||= S(t, n));
                }
              }
              return a ? a.then(() => t) : t;
            },
            n = (n, r, a) => {
              if (S(n)) return (n.aborted = !0), n;
              const o = t(r, i, a);
              if (o instanceof Promise) {
                if (a.async === !1) throw new Xt();
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
              if (a.async === !1) throw new Xt();
              return o.then((e) => t(e, i, a));
            }
            return t(o, i, a);
          };
        }
      },
      {
        get '~standard'() {
          return It(this, `~standard`, Dr(this));
        },
        set '~standard'(e) {
          Ft(this, `~standard`, e);
        },
      },
    ),
    Tr = (e, t) => (e.issues.length ? { issues: e.issues.map((e) => Ot(e, t, Qt())) } : { value: e.value });
  async function Er(e, t) {
    const n = { async: !0 };
    return Tr(await e._zod.run({ value: t, issues: [] }, n), n);
  }
  function Dr(e) {
    return {
      validate: (t) => {
        const n = { async: !1 };
        try {
          const r = e._zod.run({ value: t, issues: [] }, n);
          if (!(r instanceof Promise)) return Tr(r, n);
        } catch {}
        return Er(e, t);
      },
      vendor: `zod`,
      version: 1,
    };
  }
  var Or = w(`$ZodString`, (e, t) => {
      D.init(e, t),
        (e._zod.pattern = t.pattern ?? tr),
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
    O = w(`$ZodStringFormat`, (e, t) => {
      hr.init(e, t), Or.init(e, t);
    }),
    kr = w(`$ZodGUID`, (e, t) => {
      (t.pattern ??= In), O.init(e, t);
    }),
    Ar = w(`$ZodUUID`, (e, t) => {
      if (t.version) {
        const e = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
        if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
        t.pattern ??= Ln(e);
      } else t.pattern ??= Ln();
      O.init(e, t);
    }),
    jr = w(`$ZodEmail`, (e, t) => {
      (t.pattern ??= Rn), O.init(e, t);
    });
  function Mr(e) {
    try {
      return typeof URL < `u` && typeof URL.canParse == `function` ? URL.canParse(e) : (new URL(e), !0);
    } catch {
      return !1;
    }
  }
  function Nr(e, t) {
    return !(`normalize` in t) && !(`hostname` in t) && !(`protocol` in t) ? Mr(e) || 2 : Pr(e, t);
  }
  function Pr(e, t) {
    if (!t.normalize && t.protocol?.source === qn.source && !/^https?:\/\//i.test(e)) return 1;
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
  var Fr = /[\t\n\r]/g;
  function Ir(e) {
    return e.replace(Fr, ``);
  }
  function Lr(e, t) {
    return (t.lastIndex = 0), t.test(e.hostname);
  }
  function Rr(e, t) {
    return (t.lastIndex = 0), t.test(e.protocol.endsWith(`:`) ? e.protocol.slice(0, -1) : e.protocol);
  }
  var zr = w(`$ZodURL`, (e, t) => {
      O.init(e, t),
        (e._zod.check = (n) => {
          try {
            const r = n.value.trim(),
              i = Nr(r, t);
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
              n.value = Ir(r);
              return;
            }
            t.hostname &&
              !Lr(i, t.hostname) &&
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
                !Rr(i, t.protocol) &&
                n.issues.push({
                  code: `invalid_format`,
                  format: `url`,
                  note: `Invalid protocol`,
                  pattern: t.protocol.source,
                  input: n.value,
                  inst: e,
                  continue: !t.abort,
                }),
              (n.value = t.normalize ? i.href : Ir(r));
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
    Br = w(`$ZodEmoji`, (e, t) => {
      (t.pattern ??= Bn()), O.init(e, t);
    }),
    Vr = w(`$ZodNanoID`, (e, t) => {
      if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1))
        throw Error(`Invalid nanoid length: ${t.length}`);
      (t.pattern ??= t.length === void 0 ? Nn : Pn(t.length)), O.init(e, t);
    }),
    Hr = w(`$ZodCUID`, (e, t) => {
      (t.pattern ??= On), O.init(e, t);
    }),
    Ur = w(`$ZodCUID2`, (e, t) => {
      (t.pattern ??= kn), O.init(e, t);
    }),
    Wr = w(`$ZodULID`, (e, t) => {
      (t.pattern ??= An), O.init(e, t);
    }),
    Gr = w(`$ZodXID`, (e, t) => {
      (t.pattern ??= jn), O.init(e, t);
    }),
    Kr = w(`$ZodKSUID`, (e, t) => {
      (t.pattern ??= Mn), O.init(e, t);
    }),
    qr = w(`$ZodISODateTime`, (e, t) => {
      (t.pattern ??= er(t)), O.init(e, t);
    }),
    Jr = w(`$ZodISODate`, (e, t) => {
      (t.pattern ??= Zn), O.init(e, t);
    }),
    Yr = w(`$ZodISOTime`, (e, t) => {
      (t.pattern ??= $n(t)), O.init(e, t);
    }),
    Xr = w(`$ZodISODuration`, (e, t) => {
      (t.pattern ??= Fn), O.init(e, t);
    }),
    Zr = w(`$ZodIPv4`, (e, t) => {
      (t.pattern ??= Vn), O.init(e, t);
    }),
    Qr = /^[0-9a-fA-F:.]+$/;
  function $r(e) {
    return Qr.test(e) ? Mr(`http://[${e}]`) : !1;
  }
  var ei = w(`$ZodIPv6`, (e, t) => {
      (t.pattern ??= Hn),
        O.init(e, t),
        (e._zod.check = (n) => {
          $r(n.value) ||
            n.issues.push({
              code: `invalid_format`,
              format: `ipv6`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
        });
    }),
    ti = w(`$ZodCIDRv4`, (e, t) => {
      (t.pattern ??= Un), O.init(e, t);
    });
  function ni(e) {
    const t = e.split(`/`);
    if (t.length !== 2) return !1;
    const [n, r] = t;
    if (!r) return !1;
    const i = Number(r);
    return `${i}` !== r || i < 0 || i > 128 ? !1 : $r(n);
  }
  var ri = w(`$ZodCIDRv6`, (e, t) => {
    (t.pattern ??= Wn),
      O.init(e, t),
      (e._zod.check = (n) => {
        ni(n.value) ||
          n.issues.push({
            code: `invalid_format`,
            format: `cidrv6`,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  });
  function ii(e) {
    if (e === ``) return !0;
    if (/\s/.test(e) || e.length % 4 != 0) return !1;
    try {
      return atob(e), !0;
    } catch {
      return !1;
    }
  }
  var ai = /^[0-9a-zA-Z+/]*={0,2}$/,
    oi = w(`$ZodBase64`, (e, t) => {
      (t.pattern ??= ai),
        O.init(e, t),
        (e._zod.check = (n) => {
          ii(n.value) ||
            n.issues.push({
              code: `invalid_format`,
              format: `base64`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
        });
    }),
    si = /^[A-Za-z0-9_-]*$/;
  function ci(e) {
    if (!si.test(e)) return !1;
    const t = e.replace(/[-_]/g, (e) => (e === `-` ? `+` : `/`));
    return ii(t.padEnd(Math.ceil(t.length / 4) * 4, `=`));
  }
  var li = w(`$ZodBase64URL`, (e, t) => {
      (t.pattern ??= si),
        O.init(e, t),
        (e._zod.check = (n) => {
          ci(n.value) ||
            n.issues.push({
              code: `invalid_format`,
              format: `base64url`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
        });
    }),
    ui = w(`$ZodE164`, (e, t) => {
      (t.pattern ??= Jn), O.init(e, t);
    });
  function di(e, t = null) {
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
  var fi = w(`$ZodJWT`, (e, t) => {
      O.init(e, t),
        (e._zod.check = (n) => {
          di(n.value, t.alg) ||
            n.issues.push({
              code: `invalid_format`,
              format: `jwt`,
              input: n.value,
              inst: e,
              continue: !t.abort,
            });
        });
    }),
    pi = w(`$ZodNumber`, (e, t) => {
      D.init(e, t),
        (e._zod.pattern = nr),
        (e._zod.parse = (n, r) => {
          if (t.coerce)
            try {
              n.value = Number(n.value);
            } catch {}
          const i = n.value;
          if (typeof i == `number` && !Number.isNaN(i) && Number.isFinite(i)) return n;
          const a =
            typeof i == `number`
              ? Number.isNaN(i)
                ? `NaN`
                : Number.isFinite(i)
                  ? void 0
                  : String(i)
              : void 0;
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
    mi = w(`$ZodNumberFormat`, (e, t) => {
      dr.init(e, t), pi.init(e, t);
    }),
    hi = w(`$ZodBoolean`, (e, t) => {
      D.init(e, t),
        (e._zod.pattern = rr),
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
    gi = w(`$ZodUnknown`, (e, t) => {
      D.init(e, t), (e._zod.parse = (e) => e);
    }),
    _i = w(`$ZodNever`, (e, t) => {
      D.init(e, t),
        (e._zod.parse = (t, n) => (
          t.issues.push({ expected: `never`, code: `invalid_type`, input: t.value, inst: e }), t
        ));
    }),
    vi = w(`$ZodDate`, (e, t) => {
      D.init(e, t),
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
  function yi(e, t) {
    const n = Et(e._zod.def.checks);
    if (!n.length) return;
    const r = Math.min(...n.map((e) => e[0])),
      i = e._zod.parse;
    e._zod.parse = (n, a) => {
      const o = t(n.value);
      if (o > r && !a?.skipChecks && a?.direction !== `backward`) {
        for (const [t, r] of Et(e._zod.def.checks))
          if (o > t && r._zod.def.when(n)) {
            const t = n.issues.length;
            return r._zod.check(n), (n.issues[t].continue = !1), Dt(n.issues, t, e), n;
          }
      }
      return i(n, a);
    };
  }
  var bi = (e) => (Array.isArray(e) ? e.length : -1);
  function xi(e, t, n) {
    e.issues.length && t.issues.push(...wt(n, e.issues)), (t.value[n] = e.value);
  }
  var Si = w(`$ZodArray`, (e, t) => {
    D.init(e, t);
    const n = T.memoizer;
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
          if (c instanceof Promise) o.push(c.then((t) => xi(t, r, e)));
          else if ((xi(c, r, e), s && c.issues.length !== 0 && S(c))) break;
        }
        return o.length ? Promise.all(o).then(() => r) : r;
      }),
      yi(e, bi);
  });
  function Ci(e, t, n, r, i, a) {
    const o = n in r,
      s = a === `optional`;
    if (o || !s || i !== `optional`) {
      if (e.issues.length) {
        if (i !== void 0 && s && !o) return;
        t.issues.push(...wt(n, e.issues));
      }
      !o && i === void 0
        ? e.issues.length ||
          t.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: void 0, path: [n] })
        : e.value === void 0
          ? (o || (i === `defaulted` && !s)) && (t.value[n] = void 0)
          : (t.value[n] = e.value);
    }
  }
  var wi = [];
  function Ti(e) {
    const t = Object.keys(e.shape),
      n = Object.getOwnPropertySymbols(e.shape),
      r = n.length ? n : wi,
      i = r.length ? [...t, ...r] : t;
    for (const t of i)
      if (!e.shape?.[t]?._zod?.traits?.has(`$ZodType`))
        throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
    const a = dt(e.shape);
    return {
      ...e,
      allKeys: i,
      symbolKeys: r,
      keySet: new Set(t),
      numKeys: t.length,
      optionalKeys: new Set(a),
    };
  }
  function Ei(e, t, n, r, i, a, o) {
    let s = [],
      c = i.keySet,
      l = i.catchall._zod,
      u = l.def.type,
      d = l.optin,
      f = l.optout,
      p = 0;
    for (const i in t) {
      if (o && n.issues.length !== p) {
        if (S(n, p)) break;
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
      a instanceof Promise ? e.push(a.then((e) => Ci(e, n, i, t, d, f))) : Ci(a, n, i, t, d, f);
    }
    return (
      s.length && n.issues.push({ code: `unrecognized_keys`, keys: s, input: t, inst: a, continue: !0 }),
      e.length ? Promise.all(e).then(() => n) : n
    );
  }
  var Di = w(`$ZodObject`, (e, t) => {
      D.init(e, t);
      const n = Object.getOwnPropertyDescriptor(t, `shape`),
        r = n?.get ? n.get.raw : (t.shape ?? {});
      if (r) {
        const e = () => {
          const n = { ...r };
          return Object.defineProperty(t, 'shape', { value: n }), (e.raw = n), n;
        };
        (e.raw = r), Object.defineProperty(t, 'shape', { get: e });
      }
      const i = We(() => Ti(t));
      C(e, `propValues`, (e) => {
        const t = e.def.shape,
          n = {};
        for (const e in t) {
          const r = t[e]._zod;
          if (r.values) {
            Object.hasOwn(n, e) || Je(n, e, new Set());
            for (const t of r.values) n[e].add(t);
            r.optin !== void 0 && n[e].add(void 0);
          }
        }
        return n;
      });
      let a = rt,
        o = t.catchall,
        s,
        c = T.memoizer;
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
              if (S(t, f)) break;
              f = t.issues.length;
            }
            if (e === `__proto__`) continue;
            const i = u[e],
              a = i._zod.optin,
              o = i._zod.optout,
              s = i._zod.run({ value: r[e], issues: [] }, n);
            s instanceof Promise ? l.push(s.then((n) => Ci(n, t, e, r, a, o))) : Ci(s, t, e, r, a, o);
          }
          return o ? Ei(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
        });
    }),
    Oi = w(`$ZodObjectJIT`, (e, t) => {
      Di.init(e, t);
      let n = e._zod.parse,
        r = We(() => Ti(t)),
        i = T.memoizer,
        a = (t) => {
          const n = r.value,
            a = n.symbolKeys,
            o = new Cr([`payload`, `ctx`], { shape: t, inst: e, memo: i, syms: a }),
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
              r = typeof e == `symbol` ? `syms[${a.indexOf(e)}]` : et(e),
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
        s = rt,
        c = !T.jitless,
        l = c && it.value,
        u = t.catchall,
        d;
      e._zod.parse = (i, f) => {
        d ??= r.value;
        const p = i.value;
        return s(p)
          ? c && l && f?.async === !1 && f.jitless !== !0
            ? ((o ||= a(t.shape)), (i = o(i, f)), u ? Ei([], p, i, f, d, e, f?.abortEarly === !0) : i)
            : n(i, f)
          : (i.issues.push({ expected: `object`, code: `invalid_type`, input: p, inst: e }), i);
      };
    });
  function ki(e, t, n, r) {
    for (const n of e) if (n.issues.length === 0) return (t.value = n.value), t;
    const i = e.filter((e) => !S(e));
    return i.length === 1
      ? ((t.value = i[0].value), i[0])
      : (t.issues.push({
          code: `invalid_union`,
          input: t.value,
          inst: n,
          errors: e.map((e) => e.issues.map((e) => Ot(e, r, Qt()))),
        }),
        t);
  }
  var Ai = w(`$ZodUnion`, (e, t) => {
      D.init(e, t),
        C(e, `optin`, (e) =>
          e.def.options.some((e) => e._zod.optin === `defaulted`)
            ? `defaulted`
            : e.def.options.some((e) => e._zod.optin !== void 0)
              ? `optional`
              : void 0,
        ),
        C(e, `optout`, (e) =>
          e.def.options.some((e) => e._zod.optout === `optional`) ? `optional` : void 0,
        ),
        C(e, `values`, (e) => {
          if (e.def.options.every((e) => e._zod.values))
            return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
        }),
        C(e, `pattern`, (e) => {
          if (e.def.options.every((e) => e._zod.pattern)) {
            const t = e.def.options.map((e) => e._zod.pattern);
            return RegExp(`^(${t.map((e) => Ke(e.source)).join(`|`)})$`);
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
        return a ? Promise.all(o).then((t) => ki(t, r, e, i)) : ki(o, r, e, i);
      };
    }),
    ji = w(`$ZodIntersection`, (e, t) => {
      D.init(e, t),
        (e._zod.parse = (e, n) => {
          const r = e.value,
            i = t.left._zod.run({ value: r, issues: [] }, n),
            a = t.right._zod.run({ value: r, issues: [] }, n);
          return i instanceof Promise || a instanceof Promise
            ? Promise.all([i, a]).then(([t, n]) => Ni(e, t, n))
            : Ni(e, i, a);
        });
    });
  function Mi(e, t) {
    if (e === t || (e instanceof Date && t instanceof Date && +e == +t)) return { valid: !0, data: e };
    if (at(e) && at(t)) {
      const n = Object.keys(t),
        r = Object.keys(e).filter((e) => n.indexOf(e) !== -1),
        i = { ...e, ...t };
      Object.hasOwn(i, `__proto__`) && delete i.__proto__;
      for (const n of r) {
        if (n === `__proto__`) continue;
        const r = Mi(e[n], t[n]);
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
          o = Mi(i, a);
        if (!o.valid) return { valid: !1, mergeErrorPath: [r, ...o.mergeErrorPath] };
        n.push(o.data);
      }
      return { valid: !0, data: n };
    }
    return { valid: !1, mergeErrorPath: [] };
  }
  function Ni(e, t, n) {
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
    const c = Mi(t.value, n.value);
    if (!c.valid) {
      if (S(e)) return e;
      throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
    }
    return (e.value = c.data), e;
  }
  var Pi = w(`$ZodEnum`, (e, t) => {
      D.init(e, t);
      const n = Be(t.entries),
        r = new Set(n);
      (e._zod.values = r),
        C(e, `pattern`, (e) => {
          const t = Be(e.def.entries).filter((e) => st.has(typeof e));
          return RegExp(t.length ? `^(${t.map((e) => ct(e.toString())).join(`|`)})$` : `^[^\\s\\S]$`);
        }),
        (e._zod.parse = (t, i) => {
          const a = t.value;
          return r.has(a) || t.issues.push({ code: `invalid_value`, values: n, input: a, inst: e }), t;
        });
    }),
    Fi = w(`$ZodLiteral`, (e, t) => {
      D.init(e, t);
      const n = new Set(t.values);
      (e._zod.values = n),
        C(e, `pattern`, (e) => {
          const t = e.def.values;
          return RegExp(
            t.length
              ? `^(${t.map((e) => (typeof e == `string` ? ct(e) : e ? ct(e.toString()) : String(e))).join(`|`)})$`
              : `^[^\\s\\S]$`,
          );
        }),
        (e._zod.parse = (r, i) => {
          const a = r.value;
          return n.has(a) || r.issues.push({ code: `invalid_value`, values: t.values, input: a, inst: e }), r;
        });
    }),
    Ii = w(`$ZodTransform`, (e, t) => {
      D.init(e, t),
        (e._zod.optin = `optional`),
        T.memoizer?.guard(e),
        (e._zod.parse = (n, r) => {
          if (r.direction === `backward`) throw new Zt(e.constructor.name);
          const i = t.transform(n.value, n);
          if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => ((n.value = e), n));
          if (i instanceof Promise) throw new Xt();
          return (n.value = i), n;
        });
    });
  function Li(e, t) {
    return (e.value = t.issues.length ? void 0 : t.value), e;
  }
  var Ri = w(`$ZodOptional`, (e, t) => {
      D.init(e, t),
        C(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
        (e._zod.optout = `optional`),
        C(e, `values`, (e) => {
          const t = e.def.innerType._zod.values;
          return t ? new Set([...t, void 0]) : void 0;
        }),
        C(e, `pattern`, (e) => {
          const t = e.def.innerType._zod.pattern;
          return t ? RegExp(`^(${Ke(t.source)})?$`) : void 0;
        }),
        (e._zod.parse = (e, n) => {
          if (e.value === void 0) {
            if (t.innerType._zod.optin !== `defaulted`) return e;
            const r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
            return r instanceof Promise ? r.then((t) => Li(e, t)) : Li(e, r);
          }
          return t.innerType._zod.run(e, n);
        });
    }),
    zi = w(`$ZodExactOptional`, (e, t) => {
      Ri.init(e, t),
        C(e, `values`, (e) => e.def.innerType._zod.values),
        C(e, `pattern`, (e) => e.def.innerType._zod.pattern),
        (e._zod.parse = (e, n) => t.innerType._zod.run(e, n));
    }),
    Bi = w(`$ZodNullable`, (e, t) => {
      D.init(e, t),
        C(e, `optin`, (e) => e.def.innerType._zod.optin),
        C(e, `optout`, (e) => e.def.innerType._zod.optout),
        C(e, `pattern`, (e) => {
          const t = e.def.innerType._zod.pattern;
          return t ? RegExp(`^(${Ke(t.source)}|null)$`) : void 0;
        }),
        C(e, `values`, (e) =>
          e.def.innerType._zod.values ? new Set([...e.def.innerType._zod.values, null]) : void 0,
        ),
        (e._zod.parse = (e, n) => (e.value === null ? e : t.innerType._zod.run(e, n)));
    }),
    Vi = w(`$ZodDefault`, (e, t) => {
      D.init(e, t),
        (e._zod.optin = `defaulted`),
        C(e, `values`, (e) => e.def.innerType._zod.values),
        (e._zod.parse = (e, n) => {
          if (n.direction === `backward`) return t.innerType._zod.run(e, n);
          if (e.value === void 0) return (e.value = t.defaultValue), e;
          const r = t.innerType._zod.run(e, n);
          return r instanceof Promise ? r.then((e) => Hi(e, t)) : Hi(r, t);
        });
    });
  function Hi(e, t) {
    return e.value === void 0 && (e.value = t.defaultValue), e;
  }
  var Ui = w(`$ZodPrefault`, (e, t) => {
      D.init(e, t),
        (e._zod.optin = `defaulted`),
        C(e, `values`, (e) => e.def.innerType._zod.values),
        (e._zod.parse = (e, n) => (
          n.direction === `backward` || (e.value === void 0 && (e.value = t.defaultValue)),
          t.innerType._zod.run(e, n)
        ));
    }),
    Wi = w(`$ZodNonOptional`, (e, t) => {
      D.init(e, t),
        C(e, `values`, (e) => {
          const t = e.def.innerType._zod.values;
          return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
        }),
        (e._zod.parse = (n, r) => {
          const i = t.innerType._zod.run(n, r);
          return i instanceof Promise ? i.then((t) => Gi(t, e)) : Gi(i, e);
        });
    });
  function Gi(e, t) {
    return (
      !e.issues.length &&
        e.value === void 0 &&
        e.issues.push({ code: `invalid_type`, expected: `nonoptional`, input: e.value, inst: t }),
      e
    );
  }
  function Ki(e, t, n, r) {
    return t.issues.length
      ? ((e.value = n.catchValue({
          ...t,
          value: e.value,
          error: { issues: t.issues.map((e) => Ot(e, r, Qt())) },
          input: e.value,
        })),
        e)
      : ((e.value = t.value), t.memo && (e.memo = !0), e);
  }
  var qi = w(`$ZodCatch`, (e, t) => {
      D.init(e, t),
        C(e, `optin`, (e) => (e.def.innerType._zod.optin === `defaulted` ? `defaulted` : `optional`)),
        C(e, `optout`, (e) => e.def.innerType._zod.optout),
        C(e, `values`, (e) => e.def.innerType._zod.values),
        (e._zod.parse = (e, n) => {
          if (n.direction === `backward`) return t.innerType._zod.run(e, n);
          const r = t.innerType._zod.run({ value: e.value, issues: [] }, n);
          return r instanceof Promise ? r.then((r) => Ki(e, r, t, n)) : Ki(e, r, t, n);
        });
    }),
    Ji = w(`$ZodPipe`, (e, t) => {
      D.init(e, t),
        C(e, `values`, (e) => e.def.in._zod.values),
        C(e, `optin`, (e) => e.def.in._zod.optin),
        C(e, `optout`, (e) => e.def.out._zod.optout),
        C(e, `propValues`, (e) => e.def.in._zod.propValues),
        (e._zod.parse = (e, n) => {
          if (n.direction === `backward`) {
            const r = t.out._zod.run(e, n);
            return r instanceof Promise ? r.then((e) => Yi(e, t.in, n)) : Yi(r, t.in, n);
          }
          const r = t.in._zod.run(e, n);
          return r instanceof Promise ? r.then((e) => Yi(e, t.out, n)) : Yi(r, t.out, n);
        });
    });
  function Yi(e, t, n) {
    return e.issues.some((e) => e.code !== `unrecognized_keys`)
      ? ((e.aborted = !0), e)
      : t._zod.run({ value: e.value, issues: e.issues }, n);
  }
  var Xi = w(`$ZodReadonly`, (e, t) => {
    D.init(e, t),
      C(e, `propValues`, (e) => e.def.innerType._zod.propValues),
      C(e, `values`, (e) => e.def.innerType._zod.values),
      C(e, `optin`, (e) => e.def.innerType?._zod?.optin),
      C(e, `optout`, (e) => e.def.innerType?._zod?.optout),
      (e._zod.parse = (e, n) => {
        if (n.direction === `backward`) return t.innerType._zod.run(e, n);
        const r = t.innerType._zod.run(e, n);
        return r instanceof Promise ? r.then(Zi) : Zi(r);
      });
  });
  function Zi(e) {
    return e.memo || (e.value = Object.freeze(e.value)), e;
  }
  var Qi = w(`$ZodCustom`, (e, t) => {
    E.init(e, t),
      D.init(e, t),
      (e._zod.parse = (e, t) => e),
      (e._zod.check = (n) => {
        const r = n.value,
          i = t.fn(r);
        if (i instanceof Promise) return i.then((t) => $i(t, n, r, e));
        $i(i, n, r, e);
      });
  });
  function $i(e, t, n, r) {
    if (!e) {
      const e = {
        code: `custom`,
        input: n,
        inst: r,
        path: [...(r._zod.def.path ?? [])],
        continue: !r._zod.def.abort,
      };
      r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(Nt(e));
    }
  }
  var ea = class extends Error {
      constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`),
          (this.name = `ZodCyclicError`);
      }
    },
    ta = `~memo`,
    na = [];
  function ra(e) {
    return typeof e == `object` && !!e;
  }
  function ia(e) {
    return e.map((e) => (e.path ? { ...e, path: e.path.slice() } : { ...e }));
  }
  var aa = new WeakMap(),
    oa = 0,
    sa = 1,
    ca = 2;
  function la(e, t, n) {
    const r = aa.get(e);
    if (r !== void 0) return r ? ca : oa;
    if (t.has(e)) return ca;
    t.add(e);
    let i = oa,
      a = (e) => {
        if (i !== ca && e?._zod) {
          const r = la(e, t, n);
          r > i && (i = r);
        }
      },
      o = (e, r) => {
        let i = oa;
        for (const a of Reflect.ownKeys(e)) {
          const o = Object.getOwnPropertyDescriptor(e, a);
          if (r && !o.enumerable) continue;
          const s = o.get ? sa : o.value?._zod ? la(o.value, t, n) : oa;
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
        const e = Ye(c);
        s(e ? o(e, !0) : sa), a(c.catchall);
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
        s(r ? la(r, t, !1) : sa);
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
    return t.delete(e), ua(e, i);
  }
  function ua(e, t) {
    return t !== sa && aa.set(e, t === ca), t;
  }
  function da(e, t) {
    let n = e.buckets.get(t);
    return n || ((n = new WeakMap()), e.buckets.set(t, n)), n;
  }
  var fa,
    pa = [],
    ma = {
      alloc(e, t, n) {
        const r = fa;
        if (!r) return n;
        fa = void 0;
        const i = { value: n, issues: null };
        return r.set(t.value, i), pa.push(i), n;
      },
      guard(e) {
        var t;
        (t = e._zod).deferred ?? (t.deferred = []),
          e._zod.deferred.push(() => {
            const t = e._zod.parse,
              n = (e, n) => {
                if (n.direction !== `backward` && ga(n, e.value)) throw new ea();
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
                  const i = la(e, new Set(), !1);
                  if (i === oa) return (e._zod.parse = t), e._zod.run === o && (e._zod.run = t), t(s, c);
                  i === ca || r ? (n = !0) : (r = !0);
                }
                const l = s.value;
                if (!ra(l)) return t(s, c);
                let u = c[ta];
                u || ((u = { buckets: new WeakMap(), backEdges: void 0 }), (c[ta] = u));
                let d;
                i === c ? (d = a) : ((d = da(u, e)), (i = c), (a = d));
                const f = d.get(l);
                if (f)
                  return (
                    (s.value = f.value),
                    f.issues
                      ? f.issues.length && s.issues.push(...ia(f.issues))
                      : ((s.memo = !0),
                        u.backEdges ?? (u.backEdges = new WeakSet()),
                        u.backEdges.add(f.value)),
                    s
                  );
                fa = d;
                const p = pa.length,
                  m = t(s, c);
                fa = void 0;
                const ee = pa.length > p ? pa.pop() : void 0;
                return m instanceof Promise
                  ? m.then((e) => (ee && (ee.issues = e.issues.length ? ia(e.issues) : na), e))
                  : (ee && (ee.issues = m.issues.length ? ia(m.issues) : na), m);
              };
            (e._zod.parse = o), e._zod.run === t && (e._zod.run = o);
          });
      },
    };
  function ha() {
    return ma;
  }
  function ga(e, t) {
    const n = e[ta]?.backEdges;
    return n !== void 0 && ra(t) && n.has(t);
  }
  var _a = () => {
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
          return `Invalid input: expected ${i(e.expected)}, received ${i(Mt(e.input), e.input)}`;
        case `invalid_value`:
          return e.values.length === 1
            ? `Invalid input: expected ${ut(e.values[0])}`
            : `Invalid option: expected one of ${Ve(e.values, `|`)}`;
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
          return `Unrecognized key${e.keys.length > 1 ? `s` : ``}: ${Ve(e.keys, `, `)}`;
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
  function va() {
    return { localeError: _a() };
  }
  var ya,
    ba = class {
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
  function xa() {
    return new ba();
  }
  (ya = globalThis).__zod_globalRegistry ?? (ya.__zod_globalRegistry = xa());
  var Sa = globalThis.__zod_globalRegistry;
  function Ca(e) {
    return (e.checks &&= [...e.checks]), e;
  }
  function wa(e, t) {
    return new e(Ca({ type: `string`, ...x(t) }));
  }
  function Ta(e, t) {
    return new e({ type: `string`, format: `email`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ea(e, t) {
    return new e({ type: `string`, format: `guid`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Da(e, t) {
    return new e({ type: `string`, format: `uuid`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Oa(e, t) {
    return new e({
      type: `string`,
      format: `uuid`,
      check: `string_format`,
      abort: !1,
      version: `v4`,
      ...x(t),
    });
  }
  function ka(e, t) {
    return new e({
      type: `string`,
      format: `uuid`,
      check: `string_format`,
      abort: !1,
      version: `v6`,
      ...x(t),
    });
  }
  function Aa(e, t) {
    return new e({
      type: `string`,
      format: `uuid`,
      check: `string_format`,
      abort: !1,
      version: `v7`,
      ...x(t),
    });
  }
  function ja(e, t) {
    return new e({ type: `string`, format: `url`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ma(e, t) {
    return new e({ type: `string`, format: `emoji`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Na(e, t) {
    return new e({ type: `string`, format: `nanoid`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Pa(e, t) {
    return new e({ type: `string`, format: `cuid`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Fa(e, t) {
    return new e({ type: `string`, format: `cuid2`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ia(e, t) {
    return new e({ type: `string`, format: `ulid`, check: `string_format`, abort: !1, ...x(t) });
  }
  function La(e, t) {
    return new e({ type: `string`, format: `xid`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ra(e, t) {
    return new e({ type: `string`, format: `ksuid`, check: `string_format`, abort: !1, ...x(t) });
  }
  function za(e, t) {
    return new e({ type: `string`, format: `ipv4`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ba(e, t) {
    return new e({ type: `string`, format: `ipv6`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Va(e, t) {
    return new e({ type: `string`, format: `cidrv4`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ha(e, t) {
    return new e({ type: `string`, format: `cidrv6`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ua(e, t) {
    return new e({ type: `string`, format: `base64`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Wa(e, t) {
    return new e({ type: `string`, format: `base64url`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ga(e, t) {
    return new e({ type: `string`, format: `e164`, check: `string_format`, abort: !1, ...x(t) });
  }
  function Ka(e, t) {
    return new e({ type: `string`, format: `jwt`, check: `string_format`, abort: !1, ...x(t) });
  }
  function qa(e, t) {
    return new e({
      type: `string`,
      format: `datetime`,
      check: `string_format`,
      offset: !1,
      local: !1,
      precision: null,
      ...x(t),
    });
  }
  function Ja(e, t) {
    return new e({ type: `string`, format: `date`, check: `string_format`, ...x(t) });
  }
  function Ya(e, t) {
    return new e({ type: `string`, format: `time`, check: `string_format`, precision: null, ...x(t) });
  }
  function Xa(e, t) {
    return new e({ type: `string`, format: `duration`, check: `string_format`, ...x(t) });
  }
  function Za(e, t) {
    return new e(Ca({ type: `number`, checks: [], ...x(t) }));
  }
  function Qa(e, t) {
    return new e({ type: `number`, check: `number_format`, abort: !1, format: `safeint`, ...x(t) });
  }
  function $a(e, t) {
    return new e({ type: `boolean`, ...x(t) });
  }
  function eo(e) {
    return new e({ type: `unknown` });
  }
  function to(e, t) {
    return new e({ type: `never`, ...x(t) });
  }
  function no(e, t) {
    return new e({ type: `date`, ...x(t) });
  }
  function ro(e, t) {
    return new cr({ check: `less_than`, ...x(t), value: e, inclusive: !1 });
  }
  function io(e, t) {
    return new cr({ check: `less_than`, ...x(t), value: e, inclusive: !0 });
  }
  function ao(e, t) {
    return new lr({ check: `greater_than`, ...x(t), value: e, inclusive: !1 });
  }
  function oo(e, t) {
    return new lr({ check: `greater_than`, ...x(t), value: e, inclusive: !0 });
  }
  function so(e, t) {
    return new ur({ check: `multiple_of`, ...x(t), value: e });
  }
  function co(e, t) {
    return new fr({ check: `max_length`, ...x(t), maximum: e });
  }
  function lo(e, t) {
    return new pr({ check: `min_length`, ...x(t), minimum: e });
  }
  function uo(e, t) {
    return new mr({ check: `length_equals`, ...x(t), length: e });
  }
  function fo(e, t) {
    return new gr({ check: `string_format`, format: `regex`, ...x(t), pattern: e });
  }
  function po(e) {
    return new _r({ check: `string_format`, format: `lowercase`, ...x(e) });
  }
  function mo(e) {
    return new vr({ check: `string_format`, format: `uppercase`, ...x(e) });
  }
  function ho(e, t) {
    return new yr({ check: `string_format`, format: `includes`, ...x(t), includes: e });
  }
  function go(e, t) {
    return new br({ check: `string_format`, format: `starts_with`, ...x(t), prefix: e });
  }
  function _o(e, t) {
    return new xr({ check: `string_format`, format: `ends_with`, ...x(t), suffix: e });
  }
  function vo(e) {
    return new Sr({ check: `overwrite`, tx: e });
  }
  function yo(e) {
    return vo((t) => t.normalize(e));
  }
  function bo() {
    return vo((e) => e.trim());
  }
  function xo() {
    return vo((e) => e.toLowerCase());
  }
  function So() {
    return vo((e) => e.toUpperCase());
  }
  function Co() {
    return vo((e) => tt(e));
  }
  function wo(e, t, n) {
    return new e({ type: `array`, element: t, ...x(n) });
  }
  function To(e, t, n) {
    return new e({ type: `custom`, check: `custom`, fn: t, ...x(n) });
  }
  function Eo(e, t) {
    const n = Do(
      (t) => (
        (t.addIssue = (e) => {
          if (typeof e == `string`) t.issues.push(Nt(e, t.value, n._zod.def));
          else {
            const r = e;
            r.fatal && (r.continue = !1),
              (r.code ??= `custom`),
              `input` in r || (r.input = t.value),
              (r.inst ??= n),
              (r.continue ??= !n._zod.def.abort),
              t.issues.push(Nt(r));
          }
        }),
        e(t.value, t)
      ),
      t,
    );
    return n;
  }
  function Do(e, t) {
    const n = new E({ check: `custom`, ...x(t) });
    return (n._zod.check = e), n;
  }
  function Oo(e, ...t) {
    for (const n of t)
      for (const t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && Je(e, t, n[t]);
    return e;
  }
  function ko(e) {
    let t = e?.target ?? `draft-2020-12`;
    return (
      t === `draft-4` && (t = `draft-04`),
      t === `draft-7` && (t = `draft-07`),
      {
        processors: e.processors ?? {},
        metadataRegistry: e?.metadata ?? Sa,
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
  function k(e, t, n, r, i) {
    const a =
      typeof t.unrepresentable == `function`
        ? t.unrepresentable({ zodSchema: e, path: r.path, message: i })
        : t.unrepresentable;
    if (a === `any`) return !1;
    if (a === void 0 || a === `throw`) throw Error(i);
    return Object.assign(n, a), !0;
  }
  function A(e, t, n = { path: [], schemaPath: [] }) {
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
      a && ((o.ref ||= a), A(a, t, r), (t.seen.get(a).isParent = !0));
    }
    const c = t.metadataRegistry.get(e);
    return (
      c && Oo(o.schema, c),
      t.io === `input` && j(e) && (delete o.schema.examples, delete o.schema.default),
      t.io === `input` &&
        `_prefault` in o.schema &&
        ((r = o.schema).default ?? (r.default = o.schema._prefault)),
      delete o.schema._prefault,
      t.seen.get(e).schema
    );
  }
  function Ao(e) {
    return e.replace(/~/g, `~0`).replace(/\//g, `~1`);
  }
  function jo(e, t) {
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
          return (t[1].defId = a), { defId: a, ref: `${i(`__shared`)}#/${r}/${Ao(a)}` };
        }
        const i = `#/${r}/`;
        if (t[1] === n && !t[1].schema.id) return { ref: `#` };
        const a = t[1].schema.id ?? `__schema${e.counter++}`;
        return { defId: a, ref: i + Ao(a) };
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
  function Mo(e) {
    const t = e.anyOf;
    if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
    const n = [];
    for (const e of t) {
      if (!e || typeof e != `object`) return;
      Mo(e);
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
  var No = new Set([`type`, `properties`, `required`, `additionalProperties`]),
    Po = [`oneOf`, `anyOf`];
  function Fo(e) {
    const t = e.additionalProperties;
    return t === void 0 || t === !1 || typeof t != `object` || !t ? null : Object.keys(t).length ? t : null;
  }
  function Io(e) {
    const t = [];
    for (const n of e) {
      if (typeof n != `object` || n.type !== `object`) return null;
      for (const e in n) if (!No.has(e)) return null;
      t.push(n);
    }
    const n = {},
      r = new Set();
    for (const e of t) {
      for (const r in e.properties) {
        if (Object.hasOwn(n, r)) continue;
        const e = [];
        for (const n of t) {
          const t = n.properties?.[r] ?? Fo(n);
          t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
        }
        Je(n, r, e.length === 1 ? e[0] : (Io(e) ?? { allOf: e }));
      }
      for (const t of e.required ?? []) r.add(t);
    }
    const i = { type: `object`, properties: n };
    if ((r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1)))
      i.additionalProperties = !1;
    else {
      const e = [];
      for (const n of t) {
        const t = Fo(n);
        t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
      }
      e.length === 1
        ? (i.additionalProperties = e[0])
        : e.length > 1 && (i.additionalProperties = { allOf: e });
    }
    return i;
  }
  function Lo(e) {
    const t = e.allOf;
    if (!Array.isArray(t) || t.length < 2) return;
    for (const t of No) if (t in e) return;
    let n = t.filter((e) => Po.some((t) => Array.isArray(e[t]))),
      r = null;
    if (!n.length) r = Io(t);
    else {
      const e = n[0],
        i = Po.find((t) => Array.isArray(e[t]));
      if (Object.keys(e).length !== 1) return;
      const a = t.filter((t) => t !== e),
        o = e[i].map((e) => Io([...a, e]));
      if (o.some((e) => !e)) return;
      r = { [i]: o };
    }
    r && (delete e.allOf, Oo(e, r));
  }
  function Ro(e, t) {
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
            : Oo(i, s),
          Oo(i, a),
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
      if (e.target !== `openapi-3.0`) for (const t of e.seen.entries()) Mo(t[1].def ?? t[1].schema);
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
        for (const n of e.intersections) for (const e of t.get(n) ?? []) Lo(e);
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
    Oo(i, n.defId ? n.schema : (n.def ?? n.schema));
    const a = e.metadataRegistry.get(t)?.id;
    a !== void 0 && i.id === a && delete i.id;
    const o = e.external?.defs ?? {};
    if (!e.external || e.sharedEmitDoneFor !== e.external)
      for (const t of e.seen.entries()) {
        const e = t[1];
        e.def && e.defId && (e.def.id === e.defId && delete e.def.id, Je(o, e.defId, e.def));
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
            jsonSchema: { input: Bo(t, `input`, e.processors), output: Bo(t, `output`, e.processors) },
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
  function j(e, t) {
    const n = t ?? { seen: new Set() };
    if (n.seen.has(e)) return !1;
    n.seen.add(e);
    const r = e._zod.def;
    if (r.type === `transform`) return !0;
    if (r.type === `array`) return j(r.element, n);
    if (r.type === `set`) return j(r.valueType, n);
    if (r.type === `lazy`) return j(r.getter(), n);
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
      return j(r.innerType, n);
    if (r.type === `intersection`) return j(r.left, n) || j(r.right, n);
    if (r.type === `record` || r.type === `map`) return j(r.keyType, n) || j(r.valueType, n);
    if (r.type === `pipe`) return e._zod.traits.has(`$ZodCodec`) ? !0 : j(r.in, n) || j(r.out, n);
    if (r.type === `object`) {
      for (const e in r.shape) if (j(r.shape[e], n)) return !0;
      return !1;
    }
    if (r.type === `union`) {
      for (const e of r.options) if (j(e, n)) return !0;
      return !1;
    }
    if (r.type === `tuple`) {
      for (const e of r.items) if (j(e, n)) return !0;
      return !!(r.rest && j(r.rest, n));
    }
    return !1;
  }
  var zo =
      (e, t = {}) =>
      (n) => {
        const r = ko({ ...n, processors: t });
        return A(e, r), jo(r, e), Ro(r, e);
      },
    Bo =
      (e, t, n = {}) =>
      (r) => {
        const { libraryOptions: i, target: a } = r ?? {},
          o = ko({ ...(i ?? {}), target: a, io: t, processors: n });
        return A(e, o), jo(o, e), Ro(o, e);
      },
    Vo = (e, t, n) => {
      (e[t] === void 0 || n > e[t]) && (e[t] = n);
    },
    Ho = (e, t, n) => {
      (e[t] === void 0 || n < e[t]) && (e[t] = n);
    },
    Uo = (e, t) => {
      Vo(e, `minimum`, t), Ho(e, `maximum`, t);
    },
    Wo = (e, t) => {
      (e.multipleOf ??= []), e.multipleOf.includes(t) || e.multipleOf.push(t);
    },
    Go = (e, t) => {
      (e.patterns ??= new Set()), e.patterns.add(t);
    },
    Ko = (e, t) => {
      e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
    },
    qo = (e, t) => {
      (e.format = t), t.includes(`int`) && (e.isInt = !0);
    },
    Jo = (e, t) => Vo(e, `minimum`, t.minimum),
    Yo = (e, t) => Ho(e, `maximum`, t.maximum),
    Xo = (e) => (t, n) => {
      qo(t, n.format);
      const [r, i] = e[n.format];
      Vo(t, `minimum`, r), Ho(t, `maximum`, i);
    },
    Zo = {
      greater_than: (e, t) => Vo(e, t.inclusive ? `minimum` : `exclusiveMinimum`, t.value),
      less_than: (e, t) => Ho(e, t.inclusive ? `maximum` : `exclusiveMaximum`, t.value),
      multiple_of: (e, t) => Wo(e, t.value),
      number_format: Xo(ft),
      bigint_format: Xo(pt),
      min_length: Jo,
      max_length: Yo,
      length_equals: (e, t) => Uo(e, t.length),
      min_size: Jo,
      max_size: Yo,
      size_equals: (e, t) => Uo(e, t.size),
      string_format: (e, t) => {
        qo(e, t.format),
          t.pattern && Go(e, t.pattern),
          (t.format === `base64` || t.format === `base64url`) && (e.contentEncoding = t.format),
          (t.local || t.precision === -1) && (e.laxFormat = !0);
      },
      mime_type: (e, t) => Ko(e, t.mime),
    };
  function M(e) {
    const t = {},
      n = e._zod.def,
      r = e._zod.traits.has(`$ZodCheck`) ? [e, ...(n.checks ?? [])] : (n.checks ?? []);
    for (const e of r) Zo[e._zod.def.check]?.(t, e._zod.def);
    const i = e._zod.bag;
    i.minimum !== void 0 && Vo(t, `minimum`, i.minimum),
      i.exclusiveMinimum !== void 0 && Vo(t, `exclusiveMinimum`, i.exclusiveMinimum),
      i.maximum !== void 0 && Ho(t, `maximum`, i.maximum),
      i.exclusiveMaximum !== void 0 && Ho(t, `exclusiveMaximum`, i.exclusiveMaximum),
      i.multipleOf !== void 0 && Wo(t, i.multipleOf),
      i.format !== void 0 && ((t.format ??= i.format), i.format.includes(`int`) && (t.isInt = !0)),
      i.mime && Ko(t, i.mime);
    for (const e of i.patterns ?? []) Go(t, e);
    return t;
  }
  var Qo = { guid: `uuid`, url: `uri`, datetime: `date-time`, json_string: `json-string`, regex: `` },
    $o = new Map([
      [ai, Gn],
      [si, Kn],
    ]),
    es = (e) => $o.get(e) ?? e,
    ts = (e, t, n, r) => {
      const i = n;
      i.type = `string`;
      const { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = M(e);
      if (
        (typeof a == `number` && (i.minLength = a),
        typeof o == `number` && (i.maxLength = o),
        s &&
          ((i.format = Qo[s] ?? s),
          i.format === `` && delete i.format,
          (s === `time` || u) && delete i.format),
        l && (i.contentEncoding = l),
        c && c.size > 0)
      ) {
        const e = [...c].map(es);
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
    ns = (e, t, n, r) => {
      const i = n,
        { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = M(e);
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
            : k(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
        const [a, ...o] = n;
        a !== void 0 && (i.multipleOf = a),
          o.length && (i.allOf = [...(i.allOf ?? []), ...o.map((e) => ({ multipleOf: e }))]);
      }
    },
    rs = (e, t, n, r) => {
      n.type = `boolean`;
    },
    is = (e, t, n, r) => {
      n.not = {};
    },
    as = (e, t, n, r) => {
      k(e, t, n, r, `Date cannot be represented in JSON Schema`);
    },
    os = (e, t, n, r) => {
      const i = e._zod.def,
        a = Be(i.entries);
      a.length === 0
        ? (n.not = {})
        : (a.every((e) => typeof e == `number`) && (n.type = `number`),
          a.every((e) => typeof e == `string`) && (n.type = `string`),
          (n.enum = a));
    },
    ss = (e, t, n, r) => {
      const i = e._zod.def;
      if (i.values.length === 0) {
        n.not = {};
        return;
      }
      const a = [];
      for (const o of i.values)
        if (o === void 0) {
          if (k(e, t, n, r, 'Literal `undefined` cannot be represented in JSON Schema')) return;
        } else if (typeof o == `bigint`) {
          if (k(e, t, n, r, `BigInt literals cannot be represented in JSON Schema`)) return;
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
    cs = (e, t, n, r) => {
      k(e, t, n, r, `Custom types cannot be represented in JSON Schema`);
    },
    ls = (e, t, n, r) => {
      k(e, t, n, r, `Transforms cannot be represented in JSON Schema`);
    },
    us = (e, t, n, r) => {
      const i = n,
        a = e._zod.def,
        { minimum: o, maximum: s } = M(e);
      typeof o == `number` && (i.minItems = o),
        typeof s == `number` && (i.maxItems = s),
        (i.type = `array`),
        (i.items = A(a.element, t, { ...r, path: [...r.path, `items`] }));
    };
  function ds(e) {
    const t = e._zod.def;
    return t.type === `pipe` && t.in._zod.traits.has(`$ZodTransform`)
      ? ds(t.out)
      : t.type === `catch`
        ? ds(t.innerType)
        : e._zod.optin;
  }
  var fs = (e, t, n, r) => {
      const i = n,
        a = e._zod.def,
        o = a.shape;
      if (
        Object.getOwnPropertySymbols(o).length &&
        k(e, t, i, r, `Symbol keys cannot be represented in JSON Schema`)
      )
        return;
      (i.type = `object`), (i.properties = {});
      for (const e in o) Je(i.properties, e, A(o[e], t, { ...r, path: [...r.path, `properties`, e] }));
      const s = [];
      for (const e of Object.keys(o)) {
        const n = a.shape[e];
        (t.io === `input` ? ds(n) === void 0 : n._zod.optout === void 0) && s.push(e);
      }
      s.length > 0 && (i.required = s),
        a.catchall?._zod.def.type === `never`
          ? (i.additionalProperties = !1)
          : a.catchall
            ? a.catchall &&
              (i.additionalProperties = A(a.catchall, t, { ...r, path: [...r.path, `additionalProperties`] }))
            : t.io === `output` && (i.additionalProperties = !1);
    },
    ps = (e, t, n, r) => {
      const i = e._zod.def,
        a = i.inclusive === !1,
        o = i.options.map((e, n) => A(e, t, { ...r, path: [...r.path, a ? `oneOf` : `anyOf`, n] }));
      a ? (n.oneOf = o) : (n.anyOf = o);
    },
    ms = (e, t, n, r) => {
      const i = e._zod.def,
        a = A(i.left, t, { ...r, path: [...r.path, `allOf`, 0] }),
        o = A(i.right, t, { ...r, path: [...r.path, `allOf`, 1] }),
        s = (e) => `allOf` in e && Object.keys(e).length === 1,
        c = [...(s(a) ? a.allOf : [a]), ...(s(o) ? o.allOf : [o])];
      (n.allOf = c), t.intersections.push(c);
    },
    hs = (e, t, n, r) => {
      const i = e._zod.def,
        a = A(i.innerType, t, r),
        o = t.seen.get(e);
      t.target === `openapi-3.0`
        ? ((o.ref = i.innerType), (n.nullable = !0))
        : (n.anyOf = [a, { type: `null` }]);
    },
    gs = (e, t, n, r) => {
      const i = e._zod.def;
      A(i.innerType, t, r);
      const a = t.seen.get(e);
      a.ref = i.innerType;
    },
    _s = Symbol();
  function vs(e, t, n, r, i) {
    let a = !1,
      o = JSON.stringify(e, (e, t) => (typeof t == `bigint` ? ((a = !0), null) : t));
    return a ? (k(t, n, r, i, `BigInt defaults cannot be represented in JSON Schema`), _s) : JSON.parse(o);
  }
  var ys = (e, t, n, r) => {
      const i = e._zod.def;
      A(i.innerType, t, r);
      const a = t.seen.get(e);
      a.ref = i.innerType;
      const o = vs(i.defaultValue, e, t, n, r);
      o !== _s && (n.default = o);
    },
    bs = (e, t, n, r) => {
      const i = e._zod.def;
      A(i.innerType, t, r);
      const a = t.seen.get(e);
      if (((a.ref = i.innerType), t.io !== `input`)) return;
      const o = vs(i.defaultValue, e, t, n, r);
      o !== _s && (n._prefault = o);
    },
    xs = (e, t, n, r) => {
      const i = e._zod.def;
      A(i.innerType, t, r);
      const a = t.seen.get(e);
      a.ref = i.innerType;
      let o;
      try {
        o = i.catchValue(void 0);
      } catch {
        k(e, t, n, r, `Dynamic catch values are not supported in JSON Schema`);
        return;
      }
      n.default = o;
    },
    Ss = (e, t, n, r) => {
      const i = e._zod.def,
        a = i.in._zod.traits.has(`$ZodTransform`),
        o = t.io === `input` ? (a ? i.out : i.in) : i.out;
      A(o, t, r);
      const s = t.seen.get(e);
      s.ref = o;
    },
    Cs = (e, t, n, r) => {
      const i = e._zod.def;
      A(i.innerType, t, r);
      const a = t.seen.get(e);
      (a.ref = i.innerType), (n.readOnly = !0);
    },
    ws = (e, t, n, r) => {
      const i = e._zod.def;
      A(i.innerType, t, r);
      const a = t.seen.get(e);
      a.ref = i.innerType;
    },
    Ts = new WeakSet([Object.prototype, Error.prototype]);
  function Es(e, t, n) {
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
  var N = w(
      `ZodError`,
      (e, t) => {
        an.init(e, t), (e.name = `ZodError`);
        const n = Object.getPrototypeOf(e);
        Ts.has(n) ||
          (Ts.add(n),
          Es(n, `format`, (e) => (t) => cn(e, t)),
          Es(n, `flatten`, (e) => (t) => sn(e, t)),
          Es(n, `addIssue`, (e) => (t) => {
            e.issues.push(t), (e.message = JSON.stringify(e.issues, He, 2));
          }),
          Es(n, `addIssues`, (e) => (t) => {
            e.issues.push(...t), (e.message = JSON.stringify(e.issues, He, 2));
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
    Ds = un(N),
    Os = dn(N),
    ks = fn(N),
    As = mn(N),
    js = bn(N),
    Ms = xn(N),
    Ns = Sn(N),
    Ps = Cn(N),
    Fs = wn(N),
    Is = Tn(N),
    Ls = En(N),
    Rs = Dn(N);
  function zs() {
    T.localeError || Qt(va());
  }
  function Bs() {
    T.memoizer || Qt({ memoizer: ha() });
  }
  var P = w(`ZodType`, (e, t) => (zs(), D.init(e, t), (e.def = t), (e.type = t.type), e), {
      check(...e) {
        const t = this.def;
        return this.clone(
          b(t, {
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
        return lt(this, e, t);
      },
      brand() {
        return this;
      },
      register(e, t) {
        return e.add(this, t), this;
      },
      refine(e, t) {
        return this.check(il(e, t));
      },
      superRefine(e, t) {
        return this.check(al(e, t));
      },
      overwrite(e) {
        return this.check(vo(e));
      },
      optional() {
        return Bc(this);
      },
      exactOptional() {
        return Hc(this);
      },
      nullable() {
        return Wc(this);
      },
      nullish() {
        return Bc(Wc(this));
      },
      nonoptional(e) {
        return Xc(this, e);
      },
      array() {
        return Tc(this);
      },
      or(e) {
        return jc([this, e]);
      },
      and(e) {
        return Nc(this, e);
      },
      transform(e) {
        return el(this, Rc(e));
      },
      default(e) {
        return Kc(this, e);
      },
      prefault(e) {
        return Jc(this, e);
      },
      catch(e) {
        return Qc(this, e);
      },
      pipe(e) {
        return el(this, e);
      },
      readonly() {
        return nl(this);
      },
      describe(e) {
        const t = this.clone();
        return Sa.add(t, { description: e }), t;
      },
      meta(...e) {
        if (e.length === 0) return Sa.get(this);
        const t = this.clone();
        return Sa.add(t, e[0]), t;
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
        return It(this, `~standard`, {
          ...Dr(this),
          jsonSchema: { input: Bo(this, `input`), output: Bo(this, `output`) },
        });
      },
      set '~standard'(e) {
        Ft(this, `~standard`, e);
      },
      parse: function e(t, n) {
        return Ds(this, t, n, { callee: e });
      },
      parseAsync: async function e(t, n) {
        return await Os(this, t, n, { callee: e });
      },
      safeParse(e, t) {
        return ks(this, e, t);
      },
      async safeParseAsync(e, t) {
        return As(this, e, t);
      },
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(e) {
        Ft(this, `spa`, e);
      },
      validate(e, t) {
        return _n(this, e, t);
      },
      validateAsync(e, t) {
        return yn(this, e, t);
      },
      encode: function e(t, n) {
        return js(this, t, n, { callee: e });
      },
      decode: function e(t, n) {
        return Ms(this, t, n, { callee: e });
      },
      encodeAsync: async function e(t, n) {
        return await Ns(this, t, n, { callee: e });
      },
      decodeAsync: async function e(t, n) {
        return await Ps(this, t, n, { callee: e });
      },
      safeEncode(e, t) {
        return Fs(this, e, t);
      },
      safeDecode(e, t) {
        return Is(this, e, t);
      },
      async safeEncodeAsync(e, t) {
        return Ls(this, e, t);
      },
      async safeDecodeAsync(e, t) {
        return Rs(this, e, t);
      },
      toJSONSchema(e) {
        return zo(this, {})(e);
      },
      get description() {
        return Sa.get(this)?.description;
      },
      get _def() {
        return this._zod.def;
      },
    }),
    Vs = w(
      `_ZodString`,
      (e, t) => {
        Or.init(e, t), P.init(e, t), (e._zod.processJSONSchema = (t, n, r) => ts(e, t, n, r));
      },
      Lt(
        {
          format: (e) => M(e).format ?? null,
          minLength: (e) => M(e).minimum ?? null,
          maxLength: (e) => M(e).maximum ?? null,
        },
        {
          regex(...e) {
            return this.check(fo(...e));
          },
          includes(...e) {
            return this.check(ho(...e));
          },
          startsWith(...e) {
            return this.check(go(...e));
          },
          endsWith(...e) {
            return this.check(_o(...e));
          },
          min(...e) {
            return this.check(lo(...e));
          },
          max(...e) {
            return this.check(co(...e));
          },
          length(...e) {
            return this.check(uo(...e));
          },
          nonempty(...e) {
            return this.check(lo(1, ...e));
          },
          lowercase(e) {
            return this.check(po(e));
          },
          uppercase(e) {
            return this.check(mo(e));
          },
          trim() {
            return this.check(bo());
          },
          normalize(...e) {
            return this.check(yo(...e));
          },
          toLowerCase() {
            return this.check(xo());
          },
          toUpperCase() {
            return this.check(So());
          },
          slugify() {
            return this.check(Co());
          },
        },
      ),
    ),
    Hs = w(
      `ZodString`,
      (e, t) => {
        Or.init(e, t), Vs.init(e, t);
      },
      {
        email(e) {
          return this.check(Ta(qs, e));
        },
        url(e) {
          return this.check(ja(Zs, e));
        },
        jwt(e) {
          return this.check(Ka(fc, e));
        },
        emoji(e) {
          return this.check(Ma(Qs, e));
        },
        guid(e) {
          return this.check(Ea(Ys, e));
        },
        uuid(e) {
          return this.check(Da(Xs, e));
        },
        uuidv4(e) {
          return this.check(Oa(Xs, e));
        },
        uuidv6(e) {
          return this.check(ka(Xs, e));
        },
        uuidv7(e) {
          return this.check(Aa(Xs, e));
        },
        nanoid(e) {
          return this.check(Na($s, e));
        },
        cuid(e) {
          return this.check(Pa(ec, e));
        },
        cuid2(e) {
          return this.check(Fa(tc, e));
        },
        ulid(e) {
          return this.check(Ia(nc, e));
        },
        base64(e) {
          return this.check(Ua(lc, e));
        },
        base64url(e) {
          return this.check(Wa(uc, e));
        },
        xid(e) {
          return this.check(La(rc, e));
        },
        ksuid(e) {
          return this.check(Ra(ic, e));
        },
        ipv4(e) {
          return this.check(za(ac, e));
        },
        ipv6(e) {
          return this.check(Ba(oc, e));
        },
        cidrv4(e) {
          return this.check(Va(sc, e));
        },
        cidrv6(e) {
          return this.check(Ha(cc, e));
        },
        e164(e) {
          return this.check(Ga(dc, e));
        },
        datetime(e) {
          return this.check(qa(Us, e));
        },
        date(e) {
          return this.check(Ja(Ws, e));
        },
        time(e) {
          return this.check(Ya(Gs, e));
        },
        duration(e) {
          return this.check(Xa(Ks, e));
        },
      },
    );
  function F(e) {
    return wa(Hs, e);
  }
  var I = w(`ZodStringFormat`, (e, t) => {
      O.init(e, t), Vs.init(e, t);
    }),
    Us = w(`ZodISODateTime`, (e, t) => {
      qr.init(e, t), I.init(e, t);
    }),
    Ws = w(`ZodISODate`, (e, t) => {
      Jr.init(e, t), I.init(e, t);
    }),
    Gs = w(`ZodISOTime`, (e, t) => {
      Yr.init(e, t), I.init(e, t);
    }),
    Ks = w(`ZodISODuration`, (e, t) => {
      Xr.init(e, t), I.init(e, t);
    }),
    qs = w(`ZodEmail`, (e, t) => {
      jr.init(e, t), I.init(e, t);
    });
  function Js(e) {
    return Ta(qs, e);
  }
  var Ys = w(`ZodGUID`, (e, t) => {
      kr.init(e, t), I.init(e, t);
    }),
    Xs = w(`ZodUUID`, (e, t) => {
      Ar.init(e, t), I.init(e, t);
    }),
    Zs = w(`ZodURL`, (e, t) => {
      zr.init(e, t), I.init(e, t);
    }),
    Qs = w(`ZodEmoji`, (e, t) => {
      Br.init(e, t), I.init(e, t);
    }),
    $s = w(`ZodNanoID`, (e, t) => {
      Vr.init(e, t), I.init(e, t);
    }),
    ec = w(`ZodCUID`, (e, t) => {
      Hr.init(e, t), I.init(e, t);
    }),
    tc = w(`ZodCUID2`, (e, t) => {
      Ur.init(e, t), I.init(e, t);
    }),
    nc = w(`ZodULID`, (e, t) => {
      Wr.init(e, t), I.init(e, t);
    }),
    rc = w(`ZodXID`, (e, t) => {
      Gr.init(e, t), I.init(e, t);
    }),
    ic = w(`ZodKSUID`, (e, t) => {
      Kr.init(e, t), I.init(e, t);
    }),
    ac = w(`ZodIPv4`, (e, t) => {
      Zr.init(e, t), I.init(e, t);
    }),
    oc = w(`ZodIPv6`, (e, t) => {
      ei.init(e, t), I.init(e, t);
    }),
    sc = w(`ZodCIDRv4`, (e, t) => {
      ti.init(e, t), I.init(e, t);
    }),
    cc = w(`ZodCIDRv6`, (e, t) => {
      ri.init(e, t), I.init(e, t);
    }),
    lc = w(`ZodBase64`, (e, t) => {
      oi.init(e, t), I.init(e, t);
    }),
    uc = w(`ZodBase64URL`, (e, t) => {
      li.init(e, t), I.init(e, t);
    }),
    dc = w(`ZodE164`, (e, t) => {
      ui.init(e, t), I.init(e, t);
    }),
    fc = w(`ZodJWT`, (e, t) => {
      fi.init(e, t), I.init(e, t);
    }),
    pc = w(
      `ZodNumber`,
      (e, t) => {
        pi.init(e, t),
          P.init(e, t),
          (e._zod.processJSONSchema = (t, n, r) => ns(e, t, n, r)),
          (e.isFinite = !0);
      },
      Lt(
        {
          minValue: (e) => {
            const { minimum: t, exclusiveMinimum: n } = M(e);
            return Math.max(t ?? -1 / 0, n ?? -1 / 0);
          },
          maxValue: (e) => {
            const { maximum: t, exclusiveMaximum: n } = M(e);
            return Math.min(t ?? 1 / 0, n ?? 1 / 0);
          },
          isInt: (e) => {
            const { isInt: t, multipleOf: n } = M(e);
            return !!t || !!n?.some(Number.isSafeInteger);
          },
          format: (e) => M(e).format ?? null,
        },
        {
          gt(e, t) {
            return this.check(ao(e, t));
          },
          gte(e, t) {
            return this.check(oo(e, t));
          },
          min(e, t) {
            return this.check(oo(e, t));
          },
          lt(e, t) {
            return this.check(ro(e, t));
          },
          lte(e, t) {
            return this.check(io(e, t));
          },
          max(e, t) {
            return this.check(io(e, t));
          },
          int(e) {
            return this.check(gc(e));
          },
          safe(e) {
            return this.check(gc(e));
          },
          positive(e) {
            return this.check(ao(0, e));
          },
          nonnegative(e) {
            return this.check(oo(0, e));
          },
          negative(e) {
            return this.check(ro(0, e));
          },
          nonpositive(e) {
            return this.check(io(0, e));
          },
          multipleOf(e, t) {
            return this.check(so(e, t));
          },
          step(e, t) {
            return this.check(so(e, t));
          },
          finite() {
            return this;
          },
        },
      ),
    );
  function mc(e) {
    return Za(pc, e);
  }
  var hc = w(`ZodNumberFormat`, (e, t) => {
    mi.init(e, t), pc.init(e, t);
  });
  function gc(e) {
    return Qa(hc, e);
  }
  var _c = w(`ZodBoolean`, (e, t) => {
    hi.init(e, t), P.init(e, t), (e._zod.processJSONSchema = (t, n, r) => rs(e, t, n, r));
  });
  function L(e) {
    return $a(_c, e);
  }
  var vc = w(`ZodUnknown`, (e, t) => {
    gi.init(e, t), P.init(e, t), (e._zod.processJSONSchema = (e, t, n) => void 0);
  });
  function yc() {
    return eo(vc);
  }
  var bc = w(`ZodNever`, (e, t) => {
    _i.init(e, t), P.init(e, t), (e._zod.processJSONSchema = (t, n, r) => is(e, t, n, r));
  });
  function xc(e) {
    return to(bc, e);
  }
  var Sc = w(
    `ZodDate`,
    (e, t) => {
      vi.init(e, t),
        P.init(e, t),
        (e._zod.processJSONSchema = (t, n, r) => as(e, t, n, r)),
        (e.min = (t, n) => e.check(oo(t, n))),
        (e.max = (t, n) => e.check(io(t, n)));
    },
    Lt(
      {
        minDate: (e) => {
          const { minimum: t } = M(e);
          return t ? new Date(t) : null;
        },
        maxDate: (e) => {
          const { maximum: t } = M(e);
          return t ? new Date(t) : null;
        },
      },
      {},
    ),
  );
  function Cc(e) {
    return no(Sc, e);
  }
  var wc = w(
    `ZodArray`,
    (e, t) => {
      Bs(),
        Si.init(e, t),
        P.init(e, t),
        (e._zod.processJSONSchema = (t, n, r) => us(e, t, n, r)),
        (e.element = t.element);
    },
    {
      min(e, t) {
        return this.check(lo(e, t));
      },
      nonempty(e) {
        return this.check(lo(1, e));
      },
      max(e, t) {
        return this.check(co(e, t));
      },
      length(e, t) {
        return this.check(uo(e, t));
      },
      unwrap() {
        return this.element;
      },
    },
  );
  function Tc(e, t) {
    return wo(wc, e, t);
  }
  var Ec = w(
    `ZodObject`,
    (e, t) => {
      Bs(),
        Oi.init(e, t),
        P.init(e, t),
        (e._zod.processJSONSchema = (t, n, r) => fs(e, t, n, r)),
        Ut(e, `shape`, (e) => e._zod.def.shape, !1);
    },
    {
      keyof() {
        return R(Object.keys(this._zod.def.shape));
      },
      catchall(e) {
        return this.clone(b(this._zod.def, { catchall: e }));
      },
      passthrough() {
        return this.clone(b(this._zod.def, { catchall: yc() }));
      },
      loose() {
        return this.clone(b(this._zod.def, { catchall: yc() }));
      },
      strict() {
        return this.clone(b(this._zod.def, { catchall: xc() }));
      },
      strip() {
        return this.clone(b(this._zod.def, { catchall: void 0 }));
      },
      extend(e) {
        return _t(this, e);
      },
      safeExtend(e) {
        return yt(this, e);
      },
      merge(e) {
        return bt(this, e);
      },
      pick(e) {
        return mt(this, e);
      },
      omit(e) {
        return gt(this, e);
      },
      partial(...e) {
        return xt(zc, this, e[0]);
      },
      exactPartial(...e) {
        return xt(Vc, this, e[0], `exactPartial`);
      },
      required(...e) {
        return St(Yc, this, e[0]);
      },
    },
  );
  function Dc(e, t) {
    return new Ec({ type: `object`, shape: e ?? {}, ...x(t) });
  }
  function Oc(e, t) {
    return new Ec({ type: `object`, shape: e, catchall: xc(), ...x(t) });
  }
  function kc(e, t) {
    return new Ec({ type: `object`, shape: e, catchall: yc(), ...x(t) });
  }
  var Ac = w(`ZodUnion`, (e, t) => {
    Ai.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => ps(e, t, n, r)),
      (e.options = t.options);
  });
  function jc(e, t) {
    return new Ac({ type: `union`, options: e, ...x(t) });
  }
  var Mc = w(`ZodIntersection`, (e, t) => {
    ji.init(e, t), P.init(e, t), (e._zod.processJSONSchema = (t, n, r) => ms(e, t, n, r));
  });
  function Nc(e, t) {
    return new Mc({ type: `intersection`, left: e, right: t });
  }
  var Pc = w(`ZodEnum`, (e, t) => {
    Pi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => os(e, t, n, r)),
      (e.enum = t.entries),
      (e.options = [...e._zod.values]);
    const n = new Set(Object.keys(t.entries));
    (e.extract = (e, r) => {
      const i = {};
      for (const r of e)
        if (n.has(r)) i[r] = t.entries[r];
        else throw Error(`Key ${r} not found in enum`);
      return new Pc({ ...t, checks: [], ...x(r), entries: i });
    }),
      (e.exclude = (e, r) => {
        const i = { ...t.entries };
        for (const t of e)
          if (n.has(t)) delete i[t];
          else throw Error(`Key ${t} not found in enum`);
        return new Pc({ ...t, checks: [], ...x(r), entries: i });
      });
  });
  function R(e, t) {
    return new Pc({
      type: `enum`,
      entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
      ...x(t),
    });
  }
  var Fc = w(`ZodLiteral`, (e, t) => {
    Fi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => ss(e, t, n, r)),
      (e.values = new Set(t.values)),
      Object.defineProperty(e, 'value', {
        get() {
          if (t.values.length > 1)
            throw Error('This schema contains multiple valid literal values. Use `.values` instead.');
          return t.values[0];
        },
      });
  });
  function Ic(e, t) {
    return new Fc({ type: `literal`, values: Array.isArray(e) ? e : [e], ...x(t) });
  }
  var Lc = w(`ZodTransform`, (e, t) => {
    Bs(),
      Ii.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => ls(e, t, n, r)),
      (e._zod.parse = (n, r) => {
        if (r.direction === `backward`) throw new Zt(e.constructor.name);
        n.addIssue = (r) => {
          if (typeof r == `string`) n.issues.push(Nt(r, n.value, t));
          else {
            const t = r;
            t.fatal && (t.continue = !1),
              (t.code ??= `custom`),
              `input` in t || (t.input = n.value),
              (t.inst ??= e),
              n.issues.push(Nt(t));
          }
        };
        const i = t.transform(n.value, n);
        return i instanceof Promise ? i.then((e) => ((n.value = e), n)) : ((n.value = i), n);
      });
  });
  function Rc(e) {
    return new Lc({ type: `transform`, transform: e });
  }
  var zc = w(`ZodOptional`, (e, t) => {
    Ri.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => ws(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType);
  });
  function Bc(e) {
    return new zc({ type: `optional`, innerType: e });
  }
  var Vc = w(`ZodExactOptional`, (e, t) => {
    zi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => ws(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType);
  });
  function Hc(e) {
    return new Vc({ type: `optional`, innerType: e });
  }
  var Uc = w(`ZodNullable`, (e, t) => {
    Bi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => hs(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType);
  });
  function Wc(e) {
    return new Uc({ type: `nullable`, innerType: e });
  }
  var Gc = w(`ZodDefault`, (e, t) => {
    Vi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => ys(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType),
      (e.removeDefault = e.unwrap);
  });
  function Kc(e, t) {
    return new Gc({
      type: `default`,
      innerType: e,
      get defaultValue() {
        return typeof t == `function` ? t() : ot(t);
      },
    });
  }
  var qc = w(`ZodPrefault`, (e, t) => {
    Ui.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => bs(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType);
  });
  function Jc(e, t) {
    return new qc({
      type: `prefault`,
      innerType: e,
      get defaultValue() {
        return typeof t == `function` ? t() : ot(t);
      },
    });
  }
  var Yc = w(`ZodNonOptional`, (e, t) => {
    Wi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => gs(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType);
  });
  function Xc(e, t) {
    return new Yc({ type: `nonoptional`, innerType: e, ...x(t) });
  }
  var Zc = w(`ZodCatch`, (e, t) => {
    qi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => xs(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType),
      (e.removeCatch = e.unwrap);
  });
  function Qc(e, t) {
    return new Zc({ type: `catch`, innerType: e, catchValue: typeof t == `function` ? t : Gt(t) });
  }
  var $c = w(`ZodPipe`, (e, t) => {
    Ji.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => Ss(e, t, n, r)),
      (e.in = t.in),
      (e.out = t.out);
  });
  function el(e, t) {
    return new $c({ type: `pipe`, in: e, out: t });
  }
  var tl = w(`ZodReadonly`, (e, t) => {
    Xi.init(e, t),
      P.init(e, t),
      (e._zod.processJSONSchema = (t, n, r) => Cs(e, t, n, r)),
      (e.unwrap = () => e._zod.def.innerType);
  });
  function nl(e) {
    return new tl({ type: `readonly`, innerType: e });
  }
  var rl = w(`ZodCustom`, (e, t) => {
    Qi.init(e, t), P.init(e, t), (e._zod.processJSONSchema = (t, n, r) => cs(e, t, n, r));
  });
  function il(e, t = {}) {
    return To(rl, e, t);
  }
  function al(e, t) {
    return Eo(e, t);
  }
  function ol(e) {
    return qa(Us, e);
  }
  var sl = new Set([`child`, `adult-dependent-child`, `student-child`]);
  function cl(e, t) {
    return e === !1 || t === !1 ? !1 : (e === !0 && t === !0) || void 0;
  }
  function ll(e) {
    return e === void 0 ? void 0 : !e;
  }
  function ul(e) {
    return e.age === void 0 ? void 0 : e.age < 18;
  }
  function dl(e) {
    const t = e.situation.familyRole;
    return t === void 0 ? void 0 : sl.has(t);
  }
  function fl(e, t) {
    const n = e.situation.applyingOnBehalfAs;
    return n === void 0 ? void 0 : n === t;
  }
  var pl = {
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
    'on-behalf-parent': (e) => fl(e, `parent`),
    'on-behalf-guardian': (e) => fl(e, `guardian`),
    'on-behalf-lawyer': (e) => fl(e, `lawyer`),
    'under-18': ul,
    'under-18-parent-abroad': (e) => cl(ul(e), e.situation.parentAbroad),
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
    'family-spouse': (e) =>
      e.situation.familyRole === void 0 ? void 0 : e.situation.familyRole === `spouse`,
    'spouse-of-turkish-citizen': (e) => e.situation.spouseOfTurkishCitizen,
    'supporter-citizen': (e) => e.situation.supporterIsCitizen,
    'supporter-foreign': (e) => ll(e.situation.supporterIsCitizen),
    'family-role-unknown': (e) => e.situation.familyRole === void 0,
    'parents-not-identifiable': (e) => cl(dl(e), e.situation.parentsNotIdentifiableFromPassport),
    'parents-divorced': (e) => cl(dl(e), e.situation.parentsDivorced),
    'parent-abroad': (e) => cl(dl(e), e.situation.parentAbroad),
    'parent-deceased': (e) => cl(dl(e), e.situation.parentDeceased),
    'adult-dependent-child': (e) =>
      e.situation.familyRole === void 0 ? void 0 : e.situation.familyRole === `adult-dependent-child`,
    'student-child': (e) =>
      e.situation.familyRole === void 0 ? void 0 : e.situation.familyRole === `student-child`,
    'university-student': (e) =>
      e.situation.studentLevel === void 0 ? void 0 : e.situation.studentLevel === `university`,
    'school-student': (e) =>
      e.situation.studentLevel === void 0 ? void 0 : e.situation.studentLevel === `school`,
    'university-minor-without-student-visa': (e) =>
      cl(
        cl(e.situation.studentLevel === void 0 ? void 0 : e.situation.studentLevel === `university`, ul(e)),
        ll(e.situation.enteredWithStudentVisa),
      ),
    'long-term-eight-years': (e) => e.situation.longTermRoute !== `policy-board`,
    'long-term-policy-board': (e) =>
      e.situation.longTermRoute === void 0 ? void 0 : e.situation.longTermRoute === `policy-board`,
  };
  function ml(e, t) {
    return pl[e](t);
  }
  var hl = [`official`, `official-copy`, `consultancy`, `uncertain`],
    gl = { O: `official`, 'O*': `official-copy`, C: `consultancy`, U: `uncertain` },
    _l = `2026-11-23`;
  function vl(e) {
    let t = 0;
    for (const n of e) t = Math.max(t, hl.indexOf(gl[n]));
    return hl[t] ?? `uncertain`;
  }
  function z(e, t, n, r = _l) {
    return { reference: e, url: t, confidence: vl(typeof n == `string` ? [n] : n), lastVerified: r };
  }
  var B = {
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
    V = {
      listCopies: z(
        `e-İkamet İstenen Belgeler (LIST), verbatim copies and university copies`,
        B.shortTermList,
        [`O*`, `C`],
      ),
      passportRule: z(
        `e-İkamet Açıklamalar (AÇK), P2 (copies: yabancicalismaizni.com, gocmenburo.com)`,
        B.explanations,
        `O*`,
      ),
      explanations: z(`e-İkamet Açıklamalar (AÇK)`, B.explanations, `O*`),
      addressProof: z(
        `Notes on LIST tur=0 in a public repository; university copies of LIST`,
        B.shortTermList,
        [`O*`, `C`],
      ),
      shortTermList: z(
        `LIST tur=0 (copies: turkiyedecalismaizni.com, yabancicalismaizni.com); antalya.goc.gov.tr`,
        B.shortTermList,
        `O*`,
      ),
      familyList: z(
        `e-İkamet family LIST (copies: cihatdemirbag.com.tr, ukraynaizmir.com)`,
        B.documentList,
        `O*`,
      ),
      familyConsultancy: z(`canaydin.av.tr (law firm)`, B.canaydin, `C`),
      studentUniversities: z(
        `University checklists (erbakan.edu.tr, osmaniye.edu.tr, ogu.edu.tr)`,
        B.erbakan,
        `C`,
      ),
      yokProtocol: z(`YÖK–Göç protocol of 29.11.2023 (osmaniye.edu.tr, nevsehir.edu.tr)`, B.osmaniye, `C`),
      longTermList: z(
        `e-İkamet long-term LIST (copies: moduminfo.com, aytekinavukatlik.com)`,
        B.documentList,
        `O*`,
      ),
      minorsAntalya: z(`M1: Antalya İl Göç İdaresi, required documents`, B.antalya, `O`),
    },
    yl = {
      id: `application-form`,
      group: `common`,
      titleKey: `item.application-form.title`,
      noteKey: `item.application-form.note`,
      when: `always`,
      source: V.listCopies,
    },
    bl = {
      id: `passport-original`,
      group: `common`,
      titleKey: `item.passport-original.title`,
      noteKey: `item.passport-original.note`,
      when: `first-or-transfer`,
      ruleId: `P2`,
      source: V.passportRule,
    },
    xl = {
      id: `passport-notarised-copy`,
      group: `common`,
      titleKey: `item.passport-notarised-copy.title`,
      noteKey: `item.passport-notarised-copy.note`,
      when: `extension-only`,
      ruleId: `P2`,
      source: V.passportRule,
    },
    Sl = {
      id: `earlier-passport-pages`,
      group: `common`,
      titleKey: `item.earlier-passport-pages.title`,
      when: `passport-changed`,
      ruleId: `P2`,
      source: V.passportRule,
    },
    Cl = {
      id: `passport-translation`,
      group: `common`,
      titleKey: `item.passport-translation.title`,
      when: `non-latin-passport`,
      ruleId: `P3`,
      source: V.explanations,
    },
    wl = {
      id: `consular-id-document`,
      group: `common`,
      titleKey: `item.consular-id-document.title`,
      noteKey: `item.consular-id-document.note`,
      when: `names-not-separated`,
      ruleId: `P3`,
      source: V.explanations,
    },
    Tl = {
      id: `biometric-photos`,
      group: `common`,
      titleKey: `item.biometric-photos.title`,
      noteKey: `item.biometric-photos.note`,
      params: { count: 4 },
      when: `first-or-transfer`,
      ruleId: `P4`,
      source: V.explanations,
    },
    El = { ...Tl, params: { count: 2 }, when: `extension-only` },
    Dl = {
      id: `fee-receipts`,
      group: `common`,
      titleKey: `item.fee-receipts.title`,
      noteKey: `item.fee-receipts.note`,
      when: `always`,
      source: z(`goc.gov.tr "Belge Bedeli ve Harç Miktarı"; LIST copies`, B.goc, [`O*`, `C`]),
    },
    Ol = {
      id: `fee-receipts`,
      group: `common`,
      titleKey: `item.fee-receipts.student.title`,
      noteKey: `item.fee-receipts.student.note`,
      when: `always`,
      source: V.studentUniversities,
    },
    kl = {
      id: `uets-registration`,
      group: `common`,
      titleKey: `item.uets-registration.title`,
      noteKey: `item.uets-registration.note`,
      when: `always`,
      source: V.listCopies,
    },
    Al = [yl, bl, xl, Sl, Cl, wl, Tl, El],
    jl = [Dl, kl],
    Ml = [Ol, kl],
    Nl = z(`P6: e-İkamet Açıklamalar (AÇK)`, B.explanations, `O*`),
    Pl = z(`P5: e-İkamet Açıklamalar (AÇK) (copy: elysiondanismanlik.com)`, B.explanations, `O*`),
    Fl = [
      {
        id: `representative-child-birth-certificate`,
        group: `representation`,
        titleKey: `item.representative-child-birth-certificate.title`,
        when: `on-behalf-parent`,
        ruleId: `P6`,
        source: Nl,
        supersededBy: [`newborn-birth-certificate`, `minor-birth-certificate`],
      },
      {
        id: `guardianship-decision`,
        group: `representation`,
        titleKey: `item.guardianship-decision.title`,
        when: `on-behalf-guardian`,
        ruleId: `P6`,
        source: Nl,
      },
      {
        id: `power-of-attorney`,
        group: `representation`,
        titleKey: `item.power-of-attorney.title`,
        noteKey: `item.power-of-attorney.note`,
        when: `on-behalf-lawyer`,
        ruleId: `P6`,
        source: Nl,
      },
    ],
    Il = [
      {
        id: `foreign-documents-legalised`,
        group: `legalisation`,
        titleKey: `item.foreign-documents-legalised.title`,
        noteKey: `item.foreign-documents-legalised.note`,
        when: `foreign-documents`,
        ruleId: `P5`,
        source: Pl,
      },
      {
        id: `turkish-documents-signed`,
        group: `legalisation`,
        titleKey: `item.turkish-documents-signed.title`,
        noteKey: `item.turkish-documents-signed.note`,
        when: `turkish-documents`,
        ruleId: `P5`,
        source: Pl,
      },
    ],
    Ll = [
      { id: `age-unknown`, messageKey: `note.age-unknown`, tone: `info`, when: `age-unknown` },
      {
        id: `directorate-may-ask-more`,
        messageKey: `note.directorate-may-ask-more`,
        tone: `info`,
        when: `always`,
        ruleId: `T7`,
        source: z(`T7: Adana İl Göç İdaresi, application information`, B.adana, `O`),
      },
    ],
    Rl = {
      id: `transfer-no-list`,
      messageKey: `note.transfer-no-list`,
      tone: `uncertain`,
      when: `transfer-only`,
      source: z(`checklists.md §3: no list found`, B.documentList, `U`),
    },
    zl = [
      {
        id: `newborn-birth-certificate`,
        group: `minor`,
        titleKey: `item.newborn-birth-certificate.title`,
        when: `newborn-in-turkiye`,
        ruleId: `N4`,
        source: z(
          `N4: goc.gov.tr notice on children born in Türkiye (copy: ikamet-calismaizni.com, 2016)`,
          B.goc,
          `O*`,
        ),
      },
      {
        id: `minor-birth-certificate`,
        group: `minor`,
        titleKey: `item.minor-birth-certificate.title`,
        when: `under-18`,
        ruleId: `M1`,
        source: V.minorsAntalya,
        supersededBy: [`newborn-birth-certificate`],
      },
      {
        id: `parent-abroad-consent`,
        group: `minor`,
        titleKey: `item.parent-abroad-consent.title`,
        when: `under-18-parent-abroad`,
        ruleId: `M1`,
        source: V.minorsAntalya,
      },
      {
        id: `consented-person-undertaking`,
        group: `minor`,
        titleKey: `item.consented-person-undertaking.title`,
        when: `under-18-parent-abroad`,
        ruleId: `M1`,
        source: V.minorsAntalya,
      },
    ],
    Bl = [
      {
        id: `newborn-180-days`,
        messageKey: `note.newborn-180-days`,
        tone: `info`,
        when: `newborn-in-turkiye`,
        ruleId: `N4`,
        source: z(`N4: goc.gov.tr notice (copy: ikamet-calismaizni.com, 2016)`, B.goc, `O*`),
      },
    ],
    Vl = {
      id: `ex-officio-no-list`,
      messageKey: `note.ex-officio-no-list`,
      tone: `uncertain`,
      when: `always`,
      source: z(`checklists.md §8: no document list found; YUKK 46, 48`, B.law6458, `U`),
    },
    Hl = {
      documents: [...Al, ...jl, ...zl, ...Fl, ...Il],
      notes: [Vl, ...Bl, ...Ll],
      coverage: { first: `common-only`, extension: `common-only`, transfer: `common-only` },
    },
    Ul = Hl,
    Wl = Hl,
    Gl = [
      {
        id: `address-proof`,
        group: `address`,
        titleKey: `item.address-proof.title`,
        noteKey: `item.address-proof.note`,
        when: `first-or-transfer`,
        source: V.addressProof,
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
        source: V.addressProof,
      },
    ],
    H = V.familyList,
    Kl = V.familyConsultancy,
    ql = [
      {
        id: `marriage-certificate`,
        group: `applicant`,
        titleKey: `item.marriage-certificate.title`,
        when: `family-spouse`,
        source: H,
      },
      {
        id: `civil-registry-record`,
        group: `applicant`,
        titleKey: `item.civil-registry-record.title`,
        noteKey: `item.civil-registry-record.note`,
        when: `spouse-of-turkish-citizen`,
        source: H,
      },
      {
        id: `supporter-cost-undertaking`,
        group: `applicant`,
        titleKey: `item.supporter-cost-undertaking.title`,
        when: `supporter-foreign`,
        source: Kl,
      },
      {
        id: `supporter-cost-undertaking`,
        group: `applicant`,
        titleKey: `item.supporter-cost-undertaking.title`,
        when: `always`,
        requirement: `if-requested`,
        source: Kl,
      },
      {
        id: `current-permit-card`,
        group: `applicant`,
        titleKey: `item.current-permit-card.title`,
        when: `extension-only`,
        source: H,
      },
    ],
    Jl = [
      {
        id: `family-child-birth-certificate`,
        group: `children`,
        titleKey: `item.family-child-birth-certificate.title`,
        when: `parents-not-identifiable`,
        ruleId: `M2`,
        source: H,
        supersededBy: [`newborn-birth-certificate`, `minor-birth-certificate`],
      },
      {
        id: `custody-decision-or-consent`,
        group: `children`,
        titleKey: `item.custody-decision-or-consent.title`,
        when: `parents-divorced`,
        ruleId: `M2`,
        source: H,
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
        source: z(`F5: YUKK 34(3)`, B.law6458, `O*`),
        supersededBy: [`parent-abroad-consent`],
      },
      {
        id: `parent-death-certificate`,
        group: `children`,
        titleKey: `item.parent-death-certificate.title`,
        when: `parent-deceased`,
        ruleId: `M2`,
        source: H,
      },
      {
        id: `dependency-proof`,
        group: `children`,
        titleKey: `item.dependency-proof.title`,
        when: `adult-dependent-child`,
        source: Kl,
      },
      {
        id: `dependent-child-student-certificate`,
        group: `children`,
        titleKey: `item.dependent-child-student-certificate.title`,
        when: `student-child`,
        source: Kl,
      },
    ],
    Yl = [
      {
        id: `supporter-identity`,
        group: `supporter`,
        titleKey: `item.supporter-identity.title`,
        when: `always`,
        source: H,
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
        source: H,
      },
      {
        id: `supporter-insurance`,
        group: `supporter`,
        titleKey: `item.supporter-insurance.title`,
        noteKey: `item.supporter-insurance.note`,
        when: `always`,
        ruleId: `I4`,
        source: H,
      },
      {
        id: `supporter-criminal-record`,
        group: `supporter`,
        titleKey: `item.supporter-criminal-record.title`,
        noteKey: `item.supporter-criminal-record.note`,
        when: `always`,
        ruleId: `F3`,
        source: H,
      },
      {
        id: `supporter-address-registration`,
        group: `supporter`,
        titleKey: `item.supporter-address-registration.title`,
        noteKey: `item.supporter-address-registration.note`,
        when: `always`,
        ruleId: `F3`,
        source: H,
      },
    ],
    Xl = [
      {
        id: `family-role-unknown`,
        messageKey: `note.family-role-unknown`,
        tone: `info`,
        when: `family-role-unknown`,
      },
      {
        id: `family-originals`,
        messageKey: `note.family-originals`,
        tone: `info`,
        when: `always`,
        source: H,
      },
      {
        id: `family-extension-recheck`,
        messageKey: `note.family-extension-recheck`,
        tone: `info`,
        when: `extension-only`,
        ruleId: `D5`,
        source: z(`F1, F2, D5: YUKK 34(1), 35(1)`, B.law6458, `O*`),
      },
    ],
    Zl = {
      documents: [...Al, ...jl, ...Gl, ...ql, ...Jl, ...Yl, ...zl, ...Fl, ...Il],
      notes: [...Xl, ...Bl, ...Ll],
      coverage: { first: `listed`, extension: `listed`, transfer: `listed` },
    },
    Ql = z(`I1–I3: e-İkamet Açıklamalar (AÇK); LIST tur=0`, B.explanations, `O*`),
    $l = [
      {
        id: `insurance`,
        group: `insurance`,
        titleKey: `item.insurance.exempt.title`,
        noteKey: `item.insurance.exempt.note`,
        when: `insurance-age-exempt`,
        requirement: `not-required`,
        ruleId: `I3`,
        source: Ql,
      },
      {
        id: `insurance`,
        group: `insurance`,
        titleKey: `item.insurance.title`,
        noteKey: `item.insurance.note`,
        when: `always`,
        ruleId: `I1`,
        source: Ql,
      },
    ],
    eu = {
      id: `insurance`,
      group: `insurance`,
      titleKey: `item.insurance.title`,
      noteKey: `item.insurance.long-term.note`,
      when: `always`,
      ruleId: `I5`,
      source: z(`I1, I5: YUKK 43(1)(ç); e-İkamet Açıklamalar (AÇK)`, B.law6458, `O*`),
    },
    tu = V.longTermList,
    nu = [
      {
        id: `previous-permit-cards`,
        group: `applicant`,
        titleKey: `item.previous-permit-cards.title`,
        when: `long-term-eight-years`,
        ruleId: `L1`,
        source: tu,
      },
      {
        id: `sydv-letter`,
        group: `applicant`,
        titleKey: `item.sydv-letter.title`,
        noteKey: `item.sydv-letter.note`,
        when: `long-term-eight-years`,
        ruleId: `L2`,
        source: tu,
      },
      {
        id: `income-proof`,
        group: `applicant`,
        titleKey: `item.income-proof.title`,
        when: `long-term-eight-years`,
        ruleId: `L3`,
        source: tu,
      },
      {
        id: `criminal-record`,
        group: `applicant`,
        titleKey: `item.criminal-record.title`,
        when: `long-term-eight-years`,
        ruleId: `L3`,
        source: tu,
      },
      {
        id: `address-registration-document`,
        group: `address`,
        titleKey: `item.address-registration-document.title`,
        noteKey: `item.address-registration-document.note`,
        when: `always`,
        source: tu,
      },
    ],
    ru = [
      {
        id: `long-term-extension-impossible`,
        messageKey: `note.long-term-extension-impossible`,
        tone: `impossible`,
        when: `extension-only`,
        ruleId: `D10`,
        source: z(`D10: YUKK 42; goc lists (copy: aytekinavukatlik.com)`, B.law6458, `O*`),
      },
      Rl,
      {
        id: `long-term-policy-board-route`,
        messageKey: `note.long-term-policy-board-route`,
        tone: `info`,
        when: `long-term-policy-board`,
        ruleId: `L1`,
        source: z(
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
        source: z(`checklists.md §7: open question`, B.documentList, `U`),
      },
    ],
    iu = {
      documents: [...Al, ...jl, eu, ...nu, ...zl, ...Fl, ...Il],
      notes: [...ru, ...Bl, ...Ll],
      coverage: { first: `listed`, extension: `impossible`, transfer: `common-only` },
    },
    U = V.shortTermList,
    au = [
      {
        id: `means-declaration`,
        group: `applicant`,
        titleKey: `item.means-declaration.title`,
        noteKey: `item.means-declaration.note`,
        when: `always`,
        source: U,
      },
      {
        id: `current-permit-card`,
        group: `applicant`,
        titleKey: `item.current-permit-card.title`,
        when: `extension-or-transfer`,
        source: U,
      },
      {
        id: `purpose-continues`,
        group: `applicant`,
        titleKey: `item.purpose-continues.title`,
        noteKey: `item.purpose-continues.note`,
        when: `extension-only`,
        source: U,
      },
    ],
    ou = [
      {
        id: `research-visa`,
        group: `purpose`,
        titleKey: `item.research-visa.title`,
        when: `purpose`,
        forPurposes: [`scientific-research`],
        source: U,
      },
      {
        id: `research-place-duration`,
        group: `purpose`,
        titleKey: `item.research-place-duration.title`,
        noteKey: `item.research-place-duration.note`,
        when: `purpose`,
        forPurposes: [`scientific-research`],
        source: U,
      },
      {
        id: `property-title-deed`,
        group: `purpose`,
        titleKey: `item.property-title-deed.title`,
        when: `property-owner`,
        forPurposes: [`property-owner`],
        source: U,
      },
      {
        id: `property-current-record`,
        group: `purpose`,
        titleKey: `item.property-current-record.title`,
        noteKey: `item.property-current-record.note`,
        when: `property-owner`,
        forPurposes: [`property-owner`],
        requirement: `if-applicable`,
        source: U,
      },
      {
        id: `property-valuation`,
        group: `purpose`,
        titleKey: `item.property-valuation.title`,
        noteKey: `item.property-valuation.note`,
        params: { amount: `USD 200,000`, since: `16.11.2023` },
        when: `property-owner`,
        forPurposes: [`property-owner`],
        source: z(`LIST tur=0 copies (valuation); news and consultancy pages (threshold)`, B.shortTermList, [
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
        source: U,
      },
      {
        id: `business-invitation`,
        group: `purpose`,
        titleKey: `item.business-invitation.title`,
        when: `purpose`,
        forPurposes: [`business`],
        source: U,
      },
      {
        id: `company-documents`,
        group: `purpose`,
        titleKey: `item.company-documents.title`,
        noteKey: `item.company-documents.note`,
        when: `purpose`,
        forPurposes: [`business`],
        requirement: `if-requested`,
        source: U,
      },
      {
        id: `training-letter`,
        group: `purpose`,
        titleKey: `item.training-letter.title`,
        when: `purpose`,
        forPurposes: [`in-service-training`],
        source: U,
      },
      {
        id: `host-institution-letter`,
        group: `purpose`,
        titleKey: `item.host-institution-letter.title`,
        when: `purpose`,
        forPurposes: [`education-exchange`],
        source: U,
      },
      {
        id: `travel-plan`,
        group: `purpose`,
        titleKey: `item.travel-plan.title`,
        when: `purpose`,
        forPurposes: [`tourism`],
        requirement: `if-requested`,
        source: U,
      },
      {
        id: `hospital-document`,
        group: `purpose`,
        titleKey: `item.hospital-document.title`,
        when: `purpose`,
        forPurposes: [`medical-treatment`],
        source: U,
      },
      {
        id: `previous-family-permit`,
        group: `purpose`,
        titleKey: `item.previous-family-permit.title`,
        when: `purpose`,
        forPurposes: [`from-family-permit`],
        ruleId: `F6`,
        source: U,
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
        source: U,
      },
      {
        id: `turkish-course-document`,
        group: `purpose`,
        titleKey: `item.turkish-course-document.title`,
        noteKey: `item.turkish-course-document.note`,
        when: `purpose`,
        forPurposes: [`turkish-course`],
        ruleId: `D3`,
        source: U,
      },
      {
        id: `graduation-document`,
        group: `purpose`,
        titleKey: `item.graduation-document.title`,
        noteKey: `item.graduation-document.note`,
        when: `purpose`,
        forPurposes: [`graduate`],
        ruleId: `D4`,
        source: U,
      },
      {
        id: `investor-eligibility-certificate`,
        group: `purpose`,
        titleKey: `item.investor-eligibility-certificate.title`,
        when: `purpose`,
        forPurposes: [`investor`],
        source: U,
      },
    ],
    su = [
      {
        id: `purpose-unknown`,
        messageKey: `note.purpose-unknown`,
        tone: `uncertain`,
        when: `purpose-unknown`,
      },
      {
        id: `purpose-no-list`,
        messageKey: `note.purpose-no-list`,
        tone: `uncertain`,
        when: `purpose`,
        forPurposes: [`authority-request`, `public-institution-programme`],
        source: z(`checklists.md §4: no purpose-specific list found`, B.shortTermList, `U`),
      },
      {
        id: `purpose-nothing-extra`,
        messageKey: `note.purpose-nothing-extra`,
        tone: `info`,
        when: `purpose`,
        forPurposes: [`trnc-citizen`],
        source: U,
      },
    ],
    cu = {
      documents: [...Al, ...jl, ...$l, ...Gl, ...au, ...ou, ...zl, ...Fl, ...Il],
      notes: [...su, ...Bl, ...Ll],
      coverage: { first: `listed`, extension: `listed`, transfer: `listed` },
    },
    lu = [
      {
        id: `student-certificate`,
        group: `applicant`,
        titleKey: `item.student-certificate.title`,
        when: `always`,
        source: V.studentUniversities,
      },
      {
        id: `university-minor-guardian-consent`,
        group: `applicant`,
        titleKey: `item.university-minor-guardian-consent.title`,
        noteKey: `item.university-minor-guardian-consent.note`,
        when: `university-minor-without-student-visa`,
        ruleId: `M3`,
        source: V.yokProtocol,
      },
      {
        id: `school-consent-and-sponsor`,
        group: `applicant`,
        titleKey: `item.school-consent-and-sponsor.title`,
        when: `school-student`,
        ruleId: `D7`,
        source: z(`D7: YUKK 38(2)`, B.law6458, `O*`),
      },
    ],
    uu = [
      Rl,
      {
        id: `student-international-office`,
        messageKey: `note.student-international-office`,
        params: { since: `29.11.2023` },
        tone: `info`,
        when: `university-student`,
        source: V.yokProtocol,
      },
      {
        id: `student-gss`,
        messageKey: `note.student-gss`,
        tone: `info`,
        when: `university-student`,
        ruleId: `I7`,
        source: z(`I7: university SGK notices (tau.edu.tr, beykent.edu.tr)`, B.erbakan, `C`),
      },
    ],
    du = {
      'short-term': cu,
      family: Zl,
      student: {
        documents: [...Al, ...Ml, ...$l, ...Gl, ...lu, ...zl, ...Fl, ...Il],
        notes: [...uu, ...Bl, ...Ll],
        coverage: { first: `listed`, extension: `listed`, transfer: `common-only` },
      },
      'long-term': iu,
      humanitarian: Ul,
      'trafficking-victim': Wl,
    },
    fu = Symbol.for(`constructDateFrom`);
  function pu(e, t) {
    return typeof e == `function`
      ? e(t)
      : e && typeof e == `object` && fu in e
        ? e[fu](t)
        : e instanceof Date
          ? new e.constructor(t)
          : new Date(t);
  }
  function mu(e, t) {
    return pu(t || e, e);
  }
  function W(e, t, n) {
    const r = mu(e, n?.in);
    return isNaN(t) ? pu(n?.in || e, NaN) : (t && r.setDate(r.getDate() + t), r);
  }
  function hu(e, t, n) {
    const r = mu(e, n?.in);
    if (isNaN(t)) return pu(n?.in || e, NaN);
    if (!t) return r;
    const i = r.getDate(),
      a = pu(n?.in || e, r.getTime());
    return (
      a.setMonth(r.getMonth() + t + 1, 0),
      i >= a.getDate() ? a : (r.setFullYear(a.getFullYear(), a.getMonth(), i), r)
    );
  }
  function gu(e, ...t) {
    const n = pu.bind(null, e || t.find((e) => typeof e == `object`));
    return t.map(n);
  }
  function _u(e, t) {
    const n = mu(e, t?.in);
    return n.setHours(0, 0, 0, 0), n;
  }
  function vu(e, t, n) {
    return hu(e, t * 12, n);
  }
  function yu(e, t) {
    let n,
      r = t?.in;
    return (
      e.forEach((e) => {
        !r && typeof e == `object` && (r = pu.bind(null, e));
        const t = mu(e, r);
        (!n || n < t || isNaN(+t)) && (n = t);
      }),
      pu(r, n || NaN)
    );
  }
  function bu(e, t) {
    let n,
      r = t?.in;
    return (
      e.forEach((e) => {
        !r && typeof e == `object` && (r = pu.bind(null, e));
        const t = mu(e, r);
        (!n || n > t || isNaN(+t)) && (n = t);
      }),
      pu(r, n || NaN)
    );
  }
  function xu(e, t) {
    const n = +mu(e) - mu(t);
    return n < 0 ? -1 : n > 0 ? 1 : n;
  }
  function Su(e, t, n) {
    const [r, i] = gu(n?.in, e, t);
    return r.getFullYear() - i.getFullYear();
  }
  function Cu(e, t, n) {
    const [r, i] = gu(n?.in, e, t),
      a = xu(r, i),
      o = Math.abs(Su(r, i));
    r.setFullYear(1584), i.setFullYear(1584);
    const s = a * (o - +(xu(r, i) === -a));
    return s === 0 ? 0 : s;
  }
  function wu(e, t, n) {
    return W(e, -t, n);
  }
  var G = Cc(),
    Tu = mc().int().nonnegative(),
    Eu = Dc({ entry: G, exit: G.optional() }),
    Du = Dc({ exit: G, return: G.optional(), feesPaid: L().optional() }),
    Ou = Dc({
      citizen: L().optional(),
      permitStart: G.optional(),
      permitEnd: G.optional(),
      residenceMonths: Tu.optional(),
      monthlyIncomeTl: mc().nonnegative().optional(),
      familySize: mc().int().positive().optional(),
      insuranceCoversAllMembers: L().optional(),
      birthDate: G.optional(),
    }),
    ku = [`spouse`, `child`],
    Au = [`eight-years`, `policy-board`];
  Dc({
    applicationKind: R(h).optional(),
    permitType: R(g).optional(),
    shortTermPurpose: R(te).optional(),
    entryDate: G.optional(),
    lawfulStayEnd: G.optional(),
    stays: Tc(Eu).optional(),
    currentPermitEnd: G.optional(),
    requestedStart: G.optional(),
    requestedEnd: G.optional(),
    requestedMonths: mc().int().positive().optional(),
    birthDate: G.optional(),
    passportIssueDate: G.optional(),
    passportExpiry: G.optional(),
    insuranceType: R(re).optional(),
    insuranceStart: G.optional(),
    insuranceEnd: G.optional(),
    graduationDate: G.optional(),
    childBirthDate: G.optional(),
    moveDate: G.optional(),
    notifyDate: G.optional(),
    personalDataChangeDate: G.optional(),
    mailDate: G.optional(),
    travel: Du.optional(),
    supporter: Ou.optional(),
    familyRole: R(ku).optional(),
    propertyOwner: L().optional(),
    businessContact: L().optional(),
    investor: L().optional(),
    applyingOnBehalf: L().optional(),
    foreignDocuments: L().optional(),
    nonLatinPassport: L().optional(),
    previousTurkishCoursePermits: Tu.optional(),
    tourismPermitMonths: Tu.optional(),
    longTermRoute: R(Au).optional(),
    graduatePermitUsedBefore: L().optional(),
  });
  var ju = [`parent`, `guardian`, `lawyer`],
    Mu = [`spouse`, `child`, `adult-dependent-child`, `student-child`],
    Nu = [`university`, `school`],
    Pu = Dc({
      birthDate: Cc().optional(),
      today: Cc().optional(),
      age: mc().int().min(0).max(150).optional(),
      applyingOnBehalfAs: R(ju).optional(),
      foreignIssuedDocuments: L().optional(),
      turkishIssuedDocuments: L().optional(),
      nonLatinPassport: L().optional(),
      namesNotSeparatedInPassport: L().optional(),
      passportChanged: L().optional(),
      propertyOwner: L().optional(),
      parentAbroad: L().optional(),
      familyRole: R(Mu).optional(),
      spouseOfTurkishCitizen: L().optional(),
      supporterIsCitizen: L().optional(),
      parentsDivorced: L().optional(),
      parentDeceased: L().optional(),
      parentsNotIdentifiableFromPassport: L().optional(),
      studentLevel: R(Nu).optional(),
      enteredWithStudentVisa: L().optional(),
      newbornInTurkiye: L().optional(),
      longTermRoute: R(Au).optional(),
    })
      .refine((e) => e.birthDate === void 0 || e.today !== void 0, {
        error: `today is required when birthDate is given`,
        path: [`today`],
      })
      .refine((e) => e.birthDate === void 0 || e.today === void 0 || e.birthDate <= e.today, {
        error: `birthDate cannot be after today`,
        path: [`birthDate`],
      });
  Dc({ type: R(g), purpose: R(te).optional(), kind: R(h), situation: Pu.default({}) });
  function Fu(e) {
    if (e.birthDate !== void 0 && e.today !== void 0) {
      const t = Cu(e.today, e.birthDate);
      return Number.isFinite(t) ? t : void 0;
    }
    return e.age;
  }
  function Iu(e) {
    return `condition.${e}`;
  }
  var Lu = new Set([`common`, `minor`, `representation`, `legalisation`]);
  function Ru(e, t) {
    return e.forPurposes === void 0 || (t.purpose !== void 0 && e.forPurposes.includes(t.purpose));
  }
  function zu(e, t) {
    const n = new Set(),
      r = [];
    for (const i of e) !n.has(i.id) && Ru(i, t) && ml(i.when, t) === !0 && (n.add(i.id), r.push(i));
    return r;
  }
  function Bu(e, t) {
    if (e.alternatives === void 0) return;
    const n = [];
    for (const r of e.alternatives) {
      const e = r.when === void 0 ? void 0 : ml(r.when, t);
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
  function Vu(e, t, n) {
    const r = Bu(e, t);
    return {
      id: e.id,
      group: e.group,
      titleKey: e.titleKey,
      ...(e.noteKey === void 0 ? {} : { noteKey: e.noteKey }),
      ...(e.params === void 0 ? {} : { params: e.params }),
      requirement: e.requirement ?? `required`,
      condition: e.when,
      conditionMessageKey: Iu(e.when),
      ...(n.length === 0 ? {} : { alsoBecause: n }),
      ...(e.ruleId === void 0 ? {} : { ruleId: e.ruleId }),
      source: e.source,
      ...(r === void 0 ? {} : { alternatives: r }),
    };
  }
  function Hu(e, t) {
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
    return e.filter((e) => !r.has(e.id)).map((e) => Vu(e, t, i.get(e.id) ?? []));
  }
  function Uu(e, t) {
    const n = [];
    for (const r of e)
      Ru(r, t) &&
        ml(r.when, t) === !0 &&
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
  function Wu(e, t, n) {
    return { status: e, statusMessageKey: `status.${e}`, items: t, notes: n };
  }
  function Gu(e, t, n, r = {}) {
    const i = { type: e, purpose: e === `short-term` ? t : void 0, kind: n, situation: r, age: Fu(r) },
      a = du[e],
      o = a.coverage[n],
      s = Uu(a.notes, i);
    if (o === `impossible`)
      return Wu(
        `impossible`,
        [],
        s.filter((e) => e.tone === `impossible`),
      );
    const c = Hu(zu(o === `common-only` ? a.documents.filter((e) => Lu.has(e.group)) : a.documents, i), i);
    return Wu(s.some((e) => e.tone === `uncertain`) ? `uncertain` : `ok`, c, s);
  }
  var Ku = { name: 100, short: 40, text: 200, email: 254, notes: 5e3, id: 64 },
    qu = /^\d{2}\.\d{2}\.\d{4}$/;
  function Ju(e, t) {
    return t === 2
      ? e % 4 == 0 && (e % 100 != 0 || e % 400 == 0)
        ? 29
        : 28
      : t === 4 || t === 6 || t === 9 || t === 11
        ? 30
        : 31;
  }
  function Yu(e) {
    if (!qu.test(e)) return `shape`;
    const t = Number(e.slice(0, 2)),
      n = Number(e.slice(3, 5)),
      r = Number(e.slice(6, 10));
    if (n < 1 || n > 12 || t < 1 || t > Ju(r, n)) return `calendar`;
    if (r < 1900 || r > 2100) return `year`;
  }
  var Xu = `\\u0000-\\u001F\\u007F-\\u009F`,
    Zu = `\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069`,
    Qu = `\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F`,
    $u = RegExp(`^[^${Xu}${Zu}]*$`),
    ed = RegExp(`^[^${Qu}${Zu}]*$`),
    td = (e) => (t) =>
      t.input === void 0 ? `error.required` : e === `option` ? `error.option` : `error.type.${e}`,
    nd = (e) => e.isWellFormed();
  function rd(e, t = `single`) {
    return F({ error: td(`string`) })
      .min(1, { error: `error.empty` })
      .max(e, { error: `error.tooLong` })
      .regex(t === `single` ? $u : ed, { error: `error.controlCharacter` })
      .refine(nd, { error: `error.controlCharacter` });
  }
  var K = (e = Ku.text) => rd(e),
    id = () => rd(Ku.notes, `multi`),
    ad = RegExp(`^(?=.*\\p{L})[\\p{Script=Latin}\\p{M} '’.${Xu}${Zu}-]*$`, `u`),
    od = () => rd(Ku.name).regex(ad, { error: `error.name.latin` }),
    sd = () =>
      F({ error: td(`string`) })
        .regex(qu, { error: `error.date.shape` })
        .refine((e) => Yu(e) !== `calendar`, { error: `error.date.calendar` })
        .refine((e) => Yu(e) !== `year`, { error: `error.date.year` }),
    cd = /^5\d{9}$/,
    ld = /^99\d{9}$/,
    ud = /^[A-Z0-9]{5,20}$/,
    dd = /^\d{4}-\d{2}-\d{7}$/,
    fd = /^[A-Z]{1,3}$/,
    pd = /^\d{1,12}$/,
    md = /^[A-Za-z0-9_-]{1,64}$/,
    hd = (e, t) => F({ error: td(`string`) }).regex(e, { error: t }),
    gd = () => hd(md, `error.id`),
    q = (e) => R(e, { error: td(`option`) }),
    _d = () => R(pe, { error: (e) => (e.input === void 0 ? `error.required` : `error.country`) }),
    J = () => L({ error: td(`boolean`) }),
    vd = (e) =>
      gc({ error: td(`number`) })
        .min(0, { error: `error.option` })
        .max(e, { error: `error.option` }),
    yd = () => ol({ offset: !0, error: (e) => (e.input === void 0 ? `error.required` : `error.timestamp`) }),
    bd = Oc({
      applyingOnBehalfAs: q(ju).optional(),
      foreignIssuedDocuments: J().optional(),
      turkishIssuedDocuments: J().optional(),
      nonLatinPassport: J().optional(),
      namesNotSeparatedInPassport: J().optional(),
      passportChanged: J().optional(),
      propertyOwner: J().optional(),
      parentAbroad: J().optional(),
      familyRole: q(Mu).optional(),
      spouseOfTurkishCitizen: J().optional(),
      supporterIsCitizen: J().optional(),
      parentsDivorced: J().optional(),
      parentDeceased: J().optional(),
      parentsNotIdentifiableFromPassport: J().optional(),
      studentLevel: q(Nu).optional(),
      enteredWithStudentVisa: J().optional(),
      newbornInTurkiye: J().optional(),
      longTermRoute: q(Au).optional(),
      tourismPermitMonths: vd(60).optional(),
      turkishCoursePermitsBefore: vd(5).optional(),
      graduatePermitUsedBefore: J().optional(),
    });
  Object.keys(bd.shape);
  var xd = {
      givenName: od().optional(),
      surname: od().optional(),
      previousSurname: od().optional(),
      fatherName: od().optional(),
      motherName: od().optional(),
      birthDate: sd().optional(),
      birthPlace: K().optional(),
      birthCountry: _d().optional(),
      gender: q(ae).optional(),
      maritalStatus: q(se).optional(),
      nationality: _d().optional(),
      otherNationality: _d().optional(),
      nationalIdNumber: K(Ku.short).optional(),
      passportType: q(le).optional(),
      passportNumber: hd(ud, `error.passportNumber`).optional(),
      passportIssueDate: sd().optional(),
      passportExpiry: sd().optional(),
      passportIssuingCountry: _d().optional(),
      passportIssuingAuthority: K().optional(),
      foreignerId: hd(ld, `error.foreignerId`).optional(),
      permitCardSerial: hd(fd, `error.permitCardSerial`).optional(),
      permitCardNumber: hd(pd, `error.permitCardNumber`).optional(),
      currentPermitType: q(g).optional(),
      currentPermitEnd: sd().optional(),
      province: q(he).optional(),
      applicationNumber: hd(dd, `error.applicationNumber`).optional(),
      permitType: q(g).optional(),
      permitPurpose: q(te).optional(),
      requestedStart: sd().optional(),
      requestedEnd: sd().optional(),
      email: Js({ error: (e) => (e.code === `invalid_type` ? `error.type.string` : `error.email`) })
        .max(Ku.email, { error: `error.tooLong` })
        .optional(),
      mobile: hd(cd, `error.mobile`).optional(),
      contactPreference: q(de).optional(),
      district: K().optional(),
      neighbourhood: K().optional(),
      street: K().optional(),
      buildingNumber: K(Ku.short).optional(),
      flatNumber: K(Ku.short).optional(),
      insuranceType: q(re).optional(),
      insuranceCompany: K().optional(),
      insurancePolicyNumber: K(Ku.short).optional(),
      insuranceStart: sd().optional(),
      insuranceEnd: sd().optional(),
    },
    Sd = Object.keys(xd),
    Cd = Oc({
      id: gd(),
      createdAt: yd(),
      updatedAt: yd(),
      ...xd,
      applicationKind: q(h).optional(),
      situation: bd.optional(),
      supporterId: gd().optional(),
      dependantIds: Tc(gd()).max(50, { error: `error.tooMany` }).optional(),
      notes: id().optional(),
    }).refine((e) => e.givenName !== void 0 || e.surname !== void 0, {
      error: `error.name.required`,
      path: [`surname`],
    }),
    wd = new Set([
      `givenName`,
      `surname`,
      `previousSurname`,
      `fatherName`,
      `motherName`,
      `givenNameInitials`,
      `surnameInitials`,
    ]);
  function Td(e) {
    return e.toLocaleUpperCase(`tr-TR`);
  }
  function Ed(e) {
    return Td([...e.replace(/[^\p{L}]/gu, ``)].slice(0, 2).join(``));
  }
  function Dd(e) {
    const t = {};
    for (const n of Sd) {
      const r = e[n];
      r !== void 0 && (t[n] = wd.has(n) ? Td(r) : r);
    }
    return (
      e.givenName && (t.givenNameInitials = Ed(e.givenName)),
      e.surname && (t.surnameInitials = Ed(e.surname)),
      t
    );
  }
  function Od(e) {
    let t = ``;
    for (const n of e) t += typeof n == `number` ? `[${n}]` : t === `` ? String(n) : `.${String(n)}`;
    return t;
  }
  function kd(e) {
    switch (e.code) {
      case `unrecognized_keys`:
        return { key: `error.unknownField`, params: { names: e.keys.join(`, `) } };
      case `too_big`:
        return e.message.startsWith(`error.`)
          ? { key: e.message, params: { max: Number(e.maximum) } }
          : { key: `error.tooMany`, params: { max: Number(e.maximum) } };
      case `invalid_type`:
        return e.message.startsWith(`error.`) ? { key: e.message } : { key: `error.type.${Ad(e.expected)}` };
      case `invalid_union`:
        return { key: `error.type.unexpected` };
      default:
        return e.message.startsWith(`error.`) ? { key: e.message } : { key: `error.invalid` };
    }
  }
  function Ad(e) {
    return [`string`, `number`, `boolean`, `array`, `object`].includes(e) ? e : `unexpected`;
  }
  function jd(e, t = []) {
    return e.map((e) => ({ path: Od([...t, ...e.path]), ...kd(e) }));
  }
  var Md = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome,
    Nd = o((e, t) => {
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
    Pd = o((e, t) => {
      var n = Nd();
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
    Fd = Object.prototype.hasOwnProperty;
  function Id(e, t) {
    var n, r;
    if (e === t) return !0;
    if (e && t && (n = e.constructor) === t.constructor) {
      if (n === Date) return e.getTime() === t.getTime();
      if (n === RegExp) return e.toString() === t.toString();
      if (n === Array) {
        if ((r = e.length) === t.length) for (; r-- && Id(e[r], t[r]); );
        return r === -1;
      }
      if (!n || typeof e == `object`) {
        for (n in ((r = 0), e))
          if ((Fd.call(e, n) && ++r && !Fd.call(t, n)) || !(n in t) || !Id(e[n], t[n])) return !1;
        return Object.keys(t).length === r;
      }
    }
    return e !== e && t !== t;
  }
  var Y = Ld();
  function Ld() {
    const e = { local: Rd(`local`), session: Rd(`session`), sync: Rd(`sync`), managed: Rd(`managed`) },
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
              const n = await Md.storage[e].get(t.map((e) => e.driverMetaKey));
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
          { version: o = 1, migrations: ee = {}, onMigrationComplete: h, debug: g = !1 } = t ?? {};
        if (o < 1)
          throw Error(
            `Storage item version cannot be less than 1. Initial versions should be set to 1, not 0.`,
          );
        let te = !1,
          ne = async () => {
            const t = r(a),
              [{ value: n }, { value: s }] = await i.getItems([a, t]);
            if (((te = n == null && s?.v == null && !!o), n == null)) return;
            const c = s?.v ?? 1;
            if (c > o) throw Error(`Version downgrade detected (v${c} -> v${o}) for "${e}"`);
            if (c === o) return;
            g && console.debug(`[@wxt-dev/storage] Running storage migration for ${e}: v${c} -> v${o}`);
            let l = Array.from({ length: o - c }, (e, t) => c + t + 1),
              u = n;
            for (const t of l)
              try {
                (u = (await ee?.[t]?.(u)) ?? u),
                  g && console.debug(`[@wxt-dev/storage] Storage migration processed for version: v${t}`);
              } catch (n) {
                throw new zd(e, t, { cause: n });
              }
            await i.setItems([
              { key: a, value: u },
              { key: t, value: { ...s, v: o } },
            ]),
              g &&
                console.debug(`[@wxt-dev/storage] Storage migration completed for ${e} v${o}`, {
                  migratedValue: u,
                }),
              h?.(u, o);
          },
          _ =
            t?.migrations == null
              ? Promise.resolve()
              : ne().catch((t) => {
                  console.error(`[@wxt-dev/storage] Migration failed for ${e}`, t);
                }),
          re = (0, Pd.withLock)(),
          ie = () => t?.fallback ?? t?.defaultValue ?? null,
          ae = () =>
            re(async () => {
              const e = await i.getItem(a);
              if (e != null || t?.init == null) return e;
              const n = await t.init();
              return await i.setItem(a, n), e == null && o > 1 && (await u(i, a, { v: o })), n;
            });
        return (
          _.then(ae),
          {
            key: e,
            get defaultValue() {
              return ie();
            },
            get fallback() {
              return ie();
            },
            getValue: async () => (await _, t?.init ? await ae() : await s(i, a, t)),
            getMeta: async () => (await _, await c(i, a)),
            setValue: async (e) => {
              await _,
                te ? ((te = !1), await Promise.all([l(i, a, e), u(i, a, { v: o })])) : await l(i, a, e);
            },
            setMeta: async (e) => (await _, await u(i, a, e)),
            removeValue: async (e) => (await _, await d(i, a, e)),
            removeMeta: async (e) => (await _, await f(i, a, e)),
            watch: (e) => p(i, a, (t, n) => e(t ?? ie(), n ?? ie())),
            watchMeta: (e) => m(i, a, e),
            migrate: ne,
          }
        );
      },
    };
  }
  function Rd(e) {
    const t = () => {
        if (Md.runtime == null)
          throw Error(`'wxt/storage' must be loaded in a web extension environment

 - If thrown during a build, see https://github.com/wxt-dev/wxt/issues/371
 - If thrown during tests, mock 'wxt/browser' correctly. See https://wxt.dev/guide/go-further/testing.html
`);
        if (Md.storage == null)
          throw Error(`You must add the 'storage' permission to your manifest to use 'wxt/storage'`);
        const t = Md.storage[e];
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
          n == null || Id(n.newValue, n.oldValue) || r(n.newValue ?? null, n.oldValue ?? null);
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
  var zd = class extends Error {
      constructor(e, t, n) {
        super(`v${t} migration failed for "${e}"`, n), (this.key = e), (this.version = t);
      }
    },
    Bd = `local:activeProfileId`,
    Vd;
  function Hd() {
    return Y.defineItem(Bd, { fallback: null });
  }
  function Ud() {
    return (Vd ??= Hd()), Vd;
  }
  async function Wd() {
    const e = await Ud().getValue();
    return typeof e == `string` && md.test(e) ? e : null;
  }
  var Gd = `profile:`,
    Kd = `profilesRev`,
    qd = `profilesHead`,
    Jd = `profilesLayout`,
    Yd = (e) => `${Gd}${e}`,
    Xd = () => `${Gd}~${crypto.randomUUID()}`,
    Zd = (e) => e.startsWith(Gd);
  function Qd() {
    return crypto.randomUUID();
  }
  var $d = `eikamet-assistant:profiles-layout`,
    ef = new Map();
  function tf(e, t) {
    const n = globalThis.navigator?.locks;
    if (n) return n.request(e, t);
    const r = (ef.get(e) ?? Promise.resolve()).then(t, t);
    return (
      ef.set(
        e,
        r.catch(() => void 0),
      ),
      r
    );
  }
  function nf(e) {
    return tf($d, e);
  }
  function rf(e) {
    let t = e.trim(),
      n = t.replace(/[\s().-]/g, ``);
    return (
      /^\+90\d{10}$/.test(n)
        ? (n = n.slice(3))
        : /^0090\d{10}$/.test(n)
          ? (n = n.slice(4))
          : /^90\d{10}$/.test(n)
            ? (n = n.slice(2))
            : /^0\d{10}$/.test(n) && (n = n.slice(1)),
      cd.test(n)
        ? n === t
          ? { value: n }
          : { value: n, notice: { key: `notice.mobile`, params: { value: n } } }
        : { value: t }
    );
  }
  var af = kc({
    id: F(),
    name: F(),
    phone: F().optional(),
    email: F().optional(),
    passportNumber: F().optional(),
    passportExpiry: F().optional(),
    birthDate: F().optional(),
    nationality: F().optional(),
    foreignerId: F().optional(),
    permitEnd: F().optional(),
    notes: F().optional(),
    createdAt: F(),
    updatedAt: F(),
  });
  function of(e) {
    const t = e.trim().split(/\s+/).filter(Boolean);
    return t.length === 0
      ? { ambiguous: !1 }
      : t.length === 1
        ? { givenName: t[0], ambiguous: !1 }
        : { givenName: t.slice(0, -1).join(` `), surname: t.at(-1), ambiguous: t.length > 2 };
  }
  var sf = (e) => (e === void 0 || e.trim() === `` ? void 0 : e);
  function cf(e) {
    const t = af.safeParse(e);
    if (!t.success) return e;
    const { name: n, phone: r, permitEnd: i, notes: a, ...o } = t.data,
      s = Object.fromEntries(Object.entries(o).filter(([e]) => !Object.hasOwn(af.shape, e))),
      { givenName: c, surname: l, ambiguous: u } = of(n),
      d = r === void 0 ? void 0 : rf(r).value,
      f = u ? `Version 1 full name: ${n.trim()}` : void 0,
      p =
        [sf(a), f].filter(Boolean).join(`
`) || void 0,
      m = {
        id: o.id,
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
        givenName: c,
        surname: l,
        birthDate: sf(o.birthDate),
        nationality: sf(o.nationality),
        passportNumber: sf(o.passportNumber),
        passportExpiry: sf(o.passportExpiry),
        foreignerId: sf(o.foreignerId),
        currentPermitEnd: sf(i),
        email: sf(o.email),
        mobile: sf(d),
        notes: p,
        ...s,
      };
    return Object.fromEntries(Object.entries(m).filter(([, e]) => e !== void 0));
  }
  var lf = `profiles`,
    uf = `profiles$`,
    df = { movedTo: 3 };
  function ff(e) {
    return typeof e == `object` && !!e && e.movedTo === 3;
  }
  function pf(e) {
    if (typeof e != `object` || !e) return;
    const t = e.id;
    return typeof t == `string` && md.test(t) ? t : void 0;
  }
  function mf(e, t, n, r = Xd) {
    if (!Array.isArray(e)) return [{ key: r(), rev: 1, value: e }];
    const i = t?.v === 2 ? e : e.map(cf),
      a = i.map(() => void 0),
      o = new Set(n);
    return (
      i.forEach((e, t) => {
        const n = pf(e);
        n !== void 0 && !o.has(Yd(n)) && Cd.safeParse(e).success && ((a[t] = Yd(n)), o.add(Yd(n)));
      }),
      i.map((e, t) => {
        let n = pf(e),
          i = a[t];
        return (
          i === void 0 && n !== void 0 && !o.has(Yd(n)) && ((i = Yd(n)), o.add(i)),
          { key: i ?? r(), rev: 1, value: e }
        );
      })
    );
  }
  var hf = [lf, uf];
  function gf(e) {
    const t = e[lf];
    return t !== void 0 && !ff(t);
  }
  async function _f(e) {
    const t = await e.get([...hf]);
    if (gf(t)) return { value: t[lf], meta: t[uf] };
  }
  async function vf(e, t, n) {
    (n ? !gf(n) : !(await _f(e))) ||
      (await nf(async () => {
        const n = await _f(e);
        if (!n) return;
        const r = new Set(Object.keys(await e.get(null))),
          i = {};
        for (const e of mf(n.value, n.meta, r)) {
          const n = { rev: e.rev, body: await t().encode(e.value) };
          i[e.key] = n;
        }
        await e.set({ ...i, [lf]: df, [uf]: { v: 3 }, [Jd]: { v: 3 }, [Kd]: Qd() }),
          await e.remove([lf, uf]).catch(() => void 0);
      }));
  }
  function yf(e) {
    if (typeof e != `object` || !e || Array.isArray(e)) return !1;
    if (Object.hasOwn(e, `plain`)) return !0;
    const { iv: t, data: n } = e;
    return typeof t == `string` && typeof n == `string`;
  }
  var bf = class extends Error {
      name = `PayloadUnreadableError`;
    },
    xf = {
      kind: `plain`,
      encode: async (e) => ({ plain: e }),
      decode: async (e) => {
        if (!(`plain` in e)) throw new bf(`The record is encrypted.`);
        return e.plain;
      },
    };
  async function Sf(e, t, n) {
    if (typeof n != `object` || !n) return { key: t, rev: null, raw: n, unreadable: `envelope` };
    const { rev: r, body: i } = n;
    if (typeof r != `number` || !Number.isSafeInteger(r) || !yf(i))
      return { key: t, rev: null, raw: n, unreadable: `envelope` };
    try {
      return { key: t, rev: r, raw: await e.decode(i) };
    } catch {
      return { key: t, rev: r, raw: n, unreadable: `payload` };
    }
  }
  var Cf = xf;
  function wf(e) {
    Cf = e;
  }
  function Tf(e = () => Cf, t = u.default.storage.local) {
    async function n(n) {
      const r = await t.get([...n, ...hf]);
      return gf(r) ? (await vf(t, e), t.get([...n])) : r;
    }
    async function r() {
      let n = await t.get(null);
      gf(n) && (await vf(t, e), (n = await t.get(null)));
      const r = Object.keys(n).filter(Zd);
      return { records: await Promise.all(r.map((t) => Sf(e(), t, n[t]))), rev: n.profilesRev ?? null };
    }
    async function i(t) {
      const r = (await n([t]))[t];
      return r === void 0 ? void 0 : Sf(e(), t, r);
    }
    async function a() {
      return (await n([`profilesRev`])).profilesRev ?? null;
    }
    async function o(n, r = [], i) {
      const a = {};
      for (const [t, r] of n.entries()) {
        const o = { rev: r.rev, body: await e().encode(r.value) };
        (a[r.key] = o), i && (t + 1) % 200 == 0 && i(t + 1, n.length);
      }
      const o = Qd();
      return r.length > 0 && (await t.remove([...r])), (a[Kd] = o), (a[Jd] = { v: 3 }), await t.set(a), o;
    }
    async function s() {
      let n = await t.get([qd, Kd]),
        r = n[qd],
        i = null;
      return (
        yf(r) &&
          (i = await e()
            .decode(r)
            .catch(() => null)),
        { head: i, rev: n.profilesRev ?? null }
      );
    }
    async function c(n) {
      await t.set({ [qd]: await e().encode(n) });
    }
    function l(e) {
      const t = (t, n) => {
        n === `local` && Object.keys(t).some((e) => e === `profilesRev` || Zd(e)) && e(t[Kd]?.newValue);
      };
      return u.default.storage.onChanged.addListener(t), () => u.default.storage.onChanged.removeListener(t);
    }
    return {
      get codec() {
        return e();
      },
      readAll: r,
      readOne: i,
      readRev: a,
      write: o,
      readHead: s,
      writeHead: c,
      watch: l,
    };
  }
  var Ef;
  function Df() {
    return (Ef ??= Tf()), Ef;
  }
  function Of(e, t) {
    if (t === null) return { status: `none` };
    if (!Array.isArray(e)) return { status: `missing`, id: t };
    let n;
    for (const r of e) {
      if (typeof r != `object` || !r || r.id !== t) continue;
      const e = Cd.safeParse(r);
      if (e.success) return { status: `ok`, profile: e.data, values: Dd(e.data) };
      n ??= jd(e.error.issues);
    }
    return n ? { status: `needs-attention`, id: t, problems: n } : { status: `missing`, id: t };
  }
  async function kf() {
    const e = await Wd();
    if (e === null) return { status: `none` };
    const t = await Df().readOne(Yd(e));
    return t?.unreadable
      ? { status: `needs-attention`, id: e, problems: [{ path: `(storage)`, key: `error.unreadableRecord` }] }
      : Of(t === void 0 ? [] : [t.raw], e);
  }
  function Af(e) {
    let t = ``,
      n = 32768;
    for (let r = 0; r < e.length; r += n) t += String.fromCharCode(...e.subarray(r, r + n));
    return btoa(t);
  }
  function jf(e) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(e) || e.length % 4 != 0) throw Error(`not base64`);
    const t = atob(e),
      n = new Uint8Array(t.length);
    for (let e = 0; e < t.length; e += 1) n[e] = t.charCodeAt(e);
    return n;
  }
  var Mf = 6e5,
    Nf = 6e5,
    Pf = 16,
    Ff = 12,
    If = class extends Error {
      name = `WrongPassphraseError`;
    },
    Lf = class extends Error {
      name = `SealBrokenError`;
    },
    Rf = new TextEncoder(),
    zf = new TextDecoder(),
    Bf = Rf.encode(`eikamet-assistant:data-key:v1`);
  function Vf(e) {
    return crypto.getRandomValues(new Uint8Array(e));
  }
  function Hf(e = Mf) {
    if (e < 6e5) throw RangeError(`PBKDF2 needs ≥ ${Nf} iterations`);
    return { name: `PBKDF2`, hash: `SHA-256`, iterations: e, salt: Af(Vf(Pf)) };
  }
  async function Uf(e, t) {
    const n = await crypto.subtle.importKey(`raw`, Rf.encode(e), `PBKDF2`, !1, [`deriveKey`]);
    return crypto.subtle.deriveKey(
      { name: `PBKDF2`, hash: `SHA-256`, iterations: t.iterations, salt: jf(t.salt) },
      n,
      { name: `AES-GCM`, length: 256 },
      !1,
      [`encrypt`, `decrypt`],
    );
  }
  function Wf() {
    return crypto.subtle.generateKey({ name: `AES-GCM`, length: 256 }, !0, [`encrypt`, `decrypt`]);
  }
  async function Gf(e) {
    return Af(new Uint8Array(await crypto.subtle.exportKey(`raw`, e)));
  }
  function Kf(e) {
    return crypto.subtle.importKey(`raw`, jf(e), { name: `AES-GCM`, length: 256 }, !0, [
      `encrypt`,
      `decrypt`,
    ]);
  }
  async function qf(e, t, n) {
    const r = Vf(Ff),
      i = n ? { name: `AES-GCM`, iv: r, additionalData: n } : { name: `AES-GCM`, iv: r },
      a = new Uint8Array(await crypto.subtle.encrypt(i, e, t));
    return { iv: Af(r), data: Af(a) };
  }
  async function Jf(e, t, n) {
    let r, i;
    try {
      (r = jf(t.iv)), (i = jf(t.data));
    } catch {
      throw new Lf(`not a sealed value`);
    }
    if (r.length !== Ff) throw new Lf(`not a sealed value`);
    const a = n ? { name: `AES-GCM`, iv: r, additionalData: n } : { name: `AES-GCM`, iv: r };
    try {
      return await crypto.subtle.decrypt(a, e, i);
    } catch {
      throw new Lf(`authentication failed`);
    }
  }
  async function Yf(e, t) {
    return qf(t, new Uint8Array(await crypto.subtle.exportKey(`raw`, e)), Bf);
  }
  async function Xf(e, t) {
    let n;
    try {
      n = await Jf(t, e, Bf);
    } catch {
      throw new If(`wrong passphrase`);
    }
    return crypto.subtle.importKey(`raw`, n, { name: `AES-GCM`, length: 256 }, !0, [`encrypt`, `decrypt`]);
  }
  function Zf(e, t) {
    return qf(e, Rf.encode(JSON.stringify(t)));
  }
  async function Qf(e, t) {
    const n = await Jf(e, t);
    try {
      return JSON.parse(zf.decode(n));
    } catch {
      throw new Lf(`not JSON`);
    }
  }
  function $f(e) {
    return {
      kind: `encrypted`,
      encode: (t) => Zf(e, t),
      async decode(t) {
        if (`plain` in t) return t.plain;
        try {
          return await Qf(e, t);
        } catch (e) {
          throw new bf(`The record could not be decrypted (${e instanceof Lf ? e.message : String(e)}).`, {
            cause: e,
          });
        }
      },
    };
  }
  var ep = {
      kind: `encrypted`,
      encode: async () => {
        throw new bf(`The vault is locked.`);
      },
      decode: async (e) => {
        if (`plain` in e) return e.plain;
        throw new bf(`The vault is locked.`);
      },
    },
    tp = F().regex(/^[A-Za-z0-9+/]*={0,2}$/),
    np = Oc({ iv: tp, data: tp }),
    rp = Oc({ name: Ic(`PBKDF2`), hash: Ic(`SHA-256`), iterations: mc().int().min(Nf).max(1e8), salt: tp }),
    ip = Oc({
      format: Ic(`eikamet-assistant-vault`),
      v: Ic(1),
      kdf: rp,
      wrappedKey: np,
      state: R([`encrypting`, `on`]),
    });
  function ap(e) {
    if (e == null) return null;
    const t = ip.safeParse(e);
    return t.success ? t.data : `corrupt`;
  }
  var op = `local:vault`,
    sp = `local:vault:idleMinutes`,
    cp = `session:vault:unlocked`,
    lp = `local:vault:signal`,
    up = class extends Error {
      name = `VaultLockedError`;
      constructor() {
        super(`locked`);
      }
    },
    dp = class extends Error {
      name = `VaultCorruptError`;
      constructor() {
        super(`vault header unreadable`);
      }
    };
  function fp(e) {
    if (typeof e != `object` || !e) return null;
    const { key: t, lastActive: n } = e;
    return typeof t == `string` && typeof n == `number` ? { key: t, lastActive: n } : null;
  }
  function pp({ now: e = Date.now, iterations: t = Mf } = {}) {
    let n,
      r,
      i = new Set();
    async function a() {
      const e = ap(await Y.getItem(op));
      if (e === `corrupt`) throw new dp();
      return e;
    }
    async function o() {
      const e = await Y.getItem(sp);
      return typeof e == `number` && Number.isInteger(e) && e > 0 && e <= 1440 ? e : 15;
    }
    async function s() {
      (n = void 0), r !== void 0 && clearTimeout(r), (r = void 0);
      const t = (await Y.getItem(cp)) !== null;
      await Y.removeItem(cp), t && (await Y.setItem(lp, e()));
      for (const e of i) e();
    }
    async function c(t) {
      const n = t + (await o()) * 6e4 - e();
      return n <= 0
        ? (await s(), !1)
        : (r !== void 0 && clearTimeout(r), (r = setTimeout(() => void l(), n)), !0);
    }
    async function l() {
      const e = fp(await Y.getItem(cp));
      e ? await c(e.lastActive) : (n = void 0);
    }
    async function u(t) {
      const r = await Gf(t);
      n = { raw: r, key: t };
      const i = e();
      await Y.setItem(cp, { key: r, lastActive: i }), await Y.setItem(lp, i), await c(i);
    }
    return {
      header: a,
      idleMinutes: o,
      async setIdleMinutes(e) {
        if (!Number.isInteger(e) || e <= 0 || e > 1440) throw RangeError(`idle minutes`);
        await Y.setItem(sp, e), await l();
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
        const r = fp(await Y.getItem(cp));
        if (!r) return (n = void 0), null;
        if (!(await c(r.lastActive))) return null;
        if ((n?.raw !== r.key && (n = { raw: r.key, key: await Kf(r.key) }), t)) {
          const t = e();
          await Y.setItem(cp, { key: r.key, lastActive: t }), await c(t);
        }
        return n.key;
      },
      async requireKey() {
        const e = await this.dataKey();
        if (!e) throw new up();
        return e;
      },
      async create(e) {
        if (await a()) throw Error(`a vault already exists`);
        const n = Hf(t),
          r = await Wf(),
          i = {
            format: `eikamet-assistant-vault`,
            v: 1,
            kdf: n,
            wrappedKey: await Yf(r, await Uf(e, n)),
            state: `encrypting`,
          };
        return await Y.setItem(op, i), await u(r), r;
      },
      async markEncrypted() {
        const e = await a();
        e && e.state !== `on` && (await Y.setItem(op, { ...e, state: `on` }));
      },
      async unlock(e) {
        const t = await a();
        if (!t) throw Error(`no vault`);
        const n = await Xf(t.wrappedKey, await Uf(e, t.kdf));
        return await u(n), n;
      },
      lock: s,
      async changePassphrase(e, n) {
        const r = await a();
        if (!r) throw Error(`no vault`);
        const i = await Xf(r.wrappedKey, await Uf(e, r.kdf)),
          o = Hf(Math.max(t, r.kdf.iterations)),
          s = await Yf(i, await Uf(n, o));
        await Y.setItem(op, { ...r, kdf: o, wrappedKey: s });
      },
      onLock(e) {
        return i.add(e), () => i.delete(e);
      },
      watch(e) {
        const t = Y.watch(cp, e),
          n = Y.watch(op, e);
        return () => {
          t(), n();
        };
      },
    };
  }
  var mp;
  function hp() {
    return (mp ??= pp()), mp;
  }
  var gp = null;
  async function _p(e = hp()) {
    const t = await e.status();
    if (t === `unlocked`) {
      const n = await e.dataKey({ touch: !1 });
      if (n) return n !== gp && wf($f(n)), (gp = n), t;
    }
    return t === `none` && (await e.header())
      ? _p(e)
      : ((gp = null), wf(t === `none` ? xf : ep), t === `unlocked` ? `locked` : t);
  }
  async function vp(e = hp()) {
    if ((await _p(e)) === `locked`) throw new up();
  }
  var yp = {
    en: {
      'fill.heading': `Fill this page`,
      'fill.button': `Fill from {name}`,
      'fill.busy': `Filling…`,
      'fill.waiting': `Waiting for the “{field}” list…`,
      'fill.explain': `Fills the empty fields from your profile and sends nothing. Check the page, then continue yourself.`,
      'fill.noProfile': `No profile chosen. To fill this page from one, choose it with the e-İkamet Assistant button in the browser toolbar.`,
      'fill.locked': `The profiles are locked. Unlock them with the e-İkamet Assistant button in the browser toolbar to fill this page.`,
      'fill.unavailable.drift': `Filling is off: this page is not what the assistant knows.`,
      'fill.unavailable.page': `Nothing to fill on this page.`,
      'fill.unavailable.unknown': `The assistant does not know this page, so it fills nothing here.`,
      'fill.group.filled': `Filled: {count}`,
      'fill.group.skipped': `Not filled: {count}`,
      'fill.check': `Check the filled fields before you continue.`,
      'fill.reason.gate': `Fill it yourself: the site asks you to do this.`,
      'fill.reason.not-fillable': `Locked on the page; not filled.`,
      'fill.reason.page-not-recognised': `This page has changed; nothing was filled.`,
      'fill.reason.user-typed': `You already typed something here; kept it.`,
      'fill.reason.same-value': `Already filled with the profile's value.`,
      'fill.reason.no-profile-value': `Not in the profile.`,
      'fill.reason.option-not-found': `Your value is not among the choices; choose it yourself.`,
      'fill.reason.option-not-found.closest': `Your value is not among the choices (closest: {options}); choose it yourself.`,
      'fill.reason.option-ambiguous': `Several choices could match; choose it yourself.`,
      'fill.reason.invalid-value': `The profile value does not fit this field.`,
      'fill.reason.not-verified': `The page did not keep the value; left as it was.`,
      'fill.reason.bridge-unavailable': `Could not reach this list; choose it yourself.`,
      'fill.reason.element-gone': `The field disappeared.`,
      'fill.reason.list-empty': `The list was still empty after {seconds} s; choose it yourself once it loads.`,
      'fill.reason.needs-parent': `Choose “{parent}” first; this list is filled from it.`,
      'fill.reason.failed': `Could not fill; fill it yourself.`,
      'fill.overwrite': `Overwrite what I typed`,
      'fill.undo': `Undo fill`,
      'fill.undone': `Undone: the fields are back as they were before the fill.`,
      'fill.undone.leftAlone': `Left as you changed them after the fill: {fields}.`,
      'fill.undone.failed': `Could not put back: {fields}.`,
      'fill.failed.fill': `The assistant could not fill this page.`,
      'fill.failed.undo': `Undo did not finish; check the fields.`,
    },
    tr: {
      'fill.heading': `Bu sayfayı doldur`,
      'fill.button': `{name} profilinden doldur`,
      'fill.busy': `Dolduruluyor…`,
      'fill.waiting': `“{field}” listesinin yüklenmesi bekleniyor…`,
      'fill.explain': `Boş alanları profilinizden doldurur ve hiçbir şey göndermez. Sayfayı kontrol edin, sonra kendiniz devam edin.`,
      'fill.noProfile': `Seçili profil yok. Bu sayfayı bir profilden doldurmak için tarayıcı araç çubuğundaki e-İkamet Yardımcısı düğmesinden profil seçin.`,
      'fill.locked': `Profiller kilitli. Bu sayfayı doldurmak için tarayıcı araç çubuğundaki e-İkamet Yardımcısı düğmesinden kilidi açın.`,
      'fill.unavailable.drift': `Doldurma kapalı: bu sayfa yardımcının bildiği sayfadan farklı.`,
      'fill.unavailable.page': `Bu sayfada doldurulacak bir şey yok.`,
      'fill.unavailable.unknown': `Yardımcı bu sayfayı tanımıyor, bu yüzden burada hiçbir şey doldurmaz.`,
      'fill.group.filled': `Doldurulan: {count}`,
      'fill.group.skipped': `Doldurulmayan: {count}`,
      'fill.check': `Devam etmeden önce doldurulan alanları kontrol edin.`,
      'fill.reason.gate': `Bunu kendiniz doldurun: site bunu sizin yapmanızı istiyor.`,
      'fill.reason.not-fillable': `Sayfada kilitli; doldurulmadı.`,
      'fill.reason.page-not-recognised': `Bu sayfa değişmiş; hiçbir şey doldurulmadı.`,
      'fill.reason.user-typed': `Buraya zaten bir şey yazmışsınız; olduğu gibi bırakıldı.`,
      'fill.reason.same-value': `Zaten profildeki değerle dolu.`,
      'fill.reason.no-profile-value': `Profilde yok.`,
      'fill.reason.option-not-found': `Profildeki değer seçenekler arasında yok; kendiniz seçin.`,
      'fill.reason.option-not-found.closest': `Profildeki değer seçenekler arasında yok (en yakınları: {options}); kendiniz seçin.`,
      'fill.reason.option-ambiguous': `Birden fazla seçenek uyabilir; kendiniz seçin.`,
      'fill.reason.invalid-value': `Profildeki değer bu alana uymuyor.`,
      'fill.reason.not-verified': `Sayfa değeri tutmadı; alan olduğu gibi bırakıldı.`,
      'fill.reason.bridge-unavailable': `Bu listeye ulaşılamadı; kendiniz seçin.`,
      'fill.reason.element-gone': `Alan sayfadan kalktı.`,
      'fill.reason.list-empty': `Liste {seconds} sn sonra hâlâ boştu; yüklendiğinde kendiniz seçin.`,
      'fill.reason.needs-parent': `Önce “{parent}” seçin; bu liste ona göre dolar.`,
      'fill.reason.failed': `Doldurulamadı; kendiniz doldurun.`,
      'fill.overwrite': `Yazdıklarımın üzerine yaz`,
      'fill.undo': `Doldurmayı geri al`,
      'fill.undone': `Geri alındı: alanlar doldurmadan önceki hâline döndü.`,
      'fill.undone.leftAlone': `Doldurmadan sonra değiştirdiğiniz için olduğu gibi bırakıldı: {fields}.`,
      'fill.undone.failed': `Geri alınamadı: {fields}.`,
      'fill.failed.fill': `Yardımcı bu sayfayı dolduramadı.`,
      'fill.failed.undo': `Geri alma tamamlanamadı; alanları kontrol edin.`,
    },
    ar: {
      'fill.heading': `ملء هذه الصفحة`,
      'fill.button': `املأ من ملف {name}`,
      'fill.busy': `جارٍ الملء…`,
      'fill.waiting': `في انتظار تحميل قائمة «{field}»…`,
      'fill.explain': `يملأ الحقول الفارغة من ملفك الشخصي ولا يرسل أي شيء. راجع الصفحة، ثم تابع بنفسك.`,
      'fill.noProfile': `لم يتم اختيار ملف شخصي. لملء هذه الصفحة من ملف، اختره من زر «مساعد e-İkamet» في شريط أدوات المتصفح.`,
      'fill.locked': `الملفات الشخصية مقفلة. افتح القفل من زر «مساعد e-İkamet» في شريط أدوات المتصفح لتعبئة هذه الصفحة.`,
      'fill.unavailable.drift': `الملء متوقف: هذه الصفحة تختلف عمّا يعرفه المساعد.`,
      'fill.unavailable.page': `لا يوجد ما يُملأ في هذه الصفحة.`,
      'fill.unavailable.unknown': `المساعد لا يعرف هذه الصفحة، لذلك لا يملأ فيها شيئًا.`,
      'fill.group.filled': `تم ملؤها: {count}`,
      'fill.group.skipped': `لم تُملأ: {count}`,
      'fill.check': `راجع الحقول المملوءة قبل أن تتابع.`,
      'fill.reason.gate': `املأه بنفسك: يطلب الموقع أن تقوم بذلك أنت.`,
      'fill.reason.not-fillable': `مقفل في الصفحة؛ لم يُملأ.`,
      'fill.reason.page-not-recognised': `تغيّرت هذه الصفحة؛ لم يُملأ أي شيء.`,
      'fill.reason.user-typed': `يحتوي الحقل على ما كتبته من قبل؛ تُرك كما هو.`,
      'fill.reason.same-value': `يحتوي بالفعل على قيمة الملف الشخصي.`,
      'fill.reason.no-profile-value': `غير موجود في الملف الشخصي.`,
      'fill.reason.option-not-found': `قيمتك ليست من بين الخيارات؛ اخترها بنفسك.`,
      'fill.reason.option-not-found.closest': `قيمتك ليست من بين الخيارات (الأقرب: {options})؛ اخترها بنفسك.`,
      'fill.reason.option-ambiguous': `قد تطابق عدة خيارات؛ اختر بنفسك.`,
      'fill.reason.invalid-value': `قيمة الملف لا تناسب هذا الحقل.`,
      'fill.reason.not-verified': `لم تحتفظ الصفحة بالقيمة؛ تُرك الحقل كما كان.`,
      'fill.reason.bridge-unavailable': `تعذّر الوصول إلى هذه القائمة؛ اختر بنفسك.`,
      'fill.reason.element-gone': `اختفى الحقل من الصفحة.`,
      'fill.reason.list-empty': `ظلت القائمة فارغة بعد {seconds} ثانية؛ اختر بنفسك عندما تُحمَّل.`,
      'fill.reason.needs-parent': `اختر «{parent}» أولاً؛ هذه القائمة تُملأ بحسبه.`,
      'fill.reason.failed': `تعذّر الملء؛ املأه بنفسك.`,
      'fill.overwrite': `استبدل ما كتبته`,
      'fill.undo': `تراجع عن الملء`,
      'fill.undone': `تم التراجع: عادت الحقول كما كانت قبل الملء.`,
      'fill.undone.leftAlone': `تُركت كما عدّلتها بعد الملء: {fields}.`,
      'fill.undone.failed': `تعذّرت إعادتها: {fields}.`,
      'fill.failed.fill': `تعذّر على المساعد ملء هذه الصفحة.`,
      'fill.failed.undo': `لم يكتمل التراجع؛ راجع الحقول.`,
    },
    ru: {
      'fill.heading': `Заполнить эту страницу`,
      'fill.button': `Заполнить из профиля {name}`,
      'fill.busy': `Заполнение…`,
      'fill.waiting': `Ожидание загрузки списка «{field}»…`,
      'fill.explain': `Заполняет пустые поля из вашего профиля и ничего не отправляет. Проверьте страницу и продолжайте сами.`,
      'fill.noProfile': `Профиль не выбран. Чтобы заполнить эту страницу из профиля, выберите его кнопкой «Помощник e-İkamet» на панели инструментов браузера.`,
      'fill.locked': `Профили заблокированы. Разблокируйте их кнопкой «Помощник e-İkamet» на панели инструментов браузера, чтобы заполнить эту страницу.`,
      'fill.unavailable.drift': `Заполнение отключено: эта страница не совпадает с той, что знает помощник.`,
      'fill.unavailable.page': `На этой странице нечего заполнять.`,
      'fill.unavailable.unknown': `Помощник не знает эту страницу, поэтому ничего здесь не заполняет.`,
      'fill.group.filled': `Заполнено: {count}`,
      'fill.group.skipped': `Не заполнено: {count}`,
      'fill.check': `Проверьте заполненные поля, прежде чем продолжить.`,
      'fill.reason.gate': `Заполните сами: сайт требует, чтобы это сделали вы.`,
      'fill.reason.not-fillable': `Поле заблокировано на странице; не заполнено.`,
      'fill.reason.page-not-recognised': `Страница изменилась; ничего не заполнено.`,
      'fill.reason.user-typed': `Вы уже что-то ввели здесь; оставлено как есть.`,
      'fill.reason.same-value': `Уже заполнено значением из профиля.`,
      'fill.reason.no-profile-value': `Нет в профиле.`,
      'fill.reason.option-not-found': `Вашего значения нет среди вариантов; выберите сами.`,
      'fill.reason.option-not-found.closest': `Вашего значения нет среди вариантов (ближайшие: {options}); выберите сами.`,
      'fill.reason.option-ambiguous': `Подходят несколько вариантов; выберите сами.`,
      'fill.reason.invalid-value': `Значение из профиля не подходит для этого поля.`,
      'fill.reason.not-verified': `Страница не сохранила значение; поле оставлено как было.`,
      'fill.reason.bridge-unavailable': `Не удалось обратиться к этому списку; выберите сами.`,
      'fill.reason.element-gone': `Поле исчезло со страницы.`,
      'fill.reason.list-empty': `Список всё ещё пуст через {seconds} с; выберите сами, когда он загрузится.`,
      'fill.reason.needs-parent': `Сначала выберите «{parent}»; этот список заполняется по нему.`,
      'fill.reason.failed': `Не удалось заполнить; заполните сами.`,
      'fill.overwrite': `Заменить введённое мной`,
      'fill.undo': `Отменить заполнение`,
      'fill.undone': `Отменено: поля снова такие, какими были до заполнения.`,
      'fill.undone.leftAlone': `Оставлены так, как вы их изменили после заполнения: {fields}.`,
      'fill.undone.failed': `Не удалось вернуть: {fields}.`,
      'fill.failed.fill': `Помощнику не удалось заполнить эту страницу.`,
      'fill.failed.undo': `Отмена не завершилась; проверьте поля.`,
    },
  };
  function bp(e) {
    return { lang: e, primary: yp[e], fallback: e === `en` ? {} : yp.en };
  }
  var xp = `active-profile-values`,
    Sp = `fill-messages`;
  function Cp(e) {
    return [e.givenName, e.surname].filter((e) => e !== void 0 && e !== ``).join(` `);
  }
  async function wp() {
    await vp();
    const e = await kf();
    return e.status === `ok`
      ? { id: e.profile.id, displayName: Cp(e.profile), values: e.values, wanted: ze(e.values) }
      : null;
  }
  function Tp(e) {
    if (!ee(e.lang)) throw Error(`${Sp}: unknown language`);
    return bp(e.lang);
  }
  f(xp, wp), f(Sp, Tp);
  var Ep = [`ui`, `fields`, `rules`, `docs`];
  function Dp(e) {
    return typeof e == `string` && Ep.includes(e);
  }
  var Op = {
    en: {
      ui: {
        'overlay.title': `e-İkamet Assistant`,
        'panel.collapse': `Hide the assistant`,
        'panel.expand': `Show the assistant`,
        'panel.tab': `Assistant`,
        'panel.page': `Page`,
        'panel.application': `Application`,
        'panel.fields': `Fields on this page`,
        'panel.noFields': `No fields recognised on this page yet.`,
        'panel.findings': `Checks`,
        'panel.promise': `The assistant never submits, clicks or types on this site for you. Nothing leaves this device.`,
        'page.home': `Home page`,
        'page.options': `Application options page`,
        'page.first-entry': `First application pre-registration page`,
        'page.extension-entry': `Extension entry page`,
        'page.transfer-entry': `Transfer entry page`,
        'page.continue': `Continue or check an application page`,
        'page.status': `Application status page`,
        'page.verification': `Verification page`,
        'page.wizard-personal': `Application form: personal information`,
        'page.wizard-passport': `Application form: travel document`,
        'page.wizard-permit': `Application form: residence permit`,
        'page.wizard-address': `Application form: address`,
        'page.wizard-insurance': `Application form: health insurance`,
        'page.wizard-summary': `Application form: summary`,
        'page.unknown': `A page the assistant does not know`,
        'application.first': `First application`,
        'application.extension': `Extension`,
        'application.transfer': `Transfer (change of permit type)`,
        'drift.notice': `This page looks different from what the assistant knows (expected fields missing: {missing}; unknown fields: {unknown}). Hints are shown for what was recognised; filling is off on this page.`,
        'field.fillYourself': `Fill this yourself`,
        'badge.hintFor': `Hint for {label}`,
        'badge.fillYourselfFor': `{label}: fill this yourself`,
        'language.label': `Language of the assistant`,
        'panel.tabFindings': `{count} errors or warnings`,
        'findings.more': `More to know ({count})`,
        'finding.source': `Source`,
        'finding.reference': `Legal basis`,
        'finding.confidence': `How sure`,
        'finding.lastVerified': `Last checked`,
        'finding.address': `Text`,
        'badge.findingFor': `{severity}: {label}`,
        'field.format': `Format: {format}`,
        'field.mistakes': `Common mistakes`,
        'checklist.title': `Documents to prepare`,
        'checklist.progress': `({done} of {total} ready)`,
        'checklist.permitType': `Permit type`,
        'checklist.purpose': `Purpose of stay`,
        'checklist.kind': `Application`,
        'checklist.choose': `Choose…`,
        'checklist.needsChoice': `Choose the permit type and the application to see the documents. They fill in by themselves once the form shows them.`,
        'checklist.print': `Print checklist`,
        'print.title': `Document checklist for the residence permit`,
        'print.applicant': `Applicant`,
        'print.preparedOn': `Prepared on {date}`,
        'print.ready': `Ready:`,
        'print.notReady': `To prepare:`,
        'print.footer': `Prepared with e-İkamet Assistant, an unofficial helper. The migration directorate may ask for further documents.`,
        'print.print': `Print`,
      },
      fields: {
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
      rules: {
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
      docs: {
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
    },
    tr: {
      ui: {
        'overlay.title': `e-İkamet Yardımcısı`,
        'panel.collapse': `Yardımcıyı gizle`,
        'panel.expand': `Yardımcıyı göster`,
        'panel.tab': `Yardımcı`,
        'panel.page': `Sayfa`,
        'panel.application': `Başvuru`,
        'panel.fields': `Bu sayfadaki alanlar`,
        'panel.noFields': `Bu sayfada henüz tanınan alan yok.`,
        'panel.findings': `Kontroller`,
        'panel.promise': `Yardımcı bu sitede sizin yerinize hiçbir zaman gönderme, tıklama ya da yazma yapmaz. Hiçbir veri bu cihazdan çıkmaz.`,
        'page.home': `Ana sayfa`,
        'page.options': `Başvuru seçenekleri sayfası`,
        'page.first-entry': `İlk başvuru ön kayıt sayfası`,
        'page.extension-entry': `Uzatma başvurusu giriş sayfası`,
        'page.transfer-entry': `Geçiş başvurusu giriş sayfası`,
        'page.continue': `Başvuruya devam etme veya sorgulama sayfası`,
        'page.status': `Başvuru durumu sayfası`,
        'page.verification': `Doğrulama sayfası`,
        'page.wizard-personal': `Başvuru formu: kişisel bilgiler`,
        'page.wizard-passport': `Başvuru formu: seyahat belgesi`,
        'page.wizard-permit': `Başvuru formu: ikamet izni`,
        'page.wizard-address': `Başvuru formu: adres`,
        'page.wizard-insurance': `Başvuru formu: sağlık sigortası`,
        'page.wizard-summary': `Başvuru formu: özet`,
        'page.unknown': `Yardımcının tanımadığı bir sayfa`,
        'application.first': `İlk başvuru`,
        'application.extension': `Uzatma`,
        'application.transfer': `Geçiş (izin türü değişikliği)`,
        'drift.notice': `Bu sayfa, yardımcının bildiğinden farklı görünüyor (eksik beklenen alan: {missing}; bilinmeyen alan: {unknown}). İpuçları yalnızca tanınan alanlar için gösteriliyor; bu sayfada otomatik doldurma kapalı.`,
        'field.fillYourself': `Bunu kendiniz doldurun`,
        'badge.hintFor': `{label} için ipucu`,
        'badge.fillYourselfFor': `{label}: bunu kendiniz doldurun`,
        'language.label': `Yardımcının dili`,
        'panel.tabFindings': `{count} hata veya uyarı`,
        'findings.more': `Bilmeniz gerekenler ({count})`,
        'finding.source': `Kaynak`,
        'finding.reference': `Hukuki dayanak`,
        'finding.confidence': `Güvenilirlik`,
        'finding.lastVerified': `Son kontrol`,
        'finding.address': `Metin`,
        'badge.findingFor': `{severity}: {label}`,
        'field.format': `Biçim: {format}`,
        'field.mistakes': `Sık yapılan hatalar`,
        'checklist.title': `Hazırlanacak belgeler`,
        'checklist.progress': `({total} belgeden {done} hazır)`,
        'checklist.permitType': `İzin türü`,
        'checklist.purpose': `Kalış amacı`,
        'checklist.kind': `Başvuru`,
        'checklist.choose': `Seçiniz…`,
        'checklist.needsChoice': `Belgeleri görmek için izin türünü ve başvuru çeşidini seçin. Form bunları gösterdiğinde kendiliğinden dolar.`,
        'checklist.print': `Listeyi yazdır`,
        'print.title': `İkamet izni belge listesi`,
        'print.applicant': `Başvuru sahibi`,
        'print.preparedOn': `Hazırlanma tarihi: {date}`,
        'print.ready': `Hazır:`,
        'print.notReady': `Hazırlanacak:`,
        'print.footer': `e-İkamet Yardımcısı ile hazırlanmıştır; resmî bir araç değildir. İl göç idaresi ek belge isteyebilir.`,
        'print.print': `Yazdır`,
      },
      fields: {
        'field.givenName.label': `Adı`,
        'field.givenName.hint': `Pasaportun makinece okunabilir alanında yazdığı şekliyle, Latin harfleriyle tüm adlarınız; ikinci adlarınız da bu alana yazılır.`,
        'field.givenName.mistakes': `İkinci adları yazmamak; takma ad ya da çevrilmiş bir yazım kullanmak.`,
        'field.surname.label': `Soyadı`,
        'field.surname.hint': `Soyadınız, pasaportta yazdığı şekliyle ve Latin harfleriyle. Pasaportunuzda ad ve soyad ayrılmamışsa bunları konsolosluğunuzun verdiği kimlik belgesinden alın.`,
        'field.surname.mistakes': `Ad ile soyadın yerini karıştırmak; pasaporttakinden farklı bir yazım kullanmak.`,
        'field.previousSurname.label': `Önceki Soyadı`,
        'field.previousSurname.hint': `Yalnızca soyadınız değiştiyse (örneğin evlilikle) önceki soyadınızı yazın; değişmediyse boş bırakın.`,
        'field.previousSurname.mistakes': `Mevcut soyadını tekrar yazmak; soyadı hiç değişmediği hâlde alanı doldurmak.`,
        'field.fatherName.label': `Baba Adı`,
        'field.fatherName.hint': `Babanızın yalnızca adı; soyadı yazılmaz.`,
        'field.fatherName.mistakes': `Soyadını ya da bir isim zincirini eklemek; uzatmada önceki başvurudakinden farklı bir yazım kullanmak.`,
        'field.motherName.label': `Anne Adı`,
        'field.motherName.hint': `Annenizin yalnızca adı; soyadı yazılmaz.`,
        'field.motherName.mistakes': `Soyadını ya da kızlık soyadını eklemek; uzatmada önceki başvurudakinden farklı bir yazım kullanmak.`,
        'field.birthDate.label': `Doğum Tarihi`,
        'field.birthDate.hint': `Pasaportta yazan doğum tarihiniz. Takvimden seçin ya da gün, ay ve yılı yazın.`,
        'field.birthDate.format': `gg.aa.yyyy — örn. 05.03.1990`,
        'field.birthDate.mistakes': `Gün ile ayın yerini karıştırmak; tarihi pasaporttakinden farklı olan başka bir belgeden almak.`,
        'field.birthPlace.label': `Doğum Yeri`,
        'field.birthPlace.hint': `Doğduğunuz şehir veya kasaba, pasaporttaki yazımıyla.`,
        'field.birthPlace.mistakes': `Yalnızca ülkeyi yazmak (ülkenin ayrı bir alanı vardır); çevrilmiş ya da farklı bir yazım kullanmak.`,
        'field.birthCountry.label': `Doğum Ülkesi`,
        'field.birthCountry.hint': `Doğduğunuz ülke; uyruğunuzdan farklı olabilir. Listede aramak için ülkenin ilk harflerini yazın.`,
        'field.birthCountry.mistakes': `Başka bir ülkede doğduğu hâlde alışkanlıkla uyruğunu seçmek.`,
        'field.gender.label': `Cinsiyet`,
        'field.gender.hint': `Pasaportunuzda gösterilen cinsiyeti seçin.`,
        'field.gender.mistakes': `Liste İngilizce göründüğünde seçenekleri karıştırmak (Male = Erkek, Female = Kadın).`,
        'field.maritalStatus.label': `Medeni Hali`,
        'field.maritalStatus.hint': `Belgelerinizde görüldüğü şekliyle bugünkü medeni haliniz: Bekar, Evli, Boşanmış veya Dul.`,
        'field.maritalStatus.mistakes': `Evlilik veya boşanmadan sonra eski durumu seçmek. Son izninizden bu yana değişmiş olsa bile bugünkü durumunuzu girin; bu, randevuya yönlendirilmenize yol açabilir.`,
        'field.nationality.label': `Uyruğu (Vatandaşı Olduğunuz Ülke)`,
        'field.nationality.hint': `Vatandaşı olduğunuz ülke; genellikle başvuruda kullandığınız pasaportu veren ülkedir. Listede aramak için ülkenin ilk harflerini yazın.`,
        'field.nationality.mistakes': `Vatandaşı olduğunuz ülke yerine yaşadığınız veya doğduğunuz ülkeyi seçmek.`,
        'field.otherNationality.label': `Diğer Uyruğu`,
        'field.otherNationality.hint': `Yalnızca ikinci bir vatandaşlığınız varsa seçin; yoksa boş bırakın.`,
        'field.otherNationality.mistakes': `Asıl uyruğunuzu burada tekrar seçmek.`,
        'field.nationalIdNumber.label': `Uyruk Kimlik No`,
        'field.nationalIdNumber.hint': `Vatandaşı olduğunuz ülkenin verdiği kişisel kimlik numarası, örneğin ulusal kimlik kartınızdaki numara. Yoksa boş bırakılabilir.`,
        'field.nationalIdNumber.mistakes': `Buraya pasaport numarasını ya da 99 ile başlayan yabancı kimlik numarasını yazmak.`,
        'field.passportNumber.label': `Pasaport (Belge) No`,
        'field.passportNumber.hint': `Pasaportun kimlik sayfasında yazan numara, aynen. İlk başvuru formu, Türkiye'ye girişte kullandığınız pasaportun numarasını ister (Türkiye'ye Girişteki Pasaport Numarası).`,
        'field.passportNumber.mistakes': `Pasaport yenilendikten sonra eski ve yeni numarayı karıştırmak; 0 rakamı yerine O harfi yazmak.`,
        'field.passportType.label': `Belge Türü`,
        'field.passportType.hint': `Sahip olduğunuz seyahat belgesinin türü. Normal bir pasaport için 'Umuma Mahsus Pasaport' seçeneğini seçin.`,
        'field.passportType.mistakes': `Umuma mahsus pasaport için hususi, hizmet veya diplomatik pasaport türünü seçmek.`,
        'field.passportIssueDate.label': `Veriliş Tarihi`,
        'field.passportIssueDate.hint': `Pasaportun kimlik sayfasında yazan veriliş tarihi.`,
        'field.passportIssueDate.format': `gg.aa.yyyy — örn. 12.01.2022`,
        'field.passportIssueDate.mistakes': `Gün ile ayın yerini karıştırmak; önceki pasaportun tarihini yazmak.`,
        'field.passportExpiry.label': `Geçerlilik Tarihi`,
        'field.passportExpiry.hint': `Pasaportun kimlik sayfasındaki geçerlilik (son) tarihi. Talep ettiğiniz iznin bitişinden en az 60 gün sonra olmalıdır.`,
        'field.passportExpiry.format': `gg.aa.yyyy — örn. 11.01.2032`,
        'field.passportExpiry.mistakes': `Pasaportun bitişine 60 günden az kala sona eren bir izin talep etmek; gün ile ayın yerini karıştırmak.`,
        'field.passportIssuingCountry.label': `Veren Ülke`,
        'field.passportIssuingCountry.hint': `Pasaportu veren devlet; pasaportu yurt dışındaki bir büyükelçilik veya konsolosluktan almış olsanız bile genellikle vatandaşı olduğunuz ülkedir.`,
        'field.passportIssuingCountry.mistakes': `Pasaportu veren devlet yerine büyükelçiliğin veya konsolosluğun bulunduğu ülkeyi seçmek.`,
        'field.passportIssuingAuthority.label': `Veren Makam`,
        'field.passportIssuingAuthority.hint': `Pasaportun kimlik sayfasında yazan makam (çoğunlukla 'Authority' başlığı altında), örneğin bir bakanlık, pasaport dairesi veya konsolosluk.`,
        'field.passportIssuingAuthority.mistakes': `Pasaportta yazan makam yerine yalnızca ülke adını yazmak.`,
        'field.email.label': `E-posta Adresi`,
        'field.email.hint': `Kendinizin açabildiği bir e-posta adresi: başvurunuzla ilgili mesajlar ve gerekirse doğrulama kodu veya bağlantısı buraya gönderilir.`,
        'field.email.format': `örn. ad@ornek.com`,
        'field.email.mistakes': `Adreste yazım hatası yapmak; başkasına ait bir adres vermek.`,
        'field.mobile.label': `Cep Telefonu`,
        'field.mobile.hint': `Başında 0 veya +90 olmadan, 10 haneli Türkiye cep telefonu numarası, örn. 5XX XXX XX XX. SMS alabildiğiniz bir numara kullanın.`,
        'field.mobile.format': `10 hane, 5 ile başlar — (5XX) XXX-XX-XX`,
        'field.mobile.mistakes': `Başa +90 veya 0 eklemek; yabancı bir numara vermek.`,
        'field.contactPreference.label': `İletişim Tercihi`,
        'field.contactPreference.hint': `Size nasıl ulaşılmasını istediğiniz: cep telefonu veya e-posta. Seçtiğiniz iletişim alanının doğru doldurulduğundan emin olun.`,
        'field.contactPreference.mistakes': `Takip etmediğiniz bir kanalı seçmek ya da o alanda yazım hatası bırakmak.`,
        'field.foreignerId.label': `Yabancı Kimlik No`,
        'field.foreignerId.hint': `İkamet izni kartınızda yazan, 99 ile başlayan 11 haneli yabancı kimlik numaranız.`,
        'field.foreignerId.format': `11 hane, 99 ile başlar`,
        'field.foreignerId.mistakes': `Pasaport numarasını veya kart serisini yazmak; 11 haneden birini eksik yazmak.`,
        'field.permitCardSerial.label': `İkamet İzin Kartı Seri`,
        'field.permitCardSerial.hint': `İkamet izni kartınızda yazan 3 harfli seri.`,
        'field.permitCardSerial.format': `3 harf`,
        'field.permitCardSerial.mistakes': `Buraya rakam ya da kart numarasının tamamını yazmak; seriyi yabancı kimlik numarasıyla karıştırmak.`,
        'field.permitCardNumber.label': `İkamet İzin Kartı No`,
        'field.permitCardNumber.hint': `İkamet izni kartınızda yazan belge numarası; 3 harfli seri olmadan, yalnızca rakamlar.`,
        'field.permitCardNumber.format': `Yalnızca rakam`,
        'field.permitCardNumber.mistakes': `3 harfli seriyi eklemek; bunun yerine 11 haneli yabancı kimlik numarasını yazmak.`,
        'field.changeProvince.label': `İkamet İlini Değiştirme (Nakil)`,
        'field.changeProvince.hint': `Yalnızca başka bir ile taşınıyorsanız (nakil) Evet; adresiniz değişmiş olsa bile aynı ilde kalıyorsanız Hayır. Liste İngilizce görünürse: Yes = Evet, No = Hayır.`,
        'field.changeProvince.mistakes': `Aynı il içinde taşındıktan sonra Evet seçmek; başka bir ile taşındığı hâlde Hayır seçmek.`,
        'field.applicationNumber.label': `Başvuru No`,
        'field.applicationNumber.hint': `Başvuruyu başlattığınızda SMS veya e-postayla gelen başvuru numarası; başvuru kayıt formunun çıktısında da yer alır.`,
        'field.applicationNumber.format': `yyyy-nn-nnnnnnn — örn. 2026-88-0638278`,
        'field.applicationNumber.mistakes': `Bir haneyi eksik veya fazla yazmak; numarayı ödemede kullanılan tahakkuk numarasıyla karıştırmak.`,
        'field.permitType.label': `İkamet İzni Türü`,
        'field.permitType.hint': `Türkiye'de kalış nedeninize uyan izin türü (örn. kısa dönem, aile, öğrenci). Uzatmada genellikle mevcut türünüzdür; tür değişikliği geçiş başvurusuyla yapılır.`,
        'field.permitType.mistakes': `Şartlarını taşımadığınız bir türü seçmek; geçiş başvurusu yerine uzatma başvurusunda türü değiştirmek.`,
        'field.permitPurpose.label': `Kalış Amacı`,
        'field.permitPurpose.hint': `Seçilen tür içindeki asıl kalış amacınız; örneğin kısa dönemde turizm, taşınmaz sahipliği veya Türkçe kursu. Getireceğiniz belgeler bu amacı kanıtlamalıdır.`,
        'field.permitPurpose.mistakes': `Belgeleyemeyeceğiniz bir amaç seçmek; bir retten sonra 6 ay içinde aynı amaçla yeniden başvurmak.`,
        'field.requestedStart.label': `Talep Edilen Başlangıç Tarihi`,
        'field.requestedStart.hint': `İzninizin başlamasını istediğiniz tarih. Uzatmada yeni izin, mevcut izninizin bittiği yerden başlar.`,
        'field.requestedStart.format': `gg.aa.yyyy — örn. 01.06.2026`,
        'field.requestedStart.mistakes': `Uzatmada mevcut iznin bitişiyle arada boşluk bırakmak; gün ile ayın yerini karıştırmak.`,
        'field.requestedEnd.label': `Talep Edilen Bitiş Tarihi`,
        'field.requestedEnd.hint': `İzninizin bitmesini istediğiniz tarih. Pasaportunuzun bitişinden en az 60 gün önce olmalı ve sigortanızın bitiş tarihini aşmamalıdır.`,
        'field.requestedEnd.format': `gg.aa.yyyy — örn. 31.05.2027`,
        'field.requestedEnd.mistakes': `Türün izin verdiğinden uzun süre istemek (kısa dönemde genellikle her seferinde en fazla 2 yıl); pasaportun bitişine çok yakın ya da sigortanın bitişinden sonraki bir tarih seçmek.`,
        'field.currentPermitType.label': `Mevcut İkamet İzni Türü`,
        'field.currentPermitType.hint': `Salt okunur: şu anki ikamet izninizin türü; uzatma ve geçiş başvurularında gösterilir. Kartınızla uyuştuğunu kontrol edin.`,
        'field.currentPermitType.mistakes': `Türü burada değiştirmeyi beklemek; farklı bir tür için geçiş başvurusu gerekir.`,
        'field.currentPermitEnd.label': `Mevcut İkamet İzni Bitiş Tarihi`,
        'field.currentPermitEnd.hint': `Salt okunur: mevcut izninizin bitiş tarihi; uzatma başvurusu bu tarihten 60 gün önce başlayarak yapılabilir, hiçbir şekilde bu tarihten sonraya bırakılamaz.`,
        'field.currentPermitEnd.format': `gg.aa.yyyy — örn. 31.05.2026`,
        'field.currentPermitEnd.mistakes': `Bu tarihi geçirmek: artık uzatma yapılamaz, yeni başvuru gerekir. 60 günden daha erken yapılan uzatma başvurusu sistemce kabul edilmez.`,
        'field.province.label': `İl`,
        'field.province.hint': `Türkiye'de oturduğunuz adresin bulunduğu il.`,
        'field.province.mistakes': `Oturduğunuz il yerine çalıştığınız veya okuduğunuz ili seçmek.`,
        'field.district.label': `İlçe`,
        'field.district.hint': `Adresinizin bulunduğu ilçe; liste, il seçildikten sonra dolar.`,
        'field.district.mistakes': `Kira sözleşmesindeki veya adres belgesindeki ilçe yerine akılda kalan bir ilçeyi seçmek.`,
        'field.neighbourhood.label': `Mahalle`,
        'field.neighbourhood.hint': `Kira sözleşmenizde veya adres belgenizde yazan mahalle; liste seçilen ilçeye göre değişir.`,
        'field.neighbourhood.mistakes': `Resmî mahalle yerine bilinen bir semt adını seçmek. Yabancıların kaydına kapatılmış mahallelerde ilk başvuru veya il değişikliği reddedilebilir.`,
        'field.street.label': `Cadde / Sokak`,
        'field.street.hint': `Kira sözleşmenizde veya adres belgenizde yazan cadde ya da sokak adı, aynen.`,
        'field.street.mistakes': `Adresin tamamını bu alana yazmak; dış kapı ve iç kapı numaralarının ayrı alanları vardır.`,
        'field.buildingNumber.label': `Dış Kapı No`,
        'field.buildingNumber.hint': `Binanın sokaktaki kapı numarası; kira sözleşmesinde veya adres belgesinde yazar.`,
        'field.buildingNumber.mistakes': `Buraya daire (iç kapı) numarasını yazmak.`,
        'field.flatNumber.label': `İç Kapı No`,
        'field.flatNumber.hint': `Bina içindeki dairenizin numarası.`,
        'field.flatNumber.mistakes': `Daire numarası yerine kat numarasını yazmak; dış kapı numarasıyla karıştırmak.`,
        'field.insuranceType.label': `Sigorta Türü`,
        'field.insuranceType.hint': `Sahip olduğunuz sağlık güvencesinin türü (özel sağlık sigortası, SGK, ikili sosyal güvenlik sözleşmesi veya SGK provizyon belgesi). Kısa dönem veya öğrenci ikamet iznine başvuran 18 yaş altı ve 65 yaş üstü kişiler '18 yaş altı ve 65 yaş üstü olanlar' seçeneğini seçer.`,
        'field.insuranceType.mistakes': `Kısa dönem veya öğrenci izninde 18 yaş altı ya da 65 yaş üstü olduğu hâlde başka bir seçenek seçmek; sigortanın zorunlu olduğu aile veya uzun dönem izninde yaş seçeneğini seçmek.`,
        'field.insuranceCompany.label': `Sigorta Şirketi`,
        'field.insuranceCompany.hint': `Poliçenizde yazan sigorta şirketinin adı.`,
        'field.insuranceCompany.mistakes': `Sigorta şirketi yerine acentenin veya aracının adını yazmak.`,
        'field.insurancePolicyNumber.label': `Poliçe No`,
        'field.insurancePolicyNumber.hint': `Poliçenizdeki poliçe numarası, aynen; sigorta şirketinin kayıtlarıyla karşılaştırılır.`,
        'field.insurancePolicyNumber.mistakes': `Yazım hatası ya da eski poliçenin numarası: kontrol başarısız olur ve form ilerlemez.`,
        'field.insuranceStart.label': `Poliçe Başlangıç Tarihi`,
        'field.insuranceStart.hint': `Poliçenizdeki başlangıç tarihi. Sigorta, talep edilen izin başlangıcından daha geç başlamamalıdır.`,
        'field.insuranceStart.format': `gg.aa.yyyy — örn. 01.06.2026`,
        'field.insuranceStart.mistakes': `Talep edilen başlangıç tarihinden sonra başlayan bir poliçe; gün ile ayın yerini karıştırmak.`,
        'field.insuranceEnd.label': `Poliçe Bitiş Tarihi`,
        'field.insuranceEnd.hint': `Poliçenizdeki bitiş tarihi. Sigorta en az talep edilen izin bitişine kadar sürmelidir.`,
        'field.insuranceEnd.format': `gg.aa.yyyy — örn. 31.05.2027`,
        'field.insuranceEnd.mistakes': `Talep edilen bitiş tarihinden önce sona eren bir poliçe.`,
        'field.givenNameInitials.label': `Adınızın İlk İki Harfi`,
        'field.givenNameInitials.hint': `Pasaporttaki adınızın yalnızca ilk iki harfi, Latin harfleriyle.`,
        'field.givenNameInitials.format': `2 harf`,
        'field.givenNameInitials.mistakes': `Adın tamamını yazmak; çevrilmiş bir yazımın harflerini kullanmak.`,
        'field.surnameInitials.label': `Soyadınızın İlk İki Harfi`,
        'field.surnameInitials.hint': `Pasaporttaki soyadınızın yalnızca ilk iki harfi, Latin harfleriyle.`,
        'field.surnameInitials.format': `2 harf`,
        'field.surnameInitials.mistakes': `Soyadın tamamını yazmak; soyadı yerine adınızın harflerini yazmak.`,
        'field.captcha.label': `Resimdeki Karakterler (Güvenlik Kodu)`,
        'field.captcha.hint': `Resimdeki karakterleri kendiniz yazın. Yardımcı bu alanı hiçbir zaman okumaz ve doldurmaz.`,
        'field.captcha.mistakes': `Birbirine benzeyen karakterleri karıştırmak; resim zor okunuyorsa sitenin yenileme bağlantısıyla yeni bir resim alın.`,
        'field.consent.label': `Okudum, anladım`,
        'field.consent.hint': `Metni okuyun ve kabul ediyorsanız kutuyu kendiniz işaretleyin. Yardımcı bu kutuyu hiçbir zaman işaretlemez.`,
        'field.consent.mistakes': `Metni okumadan işaretlemek.`,
        'field.verificationCode.label': `Doğrulama Kodu`,
        'field.verificationCode.hint': `E-postanıza veya telefonunuza gönderilen kodu kendiniz girin ya da bağlantıyı kendiniz açın. Yardımcı bunu hiçbir zaman okumaz ve doldurmaz.`,
        'field.verificationCode.mistakes': `Kodu veya bağlantıyı başka biriyle paylaşmak; bunlar yalnızca size aittir.`,
        'page.home': `Ana sayfa`,
        'page.home.about': `İlk başvuru, mevcut izninizin uzatılması veya başka bir izin türüne geçiş arasında seçim yaptığınız sayfa; en önemlisi doğru düğmeyi seçmektir.`,
        'page.options': `Başvuru seçenekleri sayfası`,
        'page.options.about': `Yeni başvuru yapmayı, başlattığınız bir başvuruya devam etmeyi veya sonucu görmeyi seçersiniz; başlattığınız bir başvuruya dönmek için devam seçeneğini seçin ve başvuru numaranızı hazır bulundurun.`,
        'page.first-entry': `İlk başvuru ön kayıt sayfası`,
        'page.first-entry.about': `Kimlik ve iletişim bilgilerinizle ilk başvuruyu başlatır; ad, soyad ve pasaport numarası pasaportla birebir aynı olmalı, e-posta ve telefon size ulaşılabilen bilgiler olmalıdır.`,
        'page.extension-entry': `Uzatma başvurusu giriş sayfası`,
        'page.extension-entry.about': `Mevcut izninizin uzatılmasını başlatır; başvuru yalnızca izninizin bitişinden önceki 60 gün içinde yapılabilir ve yabancı kimlik numarası ile kart bilgileri kartınızla birebir aynı olmalıdır.`,
        'page.transfer-entry': `Geçiş başvurusu giriş sayfası`,
        'page.transfer-entry.about': `Başka bir izin türüne geçiş başvurusunu başlatır; yabancı kimlik numarası ile kart bilgileri mevcut ikamet izni kartınızla birebir aynı olmalıdır.`,
        'page.continue': `Başvuruya devam etme veya sorgulama sayfası`,
        'page.continue.about': `Daha önce başlattığınız başvuruyu bulur; başvuru numarası (örn. 2026-88-0638278) ile telefon, e-posta veya kimlik numarası başvuruda verdiklerinizle aynı olmalıdır.`,
        'page.status': `Başvuru durumu sayfası`,
        'page.status.about': `Başvurunuzun durumunu, izin türünü, tarihlerini ve PTT barkodunu gösterir; burada bir şey girilmez, yalnızca dikkatle okuyun.`,
        'page.verification': `Doğrulama sayfası`,
        'page.verification.about': `Başvurunuz, e-postanıza veya telefonunuza gönderilen kod ya da bağlantıyla doğrulanır; bunu kendiniz yapın, yardımcı buna hiç dokunmaz.`,
        'page.wizard-personal': `Başvuru formu: kişisel bilgiler`,
        'page.wizard-personal.about': `Kimlik bilgileriniz; her ad ve tarih pasaportla birebir aynı olmalıdır.`,
        'page.wizard-passport': `Başvuru formu: seyahat belgesi`,
        'page.wizard-passport.about': `Pasaport bilgileriniz; pasaport, talep ettiğiniz iznin bitişinden en az 60 gün sonrasına kadar geçerli olmalıdır.`,
        'page.wizard-permit': `Başvuru formu: ikamet izni`,
        'page.wizard-permit.about': `İzin türü, kalış amacı ve tarihler; talep edilen bitiş tarihi, pasaport bitişinden en az 60 gün önce olmalı ve sigorta süresi içinde kalmalıdır.`,
        'page.wizard-address': `Başvuru formu: adres`,
        'page.wizard-address.about': `Türkiye'de oturduğunuz adres; il, ilçe, mahalle ve kapı numaraları kira sözleşmeniz veya adres belgenizle aynı olmalıdır.`,
        'page.wizard-insurance': `Başvuru formu: sağlık sigortası`,
        'page.wizard-insurance.about': `Sağlık güvenceniz; talep edilen sürenin tamamını kapsamalıdır ve poliçe bilgileri sigorta şirketinin kayıtlarıyla karşılaştırılır.`,
        'page.wizard-summary': `Başvuru formu: özet`,
        'page.wizard-summary.about': `Son kontrol için salt okunur özet; her bilgiyi belgelerinizle karşılaştırın, ardından onay kutusunu kendiniz işaretleyip kaydedin.`,
        'page.unknown': `Yardımcının tanımadığı bir sayfa`,
        'page.unknown.about': `Yardımcı bu sayfayı tanımıyor; bu yüzden alan ipucu göstermez ve hiçbir şey doldurmaz, sitenin kendi açıklamalarını izleyin.`,
      },
      rules: {
        'severity.error': `Hata`,
        'severity.warning': `Uyarı`,
        'severity.info': `Bilgi`,
        'confidence.official': `Resmî kaynak`,
        'confidence.official-copy': `Resmî metin, bir kopyasından okundu`,
        'confidence.consultancy': `Danışmanlık veya haber kaynağı`,
        'confidence.uncertain': `Belirsiz veya çelişkili kaynaklar`,
        'holiday.newYear': `Yılbaşı`,
        'holiday.nationalSovereignty': `Ulusal Egemenlik ve Çocuk Bayramı`,
        'holiday.labourDay': `Emek ve Dayanışma Günü`,
        'holiday.youthAndSports': `Atatürk'ü Anma, Gençlik ve Spor Bayramı`,
        'holiday.democracyAndNationalUnity': `Demokrasi ve Millî Birlik Günü`,
        'holiday.victory': `Zafer Bayramı`,
        'holiday.republicEve': `Cumhuriyet Bayramı arifesi (yarım gün)`,
        'holiday.republic': `Cumhuriyet Bayramı`,
        'holiday.ramadanFeastEve': `Ramazan Bayramı arifesi (yarım gün)`,
        'holiday.ramadanFeast': `Ramazan Bayramı`,
        'holiday.sacrificeFeastEve': `Kurban Bayramı arifesi (yarım gün)`,
        'holiday.sacrificeFeast': `Kurban Bayramı`,
        'calendar.outOfRange': `İş günü takvimi yalnızca 2025–2030 yıllarını kapsıyor; bu nedenle {year} yılı için süre hesaplanamıyor. İş günlerini resmî tatil listesine göre kendiniz sayın veya YİMER'e (157) danışın.`,
        'calendar.halfDayDeadline': `Son gün olan {deadline} yarım gündür: kamu daireleri saat 13.00'te kapanır. Sabah saatlerinde veya bir gün önce gidin.`,
        'lawful-stay.applyBy': `Başvurunuzu yasal kalış süreniz içinde yapın: vizeniz, vize muafiyetiniz veya ikamet izniniz {lawfulStayEnd} tarihine kadar geçerli ({daysLeft} gün kaldı).`,
        'lawful-stay.late': `Yasal kalış süreniz {lawfulStayEnd} tarihinde, {daysLate} gün önce sona erdi. En fazla 10 gün gecikmeli başvuru ({lastAcceptedDay} tarihine kadar) yalnızca idarenin takdiriyle kabul edilir ve cezalı harç alınır. Bir an önce başvurun.`,
        'lawful-stay.ended': `Yasal kalış süreniz {lawfulStayEnd} tarihinde, {daysLate} gün önce sona erdi; bu, gecikmeli başvurunun kabul edilebildiği 10 günü aşıyor. Başvurmadan önce İl Göç İdaresi Müdürlüğüne veya YİMER'e (157) danışın; cezalı harç alınması muhtemeldir.`,
        'stay-90-180.exceeded': `{windowStart} ile {windowEnd} arasındaki 180 günde toplam {days} gün kalmışsınız. Vize muafiyetiyle herhangi bir 180 günlük dönemde en fazla 90 gün kalınabilir (90 gün üst sınırdır: bazı ülke vatandaşlarına yalnızca 30 gün tanınır); yeni pasaport almak bu sayımı sıfırlamaz. Girdiğiniz tarihleri kontrol edin; doğruysa bu kalışın bir kısmı yasal değildi.`,
        'stay-90-180.overShortExemption': `{windowStart} ile {windowEnd} arasındaki 180 günde toplam {days} gün kalmışsınız. Bu, 90 günlük üst sınırın içinde; ancak bazı ülke vatandaşlarına vizesiz yalnızca {shortDays} gün tanınır. Uyruğunuz için tanınan vize muafiyeti süresini kontrol edin.`,
        'extension-window.tooEarly': `Uzatma için henüz erken: uzatma başvurusu yalnızca ikamet izninizin bittiği {currentPermitEnd} tarihinden önceki son 60 gün içinde yapılabilir ve sistem {windowOpens} tarihinden önce başvuru kabul etmez ({daysUntilOpen} gün sonra). Bu tarihte veya sonrasında başvurun.`,
        'extension-window.open': `Uzatma başvurusu dönemi açık. En geç ikamet izninizin sona erdiği {currentPermitEnd} tarihinde başvurun ({daysLeft} gün kaldı).`,
        'extension-window.expired': `İkamet izniniz {currentPermitEnd} tarihinde ({daysLate} gün önce) sona erdi ve artık uzatılamaz: yalnızca yeni başvuru yapılabilir. {lastNewApplicationDay} tarihine kadar (bitişten sonraki 10 gün içinde) yapılan başvuru, idarenin takdiriyle ve cezalı harç ödenerek kabul edilebilir.`,
        'extension-window.expiredLong': `İkamet izniniz {currentPermitEnd} tarihinde ({daysLate} gün önce) sona erdi ve artık uzatılamaz. Gecikmeli yeni başvurunun kabul edilebildiği 10 gün de geçti. Başvurmadan önce İl Göç İdaresi Müdürlüğüne veya YİMER'e (157) danışın; cezalı harç alınması muhtemeldir.`,
        'extended-permit-start.mismatch': `Uzatılan ikamet izni mevcut iznin bittiği tarihte başlar. {requestedStart} tarihini girdiniz; başlangıç tarihi olarak {currentPermitEnd} (veya {nextDay}) tarihini kullanın.`,
        'postal-documents.deadline': `15.02.2021'den bu yana belgelerin posta yerine randevuda şahsen teslim edildiği bildiriliyor. Yalnızca müdürlüğünüz belgeleri hâlâ posta ile istiyorsa: {deadline} tarihine kadar (5 iş günü içinde) ulaşmaları gerekir; geç gelen evrak işleme alınmaz.`,
        'postal-documents.late': `Belgeleri {mailDate} tarihinde postalamak 5 iş günlük sürenin ({deadline}) dışında kalır. 15.02.2021'den bu yana belgelerin randevuda şahsen teslim edildiği bildiriliyor; hangi yolun geçerli olduğunu müdürlüğünüze sorun.`,
        'appointment-attendance.attend': `Randevunuza tüm belgelerinizle birlikte bizzat gidin; aksi hâlde başvurunuz işleme alınmaz. Eksik belge varsa tamamlamanız için en fazla 30 gün süre verilebilir; bu sürenin sonunda dosya kapatılır.`,
        'decision-time.ninetyDays': `Başvuru hakkında, dosya eksiksiz olduktan sonra 90 gün içinde karar verilir. İkamet izni müracaat belgenizi saklayın: karar çıkana kadar Türkiye'de kalmanızı sağlar.`,
        'decision-time.longTerm': `Başvuru hakkında, dosya eksiksiz olduktan sonra 90 gün içinde karar verilir; YİMER'e göre İstanbul ve Antalya'da uzun dönem ikamet izinlerinde bu süre 180 güne kadar uzayabilir. O zamana kadar ikamet izni müracaat belgenizi saklayın.`,
        'travel-while-pending.returnBy': `Başvurunuz sonuçlanana kadar yurt dışına çıkıp vizesiz geri dönebilmeniz için İl Göç İdaresince onaylanmış müracaat belgesi ve harç makbuzları gerekir ve her seferinde 15 gün içinde dönmeniz şarttır: {exit} tarihinde çıkıyorsanız en geç {latestReturn} tarihinde dönün. 90/180 gün kuralı da geçerliliğini korur.`,
        'travel-while-pending.tooLong': `{exit} tarihinde çıkıp {return} tarihinde dönmek 15 günü aşıyor. Başvurunuz sürerken vizesiz giriş yalnızca en geç {latestReturn} tarihinde dönerseniz mümkündür; aksi hâlde dönüşte vize gerekebilir.`,
        'travel-while-pending.feesUnpaid': `{exit} tarihinde çıkmadan önce harçları ödeyin ve müracaat belgenizi İl Göç İdaresine onaylatın: onaylı müracaat belgesi ve harç makbuzları olmadan vizesiz geri giriş yapamazsınız.`,
        'permit-lapse.sixMonths': `Verildiği tarihten itibaren 6 ay içinde kullanılmayan ikamet izni geçerliliğini yitirir.`,
        'passport-validity.tooShort': `Pasaportunuz talep ettiğiniz ikamet izni süresinden en az 60 gün daha uzun süre geçerli olmalıdır: {requestedEnd} bitiş tarihi için {passportNeeded} tarihine kadar; oysa pasaportunuzun süresi {passportExpiry} tarihinde doluyor. En geç {latestEnd} olan bir bitiş tarihi seçin veya önce pasaportunuzu yenileyin.`,
        'passport-validity.renewFirst': `Pasaportunuzun süresi {passportExpiry} tarihinde doluyor; bu, hiçbir ikamet izni için yeterli değil: pasaport, iznin bitişinden sonra 60 gün daha geçerli olmalıdır ({requestedEnd} bitiş tarihi için {passportNeeded} tarihine kadar). Başvurmadan önce pasaportunuzu yenileyin.`,
        'insurance-period.startsLate': `Sigortanız {insuranceStart} tarihinde başlıyor; bu, talep edilen ikamet izni başlangıcı olan {requestedStart} tarihinden sonra. Sigorta süresi, talep edilen ikamet izni süresinin tamamını kapsamalıdır: en geç {requestedStart} tarihinde başlayan bir sigorta yaptırın.`,
        'insurance-period.endsEarly': `Sigortanız {insuranceEnd} tarihinde bitiyor; bu, talep edilen ikamet izni bitişi olan {requestedEnd} tarihinden önce. Sigorta süresi, talep edilen ikamet izni süresinin tamamını kapsamalıdır: sigortayı en az {requestedEnd} tarihine kadar uzatın veya en geç {insuranceEnd} olan bir bitiş tarihi talep edin.`,
        'insurance-age.chooseAgeOption': `Başvuru tarihinde {age} yaşındasınız. 18 yaşından küçük veya 65 yaşından büyük (yani 66 ve üzeri) kısa dönem ve öğrenci ikamet izni başvuru sahiplerinden sağlık sigortası istenmez: sigorta türü olarak "18 yaş altı ve 65 yaş üstü olanlar" seçeneğini seçin. Geçerli bir sigortanız varsa yine de ibraz edin.`,
        'insurance-age.notEligible': `Başvuru tarihinde {age} yaşındasınız; bu nedenle "18 yaş altı ve 65 yaş üstü olanlar" seçeneği size uygun değil: yalnızca 18 yaşından küçük veya 65 yaşından büyük (yani 66 ve üzeri) başvuru sahipleri içindir. Gerçekte sahip olduğunuz sigortayı seçin; sigorta talep edilen sürenin tamamını kapsamalıdır.`,
        'insurance-age.notForPermitType': `"18 yaş altı ve 65 yaş üstü olanlar" seçeneği yalnızca kısa dönem ve öğrenci ikamet izinleri içindir. Bu izin türünde yaş fark etmeksizin geçerli sağlık sigortası gerekir: gerçekte sahip olduğunuz sigortayı seçin.`,
        'insurance-cover.seddkMinimum': `Özel sağlık sigortası, SEDDK'nın 2024/34 sayılı genelgesindeki (01.04.2025'ten beri yürürlükte) asgari teminatı karşılamalıdır: yıllık en az {outpatientMinimum} TL ayakta tedavi; anlaşmalı hastanelerde limitsiz ve katılım payısız yatarak tedavi. Sigortacınızdan bunu poliçede teyit etmesini isteyin.`,
        'family-insurance.notAllMembers': `Aile ikamet izninde destekleyicinin sağlık sigortası tüm aile bireylerini kapsamalıdır (SGK provizyon belgesi hem destekleyiciyi hem aile bireylerini kapsamalıdır). Başvurmadan önce sigortayı tüm aile bireylerini kapsayacak şekilde genişletin.`,
        'duration-cap.tooLong': `Bu ikamet izni bir seferde en fazla {capMonths} ay süreyle verilir; {requestedEnd} bitiş tarihi bu süreyi aşıyor. En geç {latestEnd} olan bir bitiş tarihi seçin.`,
        'duration-cap.tooManyMonths': `Bu ikamet izni bir seferde en fazla {capMonths} ay süreyle verilir; siz {requestedMonths} ay talep ettiniz. {capMonths} ay veya daha kısa bir süre talep edin.`,
        'duration-cap.tooLongDays': `İnsan ticareti mağduru ikamet izni ilk olarak {capDays} gün süreyle verilir; {requestedEnd} bitiş tarihi bu süreyi aşıyor. En geç {latestEnd} olan bir bitiş tarihi seçin.`,
        'duration-cap.tooManyMonthsForDays': `İnsan ticareti mağduru ikamet izni ilk olarak {capDays} gün süreyle verilir; siz {requestedMonths} ay talep ettiniz. Daha kısa bir süre talep edin.`,
        'duration-cap.reportedCapExceeded': `Yatırımcılara ve KKTC vatandaşlarına verilen izinler 2 yıllık sınırın dışındadır (YUKK 31(2)); konsolosluk ve hukuk bürosu sayfalarına göre en fazla {capMonths} ay (5 yıl) için verilir. {requestedEnd} bitiş tarihi {latestEnd} tarihini aşıyor; daha kısa bir süre düşünün.`,
        'duration-cap.reportedCapExceededMonths': `Yatırımcılara ve KKTC vatandaşlarına verilen izinler 2 yıllık sınırın dışındadır (YUKK 31(2)); konsolosluk ve hukuk bürosu sayfalarına göre en fazla {capMonths} ay (5 yıl) için verilir. Siz {requestedMonths} ay talep ettiniz; daha kısa bir süre düşünün.`,
        'turkish-course-limit.reached': `Türkçe öğrenme kursu amaçlı kısa dönem ikamet izni toplamda en fazla {maxPermits} kez verilir; siz daha önce {previousPermits} kez almışsınız. Durumunuza uygun başka bir amaç seçin.`,
        'tourism-permit.oneYearReached': `Turistik ikamet izniyle {months} ay geçirdiniz. Genel Müdürlüğün 2019 duyurusundan bu yana, turizm amaçlı izinlerle toplamda veya tek seferde {limitMonths} ay kalanlara, turizm dışında haklı bir sebep sunmadıkça yeni izin veya uzatma verilmiyor. Bu sebebi hazırlayın ya da kalışınıza gerçekten uyan amacı seçin.`,
        'tourism-permit.oneYearLimit': `Turistik ikamet izni uygulamada sınırlıdır: turizm amaçlı izinlerle toplam {limitMonths} ay kaldıktan sonra, haklı bir sebep sunulmadıkça yeni izin veya uzatmanın reddedildiği bildiriliyor (2019 duyurusu, 2020'de askıya alındı, 2022'den bu yana yeniden sıkı uygulanıyor).`,
        'tourism-permit.recentPractice': `2025–26 raporlarına göre turistik izinler çoğu zaman talep edilenden kısa süreyle veriliyor ve kişi başına net asgari ücretin yaklaşık 1,5 katı gelir ({wageYear} rakamıyla aylık {perPerson} TL) belgelenmesi isteniyor. Bu kanunda yazılı değildir; banka hesap dökümlerinizi getirin.`,
        'tourism-permit.recentPracticeNoWage': `2025–26 raporlarına göre turistik izinler çoğu zaman talep edilenden kısa süreyle veriliyor ve kişi başına net asgari ücretin yaklaşık 1,5 katı gelir belgelenmesi isteniyor. Bu kanunda yazılı değildir; banka hesap dökümlerinizi getirin.`,
        'graduate-window.usedBefore': `Türkiye'de yükseköğrenimini tamamlayanlara verilen ikamet izni yalnızca bir defaya mahsus verilir ve siz bu hakkı kullandınız. Durumunuza uygun başka bir amaç seçin.`,
        'graduate-window.late': `{graduationDate} tarihinde mezun oldunuz. Mezunlara verilen ikamet izni (YUKK 31(1)(i)) yalnızca mezuniyetten itibaren 6 ay içinde, yani en geç {windowEnd} tarihinde başvuranlara verilir. Bu tarih geçti: durumunuza uygun başka bir amaç seçin.`,
        'graduate-window.deadlines': `{graduationDate} tarihinde mezun oldunuz. Mezunlara verilen ikamet iznine 6 ay içinde ({windowEnd} tarihine kadar) başvurulur; ancak üniversiteler öğrenci ikamet izninin mezuniyetle sona erdiğini ve 10 gün içinde ({tenDayDeadline} tarihine kadar) yeni başvuru yapılması gerektiğini belirtiyor. Kaynaklar çelişiyor: en güvenlisi {tenDayDeadline} tarihine kadar başvurmaktır.`,
        'supporter-permit-end.beyond': `Aile ikamet izni, destekleyicinin {supporterPermitEnd} tarihinde sona eren kendi ikamet izninin süresini aşamaz. {requestedEnd} tarihini girdiniz; en geç {supporterPermitEnd} olan bir bitiş tarihi seçin.`,
        'long-term-extension.notPossible': `Uzun dönem ikamet izni süresizdir ve uzatılmaz. Doğru izin türünü ve başvuru türünü seçtiğinizi kontrol edin.`,
        'family-income.noWageFigure': `{year} yılı asgari ücreti bu asistanın tablosunda yok; bu nedenle destekleyicinin geliri kontrol edilemiyor. Gelir, toplamda asgari ücretten ve aile fertleri başına asgari ücretin üçte birinden az olmamalıdır.`,
        'family-income.latestKnownFigure': `{year} yılı asgari ücreti henüz yayımlanmadı (ya da bu asistana henüz eklenmedi); gelir {wageYear} rakamıyla karşılaştırılıyor ve bu kontrol {year} için yeterli olduğunu doğrulayamaz. Başvurmadan önce güncel rakamı kontrol edin.`,
        'family-income.belowBothBases': `Destekleyicinin {income} TL geliri, {familySize} kişilik aile için {year} yılı eşiğinin her iki hesaba göre de altında: net asgari ücrete göre {netThreshold} TL, brüt asgari ücrete göre {grossThreshold} TL. Kanun, toplam miktarı asgari ücretten az olmamak üzere fert başına asgari ücretin üçte birinden az olmayan gelir arar; net mi brüt mü esas alındığı ve destekleyicinin sayıya dahil olup olmadığı netleşmemiştir. Başvuru reddedilebilir: varsa başka düzenli gelirlerinizi belgelendirin.`,
        'family-income.belowGrossBasis': `Destekleyicinin {income} TL geliri, {familySize} kişilik aile için {year} yılı eşiğini net asgari ücrete göre ({netThreshold} TL) karşılıyor, ancak brüt asgari ücrete göre ({grossThreshold} TL) karşılamıyor. Net mi brüt mü esas alındığı netleşmemiştir; mümkünse başka düzenli gelirlerinizi de belgelendirin.`,
        'supporter-residence.tooShort': `Yabancı destekleyicinin Türkiye'de en az 1 yıl ikamet izniyle kalmış olması gerekir; siz {residenceMonths} ay girdiniz. Destekleyicinin süresi 12 aya ulaşana kadar bekleyin veya başka bir izin türü seçin.`,
        'supporter-residence.currentPermitRecent': `Destekleyicinin mevcut ikamet izni {supporterPermitStart} tarihinde, bir yıldan kısa süre önce başladı. Yabancı destekleyicinin en az 1 yıl ikamet izniyle kalmış olması gerekir: daha önceki bir ikamet izni yoksa {oneYearDate} tarihinde veya sonrasında başvurun.`,
        'spouse-age.applicantUnder18': `Eşe verilen aile ikamet izninde her iki eşin de en az 18 yaşında olması gerekir; başvuru tarihinde siz {age} yaşındasınız.`,
        'spouse-age.supporterUnder18': `Eşe verilen aile ikamet izninde her iki eşin de en az 18 yaşında olması gerekir; eşiniz (destekleyici) başvuru tarihinde {age} yaşında.`,
        'long-term-conditions.eightYears': `Uzun dönem ikamet izni: Türkiye'de kesintisiz 8 yıl ikamet izniyle kalmış olmanız gerekir; öğrenci ikamet izniyle geçen sürenin yarısı hesaba katılır.`,
        'long-term-conditions.noSocialAssistance': `Uzun dönem ikamet izni: son 3 yıl içinde sosyal yardım almamış olmanız gerekir; Sosyal Yardımlaşma ve Dayanışma Vakfından (SYDV) alınacak yazı istenir.`,
        'long-term-conditions.incomeInsuranceOrder': `Uzun dönem ikamet izni: yeterli ve düzenli gelire, geçerli sağlık sigortasına (yaş muafiyeti yoktur) sahip olmanız ve kamu düzeni veya kamu güvenliği bakımından tehdit oluşturmamanız gerekir.`,
        'long-term-conditions.excludedStatuses': `Mülteci, şartlı mülteci, ikincil koruma statüsü sahibi, insani ikamet izni sahibi ve geçici koruma altındaki kişilere uzun dönem ikamet izni verilmez.`,
        'long-term-conditions.timeAbroad': `Sağlık, eğitim ve ülkesindeki zorunlu kamu hizmeti hâlleri dışında kesintisiz olarak 1 yıldan fazla yurt dışında kalınması hâlinde uzun dönem ikamet izni iptal edilir.`,
        'long-term-conditions.policyBoardRoute': `Göç Politikaları Kurulu yoluyla uzun dönem ikamet izni (YUKK 42): Kurulun belirlediği şartları taşıyorsanız 8 yıllık ikamet şartı aranmaz; bu tür kararları Bakanlık ayrıca duyurur. Belge listesi daha kısadır: başvuru formu, pasaportunuz, varsa önceki ikamet izni, 2 fotoğraf ve adres kayıt belgesi.`,
        'address-notification.deadline': `{moveDate} tarihinde taşındınız: yeni adresinizi {deadline} tarihine kadar (20 iş günü içinde) İl Göç İdaresi Müdürlüğüne ve Nüfus Müdürlüğüne bildirin.`,
        'address-notification.overdue': `{moveDate} tarihinde taşındınız; yeni adresi bildirmek için tanınan 20 iş günlük süre {deadline} tarihinde doldu. Hemen İl Göç İdaresi Müdürlüğüne ve Nüfus Müdürlüğüne bildirin.`,
        'address-notification.late': `{notifyDate} tarihinde bildirim yapmak, {moveDate} tarihindeki taşınmanız için tanınan 20 iş günlük süreyi aşıyor. En geç {deadline} tarihinde bildirin.`,
        'province-move.feeCarriesOver': `Başka bir ile taşındıktan sonra o ilde yeni bir ikamet izni için başvurursunuz. İzin türü değişmiyorsa, kalan süre için daha önce ödenmiş harç tekrar alınmaz.`,
        'province-move.deadline': `{moveDate} tarihinde başka bir ile taşındınız: o ilde yeni ikamet izni için en geç {deadline} tarihinde (20 iş günü içinde) başvurun.`,
        'province-move.late': `{moveDate} tarihinde başka bir ile taşındınız; o ilde başvuru için tanınan 20 iş günlük süre {deadline} tarihinde doldu. Hemen başvurun ve gecikmeyi açıklamaya hazır olun.`,
        'personal-data-notification.deadline': `{changeDate} tarihindeki pasaport, medeni hâl veya soyadı değişikliğini 20 gün içinde İl Göç İdaresi Müdürlüğüne bildirin. Bu sürenin takvim günü mü iş günü mü olduğu belirsiz: güvenli olması için {calendarDeadline} tarihine kadar bildirin (20 iş günü {workingDeadline} tarihinde dolar).`,
        'personal-data-notification.deadlineCalendarDays': `{changeDate} tarihindeki pasaport, medeni hâl veya soyadı değişikliğini 20 gün içinde İl Göç İdaresi Müdürlüğüne bildirin: güvenli olması için {calendarDeadline} tarihine kadar.`,
        'newborn-permit.deadline': `{childBirthDate} tarihinde Türkiye'de doğan çocuk için doğumdan itibaren 180 gün içinde, yani en geç {deadline} tarihinde ikamet izni alınmalıdır; izin doğum tarihinden başlar. O zamana kadar çocuk, yalnızca ebeveyninin ikamet izni süresince doğum belgesiyle kalabilir.`,
        'newborn-permit.late': `{childBirthDate} tarihindeki doğumdan sonraki 180 gün {deadline} tarihinde doldu. Çocuğun ikamet izni için hemen başvurun: çocuk ülkeden çıkarken harç iki kat alınır.`,
        'fee-notice.cardFee': `{year} yılı harç ve bedelleri: ikamet izni belge (kart) bedeli tüm uyruklar için {cardFee} TL; ikamet harcı uyruğunuza ve talep edilen ay sayısına göre değişir (araç çubuğu penceresindeki Harçlar sekmesine bakın). Randevudan önce ödeyin ve dekontları getirin.`,
        'fee-notice.cardFeeOutdated': `{year} yılı belge bedeli henüz yayımlanmadı (ya da bu asistana henüz eklenmedi); {figureYear} yılında {cardFee} TL idi ve genellikle her ocak ayında artar. Ödemeden önce e-İkamet'in gösterdiği tutarı kontrol edin.`,
      },
      docs: {
        'permit.type.short-term': `Kısa dönem ikamet izni`,
        'permit.type.family': `Aile ikamet izni`,
        'permit.type.student': `Öğrenci ikamet izni`,
        'permit.type.long-term': `Uzun dönem ikamet izni`,
        'permit.type.humanitarian': `İnsani ikamet izni`,
        'permit.type.trafficking-victim': `İnsan ticareti mağduru ikamet izni`,
        'permit.purpose.scientific-research': `Bilimsel araştırma`,
        'permit.purpose.property-owner': `Türkiye'de taşınmaz malı bulunma`,
        'permit.purpose.business': `Ticari bağlantı veya iş kurma`,
        'permit.purpose.in-service-training': `Hizmet içi eğitim`,
        'permit.purpose.education-exchange': `Anlaşmalar veya öğrenci değişim programları çerçevesinde eğitim`,
        'permit.purpose.tourism': `Turizm`,
        'permit.purpose.medical-treatment': `Tedavi`,
        'permit.purpose.authority-request': `Adli veya idari makamların talebi ya da kararı`,
        'permit.purpose.from-family-permit': `Aile ikamet izninden geçiş`,
        'permit.purpose.turkish-course': `Türkçe öğrenme kursu`,
        'permit.purpose.public-institution-programme': `Kamu kurumları aracılığıyla eğitim, araştırma, staj veya kurs`,
        'permit.purpose.graduate': `Türkiye'de yükseköğrenimini tamamlayanlar`,
        'permit.purpose.investor': `Yatırım`,
        'permit.purpose.trnc-citizen': `KKTC vatandaşları`,
        'application.kind.first': `İlk başvuru`,
        'application.kind.extension': `Uzatma başvurusu`,
        'application.kind.transfer': `Geçiş başvurusu (ikamet izni türü değişikliği)`,
        'status.ok': `Bu başvuru için belge listesi bulundu.`,
        'status.uncertain': `Bu listenin bir kısmı belirsiz: eksiksiz bir resmî liste bulunamadı. Notlara bakın.`,
        'status.impossible': `Bu başvuru yapılamaz.`,
        'requirement.required': `Zorunlu`,
        'requirement.if-applicable': `Yalnızca durumunuza uyuyorsa`,
        'requirement.if-requested': `Yalnızca idare isterse`,
        'requirement.not-required': `Zorunlu değil`,
        'group.common': `Temel belgeler`,
        'group.insurance': `Sağlık sigortası`,
        'group.address': `Adres`,
        'group.applicant': `Başvuru sahibine ilişkin`,
        'group.purpose': `Kalış amacı`,
        'group.children': `Çocuklar`,
        'group.supporter': `Destekleyici (Türkiye'deki aile üyesi)`,
        'group.minor': `18 yaşından küçük başvuru sahipleri`,
        'group.representation': `Başkası adına başvuru`,
        'group.legalisation': `Apostil, tercüme ve imza`,
        'confidence.official': `Resmî kaynak`,
        'confidence.official-copy': `Resmî metin (kopyasından okundu)`,
        'confidence.consultancy': `Danışmanlık veya üniversite kaynağı`,
        'confidence.uncertain': `Belirsiz`,
        'condition.always': `Bu türdeki her başvuru için gerekir.`,
        'condition.first-or-transfer': `İlk başvuru veya geçiş başvurusu olduğu için.`,
        'condition.extension-only': `Uzatma başvurusu olduğu için.`,
        'condition.transfer-only': `Geçiş başvurusu olduğu için.`,
        'condition.extension-or-transfer': `Zaten bir ikamet izniniz olduğu için (uzatma veya geçiş).`,
        'condition.passport-changed': `Yalnızca pasaportunuz değiştiği için.`,
        'condition.non-latin-passport': `Yalnızca pasaportunuz Latin alfabesiyle yazılmadığı için.`,
        'condition.names-not-separated': `Yalnızca pasaportunuzda ad ve soyad ayrı yazılmadığı için.`,
        'condition.foreign-documents': `Yalnızca bazı belgeleriniz yurt dışında düzenlendiği için.`,
        'condition.turkish-documents': `Yalnızca bazı belgeleriniz Türkiye'de düzenlendiği için.`,
        'condition.on-behalf-parent': `Yalnızca başvuruyu veli (anne veya baba) yaptığı için.`,
        'condition.on-behalf-guardian': `Yalnızca başvuruyu vasi yaptığı için.`,
        'condition.on-behalf-lawyer': `Yalnızca başvuruyu avukat yaptığı için.`,
        'condition.under-18': `Yalnızca başvuru sahibi 18 yaşından küçük olduğu için.`,
        'condition.under-18-parent-abroad': `Yalnızca başvuru sahibi 18 yaşından küçük olduğu ve anne, baba veya yasal temsilcisi yurt dışında bulunduğu için.`,
        'condition.newborn-in-turkiye': `Yalnızca çocuk Türkiye'de doğduğu için.`,
        'condition.age-unknown': `Başvuru sahibinin yaşı bilinmediği için.`,
        'condition.insurance-age-exempt': `Başvuru sahibi 18 yaşından küçük veya 65 yaşından büyük olduğu için (kısa dönem ve öğrenci ikamet izni).`,
        'condition.purpose': `Seçtiğiniz kalış amacı nedeniyle.`,
        'condition.purpose-unknown': `Kalış amacı seçilmediği için.`,
        'condition.property-owner': `Türkiye'de taşınmaz malınız bulunduğu için.`,
        'condition.family-spouse': `Yalnızca başvuru sahibi destekleyicinin eşi olduğu için.`,
        'condition.spouse-of-turkish-citizen': `Yalnızca başvuru sahibi bir Türk vatandaşıyla evli olduğu için.`,
        'condition.supporter-citizen': `Destekleyici Türk vatandaşı olduğu için.`,
        'condition.supporter-foreign': `Yalnızca destekleyici Türk vatandaşı olmadığı için.`,
        'condition.family-role-unknown': `Başvuru sahibinin ailedeki konumu bilinmediği için.`,
        'condition.parents-not-identifiable': `Yalnızca anne ve baba çocuğun pasaportundan veya kimliğinden anlaşılamadığı için.`,
        'condition.parents-divorced': `Yalnızca çocuğun anne ve babası boşandığı için.`,
        'condition.parent-abroad': `Yalnızca velayeti paylaşan ebeveyn yurt dışında yaşadığı için.`,
        'condition.parent-deceased': `Yalnızca çocuğun anne veya babası vefat ettiği için.`,
        'condition.adult-dependent-child': `Yalnızca başvuru sahibi reşit, bağımlı çocuk olduğu için.`,
        'condition.student-child': `Yalnızca başvuru sahibi öğrenci olan bağımlı çocuk olduğu için (25 yaşına kadar).`,
        'condition.university-student': `Başvuru sahibi üniversite öğrencisi olduğu için.`,
        'condition.school-student': `Yalnızca başvuru sahibi ilk veya ortaöğretim öğrencisi olduğu için.`,
        'condition.university-minor-without-student-visa': `Yalnızca başvuru sahibi öğrenci vizesiyle girmemiş, 18 yaşından küçük bir üniversite öğrencisi olduğu için.`,
        'condition.long-term-eight-years': `Yalnızca olağan yolda, yani ikamet izniyle 8 yıl kalınarak yapılan başvurularda (Göç Politikaları Kurulu yolunda değil).`,
        'condition.long-term-policy-board': `Yalnızca Göç Politikaları Kurulu yoluyla (YUKK 42) başvurduğunuz için.`,
        'item.application-form.title': `e-İkamet başvuru formu (çıktısı alınmış ve imzalanmış)`,
        'item.application-form.note': `Çevrim içi başvurunun sonunda çıktısını alın ve imzalayın.`,
        'item.passport-original.title': `Pasaport veya pasaport yerine geçen belgenin aslı`,
        'item.passport-original.note': `Randevuda gösterilir. Fotoğraflı sayfanın fotokopisini de getirin.`,
        'item.passport-notarised-copy.title': `Pasaportun noter onaylı, Türkçe tercümeli fotokopisi`,
        'item.passport-notarised-copy.note': `Uzatma başvurusunda aslı yerine noter onaylı, tercümeli fotokopi verilir.`,
        'item.earlier-passport-pages.title': `Önceki pasaport(lar)ın sayfalarının fotokopisi`,
        'item.passport-translation.title': `Pasaportun yeminli veya resmî tercümesi`,
        'item.consular-id-document.title': `Konsolosluğunuzdan alınmış, ad ve soyadınızı gösteren kimlik belgesi`,
        'item.consular-id-document.note': `Ad ve soyad alanlarını bu belgede yazdığı gibi doldurun.`,
        'item.biometric-photos.title': `Biyometrik fotoğraf`,
        'item.biometric-photos.note': `Son 6 ay içinde, beyaz fonda çekilmiş olmalıdır. Selfie, toplu, siyah-beyaz veya eski fotoğraf kabul edilmez. Eski listeler {count} adet ister.`,
        'item.fee-receipts.title': `Kart bedeli ve ikamet izni harcı ödeme makbuzları (dekontları)`,
        'item.fee-receipts.note': `İkisini de randevudan önce ödeyin. Bazı ülkelerin vatandaşları ikamet harcından muaftır, ancak kart bedelini öder.`,
        'item.fee-receipts.student.title': `Kart bedeli ödeme makbuzu (dekontu)`,
        'item.fee-receipts.student.note': `Üniversitelerin listeleri yalnızca kart bedeli makbuzunu ister.`,
        'item.uets-registration.title': `UETS (Ulusal Elektronik Tebligat Sistemi) kayıt belgesi`,
        'item.uets-registration.note': `Elektronik tebligat için bir PTT şubesinde kayıt olun ve kayıt belgesini getirin.`,
        'item.insurance.title': `Talep edilen ikamet süresinin tamamını kapsayan sağlık sigortası`,
        'item.insurance.note': `Kabul edilenler: ikili sosyal güvenlik sözleşmesi kapsamında SGK belgesi, SGK provizyon belgesi, SGK genel sağlık sigortası (GSS) başvuru belgesi veya Türkiye'deki bir şirket aracılığıyla düzenlenmiş, SEDDK'nın belirlediği asgari teminatı içeren özel sağlık sigortası poliçesi. Kısa dönem ve öğrenci ikamet izninde 18 yaşından küçükler ve 65 yaşından büyükler sigorta yaptırmak zorunda değildir.`,
        'item.insurance.exempt.title': `Sağlık sigortası: zorunlu değil (18 yaş altı veya 65 yaş üstü)`,
        'item.insurance.exempt.note': `Sigorta yaptırmanız gerekmez. Geçerli bir sigortanız varsa onu sunun. Formda '18 yaş altı ve 65 yaş üstü olanlar' seçeneğini seçin.`,
        'item.insurance.long-term.note': `Uzun dönem ikamet izninde geçerli sağlık sigortası yasal bir şarttır; yaş muafiyeti yoktur. Diğer izinlerde olduğu gibi SGK belgeleri veya özel sağlık sigortası kabul edilir.`,
        'item.address-proof.title': `Adres belgesi: aşağıdakilerden biri`,
        'item.address-proof.note': `Yeni bir adreste mahallenin yabancıların ikamet kaydına açık olduğunu kontrol edin.`,
        'alternative.address-lease.title': `Noter onaylı kira sözleşmesi`,
        'alternative.address-host-undertaking.title': `Yanında kaldığınız kişinin noter onaylı taahhütnamesi`,
        'alternative.address-host-undertaking.note': `Ev sahibi evliyse eşinin de noter onaylı taahhütnamesi; ayrıca ev sahibi adına düzenlenmiş bir fatura veya abonelik belgesi.`,
        'alternative.address-dormitory.title': `Yurttan alınan yazı`,
        'alternative.address-hotel.title': `Konaklama süresini gösteren otel belgesi ve ödeme makbuzu`,
        'alternative.address-own-home.title': `Kendi eviniz: tapu ve numarataj belgesi`,
        'item.address-proof-edevlet.title': `e-Devlet'ten alınmış yerleşim yeri belgesi ile bir fatura veya abonelik belgesi`,
        'item.address-proof-edevlet.note': `e-Devlet'ten indirin; "resmi kurumlarda kullanılabilir" ibareli belgeler kabul edilir. Aynı adrese ait güncel bir elektrik, su, doğalgaz veya internet faturası ekleyin.`,
        'item.means-declaration.title': `Kalış süresince yeterli ve düzenli maddi imkâna sahip olunduğuna dair beyan`,
        'item.means-declaration.note': `Başvuru formunda beyan edilir. İdare banka hesap dökümü gibi belgeler isteyebilir.`,
        'item.current-permit-card.title': `Mevcut ikamet izni kartınız`,
        'item.purpose-continues.title': `Kalış amacının devam ettiğini gösteren belge`,
        'item.purpose-continues.note': `Örneğin araştırmanın veya kursun uzatıldığını gösteren yazı.`,
        'item.research-visa.title': `Bilimsel araştırma amacıyla verilmiş vize`,
        'item.research-place-duration.title': `Araştırmanın yerini ve süresini gösteren resmî belge`,
        'item.research-place-duration.note': `Örneğin bir bakanlıktan veya üniversiteden alınmış izin yazısı.`,
        'item.property-title-deed.title': `Tapu senedi: aslı ve fotokopisi`,
        'item.property-current-record.title': `Tapu müdürlüğünden alınmış güncel tapu kaydı`,
        'item.property-current-record.note': `Taşınmazı 6 aydan daha önce satın aldıysanız gerekir.`,
        'item.property-valuation.title': `Taşınmazın değerleme raporu`,
        'item.property-valuation.note': `{since} tarihinden beri taşınmazın değerinin en az {amount} olması gerektiği bildiriliyor. Güncel tutarı İl Göç İdaresine sorun.`,
        'item.tax-number.title': `Vergi kimlik numarası`,
        'item.tax-number.note': `Yabancılar vergi dairesinden alır.`,
        'item.business-invitation.title': `İş ilişkisi kuracağınız şirket veya kişiden davet mektubu`,
        'item.company-documents.title': `Şirketin faaliyet belgesi, vergi levhası ve ticaret sicil gazetesi`,
        'item.company-documents.note': `İstenebilir. Eski listeler noter onaylı suretlerini ister.`,
        'item.training-letter.title': `Hizmet içi eğitimin yerini ve süresini gösteren yazı`,
        'item.host-institution-letter.title': `Sizi kabul eden kurumdan alınan yazı (öğrenci değişim programı veya anlaşma)`,
        'item.travel-plan.title': `Seyahat planı: nerede, ne zaman ve ne kadar süre kalacağınız`,
        'item.hospital-document.title': `Tedavinize ilişkin hastane belgesi`,
        'item.previous-family-permit.title': `Aile ikamet izniniz (kartı)`,
        'item.divorce-or-death-document.title': `Boşanma kararı veya destekleyicinin ölüm belgesi`,
        'item.divorce-or-death-document.note': `Boşanma veya destekleyicinin ölümü nedeniyle geçiyorsanız gerekir; aile ikamet izniyle 3 yıl kaldıktan sonra 18 yaşını doldurduğunuz için geçiyorsanız gerekmez.`,
        'item.turkish-course-document.title': `TÖMER veya MEB Türkçe kursundan kayıt belgesi`,
        'item.turkish-course-document.note': `Türkçe kursu amaçlı ikamet izni en fazla iki kez verilir.`,
        'item.graduation-document.title': `Türkiye'deki yükseköğretim kurumundan mezuniyet belgesi veya diploma`,
        'item.graduation-document.note': `Mezuniyetten sonraki 6 ay içinde başvurun; bu izin bir defaya mahsus ve en fazla 1 yıl için verilir.`,
        'item.investor-eligibility-certificate.title': `Yatırımcılar için uygunluk belgesi`,
        'item.marriage-certificate.title': `Evlilik belgesi`,
        'item.civil-registry-record.title': `Türk vatandaşı eşin vukuatlı nüfus kayıt örneği`,
        'item.civil-registry-record.note': `e-Devlet'ten veya herhangi bir nüfus müdürlüğünden alınabilir.`,
        'item.supporter-cost-undertaking.title': `Destekleyicinin masraflarınızı karşılayacağına dair noter onaylı taahhütnamesi`,
        'item.family-child-birth-certificate.title': `Çocuğun doğum belgesi`,
        'item.custody-decision-or-consent.title': `Boşanma sonrası velayet: aşağıdakilerden biri`,
        'alternative.custody-decision.title': `Mahkemenin velayet kararı`,
        'alternative.other-parent-consent.title': `Diğer ebeveynin muvafakatnamesi`,
        'item.parent-abroad-custody-consent.title': `Velayeti paylaşan ve yurt dışında bulunan ebeveynin muvafakatnamesi`,
        'item.parent-death-certificate.title': `Vefat eden ebeveynin ölüm belgesi`,
        'item.dependency-proof.title': `Reşit çocuğun destekleyiciye bağımlı olduğunu gösteren belge`,
        'item.dependent-child-student-certificate.title': `Bağımlı çocuğun öğrenci belgesi`,
        'item.supporter-identity.title': `Destekleyicinin kimlik belgeleri`,
        'alternative.supporter-citizen-id.title': `Türk vatandaşı: T.C. kimlik kartı`,
        'alternative.supporter-foreigner-documents.title': `Yabancı: pasaport ile birlikte ikamet veya çalışma izni, Mavi Kart ya da mülteci veya ikincil koruma kimlik belgesi`,
        'item.supporter-income-proof.title': `Destekleyicinin gelirini gösteren belge`,
        'item.supporter-income-proof.note': `Toplamı asgari ücretten az olmamak üzere, aile fertleri başına asgari ücretin üçte birinden az olmayan gelir.`,
        'item.supporter-insurance.title': `Destekleyicinin tüm aile fertlerini kapsayan sağlık sigortası`,
        'item.supporter-insurance.note': `SGK provizyon belgesi hem destekleyiciyi hem de aile fertlerini kapsamalıdır.`,
        'item.supporter-criminal-record.title': `Destekleyicinin adli sicil kaydı`,
        'item.supporter-criminal-record.note': `Son 5 yıl içinde aile düzenine karşı suç işlenmediğini gösterir. Türkiye'deki kayıt e-Devlet'ten alınabilir.`,
        'item.supporter-address-registration.title': `Destekleyicinin adres kayıt sistemine kayıtlı olduğunu gösteren belge`,
        'item.supporter-address-registration.note': `Örneğin destekleyicinin e-Devlet'ten alınmış yerleşim yeri belgesi.`,
        'item.student-certificate.title': `Güncel öğrenci belgesi (e-Devlet barkodlu veya okulca imzalı)`,
        'item.university-minor-guardian-consent.title': `Veli belgesi (doğum belgesi veya aile kayıt belgesi) ve muvafakatname`,
        'item.university-minor-guardian-consent.note': `Vizesiz veya öğrenci vizesi dışında bir vizeyle girmiş, 18 yaşından küçük üniversite öğrencileri için; öğrenci vizesiyle girenlerden istenmez.`,
        'item.school-consent-and-sponsor.title': `Anne ve babanın veya yasal temsilcinin muvafakati ile masrafları karşılayacak kişiyi gösteren belge`,
        'item.previous-permit-cards.title': `Önceki ikamet izni kartlarınız veya fotokopileri`,
        'item.sydv-letter.title': `Sosyal Yardımlaşma ve Dayanışma Vakfı (SYDV) yazısı`,
        'item.sydv-letter.note': `Son 3 yıl içinde sosyal yardım almadığınızı gösterir.`,
        'item.income-proof.title': `Yeterli ve düzenli gelire sahip olduğunuzu gösteren belge`,
        'item.criminal-record.title': `Ülkenizden ve Türkiye'den alınmış adli sicil kaydı`,
        'item.address-registration-document.title': `Adres kayıt sistemine kayıtlı olduğunuzu gösteren belge`,
        'item.address-registration-document.note': `Örneğin e-Devlet'ten alınmış yerleşim yeri belgesi.`,
        'item.newborn-birth-certificate.title': `Çocuğun Türkiye'de düzenlenmiş doğum belgesi`,
        'item.minor-birth-certificate.title': `Apostilli doğum belgesi ve noter onaylı Türkçe tercümesi`,
        'item.parent-abroad-consent.title': `Yurt dışındaki anne, baba veya yasal temsilcinin apostilli muvafakatnamesi`,
        'item.consented-person-undertaking.title': `Muvafakat verilen, Türkiye'deki kişinin noter onaylı taahhütnamesi`,
        'item.representative-child-birth-certificate.title': `Veli olduğunuzu gösteren, çocuğun doğum belgesi`,
        'item.guardianship-decision.title': `Vasi atama kararı`,
        'item.power-of-attorney.title': `Avukat için vekâletname`,
        'item.power-of-attorney.note': `İdare, başvuru sahibinin de hazır bulunmasını isteyebilir.`,
        'item.foreign-documents-legalised.title': `Yurt dışında düzenlenmiş belgeler: apostil ve noter onaylı Türkçe tercüme`,
        'item.foreign-documents-legalised.note': `Apostil Sözleşmesine taraf olmayan ülkelerin belgeleri, apostil yerine o ülkenin dışişleri bakanlığı ve Türk konsolosluğu tarafından onaylanır.`,
        'item.turkish-documents-signed.title': `Türkiye'de düzenlenmiş belgeler: e-imzalı veya imzalı ve mühürlü`,
        'item.turkish-documents-signed.note': `e-Devlet'ten alınan "resmi kurumlarda kullanılabilir" ibareli belgeler kabul edilir.`,
        'note.age-unknown': `Yaşa bağlı belgeleri görmek için doğum tarihini girin (18 yaş altı: doğum belgesi ve muvafakatler; sigorta muafiyeti).`,
        'note.directorate-may-ask-more': `İl Göç İdaresi ek belge isteyebilir. Eksik belge için 30 güne kadar süre verilebilir; bu sürenin sonunda dosya kapatılır.`,
        'note.ex-officio-no-list': `Bu izin için belge listesi bulunamadı; izin valilikçe re'sen düzenlenir. Yalnızca ortak belgeler gösteriliyor; İl Göç İdaresine veya YİMER'e (157) danışın.`,
        'note.family-extension-recheck': `Uzatmada destekleyicinin geliri (F1), ikamet süresi (F2) ve iznin bitiş tarihi (D5: destekleyicinin izninden sonraya uzanamaz) destekleyicinin güncel iznine göre yeniden kontrol edilir.`,
        'note.family-originals': `Belgelerinizin asıllarını da randevuya götürün; asıllar orada gösterilir.`,
        'note.family-role-unknown': `O role ait belgeleri görmek için başvuru sahibinin eş mi, çocuk mu olduğunu belirtin.`,
        'note.long-term-extension-impossible': `Uzun dönem ikamet izni süresizdir ve uzatılamaz (D10).`,
        'note.long-term-policy-board-route': `Göç Politikaları Kurulu yolu: 8 yıla ilişkin belgeler (önceki izinler, SYDV yazısı, gelir, adli sicil) bu yolun listesinde yoktur. Başvuru formunu, pasaportunuzu, varsa önceki ikamet izninizi, 2 fotoğrafı ve adres kayıt belgesini getirin. Kurulun şartlarını Bakanlık ayrıca duyurur; sizin durumunuza uyduğunu kontrol edin.`,
        'note.long-term-first-or-transfer': `Uzun dönem ikamet iznine başvuranların zaten bir ikamet izni vardır; bu nedenle e-İkamet'in başvuruyu ilk başvuru mu yoksa geçiş mi saydığı belli değildir. Uzun dönem listesi önceki ikamet izni kartlarını, SYDV yazısını, gelir belgesini, sağlık sigortasını, adli sicil kayıtlarını ve adres kayıt belgesini ister.`,
        'note.newborn-180-days': `Türkiye'de doğan çocuk için doğumdan itibaren 180 gün içinde ikamet izni alınmalıdır; izin doğum tarihinden başlar. Aksi hâlde çıkışta iki kat harç alınır.`,
        'note.purpose-no-list': `Bu amaç için belge listesi bulunamadı. Kalış amacınızı gösteren belgeleri (örneğin ilgili makamın veya kurumun yazısı) getirin ve İl Göç İdaresine danışın.`,
        'note.purpose-nothing-extra': `Bu amaç için listelenenler dışında ek belge gerekmez.`,
        'note.purpose-unknown': `Amaca ait belgeleri görmek için kalış amacını seçin.`,
        'note.student-gss': `Üniversite öğrencileri, ilk kayıttan itibaren 3 ay içinde SGK'ya başvurursa genel sağlık sigortasından (GSS) yararlanabilir.`,
        'note.student-international-office': `{since} tarihinden beri üniversite öğrencileri dosyalarını, çevrim içi başvurudan sonra üniversiteye göre 7–10 gün içinde, üniversitenin uluslararası ofisine teslim eder.`,
        'note.transfer-no-list': `Bu izin türüne geçiş için belge listesi bulunamadı. Yalnızca ortak belgeler gösteriliyor; İl Göç İdaresinin bu izin türüne ait belgeleri istemesini bekleyin.`,
      },
    },
    ar: {
      ui: {
        'overlay.title': `مساعد e-İkamet`,
        'panel.collapse': `إخفاء المساعد`,
        'panel.expand': `إظهار المساعد`,
        'panel.tab': `المساعد`,
        'panel.page': `الصفحة`,
        'panel.application': `نوع الطلب`,
        'panel.fields': `الحقول في هذه الصفحة`,
        'panel.noFields': `لم يتعرّف المساعد على أي حقل في هذه الصفحة بعد.`,
        'panel.findings': `الفحوصات`,
        'panel.promise': `لا يرسل المساعد أي نموذج ولا ينقر ولا يكتب نيابةً عنك في هذا الموقع. لا تغادر أي بيانات هذا الجهاز.`,
        'page.home': `الصفحة الرئيسية`,
        'page.options': `صفحة خيارات الطلب`,
        'page.first-entry': `صفحة التسجيل المسبق للطلب الأول`,
        'page.extension-entry': `صفحة الدخول إلى طلب التمديد`,
        'page.transfer-entry': `صفحة الدخول إلى طلب التحويل`,
        'page.continue': `صفحة متابعة الطلب أو الاستعلام عنه`,
        'page.status': `صفحة حالة الطلب`,
        'page.verification': `صفحة التحقق`,
        'page.wizard-personal': `استمارة الطلب: المعلومات الشخصية`,
        'page.wizard-passport': `استمارة الطلب: وثيقة السفر`,
        'page.wizard-permit': `استمارة الطلب: تصريح الإقامة`,
        'page.wizard-address': `استمارة الطلب: العنوان`,
        'page.wizard-insurance': `استمارة الطلب: التأمين الصحي`,
        'page.wizard-summary': `استمارة الطلب: الملخّص`,
        'page.unknown': `صفحة لا يعرفها المساعد`,
        'application.first': `طلب أول`,
        'application.extension': `تمديد`,
        'application.transfer': `تحويل (تغيير نوع الإقامة)`,
        'drift.notice': `تبدو هذه الصفحة مختلفة عمّا يعرفه المساعد (حقول متوقعة مفقودة: {missing}؛ حقول غير معروفة: {unknown}). تُعرض التلميحات لما تم التعرّف عليه فقط، والتعبئة متوقفة في هذه الصفحة.`,
        'field.fillYourself': `املأ هذا الحقل بنفسك`,
        'badge.hintFor': `تلميح حول {label}`,
        'badge.fillYourselfFor': `{label}: املأ هذا الحقل بنفسك`,
        'language.label': `لغة المساعد`,
        'panel.tabFindings': `{count} من الأخطاء أو التحذيرات`,
        'findings.more': `معلومات إضافية ({count})`,
        'finding.source': `المصدر`,
        'finding.reference': `الأساس القانوني`,
        'finding.confidence': `درجة الثقة`,
        'finding.lastVerified': `آخر تحقق`,
        'finding.address': `النص`,
        'badge.findingFor': `{severity}: {label}`,
        'field.format': `الصيغة: {format}`,
        'field.mistakes': `أخطاء شائعة`,
        'checklist.title': `المستندات المطلوب تجهيزها`,
        'checklist.progress': `({done} من {total} جاهزة)`,
        'checklist.permitType': `نوع الإقامة`,
        'checklist.purpose': `غرض الإقامة`,
        'checklist.kind': `الطلب`,
        'checklist.choose': `اختر…`,
        'checklist.needsChoice': `اختر نوع الإقامة ونوع الطلب لعرض المستندات. تُملأ تلقائيًا عندما يعرضها النموذج.`,
        'checklist.print': `طباعة القائمة`,
        'print.title': `قائمة مستندات تصريح الإقامة`,
        'print.applicant': `مقدم الطلب`,
        'print.preparedOn': `أُعدّت بتاريخ {date}`,
        'print.ready': `جاهز:`,
        'print.notReady': `للتجهيز:`,
        'print.footer': `أُعدّت بواسطة مساعد e-İkamet، وهو أداة غير رسمية. قد تطلب مديرية الهجرة مستندات إضافية.`,
        'print.print': `طباعة`,
      },
      fields: {
        'field.givenName.label': `الاسم (كل الأسماء الأولى)`,
        'field.givenName.hint': `جميع أسمائك الأولى كما هي مكتوبة تمامًا في المنطقة المقروءة آليًا من جواز السفر، بالأحرف اللاتينية؛ ويُكتب الاسم الأوسط هنا أيضًا.`,
        'field.givenName.mistakes': `إسقاط الاسم الأوسط؛ استخدام اسم شهرة أو كتابة مترجمة للاسم.`,
        'field.surname.label': `اسم العائلة`,
        'field.surname.hint': `اسم عائلتك كما هو في جواز السفر تمامًا، بالأحرف اللاتينية. إذا كان الجواز لا يفصل بين الاسم واسم العائلة فخذهما من وثيقة هوية صادرة عن قنصلية بلدك.`,
        'field.surname.mistakes': `تبديل الاسم مع اسم العائلة؛ كتابته بتهجئة تختلف عن الجواز.`,
        'field.previousSurname.label': `اسم العائلة السابق`,
        'field.previousSurname.hint': `فقط إذا تغيّر اسم عائلتك (مثلًا بعد الزواج) اكتب اسم العائلة السابق؛ وإلا فاترك الحقل فارغًا.`,
        'field.previousSurname.mistakes': `تكرار اسم العائلة الحالي؛ ملء الحقل مع أن اسم العائلة لم يتغيّر قط.`,
        'field.fatherName.label': `اسم الأب`,
        'field.fatherName.hint': `الاسم الأول لأبيك فقط (Baba Adı)، من دون اسم العائلة.`,
        'field.fatherName.mistakes': `إضافة اسم العائلة أو سلسلة من الأسماء؛ في طلب التمديد، كتابته بتهجئة تختلف عن طلبك السابق.`,
        'field.motherName.label': `اسم الأم`,
        'field.motherName.hint': `الاسم الأول لأمك فقط (Anne Adı)، من دون اسم عائلتها.`,
        'field.motherName.mistakes': `إضافة اسم عائلتها أو اسم عائلتها قبل الزواج؛ في طلب التمديد، كتابته بتهجئة تختلف عن طلبك السابق.`,
        'field.birthDate.label': `تاريخ الميلاد`,
        'field.birthDate.hint': `تاريخ ميلادك كما هو مطبوع في جواز السفر. اختره من التقويم أو اكتب اليوم ثم الشهر ثم السنة.`,
        'field.birthDate.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 05.03.1990`,
        'field.birthDate.mistakes': `تبديل اليوم مع الشهر؛ أخذ التاريخ من وثيقة أخرى تختلف عن الجواز.`,
        'field.birthPlace.label': `مكان الميلاد`,
        'field.birthPlace.hint': `المدينة أو البلدة التي وُلدت فيها، بالتهجئة المكتوبة في جواز السفر.`,
        'field.birthPlace.mistakes': `كتابة اسم البلد فقط (فله حقل مستقل)؛ استخدام تهجئة مترجمة أو مختلفة.`,
        'field.birthCountry.label': `بلد الميلاد`,
        'field.birthCountry.hint': `البلد الذي وُلدت فيه، وقد يختلف عن جنسيتك. اكتب الأحرف الأولى من اسم البلد للبحث في القائمة.`,
        'field.birthCountry.mistakes': `اختيار بلد جنسيتك بحكم العادة رغم أنك وُلدت في بلد آخر.`,
        'field.gender.label': `الجنس`,
        'field.gender.hint': `اختر الجنس المبيّن في جواز سفرك. في القائمة التركية: Erkek = ذكر، Kadın = أنثى.`,
        'field.gender.mistakes': `اختيار الخيار الخطأ عندما تظهر القائمة باللغة التركية.`,
        'field.maritalStatus.label': `الحالة الاجتماعية`,
        'field.maritalStatus.hint': `حالتك الاجتماعية اليوم كما تظهر في وثائقك: أعزب (Bekar)، متزوج (Evli)، مطلّق (Boşanmış)، أرمل (Dul).`,
        'field.maritalStatus.mistakes': `الإبقاء على الحالة القديمة بعد زواج أو طلاق. أدخل حالتك الحالية حتى لو تغيّرت منذ إقامتك السابقة؛ وقد يؤدي ذلك إلى تحويلك إلى موعد.`,
        'field.nationality.label': `الجنسية`,
        'field.nationality.hint': `البلد الذي تحمل جنسيته، وهو عادةً البلد الذي أصدر الجواز الذي تقدّم به الطلب (Uyruğu / Vatandaşı Olduğunuz Ülke). اكتب الأحرف الأولى للبحث في القائمة.`,
        'field.nationality.mistakes': `اختيار بلد الإقامة أو بلد الميلاد بدلًا من بلد الجنسية.`,
        'field.otherNationality.label': `جنسية أخرى`,
        'field.otherNationality.hint': `فقط إذا كنت تحمل جنسية ثانية؛ وإلا فاترك الحقل فارغًا.`,
        'field.otherNationality.mistakes': `اختيار جنسيتك الأساسية مرة أخرى هنا.`,
        'field.nationalIdNumber.label': `الرقم الوطني في بلدك`,
        'field.nationalIdNumber.hint': `رقم الهوية الشخصي الصادر في بلدك (Uyruk Kimlik No)، مثل الرقم الوطني على بطاقة الهوية. إن لم يكن لديك رقم فيمكن ترك الحقل فارغًا.`,
        'field.nationalIdNumber.mistakes': `كتابة رقم الجواز أو رقم هوية الأجنبي التركي (الذي يبدأ بـ 99) هنا.`,
        'field.passportNumber.label': `رقم جواز السفر`,
        'field.passportNumber.hint': `رقم الجواز كما هو مطبوع تمامًا في صفحة البيانات. استمارة الطلب الأول تطلب رقم الجواز الذي دخلت به إلى تركيا (Türkiye'ye Girişteki Pasaport Numarası).`,
        'field.passportNumber.mistakes': `الخلط بين رقم الجواز القديم والجديد بعد التجديد؛ كتابة الحرف O بدل الرقم 0.`,
        'field.passportType.label': `نوع الوثيقة`,
        'field.passportType.hint': `نوع وثيقة السفر التي تحملها. للجواز العادي اختر خيار الجواز العادي (Umuma Mahsus Pasaport).`,
        'field.passportType.mistakes': `اختيار نوع خاص أو نوع خدمة أو دبلوماسي لجواز عادي.`,
        'field.passportIssueDate.label': `تاريخ إصدار الجواز`,
        'field.passportIssueDate.hint': `تاريخ الإصدار المطبوع في صفحة البيانات من الجواز (Veriliş Tarihi).`,
        'field.passportIssueDate.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 12.01.2022`,
        'field.passportIssueDate.mistakes': `تبديل اليوم مع الشهر؛ كتابة تاريخ جواز سابق.`,
        'field.passportExpiry.label': `تاريخ انتهاء الجواز`,
        'field.passportExpiry.hint': `تاريخ الانتهاء المطبوع في صفحة البيانات من الجواز (Geçerlilik Tarihi). يجب أن يقع بعد نهاية الإقامة التي تطلبها بـ 60 يومًا على الأقل.`,
        'field.passportExpiry.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 11.01.2032`,
        'field.passportExpiry.mistakes': `طلب إقامة تنتهي قبل انتهاء الجواز بأقل من 60 يومًا؛ تبديل اليوم مع الشهر.`,
        'field.passportIssuingCountry.label': `الدولة المُصدِرة`,
        'field.passportIssuingCountry.hint': `الدولة التي أصدرت الجواز، وهي عادةً بلد جنسيتك، حتى لو استلمته من سفارة أو قنصلية في الخارج.`,
        'field.passportIssuingCountry.mistakes': `اختيار البلد الذي توجد فيه السفارة أو القنصلية بدلًا من الدولة المُصدِرة.`,
        'field.passportIssuingAuthority.label': `الجهة المُصدِرة`,
        'field.passportIssuingAuthority.hint': `الجهة المُصدِرة المطبوعة في صفحة البيانات من الجواز (غالبًا تحت عنوان Authority)، مثل وزارة أو إدارة جوازات أو قنصلية.`,
        'field.passportIssuingAuthority.mistakes': `كتابة اسم البلد فقط بدلًا من الجهة المطبوعة في الجواز.`,
        'field.email.label': `البريد الإلكتروني`,
        'field.email.hint': `عنوان بريد إلكتروني تستطيع فتحه بنفسك: تُرسل إليه الرسائل المتعلقة بطلبك، وقد يُرسل إليه رمز تحقق أو رابط.`,
        'field.email.format': `مثال: name@example.com`,
        'field.email.mistakes': `خطأ إملائي في العنوان؛ إعطاء عنوان يخص شخصًا آخر.`,
        'field.mobile.label': `رقم الهاتف المحمول`,
        'field.mobile.hint': `رقم هاتف محمول تركي من 10 أرقام، من دون الصفر في البداية ومن دون +90، مثل 5XX XXX XX XX. استخدم رقمًا تصله الرسائل النصية (SMS).`,
        'field.mobile.format': `10 أرقام، يبدأ بـ 5 — (5XX) XXX-XX-XX`,
        'field.mobile.mistakes': `إضافة +90 أو صفر في البداية؛ إعطاء رقم أجنبي.`,
        'field.contactPreference.label': `وسيلة التواصل المفضّلة`,
        'field.contactPreference.hint': `كيف تريد أن يُتواصل معك: الهاتف المحمول أو البريد الإلكتروني. تأكّد من صحة حقل التواصل المقابل.`,
        'field.contactPreference.mistakes': `اختيار وسيلة لا تتابعها، أو ترك خطأ إملائي في حقلها.`,
        'field.foreignerId.label': `رقم هوية الأجنبي`,
        'field.foreignerId.hint': `رقم هوية الأجنبي (Yabancı Kimlik No) المكوّن من 11 رقمًا، والمطبوع على بطاقة إقامتك؛ ويبدأ بـ 99.`,
        'field.foreignerId.format': `11 رقمًا، يبدأ بـ 99`,
        'field.foreignerId.mistakes': `كتابة رقم الجواز أو سلسلة البطاقة؛ نقص رقم من الأرقام الأحد عشر.`,
        'field.permitCardSerial.label': `سلسلة بطاقة الإقامة`,
        'field.permitCardSerial.hint': `السلسلة المكوّنة من 3 أحرف والمطبوعة على بطاقة إقامتك (İkamet İzin Kartı Seri).`,
        'field.permitCardSerial.format': `3 أحرف`,
        'field.permitCardSerial.mistakes': `كتابة أرقام أو رقم البطاقة كاملًا هنا؛ الخلط بينها وبين رقم هوية الأجنبي.`,
        'field.permitCardNumber.label': `رقم بطاقة الإقامة`,
        'field.permitCardNumber.hint': `رقم الوثيقة المطبوع على بطاقة إقامتك، أرقام فقط، ومن دون السلسلة ذات الأحرف الثلاثة.`,
        'field.permitCardNumber.format': `أرقام فقط`,
        'field.permitCardNumber.mistakes': `إضافة أحرف السلسلة الثلاثة؛ كتابة رقم هوية الأجنبي المكوّن من 11 رقمًا بدلًا منه.`,
        'field.changeProvince.label': `تغيير الولاية (النقل)`,
        'field.changeProvince.hint': `اختر «نعم» (Evet) فقط إذا كنت تنتقل إلى ولاية أخرى (النقل / nakil)؛ واختر «لا» (Hayır) إذا بقيت في الولاية نفسها ولو تغيّر عنوانك.`,
        'field.changeProvince.mistakes': `اختيار «نعم» بعد الانتقال داخل الولاية نفسها؛ اختيار «لا» رغم الانتقال إلى ولاية أخرى.`,
        'field.applicationNumber.label': `رقم الطلب`,
        'field.applicationNumber.hint': `رقم الطلب الذي وصلك برسالة SMS أو بالبريد الإلكتروني عند بدء الطلب؛ وهو مطبوع أيضًا على استمارة التسجيل.`,
        'field.applicationNumber.format': `4 أرقام ثم رقمان ثم 7 أرقام — مثال: 2026-88-0638278`,
        'field.applicationNumber.mistakes': `نقص رقم أو زيادته؛ الخلط بينه وبين رقم التحصيل المستخدم للدفع (tahakkuk no).`,
        'field.permitType.label': `نوع تصريح الإقامة`,
        'field.permitType.hint': `نوع الإقامة الذي يوافق سبب بقائك في تركيا (مثل: قصيرة الأمد، عائلية، طالب). في التمديد يكون عادةً نوعك الحالي؛ أما تغيير النوع فيتم بطلب تحويل (geçiş).`,
        'field.permitType.mistakes': `اختيار نوع لا تستوفي شروطه؛ تغيير النوع في طلب تمديد بدلًا من تقديم طلب تحويل.`,
        'field.permitPurpose.label': `غرض الإقامة`,
        'field.permitPurpose.hint': `السبب الدقيق لإقامتك ضمن النوع المختار، مثل السياحة أو امتلاك عقار أو دورة اللغة التركية في الإقامة قصيرة الأمد. يجب أن تُثبت الوثائق التي تحضرها هذا الغرض.`,
        'field.permitPurpose.mistakes': `اختيار غرض لا تستطيع إثباته بالوثائق؛ إعادة التقديم بالغرض نفسه خلال 6 أشهر من الرفض.`,
        'field.requestedStart.label': `تاريخ البدء المطلوب`,
        'field.requestedStart.hint': `التاريخ الذي تريد أن تبدأ فيه الإقامة. في التمديد تبدأ الإقامة الجديدة من حيث تنتهي إقامتك الحالية.`,
        'field.requestedStart.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 01.06.2026`,
        'field.requestedStart.mistakes': `في التمديد، ترك فجوة بعد تاريخ انتهاء الإقامة الحالية؛ تبديل اليوم مع الشهر.`,
        'field.requestedEnd.label': `تاريخ الانتهاء المطلوب`,
        'field.requestedEnd.hint': `التاريخ الذي تريد أن تنتهي فيه الإقامة. يجب أن يسبق انتهاء جوازك بـ 60 يومًا على الأقل، وألّا يتجاوز تاريخ انتهاء التأمين.`,
        'field.requestedEnd.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 31.05.2027`,
        'field.requestedEnd.mistakes': `طلب مدة أطول مما يسمح به النوع (قصيرة الأمد: عادةً سنتان على الأكثر في كل مرة)؛ تاريخ قريب جدًا من انتهاء الجواز أو بعد انتهاء التأمين.`,
        'field.currentPermitType.label': `نوع الإقامة الحالية`,
        'field.currentPermitType.hint': `للقراءة فقط: نوع الإقامة التي تحملها الآن، ويظهر في طلبات التمديد والتحويل. تحقّق من مطابقته لبطاقتك.`,
        'field.currentPermitType.mistakes': `توقّع تغيير النوع هنا؛ النوع المختلف يحتاج إلى طلب تحويل (geçiş).`,
        'field.currentPermitEnd.label': `تاريخ انتهاء الإقامة الحالية`,
        'field.currentPermitEnd.hint': `للقراءة فقط: تاريخ انتهاء إقامتك الحالية؛ يمكن تقديم طلب التمديد بدءًا من 60 يومًا قبل هذا التاريخ، ولا يمكن أبدًا بعده.`,
        'field.currentPermitEnd.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 31.05.2026`,
        'field.currentPermitEnd.mistakes': `تجاوز هذا التاريخ: عندها لا يمكن التمديد ويلزم تقديم طلب جديد. والتقديم قبل أكثر من 60 يومًا لا يقبله النظام.`,
        'field.province.label': `الولاية`,
        'field.province.hint': `الولاية (İl) التي يقع فيها عنوان سكنك في تركيا.`,
        'field.province.mistakes': `اختيار ولاية العمل أو الدراسة بدلًا من ولاية السكن.`,
        'field.district.label': `المنطقة`,
        'field.district.hint': `المنطقة (İlçe) التي يقع فيها عنوانك؛ تظهر القائمة بعد اختيار الولاية.`,
        'field.district.mistakes': `اختيار منطقة من الذاكرة بدلًا من المنطقة المكتوبة في عقد الإيجار أو وثيقة العنوان.`,
        'field.neighbourhood.label': `الحي`,
        'field.neighbourhood.hint': `الحي (Mahalle) كما هو مكتوب في عقد الإيجار أو وثيقة العنوان؛ وتتغيّر القائمة حسب المنطقة.`,
        'field.neighbourhood.mistakes': `اختيار اسم شائع للمنطقة بدلًا من اسم الحي الرسمي. في الأحياء المغلقة أمام تسجيل الأجانب قد يُرفض الطلب الأول أو طلب تغيير الولاية.`,
        'field.street.label': `الشارع`,
        'field.street.hint': `اسم الشارع (Cadde / Sokak) كما هو تمامًا في عقد الإيجار أو وثيقة العنوان.`,
        'field.street.mistakes': `كتابة العنوان كاملًا في هذا الحقل؛ فلرقم البناء ورقم الشقة حقلان مستقلان.`,
        'field.buildingNumber.label': `رقم البناء`,
        'field.buildingNumber.hint': `رقم باب البناء على الشارع (Dış Kapı No)، من عقد الإيجار أو وثيقة العنوان.`,
        'field.buildingNumber.mistakes': `كتابة رقم الشقة هنا.`,
        'field.flatNumber.label': `رقم الشقة`,
        'field.flatNumber.hint': `رقم شقتك داخل البناء (İç Kapı No).`,
        'field.flatNumber.mistakes': `كتابة رقم الطابق بدلًا من رقم الشقة؛ الخلط بينه وبين رقم البناء.`,
        'field.insuranceType.label': `نوع التأمين`,
        'field.insuranceType.hint': `نوع التغطية الصحية التي لديك (تأمين صحي خاص، أو SGK، أو اتفاقية ضمان اجتماعي ثنائية، أو وثيقة SGK provizyon). من يتقدّم لإقامة قصيرة الأمد أو إقامة طالب وعمره أقل من 18 أو أكثر من 65 يختار «18 yaş altı ve 65 yaş üstü olanlar».`,
        'field.insuranceType.mistakes': `اختيار خيار آخر رغم أن العمر أقل من 18 أو أكثر من 65 في إقامة قصيرة الأمد أو إقامة طالب؛ اختيار خيار العمر في الإقامة العائلية أو طويلة الأمد التي يلزمها تأمين.`,
        'field.insuranceCompany.label': `شركة التأمين`,
        'field.insuranceCompany.hint': `اسم شركة التأمين كما هو مطبوع في البوليصة.`,
        'field.insuranceCompany.mistakes': `كتابة اسم الوكيل أو الوسيط بدلًا من شركة التأمين.`,
        'field.insurancePolicyNumber.label': `رقم البوليصة`,
        'field.insurancePolicyNumber.hint': `رقم البوليصة (Poliçe No) كما هو فيها تمامًا؛ ويُطابَق مع سجلات شركة التأمين.`,
        'field.insurancePolicyNumber.mistakes': `خطأ في الكتابة أو رقم بوليصة قديمة: تفشل المطابقة ولا يتقدّم النموذج.`,
        'field.insuranceStart.label': `تاريخ بدء البوليصة`,
        'field.insuranceStart.hint': `تاريخ البدء المكتوب في البوليصة. يجب ألّا يبدأ التأمين بعد تاريخ بدء الإقامة المطلوب.`,
        'field.insuranceStart.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 01.06.2026`,
        'field.insuranceStart.mistakes': `بوليصة تبدأ بعد تاريخ البدء المطلوب؛ تبديل اليوم مع الشهر.`,
        'field.insuranceEnd.label': `تاريخ انتهاء البوليصة`,
        'field.insuranceEnd.hint': `تاريخ الانتهاء المكتوب في البوليصة. يجب أن يستمر التأمين على الأقل حتى تاريخ انتهاء الإقامة المطلوب.`,
        'field.insuranceEnd.format': `يوم.شهر.سنة (dd.MM.yyyy) — مثال: 31.05.2027`,
        'field.insuranceEnd.mistakes': `بوليصة تنتهي قبل تاريخ الانتهاء المطلوب.`,
        'field.givenNameInitials.label': `أول حرفين من اسمك`,
        'field.givenNameInitials.hint': `أول حرفين فقط من اسمك كما هو في جواز السفر، بالأحرف اللاتينية.`,
        'field.givenNameInitials.format': `حرفان`,
        'field.givenNameInitials.mistakes': `كتابة الاسم كاملًا؛ استخدام أحرف من تهجئة مترجمة.`,
        'field.surnameInitials.label': `أول حرفين من اسم عائلتك`,
        'field.surnameInitials.hint': `أول حرفين فقط من اسم عائلتك كما هو في جواز السفر، بالأحرف اللاتينية.`,
        'field.surnameInitials.format': `حرفان`,
        'field.surnameInitials.mistakes': `كتابة اسم العائلة كاملًا؛ كتابة حرفَي الاسم الأول بدلًا منه.`,
        'field.captcha.label': `أحرف الصورة (كابتشا)`,
        'field.captcha.hint': `اكتب الأحرف الظاهرة في الصورة بنفسك. المساعد لا يقرأ هذا الحقل ولا يملؤه أبدًا.`,
        'field.captcha.mistakes': `الخلط بين الأحرف المتشابهة؛ إذا صعبت قراءة الصورة فاستخدم رابط التحديث في الموقع للحصول على صورة جديدة.`,
        'field.consent.label': `خانة «قرأت وفهمت» (Okudum, anladım)`,
        'field.consent.hint': `اقرأ النص وضع العلامة بنفسك إن كنت موافقًا. المساعد لا يضع هذه العلامة أبدًا.`,
        'field.consent.mistakes': `وضع العلامة من دون قراءة النص.`,
        'field.verificationCode.label': `رمز التحقق`,
        'field.verificationCode.hint': `أدخل بنفسك الرمز المرسل إلى بريدك الإلكتروني أو هاتفك، أو افتح الرابط بنفسك. المساعد لا يقرؤه ولا يملؤه أبدًا.`,
        'field.verificationCode.mistakes': `مشاركة الرمز أو الرابط مع أي شخص آخر؛ فهو لك وحدك.`,
        'page.home': `الصفحة الرئيسية`,
        'page.home.about': `تختار هنا بين الطلب الأول أو تمديد إقامتك الحالية أو التحويل إلى نوع إقامة آخر؛ وأهم شيء هو اختيار الزر الصحيح.`,
        'page.options': `صفحة خيارات الطلب`,
        'page.options.about': `تختار بين بدء طلب جديد أو متابعة طلب بدأته أو الاطلاع على النتيجة؛ للعودة إلى طلب بدأته اختر المتابعة وجهّز رقم الطلب.`,
        'page.first-entry': `صفحة التسجيل المسبق للطلب الأول`,
        'page.first-entry.about': `تبدأ الطلب الأول ببيانات هويتك وبيانات التواصل؛ يجب أن يطابق الاسم واسم العائلة ورقم الجواز ما في الجواز تمامًا، وأن يكون البريد والهاتف مما تستطيع الوصول إليه بنفسك.`,
        'page.extension-entry': `صفحة الدخول إلى طلب التمديد`,
        'page.extension-entry.about': `تبدأ تمديد إقامتك الحالية؛ لا يمكن التقديم إلا خلال الستين يومًا التي تسبق انتهاء إقامتك، ويجب أن يطابق رقم هوية الأجنبي وبيانات البطاقة ما على بطاقتك تمامًا.`,
        'page.transfer-entry': `صفحة الدخول إلى طلب التحويل`,
        'page.transfer-entry.about': `تبدأ طلب التحويل (geçiş) إلى نوع إقامة آخر؛ ويجب أن يطابق رقم هوية الأجنبي وبيانات البطاقة ما على بطاقة إقامتك الحالية تمامًا.`,
        'page.continue': `صفحة متابعة الطلب أو الاستعلام عنه`,
        'page.continue.about': `تعثر على طلب بدأته سابقًا؛ يجب أن يطابق رقم الطلب (مثل 2026-88-0638278) والهاتف أو البريد أو رقم الهوية ما أدخلته عند التقديم.`,
        'page.status': `صفحة حالة الطلب`,
        'page.status.about': `تعرض حالة طلبك ونوع الإقامة وتواريخها ورمز PTT الشريطي؛ لا يُدخَل هنا شيء، فاقرأها بعناية فقط.`,
        'page.verification': `صفحة التحقق`,
        'page.verification.about': `يُؤكَّد طلبك برمز أو رابط يُرسل إلى بريدك أو هاتفك؛ افعل ذلك بنفسك، فالمساعد لا يلمسه أبدًا.`,
        'page.wizard-personal': `استمارة الطلب: المعلومات الشخصية`,
        'page.wizard-personal.about': `بيانات هويتك؛ يجب أن يطابق كل اسم وكل تاريخ ما في جواز السفر تمامًا.`,
        'page.wizard-passport': `استمارة الطلب: وثيقة السفر`,
        'page.wizard-passport.about': `بيانات جوازك؛ يجب أن يبقى الجواز صالحًا 60 يومًا على الأقل بعد نهاية الإقامة التي تطلبها.`,
        'page.wizard-permit': `استمارة الطلب: تصريح الإقامة`,
        'page.wizard-permit.about': `نوع الإقامة وغرضها وتواريخها؛ يجب أن يسبق تاريخ الانتهاء المطلوب انتهاء الجواز بـ 60 يومًا على الأقل وأن يقع ضمن مدة التأمين.`,
        'page.wizard-address': `استمارة الطلب: العنوان`,
        'page.wizard-address.about': `عنوان سكنك في تركيا؛ يجب أن تطابق الولاية والمنطقة والحي والأرقام ما في عقد الإيجار أو وثيقة العنوان.`,
        'page.wizard-insurance': `استمارة الطلب: التأمين الصحي`,
        'page.wizard-insurance.about': `تغطيتك الصحية؛ يجب أن تشمل المدة المطلوبة كلها، وتُطابَق بيانات البوليصة مع سجلات شركة التأمين.`,
        'page.wizard-summary': `استمارة الطلب: الملخّص`,
        'page.wizard-summary.about': `مراجعة أخيرة للقراءة فقط؛ قارن كل معلومة بوثائقك، ثم ضع علامة الموافقة واحفظ بنفسك.`,
        'page.unknown': `صفحة لا يعرفها المساعد`,
        'page.unknown.about': `لا يتعرّف المساعد على هذه الصفحة، لذلك لا يعرض تلميحات للحقول ولا يملأ شيئًا هنا؛ اتبع تعليمات الموقع نفسه.`,
      },
      rules: {
        'severity.error': `خطأ`,
        'severity.warning': `تحذير`,
        'severity.info': `معلومة`,
        'confidence.official': `مصدر رسمي`,
        'confidence.official-copy': `نص رسمي، قُرئ من نسخة منقولة`,
        'confidence.consultancy': `مصدر استشاري أو إخباري`,
        'confidence.uncertain': `مصادر غير مؤكدة أو متعارضة`,
        'holiday.newYear': `رأس السنة الميلادية`,
        'holiday.nationalSovereignty': `عيد السيادة الوطنية والطفولة`,
        'holiday.labourDay': `يوم العمل والتضامن`,
        'holiday.youthAndSports': `يوم إحياء ذكرى أتاتورك وعيد الشباب والرياضة`,
        'holiday.democracyAndNationalUnity': `يوم الديمقراطية والوحدة الوطنية`,
        'holiday.victory': `عيد النصر`,
        'holiday.republicEve': `عشية عيد الجمهورية (نصف يوم)`,
        'holiday.republic': `عيد الجمهورية`,
        'holiday.ramadanFeastEve': `وقفة عيد الفطر (نصف يوم)`,
        'holiday.ramadanFeast': `عيد الفطر (Ramazan Bayramı)`,
        'holiday.sacrificeFeastEve': `وقفة عيد الأضحى (نصف يوم)`,
        'holiday.sacrificeFeast': `عيد الأضحى (Kurban Bayramı)`,
        'calendar.outOfRange': `يغطي تقويم أيام العمل السنوات 2025–2030 فقط، لذلك لا يمكن حساب هذه المهلة لعام {year}. احسب أيام العمل بنفسك وفق قائمة العطل الرسمية، أو اسأل مركز YİMER على الرقم 157.`,
        'calendar.halfDayDeadline': `آخر يوم في المهلة، {deadline}، نصف يوم عمل: تُغلق الدوائر الرسمية الساعة 13:00. اذهب صباحًا أو قبل ذلك بيوم.`,
        'lawful-stay.applyBy': `قدّم طلبك ما دامت إقامتك نظامية: تأشيرتك أو الإعفاء من التأشيرة أو إذن إقامتك ساري حتى {lawfulStayEnd} (الأيام المتبقية: {daysLeft}).`,
        'lawful-stay.late': `انتهت مدة إقامتك النظامية في {lawfulStayEnd} (عدد أيام التأخير: {daysLate}). الطلب المتأخر حتى 10 أيام (أي حتى {lastAcceptedDay}) لا يُقبل إلا بتقدير من المديرية، ويُستوفى عنه رسم جزائي (cezalı harç). قدّم طلبك في أسرع وقت.`,
        'lawful-stay.ended': `انتهت مدة إقامتك النظامية في {lawfulStayEnd} (عدد أيام التأخير: {daysLate})، أي بعد تجاوز الأيام العشرة التي يمكن خلالها قبول الطلب المتأخر. راجع مديرية إدارة الهجرة في الولاية أو مركز YİMER (157) قبل تقديم الطلب؛ ومن المرجّح أن يُستوفى رسم جزائي.`,
        'stay-90-180.exceeded': `في فترة الـ180 يومًا الممتدة من {windowStart} إلى {windowEnd} بلغ مجموع أيام إقامتك: {days}. الإعفاء من التأشيرة يسمح بـ90 يومًا كحد أقصى في أي فترة مدتها 180 يومًا (90 هو الحد الأعلى: بعض الجنسيات يُسمح لها بـ30 يومًا فقط)، وتجديد جواز السفر لا يعيد العدّ من الصفر. تحقّق من التواريخ التي أدخلتها؛ وإن كانت صحيحة فإن جزءًا من تلك الإقامة لم يكن قانونيًا.`,
        'stay-90-180.overShortExemption': `في فترة الـ180 يومًا الممتدة من {windowStart} إلى {windowEnd} بلغ مجموع أيام إقامتك: {days}. هذا ضمن الحد الأعلى البالغ 90 يومًا، لكن بعض الجنسيات يُسمح لها بـ{shortDays} يومًا فقط دون تأشيرة. تحقّق من مدة الإعفاء من التأشيرة لجنسيتك.`,
        'extension-window.tooEarly': `ما زال الوقت مبكرًا للتمديد: لا يُقدَّم طلب التمديد إلا خلال الأيام الستين الأخيرة قبل انتهاء إذن إقامتك في {currentPermitEnd}، ولا يقبل النظام الطلب قبل {windowOpens} (الأيام المتبقية حتى ذلك: {daysUntilOpen}). قدّم الطلب في ذلك التاريخ أو بعده.`,
        'extension-window.open': `فترة تقديم طلب التمديد مفتوحة. قدّم الطلب في موعد أقصاه {currentPermitEnd}، وهو يوم انتهاء إذن إقامتك (الأيام المتبقية: {daysLeft}).`,
        'extension-window.expired': `انتهى إذن إقامتك في {currentPermitEnd} (عدد الأيام منذ الانتهاء: {daysLate}) ولم يعد تمديده ممكنًا: لا يمكن إلا تقديم طلب جديد. إذا قُدّم حتى {lastNewApplicationDay} (خلال 10 أيام من الانتهاء) فقد يُقبل بتقدير من المديرية مع دفع رسم جزائي.`,
        'extension-window.expiredLong': `انتهى إذن إقامتك في {currentPermitEnd} (عدد الأيام منذ الانتهاء: {daysLate}) ولم يعد تمديده ممكنًا. كما انقضت الأيام العشرة التي يمكن خلالها قبول طلب جديد متأخر. راجع مديرية إدارة الهجرة في الولاية أو مركز YİMER (157) قبل تقديم الطلب؛ ومن المرجّح أن يُستوفى رسم جزائي.`,
        'extended-permit-start.mismatch': `يبدأ إذن الإقامة المُمدَّد من تاريخ انتهاء الإذن الحالي. أدخلتَ {requestedStart}؛ استخدم {currentPermitEnd} (أو {nextDay}) تاريخًا للبدء.`,
        'postal-documents.deadline': `تفيد التقارير بأن الوثائق تُسلَّم شخصيًا في الموعد منذ 15.02.2021 ولا تُرسل بالبريد. فقط إذا كانت مديريتك ما زالت تطلبها بالبريد: يجب أن تصل في موعد أقصاه {deadline} (خلال 5 أيام عمل)، والبريد المتأخر لا يُعالَج.`,
        'postal-documents.late': `إرسال الوثائق بالبريد في {mailDate} يقع بعد مهلة أيام العمل الخمسة ({deadline}). تفيد التقارير بأن الوثائق تُسلَّم شخصيًا في الموعد منذ 15.02.2021؛ اسأل مديريتك عن الطريقة المعمول بها.`,
        'appointment-attendance.attend': `احضر موعدك شخصيًا ومعك جميع الوثائق، وإلا فلن يُنظر في طلبك. إذا نقصت بعض الوثائق فقد تُمنح مهلة تصل إلى 30 يومًا لاستكمالها، ثم يُغلق الملف بعدها.`,
        'decision-time.ninetyDays': `يصدر القرار خلال 90 يومًا من اكتمال الملف. احتفظ بوثيقة تقديم طلب الإقامة (müracaat belgesi): فهي تتيح لك البقاء حتى صدور القرار.`,
        'decision-time.longTerm': `يصدر القرار خلال 90 يومًا من اكتمال الملف؛ ووفقًا لمركز YİMER قد تصل المدة إلى 180 يومًا لطلبات الإقامة طويلة الأمد في إسطنبول وأنطاليا. احتفظ بوثيقة تقديم طلب الإقامة (müracaat belgesi) حتى ذلك الحين.`,
        'travel-while-pending.returnBy': `أثناء النظر في طلبك يمكنك المغادرة والعودة دون تأشيرة فقط إذا كانت معك وثيقة تقديم الطلب المصدَّقة من المديرية وإيصالات الرسوم، وبشرط أن تعود خلال 15 يومًا في كل مرة: إذا غادرت في {exit} فعُد في موعد أقصاه {latestReturn}. وتبقى قاعدة 90/180 يومًا سارية.`,
        'travel-while-pending.tooLong': `المغادرة في {exit} والعودة في {return} تتجاوز 15 يومًا. أثناء النظر في الطلب لا يمكنك الدخول دون تأشيرة إلا إذا عدت في موعد أقصاه {latestReturn}؛ وإلا فقد تحتاج إلى تأشيرة للعودة.`,
        'travel-while-pending.feesUnpaid': `قبل المغادرة في {exit} ادفع الرسوم واحصل على تصديق المديرية على وثيقة تقديم الطلب: فبدون الوثيقة المصدَّقة وإيصالات الرسوم لا يمكنك العودة دون تأشيرة.`,
        'permit-lapse.sixMonths': `إذن الإقامة الذي لا يُستخدم خلال 6 أشهر من تاريخ منحه يفقد صلاحيته.`,
        'passport-validity.tooShort': `يجب أن يكون جواز سفرك صالحًا لمدة تزيد 60 يومًا على الأقل عن مدة الإذن الذي تطلبه: حتى {passportNeeded} لتاريخ انتهاء {requestedEnd}، لكن صلاحيته تنتهي في {passportExpiry}. اختر تاريخ انتهاء لا يتجاوز {latestEnd}، أو جدّد جواز السفر أولًا.`,
        'passport-validity.renewFirst': `تنتهي صلاحية جواز سفرك في {passportExpiry}، وهذا أقرب من أن يكفي لأي إذن إقامة: يجب أن يبقى صالحًا 60 يومًا بعد انتهاء الإذن (حتى {passportNeeded} لتاريخ انتهاء {requestedEnd}). جدّد جواز السفر قبل تقديم الطلب.`,
        'insurance-period.startsLate': `يبدأ تأمينك في {insuranceStart}، أي بعد تاريخ بدء الإذن المطلوب {requestedStart}. يجب أن يغطي التأمين كامل المدة المطلوبة: احصل على تأمين يبدأ في موعد لا يتجاوز {requestedStart}.`,
        'insurance-period.endsEarly': `ينتهي تأمينك في {insuranceEnd}، أي قبل تاريخ انتهاء الإذن المطلوب {requestedEnd}. يجب أن يغطي التأمين كامل المدة المطلوبة: مدّد التأمين حتى {requestedEnd} على الأقل، أو اطلب تاريخ انتهاء لا يتجاوز {insuranceEnd}.`,
        'insurance-age.chooseAgeOption': `عمرك في تاريخ تقديم الطلب: {age}. المتقدمون بطلب إقامة قصيرة الأمد أو إقامة طالب ممن هم دون 18 عامًا أو فوق 65 عامًا (أي 66 فأكثر) لا يُطلب منهم تأمين صحي: اختر نوع التأمين "18 yaş altı ve 65 yaş üstü olanlar" (دون 18 وفوق 65). وإن كان لديك تأمين ساري المفعول فقدّمه مع ذلك.`,
        'insurance-age.notEligible': `عمرك في تاريخ تقديم الطلب: {age}، لذلك لا ينطبق عليك خيار "18 yaş altı ve 65 yaş üstü olanlar": فهو مخصص فقط لمن هم دون 18 عامًا أو فوق 65 عامًا (أي 66 فأكثر). اختر التأمين الذي تملكه فعلًا؛ ويجب أن يغطي كامل المدة المطلوبة.`,
        'insurance-age.notForPermitType': `خيار "18 yaş altı ve 65 yaş üstü olanlar" مخصص فقط للإقامة قصيرة الأمد وإقامة الطالب. في هذا النوع من الإقامة يُشترط تأمين صحي ساري المفعول في أي عمر: اختر التأمين الذي تملكه فعلًا.`,
        'insurance-cover.seddkMinimum': `يجب أن تستوفي وثيقة التأمين الصحي الخاص الحد الأدنى من التغطية الذي حدّده تعميم SEDDK رقم 2024/34 (ساري منذ 01.04.2025): علاج خارجي لا يقل عن {outpatientMinimum} ليرة سنويًا، وعلاج داخلي دون حد ودون مساهمة في المستشفيات المتعاقدة. اطلب من شركة التأمين تأكيد ذلك في الوثيقة.`,
        'family-insurance.notAllMembers': `في الإقامة العائلية يجب أن يغطي التأمين الصحي للمُعيل (destekleyici) جميع أفراد الأسرة (ويجب أن تغطي وثيقة الاستحقاق من SGK المُعيل وأفراد الأسرة معًا). وسّع التغطية لتشمل جميع الأفراد قبل تقديم الطلب.`,
        'duration-cap.tooLong': `يُمنح هذا الإذن في كل مرة لمدة لا تتجاوز الحد الأقصى (بالأشهر): {capMonths}، وتاريخ الانتهاء {requestedEnd} يتجاوز ذلك. اختر تاريخ انتهاء لا يتجاوز {latestEnd}.`,
        'duration-cap.tooManyMonths': `يُمنح هذا الإذن في كل مرة لمدة لا تتجاوز الحد الأقصى (بالأشهر): {capMonths}، بينما عدد الأشهر التي طلبتها: {requestedMonths}. اطلب مدة لا تتجاوز الحد الأقصى.`,
        'duration-cap.tooLongDays': `يُمنح إذن الإقامة لضحايا الاتجار بالبشر أول مرة لمدة {capDays} يومًا، وتاريخ الانتهاء {requestedEnd} يتجاوز ذلك. اختر تاريخ انتهاء لا يتجاوز {latestEnd}.`,
        'duration-cap.tooManyMonthsForDays': `يُمنح إذن الإقامة لضحايا الاتجار بالبشر أول مرة لمدة {capDays} يومًا؛ بينما عدد الأشهر التي طلبتها: {requestedMonths}. اطلب مدة أقصر.`,
        'duration-cap.reportedCapExceeded': `أذونات المستثمرين ومواطني جمهورية شمال قبرص التركية خارج حد السنتين (المادة 31(2) من القانون 6458)، وتُمنح لمدة أقصاها 5 سنوات (بالأشهر: {capMonths}) وفق صفحات قنصلية ومكاتب محاماة. تاريخ الانتهاء {requestedEnd} يتجاوز {latestEnd}؛ فكّر في مدة أقصر.`,
        'duration-cap.reportedCapExceededMonths': `أذونات المستثمرين ومواطني جمهورية شمال قبرص التركية خارج حد السنتين (المادة 31(2) من القانون 6458)، وتُمنح لمدة أقصاها 5 سنوات (بالأشهر: {capMonths}) وفق صفحات قنصلية ومكاتب محاماة. عدد الأشهر الذي طلبته: {requestedMonths}؛ فكّر في مدة أقصر.`,
        'turkish-course-limit.reached': `الإقامة قصيرة الأمد بغرض دورة اللغة التركية لها حد أقصى من المرات إجمالًا: {maxPermits}، وعدد المرات التي حصلت عليها: {previousPermits}. اختر غرضًا آخر يناسب وضعك.`,
        'tourism-permit.oneYearReached': `أمضيت {months} شهرًا بأذونات إقامة سياحية. منذ إعلان المديرية العامة في 2019 لا يُمنح إذن سياحي جديد أو تمديد بعد {limitMonths} شهرًا إجمالًا أو دفعة واحدة بأذونات سياحية ما لم تقدّم سببًا مبرَّرًا آخر. جهّز هذا السبب، أو اختر الغرض الذي يناسب إقامتك فعلًا.`,
        'tourism-permit.oneYearLimit': `الإقامة السياحية محدودة عمليًا: بعد {limitMonths} شهرًا إجمالًا بأذونات سياحية تفيد التقارير برفض الإذن الجديد أو التمديد ما لم يُقدَّم سبب مبرَّر آخر (إعلان 2019، عُلّق في 2020، ويُطبَّق بصرامة مجددًا منذ 2022).`,
        'tourism-permit.recentPractice': `تقارير 2025–26: كثيرًا ما تُمنح الأذونات السياحية لمدة أقصر من المطلوبة، ويُطلب إثبات دخل يعادل نحو 1.5 ضعف صافي الحد الأدنى للأجور لكل شخص ({perPerson} ليرة شهريًا وفق رقم عام {wageYear}). هذا غير مكتوب في القانون؛ أحضر كشوف حسابك المصرفي.`,
        'tourism-permit.recentPracticeNoWage': `تقارير 2025–26: كثيرًا ما تُمنح الأذونات السياحية لمدة أقصر من المطلوبة، ويُطلب إثبات دخل يعادل نحو 1.5 ضعف صافي الحد الأدنى للأجور لكل شخص. هذا غير مكتوب في القانون؛ أحضر كشوف حسابك المصرفي.`,
        'graduate-window.usedBefore': `إذن الإقامة لخريجي التعليم العالي في تركيا يُمنح مرة واحدة فقط، وقد سبق أن حصلت عليه. اختر غرضًا آخر يناسب وضعك.`,
        'graduate-window.late': `تخرّجت في {graduationDate}. إقامة الخريجين (المادة 31(1)(i) من القانون 6458) تُمنح فقط لمن يقدّم الطلب خلال 6 أشهر من التخرج، أي في موعد أقصاه {windowEnd}. لقد مضى هذا التاريخ: اختر غرضًا آخر يناسب وضعك.`,
        'graduate-window.deadlines': `تخرّجت في {graduationDate}. يُقدَّم طلب إقامة الخريجين خلال 6 أشهر (حتى {windowEnd})، لكن الجامعات تذكر أن إقامة الطالب تنتهي بالتخرج وأنه يجب تقديم طلب جديد خلال 10 أيام (حتى {tenDayDeadline}). المصادر متعارضة: الخيار الآمن هو التقديم حتى {tenDayDeadline}.`,
        'supporter-permit-end.beyond': `لا يمكن أن تتجاوز الإقامة العائلية مدة إذن إقامة المُعيل نفسه، الذي ينتهي في {supporterPermitEnd}. أدخلتَ {requestedEnd}؛ اختر تاريخ انتهاء لا يتجاوز {supporterPermitEnd}.`,
        'long-term-extension.notPossible': `الإقامة طويلة الأمد غير محددة المدة ولا تُمدَّد. تأكّد من أنك اخترت نوع الإقامة ونوع الطلب الصحيحين.`,
        'family-income.noWageFigure': `الحد الأدنى للأجور لعام {year} غير موجود في جدول هذا المساعد، لذلك لا يمكن التحقق من دخل المُعيل. يجب ألا يقل الدخل إجمالًا عن الحد الأدنى للأجور، وألا يقل عن ثلث الحد الأدنى للأجور عن كل فرد من أفراد الأسرة.`,
        'family-income.latestKnownFigure': `الحد الأدنى للأجور لعام {year} لم يُنشر بعد (أو لم يُضف بعد إلى هذا المساعد)، لذلك يُقارن الدخل برقم عام {wageYear} ولا يستطيع هذا الفحص أن يؤكّد أنه كافٍ لعام {year}. تحقّق من الرقم الحالي قبل تقديم الطلب.`,
        'family-income.belowBothBases': `دخل المُعيل البالغ {income} ليرة تركية أقل من الحد المطلوب لعام {year} لأسرة عدد أفرادها {familySize} وفق كلتا القراءتين: {netThreshold} ليرة على أساس الحد الأدنى الصافي للأجور، و{grossThreshold} ليرة على أساس الإجمالي. يشترط القانون ألا يقل الدخل إجمالًا عن الحد الأدنى للأجور وألا يقل عن ثلثه عن كل فرد؛ ولم يُحسم بعد ما إذا كان المقصود الصافي أم الإجمالي، ولا ما إذا كان المُعيل نفسه يُحتسب. قد يُرفض الطلب: وثّق أي دخل منتظم إضافي.`,
        'family-income.belowGrossBasis': `دخل المُعيل البالغ {income} ليرة تركية يستوفي الحد المطلوب لعام {year} لأسرة عدد أفرادها {familySize} على أساس الحد الأدنى الصافي للأجور ({netThreshold} ليرة)، لكنه لا يستوفيه على أساس الإجمالي ({grossThreshold} ليرة). لم يُحسم بعد ما إذا كان المقصود الصافي أم الإجمالي؛ وثّق دخلًا منتظمًا إضافيًا إن أمكن.`,
        'supporter-residence.tooShort': `يجب أن يكون المُعيل الأجنبي قد أقام في تركيا بإذن إقامة لمدة سنة واحدة على الأقل؛ وعدد الأشهر الذي أدخلته: {residenceMonths}. انتظر حتى يُكمل المُعيل 12 شهرًا، أو اختر نوع إقامة آخر.`,
        'supporter-residence.currentPermitRecent': `بدأ إذن الإقامة الحالي للمُعيل في {supporterPermitStart}، أي منذ أقل من سنة. يحتاج المُعيل الأجنبي إلى إقامة بإذن لمدة سنة واحدة على الأقل: إن لم تكن لديه أذونات سابقة فقدّم الطلب في {oneYearDate} أو بعده.`,
        'spouse-age.applicantUnder18': `في الإقامة العائلية للزوج أو الزوجة يجب ألا يقل عمر كل من الزوجين عن 18 عامًا؛ وعمرك في تاريخ تقديم الطلب: {age}.`,
        'spouse-age.supporterUnder18': `في الإقامة العائلية للزوج أو الزوجة يجب ألا يقل عمر كل من الزوجين عن 18 عامًا؛ وعمر زوجك أو زوجتك (المُعيل) في تاريخ تقديم الطلب: {age}.`,
        'long-term-conditions.eightYears': `الإقامة طويلة الأمد: تحتاج إلى 8 سنوات من الإقامة المتواصلة بإذن إقامة في تركيا؛ ولا يُحتسب من مدة إقامة الطالب إلا نصفها.`,
        'long-term-conditions.noSocialAssistance': `الإقامة طويلة الأمد: يجب ألا تكون قد تلقيت مساعدات اجتماعية خلال السنوات الثلاث الأخيرة؛ ويُطلب خطاب من وقف المساعدة الاجتماعية والتضامن (SYDV).`,
        'long-term-conditions.incomeInsuranceOrder': `الإقامة طويلة الأمد: تحتاج إلى دخل كافٍ ومنتظم، وتأمين صحي ساري المفعول (لا يوجد إعفاء بسبب العمر)، وألا تشكّل تهديدًا للنظام العام أو الأمن العام.`,
        'long-term-conditions.excludedStatuses': `لا تُمنح الإقامة طويلة الأمد للاجئين، ولا للاجئين المشروطين، ولا لحاملي الحماية الثانوية أو الإقامة الإنسانية، ولا للأشخاص الخاضعين للحماية المؤقتة.`,
        'long-term-conditions.timeAbroad': `تُلغى الإقامة طويلة الأمد إذا بقي صاحبها خارج تركيا أكثر من سنة متواصلة، إلا لأسباب صحية أو تعليمية أو لأداء خدمة عامة إلزامية في بلده.`,
        'long-term-conditions.policyBoardRoute': `الإقامة طويلة الأمد عبر مجلس سياسات الهجرة (المادة 42 من القانون 6458): لا يُشترط مرور 8 سنوات إذا استوفيت الشروط التي حدّدها المجلس؛ وتُعلن الوزارة مثل هذه القرارات بشكل منفصل. قائمة الوثائق أقصر: الاستمارة، وجواز سفرك، والإذن السابق إن وُجد، وصورتان، ووثيقة تسجيل العنوان.`,
        'address-notification.deadline': `انتقلت إلى عنوان جديد في {moveDate}: أبلغ مديرية إدارة الهجرة في الولاية ودائرة النفوس (Nüfus) بعنوانك الجديد في موعد أقصاه {deadline} (خلال 20 يوم عمل).`,
        'address-notification.overdue': `انتقلت إلى عنوان جديد في {moveDate}؛ وقد انتهت مهلة أيام العمل العشرين للإبلاغ عن العنوان الجديد في {deadline}. أبلغ مديرية إدارة الهجرة في الولاية ودائرة النفوس (Nüfus) فورًا.`,
        'address-notification.late': `الإبلاغ في {notifyDate} يقع بعد مهلة أيام العمل العشرين لانتقالك في {moveDate}. أبلغ في موعد أقصاه {deadline}.`,
        'province-move.feeCarriesOver': `بعد الانتقال إلى ولاية أخرى تقدّم طلبًا لإذن إقامة جديد فيها. إذا بقي نوع الإقامة نفسه فلا تُستوفى مرة أخرى الرسوم المدفوعة سابقًا عن المدة المتبقية.`,
        'province-move.deadline': `انتقلت إلى ولاية أخرى في {moveDate}: قدّم طلب إذن الإقامة الجديد فيها في موعد أقصاه {deadline} (خلال 20 يوم عمل).`,
        'province-move.late': `انتقلت إلى ولاية أخرى في {moveDate}؛ وقد انتهت مهلة أيام العمل العشرين لتقديم الطلب فيها في {deadline}. قدّم الطلب فورًا وكن مستعدًا لتوضيح سبب التأخير.`,
        'personal-data-notification.deadline': `بعد تغيير جواز السفر أو الحالة الاجتماعية أو اللقب في {changeDate}، أبلغ مديرية إدارة الهجرة في الولاية خلال 20 يومًا. ليس واضحًا إن كانت أيامًا تقويمية أم أيام عمل: للاحتياط أبلغ في موعد أقصاه {calendarDeadline} (20 يوم عمل تنتهي في {workingDeadline}).`,
        'personal-data-notification.deadlineCalendarDays': `بعد تغيير جواز السفر أو الحالة الاجتماعية أو اللقب في {changeDate}، أبلغ مديرية إدارة الهجرة في الولاية خلال 20 يومًا: للاحتياط في موعد أقصاه {calendarDeadline}.`,
        'newborn-permit.deadline': `الطفل المولود في تركيا في {childBirthDate} يحتاج إلى إذن إقامة خلال 180 يومًا من ولادته، أي في موعد أقصاه {deadline}؛ ويسري الإذن من تاريخ الولادة. وحتى ذلك الحين تغطي شهادة الميلاد إقامة الطفل، وذلك فقط ما دام إذن إقامة أحد الوالدين ساريًا.`,
        'newborn-permit.late': `انتهت مدة الـ180 يومًا التالية للولادة في {childBirthDate} بتاريخ {deadline}. قدّم طلب إذن الإقامة للطفل فورًا: إذ يُستوفى رسم مضاعف عند مغادرة الطفل البلاد.`,
        'fee-notice.cardFee': `الرسوم في عام {year}: رسم بطاقة الإقامة {cardFee} ليرة لجميع الجنسيات؛ أما رسم الإقامة فيعتمد على جنسيتك وعدد الأشهر المطلوبة (انظر تبويب الرسوم في النافذة المنبثقة لشريط الأدوات). ادفع قبل الموعد وأحضر الإيصالات.`,
        'fee-notice.cardFeeOutdated': `رسم البطاقة لعام {year} لم يُنشر بعد (أو لم يُضف بعد إلى هذا المساعد)؛ كان في عام {figureYear} يساوي {cardFee} ليرة وعادةً يرتفع كل يناير. تحقّق من المبلغ الذي يعرضه e-İkamet قبل الدفع.`,
      },
      docs: {
        'permit.type.short-term': `إقامة قصيرة الأمد`,
        'permit.type.family': `إقامة عائلية`,
        'permit.type.student': `إقامة طالب`,
        'permit.type.long-term': `إقامة طويلة الأمد`,
        'permit.type.humanitarian': `إقامة إنسانية`,
        'permit.type.trafficking-victim': `إقامة لضحايا الاتجار بالبشر`,
        'permit.purpose.scientific-research': `البحث العلمي`,
        'permit.purpose.property-owner': `امتلاك عقار في تركيا`,
        'permit.purpose.business': `إقامة علاقات تجارية أو تأسيس عمل`,
        'permit.purpose.in-service-training': `التدريب أثناء الخدمة`,
        'permit.purpose.education-exchange': `التعليم أو برامج التبادل في إطار الاتفاقيات`,
        'permit.purpose.tourism': `السياحة`,
        'permit.purpose.medical-treatment': `العلاج الطبي`,
        'permit.purpose.authority-request': `طلب أو قرار السلطات القضائية أو الإدارية`,
        'permit.purpose.from-family-permit': `الانتقال من الإقامة العائلية`,
        'permit.purpose.turkish-course': `دورة تعلّم اللغة التركية`,
        'permit.purpose.public-institution-programme': `التعليم أو البحث أو التدريب أو الدورات عبر المؤسسات العامة`,
        'permit.purpose.graduate': `خرّيجو التعليم العالي في تركيا`,
        'permit.purpose.investor': `المستثمرون`,
        'permit.purpose.trnc-citizen': `مواطنو جمهورية شمال قبرص التركية (KKTC)`,
        'application.kind.first': `طلب أول`,
        'application.kind.extension': `تمديد`,
        'application.kind.transfer': `تحويل (تغيير نوع الإقامة)`,
        'status.ok': `تم العثور على قائمة مستندات لهذا الطلب.`,
        'status.uncertain': `جزء من هذه القائمة غير مؤكد: لم يُعثر على قائمة رسمية كاملة. راجع الملاحظات.`,
        'status.impossible': `لا يمكن تقديم هذا الطلب.`,
        'requirement.required': `مطلوب`,
        'requirement.if-applicable': `فقط إن كان ينطبق عليك`,
        'requirement.if-requested': `فقط إذا طلبته المديرية`,
        'requirement.not-required': `غير مطلوب`,
        'group.common': `المستندات الأساسية`,
        'group.insurance': `التأمين الصحي`,
        'group.address': `العنوان`,
        'group.applicant': `ما يخص مقدّم الطلب`,
        'group.purpose': `غرض الإقامة`,
        'group.children': `الأطفال`,
        'group.supporter': `المُعيل (فرد العائلة المقيم في تركيا)`,
        'group.minor': `مقدّمو الطلب دون 18 عامًا`,
        'group.representation': `التقديم نيابةً عن شخص آخر`,
        'group.legalisation': `الأبوستيل والترجمة والتوقيع`,
        'confidence.official': `مصدر رسمي`,
        'confidence.official-copy': `نص رسمي منقول عن نسخة`,
        'confidence.consultancy': `مصدر استشاري أو جامعي`,
        'confidence.uncertain': `غير مؤكد`,
        'condition.always': `مطلوب في كل طلب من هذا النوع.`,
        'condition.first-or-transfer': `لأن هذا طلب أول أو طلب تحويل.`,
        'condition.extension-only': `لأن هذا طلب تمديد.`,
        'condition.transfer-only': `لأن هذا طلب تحويل.`,
        'condition.extension-or-transfer': `لأنك تحمل إقامة حاليًا (تمديد أو تحويل).`,
        'condition.passport-changed': `فقط لأن جواز سفرك قد تغيّر.`,
        'condition.non-latin-passport': `فقط لأن جواز سفرك غير مكتوب بالحروف اللاتينية.`,
        'condition.names-not-separated': `فقط لأن جواز سفرك لا يفصل بين الاسم واسم العائلة.`,
        'condition.foreign-documents': `فقط لأن بعض مستنداتك صادرة خارج تركيا.`,
        'condition.turkish-documents': `فقط لأن بعض مستنداتك صادرة في تركيا.`,
        'condition.on-behalf-parent': `فقط لأن أحد الوالدين يقدّم الطلب نيابةً عن صاحب الطلب.`,
        'condition.on-behalf-guardian': `فقط لأن الوصي يقدّم الطلب نيابةً عن صاحب الطلب.`,
        'condition.on-behalf-lawyer': `فقط لأن محاميًا يقدّم الطلب نيابةً عن صاحب الطلب.`,
        'condition.under-18': `فقط لأن مقدّم الطلب دون 18 عامًا.`,
        'condition.under-18-parent-abroad': `فقط لأن مقدّم الطلب دون 18 عامًا وأحد والديه أو ممثله القانوني خارج تركيا.`,
        'condition.newborn-in-turkiye': `فقط لأن الطفل وُلد في تركيا.`,
        'condition.age-unknown': `لأن عمر مقدّم الطلب غير معروف.`,
        'condition.insurance-age-exempt': `لأن مقدّم الطلب دون 18 عامًا أو فوق 65 عامًا (الإقامة قصيرة الأمد وإقامة الطالب).`,
        'condition.purpose': `بسبب غرض الإقامة الذي اخترته.`,
        'condition.purpose-unknown': `لأنه لم يُختر غرض الإقامة.`,
        'condition.property-owner': `لأنك تملك عقارًا في تركيا.`,
        'condition.family-spouse': `فقط لأن مقدّم الطلب زوج المُعيل أو زوجته.`,
        'condition.spouse-of-turkish-citizen': `فقط لأن مقدّم الطلب متزوج من مواطن تركي.`,
        'condition.supporter-citizen': `لأن المُعيل مواطن تركي.`,
        'condition.supporter-foreign': `فقط لأن المُعيل ليس مواطنًا تركيًا.`,
        'condition.family-role-unknown': `لأن صفة مقدّم الطلب في العائلة غير معروفة.`,
        'condition.parents-not-identifiable': `فقط لأنه لا يمكن معرفة الوالدين من جواز سفر الطفل أو هويته.`,
        'condition.parents-divorced': `فقط لأن والدَي الطفل مطلّقان.`,
        'condition.parent-abroad': `فقط لأن أحد الوالدين المشتركين في الحضانة يعيش خارج تركيا.`,
        'condition.parent-deceased': `فقط لأن أحد والدَي الطفل متوفى.`,
        'condition.adult-dependent-child': `فقط لأن مقدّم الطلب ولد بالغ مُعال.`,
        'condition.student-child': `فقط لأن مقدّم الطلب ولد مُعال يدرس (حتى سن 25).`,
        'condition.university-student': `لأن مقدّم الطلب طالب جامعي.`,
        'condition.school-student': `فقط لأن مقدّم الطلب طالب في المرحلة الابتدائية أو الثانوية.`,
        'condition.university-minor-without-student-visa': `فقط لأن مقدّم الطلب طالب جامعي دون 18 عامًا لم يدخل بتأشيرة طالب.`,
        'condition.long-term-eight-years': `فقط في الطريق المعتاد، أي بعد 8 سنوات بأذونات إقامة (وليس طريق مجلس سياسات الهجرة).`,
        'condition.long-term-policy-board': `فقط لأنك تتقدّم عبر طريق مجلس سياسات الهجرة (المادة 42 من القانون 6458).`,
        'item.application-form.title': `استمارة طلب الإقامة من نظام e-İkamet (başvuru formu)، مطبوعة وموقّعة`,
        'item.application-form.note': `اطبعها في نهاية الطلب الإلكتروني ووقّعها.`,
        'item.passport-original.title': `جواز السفر أو الوثيقة البديلة عنه: الأصل`,
        'item.passport-original.note': `يُعرض في الموعد. أحضر أيضًا صورة عن صفحة البيانات الشخصية.`,
        'item.passport-notarised-copy.title': `صورة جواز السفر مترجمة إلى التركية ومصدّقة من كاتب العدل (noter onaylı pasaport fotokopisi)`,
        'item.passport-notarised-copy.note': `في طلب التمديد تُقدَّم صورة مترجمة ومصدّقة من كاتب العدل بدلًا من الأصل.`,
        'item.earlier-passport-pages.title': `صور صفحات جواز (جوازات) السفر السابقة`,
        'item.passport-translation.title': `ترجمة محلَّفة أو رسمية لجواز السفر (yeminli tercüme)`,
        'item.consular-id-document.title': `وثيقة هوية من قنصلية بلدك تُظهر الاسم واسم العائلة`,
        'item.consular-id-document.note': `املأ حقلَي الاسم واسم العائلة كما يظهران في هذه الوثيقة.`,
        'item.biometric-photos.title': `صور بيومترية (biyometrik fotoğraf)`,
        'item.biometric-photos.note': `ملتقطة خلال آخر 6 أشهر بخلفية بيضاء. لا تُقبل صور السيلفي أو الصور الجماعية أو بالأبيض والأسود أو القديمة. عدد الصور في القوائم القديمة: {count}.`,
        'item.fee-receipts.title': `إيصالات دفع رسم البطاقة (kart bedeli) ورسم الإقامة (ikamet harcı)`,
        'item.fee-receipts.note': `ادفع الرسمين قبل الموعد. مواطنو بعض الدول معفَون من رسم الإقامة لكنهم يدفعون رسم البطاقة.`,
        'item.fee-receipts.student.title': `إيصال دفع رسم البطاقة (kart bedeli)`,
        'item.fee-receipts.student.note': `قوائم الجامعات تطلب إيصال رسم البطاقة فقط.`,
        'item.uets-registration.title': `وثيقة التسجيل في نظام التبليغ الإلكتروني الوطني (UETS – Ulusal Elektronik Tebligat Sistemi)`,
        'item.uets-registration.note': `سجّل في نظام التبليغات الإلكترونية في أحد فروع البريد التركي (PTT) وأحضر وثيقة التسجيل.`,
        'item.insurance.title': `تأمين صحي يغطي كامل مدة الإقامة المطلوبة`,
        'item.insurance.note': `المقبول: وثيقة من مؤسسة الضمان الاجتماعي (SGK) بموجب اتفاقية ضمان اجتماعي ثنائية، أو وثيقة provizyon من SGK، أو وثيقة طلب التأمين الصحي العام (GSS)، أو بوليصة تأمين خاص صادرة عن شركة في تركيا وتستوفي الحد الأدنى للتغطية الذي تحدده هيئة SEDDK. مقدّمو طلبات الإقامة قصيرة الأمد وإقامة الطالب دون 18 عامًا أو فوق 65 عامًا غير ملزمين بشراء تأمين.`,
        'item.insurance.exempt.title': `التأمين الصحي: غير مطلوب (دون 18 عامًا أو فوق 65 عامًا)`,
        'item.insurance.exempt.note': `لست ملزمًا بشراء بوليصة. إن كان لديك تأمين ساري المفعول فقدّمه. في الاستمارة اختر «18 yaş altı ve 65 yaş üstü olanlar» (دون 18 وفوق 65 عامًا).`,
        'item.insurance.long-term.note': `التأمين الصحي الساري شرط قانوني للإقامة طويلة الأمد، ولا إعفاء بحسب العمر. تُقبل وثائق SGK أو التأمين الخاص كما في الإقامات الأخرى.`,
        'item.address-proof.title': `إثبات العنوان: أحد ما يلي`,
        'item.address-proof.note': `عند الانتقال إلى عنوان جديد تحقّق من أن الحي (mahalle) مفتوح لتسجيل الأجانب.`,
        'alternative.address-lease.title': `عقد إيجار مصدّق من كاتب العدل (noter onaylı kira sözleşmesi)`,
        'alternative.address-host-undertaking.title': `تعهّد مصدّق من كاتب العدل من الشخص الذي تقيم لديه (noter onaylı taahhütname)`,
        'alternative.address-host-undertaking.note': `وإن كان المضيف متزوجًا فتعهّد زوجه أيضًا، إضافة إلى فاتورة أو اشتراك خدمات باسم المضيف.`,
        'alternative.address-dormitory.title': `رسالة من السكن الطلابي (yurt yazısı)`,
        'alternative.address-hotel.title': `وثيقة من الفندق عن مدة إقامتك مع إيصال الدفع`,
        'alternative.address-own-home.title': `منزلك الخاص: سند الملكية (tapu) ووثيقة ترقيم العنوان (numarataj belgesi)`,
        'item.address-proof-edevlet.title': `وثيقة محل الإقامة (yerleşim yeri belgesi) من e-Devlet، مع فاتورة أو اشتراك خدمات`,
        'item.address-proof-edevlet.note': `نزّلها من e-Devlet؛ تُقبل الوثائق التي تحمل عبارة «صالحة للاستخدام لدى المؤسسات الرسمية». أرفق فاتورة حديثة (كهرباء أو ماء أو غاز أو إنترنت) للعنوان نفسه.`,
        'item.means-declaration.title': `إقرار بامتلاك موارد مالية كافية ومنتظمة طوال مدة الإقامة`,
        'item.means-declaration.note': `يُقدَّم ضمن استمارة الطلب. قد تطلب المديرية مستندات مثل كشف حساب مصرفي.`,
        'item.current-permit-card.title': `بطاقة إقامتك الحالية`,
        'item.purpose-continues.title': `مستند يثبت استمرار غرض الإقامة`,
        'item.purpose-continues.note': `مثلًا رسالة تفيد بتمديد البحث أو الدورة.`,
        'item.research-visa.title': `تأشيرة ممنوحة لغرض البحث العلمي`,
        'item.research-place-duration.title': `وثيقة رسمية تبيّن مكان البحث ومدته`,
        'item.research-place-duration.note': `مثلًا إذن من وزارة أو جامعة.`,
        'item.property-title-deed.title': `سند الملكية (tapu): الأصل وصورة عنه`,
        'item.property-current-record.title': `قيد ملكية محدَّث من مديرية الطابو (güncel tapu kaydı)`,
        'item.property-current-record.note': `مطلوب إن كنت اشتريت العقار قبل أكثر من 6 أشهر.`,
        'item.property-valuation.title': `تقرير تقييم العقار (değerleme raporu)`,
        'item.property-valuation.note': `بحسب التقارير، منذ {since} يجب ألا تقل قيمة العقار عن {amount}. تحقّق من الحد الحالي لدى المديرية.`,
        'item.tax-number.title': `الرقم الضريبي (vergi kimlik numarası)`,
        'item.tax-number.note': `يحصل عليه الأجانب من دائرة الضرائب (vergi dairesi).`,
        'item.business-invitation.title': `رسالة دعوة من الشركة أو الشخص الذي ستتعامل معه تجاريًا (davet mektubu)`,
        'item.company-documents.title': `وثيقة نشاط الشركة (faaliyet belgesi) واللوحة الضريبية (vergi levhası) وجريدة السجل التجاري (ticaret sicil gazetesi)`,
        'item.company-documents.note': `قد تُطلب. القوائم القديمة تطلب نسخًا مصدّقة من كاتب العدل.`,
        'item.training-letter.title': `رسالة تبيّن مكان التدريب أثناء الخدمة ومدته`,
        'item.host-institution-letter.title': `رسالة من المؤسسة المستضيفة (برنامج تبادل أو اتفاقية)`,
        'item.travel-plan.title': `خطة السفر: أين ومتى وكم ستقيم`,
        'item.hospital-document.title': `مستند من المستشفى بشأن علاجك`,
        'item.previous-family-permit.title': `بطاقة إقامتك العائلية`,
        'item.divorce-or-death-document.title': `حكم الطلاق أو شهادة وفاة المُعيل`,
        'item.divorce-or-death-document.note': `مطلوب إن كان الانتقال بسبب الطلاق أو وفاة المُعيل، وغير مطلوب إن كان بسبب بلوغك 18 عامًا بعد 3 سنوات على الإقامة العائلية.`,
        'item.turkish-course-document.title': `وثيقة تسجيل في دورة لغة تركية لدى TÖMER أو وزارة التربية (MEB)`,
        'item.turkish-course-document.note': `تُمنح إقامة دورة اللغة التركية مرتين على الأكثر.`,
        'item.graduation-document.title': `وثيقة تخرّج (mezuniyet belgesi) أو شهادة من مؤسسة تعليم عالٍ في تركيا`,
        'item.graduation-document.note': `قدّم خلال 6 أشهر من التخرّج؛ تُمنح هذه الإقامة مرة واحدة فقط ولمدة أقصاها سنة.`,
        'item.investor-eligibility-certificate.title': `شهادة الأهلية للمستثمرين (uygunluk belgesi)`,
        'item.marriage-certificate.title': `وثيقة الزواج (evlilik belgesi)`,
        'item.civil-registry-record.title': `قيد نفوس مفصّل للزوج أو الزوجة التركية (vukuatlı nüfus kayıt örneği)`,
        'item.civil-registry-record.note': `يُستخرج من e-Devlet أو من أي مديرية نفوس (nüfus müdürlüğü).`,
        'item.supporter-cost-undertaking.title': `تعهّد من المُعيل مصدّق من كاتب العدل بتحمّل نفقاتك (taahhütname)`,
        'item.family-child-birth-certificate.title': `شهادة ميلاد الطفل (doğum belgesi)`,
        'item.custody-decision-or-consent.title': `الحضانة بعد الطلاق: أحد ما يلي`,
        'alternative.custody-decision.title': `حكم المحكمة بالحضانة (velayet kararı)`,
        'alternative.other-parent-consent.title': `موافقة الوالد الآخر (muvafakatname)`,
        'item.parent-abroad-custody-consent.title': `موافقة (muvafakatname) الوالد المقيم خارج تركيا والمشارك في الحضانة`,
        'item.parent-death-certificate.title': `شهادة وفاة الوالد المتوفى (ölüm belgesi)`,
        'item.dependency-proof.title': `مستند يثبت أن الولد البالغ يعيش في إعالة المُعيل`,
        'item.dependent-child-student-certificate.title': `وثيقة طالب للولد المُعال (öğrenci belgesi)`,
        'item.supporter-identity.title': `وثائق هوية المُعيل`,
        'alternative.supporter-citizen-id.title': `مواطن تركي: بطاقة الهوية التركية (T.C. kimlik kartı)`,
        'alternative.supporter-foreigner-documents.title': `أجنبي: جواز السفر مع إذن إقامة أو عمل، أو البطاقة الزرقاء (Mavi Kart)، أو هوية لاجئ أو حماية ثانوية`,
        'item.supporter-income-proof.title': `إثبات دخل المُعيل`,
        'item.supporter-income-proof.note': `دخل إجمالي لا يقل عن الحد الأدنى للأجور، ولا يقل عن ثلث الحد الأدنى للأجور عن كل فرد من أفراد العائلة.`,
        'item.supporter-insurance.title': `تأمين صحي للمُعيل يشمل جميع أفراد العائلة`,
        'item.supporter-insurance.note': `يجب أن تشمل وثيقة provizyon من SGK المُعيلَ وأفراد العائلة معًا.`,
        'item.supporter-criminal-record.title': `السجل العدلي للمُعيل (adli sicil kaydı)`,
        'item.supporter-criminal-record.note': `يُثبت عدم ارتكاب جريمة ضد النظام الأسري خلال آخر 5 سنوات. السجل التركي متاح عبر e-Devlet.`,
        'item.supporter-address-registration.title': `وثيقة تُثبت تسجيل المُعيل في نظام تسجيل العناوين (Adres Kayıt Sistemi)`,
        'item.supporter-address-registration.note': `مثلًا وثيقة محل الإقامة (yerleşim yeri belgesi) للمُعيل من e-Devlet.`,
        'item.student-certificate.title': `وثيقة طالب حديثة (öğrenci belgesi) تحمل باركود e-Devlet أو موقّعة من المؤسسة التعليمية`,
        'item.university-minor-guardian-consent.title': `وثيقة الولاية (شهادة ميلاد أو قيد عائلي) مع الموافقة (muvafakatname)`,
        'item.university-minor-guardian-consent.note': `لطلاب الجامعات دون 18 عامًا الذين دخلوا دون تأشيرة أو بتأشيرة غير تأشيرة الطالب؛ غير مطلوبة مع تأشيرة الطالب.`,
        'item.school-consent-and-sponsor.title': `موافقة الوالدين أو الممثل القانوني، ومستند يحدد الشخص الذي يتحمّل النفقات`,
        'item.previous-permit-cards.title': `بطاقات الإقامة السابقة أو صور عنها`,
        'item.sydv-letter.title': `رسالة من وقف التعاون والتضامن الاجتماعي (SYDV yazısı)`,
        'item.sydv-letter.note': `تُثبت أنك لم تتلقَّ أي مساعدة اجتماعية خلال آخر 3 سنوات.`,
        'item.income-proof.title': `إثبات دخل كافٍ ومنتظم`,
        'item.criminal-record.title': `السجل العدلي من بلدك ومن تركيا (adli sicil kaydı)`,
        'item.address-registration-document.title': `وثيقة تُثبت تسجيلك في نظام تسجيل العناوين (Adres Kayıt Sistemi)`,
        'item.address-registration-document.note': `مثلًا وثيقة محل الإقامة (yerleşim yeri belgesi) من e-Devlet.`,
        'item.newborn-birth-certificate.title': `شهادة ميلاد الطفل الصادرة في تركيا (doğum belgesi)`,
        'item.minor-birth-certificate.title': `شهادة الميلاد مصدّقة بالأبوستيل مع ترجمة تركية مصدّقة من كاتب العدل (apostilli doğum belgesi)`,
        'item.parent-abroad-consent.title': `موافقة (muvafakatname) مصدّقة بالأبوستيل من الوالد أو الممثل القانوني المقيم خارج تركيا`,
        'item.consented-person-undertaking.title': `تعهّد (taahhütname) مصدّق من كاتب العدل من الشخص المقيم في تركيا الذي مُنحت له الموافقة`,
        'item.representative-child-birth-certificate.title': `شهادة ميلاد الطفل التي تُثبت أنك والده أو والدته (doğum belgesi)`,
        'item.guardianship-decision.title': `قرار المحكمة بتعيين الوصي (vasi kararı)`,
        'item.power-of-attorney.title': `وكالة للمحامي (vekâletname)`,
        'item.power-of-attorney.note': `قد تطلب المديرية حضور صاحب الطلب شخصيًا أيضًا.`,
        'item.foreign-documents-legalised.title': `المستندات الصادرة خارج تركيا: تصديق الأبوستيل (apostil) وترجمة تركية مصدّقة من كاتب العدل (noter onaylı Türkçe tercüme)`,
        'item.foreign-documents-legalised.note': `إن كانت الدولة غير منضمة إلى اتفاقية الأبوستيل: تصديق وزارة خارجية تلك الدولة والقنصلية التركية بدلًا من الأبوستيل.`,
        'item.turkish-documents-signed.title': `المستندات الصادرة في تركيا: موقّعة إلكترونيًا أو موقّعة ومختومة`,
        'item.turkish-documents-signed.note': `تُقبل مستندات e-Devlet التي تحمل عبارة «صالحة للاستخدام لدى المؤسسات الرسمية».`,
        'note.age-unknown': `أدخل تاريخ الميلاد لرؤية المستندات المرتبطة بالعمر (دون 18 عامًا: شهادة الميلاد والموافقات؛ والإعفاء من التأمين).`,
        'note.directorate-may-ask-more': `قد تطلب مديرية الهجرة مستندات إضافية. إن نقص شيء فقد تُمنح مهلة تصل إلى 30 يومًا، ثم يُغلق الملف.`,
        'note.ex-officio-no-list': `لم يُعثر على قائمة مستندات لهذه الإقامة، فالولاية تمنحها من تلقاء نفسها. تُعرض المستندات المشتركة فقط؛ استفسر من مديرية الهجرة في الولاية (İl Göç İdaresi) أو من مركز YİMER على الرقم 157.`,
        'note.family-extension-recheck': `عند التمديد يُعاد التحقق من دخل المُعيل (F1) ومدة إقامته (F2) وتاريخ انتهاء الإقامة (D5: لا يتجاوز إقامة المُعيل) وفق إقامة المُعيل الحالية.`,
        'note.family-originals': `أحضر أصول مستنداتك أيضًا إلى الموعد، إذ تُعرض هناك.`,
        'note.family-role-unknown': `حدّد ما إذا كان مقدّم الطلب زوجًا أو زوجة أم ولدًا لرؤية المستندات الخاصة بذلك.`,
        'note.long-term-extension-impossible': `الإقامة طويلة الأمد غير محددة المدة ولا يمكن تمديدها (D10).`,
        'note.long-term-policy-board-route': `طريق مجلس سياسات الهجرة: وثائق السنوات الثماني (الأذونات السابقة، رسالة SYDV، الدخل، السجل العدلي) ليست في قائمة هذا الطريق. أحضر الاستمارة وجواز سفرك والإذن السابق إن وُجد وصورتين ووثيقة تسجيل العنوان. تعلن الوزارة شروط المجلس بشكل منفصل؛ تحقّق من أنها تنطبق عليك.`,
        'note.long-term-first-or-transfer': `المتقدّمون للإقامة طويلة الأمد يحملون إقامة أصلًا، لذا ليس واضحًا هل يعامل نظام e-İkamet الطلب كطلب أول أم كطلب تحويل. تطلب قائمة الإقامة طويلة الأمد: بطاقات الإقامة السابقة، ورسالة SYDV، وإثبات الدخل، والتأمين الصحي، والسجل العدلي، ووثيقة تسجيل العنوان.`,
        'note.newborn-180-days': `يجب استخراج إقامة للطفل المولود في تركيا خلال 180 يومًا من ولادته، وتسري الإقامة من تاريخ الولادة. وإلا يُستوفى رسم مضاعف عند مغادرة تركيا.`,
        'note.purpose-no-list': `لم يُعثر على قائمة مستندات لهذا الغرض. أحضر ما يُثبت غرض إقامتك (مثلًا رسالة من الجهة أو المؤسسة المعنية) واستفسر من مديرية الهجرة.`,
        'note.purpose-nothing-extra': `لا يلزم لهذا الغرض أي مستند إضافي غير ما هو مذكور.`,
        'note.purpose-unknown': `اختر غرض الإقامة لرؤية المستندات الخاصة به.`,
        'note.student-gss': `يمكن لطلاب الجامعات الاستفادة من التأمين الصحي العام (GSS) إذا تقدّموا إلى SGK خلال 3 أشهر من أول تسجيل.`,
        'note.student-international-office': `منذ {since} يسلّم طلاب الجامعات ملفاتهم إلى مكتب العلاقات الدولية في الجامعة خلال 7–10 أيام من الطلب الإلكتروني، بحسب الجامعة.`,
        'note.transfer-no-list': `لم يُعثر على قائمة مستندات للتحويل إلى هذا النوع من الإقامة. تُعرض المستندات المشتركة فقط؛ توقّع أن تطلب المديرية مستندات هذا النوع من الإقامة.`,
      },
    },
    ru: {
      ui: {
        'overlay.title': `Помощник e-İkamet`,
        'panel.collapse': `Скрыть помощника`,
        'panel.expand': `Показать помощника`,
        'panel.tab': `Помощник`,
        'panel.page': `Страница`,
        'panel.application': `Заявление`,
        'panel.fields': `Поля на этой странице`,
        'panel.noFields': `На этой странице пока не распознано ни одного поля.`,
        'panel.findings': `Проверки`,
        'panel.promise': `Помощник никогда не отправляет формы, не нажимает кнопки и не вводит данные на этом сайте за вас. Данные не покидают это устройство.`,
        'page.home': `Главная страница`,
        'page.options': `Страница выбора действия`,
        'page.first-entry': `Страница предварительной регистрации первого заявления`,
        'page.extension-entry': `Страница входа в заявление на продление`,
        'page.transfer-entry': `Страница входа в заявление на смену типа ВНЖ`,
        'page.continue': `Страница продолжения или проверки заявления`,
        'page.status': `Страница статуса заявления`,
        'page.verification': `Страница подтверждения`,
        'page.wizard-personal': `Анкета: личные данные`,
        'page.wizard-passport': `Анкета: проездной документ`,
        'page.wizard-permit': `Анкета: вид на жительство`,
        'page.wizard-address': `Анкета: адрес`,
        'page.wizard-insurance': `Анкета: медицинская страховка`,
        'page.wizard-summary': `Анкета: сводка`,
        'page.unknown': `Страница, незнакомая помощнику`,
        'application.first': `Первое заявление`,
        'application.extension': `Продление`,
        'application.transfer': `Смена типа ВНЖ`,
        'drift.notice': `Эта страница выглядит не так, как ожидает помощник (не найдено ожидаемых полей: {missing}; неизвестных полей: {unknown}). Подсказки показаны для распознанных полей; автозаполнение на этой странице отключено.`,
        'field.fillYourself': `Заполните это поле сами`,
        'badge.hintFor': `Подсказка: {label}`,
        'badge.fillYourselfFor': `{label}: заполните это поле сами`,
        'language.label': `Язык помощника`,
        'panel.tabFindings': `Ошибок или предупреждений: {count}`,
        'findings.more': `Полезно знать ({count})`,
        'finding.source': `Источник`,
        'finding.reference': `Правовое основание`,
        'finding.confidence': `Надёжность`,
        'finding.lastVerified': `Последняя проверка`,
        'finding.address': `Текст`,
        'badge.findingFor': `{severity}: {label}`,
        'field.format': `Формат: {format}`,
        'field.mistakes': `Частые ошибки`,
        'checklist.title': `Какие документы подготовить`,
        'checklist.progress': `(готово {done} из {total})`,
        'checklist.permitType': `Вид ВНЖ`,
        'checklist.purpose': `Цель пребывания`,
        'checklist.kind': `Заявление`,
        'checklist.choose': `Выберите…`,
        'checklist.needsChoice': `Выберите вид ВНЖ и тип заявления, чтобы увидеть документы. Они заполнятся сами, когда форма их покажет.`,
        'checklist.print': `Распечатать список`,
        'print.title': `Список документов для ВНЖ`,
        'print.applicant': `Заявитель`,
        'print.preparedOn': `Составлено {date}`,
        'print.ready': `Готово:`,
        'print.notReady': `Подготовить:`,
        'print.footer': `Составлено с помощью e-İkamet Assistant — неофициального помощника. Миграционное управление может запросить дополнительные документы.`,
        'print.print': `Печать`,
      },
      fields: {
        'field.givenName.label': `Имя (все имена)`,
        'field.givenName.hint': `Все ваши имена точно как в машиночитаемой зоне паспорта, латинскими буквами; второе имя, если оно там есть, тоже пишется здесь.`,
        'field.givenName.mistakes': `Пропуск второго имени; уменьшительное имя или переведённое написание.`,
        'field.surname.label': `Фамилия`,
        'field.surname.hint': `Фамилия точно как в паспорте, латинскими буквами. Если в паспорте имя и фамилия не разделены, возьмите их из удостоверения личности, выданного консульством вашей страны.`,
        'field.surname.mistakes': `Перепутать имя и фамилию; написание, отличающееся от паспорта.`,
        'field.previousSurname.label': `Прежняя фамилия`,
        'field.previousSurname.hint': `Только если фамилия менялась (например, после брака): ваша прежняя фамилия. Иначе оставьте поле пустым.`,
        'field.previousSurname.mistakes': `Повторить текущую фамилию; заполнить поле, хотя фамилия никогда не менялась.`,
        'field.fatherName.label': `Имя отца`,
        'field.fatherName.hint': `Только имя отца (Baba Adı), без фамилии.`,
        'field.fatherName.mistakes': `Добавить фамилию или отчество; при продлении — написать иначе, чем в прошлом заявлении.`,
        'field.motherName.label': `Имя матери`,
        'field.motherName.hint': `Только имя матери (Anne Adı), без фамилии.`,
        'field.motherName.mistakes': `Добавить её фамилию или девичью фамилию; при продлении — написать иначе, чем в прошлом заявлении.`,
        'field.birthDate.label': `Дата рождения`,
        'field.birthDate.hint': `Дата рождения, как в паспорте. Выберите её в календаре или введите день, месяц и год.`,
        'field.birthDate.format': `дд.мм.гггг — напр. 05.03.1990`,
        'field.birthDate.mistakes': `Перепутать день и месяц; взять дату из другого документа, который расходится с паспортом.`,
        'field.birthPlace.label': `Место рождения`,
        'field.birthPlace.hint': `Город или населённый пункт рождения в написании паспорта.`,
        'field.birthPlace.mistakes': `Указать только страну (для неё есть отдельное поле); переведённое или иное написание.`,
        'field.birthCountry.label': `Страна рождения`,
        'field.birthCountry.hint': `Страна, где вы родились; она может отличаться от гражданства. Введите первые буквы, чтобы найти её в списке.`,
        'field.birthCountry.mistakes': `По привычке выбрать страну гражданства, хотя вы родились в другой стране.`,
        'field.gender.label': `Пол`,
        'field.gender.hint': `Выберите пол, указанный в паспорте. В турецком списке: Erkek — мужской, Kadın — женский.`,
        'field.gender.mistakes': `Выбрать не тот вариант, когда список показан на турецком.`,
        'field.maritalStatus.label': `Семейное положение`,
        'field.maritalStatus.hint': `Ваше семейное положение на сегодня, как в документах: холост / не замужем (Bekar), в браке (Evli), разведён(а) (Boşanmış), вдовец / вдова (Dul).`,
        'field.maritalStatus.mistakes': `Оставить прежнее положение после брака или развода. Указывайте нынешнее положение, даже если оно изменилось после прошлого ВНЖ; это может привести к записи на приём.`,
        'field.nationality.label': `Гражданство`,
        'field.nationality.hint': `Страна, гражданином которой вы являетесь, — обычно страна, выдавшая паспорт, с которым вы подаёте заявление (Uyruğu / Vatandaşı Olduğunuz Ülke). Введите первые буквы для поиска в списке.`,
        'field.nationality.mistakes': `Выбрать страну проживания или рождения вместо страны гражданства.`,
        'field.otherNationality.label': `Другое гражданство`,
        'field.otherNationality.hint': `Только если у вас есть второе гражданство; иначе оставьте поле пустым.`,
        'field.otherNationality.mistakes': `Повторно выбрать здесь основное гражданство.`,
        'field.nationalIdNumber.label': `Личный номер в стране гражданства`,
        'field.nationalIdNumber.hint': `Личный идентификационный номер вашей страны (Uyruk Kimlik No), например с национального удостоверения личности. Если такого номера нет, поле можно оставить пустым.`,
        'field.nationalIdNumber.mistakes': `Ввести номер паспорта или турецкий номер иностранца (начинается с 99).`,
        'field.passportNumber.label': `Номер паспорта`,
        'field.passportNumber.hint': `Номер паспорта точно как на странице с данными. В форме первичного заявления нужен номер паспорта, по которому вы въехали в Турцию (Türkiye'ye Girişteki Pasaport Numarası).`,
        'field.passportNumber.mistakes': `Перепутать номера старого и нового паспорта после замены; буква O вместо цифры 0.`,
        'field.passportType.label': `Тип документа`,
        'field.passportType.hint': `Вид вашего проездного документа. Для обычного паспорта выберите вариант обычного паспорта (Umuma Mahsus Pasaport).`,
        'field.passportType.mistakes': `Выбрать специальный, служебный или дипломатический тип для обычного паспорта.`,
        'field.passportIssueDate.label': `Дата выдачи паспорта`,
        'field.passportIssueDate.hint': `Дата выдачи со страницы с данными паспорта (Veriliş Tarihi).`,
        'field.passportIssueDate.format': `дд.мм.гггг — напр. 12.01.2022`,
        'field.passportIssueDate.mistakes': `Перепутать день и месяц; указать дату предыдущего паспорта.`,
        'field.passportExpiry.label': `Срок действия паспорта`,
        'field.passportExpiry.hint': `Дата окончания срока действия со страницы с данными паспорта (Geçerlilik Tarihi). Она должна быть не менее чем на 60 дней позже окончания запрашиваемого ВНЖ.`,
        'field.passportExpiry.format': `дд.мм.гггг — напр. 11.01.2032`,
        'field.passportExpiry.mistakes': `Запросить ВНЖ, который заканчивается менее чем за 60 дней до окончания паспорта; перепутать день и месяц.`,
        'field.passportIssuingCountry.label': `Страна выдачи`,
        'field.passportIssuingCountry.hint': `Государство, выдавшее паспорт, — обычно страна вашего гражданства, даже если паспорт получен в посольстве или консульстве за границей.`,
        'field.passportIssuingCountry.mistakes': `Выбрать страну, где находится посольство или консульство, вместо государства выдачи.`,
        'field.passportIssuingAuthority.label': `Орган выдачи`,
        'field.passportIssuingAuthority.hint': `Орган выдачи, указанный на странице с данными паспорта (часто в графе «Authority»), например министерство, паспортная служба или консульство.`,
        'field.passportIssuingAuthority.mistakes': `Указать только название страны вместо органа, указанного в паспорте.`,
        'field.email.label': `Электронная почта`,
        'field.email.hint': `Адрес почты, который вы можете открыть сами: туда приходят сообщения по заявлению и, возможно, код или ссылка подтверждения.`,
        'field.email.format': `напр. name@example.com`,
        'field.email.mistakes': `Опечатка в адресе; адрес, принадлежащий другому человеку.`,
        'field.mobile.label': `Мобильный телефон`,
        'field.mobile.hint': `Турецкий мобильный номер из 10 цифр без 0 в начале и без +90, напр. 5XX XXX XX XX. Используйте номер, на который приходят SMS.`,
        'field.mobile.format': `10 цифр, начинается с 5 — (5XX) XXX-XX-XX`,
        'field.mobile.mistakes': `Добавить +90 или 0 в начале; указать иностранный номер.`,
        'field.contactPreference.label': `Предпочтительный способ связи`,
        'field.contactPreference.hint': `Как с вами связываться: мобильный телефон или электронная почта. Проверьте, что соответствующее поле заполнено верно.`,
        'field.contactPreference.mistakes': `Выбрать канал, который вы не проверяете, или оставить опечатку в его поле.`,
        'field.foreignerId.label': `Номер иностранца (YKN)`,
        'field.foreignerId.hint': `Ваш 11-значный идентификационный номер иностранца (Yabancı Kimlik No), напечатанный на карте ВНЖ; начинается с 99.`,
        'field.foreignerId.format': `11 цифр, начинается с 99`,
        'field.foreignerId.mistakes': `Ввести номер паспорта или серию карты; пропустить одну из 11 цифр.`,
        'field.permitCardSerial.label': `Серия карты ВНЖ`,
        'field.permitCardSerial.hint': `Серия из 3 букв, напечатанная на карте ВНЖ (İkamet İzin Kartı Seri).`,
        'field.permitCardSerial.format': `3 буквы`,
        'field.permitCardSerial.mistakes': `Ввести цифры или весь номер карты; спутать серию с номером иностранца.`,
        'field.permitCardNumber.label': `Номер карты ВНЖ`,
        'field.permitCardNumber.hint': `Номер документа, напечатанный на карте ВНЖ: только цифры, без серии из 3 букв.`,
        'field.permitCardNumber.format': `Только цифры`,
        'field.permitCardNumber.mistakes': `Добавить серию из 3 букв; ввести вместо него 11-значный номер иностранца.`,
        'field.changeProvince.label': `Смена провинции (nakil)`,
        'field.changeProvince.hint': `«Да» (Evet) — только если вы переезжаете в другую провинцию (nakil); «Нет» (Hayır) — если остаётесь в той же провинции, даже по новому адресу.`,
        'field.changeProvince.mistakes': `Выбрать «Да» после переезда в пределах той же провинции; выбрать «Нет», хотя вы переехали в другую провинцию.`,
        'field.applicationNumber.label': `Номер заявления`,
        'field.applicationNumber.hint': `Номер заявления, полученный по SMS или электронной почте в начале подачи; он также напечатан в регистрационной форме.`,
        'field.applicationNumber.format': `4 цифры-2 цифры-7 цифр — напр. 2026-88-0638278`,
        'field.applicationNumber.mistakes': `Пропущенная или лишняя цифра; спутать его с номером начисления для оплаты (tahakkuk no).`,
        'field.permitType.label': `Тип ВНЖ`,
        'field.permitType.hint': `Тип ВНЖ, соответствующий причине вашего пребывания в Турции (напр. краткосрочный, семейный, студенческий). При продлении обычно это ваш текущий тип; для смены типа подаётся заявление о переходе (geçiş).`,
        'field.permitType.mistakes': `Выбрать тип, условиям которого вы не соответствуете; менять тип в заявлении на продление вместо заявления о переходе.`,
        'field.permitPurpose.label': `Цель пребывания`,
        'field.permitPurpose.hint': `Конкретная цель пребывания внутри выбранного типа, напр. для краткосрочного ВНЖ: туризм, владение недвижимостью, курсы турецкого языка. Документы, которые вы принесёте, должны подтверждать эту цель.`,
        'field.permitPurpose.mistakes': `Выбрать цель, которую вы не можете подтвердить документами; после отказа снова подать с той же целью в течение 6 месяцев.`,
        'field.requestedStart.label': `Запрашиваемая дата начала`,
        'field.requestedStart.hint': `Дата, с которой должен начаться ВНЖ. При продлении новый ВНЖ начинается там, где заканчивается текущий.`,
        'field.requestedStart.format': `дд.мм.гггг — напр. 01.06.2026`,
        'field.requestedStart.mistakes': `При продлении оставить разрыв после окончания текущего ВНЖ; перепутать день и месяц.`,
        'field.requestedEnd.label': `Запрашиваемая дата окончания`,
        'field.requestedEnd.hint': `Дата окончания ВНЖ. Она должна быть не позднее чем за 60 дней до окончания паспорта и не позже окончания страховки.`,
        'field.requestedEnd.format': `дд.мм.гггг — напр. 31.05.2027`,
        'field.requestedEnd.mistakes': `Запросить срок больше допустимого для типа (краткосрочный: обычно не более 2 лет за раз); дата слишком близко к окончанию паспорта или позже окончания страховки.`,
        'field.currentPermitType.label': `Тип текущего ВНЖ`,
        'field.currentPermitType.hint': `Только для чтения: тип вашего нынешнего ВНЖ; показывается при продлении и переходе. Проверьте, что он совпадает с вашей картой.`,
        'field.currentPermitType.mistakes': `Ожидать, что тип можно изменить здесь; для другого типа нужно заявление о переходе (geçiş).`,
        'field.currentPermitEnd.label': `Дата окончания текущего ВНЖ`,
        'field.currentPermitEnd.hint': `Только для чтения: дата окончания текущего ВНЖ; продление можно подать начиная за 60 дней до этой даты и никогда — после неё.`,
        'field.currentPermitEnd.format': `дд.мм.гггг — напр. 31.05.2026`,
        'field.currentPermitEnd.mistakes': `Пропустить эту дату: продление становится невозможным, нужно новое заявление. Заявление на продление, поданное раньше чем за 60 дней, система не принимает.`,
        'field.province.label': `Провинция (il)`,
        'field.province.hint': `Провинция (il), в которой находится ваш адрес проживания в Турции.`,
        'field.province.mistakes': `Выбрать провинцию работы или учёбы вместо провинции проживания.`,
        'field.district.label': `Район (ilçe)`,
        'field.district.hint': `Район (ilçe) вашего адреса; список появляется после выбора провинции.`,
        'field.district.mistakes': `Выбрать район по памяти, а не тот, что указан в договоре аренды или документе об адресе.`,
        'field.neighbourhood.label': `Квартал (mahalle)`,
        'field.neighbourhood.hint': `Квартал (mahalle), как в договоре аренды или документе об адресе; список зависит от района.`,
        'field.neighbourhood.mistakes': `Выбрать привычное название местности вместо официального квартала. В кварталах, закрытых для регистрации иностранцев, первичное заявление или смена провинции могут быть отклонены.`,
        'field.street.label': `Улица`,
        'field.street.hint': `Название улицы (cadde или sokak) точно как в договоре аренды или документе об адресе.`,
        'field.street.mistakes': `Вписать сюда весь адрес; для номера дома и квартиры есть отдельные поля.`,
        'field.buildingNumber.label': `Номер дома`,
        'field.buildingNumber.hint': `Номер дома на улице (Dış Kapı No) из договора аренды или документа об адресе.`,
        'field.buildingNumber.mistakes': `Ввести здесь номер квартиры.`,
        'field.flatNumber.label': `Номер квартиры`,
        'field.flatNumber.hint': `Номер вашей квартиры в доме (İç Kapı No).`,
        'field.flatNumber.mistakes': `Указать этаж вместо номера квартиры; перепутать с номером дома.`,
        'field.insuranceType.label': `Вид страховки`,
        'field.insuranceType.hint': `Вид вашего медицинского покрытия (частная медстраховка, SGK, двустороннее соглашение о социальном обеспечении или документ SGK provizyon). Заявители младше 18 или старше 65 лет на краткосрочный или студенческий ВНЖ выбирают «18 yaş altı ve 65 yaş üstü olanlar».`,
        'field.insuranceType.mistakes': `Выбрать другой вариант, будучи младше 18 или старше 65 при краткосрочном или студенческом ВНЖ; выбрать возрастной вариант для семейного или долгосрочного ВНЖ, где страховка обязательна.`,
        'field.insuranceCompany.label': `Страховая компания`,
        'field.insuranceCompany.hint': `Название страховой компании, как в полисе.`,
        'field.insuranceCompany.mistakes': `Указать агента или посредника вместо страховой компании.`,
        'field.insurancePolicyNumber.label': `Номер полиса`,
        'field.insurancePolicyNumber.hint': `Номер полиса (Poliçe No) точно как в полисе; он сверяется с данными страховой компании.`,
        'field.insurancePolicyNumber.mistakes': `Опечатка или номер старого полиса: сверка не проходит, и форма дальше не идёт.`,
        'field.insuranceStart.label': `Дата начала полиса`,
        'field.insuranceStart.hint': `Дата начала, указанная в полисе. Страховка должна начинаться не позже запрашиваемой даты начала ВНЖ.`,
        'field.insuranceStart.format': `дд.мм.гггг — напр. 01.06.2026`,
        'field.insuranceStart.mistakes': `Полис начинается после запрашиваемой даты начала; перепутать день и месяц.`,
        'field.insuranceEnd.label': `Дата окончания полиса`,
        'field.insuranceEnd.hint': `Дата окончания, указанная в полисе. Страховка должна действовать как минимум до запрашиваемой даты окончания ВНЖ.`,
        'field.insuranceEnd.format': `дд.мм.гггг — напр. 31.05.2027`,
        'field.insuranceEnd.mistakes': `Полис заканчивается раньше запрашиваемой даты окончания.`,
        'field.givenNameInitials.label': `Первые две буквы имени`,
        'field.givenNameInitials.hint': `Только первые две буквы имени, как в паспорте, латинскими буквами.`,
        'field.givenNameInitials.format': `2 буквы`,
        'field.givenNameInitials.mistakes': `Ввести имя целиком; взять буквы из переведённого написания.`,
        'field.surnameInitials.label': `Первые две буквы фамилии`,
        'field.surnameInitials.hint': `Только первые две буквы фамилии, как в паспорте, латинскими буквами.`,
        'field.surnameInitials.format': `2 буквы`,
        'field.surnameInitials.mistakes': `Ввести фамилию целиком; ввести буквы имени вместо фамилии.`,
        'field.captcha.label': `Символы с картинки (капча)`,
        'field.captcha.hint': `Введите символы с картинки сами. Помощник никогда не читает и не заполняет это поле.`,
        'field.captcha.mistakes': `Путать похожие символы; если картинку трудно прочитать, получите новую по ссылке обновления на сайте.`,
        'field.consent.label': `Отметка «Прочитал, понял» (Okudum, anladım)`,
        'field.consent.hint': `Прочитайте текст и поставьте отметку сами, если согласны. Помощник никогда её не ставит.`,
        'field.consent.mistakes': `Поставить отметку, не прочитав текст.`,
        'field.verificationCode.label': `Код подтверждения`,
        'field.verificationCode.hint': `Сами введите код, присланный на почту или телефон, или сами откройте ссылку. Помощник никогда не читает и не заполняет его.`,
        'field.verificationCode.mistakes': `Передать код или ссылку кому-либо ещё: они предназначены только вам.`,
        'page.home': `Главная страница`,
        'page.home.about': `Здесь выбирают первое заявление, продление текущего ВНЖ или смену типа ВНЖ; главное — нажать правильную кнопку.`,
        'page.options': `Страница выбора действия`,
        'page.options.about': `Выберите новое заявление, продолжение уже начатого или просмотр результата; чтобы вернуться к начатому заявлению, выберите продолжение и держите под рукой номер заявления.`,
        'page.first-entry': `Страница предварительной регистрации первого заявления`,
        'page.first-entry.about': `Начинает первое заявление с ваших личных и контактных данных; имя, фамилия и номер паспорта должны точно совпадать с паспортом, а почта и телефон должны быть доступны вам самим.`,
        'page.extension-entry': `Страница входа в заявление на продление`,
        'page.extension-entry.about': `Начинает продление текущего ВНЖ; подать его можно только в течение 60 дней до окончания ВНЖ, а номер иностранца и данные карты должны точно совпадать с картой.`,
        'page.transfer-entry': `Страница входа в заявление на смену типа ВНЖ`,
        'page.transfer-entry.about': `Начинает переход на другой тип ВНЖ (geçiş); номер иностранца и данные карты должны точно совпадать с вашей текущей картой ВНЖ.`,
        'page.continue': `Страница продолжения или проверки заявления`,
        'page.continue.about': `Находит уже начатое заявление; номер заявления (напр. 2026-88-0638278) и телефон, почта или номер документа должны совпадать с указанными при подаче.`,
        'page.status': `Страница статуса заявления`,
        'page.status.about': `Показывает статус, тип ВНЖ, даты и штрихкод PTT; здесь ничего не вводится — просто внимательно прочитайте.`,
        'page.verification': `Страница подтверждения`,
        'page.verification.about': `Заявление подтверждается кодом или ссылкой, присланными на почту или телефон; сделайте это сами — помощник к этому не прикасается.`,
        'page.wizard-personal': `Анкета: личные данные`,
        'page.wizard-personal.about': `Ваши личные данные; каждое имя и каждая дата должны точно совпадать с паспортом.`,
        'page.wizard-passport': `Анкета: проездной документ`,
        'page.wizard-passport.about': `Данные паспорта; паспорт должен действовать не менее 60 дней после окончания запрашиваемого ВНЖ.`,
        'page.wizard-permit': `Анкета: вид на жительство`,
        'page.wizard-permit.about': `Тип ВНЖ, цель и даты; запрашиваемая дата окончания должна быть не позднее чем за 60 дней до окончания паспорта и в пределах срока страховки.`,
        'page.wizard-address': `Анкета: адрес`,
        'page.wizard-address.about': `Адрес вашего проживания в Турции; провинция, район, квартал и номера должны совпадать с договором аренды или документом об адресе.`,
        'page.wizard-insurance': `Анкета: медицинская страховка`,
        'page.wizard-insurance.about': `Ваше медицинское покрытие; оно должно охватывать весь запрашиваемый срок, а данные полиса сверяются с данными страховой компании.`,
        'page.wizard-summary': `Анкета: сводка`,
        'page.wizard-summary.about': `Итоговая проверка только для чтения; сверьте каждую запись с документами, затем сами поставьте отметку согласия и сохраните.`,
        'page.unknown': `Страница, незнакомая помощнику`,
        'page.unknown.about': `Помощник не распознаёт эту страницу, поэтому не показывает подсказки к полям и ничего здесь не заполняет; следуйте указаниям самого сайта.`,
      },
      rules: {
        'severity.error': `Ошибка`,
        'severity.warning': `Предупреждение`,
        'severity.info': `Информация`,
        'confidence.official': `Официальный источник`,
        'confidence.official-copy': `Официальный текст, прочитанный в копии`,
        'confidence.consultancy': `Консультанты или СМИ`,
        'confidence.uncertain': `Источники не подтверждены или противоречат друг другу`,
        'holiday.newYear': `Новый год`,
        'holiday.nationalSovereignty': `День национального суверенитета и детей`,
        'holiday.labourDay': `День труда и солидарности`,
        'holiday.youthAndSports': `День памяти Ататюрка, молодёжи и спорта`,
        'holiday.democracyAndNationalUnity': `День демократии и национального единства`,
        'holiday.victory': `День Победы`,
        'holiday.republicEve': `Канун Дня Республики (сокращённый день)`,
        'holiday.republic': `День Республики`,
        'holiday.ramadanFeastEve': `Канун Рамазан-байрама (сокращённый день)`,
        'holiday.ramadanFeast': `Рамазан-байрам`,
        'holiday.sacrificeFeastEve': `Канун Курбан-байрама (сокращённый день)`,
        'holiday.sacrificeFeast': `Курбан-байрам`,
        'calendar.outOfRange': `Календарь рабочих дней охватывает только 2025–2030 годы, поэтому срок для {year} года рассчитать нельзя. Посчитайте рабочие дни по официальному списку праздников или обратитесь в YİMER (157).`,
        'calendar.halfDayDeadline': `Последний день срока, {deadline}, — сокращённый: государственные учреждения закрываются в 13:00. Приходите утром или на день раньше.`,
        'lawful-stay.applyBy': `Подайте заявление, пока ваше пребывание законно: виза, безвизовый срок или вид на жительство действуют до {lawfulStayEnd} (осталось дней: {daysLeft}).`,
        'lawful-stay.late': `Ваше законное пребывание закончилось {lawfulStayEnd} (дней просрочки: {daysLate}). Заявление, поданное с опозданием не более 10 дней (до {lastAcceptedDay}), принимается только на усмотрение управления, и взимается штрафной сбор (cezalı harç). Подайте заявление как можно скорее.`,
        'lawful-stay.ended': `Ваше законное пребывание закончилось {lawfulStayEnd} (дней просрочки: {daysLate}) — это больше 10 дней, в течение которых ещё может быть принято запоздалое заявление. Прежде чем подавать заявление, обратитесь в провинциальное управление миграционной службы или в YİMER (157); вероятен штрафной сбор.`,
        'stay-90-180.exceeded': `За 180 дней с {windowStart} по {windowEnd} ваше пребывание составило дней: {days}. При безвизовом режиме можно находиться не более 90 дней в любом периоде из 180 дней (90 — это верхний предел: гражданам некоторых стран разрешено только 30), и новый паспорт не обнуляет этот счёт. Проверьте введённые даты; если они верны, часть этого пребывания была незаконной.`,
        'stay-90-180.overShortExemption': `За 180 дней с {windowStart} по {windowEnd} ваше пребывание составило дней: {days}. Это в пределах 90 дней, но гражданам некоторых стран без визы разрешено только {shortDays} дней. Проверьте срок безвизового пребывания для вашего гражданства.`,
        'extension-window.tooEarly': `Продлевать ещё рано: заявление на продление подаётся только в последние 60 дней перед окончанием вида на жительство {currentPermitEnd}, и система не принимает его раньше {windowOpens} (осталось дней: {daysUntilOpen}). Подайте заявление в этот день или позже.`,
        'extension-window.open': `Срок подачи на продление открыт. Подайте заявление не позднее {currentPermitEnd} — дня окончания вашего вида на жительство (осталось дней: {daysLeft}).`,
        'extension-window.expired': `Ваш вид на жительство закончился {currentPermitEnd} (дней назад: {daysLate}) и больше не может быть продлён: возможно только новое заявление. Поданное до {lastNewApplicationDay} (в течение 10 дней после окончания), оно ещё может быть принято на усмотрение управления с уплатой штрафного сбора.`,
        'extension-window.expiredLong': `Ваш вид на жительство закончился {currentPermitEnd} (дней назад: {daysLate}) и больше не может быть продлён. 10 дней, в течение которых ещё может быть принято запоздалое новое заявление, тоже прошли. Прежде чем подавать заявление, обратитесь в провинциальное управление миграционной службы или в YİMER (157); вероятен штрафной сбор.`,
        'extended-permit-start.mismatch': `Продлённый вид на жительство начинается там, где заканчивается текущий. Вы указали {requestedStart}; укажите датой начала {currentPermitEnd} (или {nextDay}).`,
        'postal-documents.deadline': `По имеющимся сведениям, с 15.02.2021 документы сдаются лично на приёме, а не по почте. Только если ваше управление всё ещё требует их по почте: они должны поступить до {deadline} (5 рабочих дней); опоздавшие отправления не рассматриваются.`,
        'postal-documents.late': `Отправка документов {mailDate} выходит за срок в 5 рабочих дней ({deadline}). По имеющимся сведениям, с 15.02.2021 документы сдаются лично на приёме; уточните в своём управлении, какой порядок действует для вас.`,
        'appointment-attendance.attend': `Явитесь на приём лично со всеми документами, иначе заявление не будет рассмотрено. Если каких-то документов не хватает, на их представление могут дать до 30 дней; после этого дело закрывается.`,
        'decision-time.ninetyDays': `Решение принимается в течение 90 дней после того, как комплект документов полон. Сохраните справку о подаче заявления (müracaat belgesi): она позволяет оставаться в стране до решения.`,
        'decision-time.longTerm': `Решение принимается в течение 90 дней после того, как комплект документов полон; по данным YİMER, по долгосрочным видам на жительство в Стамбуле и Анталье это может занять до 180 дней. До тех пор храните справку о подаче заявления (müracaat belgesi).`,
        'travel-while-pending.returnBy': `Пока заявление рассматривается, выезжать и возвращаться без визы можно только со справкой о подаче заявления, заверенной управлением, и квитанциями об оплате сборов, и только если вы возвращаетесь в течение 15 дней: при выезде {exit} вернитесь не позднее {latestReturn}. Правило 90/180 дней продолжает действовать.`,
        'travel-while-pending.tooLong': `Выезд {exit} и возвращение {return} — это больше 15 дней. Пока заявление рассматривается, въехать без визы можно, только если вы вернётесь не позднее {latestReturn}; иначе для возвращения может понадобиться виза.`,
        'travel-while-pending.feesUnpaid': `Перед выездом {exit} оплатите сборы и заверьте справку о подаче заявления в управлении: без заверенной справки и квитанций об оплате вернуться без визы нельзя.`,
        'permit-lapse.sixMonths': `Вид на жительство, которым не воспользовались в течение 6 месяцев после выдачи, теряет силу.`,
        'passport-validity.tooShort': `Паспорт должен быть действителен как минимум на 60 дней дольше запрашиваемого вида на жительство: до {passportNeeded} при дате окончания {requestedEnd}, а срок его действия истекает {passportExpiry}. Выберите дату окончания не позднее {latestEnd} или сначала замените паспорт.`,
        'passport-validity.renewFirst': `Срок действия вашего паспорта истекает {passportExpiry} — слишком рано для любого вида на жительство: паспорт должен быть действителен ещё 60 дней после его окончания (до {passportNeeded} при дате окончания {requestedEnd}). Замените паспорт до подачи заявления.`,
        'insurance-period.startsLate': `Ваша страховка начинается {insuranceStart}, позже запрашиваемой даты начала вида на жительство {requestedStart}. Страховка должна покрывать весь запрашиваемый срок: оформите страховку, которая начинается не позднее {requestedStart}.`,
        'insurance-period.endsEarly': `Ваша страховка заканчивается {insuranceEnd}, раньше запрашиваемой даты окончания вида на жительство {requestedEnd}. Страховка должна покрывать весь запрашиваемый срок: продлите её как минимум до {requestedEnd} или запросите дату окончания не позднее {insuranceEnd}.`,
        'insurance-age.chooseAgeOption': `Ваш возраст на дату подачи заявления (полных лет): {age}. Заявителям на краткосрочный или студенческий вид на жительство младше 18 или старше 65 лет (то есть с 66 лет) медицинская страховка не нужна: выберите тип страховки «18 yaş altı ve 65 yaş üstü olanlar» (младше 18 и старше 65). Если у вас уже есть действующая страховка, всё равно предъявите её.`,
        'insurance-age.notEligible': `Ваш возраст на дату подачи заявления (полных лет): {age}, поэтому вариант «18 yaş altı ve 65 yaş üstü olanlar» вам не подходит: он только для заявителей младше 18 или старше 65 лет (то есть с 66 лет). Выберите страховку, которая у вас действительно есть; она должна покрывать весь запрашиваемый срок.`,
        'insurance-age.notForPermitType': `Вариант «18 yaş altı ve 65 yaş üstü olanlar» существует только для краткосрочного и студенческого вида на жительство. Для этого вида нужна действующая медицинская страховка в любом возрасте: выберите страховку, которая у вас действительно есть.`,
        'insurance-cover.seddkMinimum': `Частный медицинский полис должен обеспечивать минимальное покрытие по циркуляру SEDDK 2024/34 (действует с 01.04.2025): амбулаторное лечение не менее {outpatientMinimum} TL в год и стационарное лечение без лимита и без доплаты в больницах-партнёрах. Попросите страховщика подтвердить это в полисе.`,
        'family-insurance.notAllMembers': `Для семейного вида на жительство медицинская страховка спонсора (destekleyici) должна покрывать всех членов семьи (справка SGK о праве на медицинское обслуживание — provizyon — должна распространяться и на спонсора, и на членов семьи). Расширьте страховку на всех членов семьи до подачи заявления.`,
        'duration-cap.tooLong': `Этот вид на жительство выдаётся за один раз максимум на срок (в месяцах): {capMonths}, а ваша дата окончания {requestedEnd} выходит за этот предел. Выберите дату окончания не позднее {latestEnd}.`,
        'duration-cap.tooManyMonths': `Этот вид на жительство выдаётся за один раз максимум на срок (в месяцах): {capMonths}; вы запросили месяцев: {requestedMonths}. Запросите срок не больше {capMonths} мес.`,
        'duration-cap.tooLongDays': `Первый вид на жительство для жертвы торговли людьми выдаётся на срок (в днях): {capDays}, а ваша дата окончания {requestedEnd} выходит за этот предел. Выберите дату окончания не позднее {latestEnd}.`,
        'duration-cap.tooManyMonthsForDays': `Первый вид на жительство для жертвы торговли людьми выдаётся на срок (в днях): {capDays}; вы запросили месяцев: {requestedMonths}. Запросите более короткий срок.`,
        'duration-cap.reportedCapExceeded': `Разрешения для инвесторов и граждан ТРСК не подпадают под двухлетний предел (ст. 31(2) Закона 6458) и, по данным консульских и юридических сайтов, выдаются максимум на 5 лет (в месяцах: {capMonths}). Ваша дата окончания {requestedEnd} позже {latestEnd}; рассмотрите более короткий срок.`,
        'duration-cap.reportedCapExceededMonths': `Разрешения для инвесторов и граждан ТРСК не подпадают под двухлетний предел (ст. 31(2) Закона 6458) и, по данным консульских и юридических сайтов, выдаются максимум на 5 лет (в месяцах: {capMonths}). Вы запросили месяцев: {requestedMonths}; рассмотрите более короткий срок.`,
        'turkish-course-limit.reached': `Краткосрочный вид на жительство для изучения турецкого языка выдаётся всего не более {maxPermits} раз, а у вас их уже было: {previousPermits}. Выберите другую цель, подходящую вашей ситуации.`,
        'tourism-permit.oneYearReached': `Вы провели на туристических ВНЖ месяцев: {months}. Согласно объявлению Главного управления 2019 года, после {limitMonths} месяцев на туристических ВНЖ (в сумме или подряд) новый ВНЖ или продление не выдаётся без другой обоснованной причины. Подготовьте такую причину или выберите цель, которая действительно соответствует вашему пребыванию.`,
        'tourism-permit.oneYearLimit': `Туристический ВНЖ на практике ограничен: после {limitMonths} месяцев на туристических ВНЖ в сумме новый ВНЖ или продление, по имеющимся сведениям, отклоняются без другой обоснованной причины (объявление 2019 года, приостановлено в 2020, снова строго применяется с 2022).`,
        'tourism-permit.recentPractice': `Сведения 2025–26 годов: туристические ВНЖ часто выдаются на меньший срок, чем запрошено, и требуется подтвердить доход примерно в 1,5 чистой минимальной зарплаты на человека ({perPerson} TL в месяц по цифре {wageYear} года). В законе этого нет; возьмите банковские выписки.`,
        'tourism-permit.recentPracticeNoWage': `Сведения 2025–26 годов: туристические ВНЖ часто выдаются на меньший срок, чем запрошено, и требуется подтвердить доход примерно в 1,5 чистой минимальной зарплаты на человека. В законе этого нет; возьмите банковские выписки.`,
        'graduate-window.usedBefore': `Вид на жительство для выпускников турецких вузов выдаётся только один раз, и вы его уже получали. Выберите другую цель, подходящую вашей ситуации.`,
        'graduate-window.late': `Вы окончили учёбу {graduationDate}. Вид на жительство для выпускников (ст. 31(1)(i) Закона 6458) выдаётся только тем, кто подал заявление в течение 6 месяцев после выпуска, то есть до {windowEnd}. Этот срок прошёл: выберите другую цель, подходящую вашей ситуации.`,
        'graduate-window.deadlines': `Вы окончили учёбу {graduationDate}. Заявление на вид на жительство для выпускников подаётся в течение 6 месяцев (до {windowEnd}), но университеты сообщают, что студенческий вид на жительство заканчивается с выпуском и новое заявление нужно подать в течение 10 дней (до {tenDayDeadline}). Источники расходятся: надёжнее подать заявление до {tenDayDeadline}.`,
        'supporter-permit-end.beyond': `Семейный вид на жительство не может действовать дольше собственного вида на жительство спонсора, который заканчивается {supporterPermitEnd}. Вы указали {requestedEnd}; выберите дату окончания не позднее {supporterPermitEnd}.`,
        'long-term-extension.notPossible': `Долгосрочный вид на жительство бессрочный и не продлевается. Проверьте, правильно ли выбраны тип вида на жительство и тип заявления.`,
        'family-income.noWageFigure': `Минимальной зарплаты за {year} год нет в таблице помощника, поэтому доход спонсора проверить нельзя. Доход должен быть не меньше минимальной зарплаты в целом и не меньше трети минимальной зарплаты на каждого члена семьи.`,
        'family-income.latestKnownFigure': `Минимальная зарплата на {year} год ещё не опубликована (или ещё не добавлена в помощник), поэтому доход сравнивается с цифрой {wageYear} года, и эта проверка не может подтвердить, что его достаточно в {year} году. Проверьте текущую цифру перед подачей.`,
        'family-income.belowBothBases': `Доход спонсора {income} TL ниже порога {year} года для семьи (членов семьи: {familySize}) при любом прочтении: {netThreshold} TL по минимальной зарплате нетто и {grossThreshold} TL по брутто. Закон требует доход не ниже минимальной зарплаты в целом и не ниже трети её на каждого члена семьи; имеется ли в виду нетто или брутто и учитывается ли сам спонсор, не установлено. В заявлении могут отказать: подтвердите документами любой дополнительный регулярный доход.`,
        'family-income.belowGrossBasis': `Доход спонсора {income} TL достигает порога {year} года для семьи (членов семьи: {familySize}) по минимальной зарплате нетто ({netThreshold} TL), но не по брутто ({grossThreshold} TL). Имеется ли в виду нетто или брутто, не установлено; по возможности подтвердите документами дополнительный регулярный доход.`,
        'supporter-residence.tooShort': `Спонсор-иностранец должен прожить в Турции с видом на жительство не менее 1 года; вы указали месяцев: {residenceMonths}. Подождите, пока у спонсора наберётся 12 месяцев, или выберите другой вид на жительство.`,
        'supporter-residence.currentPermitRecent': `Текущий вид на жительство спонсора начался {supporterPermitStart}, меньше года назад. Спонсору-иностранцу нужен как минимум 1 год проживания с видом на жительство: если более ранних видов на жительство не было, подавайте заявление {oneYearDate} или позже.`,
        'spouse-age.applicantUnder18': `Для семейного вида на жительство супруга обоим супругам должно быть не меньше 18 лет; ваш возраст на дату подачи заявления (полных лет): {age}.`,
        'spouse-age.supporterUnder18': `Для семейного вида на жительство супруга обоим супругам должно быть не меньше 18 лет; возраст вашего супруга (спонсора) на дату подачи заявления (полных лет): {age}.`,
        'long-term-conditions.eightYears': `Долгосрочный вид на жительство: нужно 8 лет непрерывного проживания в Турции с видом на жительство; время со студенческим видом на жительство засчитывается наполовину.`,
        'long-term-conditions.noSocialAssistance': `Долгосрочный вид на жительство: в последние 3 года вы не должны были получать социальную помощь; требуется письмо из Фонда социальной помощи и солидарности (SYDV).`,
        'long-term-conditions.incomeInsuranceOrder': `Долгосрочный вид на жительство: нужны достаточный и регулярный доход, действующая медицинская страховка (освобождения по возрасту нет) и отсутствие угрозы общественному порядку и общественной безопасности.`,
        'long-term-conditions.excludedStatuses': `Долгосрочный вид на жительство не выдаётся беженцам, условным беженцам, лицам под дополнительной (субсидиарной) защитой, владельцам гуманитарного вида на жительство и лицам под временной защитой.`,
        'long-term-conditions.timeAbroad': `Долгосрочный вид на жительство аннулируется, если вы непрерывно находились за границей больше 1 года, кроме случаев лечения, учёбы или обязательной государственной службы в своей стране.`,
        'long-term-conditions.policyBoardRoute': `Долгосрочный ВНЖ по решению Совета по миграционной политике (ст. 42 Закона 6458): условие 8 лет проживания не действует, если вы отвечаете условиям, установленным Советом; такие решения Министерство объявляет отдельно. Список документов короче: анкета, паспорт, прежний ВНЖ при наличии, 2 фотографии и справка о регистрации адреса.`,
        'address-notification.deadline': `Вы переехали {moveDate}: сообщите новый адрес в провинциальное управление миграционной службы и в отдел регистрации населения (Nüfus) до {deadline} (20 рабочих дней).`,
        'address-notification.overdue': `Вы переехали {moveDate}; 20 рабочих дней на сообщение нового адреса истекли {deadline}. Сообщите адрес в провинциальное управление миграционной службы и в отдел регистрации населения (Nüfus) немедленно.`,
        'address-notification.late': `Уведомление {notifyDate} будет позже срока в 20 рабочих дней после переезда {moveDate}. Сообщите не позднее {deadline}.`,
        'province-move.feeCarriesOver': `После переезда в другую провинцию вы подаёте там заявление на новый вид на жительство. Если тип вида на жительство не меняется, уже уплаченный сбор за оставшийся срок повторно не взимается.`,
        'province-move.deadline': `Вы переехали в другую провинцию {moveDate}: подайте там заявление на новый вид на жительство до {deadline} (20 рабочих дней).`,
        'province-move.late': `Вы переехали в другую провинцию {moveDate}; 20 рабочих дней на подачу заявления там истекли {deadline}. Подайте заявление немедленно и будьте готовы объяснить задержку.`,
        'personal-data-notification.deadline': `После смены паспорта, семейного положения или фамилии {changeDate} сообщите об этом в провинциальное управление миграционной службы в течение 20 дней. Неясно, календарные это дни или рабочие: для надёжности сообщите до {calendarDeadline} (20 рабочих дней истекают {workingDeadline}).`,
        'personal-data-notification.deadlineCalendarDays': `После смены паспорта, семейного положения или фамилии {changeDate} сообщите об этом в провинциальное управление миграционной службы в течение 20 дней: для надёжности до {calendarDeadline}.`,
        'newborn-permit.deadline': `Ребёнку, родившемуся в Турции {childBirthDate}, нужен вид на жительство в течение 180 дней после рождения, то есть до {deadline}; он действует с даты рождения. До этого ребёнка покрывает свидетельство о рождении, и только пока действует вид на жительство одного из родителей.`,
        'newborn-permit.late': `180 дней после рождения {childBirthDate} истекли {deadline}. Немедленно подайте заявление на вид на жительство ребёнка: при выезде ребёнка из страны взимается двойной сбор.`,
        'fee-notice.cardFee': `Сборы в {year} году: стоимость карты ВНЖ — {cardFee} TL для всех гражданств; сбор за ВНЖ зависит от гражданства и числа месяцев (см. вкладку «Сборы» во всплывающем окне расширения). Оплатите до приёма и возьмите квитанции.`,
        'fee-notice.cardFeeOutdated': `Стоимость карты на {year} год ещё не опубликована (или ещё не добавлена в помощник); в {figureYear} году она составляла {cardFee} TL и обычно растёт каждый январь. Перед оплатой проверьте сумму в e-İkamet.`,
      },
      docs: {
        'permit.type.short-term': `Краткосрочное разрешение на проживание`,
        'permit.type.family': `Семейное разрешение на проживание`,
        'permit.type.student': `Студенческое разрешение на проживание`,
        'permit.type.long-term': `Долгосрочное разрешение на проживание`,
        'permit.type.humanitarian': `Гуманитарное разрешение на проживание`,
        'permit.type.trafficking-victim': `Разрешение на проживание для жертв торговли людьми`,
        'permit.purpose.scientific-research': `Научные исследования`,
        'permit.purpose.property-owner': `Владение недвижимостью в Турции`,
        'permit.purpose.business': `Деловые связи или открытие бизнеса`,
        'permit.purpose.in-service-training': `Обучение на рабочем месте`,
        'permit.purpose.education-exchange': `Обучение или программы обмена по международным соглашениям`,
        'permit.purpose.tourism': `Туризм`,
        'permit.purpose.medical-treatment': `Лечение`,
        'permit.purpose.authority-request': `Запрос или решение судебных либо административных органов`,
        'permit.purpose.from-family-permit': `Переход с семейного разрешения на проживание`,
        'permit.purpose.turkish-course': `Курсы турецкого языка`,
        'permit.purpose.public-institution-programme': `Обучение, исследования, стажировка или курсы через государственные учреждения`,
        'permit.purpose.graduate': `Выпускники турецких вузов`,
        'permit.purpose.investor': `Инвесторы`,
        'permit.purpose.trnc-citizen': `Граждане Турецкой Республики Северного Кипра (KKTC)`,
        'application.kind.first': `Первичное заявление`,
        'application.kind.extension': `Продление`,
        'application.kind.transfer': `Переход (смена вида разрешения)`,
        'status.ok': `Для этого заявления найден список документов.`,
        'status.uncertain': `Часть списка не подтверждена: полный официальный список не найден. См. примечания.`,
        'status.impossible': `Такое заявление подать нельзя.`,
        'requirement.required': `Обязательно`,
        'requirement.if-applicable': `Только если это относится к вам`,
        'requirement.if-requested': `Только по запросу управления`,
        'requirement.not-required': `Не требуется`,
        'group.common': `Основные документы`,
        'group.insurance': `Медицинская страховка`,
        'group.address': `Адрес`,
        'group.applicant': `О заявителе`,
        'group.purpose': `Цель пребывания`,
        'group.children': `Дети`,
        'group.supporter': `Спонсор (член семьи в Турции)`,
        'group.minor': `Заявители младше 18 лет`,
        'group.representation': `Подача за другого человека`,
        'group.legalisation': `Апостиль, перевод и подписи`,
        'confidence.official': `Официальный источник`,
        'confidence.official-copy': `Официальный текст по копии`,
        'confidence.consultancy': `Источник: консультанты или университет`,
        'confidence.uncertain': `Не подтверждено`,
        'condition.always': `Нужен для любого заявления этого вида.`,
        'condition.first-or-transfer': `Потому что это первичное заявление или переход.`,
        'condition.extension-only': `Потому что это продление.`,
        'condition.transfer-only': `Потому что это переход на другой вид разрешения.`,
        'condition.extension-or-transfer': `Потому что у вас уже есть разрешение на проживание (продление или переход).`,
        'condition.passport-changed': `Только потому, что ваш паспорт менялся.`,
        'condition.non-latin-passport': `Только потому, что паспорт написан не латиницей.`,
        'condition.names-not-separated': `Только потому, что в паспорте имя и фамилия не разделены.`,
        'condition.foreign-documents': `Только потому, что часть документов выдана за границей.`,
        'condition.turkish-documents': `Только потому, что часть документов выдана в Турции.`,
        'condition.on-behalf-parent': `Только потому, что заявление подаёт родитель от имени заявителя.`,
        'condition.on-behalf-guardian': `Только потому, что заявление подаёт опекун от имени заявителя.`,
        'condition.on-behalf-lawyer': `Только потому, что заявление подаёт адвокат от имени заявителя.`,
        'condition.under-18': `Только потому, что заявителю меньше 18 лет.`,
        'condition.under-18-parent-abroad': `Только потому, что заявителю меньше 18 лет, а родитель или законный представитель находится за границей.`,
        'condition.newborn-in-turkiye': `Только потому, что ребёнок родился в Турции.`,
        'condition.age-unknown': `Потому что возраст заявителя неизвестен.`,
        'condition.insurance-age-exempt': `Потому что заявителю меньше 18 или больше 65 лет (краткосрочное и студенческое разрешения).`,
        'condition.purpose': `Из-за выбранной цели пребывания.`,
        'condition.purpose-unknown': `Потому что цель пребывания не выбрана.`,
        'condition.property-owner': `Потому что у вас есть недвижимость в Турции.`,
        'condition.family-spouse': `Только потому, что заявитель — супруг(а) спонсора.`,
        'condition.spouse-of-turkish-citizen': `Только потому, что заявитель состоит в браке с гражданином Турции.`,
        'condition.supporter-citizen': `Потому что спонсор — гражданин Турции.`,
        'condition.supporter-foreign': `Только потому, что спонсор не гражданин Турции.`,
        'condition.family-role-unknown': `Потому что роль заявителя в семье неизвестна.`,
        'condition.parents-not-identifiable': `Только потому, что по паспорту или удостоверению ребёнка нельзя установить родителей.`,
        'condition.parents-divorced': `Только потому, что родители ребёнка разведены.`,
        'condition.parent-abroad': `Только потому, что родитель, разделяющий опеку, живёт за границей.`,
        'condition.parent-deceased': `Только потому, что один из родителей ребёнка умер.`,
        'condition.adult-dependent-child': `Только потому, что заявитель — совершеннолетний ребёнок на иждивении.`,
        'condition.student-child': `Только потому, что заявитель — ребёнок на иждивении, который учится (до 25 лет).`,
        'condition.university-student': `Потому что заявитель — студент университета.`,
        'condition.school-student': `Только потому, что заявитель учится в начальной или средней школе.`,
        'condition.university-minor-without-student-visa': `Только потому, что заявитель — студент университета младше 18 лет, въехавший не по студенческой визе.`,
        'condition.long-term-eight-years': `Только на обычном пути — после 8 лет проживания по ВНЖ (не по решению Совета по миграционной политике).`,
        'condition.long-term-policy-board': `Только потому, что вы подаёте по линии Совета по миграционной политике (ст. 42 Закона 6458).`,
        'item.application-form.title': `Анкета e-İkamet (başvuru formu), распечатанная и подписанная`,
        'item.application-form.note': `Распечатайте её в конце онлайн-заявки и подпишите.`,
        'item.passport-original.title': `Паспорт или заменяющий его документ: оригинал`,
        'item.passport-original.note': `Предъявляется на приёме. Возьмите также копию страницы с фотографией.`,
        'item.passport-notarised-copy.title': `Нотариально заверенная копия паспорта с переводом на турецкий (noter onaylı pasaport fotokopisi)`,
        'item.passport-notarised-copy.note': `При продлении вместо оригинала подаётся нотариально заверенная копия с переводом.`,
        'item.earlier-passport-pages.title': `Копии страниц прежнего паспорта (паспортов)`,
        'item.passport-translation.title': `Присяжный или официальный перевод паспорта (yeminli tercüme)`,
        'item.consular-id-document.title': `Удостоверение личности из консульства вашей страны с указанием имени и фамилии`,
        'item.consular-id-document.note': `Заполните поля имени и фамилии так, как они указаны в этом документе.`,
        'item.biometric-photos.title': `Биометрические фотографии (biyometrik fotoğraf)`,
        'item.biometric-photos.note': `Сделаны не ранее чем 6 месяцев назад, на белом фоне. Селфи, групповые, чёрно-белые и старые фото не принимаются. Старые списки требуют {count} шт.`,
        'item.fee-receipts.title': `Квитанции об оплате стоимости карты (kart bedeli) и сбора за проживание (ikamet harcı)`,
        'item.fee-receipts.note': `Оплатите оба платежа до приёма. Граждане некоторых стран освобождены от сбора за проживание, но стоимость карты платят.`,
        'item.fee-receipts.student.title': `Квитанция об оплате стоимости карты (kart bedeli)`,
        'item.fee-receipts.student.note': `Университетские списки требуют только квитанцию об оплате карты.`,
        'item.uets-registration.title': `Документ о регистрации в UETS, национальной системе электронных уведомлений (Ulusal Elektronik Tebligat Sistemi)`,
        'item.uets-registration.note': `Зарегистрируйтесь для электронных уведомлений в отделении PTT (почта Турции) и возьмите документ о регистрации.`,
        'item.insurance.title': `Медицинская страховка на весь запрашиваемый срок`,
        'item.insurance.note': `Принимаются: документ SGK по двустороннему соглашению о социальном обеспечении, документ provizyon от SGK, документ о заявлении на общее медицинское страхование (GSS) или частный полис с минимальным покрытием, установленным SEDDK, оформленный через компанию в Турции. Заявителям на краткосрочное и студенческое разрешение младше 18 или старше 65 лет страховку оформлять не обязательно.`,
        'item.insurance.exempt.title': `Медицинская страховка: не требуется (младше 18 или старше 65 лет)`,
        'item.insurance.exempt.note': `Покупать полис не нужно. Если у вас уже есть действующая страховка, приложите её. В анкете выберите «18 yaş altı ve 65 yaş üstü olanlar» (младше 18 и старше 65 лет).`,
        'item.insurance.long-term.note': `Для долгосрочного разрешения действующая страховка — условие закона; освобождения по возрасту нет. Принимаются документы SGK или частный полис, как и для других разрешений.`,
        'item.address-proof.title': `Подтверждение адреса: один из документов ниже`,
        'item.address-proof.note': `Для нового адреса проверьте, открыт ли квартал (mahalle) для регистрации иностранцев.`,
        'alternative.address-lease.title': `Нотариально заверенный договор аренды (noter onaylı kira sözleşmesi)`,
        'alternative.address-host-undertaking.title': `Нотариальное обязательство человека, у которого вы живёте (noter onaylı taahhütname)`,
        'alternative.address-host-undertaking.note': `Если он состоит в браке — также нотариальное обязательство супруга(и); плюс счёт или договор на коммунальные услуги на его имя.`,
        'alternative.address-dormitory.title': `Письмо из общежития (yurt yazısı)`,
        'alternative.address-hotel.title': `Документ из отеля о проживании с квитанцией об оплате за этот период`,
        'alternative.address-own-home.title': `Собственное жильё: документ о праве собственности (tapu) и справка о нумерации адреса (numarataj belgesi)`,
        'item.address-proof-edevlet.title': `Справка о месте жительства (yerleşim yeri belgesi) из e-Devlet и счёт или договор на коммунальные услуги`,
        'item.address-proof-edevlet.note': `Скачайте её в e-Devlet; принимаются документы с пометкой о пригодности для официальных учреждений. Приложите свежий счёт за электричество, воду, газ или интернет по тому же адресу.`,
        'item.means-declaration.title': `Заявление о достаточных и регулярных средствах на период пребывания`,
        'item.means-declaration.note': `Делается в анкете. Управление может запросить документы, например выписку из банка.`,
        'item.current-permit-card.title': `Ваша действующая карта разрешения на проживание`,
        'item.purpose-continues.title': `Документ, подтверждающий, что цель пребывания сохраняется`,
        'item.purpose-continues.note': `Например, письмо о продлении исследования или курса.`,
        'item.research-visa.title': `Виза, выданная для научных исследований`,
        'item.research-place-duration.title': `Официальный документ о месте и сроке исследования`,
        'item.research-place-duration.note': `Например, разрешение министерства или университета.`,
        'item.property-title-deed.title': `Документ о праве собственности (tapu): оригинал и копия`,
        'item.property-current-record.title': `Актуальная выписка из земельного реестра (güncel tapu kaydı)`,
        'item.property-current-record.note': `Нужна, если недвижимость куплена более 6 месяцев назад.`,
        'item.property-valuation.title': `Отчёт об оценке недвижимости (değerleme raporu)`,
        'item.property-valuation.note': `По имеющимся данным, с {since} стоимость жилья должна быть не ниже {amount}. Уточните действующий порог в управлении.`,
        'item.tax-number.title': `Налоговый номер (vergi kimlik numarası)`,
        'item.tax-number.note': `Иностранцы получают его в налоговой инспекции (vergi dairesi).`,
        'item.business-invitation.title': `Письмо-приглашение от компании или лица, с которым вы ведёте дела (davet mektubu)`,
        'item.company-documents.title': `Справка о деятельности компании (faaliyet belgesi), налоговая табличка (vergi levhası) и газета торгового реестра (ticaret sicil gazetesi)`,
        'item.company-documents.note': `Могут запросить. Старые списки требуют нотариально заверенные копии.`,
        'item.training-letter.title': `Письмо о месте и сроке обучения`,
        'item.host-institution-letter.title': `Письмо от принимающего учреждения (программа обмена или соглашение)`,
        'item.travel-plan.title': `План поездки: где, когда и сколько вы будете находиться`,
        'item.hospital-document.title': `Документ из больницы о вашем лечении`,
        'item.previous-family-permit.title': `Ваше семейное разрешение на проживание (карта)`,
        'item.divorce-or-death-document.title': `Решение суда о разводе или свидетельство о смерти спонсора`,
        'item.divorce-or-death-document.note': `Нужно при переходе из-за развода или смерти спонсора; не нужно, если вы переходите по достижении 18 лет после 3 лет на семейном разрешении.`,
        'item.turkish-course-document.title': `Документ о записи на курсы турецкого языка TÖMER или MEB`,
        'item.turkish-course-document.note': `Разрешение для курсов турецкого выдаётся не более двух раз.`,
        'item.graduation-document.title': `Документ об окончании (mezuniyet belgesi) или диплом турецкого вуза`,
        'item.graduation-document.note': `Подайте в течение 6 месяцев после выпуска; разрешение выдаётся один раз, максимум на 1 год.`,
        'item.investor-eligibility-certificate.title': `Сертификат соответствия для инвесторов (uygunluk belgesi)`,
        'item.marriage-certificate.title': `Свидетельство о браке (evlilik belgesi)`,
        'item.civil-registry-record.title': `Полная выписка из реестра населения на супруга — гражданина Турции (vukuatlı nüfus kayıt örneği)`,
        'item.civil-registry-record.note': `Её можно получить в e-Devlet или в любом отделе регистрации населения (nüfus müdürlüğü).`,
        'item.supporter-cost-undertaking.title': `Нотариальное обязательство спонсора покрывать ваши расходы (taahhütname)`,
        'item.family-child-birth-certificate.title': `Свидетельство о рождении ребёнка (doğum belgesi)`,
        'item.custody-decision-or-consent.title': `Опека после развода: один из документов ниже`,
        'alternative.custody-decision.title': `Решение суда об опеке (velayet kararı)`,
        'alternative.other-parent-consent.title': `Согласие второго родителя (muvafakatname)`,
        'item.parent-abroad-custody-consent.title': `Согласие (muvafakatname) родителя, который живёт за границей и разделяет опеку`,
        'item.parent-death-certificate.title': `Свидетельство о смерти умершего родителя (ölüm belgesi)`,
        'item.dependency-proof.title': `Документ о том, что совершеннолетний ребёнок находится на иждивении спонсора`,
        'item.dependent-child-student-certificate.title': `Справка об обучении ребёнка на иждивении (öğrenci belgesi)`,
        'item.supporter-identity.title': `Документы, удостоверяющие личность спонсора`,
        'alternative.supporter-citizen-id.title': `Гражданин Турции: удостоверение личности (T.C. kimlik kartı)`,
        'alternative.supporter-foreigner-documents.title': `Иностранец: паспорт и разрешение на проживание или работу, Mavi Kart либо удостоверение беженца или лица под дополнительной защитой`,
        'item.supporter-income-proof.title': `Подтверждение дохода спонсора`,
        'item.supporter-income-proof.note': `Всего не меньше минимальной зарплаты и не меньше трети минимальной зарплаты на каждого члена семьи.`,
        'item.supporter-insurance.title': `Медицинская страховка спонсора, покрывающая всех членов семьи`,
        'item.supporter-insurance.note': `Документ provizyon от SGK должен охватывать и спонсора, и членов семьи.`,
        'item.supporter-criminal-record.title': `Справка о несудимости спонсора (adli sicil kaydı)`,
        'item.supporter-criminal-record.note': `Подтверждает отсутствие преступлений против семьи за последние 5 лет. Турецкую справку можно получить в e-Devlet.`,
        'item.supporter-address-registration.title': `Документ о регистрации спонсора в адресной системе (Adres Kayıt Sistemi)`,
        'item.supporter-address-registration.note': `Например, справка о месте жительства спонсора (yerleşim yeri belgesi) из e-Devlet.`,
        'item.student-certificate.title': `Актуальная справка об обучении (öğrenci belgesi) со штрихкодом e-Devlet или подписью учебного заведения`,
        'item.university-minor-guardian-consent.title': `Документ о законном представителе (свидетельство о рождении или выписка о составе семьи) и согласие (muvafakatname)`,
        'item.university-minor-guardian-consent.note': `Для студентов университетов младше 18 лет, въехавших без визы или не по студенческой визе; со студенческой визой не требуется.`,
        'item.school-consent-and-sponsor.title': `Согласие родителей или законного представителя и документ о лице, которое несёт расходы`,
        'item.previous-permit-cards.title': `Прежние карты разрешения на проживание или их копии`,
        'item.sydv-letter.title': `Письмо Фонда социальной взаимопомощи и солидарности (SYDV yazısı)`,
        'item.sydv-letter.note': `Подтверждает, что за последние 3 года вы не получали социальной помощи.`,
        'item.income-proof.title': `Подтверждение достаточного и регулярного дохода`,
        'item.criminal-record.title': `Справки о несудимости из вашей страны и из Турции (adli sicil kaydı)`,
        'item.address-registration-document.title': `Документ о вашей регистрации в адресной системе (Adres Kayıt Sistemi)`,
        'item.address-registration-document.note': `Например, справка о месте жительства (yerleşim yeri belgesi) из e-Devlet.`,
        'item.newborn-birth-certificate.title': `Свидетельство о рождении ребёнка, выданное в Турции (doğum belgesi)`,
        'item.minor-birth-certificate.title': `Свидетельство о рождении с апостилем и нотариально заверенным переводом на турецкий (apostilli doğum belgesi)`,
        'item.parent-abroad-consent.title': `Согласие (muvafakatname) с апостилем от родителя или законного представителя, находящегося за границей`,
        'item.consented-person-undertaking.title': `Нотариальное обязательство (taahhütname) человека в Турции, которому дано согласие`,
        'item.representative-child-birth-certificate.title': `Свидетельство о рождении ребёнка, подтверждающее, что вы его родитель (doğum belgesi)`,
        'item.guardianship-decision.title': `Решение суда о назначении опекуна (vasi kararı)`,
        'item.power-of-attorney.title': `Доверенность на адвоката (vekâletname)`,
        'item.power-of-attorney.note': `Управление может всё же потребовать личного присутствия заявителя.`,
        'item.foreign-documents-legalised.title': `Документы, выданные за границей: апостиль (apostil) и нотариально заверенный перевод на турецкий (noter onaylı Türkçe tercüme)`,
        'item.foreign-documents-legalised.note': `Если страна не участвует в Конвенции об апостиле — вместо апостиля легализация в МИД этой страны и в консульстве Турции.`,
        'item.turkish-documents-signed.title': `Документы, выданные в Турции: с электронной подписью либо с подписью и печатью`,
        'item.turkish-documents-signed.note': `Документы из e-Devlet с пометкой о пригодности для официальных учреждений принимаются.`,
        'note.age-unknown': `Укажите дату рождения, чтобы увидеть документы, зависящие от возраста (до 18 лет — свидетельство о рождении и согласия; освобождение от страховки).`,
        'note.directorate-may-ask-more': `Управление миграции может запросить дополнительные документы. На донесение недостающего могут дать до 30 дней; после этого дело закрывают.`,
        'note.ex-officio-no-list': `Список документов для этого разрешения не найден: губернаторство выдаёт его по собственной инициативе. Показаны только общие документы; обратитесь в управление миграции провинции (İl Göç İdaresi) или в YİMER (157).`,
        'note.family-extension-recheck': `При продлении доход спонсора (F1), срок его проживания (F2) и дата окончания разрешения (D5: не позже окончания разрешения спонсора) проверяются заново по его текущему разрешению.`,
        'note.family-originals': `Возьмите на приём и оригиналы документов: их там предъявляют.`,
        'note.family-role-unknown': `Укажите, кем приходится заявитель — супругом(ой) или ребёнком, чтобы увидеть нужные документы.`,
        'note.long-term-extension-impossible': `Долгосрочное разрешение бессрочно и не продлевается (D10).`,
        'note.long-term-policy-board-route': `Путь через Совет по миграционной политике: документы о 8 годах (прежние ВНЖ, письмо SYDV, доход, справка о несудимости) в список этого пути не входят. Возьмите анкету, паспорт, прежний ВНЖ при наличии, 2 фотографии и справку о регистрации адреса. Условия Совета Министерство объявляет отдельно; проверьте, что они к вам относятся.`,
        'note.long-term-first-or-transfer': `У заявителя на долгосрочное разрешение уже есть разрешение, поэтому неясно, считает ли e-İkamet это первичным заявлением или переходом. Список для долгосрочного разрешения требует прежние карты, письмо SYDV, подтверждение дохода, страховку, справки о несудимости и документ о регистрации адреса.`,
        'note.newborn-180-days': `Ребёнку, родившемуся в Турции, нужно получить разрешение на проживание в течение 180 дней после рождения; оно действует с даты рождения. Иначе при выезде из Турции взимается двойной сбор.`,
        'note.purpose-no-list': `Список документов для этой цели не найден. Возьмите документы, подтверждающие цель пребывания (например, письмо соответствующего органа или учреждения), и уточните в управлении миграции.`,
        'note.purpose-nothing-extra': `Для этой цели дополнительные документы, кроме перечисленных, не нужны.`,
        'note.purpose-unknown': `Выберите цель пребывания, чтобы увидеть документы для неё.`,
        'note.student-gss': `Студенты университетов могут пользоваться общим медицинским страхованием (GSS), если обратятся в SGK в течение 3 месяцев после первого зачисления.`,
        'note.student-international-office': `С {since} студенты университетов сдают документы в международный отдел университета в течение 7–10 дней после онлайн-заявки (срок зависит от университета).`,
        'note.transfer-no-list': `Список документов для перехода на этот вид разрешения не найден. Показаны только общие документы; управление, скорее всего, запросит документы, обычные для этого вида разрешения.`,
      },
    },
  };
  function kp(e, t) {
    return Object.fromEntries(t.map((t) => [t, Op[e][t]]));
  }
  var Ap = new Map();
  function jp(e, t) {
    let n = `${e}:${t}`,
      r = Ap.get(n);
    if (!r) {
      const i = Op[e][t];
      (r = Object.fromEntries(Object.entries(Op.en[t]).filter(([e]) => !i[e]))), Ap.set(n, r);
    }
    return r;
  }
  function Mp(e, t = Ep) {
    return {
      lang: e,
      primary: kp(e, t),
      fallback: e === `en` ? {} : Object.fromEntries(t.map((t) => [t, jp(e, t)])),
    };
  }
  f(`messages`, (e) => {
    if (!ee(e.lang)) throw Error(`messages: unknown language`);
    const t = Array.isArray(e.namespaces) ? e.namespaces.filter(Dp) : void 0;
    return Mp(e.lang, t);
  });
  var Np = [
      `givenName`,
      `surname`,
      `birthDate`,
      `passportIssueDate`,
      `passportExpiry`,
      `permitType`,
      `permitPurpose`,
      `requestedStart`,
      `requestedEnd`,
      `currentPermitType`,
      `currentPermitEnd`,
      `insuranceType`,
      `insuranceStart`,
      `insuranceEnd`,
    ],
    Pp = { kind: null, values: {}, choices: {}, ticks: [] },
    Fp = 80;
  function Ip(e) {
    return typeof e == `string` && Np.includes(e);
  }
  function Lp(e, t) {
    const n = t.reset ? Pp : e,
      r = { ...n.values };
    for (const [e, n] of Object.entries(t.values ?? {})) Ip(e) && (n == null ? delete r[e] : (r[e] = n));
    return {
      kind: t.kind === void 0 ? n.kind : t.kind,
      values: r,
      choices: t.choices ?? n.choices,
      ticks: t.ticks ?? n.ticks,
    };
  }
  function Rp(e) {
    return typeof e == `object` && !!e && !Array.isArray(e);
  }
  function zp(e, t) {
    return typeof t == `string` && e.includes(t);
  }
  function Bp(e) {
    return !Rp(e) || typeof e.value != `string` || e.value.length > 256
      ? null
      : e.text === void 0
        ? { value: e.value }
        : typeof e.text != `string` || e.text.length > 512
          ? null
          : { value: e.value, text: e.text };
  }
  function Vp(e) {
    if (!Rp(e)) return null;
    const { permitType: t, purpose: n, kind: r } = e;
    return (t !== void 0 && !zp(g, t)) || (n !== void 0 && !zp(te, n)) || (r !== void 0 && !zp(h, r))
      ? null
      : {
          ...(t === void 0 ? {} : { permitType: t }),
          ...(n === void 0 ? {} : { purpose: n }),
          ...(r === void 0 ? {} : { kind: r }),
        };
  }
  function Hp(e) {
    return !Array.isArray(e) || e.length > 200
      ? null
      : e.every((e) => typeof e == `string` && e.length <= Fp)
        ? e
        : null;
  }
  function Up(e) {
    return e === null ? null : zp(h, e) ? e : void 0;
  }
  function Wp(e) {
    if (!Rp(e)) return null;
    const t = {};
    for (const [n, r] of Object.entries(e)) {
      const e = Bp(r);
      if (!Ip(n) || !e) return null;
      t[n] = e;
    }
    return t;
  }
  function Gp(e) {
    if (!Rp(e)) return null;
    const t = Up(e.kind),
      n = Wp(e.values),
      r = Vp(e.choices),
      i = Hp(e.ticks);
    return t === void 0 || !n || !r || !i ? null : { kind: t, values: n, choices: r, ticks: i };
  }
  function Kp(e) {
    if (!Rp(e)) return null;
    const t = {};
    if (e.kind !== void 0) {
      const n = Up(e.kind);
      if (n === void 0) return null;
      t.kind = n;
    }
    if (e.values !== void 0) {
      if (!Rp(e.values)) return null;
      const n = {};
      for (const [t, r] of Object.entries(e.values)) {
        const e = r === null ? null : Bp(r);
        if (!Ip(t) || e === void 0 || (r !== null && e === null)) return null;
        n[t] = e;
      }
      t.values = n;
    }
    if (e.choices !== void 0) {
      const n = Vp(e.choices);
      if (!n) return null;
      t.choices = n;
    }
    if (e.ticks !== void 0) {
      const n = Hp(e.ticks);
      if (!n) return null;
      t.ticks = n;
    }
    if (e.reset !== void 0) {
      if (typeof e.reset != `boolean`) return null;
      t.reset = e.reset;
    }
    return t;
  }
  var qp = (e) => `application:${e}`,
    Jp = (e) => `checklist-print:${e}`,
    Yp = /^(?:application|checklist-print):(\d+)$/,
    Xp = `https://e-ikamet.goc.gov.tr`,
    Zp = new Map();
  function Qp(e) {
    const t = e.tab?.id;
    if (typeof t != `number` || t < 0) throw Error(`only a tab has an application session`);
    return t;
  }
  async function $p(e) {
    const t = Zp.get(e);
    if (t) return t;
    const n = qp(e),
      r = Gp((await u.default.storage.session.get(n))[n]) ?? Pp;
    return Zp.set(e, r), r;
  }
  async function em(e, t) {
    Zp.set(e, t), (await rm()).add(e), await u.default.storage.session.set({ [qp(e)]: t });
  }
  async function tm(e) {
    Zp.delete(e), (await rm()).delete(e), await u.default.storage.session.remove([qp(e), Jp(e)]);
  }
  f(`application-session`, (e, t) => $p(Qp(t))),
    f(`application-session-update`, async (e, t) => {
      const n = Qp(t),
        r = Kp(e.patch);
      if (!r) throw Error(`application-session-update: malformed patch`);
      const i = Lp(await $p(n), r);
      return await em(n, i), i;
    }),
    f(`application-session-end`, async (e, t) => (await tm(Qp(t)), null));
  var nm = null;
  function rm() {
    return (
      (nm ??= u.default.storage.session.get(null).then(
        (e) =>
          new Set(
            Object.keys(e)
              .map((e) => Yp.exec(e)?.[1])
              .filter((e) => e !== void 0)
              .map(Number),
          ),
      )),
      nm
    );
  }
  async function im(e) {
    (Zp.has(e) || (await rm()).has(e)) && (await tm(e));
  }
  function am() {
    u.default.tabs.onRemoved.addListener((e) => {
      im(e).catch(() => {});
    }),
      u.default.tabs.onUpdated.addListener((e, t, n) => {
        (t.url ?? n.url)?.startsWith(`${Xp}/`) || im(e).catch(() => {});
      });
  }
  am();
  var om = /^(\d{2})\.(\d{2})\.(\d{4})$/;
  function sm(e) {
    if (e === ``) return { ok: !1, reason: `empty` };
    const t = om.exec(e);
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
  function cm(e) {
    const t = sm(e);
    return t.ok ? t.date : null;
  }
  var lm = (e, t) => String(e).padStart(t, `0`);
  function X(e) {
    return `${lm(e.getDate(), 2)}.${lm(e.getMonth() + 1, 2)}.${lm(e.getFullYear(), 4)}`;
  }
  var um = 864e5;
  function dm(e) {
    return Math.round(Date.UTC(e.getFullYear(), e.getMonth(), e.getDate()) / um);
  }
  function fm(e) {
    const t = new Date(e * um),
      n = new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
    return t.getUTCFullYear() < 100 && n.setFullYear(t.getUTCFullYear()), n;
  }
  function Z(e, t) {
    return dm(e) - dm(t);
  }
  var pm = /[İIıi]/g,
    mm = { ß: `ss`, æ: `ae`, ø: `o`, đ: `d`, ł: `l` },
    hm = /[ßæøđł]/g,
    gm = /[\u0300-\u036f]/g,
    _m = /['’‘`´]/g,
    vm = /[^\p{L}\p{N}]+/gu;
  function ym(e) {
    return e
      .replace(pm, `i`)
      .toLowerCase()
      .normalize(`NFD`)
      .replace(gm, ``)
      .replace(hm, (e) => mm[e] ?? e)
      .replace(_m, ``)
      .replace(vm, ` `)
      .trim();
  }
  var bm = new Set(`s es i u a e si su in un nin nun lar ler lari leri da de ya ye yi yu`.split(` `));
  function xm(e, t) {
    if (e === t) return !0;
    const [n, r] = e.length < t.length ? [e, t] : [t, e];
    return n.length >= 4 && r.startsWith(n) && bm.has(r.slice(n.length));
  }
  function Sm(e) {
    const t = ym(e);
    return t === `` ? [] : t.split(` `);
  }
  var Cm = (e) => /^\d+$/.test(e);
  function wm(e, t, n = {}) {
    const r = Sm(e),
      i = Sm(t);
    if (r.length === 0 || i.length === 0) return null;
    if (r.join(` `) === i.join(` `)) return { exact: !0, covered: i.length, extra: 0 };
    let a = new Set(n.filler ?? []),
      o = new Set(n.added ?? []),
      s = new Set(n.qualifiers ?? []),
      c = i.filter((e) => !a.has(e)),
      l = c.length > 0 ? c : i,
      u = Array(r.length).fill(!1),
      d = -1;
    for (const e of l) {
      const t = r.findIndex((t, n) => !u[n] && xm(t, e));
      if (t === -1) return null;
      (u[t] = !0), (d = Math.max(d, t));
    }
    let f = 0;
    for (const [e, t] of r.entries())
      if (!u[e]) {
        if (a.has(t) || o.has(t) || Cm(t)) i.includes(t) || (f += 1);
        else if (s.has(t) && e > d) f += 1;
        else return null;
      }
    return { exact: !1, covered: l.length, extra: f };
  }
  function Tm(e, t) {
    return e.exact === t.exact
      ? e.extra === t.extra
        ? t.covered - e.covered
        : e.extra - t.extra
      : e.exact
        ? -1
        : 1;
  }
  function Em(e, t, n = {}) {
    let r = null;
    for (const i of t) {
      const t = wm(e, i, n);
      t && (r === null || Tm(t, r) < 0) && (r = t);
    }
    return r;
  }
  function Dm(e, t) {
    return e.includes(t) ? t : void 0;
  }
  function Om(e, t, n) {
    let r = we(e),
      i;
    for (const [a, { tr: o, en: s }] of Object.entries(t)) {
      const t = Em(n, [o, s, ...Ee(e, a)], r);
      if (!t) continue;
      const c = i ? Tm(t, i.fit) : -1;
      c < 0 ? (i = { id: a, fit: t, tied: !1 }) : c === 0 && i && i.id !== a && (i.tied = !0);
    }
    return i && !i.tied ? i.id : void 0;
  }
  function km(e) {
    if (e && e.value !== ``) return Dm(g, e.value) ?? Om(`permitType`, ne, e.text ?? ``);
  }
  function Am(e) {
    if (e && e.value !== ``) return Dm(te, e.value) ?? Om(`permitPurpose`, _, e.text ?? ``);
  }
  var jm = /\b18\b.*\b65\b/;
  function Mm(e) {
    if (!e || e.value === ``) return;
    const t = Dm(re, e.value);
    if (t) return t;
    const n = e.text ?? ``;
    return Om(`insuranceType`, ie, n) ?? (jm.test(ym(n)) ? `under-18-over-65` : void 0);
  }
  var Nm = {
    birthDate: `birthDate`,
    passportIssueDate: `passportIssueDate`,
    passportExpiry: `passportExpiry`,
    requestedStart: `requestedStart`,
    requestedEnd: `requestedEnd`,
    currentPermitEnd: `currentPermitEnd`,
    insuranceStart: `insuranceStart`,
    insuranceEnd: `insuranceEnd`,
  };
  function Pm(e, t) {
    const n = {};
    t && (n.applicationKind = t);
    for (const [t, r] of Object.entries(Nm)) {
      const i = e[t]?.value.trim(),
        a = i ? cm(i) : null;
      a && (n[r] = a);
    }
    const r = km(Fm(e.permitType)) ?? (t === `extension` ? km(Fm(e.currentPermitType)) : void 0);
    r && (n.permitType = r);
    const i = r === `short-term` ? Am(Fm(e.permitPurpose)) : void 0;
    i && (n.shortTermPurpose = i);
    const a = Mm(Fm(e.insuranceType));
    return a && (n.insuranceType = a), n;
  }
  function Fm(e) {
    return !e || e.text !== void 0 ? e : { value: e.value, text: e.value };
  }
  var Im = [
      { month: 1, day: 1, name: `holiday.newYear`, halfDay: !1 },
      { month: 4, day: 23, name: `holiday.nationalSovereignty`, halfDay: !1 },
      { month: 5, day: 1, name: `holiday.labourDay`, halfDay: !1 },
      { month: 5, day: 19, name: `holiday.youthAndSports`, halfDay: !1 },
      { month: 7, day: 15, name: `holiday.democracyAndNationalUnity`, halfDay: !1 },
      { month: 8, day: 30, name: `holiday.victory`, halfDay: !1 },
      { month: 10, day: 28, name: `holiday.republicEve`, halfDay: !0 },
      { month: 10, day: 29, name: `holiday.republic`, halfDay: !1 },
    ],
    Lm = `https://github.com/vacanza/holidays/blob/dev/holidays/countries/turkey.py`,
    Rm = {
      reference: `Diyanet calendar as reported by haberturk, ekonomist and kayserigundem; agrees with the python-holidays library (turkey.py)`,
      url: Lm,
      confidence: `consultancy`,
    },
    zm = {
      reference: `Diyanet İşleri Başkanlığı dini günler takvimi as reproduced by the python-holidays library (turkey.py)`,
      url: Lm,
      confidence: `consultancy`,
      note: `re-check against Diyanet`,
    },
    Bm = [
      {
        year: 2025,
        ramadanFeast: { eve: `2025-03-29`, first: `2025-03-30`, last: `2025-04-01` },
        sacrificeFeast: { eve: `2025-06-05`, first: `2025-06-06`, last: `2025-06-09` },
        source: Rm,
      },
      {
        year: 2026,
        ramadanFeast: { eve: `2026-03-19`, first: `2026-03-20`, last: `2026-03-22` },
        sacrificeFeast: { eve: `2026-05-26`, first: `2026-05-27`, last: `2026-05-30` },
        source: Rm,
      },
      {
        year: 2027,
        ramadanFeast: { eve: `2027-03-08`, first: `2027-03-09`, last: `2027-03-11` },
        sacrificeFeast: { eve: `2027-05-15`, first: `2027-05-16`, last: `2027-05-19` },
        source: { ...zm, reference: `python-holidays library (turkey.py), Diyanet-confirmed 1936–2032` },
      },
      {
        year: 2028,
        ramadanFeast: { eve: `2028-02-25`, first: `2028-02-26`, last: `2028-02-28` },
        sacrificeFeast: { eve: `2028-05-04`, first: `2028-05-05`, last: `2028-05-08` },
        source: zm,
      },
      {
        year: 2029,
        ramadanFeast: { eve: `2029-02-13`, first: `2029-02-14`, last: `2029-02-16` },
        sacrificeFeast: { eve: `2029-04-23`, first: `2029-04-24`, last: `2029-04-27` },
        source: zm,
      },
      {
        year: 2030,
        ramadanFeast: { eve: `2030-02-03`, first: `2030-02-04`, last: `2030-02-06` },
        sacrificeFeast: { eve: `2030-04-12`, first: `2030-04-13`, last: `2030-04-16` },
        source: zm,
      },
    ],
    Vm = 2025,
    Hm = 2030,
    Um = class extends Error {
      year;
      name = `CalendarRangeError`;
      constructor(e) {
        super(`The working-day calendar covers ${Vm}–${Hm}, not ${e}`), (this.year = e);
      }
    };
  function Wm(e) {
    const [t, n, r] = e.split(`-`).map(Number);
    return dm(new Date(t ?? 0, (n ?? 1) - 1, r ?? 1));
  }
  function Gm() {
    const e = new Map();
    for (const t of Bm) {
      const n = [
        [t.ramadanFeast, `holiday.ramadanFeastEve`, `holiday.ramadanFeast`],
        [t.sacrificeFeast, `holiday.sacrificeFeastEve`, `holiday.sacrificeFeast`],
      ];
      for (const [t, r, i] of n) {
        e.set(Wm(t.eve), { name: r, halfDay: !0 });
        for (let n = Wm(t.first); n <= Wm(t.last); n += 1) e.set(n, { name: i, halfDay: !1 });
      }
    }
    return e;
  }
  var Km = Gm();
  function qm(e) {
    const t = new Date(e * 864e5),
      n = t.getUTCFullYear();
    if (n < 2025 || n > 2030) throw new Um(n);
    const r = t.getUTCDay(),
      i = r === 0 || r === 6,
      a = t.getUTCMonth() + 1,
      o = t.getUTCDate(),
      s = Km.get(e),
      c = Im.find((e) => e.month === a && e.day === o),
      l = [s, c].find((e) => e !== void 0 && !e.halfDay);
    if (l) return { working: !1, halfDay: !1, weekend: i, holidayName: l.name };
    const u = s ?? c;
    return u
      ? { working: !i, halfDay: !i, weekend: i, holidayName: u.name }
      : { working: !i, halfDay: !1, weekend: i };
  }
  function Jm(e) {
    return qm(dm(e));
  }
  function Ym(e, t) {
    if (!Number.isInteger(t) || t < 0) throw RangeError(`addWorkingDays needs a whole n ≥ 0, got ${t}`);
    let n = dm(e);
    qm(n);
    for (let e = t; e > 0; ) (n += 1), qm(n).working && --e;
    return fm(n);
  }
  function Xm(e, t) {
    try {
      const n = Ym(e, t),
        r = Jm(n);
      return r.halfDay ? { ok: !0, date: n, halfDayName: r.holidayName } : { ok: !0, date: n };
    } catch (e) {
      if (e instanceof Um) return { ok: !1, year: e.year };
      throw e;
    }
  }
  function Zm(e, t) {
    return {
      ruleId: e.ruleId,
      severity: `info`,
      messageKey: `calendar.outOfRange`,
      params: { year: t },
      fields: e.fields,
      source: e.source,
    };
  }
  function Qm(e, t) {
    return !t.ok || t.halfDayName === void 0
      ? []
      : [
          {
            ruleId: e.ruleId,
            severity: `info`,
            messageKey: `calendar.halfDayDeadline`,
            params: { deadline: X(t.date), holidayKey: t.halfDayName },
            fields: e.fields,
            source: e.source,
          },
        ];
  }
  var $m = `2026-11-23`,
    Q = `https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf`,
    eh = `https://www.mevzuat.gov.tr/MevzuatMetin/yonetmelik/7.5.21460.pdf`,
    th = `https://e-ikamet.goc.gov.tr/Ikamet/IstenenBelgeler/BasvuruFormuBelgelerIliskinAciklamalar`,
    nh = `https://yimer.gov.tr/TR/Index`,
    rh = { O: `official`, 'O*': `official-copy`, C: `consultancy`, U: `uncertain` };
  function ih(e) {
    return e
      .split(`/`)
      .map((t) => {
        const n = rh[t.trim()];
        if (n === void 0) throw Error(`Unknown confidence mark "${t}" in "${e}"`);
        return n;
      })
      .reduce((e, t) => (hl.indexOf(t) > hl.indexOf(e) ? t : e));
  }
  function $(e, t, n) {
    return { reference: e, url: t, confidence: ih(n), lastVerified: $m };
  }
  var ah = $(
      `Law 5490 art. 8 and 50; Regulation on the population records of foreigners residing in Türkiye art. 22 ("yirmi iş günü içinde"); Yön. 23; goc.gov.tr FAQ (copy at e-lkamet.com)`,
      `http://emlakkulisi.com/guncel/adres-degisikligi-bildirimi/552726`,
      `O*`,
    ),
    oh = {
      id: `address-notification`,
      rulebookIds: [`N1`],
      sources: [ah],
      messageKeys: [
        `address-notification.deadline`,
        `address-notification.overdue`,
        `address-notification.late`,
        `calendar.outOfRange`,
        `calendar.halfDayDeadline`,
      ],
      evaluate(e, t) {
        if (!e.moveDate || e.applicationKind === `transfer`) return [];
        const n = { ruleId: `address-notification`, source: ah, fields: [] },
          r = Xm(e.moveDate, 20);
        if (!r.ok) return [Zm(n, r.year)];
        const i = { moveDate: X(e.moveDate), deadline: X(r.date) };
        return e.notifyDate
          ? Z(e.notifyDate, r.date) <= 0
            ? []
            : [
                {
                  ...n,
                  severity: `warning`,
                  messageKey: `address-notification.late`,
                  params: { ...i, notifyDate: X(e.notifyDate) },
                },
              ]
          : Z(t, r.date) > 0
            ? [{ ...n, severity: `warning`, messageKey: `address-notification.overdue`, params: i }]
            : [
                { ...n, severity: `info`, messageKey: `address-notification.deadline`, params: i },
                ...Qm(n, r),
              ];
      },
    },
    sh = $(
      `YİMER; Adana provincial directorate, "İkamet izni başvuru bilgileri"`,
      `https://adana.goc.gov.tr/tr/news/ikamet-izni-basvuru-bilgileri`,
      `O`,
    ),
    ch = {
      id: `appointment-attendance`,
      rulebookIds: [`T7`],
      sources: [sh],
      messageKeys: [`appointment-attendance.attend`],
      evaluate(e) {
        return e.applicationKind
          ? [
              {
                ruleId: `appointment-attendance`,
                severity: `info`,
                messageKey: `appointment-attendance.attend`,
                params: {},
                fields: [],
                source: sh,
              },
            ]
          : [];
      },
    },
    lh = $(`YUKK 21(5); YİMER`, nh, `O`),
    uh = {
      id: `decision-time`,
      rulebookIds: [`T8`],
      sources: [lh],
      messageKeys: [`decision-time.ninetyDays`, `decision-time.longTerm`],
      evaluate(e) {
        return e.applicationKind
          ? [
              {
                ruleId: `decision-time`,
                severity: `info`,
                messageKey:
                  e.permitType === `long-term` ? `decision-time.longTerm` : `decision-time.ninetyDays`,
                params: {},
                fields: [],
                source: lh,
              },
            ]
          : [];
      },
    };
  function dh(e) {
    return e.requestedStart ?? (e.applicationKind === `extension` ? e.currentPermitEnd : void 0);
  }
  function fh(e, t) {
    if (e.requestedEnd) return e.requestedEnd;
    if (e.requestedMonths !== void 0) return hu(dh(e) ?? t, e.requestedMonths);
  }
  function ph(e) {
    const t = dh(e);
    if (e.requestedEnd && t) return { kind: `dates`, start: t, end: e.requestedEnd };
    if (e.requestedMonths !== void 0) return { kind: `months`, months: e.requestedMonths };
  }
  var mh = $(`YUKK 31(2)`, `https://mevzuat.tbmm.gov.tr/mevzuat/faces/maddedetaylari?psira=116170`, `O`),
    hh = $(
      `YUKK 31(2) as amended by Law 6735 (2016): (j) and (k) outside the 2-year cap (O); 5 years per grant per consular and law-firm pages, e.g. kazakistankonsoloslugu.org (C)`,
      `https://mevzuat.tbmm.gov.tr/mevzuat/faces/maddedetaylari?psira=116170`,
      `O/C`,
    ),
    gh = $(`YUKK 31(1)(i): one year, once`, Q, `O`),
    _h = $(`YUKK 34(1) ("üç yılı aşmayacak", 2023+ copies)`, Q, `O*`),
    vh = $(`YUKK 46; goc guide copy`, Q, `O*`),
    yh = $(`YUKK 48–49; goc guide copy`, Q, `O*`);
  function bh(e) {
    const t = (e, t) => ({ length: e, severity: `error`, source: t, reported: !1 });
    switch (e.permitType) {
      case `short-term`:
        switch (e.shortTermPurpose) {
          case void 0:
            return;
          case `investor`:
          case `trnc-citizen`:
            return { length: { months: 60 }, severity: `warning`, source: hh, reported: !0 };
          case `graduate`:
            return t({ months: 12 }, gh);
          default:
            return t({ months: 24 }, mh);
        }
      case `family`:
        return t({ months: 36 }, _h);
      case `humanitarian`:
        return t({ months: 12 }, vh);
      case `trafficking-victim`:
        return e.applicationKind === `first`
          ? t({ days: 30 }, yh)
          : e.applicationKind === `extension`
            ? t({ months: 6 }, yh)
            : void 0;
      default:
        return;
    }
  }
  var xh = {
      id: `duration-cap`,
      rulebookIds: [`D1`, `D2`, `D4`, `D5`, `D8`, `D9`],
      sources: [mh, hh, gh, _h, vh, yh],
      messageKeys: [
        `duration-cap.tooLong`,
        `duration-cap.tooManyMonths`,
        `duration-cap.tooLongDays`,
        `duration-cap.tooManyMonthsForDays`,
        `duration-cap.reportedCapExceeded`,
        `duration-cap.reportedCapExceededMonths`,
      ],
      evaluate(e) {
        const t = bh(e),
          n = ph(e);
        if (!t || !n) return [];
        const r = { ruleId: `duration-cap`, severity: t.severity, source: t.source },
          i = `months` in t.length,
          a = `months` in t.length ? { capMonths: t.length.months } : { capDays: t.length.days };
        if (n.kind === `months`) {
          const e = `months` in t.length ? t.length.months : Math.ceil(t.length.days / 30);
          if (n.months <= e) return [];
          const o = t.reported
            ? `duration-cap.reportedCapExceededMonths`
            : i
              ? `duration-cap.tooManyMonths`
              : `duration-cap.tooManyMonthsForDays`;
          return [
            { ...r, messageKey: o, params: { ...a, requestedMonths: n.months }, fields: [`requestedEnd`] },
          ];
        }
        const o = `months` in t.length ? hu(n.start, t.length.months) : W(n.start, t.length.days);
        if (Z(n.end, o) <= 0) return [];
        const s = t.reported
          ? `duration-cap.reportedCapExceeded`
          : i
            ? `duration-cap.tooLong`
            : `duration-cap.tooLongDays`;
        return [
          {
            ...r,
            messageKey: s,
            params: { ...a, latestEnd: X(o), requestedEnd: X(n.end) },
            fields: [`requestedStart`, `requestedEnd`],
          },
        ];
      },
    },
    Sh = $(`YUKK 24(3)`, Q, `O*`),
    Ch = {
      id: `extended-permit-start`,
      rulebookIds: [`T4`],
      sources: [Sh],
      messageKeys: [`extended-permit-start.mismatch`],
      evaluate(e) {
        const { requestedStart: t, currentPermitEnd: n } = e;
        if (e.applicationKind !== `extension` || !t || !n) return [];
        const r = Z(t, n);
        return r === 0 || r === 1
          ? []
          : [
              {
                ruleId: `extended-permit-start`,
                severity: `warning`,
                messageKey: `extended-permit-start.mismatch`,
                params: { requestedStart: X(t), currentPermitEnd: X(n), nextDay: X(W(n, 1)) },
                fields: [`requestedStart`, `currentPermitEnd`],
                source: Sh,
              },
            ];
      },
    },
    wh = $(`YUKK 24(2); repeated by YİMER`, Q, `O`),
    Th = {
      id: `extension-window`,
      rulebookIds: [`T3`, `T2`],
      sources: [wh],
      messageKeys: [
        `extension-window.tooEarly`,
        `extension-window.open`,
        `extension-window.expired`,
        `extension-window.expiredLong`,
      ],
      evaluate(e, t) {
        const n = e.currentPermitEnd;
        if (e.applicationKind !== `extension` || !n) return [];
        let r = wu(n, 60),
          i = Z(t, n),
          a = { ruleId: `extension-window`, fields: [`currentPermitEnd`], source: wh },
          o = X(n),
          s;
        return (
          (s =
            Z(t, r) < 0
              ? {
                  ...a,
                  severity: `warning`,
                  messageKey: `extension-window.tooEarly`,
                  params: { currentPermitEnd: o, windowOpens: X(r), daysUntilOpen: Z(r, t) },
                }
              : i <= 0
                ? {
                    ...a,
                    severity: `info`,
                    messageKey: `extension-window.open`,
                    params: { currentPermitEnd: o, daysLeft: Z(n, t) },
                  }
                : i <= 10
                  ? {
                      ...a,
                      severity: `error`,
                      messageKey: `extension-window.expired`,
                      params: { currentPermitEnd: o, daysLate: i, lastNewApplicationDay: X(W(n, 10)) },
                    }
                  : {
                      ...a,
                      severity: `error`,
                      messageKey: `extension-window.expiredLong`,
                      params: { currentPermitEnd: o, daysLate: i },
                    }),
          [s]
        );
      },
    };
  function Eh(e, t, n = []) {
    const r = e.find((e) => e.year === t);
    if (r) return { kind: `exact`, figure: r };
    const i = e.filter((e) => e.year < t).sort((e, t) => t.year - e.year)[0];
    if (!i) return { kind: `none`, year: t };
    const a = n.find((e) => e.year === t);
    return a
      ? { kind: `latest-known`, figure: i, year: t, pending: a }
      : { kind: `latest-known`, figure: i, year: t };
  }
  var Dh = [
      {
        year: 2025,
        grossTl: 26005.5,
        netTl: 22104.67,
        reference: `Resmî Gazete 24.12.2024, as reported by news`,
        url: `https://www.resmigazete.gov.tr/`,
        confidence: `consultancy`,
        lastVerified: `2026-11-23`,
      },
      {
        year: 2026,
        grossTl: 33030,
        netTl: 28075.5,
        reference: `Resmî Gazete 26.12.2025, as reported by ntv.com.tr, memurlar.net and haberturk (24–26 Dec 2025)`,
        url: `https://www.ntv.com.tr/`,
        confidence: `consultancy`,
        lastVerified: `2026-11-23`,
      },
    ],
    Oh = [
      {
        year: 2027,
        checkedOn: `2026-12-05`,
        note: `The 2027 minimum wage was not found in the public sources read on 2026-12-05 (usually set in late December).`,
      },
    ];
  function kh(e) {
    return Eh(Dh, e, Oh);
  }
  var Ah = $(
      `YUKK 35(1)(a); minimum wage from src/domain/minimum-wage.ts (news reports of the Resmî Gazete)`,
      Q,
      `O*/U`,
    ),
    jh = (e) => Math.round(e * 100),
    Mh = (e) => Math.round(e) / 100;
  function Nh(e, t) {
    return Math.max(jh(e), (t * jh(e)) / 3);
  }
  var Ph = {
      id: `family-income`,
      rulebookIds: [`F1`],
      sources: [Ah],
      messageKeys: [
        `family-income.noWageFigure`,
        `family-income.latestKnownFigure`,
        `family-income.belowBothBases`,
        `family-income.belowGrossBasis`,
      ],
      evaluate(e, t) {
        const n = e.supporter?.monthlyIncomeTl,
          r = e.supporter?.familySize;
        if (e.permitType !== `family` || n === void 0 || r === void 0) return [];
        const i = { ruleId: `family-income`, fields: [], source: Ah },
          a = t.getFullYear(),
          o = kh(a);
        if (o.kind === `none`)
          return [{ ...i, severity: `info`, messageKey: `family-income.noWageFigure`, params: { year: a } }];
        const s = o.figure,
          c =
            o.kind === `latest-known`
              ? [
                  {
                    ...i,
                    severity: `info`,
                    messageKey: `family-income.latestKnownFigure`,
                    params: { year: a, wageYear: s.year },
                  },
                ]
              : [],
          l = Nh(s.netTl, r),
          u = Nh(s.grossTl, r),
          d = jh(n);
        if (d >= u) return c;
        const f = d < l;
        return [
          ...c,
          {
            ...i,
            severity: f ? `warning` : `info`,
            messageKey: f ? `family-income.belowBothBases` : `family-income.belowGrossBasis`,
            params: {
              income: n,
              familySize: r,
              year: s.year,
              netThreshold: Mh(l),
              grossThreshold: Mh(u),
              basis: f ? `net` : `gross`,
              wageReference: s.reference,
            },
          },
        ];
      },
    },
    Fh = $(`YUKK 35(1)(c); AÇK`, Q, `O*`),
    Ih = {
      id: `family-insurance`,
      rulebookIds: [`I4`],
      sources: [Fh],
      messageKeys: [`family-insurance.notAllMembers`],
      evaluate(e) {
        return e.permitType !== `family` || e.supporter?.insuranceCoversAllMembers !== !1
          ? []
          : [
              {
                ruleId: `family-insurance`,
                severity: `error`,
                messageKey: `family-insurance.notAllMembers`,
                params: {},
                fields: [`insuranceType`],
                source: Fh,
              },
            ];
      },
    },
    Lh = [
      {
        year: 2026,
        amountTl: 964,
        reference: `goc.gov.tr "Belge Bedeli ve Harç Miktarı" as read by two secondary sources; 2026 Değerli Kağıtlar Tebliği (Sıra 97)`,
        url: `https://www.goc.gov.tr/belge-bedeli-ve-harc-miktari`,
        confidence: `official-copy`,
        lastVerified: `2026-11-23`,
      },
    ],
    Rh = [
      {
        year: 2027,
        checkedOn: `2026-12-05`,
        note: `The 2027 card fee was not found in the public sources read on 2026-12-05 (the Değerli Kağıtlar Tebliği usually appears in late December).`,
      },
    ];
  function zh(e) {
    return Eh(Lh, e, Rh);
  }
  var Bh = (e) => ({
      reference: `Card fee ${e.year}: ${e.reference}`,
      url: e.url,
      confidence: e.confidence,
      lastVerified: e.lastVerified,
    }),
    Vh = new Map(Lh.map((e) => [e.year, Bh(e)])),
    Hh = {
      id: `fee-notice`,
      rulebookIds: [`§10`],
      sources: [...Vh.values()],
      messageKeys: [`fee-notice.cardFee`, `fee-notice.cardFeeOutdated`],
      evaluate(e, t) {
        if (e.applicationKind === void 0 || e.permitType === void 0) return [];
        const n = t.getFullYear(),
          r = zh(n);
        if (r.kind === `none`) return [];
        const i = Vh.get(r.figure.year);
        if (!i) return [];
        const a = { ruleId: `fee-notice`, severity: `info`, fields: [], source: i };
        return r.kind === `exact`
          ? [{ ...a, messageKey: `fee-notice.cardFee`, params: { year: n, cardFee: r.figure.amountTl } }]
          : [
              {
                ...a,
                messageKey: `fee-notice.cardFeeOutdated`,
                params: { year: n, figureYear: r.figure.year, cardFee: r.figure.amountTl },
              },
            ];
      },
    },
    Uh = $(`YUKK 31(1)(i)`, Q, `O`),
    Wh = $(
      `YUKK 31(1)(i): "mezuniyet tarihinden itibaren altı ay içinde müracaat edenler"`,
      `https://mevzuat.tbmm.gov.tr/mevzuat/faces/maddedetaylari?psira=116170`,
      `O`,
    ),
    Gh = $(
      `gantep.edu.tr, erciyes.edu.tr, ticaret.edu.tr notices (new application within 10 days of graduation)`,
      `https://www.gantep.edu.tr/`,
      `C`,
    ),
    Kh = {
      id: `graduate-window`,
      rulebookIds: [`D4`, `D4b`],
      sources: [Uh, Wh, Gh],
      messageKeys: [`graduate-window.usedBefore`, `graduate-window.late`, `graduate-window.deadlines`],
      evaluate(e, t) {
        if (e.shortTermPurpose !== `graduate`) return [];
        const n = [];
        e.graduatePermitUsedBefore === !0 &&
          n.push({
            ruleId: `graduate-window`,
            severity: `error`,
            messageKey: `graduate-window.usedBefore`,
            params: {},
            fields: [`permitPurpose`],
            source: Uh,
          });
        const r = e.graduationDate;
        if (!r) return n;
        const i = hu(r, 6),
          a = { graduationDate: X(r), windowEnd: X(i) };
        return (
          Z(t, i) > 0
            ? n.push({
                ruleId: `graduate-window`,
                severity: `error`,
                messageKey: `graduate-window.late`,
                params: a,
                fields: [`permitPurpose`],
                source: Wh,
              })
            : n.push({
                ruleId: `graduate-window`,
                severity: `info`,
                messageKey: `graduate-window.deadlines`,
                params: { ...a, tenDayDeadline: X(W(r, 10)) },
                fields: [`permitPurpose`],
                source: Gh,
              }),
          n
        );
      },
    },
    qh = $(
      `AÇK (short-term and student applicants under 18 or over 65); option label "18 yaş altı ve 65 yaş üstü olanlar" from consultancy pages`,
      th,
      `C`,
    );
  function Jh(e) {
    return e < 18 || e > 65;
  }
  var Yh = {
      id: `insurance-age`,
      rulebookIds: [`I3`],
      sources: [qh],
      messageKeys: [
        `insurance-age.chooseAgeOption`,
        `insurance-age.notEligible`,
        `insurance-age.notForPermitType`,
      ],
      evaluate(e, t) {
        const n = e.permitType,
          r = e.insuranceType;
        if (!n || !r) return [];
        const i = r === `under-18-over-65`,
          a = {
            ruleId: `insurance-age`,
            severity: `warning`,
            fields: [`insuranceType`, `birthDate`],
            source: qh,
          };
        if (n !== `short-term` && n !== `student`)
          return i ? [{ ...a, messageKey: `insurance-age.notForPermitType`, params: {} }] : [];
        if (!e.birthDate) return [];
        const o = Cu(t, e.birthDate),
          s = Jh(o),
          c = [];
        return (
          s && !i && c.push({ ...a, messageKey: `insurance-age.chooseAgeOption`, params: { age: o } }),
          !s && i && c.push({ ...a, messageKey: `insurance-age.notEligible`, params: { age: o } }),
          c
        );
      },
    },
    Xh = $(
      `SEDDK Genelge 2024/34 (in force 01.04.2025) on minimum cover of private health insurance for residence permits, as summarised by insurers and consultancies`,
      `https://www.seddk.gov.tr/`,
      `C`,
    ),
    Zh = 15e3,
    Qh = {
      id: `insurance-cover`,
      rulebookIds: [`I2`],
      sources: [Xh],
      messageKeys: [`insurance-cover.seddkMinimum`],
      evaluate(e) {
        return e.insuranceType === `private`
          ? [
              {
                ruleId: `insurance-cover`,
                severity: `info`,
                messageKey: `insurance-cover.seddkMinimum`,
                params: { outpatientMinimum: Zh },
                fields: [`insuranceType`],
                source: Xh,
              },
            ]
          : [];
      },
    },
    $h = $(`AÇK ("Sigorta süresi, talep edilen ikamet izni süresini kapsamalıdır")`, th, `O*`),
    eg = $(`YUKK 43(1)(ç)`, Q, `O*`);
  function tg(e, t) {
    return e.permitType !== `short-term` && e.permitType !== `student`
      ? !1
      : e.birthDate
        ? Jh(Cu(t, e.birthDate))
        : e.insuranceType === `under-18-over-65`;
  }
  var ng = {
      id: `insurance-period`,
      rulebookIds: [`I1`, `I5`],
      sources: [$h, eg],
      messageKeys: [`insurance-period.startsLate`, `insurance-period.endsEarly`],
      evaluate(e, t) {
        if (tg(e, t)) return [];
        const n = e.permitType === `long-term` ? eg : $h,
          r = dh(e),
          i = fh(e, t),
          a = [];
        return (
          e.insuranceStart &&
            r &&
            Z(e.insuranceStart, r) > 0 &&
            a.push({
              ruleId: `insurance-period`,
              severity: `error`,
              messageKey: `insurance-period.startsLate`,
              params: { insuranceStart: X(e.insuranceStart), requestedStart: X(r) },
              fields: [`insuranceStart`, `requestedStart`],
              source: n,
            }),
          e.insuranceEnd &&
            i &&
            Z(e.insuranceEnd, i) < 0 &&
            a.push({
              ruleId: `insurance-period`,
              severity: `error`,
              messageKey: `insurance-period.endsEarly`,
              params: { insuranceEnd: X(e.insuranceEnd), requestedEnd: X(i) },
              fields: [`insuranceEnd`, `requestedEnd`],
              source: n,
            }),
          a
        );
      },
    },
    rg = $(`YUKK 11(1); YİMER home page`, nh, `O`),
    ig = $(`Yön. 21(2), quoted at df.tips`, `https://df.tips/t/topic/2127`, `O*`),
    ag = {
      id: `lawful-stay`,
      rulebookIds: [`T1`, `T2`],
      sources: [rg, ig],
      messageKeys: [`lawful-stay.applyBy`, `lawful-stay.late`, `lawful-stay.ended`],
      evaluate(e, t) {
        if (e.applicationKind !== `first`) return [];
        const n = [e.lawfulStayEnd, e.currentPermitEnd].filter((e) => e !== void 0);
        if (n.length === 0) return [];
        const r = yu(n),
          i = e.currentPermitEnd && Z(e.currentPermitEnd, r) === 0 ? [`currentPermitEnd`] : [],
          a = X(r),
          o = Z(t, r);
        return o <= 0
          ? [
              {
                ruleId: `lawful-stay`,
                severity: `info`,
                messageKey: `lawful-stay.applyBy`,
                params: { lawfulStayEnd: a, daysLeft: Z(r, t) },
                fields: i,
                source: rg,
              },
            ]
          : o <= 10
            ? [
                {
                  ruleId: `lawful-stay`,
                  severity: `warning`,
                  messageKey: `lawful-stay.late`,
                  params: { lawfulStayEnd: a, daysLate: o, lastAcceptedDay: X(W(r, 10)) },
                  fields: i,
                  source: ig,
                },
              ]
            : [
                {
                  ruleId: `lawful-stay`,
                  severity: `error`,
                  messageKey: `lawful-stay.ended`,
                  params: { lawfulStayEnd: a, daysLate: o },
                  fields: i,
                  source: rg,
                },
              ];
      },
    },
    og = $(`YUKK 42–45`, Q, `O*`),
    sg = $(
      `YUKK 42(1) (Migration Policy Board conditions); goc document list (copy at aytekinavukatlik.com)`,
      `https://aytekinavukatlik.com/yabancilar-icin-uzun-donem-ikamet-izni/`,
      `O*`,
    ),
    cg = [
      `long-term-conditions.eightYears`,
      `long-term-conditions.noSocialAssistance`,
      `long-term-conditions.incomeInsuranceOrder`,
      `long-term-conditions.excludedStatuses`,
      `long-term-conditions.timeAbroad`,
    ],
    lg = {
      id: `long-term-conditions`,
      rulebookIds: [`L1`, `L2`, `L3`, `L4`, `L5`],
      sources: [og, sg],
      messageKeys: [...cg, `long-term-conditions.policyBoardRoute`],
      evaluate(e) {
        return e.permitType !== `long-term` || e.applicationKind === `extension`
          ? []
          : e.longTermRoute === `policy-board`
            ? [
                {
                  ruleId: `long-term-conditions`,
                  severity: `info`,
                  messageKey: `long-term-conditions.policyBoardRoute`,
                  params: {},
                  fields: [],
                  source: sg,
                },
                ...cg
                  .filter(
                    (e) =>
                      e === `long-term-conditions.excludedStatuses` ||
                      e === `long-term-conditions.timeAbroad`,
                  )
                  .map((e) => ({
                    ruleId: `long-term-conditions`,
                    severity: `info`,
                    messageKey: e,
                    params: {},
                    fields: [],
                    source: og,
                  })),
              ]
            : cg.map((e) => ({
                ruleId: `long-term-conditions`,
                severity: `info`,
                messageKey: e,
                params: {},
                fields: [],
                source: og,
              }));
      },
    },
    ug = $(`YUKK 42; goc lists (aytekinavukatlik copy)`, Q, `O*`),
    dg = {
      id: `long-term-extension`,
      rulebookIds: [`D10`],
      sources: [ug],
      messageKeys: [`long-term-extension.notPossible`],
      evaluate(e) {
        return e.permitType !== `long-term` || e.applicationKind !== `extension`
          ? []
          : [
              {
                ruleId: `long-term-extension`,
                severity: `error`,
                messageKey: `long-term-extension.notPossible`,
                params: {},
                fields: [`permitType`],
                source: ug,
              },
            ];
      },
    },
    fg = $(
      `goc.gov.tr notice on children born in Türkiye (copy at ikamet-calismaizni.com, 2016); goc guide copies`,
      `https://www.ikamet-calismaizni.com/`,
      `O*`,
    ),
    pg = {
      id: `newborn-permit`,
      rulebookIds: [`N4`],
      sources: [fg],
      messageKeys: [`newborn-permit.deadline`, `newborn-permit.late`],
      evaluate(e, t) {
        const n = e.childBirthDate;
        if (!n) return [];
        const r = W(n, 180),
          i = Z(t, r) > 0;
        return [
          {
            ruleId: `newborn-permit`,
            severity: i ? `warning` : `info`,
            messageKey: i ? `newborn-permit.late` : `newborn-permit.deadline`,
            params: { childBirthDate: X(n), deadline: X(r) },
            fields: [],
            source: fg,
          },
        ];
      },
    },
    mg = $(`YUKK 21(2)`, `http://alanyapower.com/2018/10/27/ikamet-izni-basvurusu-kanun-maddeleri/`, `O*`),
    hg = {
      id: `passport-validity`,
      rulebookIds: [`P1`],
      sources: [mg],
      messageKeys: [`passport-validity.tooShort`, `passport-validity.renewFirst`],
      evaluate(e, t) {
        const n = e.passportExpiry,
          r = fh(e, t);
        if (!n || !r) return [];
        const i = W(r, 60);
        if (Z(n, i) >= 0) return [];
        const a = wu(n, 60);
        return [
          {
            ruleId: `passport-validity`,
            severity: `error`,
            messageKey: Z(a, dh(e) ?? t) <= 0 ? `passport-validity.renewFirst` : `passport-validity.tooShort`,
            params: { passportExpiry: X(n), requestedEnd: X(r), latestEnd: X(a), passportNeeded: X(i) },
            fields: [`passportExpiry`, `requestedEnd`],
            source: mg,
          },
        ];
      },
    },
    gg = $(`YUKK 19(1)`, Q, `O*`),
    _g = {
      id: `permit-lapse`,
      rulebookIds: [`T10`],
      sources: [gg],
      messageKeys: [`permit-lapse.sixMonths`],
      evaluate(e) {
        return e.applicationKind
          ? [
              {
                ruleId: `permit-lapse`,
                severity: `info`,
                messageKey: `permit-lapse.sixMonths`,
                params: {},
                fields: [],
                source: gg,
              },
            ]
          : [];
      },
    },
    vg = $(`gantep.edu.tr notice`, `https://www.gantep.edu.tr/`, `C`),
    yg = {
      id: `personal-data-notification`,
      rulebookIds: [`N3`],
      sources: [vg],
      messageKeys: [
        `personal-data-notification.deadline`,
        `personal-data-notification.deadlineCalendarDays`,
        `calendar.outOfRange`,
      ],
      evaluate(e) {
        const t = e.personalDataChangeDate;
        if (!t) return [];
        const n = { ruleId: `personal-data-notification`, source: vg, fields: [] },
          r = X(t),
          i = X(W(t, 20)),
          a = Xm(t, 20);
        return a.ok
          ? [
              {
                ...n,
                severity: `info`,
                messageKey: `personal-data-notification.deadline`,
                params: { changeDate: r, calendarDeadline: i, workingDeadline: X(a.date) },
              },
            ]
          : [
              {
                ...n,
                severity: `info`,
                messageKey: `personal-data-notification.deadlineCalendarDays`,
                params: { changeDate: r, calendarDeadline: i },
              },
              Zm(n, a.year),
            ];
      },
    },
    bg = $(
      `2018 goc.gov.tr notice on postal extensions (copy at arpdanismanlik.com); law-firm summaries`,
      `https://www.arpdanismanlik.com/ikamet-izni-uzatma-basvurulari-hakkinda/`,
      `C/U`,
    ),
    xg = {
      id: `postal-documents`,
      rulebookIds: [`T5`],
      sources: [bg],
      messageKeys: [
        `postal-documents.deadline`,
        `postal-documents.late`,
        `calendar.outOfRange`,
        `calendar.halfDayDeadline`,
      ],
      evaluate(e, t) {
        if (e.applicationKind !== `extension`) return [];
        const n = { ruleId: `postal-documents`, source: bg, fields: [] },
          r = Xm(t, 5);
        if (!r.ok) return [Zm(n, r.year)];
        const i = { deadline: X(r.date) };
        return e.mailDate
          ? Z(e.mailDate, r.date) <= 0
            ? []
            : [
                {
                  ...n,
                  severity: `info`,
                  messageKey: `postal-documents.late`,
                  params: { ...i, mailDate: X(e.mailDate) },
                },
              ]
          : [{ ...n, severity: `info`, messageKey: `postal-documents.deadline`, params: i }, ...Qm(n, r)];
      },
    },
    Sg = $(
      `goc.gov.tr "Yabancılar" guide (copy at oturmaiznialma.xyz); 4m.com.tr`,
      `https://oturmaiznialma.xyz/`,
      `O*`,
    ),
    Cg = {
      id: `province-move`,
      rulebookIds: [`N2`],
      sources: [Sg],
      messageKeys: [
        `province-move.deadline`,
        `province-move.late`,
        `province-move.feeCarriesOver`,
        `calendar.outOfRange`,
        `calendar.halfDayDeadline`,
      ],
      evaluate(e, t) {
        if (e.applicationKind !== `transfer`) return [];
        const n = { ruleId: `province-move`, source: Sg, fields: [`province`] },
          r = [{ ...n, severity: `info`, messageKey: `province-move.feeCarriesOver`, params: {} }];
        if (!e.moveDate) return r;
        const i = Xm(e.moveDate, 20);
        if (!i.ok) return [...r, Zm(n, i.year)];
        const a = { moveDate: X(e.moveDate), deadline: X(i.date) };
        return Z(t, i.date) > 0
          ? [...r, { ...n, severity: `warning`, messageKey: `province-move.late`, params: a }]
          : [...r, { ...n, severity: `info`, messageKey: `province-move.deadline`, params: a }, ...Qm(n, i)];
      },
    },
    wg = $(`YUKK 34(2)`, Q, `O*/C`),
    Tg = {
      id: `spouse-age`,
      rulebookIds: [`F4`],
      sources: [wg],
      messageKeys: [`spouse-age.applicantUnder18`, `spouse-age.supporterUnder18`],
      evaluate(e, t) {
        if (e.permitType !== `family` || e.familyRole !== `spouse`) return [];
        const n = [],
          r = { ruleId: `spouse-age`, severity: `warning`, source: wg };
        if (e.birthDate) {
          const i = Cu(t, e.birthDate);
          i < 18 &&
            n.push({
              ...r,
              messageKey: `spouse-age.applicantUnder18`,
              params: { age: i },
              fields: [`birthDate`],
            });
        }
        const i = e.supporter?.birthDate;
        if (i) {
          const e = Cu(t, i);
          e < 18 &&
            n.push({ ...r, messageKey: `spouse-age.supporterUnder18`, params: { age: e }, fields: [] });
        }
        return n;
      },
    },
    Eg = $(`YUKK 11(1); YİMER home page (90 days in any 180)`, nh, `O`),
    Dg = $(
      `Visa exemption lengths by nationality (30 days for some countries), foreign ministry visa page, not read`,
      `https://www.mfa.gov.tr/visa-information-for-foreigners.en.mfa`,
      `U`,
    );
  function Og(e, t) {
    const n = new Set();
    for (const r of e) {
      const e = Z(r.entry, t),
        i = Z(bu([r.exit ?? t, t]), t);
      for (let t = e; t <= i; t += 1) n.add(t);
    }
    let r = [...n].sort((e, t) => e - t),
      i,
      a = 0;
    if (
      (r.forEach((e, t) => {
        for (; (r[a] ?? e) <= e - 180; ) a += 1;
        const n = t - a + 1;
        (!i || n > i.count) && (i = { count: n, end: e });
      }),
      !i)
    )
      return;
    const o = W(t, i.end);
    return { days: i.count, windowStart: wu(o, 179), windowEnd: o };
  }
  var kg = {
      id: `stay-90-180`,
      rulebookIds: [`T1`],
      sources: [Eg, Dg],
      messageKeys: [`stay-90-180.exceeded`, `stay-90-180.overShortExemption`],
      evaluate(e, t) {
        if (e.applicationKind !== `first` || !e.stays?.length) return [];
        const n = Og(e.stays, t);
        return !n || n.days <= 30
          ? []
          : n.days <= 90
            ? [
                {
                  ruleId: `stay-90-180`,
                  severity: `info`,
                  messageKey: `stay-90-180.overShortExemption`,
                  params: {
                    days: n.days,
                    shortDays: 30,
                    windowStart: X(n.windowStart),
                    windowEnd: X(n.windowEnd),
                  },
                  fields: [],
                  source: Dg,
                },
              ]
            : [
                {
                  ruleId: `stay-90-180`,
                  severity: `error`,
                  messageKey: `stay-90-180.exceeded`,
                  params: { days: n.days, windowStart: X(n.windowStart), windowEnd: X(n.windowEnd) },
                  fields: [],
                  source: Eg,
                },
              ];
      },
    },
    Ag = $(`YUKK 34(1)`, Q, `O*`),
    jg = {
      id: `supporter-permit-end`,
      rulebookIds: [`D5`],
      sources: [Ag],
      messageKeys: [`supporter-permit-end.beyond`],
      evaluate(e, t) {
        const n = e.supporter;
        if (e.permitType !== `family` || !n?.permitEnd || n.citizen === !0) return [];
        const r = fh(e, t);
        return !r || Z(r, n.permitEnd) <= 0
          ? []
          : [
              {
                ruleId: `supporter-permit-end`,
                severity: `error`,
                messageKey: `supporter-permit-end.beyond`,
                params: { requestedEnd: X(r), supporterPermitEnd: X(n.permitEnd) },
                fields: [`requestedEnd`],
                source: Ag,
              },
            ];
      },
    },
    Mg = $(`YUKK 35(1)(d)`, Q, `O*`),
    Ng = {
      id: `supporter-residence`,
      rulebookIds: [`F2`],
      sources: [Mg],
      messageKeys: [`supporter-residence.tooShort`, `supporter-residence.currentPermitRecent`],
      evaluate(e, t) {
        const n = e.supporter;
        if (e.permitType !== `family` || !n || n.citizen === !0) return [];
        const r = { ruleId: `supporter-residence`, fields: [], source: Mg };
        if (n.residenceMonths !== void 0)
          return n.residenceMonths >= 12
            ? []
            : [
                {
                  ...r,
                  severity: `error`,
                  messageKey: `supporter-residence.tooShort`,
                  params: { residenceMonths: n.residenceMonths },
                },
              ];
        if (!n.permitStart) return [];
        const i = vu(n.permitStart, 1);
        return Z(t, i) >= 0
          ? []
          : [
              {
                ...r,
                severity: `warning`,
                messageKey: `supporter-residence.currentPermitRecent`,
                params: { supporterPermitStart: X(n.permitStart), oneYearDate: X(i) },
              },
            ];
      },
    },
    Pg = $(
      `GİGM notice of 02.12.2019 (from 01.01.2020, no tourism permit or extension after 1 year in total or at once on tourism permits without another justified reason), as repeated by YTB on 12.12.2019`,
      `https://ytb.org.tr/tr/duyurular/detay/87`,
      `O*`,
    ),
    Fg = $(
      `Suspension of the 1-year limit on 08.09.2020 and stricter practice since 2022, per law-firm pages (artukhukukburosu.com, mihci.av.tr, kutelhukuk.com)`,
      `https://artukhukukburosu.com/turizm-amacli-ikamet-izni/`,
      `C`,
    ),
    Ig = $(
      `2025–26 consultancy reports: shorter tourism grants; income of about 1.5 × the net minimum wage per person; minimum wage from src/domain/minimum-wage.ts`,
      `https://mihci.av.tr/turizm-amacli-ikamet-izni/`,
      `U`,
    ),
    Lg = 1.5,
    Rg = {
      id: `tourism-permit`,
      rulebookIds: [`T13`],
      sources: [Pg, Fg, Ig],
      messageKeys: [
        `tourism-permit.oneYearReached`,
        `tourism-permit.oneYearLimit`,
        `tourism-permit.recentPractice`,
        `tourism-permit.recentPracticeNoWage`,
      ],
      evaluate(e, t) {
        if (e.permitType !== `short-term` || e.shortTermPurpose !== `tourism`) return [];
        const n = { ruleId: `tourism-permit`, fields: [`permitPurpose`] },
          r = [],
          i = e.tourismPermitMonths;
        i !== void 0 && i >= 12
          ? r.push({
              ...n,
              severity: `warning`,
              messageKey: `tourism-permit.oneYearReached`,
              params: { months: i, limitMonths: 12 },
              source: Pg,
            })
          : (e.applicationKind === `extension` || i !== void 0) &&
            r.push({
              ...n,
              severity: `info`,
              messageKey: `tourism-permit.oneYearLimit`,
              params: { limitMonths: 12 },
              source: Fg,
            });
        const a = kh(t.getFullYear());
        return (
          a.kind === `none`
            ? r.push({
                ...n,
                severity: `info`,
                messageKey: `tourism-permit.recentPracticeNoWage`,
                params: {},
                source: Ig,
              })
            : r.push({
                ...n,
                severity: `info`,
                messageKey: `tourism-permit.recentPractice`,
                params: { perPerson: Math.round(a.figure.netTl * Lg * 100) / 100, wageYear: a.figure.year },
                source: Ig,
              }),
          r
        );
      },
    },
    zg = $(`Yön. 21(8)–(9); goc.gov.tr notice "İkamet İzni Başvuru Belgesinin Sağladığı Haklar"`, eh, `O*`),
    Bg = {
      id: `travel-while-pending`,
      rulebookIds: [`T9`],
      sources: [zg],
      messageKeys: [
        `travel-while-pending.returnBy`,
        `travel-while-pending.tooLong`,
        `travel-while-pending.feesUnpaid`,
      ],
      evaluate(e) {
        const t = e.travel;
        if (!t) return [];
        const n = { ruleId: `travel-while-pending`, fields: [], source: zg },
          r = X(t.exit),
          i = X(W(t.exit, 15)),
          a = [];
        return (
          t.return
            ? Z(t.return, t.exit) > 15 &&
              a.push({
                ...n,
                severity: `warning`,
                messageKey: `travel-while-pending.tooLong`,
                params: { exit: r, return: X(t.return), latestReturn: i },
              })
            : a.push({
                ...n,
                severity: `info`,
                messageKey: `travel-while-pending.returnBy`,
                params: { exit: r, latestReturn: i },
              }),
          t.feesPaid === !1 &&
            a.push({
              ...n,
              severity: `warning`,
              messageKey: `travel-while-pending.feesUnpaid`,
              params: { exit: r },
            }),
          a
        );
      },
    },
    Vg = $(`YUKK 31(3)`, Q, `O`),
    Hg = [
      ag,
      kg,
      Th,
      Ch,
      xg,
      ch,
      uh,
      Bg,
      _g,
      hg,
      ng,
      Yh,
      Qh,
      Ih,
      xh,
      {
        id: `turkish-course-limit`,
        rulebookIds: [`D3`],
        sources: [Vg],
        messageKeys: [`turkish-course-limit.reached`],
        evaluate(e) {
          const t = e.previousTurkishCoursePermits;
          return e.shortTermPurpose !== `turkish-course` || t === void 0 || t < 2
            ? []
            : [
                {
                  ruleId: `turkish-course-limit`,
                  severity: `error`,
                  messageKey: `turkish-course-limit.reached`,
                  params: { previousPermits: t, maxPermits: 2 },
                  fields: [`permitPurpose`],
                  source: Vg,
                },
              ];
        },
      },
      Rg,
      Kh,
      jg,
      dg,
      Ph,
      Ng,
      Tg,
      lg,
      oh,
      Cg,
      yg,
      pg,
      Hh,
    ],
    Ug = { error: 0, warning: 1, info: 2 };
  function Wg(e, t, n = Hg) {
    const r = _u(t);
    return n.flatMap((t) => t.evaluate(e, r)).sort((e, t) => Ug[e.severity] - Ug[t.severity]);
  }
  function Gg(e) {
    const t = Wp(e.values),
      n = Up(e.kind),
      r = typeof e.today == `string` ? cm(e.today) : null;
    if (!t || n === void 0 || !r) throw Error(`assess: malformed request`);
    const i = Pm(t, n);
    return {
      findings: Wg(i, r),
      ...(i.permitType ? { permitType: i.permitType } : {}),
      ...(i.shortTermPurpose ? { purpose: i.shortTermPurpose } : {}),
      ...(i.birthDate ? { birthDate: X(i.birthDate) } : {}),
    };
  }
  f(`assess`, Gg);
  var Kg = Dc({
      permitType: R(g),
      purpose: R(te).optional(),
      kind: R(h),
      birthDate: F().max(10).optional(),
      today: F().max(10),
    }),
    qg = Dc({
      lang: R(m),
      checklist: Kg,
      applicantName: F().max(200).optional(),
      ticks: Tc(F().max(80)).max(200),
    });
  function Jg(e) {
    const t = Kg.parse(e),
      n = cm(t.today);
    if (!n) throw Error(`checklist: today is not a dd.MM.yyyy date`);
    const r = t.birthDate === void 0 ? null : cm(t.birthDate),
      i = r && r <= n ? { birthDate: r, today: n } : {};
    return Gu(t.permitType, t.purpose, t.kind, i);
  }
  f(`checklist`, (e) => Jg(e.request)),
    f(`checklist-print`, async (e, t) => {
      const n = t.tab?.id;
      if (typeof n != `number`) throw Error(`checklist-print: only a tab can print its checklist`);
      const r = qg.parse(e.print);
      await u.default.storage.session.set({ [Jp(n)]: r });
      const i = `${u.default.runtime.getURL(`/checklist-print.html`)}?tab=${n}`;
      return await u.default.tabs.create({ url: i, openerTabId: n }), null;
    });
  var Yg = l(() => {
      u.default.runtime.onMessage.addListener((e, t) => {
        if (t.id === u.default.runtime.id) return p(e, t);
      });
    }),
    Xg = {
      debug: (...e) => ([...e], void 0),
      log: (...e) => ([...e], void 0),
      warn: (...e) => ([...e], void 0),
      error: (...e) => ([...e], void 0),
    },
    Zg;
  try {
    (Zg = Yg.main()),
      Zg instanceof Promise &&
        console.warn(`The background's main() function return a promise, but it must be synchronous`);
  } catch (e) {
    throw (Xg.error(`The background crashed on startup!`), e);
  }
  return Zg;
})();
//# sourceMappingURL=background.js.map
