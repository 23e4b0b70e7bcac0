/* alertpress search: no dependencies; data is written with textContent only. */
(function () {
  "use strict";
  // The count and messages go to a live region of their own, so a screen reader announces them, not the whole list.
  var form = document.querySelector("form[data-index]"), out = document.getElementById("results"),
    status = document.getElementById("results-status") || out;
  if (!form || !out || !window.fetch || !window.URL) return;
  var input = form.elements.q, lang = document.documentElement.lang, zh = /^zh/i.test(lang),
    hant = /^zh-(hant|tw|hk|mo)\b/i.test(lang), items = null, timer;
  var CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/, CJKS = new RegExp(CJK.source, "g");
  var rel = form.getAttribute("data-index");
  // data-index: "../" per level + "<lang>/search-index.json"; entry URLs are site-relative.
  var root = new URL((rel.match(/^(\.\.\/)*/) || [""])[0] || "./", location.href);

  // Thousands separators go ("7,900" is 7900), so a number is found however it is written; only
  // ASCII commas, before NFKD turns Chinese ones ("110，119") into commas too.
  function norm(s) {
    return String(s || "").replace(/(\d),(?=\d{3}(?!\d))/g, "$1").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  // Latin words and numbers only (CJK text is matched in `tight`): a CJK character ends a word,
  // so that "110" and "App" are words in "拨打110" and "下载App".
  function words(s) { return " " + norm(s).replace(CJKS, " ").replace(/[^\p{L}\p{N}]+/gu, " ") + " "; }
  function tight(s) { return norm(s).replace(/\s+/g, ""); }
  function prep(it) {
    var all = [it.title, it.summary, (it.types || []).join(" "), (it.tactics || []).join(" "), it.region, it.loss, it.text].join(" ");
    it._t = tight(it.title); it._a = tight(all); it._tw = words(it.title); it._aw = words(all);
    return it;
  }
  // A Latin word of the query without its inflection, matched as the start of a word:
  // "refunds", "refunded" and "refunding" find what "refund" finds; "scammed" finds "scam".
  function stem(k) {
    if (CJK.test(k) || k.length < 5) return k;
    var s = k.replace(/(?:ing|ed)$/, "");
    if (s.length < 4) s = k; // "speed", "string" are no inflections
    if (s === k) s = k.replace(/(?:(?:ch|sh|x|z)es|[^su]s)$/, function (m) { return m.length > 2 ? m.slice(0, -2) : m.slice(0, -1); });
    if (s !== k && /([b-df-hj-np-tv-z])\1$/.test(s) && !/(?:ll|ss|zz)$/.test(s)) s = s.slice(0, -1);
    return s.length >= 3 ? s : k;
  }
  // CJK: substring, spaces ignored; Latin: every word is the start of a word. A number is whole:
  // "35万" is not in "1.35万", "5" not in "15" or "50", and "2.1万" is not "2" and "1万".
  function hit(q, toks, t, w) {
    if (CJK.test(q)) {
      for (var at = t.indexOf(q); at >= 0; at = t.indexOf(q, at + 1)) {
        if (!/^\d/.test(q) || at === 0 || !/[\d.]/.test(t.charAt(at - 1))) return true;
      }
      if (/\d/.test(q)) return false;
    }
    return toks.length > 0 && toks.every(function (k) {
      return CJK.test(k) ? t.indexOf(k) >= 0 : w.indexOf(" " + k + (/^\d+$/.test(k) ? " " : "")) >= 0;
    });
  }
  function search(raw) {
    var q = tight(raw), toks = norm(raw).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);
    return q ? items.filter(function (it) {
      it._h = hit(q, toks, it._t, it._tw);
      return it._h || hit(q, toks, it._a, it._aw);
    }).sort(function (a, b) {
      return (b._h - a._h) || String(b.date).localeCompare(String(a.date));
    }) : null;
  }
  // A date as the pages write it ("25 October 2019", "2019年10月25日"), the ISO form if it cannot be read.
  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ""));
    if (!m || !window.Intl) return iso;
    try {
      return new Intl.DateTimeFormat(hant ? "zh-TW" : zh ? "zh-CN" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
        .format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
    } catch (x) { return iso; }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function show(raw) {
    if (!items) return;
    var found = search(raw), q = raw.trim(), n, list;
    out.textContent = "";
    status.textContent = "";
    if (!found) return;
    n = found.length;
    status.textContent = hant
      ? (n ? "找到 " + n + " 起與「" + q + "」相關的案例。" : "沒有找到與「" + q + "」相關的案例。")
      : zh ? (n ? "找到 " + n + " 起与“" + q + "”相关的案例。" : "没有找到与“" + q + "”相关的案例。")
      : (n ? n + (n === 1 ? " case matches “" : " cases match “") + q + "”" : "No cases match “" + q + "”.");
    if (!n) return;
    list = out.appendChild(el("ol", "results"));
    found.forEach(function (it) {
      var li = list.appendChild(el("li")), a = el("a", null, it.title), meta = el("p", "meta"), t = el("time", null, day(it.date));
      a.href = new URL(it.url, root).href;
      li.appendChild(el("h2")).appendChild(a);
      t.dateTime = it.date;
      meta.appendChild(t);
      if (it.region) meta.appendChild(document.createTextNode(" · " + it.region));
      if (it.types && it.types.length) meta.appendChild(document.createTextNode(" · " + it.types.join(zh ? "；" : "; ")));
      li.appendChild(meta);
      if (it.summary) li.appendChild(el("p", null, it.summary));
    });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    var u = new URL(location.href), q = input.value.trim();
    if (q) u.searchParams.set("q", q); else u.searchParams.delete("q");
    try { history.replaceState(null, "", u.href); } catch (x) { /* file: */ }
    show(input.value);
  });
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { show(input.value); }, 250); });
  input.value = new URLSearchParams(location.search).get("q") || "";
  fetch(new URL(rel, location.href).href).then(function (r) { return r.json(); }).then(function (data) {
    items = (Array.isArray(data) ? data : []).map(prep);
    show(input.value);
  }).catch(function () {
    status.textContent = hant ? "搜尋索引無法載入。" : zh ? "搜索索引无法加载。" : "The search index could not be loaded.";
  });
})();
