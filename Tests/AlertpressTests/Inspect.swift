import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

// Small readers for built output: HTML tags and attributes (by pattern: the templates write
// regular HTML), XML through Foundation's XMLParser, JSON through JSONSerialization.

struct HTMLTag: Equatable {
    /// Lowercased tag name.
    var name: String
    /// The whole tag as written, `<a href="…">`.
    var raw: String

    /// Attribute values by lowercased name (entity `&amp;` decoded), for double-quoted attributes.
    var attributes: [String: String] {
        var result: [String: String] = [:]
        for match in raw.matches(of: /\s([A-Za-z_:][A-Za-z0-9_:.-]*)="([^"]*)"/) {
            result[String(match.1).lowercased()] = String(match.2).replacingOccurrences(of: "&amp;", with: "&")
        }
        return result
    }

    /// Names of event-handler attributes (`onclick`, `onerror` …), looked for outside quoted values.
    var eventHandlers: [String] {
        let unquoted = raw.replacing(/"[^"]*"|'[^']*'/, with: "\"\"")
        return unquoted.matches(of: /(?i)[\s\/]+(on[a-z]+)\s*=/).map { String($0.1).lowercased() }
    }
}

enum HTMLScan {
    /// Every start tag of an HTML text (comments and end tags excluded).
    static func tags(_ html: String) -> [HTMLTag] {
        html.matches(of: /<([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?\/?>/).map {
            HTMLTag(name: String($0.1).lowercased(), raw: String($0.0))
        }
    }

    /// URL-bearing attribute values (`href`, `src`, `action`, `data`, `formaction`, `poster`) of every tag.
    static func urls(_ html: String) -> [String] {
        tags(html).flatMap { tag in
            ["href", "src", "action", "data", "formaction", "poster"].compactMap { tag.attributes[$0] }
        }
    }

    /// A URL whose scheme can run code or carry a document.
    static func isUnsafeURL(_ url: String) -> Bool {
        let squeezed = url.filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 0x20 } ?? false) }.lowercased()
        return ["javascript:", "vbscript:", "data:", "file:"].contains { squeezed.hasPrefix($0) }
    }

    /// Problems a page of untrusted content must never have: tags outside the templates' vocabulary
    /// that content could inject, event handlers, unsafe URLs.
    static func injectionProblems(_ html: String, allowScript: (HTMLTag) -> Bool = { _ in false }) -> [String] {
        var problems: [String] = []
        for tag in tags(html) {
            if ["script", "iframe", "img", "object", "embed", "frame", "frameset", "base", "style", "svg:script"].contains(tag.name),
               !(tag.name == "script" && allowScript(tag)) {
                problems.append("injected tag \(tag.raw)")
            }
            for handler in tag.eventHandlers { problems.append("event handler `\(handler)` in \(tag.raw)") }
            for (name, value) in tag.attributes where ["href", "src", "action", "formaction", "data"].contains(name) && isUnsafeURL(value) {
                problems.append("unsafe URL in \(tag.raw)")
            }
        }
        return problems
    }
}

/// One element of a parsed XML document: its qualified name, attributes and direct text.
struct XMLElementText {
    var name: String
    /// Qualified names from the root down to this element, e.g. `rss/channel/item/description`.
    var path: String = ""
    var attributes: [String: String]
    var text: String
}

/// Parses XML with Foundation's XMLParser (libxml2 on Linux); `error` is set when it is not well-formed.
final class XMLDocumentReader: NSObject, XMLParserDelegate {
    private(set) var elements: [XMLElementText] = []
    private(set) var error: String?
    private var stack: [XMLElementText] = []

    static func parse(_ data: Data) -> XMLDocumentReader {
        let reader = XMLDocumentReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        if !parser.parse(), reader.error == nil {
            reader.error = parser.parserError.map { "\($0)" } ?? "XMLParser failed"
        }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        let path = (stack.map(\.name) + [elementName]).joined(separator: "/")
        stack.append(XMLElementText(name: elementName, path: path, attributes: attributeDict, text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if let element = stack.popLast() { elements.append(element) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = "line \(parser.lineNumber), column \(parser.columnNumber): \(parseError)" }
    }

    func all(_ name: String) -> [XMLElementText] { elements.filter { $0.name == name } }
}

enum JSONRead {
    static func object(_ data: Data) throws -> Any {
        try JSONSerialization.jsonObject(with: data, options: [])
    }
}

/// Raw control characters and noncharacters: not allowed in XML 1.0, parse errors in HTML.
func controlCharacters(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }.map { String(format: "U+%04X", $0.value) }
}
