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

    @Test("a link climbs one folder for each part of the page's folder, however its slashes fall", arguments: [
        ("", "cases/x/", "cases/x/"), ("", "", "./"), ("cases/", "", "../"), ("cases/x/", "types/y/", "../../types/y/"),
        ("zh/cases/page/2/", "zh/", "../../../../zh/"), ("/a//b/", "c.css", "../../c.css"), ("a/b", "c/", "../../c/"),
    ])
    func relativeLinks(_ from: String, _ to: String, _ link: String) {
        #expect(Routes.relative(from: from, to: to) == link)
        #expect(link.components(separatedBy: "../").count - 1 == from.split(separator: "/").count)
    }

    /// `count` more English fake-courier cases named `<prefix>001`…, one a day from `start` (UTC): the first is the oldest.
    static func addCases(to alerts: URL, count: Int = extra, start: DateComponents = DateComponents(year: 2023, month: 1, day: 1),
                         prefix: String = "bulk-") throws {
        let folder = alerts.appendingPathComponent("cases/\(start.year ?? 2023)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try #require(utc.date(from: start))
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = utc.timeZone
        format.dateFormat = "yyyy-MM-dd"
        for index in 1...count {
            let name = prefix + String(repeating: "0", count: 3 - String(index).count) + String(index)
            let day = format.string(from: first.addingTimeInterval(Double(index - 1) * 86_400))
            try """
            ---
            title: Parcel call number \(index)
            date: \(day)
            summary: A courier caller asked for a fee.
            scam_types: [fake-courier]
            ---
            A caller said a parcel was lost and asked for a fee.
            """.write(to: folder.appendingPathComponent(name + ".md"), atomically: false, encoding: .utf8)
        }
    }

    /// Fake-courier cases on each day of the fixture's Double 11 window (20 October to 15 November), 2020 to 2022.
    static func addCampaignCases(to alerts: URL) throws {
        for year in 2020...2022 {
            try addCases(to: alerts, count: 27, start: DateComponents(year: year, month: 10, day: 20), prefix: "d11-\(year)-")
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

    /// The inputs of each English page job, by path.
    static func pageInputs(_ alerts: URL) throws -> [String: Fingerprint] {
        let checked = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        let edition = try #require(bulletin.editions.first)
        let templates = try #require(TemplateLibrary.load(folder: Paths.templates.path).library)
        let renderer = SiteRenderer(bulletin: bulletin, edition: edition, templates: templates, inputs: Fingerprint()) { _, _ in "" }
        return Dictionary(renderer.pageJobs().map { ($0.paths[0], $0.inputs) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("a campaign's cases come in pages too, without the banner that points to the campaign")
    func campaignPages() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        try Self.addCampaignCases(to: alerts)
        let out = temp.child("site")
        let result = await buildSite(alerts: alerts, out: out)
        try #require(result.succeeded, "\(result.report)")
        let checked = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let edition = try #require(checked.bulletin?.editions.first)
        let expected = edition.listedCases.filter { $0.campaigns.contains("double-11") }.map(\.slug)
        let count = SiteRenderer.pageCount(expected.count)
        #expect(count == 2, "\(expected.count) cases in the campaign")

        var seen: [String] = []
        for number in 1...count {
            let folder = number == 1 ? "campaigns/double-11/" : "campaigns/double-11/page/\(number)/"
            let html = try #require(Self.page(out, folder), "\(folder) is missing")
            seen += Self.caseSlugs(html)
            #expect(html.contains("Page \(number) of \(count)"))
            #expect(html.contains("rel=\"next\"") == (number < count) && html.contains("rel=\"prev\"") == (number > 1), "\(folder)")
            // The build day is in the campaign's window: every other page has the banner.
            #expect(!html.contains("season-banner"), "\(folder)")
            #expect(html.contains("Double 11") && html.contains("flyers/double-11-a4.pdf"), "every page keeps the campaign's text and flyers")
        }
        #expect(seen == expected)
        #expect(Self.page(out, "cases/")?.contains("season-banner") == true)
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("/campaigns/double-11/page/2/</loc>"))
        let chinese = try #require(Self.page(out, "zh/campaigns/double-11/"))
        #expect(!chinese.contains("class=\"pagination\""))
        #expect(Self.page(out, "campaigns/double-11/page/2/")?.contains("hreflang=\"zh\" href") == false, "no Chinese page 2 is claimed")
    }

    @Test("a campaign page is rendered again for its own cases, not for a case outside the campaign")
    func campaignPagesKeyedOnTheirCases() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        try Self.addCases(to: alerts)
        try Self.addCampaignCases(to: alerts)
        let campaignPages = ["campaigns/double-11/index.html", "campaigns/double-11/page/2/index.html"]
        let before = try Self.pageInputs(alerts)
        #expect(campaignPages.allSatisfy { before[$0] != nil })

        // A case outside the campaign: the lists it is on change, the campaign's pages do not.
        try IncrementalBuildTests.replace(alerts.appendingPathComponent("cases/2023/bulk-060.md"), "title: Parcel call number 60\n",
                                          "title: Parcel call number sixty\n")
        let outside = try Self.pageInputs(alerts)
        let changed = Set(before.keys.filter { before[$0] != outside[$0] })
        #expect(changed.contains("types/fake-courier/index.html") || changed.contains { $0.hasPrefix("types/fake-courier/page/") }, "\(changed.sorted())")
        #expect(campaignPages.allSatisfy { !changed.contains($0) }, "\(changed.sorted())")

        // The campaign's oldest case is on its last page: only that page of the campaign changes.
        try IncrementalBuildTests.replace(alerts.appendingPathComponent("cases/2020/d11-2020-001.md"), "title: Parcel call number 1\n",
                                          "title: Parcel call number one\n")
        let inside = try Self.pageInputs(alerts)
        #expect(inside[campaignPages[0]] == outside[campaignPages[0]])
        #expect(inside[campaignPages[1]] != outside[campaignPages[1]])
    }
}
