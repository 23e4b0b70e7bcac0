import AlertpressCore
import AlertpressFeeds
import Foundation
import Synchronization

/// Maps one language edition to its feeds: the whole bulletin (RSS, Atom, JSON Feed) and RSS
/// per scam type and per campaign. Only listed cases are in any feed.
struct FeedContent {
    let renderer: SiteRenderer
    let templates: TemplateLibrary

    var edition: EnrichedEdition { renderer.edition }
    var routes: Routes { renderer.routes }
    var site: SiteSettings { renderer.site }

    /// The feeds as jobs, each with a fingerprint of the cases it carries. Each feed carries at most
    /// `feedLimit` entries; an entry shared by several feeds is rendered once (or twice, when two
    /// feeds running at the same time both miss it: the same entry either way).
    func jobs() -> [RenderJob] {
        func newest(where include: (borrowing EnrichedCase) -> Bool = { _ in true }) -> [EnrichedCase] {
            Self.newest(edition.listedCases, limit: site.feedLimit, where: include)
        }
        let entries = EntryCache()
        let texts = edition.edition.texts
        func job(_ paths: [String], _ cases: [EnrichedCase], render: @escaping @Sendable ([FeedEntry]) -> [String]) -> RenderJob {
            let inputs = Fingerprint { hash in
                hash.add(SiteRenderer.inputs(renderer.base, whole: cases))
                hash.add(paths)
            }
            return RenderJob(paths: paths, inputs: inputs, sitemap: nil) {
                let rendered = cases.map { item in entries.entry(item.slug) { entry(item) } }
                return zip(paths, render(rendered)).map { OutputFile(path: $0, text: $1) }
            }
        }
        let paths = FeedFormat.allCases.map { routes.file($0.fileName) }
        var jobs = [job(paths, newest()) { entries in
            let whole = channel(title: texts.title, description: texts.description, home: routes.home(), entries: entries)
            return FeedWriter.render(whole, as: zip(FeedFormat.allCases, paths).map { ($0, routes.absolute($1)) })
        }]
        for type in edition.edition.types {
            let folder = routes.term(.scamType, type.id)
            jobs.append(job([folder + "feed.xml"], newest { $0.scamTypes.contains(type.id) }) { entries in
                let feed = channel(title: "\(type.name) · \(texts.title)", description: type.summary, home: folder, entries: entries)
                return [FeedWriter.rss(feed, selfURL: routes.absolute(folder + "feed.xml"))]
            })
        }
        for campaign in edition.edition.campaigns {
            let folder = routes.campaign(campaign.id)
            jobs.append(job([folder + "feed.xml"], newest { $0.campaigns.contains(campaign.id) }) { entries in
                let feed = channel(title: "\(campaign.title) · \(texts.title)", description: campaign.headline, home: folder, entries: entries)
                return [FeedWriter.rss(feed, selfURL: routes.absolute(folder + "feed.xml"))]
            })
        }
        return jobs
    }

    /// Feed entries already rendered, by slug, shared by the feed jobs running in parallel.
    final class EntryCache: Sendable {
        private let entries = Mutex<[String: FeedEntry]>([:])

        func entry(_ slug: String, make: () -> FeedEntry) -> FeedEntry {
            if let found = entries.withLock({ $0[slug] }) { return found }
            let made = make()
            entries.withLock { $0[slug] = made }
            return made
        }
    }

    /// The newest `limit` of the cases that `include` takes (`cases` are newest first), plus any
    /// published at the same instant as the last one, so the feed writer's own ordering and limit
    /// decide ties; all of them when `limit` is not positive. Read by position, copying only those
    /// it returns (a filter copied every case of each term).
    static func newest(_ cases: [EnrichedCase], limit: Int, where include: (borrowing EnrichedCase) -> Bool = { _ in true }) -> [EnrichedCase] {
        var found: [EnrichedCase] = []
        var cutoff: Date?
        for position in cases.indices where include(cases[position]) {
            let instant = cases[position].entry.date.instant
            if let cutoff, instant < cutoff { break }
            found.append(cases[position])
            if limit > 0, found.count == limit { cutoff = instant }
        }
        return found
    }

    private func channel(title: String, description: String, home: String, entries: [FeedEntry]) -> FeedChannel {
        FeedChannel(title: title, description: description, language: edition.lang, homeURL: routes.absolute(home),
                    publisher: edition.edition.texts.publisher, iconURL: renderer.logo.map { routes.absolute($0.href) },
                    iconIsSquare: renderer.logo?.image.isSquare ?? true, timeZone: site.timeZone, entries: entries, limit: site.feedLimit,
                    fallbackUpdated: FeedChannel.defaultFallbackUpdated)
    }

    private func entry(_ item: EnrichedCase) -> FeedEntry {
        let url = routes.absolute(routes.case(item.slug))
        let strings = renderer.strings
        let view = FeedEntryView(
            colon: strings.isChinese ? "：" : ":", space: strings.isChinese ? "" : " ", open: strings.isChinese ? "（" : " (",
            close: strings.isChinese ? "）" : ") ", openQuote: strings.isTraditional ? "「" : "“", closeQuote: strings.isTraditional ? "」" : "”",
            body: item.entry.bodyHTML,
            redFlagsLabel: strings["redflags"], redFlags: renderer.evidenceGroups(item, from: "", absolute: true),
            adviceLabel: strings["advice"], advice: renderer.adviceViews(item.advice),
            hotlinesLabel: strings["hotlines"], hotlines: renderer.hotlines(),
            indicatorsLabel: strings["indicators"], indicators: item.entry.indicators.map(Defang.indicator),
            sourcesLabel: strings["sources"], sources: item.entry.sources.map { LinkView(label: $0.name, href: $0.url) })
        let categories = item.scamTypes.compactMap { id in edition.edition.term(.scamType, id) }.map {
            FeedCategory(term: $0.id, label: $0.name, scheme: routes.absolute(routes.terms(.scamType)))
        } + item.tactics.compactMap { id in edition.edition.term(.tactic, id) }.map {
            FeedCategory(term: $0.id, label: $0.name, scheme: routes.absolute(routes.terms(.tactic)))
        }
        let entry = FeedEntry(id: url, url: url, title: item.entry.title, summary: item.entry.summary,
                              contentHTML: templates.render(view, "feed-entry"), published: item.entry.date.instant,
                              updated: item.entry.updated?.instant, categories: categories, language: edition.lang,
                              summaryIsExcerpt: item.entry.summaryIsDerived)
        return entry
    }
}

/// `search-index.json` of one language: what the search page's script looks through.
enum SearchIndex {
    struct Entry: Encodable {
        var title: String
        var url: String
        var date: String
        var summary: String
        var types: [String]
        /// Searched, not shown as types (a Chinese reviewer found 转账到“安全账户” listed as one).
        var tactics: [String]
        /// The titles of the seasonal campaigns it belongs to ("Double 11"): searched, not shown.
        var campaigns: [String]
        var region: String
        /// The loss as the pages write it and in plain digits ("9.7万元 97000"): searched, though the body may write it otherwise.
        var loss: String
        /// The scammer's numbers and addresses, disarmed as the case page shows them: a reader types
        /// the number or site of a message they got ("express-claim-center.example" finds
        /// `hxxps://express-claim-center[.]example`; the script reads `[.]` as a dot).
        var indicators: [String]
        var text: StoredText
    }

    /// Keyed on what the index shows of each case: what lists show (`listing`) and its search
    /// text. An edit past the first 2,000 characters of a case leaves the index as it is.
    static func job(_ renderer: SiteRenderer) -> RenderJob {
        let path = renderer.routes.file("search-index.json")
        let cases = renderer.edition.listedCases
        let inputs = Fingerprint { hash in
            hash.add(renderer.base)
            hash.add(path)
            hash.add(cases.count)
            for item in cases {
                hash.add(item.listing)
                hash.add(item.entry.searchTextKey)
                hash.add(item.entry.indicators.count)
                for indicator in item.entry.indicators { hash.add(indicator) }
            }
        }
        return RenderJob(paths: [path], inputs: inputs, sitemap: nil) { [file(renderer)] }
    }

    static func file(_ renderer: SiteRenderer) -> OutputFile {
        let routes = renderer.routes
        let entries = renderer.edition.listedCases.map { item in
            Entry(title: item.entry.title, url: routes.case(item.slug), date: item.entry.date.day.description,
                  summary: item.entry.summary,
                  types: item.scamTypes.compactMap { renderer.edition.edition.term(.scamType, $0)?.name },
                  tactics: item.tactics.compactMap { renderer.edition.edition.term(.tactic, $0)?.name },
                  campaigns: item.campaigns.compactMap { id in renderer.edition.edition.campaigns.first { $0.id == id }?.title },
                  region: item.entry.region ?? "",
                  loss: item.entry.loss.map { renderer.strings.money($0.amount, $0.currency) + " " + "\($0.amount)" } ?? "",
                  indicators: item.entry.indicators.map(Defang.indicator), text: item.entry.searchText)
        }
        return OutputFile(path: routes.file("search-index.json"), bytes: json(entries))
    }

    /// The entries as `JSONEncoder` writes them with sorted keys and unescaped slashes (a test holds
    /// the two to the same bytes), many times faster: the index is made again after every edit of
    /// what lists show of a case or of its first 2,000 characters.
    static func json(_ entries: [Entry]) -> [UInt8] {
        var out = JSONBytes(capacity: entries.count * 3000)
        out.append("[")
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(",") }
            out.append("{\"campaigns\":"); out.strings(entry.campaigns)
            out.append(",\"date\":"); out.string(entry.date)
            out.append(",\"indicators\":"); out.strings(entry.indicators)
            out.append(",\"loss\":"); out.string(entry.loss)
            out.append(",\"region\":"); out.string(entry.region)
            out.append(",\"summary\":"); out.string(entry.summary)
            out.append(",\"tactics\":"); out.strings(entry.tactics)
            out.append(",\"text\":"); out.string(entry.text)
            out.append(",\"title\":"); out.string(entry.title)
            out.append(",\"types\":"); out.strings(entry.types)
            out.append(",\"url\":"); out.string(entry.url)
            out.append("}")
        }
        out.append("]")
        return out.bytes
    }
}

/// JSON text as UTF-8 bytes, strings escaped as `JSONEncoder` escapes them (slashes left alone).
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Text that needs no escaping: punctuation and keys.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// An array of string literals.
    mutating func strings(_ texts: [String]) {
        append("[")
        for (position, text) in texts.enumerated() {
            if position > 0 { append(",") }
            string(text)
        }
        append("]")
    }

    /// A string literal: quotes, backslashes and control characters escaped.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { literal($0) }
    }

    /// Text kept as bytes (a case's search text, read back from the memo) is escaped from them.
    mutating func string(_ text: StoredText) {
        text.withUTF8 { literal($0) }
    }

    private mutating func literal(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        escaped(utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Copies runs that need no escape whole, and looks at eight bytes at a time to find where
    /// they end: most text has a line break every few hundred bytes and no other escape.
    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        var start = 0
        var index = 0
        while index < utf8.count {
            if index + 8 <= utf8.count,
               !Self.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let end = min(index + 8, utf8.count)
            while index < end {
                let byte = utf8[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    start = index + 1
                    escape(byte)
                }
                index += 1
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }

    /// Whether any of the eight bytes is below 0x20, a quote or a backslash.
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default: bytes += ("u" + Digits.padded(byte, width: 4, radix: 16)).utf8
        }
    }
}

/// `sitemap.xml` (every page that exists, in every language, absolute URLs) and `robots.txt`.
enum Sitemap {
    /// A page folder and the day it last changed, when that is known.
    struct Entry: Sendable {
        var path: String
        var lastmod: String?
    }

    /// The sitemap protocol allows 50,000 URLs in one file: a larger site's `sitemap.xml` is an
    /// index of parts of that many (`sitemap-1.xml`, …), which search engines read alike.
    static let urlLimit = 50_000

    /// Made again only when a page comes or goes, or a page's last change does.
    static func job(_ bulletin: Bulletin, pages: [Entry]) -> RenderJob {
        let inputs = Fingerprint { hash in
            hash.add(bulletin.site.baseURL)
            hash.add(pages.count)
            for page in pages {
                hash.add(page.path)
                hash.add(page.lastmod.map { [$0] } ?? [])
            }
        }
        let parts = pages.count <= urlLimit ? [] : (1...((pages.count + urlLimit - 1) / urlLimit)).map { "sitemap-\($0).xml" }
        return RenderJob(paths: ["sitemap.xml"] + parts + ["robots.txt"], inputs: inputs, sitemap: nil) {
            files(baseURL: bulletin.site.baseURL, pages: pages)
        }
    }

    /// `sitemap.xml` (and its parts, for a large site) and `robots.txt`, in the order `job` names them.
    static func files(baseURL: String, pages: [Entry]) -> [OutputFile] {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        func urlset(_ pages: ArraySlice<Entry>) -> String {
            var xml = header + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for page in pages {
                xml += "  <url><loc>\(HTML.escape(baseURL + "/" + page.path))</loc>"
                if let lastmod = page.lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
                xml += "</url>\n"
            }
            return xml + "</urlset>\n"
        }
        let sorted = pages.sorted { $0.path < $1.path }
        var files: [OutputFile] = []
        if sorted.count <= urlLimit {
            files.append(OutputFile(path: "sitemap.xml", text: urlset(sorted[...])))
        } else {
            var index = header + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            var parts: [OutputFile] = []
            for start in stride(from: 0, to: sorted.count, by: urlLimit) {
                let name = "sitemap-\(parts.count + 1).xml"
                index += "  <sitemap><loc>\(HTML.escape(baseURL + "/" + name))</loc></sitemap>\n"
                parts.append(OutputFile(path: name, text: urlset(sorted[start..<min(start + urlLimit, sorted.count)])))
            }
            files.append(OutputFile(path: "sitemap.xml", text: index + "</sitemapindex>\n"))
            files += parts
        }
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(baseURL)/sitemap.xml\n"
        return files + [OutputFile(path: "robots.txt", text: robots)]
    }
}
