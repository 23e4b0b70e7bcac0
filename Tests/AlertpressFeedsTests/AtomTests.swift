import Foundation
import Testing
@testable import AlertpressFeeds

@Suite("Atom 1.0")
struct AtomTests {
    let selfURL = Fixture.base + "/atom.xml"

    @Test func feedElements() throws {
        let xml = FeedWriter.atom(Fixture.standard, selfURL: selfURL)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"))
        let feed = try parseXML(xml)
        #expect(feed.name == "feed")
        #expect(feed.namespace == atomNS)
        #expect(feed.value("id") == "https://alerts.example.org/")
        #expect(feed.value("title") == "Anti-fraud bulletin")
        #expect(feed.value("subtitle") == "Latest scam cases and advice")
        #expect(feed.value("updated") == "2019-11-12T00:00:00+08:00")
        #expect(feed.first("author")?.value("name") == "Example Anti-Fraud Centre")
        #expect(feed.value("generator") == "alertpress")
        #expect(feed.value("rights") == "© Example Anti-Fraud Centre")
        #expect(feed.value("icon") == "https://alerts.example.org/icon.png")

        let links = feed.all("link")
        let selfLink = try #require(links.first { $0.attributes["rel"] == "self" })
        #expect(selfLink.attributes["href"] == selfURL)
        #expect(selfLink.attributes["type"] == "application/atom+xml")
        let alternate = try #require(links.first { $0.attributes["rel"] == "alternate" })
        #expect(alternate.attributes["href"] == "https://alerts.example.org/")
        #expect(alternate.attributes["type"] == "text/html")
    }

    @Test("a logo that is not square is the feed's logo, not its icon")
    func wideLogo() throws {
        var channel = Fixture.standard
        channel.iconIsSquare = false
        let feed = try parseXML(FeedWriter.atom(channel, selfURL: selfURL))
        #expect(feed.value("logo") == "https://alerts.example.org/icon.png")
        #expect(feed.first("icon") == nil)
        #expect(try parseXML(FeedWriter.atom(Fixture.standard, selfURL: selfURL)).first("logo") == nil)
    }

    @Test func entries() throws {
        let feed = try parseXML(FeedWriter.atom(Fixture.standard, selfURL: selfURL))
        let entries = feed.all("entry")
        #expect(entries.count == 2)
        let courier = entries[1]
        #expect(courier.value("id") == "https://alerts.example.org/cases/chengdu-courier-compensation/")
        #expect(courier.value("title") == "Fake courier “compensation” call in Chengdu")
        let link = try #require(courier.first("link"))
        #expect(link.attributes["rel"] == "alternate")
        #expect(link.attributes["type"] == "text/html")
        #expect(link.attributes["href"] == "https://alerts.example.org/cases/chengdu-courier-compensation/")
        #expect(courier.value("published") == "2019-11-06T00:00:00+08:00")
        #expect(courier.value("updated") == "2019-11-08T00:00:00+08:00")
        let summary = try #require(courier.first("summary"))
        #expect(summary.attributes["type"] == "text")
        #expect(summary.text == "A caller posing as courier support talked a resident into screen sharing.")
        let content = try #require(courier.first("content"))
        #expect(content.attributes["type"] == "html")
        #expect(content.text == Fixture.courierHTML)
        let categories = courier.all("category")
        #expect(categories.map { $0.attributes["term"] } == ["fake-courier-compensation", "screen-sharing"])
        #expect(categories.map { $0.attributes["label"] } == ["Fake courier compensation", "Screen sharing"])
        #expect(categories.map { $0.attributes["scheme"] } == [
            "https://alerts.example.org/types/", "https://alerts.example.org/tactics/",
        ])
    }

    @Test func uncorrectedEntryUpdatedEqualsPublished() throws {
        let feed = try parseXML(FeedWriter.atom(Fixture.standard, selfURL: selfURL))
        let refund = feed.all("entry")[0]
        #expect(refund.value("published") == "2019-11-12T00:00:00+08:00")
        #expect(refund.value("updated") == "2019-11-12T00:00:00+08:00")
    }

    @Test func entryLanguageOnlyWhenItDiffers() throws {
        let feed = try parseXML(FeedWriter.atom(Fixture.standard, selfURL: selfURL))
        let entries = feed.all("entry")
        #expect(entries[0].attributes["xml:lang"] == "zh" || entries[0].attributes["lang"] == "zh")
        #expect(entries[1].attributes.isEmpty)
    }

    @Test func emptyFeedUsesTheCallersFallbackDate() throws {
        var channel = Fixture.channel([])
        channel.fallbackUpdated = Fixture.shanghaiDay(2020, 2, 2)
        let feed = try parseXML(FeedWriter.atom(channel, selfURL: selfURL))
        #expect(feed.value("updated") == "2020-02-02T00:00:00+08:00")
        #expect(feed.all("entry").isEmpty)
        #expect(FeedWriter.atom(channel, selfURL: selfURL) == FeedWriter.atom(channel, selfURL: selfURL))
    }

    @Test func sameDayEntriesGetDistinctUpdatedStamps() throws {
        let day = Fixture.shanghaiDay(2023, 11, 11)
        let entries = ["a", "b", "c"].map { Fixture.entry($0, published: day) }
            + [Fixture.entry("older", published: Fixture.shanghaiDay(2023, 11, 10))]
        let feed = try parseXML(FeedWriter.atom(Fixture.channel(entries.reversed()), selfURL: selfURL))
        let parsed = feed.all("entry")
        #expect(parsed.map { $0.value("title") } == ["Case a", "Case b", "Case c", "Case older"])
        let updated = parsed.compactMap { $0.value("updated") }
        #expect(Set(updated).count == updated.count)
        // Order preserved, never earlier than publication, only seconds apart.
        #expect(updated == ["2023-11-11T00:00:02+08:00", "2023-11-11T00:00:01+08:00",
                            "2023-11-11T00:00:00+08:00", "2023-11-10T00:00:00+08:00"])
        #expect(parsed.compactMap { $0.value("published") }.allSatisfy { $0.hasSuffix("T00:00:00+08:00") })
        #expect(feed.value("updated") == "2023-11-11T00:00:02+08:00")
    }

    @Test func everyDateIsRFC3339() throws {
        let feed = try parseXML(FeedWriter.atom(Fixture.standard, selfURL: selfURL))
        let pattern = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/
        let dates = feed.descendantsAndSelf.filter { $0.name == "updated" || $0.name == "published" }
        #expect(dates.count == 5)
        for date in dates {
            #expect(date.text.wholeMatch(of: pattern) != nil, "\(date.text)")
        }
    }
}
