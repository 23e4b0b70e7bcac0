/// Parses Mustache text into nodes, with the spec's whitespace rules: a section, inverted
/// section, closing, comment, partial or delimiter tag alone on its line (spaces and tabs aside)
/// removes the whole line, and a partial tag alone on its line indents the partial by the
/// whitespace before it.
enum TemplateParser {
    static func parse(_ source: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var warnings: [TemplateSyntaxError] = []
        return try parse(source, warnings: &warnings)
    }

    /// `warnings`: what parses but is most likely a slip (a `{{name}}` printed as text after the
    /// delimiters changed).
    static func parse(_ source: String, warnings: inout [TemplateSyntaxError]) throws(TemplateSyntaxError) -> [TemplateNode] {
        var scanner = MustacheScanner(bytes: Array(source.utf8))
        let nodes = try scanner.run()
        if let stranded = scanner.stranded { warnings.append(stranded) }
        return nodes
    }

    /// Every name a template's tags read, with where each tag is.
    static func names(in nodes: [TemplateNode]) -> [TemplateName] {
        var names: [TemplateName] = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text, .partial: break
                case .variable(let name, _, _): names.append(name)
                case .section(let name, let inner, _):
                    names.append(name)
                    walk(inner)
                }
            }
        }
        walk(nodes)
        return names
    }

    /// The names of the variable tags printed without escaping (`{{{x}}}`, `{{& x}}`), and of those
    /// printed escaped, with where each tag is.
    static func variables(in nodes: [TemplateNode]) -> (unescaped: [TemplateName], escaped: [TemplateName]) {
        var unescaped: [TemplateName] = [], escaped: [TemplateName] = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text, .partial: break
                case .variable(let name, let isEscaped, _): if isEscaped { escaped.append(name) } else { unescaped.append(name) }
                case .section(_, let inner, _): walk(inner)
                }
            }
        }
        walk(nodes)
        return (unescaped, escaped)
    }

    /// The partials a template includes, with where.
    static func partials(in nodes: [TemplateNode]) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text, .variable: break
                case .section(_, let inner, _): walk(inner)
                case .partial(let name, _, let line, let column): found.append((name, line, column))
                }
            }
        }
        walk(nodes)
        return found
    }
}

private struct MustacheScanner {
    struct Frame {
        let name: TemplateName?
        let inverted: Bool
        var nodes: [TemplateNode] = []
    }

    let bytes: [UInt8]
    var index = 0
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    /// Text since the last tag.
    var text: [UInt8] = []
    /// Nothing but spaces and tabs on the current line so far, and no tag.
    var lineIsBlank = true
    var line = 1
    var lineStart = 0
    static let defaultOpen = Array("{{".utf8)
    /// The tag that changed the delimiters from `{{ }}`, while they are changed, and the first
    /// `{{…}}` after it, which is printed as written: legal Mustache, most likely a slip.
    var switched: (line: Int, tag: String)?
    var stranded: TemplateSyntaxError?
    var frames = [Frame(name: nil, inverted: false)]
    /// Where the template's own text has got to, as HTML (tags are not fed to it).
    var html = HTMLContext()

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func run() throws(TemplateSyntaxError) -> [TemplateNode] {
        while index < bytes.count {
            if starts(with: open, at: index) {
                try tag()
            } else {
                let byte = bytes[index]
                // A `{{name}}` after the delimiters changed is printed as it is written.
                if byte == UInt8(ascii: "{"), let switched, stranded == nil, starts(with: Self.defaultOpen, at: index),
                   let first = bytes[(index + 2)...].first(where: { $0 != 0x20 }),
                   Self.nameCharacters.contains(Unicode.Scalar(first)) || "#^/!>&{.".utf8.contains(first),
                   let end = find(Array("}}".utf8), from: index + 2), !bytes[index..<end].contains(0x0A) {
                    stranded = TemplateSyntaxError(line: line, column: column(of: index), message: "`\(String(decoding: bytes[index..<(end + 2)], as: UTF8.self))` is printed as text: "
                        + "since `\(switched.tag)` on line \(switched.line), tags are written `\(show(open))…\(show(close))` (switch back with `\(show(open))={{ }}=\(show(close))`)")
                }
                text.append(byte)
                html.feed(byte)
                index += 1
                if byte == 0x0A {
                    line += 1
                    lineStart = index
                    lineIsBlank = true
                } else if byte != 0x20 && byte != 0x09 {
                    lineIsBlank = false
                }
            }
        }
        flushText()
        guard frames.count == 1, let root = frames.first else {
            let name = frames.last?.name
            let written = name?.written ?? ""
            throw TemplateSyntaxError(line: name?.line ?? line, column: name?.column ?? 1,
                                      message: "section `\(show(open))#\(written)\(show(close))` is never closed (add `\(show(open))/\(written)\(show(close))`)")
        }
        return root.nodes
    }

    /// Moves past a tag, or a stand-alone tag's line end, counting the lines it spans (a comment
    /// may run over several).
    private mutating func advance(to position: Int) {
        for at in index..<position where bytes[at] == 0x0A {
            line += 1
            lineStart = at + 1
        }
        index = position
    }

    private func starts(with delimiter: [UInt8], at position: Int) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        for (offset, byte) in delimiter.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from position: Int) -> Int? {
        var at = position
        while at + delimiter.count <= bytes.count {
            if starts(with: delimiter, at: at) { return at }
            at += 1
        }
        return nil
    }

    private func show(_ delimiter: [UInt8]) -> String { String(decoding: delimiter, as: UTF8.self) }

    /// The column of a byte of the current line, counted in characters.
    /// The last column worked out, and where: the next tag on the line counts on from it (counting
    /// from the line's start each time took minutes for a line of 100,000 tags).
    var counted = (position: 0, column: 1)

    private mutating func column(of position: Int) -> Int {
        let from = counted.position >= lineStart && counted.position <= position ? counted : (position: lineStart, column: 1)
        counted = (position, from.column + String(decoding: bytes[from.position..<position], as: UTF8.self).count)
        return counted.column
    }

    private mutating func append(_ node: TemplateNode) {
        frames[frames.count - 1].nodes.append(node)
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        append(.text(String(decoding: text, as: UTF8.self)))
        text.removeAll(keepingCapacity: true)
    }

    /// After a tag that may stand alone: when only spaces and tabs surround it on its line, drops
    /// them and the line's end, and returns the whitespace that was before it; nil otherwise.
    private mutating func standAlone() -> String? {
        guard lineIsBlank else { return nil }
        lineIsBlank = false
        var after = index
        while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
        let end: Int
        if after == bytes.count {
            end = after
        } else if bytes[after] == 0x0A {
            end = after + 1
        } else if bytes[after] == 0x0D, after + 1 < bytes.count, bytes[after + 1] == 0x0A {
            end = after + 2
        } else {
            return nil
        }
        // No tag yet on this line: all of it so far is the tail of `text`.
        let blank = text.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let indentation = String(decoding: text[blank...], as: UTF8.self)
        text.removeSubrange(blank...)
        advance(to: end)
        if end > after { lineIsBlank = true }
        return indentation
    }

    private mutating func tag() throws(TemplateSyntaxError) {
        let start = index
        let tagLine = line
        let tagColumn = column(of: start)
        let unfinished = TemplateSyntaxError(line: tagLine, column: tagColumn,
                                             message: "a tag is not finished (a `\(show(close))` is missing)")
        var cursor = start + open.count
        let sigil = cursor < bytes.count ? bytes[cursor] : 0
        switch sigil {
        case UInt8(ascii: "!"):
            guard let end = find(close, from: cursor + 1) else { throw unfinished }
            try notRunOn(start, from: cursor, to: end, line: tagLine, column: tagColumn)
            advance(to: end + close.count)
            _ = standAlone()
        case UInt8(ascii: "="):
            guard let end = find(Array("=".utf8) + close, from: cursor + 1) else {
                // `{{=<% %>}}`: the `}}` is there, the `=` before it is not.
                if let shut = find(close, from: cursor + 1), case let inside = String(decoding: bytes[(cursor + 1)..<shut], as: UTF8.self),
                   !inside.contains("\n") {
                    throw TemplateSyntaxError(line: tagLine, column: tagColumn,
                                              message: "a delimiter tag ends with `=\(show(close))`: write `\(show(open))=\(inside.trimmingBlanks)=\(show(close))`")
                }
                throw unfinished
            }
            let parts = String(decoding: bytes[(cursor + 1)..<end], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                throw TemplateSyntaxError(line: tagLine, column: tagColumn,
                                          message: "a `\(show(open))=… …=\(show(close))` delimiter tag is malformed (it takes two delimiters, such as `{{=<% %>=}}`)")
            }
            advance(to: end + 1 + close.count)
            _ = standAlone()
            if switched == nil { switched = (tagLine, show(open) + "=" + parts.joined(separator: " ") + "=" + show(close)) }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
            if open == Self.defaultOpen { switched = nil }
        case UInt8(ascii: ">"):
            guard let end = find(close, from: cursor + 1) else { throw unfinished }
            try notRunOn(start, from: cursor, to: end, line: tagLine, column: tagColumn)
            let name = String(decoding: bytes[(cursor + 1)..<end], as: UTF8.self).trimmingBlanks
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(Self.partialCharacters.contains) else {
                throw TemplateSyntaxError(line: tagLine, column: tagColumn, message: "`\(show(open))>\(name)\(show(close))` does not name a template")
            }
            advance(to: end + close.count)
            let indentation = standAlone() ?? ""
            flushText()
            append(.partial(name, indentation: indentation, line: tagLine, column: tagColumn))
        case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
            throw TemplateSyntaxError(line: tagLine, column: tagColumn,
                                      message: "`\(show(open))\(Character(Unicode.Scalar(sigil)))…` is not supported (template inheritance and pragmas); use partials, `\(show(open))>name\(show(close))`")
        case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"):
            guard let end = find(close, from: cursor + 1) else { throw unfinished }
            try notRunOn(start, from: cursor, to: end, line: tagLine, column: tagColumn)
            let name = try Self.name(String(decoding: bytes[(cursor + 1)..<end], as: UTF8.self), line: tagLine, column: tagColumn,
                                     sigil: Character(Unicode.Scalar(sigil)), open: show(open), close: show(close))
            advance(to: end + close.count)
            _ = standAlone()
            flushText()
            html.section(opens: sigil != UInt8(ascii: "/"))
            if sigil == UInt8(ascii: "/") {
                guard frames.count > 1, let frame = frames.last, let opened = frame.name else {
                    throw TemplateSyntaxError(line: tagLine, column: tagColumn,
                                              message: "`\(show(open))/\(name.written)\(show(close))` closes no open section")
                }
                guard opened.written == name.written else {
                    // A name closed in another case, or closed by a name no open section has, is most likely a typing error.
                    let mistyped = opened.written.lowercased() == name.written.lowercased()
                        || !frames.contains { $0.name?.written == name.written }
                    let closing = "`\(show(open))/\(name.written)\(show(close))`", section = "`\(show(open))#\(opened.written)\(show(close))` of line \(opened.line)"
                    throw TemplateSyntaxError(line: tagLine, column: tagColumn, message: mistyped
                        ? "\(closing) does not close \(section): did you mean `\(show(open))/\(opened.written)\(show(close))`?"
                        : "\(closing) closes \(section) (close `\(opened.written)` first)")
                }
                frames.removeLast()
                append(.section(opened, frame.nodes, inverted: frame.inverted))
            } else {
                frames.append(Frame(name: name, inverted: sigil == UInt8(ascii: "^")))
            }
        default:
            var escaped = true
            var closing = close
            if sigil == UInt8(ascii: "&") {
                escaped = false
                cursor += 1
            } else if sigil == UInt8(ascii: "{") {
                escaped = false
                closing = Array("}".utf8) + close
                cursor += 1
                // `{{{body}}`: the tag ends a brace short, and the search for `}}}` would run on into later tags.
                if let short = find(close, from: cursor), short < (find(closing, from: cursor) ?? .max) {
                    let name = String(decoding: bytes[cursor..<short], as: UTF8.self).trimmingBlanks
                    throw TemplateSyntaxError(line: tagLine, column: tagColumn,
                                              message: "`\(show(open)){\(name)\(show(close))` ends a `}` short: write `\(show(open)){\(name)}\(show(close))`, as a tag opened with `\(show(open)){` closes with `}\(show(close))`")
                }
            }
            guard let end = find(closing, from: cursor) else {
                throw TemplateSyntaxError(line: tagLine, column: tagColumn, message: "a tag is not finished (a `\(show(closing))` is missing)")
            }
            try notRunOn(start, from: cursor, to: end, line: tagLine, column: tagColumn)
            let name = try Self.name(String(decoding: bytes[cursor..<end], as: UTF8.self), line: tagLine, column: tagColumn,
                                     sigil: nil, open: show(open), close: show(close))
            advance(to: end + closing.count)
            lineIsBlank = false
            flushText()
            append(.variable(name, escaped: escaped, inText: html.isText))
        }
    }

    /// A tag whose close is found only after another tag opens (`{{title}` or `{{! note` left
    /// unclosed, and the `}}` found is the next tag's): what it swallowed would silently go missing.
    private func notRunOn(_ tag: Int, from start: Int, to end: Int, line: Int, column: Int) throws(TemplateSyntaxError) {
        guard let next = find(open, from: start), next < end else { return }
        let written = String(decoding: bytes[tag..<next], as: UTF8.self)
        let shown = written.prefix { $0 != "\n" && $0 != "\r" }.trimmingCharacters(in: .whitespaces)
        let nextLine = line + bytes[tag..<next].count { $0 == 0x0A }
        throw TemplateSyntaxError(line: line, column: column,
                                  message: "`\(shown.prefix(40))` is not closed: another tag opens (line \(nextLine)) before its `\(show(close))`")
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_?*".unicodeScalars)
    private static let partialCharacters = nameCharacters.union(["/", "."])

    /// `a`, `a.b`, `.`, `.a`, `f(a)`, `f(g(a))`, `first()`.
    static func name(_ raw: String, line: Int, column: Int, sigil: Character?, open: String, close: String) throws(TemplateSyntaxError) -> TemplateName {
        let written = raw.trimmingBlanks
        let tag = open + (sigil.map(String.init) ?? "") + written + close
        func failure(_ message: String) -> TemplateSyntaxError { TemplateSyntaxError(line: line, column: column, message: message) }
        var inner = Substring(written)
        var functions: [String] = []
        while inner.hasSuffix(")"), let bracket = inner.firstIndex(of: "(") {
            let function = inner[..<bracket]
            guard !function.isEmpty, function.unicodeScalars.allSatisfy(nameCharacters.contains) else { throw failure("`\(tag)` is not a field name") }
            functions.insert(String(function), at: 0)
            inner = inner[inner.index(after: bracket)..<inner.index(before: inner.endIndex)]
        }
        let onLoop = inner.isEmpty && !functions.isEmpty
        let known = onLoop ? TemplateFunction.onLoop : TemplateFunction.onValues
        if let unknown = functions.first(where: { !known.contains($0) }) {
            func listed(_ names: Set<String>) -> String { names.sorted().map { "`\($0)()`" }.joined(separator: ", ") }
            // Both lists: `index()` stands alone for a position in a list, `count(cases)` takes a value.
            throw failure("`\(tag)` uses `\(unknown)()`, which alertpress does not know (it knows \(listed(TemplateFunction.onValues)) on a value, as `count(cases)`; "
                          + "and \(listed(TemplateFunction.onLoop)) alone, for the position in a list, as `index()`)")
        }
        if onLoop && functions.count > 1 { throw failure("`\(tag)` applies a function to `\(functions[0])()`, which is a position in a list") }
        if onLoop || inner == "." {
            return TemplateName(path: [], onLoop: onLoop, anchored: false, functions: functions, written: written, line: line, column: column)
        }
        let anchored = inner.hasPrefix(".")
        let path = (anchored ? inner.dropFirst() : inner).split(separator: ".", omittingEmptySubsequences: false)
        guard !path.isEmpty, path.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(nameCharacters.contains) }) else {
            throw failure(written.isEmpty ? "`\(tag)` names no field" : "`\(tag)` is not a field name")
        }
        return TemplateName(path: path.map(String.init), onLoop: false, anchored: anchored, functions: functions, written: written, line: line, column: column)
    }
}

private extension String {
    var trimmingBlanks: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}

/// The template's text read as HTML, a byte at a time, to tell where a variable stands: in an
/// element's text, where its Chinese words may be marked (`<span lang>`), or in a tag (an
/// attribute's value), a comment, an element whose content is text alone or no HTML (`<title>`,
/// `<script>`, `<style>`, `<textarea>`, `<option>`, `<svg>`), or an element that names its
/// language (`<a lang="{{lang}}">`; not `<html>`, whose language is the page's, nor a `lang`
/// written inside a section, which may not be there). A partial is read from the start of its own
/// text, as if it stood in an element's text.
struct HTMLContext {
    private enum State: Equatable { case text, tagStart, tagName, tag, quoted(UInt8), comment, declaration }
    private var state = State.text
    /// The tag's name, lower-cased, with "/" first for a closing tag.
    private var name: [UInt8] = []
    /// The elements open, and whether each names its language.
    private var open: [(name: [UInt8], namesLanguage: Bool)] = []
    /// Whether the tag being read has ` lang=` outside a section, and the sections open in it.
    private var tagNamesLanguage = false
    private var sectionsInTag = 0
    /// The element whose end is looked for before any markup is read again.
    private var rawText: [UInt8]?
    /// The last bytes read: the end of a comment, of a raw-text element, or ` lang=`.
    private var recent: [UInt8] = []
    private static let rawTextElements: [[UInt8]] = ["title", "script", "style", "textarea", "option", "svg"].map { Array($0.utf8) }
    private static let voidElements: [[UInt8]] = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
        .map { Array($0.utf8) }

    var isText: Bool { state == .text && rawText == nil && !open.contains { $0.namesLanguage } }

    /// A section opened or closed inside a tag makes what it holds there uncertain.
    mutating func section(opens: Bool) {
        guard state == .tag || state == .tagName else { return }
        sectionsInTag = max(0, sectionsInTag + (opens ? 1 : -1))
    }

    mutating func feed(_ byte: UInt8) {
        let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
        recent.append(lower)
        if recent.count > 12 { recent.removeFirst(recent.count - 12) }
        switch state {
        case .text:
            if let raw = rawText {
                if recent.count >= raw.count + 2, recent.suffix(raw.count + 2).elementsEqual([UInt8(ascii: "<"), UInt8(ascii: "/")] + raw) {
                    rawText = nil
                    name = [UInt8(ascii: "/")] + raw
                    state = .tag
                }
            } else if byte == UInt8(ascii: "<") {
                state = .tagStart
            }
        case .tagStart:
            if byte == UInt8(ascii: "!") {
                state = .declaration
            } else if (0x61...0x7A).contains(lower) || byte == UInt8(ascii: "/") {
                name = [lower]
                tagNamesLanguage = false
                sectionsInTag = 0
                state = .tagName
            } else {
                state = .text  // a "<" in text
            }
        case .declaration:
            // `<!--` opens a comment, which ends at `-->`; `<!DOCTYPE …>` ends at its `>`.
            if recent.suffix(4).elementsEqual("<!--".utf8) { state = .comment } else if byte == UInt8(ascii: ">") { state = .text }
        case .comment:
            if recent.suffix(3).elementsEqual("-->".utf8) { state = .text }
        case .tagName:
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") {
                name.append(lower)
            } else {
                state = .tag
                feedTag(byte)
            }
        case .tag:
            feedTag(byte)
        case .quoted(let quote):
            if byte == quote { state = .tag }
        }
    }

    private mutating func feedTag(_ byte: UInt8) {
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            state = .quoted(byte)
        } else if byte == UInt8(ascii: "=") {
            if sectionsInTag == 0, recent.count >= 6, recent.suffix(5).elementsEqual("lang=".utf8),
               [0x20, 0x09, 0x0A].contains(recent[recent.count - 6]) {
                tagNamesLanguage = true
            }
        } else if byte == UInt8(ascii: ">") {
            state = .text
            if name.first == UInt8(ascii: "/") {
                let closed = Array(name.dropFirst())
                if let index = open.lastIndex(where: { $0.name == closed }) { open.removeSubrange(index...) }
            } else if Self.rawTextElements.contains(name) {
                rawText = name
            } else if !Self.voidElements.contains(name), recent.dropLast().last != UInt8(ascii: "/") {
                open.append((name, tagNamesLanguage && name != Array("html".utf8)))
            }
        }
    }
}
