import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import AlertpressFeeds

// MARK: - A minimal DOM over XMLParser

/// One parsed XML element (namespace-aware).
final class Element {
    let name: String
    let namespace: String
    let attributes: [String: String]
    private(set) var children: [Element] = []
    fileprivate(set) var text = ""

    init(name: String, namespace: String, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    fileprivate func append(_ child: Element) { children.append(child) }

    func all(_ name: String, namespace: String? = nil) -> [Element] {
        children.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    func first(_ name: String, namespace: String? = nil) -> Element? {
        all(name, namespace: namespace).first
    }

    /// Text of the first child called `name`.
    func value(_ name: String, namespace: String? = nil) -> String? {
        first(name, namespace: namespace)?.text
    }

    /// This element and all its descendants, depth first.
    var descendantsAndSelf: [Element] {
        [self] + children.flatMap(\.descendantsAndSelf)
    }
}

enum XMLParseFailure: Error {
    case malformed(String)
}

private final class DOMBuilder: NSObject, XMLParserDelegate {
    var stack: [Element] = []
    var root: Element?
    var failure: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let element = Element(name: elementName, namespace: namespaceURI ?? "", attributes: attributeDict)
        stack.last?.append(element)
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        failure = String(describing: parseError)
    }
}

/// Parses `xml` with Foundation's XMLParser, namespaces processed.
func parseXML(_ xml: String) throws -> Element {
    let parser = XMLParser(data: Data(xml.utf8))
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    let builder = DOMBuilder()
    parser.delegate = builder
    let ok = parser.parse()
    guard ok, builder.failure == nil, let root = builder.root else {
        throw XMLParseFailure.malformed(builder.failure ?? parser.parserError.map { "\($0)" } ?? "no root")
    }
    return root
}

func parseJSON(_ json: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    guard let dictionary = object as? [String: Any] else { throw XMLParseFailure.malformed("not an object") }
    return dictionary
}

let atomNS = "http://www.w3.org/2005/Atom"

// MARK: - Fixtures

enum Fixture {
    static let base = "https://alerts.example.org"
    static let shanghai = zone("Asia/Shanghai")

    static func zone(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0) ?? TimeZone.current
    }

    /// An instant given as UTC components.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0,
                    _ second: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone("UTC")
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// Midnight of a day in Asia/Shanghai (UTC+8, no DST since 1991).
    static func shanghaiDay(_ year: Int, _ month: Int, _ day: Int) -> Date {
        utc(year, month, day).addingTimeInterval(-8 * 3600)
    }

    static let typeCategory = FeedCategory(term: "fake-courier-compensation", label: "Fake courier compensation",
                                           scheme: base + "/types/")
    static let tacticCategory = FeedCategory(term: "screen-sharing", label: "Screen sharing",
                                             scheme: base + "/tactics/")

    static let courierHTML = """
    <h2>Red flags</h2>
    <ul><li>Asked to share the screen</li><li>Asked for the SMS code</li></ul>
    <h2>Advice</h2>
    <p>Hang up and call <a href="https://alerts.example.org/hotlines/">110 or 96110</a>.</p>
    """

    static func entry(_ slug: String, published: Date, updated: Date? = nil, title: String? = nil,
                      summary: String = "A short summary.", html: String = "<p>Body.</p>",
                      categories: [FeedCategory] = [], language: String? = nil) -> FeedEntry {
        let url = base + "/cases/" + slug + "/"
        return FeedEntry(id: url, url: url, title: title ?? "Case " + slug, summary: summary, contentHTML: html,
                         published: published, updated: updated, categories: categories, language: language)
    }

    static var courier: FeedEntry {
        entry("chengdu-courier-compensation", published: shanghaiDay(2019, 11, 6), updated: shanghaiDay(2019, 11, 8),
              title: "Fake courier “compensation” call in Chengdu",
              summary: "A caller posing as courier support talked a resident into screen sharing.",
              html: courierHTML, categories: [typeCategory, tacticCategory], language: "en")
    }

    static var refund: FeedEntry {
        entry("wuhan-double-11-refund", published: shanghaiDay(2019, 11, 12),
              title: "双11假客服退款",
              summary: "武汉市民接到自称电商客服的电话，称商品有质量问题可退款。",
              html: "<p>骗子要求下载会议软件并共享屏幕。</p>",
              categories: [FeedCategory(term: "fake-refund-customer-service", label: "冒充客服退款",
                                        scheme: base + "/zh/types/")],
              language: "zh")
    }

    static func channel(_ entries: [FeedEntry], limit: Int = FeedChannel.defaultLimit,
                        timeZone: TimeZone = shanghai, language: String = "en") -> FeedChannel {
        FeedChannel(title: "Anti-fraud bulletin", description: "Latest scam cases and advice",
                    language: language, homeURL: base + "/", publisher: "Example Anti-Fraud Centre",
                    iconURL: base + "/icon.png", timeZone: timeZone, entries: entries, limit: limit)
    }

    static var standard: FeedChannel { channel([courier, refund]) }
}

/// Every URL-valued spot of an XML feed: href/domain/scheme attributes and link/guid/id/url/docs/icon text.
func urlValues(in root: Element) -> [String] {
    var values: [String] = []
    for element in root.descendantsAndSelf {
        for key in ["href", "domain", "scheme", "url", "src"] {
            if let value = element.attributes[key] { values.append(value) }
        }
        if ["link", "guid", "id", "url", "docs", "icon", "logo", "comments"].contains(element.name),
           element.children.isEmpty, element.attributes["href"] == nil {
            values.append(element.text)
        }
    }
    return values
}
