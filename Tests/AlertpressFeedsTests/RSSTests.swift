import Foundation
import Testing
@testable import AlertpressFeeds

@Suite("RSS 2.0")
struct RSSTests {
    let selfURL = Fixture.base + "/feed.xml"

    @Test func prologAndRoot() throws {
        let xml = FeedWriter.rss(Fixture.standard, selfURL: selfURL)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"))
        #expect(xml.hasSuffix("</rss>\n"))
        let root = try parseXML(xml)
        #expect(root.name == "rss")
        #expect(root.attributes["version"] == "2.0")
        #expect(root.children.map(\.name) == ["channel"])
    }

    @Test func channelElements() throws {
        let root = try parseXML(FeedWriter.rss(Fixture.standard, selfURL: selfURL))
        let channel = try #require(root.first("channel"))
        #expect(channel.value("title") == "Anti-fraud bulletin")
        #expect(channel.value("link") == "https://alerts.example.org/")
        #expect(channel.value("description") == "Latest scam cases and advice")
        #expect(channel.value("language") == "en")
        #expect(channel.value("copyright") == "© Example Anti-Fraud Centre")
        #expect(channel.value("generator") == "alertpress")
        #expect(channel.value("docs") == "https://www.rssboard.org/rss-specification")
        // Newest content date: the refund case, published 2019-11-12 in Shanghai.
        #expect(channel.value("lastBuildDate") == "Tue, 12 Nov 2019 00:00:00 +0800")
        #expect(channel.value("pubDate") == "Tue, 12 Nov 2019 00:00:00 +0800")
        #expect(channel.first("managingEditor") == nil)
        #expect(channel.first("webMaster") == nil)

        let selfLink = try #require(channel.first("link", namespace: atomNS))
        #expect(selfLink.attributes["href"] == selfURL)
        #expect(selfLink.attributes["rel"] == "self")
        #expect(selfLink.attributes["type"] == "application/rss+xml")

        let image = try #require(channel.first("image"))
        #expect(image.value("url") == "https://alerts.example.org/icon.png")
        #expect(image.value("title") == channel.value("title"))
        #expect(image.value("link") == channel.value("link"))
    }

    @Test func channelMetadataPrecedesItems() throws {
        let channel = try #require(try parseXML(FeedWriter.rss(Fixture.standard, selfURL: selfURL)).first("channel"))
        let names = channel.children.map(\.name)
        let firstItem = try #require(names.firstIndex(of: "item"))
        #expect(names[firstItem...].allSatisfy { $0 == "item" })
    }

    @Test func items() throws {
        let channel = try #require(try parseXML(FeedWriter.rss(Fixture.standard, selfURL: selfURL)).first("channel"))
        let items = channel.all("item")
        #expect(items.count == 2)
        // Newest first.
        #expect(items.map { $0.value("link") } == [
            "https://alerts.example.org/cases/wuhan-double-11-refund/",
            "https://alerts.example.org/cases/chengdu-courier-compensation/",
        ])
        let courier = items[1]
        #expect(courier.value("title") == "Fake courier “compensation” call in Chengdu")
        let guid = try #require(courier.first("guid"))
        #expect(guid.attributes["isPermaLink"] == "true")
        #expect(guid.text == "https://alerts.example.org/cases/chengdu-courier-compensation/")
        #expect(courier.value("pubDate") == "Wed, 06 Nov 2019 00:00:00 +0800")
        let categories = courier.all("category")
        #expect(categories.map(\.text) == ["Fake courier compensation", "Screen sharing"])
        #expect(categories.map { $0.attributes["domain"] } == [
            "https://alerts.example.org/types/", "https://alerts.example.org/tactics/",
        ])
    }

    @Test func descriptionCarriesSummaryAndFullCase() throws {
        let channel = try #require(try parseXML(FeedWriter.rss(Fixture.standard, selfURL: selfURL)).first("channel"))
        let courier = channel.all("item")[1]
        let description = try #require(courier.value("description"))
        #expect(description == "<p>A caller posing as courier support talked a resident into screen sharing.</p>\n"
            + Fixture.courierHTML)
        #expect(description.contains("<h2>Red flags</h2>"))
        #expect(description.contains("<h2>Advice</h2>"))
    }

    /// An editor's review (thirty-fourth session): a summary taken from the case's first paragraph was
    /// said twice, as a paragraph and again as the case's opening.
    @Test func descriptionLeavesOutASummaryThatIsTheContentsOwnOpening() throws {
        var entry = Fixture.entry("excerpt", published: Date(timeIntervalSince1970: 1_700_000_000), summary: "Body.", html: "<p>Body.</p>")
        entry.summaryIsExcerpt = true
        let channel = try #require(try parseXML(FeedWriter.rss(Fixture.channel([entry]), selfURL: selfURL)).first("channel"))
        #expect(channel.all("item").first?.value("description") == "<p>Body.</p>")
        entry.summaryIsExcerpt = false
        let written = try #require(try parseXML(FeedWriter.rss(Fixture.channel([entry]), selfURL: selfURL)).first("channel"))
        #expect(written.all("item").first?.value("description") == "<p>Body.</p>\n<p>Body.</p>")
    }

    @Test func correctedItemCarriesAtomUpdated() throws {
        let channel = try #require(try parseXML(FeedWriter.rss(Fixture.standard, selfURL: selfURL)).first("channel"))
        let items = channel.all("item")
        #expect(items[0].first("updated", namespace: atomNS) == nil)
        #expect(items[1].value("updated", namespace: atomNS) == "2019-11-08T00:00:00+08:00")
    }

    @Test func correctionCountsForLastBuildDate() throws {
        let old = Fixture.entry("old", published: Fixture.shanghaiDay(2019, 1, 1),
                                updated: Fixture.shanghaiDay(2019, 12, 24))
        let newer = Fixture.entry("newer", published: Fixture.shanghaiDay(2019, 6, 1))
        let channel = try #require(try parseXML(FeedWriter.rss(Fixture.channel([old, newer]), selfURL: selfURL))
            .first("channel"))
        #expect(channel.value("lastBuildDate") == "Tue, 24 Dec 2019 00:00:00 +0800")
        #expect(channel.all("item").map { $0.value("title") } == ["Case newer", "Case old"])
    }

    @Test func emptyChannelIsStillAValidChannel() throws {
        let xml = FeedWriter.rss(Fixture.channel([]), selfURL: selfURL)
        let channel = try #require(try parseXML(xml).first("channel"))
        #expect(channel.all("item").isEmpty)
        #expect(channel.first("lastBuildDate") == nil)
        #expect(channel.first("pubDate") == nil)
        #expect(channel.value("title") == "Anti-fraud bulletin")
        #expect(channel.value("description") == "Latest scam cases and advice")
        #expect(channel.first("link", namespace: atomNS)?.attributes["rel"] == "self")
    }

    @Test func languageIsLowercased() throws {
        let channel = try #require(try parseXML(FeedWriter.rss(Fixture.channel([], language: "zh-Hans"), selfURL: selfURL))
            .first("channel"))
        #expect(channel.value("language") == "zh-hans")
    }

    @Test func imageOnlyForRSSImageFormats() throws {
        var channel = Fixture.standard
        channel.iconURL = Fixture.base + "/icon.svg"
        let parsed = try #require(try parseXML(FeedWriter.rss(channel, selfURL: selfURL)).first("channel"))
        #expect(parsed.first("image") == nil)
    }

    @Test func everyDateIsRFC822WithFourDigitYearAndNumericZone() throws {
        let root = try parseXML(FeedWriter.rss(Fixture.standard, selfURL: selfURL))
        let pattern = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d\d[03]0$/
        let dates = root.descendantsAndSelf.filter { $0.name == "pubDate" || $0.name == "lastBuildDate" }
        #expect(dates.count == 4)
        for date in dates {
            #expect(date.text.wholeMatch(of: pattern) != nil, "\(date.text)")
        }
    }
}
