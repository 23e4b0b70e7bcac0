import Foundation

/// A tiny, deterministic XML writer: two-space indentation, LF line ends, attributes in the
/// order given, plain text escaped with `FeedText.xmlText`, HTML payloads with `xmlMarkup`.
struct XMLBuilder {
    typealias Attributes = [(name: String, value: String)]

    private(set) var result = ""
    private var depth = 0

    mutating func raw(_ line: String) {
        result += line + "\n"
    }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        result += indent + "<" + name + attributeString(attributes) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        result += indent + "</" + name + ">\n"
    }

    /// An element with plain-text content.
    mutating func text(_ name: String, _ value: String, _ attributes: Attributes = []) {
        result += indent + "<" + name + attributeString(attributes) + ">"
            + FeedText.xmlText(value) + "</" + name + ">\n"
    }

    /// An element whose content is an HTML payload, escaped as text.
    mutating func markup(_ name: String, _ html: String, _ attributes: Attributes = []) {
        result += indent + "<" + name + attributeString(attributes) + ">"
            + FeedText.xmlMarkup(html) + "</" + name + ">\n"
    }

    mutating func empty(_ name: String, _ attributes: Attributes) {
        result += indent + "<" + name + attributeString(attributes) + "/>\n"
    }

    private var indent: String { String(repeating: "  ", count: max(depth, 0)) }

    private func attributeString(_ attributes: Attributes) -> String {
        var out = ""
        for attribute in attributes {
            out += " " + attribute.name + "=\"" + FeedText.xmlAttribute(attribute.value) + "\""
        }
        return out
    }
}
