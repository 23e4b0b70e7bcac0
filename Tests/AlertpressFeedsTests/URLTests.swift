import Foundation
import Testing
@testable import AlertpressFeeds

@Suite("Absolute URLs")
struct URLTests {
    @Test(arguments: [FeedFormat.rss, .atom])
    func everyURLInXMLIsAbsoluteHTTPS(format: FeedFormat) throws {
        let root = try parseXML(FeedWriter.render(format, Fixture.standard, selfURL: Fixture.base + "/feed"))
        let urls = urlValues(in: root)
        #expect(urls.count >= 10)
        for url in urls {
            #expect(url.hasPrefix("https://"), "\(url)")
        }
    }

    @Test func everyURLInJSONIsAbsoluteHTTPS() throws {
        let feed = try parseJSON(FeedWriter.json(Fixture.standard, selfURL: Fixture.base + "/feed.json"))
        var urls = ["home_page_url", "feed_url", "icon"].compactMap { feed[$0] as? String }
        for item in feed["items"] as? [[String: Any]] ?? [] {
            urls += ["id", "url"].compactMap { item[$0] as? String }
        }
        #expect(urls.count == 7)
        for url in urls {
            #expect(url.hasPrefix("https://"), "\(url)")
        }
    }

    @Test(arguments: FeedFormat.allCases)
    func relativeInputIsResolvedAgainstTheHomePage(format: FeedFormat) throws {
        var entry = Fixture.entry("relative", published: Fixture.shanghaiDay(2022, 5, 5),
                                  categories: [FeedCategory(term: "t", label: "T", scheme: "../types/")])
        entry.id = "/cases/relative/"
        entry.url = "cases/relative/"
        var channel = Fixture.channel([entry])
        channel.homeURL = "https://alerts.example.org/zh/"
        channel.iconURL = "/icon.png"
        let output = FeedWriter.render(format, channel, selfURL: "feed.xml")
        #expect(output.contains("https://alerts.example.org/cases/relative/"))
        #expect(output.contains("https://alerts.example.org/zh/cases/relative/"))
        if format != .json { // JSON Feed tags carry labels only
            #expect(output.contains("https://alerts.example.org/types/"))
        }
        #expect(output.contains("https://alerts.example.org/icon.png"))
        #expect(output.contains("https://alerts.example.org/zh/feed.xml"))
        #expect(!output.contains("\"/cases") && !output.contains(">/cases") && !output.contains("\"cases/"))
    }

    @Test(arguments: [
        ("https://alerts.example.org", "https://alerts.example.org/"),
        ("HTTPS://Alerts.Example.ORG:443/a/./b/../c/?q=%7e%2f#Top", "https://alerts.example.org/a/c/?q=~%2F#Top"),
        ("http://example.org:80/x", "http://example.org/x"),
        ("https://example.org:8443/x", "https://example.org:8443/x"),
        ("https://example.org/案例/双11/", "https://example.org/%E6%A1%88%E4%BE%8B/%E5%8F%8C11/"),
        ("https://example.org/a b/\"c\"", "https://example.org/a%20b/%22c%22"),
        ("https://example.org/%e6%a1%88", "https://example.org/%E6%A1%88"),
        ("https://example.org/100%", "https://example.org/100%25"),
        ("  https://example.org/x\n ", "https://example.org/x"),
        ("https://example.org/cases/a:b@c;d=e/", "https://example.org/cases/a:b@c;d=e/"),
        ("https://example.org./x", "https://example.org/x"),
    ])
    func canonicalForm(input: String, expected: String) {
        let canonical = FeedURL.absolute(input, base: nil)
        #expect(canonical == expected)
        #expect(FeedURL.absolute(canonical, base: nil) == canonical) // idempotent
    }

    @Test(arguments: [
        ("x/", "https://h.example/a/b/x/"),
        ("../x", "https://h.example/a/x"),
        ("/x", "https://h.example/x"),
        ("//other.example/x", "https://other.example/x"),
        ("?q=1", "https://h.example/a/b/?q=1"),
        ("#f", "https://h.example/a/b/#f"),
        ("", "https://h.example/a/b/"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
    ])
    func resolution(reference: String, expected: String) {
        #expect(FeedURL.absolute(reference, base: "https://h.example/a/b/") == expected)
    }

    @Test func absoluteHTTPCheck() {
        #expect(FeedURL.isAbsoluteHTTP("https://example.org/"))
        #expect(!FeedURL.isAbsoluteHTTP("/cases/x/"))
        #expect(!FeedURL.isAbsoluteHTTP("javascript:alert(1)"))
    }
}
