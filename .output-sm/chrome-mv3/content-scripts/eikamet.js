(function () {
  function e(e) {
    return e;
  }
  function t(e) {
    let t;
    return () => ((t ??= { value: e() }), t.value);
  }
  var n = [`text`],
    r = [`dropdown`],
    i = [`date`],
    a = [`readonly`],
    o = { description: `dd.MM.yyyy`, pattern: /^\d{2}\.\d{2}\.\d{4}$/ },
    s = t(() => ({
      givenName: {
        key: `givenName`,
        labels: {
          tr: [`Adı`, `Ad`, `Adınız`, /^ad(i|iniz)?\b(?! soyad)/],
          en: [
            `Name`,
            `Name(s)`,
            `Given Name`,
            `Given Names`,
            `Given name(s)`,
            `First Name`,
            /^(given|first) names?\b/,
          ],
        },
        ids: [`ad`],
        names: [`Ad`],
        widgets: n,
        format: { description: `all given names, as in the passport` },
        fillable: !0,
      },
      surname: {
        key: `surname`,
        labels: {
          tr: [`Soyadı`, `Soyad`, `Soyadınız`, /^soyadi(niz)?\b/],
          en: [`Surname`, `Last Name`, `Family Name`, /\b(last|family) name\b/, /^surnames?\b/],
        },
        ids: [`soyad`],
        names: [`Soyad`],
        widgets: n,
        fillable: !0,
      },
      previousSurname: {
        key: `previousSurname`,
        labels: {
          tr: [/\bonceki soyadi?/, /\beski soyadi?/],
          en: [/\b(previous|former|maiden) (surname|last name|name)\b/],
        },
        widgets: n,
        fillable: !0,
      },
      fatherName: {
        key: `fatherName`,
        labels: {
          tr: [/^baba(sinin)? adi/, /^baba ad\b/],
          en: [/^fathers? (first )?name\b/, /^name of (the )?father\b/],
        },
        ids: [`babaAd`],
        widgets: n,
        fillable: !0,
      },
      motherName: {
        key: `motherName`,
        labels: {
          tr: [/^anne(sinin)? adi/, /^anne ad\b/],
          en: [/^mothers? (first )?name\b/, /^name of (the )?mother\b/],
        },
        ids: [`anneAd`],
        widgets: n,
        fillable: !0,
      },
      birthDate: {
        key: `birthDate`,
        labels: { tr: [/\bdogum tarihi/], en: [/\bdate of birth\b/, /\bbirth ?date\b/, /^birthday$/] },
        ids: [`DogumTarih`],
        widgets: [`date`, `text`, `masked`],
        format: o,
        fillable: !0,
      },
      birthPlace: {
        key: `birthPlace`,
        labels: { tr: [/\bdogum yeri/], en: [/\bplace of birth\b/, /\bbirth ?place\b/] },
        widgets: n,
        fillable: !0,
      },
      birthCountry: {
        key: `birthCountry`,
        labels: {
          tr: [/\bdogum ulkesi/, /\bdogdugu ulke/],
          en: [/\bcountry of birth\b/, /\bbirth country\b/],
        },
        widgets: r,
        fillable: !0,
      },
      gender: {
        key: `gender`,
        labels: { tr: [/^cinsiyet(i|iniz)?$/], en: [`Gender`, `Sex`] },
        widgets: r,
        fillable: !0,
      },
      maritalStatus: {
        key: `maritalStatus`,
        labels: { tr: [/^medeni (hali?|durum(u)?)\b/], en: [/\b(marital|civil) status\b/] },
        widgets: r,
        fillable: !0,
      },
      nationality: {
        key: `nationality`,
        labels: {
          tr: [`Uyruğu`, `Uyruk`, `Uyruğunuz`, /\bvatandasi oldugu(nuz)? ulke\b/],
          en: [`Nationality`, `Country of Nationality`, `Citizenship`, /\bnationality\b/],
        },
        ids: [`uyruk`],
        names: [`Uyruk`],
        widgets: r,
        format: { description: `country, from a server-paged list` },
        fillable: !0,
      },
      otherNationality: {
        key: `otherNationality`,
        labels: {
          tr: [/\b(diger|ikinci) uyrugu?\b/, /\bdiger vatandaslik/],
          en: [/\b(other|second|additional) (nationality|citizenship)\b/],
        },
        widgets: r,
        fillable: !0,
      },
      nationalIdNumber: {
        key: `nationalIdNumber`,
        labels: {
          tr: [/\buyruk kimlik (no|numarasi)\b/],
          en: [/\bnationality id(entity)? (no|number)\b/, /\bnational id(entity)? (no|number)\b/],
        },
        ids: [`uyrukKimlikNo`],
        widgets: n,
        format: { description: `identity number issued by the home country; may be left empty` },
        fillable: !0,
      },
      passportNumber: {
        key: `passportNumber`,
        labels: {
          tr: [
            `Belge No`,
            `Belge Numarası`,
            /\bpasaport (belge )?(no|numarasi)\b/,
            /\bseyahat belgesi (no|numarasi)\b/,
          ],
          en: [
            `Document Number`,
            `Document No`,
            /\bpassport (document )?(no|number)\b/,
            /\bnumber of (the )?passport\b/,
            /\btravel document (no|number)\b/,
          ],
        },
        ids: [`pasaportBelgeNo`],
        widgets: n,
        fillable: !0,
      },
      passportType: {
        key: `passportType`,
        labels: {
          tr: [/\b(pasaport|seyahat belgesi|belge) turu\b/],
          en: [
            /\b(passport|travel document|document) type\b/,
            /\btype of (the )?(passport|travel document|document)\b/,
          ],
        },
        widgets: r,
        fillable: !0,
      },
      passportIssueDate: {
        key: `passportIssueDate`,
        labels: {
          tr: [/\b(verilis|duzenlenme|duzenleme) tarihi\b/],
          en: [/\bdate of issue\b/, /\bissue date\b/, /\bdate issued\b/],
        },
        widgets: i,
        format: o,
        fillable: !0,
      },
      passportExpiry: {
        key: `passportExpiry`,
        labels: {
          tr: [/^(son )?gecerlilik (sonu |bitis )?tarihi\b/],
          en: [/\b(expiry|expiration) date\b/, /\bdate of expiry\b/, /^valid until\b/],
        },
        widgets: i,
        format: o,
        fillable: !0,
      },
      passportIssuingCountry: {
        key: `passportIssuingCountry`,
        labels: { tr: [/\b(veren|duzenleyen) ulke\b/], en: [/\bissuing country\b/, /\bcountry of issue\b/] },
        widgets: r,
        fillable: !0,
      },
      passportIssuingAuthority: {
        key: `passportIssuingAuthority`,
        labels: { tr: [/\b(veren|duzenleyen) (makam|kurum)\b/], en: [/\bissuing (authority|office)\b/] },
        widgets: n,
        fillable: !0,
      },
      email: {
        key: `email`,
        labels: { tr: [/\be ?posta\b/], en: [/\be ?mail\b/] },
        ids: [`eposta`, `iletisim_eMail`],
        names: [`Iletisim.EMail`],
        widgets: n,
        format: { description: `e-mail address`, pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ },
        fillable: !0,
      },
      mobile: {
        key: `mobile`,
        labels: {
          tr: [/\bcep telefonu?\b/, /^telefon( numarasi)?$/, /\bgsm\b/],
          en: [/\b(cell|mobile) (phone|number)\b/, /^(phone|telephone)( number)?$/, /^mobile$/],
        },
        ids: [`cepTelefon`, `iletisim_cepTelefon`],
        names: [`Iletisim.CepTelefon`],
        widgets: [`masked`, `text`],
        format: { description: `10 digits starting with 5, no country code`, pattern: /^5\d{9}$/ },
        fillable: !0,
      },
      contactPreference: {
        key: `contactPreference`,
        labels: { tr: [/\biletisim tercihi?\b/], en: [/\b(communication|contact) preference\b/] },
        ids: [`iletisim_tercih`],
        names: [`Iletisim.Tercih`],
        widgets: r,
        format: { description: `code 2 = cell phone, 1 = e-mail` },
        fillable: !0,
      },
      foreignerId: {
        key: `foreignerId`,
        labels: {
          tr: [/\byabanci kimlik (no|numarasi)\b/, `YKN`],
          en: [/\bforeigners? id(entity)? (no|number)\b/, /\bforeigner identification\b/],
        },
        ids: [`yabanciKimlikNo`],
        names: [`YabanciKimlikNo`],
        widgets: n,
        format: { description: `11 digits starting with 99`, pattern: /^99\d{9}$/ },
        fillable: !0,
      },
      permitCardSerial: {
        key: `permitCardSerial`,
        labels: {
          tr: [/\bikamet iz(in|ni) karti seri/, /\bbelge seri/, /\bkart seri/],
          en: [/\bpermit card serial\b/, /\bcard serial\b/, /\bserial (no|number)\b/],
        },
        ids: [`belgeSeri`],
        names: [`BelgeSeri`],
        widgets: n,
        format: { description: `3 letters`, pattern: /^[A-Za-z]{3}$/ },
        maxLength: 3,
        fillable: !0,
      },
      permitCardNumber: {
        key: `permitCardNumber`,
        labels: {
          tr: [/\bikamet iz(in|ni) karti (belge )?(no|numarasi)\b/, /\bkart (no|numarasi)\b/],
          en: [/\bpermit card (no|number)\b/, /\bcard (no|number)\b/],
        },
        ids: [`belgeNo`],
        names: [`BelgeNo`],
        widgets: n,
        format: { description: `digits`, pattern: /^\d+$/ },
        fillable: !0,
      },
      changeProvince: {
        key: `changeProvince`,
        labels: {
          tr: [/\bil(imi|ini|i)? degistir/, /\bil degisikligi\b/, /\bnakil\b/],
          en: [/\bchange (my |the )?(province|city)\b/],
        },
        ids: [`uzatmaIlDegistir`],
        names: [`UzatmaIlDegistir`],
        widgets: r,
        format: { description: `code 0 = no, 1 = yes` },
        fillable: !0,
      },
      applicationNumber: {
        key: `applicationNumber`,
        labels: {
          tr: [/\bbasvuru (no|numarasi)\b/, /\bkayit (no|numarasi)\b/],
          en: [/\bapplication (no|number)\b/, /\bregistration (no|number)\b/],
        },
        ids: [`basvuruNo`],
        widgets: n,
        format: { description: `yyyy-NN-NNNNNNN`, pattern: /^\d{4}-\d{2}-\d{7}$/ },
        fillable: !0,
      },
      permitType: {
        key: `permitType`,
        labels: {
          tr: [/^(talep edilen )?ikamet izni? turu\b/],
          en: [/^type of (the )?residence permit\b/, /^(residence )?permit type\b/],
        },
        widgets: r,
        fillable: !0,
      },
      permitPurpose: {
        key: `permitPurpose`,
        labels: {
          tr: [/\bkalis amaci\b/, /\bikamet (izni )?amaci\b/],
          en: [/\bpurpose of (the )?(stay|residence)\b/, /\b(stay|residence) purpose\b/],
        },
        widgets: r,
        fillable: !0,
      },
      requestedStart: {
        key: `requestedStart`,
        labels: {
          tr: [/\btalep edilen baslangic tarihi\b/, `Başlangıç Tarihi`],
          en: [/\brequested start date\b/, `Start Date`],
        },
        widgets: i,
        format: o,
        fillable: !0,
      },
      requestedEnd: {
        key: `requestedEnd`,
        labels: {
          tr: [/\btalep edilen bitis tarihi\b/, `Bitiş Tarihi`],
          en: [/\brequested end date\b/, `End Date`],
        },
        widgets: i,
        format: o,
        fillable: !0,
      },
      currentPermitType: {
        key: `currentPermitType`,
        labels: {
          tr: [/\bmevcut ikamet izni? turu\b/],
          en: [/\bcurrent (residence )?permit type\b/, /\bcurrent type of residence permit\b/],
        },
        widgets: a,
        fillable: !1,
      },
      currentPermitEnd: {
        key: `currentPermitEnd`,
        labels: {
          tr: [/\bmevcut ikamet izni? (bitis|gecerlilik) tarihi\b/],
          en: [/\bcurrent (residence )?permit (end|expiry) date\b/],
        },
        widgets: a,
        format: o,
        fillable: !1,
      },
      province: {
        key: `province`,
        labels: { tr: [`İl`, `İli`, `Şehir`, `İl / Şehir`], en: [`Province`, `City`, `Province / City`] },
        widgets: r,
        format: { description: `one of the 81 provinces` },
        fillable: !0,
      },
      district: {
        key: `district`,
        labels: { tr: [`İlçe`, `İlçesi`], en: [`District`] },
        widgets: r,
        fillable: !0,
      },
      neighbourhood: {
        key: `neighbourhood`,
        labels: { tr: [/^mahalle(si)?\b/], en: [/^neighbou?rhood\b/] },
        widgets: r,
        fillable: !0,
      },
      street: {
        key: `street`,
        labels: { tr: [/^(cadde|sokak|bulvar)\b/], en: [/^(street|avenue)\b/] },
        widgets: n,
        fillable: !0,
      },
      buildingNumber: {
        key: `buildingNumber`,
        labels: {
          tr: [/\bdis kapi (no|numarasi)\b/, /\bbina (no|numarasi)\b/],
          en: [/\b(building|house) (no|number)\b/, /\bouter door (no|number)\b/],
        },
        widgets: n,
        fillable: !0,
      },
      flatNumber: {
        key: `flatNumber`,
        labels: {
          tr: [/\bic kapi (no|numarasi)\b/, /\bdaire (no|numarasi)\b/],
          en: [/\b(flat|apartment) (no|number)\b/, /\binner door (no|number)\b/],
        },
        widgets: n,
        fillable: !0,
      },
      insuranceType: {
        key: `insuranceType`,
        labels: {
          tr: [/\bsigorta (turu|tipi)\b/],
          en: [/\binsurance type\b/, /\btype of (health )?insurance\b/],
        },
        widgets: r,
        fillable: !0,
      },
      insuranceCompany: {
        key: `insuranceCompany`,
        labels: {
          tr: [/\bsigorta (sirketi|firmasi)\b/],
          en: [/\binsurance (company|provider)\b/, /^insurer\b/],
        },
        widgets: n,
        fillable: !0,
      },
      insurancePolicyNumber: {
        key: `insurancePolicyNumber`,
        labels: { tr: [/\bpolice (no|numarasi)\b/], en: [/\bpolicy (no|number)\b/] },
        widgets: n,
        fillable: !0,
      },
      insuranceStart: {
        key: `insuranceStart`,
        labels: {
          tr: [/\b(police|sigorta) baslangic tarihi\b/, `Başlangıç Tarihi`],
          en: [/\b(policy|insurance) start date\b/, `Start Date`],
        },
        widgets: i,
        format: o,
        fillable: !0,
      },
      insuranceEnd: {
        key: `insuranceEnd`,
        labels: {
          tr: [/\b(police|sigorta) bitis tarihi\b/, `Bitiş Tarihi`],
          en: [/\b(policy|insurance) end date\b/, `End Date`],
        },
        widgets: i,
        format: o,
        fillable: !0,
      },
      givenNameInitials: {
        key: `givenNameInitials`,
        labels: {
          tr: [/\bad(i|in|iniz)(in)? ilk (iki|2) harfi/],
          en: [/\bfirst (two|2) letters of (your )?(first |given )?name\b/],
        },
        ids: [`ad`],
        names: [`Ad`],
        widgets: n,
        format: { description: `the first two letters of the given name`, pattern: /^\p{L}{2}$/u },
        maxLength: 2,
        fillable: !0,
      },
      surnameInitials: {
        key: `surnameInitials`,
        labels: {
          tr: [/\bsoyad(i|in|iniz)(in)? ilk (iki|2) harfi/],
          en: [/\bfirst (two|2) letters of (your )?(last name|surname)\b/],
        },
        ids: [`soyad`],
        names: [`Soyad`],
        widgets: n,
        format: { description: `the first two letters of the surname`, pattern: /^\p{L}{2}$/u },
        maxLength: 2,
        fillable: !0,
      },
      captcha: {
        key: `captcha`,
        labels: {
          tr: [/\bresimde goruntulenen karakter/, /\bresimdeki karakter/, /\bguvenlik kodu\b/],
          en: [
            /\bcharacters (you see )?in the image\b/,
            /\bcharacters you see\b/,
            /\bsecurity code\b/,
            /\bcaptcha\b/,
          ],
        },
        ids: [`CaptchaInputText`],
        names: [`CaptchaInputText`],
        widgets: [`captcha`],
        format: { description: `8 characters from the image` },
        fillable: !1,
      },
      consent: {
        key: `consent`,
        labels: { tr: [/\bokudum anladim\b/], en: [/\bi (have )?read (and )?understood\b/] },
        ids: [`uzatmaGecisOkudumAnladim`],
        names: [`UzatmaGecisOkudumAnladim`],
        widgets: [`checkbox`],
        fillable: !1,
      },
      verificationCode: {
        key: `verificationCode`,
        labels: {
          tr: [/\bdogrulama kodu\b/, /\bonay kodu\b/, /\bsms kodu\b/, /\bgonderilen kod\b/],
          en: [/\bverification code\b/, /\bconfirmation code\b/, /\bsms code\b/],
        },
        widgets: [`text`, `masked`],
        fillable: !1,
      },
    })),
    c = new Set([`SCRIPT`, `STYLE`, `TEMPLATE`, `NOSCRIPT`, `SELECT`, `OPTION`, `TEXTAREA`]),
    l = new Set([...c, `BUTTON`]),
    u = /display\s*:\s*none|visibility\s*:\s*hidden/i,
    d = /\b(k-popup|k-animation-container|k-list-container|k-list|k-input-value-text|tooltip|popover)\b/;
  function f(e, t) {
    if (
      t.has(e.tagName) ||
      e.hasAttribute(`hidden`) ||
      e.getAttribute(`aria-hidden`) === `true` ||
      e.getAttribute(`role`) === `tooltip`
    )
      return !0;
    const n = e.getAttribute(`style`);
    if (n !== null && u.test(n)) return !0;
    const r = e.getAttribute(`class`);
    return r !== null && d.test(r);
  }
  function p(e) {
    const t = [];
    return m(e, t), t.join(` `).replace(/\s+/g, ` `).trim();
  }
  function m(e, t) {
    for (let n = e.firstChild; n !== null; n = n.nextSibling)
      if (n.nodeType === h) {
        const e = n.textContent;
        e && t.push(e);
      } else n.nodeType === g && !f(n, l) && m(n, t);
  }
  var h = 3,
    g = 1;
  function _(e, t) {
    let n = [],
      r = 0,
      i = (e) => {
        for (let a = e.firstChild; a !== null && r < t; a = a.nextSibling)
          if (a.nodeType === h) {
            const e = a.textContent;
            e?.trim() && (n.push(e), (r += e.length));
          } else if (a.nodeType === g && !f(a, c)) {
            const e = a;
            if (e.tagName === `INPUT` && /^(submit|button)$/i.test(e.getAttribute(`type`) ?? ``)) {
              const t = e.getAttribute(`value`) ?? ``;
              n.push(t), (r += t.length);
            } else i(e);
          }
      };
    return i(e), n.join(` `);
  }
  var v = `input, select, textarea`,
    y = new Set([`submit`, `button`, `reset`, `image`, `file`, `search`]),
    b = `.k-widget, .k-picker, .k-dropdownlist, .k-dropdown, .k-datepicker, .k-maskedtextbox, .k-combobox`,
    x = `.k-popup, .k-animation-container, .k-list-container, .k-list-filter`,
    S = /\b(form-group|form-horizontal|row|form-row|field)\b/,
    C = new Set([`TR`, `FORM`, `FIELDSET`, `BODY`, `TABLE`, `UL`, `OL`, `DL`]),
    w = 4;
  function T(e) {
    const t = ee(e),
      n = new Set(),
      r = [];
    for (const i of e.querySelectorAll(v))
      if (E(i)) {
        if (D(i) === `radio`) {
          const e = i.getAttribute(`name`) ?? ``;
          if (e && n.has(e)) continue;
          n.add(e);
        }
        r.push(O(e, i, t));
      }
    return r;
  }
  function E(e) {
    const t = D(e);
    return y.has(t) || e.closest(x) ? !1 : t !== `hidden` || e.hasAttribute(`data-role`);
  }
  function D(e) {
    return e.tagName === `INPUT` ? (e.getAttribute(`type`) ?? `text`).toLowerCase() : e.tagName.toLowerCase();
  }
  function O(e, t, n) {
    const r = te(t),
      i = r ?? t,
      a = t.getAttribute(`maxlength`),
      o = a === null ? null : Number.parseInt(a, 10),
      s = ie(t, r);
    return {
      element: t,
      anchor: i,
      widget: s,
      id: t.id,
      name: t.getAttribute(`name`) ?? ``,
      maxLength: Number.isFinite(o) ? o : null,
      label: ae(e, t, i, s, n),
      hints: fe(t, r),
    };
  }
  function ee(e) {
    const t = new Map();
    for (const n of e.querySelectorAll(`label[for]`)) {
      const e = n.getAttribute(`for`);
      if (!e || t.has(e)) continue;
      const r = p(n);
      r && t.set(e, r);
    }
    return t;
  }
  function te(e) {
    const t = e.parentElement?.closest(b);
    if (t) return t;
    if (!e.hasAttribute(`data-role`)) return null;
    for (const t of [e.previousElementSibling, e.nextElementSibling]) if (t?.matches(b)) return t;
    return null;
  }
  var ne = { dropdownlist: `dropdown`, combobox: `dropdown`, datepicker: `date`, maskedtextbox: `masked` },
    re = [
      [/\bk-datepicker\b/, `date`],
      [/\bk-maskedtextbox\b/, `masked`],
      [/\bk-(dropdown|dropdownlist|picker|combobox)\b/, `dropdown`],
    ];
  function ie(e, t) {
    const n = ne[e.getAttribute(`data-role`)?.toLowerCase() ?? ``];
    if (n) return n;
    const r = t?.getAttribute(`class`) ?? ``;
    for (const [e, t] of re) if (e.test(r)) return t;
    if (e.tagName === `SELECT`) return `dropdown`;
    const i = D(e);
    return i === `checkbox` || i === `radio`
      ? `checkbox`
      : i === `date`
        ? `date`
        : e.hasAttribute(`readonly`) || e.hasAttribute(`disabled`)
          ? `readonly`
          : `text`;
  }
  function ae(e, t, n, r, i) {
    const a = t.id ? i.get(t.id) : void 0;
    if (a) return a;
    const o = t.closest(`label`);
    if (o) {
      const e = p(o);
      if (e) return e;
    }
    for (const r of n === t ? [t] : [t, n]) {
      const t = oe(e, r);
      if (t) return t;
      const n = r.getAttribute(`aria-label`)?.trim();
      if (n) return n;
    }
    return se(n, r);
  }
  function oe(e, t) {
    const n = t.getAttribute(`aria-labelledby`);
    return n
      ? n
          .split(/\s+/)
          .map((t) => {
            const n = t ? e.getElementById(t) : null;
            return n ? p(n) : ``;
          })
          .filter(Boolean)
          .join(` `)
      : ``;
  }
  function se(e, t) {
    return (t === `checkbox` && ce(e, `next`)) || ce(e, `previous`);
  }
  function ce(e, t) {
    let n = (e) => (t === `previous` ? e.previousElementSibling : e.nextElementSibling),
      r = e;
    for (let e = 0; e < w; e++) {
      for (let e = n(r); e; e = n(e)) {
        if (ue(e)) return ``;
        const t = p(e);
        if (t) return t;
      }
      const e = r.parentElement;
      if (!e || de(e)) break;
      r = e;
    }
    return ``;
  }
  var le = `input:not([type=hidden]), select, textarea`;
  function ue(e) {
    return e.matches(le) || e.querySelector(le) !== null;
  }
  function de(e) {
    return C.has(e.tagName) || S.test(e.getAttribute(`class`) ?? ``);
  }
  function fe(e, t) {
    const n = [];
    for (const r of t ? [e, t] : [e])
      for (const e of [`title`, `placeholder`, `aria-label`]) {
        const t = r.getAttribute(e)?.trim();
        t && !n.includes(t) && n.push(t);
      }
    return n;
  }
  var pe =
    `givenName.surname.previousSurname.fatherName.motherName.birthDate.birthPlace.birthCountry.gender.maritalStatus.nationality.otherNationality.nationalIdNumber.passportNumber.passportType.passportIssueDate.passportExpiry.passportIssuingCountry.passportIssuingAuthority.email.mobile.contactPreference.foreignerId.permitCardSerial.permitCardNumber.changeProvince.applicationNumber.permitType.permitPurpose.requestedStart.requestedEnd.currentPermitType.currentPermitEnd.province.district.neighbourhood.street.buildingNumber.flatNumber.insuranceType.insuranceCompany.insurancePolicyNumber.insuranceStart.insuranceEnd.givenNameInitials.surnameInitials.captcha.consent.verificationCode`.split(
      `.`,
    );
  function me(e) {
    return pe.includes(e);
  }
  var he = /[İIıi]/g,
    ge = { ß: `ss`, æ: `ae`, ø: `o`, đ: `d`, ł: `l` },
    _e = /[ßæøđł]/g,
    ve = /[\u0300-\u036f]/g,
    ye = /['’‘`´]/g,
    be = /[^\p{L}\p{N}]+/gu;
  function k(e) {
    return e
      .replace(he, `i`)
      .toLowerCase()
      .normalize(`NFD`)
      .replace(ve, ``)
      .replace(_e, (e) => ge[e] ?? e)
      .replace(ye, ``)
      .replace(be, ` `)
      .trim();
  }
  function xe(e) {
    return typeof e == `string`
      ? { exact: k(e), regex: null }
      : { exact: null, regex: e.global || e.sticky ? new RegExp(e.source, e.flags.replace(/[gy]/g, ``)) : e };
  }
  function Se(e, t) {
    if (t.exact !== null) return e === t.exact ? Ce : 0;
    const n = t.regex?.exec(e);
    return n ? Math.max(1, n[0].length) : 0;
  }
  var Ce = 1e3;
  function we(e) {
    return /[çğışöüÇĞİŞÖÜ]/.test(e);
  }
  var Te = t(() => ({
    byId: Ee((e) => e.ids),
    byName: Ee((e) => e.names),
    labelPatterns: pe.flatMap((e) => {
      const { labels: t } = s()[e];
      return [`tr`, `en`].flatMap((n) => t[n].map((t) => ({ key: e, lang: n, pattern: xe(t) })));
    }),
  }));
  function Ee(e) {
    const t = new Map();
    for (const n of pe)
      for (const r of e(s()[n]) ?? []) {
        const e = r.toLowerCase();
        t.set(e, [...(t.get(e) ?? []), n]);
      }
    return t;
  }
  var De = { id: 3, name: 2, label: 1 };
  function Oe(e) {
    const t = [],
      n = (e) => {
        t.some((t) => t.key === e.key) || t.push(e);
      };
    for (const t of Ne(Te().byId.get(e.id.toLowerCase()), e.maxLength))
      n({ key: t, signal: `id`, strength: 0, lang: null });
    for (const t of Ne(Te().byName.get(e.name.toLowerCase()), e.maxLength))
      n({ key: t, signal: `name`, strength: 0, lang: null });
    for (const t of ke([e.label, ...e.hints])) n(t);
    return t;
  }
  function ke(e) {
    const t = new Map();
    for (const n of e) for (const e of Me(n)) e.strength > (t.get(e.key)?.strength ?? 0) && t.set(e.key, e);
    return [...t.values()].sort((e, t) => t.strength - e.strength);
  }
  var Ae = new Map(),
    je = 2e3;
  function Me(e) {
    const t = Ae.get(e);
    if (t) return t;
    const n = k(e),
      r = [];
    if (n)
      for (const { key: e, lang: t, pattern: i } of Te().labelPatterns) {
        const a = Se(n, i);
        a > 0 && r.push({ key: e, signal: `label`, strength: a, lang: t });
      }
    return Ae.size >= je && Ae.clear(), Ae.set(e, r), r;
  }
  function Ne(e, t) {
    if (!e) return [];
    const n = (e) => {
      const n = s()[e].maxLength;
      return n === void 0 ? +(t === null || t > 2) : t !== null && t <= n ? 2 : -1;
    };
    return [...e].sort((e, t) => n(t) - n(e));
  }
  function Pe(e, t) {
    const n = De[e.signal] - De[t.signal];
    return n === 0 ? e.strength > t.strength : n > 0;
  }
  var Fe = `label, dt, th, td, strong, b, .control-label, span, div[class*="col-"], div[class*="label"]`,
    Ie = `.regist--steps, .navbar, nav, .breadcrumb, [role=navigation], h1, h2, h3, h4, h5, h6, legend, button, a, .k-widget, .k-picker, .k-input, .k-popup, .k-animation-container, [data-replica-only]`,
    Le = `input:not([type=hidden]), select, textarea, button, [data-role]`,
    Re = 80,
    ze = 160,
    Be = /\b(form-group|form-horizontal|row|form-row|field)\b/,
    Ve = new Set([`TR`, `FORM`, `FIELDSET`, `BODY`, `TABLE`, `DL`]);
  function He(e) {
    const t = e.body;
    if (!t) return [];
    const n = new Set(),
      r = [];
    for (const i of t.querySelectorAll(Fe)) {
      if (i.closest(Ie) || Ue(e, i) || i.querySelector(Le)) continue;
      const t = p(i);
      if (t.length < 2 || t.length > Re) continue;
      const a = We(i);
      a &&
        !n.has(a) &&
        ke([t]).length !== 0 &&
        (n.add(a),
        r.push({
          element: a,
          anchor: a,
          widget: `readonly`,
          id: a.id,
          name: ``,
          maxLength: null,
          label: t.replace(/\s*:$/, ``),
          hints: [],
        }));
    }
    return r;
  }
  function Ue(e, t) {
    const n = t.getAttribute(`for`);
    return n ? (e.getElementById(n)?.matches(`input, select, textarea`) ?? !1) : !1;
  }
  function We(e) {
    let t = e;
    for (let e = 0; e < 3; e++) {
      const e = Ge(t);
      if (e) return Ke(e);
      const n = t.parentElement;
      if (!n || qe(n) || n.children.length > 1) return null;
      t = n;
    }
    return null;
  }
  function Ge(e) {
    for (let t = e.nextElementSibling; t; t = t.nextElementSibling)
      if (p(t) !== `` || t.querySelector(Le)) return t;
    return null;
  }
  function Ke(e) {
    if (e.matches(Le) || e.querySelector(Le)) return null;
    const t = e.querySelector(`.form-control-static`) ?? e,
      n = p(t);
    return n === `` || n.length > ze || /^(TH|DT|LABEL)$/.test(t.tagName) ? null : t;
  }
  function qe(e) {
    return Ve.has(e.tagName) || Be.test(e.getAttribute(`class`) ?? ``);
  }
  var Je = `h1, h2, h3, h4, h5, h6, legend, .panel-title, .page-header, .page-title, .content--box--title`,
    Ye = `.regist--steps, .navbar, nav, .breadcrumb, [role=navigation]`,
    Xe = `.regist--steps .active, [aria-current="step"]`,
    Ze = 2e4;
  function Qe(e, t) {
    const n = e.body ? _(e.body, Ze) : ``;
    return {
      doc: e,
      path: t.pathname,
      headings: $e(e),
      text: k(n),
      htmlLang: (e.documentElement.getAttribute(`lang`) ?? ``).toLowerCase().split(`-`)[0] ?? ``,
      hasTurkishText: we(n),
    };
  }
  function $e(e) {
    const t = [],
      n = (e) => {
        const n = k(e);
        n && t.push(n);
      };
    for (const t of e.querySelectorAll(Je)) t.closest(Ye) || n(p(t));
    for (const t of e.querySelectorAll(Xe)) n(p(t).replace(/^\d+\s*/, ``));
    return n(e.title), t;
  }
  var et = [
      `changeProvince`,
      `givenNameInitials`,
      `surnameInitials`,
      `nationality`,
      `foreignerId`,
      `permitCardSerial`,
      `permitCardNumber`,
      `contactPreference`,
      `email`,
      `mobile`,
      `captcha`,
      `consent`,
    ],
    tt = [
      `givenName`,
      `surname`,
      `previousSurname`,
      `fatherName`,
      `motherName`,
      `birthDate`,
      `gender`,
      `maritalStatus`,
      `birthPlace`,
      `birthCountry`,
      `nationality`,
      `otherNationality`,
      `email`,
      `mobile`,
    ],
    nt = [
      `passportType`,
      `passportNumber`,
      `passportIssueDate`,
      `passportExpiry`,
      `passportIssuingCountry`,
      `passportIssuingAuthority`,
    ],
    rt = [`permitType`, `permitPurpose`, `requestedStart`, `requestedEnd`],
    it = [`currentPermitType`, `currentPermitEnd`],
    at = [`province`, `district`, `neighbourhood`, `street`, `buildingNumber`, `flatNumber`],
    ot = [`insuranceType`, `insuranceCompany`, `insurancePolicyNumber`, `insuranceStart`, `insuranceEnd`],
    st = new Set(it),
    ct = t(() => [
      {
        kind: `home`,
        paths: [/^\/?$/, /^\/(home|anasayfa)(\/index)?\/?$/],
        selectors: [`.btn-eikamet-pembe`, `.btn-eikamet-yesil`],
        phrases: {
          tr: [
            /\bilk kez ikamet izni basvurusu yapiyorum\b/,
            /\bikamet izni uzatma basvurusu yapiyorum\b/,
            /\bikamet izni gecis basvurusu yapiyorum\b/,
          ],
          en: [
            /\bi lodge an application for residence permit for the first time\b/,
            /\bi apply for the extension of the duration of residence permit\b/,
            /\bi lodge a transfer application for residence permit\b/,
          ],
        },
        always: [],
        optional: [],
        fillable: !1,
      },
      {
        kind: `options`,
        paths: [
          /^\/ikamet\/basvuru\/(ilkbasvuru|uzatmabasvuru|gecisbasvuru)\/?$/,
          /^\/ikamet\/devamedenbasvurusecenekler\b/,
        ],
        selectors: [`button.btn-detay`],
        phrases: {
          tr: [
            /\byeni bir basvuru yapmak istiyorum\b/,
            /\b(devam eden basvurumu tamamlamak|basvuruma devam etmek) istiyorum\b/,
            /\bbasvuru sonucumu/,
          ],
          en: [/\blodge a new application\b/, /\bcontinue my application\b/, /\bsee my application result\b/],
        },
        always: [],
        optional: [],
        fillable: !1,
      },
      {
        kind: `first-entry`,
        paths: [/^\/ikamet\/onkayit\/?$/],
        ids: [`btnOnKayitKaydet`, `uyrukKimlikNo`],
        headings: { tr: [/\bon kayit\b/], en: [/\bpre ?registration\b/] },
        always: [
          `givenName`,
          `surname`,
          `birthDate`,
          `fatherName`,
          `motherName`,
          `gender`,
          `nationality`,
          `nationalIdNumber`,
          `passportNumber`,
          `email`,
          `mobile`,
          `captcha`,
        ],
        optional: [`contactPreference`, `consent`],
        fillable: !0,
        applicationKind: `first`,
      },
      {
        kind: `extension-entry`,
        paths: [/^\/ikamet\/uzatmagecisgiris\/uzatmabasvuru\/?$/],
        ids: [`belgeSeri`, `uzatmaGecisOkudumAnladim`, `uzatmaGecisGirisBtn`],
        headings: { tr: [/\buzatma\b/], en: [/\bextension\b/] },
        always: et,
        optional: [],
        fillable: !0,
        applicationKind: `extension`,
      },
      {
        kind: `transfer-entry`,
        paths: [/^\/ikamet\/uzatmagecisgiris\/gecisbasvuru\/?$/],
        ids: [`belgeSeri`, `uzatmaGecisOkudumAnladim`, `uzatmaGecisGirisBtn`],
        headings: { tr: [/\bgecis\b/], en: [/\btransfer\b/] },
        always: et,
        optional: [],
        fillable: !0,
        applicationKind: `transfer`,
      },
      {
        kind: `continue`,
        paths: [/^\/ikamet\/devamedenbasvurugiris(\/(uzatmabasvuru|gecisbasvuru))?\/?$/],
        ids: [`basvuruNo`],
        selectors: [`.login-alt .btn-login`],
        headings: {
          tr: [/\bdevam eden basvuru\b/],
          en: [/\bcontinuing application\b/, /\bcontinue (my |your )?application\b/],
        },
        always: [`applicationNumber`, `captcha`],
        optional: [`mobile`, `email`, `foreignerId`, `passportNumber`],
        fillable: !0,
      },
      {
        kind: `status`,
        paths: [/^\/ikamet\/basvurudurum\b/],
        selectors: [`.txt-md`],
        headings: { tr: [/\bbasvuru durumunuz\b/], en: [/\b(your )?application status\b/] },
        phrases: { tr: [/\bbasvuru durumunuz\b/, /\bptt barkod\b/], en: [/\bstarting ending dates\b/] },
        always: [],
        optional: [],
        fillable: !1,
      },
      {
        kind: `verification`,
        paths: [/^\/ikamet\/(dogrulama|basvuru\/dogrulama|onay)\b/],
        headings: { tr: [/\bdogrulama\b/], en: [/\bverification\b/] },
        phrases: {
          tr: [/\be posta adresinize gonderilen\b/, /\btekrar gonder\b/, /\bcep telefonunuza gonderilen\b/],
          en: [/\bsent to your e ?mail\b/, /\bresend\b/, /\bsent to your (mobile|cell) phone\b/],
        },
        always: [],
        optional: [`verificationCode`],
        fillable: !1,
      },
      {
        kind: `wizard-personal`,
        paths: [/^\/ikamet\/basvuru\/kisiselbilgiler\b/],
        headings: { tr: [/\bkisisel bilgiler\b/], en: [/\bpersonal information\b/] },
        always: tt,
        optional: [],
        fillable: !0,
      },
      {
        kind: `wizard-passport`,
        paths: [/^\/ikamet\/basvuru\/seyahatbelgesi\b/],
        headings: { tr: [/\bseyahat belgesi\b/], en: [/\btravel document\b/] },
        always: nt,
        optional: [],
        fillable: !0,
      },
      {
        kind: `wizard-permit`,
        paths: [/^\/ikamet\/basvuru\/ikametiznibilgileri\b/],
        headings: { tr: [/\bikamet izni bilgileri\b/], en: [/\bresidence permit information\b/] },
        always: rt,
        optional: it,
        fillable: !0,
      },
      {
        kind: `wizard-address`,
        paths: [/^\/ikamet\/basvuru\/adresbilgileri\b/],
        headings: { tr: [/\badres bilgileri\b/], en: [/\baddress information\b/] },
        always: at,
        optional: [],
        fillable: !0,
      },
      {
        kind: `wizard-insurance`,
        paths: [/^\/ikamet\/basvuru\/sagliksigortasi\b/],
        headings: { tr: [/\bsaglik sigortasi\b/], en: [/\bhealth insurance\b/] },
        always: ot,
        optional: [],
        fillable: !0,
      },
      {
        kind: `wizard-summary`,
        paths: [/^\/ikamet\/basvuru\/ozet\b/],
        headings: { tr: [/^ozet$/, /\bbasvuru ozeti\b/], en: [/^summary$/, /\bapplication summary\b/] },
        always: [`consent`],
        optional: [...tt, ...nt, ...rt, ...it, ...at, ...ot],
        fillable: !1,
      },
    ]),
    lt = {
      first: [/\bilk (kez )?basvuru/, /\bfirst (time )?application\b/, /\bfor the first time\b/],
      extension: [/\buzatma\b/, /\bextension\b/],
      transfer: [/\bgecis\b/, /\btransfer\b/],
    },
    ut = {
      first: /(ilkbasvuru|onkayit|devamedenbasvurugiris\/?$)/i,
      extension: /uzatmabasvuru/i,
      transfer: /gecisbasvuru/i,
    },
    A = { url: 4, marker: 3, heading: 3, phrase: 2, fieldSet: 8, optionalField: 0.5, foreignField: -1 },
    dt = 4,
    ft = { tr: [], en: [] },
    pt = t(() =>
      ct().map((e) => ({
        spec: e,
        paths: e.paths.map((e) => new RegExp(e.source, e.flags.includes(`i`) ? e.flags : `${e.flags}i`)),
        headings: e.headings ? mt(e.headings) : ft,
        phrases: e.phrases ? mt(e.phrases) : ft,
        allowed: new Set([...e.always, ...e.optional]),
      })),
    );
  function mt(e) {
    return { tr: e.tr.map(xe), en: e.en.map(xe) };
  }
  function ht(e, t, n = []) {
    let r = null;
    for (const i of pt()) {
      const a = gt(i, e, t, n);
      (r === null || a.score > r.score) && (r = a);
    }
    return r !== null && r.score >= dt ? r : null;
  }
  function gt(e, t, n, r) {
    let { spec: i } = e,
      a = e.paths.some((e) => e.test(t.path)) ? A.url : 0;
    for (const e of i.ids ?? []) t.doc.getElementById(e) && (a += A.marker);
    for (const e of i.selectors ?? []) t.doc.querySelector(e) && (a += A.marker);
    const o = vt(e.headings, t.headings),
      s = vt(e.phrases, [t.text]);
    return (
      (a += A.heading * (o.tr + o.en) + A.phrase * (s.tr + s.en)),
      (a += _t(e, n, r)),
      { spec: i, score: a, textHits: { tr: o.tr + s.tr, en: o.en + s.en } }
    );
  }
  function _t(e, t, n) {
    let { always: r, optional: i } = e.spec,
      a = (e) => t.some((t) => t.has(e)) || n.some((t) => t.has(e)),
      o = r.length > 0 ? (A.fieldSet * r.filter(a).length) / r.length : 0;
    o += A.optionalField * i.filter(a).length;
    for (const n of t) n.size > 0 && ![...n].some((t) => e.allowed.has(t)) && (o += A.foreignField);
    return o;
  }
  function vt(e, t) {
    const n = (e) => e.reduce((e, n) => e + Math.min(yt, t.filter((e) => Se(e, n) > 0).length), 0);
    return { tr: n(e.tr), en: n(e.en) };
  }
  var yt = 2;
  function bt(e, t) {
    return e.always.includes(t) || e.optional.includes(t);
  }
  function xt(e, t) {
    const n = typeof t == `string` ? new URL(t) : t,
      r = T(e).map((e) => ({ control: e, matches: Oe(e) })),
      i = He(e).map((e) => ({ control: e, matches: Oe(e) })),
      a = Qe(e, n),
      o = ({ matches: e }) => new Set(e.map((e) => e.key)),
      s = ht(a, r.map(o), i.map(o)),
      c = s?.spec ?? null,
      { fields: l, unknown: u } = St(r, c),
      d = Ct(i, c, l),
      f = d.length === 0 ? l : Tt([...l, ...d]),
      p = c ? Ot(c, f, u) : null;
    return {
      kind: c?.kind ?? `unknown`,
      lang: At([...r, ...i], s, a),
      fields: f,
      drift: p,
      fillAllowed: (c?.fillable ?? !1) && p === null,
      applicationKind: c ? jt(c, f, a) : null,
    };
  }
  function St(e, t) {
    const n = new Map(),
      r = [];
    for (const i of e) {
      const { control: e, matches: a } = i,
        o = (t && a.find((e) => bt(t, e.key))) ?? a[0];
      if (!o) {
        const t = Dt(e);
        t && r.push(t);
        continue;
      }
      t && !bt(t, o.key) && r.push(Dt(e) || o.key);
      const s = n.get(o.key);
      s && !Pe(o, s.match)
        ? r.push(Dt(e) || o.key)
        : (s && r.push(Dt(s.candidate.control) || o.key), n.set(o.key, { candidate: i, match: o }));
    }
    return {
      fields: [...n.values()]
        .sort((t, n) => e.indexOf(t.candidate) - e.indexOf(n.candidate))
        .map(({ candidate: e, match: n }) => Et(e.control, n, t)),
      unknown: r,
    };
  }
  function Ct(e, t, n) {
    if (!t?.fillable) return [];
    const r = new Set(n.map((e) => e.key)),
      i = [];
    for (const { control: n, matches: a } of e) {
      const e = a.find((e) => bt(t, e.key) && !r.has(e.key));
      e && (r.add(e.key), i.push(Et(n, e, t)));
    }
    return i;
  }
  var wt = 4;
  function Tt(e) {
    return e.sort((e, t) =>
      e.element === t.element ? 0 : e.element.compareDocumentPosition(t.element) & wt ? -1 : 1,
    );
  }
  function Et(e, t, n) {
    const r = t.key === `captcha` ? `captcha` : e.widget,
      i = s()[t.key].fillable && (n?.fillable ?? !1) && r !== `readonly`;
    return {
      key: t.key,
      element: e.element,
      anchor: e.anchor,
      widget: r,
      matchedBy: t.signal,
      label: Dt(e),
      fillable: i,
    };
  }
  function Dt(e) {
    return e.label || e.hints[0] || ``;
  }
  function Ot(e, t, n) {
    const r = new Set(t.map((e) => e.key)),
      i = e.always.filter((e) => !r.has(e)),
      a = t.filter((e) => !kt(e) && !s()[e.key].widgets.includes(e.widget)).map((e) => e.key);
    return i.length === 0 && n.length === 0 && a.length === 0
      ? null
      : { missing: i, unknown: [...new Set(n)], widgetChanged: a };
  }
  function kt(e) {
    return e.widget === `readonly` && !e.element.matches(`input, select, textarea`);
  }
  function At(e, t, n) {
    let r = t?.textHits.tr ?? 0,
      i = t?.textHits.en ?? 0;
    for (const { control: t, matches: n } of e) {
      const e = n.find((e) => e.signal === `label`);
      e?.lang === `tr` ? (r += 1) : e?.lang === `en` ? (i += 1) : we(t.label) && (r += 1);
    }
    return (
      n.htmlLang === `tr` && (r += 0.5),
      n.htmlLang === `en` && (i += 0.5),
      r === i ? (n.text && !n.hasTurkishText ? `en` : `tr`) : i > r ? `en` : `tr`
    );
  }
  function jt(e, t, n) {
    if (e.applicationKind) return e.applicationKind;
    if (e.kind === `options` || e.kind === `continue`) return Mt(n.path);
    if (!e.kind.startsWith(`wizard-`)) return null;
    const r = Nt(n.headings);
    return e.kind === `wizard-permit`
      ? t.some((e) => st.has(e.key))
        ? r === `first`
          ? null
          : r
        : (r ?? `first`)
      : r;
  }
  function Mt(e) {
    for (const t of [`extension`, `transfer`, `first`]) if (ut[t].test(e)) return t;
    return null;
  }
  function Nt(e) {
    const t = [`extension`, `transfer`, `first`].filter((t) => lt[t].some((t) => e.some((e) => t.test(e))));
    return t.length === 1 ? (t[0] ?? null) : null;
  }
  var Pt = [`tr`, `en`, `ar`, `ru`],
    Ft = new Set([`ar`]);
  function It(e) {
    return typeof e == `string` && Pt.includes(e);
  }
  function Lt(e, t = `en`) {
    for (const t of e) {
      const e = t.toLowerCase().split(`-`)[0];
      if (It(e)) return e;
    }
    return t;
  }
  var Rt = [`ui`, `fields`, `rules`, `docs`],
    zt = [`ui`, `fields`],
    Bt = [`rules`, `docs`];
  function Vt(e) {
    return typeof e == `string` && Rt.includes(e);
  }
  function Ht(e) {
    if (typeof e != `object` || !e) return null;
    const t = e,
      n = Ut(t.primary),
      r = Ut(t.fallback);
    return !It(t.lang) || !n || !r ? null : { lang: t.lang, primary: n, fallback: r };
  }
  function Ut(e) {
    if (typeof e != `object` || !e) return null;
    const t = {};
    for (const [n, r] of Object.entries(e)) {
      if (!Vt(n) || !Wt(r)) return null;
      t[n] = r;
    }
    return t;
  }
  function Wt(e) {
    return typeof e != `object` || !e || Array.isArray(e)
      ? !1
      : Object.values(e).every((e) => typeof e == `string`);
  }
  function Gt(e, t) {
    return !e || e.lang !== t.lang
      ? t
      : { lang: t.lang, primary: { ...e.primary, ...t.primary }, fallback: { ...e.fallback, ...t.fallback } };
  }
  function Kt(e, t = {}) {
    return e.replace(/\{(\w+)\}/g, (e, n) => (Object.hasOwn(t, n) ? String(t[n]) : e));
  }
  function qt(...e) {
    return (t, n) => {
      for (const r of e) {
        const e = r[t];
        if (e !== void 0) return Kt(e, n);
      }
      return t;
    };
  }
  function Jt(e, t) {
    return It(e) ? e : Lt(t);
  }
  var Yt = () => ``;
  function Xt(e, t) {
    const n = Ft.has(e) ? `rtl` : `ltr`;
    if (!t)
      return {
        lang: e,
        dir: n,
        ready: !1,
        t: Yt,
        rule: Yt,
        doc: Yt,
        field: () => void 0,
        pageAbout: () => void 0,
      };
    const r = (e) => [t.primary[e], t.fallback[e]].filter((e) => e !== void 0),
      i = r(`fields`),
      a = (e) => {
        for (const t of i) {
          const n = t[e];
          if (n) return n;
        }
      };
    return {
      lang: e,
      dir: n,
      ready: !0,
      t: qt(...r(`ui`)),
      rule: qt(...r(`rules`)),
      doc: qt(...r(`docs`)),
      field: (e, t) => a(`field.${e}.${t}`),
      pageAbout: (e) => a(`page.${e}.about`),
    };
  }
  var j = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
  async function M(e, t = {}) {
    const n = await j.runtime.sendMessage({ ...t, type: e });
    if (typeof n != `object` || !n) throw Error(`${e}: no answer from the background`);
    const { ok: r, value: i, error: a } = n;
    if (r !== !0) throw Error(`${e}: ${typeof a == `string` ? a : `failed`}`);
    return i;
  }
  var Zt = new Map(),
    Qt = new Map();
  function $t(e, t = Rt) {
    let n = `${e}:${t.join()}`,
      r = Zt.get(n);
    return (
      r ||
        ((r = M(`messages`, { lang: e, namespaces: [...t] }).then((t) => {
          const r = Ht(t);
          if (!r || r.lang !== e) throw Error(`messages: malformed catalogue`);
          return Qt.set(n, r), r;
        })),
        r.catch(() => Zt.delete(n)),
        Zt.set(n, r)),
      r
    );
  }
  function en(e, t = Rt) {
    return Qt.get(`${e}:${t.join()}`) ?? null;
  }
  var tn = new Set();
  function N(e, t) {
    tn.has(e) ||
      (tn.add(e), console.warn(`[e-İkamet Assistant] ${e} failed; the assistant continues without it.`, t));
  }
  function P(e, t) {
    return (...n) => {
      try {
        t(...n);
      } catch (t) {
        N(e, t);
      }
    };
  }
  var nn = `ui:language`,
    rn = `ui:panelCollapsed`;
  function an(e) {
    const t = e[nn],
      n = e[rn];
    return { language: It(t) ? t : void 0, panelCollapsed: typeof n == `boolean` ? n : void 0 };
  }
  async function on() {
    return an(await j.storage.local.get([nn, rn]));
  }
  async function sn(e) {
    await j.storage.local.set({ [nn]: e });
  }
  async function cn(e) {
    await j.storage.local.set({ [rn]: e });
  }
  function ln(e) {
    const t = (t, n) => {
      n === `local` && (`ui:language` in t || `ui:panelCollapsed` in t) && on().then(e);
    };
    return j.storage.onChanged.addListener(t), () => j.storage.onChanged.removeListener(t);
  }
  var un = { language: void 0, panelCollapsed: void 0 };
  function dn(e) {
    return Jt(e.language, navigator.languages);
  }
  function fn() {
    const e = on().catch((e) => (N(`loading settings`, e), un));
    return (
      e.then((e) => {
        for (const t of [zt, Bt]) $t(dn(e), t).catch(() => {});
      }),
      e
    );
  }
  function pn() {
    return new Promise((e) => {
      const t = () => mn(e);
      document.readyState === `loading`
        ? document.addEventListener(`DOMContentLoaded`, t, { once: !0 })
        : t();
    });
  }
  function mn(e) {
    const t = globalThis.scheduler;
    if (t && typeof t.postTask == `function`) {
      t.postTask(e, { priority: `user-blocking` }).catch(() => e());
      return;
    }
    const n = new MessageChannel();
    (n.port1.onmessage = () => e()), n.port2.postMessage(null);
  }
  var hn = 1e3,
    F,
    gn,
    I,
    _n,
    vn,
    yn,
    bn,
    xn,
    Sn,
    Cn,
    wn = Symbol.for(`pv`),
    Tn = {},
    En = [],
    Dn = /^m(i|n|o|s|text|space)$/,
    On = Array.isArray,
    kn = En.slice,
    L = Object.assign;
  function R(e) {
    e && e.parentNode && e.remove();
  }
  function An(e, t, n, r, i) {
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
      constructor: wn,
      __v: i || ++gn,
      __i: -1,
      __u: 0,
    };
    return !i && F.vnode && F.vnode(a), a;
  }
  function z(e) {
    return e.children;
  }
  function jn(e, t) {
    (this.props = e), (this.context = t), (this.__g = 0);
  }
  function B(e, t) {
    if (t == null) return e.__ && B(e.__, e.__i + 1);
    for (var n; t < e.__k.length; t++) if ((n = e.__k[t]) && n.__e) return n.__e;
    return typeof e.type != `function` || e.props.__P ? null : B(e);
  }
  function Mn(e) {
    var t,
      n = e.__v,
      r = n.__e,
      i = [],
      a = [],
      o = e.__P;
    o &&
      (((t = L({ constructor: wn }, n)).__v = n.__v + 1),
      F.vnode && F.vnode(t),
      Un(o, t, n, e.__n, o.namespaceURI, 32 & n.__u ? [r] : null, i, r || B(n), 32 & n.__u, a),
      (t.__v = n.__v),
      (t.__.__k[t.__i] = t),
      Kn(i, t, a),
      (n.__ = n.__e = null),
      t.__e != r && Nn(t));
  }
  function Nn(e) {
    if ((e = e.__) && e.__c && !e.props.__P)
      return (e.__e = null), e.__k.some((t) => t && (e.__e = t.__e)), Nn(e);
  }
  function Pn(e) {
    ((8 & e.__g || ((e.__g |= 8), I.push(e), vn++)) && _n == F.debounceRendering) ||
      ((_n = F.debounceRendering) || queueMicrotask)(Fn);
  }
  function Fn() {
    try {
      for (var e, t = 1; I.length; )
        I.length > t && I.sort(yn), (e = I.shift()), (t = I.length), 8 & e.__g && Mn(e);
    } finally {
      (vn = I.length) && (_n || queueMicrotask)(Fn);
    }
  }
  function In(e, t, n, r, i, a, o, s, c, l, u) {
    var d,
      f,
      p,
      m,
      h,
      g,
      _ = r.__k || En,
      v = t.length;
    for (c = Ln(n, t, _, c, v), d = 0; d < v; d++)
      (p = n.__k[d]) != null &&
        ((f = (~p.__i && _[p.__i]) || Tn),
        (p.__i = d),
        (g = Un(e, p, f, i, a, o, s, c, l, u)),
        (m = p.__e),
        (f.ref != p.ref || 8 & f.__u) &&
          (f.ref && Jn(f.ref, null, p, f), p.ref && u.push(p.ref, p.__c || m, p)),
        (h ||= m),
        4 & p.__u
          ? ((c = Rn(p, c, e, !f.__v)), f.__e && (f.__e = null))
          : typeof p.type == `function` && g !== void 0
            ? (c = g)
            : m && (c = m.nextSibling),
        (p.__u &= -21));
    return (n.__e = h), c;
  }
  function Ln(e, t, n, r, i) {
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
            ? (o = v[a] = An(null, o))
            : On(o)
              ? (o = v[a] = An(z, { children: o }))
              : o.constructor === wn && o.__b
                ? (o = v[a] = An(o.type, o.props, o.key, o.ref, o.__v))
                : (v[a] = o),
          (c = a + g),
          (o.__ = e),
          (o.__b = e.__b + 1),
          (s = null),
          ~(l = o.__i = zn(o, n, c, h)) && (h--, (s = n[l]) && (s.__u |= 2)),
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
    if (h) for (a = 0; a < m; a++) !(s = n[a]) || 2 & s.__u || (s.__e == r && (r = B(s)), Yn(s, s));
    return r;
  }
  function Rn(e, t, n, r) {
    var i, a, o, s;
    if (typeof e.type == `function`) {
      if (e.props.__P) return t;
      if ((i = e.__k)) for (a = 0; a < i.length; a++) i[a] && ((i[a].__ = e), (t = Rn(i[a], t, n, !1)));
      return t;
    }
    for (
      t && !t.parentNode && (t = B(e)) && !t.parentNode && (t = null), o = e.__e, s = t;
      s && s.nodeType == 8;
    )
      s = s.nextSibling;
    for (
      o != s && (!r && n.moveBefore && o.parentNode ? n.moveBefore(o, t) : n.insertBefore(o, t || null)),
        t = o;
      (t &&= t.nextSibling) && t.nodeType == 8 && !t.data.startsWith(`$s`);
    );
    return t;
  }
  function zn(e, t, n, r) {
    var i,
      a = e.key,
      o = e.type,
      s = t[n],
      c = s && !(2 & s.__u);
    if ((s === null && a == null) || (c && a == s.key && o == s.type)) return n;
    if (r > +!!c) {
      for (i = n - 1; i >= 0; i--) if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
      for (i = n + 1; i < t.length; i++)
        if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
    }
    return -1;
  }
  function Bn(e, t, n) {
    (n ??= ``), t[0] == `-` ? e.setProperty(t, n) : (e[t] = n);
  }
  function Vn(e, t, n, r, i) {
    var a, o;
    if (t == `style`) {
      if (typeof n == `string`) e.style.cssText = n;
      else {
        if ((typeof r == `string` && (e.style.cssText = r = ``), r))
          for (t in r) (n && t in n) || Bn(e.style, t);
        if (n) for (t in n) (r && n[t] == r[t]) || Bn(e.style, t, n[t]);
      }
    } else if (t[0] == `o` && t[1] == `n`)
      typeof n != `function` && (n = null),
        typeof r != `function` && (r = null),
        ((e.__e ||= {})[t] = n),
        (n && r) ||
          ((o = Cn[t] || (Cn[t] = Hn(t))),
          ((e.__a ||= {})[t] = Sn),
          (a = t != (t = t.replace(xn, `$1`))),
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
  function Hn(e) {
    return function (t) {
      var n = this.__e;
      if (n) {
        if (((n = n[e]), t[bn] == null)) t[bn] = Sn++;
        else if (t[bn] < this.__a[e]) return;
        return n(F.event ? F.event(t) : t);
      }
    };
  }
  function Un(e, t, n, r, i, a, o, s, c, l) {
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
      b,
      x,
      S,
      C,
      w,
      T,
      E,
      D,
      O = t.type;
    if (t.constructor !== wn) return null;
    128 & n.__u &&
      ((c = 32 & n.__u), (u = n.__c.__z)) &&
      ((t.__u |= c), (d = a = []), u.nodeType == 8 ? (s = Wn(u, a)) : a.push(u), (s = a[0] || s)),
      (u = F.__b) && u(t);
    n: if (typeof O == `function`) {
      f = o.length;
      try {
        if (
          ((_ = t.props),
          (v = (u = O.prototype) && u.render),
          (y = (u = O.contextType) && r[u.__c]),
          (b = u ? (y ? y.props.value : u.__) : r),
          (p = n.__c)
            ? ((t.__c = p), 2 & p.__g && (p.__g |= 1))
            : (v
                ? (t.__c = p = new O(_, b))
                : ((t.__c = p = new jn(_, b)), (p.constructor = O), (p.render = Xn)),
              y && y.sub(p),
              p.state || (p.state = {}),
              (p.__n = r),
              (p.__g |= 8),
              (p.__h = []),
              (p.__k = [])),
          v &&
            (p.__s || (p.__s = p.state),
            O.getDerivedStateFromProps &&
              (p.__s == p.state && (p.__s = L({}, p.__s)), L(p.__s, O.getDerivedStateFromProps(_, p.__s)))),
          (m = p.props),
          (h = p.state),
          (p.__v = t),
          n.__c)
        ) {
          if (
            (_ !== m &&
              v &&
              !O.getDerivedStateFromProps &&
              p.componentWillReceiveProps &&
              p.componentWillReceiveProps(_, b),
            (t.__v == n.__v && !(8 & p.__g)) ||
              (!(4 & p.__g) && p.shouldComponentUpdate && !1 === p.shouldComponentUpdate(_, p.__s, b)))
          ) {
            t.__v != n.__v && ((p.props = _), (p.state = p.__s), (p.__g &= -9)),
              (t.__e = n.__e),
              (t.__k = n.__k),
              t.__k.some((e) => {
                e && (e.__ = t);
              }),
              En.push.apply(p.__h, p.__k),
              (p.__k = []),
              p.__h.length && o.push(p),
              (s = B(n));
            break n;
          }
          p.componentWillUpdate && p.componentWillUpdate(_, p.__s, b),
            v &&
              p.componentDidUpdate &&
              p.__h.push(() => {
                p.componentDidUpdate(m, h, g);
              });
        } else
          v && !O.getDerivedStateFromProps && p.componentWillMount && p.componentWillMount(),
            v && p.componentDidMount && p.__h.push(p.componentDidMount);
        (p.context = b), (p.props = _), (p.__P = e), (p.__g &= -5), (x = F.__r), (S = v ? 25 : 0);
        do (p.__g &= -9), x && x(t), (u = p.render(p.props, (p.state = p.__s), p.context));
        while (8 & p.__g && ++S < 25);
        v && (En.push.apply(p.__h, p.__k), (p.__k = [])),
          (p.state = p.__s),
          p.getChildContext && (r = L({}, r, p.getChildContext())),
          v && n.__c && p.getSnapshotBeforeUpdate && (g = p.getSnapshotBeforeUpdate(m, h)),
          (C = u && u.type === z && u.key == null ? u.props.children : u),
          _.__P &&
            ((u = s),
            (i = (e = _.__P).namespaceURI),
            (c = a = null),
            n.props &&
              n.props.__P != e &&
              (n.__k.some((e) => {
                e && Yn(e, e);
              }),
              (n.__k = null)),
            (s = n.__k ? B(n, 0) : null)),
          (s = In(e, On(C) ? C : [C], t, n, r, i, a, o, s, c, l)),
          _.__P && ((t.__e = null), (s = u)),
          (t.__u &= -161),
          d && d.some(R),
          p.__h.length && o.push(p),
          1 & p.__g && (p.__g &= -4);
      } catch (e) {
        if (((o.length = f), (t.__v = null), c || a)) {
          if (e && e.then) {
            if (((t.__u |= 128 | c), a)) {
              for (~(E = a.indexOf(s || void 0)) || (E = a.length); (D = a[E - 1]) && D.nodeType == 8; ) E--;
              for (; E < a.length; E++)
                if ((D = a[E])) {
                  if (((a[E] = null), w)) {
                    if (D == T) break;
                  } else {
                    if (D.nodeType != 8) break;
                    D.data.startsWith(`$s`) && (T = Wn((w = D)));
                  }
                }
            }
            if (!w) {
              for (; s && s.nodeType == 8 && s.nextSibling; ) s = s.nextSibling;
              w = s;
            }
            (u = Wn((w = t.__c.__z || (t.__c.__z = w)))) ? ((t.__e = w), (s = u)) : (t.__e = s),
              (s &&= s.nextSibling);
          } else a && a.some(R);
        } else t.__e = n.__e;
        (t.__k ||= n.__k || []), (e && e.then) || Gn(t), F.__e(e, t, n);
      }
    } else s = t.__e = qn(n.__e, t, n, r, i, a, o, c, l, e);
    return (u = F.diffed) && u(t), s;
  }
  function Wn(e, t) {
    if (e && e.nodeType == 8 && e.data.startsWith(`$s`))
      for (var n = 1; (e = e.nextSibling); ) {
        if (e.nodeType == 8) {
          if (e.data.startsWith(`$s`)) n++;
          else if (e.data.startsWith(`/$s`) && !--n) return e;
        }
        t && t.push(e);
      }
  }
  function Gn(e) {
    e && (e.__c && (e.__c.__g |= 4), e.__k && e.__k.some(Gn));
  }
  function Kn(e, t, n) {
    for (var r = 0; r < n.length; ) Jn(n[r++], n[r++], n[r++]);
    F.__c && F.__c(t, e),
      e.some((t) => {
        try {
          (e = t.__h),
            (t.__h = []),
            e.some((e) => {
              e.call(t);
            });
        } catch (e) {
          F.__e(e, t.__v);
        }
      });
  }
  function qn(e, t, n, r, i, a, o, s, c, l) {
    var u,
      d,
      f,
      p,
      m,
      h,
      g,
      _,
      v = n.props || Tn,
      y = t.props,
      b = t.type;
    if (
      (b == `svg`
        ? (i = `http://www.w3.org/2000/svg`)
        : b == `math`
          ? (i = `http://www.w3.org/1998/Math/MathML`)
          : (i ||= `http://www.w3.org/1999/xhtml`),
      a)
    ) {
      for (u = 0; u < a.length; u++)
        if ((m = a[u]) && (b ? m.localName == b : m.nodeType == 3)) {
          (e = m), (a[u] = null);
          break;
        }
    }
    if (!e) {
      if (((_ = l.ownerDocument || document), !b)) return _.createTextNode(y);
      (e = _.createElementNS(i, b, y.is ? y : l)), (s &&= (F.__m && F.__m(t, a), !1)), (a = null);
    }
    if (b) {
      if (
        ((l = (b == `template` && e.content) || e),
        (a = b == `textarea` && y.defaultValue != null ? null : a && kn.call(l.childNodes)),
        !s && a)
      )
        for (v = {}, u = 0; u < e.attributes.length; u++) v[(m = e.attributes[u]).name] = m.value;
      for (u in v)
        (m = v[u]),
          u == `dangerouslySetInnerHTML`
            ? (f = m)
            : u == `children` ||
              u in y ||
              (u == `value` && `defaultValue` in y) ||
              (u == `checked` && `defaultChecked` in y) ||
              Vn(e, u, null, m, i);
      for (u in y)
        (m = y[u]),
          u == `children`
            ? (p = m)
            : u == `dangerouslySetInnerHTML`
              ? (d = m)
              : u == `value`
                ? (h = m)
                : u == `checked`
                  ? (g = m)
                  : (s && typeof m != `function`) || v[u] === m || Vn(e, u, m, v[u], i);
      d
        ? (s || (f && (d.__html == f.__html || d.__html == e.innerHTML)) || (e.innerHTML = d.__html),
          (t.__k = []))
        : (f && (e.textContent = ``),
          (b == `foreignObject` || (i == `http://www.w3.org/1998/Math/MathML` && Dn.test(b))) &&
            (i = `http://www.w3.org/1999/xhtml`),
          In(l, On(p) ? p : [p], t, n, r, i, a, o, a ? a[0] : n.__k && B(n, 0), s, c),
          a && a.some(R)),
        (s && b != `textarea`) ||
          ((u = `value`),
          b == `progress` && h == null
            ? e.removeAttribute(u)
            : h == null || (h === e[u] && (b != `progress` || h)) || Vn(e, u, h, v[u], i),
          (u = `checked`),
          g != null && g != e[u] && Vn(e, u, g, v[u], i));
    } else v === y || (s && e.data == y) || (e.data = y);
    return e;
  }
  function Jn(e, t, n, r) {
    try {
      typeof e == `function`
        ? t
          ? (t.__x = e(t) || 1)
          : (r &&= r.__c || r.__e) && (t = r.__x) && ((r.__x = null), typeof t == `function` ? t() : e(null))
        : (e.current = t);
    } catch (e) {
      F.__e(e, n);
    }
  }
  function Yn(e, t, n) {
    var r, i, a, o;
    if (
      (F.unmount && F.unmount(e),
      !(r = e.ref) || (r.current && r.current != e.__e) || Jn(r, null, t, e),
      (r = e.__c))
    ) {
      if (r.componentWillUnmount)
        try {
          r.componentWillUnmount();
        } catch (e) {
          F.__e(e, t);
        }
      r.__P = r.__n = null;
    }
    if ((r = e.__k))
      for (o = 0; o < r.length; o++) r[o] && Yn(r[o], t, typeof e.type != `function` || (n && !e.props.__P));
    !n && (r = e.__c) && (r = r.__z) && (i = Wn(r, (a = []))) && (r == e.__e && a.some(R), R(i), R(r)),
      n || R(e.__e),
      (e.__e = e.__c = e.__ = null);
  }
  function Xn(e, t, n) {
    return this.constructor(e, n);
  }
  function Zn(e, t) {
    var n, r, i, a;
    F.__ && F.__(e, t),
      t.nodeType == 9 && (t = t.documentElement),
      (r = (n = e && 32 & e.__u) ? null : t.__k),
      (t.__k = An(z, { children: [e] })),
      (i = []),
      (a = []),
      Un(
        t,
        t.__k,
        r || Tn,
        Tn,
        t.namespaceURI,
        r ? null : t.firstChild ? kn.call(t.childNodes) : null,
        i,
        r ? r.__e : t.firstChild,
        n,
        a,
      ),
      Kn(i, t.__k, a),
      (t.__k.props.children = null);
  }
  function Qn(e) {
    return e.children;
  }
  function $n(e, t) {
    return An(Qn, { __P: t, children: e });
  }
  (F = {
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
      throw ((vn = 0), e);
    },
  }),
    (gn = 0),
    (jn.prototype.setState = function (e, t) {
      var n = this.__s;
      (n && n != this.state) || (n = this.__s = L({}, this.state)),
        typeof e == `function` && (e = e(L({}, n), this.props)),
        e && (L(n, e), this.__v && (t && this.__k.push(t), Pn(this)));
    }),
    (jn.prototype.forceUpdate = function (e) {
      this.__v && ((this.__g |= 4), e && this.__h.push(e), Pn(this));
    }),
    (jn.prototype.render = z),
    (I = []),
    (vn = 0),
    (yn = (e, t) => e.__v.__b - t.__v.__b),
    (bn = Symbol()),
    (xn = /(PointerCapture)$|Capture$/i),
    (Sn = 0),
    (Cn = {});
  function er(e, t) {
    typeof requestIdleCallback == `function`
      ? requestIdleCallback(() => e(), { timeout: t })
      : setTimeout(e, 0);
  }
  var V = 8,
    tr = 80,
    nr = 40,
    rr = { left: 0, right: 0 };
  function ir(e, t) {
    const n = { width: 18, height: 18 },
      r = e.left + e.width,
      i = e.height > nr ? e.top + 4 : e.top + (e.height - 18) / 2,
      a = [],
      o = r + 4;
    o + 18 <= t - V && a.push({ side: `after`, spot: { left: o, top: i, ...n } });
    const s = e.left - 4 - 18;
    return (
      s >= V && a.push({ side: `before`, spot: { left: s, top: i, ...n } }),
      a.push({ side: `above`, spot: { left: or(r - 18, V, t - V - 18), top: e.top - 18 - 4, ...n } }),
      a
    );
  }
  function ar(e, t, n, r = () => !0, i = rr) {
    if (e.width === 0 && e.height === 0) return null;
    const a = ir(e, n),
      o = a.find(({ spot: e, side: t }) => r(e, t)) ?? a[0];
    if (!o) return null;
    const { side: s, spot: c } = o,
      l = e.left + e.width,
      u = n - i.right,
      d = i.left,
      f = u - V - (c.left + 18 + 4),
      p =
        s === `after` && f >= 260
          ? { placement: `after`, left: c.left + 18 + 4, top: c.top, maxHeight: void 0 }
          : {
              placement: `above`,
              left: or(Math.min(l, c.left + 18) - 260, d + V, u - V - 260),
              top: Math.min(e.top, c.top) - 4,
              maxHeight: Math.max(Math.min(e.top, c.top) - 4 - V, tr),
            };
    return {
      side: s,
      badge: { left: c.left - t.left, top: c.top - t.top },
      tooltip: {
        ...p,
        left: p.left - t.left,
        top: p.top - t.top,
        ...(p.maxHeight === void 0 ? {} : { maxHeight: p.maxHeight }),
      },
    };
  }
  function or(e, t, n) {
    return Math.max(t, Math.min(e, Math.max(t, n)));
  }
  var sr = [
    `a[href]`,
    `button`,
    `input:not([type="hidden"])`,
    `select`,
    `textarea`,
    `img`,
    `svg`,
    `canvas`,
    `video`,
    `iframe`,
    `[contenteditable]`,
    `.k-widget`,
    ...[
      `button`,
      `link`,
      `checkbox`,
      `radio`,
      `combobox`,
      `listbox`,
      `option`,
      `textbox`,
      `switch`,
      `tab`,
    ].map((e) => `[role="${e}"]`),
  ].join(`, `);
  function cr(e, t) {
    return (n) => {
      for (const [r, i] of dr(n)) {
        if (r < 0 || i < 0 || r >= window.innerWidth || i >= window.innerHeight) continue;
        const a = lr(r, i, t);
        if (a && a !== document.body && a !== document.documentElement && (e.contains(a) || ur(a, n)))
          return !1;
      }
      return !0;
    };
  }
  function lr(e, t, n) {
    const r = document.elementFromPoint(e, t);
    return r === n ? document.elementsFromPoint(e, t).find((e) => e !== n) : (r ?? void 0);
  }
  function ur(e, t) {
    if (e.closest(sr)) return !0;
    for (const n of e.childNodes) {
      if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
      const e = document.createRange();
      e.selectNodeContents(n);
      for (const n of e.getClientRects()) if (fr(n, t)) return !0;
    }
    return !1;
  }
  function dr(e) {
    const t = e.left + 2,
      n = e.left + e.width - 2,
      r = e.top + 2,
      i = e.top + e.height - 2;
    return [
      [e.left + e.width / 2, e.top + e.height / 2],
      [t, r],
      [n, r],
      [t, i],
      [n, i],
    ];
  }
  function fr(e, t) {
    return e.left < t.left + t.width && t.left < e.right && e.top < t.top + t.height && t.top < e.bottom;
  }
  function pr(e, t = () => rr) {
    const n = new WeakMap();
    return (r) => {
      const i = r.anchor.getBoundingClientRect(),
        a = e.getBoundingClientRect(),
        o = document.documentElement.clientWidth,
        s = [i.left - a.left, i.top - a.top, i.width, i.height, o].map(Math.round).join(),
        c = n.get(r.anchor),
        l = ar(i, a, o, c?.layoutKey === s ? (e, t) => t === c.side : cr(r.anchor, e), t()),
        u = i.top >= 24 && i.bottom <= window.innerHeight && i.height > 0;
      return l && u && n.set(r.anchor, { layoutKey: s, side: l.side }), l;
    };
  }
  var mr = [`ok`, `uncertain`, `impossible`],
    hr = [`required`, `if-applicable`, `if-requested`, `not-required`],
    gr = [`info`, `uncertain`, `impossible`],
    _r = 200,
    vr = (e) => typeof e == `object` && !!e && !Array.isArray(e),
    H = (e) => typeof e == `string` && e.length <= 200;
  function yr(e) {
    if (e !== void 0) return vr(e) && Object.values(e).every((e) => H(e) || typeof e == `number`) ? e : null;
  }
  function br(e) {
    if (!vr(e)) return null;
    const { id: t, titleKey: n, noteKey: r, requirement: i, conditionMessageKey: a } = e,
      o = yr(e.params);
    return !H(t) ||
      !H(n) ||
      !H(a) ||
      o === null ||
      (r !== void 0 && !H(r)) ||
      typeof i != `string` ||
      !hr.includes(i)
      ? null
      : {
          id: t,
          titleKey: n,
          requirement: i,
          conditionMessageKey: a,
          ...(r === void 0 ? {} : { noteKey: r }),
          ...(o === void 0 ? {} : { params: o }),
        };
  }
  function xr(e) {
    if (!vr(e)) return null;
    const { id: t, messageKey: n, tone: r } = e,
      i = yr(e.params);
    return !H(t) || !H(n) || i === null || typeof r != `string` || !gr.includes(r)
      ? null
      : { id: t, messageKey: n, tone: r, ...(i === void 0 ? {} : { params: i }) };
  }
  function Sr(e) {
    if (
      !vr(e) ||
      typeof e.status != `string` ||
      !mr.includes(e.status) ||
      !H(e.statusMessageKey) ||
      !Array.isArray(e.items) ||
      !Array.isArray(e.notes) ||
      e.items.length > _r ||
      e.notes.length > _r
    )
      return null;
    const t = e.items.map(br),
      n = e.notes.map(xr);
    return t.some((e) => e === null) || n.some((e) => e === null)
      ? null
      : { status: e.status, statusMessageKey: e.statusMessageKey, items: t, notes: n };
  }
  var Cr = (e, t) => String(e).padStart(t, `0`);
  function wr(e) {
    return `${Cr(e.getDate(), 2)}.${Cr(e.getMonth() + 1, 2)}.${Cr(e.getFullYear(), 4)}`;
  }
  function Tr(e, t, n) {
    const r = e.permitType ?? t.permitType;
    return {
      permitType: r,
      purpose: r === `short-term` ? (e.purpose ?? t.purpose) : void 0,
      kind: n ?? t.kind,
      birthDate: e.birthDate,
      fromPage: { permitType: e.permitType !== void 0, purpose: e.purpose !== void 0, kind: n !== null },
    };
  }
  function Er(e, t) {
    return !e.permitType || !e.kind
      ? null
      : {
          permitType: e.permitType,
          kind: e.kind,
          today: wr(t),
          ...(e.purpose ? { purpose: e.purpose } : {}),
          ...(e.birthDate ? { birthDate: e.birthDate } : {}),
        };
  }
  function Dr(e, t = M) {
    let n = { request: null, view: null },
      r = `null`;
    return {
      state: () => n,
      update(i) {
        const a = JSON.stringify(i);
        a !== r &&
          ((r = a),
          (n = { request: i, view: null }),
          i &&
            t(`checklist`, { request: i })
              .then((t) => {
                const o = Sr(t);
                if (!o) throw Error(`checklist: malformed answer`);
                r === a && ((n = { request: i, view: o }), e());
              })
              .catch((e) => N(`loading the checklist`, e)));
      },
    };
  }
  function Or(e) {
    const t = [e.values.givenName?.value, e.values.surname?.value]
      .map((e) => e?.trim() ?? ``)
      .filter(Boolean)
      .join(` `);
    return t === `` ? void 0 : t.slice(0, 200);
  }
  function kr(e, t, n, r = M) {
    const i = Or(n);
    r(`checklist-print`, {
      print: { lang: t, checklist: e, ticks: n.ticks, ...(i ? { applicantName: i } : {}) },
    }).catch((e) => N(`opening the printable checklist`, e));
  }
  var Ar = `data-eik-bridge`,
    jr = `data-eik-handle`,
    Mr = /^[0-9a-f]{8}-[1-9][0-9]{0,6}$/;
  function Nr(e) {
    return e.slice(0, 8);
  }
  function U(e) {
    return typeof e == `string` && Mr.test(e);
  }
  function Pr(e) {
    return `eik-bridge-request-${e}`;
  }
  function Fr(e) {
    return `eik-bridge-report-${e}`;
  }
  var Ir = [`dropdown`, `date`, `masked`],
    Lr = [
      `protected`,
      `not-found`,
      `wrong-kind`,
      `disabled`,
      `option-not-found`,
      `invalid-value`,
      `no-kendo`,
      `timeout`,
      `failed`,
    ],
    Rr = 512e3,
    zr = 256,
    Br = 512,
    Vr =
      /captcha|okudumanladim|okudum_anladim|requestverificationtoken|dogrulama|verification|onaykod|smskod|otp|guvenlikkod/i,
    Hr = [`checkbox`, `radio`, `hidden`, `password`, `file`, `submit`, `button`];
  function Ur(e) {
    if (Vr.test(e.id) || Vr.test(e.name)) return !0;
    const t = e.type.toLowerCase();
    return t === `hidden` ? !e.kendo : Hr.includes(t);
  }
  function Wr(e, t = globalThis.crypto) {
    const n = t.getRandomValues(new Uint8Array(e));
    return Array.from(n, (e) => e.toString(16).padStart(2, `0`)).join(``);
  }
  function Gr(e, t) {
    return `${e}.${t}`;
  }
  function Kr(e) {
    return JSON.stringify(e);
  }
  function qr(e, t) {
    if (typeof e != `string` || e.length !== t.length) return !1;
    let n = 0;
    for (let r = 0; r < t.length; r++) n |= e.charCodeAt(r) ^ t.charCodeAt(r);
    return n === 0;
  }
  function Jr(e, t) {
    if (typeof e != `string` || e.length > t) return null;
    let n;
    try {
      n = JSON.parse(e);
    } catch {
      return null;
    }
    return Yr(n) ? n : null;
  }
  function Yr(e) {
    return typeof e == `object` && !!e && !Array.isArray(e);
  }
  function W(e, t, n = []) {
    const r = Object.keys(e);
    return t.every((t) => t in e) && r.every((e) => t.includes(e) || n.includes(e));
  }
  function Xr(e) {
    return typeof e == `number` && Number.isSafeInteger(e) && e > 0;
  }
  function Zr(e, t) {
    return typeof e == `string` && e.length <= t;
  }
  function Qr(e) {
    return typeof e == `string` && Ir.includes(e);
  }
  function $r(e, t) {
    return e.v === 2 && qr(e.secret, t);
  }
  var ei = [`v`, `secret`, `type`],
    ti = (e) => e,
    ni = 3e4;
  function ri(e) {
    let t = 2166136261;
    for (const { value: n, text: r } of e)
      for (const e of [n, ``, r, ``])
        for (let n = 0; n < e.length; n++) (t ^= e.charCodeAt(n)), (t = Math.imul(t, 16777619) >>> 0);
    return `${Math.min(e.length, 9999)}:${t.toString(16).padStart(8, `0`)}`;
  }
  function ii(e) {
    return Yr(e) && W(e, [`value`, `text`]) && Zr(e.value, zr) && Zr(e.text, Br);
  }
  function ai(e) {
    return !Yr(e) ||
      !W(e, [`handle`, `kind`, `value`, `text`, `enabled`], [`options`, `complete`, `cascades`]) ||
      (e.cascades !== void 0 && typeof e.cascades != `boolean`) ||
      !U(e.handle) ||
      !Qr(e.kind) ||
      !Zr(e.value, zr) ||
      !Zr(e.text, Br) ||
      typeof e.enabled != `boolean` ||
      (e.complete !== void 0 && typeof e.complete != `boolean`)
      ? !1
      : e.options === void 0 || (Array.isArray(e.options) && e.options.length <= 1e3 && e.options.every(ii));
  }
  function oi(e) {
    return Array.isArray(e) && e.length <= 200 && e.every(ai);
  }
  function si(e, t) {
    const n = Jr(e, Rr);
    if (!n || !$r(n, t)) return null;
    switch (n.type) {
      case `ready`:
        return W(n, [...ei, `kendo`]) && typeof n.kendo == `boolean` ? ti(n) : null;
      case `change`:
        return W(n, [...ei, `widget`]) && ai(n.widget) ? ti(n) : null;
      case `result`:
        return !Xr(n.id) || !oi(n.widgets)
          ? null
          : n.ok === !0
            ? W(n, [...ei, `id`, `ok`, `widgets`])
              ? ti(n)
              : null
            : n.ok === !1 &&
                W(n, [...ei, `id`, `ok`, `error`, `widgets`]) &&
                typeof n.error == `string` &&
                Lr.includes(n.error)
              ? ti(n)
              : null;
      default:
        return null;
    }
  }
  var ci = new Set(`s es i u a e si su in un nin nun lar ler lari leri da de ya ye yi yu`.split(` `));
  function li(e, t) {
    if (e === t) return !0;
    const [n, r] = e.length < t.length ? [e, t] : [t, e];
    return n.length >= 4 && r.startsWith(n) && ci.has(r.slice(n.length));
  }
  function ui(e) {
    const t = k(e);
    return t === `` ? [] : t.split(` `);
  }
  var di = (e) => /^\d+$/.test(e);
  function fi(e, t, n = {}) {
    const r = ui(e),
      i = ui(t);
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
      const t = r.findIndex((t, n) => !u[n] && li(t, e));
      if (t === -1) return null;
      (u[t] = !0), (d = Math.max(d, t));
    }
    let f = 0;
    for (const [e, t] of r.entries())
      if (!u[e]) {
        if (a.has(t) || o.has(t) || di(t)) i.includes(t) || (f += 1);
        else if (s.has(t) && e > d) f += 1;
        else return null;
      }
    return { exact: !1, covered: l.length, extra: f };
  }
  function pi(e, t) {
    return e.exact === t.exact
      ? e.extra === t.extra
        ? t.covered - e.covered
        : e.extra - t.extra
      : e.exact
        ? -1
        : 1;
  }
  function mi(e, t, n = {}) {
    let r = null;
    for (const i of t) {
      const t = fi(e, i, n);
      t && (r === null || pi(t, r) < 0) && (r = t);
    }
    return r;
  }
  function hi(e, t) {
    let n = ui(e),
      r = n.join(` `),
      i = 0;
    for (const e of t) {
      let t = ui(e),
        a = t.filter((e) => n.some((t) => li(t, e))).length,
        o = t.join(` `),
        s = 0;
      for (; s < o.length && o[s] === r[s]; ) s += 1;
      i = Math.max(i, a * 100 + Math.min(s, 99));
    }
    return i;
  }
  function gi(e, t) {
    for (const n of t.codes) {
      const t = e.filter((e) => e.value === n);
      if (t.length > 0) return _i(t);
    }
    let n = null;
    for (const r of e) {
      const e = mi(r.text, t.texts, t.words);
      if (!e) continue;
      const i = n ? pi(e, n.fit) : -1;
      i < 0 ? (n = { fit: e, options: [r] }) : i === 0 && n?.options.push(r);
    }
    return n ? _i(n.options) : { error: `option-not-found` };
  }
  function _i(e) {
    const t = new Set(e.map((e) => e.value)),
      n = e[0];
    return t.size === 1 && n ? { option: n } : { error: `option-ambiguous` };
  }
  function vi(e, t, n = 3) {
    return e
      .map((e) => ({ text: e.text, near: hi(e.text, t.texts) }))
      .filter(({ near: e, text: t }) => e >= 3 && t.trim() !== ``)
      .sort((e, t) => t.near - e.near)
      .slice(0, n)
      .map(({ text: e }) => e);
  }
  function yi(e, t = 4) {
    const n = [];
    for (const r of e.texts) {
      const e = r.split(/[\s,/()-]+/).find((e) => [...e].length >= 3 && /\p{L}/u.test(e));
      if ((e && !n.includes(e) && n.push(e), n.length >= t)) break;
    }
    return n;
  }
  function bi(e) {
    const t = [...e.normalize(`NFC`)].filter((e) => /\p{L}/u.test(e));
    return t.length < 2 ? null : t.slice(0, 2).join(``).toLocaleUpperCase(`tr-TR`);
  }
  var xi = new Set([`captcha`, `consent`, `verificationCode`]);
  function Si(e) {
    return (
      (e.widget === `dropdown` || e.widget === `date` || e.widget === `masked`) &&
      e.element.hasAttribute(`data-role`)
    );
  }
  function Ci(e) {
    const t = e.getAttribute(jr);
    return U(t) ? t : null;
  }
  function wi(e) {
    const t = new Map();
    for (const n of e) t.set(n.handle, n);
    return t;
  }
  function Ti(e, t) {
    const n = Ci(e);
    return n === null ? void 0 : t.get(n);
  }
  function Ei(e, t) {
    const n = wi(t),
      r = {};
    for (const t of e) xi.has(t.key) || t.widget === `captcha` || (r[t.key] = Oi(t, Ti(t.element, n)));
    return r;
  }
  function Di(e) {
    return e.kind === `dropdown`
      ? { value: e.value, text: e.text }
      : e.kind === `date` && e.value === ``
        ? { value: e.text.trim() }
        : { value: e.value };
  }
  function Oi(e, t) {
    const n = e.element;
    if (t && Si(e)) return Di(t);
    if (n.tagName === `SELECT`) {
      const e = n,
        t = e.selectedOptions[0];
      return { value: e.value, text: t ? t.text.trim() : `` };
    }
    if (e.widget === `checkbox`) return { value: n.checked ? n.value || `on` : `` };
    const r = ki(n);
    if (e.widget === `masked`) return { value: r.replace(/\D/g, ``) };
    if (e.widget !== `date`) return { value: r };
    const i = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.trim());
    return { value: i ? `${i[3]}.${i[2]}.${i[1]}` : r.trim() };
  }
  function ki(e) {
    const t = e.value;
    return typeof t == `string` ? t : (e.textContent ?? ``).trim();
  }
  function Ai(e, t) {
    const n = (e) => {
      const n = e.target;
      n instanceof Element &&
        n.matches(`input, textarea, select`) &&
        (e.type === `input` || e.type === `change`) &&
        t({ element: n, type: e.type, trusted: e.isTrusted === !0 });
    };
    return (
      e.addEventListener(`input`, n, !0),
      e.addEventListener(`change`, n, !0),
      () => {
        e.removeEventListener(`input`, n, !0), e.removeEventListener(`change`, n, !0);
      }
    );
  }
  var ji = `.k-dropdownlist, .k-dropdown, .k-combobox, .k-picker, .k-widget`;
  function Mi(e, t) {
    const n = Ni(e);
    return t === `dropdown` ? { posted: n, shown: Pi(e) } : { posted: n, shown: n };
  }
  function Ni(e) {
    const t = e.value;
    return typeof t == `string` ? t : ``;
  }
  function Pi(e) {
    const t = e.parentElement?.closest(ji) ?? null;
    if (!t) return ``;
    const n = t.querySelector(`.k-input-value-text`) ?? t.querySelector(`span.k-input`);
    if (n) return (n.textContent ?? ``).replace(/\s+/g, ` `).trim();
    const r = t.querySelector(`input.k-input-inner, input.k-input`);
    return r && r !== e ? Ni(r).trim() : ``;
  }
  function Fi(e, t, n, r) {
    const { posted: i, shown: a } = Mi(e, t);
    switch (t) {
      case `dropdown`:
        return i === n ? n === `` || r === void 0 || Ii(a, r) : !1;
      case `date`:
        return n === `` ? i.trim() === `` : Li(i, n);
      case `masked`:
        return zi(i, n);
    }
  }
  function Ii(e, t) {
    const n = e.replace(/\s+/g, ` `).trim(),
      r = t.replace(/\s+/g, ` `).trim();
    return n === r || n.toLocaleUpperCase(`tr-TR`) === r.toLocaleUpperCase(`tr-TR`);
  }
  function Li(e, t) {
    const n = e.trim();
    if (n === t) return !0;
    const [r, i, a] = t.split(`.`).map(Number),
      o = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(n);
    if (o) return Number(o[1]) === r && Number(o[2]) === i && Number(o[3]) === a;
    const s = /^(\d{4})-(\d{2})-(\d{2})$/.exec(n);
    return s !== null && Number(s[3]) === r && Number(s[2]) === i && Number(s[1]) === a;
  }
  var Ri = 3;
  function zi(e, t) {
    const n = e.replace(/\D/g, ``);
    return t === `` ? n === `` : n === t || (n.endsWith(t) && n.length - t.length <= Ri);
  }
  var G = { district: `province`, neighbourhood: `district`, permitPurpose: `permitType` },
    Bi = 2e3,
    Vi = { now: () => Date.now(), sleep: (e) => new Promise((t) => setTimeout(t, e)) },
    Hi = new Set([`captcha`, `consent`, `verificationCode`]),
    Ui = /^(\d{2})\.(\d{2})\.(\d{4})$/,
    Wi = { value: `` };
  function Gi(e, t, n) {
    const r = n.overwrite ?? !1,
      i = e.fillAllowed && e.drift === null,
      a = wi(n.widgets ?? []),
      o = new Map(),
      s = new Map(e.fields.map((e) => [e.key, e])),
      c = { lang: e.lang, overwrite: r, describe: n.describe },
      l = Ki(e.fields);
    for (const e of l) {
      if (!i) {
        o.set(e.key, K(e.key, `page-not-recognised`));
        continue;
      }
      const r = G[e.key],
        l = r ? s.get(r) : void 0;
      o.set(
        e.key,
        qi(e, t, n.current[e.key] ?? Wi, {
          ...c,
          widget: Ti(e.element, a),
          parent: l && {
            key: l.key,
            setNow: o.get(l.key)?.action === `fill`,
            empty: ra(n.current[l.key] ?? Wi),
          },
        }),
      );
    }
    const u = l.flatMap((e) => o.get(e.key) ?? []);
    return { kind: e.kind, lang: e.lang, allowed: i, overwrite: r, items: u };
  }
  function Ki(e) {
    const t = new Set(e.map((e) => e.key)),
      n = (e) => {
        const n = G[e.key];
        return n !== void 0 && t.has(n);
      },
      r = [],
      i = (t) => {
        if (!r.includes(t)) {
          r.push(t);
          for (const n of e) G[n.key] === t.key && i(n);
        }
      };
    for (const t of e) n(t) || i(t);
    for (const t of e) i(t);
    return r;
  }
  function K(e, t) {
    return { key: e, action: `skip`, reason: t };
  }
  function qi(e, t, n, r) {
    const { key: i } = e,
      a = Qi(e);
    if (!a || Hi.has(i) || ea(e.element) || (!e.fillable && !Yi(e, a, r))) return K(i, `not-fillable`);
    const o = Zi(i, t);
    if (o === void 0) return K(i, `no-profile-value`);
    if (o === null) return K(i, `invalid-value`);
    if (a.widget === `dropdown`) return Ji(e, a, o, n, r);
    const s = ta(a, o, i);
    return s === null
      ? K(i, `invalid-value`)
      : ia(a.widget, n.value, s)
        ? K(i, `same-value`)
        : !ra(n) && !r.overwrite
          ? K(i, `user-typed`)
          : { key: i, action: `fill`, target: a, value: s, previous: n };
  }
  function Ji(e, t, n, r, i) {
    const { key: a } = e,
      o = i.describe(a, n, i.lang),
      s = Xi(e, t, i.widget),
      { parent: c } = i;
    if (c?.setNow)
      return !ra(r) && !i.overwrite
        ? K(a, `user-typed`)
        : {
            key: a,
            action: `fill`,
            target: t,
            value: null,
            wanted: o,
            previous: r,
            after: c.key,
            since: ri(s.options),
          };
    const l = gi(s.options, o);
    return `option` in l
      ? r.value === l.option.value
        ? K(a, `same-value`)
        : !ra(r) && !i.overwrite
          ? K(a, `user-typed`)
          : {
              key: a,
              action: `fill`,
              target: t,
              value: l.option.value,
              text: l.option.text,
              wanted: o,
              previous: r,
            }
      : s.options.length === 0 && c?.empty
        ? { ...K(a, `needs-parent`), parent: c.key }
        : (s.complete && s.options.length > 0) || l.error === `option-ambiguous`
          ? K(a, l.error)
          : !ra(r) && !i.overwrite
            ? K(a, `user-typed`)
            : { key: a, action: `fill`, target: t, value: null, wanted: o, previous: r };
  }
  function Yi(e, t, n) {
    return (
      (n.widget?.cascades === !0 || n.parent?.setNow === !0) &&
      t.widget === `dropdown` &&
      e.widget === `dropdown` &&
      e.element.hasAttribute(`disabled`) &&
      !e.element.hasAttribute(`readonly`)
    );
  }
  function Xi(e, t, n) {
    if (t.via === `bridge`) return { options: n?.options ?? [], complete: n?.complete ?? !1 };
    const r = e.element;
    return {
      options: Array.from(r.options ?? [])
        .filter((e) => e.value !== ``)
        .map((e) => ({ value: e.value, text: e.text.trim() })),
      complete: !0,
    };
  }
  function Zi(e, t) {
    const n = t[e]?.trim();
    if (n) return n;
    if (e === `givenNameInitials` || e === `surnameInitials`) {
      const n = t[e === `givenNameInitials` ? `givenName` : `surname`]?.trim();
      return n ? bi(n) : void 0;
    }
  }
  function Qi(e) {
    const { element: t } = e;
    if (Si(e)) return { element: t, widget: e.widget, via: `bridge` };
    switch (e.widget) {
      case `text`:
      case `date`:
      case `masked`:
        return $i(t) ? { element: t, widget: e.widget, via: `dom` } : null;
      case `dropdown`:
        return t.tagName === `SELECT` ? { element: t, widget: `dropdown`, via: `dom` } : null;
      default:
        return null;
    }
  }
  function $i(e) {
    if (e.tagName === `TEXTAREA`) return !0;
    if (e.tagName !== `INPUT`) return !1;
    const t = (e.getAttribute(`type`) ?? `text`).toLowerCase();
    return [`text`, `email`, `tel`, `number`, `date`, ``].includes(t);
  }
  function ea(e) {
    return Ur({
      id: e.id,
      name: e.getAttribute(`name`) ?? ``,
      type: e.tagName === `INPUT` ? (e.getAttribute(`type`) ?? `text`) : e.tagName.toLowerCase(),
      kendo: e.hasAttribute(`data-role`),
    });
  }
  function ta(e, t, n) {
    switch (e.widget) {
      case `date`:
        return Ui.test(t) && na(t) ? t : null;
      case `masked`: {
        const e = t.replace(/\D/g, ``);
        return e === `` || (n === `mobile` && e.length !== 10) ? null : e;
      }
      default: {
        const n = e.element.maxLength;
        return typeof n == `number` && n > 0 && [...t].length > n ? null : t;
      }
    }
  }
  function na(e) {
    const [, t, n, r] = Ui.exec(e) ?? [],
      i = new Date(Number(r), Number(n) - 1, Number(t));
    return i.getFullYear() === Number(r) && i.getMonth() === Number(n) - 1 && i.getDate() === Number(t);
  }
  function ra(e) {
    return e.value.trim() === ``;
  }
  function ia(e, t, n) {
    return e === `text` ? aa(t, n) : t.trim() === n;
  }
  function aa(e, t) {
    return (
      e.trim() === t.trim() || e.trim().toLocaleUpperCase(`tr-TR`) === t.trim().toLocaleUpperCase(`tr-TR`)
    );
  }
  function oa(e, t, n) {
    return {
      bridge: e,
      overwrite: t,
      clock: n.clock ?? Vi,
      listWaitMs: n.listWaitMs ?? 1e4,
      onProgress: (e) => {
        try {
          n.onProgress?.(e);
        } catch {}
      },
      filled: new Set(),
    };
  }
  async function sa(e, t, n = {}) {
    const r = oa(t, e.overwrite, n),
      i = [],
      a = [];
    for (const t of e.items) {
      if (t.action === `skip`) {
        const e = t.parent ? { parent: t.parent } : {};
        i.push({ key: t.key, outcome: `skipped`, reason: t.reason, ...e });
        continue;
      }
      let e;
      try {
        e = t.target.via === `dom` ? await _a(t, r) : await Ca(t, r);
      } catch {
        e = { reason: `failed` };
      }
      `reason` in e
        ? i.push({ key: t.key, outcome: `skipped`, ...e })
        : (i.push({ key: t.key, outcome: `filled`, ...e.filled }),
          a.push({ key: t.key, target: t.target, previous: e.previous, filled: e.filled }),
          r.filled.add(t.key)),
        await Promise.resolve();
    }
    return { results: i, filled: a.map((e) => e.key), undo: a };
  }
  var ca = ri([]),
    la = 50;
  function ua(e, t) {
    return e.after !== void 0 && t.filled.has(e.after);
  }
  function da(e, t, n) {
    return e.after === void 0 || t.filled.has(e.after) || n.length > 0
      ? null
      : { reason: `needs-parent`, parent: e.after };
  }
  function fa(e, t, n, r, i = !0) {
    return ua(e, t) || (n.length === 0 && i) ? !0 : G[e.key] !== void 0 && !r;
  }
  async function pa(e, t, n, r, i) {
    t.onProgress({ key: e.key, waiting: !0 });
    let a = t.clock.now(),
      o = i;
    try {
      ua(e, t) && e.since !== void 0 && e.since !== ca && (o = await n(e.since, Math.min(Bi, t.listWaitMs))),
        r(o) || (o = await n(``, Math.max(0, t.listWaitMs - (t.clock.now() - a))));
    } finally {
      t.onProgress({ key: e.key, waiting: !1 });
    }
    return { state: o, waitedMs: Math.max(0, Math.round(t.clock.now() - a)) };
  }
  async function ma(e, t, n) {
    const r = n.now() + t;
    for (; !e(); ) {
      const e = r - n.now();
      if (e <= 0) return;
      await n.sleep(Math.min(la, e));
    }
  }
  function ha(e) {
    return Array.from(e.options ?? [])
      .filter((e) => e.value !== ``)
      .map((e) => ({ value: e.value, text: e.text.trim() }));
  }
  function ga(e, t) {
    const n = gi(e, t);
    if (`option` in n) return n;
    if (n.error === `option-not-found`) {
      const r = vi(e, t);
      return r.length > 0 ? { reason: n.error, closest: r } : { reason: n.error };
    }
    return { reason: n.error };
  }
  async function _a(e, t) {
    const { element: n, widget: r } = e.target;
    if (!n.isConnected) return { reason: `element-gone` };
    if (ea(n)) return { reason: `not-fillable` };
    let i = e.value;
    if (i === null) {
      if (r !== `dropdown` || !e.wanted) return { reason: `option-not-found` };
      const a = n,
        o = ha(a),
        s = da(e, t, o);
      if (s) return s;
      let c = { state: o, waitedMs: 0 };
      if (fa(e, t, o, !a.disabled)) {
        const n = () => ha(a),
          r = (e) => (t) => t.length > 0 && !a.disabled && ri(t) !== e;
        c = await pa(e, t, async (e, i) => (await ma(() => r(e)(n()), i, t.clock), n()), r(``), o);
      }
      if (c.state.length === 0) return { reason: `list-empty`, waitedMs: c.waitedMs };
      const l = ga(c.state, e.wanted);
      if (`reason` in l) return l;
      i = l.option.value;
    }
    if (va(n)) return { reason: `not-fillable` };
    const a = ba(n);
    if (a !== e.previous.value && a.trim() !== `` && !t.overwrite) return { reason: `user-typed` };
    if (a === i) return { reason: `same-value` };
    xa(n, i);
    const o = ba(n);
    if (!(r === `text` ? aa(o, i) : o === i)) return xa(n, a), { reason: `not-verified` };
    const s = r === `dropdown` ? (n.selectedOptions?.[0]?.text.trim() ?? ``) : void 0;
    return {
      previous: ua(e, t) ? { value: e.previous.value } : { value: a },
      filled: s === void 0 ? { value: o } : { value: o, text: s },
    };
  }
  function va(e) {
    return e.hasAttribute(`disabled`) || e.hasAttribute(`readonly`);
  }
  function ya(e) {
    return e.tagName === `INPUT` && e.getAttribute(`type`)?.toLowerCase() === `date`;
  }
  function ba(e) {
    const t = e.value;
    if (typeof t != `string`) return ``;
    const n = ya(e) ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) : null;
    return n ? `${n[3]}.${n[2]}.${n[1]}` : t;
  }
  function xa(e, t) {
    let n = ya(e) ? Ui.exec(t) : null,
      r = n ? `${n[3]}-${n[2]}-${n[1]}` : t,
      i = Object.getPrototypeOf(e),
      a = !1;
    for (; i && !a; ) {
      const t = Object.getOwnPropertyDescriptor(i, `value`);
      t?.set && (t.set.call(e, r), (a = !0)), (i = Object.getPrototypeOf(i));
    }
    a || (e.value = r),
      e.dispatchEvent(new Event(`input`, { bubbles: !0 })),
      e.dispatchEvent(new Event(`change`, { bubbles: !0 }));
  }
  async function Sa(e, t) {
    const n = await e.readWidgetValues(),
      r = e.handleOf(t),
      i = r === null ? void 0 : n.find((e) => e.handle === r);
    return r !== null && i ? { handle: r, widget: i } : null;
  }
  async function Ca(e, t) {
    const { bridge: n } = t,
      { element: r } = e.target,
      i = e.target.widget;
    if (i === `text`) return { reason: `failed` };
    if (!n?.kendo) return { reason: `bridge-unavailable` };
    if (!r.isConnected) return { reason: `element-gone` };
    const a = await Sa(n, r);
    if (!a) return { reason: `element-gone` };
    let { handle: o } = a,
      s = a.widget,
      c = 0;
    if (i === `dropdown` && e.value === null) {
      const r = s.options ?? [],
        i = da(e, t, r);
      if (i) return i;
      if (
        (s.cascades === !0 && (!s.enabled || r.length === 0)) ||
        fa(e, t, r, s.enabled, s.complete !== !1)
      ) {
        const r = await pa(
          e,
          t,
          async (e, t) => (await n.awaitOptions(o, e, t)) ?? s,
          (e) => e.enabled && (e.options ?? []).length > 0,
          s,
        );
        if (((s = r.state), (c = r.waitedMs), (s.options ?? []).length === 0))
          return { reason: `list-empty`, waitedMs: c };
      }
    }
    if (!s.enabled) return { reason: `not-fillable` };
    const l = Di(s).value;
    if (l !== e.previous.value && l.trim() !== `` && !t.overwrite) return { reason: `user-typed` };
    let u = ua(e, t) ? e.previous : i === `dropdown` ? { value: s.value, text: s.text } : { value: s.value },
      d = e.value,
      f = e.text;
    if (d === null) {
      const t = await wa(n, o, s, e.wanted);
      if (`reason` in t) return t;
      ({ value: d, text: f } = t.option);
    }
    if (d === s.value) return { reason: `same-value` };
    const p = await n.setWidgetValue(o, d, i);
    if (p.error) return { reason: Ta(p.error) };
    const m = p.widget?.text ?? ``,
      h = i !== `dropdown` || f === void 0 || aa(m, f);
    if (!p.verified || !h || !Fi(r, i, d, f))
      return await n.setWidgetValue(o, u.value, i), { reason: `not-verified` };
    const g = Mi(r, i);
    return {
      previous: u,
      filled: i === `dropdown` ? { value: g.posted, text: g.shown } : { value: p.widget?.value ?? d },
    };
  }
  async function wa(e, t, n, r) {
    if (!r) return { reason: `option-not-found` };
    let i = n,
      a = [...yi(r).map((e) => [e, `text`]), ...r.codes.slice(0, 1).map((e) => [e, `value`])],
      o = !1,
      s = { reason: `option-not-found` };
    for (let n = 0; n <= a.length; n++) {
      if (i) {
        const e = ga(i.options ?? [], r);
        if (`option` in e) return e;
        if (((s = e), e.reason === `option-ambiguous` || i.complete !== !1)) break;
      }
      const c = a[n];
      if (!c) break;
      (i = await e.searchOptions(t, c[0], c[1])), (o = !0);
    }
    return (
      o && n.complete === !1 && (await e.searchOptions(t, ``, `text`)),
      o && `closest` in s ? { reason: s.reason } : s
    );
  }
  function Ta(e) {
    switch (e) {
      case `protected`:
      case `disabled`:
        return `not-fillable`;
      case `not-found`:
        return `element-gone`;
      case `option-not-found`:
      case `invalid-value`:
        return e;
      case `no-kendo`:
        return `bridge-unavailable`;
      default:
        return `failed`;
    }
  }
  async function Ea(e, t, n = {}) {
    const r = oa(t, !0, n),
      i = [],
      a = [],
      o = (e, t) => {
        t ? a.push({ key: e.key, reason: t }) : i.push(e.key);
      },
      s = new Set(e.undo.map((e) => e.key)),
      c = [];
    for (const n of [...e.undo].reverse()) {
      const e = G[n.key];
      if (e && s.has(e) && n.previous.value !== ``) {
        const e = await Da(n, t).catch(() => `failed`);
        e === null ? c.unshift({ entry: n, since: await Oa(n, t) }) : o(n, e);
      } else o(n, await ka(n, r).catch(() => `failed`)), await Promise.resolve();
    }
    for (const { entry: e, since: t } of c) {
      const n = {
        key: e.key,
        action: `fill`,
        target: e.target,
        value: null,
        previous: e.filled,
        after: G[e.key],
        since: t,
      };
      r.filled.add(n.after), o(e, await ka(e, r, n).catch(() => `failed`));
    }
    return { restored: i, skipped: a };
  }
  async function Da(e, t) {
    const { element: n, via: r } = e.target;
    if (!n.isConnected) return `element-gone`;
    if (r === `dom`) return ba(n) === e.filled.value ? null : `changed-since-fill`;
    if (!t?.kendo || e.target.widget === `text`) return `bridge-unavailable`;
    const i = await Sa(t, n);
    return i ? (i.widget.value === e.filled.value ? null : `changed-since-fill`) : `element-gone`;
  }
  async function Oa(e, t) {
    const { element: n, via: r } = e.target;
    return ri(r === `dom` ? ha(n) : ((t ? await Sa(t, n) : null)?.widget.options ?? []));
  }
  async function ka(e, t, n) {
    const { bridge: r } = t,
      { element: i, via: a } = e.target;
    if (!n) {
      const t = await Da(e, r);
      if (t) return t;
    }
    if (!i.isConnected) return `element-gone`;
    if (a === `dom`) {
      if (n) {
        const n = i;
        await ma(() => ha(n).some((t) => t.value === e.previous.value), t.listWaitMs, t.clock);
      }
      return xa(i, e.previous.value), ba(i) === e.previous.value ? null : `failed`;
    }
    const o = e.target.widget;
    if (!r?.kendo || o === `text`) return `bridge-unavailable`;
    const s = await Sa(r, i);
    if (!s) return `element-gone`;
    n &&
      (await pa(
        n,
        t,
        async (e, t) => (await r.awaitOptions(s.handle, e, t)) ?? s.widget,
        (t) => (t.options ?? []).some((t) => t.value === e.previous.value),
        s.widget,
      ));
    const c = await r.setWidgetValue(s.handle, e.previous.value, o),
      l = o === `dropdown` ? e.previous.value : (c.widget?.value ?? e.previous.value);
    return c.ok && Fi(i, o, l) ? null : `failed`;
  }
  async function Aa(e, t, n, r) {
    const i = n?.kendo ? await n.readWidgetValues() : [];
    return sa(
      Gi(e, t, { current: Ei(e.fields, i), widgets: i, overwrite: r.overwrite, describe: r.describe }),
      n,
      r,
    );
  }
  async function ja(e, t) {
    const n = j.runtime.getURL(e),
      r = document.createElement(`script`),
      i = j.runtime.getManifest().manifest_version === 2;
    i ? (r.text = await fetch(n).then((e) => e.text())) : (r.src = n);
    const a = i ? void 0 : Ma(r);
    return (
      await t?.modifyScript?.(r),
      (document.head ?? document.documentElement).append(r),
      t?.keepInDom || r.remove(),
      await a,
      { script: r }
    );
  }
  function Ma(e) {
    return new Promise((t, n) => {
      const r = () => {
          t(), a();
        },
        i = () => {
          n(Error(`Failed to load script: ${e.src}`)), a();
        },
        a = () => {
          e.removeEventListener(`load`, r), e.removeEventListener(`error`, i);
        };
      e.addEventListener(`load`, r), e.addEventListener(`error`, i);
    });
  }
  var Na = 5e3,
    Pa = 2e4;
  async function Fa(e, t = {}) {
    const n = Wr(16),
      r = Wr(32),
      i = Ia(window, n, r, t);
    e.onInvalidated(() => i.bridge.close());
    try {
      return (
        await ja(`/kendo-bridge.js`, {
          keepInDom: !1,
          modifyScript: (e) => {
            e.setAttribute(Ar, Gr(n, r));
          },
        }),
        await i.ready
      );
    } catch (e) {
      throw (i.bridge.close(), e);
    }
  }
  function Ia(e, t, n, r = {}) {
    let i = Pr(t),
      a = Fr(t),
      o = r.requestTimeoutMs ?? Pa,
      s = `${Nr(t)}-`,
      c = new Map(),
      l = new Set(),
      u = 1,
      d = !1,
      f = !1,
      p = !1,
      m = () => {},
      h = new Promise((e) => {
        m = e;
      });
    function g(e) {
      const t = si(e.detail, n);
      if (t) {
        if (t.type === `ready`) (d = t.kendo), m();
        else if (t.type === `change`) for (const e of l) e(t.widget);
        else {
          const e = c.get(t.id);
          c.delete(t.id), e?.(t);
        }
      }
    }
    function _(t, r = 0) {
      if (f) return Promise.resolve(null);
      const a = u++,
        s = { v: 2, secret: n, id: a, ...t };
      return new Promise((t) => {
        const n = e.setTimeout(() => {
          c.delete(a), t(null);
        }, o + r);
        c.set(a, (r) => {
          e.clearTimeout(n), t(r);
        }),
          e.dispatchEvent(new CustomEvent(i, { detail: Kr(s) }));
      });
    }
    const v = {
      get kendo() {
        return d;
      },
      async readWidgetValues() {
        const e = await _({ type: `read` });
        return e?.ok ? [...e.widgets] : [];
      },
      handleOf(e) {
        const t = e.getAttribute(jr);
        return U(t) && t.startsWith(s) ? t : null;
      },
      async setWidgetValue(e, t, n) {
        if (!U(e)) return { ok: !1, verified: !1, error: `not-found` };
        const r = await _({ type: `set`, handle: e, kind: n, value: t });
        if (!r) return { ok: !1, verified: !1, error: f ? `failed` : `timeout` };
        const i = r.widgets.find((t) => t.handle === e),
          a = i !== void 0 && i.kind === n && i.value === t;
        return r.ok ? { ok: a, verified: a, widget: i } : { ok: !1, verified: a, error: r.error, widget: i };
      },
      async searchOptions(e, t, n = `text`) {
        if (!U(e)) return null;
        const r = await _({ type: `search`, handle: e, by: n, query: t });
        return r?.ok ? (r.widgets.find((t) => t.handle === e) ?? null) : null;
      },
      async awaitOptions(e, t, n) {
        if (!U(e)) return null;
        const r = Math.max(0, Math.min(Math.round(n), ni)),
          i = await _({ type: `await-options`, handle: e, since: t, timeoutMs: r }, r);
        return i?.ok ? (i.widgets.find((t) => t.handle === e) ?? null) : null;
      },
      onValueChange(e) {
        return l.add(e), p || ((p = !0), _({ type: `subscribe` })), () => l.delete(e);
      },
      close() {
        if (!f) {
          _({ type: `close` }), (f = !0), e.removeEventListener(a, g);
          for (const e of c.values()) e(null);
          c.clear(), l.clear();
        }
      },
    };
    e.addEventListener(a, g);
    const y = new Promise((t, n) => {
      const i = e.setTimeout(() => n(Error(`The Kendo bridge did not answer.`)), r.readyTimeoutMs ?? Na);
      h.then(() => {
        e.clearTimeout(i), t(v);
      });
    });
    return y.catch(() => {}), { ready: y, bridge: v };
  }
  var La = null;
  function Ra(e) {
    return (La ??= Fa(e).catch((e) => (N(`starting the Kendo bridge`, e), null))), La;
  }
  var za = `active-profile-values`,
    Ba = [`profiles`, `profiles$`, `activeProfileId`];
  function Va(e) {
    return e.some((e) => Ba.includes(e) || e.startsWith(`profile:`) || e === `vault:signal`);
  }
  function Ha(e) {
    return e instanceof Error && /: locked$/.test(e.message);
  }
  function Ua(e) {
    if (typeof e != `object` || !e) return null;
    const { id: t, displayName: n, values: r, wanted: i } = e;
    if (typeof t != `string` || typeof n != `string` || typeof r != `object` || !r) return null;
    const a = {};
    for (const [e, t] of Object.entries(r)) me(e) && typeof t == `string` && (a[e] = t);
    const o = typeof i == `object` && i ? i : {};
    return { id: t, displayName: n, values: a, wanted: { tr: Ja(o.tr), en: Ja(o.en) } };
  }
  var Wa = 32,
    Ga = 200;
  function Ka(e, t = Wa) {
    return !Array.isArray(e) || e.length > t ? null : e.every((e) => typeof e == `string`) ? e : null;
  }
  function qa(e) {
    if (typeof e != `object` || !e) return {};
    const t = {};
    for (const n of [`filler`, `added`, `qualifiers`]) {
      const r = Ka(e[n], Ga);
      r && (t[n] = r);
    }
    return t;
  }
  function Ja(e) {
    const t = {};
    if (typeof e != `object` || !e) return t;
    for (const [n, r] of Object.entries(e)) {
      if (!me(n) || typeof r != `object` || !r) continue;
      const { codes: e, texts: i, words: a } = r,
        o = Ka(e),
        s = Ka(i);
      o && s && (t[n] = { codes: o, texts: s, words: qa(a) });
    }
    return t;
  }
  function Ya(e) {
    return (t, n, r) => e.wanted[r][t] ?? { codes: [n], texts: [n] };
  }
  async function Xa() {
    return Ua(await M(za));
  }
  function Za(e) {
    const t = (t, n) => {
      n === `local` && Va(Object.keys(t)) && e();
    };
    return j.storage.onChanged.addListener(t), () => j.storage.onChanged.removeListener(t);
  }
  var Qa = `fill-messages`;
  function $a(e) {
    return typeof e != `object` || !e || Array.isArray(e)
      ? !1
      : Object.values(e).every((e) => typeof e == `string`);
  }
  function eo(e) {
    if (typeof e != `object` || !e) return null;
    const { lang: t, primary: n, fallback: r } = e;
    return !It(t) || !$a(n) || !$a(r) ? null : { lang: t, primary: n, fallback: r };
  }
  async function to(e) {
    const t = eo(await M(Qa, { lang: e }));
    if (!t || t.lang !== e) throw Error(`${Qa}: malformed catalogue`);
    return t;
  }
  function no(e) {
    return qt(e.primary, e.fallback);
  }
  function ro(e, t) {
    try {
      return new Intl.ListFormat(e, { type: `conjunction` }).format(t);
    } catch {
      return t.join(`, `);
    }
  }
  function io(e) {
    let t = { profile: { status: `loading` }, busy: null, session: null, failed: null },
      n = [],
      r = new Set(),
      i = new Map(),
      a = () => {
        for (const e of [...r])
          try {
            e();
          } catch (e) {
            N(`fill section update`, e);
          }
      },
      o = (e) => {
        (t = { ...t, ...e }), a();
      };
    function s(t) {
      const n = i.get(t);
      return n === void 0
        ? (i.set(t, `loading`),
          e
            .loadMessages(t)
            .then((e) => {
              i.set(t, no(e)), a();
            })
            .catch((e) => {
              N(`loading the fill texts`, e), i.set(t, `failed`);
            }),
          null)
        : typeof n == `function`
          ? n
          : null;
    }
    let c = 0,
      l = () => {
        const t = ++c;
        e.loadProfile()
          .then((e) => (e ? { status: `ready`, profile: e } : { status: `none` }))
          .catch((e) =>
            Ha(e) ? { status: `locked` } : (N(`loading the active profile`, e), { status: `none` }),
          )
          .then((e) => {
            t === c && o({ profile: e });
          });
      };
    l();
    const u = e.watchProfile(l);
    async function d(r, i = {}) {
      const { profile: a } = t;
      if (!(t.busy || a.status !== `ready`) && r.fillAllowed && r.drift === null) {
        o({ busy: `fill`, failed: null }), ao(`fill:start`);
        try {
          const s = await e.getBridge();
          ao(`fill:bridge`);
          const c = await Aa(r, a.profile.values, s, {
              overwrite: i.overwrite ?? !1,
              describe: Ya(a.profile),
              onProgress: ({ key: e, waiting: t }) => o({ waitingFor: t ? e : null }),
            }),
            l = t.session?.page === r.kind && t.session.phase === `filled`;
          ao(`fill:filled`),
            (n = l ? [...n, { report: c, bridge: s }] : [{ report: c, bridge: s }]),
            o({
              busy: null,
              waitingFor: null,
              session: oo(
                r.kind,
                n.map((e) => e.report),
              ),
            });
        } catch (e) {
          N(`filling the page`, e), o({ busy: null, waitingFor: null, failed: `fill` });
        }
      }
    }
    async function f() {
      const { session: e } = t;
      if (t.busy || !e || e.phase !== `filled`) return;
      o({ busy: `undo`, failed: null });
      let r = new Set(),
        i = new Set(),
        a = new Set(),
        s = !1;
      for (const e of [...n].reverse())
        try {
          const t = await Ea(e.report, e.bridge);
          for (const e of t.restored) r.add(e);
          for (const { key: e, reason: n } of t.skipped) (n === `changed-since-fill` ? i : a).add(e);
        } catch (e) {
          N(`undoing the fill`, e), (s = !0);
        }
      for (const e of r) i.delete(e), a.delete(e);
      (n = []),
        o({
          busy: null,
          failed: s ? `undo` : null,
          session: {
            ...e,
            phase: `undone`,
            filledElements: new Map(),
            undone: { restored: [...r], leftAlone: [...i], notRestored: [...a] },
          },
        });
    }
    return {
      getState: () => t,
      subscribe(e) {
        return r.add(e), () => r.delete(e);
      },
      fill: d,
      undo: f,
      text: s,
      warmUp() {
        e.getBridge().catch((e) => N(`starting the Kendo bridge`, e));
      },
      forgetOtherPage(e) {
        t.session && t.session.page !== e && !t.busy && ((n = []), o({ session: null, failed: null }));
      },
      stop() {
        u(), r.clear();
      },
    };
  }
  function ao(e) {
    globalThis.performance?.mark?.(`eikamet-assistant:${e}`);
  }
  function oo(e, t) {
    const n = new Map();
    for (const e of t) for (const t of e.results) n.get(t.key)?.outcome !== `filled` && n.set(t.key, t);
    const r = new Map();
    for (const e of t) for (const t of e.undo) r.set(t.target.element, t.key);
    return { page: e, phase: `filled`, results: [...n.values()], filledElements: r, undone: null };
  }
  function so(e) {
    const t = io({ getBridge: () => Ra(e), loadProfile: Xa, watchProfile: Za, loadMessages: to });
    return e.onInvalidated(() => t.stop()), t;
  }
  function co(e, t) {
    if (e instanceof Node) return t.find((t) => t.element === e || t.anchor.contains(e));
  }
  function lo(e, t, n) {
    const r = P(`focus change`, (e) => {
      n(co(e, t())?.key ?? null);
    });
    e.addEventListener(document, `focusin`, (e) => r(e.target), { capture: !0 }),
      e.addEventListener(document, `focusout`, (e) => r(e.relatedTarget), { capture: !0 }),
      e.addEventListener(
        document,
        `keydown`,
        P(`escape key`, (e) => {
          e.key === `Escape` && n(null);
        }),
        { capture: !0 },
      );
  }
  function uo(e, t, n) {
    fo(e, `data-page`, t.kind),
      fo(e, `data-ui-lang`, n),
      t.drift ? fo(e, `data-drift`, `true`) : e.removeAttribute(`data-drift`);
  }
  function fo(e, t, n) {
    e.getAttribute(t) !== n && e.setAttribute(t, n);
  }
  function po() {
    let e = 0,
      t = new Map(),
      n = 0;
    return {
      invalidate() {
        e += 1;
      },
      get(r, i) {
        return n !== e && (t.clear(), (n = e)), t.has(r) || t.set(r, i()), t.get(r);
      },
    };
  }
  function mo(e) {
    let t,
      n = () => {
        t !== void 0 && clearTimeout(t), (t = void 0);
      };
    return (
      e.onInvalidated(n),
      {
        restart(r, i) {
          n(),
            e.isValid &&
              (t = setTimeout(() => {
                (t = void 0), e.isValid && r();
              }, i));
        },
        cancel: n,
      }
    );
  }
  function ho(e, t) {
    let n;
    return (
      e.onInvalidated(() => {
        n !== void 0 && cancelAnimationFrame(n), (n = void 0);
      }),
      () => {
        n === void 0 &&
          e.isValid &&
          (n = requestAnimationFrame(() => {
            (n = void 0), e.isValid && t();
          }));
      }
    );
  }
  function go(e, t) {
    const n = ho(e, P(`layout change`, t)),
      r = { capture: !0, passive: !0 };
    e.addEventListener(window, `resize`, n, r), e.addEventListener(document, `scroll`, n, r);
    const i = new ResizeObserver(P(`resize observer`, n));
    i.observe(document.body), e.onInvalidated(() => i.disconnect());
  }
  var _o = [`official`, `official-copy`, `consultancy`, `uncertain`],
    vo = [`first`, `extension`, `transfer`],
    yo = [`short-term`, `family`, `student`, `long-term`, `humanitarian`, `trafficking-victim`],
    bo = [
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
    xo = [`error`, `warning`, `info`],
    So = 100,
    Co = (e) => typeof e == `object` && !!e && !Array.isArray(e),
    q = (e, t = 2e3) => typeof e == `string` && e.length <= t;
  function wo(e) {
    if (!Co(e) || !Co(e.source) || !Co(e.params)) return null;
    const { ruleId: t, severity: n, messageKey: r, fields: i, source: a, params: o } = e;
    if (
      !q(t, 80) ||
      !q(r, 120) ||
      typeof n != `string` ||
      !xo.includes(n) ||
      !Array.isArray(i) ||
      !i.every((e) => typeof e == `string` && me(e)) ||
      !Object.values(o).every((e) => q(e, 200) || typeof e == `number`)
    )
      return null;
    const { reference: s, url: c, confidence: l, lastVerified: u } = a;
    return !q(s, 500) || !q(c, 500) || !q(u, 20) || typeof l != `string` || !_o.includes(l)
      ? null
      : {
          ruleId: t,
          severity: n,
          messageKey: r,
          params: o,
          fields: i,
          source: { reference: s, url: c, confidence: l, lastVerified: u },
        };
  }
  function To(e) {
    if (!Co(e) || !Array.isArray(e.findings) || e.findings.length > So) return null;
    const t = e.findings.map(wo);
    if (t.some((e) => e === null)) return null;
    const { permitType: n, purpose: r, birthDate: i } = e;
    return (n !== void 0 && !yo.includes(n)) ||
      (r !== void 0 && !bo.includes(r)) ||
      (i !== void 0 && !(q(i, 10) && /^\d{2}\.\d{2}\.\d{4}$/.test(i)))
      ? null
      : {
          findings: t,
          ...(n === void 0 ? {} : { permitType: n }),
          ...(r === void 0 ? {} : { purpose: r }),
          ...(i === void 0 ? {} : { birthDate: i }),
        };
  }
  var Eo = [
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
    J = { kind: null, values: {}, choices: {}, ticks: [] },
    Do = 80;
  function Oo(e) {
    return typeof e == `string` && Eo.includes(e);
  }
  function ko(e, t) {
    const n = t.reset ? J : e,
      r = { ...n.values };
    for (const [e, n] of Object.entries(t.values ?? {})) Oo(e) && (n == null ? delete r[e] : (r[e] = n));
    return {
      kind: t.kind === void 0 ? n.kind : t.kind,
      values: r,
      choices: t.choices ?? n.choices,
      ticks: t.ticks ?? n.ticks,
    };
  }
  function Ao(e) {
    return typeof e == `object` && !!e && !Array.isArray(e);
  }
  function jo(e, t) {
    return typeof t == `string` && e.includes(t);
  }
  function Mo(e) {
    return !Ao(e) || typeof e.value != `string` || e.value.length > 256
      ? null
      : e.text === void 0
        ? { value: e.value }
        : typeof e.text != `string` || e.text.length > 512
          ? null
          : { value: e.value, text: e.text };
  }
  function No(e) {
    if (!Ao(e)) return null;
    const { permitType: t, purpose: n, kind: r } = e;
    return (t !== void 0 && !jo(yo, t)) || (n !== void 0 && !jo(bo, n)) || (r !== void 0 && !jo(vo, r))
      ? null
      : {
          ...(t === void 0 ? {} : { permitType: t }),
          ...(n === void 0 ? {} : { purpose: n }),
          ...(r === void 0 ? {} : { kind: r }),
        };
  }
  function Po(e) {
    return !Array.isArray(e) || e.length > 200
      ? null
      : e.every((e) => typeof e == `string` && e.length <= Do)
        ? e
        : null;
  }
  function Fo(e) {
    return e === null ? null : jo(vo, e) ? e : void 0;
  }
  function Io(e) {
    if (!Ao(e)) return null;
    const t = {};
    for (const [n, r] of Object.entries(e)) {
      const e = Mo(r);
      if (!Oo(n) || !e) return null;
      t[n] = e;
    }
    return t;
  }
  function Lo(e) {
    if (!Ao(e)) return null;
    const t = Fo(e.kind),
      n = Io(e.values),
      r = No(e.choices),
      i = Po(e.ticks);
    return t === void 0 || !n || !r || !i ? null : { kind: t, values: n, choices: r, ticks: i };
  }
  var Ro = `eikamet-assistant:`;
  function Y(e) {
    try {
      performance.mark(Ro + e);
    } catch {}
  }
  var zo = new Set([`options`, `first-entry`, `extension-entry`, `transfer-entry`, `continue`]);
  function Bo(e, t) {
    if (e.kind === `home`) return { end: !0 };
    const n = e.applicationKind;
    return !n || n === t.kind
      ? { end: !1, patch: null }
      : t.kind === null
        ? { end: !1, patch: { kind: n } }
        : zo.has(e.kind)
          ? { end: !1, patch: { reset: !0, kind: n } }
          : { end: !1, patch: null };
  }
  function Vo(e, t) {
    const n = e.applicationKind ?? t.kind ?? null;
    return e.fields.some((e) => e.key === `currentPermitEnd` || e.key === `currentPermitType`) &&
      n === `first`
      ? null
      : n;
  }
  function Ho(e, t) {
    const n = Vo(e, t);
    if (n) return n;
    const r = t.choices.kind ?? null;
    return e.fields.some((e) => e.key === `currentPermitEnd` || e.key === `currentPermitType`) &&
      r === `first`
      ? null
      : r;
  }
  function Uo(e, t) {
    const n = {};
    for (const r of e) !Oo(r.key) || r.key in n || (n[r.key] = Wo(r, Ti(r.element, t)));
    return n;
  }
  function Wo(e, t) {
    const n = Si(e);
    if (n && e.widget === `date`) return { value: Go(e.element) };
    if (n && e.widget === `dropdown`) {
      if (t) return Di(t);
      const n = Go(e.element),
        r = e.anchor.querySelector(`.k-input-value-text, .k-input`)?.textContent?.trim() ?? ``;
      return { value: n, text: n === `` ? `` : r };
    }
    return Ei([e], [])[e.key] ?? { value: `` };
  }
  function Go(e) {
    const t = e.value;
    return typeof t == `string` ? t.trim() : ``;
  }
  var Ko = /\b(kaydet|save|gonder|send|submit|tamamla|complete|finish|bitir|onayla|confirm)\b/,
    qo =
      /\b(geri|back|onceki|previous|yazdir|print|iptal|cancel|vazgec|duzenle|edit|indir|download|yardim|help)\b/,
    Jo = `button,input[type=submit],input[type=button],input[type=image],a.btn,[role=button]`,
    Yo =
      /\b(kaydedil|basari|tamamlan|alin(di|mistir)|has been (saved|submitted|received|completed)|successfully)/,
    Xo = /\b\d{4}-\d{2}-\d{7}\b/,
    Zo = /danger|warning|error/;
  function Qo(e) {
    return k(
      `${e instanceof HTMLInputElement ? e.value : (e.textContent ?? ``)} ${e.getAttribute(`aria-label`) ?? ``}`,
    );
  }
  function $o(e) {
    if (!(e instanceof Element)) return !1;
    const t = e.closest(Jo);
    if (!t || t.closest(`eikamet-assistant`) || t.hasAttribute(`disabled`)) return !1;
    const n = Qo(t),
      r = k(t.id.replace(/([a-z])([A-Z])|_/g, `$1 $2`));
    if (qo.test(n) || qo.test(r)) return !1;
    if (Ko.test(n) || Ko.test(r)) return !0;
    const i = t.parentElement;
    if (!i) return !1;
    const a = Array.from(i.querySelectorAll(Jo)).filter(
      (e) => !e.hasAttribute(`disabled`) && !qo.test(Qo(e)),
    );
    return a.length > 0 && a[a.length - 1] === t;
  }
  function es(e) {
    const t = e.nodeType === 1 ? e : e.parentElement;
    if (!t || t.closest(`eikamet-assistant`)) return null;
    const n = k((e.textContent ?? ``).slice(0, 2e3));
    if (!n) return null;
    const r = `${t.getAttribute(`class`) ?? ``} ${t.closest(`[class]`)?.getAttribute(`class`) ?? ``}`;
    return Zo.test(r) ? `refusal` : Yo.test(n) || Xo.test(e.textContent ?? ``) ? `success` : null;
  }
  function ts(e, t, n, r = {}) {
    let i = r.isTrusted ?? ((e) => e.isTrusted),
      a = r.confirmMs ?? 2e4,
      o = null,
      s = null,
      c = () => {
        o?.disconnect(), (o = null), s !== null && clearTimeout(s), (s = null);
      },
      l = () => {
        c(), n();
      },
      u = () => {
        const e = t();
        if (e.kind !== `wizard-summary`) return !1;
        const n = e.fields.find((e) => e.key === `consent`)?.element;
        return !(n instanceof HTMLInputElement && !n.checked);
      },
      d = () => {
        c(),
          (o = new MutationObserver(
            P(`save confirmation`, (e) => {
              for (const t of e) {
                const e = t.type === `characterData` ? [t.target] : Array.from(t.addedNodes);
                for (const t of e) {
                  const e = es(t);
                  if (e === `refusal`) return c();
                  if (e === `success`) return l();
                }
              }
              const n = t().kind;
              n !== `wizard-summary` && !n.startsWith(`wizard-`) && n !== `unknown` && l();
            }),
          )),
          o.observe(document.body, { childList: !0, subtree: !0, characterData: !0 }),
          (s = setTimeout(c, a));
      },
      f = P(`save watcher`, (e) => {
        i(e) && $o(e.target) && u() && d();
      }),
      p = P(`save watcher (submit)`, (e) => {
        i(e) && u() && d();
      });
    return (
      e.addEventListener(document, `click`, f, { capture: !0, passive: !0 }),
      e.addEventListener(document, `submit`, p, { capture: !0, passive: !0 }),
      e.onInvalidated(c),
      c
    );
  }
  function ns(e = M) {
    let t = Promise.resolve(),
      n = (e, n) => {
        t = t.then(n).catch((t) => N(e, t));
      };
    return {
      async load() {
        return Lo(await e(`application-session`)) ?? J;
      },
      update(t) {
        n(`saving the application session`, () => e(`application-session-update`, { patch: t }));
      },
      end() {
        n(`ending the application session`, () => e(`application-session-end`));
      },
    };
  }
  var rs = 1e3,
    is = { findings: [] };
  function as(e, t) {
    let n = {},
      r = !1;
    for (const [i, a] of Object.entries(t)) {
      const t = e.values[i];
      (t?.value !== a.value || (t.text ?? ``) !== (a.text ?? ``)) && ((n[i] = a), (r = !0));
    }
    return r ? n : null;
  }
  function os(e, t) {
    let { recognition: n, onUpdate: r, now: i = () => new Date() } = t,
      a = t.ask ?? M,
      o = t.sessions ?? ns(a),
      s = new Map(),
      c = null,
      l = { ready: !1, session: J, kind: null, pageKind: null, assessment: is },
      u = ``,
      d = (e) => {
        (l = { ...l, session: ko(l.session, e) }), o.update(e);
      },
      f = P(`live checks`, () => {
        if (!l.ready) return;
        let e = n(),
          t = l,
          i = Bo(e, l.session),
          a = null;
        if (i.end) l.session !== J && o.end(), (l = { ...l, session: J });
        else {
          i.patch && d(i.patch);
          const t = as(l.session, Uo(e.fields, s));
          t && ((a = { values: t }), (l = { ...l, session: ko(l.session, a) }));
        }
        const c = Ho(e, l.session);
        (l = { ...l, kind: c, pageKind: Vo(e, l.session) }),
          p(c),
          a && o.update(a),
          (c !== t.kind || l.pageKind !== t.pageKind || i.end || i.patch) && r();
      }),
      p = (e) => {
        const t = { values: l.session.values, kind: e, today: wr(i()) },
          n = JSON.stringify(t);
        n !== u &&
          ((u = n),
          a(`assess`, t)
            .then(
              P(`assessment`, (e) => {
                if (n !== u) return;
                const t = To(e);
                if (!t) throw Error(`assess: malformed answer`);
                (l = { ...l, assessment: t }), r();
              }),
            )
            .catch((e) => N(`assessing the application`, e)));
      },
      m = !1,
      h = () => {
        m ||
          ((m = !0),
          queueMicrotask(() => {
            (m = !1), e.isValid && f();
          }));
      },
      g = () => {
        c &&
          c
            .readWidgetValues()
            .then(
              P(`reading widget values`, (e) => {
                s.clear();
                for (const t of e) s.set(t.handle, t);
                h();
              }),
            )
            .catch((e) => N(`reading widget values`, e));
      };
    o.load()
      .catch((e) => (N(`loading the application session`, e), J))
      .then(
        P(`session loaded`, (e) => {
          (l = { ...l, ready: !0, session: e }), f();
        }),
      );
    let _ = !1,
      v = () => {
        if (_ || !n().fields.some((e) => Oo(e.key) && Si(e))) return;
        _ = !0;
        const t = () =>
          er(
            P(`bridge when idle`, () => {
              e.isValid && y();
            }),
            rs,
          );
        document.readyState === `complete` ? t() : e.addEventListener(window, `load`, t, { once: !0 });
      },
      y = () => {
        (t.bridge ?? Ra)(e).then(
          P(`bridge for live checks`, (t) => {
            if (!t || !e.isValid) return;
            Y(`bridge`), (c = t);
            const n = t.onValueChange(
              P(`widget change`, (e) => {
                s.set(e.handle, e), h();
              }),
            );
            e.onInvalidated(n), g();
          }),
        );
      };
    v();
    const b = Ai(
      document,
      P(`input change`, ({ element: e }) => {
        n().fields.some((t) => t.element === e) && h();
      }),
    );
    return (
      e.onInvalidated(b),
      ts(e, n, () => {
        o.end(), (l = { ...l, session: J }), h();
      }),
      {
        state: () => l,
        pageChanged() {
          v(), g(), h();
        },
        setChoices(e) {
          d({ choices: { ...l.session.choices, ...e } }), f();
        },
        setTicks(e) {
          d({ ticks: e }), r();
        },
      }
    );
  }
  var ss,
    X,
    cs,
    ls,
    us = Object.is,
    ds = 0,
    fs = [],
    ps = [],
    Z = F,
    ms = Z.__b,
    hs = Z.__r,
    gs = Z.diffed,
    _s = Z.__c,
    vs = Z.unmount,
    ys = Z.__;
  function bs(e, t) {
    Z.__h && Z.__h(X, e, ds || t), (ds = 0);
    var n = X.__H || (X.__H = { __: [], __h: [] });
    return e >= n.__.length && n.__.push({}), n.__[e];
  }
  function xs(e) {
    return (ds = 1), Ss(Ps, e);
  }
  function Ss(e, t, n) {
    var r = bs(ss++, 2);
    if (
      ((r.t = e),
      !r.__c &&
        ((r.__ = [
          n ? n(t) : Ps(void 0, t),
          (e) => {
            var t = (r.__N || r.__)[0],
              n = r.t(t, e);
            us(t, n) || ((r.__N = [n, r.__[1]]), r.__c.setState({}));
          },
        ]),
        (r.__c = X),
        !X.__f))
    ) {
      X.__f = !0;
      var i = X.shouldComponentUpdate;
      X.shouldComponentUpdate = function (e, t, n) {
        var r = this.__H;
        if (!r) return !0;
        var a = !1,
          o = this.props != e;
        if (
          (r.__.some((e) => {
            e.__N && ((a = !0), us(e.__[0], e.__N[0]) || (o = !0));
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
  function Cs(e, t) {
    var n = bs(ss++, 3);
    !Z.__s && Ns(n.__H, t) && ((n.__P = !0), (n.__ = e), (n.u = t), X.__H.__h.push(n));
  }
  function ws(e, t) {
    var n = bs(ss++, 4);
    !Z.__s && Ns(n.__H, t) && ((n.__P = !1), (n.__ = e), (n.u = t), X.__h.push(n));
  }
  function Ts(e) {
    return (ds = 5), Es(() => ({ current: e }), []);
  }
  function Es(e, t) {
    var n = bs(ss++, 7);
    return Ns(n.__H, t) && ((n.__ = e()), (n.__H = t)), n.__;
  }
  function Ds() {
    var e;
    do {
      for (; (e = ps.shift()); )
        try {
          js(e);
        } catch (t) {
          Z.__e(t, { __: (e = e.__P) && e.__v });
        }
      for (; (e = fs.shift()); ) {
        var t = e.__H;
        if (e.__P && t)
          try {
            t.__h.some(js), t.__h.some(Ms), (t.__h = []);
          } catch (n) {
            (t.__h = []), Z.__e(n, e.__v);
          }
      }
    } while (ps.length);
  }
  (Z.__b = (e) => {
    (X = null), ms && ms(e);
  }),
    (Z.__ = (e, t) => {
      e && t.__k && t.__k.__m && (e.__m = t.__k.__m), ys && ys(e, t);
    }),
    (Z.__r = (e) => {
      hs && hs(e), (ss = 0);
      var t = (X = e.__c).__H;
      t &&
        (cs == X ? (X.__h = []) : (t.__h.some(js), t.__h.some(Ms), (ss = 0)),
        (t.__h = []),
        t.__.some((e) => {
          e.__N && (e.__ = e.__N), (e.u = e.__N = void 0);
        })),
        (cs = X);
    }),
    (Z.diffed = (e) => {
      gs && gs(e);
      var t = e.__c;
      t &&
        t.__H &&
        (t.__H.__h.length && As(fs.push(t)),
        t.__H.__.some((e) => {
          e.u && (e.__H = e.u);
        })),
        (cs = X = null);
    }),
    (Z.__c = (e, t) => {
      t.some((e) => {
        try {
          e.__h.some(js), (e.__h = e.__h.filter((e) => !e.__ || Ms(e)));
        } catch (t) {
          e.__h = [
            () => {
              throw t;
            },
          ];
        }
      }),
        _s && _s(e, t);
    }),
    (Z.unmount = (e) => {
      vs && vs(e);
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
              (r.__P = n), As(ps.push(r));
            } else js(r);
          } catch (e) {
            t = e;
          }
        }),
        (r.__H = void 0),
        t && Z.__e(t, r.__v));
    });
  var Os = typeof requestAnimationFrame == `function`;
  function ks(e) {
    var t,
      n = () => {
        clearTimeout(r), Os && cancelAnimationFrame(t), setTimeout(e);
      },
      r = setTimeout(n, 35);
    Os && (t = requestAnimationFrame(n));
  }
  function As(e) {
    (e != 1 && ls == Z.requestAnimationFrame) || ((ls = Z.requestAnimationFrame) || ks)(Ds);
  }
  function js(e) {
    var t = X,
      n = e.__c;
    typeof n == `function` && ((e.__c = void 0), n()), (X = t);
  }
  function Ms(e) {
    var t = X;
    (e.__c = e.__()), (X = t);
  }
  function Ns(e, t) {
    return !e || e.length != t.length || t.some((t, n) => !us(t, e[n]));
  }
  function Ps(e, t) {
    return typeof t == `function` ? t(e) : t;
  }
  var Fs = { error: `✕`, warning: `!`, info: `i` },
    Is = { error: 0, warning: 1, info: 2 };
  function Ls(e) {
    let t = null;
    for (const { severity: n } of e) (t === null || Is[n] < Is[t]) && (t = n);
    return t;
  }
  function Q(e) {
    return (t) => {
      t.isTrusted === !0 ? e(t) : t.cancelable && t.preventDefault();
    };
  }
  var Rs = [`click`, `dblclick`, `auxclick`, `change`, `input`, `submit`, `keydown`];
  function zs(e) {
    for (const t of Rs)
      e.addEventListener(
        t,
        (e) => {
          e.isTrusted !== !0 && (e.cancelable && e.preventDefault(), e.stopImmediatePropagation());
        },
        { capture: !0 },
      );
  }
  var Bs = Symbol.for(`pv`),
    Vs = 0;
  Array.isArray;
  function $(e, t, n, r, i, a) {
    t ||= {};
    var o,
      s,
      c = t;
    if (`ref` in c && typeof e != `function`)
      for (s in ((c = {}), t)) s == `ref` ? (o = t[s]) : (c[s] = t[s]);
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
      constructor: Bs,
      __v: --Vs,
      __i: -1,
      __u: 0,
    };
    return (i || a) && ((l.__source = i), (l.__self = a)), F.vnode && F.vnode(l), l;
  }
  var Hs = (e) => `${Math.round(e)}px`;
  function Us(e) {
    const {
        fieldKey: t,
        label: n,
        pageLabel: r,
        pageLang: i,
        hint: a,
        formatText: o,
        mistakes: s,
        findings: c,
      } = e,
      { humanGate: l, placement: u, fieldFocused: d, buttonLabel: f, dir: p } = e,
      m = c[0]?.severity,
      [h, g] = xs(!1),
      [_, v] = xs(!1),
      [y, b] = xs(!1),
      [x, S] = xs(!1);
    Cs(() => {
      d && S(!1);
    }, [d]);
    const C = h || _ || y,
      w = !x && (C || d),
      T = w && !C,
      E = `eikamet-hint-${t}`,
      { tooltip: D } = u,
      O = (e) => () => {
        S(!1), e(!0);
      };
    return $(z, {
      children: [
        $(`button`, {
          type: `button`,
          class: l ? `badge badge--gate` : m ? `badge badge--${m}` : `badge`,
          'data-hint-for': t,
          'data-human-gate': l ? `true` : void 0,
          'data-finding-severity': m,
          'aria-label': f,
          'aria-describedby': E,
          style: { left: Hs(u.badge.left), top: Hs(u.badge.top) },
          onMouseEnter: O(g),
          onMouseLeave: () => g(!1),
          onFocus: O(v),
          onBlur: () => {
            v(!1), b(!1);
          },
          onClick: Q(() => {
            S(!1), b(!y);
          }),
          onKeyDown: Q((e) => {
            e.key === `Escape` && S(!0);
          }),
          children: l ? `i` : m ? Fs[m] : `?`,
        }),
        $(`div`, {
          id: E,
          role: `tooltip`,
          class: `tooltip tooltip--${D.placement}${l ? ` tooltip--gate` : ``}${T ? ` tooltip--passive` : ``}`,
          dir: p,
          hidden: !w,
          style: {
            left: Hs(D.left),
            top: Hs(D.top),
            ...(T && D.maxHeight !== void 0 ? { maxHeight: Hs(D.maxHeight) } : {}),
          },
          onMouseEnter: O(g),
          onMouseLeave: () => g(!1),
          children: [
            l
              ? null
              : $(`strong`, {
                  class: `tooltip-title`,
                  children: r ? $(z, { children: [$(`bdi`, { lang: i, children: r }), ` — `, n] }) : n,
                }),
            c.map((e) =>
              $(
                `span`,
                {
                  class: `tooltip-finding tooltip-finding--${e.severity}`,
                  'data-rule': e.ruleId,
                  'data-severity': e.severity,
                  children: [
                    $(`span`, { class: `severity-glyph`, 'aria-hidden': `true`, children: Fs[e.severity] }),
                    $(`strong`, { children: [e.severityWord, `:`] }),
                    ` `,
                    e.message,
                  ],
                },
                e.id,
              ),
            ),
            a ? $(`span`, { class: `tooltip-text`, children: a }) : null,
            o && !l ? $(`span`, { class: `tooltip-format`, children: o }) : null,
            s && !l && !T
              ? $(`span`, {
                  class: `tooltip-mistakes`,
                  children: [$(`strong`, { children: [s.heading, `:`] }), ` `, s.text],
                })
              : null,
          ],
        }),
      ],
    });
  }
  var Ws = [];
  function Gs({ views: e, text: t, pageLang: n, focusedField: r, findings: i, placeField: a }) {
    return $(`div`, {
      class: `badge-layer`,
      lang: t.lang,
      children: e.map((e) => {
        const o = a(e.field);
        if (!o) return null;
        const s =
            i
              .get(e.key)
              ?.map((e) => ({
                id: e.id,
                ruleId: e.finding.ruleId,
                severity: e.severity,
                severityWord: t.rule(`severity.${e.severity}`),
                message: e.message,
              })) ?? Ws,
          c = s[0];
        return $(
          Us,
          {
            fieldKey: e.key,
            label: e.label,
            pageLabel: e.pageLabel,
            pageLang: n,
            hint: e.hint,
            formatText: e.format ? t.t(`field.format`, { format: e.format }) : void 0,
            mistakes: e.mistakes ? { heading: t.t(`field.mistakes`), text: e.mistakes } : void 0,
            findings: s,
            humanGate: e.humanGate,
            placement: o,
            fieldFocused: r === e.key,
            buttonLabel: c
              ? t.t(`badge.findingFor`, { severity: c.severityWord, label: e.label })
              : t.t(e.humanGate ? `badge.fillYourselfFor` : `badge.hintFor`, { label: e.label }),
            dir: t.dir,
          },
          e.key,
        );
      }),
    });
  }
  function Ks({ id: e, label: t, value: n, options: r, optionText: i, placeholder: a, onChange: o }) {
    return $(`div`, {
      class: `choice`,
      children: [
        $(`label`, { for: e, children: t }),
        $(`select`, {
          id: e,
          'data-choice': e,
          value: n ?? ``,
          onChange: Q((e) => {
            const t = e.currentTarget.value;
            o(r.includes(t) ? t : void 0);
          }),
          children: [
            $(`option`, { value: ``, children: a }),
            r.map((e) => $(`option`, { value: e, children: i(e) }, e)),
          ],
        }),
      ],
    });
  }
  function qs({ label: e, value: t, hook: n }) {
    return $(`div`, {
      class: `choice choice--page`,
      children: [
        $(`span`, { class: `choice-label`, children: e }),
        ` `,
        $(`strong`, { 'data-from-page': n, children: t }),
      ],
    });
  }
  function Js({ fromPage: e, ...t }) {
    return e && t.value
      ? $(qs, { label: t.label, value: t.optionText(t.value), hook: t.id })
      : $(Ks, { ...t });
  }
  function Ys(e) {
    const { text: t, inputs: n, view: r, ticks: i, onChoose: a, onTick: o, onPrint: s } = e,
      { t: c, doc: l } = t,
      u = (e) => l(`permit.type.${e}`),
      d = (e) => l(`permit.purpose.${e}`),
      f = (e) => c(`application.${e}`),
      p = r ? r.items.filter((e) => i.includes(e.id)).length : 0;
    return $(`details`, {
      class: `checklist-section`,
      'data-checklist-section': !0,
      children: [
        $(`summary`, {
          children: [
            c(`checklist.title`),
            r && r.items.length > 0
              ? $(`span`, {
                  class: `checklist-count`,
                  'data-checklist-count': !0,
                  children: [` `, c(`checklist.progress`, { done: p, total: r.items.length })],
                })
              : null,
          ],
        }),
        $(`div`, {
          class: `checklist-choices`,
          children: [
            $(Js, {
              id: `permitType`,
              fromPage: n.fromPage.permitType,
              label: c(`checklist.permitType`),
              value: n.permitType,
              options: yo,
              optionText: u,
              placeholder: c(`checklist.choose`),
              onChange: (e) => a({ permitType: e }),
            }),
            n.permitType === `short-term`
              ? $(Js, {
                  id: `purpose`,
                  fromPage: n.fromPage.purpose,
                  label: c(`checklist.purpose`),
                  value: n.purpose,
                  options: bo,
                  optionText: d,
                  placeholder: c(`checklist.choose`),
                  onChange: (e) => a({ purpose: e }),
                })
              : null,
            $(Js, {
              id: `kind`,
              fromPage: n.fromPage.kind,
              label: c(`checklist.kind`),
              value: n.kind,
              options: vo,
              optionText: f,
              placeholder: c(`checklist.choose`),
              onChange: (e) => a({ kind: e }),
            }),
          ],
        }),
        !n.permitType || !n.kind
          ? $(`p`, { class: `checklist-empty`, children: c(`checklist.needsChoice`) })
          : r
            ? $(z, {
                children: [
                  $(`p`, {
                    class: `checklist-status checklist-status--${r.status}`,
                    'data-checklist-status': r.status,
                    children: l(r.statusMessageKey),
                  }),
                  $(`ul`, {
                    class: `checklist`,
                    'data-checklist': !0,
                    'data-permit-type': n.permitType,
                    'data-kind': n.kind,
                    'data-purpose': n.purpose,
                    children: r.items.map((e) => {
                      const t = `doc-${e.id}`,
                        n = i.includes(e.id);
                      return $(
                        `li`,
                        {
                          class: `doc`,
                          'data-doc': e.id,
                          'data-requirement': e.requirement,
                          children: [
                            $(`input`, {
                              type: `checkbox`,
                              id: t,
                              checked: n,
                              onClick: Q((t) => o(e.id, t.currentTarget.checked)),
                            }),
                            $(`label`, {
                              for: t,
                              children: [
                                $(`span`, { class: `doc-title`, children: l(e.titleKey, e.params) }),
                                ` `,
                                $(`span`, {
                                  class: `doc-requirement`,
                                  children: l(`requirement.${e.requirement}`),
                                }),
                              ],
                            }),
                            e.noteKey
                              ? $(`p`, { class: `doc-note`, children: l(e.noteKey, e.params) })
                              : null,
                          ],
                        },
                        e.id,
                      );
                    }),
                  }),
                  r.notes.length > 0
                    ? $(`ul`, {
                        class: `checklist-notes`,
                        children: r.notes.map((e) =>
                          $(
                            `li`,
                            {
                              class: `checklist-note checklist-note--${e.tone}`,
                              'data-note': e.id,
                              children: l(e.messageKey, e.params),
                            },
                            e.id,
                          ),
                        ),
                      })
                    : null,
                  r.items.length > 0
                    ? $(`button`, {
                        type: `button`,
                        class: `checklist-print`,
                        'data-action': `print-checklist`,
                        onClick: Q(s),
                        children: c(`checklist.print`),
                      })
                    : null,
                ],
              })
            : null,
      ],
    });
  }
  var Xs = new Set([`captcha`, `consent`, `verificationCode`]);
  function Zs(e) {
    return Xs.has(e.key) || e.widget === `captcha`;
  }
  function Qs(e) {
    return e.replace(/[\s*:]+$/u, ``).trim();
  }
  function $s(e, t) {
    const n = new Set(),
      r = [];
    for (const i of e) {
      if (n.has(i.key)) continue;
      n.add(i.key);
      const e = Zs(i),
        a = Qs(i.label),
        o = t.field(i.key, `label`) ?? (a || i.key);
      r.push({
        key: i.key,
        field: i,
        label: o,
        pageLabel: a && k(a) !== k(o) ? a : ``,
        hint: e ? t.t(`field.fillYourself`) : (t.field(i.key, `hint`) ?? ``),
        format: e ? void 0 : t.field(i.key, `format`),
        mistakes: e ? void 0 : t.field(i.key, `mistakes`),
        humanGate: e,
      });
    }
    return r;
  }
  function ec(e, t) {
    return e.map((e) => ({
      id: `${e.ruleId}:${e.messageKey}`,
      finding: e,
      severity: e.severity,
      message: t.rule(e.messageKey, e.params),
      fieldNames: e.fields.map((e) => t.field(e, `label`) ?? e),
    }));
  }
  function tc(e) {
    const t = new Map();
    for (const n of e)
      for (const e of n.finding.fields) {
        const r = t.get(e) ?? [];
        r.push(n), t.set(e, r);
      }
    return t;
  }
  function nc(e) {
    const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e);
    return t ? `${t[3]}.${t[2]}.${t[1]}` : e;
  }
  var rc = 3;
  function ic({ fields: e, layer: t }) {
    const n = t.getBoundingClientRect(),
      r = new Set();
    return $(z, {
      children: e.map((e) => {
        if (r.has(e.key)) return null;
        r.add(e.key);
        const t = e.anchor.isConnected ? e.anchor.getBoundingClientRect() : null,
          i = t !== null && (t.width > 0 || t.height > 0);
        return $(
          `div`,
          {
            class: `fill-mark`,
            'data-filled-for': e.key,
            'aria-hidden': `true`,
            hidden: !i,
            style: i
              ? {
                  left: `${t.left - n.left - rc}px`,
                  top: `${t.top - n.top - rc}px`,
                  width: `${t.width + 6}px`,
                  height: `${t.height + 6}px`,
                }
              : void 0,
          },
          e.key,
        );
      }),
    });
  }
  var ac = `.fill{border-top:1px solid #eaeef2;flex-direction:column;gap:6px;padding-top:8px;display:flex}.fill .panel-subtitle{margin:0}.fill-button{color:#fff;text-align:center;overflow-wrap:anywhere;cursor:pointer;background:#0b5cad;border:1px solid #0b5cad;border-radius:6px;width:100%;padding:8px 12px;font-weight:600}.fill-button:hover:not(:disabled){background:#084a8c}.fill-button:disabled,.fill-secondary:disabled{opacity:.6;cursor:default}.fill-explain,.fill-note,.fill-check,.fill-undone{color:#59636e;margin:0;font-size:12px}.fill-note{color:#3d444d}.fill-undone{color:#1a7f37;font-weight:600}.fill-error{color:#82071e;background:#ffebe9;border-inline-start:3px solid #cf222e;border-radius:4px;margin:0;padding:6px 8px;font-size:12px}.fill-summary{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;flex-direction:column;gap:6px;padding:8px 10px;display:flex}.fill-group{color:#1f2328;margin:2px 0 0;font-size:12px;font-weight:700}.fill-results{margin:0;padding:0;list-style:none}.fill-results--filled{flex-wrap:wrap;gap:4px;display:flex}.fill-results--filled .fill-result{color:#116329;background:#dafbe1;border:1px solid #aceebb;border-radius:10px;padding:1px 6px;font-size:12px}.fill-results--filled .fill-result:before{content:"✓ "}.fill-results--skipped{flex-direction:column;gap:4px;display:flex}.fill-results--skipped .fill-result{flex-direction:column;font-size:12px;display:flex}.fill-result-name{font-weight:600}.fill-result-reason{color:#59636e}.fill-result[data-reason=user-typed] .fill-result-reason{color:#7d4e00}.fill-actions{flex-wrap:wrap;gap:6px;display:flex}.fill-actions:empty{display:none}.fill-secondary{color:#1f2328;cursor:pointer;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:4px 10px;font-size:12px;font-weight:600}.fill-secondary:hover:not(:disabled){background:#eaeef2}.fill-secondary:focus-visible{outline-offset:2px;outline:2px solid #f0a500}.fill-marks{width:0;height:0;position:absolute;top:0;left:0}.fill-mark{box-sizing:border-box;pointer-events:none;border:2px solid #1a7f37;border-radius:5px;position:absolute;box-shadow:0 0 0 2px #1a7f372e}`;
  function oc(e) {
    return e.drift === null ? (e.fillAllowed ? null : e.kind === `unknown` ? `unknown` : `page`) : `drift`;
  }
  function sc({ fill: e, ...t }) {
    return e ? $(cc, { fill: e, ...t }) : null;
  }
  function cc({ fill: e, recognition: t, text: n }) {
    const r = pc(e),
      i = Ts(null),
      a = mc(i),
      o = e.text(n.lang),
      s = oc(t),
      c = s === null && r.profile.status === `ready` ? r.profile.profile : null;
    Cs(() => e.forgetOtherPage(t.kind), [e, t.kind]);
    const l = c !== null;
    Cs(() => {
      l && e.warmUp();
    }, [e, l]);
    const u = r.session?.page === t.kind ? r.session : null,
      d = (e) => n.field(e, `label`) ?? (t.fields.find((t) => t.key === e)?.label || e),
      f = u?.phase === `filled` ? t.fields.filter((e) => u.filledElements.has(e.element)) : [];
    if (!o) return $(`section`, { class: `fill`, 'data-fill': !0, ref: i, hidden: !0 });
    const p = P(`fill`, () => void e.fill(t, { overwrite: !1 })),
      m = P(`fill overwrite`, () => void e.fill(t, { overwrite: !0 })),
      h = P(`undo fill`, () => void e.undo());
    return $(`section`, {
      class: `fill`,
      'data-fill': !0,
      ref: i,
      'aria-busy': r.busy === null ? void 0 : `true`,
      children: [
        $(`style`, { children: ac }),
        s
          ? $(`p`, { class: `fill-note`, 'data-fill-unavailable': s, children: o(`fill.unavailable.${s}`) })
          : $(z, {
              children: [
                $(`h3`, { class: `panel-subtitle`, children: o(`fill.heading`) }),
                r.profile.status === `none`
                  ? $(`p`, { class: `fill-note`, 'data-fill-no-profile': !0, children: o(`fill.noProfile`) })
                  : null,
                r.profile.status === `locked`
                  ? $(`p`, { class: `fill-note`, 'data-fill-locked': !0, children: o(`fill.locked`) })
                  : null,
                c
                  ? $(z, {
                      children: [
                        $(`button`, {
                          type: `button`,
                          class: `fill-button`,
                          'data-action': `fill`,
                          disabled: r.busy !== null,
                          onClick: Q(p),
                          children: r.busy === `fill` ? o(`fill.busy`) : uc(o, `fill.button`, c.displayName),
                        }),
                        r.busy === `fill` && r.waitingFor
                          ? $(`p`, {
                              class: `fill-note`,
                              'data-fill-waiting': r.waitingFor,
                              role: `status`,
                              children: o(`fill.waiting`, { field: d(r.waitingFor) }),
                            })
                          : null,
                        $(`p`, { class: `fill-explain`, children: o(`fill.explain`) }),
                      ],
                    })
                  : null,
              ],
            }),
        r.failed
          ? $(`p`, { class: `fill-error`, role: `alert`, children: o(`fill.failed.${r.failed}`) })
          : null,
        $(`div`, {
          class: `fill-summary`,
          'data-fill-summary': !0,
          'data-fill-state': u?.phase,
          'aria-live': `polite`,
          hidden: u === null,
          children: [
            u?.phase === `filled`
              ? $(dc, {
                  session: u,
                  t: o,
                  labelOf: d,
                  recognition: t,
                  busy: r.busy !== null,
                  canOverwrite: c !== null,
                  onOverwrite: m,
                  onUndo: h,
                })
              : null,
            u?.phase === `undone` ? $(fc, { session: u, t: o, labelOf: d, lang: n.lang }) : null,
          ],
        }),
        a && f.length > 0 ? $n($(ic, { fields: f, layer: a }), a) : null,
      ],
    });
  }
  var lc = `\0`;
  function uc(e, t, n) {
    const [r = ``, i = ``] = e(t, { name: lc }).split(lc);
    return $(z, { children: [r, $(`bdi`, { children: n }), i] });
  }
  function dc({
    session: e,
    t,
    labelOf: n,
    recognition: r,
    busy: i,
    canOverwrite: a,
    onOverwrite: o,
    onUndo: s,
  }) {
    const c = e.results.filter((e) => e.outcome === `filled`),
      l = e.results.filter((e) => e.outcome !== `filled`),
      u = l.some((e) => e.reason === `user-typed`),
      d = (e) => {
        const i = r.fields.find((t) => t.key === e.key);
        return e.reason === `not-fillable` && Zs({ key: e.key, widget: i?.widget ?? `text` })
          ? t(`fill.reason.gate`)
          : e.reason === `option-not-found` && e.closest?.length
            ? t(`fill.reason.option-not-found.closest`, { options: e.closest.join(` · `) })
            : e.reason === `list-empty`
              ? t(`fill.reason.list-empty`, { seconds: Math.round((e.waitedMs ?? 0) / 1e3) })
              : e.reason === `needs-parent` && e.parent
                ? t(`fill.reason.needs-parent`, { parent: n(e.parent) })
                : t(`fill.reason.${e.reason ?? `failed`}`);
      };
    return $(z, {
      children: [
        c.length > 0 ? $(`p`, { class: `fill-check`, children: t(`fill.check`) }) : null,
        $(`div`, {
          class: `fill-actions`,
          children: [
            e.filledElements.size > 0
              ? $(`button`, {
                  type: `button`,
                  class: `fill-secondary`,
                  'data-action': `undo-fill`,
                  disabled: i,
                  onClick: Q(s),
                  children: t(`fill.undo`),
                })
              : null,
            u
              ? $(`button`, {
                  type: `button`,
                  class: `fill-secondary`,
                  'data-action': `fill-overwrite`,
                  disabled: i || !a,
                  onClick: Q(o),
                  children: t(`fill.overwrite`),
                })
              : null,
          ],
        }),
        $(`h4`, { class: `fill-group`, children: t(`fill.group.filled`, { count: c.length }) }),
        c.length > 0
          ? $(`ul`, {
              class: `fill-results fill-results--filled`,
              children: c.map((e) =>
                $(
                  `li`,
                  {
                    class: `fill-result`,
                    'data-fill-result': `filled`,
                    'data-field': e.key,
                    children: n(e.key),
                  },
                  e.key,
                ),
              ),
            })
          : null,
        l.length > 0
          ? $(z, {
              children: [
                $(`h4`, { class: `fill-group`, children: t(`fill.group.skipped`, { count: l.length }) }),
                $(`ul`, {
                  class: `fill-results fill-results--skipped`,
                  children: l.map((e) =>
                    $(
                      `li`,
                      {
                        class: `fill-result`,
                        'data-fill-result': `skipped`,
                        'data-field': e.key,
                        'data-reason': e.reason,
                        children: [
                          $(`span`, { class: `fill-result-name`, children: n(e.key) }),
                          $(`span`, { class: `fill-result-reason`, children: d(e) }),
                        ],
                      },
                      e.key,
                    ),
                  ),
                }),
              ],
            })
          : null,
      ],
    });
  }
  function fc({ session: e, t, labelOf: n, lang: r }) {
    const i = e.undone,
      a = (e) => ro(r, e.map(n));
    return $(z, {
      children: [
        $(`p`, { class: `fill-undone`, children: t(`fill.undone`) }),
        i && i.leftAlone.length > 0
          ? $(`p`, {
              class: `fill-note`,
              'data-fill-left-alone': !0,
              children: t(`fill.undone.leftAlone`, { fields: a(i.leftAlone) }),
            })
          : null,
        i && i.notRestored.length > 0
          ? $(`p`, {
              class: `fill-error`,
              'data-fill-not-restored': !0,
              children: t(`fill.undone.failed`, { fields: a(i.notRestored) }),
            })
          : null,
      ],
    });
  }
  function pc(e) {
    const [, t] = xs(0);
    return (
      Cs(() => {
        const n = e.subscribe(() => t((e) => e + 1));
        return t((e) => e + 1), n;
      }, [e]),
      e.getState()
    );
  }
  function mc(e) {
    const [t, n] = xs(null);
    return (
      ws(() => {
        const t = e.current;
        if (!t) return;
        const r = t.getRootNode(),
          i = r instanceof ShadowRoot ? r : t.ownerDocument.body,
          a = t.ownerDocument.createElement(`div`);
        return (a.className = `fill-marks`), i.append(a), n(a), () => a.remove();
      }, [e]),
      t
    );
  }
  var hc = (e) => /^https?:\/\//i.test(e);
  function gc({ view: e, text: t }) {
    const { finding: n, severity: r } = e,
      { source: i } = n;
    return $(`article`, {
      class: `finding finding--${r}`,
      'data-rule': n.ruleId,
      'data-severity': r,
      'data-message': n.messageKey,
      children: [
        $(`p`, {
          class: `finding-head`,
          children: [
            $(`span`, { class: `severity-glyph`, 'aria-hidden': `true`, children: Fs[r] }),
            $(`strong`, { class: `severity-word`, children: t.rule(`severity.${r}`) }),
            e.fieldNames.length > 0
              ? $(`span`, { class: `finding-fields`, children: e.fieldNames.join(`, `) })
              : null,
          ],
        }),
        $(`p`, { class: `finding-message`, children: e.message }),
        $(`details`, {
          class: `finding-source`,
          children: [
            $(`summary`, { children: t.t(`finding.source`) }),
            $(`dl`, {
              children: [
                $(`dt`, { children: t.t(`finding.reference`) }),
                $(`dd`, { children: i.reference }),
                $(`dt`, { children: t.t(`finding.confidence`) }),
                $(`dd`, { 'data-confidence': i.confidence, children: t.rule(`confidence.${i.confidence}`) }),
                $(`dt`, { children: t.t(`finding.lastVerified`) }),
                $(`dd`, { children: nc(i.lastVerified) }),
                $(`dt`, { children: t.t(`finding.address`) }),
                $(`dd`, {
                  class: `finding-url`,
                  dir: `ltr`,
                  children: hc(i.url)
                    ? $(`a`, { href: i.url, target: `_blank`, rel: `noopener noreferrer`, children: i.url })
                    : i.url,
                }),
              ],
            }),
          ],
        }),
      ],
    });
  }
  function _c({ views: e, text: t }) {
    const n = e.filter((e) => e.severity === `info` && e.finding.fields.length === 0);
    return $(`div`, {
      class: `findings`,
      'data-findings': !0,
      'aria-live': `polite`,
      children: [
        e.filter((e) => !n.includes(e)).map((e) => $(gc, { view: e, text: t }, e.id)),
        n.length > 0
          ? $(`details`, {
              class: `findings-more`,
              'data-findings-more': !0,
              children: [
                $(`summary`, { children: t.t(`findings.more`, { count: n.length }) }),
                n.map((e) => $(gc, { view: e, text: t }, e.id)),
              ],
            })
          : null,
      ],
    });
  }
  var vc = { tr: `Türkçe`, en: `English`, ar: `العربية`, ru: `Русский` };
  function yc({ text: e, onChoose: t }) {
    return $(`fieldset`, {
      class: `language-switch`,
      children: [
        $(`legend`, { class: `visually-hidden`, children: e.t(`language.label`) }),
        Pt.map((n) =>
          $(
            `button`,
            {
              type: `button`,
              lang: n,
              'data-language': n,
              'aria-pressed': n === e.lang ? `true` : `false`,
              onClick: Q(() => t(n)),
              children: [
                $(`span`, { 'aria-hidden': `true`, children: n.toUpperCase() }),
                $(`span`, { class: `visually-hidden`, children: vc[n] }),
              ],
            },
            n,
          ),
        ),
      ],
    });
  }
  var bc = `eikamet-panel-body`;
  function xc(e) {
    const {
        recognition: t,
        views: n,
        text: r,
        collapsed: i,
        onToggle: a,
        findings: o,
        onChooseLanguage: s,
        fill: c,
        children: l,
      } = e,
      { t: u } = r,
      d = r.pageAbout(t.kind),
      f = o.filter((e) => e.severity !== `info`),
      p = Ls(f);
    return $(`aside`, {
      class: `panel`,
      dir: r.dir,
      lang: r.lang,
      'data-collapsed': i ? `true` : `false`,
      'aria-label': u(`overlay.title`),
      children: [
        $(`button`, {
          type: `button`,
          class: `panel-tab`,
          hidden: !i,
          'aria-expanded': `false`,
          'aria-controls': bc,
          title: u(`panel.expand`),
          onClick: Q(a),
          children: [
            $(`span`, { class: `panel-tab-mark`, 'aria-hidden': `true`, children: `?` }),
            $(`span`, { children: u(`panel.tab`) }),
            p
              ? $(`span`, {
                  class: `panel-tab-count panel-tab-count--${p}`,
                  'data-tab-severity': p,
                  children: [
                    $(`span`, { 'aria-hidden': `true`, children: Fs[p] }),
                    ` `,
                    $(`span`, {
                      class: `visually-hidden`,
                      children: u(`panel.tabFindings`, { count: f.length }),
                    }),
                    $(`span`, { 'aria-hidden': `true`, children: f.length }),
                  ],
                })
              : null,
          ],
        }),
        $(`div`, {
          class: `visually-hidden`,
          role: `status`,
          'data-announcer': !0,
          children: i ? f.map((e) => `${r.rule(`severity.${e.severity}`)}: ${e.message}`).join(` `) : ``,
        }),
        $(`section`, {
          id: bc,
          class: `panel-body`,
          hidden: i,
          children: [
            $(`header`, {
              class: `panel-header`,
              children: [
                $(`h2`, { class: `panel-title`, children: u(`overlay.title`) }),
                $(`button`, {
                  type: `button`,
                  class: `panel-close`,
                  'aria-expanded': `true`,
                  'aria-controls': bc,
                  'aria-label': u(`panel.collapse`),
                  title: u(`panel.collapse`),
                  onClick: Q(a),
                  children: $(`span`, {
                    'aria-hidden': `true`,
                    dir: `ltr`,
                    children: r.dir === `rtl` ? `«` : `»`,
                  }),
                }),
              ],
            }),
            $(yc, { text: r, onChoose: s }),
            $(`dl`, {
              class: `panel-facts`,
              children: [
                $(`dt`, { children: u(`panel.page`) }),
                $(`dd`, { 'data-page-name': !0, children: u(`page.${t.kind}`) }),
                t.applicationKind
                  ? $(z, {
                      children: [
                        $(`dt`, { children: u(`panel.application`) }),
                        $(`dd`, {
                          'data-application-kind': t.applicationKind,
                          children: u(`application.${t.applicationKind}`),
                        }),
                      ],
                    })
                  : null,
              ],
            }),
            d ? $(`p`, { class: `page-about`, 'data-page-about': !0, children: d }) : null,
            t.drift
              ? $(`p`, {
                  class: `drift-notice`,
                  role: `note`,
                  'data-drift-notice': !0,
                  children: u(`drift.notice`, {
                    missing: t.drift.missing.length,
                    unknown: t.drift.unknown.length,
                  }),
                })
              : null,
            $(sc, { fill: c, recognition: t, text: r }),
            o.length > 0 ? $(`h3`, { class: `panel-subtitle`, children: u(`panel.findings`) }) : null,
            $(_c, { views: o, text: r }),
            l,
            $(`details`, {
              class: `fields-section`,
              open: !0,
              children: [
                $(`summary`, { class: `panel-subtitle`, children: u(`panel.fields`) }),
                n.length === 0
                  ? $(`p`, { class: `panel-empty`, children: u(`panel.noFields`) })
                  : $(`ul`, {
                      class: `field-list`,
                      children: n.map((e) =>
                        $(
                          `li`,
                          {
                            class: e.humanGate ? `field field--gate` : `field`,
                            'data-field-key': e.key,
                            children: [
                              $(`span`, { class: `field-name`, children: e.label }),
                              e.pageLabel
                                ? $(`span`, {
                                    class: `field-page-label`,
                                    children: $(`bdi`, { lang: t.lang, children: e.pageLabel }),
                                  })
                                : null,
                              e.hint ? $(`span`, { class: `field-hint`, children: e.hint }) : null,
                              e.format
                                ? $(`span`, {
                                    class: `field-format`,
                                    children: u(`field.format`, { format: e.format }),
                                  })
                                : null,
                              e.mistakes
                                ? $(`details`, {
                                    class: `field-mistakes`,
                                    children: [
                                      $(`summary`, { children: u(`field.mistakes`) }),
                                      $(`p`, { children: e.mistakes }),
                                    ],
                                  })
                                : null,
                            ],
                          },
                          e.key,
                        ),
                      ),
                    }),
              ],
            }),
            $(`p`, { class: `panel-promise`, children: u(`panel.promise`) }),
          ],
        }),
      ],
    });
  }
  var Sc = [],
    Cc = () => {};
  function wc(e) {
    const {
        recognition: t,
        text: n,
        panelCollapsed: r,
        focusedField: i,
        placeField: a,
        onTogglePanel: o,
      } = e,
      s = $s(t.fields, n),
      c = ec(e.findings ?? Sc, n);
    return $(`div`, {
      class: `overlay`,
      children: [
        $(Gs, { views: s, text: n, pageLang: t.lang, focusedField: i, findings: tc(c), placeField: a }),
        $(xc, {
          recognition: t,
          views: s,
          text: n,
          collapsed: r,
          onToggle: o,
          findings: c,
          onChooseLanguage: e.onChooseLanguage ?? Cc,
          fill: e.fill,
          children: e.checklist ? $(Ys, { text: n, ...e.checklist }) : null,
        }),
      ],
    });
  }
  function Tc(e, t) {
    if (e.target === t || t.contains(e.target)) return !0;
    const n = [...e.addedNodes, ...e.removedNodes];
    return n.length > 0 && n.every((e) => e === t);
  }
  function Ec({ ctx: e, ownHost: t, onPageChange: n, debounceMs: r = 200 }) {
    const i = mo(e),
      a = () => i.restart(P(`page change`, n), r),
      o = new MutationObserver(
        P(`mutation observer`, (e) => {
          e.some((e) => !Tc(e, t)) && a();
        }),
      );
    o.observe(document.body, { childList: !0, subtree: !0 }),
      e.addEventListener(window, `wxt:locationchange`, P(`location change`, a)),
      e.onInvalidated(() => o.disconnect());
  }
  function Dc(e, t, n) {
    return e < 1100 ? !0 : t ? (n === `right` ? e - (t.left + t.width) : t.left) < 304 : !1;
  }
  function Oc(e) {
    const t = e.filter((e) => e.width > 0 || e.height > 0);
    if (t.length === 0) return null;
    const n = Math.min(...t.map((e) => e.left)),
      r = Math.min(...t.map((e) => e.top)),
      i = Math.max(...t.map((e) => e.left + e.width)),
      a = Math.max(...t.map((e) => e.top + e.height));
    return { left: n, top: r, width: i - n, height: a - r };
  }
  function kc(e) {
    return e === `right` ? { left: 0, right: 304 } : { left: 304, right: 0 };
  }
  var Ac = [`keydown`, `keyup`, `keypress`];
  function jc(e, t, n, r) {
    const i = document.createElement(t),
      a = i.attachShadow({ mode: `open` }),
      o = document.createElement(`style`);
    o.textContent = `:host{all:initial !important;}\n${n}`;
    const s = document.createElement(`div`);
    a.append(o, s);
    for (const e of Ac) a.addEventListener(e, (e) => e.stopPropagation());
    return (
      zs(a),
      document.body.append(i),
      e.onInvalidated(() => {
        r(s), i.remove();
      }),
      { host: i, shadow: a, container: s }
    );
  }
  var Mc = `eikamet-assistant`,
    Nc = { kind: `unknown`, lang: `tr`, fields: [], drift: null, fillAllowed: !1, applicationKind: null };
  async function Pc(e, { recognizePage: t, css: n, settings: r = fn() }) {
    const i = () => {
      try {
        return t(document, location.href);
      } catch (e) {
        return N(`page recognition`, e), Nc;
      }
    };
    Y(`start`);
    const a = await r;
    Y(`settings`);
    const o = i();
    Y(`recognized`);
    let s = {
        recognition: o,
        settings: a,
        text: Xt(dn(a), null),
        focusedField: co(document.activeElement, o.fields)?.key ?? null,
      },
      { host: c, container: l } = jc(e, Mc, n, (e) => Zn(null, e)),
      u = po(),
      d = () => (s.text.dir === `rtl` ? `left` : `right`),
      f = {},
      p = () =>
        s.settings.panelCollapsed ??
        u.get(f, () => Dc(document.documentElement.clientWidth, Fc(s.recognition.fields), d())),
      m = pr(c, () => (p() ? rr : kc(d()))),
      h = (e) => u.get(e, () => m(e)),
      g = () => {
        p();
        const e = new Set();
        for (const t of s.recognition.fields) e.has(t.key) || (e.add(t.key), h(t));
      },
      _ = so(e),
      v = P(`panel toggle`, () => {
        const e = !p();
        (s.settings = { ...s.settings, panelCollapsed: e }),
          u.invalidate(),
          D(),
          cn(e).catch((e) => N(`saving panel state`, e));
      }),
      y = null,
      b = null,
      x = (e, t) => {
        (b = Gt(b, t)), (s.text = Xt(e, b)), u.invalidate();
      },
      S = (e) => {
        if (e === y) return !1;
        y = e;
        let t = !1;
        for (const n of [zt, Bt]) {
          const r = en(e, n);
          r
            ? (x(e, r), (t = !0))
            : $t(e, n)
                .then(
                  P(`language loaded`, (t) => {
                    y === e && (x(e, t), D());
                  }),
                )
                .catch((e) => N(`loading the texts`, e));
        }
        return t;
      },
      C = P(`language switch`, (e) => {
        (s.settings = { ...s.settings, language: e }),
          S(e) && D(),
          sn(e).catch((e) => N(`saving the language`, e));
      }),
      w = os(e, { recognition: () => s.recognition, onUpdate: () => D() }),
      T = Dr(() => D()),
      E = {
        onChoose: P(`checklist choice`, w.setChoices),
        onTick: P(`checklist tick`, (e, t) => {
          const n = w.state().session.ticks.filter((t) => t !== e);
          w.setTicks(t ? [...n, e] : n);
        }),
        onPrint: P(`print checklist`, () => {
          const { request: e } = T.state();
          e && kr(e, s.text.lang, w.state().session);
        }),
      },
      D = P(`render`, () => {
        g(), uo(c, s.recognition, s.text.lang);
        const { ready: e, session: t, pageKind: n, assessment: r } = w.state(),
          i = Tr(r, t.choices, n);
        e && T.update(Er(i, new Date())),
          Zn(
            $(wc, {
              recognition: s.recognition,
              text: s.text,
              panelCollapsed: p(),
              focusedField: s.focusedField,
              placeField: h,
              fill: _,
              onTogglePanel: v,
              findings: r.findings,
              onChooseLanguage: C,
              checklist: { inputs: i, view: T.state().view, ticks: t.ticks, ...E },
            }),
            l,
          );
      });
    S(dn(s.settings)), g(), Y(`badges-placed`), D(), Y(`first-render`);
    const O = () => {
      u.invalidate(),
        (s.recognition = i()),
        (s.focusedField = co(document.activeElement, s.recognition.fields)?.key ?? null),
        w.pageChanged(),
        D();
    };
    er(
      P(`watching the page`, () => {
        e.isValid &&
          (Ec({ ctx: e, ownHost: c, onPageChange: O }),
          go(e, () => {
            u.invalidate(), D();
          }),
          O(),
          Y(`page-settled`));
      }),
      hn,
    ),
      lo(
        e,
        () => s.recognition.fields,
        (e) => {
          e !== s.focusedField && ((s.focusedField = e), D());
        },
      );
    const ee = ln(
      P(`settings change`, (e) => {
        (s.settings = e), u.invalidate(), S(dn(e)), D();
      }),
    );
    e.onInvalidated(ee);
  }
  function Fc(e) {
    return Oc(e.map((e) => (e.anchor.closest(`.form-group`) ?? e.anchor).getBoundingClientRect()));
  }
  var Ic = `:host{z-index:2147483000!important;width:0!important;height:0!important;display:block!important;position:absolute!important;top:0!important;left:0!important;overflow:visible!important}[hidden]{display:none!important}.overlay{color:#1f2328;text-align:start;width:0;height:0;font-family:system-ui,-apple-system,Segoe UI,Roboto,Noto Sans,Noto Sans Arabic,Tahoma,Arial,sans-serif;font-size:13px;line-height:1.45;position:absolute;top:0;left:0}.overlay *,.overlay :before,.overlay :after{box-sizing:border-box}button{font:inherit;margin:0}.badge-layer{width:0;height:0;position:absolute;top:0;left:0}.badge{color:#fff;text-align:center;cursor:help;background:#0b5cad;border:1px solid #fff;border-radius:9px;width:18px;height:18px;padding:0;font-size:12px;font-weight:700;line-height:16px;position:absolute;box-shadow:0 1px 2px #0000004d}.badge:hover{background:#084a8c}.badge:focus-visible,.panel button:focus-visible{outline-offset:2px;outline:2px solid #f0a500}.badge--gate{background:#6b7280;font-family:Georgia,Times New Roman,serif;font-style:italic}.badge--gate:hover{background:#4b5563}.tooltip{z-index:2;color:#fff;overflow-wrap:anywhere;background:#1f2937;border-radius:6px;width:max-content;max-width:260px;padding:8px 10px;font-size:13px;line-height:1.4;position:absolute;box-shadow:0 4px 12px #00000040}.tooltip--above{transform:translateY(-100%)}.tooltip--passive{pointer-events:none;overflow:hidden}.tooltip--gate{background:#4b5563}.tooltip-title,.tooltip-text,.tooltip-format{display:block}.tooltip-title{margin-bottom:2px;font-weight:700}.tooltip-format{color:#d1d5db;margin-top:4px;font-size:12px}.panel-tab{z-index:1;color:#fff;cursor:pointer;background:#0b5cad;border:1px solid #0b5cad;border-right:none;border-radius:8px 0 0 8px;align-items:center;gap:6px;padding:6px 10px 6px 8px;font-size:12px;font-weight:600;display:flex;position:fixed;top:120px;right:0;box-shadow:0 2px 6px #00000040}.panel[dir=rtl] .panel-tab{border:1px solid #0b5cad;border-left:none;border-radius:0 8px 8px 0;padding:6px 8px 6px 10px;left:0;right:auto}.panel-tab-mark{color:#0b5cad;text-align:center;background:#fff;border-radius:8px;width:16px;height:16px;font-size:11px;font-weight:700;line-height:16px;display:inline-block}.panel-body{z-index:1;background:#fff;border:1px solid #d0d7de;border-radius:8px;flex-direction:column;gap:10px;width:280px;max-height:calc(100vh - 120px);padding:12px 14px 14px;display:flex;position:fixed;top:96px;right:12px;overflow-y:auto;box-shadow:0 6px 20px #0000002e}.panel[dir=rtl] .panel-body{left:12px;right:auto}.panel-header{justify-content:space-between;align-items:center;gap:8px;display:flex}.panel-title{color:#0b5cad;margin:0;font-size:15px;font-weight:700}.panel-close{color:#1f2328;cursor:pointer;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;flex:none;width:26px;height:26px;padding:0;font-size:15px;line-height:22px}.panel-close:hover{background:#eaeef2}.panel-facts{grid-template-columns:max-content 1fr;gap:2px 8px;margin:0;display:grid}.panel-facts dt{color:#59636e}.panel-facts dd{margin:0;font-weight:600}.page-about{color:#3d444d;margin:0}.drift-notice{color:#5c3700;background:#fff4e5;border-inline-start:3px solid #b45309;border-radius:4px;margin:0;padding:8px 10px}.findings:empty{display:none}.panel-subtitle{color:#59636e;text-transform:uppercase;letter-spacing:.4px;margin:4px 0 0;font-size:12px;font-weight:700}.panel[lang=ar] .panel-subtitle{text-transform:none;letter-spacing:0}.panel-empty{color:#59636e;margin:0}.field-list{flex-direction:column;gap:8px;margin:0;padding:0;list-style:none;display:flex}.field{border-bottom:1px solid #eaeef2;flex-direction:column;gap:1px;padding-bottom:8px;display:flex}.field:last-child{border-bottom:none;padding-bottom:0}.field-name{font-weight:600}.field-hint{color:#4b535d;font-size:12px}.field--gate .field-hint{font-style:italic}.panel-promise{color:#59636e;border-top:1px solid #eaeef2;margin:0;padding-top:8px;font-size:11px}.visually-hidden{clip:rect(0 0 0 0);white-space:nowrap;border:0;width:1px;height:1px;margin:-1px;padding:0;position:absolute;overflow:hidden}.panel summary{cursor:pointer}.panel summary:focus-visible,.panel select:focus-visible,.panel input:focus-visible,.panel a:focus-visible{outline-offset:2px;outline:2px solid #f0a500}.severity-glyph{color:#fff;text-align:center;border-radius:8px;flex:none;width:16px;height:16px;font-size:11px;font-weight:700;line-height:16px;display:inline-block}.badge--error,.finding--error .severity-glyph,.tooltip-finding--error .severity-glyph,.panel-tab-count--error{background:#b42318}.badge--warning,.finding--warning .severity-glyph,.tooltip-finding--warning .severity-glyph,.panel-tab-count--warning{background:#9a5b00}.finding--info .severity-glyph,.tooltip-finding--info .severity-glyph{background:#0b5cad}.badge--error:hover{background:#8e1b12}.badge--warning:hover{background:#7a4800}.badge--warning{border-radius:3px}.language-switch{border:0;gap:4px;min-width:0;margin:0;padding:0;display:flex}.language-switch button{color:#1f2328;cursor:pointer;background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;flex:1;padding:3px 0;font-size:12px;font-weight:600}.language-switch button[aria-pressed=true]{color:#fff;background:#0b5cad;border-color:#0b5cad}.findings{flex-direction:column;gap:8px;display:flex}.finding{border:1px solid #d0d7de;background:#fff;border-inline-start-width:4px;border-radius:6px;padding:8px 10px}.finding--error{border-color:#f3b8b3;background:#fff5f4;border-inline-start-color:#b42318}.finding--warning{border-color:#f2d49b;background:#fffaf0;border-inline-start-color:#9a5b00}.finding--info{background:#f5f9ff;border-inline-start-color:#0b5cad}.finding-head{flex-wrap:wrap;align-items:center;gap:4px 6px;margin:0 0 4px;display:flex}.finding-fields{color:#59636e;font-size:12px}.finding-message{margin:0}.finding-source{color:#3d444d;margin-top:6px;font-size:12px}.finding-source summary{color:#0b5cad;font-weight:600}.finding-source dl{grid-template-columns:max-content 1fr;gap:2px 8px;margin:6px 0 0;display:grid}.finding-source dt{color:#59636e}.finding-source dd{overflow-wrap:anywhere;margin:0}.finding-url{text-align:start}.finding-url a{color:#0b5cad}.findings-more summary{color:#3d444d;font-weight:600}.findings-more .finding{margin-top:6px}.tooltip-finding,.tooltip-mistakes{margin:4px 0;display:block}.tooltip-finding{background:#374151;border-radius:4px;padding:4px 6px}.tooltip-finding .severity-glyph{margin-inline-end:4px}.tooltip-mistakes{color:#e5e7eb;font-size:12px}.panel-tab-count{color:#fff;border:1px solid #fff;border-radius:8px;align-items:center;gap:3px;padding:0 5px;display:inline-flex}.checklist-section>summary,.fields-section>summary{padding:4px 0}.checklist-count{color:#59636e;text-transform:none;letter-spacing:0;font-weight:400}.checklist-section>summary{color:#0b5cad;font-weight:700}.checklist-choices{flex-direction:column;gap:6px;margin:6px 0;display:flex}.choice{flex-direction:column;gap:2px;display:flex}.choice label,.choice-label{color:#59636e;font-size:12px}.choice select{color:#1f2328;width:100%;font:inherit;background:#fff;border:1px solid #8c959f;border-radius:4px;padding:3px 4px}.choice--page{display:block}.checklist-status,.checklist-empty{color:#3d444d;margin:6px 0;font-size:12px}.checklist{margin:0;padding:0;list-style:none}.doc{border-bottom:1px solid #eaeef2;grid-template-columns:auto 1fr;gap:0 6px;padding:5px 0;display:grid}.doc input{width:15px;height:15px;margin:3px 0 0}.doc-requirement{color:#59636e;font-size:11px}.doc-note{color:#4b535d;grid-column:2;margin:2px 0 0;font-size:12px}.checklist-notes{color:#4b535d;margin:6px 0 0;padding-inline-start:16px;font-size:12px}.checklist-print{color:#0b5cad;cursor:pointer;background:#fff;border:1px solid #0b5cad;border-radius:6px;margin-top:8px;padding:5px 10px;font-weight:600}.field-page-label,.field-format{color:#59636e;font-size:12px}.field-mistakes{color:#4b535d;font-size:12px}.field-mistakes summary{color:#0b5cad}.field-mistakes p{margin:2px 0 0}`,
    Lc = e({
      matches: [`https://e-ikamet.goc.gov.tr/*`],
      runAt: `document_start`,
      cssInjectionMode: `manual`,
      async main(e) {
        try {
          const t = fn();
          if ((await pn(), !e.isValid)) return;
          await Pc(e, { recognizePage: xt, css: Ic, settings: t });
        } catch (e) {
          N(`starting the overlay`, e);
        }
      },
    }),
    Rc = {
      debug: (...e) => ([...e], void 0),
      log: (...e) => ([...e], void 0),
      warn: (...e) => ([...e], void 0),
      error: (...e) => ([...e], void 0),
    },
    zc = class e extends Event {
      static EVENT_NAME = Bc(`wxt:locationchange`);
      constructor(t, n) {
        super(e.EVENT_NAME, {}), (this.newUrl = t), (this.oldUrl = n);
      }
    };
  function Bc(e) {
    return `${j?.runtime?.id}:eikamet:${e}`;
  }
  var Vc = typeof globalThis.navigation?.addEventListener == `function`;
  function Hc(e) {
    let t,
      n = !1;
    return {
      run() {
        n ||
          ((n = !0),
          (t = new URL(location.href)),
          Vc
            ? globalThis.navigation.addEventListener(
                `navigate`,
                (e) => {
                  const n = new URL(e.destination.url);
                  n.href !== t.href && (window.dispatchEvent(new zc(n, t)), (t = n));
                },
                { signal: e.signal },
              )
            : e.setInterval(() => {
                const e = new URL(location.href);
                e.href !== t.href && (window.dispatchEvent(new zc(e, t)), (t = e));
              }, 1e3));
      },
    };
  }
  var Uc = class e {
      static SCRIPT_STARTED_MESSAGE_TYPE = Bc(`wxt:content-script-started`);
      id;
      abortController;
      locationWatcher = Hc(this);
      constructor(e, t) {
        (this.contentScriptName = e),
          (this.options = t),
          (this.id = Math.random().toString(36).slice(2)),
          (this.abortController = new AbortController()),
          this.stopOldScripts(),
          this.listenForNewerScripts();
      }
      get signal() {
        return this.abortController.signal;
      }
      abort(e) {
        return this.abortController.abort(e);
      }
      get isInvalid() {
        return j.runtime?.id ?? this.notifyInvalidated(), this.signal.aborted;
      }
      get isValid() {
        return !this.isInvalid;
      }
      onInvalidated(e) {
        return this.signal.addEventListener(`abort`, e), () => this.signal.removeEventListener(`abort`, e);
      }
      block() {
        return new Promise(() => {});
      }
      setInterval(e, t) {
        const n = setInterval(() => {
          this.isValid && e();
        }, t);
        return this.onInvalidated(() => clearInterval(n)), n;
      }
      setTimeout(e, t) {
        const n = setTimeout(() => {
          this.isValid && e();
        }, t);
        return this.onInvalidated(() => clearTimeout(n)), n;
      }
      requestAnimationFrame(e) {
        const t = requestAnimationFrame((...t) => {
          this.isValid && e(...t);
        });
        return this.onInvalidated(() => cancelAnimationFrame(t)), t;
      }
      requestIdleCallback(e, t) {
        const n = requestIdleCallback((...t) => {
          this.signal.aborted || e(...t);
        }, t);
        return this.onInvalidated(() => cancelIdleCallback(n)), n;
      }
      addEventListener(e, t, n, r) {
        t === `wxt:locationchange` && this.isValid && this.locationWatcher.run(),
          e.addEventListener?.(t.startsWith(`wxt:`) ? Bc(t) : t, n, { ...r, signal: this.signal });
      }
      notifyInvalidated() {
        this.abort(`Content script context invalidated`),
          Rc.debug(`Content script "${this.contentScriptName}" context invalidated`);
      }
      stopOldScripts() {
        document.dispatchEvent(
          new CustomEvent(e.SCRIPT_STARTED_MESSAGE_TYPE, {
            detail: { contentScriptName: this.contentScriptName, messageId: this.id },
          }),
        ),
          this.options?.noScriptStartedPostMessage ||
            window.postMessage(
              {
                type: e.SCRIPT_STARTED_MESSAGE_TYPE,
                contentScriptName: this.contentScriptName,
                messageId: this.id,
              },
              `*`,
            );
      }
      verifyScriptStartedEvent(e) {
        const t = e.detail?.contentScriptName === this.contentScriptName,
          n = e.detail?.messageId === this.id;
        return t && !n;
      }
      listenForNewerScripts() {
        const t = (e) => {
          e instanceof CustomEvent && this.verifyScriptStartedEvent(e) && this.notifyInvalidated();
        };
        document.addEventListener(e.SCRIPT_STARTED_MESSAGE_TYPE, t),
          this.onInvalidated(() => document.removeEventListener(e.SCRIPT_STARTED_MESSAGE_TYPE, t));
      }
    },
    Wc = {
      debug: (...e) => ([...e], void 0),
      log: (...e) => ([...e], void 0),
      warn: (...e) => ([...e], void 0),
      error: (...e) => ([...e], void 0),
    };
  return (async () => {
    try {
      const { main: e, ...t } = Lc;
      return await e(new Uc(`eikamet`, t));
    } catch (e) {
      throw (Wc.error(`The content script "eikamet" crashed on startup!`, e), e);
    }
  })();
})();
//# sourceMappingURL=eikamet.js.map
