#!/usr/bin/env node
// Runs the site's own assets/search.js (in a small stand-in for the browser's DOM, on the built
// search page and index) and checks what it finds against the index read here independently:
// a number or Latin word finds every case whose text has it at the start of a word, also right
// after a Chinese character ("拨打110", "下载App").
//
//   node scripts/check_search.js <site-dir>
//
// Prints "PASS …" / "FAIL …" lines (scripts/validate-site.sh counts them); exits 1 on a failure.
"use strict";
const fs = require("fs"), path = require("path"), vm = require("vm");

const site = process.argv[2];
if (!site) { console.error("usage: check_search.js <site-dir>"); process.exit(2); }
const script = fs.readFileSync(path.join(site, "assets/search.js"), "utf8");
let failed = 0;

function element(tag) {
  return {
    tag, children: [], textContent: "", className: "", href: "", dateTime: "",
    appendChild(child) { this.children.push(child); return child; },
    set textContent(value) { this._text = value; if (value === "") this.children = []; },
    get textContent() { return this._text || ""; },
  };
}

// The titles of the cases search.js lists for `query` on the search page under `prefix`, searching
// that page's index or `given`.
async function found(prefix, query, given) { return (await searched(prefix, "?q=" + encodeURIComponent(query), given)).titles; }

// What search.js shows on the search page under `prefix` opened with `search` (its address's query):
// the titles it lists, and the addresses of the searches it offers in other languages when it lists none.
async function searched(prefix, search, given) {
  const page = fs.readFileSync(path.join(site, prefix, "search/index.html"), "utf8");
  const rel = /data-index="([^"]+)"/.exec(page)[1];
  const lang = /<html[^>]* lang="([^"]+)"/.exec(page)[1];
  const index = given || JSON.parse(fs.readFileSync(path.resolve(site, prefix, "search", rel), "utf8"));
  const href = "https://alerts.test/" + prefix + "search/" + search;
  // The page's language switcher, as search.js looks it up.
  const switcher = [...page.matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+">([^<]*)/g)]
    .map((m) => ({ href: new URL(m[1], href).href, hreflang: m[2], textContent: m[3] }));
  // The page's scam types and red flags, each hidden until search.js shows it.
  const text = (html) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const terms = [...page.matchAll(/<li hidden><span class="kind">([^<]*)<\/span> <a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => {
    const link = { textContent: text(m[3]), getAttribute: () => m[2] }, kind = { textContent: text(m[1]) };
    return { hidden: true, name: text(m[3]), kind: kind.textContent, querySelector: (selector) => (selector === "a" ? link : kind) };
  });
  const termBox = { hidden: true, querySelectorAll: () => terms };
  const out = element("div"), status = element("p");
  const input = { value: "", addEventListener() {} };
  const form = { elements: { q: input }, getAttribute: () => rel, addEventListener() {} };
  const document = {
    documentElement: { lang },
    querySelector: () => form,
    querySelectorAll: () => switcher,
    getElementById: (id) => (id === "results" ? out : id === "term-results" ? termBox : status),
    createElement: element,
    createTextNode: (text) => ({ textContent: text }),
  };
  let loaded;
  const done = new Promise((resolve) => { loaded = resolve; });
  const fetch = () => Promise.resolve({ json: () => { setTimeout(loaded, 0); return Promise.resolve(index); } });
  const window = { fetch, URL, Intl };
  const sandbox = { window, document, fetch, URL, URLSearchParams, Intl, location: new URL(href),
    history: { replaceState() {} }, setTimeout, clearTimeout };
  vm.runInNewContext(script, sandbox);
  await done;
  const list = out.children[0];
  const titles = list && list.tag === "ol" ? list.children.map((li) => li.children[0].children[0].textContent) : [];
  const offers = out.children.filter((p) => p.className === "elsewhere").map((p) => p.children[0].href);
  const shownTerms = termBox.hidden ? [] : terms.filter((term) => !term.hidden).map((term) => term.name);
  return { titles, offers, terms: shownTerms, allTerms: terms };
}

// What a reader expects: the query at the start of a word, where a Chinese character also ends one, and a
// word of one or two letters whole; a number written with or without thousands separators ("7900", "7,900"),
// and whole ("790" is not in it).
function expected(index, query) {
  const plain = (s) => s.replace(/(\d),(?=\d{3}(?!\d))/g, "$1").normalize("NFKD").toLowerCase();
  const at = new RegExp("(^|[^\\p{L}\\p{N}]|[\\u2e80-\\u9fff])" + plain(query) + (/^\d+$/.test(query) ? "(?!\\d)" : /^\p{L}{1,2}$/u.test(query) ? "(?![a-z\\p{N}])" : ""), "u");
  const marks = (it) => (it.indicators || []).join(" ").replace(/\[(\.|:|@)\]/g, "$1").replace(/\bhxxp/gi, "http");
  const slug = (it) => String(it.url || "").replace(/^.*\/cases\/|\/$/g, "");
  return index.filter((it) => at.test(plain([it.title, it.summary, (it.types || []).join(" "), (it.tactics || []).join(" "), (it.campaigns || []).join(" "), it.region, it.loss || "",
    marks(it), slug(it), it.text].join(" ")))).map((it) => it.title);
}

(async () => {
  const checks = [["", ["110", "96110", "refund", "7900", "7,900", "double 11"]], ["zh/", ["110", "96110", "app", "qq", "4000", "4,000", "双11"]]];
  for (const [prefix, queries] of checks) {
    const page = fs.readFileSync(path.join(site, prefix, "search/index.html"), "utf8");
    const index = JSON.parse(fs.readFileSync(path.resolve(site, prefix, "search", /data-index="([^"]+)"/.exec(page)[1]), "utf8"));
    for (const query of queries) {
      const want = expected(index, query).sort(), got = (await found(prefix, query)).sort();
      const name = `search /${prefix}search/ for “${query}” finds the ${want.length} case(s) that have it`;
      if (want.length > 0 && JSON.stringify(want) === JSON.stringify(got)) {
        console.log("PASS " + name);
      } else {
        failed++;
        console.log("FAIL " + name);
        console.log("    expected: " + JSON.stringify(want));
        console.log("    found:    " + JSON.stringify(got));
      }
    }
  }
  // Written here, not taken from the site: a Chinese comma between two numbers is no thousands separator.
  const listed = [{ title: "两个号码", summary: "", text: "请拨打110，119求助", url: "x" }, { title: "金额", summary: "", text: "损失7,900元", url: "y" }];
  listed.push({ title: "万元", summary: "", text: "损失1.35万元", url: "z" }, { title: "整万", summary: "", text: "损失35万元", url: "w" },
    { title: "一万", summary: "", text: "损失1万元，另有2笔", url: "v" }, { title: "金额字段", summary: "", text: "", loss: "9.7万元 97000", url: "u" });
  for (const [query, want] of [["119", ["两个号码"]], ["110119", []], ["7900", ["金额"]], ["790", []], ["35万", ["整万"]],
    ["2.1万", []], ["97000", ["金额字段"]], ["97,000", ["金额字段"]], ["9.7万", ["金额字段"]]]) {
    const got = await found("zh/", query, listed);
    const name = `search for “${query}” in “110，119” and “7,900” finds ${JSON.stringify(want)}`;
    if (JSON.stringify(got) === JSON.stringify(want)) { console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + JSON.stringify(got)); }
  }
  // A word of two letters is whole: "AI" is not "air"; before a Chinese character it is one.
  const short = [{ title: "换脸", summary: "", text: "骗子用AI换脸冒充亲友", url: "g" }, { title: "空调", summary: "", text: "Air conditioner refund", url: "h" }];
  for (const [query, want] of [["AI", ["换脸"]], ["air", ["空调"]]]) {
    const got = await found("zh/", query, short);
    const name = `search for “${query}” finds ${JSON.stringify(want)} (a short word is whole)`;
    if (JSON.stringify(got) === JSON.stringify(want)) { console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + JSON.stringify(got)); }
  }
  // A campaign's name finds its cases, whether their text names it or not; an apostrophe inside a word is passed over.
  const named = [{ title: "双11", summary: "", text: "网购退款", campaigns: ["双11购物节"], url: "c" }, { title: "西安", summary: "", text: "Police in Xi'an said", url: "d" },
    { title: "无关", summary: "", text: "快递理赔", url: "e" }];
  named.push({ title: "双十二", summary: "", text: "二十万元", url: "f" });
  for (const [query, want] of [["双11购物节", ["双11"]], ["xian", ["西安"]], ["Xi’an", ["西安"]], ["双十一", ["双11"]], ["双12", ["双十二"]], ["20万", ["双十二"]],
    ["十二", ["双十二"]]]) {
    const got = await found("zh/", query, named);
    const name = `search for “${query}” finds ${JSON.stringify(want)} (a campaign's name, an apostrophe, a number in Chinese)`;
    if (JSON.stringify(got) === JSON.stringify(want)) { console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + JSON.stringify(got)); }
  }
  // A scammer's site or number as the reader got it finds the case that lists it, disarmed; so does the case's slug.
  const marked = [{ title: "钓鱼页面", summary: "", text: "", indicators: ["hxxps://express-claim-center[.]example/claim", "refunds[@]claim-center[.]example", "027-5530 1234"],
    url: "zh/cases/2026-wuhan-lost-parcel/" }, { title: "无关", summary: "", text: "快递理赔", url: "zh/cases/2019-chengdu/" }];
  for (const [query, want] of [["express-claim-center.example", ["钓鱼页面"]], ["https://express-claim-center.example/claim", ["钓鱼页面"]],
    ["refunds@claim-center.example", ["钓鱼页面"]], ["5530", ["钓鱼页面"]], ["2026-wuhan-lost-parcel", ["钓鱼页面"]], ["2019-chengdu", ["无关"]],
    ["hxxps://express-claim-center[.]example", ["钓鱼页面"]], ["refunds[@]claim-center[.]example", ["钓鱼页面"]]]) {
    const got = await found("zh/", query, marked);
    const name = `search for “${query}” finds ${JSON.stringify(want)} (an indicator as the reader got it, a slug)`;
    if (JSON.stringify(got) === JSON.stringify(want)) { console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + JSON.stringify(got)); }
  }
  // Chinese typed without spaces finds a case that has its words apart ("刷单诈骗": 刷单 … 诈骗), not one that has only some of them.
  const apart = [{ title: "刷单", summary: "", text: "兼职刷单返利，后来才知道是诈骗", url: "g" }, { title: "公检法", summary: "", text: "对方冒充民警，说是公检法办案", url: "h" },
    { title: "只有诈骗", summary: "", text: "电信网络诈骗", url: "i" }];
  for (const [query, want] of [["刷单诈骗", ["刷单"]], ["诈骗刷单", ["刷单"]], ["冒充公检法", ["公检法"]], ["诈骗电话", []], ["刷单诈骗电话", []], ["网络诈骗", ["只有诈骗"]]]) {
    const got = await found("zh/", query, apart);
    const name = `search for “${query}” finds ${JSON.stringify(want)} (Chinese words typed without spaces)`;
    if (JSON.stringify(got) === JSON.stringify(want)) { console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + JSON.stringify(got)); }
  }
  // Simplified and Traditional characters find each other, on the site's index and on texts written here.
  const simplified = await found("zh/", "诈骗"), traditional = await found("zh/", "詐騙");
  const same = `search /zh/search/ for “詐騙” finds what “诈骗” finds (${simplified.length} case(s))`;
  if (simplified.length > 0 && JSON.stringify(simplified.sort()) === JSON.stringify(traditional.sort())) { console.log("PASS " + same); } else { failed++; console.log("FAIL " + same + ": " + JSON.stringify(traditional)); }
  const scripts = [{ title: "简体", summary: "", text: "冒充客服退款诈骗", url: "s" }, { title: "繁體", summary: "", text: "冒充客服退款詐騙", url: "t" },
    { title: "无关", summary: "", text: "快递理赔", url: "u" }];
  for (const query of ["退款诈骗", "退款詐騙", "詐骗"]) {
    const got = (await found("zh/", query, scripts)).sort();
    const name = `search for “${query}” finds the case written in Simplified and the one in Traditional`;
    if (JSON.stringify(got) === JSON.stringify(["简体", "繁體"].sort())) { console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + JSON.stringify(got)); }
  }
  // A query in a scam type's or red flag's name shows that term (a Latin word at the start of one of its words),
  // except a word every term of its kind has in its name ("诈骗"): that picks none out.
  for (const [prefix, queries] of [["", ["refund", "fake", "screen sharing", "Click farming", "zzqx-nothing"]], ["zh/", ["刷单", "验证码", "客服", "诈骗", "詐騙", "屏幕共享"]]]) {
    for (const query of queries) {
      const { terms, allTerms } = await searched(prefix, "?q=" + encodeURIComponent(query));
      const simple = (s) => s.toLowerCase().replace(/詐騙/g, "诈骗"), q = simple(query);
      const named = (term) => (/[\u4e00-\u9fff]/.test(q) ? simple(term.name).includes(q) : new RegExp("(^|[^a-z])" + q, "u").test(simple(term.name)));
      const kinds = new Map();
      for (const term of allTerms) kinds.set(term.kind, (kinds.get(term.kind) || []).concat([term]));
      const want = allTerms.filter((term) => named(term) && !(kinds.get(term.kind).length >= 3 && kinds.get(term.kind).every(named))).map((term) => term.name);
      const name = `search /${prefix}search/ for “${query}” shows the ${want.length} scam type(s) and red flag(s) it names, of ${allTerms.length}`;
      const ok = allTerms.length > 0 && JSON.stringify(want.sort()) === JSON.stringify(terms.sort()) && (want.length > 0) === !/zzqx|诈骗|詐騙/.test(query);
      if (ok) { console.log("PASS " + name); } else { failed++; console.log("FAIL " + name + ": " + JSON.stringify({ want, terms })); }
    }
  }
  // A search nothing finds offers the other language's search once: followed, it offers no way back to the first.
  const first = await searched("", "?q=zzqx-nothing"), back = first.offers.length === 1 ? await searched("zh/", new URL(first.offers[0]).search) : null;
  const circle = "a search nothing finds offers the Chinese search, and that one offers no way back to the English search it came from";
  if (back && /\/zh\/search\//.test(first.offers[0]) && back.titles.length === 0 && back.offers.length === 0) { console.log("PASS " + circle); }
  else { failed++; console.log("FAIL " + circle + ": " + JSON.stringify({ first: first.offers, back: back && back.offers })); }
  const fresh = await searched("zh/", "?q=zzqx-nothing");
  const offered = "opened without having been searched elsewhere, the Chinese search offers the English one";
  if (fresh.offers.length === 1 && /\/search\/\?q=zzqx-nothing/.test(fresh.offers[0]) && !/\/zh\//.test(fresh.offers[0])) { console.log("PASS " + offered); }
  else { failed++; console.log("FAIL " + offered + ": " + JSON.stringify(fresh.offers)); }
  process.exit(failed ? 1 : 0);
})();
