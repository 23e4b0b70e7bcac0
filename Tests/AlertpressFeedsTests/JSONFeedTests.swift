import Foundation
import Testing
@testable import AlertpressFeeds

@Suite("JSON Feed 1.1")
struct JSONFeedTests {
    let selfURL = Fixture.base + "/feed.json"

    @Test func topLevel() throws {
        let feed = try parseJSON(FeedWriter.json(Fixture.standard, selfURL: selfURL))
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "Anti-fraud bulletin")
        #expect(feed["home_page_url"] as? String == "https://alerts.example.org/")
        #expect(feed["feed_url"] as? String == selfURL)
        #expect(feed["description"] as? String == "Latest scam cases and advice")
        #expect(feed["language"] as? String == "en")
        #expect(feed["icon"] as? String == "https://alerts.example.org/icon.png")
        let authors = try #require(feed["authors"] as? [[String: Any]])
        #expect(authors.count == 1)
        #expect(authors.first?["name"] as? String == "Example Anti-Fraud Centre")
        #expect(feed["author"] == nil)
    }

    @Test("a logo that is not square is no icon")
    func wideLogo() throws {
        var channel = Fixture.standard
        channel.iconIsSquare = false
        let feed = try parseJSON(FeedWriter.json(channel, selfURL: selfURL))
        #expect(feed["icon"] == nil)
        #expect(feed["title"] as? String == "Anti-fraud bulletin")
    }

    @Test func items() throws {
        let feed = try parseJSON(FeedWriter.json(Fixture.standard, selfURL: selfURL))
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 2)
        let refund = items[0]
        let courier = items[1]
        #expect(courier["id"] as? String == "https://alerts.example.org/cases/chengdu-courier-compensation/")
        #expect(courier["url"] as? String == "https://alerts.example.org/cases/chengdu-courier-compensation/")
        #expect(courier["title"] as? String == "Fake courier “compensation” call in Chengdu")
        #expect(courier["summary"] as? String == "A caller posing as courier support talked a resident into screen sharing.")
        #expect(courier["content_html"] as? String == Fixture.courierHTML)
        #expect(courier["date_published"] as? String == "2019-11-06T00:00:00+08:00")
        #expect(courier["date_modified"] as? String == "2019-11-08T00:00:00+08:00")
        #expect(courier["tags"] as? [String] == ["Fake courier compensation", "Screen sharing"])
        #expect(courier["language"] as? String == "en")

        #expect(refund["date_published"] as? String == "2019-11-12T00:00:00+08:00")
        #expect(refund["date_modified"] == nil)
        #expect(refund["tags"] as? [String] == ["冒充客服退款"])
        #expect(refund["language"] as? String == "zh")
    }

    @Test func itemWithoutHTMLStillHasContent() throws {
        let entry = Fixture.entry("text-only", published: Fixture.shanghaiDay(2020, 1, 1), summary: "Only a summary.", html: "  ")
        let feed = try parseJSON(FeedWriter.json(Fixture.channel([entry]), selfURL: selfURL))
        let item = try #require((feed["items"] as? [[String: Any]])?.first)
        #expect(item["content_html"] == nil)
        #expect(item["content_text"] as? String == "Only a summary.")
    }

    @Test func sortedKeysPrettyPrintedUnescapedSlashes() {
        let json = FeedWriter.json(Fixture.standard, selfURL: selfURL)
        #expect(json.hasPrefix("{\n"))
        #expect(json.hasSuffix("}\n"))
        #expect(!json.contains("\\/"))
        let authors = json.range(of: "\"authors\"")
        let version = json.range(of: "\"version\"")
        #expect(authors != nil && version != nil)
        if let authors, let version { #expect(authors.lowerBound < version.lowerBound) }
    }

    @Test func emptyFeed() throws {
        let feed = try parseJSON(FeedWriter.json(Fixture.channel([]), selfURL: selfURL))
        #expect((feed["items"] as? [Any])?.isEmpty == true)
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
    }
}
