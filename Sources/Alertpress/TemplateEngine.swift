// alertpress renders its Mustache templates itself. swift-mustache looked every tag up through
// casts on `Any` (a third of a clean build, and a protocol-conformance cache both threads
// contend on); here a view answers a tag with a `TemplateValue`, and templates are parsed once
// into nodes that carry their names already split. The language is Mustache's: variables,
// sections, inverted sections, partials, comments and set delimiters, with the spec's standalone
// lines and partial indentation, plus swift-mustache's functions such as `{{^empty(list)}}`,
// which the shipped templates and editors' copies of them use.

import Foundation

/// What a template reads from a view: finished text, a flag, a nested view or a list.
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case view(any TemplateView)
    case list(any TemplateList)
}

/// A value a template renders: it answers each tag's name with a value, or nil when it has no
/// such field (the tag then looks further out, as Mustache does).
protocol TemplateView: TemplateElement {
    func child(named name: String) -> TemplateValue?
}

/// What a list of a view holds.
protocol TemplateElement: Sendable {
    var templateValue: TemplateValue { get }
}

extension TemplateView {
    var templateValue: TemplateValue { .view(self) }
}

extension String: TemplateElement {
    var templateValue: TemplateValue { .text(self) }
}

/// A list a section repeats over.
protocol TemplateList: Sendable {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

extension Array: TemplateList where Element: TemplateElement {
    func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

/// A list read backwards, for `reversed(list)`.
private struct ReversedList: TemplateList {
    let base: any TemplateList
    var count: Int { base.count }
    func element(at index: Int) -> TemplateValue { base.element(at: base.count - 1 - index) }
}

extension TemplateValue {
    // `case "title": .of(title)` in a view's `child(named:)`, whatever the field's type.
    static func of(_ text: String) -> TemplateValue? { .text(text) }
    static func of(_ text: String?) -> TemplateValue? { text.map { .text($0) } }
    static func of(_ flag: Bool) -> TemplateValue? { .flag(flag) }
    static func of(_ view: (some TemplateView)?) -> TemplateValue? { view.map { .view($0) } }
    static func of(_ list: [some TemplateElement]) -> TemplateValue? { .list(list) }
}

/// A tag's name: `.`, `a`, `a.b`, or a function of one, `empty(a)`, `first()`. A class: rendering
/// reads names all the time, and a reference is copied with one reference count, not four.
final class TemplateName: Sendable {
    /// Dotted segments; empty for `.`, and for a function of the loop position such as `first()`.
    let path: [String]
    /// `first()`, `index()` …: a function of the position in the innermost list.
    let onLoop: Bool
    /// `.a`: looked up in the current value only, not further out.
    let anchored: Bool
    /// Functions applied to the value, innermost first.
    let functions: [String]
    /// As written between the delimiters, for messages and for matching a section's close.
    let written: String
    let line: Int
    let column: Int

    init(path: [String], onLoop: Bool, anchored: Bool, functions: [String], written: String, line: Int, column: Int) {
        (self.path, self.onLoop, self.anchored, self.functions, self.written, self.line, self.column)
            = (path, onLoop, anchored, functions, written, line, column)
    }
}

/// A parsed template.
enum TemplateNode: Sendable {
    case text(String)
    /// `inText`: the tag stands in an element's text, where Chinese words can be marked with their
    /// language (`HTMLContext`), not in a tag's attributes, a comment or an element such as `<title>`.
    case variable(TemplateName, escaped: Bool, inText: Bool = false)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// A partial; `indentation` is the whitespace before a partial tag alone on its line, which
    /// every line of the partial gets.
    case partial(String, indentation: String, line: Int, column: Int)
}

/// A template that does not parse: where, and what is wrong, in words.
struct TemplateSyntaxError: Error, Equatable {
    let line: Int
    let column: Int
    let message: String
}

/// The functions a tag may apply (swift-mustache's names), and the loop positions.
enum TemplateFunction {
    static let onValues: Set<String> = ["empty", "count", "first", "last", "reversed", "uppercased", "lowercased", "capitalized"]
    static let onLoop: Set<String> = ["first", "last", "index", "even", "odd"]

    static func apply(_ name: String, to value: TemplateValue) -> TemplateValue? {
        switch (name, value) {
        case ("empty", .list(let list)): .flag(list.count == 0)
        case ("count", .list(let list)): .text(String(list.count))
        case ("first", .list(let list)): list.count > 0 ? list.element(at: 0) : nil
        case ("last", .list(let list)): list.count > 0 ? list.element(at: list.count - 1) : nil
        case ("reversed", .list(let list)): .list(ReversedList(base: list))
        case ("empty", .text(let text)): .flag(text.isEmpty)
        case ("count", .text(let text)): .text(String(text.count))
        case ("reversed", .text(let text)): .text(String(text.reversed()))
        case ("uppercased", .text(let text)): .text(text.uppercased())
        case ("lowercased", .text(let text)): .text(text.lowercased())
        case ("capitalized", .text(let text)): .text(text.capitalized)
        default: nil
        }
    }

    /// `first()` … `odd()` at a place in a list.
    static func position(_ name: String, index: Int, count: Int) -> TemplateValue? {
        switch name {
        case "first": .flag(index == 0)
        case "last": .flag(index == count - 1)
        case "index": .text(String(index))
        case "even": .flag(index % 2 == 0)
        case "odd": .flag(index % 2 == 1)
        default: nil
        }
    }
}

/// Renders parsed templates: a stack of the values sections opened, looked up from the innermost
/// out, and the positions of the lists being repeated.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]
    private(set) var output = ""
    private var stack: [TemplateValue]
    private var loops: [(index: Int, count: Int)] = []
    /// Indentation owed to the line an indented partial has just started.
    private var pendingIndentation: String?

    /// On a page in a language other than Chinese, Japanese or Korean, the language of Chinese words
    /// in its values (WCAG 3.1.2), such as an app's name in English advice; nil on a Chinese page.
    let hanLanguage: String?

    init(templates: [String: [TemplateNode]], view: any TemplateView, hanLanguage: String? = nil) {
        self.templates = templates
        self.hanLanguage = hanLanguage
        self.stack = [.view(view)]
        output.reserveCapacity(16_384)
    }

    /// Renders a template's nodes. Inside a partial tag alone on its line, each line of the
    /// partial's own text starts with `indentation` (the spec's rule; values are not indented).
    mutating func render(_ nodes: [TemplateNode], indentation: String = "") {
        for node in nodes {
            switch node {
            case .text(let text):
                if indentation.isEmpty { output += text } else { indent(text, by: indentation) }
            case .variable(let name, let escaped, let inText):
                let text: String
                switch lookUp(name) {
                case .text(let value)?:
                    if let hanLanguage, escaped, inText { text = HTML.escape(value, markingHanAs: hanLanguage) } else { text = escaped ? HTML.escape(value) : value }
                case .flag(let flag)?: text = flag ? "true" : "false"
                case .view?, .list?, nil: continue
                }
                if !text.isEmpty, let pending = pendingIndentation {
                    output += pending
                    pendingIndentation = nil
                }
                output += text
            case .section(let name, let inner, let inverted):
                let value = lookUp(name)
                // Missing, false and empty hide a section and show an inverted one.
                let hidden: Bool
                switch value {
                case nil, .flag(false)?: hidden = true
                case .list(let list)?: hidden = list.count == 0
                default: hidden = false
                }
                if inverted {
                    if hidden { render(inner, indentation: indentation) }
                    continue
                }
                guard !hidden else { continue }
                switch value {
                case .flag?, nil: render(inner, indentation: indentation)
                case .list(let list)?:
                    for index in 0..<list.count {
                        stack.append(list.element(at: index))
                        loops.append((index, list.count))
                        render(inner, indentation: indentation)
                        loops.removeLast()
                        stack.removeLast()
                    }
                case let other?:
                    stack.append(other)
                    render(inner, indentation: indentation)
                    stack.removeLast()
                }
            case .partial(let name, let own, _, _):
                // A missing partial is an error when the templates are loaded.
                guard let partial = templates[name] else { continue }
                let inside = indentation + own
                if !own.isEmpty { pendingIndentation = inside }
                render(partial, indentation: inside)
                // The partial's last line break starts no indented line of its own; the
                // including template's next line is indented as that template is.
                if pendingIndentation != nil { pendingIndentation = indentation.isEmpty ? nil : indentation }
            }
        }
    }

    /// Text of an indented partial: the indentation goes before each line that has something on it.
    private mutating func indent(_ text: String, by indentation: String) {
        var rest = Substring(text)
        while !rest.isEmpty {
            // On bytes: "\r\n" is one Character, which is not "\n".
            let newline = rest.utf8.firstIndex(of: 0x0A)
            let line = rest[..<(newline ?? rest.endIndex)]
            if !line.isEmpty, let pending = pendingIndentation {
                output += pending
                pendingIndentation = nil
            }
            output += line
            guard let newline else { return }
            output += "\n"
            pendingIndentation = indentation
            rest = rest[rest.utf8.index(after: newline)...]
        }
    }

    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        var value: TemplateValue?
        if name.onLoop {
            guard let loop = loops.last, let function = name.functions.first else { return nil }
            return TemplateFunction.position(function, index: loop.index, count: loop.count)
        } else if name.path.isEmpty {
            value = stack.last
        } else {
            let first = name.path[0]
            if name.anchored {
                if case .view(let view)? = stack.last { value = view.child(named: first) }
            } else {
                // By index: a loop over `stack.reversed()` copied every value it passed.
                var index = stack.count - 1
                while index >= 0 {
                    if case .view(let view) = stack[index], let found = view.child(named: first) {
                        value = found
                        break
                    }
                    index -= 1
                }
            }
            for segment in name.path.dropFirst() {
                guard case .view(let view)? = value else { return nil }
                value = view.child(named: segment)
            }
        }
        for function in name.functions {
            guard let current = value else { return nil }
            value = TemplateFunction.apply(function, to: current)
        }
        return value
    }
}
