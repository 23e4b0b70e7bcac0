import Foundation
import Testing
@testable import AlertpressFeeds

@Suite("Selection, order and determinism")
struct SelectionTests {
    /// 60 cases, one per day from 2020-01-01, plus ties on the last day.
    static var many: [FeedEntry] {
        var entries = (0..<60).map { index in
            Fixture.entry(String(format: "case-%02d", index),
                          published: Fixture.shanghaiDay(2020, 1, 1).addingTimeInterval(TimeInterval(index) * 86_400))
        }
        entries.append(Fixture.entry("case-59-b", published: entries[59].published))
        entries.append(Fixture.entry("case-59-a", published: entries[59].published))
        return entries
    }

    @Test func defaultLimitIsFifty() {
        let channel = FeedChannel(title: "t", description: "d", language: "en", homeURL: Fixture.base + "/",
                                  publisher: "p", timeZone: Fixture.shanghai, entries: Self.many)
        #expect(channel.limit == 50)
        #expect(FeedWriter.selectedEntries(channel).count == 50)
    }

    /// Ties on the newest day are broken by id ("…/case-59-a/" sorts before "…/case-59/" byte-wise).
    @Test(arguments: [1, 3, 50, 62, 100])
    func limitKeepsTheNewest(limit: Int) throws {
        let channel = Fixture.channel(Self.many, limit: limit)
        let expected = Array(["case-59-a", "case-59-b", "case-59"] + (0..<59).reversed().map { String(format: "case-%02d", $0) })
            .prefix(limit)
        let selected = FeedWriter.selectedEntries(channel).map { $0.title.replacingOccurrences(of: "Case ", with: "") }
        #expect(selected == Array(expected))

        let rss = try #require(try parseXML(FeedWriter.rss(channel, selfURL: Fixture.base + "/feed.xml")).first("channel"))
        #expect(rss.all("item").count == min(limit, 62))
        let atom = try parseXML(FeedWriter.atom(channel, selfURL: Fixture.base + "/atom.xml"))
        #expect(atom.all("entry").count == min(limit, 62))
        let json = try parseJSON(FeedWriter.json(channel, selfURL: Fixture.base + "/feed.json"))
        #expect((json["items"] as? [Any])?.count == min(limit, 62))
    }

    @Test func limitBelowOneMeansNoLimit() {
        #expect(FeedWriter.selectedEntries(Fixture.channel(Self.many, limit: 0)).count == 62)
    }

    @Test(arguments: FeedFormat.allCases)
    func inputOrderDoesNotMatter(format: FeedFormat) {
        let forward = Fixture.channel(Self.many, limit: 10)
        let backward = Fixture.channel(Self.many.reversed(), limit: 10)
        var shuffled = Self.many
        var generator = SplitMix(seed: 42)
        shuffled.shuffle(using: &generator)
        let mixed = Fixture.channel(shuffled, limit: 10)
        let a = FeedWriter.render(format, forward, selfURL: Fixture.base + "/f")
        #expect(a == FeedWriter.render(format, backward, selfURL: Fixture.base + "/f"))
        #expect(a == FeedWriter.render(format, mixed, selfURL: Fixture.base + "/f"))
        #expect(a == FeedWriter.render(format, forward, selfURL: Fixture.base + "/f"))
    }

    @Test func duplicateIDsAreWrittenOnce() throws {
        var copy = Fixture.courier
        copy.title = "Older copy"
        copy.published = Fixture.shanghaiDay(2019, 1, 1)
        let channel = Fixture.channel([Fixture.courier, copy, Fixture.refund])
        let rss = try #require(try parseXML(FeedWriter.rss(channel, selfURL: Fixture.base + "/feed.xml")).first("channel"))
        let guids = rss.all("item").compactMap { $0.value("guid") }
        #expect(guids.count == 2)
        #expect(Set(guids).count == 2)
        #expect(!rss.all("item").contains { $0.value("title") == "Older copy" })
    }

    @Test func buildDateComesFromContentNotTheClock() throws {
        // Content from 2009: nothing in the output may mention the current year.
        let entry = Fixture.entry("old", published: Fixture.shanghaiDay(2009, 3, 15))
        let channel = Fixture.channel([entry])
        let rss = try #require(try parseXML(FeedWriter.rss(channel, selfURL: Fixture.base + "/feed.xml")).first("channel"))
        #expect(rss.value("lastBuildDate") == "Sun, 15 Mar 2009 00:00:00 +0800")
        let atom = try parseXML(FeedWriter.atom(channel, selfURL: Fixture.base + "/atom.xml"))
        #expect(atom.value("updated") == "2009-03-15T00:00:00+08:00")
        #expect(FeedWriter.contentDate(channel) == entry.published)
        #expect(FeedWriter.contentDate(Fixture.channel([])) == nil)
    }

    @Test func stableIDSurvivesTitleAndTextCorrections() throws {
        var corrected = Fixture.courier
        corrected.title = "Fake courier compensation call in Chengdu (corrected)"
        corrected.summary = "Corrected summary."
        corrected.updated = Fixture.shanghaiDay(2019, 12, 1)
        let before = try parseJSON(FeedWriter.json(Fixture.channel([Fixture.courier]), selfURL: Fixture.base + "/feed.json"))
        let after = try parseJSON(FeedWriter.json(Fixture.channel([corrected]), selfURL: Fixture.base + "/feed.json"))
        let idBefore = (before["items"] as? [[String: Any]])?.first?["id"] as? String
        let idAfter = (after["items"] as? [[String: Any]])?.first?["id"] as? String
        #expect(idBefore != nil)
        #expect(idBefore == idAfter)
    }

    @Test("rendering several formats at once gives each format's own document, with its own self URL")
    func severalFormatsAtOnce() {
        let formats: [(format: FeedFormat, selfURL: String)] = FeedFormat.allCases.map { ($0, Fixture.base + "/" + $0.fileName) }
        let together = FeedWriter.render(Fixture.standard, as: formats)
        let apart = formats.map { FeedWriter.render($0.format, Fixture.standard, selfURL: $0.selfURL) }
        #expect(together == apart)
        #expect(Set(together).count == formats.count)
    }
}

/// A tiny deterministic generator so the shuffle is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
