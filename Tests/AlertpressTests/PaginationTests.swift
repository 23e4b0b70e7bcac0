import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// Long lists (all cases, a scam type's or tactic's cases) come in pages of
/// `SiteRenderer.pageSize`, newest first, linked both ways; an edit renders again only the pages
/// that show what changed.
@Suite("Paginated lists")
struct PaginationTests {
    static let extra = 120

    /// `count` more English fake-courier cases, one a day from 1 January 2023: `bulk-001` is the oldest.
    static func addCases(to alerts: URL, count: Int = extra) throws {
        let folder = alerts.appendingPathComponent("cases/2023")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let start = try #require(Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: 2023, month: 1, day: 1)))
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd"
        for index in 1...count {
            let name = "bulk-" + String(repeating: "0", count: 3 - String(index).count) + String(index)
            let day = format.string(from: start.addingTimeInterval(Double(index - 1) * 86_400))
            try """
            ---
            title: Parcel call number \(index)
            date: \(day)
            summary: A courier caller asked for a fee.
            scam_types: [fake-courier]
            ---
            A caller said a parcel was lost and asked for a fee.
            """.write(to: folder.appendingPathComponent(name + ".md"), atomically: true, encoding: .utf8)
        }
    }

    static func page(_ out: URL, _ folder: String) -> String? {
        try? String(contentsOf: out.appendingPathComponent(folder + "index.html"), encoding: .utf8)
    }

    /// The case slugs a list page links to, in order.
    static func caseSlugs(_ html: String) -> [String] {
        html.components(separatedBy: "<li class=\"case-card\">").dropFirst().compactMap { card in
            guard let start = card.range(of: "cases/")?.upperBound, let end = card[start...].firstIndex(of: "/") else { return nil }
            return String(card[start..<end])
        }
    }

    /// The fixture with `extra` more cases in `temp`, built into `site`.
    static func builtLongList(in temp: TempFolder) async throws -> (alerts: URL, out: URL) {
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        try addCases(to: alerts)
        let out = temp.child("site")
        let result = await buildSite(alerts: alerts, out: out)
        try #require(result.succeeded, "\(result.report)")
        return (alerts, out)
    }

    @Test("a long list is split into linked pages that hold every case once, newest first")
    func pages() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await Self.builtLongList(in: temp)
        let checked = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let edition = try #require(checked.bulletin?.editions.first)
        let listed = edition.listedCases.map(\.slug)
        let count = (listed.count + SiteRenderer.pageSize - 1) / SiteRenderer.pageSize
        #expect(count == 3, "\(listed.count) listed cases")

        for (first, expected) in [("cases/", listed),
                                  ("types/fake-courier/", edition.listedCases.filter { $0.scamTypes.contains("fake-courier") }.map(\.slug))] {
            var seen: [String] = []
            for number in 1...count {
                let folder = number == 1 ? first : first + "page/\(number)/"
                let html = try #require(Self.page(out, folder), "\(folder) is missing")
                seen += Self.caseSlugs(html)
                #expect(html.contains("Page \(number) of \(count)"))
                #expect(html.contains("rel=\"prev\"") == (number > 1), "\(folder)")
                #expect(html.contains("rel=\"next\"") == (number < count), "\(folder)")
                if number < count {
                    let next = Routes.relative(from: folder, to: first + "page/\(number + 1)/")
                    #expect(html.contains("<a href=\"\(next)\" rel=\"next\">"), "\(folder) links to page \(number + 1)")
                }
                if number > 1 {
                    let previous = Routes.relative(from: folder, to: number == 2 ? first : first + "page/\(number - 1)/")
                    #expect(html.contains("<a href=\"\(previous)\" rel=\"prev\">"), "\(folder) links to page \(number - 1)")
                }
            }
            #expect(seen == expected, "\(first)")
            #expect(Self.page(out, first + "page/\(count + 1)/") == nil)
            #expect(Self.page(out, first + "page/1/") == nil)
        }
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("/cases/page/3/</loc>") && sitemap.contains("/types/fake-courier/page/2/</loc>"))
        // The Chinese list is short: its one page has no page links, and no English page 2 claims a Chinese one.
        let chinese = try #require(Self.page(out, "zh/cases/"))
        #expect(!chinese.contains("class=\"pagination\""))
        let second = try #require(Self.page(out, "cases/page/2/"))
        #expect(!second.contains("<link rel=\"alternate\" hreflang=\"zh\""))
        #expect(second.contains("<a href=\"../../../zh/\" hreflang=\"zh\""), "the language switcher falls back to the Chinese home page")
        #expect(second.contains("<title>All cases (Page 2 of 3) · "))
    }

    @Test("editing a case on the last page renders that page again, not the first")
    func editRendersItsPage() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await Self.builtLongList(in: temp)
        let before = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        try IncrementalBuildTests.replace(alerts.appendingPathComponent("cases/2023/bulk-001.md"), "title: Parcel call number 1\n",
                                          "title: Parcel call number one\n")
        let edited = await buildSite(alerts: alerts, out: out)
        try #require(edited.succeeded, "\(edited.report)")
        let after = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(rewritten.contains("cases/page/3/index.html") && rewritten.contains("types/fake-courier/page/3/index.html"))
        #expect(!rewritten.contains("cases/index.html") && !rewritten.contains("cases/page/2/index.html"), "\(rewritten.sorted())")
        #expect(!rewritten.contains("types/fake-courier/index.html"), "\(rewritten.sorted())")
        #expect(Self.page(out, "cases/page/3/")?.contains("Parcel call number one") == true)
    }
}
