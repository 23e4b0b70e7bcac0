import Foundation
import Testing
@testable import AlertpressFeeds

@Suite("Escaping")
struct EscapingTests {
    static let hostileTitle = "<script>alert(\"x\")</script> Tom & Jerry ]]> 'quoted'"
    static let hostileHTML = "<p>Refund &amp; compensation</p><script>alert(1)</script><p>CDATA end ]]&gt; and raw ]]> too</p>"

    static var hostile: FeedChannel {
        let entry = Fixture.entry("hostile", published: Fixture.shanghaiDay(2021, 6, 18),
                                  title: hostileTitle, summary: "Summary with <b>tags</b> & ]]> end",
                                  html: hostileHTML,
                                  categories: [FeedCategory(term: "a&b", label: "\"Quoted\" <label> & ]]>",
                                                            scheme: Fixture.base + "/types/")])
        var channel = Fixture.channel([entry])
        channel.title = "Bulletin <b>&</b> ]]>"
        channel.publisher = "Desk & Co <x>"
        return channel
    }

    @Test(arguments: [FeedFormat.rss, .atom])
    func xmlRoundTripsHostileText(format: FeedFormat) throws {
        let xml = FeedWriter.render(format, Self.hostile, selfURL: Fixture.base + "/x.xml")
        #expect(!xml.contains("]]>"))
        #expect(!xml.contains("<script"))
        #expect(!xml.contains("<b>"))
        let root = try parseXML(xml)
        let item = format == .rss ? try #require(root.first("channel")?.first("item")) : try #require(root.first("entry"))
        #expect(item.value("title") == Self.hostileTitle)
        if format == .rss {
            #expect(root.first("channel")?.value("title") == "Bulletin <b>&</b> ]]>")
            #expect(root.first("channel")?.value("copyright") == "© Desk & Co <x>")
            #expect(item.value("description") == "<p>Summary with &lt;b&gt;tags&lt;/b&gt; &amp; ]]&gt; end</p>\n" + Self.hostileHTML)
            #expect(item.value("category") == "\"Quoted\" <label> & ]]>")
        } else {
            #expect(root.value("title") == "Bulletin <b>&</b> ]]>")
            #expect(root.first("author")?.value("name") == "Desk & Co <x>")
            #expect(item.value("summary") == "Summary with <b>tags</b> & ]]> end")
            #expect(item.value("content") == Self.hostileHTML)
            #expect(item.first("category")?.attributes["label"] == "\"Quoted\" <label> & ]]>")
            #expect(item.first("category")?.attributes["term"] == "a&b")
        }
    }

    @Test func jsonRoundTripsHostileText() throws {
        let feed = try parseJSON(FeedWriter.json(Self.hostile, selfURL: Fixture.base + "/feed.json"))
        let item = try #require((feed["items"] as? [[String: Any]])?.first)
        #expect(item["title"] as? String == Self.hostileTitle)
        #expect(item["content_html"] as? String == Self.hostileHTML)
        #expect(feed["title"] as? String == "Bulletin <b>&</b> ]]>")
    }

    /// "A" … "O" separated by characters that must never reach a feed.
    static let controlled: String = {
        let junk: [UInt32] = [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0x7F, 0x85, 0x9F, 0xFFFE, 0xFFFF, 0xFFFD, 0xFDD0, 0x1FFFF]
        var scalars = String.UnicodeScalarView()
        for (letter, value) in zip("ABCDEFGHIJKLMNO".unicodeScalars, junk + [0x20]) {
            scalars.append(letter)
            if value != 0x20, let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }()

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A }
        if (0x7F...0x9F).contains(v) { return true }
        return [0xFFFE, 0xFFFF, 0xFFFD, 0xFDD0, 0x1FFFF].contains(v)
    }

    @Test(arguments: FeedFormat.allCases)
    func controlCharactersAreStripped(format: FeedFormat) throws {
        #expect(Self.controlled.unicodeScalars.count == 29)
        let entry = Fixture.entry("controls", published: Fixture.shanghaiDay(2021, 1, 1),
                                  title: Self.controlled, summary: Self.controlled,
                                  html: "<pre>tab\there\nline\r\nwindows\rmac \u{1}\u{1B}[0m</pre>")
        let output = FeedWriter.render(format, Fixture.channel([entry]), selfURL: Fixture.base + "/f")
        let forbidden = output.unicodeScalars.filter(Self.isForbidden)
        #expect(forbidden.isEmpty, "\(forbidden.map { String($0.value, radix: 16) })")
        #expect(!output.contains("\\u0001") && !output.contains("&#x1;") && !output.contains("&#1;"))
        if format == .json {
            let items = try parseJSON(output)["items"] as? [[String: Any]]
            let item = try #require(items?.first)
            #expect(item["title"] as? String == "ABCDEFGHIJKLMNO")
            #expect(item["content_html"] as? String == "<pre>tab\there\nline\nwindows\nmac [0m</pre>")
        } else {
            let root = try parseXML(output)
            let item = format == .rss ? root.first("channel")?.first("item") : root.first("entry")
            #expect(item?.value("title") == "ABCDEFGHIJKLMNO")
            let html = format == .rss ? item?.value("description") : item?.value("content")
            #expect(html?.hasSuffix("<pre>tab\there\nline\nwindows\nmac [0m</pre>") == true)
        }
    }

    @Test(arguments: FeedFormat.allCases)
    func cjkStaysLiteralUTF8(format: FeedFormat) throws {
        let output = FeedWriter.render(format, Fixture.standard, selfURL: Fixture.base + "/f")
        #expect(output.contains("双11假客服退款"))
        #expect(output.contains("武汉市民接到自称电商客服的电话，称商品有质量问题可退款。"))
        #expect(output.contains("冒充客服退款"))
        #expect(output.contains("“compensation”"))
        // No numeric character references other than the hexadecimal `&` / `<` escapes, no \u escapes.
        let references = output.matches(of: /&#x?[0-9A-Fa-f]+;/).map { String($0.output) }
        #expect(references.allSatisfy { ["&#x26;", "&#x3C;", "&#x9;", "&#xA;", "&#xD;"].contains($0) }, "\(references)")
        #expect(!output.contains("\\u"))
        #expect(Data(output.utf8).count > output.count) // really multi-byte UTF-8
    }

    @Test func plainTextUsesHexReferencesForAmpersandAndLessThan() {
        #expect(FeedText.xmlText("a & b < c > d ]]> e") == "a &#x26; b &#x3C; c &gt; d ]]&gt; e")
        #expect(FeedText.xmlMarkup("<p>a &amp; b</p>]]>") == "&lt;p&gt;a &amp;amp; b&lt;/p&gt;]]&gt;")
        #expect(FeedText.xmlAttribute("\"x\"\t<y>\n&") == "&quot;x&quot;&#x9;&#x3C;y&gt;&#xA;&#x26;")
        #expect(FeedText.htmlText("<a href=\"x\">&</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")
    }

    @Test func lineCollapsesWhitespaceButKeepsCJKSpacing() {
        #expect(FeedText.line("  Fake\n\tcourier \r\n call  ") == "Fake courier call")
        #expect(FeedText.line("冒充\u{3000}客服") == "冒充\u{3000}客服")
        #expect(FeedText.sanitize("a\r\nb\rc\nd") == "a\nb\nc\nd")
    }

    @Test func allowedTextNextToForbiddenBytesIsKept() {
        // Neighbours of the byte patterns that mark forbidden characters: all allowed, all kept.
        let allowed = "，：（）～\u{A0}\u{A0}x\u{FDCF}\u{FDF0}\u{FFE5}\u{FFFC}😀\u{1FFFD}\t\n诈骗"
        #expect(FeedText.sanitize(allowed) == allowed)
        let mixed = String(String.UnicodeScalarView([0x9F, 0xA0, 0xFDEF, 0xFDF0, 0xFFFD, 0xFFFC, 0x10FFFF, 0x10FFFD].compactMap(Unicode.Scalar.init)))
        #expect(FeedText.sanitize(mixed) == "\u{A0}\u{FDF0}\u{FFFC}\u{10FFFD}")
        #expect(FeedText.block("\u{3000} \n<p>诈骗</p>\u{2029}\u{85}") == "<p>诈骗</p>")
        #expect(FeedText.block("\u{A0}") == "")
        #expect(FeedText.xmlText("无需转义的文字") == "无需转义的文字")
        #expect(FeedText.xmlText("<诈骗&>") == "&#x3C;诈骗&#x26;&gt;")
    }
}
