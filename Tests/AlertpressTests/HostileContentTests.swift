import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// `Fixtures/hostile`: content that tries to break out of every output context — raw `<img onerror>`,
/// `<iframe>`, `<script>`, `javascript:`/`data:` Markdown links, links and autolinks to a scam site named
/// in `indicators`, `<`, `"`, `&` and `]]>` in titles and summaries, a BEL control character (YAML `"\a"`)
/// and CJK text. SPEC §5: raw HTML is not passed through, unsafe URLs are dropped, scam addresses are
/// defanged and never linked, every field is escaped for its context.
@Suite("Hostile content")
struct HostileContentTests {
    static let title = "Prize <script>alert(\"title\")</script> \"winner\" & fees"
    static let zhTitle = "中奖<script>alert(\"zh\")</script>“通知”骗走1200元 & 更多"
    static let zhOnlyTitle = "老人误信“中奖”<iframe>短信"
    static let siteTitle = "Hostile <b>Bulletin</b> & \"Co\""

    func site() async throws -> BuiltSite {
        let built = await SharedBuilds.hostile.value
        try #require(built.result.succeeded, "the hostile fixture did not build:\n\(built.result.report)")
        return built
    }

    static func textOutputs(_ built: BuiltSite, suffix: String) -> [(String, String)] {
        built.files.filter { $0.key.hasSuffix(suffix) && !$0.key.hasPrefix("assets/") }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }.sorted { $0.0 < $1.0 }
    }

    static func isSearchScript(_ tag: HTMLTag) -> Bool {
        tag.attributes["src"]?.hasSuffix("assets/search.js") == true
    }

    @Test("the hostile fixture builds every expected page")
    func builds() async throws {
        let built = try await site()
        for path in ["cases/prize-trap/index.html", "zh/cases/prize-trap/index.html", "zh/cases/zh-prize/index.html",
                     "types/fake-prize/index.html", "zh/types/fake-prize/index.html", "campaigns/spring/index.html",
                     "feed.xml", "atom.xml", "feed.json", "zh/feed.xml", "zh/atom.xml", "zh/feed.json",
                     "search-index.json", "zh/search-index.json", "sitemap.xml"] {
            #expect(built.files[path] != nil, "`\(path)` was not built")
        }
    }

    @Test("no HTML page carries an injected tag, event handler or unsafe URL")
    func htmlHasNoInjection() async throws {
        let built = try await site()
        for (path, html) in Self.textOutputs(built, suffix: ".html") {
            for problem in HTMLScan.injectionProblems(html, allowScript: Self.isSearchScript) {
                Issue.record("`\(path)`: \(problem)")
            }
            // Tags written by editors (`<b>`, `<em>`, `<i>`, `<span onclick>`, `<Sons>`, `<fee>`, `<notice>`) never become markup.
            for tag in HTMLScan.tags(html) where ["b", "em", "i", "sons", "fee", "notice"].contains(tag.name) {
                Issue.record("`\(path)`: content tag \(tag.raw) passed through")
            }
        }
    }

    @Test("fields are escaped exactly once in HTML")
    func htmlEscaping() async throws {
        let built = try await site()
        let page = text(built.files, "cases/prize-trap/index.html")
        #expect(page.contains("<h1>Prize &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &quot;winner&quot; &amp; fees</h1>"))
        #expect(page.contains("<title>Prize &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &quot;winner&quot; &amp; fees · Hostile &lt;b&gt;Bulletin&lt;/b&gt; &amp; &quot;Co&quot;</title>"))
        #expect(page.contains("<div><dt>Where</dt><dd>Hangzhou &lt;img src=x&gt;</dd></div>"))
        #expect(page.contains("<a href=\"https://police.example.gov/n?a=1&amp;b=2\" rel=\"nofollow noopener\">Police &lt;notice&gt; &amp; &quot;report&quot;</a>"))
        #expect(page.contains("Never pay a &lt;fee&gt; &amp; &quot;tax&quot; to claim a prize."))
        #expect(!page.contains("&amp;lt;"), "double-escaped text")
        let zh = text(built.files, "zh/cases/prize-trap/index.html")
        #expect(zh.contains("<html lang=\"zh\">"))
        #expect(zh.contains("<h1>中奖&lt;script&gt;alert(&quot;zh&quot;)&lt;/script&gt;“通知”骗走1200元 &amp; 更多</h1>"))
        let zhOnly = text(built.files, "zh/cases/zh-prize/index.html")
        #expect(zhOnly.contains("<h1>老人误信“中奖”&lt;iframe&gt;短信</h1>"))
        #expect(zhOnly.contains("<p>李大爷收到中奖短信，对方要求先交手续费，他在网站上填写了银行卡信息。"))
    }

    @Test("links to the scam site become defanged text; the live address appears nowhere")
    func scamLinksDefanged() async throws {
        let built = try await site()
        for (path, content) in Self.textOutputs(built, suffix: "") where isTextOutput(path) {
            #expect(!content.contains("scam-site.example"), "`\(path)` contains the live scam address")
            let linked = HTMLScan.urls(content).filter { $0.contains("scam-site") }
            #expect(linked.isEmpty, "`\(path)` links \(linked)")
        }
        let page = text(built.files, "cases/prize-trap/index.html")
        #expect(page.contains("<p>Claim your prize (hxxps://scam-site[.]example/win) or visit hxxps://scam-site[.]example/x or type scam-site[.]example by hand.</p>"))
        #expect(page.contains("<li><code>hxxps://scam-site[.]example/win</code></li><li><code>prize-desk[@]scam-site[.]example</code></li>"))
        #expect(text(built.files, "zh/cases/prize-trap/index.html")
            .contains("<p>领取奖品 (hxxps://scam-site[.]example/win)请访问 hxxps://scam-site[.]example/zh。</p>"))
    }

    /// SPEC §5: "`javascript:` and other unsafe URLs are dropped". A dropped URL is not shown as text either.
    @Test("javascript: and data: link targets are dropped, not printed")
    func unsafeURLsDropped() async throws {
        let built = try await site()
        for (path, content) in Self.textOutputs(built, suffix: "") where isTextOutput(path) {
            for needle in ["javascript:", "data:text/html"] where content.lowercased().contains(needle) {
                let line = content.split(separator: "\n").first { $0.lowercased().contains(needle) } ?? ""
                Issue.record("`\(path)` shows `\(needle)`: \(line.prefix(160))")
            }
        }
    }

    /// XML 1.0 forbids C0 controls; in HTML they and noncharacters are parse errors (SPEC §6: valid HTML5).
    @Test("the BEL from the summary and the body's noncharacters reach no HTML, XML or JSON file raw")
    func noControlCharacters() async throws {
        let built = try await site()
        for (path, content) in Self.textOutputs(built, suffix: "") where isTextOutput(path) {
            let found = controlCharacters(in: content)
            #expect(found.isEmpty, "`\(path)` contains raw \(Set(found).sorted())")
        }
    }

    @Test("every XML file is well-formed and round-trips the hostile text")
    func xmlWellFormed() async throws {
        let built = try await site()
        var entriesChecked = 0
        for (path, _) in Self.textOutputs(built, suffix: ".xml") {
            let reader = XMLDocumentReader.parse(built.files[path] ?? Data())
            #expect(reader.error == nil, "`\(path)` is not well-formed XML: \(reader.error ?? "")")
            // Entry HTML: RSS item descriptions and Atom content.
            for element in reader.elements where ["rss/channel/item/description", "feed/entry/content"].contains(element.path) {
                entriesChecked += 1
                for problem in HTMLScan.injectionProblems(element.text) { Issue.record("`\(path)` <\(element.name)>: \(problem)") }
                #expect(!element.text.contains("<b>bold</b>"), "`\(path)`: summary markup passed into feed HTML")
            }
        }
        // en: whole RSS + Atom, the fake-prize and spring feeds, one case each; zh: the same with two cases each.
        #expect(entriesChecked == 4 * 1 + 4 * 2)
        let rss = XMLDocumentReader.parse(built.files["feed.xml"] ?? Data())
        #expect(rss.all("title").map(\.text) == [Self.siteTitle, Self.title])
        let atom = XMLDocumentReader.parse(built.files["atom.xml"] ?? Data())
        #expect(atom.all("title").map(\.text) == [Self.siteTitle, Self.title])
        #expect(atom.all("summary").map(\.text) == ["Ends with ]]> and a bell here, then <b>bold</b> & more."])
        #expect(atom.all("name").map(\.text) == ["Hostile & <Sons> Centre"])
        let zhRSS = XMLDocumentReader.parse(built.files["zh/feed.xml"] ?? Data())
        #expect(zhRSS.all("title").map(\.text) == ["恶意测试公告 <i>&</i>", Self.zhTitle, Self.zhOnlyTitle])
    }

    @Test("every JSON file parses and round-trips the hostile text; its HTML is clean")
    func jsonWellFormed() async throws {
        let built = try await site()
        for (path, _) in Self.textOutputs(built, suffix: ".json") {
            #expect(throws: Never.self, "`\(path)` is not valid JSON") { try JSONRead.object(built.files[path] ?? Data()) }
        }
        let feed = try #require(try JSONRead.object(built.files["feed.json"] ?? Data()) as? [String: Any])
        #expect(feed["title"] as? String == Self.siteTitle)
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == [Self.title])
        #expect(items.map { $0["tags"] as? [String] } == [["Fake prize <em>notice</em>", "Fake website"]])
        for item in items {
            for problem in HTMLScan.injectionProblems(item["content_html"] as? String ?? "") { Issue.record("feed.json content_html: \(problem)") }
        }
        let zhFeed = try #require(try JSONRead.object(built.files["zh/feed.json"] ?? Data()) as? [String: Any])
        let zhItems = try #require(zhFeed["items"] as? [[String: Any]])
        #expect(zhItems.map { $0["title"] as? String } == [Self.zhTitle, Self.zhOnlyTitle])
        #expect(zhItems.map { $0["language"] as? String } == ["zh", "zh"])
        let search = try #require(try JSONRead.object(built.files["zh/search-index.json"] ?? Data()) as? [[String: Any]])
        #expect(search.map { $0["title"] as? String } == [Self.zhTitle, Self.zhOnlyTitle])
        #expect(search.map { $0["url"] as? String } == ["zh/cases/prize-trap/", "zh/cases/zh-prize/"])
    }
}
