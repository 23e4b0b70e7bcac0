import Foundation
import Yams

/// Reads YAML into typed values, reporting every problem at the line of the offending key or value.
/// This is the one place where loosely typed YAML meets the typed model.
struct YAMLReader {
    let file: String
    /// File line of the first YAML line.
    let firstLine: Int
    /// The YAML's lines as written, when some line has a "#" (`comment(after:)`), a backslash
    /// (`escapesBreak`) or Chinese text (`joinedAcrossLines`), else none.
    let lines: [Substring]
    /// The YAML as written.
    private let yaml: String

    init(source: SourceText) {
        file = source.path
        firstLine = source.frontMatterFirstLine
        yaml = source.frontMatter ?? source.text
        lines = yaml.utf8.contains { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "\\") || (0xE3...0xE9).contains($0) } ? yaml.splitLines() : []
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return SourceLocation(file: file, line: firstLine + mark.line - 1, column: mark.column)
    }

    func location(_ node: Node) -> SourceLocation { location(node.mark) }

    /// The tag of a plain scalar without an explicit one: what Yams's default resolver gives it,
    /// without its timestamp, merge and value rules (so dates, `<<` and `=` stay text). That
    /// resolver runs a regular expression per rule (bool, int, float, null, in that order) on
    /// every plain scalar, a tenth of decoding a case file; here the same patterns are matched on
    /// the UTF-8 bytes. Like ICU's `$`, the patterns' end also matches before a final line break.
    static func implicitTag(of text: String) -> Tag.Name {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            if end > 0, bytes[end - 1] >= 0x0A, bytes[end - 1] <= 0x0D { // \n, \v, \f, \r, \r\n
                end -= end > 1 && bytes[end - 2] == 0x0D && bytes[end - 1] == 0x0A ? 2 : 1
            } else if end > 1, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85 { // NEL
                end -= 2
            } else if end > 2, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9 { // LS, PS
                end -= 3
            }
            let scalar = PlainScalar(bytes: UnsafeBufferPointer(rebasing: bytes[..<end]))
            if scalar.isBool { return .bool }
            if scalar.isInt { return .int }
            if scalar.isFloat { return .float }
            if scalar.isNull { return .null }
            return .str
        }
    }

    /// A full-width `｛` or `［` that starts a key's value, or a full-width comma between two quoted or bracketed items, or
    /// before a key inside `{…}` (`{amount: 4000，currency: CNY}`).
    static func wideFlowSign(in line: Substring) -> Substring.Index? {
        if let match = line.firstMatch(of: /^\s*(?:- )?[A-Za-z_][A-Za-z0-9_-]*:\s*([｛［])/) { return match.1.startIndex }
        return line.firstMatch(of: /["'\]}”’]\s*([，、])\s*["'\[{“‘]/)?.1.startIndex ?? line.firstMatch(of: /\{[^}]*?([，、])\s*[A-Za-z_][A-Za-z0-9_-]*:\s/)?.1.startIndex
    }

    /// `line` with the full-width braces and brackets, and commas between items, as ASCII signs.
    static func withASCIIFlowSigns(_ line: Substring) -> String {
        var result = String(line)
        for (wide, ascii) in [("｛", "{"), ("｝", "}"), ("［", "["), ("］", "]")] { result = result.replacingOccurrences(of: wide, with: ascii) }
        while let match = result.firstMatch(of: /["'\]}”’]\s*([，、])\s*["'\[{“‘]/) ?? result.firstMatch(of: /\{[^}]*?([，、])\s*[A-Za-z_][A-Za-z0-9_-]*:\s/) {
            result.replaceSubrange(match.1.startIndex..<match.1.endIndex, with: ", ")
        }
        return result
    }

    /// Parses the YAML text; a syntax error becomes one diagnostic at its line. The encoding is
    /// given: Yams's default reads (and may print about) an environment variable on every call.
    func compose(_ yaml: String, log: inout DiagnosticLog) -> Node? {
        do {
            // Composed without implicit tags: `tagName` resolves them when they are read.
            let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            // An alias needs an anchor (`&name`): without one the file stands for what it holds.
            if let node, yaml.utf8.contains(UInt8(ascii: "&")), let expanded = amplified(node, written: yaml.utf8.count) {
                // Reported at the first alias of a declared anchor, which is where the copies start.
                let lines = yaml.splitLines()
                let anchors = Set(lines.flatMap { $0.matches(of: /&([^\s\[\]{},]+)/).map { String($0.1) } })
                let alias = lines.enumerated().lazy.compactMap { index, line in
                    line.matches(of: /(?:^|[\s\[{,])(\*)([^\s\[\]{},]+)/).first { anchors.contains(String($0.2)) }
                        .map { (index, line.distance(from: line.startIndex, to: $0.1.startIndex)) }
                }.first
                log.error("too-many-values", "the YAML's aliases (`*name`) stand for \(expanded), far more than the file holds",
                          at: alias.map { SourceLocation(file: file, line: firstLine + $0.0, column: $0.1 + 1) } ?? location(node),
                          hint: "write each value out; these files need no anchors or aliases")
                return nil
            }
            if node != nil, yaml.utf8.contains(UInt8(ascii: "&")) { reportUnusedAnchors(in: yaml, log: &log) }
            if let node, yaml.utf8.contains(UInt8(ascii: "!")) { reportTags(in: node, log: &log) }
            return node
        } catch let error as YamlError {
            let lines = yaml.splitLines()
            func lineHasTab(_ mark: Mark) -> Bool {
                (mark.line - 1) < lines.count && mark.line >= 1 && lines[mark.line - 1].contains("\t")
            }
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
                // `%YAML 1.2` or `%TAG …`: a directive wants a `---` after it, which in front matter closes it.
                if let index = lines.prefix(max(mark.line, 1)).firstIndex(where: { $0.hasPrefix("%YAML") || $0.hasPrefix("%TAG") }) {
                    log.error("yaml-syntax", "`\(lines[index].prefix(20))` is a YAML directive, which front matter does not use",
                              at: SourceLocation(file: file, line: firstLine + index, column: 1), hint: "delete the line")
                    return nil
                }
                // `title：…` (a full-width colon, as Chinese keyboards type it) is text, not a key:
                // YAML notices on the next line or so. (Further up, such a line is a value's text:
                // `- WeChat：fake_cs_001`, and the error is another one.)
                if !lineHasTab(mark),
                   let index = lines.prefix(max(mark.line, 1)).indices.suffix(3).last(where: { lines[$0].wholeMatch(of: /\s*(- )?[A-Za-z_][A-Za-z0-9_]*\s*：.*/) != nil }),
                   let colon = lines[index].firstIndex(of: "：") {
                    let key = lines[index][..<colon].trimmingWhitespace().trimmingPrefix("- ")
                    log.error("yaml-syntax", "`\(key)` is followed by a full-width colon `：`, so it is not read as a key",
                              at: SourceLocation(file: file, line: firstLine + index, column: lines[index].distance(from: lines[index].startIndex, to: colon) + 1),
                              hint: "write an ASCII colon and a space: `\(key): …`")
                    return nil
                }
                // `loss: ｛amount: 5000, currency: CNY｝`, `indicators: ["a"，"b"]`: brackets and commas typed
                // with a Chinese keyboard are text to YAML, which then finds a colon or a missing comma.
                if let index = (max(mark.line - 2, 0)..<min(mark.line, lines.count)).reversed().first(where: { Self.wideFlowSign(in: lines[$0]) != nil }),
                   let sign = Self.wideFlowSign(in: lines[index]) {
                    let what = "｛｝".contains(lines[index][sign]) ? "brace" : "［］".contains(lines[index][sign]) ? "bracket" : "comma"
                    log.error("yaml-syntax", "`\(lines[index][sign])` is a full-width \(what) (as a Chinese keyboard types it), which YAML reads as text",
                              at: SourceLocation(file: file, line: firstLine + index, column: lines[index].distance(from: lines[index].startIndex, to: sign) + 1),
                              hint: "type the signs in English: \(Self.withASCIIFlowSigns(lines[index]).trimmingWhitespace())")
                    return nil
                }
                // `title: Warning: fake refund texts`: a plain value with ": " in it reads as a second key.
                if problem.contains("mapping values are not allowed"), mark.line >= 1, mark.line <= lines.count,
                   let match = lines[mark.line - 1].wholeMatch(of: /\s*(?:- )?([A-Za-z_][A-Za-z0-9_-]*): +([^"'{\[].*: .*)/) {
                    let written = String(match.2).trimmingWhitespace()
                    // Typographic quotes around it (pasted from a word processor) are no YAML quotes: straight ones replace them.
                    let value = Decoder.insideTypographicQuotes(written) ?? written
                    // Single quotes take a backslash as it is; a quote inside them is doubled.
                    let quoted = value.contains("\"") || value.contains("\\") ? Self.singleQuoted(value) : "\"\(value)\""
                    let curly = value == written ? "" : " (its “ ” are typographic quotes, which YAML reads as text)"
                    log.error("yaml-syntax", "the value of `\(match.1)` holds a colon and a space, which YAML reads as the start of another key\(curly)",
                              at: location(mark), hint: "put the whole value in quotes: \(match.1): \(quoted)")
                    return nil
                }
                // The line before the error's, skipping blank lines and comments: how it is indented, and what it holds.
                func previousLine(before line: Int) -> Substring? {
                    lines.prefix(max(0, line - 1)).last { !$0.trimmingWhitespace().isEmpty && !$0.trimmingWhitespace().hasPrefix("#") }
                }
                func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
                // `  date: …` under `title: …`: a key indented more than a key with a value before it.
                if problem.contains("mapping values are not allowed"), mark.line >= 1, mark.line <= lines.count,
                   let previous = previousLine(before: mark.line), indentation(lines[mark.line - 1]) > indentation(previous),
                   previous.wholeMatch(of: /\s*(- )?[A-Za-z_][A-Za-z0-9_-]*:\s+\S.*/) != nil,
                   let key = lines[mark.line - 1].firstMatch(of: /^\s*([A-Za-z_][A-Za-z0-9_-]*):/)?.1 {
                    log.error("yaml-syntax", "`\(key)` is indented more than the line before it, so YAML does not read it as a key of its own",
                              at: SourceLocation(file: file, line: firstLine + mark.line - 1, column: indentation(lines[mark.line - 1]) + 1),
                              hint: "start `\(key):` at the same column as the keys above it")
                    return nil
                }
                // `sources:` then `  – {name: …}`: a word processor's dash before an item that YAML then reads as a
                // mapping or a list of its own, and fails inside (or on the line after, `  – name: A` then `    url: …`).
                if let (number, line, item, dash) = [context?.mark.line, mark.line, mark.line - 1].lazy.compactMap({ $0 })
                    .filter({ $0 >= 1 && $0 <= lines.count }).compactMap({ number -> (Int, Substring, Substring, Character)? in
                        let line = lines[number - 1], item = line.drop(while: { $0 == " " })
                        guard let dash = item.first, "–—－‐‑‒﹣−―".contains(dash), item.dropFirst().first?.isWhitespace == true,
                              let previous = previousLine(before: number), previous.hasSuffix(":") || previous.trimmingWhitespace().hasPrefix("- ") else { return nil }
                        return (number, line, item, dash)
                    }).first {
                    log.error("yaml-syntax", "`\(dash)` (U+\(Digits.padded(dash.unicodeScalars.first?.value ?? 0, width: 4, radix: 16).uppercased())) is not a list's dash",
                              at: SourceLocation(file: file, line: firstLine + number - 1, column: line.count - item.count + 1),
                              hint: "write `- \(item.dropFirst().trimmingWhitespace())` with a hyphen typed in English")
                    return nil
                }
                // `- a` then `  b`: the second line of a list without its dash. (`region Chengdu`, two
                // words, is rather a key without its colon.)
                if let context, context.text.contains("simple key"), context.mark.line >= 1, context.mark.line <= lines.count,
                   case let line = lines[context.mark.line - 1], !line.contains(": "), !line.hasSuffix(":"),
                   line.trimmingWhitespace().wholeMatch(of: /[A-Za-z_][A-Za-z0-9_-]*\s+\S.*/) == nil,
                   let previous = previousLine(before: context.mark.line), previous.trimmingWhitespace().hasPrefix("- "),
                   indentation(previous) == indentation(line) {
                    let item = line.trimmingWhitespace()
                    // `-wechat`: the dash is there, the space after it is not. (A word processor's dash is told above.)
                    let written = item.hasPrefix("-") ? item.dropFirst().trimmingWhitespace() : item
                    // `　- game-trade`: a full-width space before the dash, which YAML does not read as indentation.
                    if let space = line.unicodeScalars.first, space.properties.isWhitespace, space != " " {
                        log.error("yaml-syntax", "line \(firstLine + context.mark.line - 1) starts with a \(Self.spaceName(space)), which YAML does not read as indentation",
                                  at: SourceLocation(file: file, line: firstLine + context.mark.line - 1, column: 1), hint: "indent with ASCII spaces, typed with an English keyboard")
                    } else {
                        log.error("yaml-syntax", "this line is in a list, but does not start with `- `", at: location(context.mark),
                                  hint: item.hasPrefix("-") ? "put a space after the dash: `- \(written)`" : "write `- \(written)`")
                    }
                    return nil
                }
                // `summary: During the sales…` and `that her air purifier…` under it, not indented: YAML takes the
                // second line for a key. (One or two words, `region Beijing`, are rather a key without its colon.)
                if let context, context.text.contains("simple key"), context.mark.line >= 1, context.mark.line <= lines.count,
                   case let line = lines[context.mark.line - 1], indentation(line) == 0, !line.contains(": "), !line.hasSuffix(":"),
                   // `region:　广东深圳`: a key with a full-width space after its colon, told below.
                   line.prefixMatch(of: /[A-Za-z_][A-Za-z0-9_-]*:[\u{A0}\u{3000}\u{2002}\u{2003}\u{2009}]/) == nil,
                   line.contains(where: { !$0.isASCII && $0.isLetter }) || line.split(separator: " ").count >= 4 || line.trimmingWhitespace().last.map({ ".。!?！？".contains($0) }) == true,
                   let previous = previousLine(before: context.mark.line), indentation(previous) == 0,
                   let key = previous.wholeMatch(of: /([A-Za-z_][A-Za-z0-9_-]*): +[^"'\[{|>&*!#\s].*/)?.1 {
                    log.error("yaml-syntax", "this line goes on with the value of `\(key)` above it, but is not indented, so YAML reads it as a key",
                              at: location(context.mark), hint: "indent it by two spaces, or join it to the line above")
                    return nil
                }
                // `- "a"` then `  - "b"`: an item indented under a quoted one, which cannot go on with it.
                if mark.line >= 1, mark.line <= lines.count, case let line = lines[mark.line - 1], line.trimmingWhitespace().hasPrefix("- "),
                   let previous = previousLine(before: mark.line), previous.trimmingWhitespace().hasPrefix("- "), indentation(line) > indentation(previous),
                   // (No-break spaces before the item above are no indentation to YAML, told below.)
                   previous.first?.isWhitespace != true || previous.first == " " {
                    log.error("yaml-syntax", "this item is indented more than the one above it", at: SourceLocation(file: file, line: firstLine + mark.line - 1, column: indentation(line) + 1),
                              hint: "start each `- ` at the same column as the one above it")
                    return nil
                }
                if problem.contains("directive") || context?.text.contains("directive") == true {
                    log.error("yaml-syntax", "a line that starts with `%` is read as a YAML directive, not a key", at: SourceLocation(file: file, line: firstLine + mark.line - 1),
                              hint: "remove the `%`, or put the value in quotes")
                    return nil
                }
                // Two libyaml messages that say little to an editor.
                if problem.contains("found another document") {
                    log.error("yaml-syntax", "a second `---` starts another YAML document; the file holds one", at: location(mark),
                              hint: "remove the extra `---` line")
                    return nil
                }
                if problem.contains("nesting level") {
                    log.error("yaml-syntax", "the values are nested too deep for YAML to read", at: location(mark),
                              hint: "these files need lists and mappings a few levels deep at most")
                    return nil
                }
                // `title: "Test case` with no closing quote: YAML reads on, over the lines below, to the
                // next quotation mark, and fails after it, on that line. The quote that opens the value is the place to fix.
                if context?.text.contains("quoted scalar") != true, mark.line >= 1, mark.line <= lines.count,
                   let opening = lines.prefix(mark.line - 1).indices.last(where: { index in
                       let line = lines[index]
                       guard let match = line.firstMatch(of: /^\s*(?:- )?(?:[A-Za-z_][A-Za-z0-9_-]*:\s+)?(["'])/) else { return false }
                       let quote = Character(String(match.1))
                       // Unclosed on its line: an odd count of the quote after the opening one (a doubled '' is one ').
                       let rest = line[match.range.upperBound...].replacingOccurrences(of: quote == "'" ? "''" : "\\\"", with: "")
                       // …and still open on the line where YAML fails: no line between closes it.
                       return !rest.contains(quote) && lines[mark.line - 1].contains(quote)
                           && !lines[(index + 1)..<(mark.line - 1)].contains { $0.contains(quote) }
                   }) {
                    let line = lines[opening]
                    let column = Self.column(of: line.unicodeScalars.firstIndex { $0 == "\"" || $0 == "'" } ?? line.startIndex, in: line)
                    log.error("yaml-syntax", "the quoted value that starts here is not closed on its line, so YAML reads on into the lines below",
                              at: SourceLocation(file: file, line: firstLine + opening, column: column),
                              hint: "end the value with the same quotation mark on this line")
                    return nil
                }
                // A no-break or full-width space (pasted, or typed by a Chinese keyboard) looks like a space
                // but is not one to YAML: `key:\u{A0}value`, or indentation made of them.
                // (`title:　冒充…` is one key to YAML, which notices on the line after it.)
                let keyBefore = mark.line >= 2 && mark.line - 1 <= lines.count
                    && lines[mark.line - 2].prefixMatch(of: /[\u{A0}\u{3000}]|\s*(?:- )?[A-Za-z_][A-Za-z0-9_-]*:[\u{A0}\u{3000}]/) != nil
                let suspects = [context?.mark.line, mark.line, keyBefore ? mark.line - 1 : nil].compactMap { $0 }.filter { $0 >= 1 && $0 <= lines.count }
                if let (line, column, name) = suspects.lazy.compactMap({ number -> (Int, Int, String)? in
                    let scalars = Array(lines[number - 1].unicodeScalars)
                    guard let index = scalars.firstIndex(where: { [0xA0, 0x3000, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF].contains($0.value) }) else { return nil }
                    return (number, index + 1, Self.spaceName(scalars[index]))
                }).first {
                    log.error("yaml-syntax", "line \(firstLine + line - 1) holds a \(name), which looks like a space but is not one to YAML",
                              at: SourceLocation(file: file, line: firstLine + line - 1, column: column),
                              hint: name.hasPrefix("zero-width") ? "delete it: it comes with text copied from other programs" : "replace it with an ordinary space")
                    return nil
                }
                var message = "YAML syntax error: \(problem)"
                if let context { message += " (\(context.text) at line \(firstLine + context.mark.line - 1))" }
                // A key without its colon is noticed on a later line; the scanner's context is the key.
                if let context, context.text.contains("simple key") {
                    log.error("yaml-syntax", message, at: location(context.mark), hint: "write a colon and a space after the key: `key: value`")
                } else if let context, context.text.contains("quoted scalar"), problem.contains("escape") || problem.contains("hexdecimal") {
                    // `"C:\Users\…"`: in double quotes a backslash starts an escape, and `\U` wants eight hex digits.
                    // libyaml stops past the backslash; the backslash is the place to fix.
                    var at = location(mark)
                    if mark.line >= 1, mark.line <= lines.count {
                        let scalars = Array(lines[mark.line - 1].unicodeScalars)
                        // The first escape on the line that is not one (`"a\tb\new\Wuhan"`: the `\W`, past the valid `\t` and `\n`).
                        let from = context.mark.line == mark.line ? max(0, context.mark.column - 1) : 0
                        if let invalid = Self.firstInvalidEscape(scalars, from: from) {
                            at.column = invalid + 1
                        } else if let backslash = scalars.prefix(max(0, mark.column - 1)).lastIndex(of: "\\") {
                            at.column = backslash + 1
                        }
                    }
                    log.error("yaml-syntax", "in double quotes a backslash starts an escape such as `\\n`, and this one is not valid",
                              at: at, hint: "put the value in single quotes, which keep backslashes as written, or write `\\\\` for each backslash")
                } else if let context, context.text.contains("quoted scalar") {
                    // A quote left open is noticed where the file, or the next quote, ends: the quote is the place to fix.
                    log.error("yaml-syntax", "a quoted value is never closed: \(problem)", at: location(context.mark),
                              hint: "end the value with the same quotation mark it starts with")
                } else if let context, context.text.contains("flow sequence") || context.text.contains("flow mapping"),
                          context.mark.line >= 1, context.mark.line <= lines.count,
                          let hash = Self.commentStart(in: lines[context.mark.line - 1], after: context.mark.column) {
                    // `- {name: Xinhua #1, url: …}`: the comment takes the rest of the line, and the bracket is left open.
                    log.error("yaml-syntax", "a `#` after a space starts a comment in YAML: the rest of the line is left out, and the bracket before it is never closed",
                              at: SourceLocation(file: file, line: firstLine + context.mark.line - 1, column: hash),
                              hint: "put the value that holds the `#` in quotes, e.g. name: \"Xinhua #1\"")
                } else if let context, context.text.contains("flow sequence") || context.text.contains("flow mapping"),
                          context.mark.line >= 1, context.mark.line <= lines.count,
                          let open = Self.unclosedBracket(in: lines[context.mark.line - 1], around: context.mark.column),
                          open.wrong != nil || mark.line > context.mark.line {
                    // A `[` or `{` left open on its line (`[phone, [sms]`) is noticed on a later one, and one closed
                    // with the other sign (`{amount: [5, currency: CNY}`) further on: the bracket is the place to fix.
                    // (One closed on its line with something wrong inside is reported where that is.)
                    let at = SourceLocation(file: file, line: firstLine + context.mark.line - 1, column: open.column)
                    if let wrong = open.wrong {
                        log.error("yaml-syntax", "the `\(open.sign)` here is closed with `\(wrong)`, not `\(open.closing)`", at: at,
                                  hint: "close it with `\(open.closing)` before the `\(wrong)`, or put the value in quotes if the `\(open.sign)` is part of it")
                    } else {
                        log.error("yaml-syntax", "the `\(open.sign)` here is never closed with `\(open.closing)`", at: at,
                                  hint: "close it with `\(open.closing)` after its last item, or put the value in quotes if the `\(open.sign)` is part of it")
                    }
                } else if problem.contains("mapping values are not allowed"), mark.line >= 2, mark.line <= lines.count,
                          let before = lines.prefix(mark.line - 1).lastIndex(where: { !$0.trimmingWhitespace().isEmpty }),
                          let match = lines[before].wholeMatch(of: /(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_-]*):([^\s\/].*)/) {
                    // `title:Fake police call`: without a space after its colon the line is one word, and
                    // YAML fails only at the next key, inside it.
                    log.error("yaml-syntax", "`\(match.2):` needs a space after its colon: YAML reads `\(match.2):\(match.3.prefix(20))` as one word",
                              at: SourceLocation(file: file, line: firstLine + before, column: match.1.count + match.2.count + 2),
                              hint: "write `\(match.2): \(match.3.prefix(20))`")
                } else if problem.contains("did not find expected key"), mark.line >= 1, mark.line <= lines.count,
                          let match = lines[mark.line - 1].wholeMatch(of: /\s*(?:- )?([A-Za-z_][A-Za-z0-9_-]*): +(("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|\[[^\]]*\]|\{[^}]*\})\s*[^\s#].*)/) {
                    // `title: "Lost parcel" costs shopper`: the quotes (or brackets) end the value, and the rest is left over.
                    var value = String(match.2).trimmingWhitespace()
                    // `title: 'It's a scam'`: the "closing" quote is an apostrophe, and the quotes around were meant (or the one
                    // opening it, `'It's a scam`).
                    if value.count > 2, value.hasPrefix("'"), value.dropFirst(match.3.count).first?.isLetter == true {
                        value = String(value.dropFirst())
                        if value.hasSuffix("'") { value.removeLast() }
                    }
                    // `title: "Seller "vanishes" with 5,400 yuan"`: quotes around the whole were meant, and the inner ones are text.
                    if value.count > 2, value.hasPrefix("\""), value.hasSuffix("\""), !value.hasSuffix("\\\"") {
                        value = String(value.dropFirst().dropLast())
                    }
                    let quoted = value.contains("'") && !value.contains("\"") && !value.contains("\\") ? "\"\(value)\"" : Self.singleQuoted(value)
                    // `loss: {amount: 7900, currency: CNY}, {amount: 100, …}`, `tactics: [a], [b]`: a key that holds a mapping or a
                    // list, which quoted would be text.
                    let hint = switch (match.3.first, Self.structuredKeys.contains(String(match.1))) {
                    case ("{", true): "`\(match.1)` holds one `{…}`: keep one and remove what follows its `}`"
                    case ("[", true): "`\(match.1)` holds one list: put every item inside one `[…]`, `\(match.1): [a, b, c]`"
                    default: "put the whole value in quotes: \(match.1): \(quoted)"
                    }
                    log.error("yaml-syntax", "the value of `\(match.1)` goes on after its closing “\(match.3.last.map(String.init) ?? "")”: YAML reads only \(match.3) as the value",
                              at: location(mark), hint: hint)
                } else if mark.line >= 1, mark.line <= lines.count,
                          let match = lines[mark.line - 1].wholeMatch(of: /\s*(?:- )?([A-Za-z_][A-Za-z0-9_-]*): +([@`*%&!] ?\S.*|[|>-] +\S.*)/) {
                    // `title: @courier…`, `region: *city`, `title: - fake…`, `title: !!!紧急!!!`: a sign that starts
                    // something else in YAML. (A tag that parses, `!note text`, the decoder reads as text.)
                    let value = String(match.2).trimmingWhitespace()
                    // `channels: - phone`: a list's item on its key's line, which quoted would be text.
                    let item = value.hasPrefix("- ") && Self.structuredKeys.contains(String(match.1))
                    let items = value.dropFirst(2).components(separatedBy: " - ").map { $0.trimmingWhitespace() }
                    log.error("yaml-syntax", "a value cannot start with “\(value.prefix(1))” unquoted: YAML reads it as \(Self.meaning(ofSign: value.first))",
                              at: SourceLocation(file: file, line: firstLine + mark.line - 1,
                                                 column: lines[mark.line - 1].unicodeScalars.count - match.2.unicodeScalars.count + 1),
                              hint: item ? "put \(items.count == 1 ? "the item" : "each item") on a line of its own under `\(match.1):` (\(items.map { "`  - \($0)`" }.joined(separator: ", "))), or write \(match.1): [\(items.joined(separator: ", "))]"
                                  : "put the whole value in quotes: \(match.1): \(Self.doubleQuoted(value))")
                } else if mark.line >= 1, mark.line <= lines.count,
                          let match = lines[mark.line - 1].wholeMatch(of: /(\s*- +)([@`*%&!]\S*(?: .*)?)/) {
                    // A list item the same way: a Telegram handle (`- @jd_refund_bot`), a masked card (`- **** 5530`).
                    let value = String(match.2).trimmingWhitespace()
                    log.error("yaml-syntax", "a list item cannot start with “\(value.prefix(1))” unquoted: YAML reads it as \(Self.meaning(ofSign: value.first))",
                              at: SourceLocation(file: file, line: firstLine + mark.line - 1, column: match.1.unicodeScalars.count + 1),
                              hint: "put the whole item in quotes: - \(Self.doubleQuoted(value))")
                } else if problem.contains("did not find expected '-' indicator") || problem.contains("did not find expected key"),
                          mark.line >= 2, mark.line <= lines.count, case let line = lines[mark.line - 1],
                          let key = line.prefixMatch(of: /\s*([A-Za-z_][A-Za-z0-9_-]*)\s*:/)?.1,
                          let previous = previousLine(before: mark.line),
                          let above = previous.prefixMatch(of: /(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\s*:/),
                          case let column = above.1.count, indentation(line) < column {
                    // `  - name: …` then `  url: …` under its dash, or `    amount: …` then `  currency: …`: a key
                    // that lines up with no mapping open above it.
                    let at = SourceLocation(file: file, line: firstLine + mark.line - 1, column: indentation(line) + 1)
                    if above.1.contains("-"), indentation(line) == indentation(previous) {
                        log.error("yaml-syntax", "`\(key)` starts under the `-` of the item above, so YAML does not read it as a key of that item", at: at,
                                  hint: "start `\(key):` under `\(above.2):` (column \(column + 1)), or write `- ` before it if it starts a new item")
                    } else {
                        log.error("yaml-syntax", "`\(key)` is indented \(indentation(line)) space\(indentation(line) == 1 ? "" : "s"), and `\(above.2)` above it \(column): the keys of one mapping start at the same column",
                                  at: at, hint: "indent `\(key)` by \(column) space\(column == 1 ? "" : "s"), as `\(above.2)`")
                    }
                } else if problem.contains("did not find expected ','"), mark.line >= 1, mark.line <= lines.count,
                          let match = lines[mark.line - 1].firstMatch(of: /([A-Za-z_][A-Za-z0-9_-]*):\s+([^,{}\[\]"'\s][^,{}\[\]"']*?:\s[^,{}\[\]]*?)\s*(?=[,}\]])/),
                          // (Not `{name: A url: "…"}`, a comma left out before a key.)
                          let inner = match.2.firstRange(of: ": "), case let word = match.2[..<inner.lowerBound].split(separator: " ").last ?? "",
                          !Self.flowKeys.contains(String(word)) {
                    // `{phrase: Note: deposit, weight: 2}`: a value with ": " in it, which YAML reads as a key inside `{…}`.
                    let line = lines[mark.line - 1]
                    log.error("yaml-syntax", "the value of `\(match.1)` holds a colon and a space, which YAML reads as the start of another key",
                              at: SourceLocation(file: file, line: firstLine + mark.line - 1, column: Self.column(of: match.2.startIndex, in: line)),
                              hint: "put the value in quotes: \(match.1): \(Self.doubleQuoted(String(match.2)))")
                } else if problem.contains("did not find expected ','") {
                    log.error("yaml-syntax", "inside `[…]` or `{…}`, items are separated by commas: one is missing before this",
                              at: location(mark), hint: "write a comma between items, or put a value that holds spaces and signs in quotes")
                } else if problem.contains("cannot start any token") || problem.contains("tab character"), lineHasTab(mark), case let line = lines[mark.line - 1],
                          let tab = line.unicodeScalars.firstIndex(of: "\t") {
                    // A tab before a key or an item: libyaml's "cannot start any token".
                    log.error("yaml-syntax", "line \(firstLine + mark.line - 1) holds a tab, which YAML does not allow for indentation",
                              at: SourceLocation(file: file, line: firstLine + mark.line - 1, column: Self.column(of: tab, in: line)),
                              hint: "indent with spaces, not tabs")
                } else {
                    log.error("yaml-syntax", message, at: location(mark),
                              hint: lineHasTab(mark) || problem.contains("tab") ? "indent with spaces, not tabs" : "check indentation, colons and quotes on this line")
                }
            case let .duplicatedKeysInMapping(duplicates, context):
                // Point at the repeat, not the first occurrence the parser reports.
                let repeated = repeatedKey(duplicates.first ?? "", after: context.mark, in: lines)
                // In a list of entries (advice.yml, sources), a new entry whose `- ` was left out joins
                // the one above: its keys stand where the keys after an earlier line's `- ` stand.
                let index = repeated.line - firstLine, column = repeated.column - 1
                let lostDash = duplicates.count > 1 && index >= 1 && index < lines.count && !lines[index].trimmingWhitespace().hasPrefix("-")
                    && lines[..<index].contains { line in line.trimmingWhitespace().hasPrefix("- ") && line.prefix { $0 == " " }.count + 2 == column }
                let hint = lostDash
                    ? "if a new entry starts on this line, write `- ` before its first key (`- \(duplicates.first ?? "id"): …`): without it, YAML reads these keys as the entry's above"
                    : "each key may appear once"
                log.error("duplicate-key", "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", "))", at: repeated, hint: hint)
            case let .reader(problem, _, _, _):
                log.error("yaml-syntax", "YAML cannot be read: \(problem)", at: location(nil))
            default:
                log.error("yaml-syntax", "YAML cannot be read: \(error)", at: location(nil))
            }
            return nil
        } catch {
            log.error("yaml-syntax", "YAML cannot be read: \(error)", at: location(nil))
            return nil
        }
    }

    /// Where `key` is written again in the mapping whose first `key` is at `first`: later on that
    /// line (a `{…}` mapping), or on a later line at the same indentation before the mapping ends.
    private func repeatedKey(_ key: String, after first: Mark, in lines: [Substring]) -> SourceLocation {
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        // `region: B`, and `region : B` (YAML lets spaces stand before the colon).
        func isKey(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
            spellings.contains { spelling in
                scalars.starts(with: spelling) && scalars.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }.first == ":"
            }
        }
        let index = first.line - 1, column = first.column - 1
        guard index >= 0, index < lines.count else { return location(first) }
        let line = Array(lines[index].unicodeScalars)
        // The same line, after the first key: `{amount: 1, currency: CNY, amount: 2}`.
        var position = column + 1
        while position < line.count {
            if [",", "{", " "].contains(line[position - 1]), isKey(line[position...]) {
                return SourceLocation(file: file, line: firstLine + index, column: position + 1)
            }
            position += 1
        }
        for next in lines.indices.dropFirst(index + 1) {
            let scalars = Array(lines[next].unicodeScalars)
            guard let start = scalars.firstIndex(where: { $0 != " " }), scalars[start] != "#" else { continue }
            // A line less indented ends the mapping; a list item's first key sits after its `- `.
            if start < column { break }
            var keyStart = start
            while keyStart + 1 < scalars.count, scalars[keyStart] == "-", scalars[keyStart + 1] == " ", keyStart < column {
                keyStart = scalars[(keyStart + 2)...].firstIndex { $0 != " " } ?? scalars.count
            }
            if keyStart == column, isKey(scalars[keyStart...]) { return SourceLocation(file: file, line: firstLine + next, column: column + 1) }
        }
        return location(first)
    }

    /// What aliases make of a file that holds `written` bytes, when it is far more: more than
    /// `Decoder.publishedValueLimit` values, or text 64 KiB longer than the file ("billion laughs",
    /// or one long value repeated by aliases). Every later stage would pay for each copy.
    private func amplified(_ root: Node, written: Int) -> String? {
        var values = 0
        var bytes = 0
        var found: String?
        Self.walk(root) { node in
            values += 1
            if values > Decoder.publishedValueLimit { found = "more than \(Decoder.publishedValueLimit) values" }
            if case .scalar(let scalar) = node {
                bytes += scalar.string.utf8.count
                if bytes > written + 65_536 { found = "more than \(bytes / 1024) KiB of text" }
            }
            return found == nil && values <= Decoder.publishedValueLimit
        }
        return found
    }

    /// Visits the nodes of a tree, depth first, while `visit` says to go on.
    private static func walk(_ root: Node, _ visit: (Node) -> Bool) {
        var pending = [root]
        while let node = pending.popLast(), visit(node) {
            switch node {
            case .mapping(let mapping): for (key, value) in mapping { pending += [key, value] }
            case .sequence(let sequence): pending += Array(sequence)
            case .scalar, .alias: break
            }
        }
    }

    /// The tags whose values the readers check: text, numbers, yes/no, nothing, lists and mappings.
    private static let readTags = Set([Tag.Name.implicit, .nonSpecific, .str, .int, .float, .bool, .null, .seq, .map].map(\.rawValue))

    /// Tags these files have no use for (`!!binary`, `!!timestamp`, `!custom`): their values would
    /// be read as plain text (or refused as the wrong type), so the tag is an error of its own.
    /// `title: &more than a dozen…`: a value that starts with `&` starts with an anchor's name, which YAML
    /// leaves out of it (“than a dozen…”); one that no alias (`*more`) repeats is an error at its `&`.
    private func reportUnusedAnchors(in yaml: String, log: inout DiagnosticLog) {
        let lines = yaml.splitLines()
        for (index, line) in lines.enumerated() {
            guard let (before, name) = Self.anchorAtValue.with({ line.firstMatch(of: $0).map { ($0.output.1, $0.output.2) } }),
                  !lines.contains(where: { $0.contains("*" + name) }) else { continue }
            let value = line[name.startIndex...].trimmingWhitespace()
            let key = before.trimmingWhitespace()
            let quoted = "\"&\(value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
            log.error("yaml-anchor", "`&\(name)` at the start of a value is read by YAML as an anchor's name, which is left out of the value",
                      at: SourceLocation(file: file, line: firstLine + index, column: before.count + 1),
                      hint: "put the whole value in quotes: \(key.isEmpty ? "" : key + " ")\(quoted)")
        }
    }

    private static let anchorAtValue = SharedRegex { /^(\s*(?:-\s+)*(?:[A-Za-z_][A-Za-z0-9_-]*:\s+)?)&([^\s\[\]{},]+)/ }

    private func reportTags(in root: Node, log: inout DiagnosticLog) {
        var visited = 0
        Self.walk(root) { node in
            visited += 1
            // The tag as written: `Node.tag` would resolve it, for good, and a plain `7900` then
            // reads as text wherever the file has a `!`.
            let tag = switch node {
            case .scalar(let scalar): scalar.tag.description
            case .mapping(let mapping): mapping.tag.description
            case .sequence(let sequence): sequence.tag.description
            case .alias(let alias): alias.tag.description
            }
            // `summary: !!null A seller took…`: the tag makes the words nothing, and the value would vanish without a word.
            if tag == Tag.Name.null.rawValue, case .scalar(let scalar) = node, !["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                log.error("yaml-tag", "`!!null` is a YAML tag that makes the value after it nothing, so “\(scalar.string.prefix(40))” would be left out",
                          at: location(node), hint: "remove `!!null` and keep the value, or delete the key")
            } else if !Self.readTags.contains(tag) {
                let written = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : tag
                // `title: !Important: …` is most likely words, not a tag: the whole value in quotes.
                let hint = if case .scalar(let scalar) = node, !written.hasPrefix("!!") {
                    "put the whole value in quotes: \"\(written) \(scalar.string)\""
                } else {
                    "remove `\(written)` and write the value itself"
                }
                log.error("yaml-tag", "`\(written)` is a YAML tag, which these files do not use", at: location(node), hint: hint)
            }
            return visited < Decoder.publishedValueLimit
        }
    }

    // MARK: Mappings

    /// A mapping whose keys are checked against the allowed set; values are read by key.
    /// `example` shows the mapping written right, for the hint when the value is something else.
    /// Keys written in Chinese (`标题:`), and the keys each may mean, for "did you mean `title`?".
    static let keyNames: [String: [String]] = [
        "标题": ["title"], "標題": ["title"], "题目": ["title"], "日期": ["date"], "时间": ["date"], "時間": ["date"], "发布日期": ["date"],
        "摘要": ["summary"], "简介": ["summary"], "簡介": ["summary"], "概要": ["summary"], "地区": ["region"], "地區": ["region"],
        "地点": ["region"], "地點": ["region"], "类型": ["scam_types"], "類型": ["scam_types"], "诈骗类型": ["scam_types"],
        "詐騙類型": ["scam_types"], "手法": ["tactics"], "危险信号": ["tactics"], "危險信號": ["tactics"], "渠道": ["channels"],
        "途径": ["channels"], "途徑": ["channels"], "损失": ["loss"], "損失": ["loss"], "金额": ["amount", "loss"], "金額": ["amount", "loss"],
        "币种": ["currency"], "幣種": ["currency"], "货币": ["currency"], "貨幣": ["currency"], "线索": ["indicators"], "線索": ["indicators"],
        "来源": ["sources"], "來源": ["sources"], "出处": ["sources"], "出處": ["sources"], "名称": ["name"], "名稱": ["name"],
        "链接": ["url"], "鏈接": ["url"], "连结": ["url"], "連結": ["url"], "网址": ["url"], "網址": ["url"], "活动": ["campaigns"],
        "草稿": ["draft"], "更新": ["updated"], "更新日期": ["updated"], "过期": ["expires"], "過期": ["expires"], "到期": ["expires"],
    ]

    /// `nested` names the keys of a key's own mapping or items (`loss` → `amount`, `currency`) and how it is
    /// written: under an empty `loss:` without their indentation, they are told as its keys, not as unknown ones.
    func mapping(_ node: Node, what: String, allowed: [String], required: [String], example: String? = nil,
                 nested: [String: (keys: [String], example: String)] = [:], log: inout DiagnosticLog) -> Fields? {
        guard case let .mapping(mapping) = node else {
            log.error("wrong-type", "\(what) must be a mapping of `key: value` lines, found \(describe(node))",
                      at: location(node), hint: example.map { "write it as `\($0)`" })
            return nil
        }
        var values: [String: (key: Node, value: Node)] = [:]
        // Keys a misspelt key was taken for: "did you mean `publisher`?" is the one error for them.
        var suggested: Set<String> = []
        // The last key left empty that has keys of its own, and its keys written below it at its indentation.
        var open: String?
        var unindented: [(parent: String, key: Node, name: String)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                log.error("wrong-type", "keys must be plain names", at: location(key))
                continue
            }
            if let parent = open, !allowed.contains(name), nested[parent]?.keys.contains(name) == true {
                unindented.append((parent, key, name))
                continue
            }
            // (Also after a mapping or list that holds some of them: `loss:` with `  amount: 4000` then `currency: CNY`.)
            open = allowed.contains(name) && nested[name] != nil ? name : nil
            guard allowed.contains(name) else {
                // `{amount: 3,000}`: the comma ends the value inside braces, and `000` reads as a key.
                if name == "<<" {
                    log.error("unknown-key", "`<<` (a YAML merge of another mapping) is not used in these files", at: location(key),
                              hint: "write the keys out: \(allowed.joined(separator: ", "))")
                    suggested.formUnion(allowed)
                    continue
                }
                if !name.isEmpty, name.utf8.allSatisfy({ (0x30...0x39).contains($0) }), value.isNullScalar {
                    log.error("unknown-key", "`\(name)` is the end of a number cut at its comma, not a key of \(what)", at: location(key),
                              hint: "write numbers without thousands separators: 3000, not 3,000")
                    continue
                }
                // `title： Fake SMS: 2 yuan` (a full-width colon, and ": " further on): YAML read the text
                // up to the ASCII colon as the key.
                if let colon = name.firstIndex(of: "："), case let written = String(name[..<colon].trimmingWhitespace()), allowed.contains(written) {
                    log.error("yaml-syntax", "`\(written)` is followed by a full-width colon `：`, so it is not read as a key", at: location(key),
                              hint: "write an ASCII colon and a space: `\(written): …`")
                    suggested.insert(written)
                    continue
                }
                // `　　amount: 5000`: indented with full-width spaces, which YAML reads as the key's own characters.
                let indent = name.prefix { $0 == "\u{3000}" || $0 == "\u{00A0}" }
                if !indent.isEmpty, case let written = String(name.dropFirst(indent.count)), !written.isEmpty {
                    // Named as they are: full-width spaces (a Chinese keyboard) or no-break spaces (pasted from a web page).
                    let kind = indent.allSatisfy { $0 == "\u{3000}" } ? "full-width spaces (U+3000)"
                        : indent.allSatisfy { $0 == "\u{00A0}" } ? "no-break spaces (U+00A0)" : "full-width and no-break spaces (U+3000, U+00A0)"
                    log.error("unknown-key", "`\(written)` is indented with \(kind), which YAML reads as part of the key", at: location(key),
                              hint: "indent with ASCII spaces, typed with an English keyboard")
                    suggested.formUnion(allowed.filter { $0 == written })
                    continue
                }
                let nearest = Self.keyNames[name]?.first(where: allowed.contains) ?? Suggest.nearest(name, in: allowed)
                if let nearest { suggested.insert(nearest) }
                let hint = nearest.map { "did you mean `\($0)`?" } ?? "allowed keys: \(allowed.joined(separator: ", "))"
                log.error("unknown-key", "unknown key `\(YAMLReader.visible(name))` in \(what)", at: location(key), hint: hint)
                continue
            }
            // A value through an alias (`tactics: *picked`) carries the marks of its anchor's lines,
            // where it may be right: what is wrong with it is told at the key that uses it.
            if let keyMark = key.mark, let valueMark = value.mark, (valueMark.line, valueMark.column) < (keyMark.line, keyMark.column) {
                values[name] = (key, Self.marked(value, at: keyMark))
            } else {
                values[name] = (key, value)
            }
        }
        // `loss:` with `amount: 4000` under it, not indented: one error for the parent, its keys named.
        var parents: [String] = []
        for entry in unindented where !parents.contains(entry.parent) { parents.append(entry.parent) }
        for parent in parents {
            let keys = unindented.filter { $0.parent == parent }
            guard let first = keys.first, let example = nested[parent]?.example else { continue }
            let names = keys.map { "`\($0.name)`" }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            log.error("indentation", "\(list) \(names.count == 1 ? "is a key" : "are keys") of `\(parent)`, but \(names.count == 1 ? "it is" : "they are") not indented under `\(parent):`",
                      at: location(first.key), hint: example.replacingOccurrences(of: "{them}", with: names.count == 1 ? "it" : "them"))
            suggested.insert(parent)
        }
        for name in required where values[name] == nil || values[name]?.value.isNullScalar == true {
            if let entry = values[name] {
                log.error("missing-value", "`\(name)` has no value", at: location(entry.key))
            } else if !suggested.contains(name) {
                log.error("missing-key", "missing required key `\(name)` in \(what)", at: location(node),
                          hint: example.map { "write it as `\($0)`" } ?? Self.keyExamples[name].map { "add a line such as `\($0)`" })
            }
        }
        return Fields(reader: self, values: values, node: node, suggested: suggested)
    }

    struct Fields {
        let reader: YAMLReader
        let values: [String: (key: Node, value: Node)]
        let node: Node
        /// Allowed keys that a misspelt one was taken for: its error names them already.
        var suggested: Set<String> = []

        /// The value of `key`, nil when absent or explicitly empty (`key:` or `key: null`).
        subscript(key: String) -> Node? {
            guard let value = values[key]?.value, !value.isNullScalar else { return nil }
            return value
        }

        func has(_ key: String) -> Bool { self[key] != nil }

        func keyLocation(_ key: String) -> SourceLocation {
            reader.location(values[key]?.key ?? node)
        }

        var location: SourceLocation { reader.location(node) }
    }

    /// A key as it can be told apart: an invisible or spacing character in it (a zero-width space
    /// pasted from a web page, a no-break space), or a dash that is not the hyphen (`double‑11` with a
    /// no-break hyphen) in a text of Latin letters and digits, written as its code point, `reg\u{200B}ion`.
    static func visible(_ text: String) -> String {
        func invisible(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .control || (scalar.properties.isWhitespace && scalar != " ")
        }
        func dash(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.properties.generalCategory == .dashPunctuation && scalar != "-") || ["\u{2212}", "\u{2043}", "\u{02D7}", "\u{2027}", "\u{2022}"].contains(scalar)
        }
        // (A dash in Chinese text, `冒充——`, is the text's own.)
        let latin = text.unicodeScalars.allSatisfy { $0.isASCII || invisible($0) || dash($0) }
        return text.showingCodePoints { invisible($0) || (latin && dash($0)) }
    }

    // MARK: Scalars

    /// `numbersAsText`: a plain whole number is text too, as an id written bare (`campaigns: [618]`).
    func string(_ node: Node, what: String, numbersAsText: Bool = false, log: inout DiagnosticLog) -> String? {
        guard case let .scalar(scalar) = node else {
            var hint: String?
            if case .mapping = node { hint = "a `: ` inside the text starts a mapping; put the whole text in quotes" }
            if case .sequence = node { hint = "write a single value, not a list" }
            log.error("wrong-type", "`\(what)` must be text, found \(describe(node))", at: location(node), hint: hint)
            return nil
        }
        if scalar.style == .plain, let kind = nonTextKind(node), !(numbersAsText && node.tagName == .int) {
            log.error("wrong-type", "`\(what)` must be text, found \(kind)", at: location(node),
                      hint: "put the value in quotes if it is meant as text")
            return nil
        }
        // `summary: "A fake seller…` closed only at the end of a later key's line: the keys between are words of the value.
        if scalar.style == .doubleQuoted || scalar.style == .singleQuoted, scalar.string.contains(": "), let swallowed = keysInQuotation(node) {
            log.error("yaml-syntax", "the quoted value that starts here is not closed on its line, so YAML reads \(swallowed.keys.map { "`\($0):`" }.joined(separator: ", ")) on the lines below as words of `\(what)`",
                      at: location(node), hint: "end the value with the same quotation mark on this line (line \(firstLine + swallowed.line - 1) closes it now)")
            return nil
        }
        let cleaned = scalar.string.removingInvalidCharacters
        // The file's own control characters were left out before YAML read it: these were written as escapes (`"\u202E"`).
        if cleaned.utf8.count != scalar.string.utf8.count, let removed = scalar.string.unicodeScalars.first(where: { !cleaned.unicodeScalars.contains($0) }) {
            log.warning("control-character", "`\(what)` holds an invisible control character written as an escape (`\(String(removed).showingCodePoints { _ in true })`), which is left out",
                        at: location(node), hint: "delete the escape; it often comes with text copied from another program")
        }
        // In double quotes a backslash starts an escape: `"D:\new 文件夹"` holds a line break, `"C:\temp"` a tab.
        if scalar.style == .doubleQuoted, Self.publishedText.contains(what), let escape = escapesBreak(node) {
            log.warning("escaped-break", "`\(what)` holds a \(escape == "t" ? "tab" : "line break"), which `\\\(escape)` in double quotes writes (`\"D:\\new\"` is “D:”, a line break and “ew”)",
                        at: location(node), hint: "write each backslash twice (`\\\\`), or put the value in single quotes, where a backslash is a backslash")
        }
        var trimmed = cleaned.trimmingWhitespace()
        if trimmed.isEmpty {
            log.error("missing-value", "`\(what)` is empty", at: location(node))
            return nil
        }
        // Zero-width spaces and soft hyphens alone (`title: "\u200B"`): pages leave them out, and publish nothing.
        if trimmed.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0.properties.generalCategory == .format }) {
            log.error("missing-value", "`\(what)` is empty: it holds only invisible characters (`\(trimmed.showingCodePoints(of: { _ in true }))`), which pages leave out",
                      at: location(node), hint: "delete them and write the value")
            return nil
        }
        if scalar.style == .plain || scalar.style == .folded, !lines.isEmpty, trimmed.utf8.contains(0x20),
           let joined = joinedAcrossLines(node, value: trimmed, folded: scalar.style == .folded) {
            trimmed = joined
        }
        // `summary: |` keeps its lines, which a title or summary (one run of words on every page, feed and flyer) has
        // not: they are joined, without a space between Chinese characters (`声音⏎给` is `声音给`). (A campaign's
        // headline over lines is an error of its own.)
        if scalar.style == .literal, what == "title" || what == "summary", trimmed.utf8.contains(0x0A) {
            let pieces = trimmed.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            trimmed = zip(pieces, pieces.dropFirst().map(Optional.some) + [nil]).map { piece, next in
                guard let next, let before = piece.unicodeScalars.last, let after = next.unicodeScalars.first else { return piece }
                return Tagger.isCJK(before) && Tagger.isCJK(after) ? piece : piece + " "
            }.joined()
        }
        // Titles, summaries, advice and the like are plain text everywhere (lists, feeds, flyers): marks are printed as written.
        if Self.publishedText.contains(what), what != "indicators", case let marks = Self.markup(in: trimmed), let mark = marks.first {
            func shown(_ text: String) -> String { text == "`" ? "`` ` ``" : "`\(text)`" }
            let kinds = Set(marks.map(\.isHTML)).count == 2 ? "HTML or Markdown" : mark.isHTML ? "HTML" : "Markdown"
            log.warning("markdown-in-text", "\(marks.map { shown($0.text) }.joined(separator: " and ")) \(marks.count > 1 ? "are" : "is") printed as written: `\(what)` is plain text, not \(kinds)",
                        at: location(node), hint: marks.count == 1 && mark.text.hasPrefix("&") ? "write the character itself (`&`, a space, “)"
                            : "leave the marks out; emphasis and links belong in the body of a case, scam type, tactic or campaign")
        }
        if scalar.style == .plain, let comment = comment(after: node, value: scalar.string, published: Self.publishedText.contains(what)) {
            // A list item written `- QQ group #58231` is quoted after its dash.
            let quoted = "\"\(trimmed) \(comment.text)\""
            // "#1 takes money", "#58231": written as text, which would be published cut. "Wuhan # district unknown" may be a note.
            let at = SourceLocation(file: file, line: location(node).line + comment.lines, column: comment.column)
            let quote = isBlockItem(node) ? "put the whole item in quotes: - \(quoted)" : "put the whole value in quotes: \(what): \(quoted)"
            if comment.spaced {
                log.warning("cut-by-comment", "`\(comment.text)` is a YAML comment, not part of `\(what)`: the value is only “\(Self.visible(trimmed))”", at: at,
                            hint: "if the words after `#` belong to it, \(quote); if they are a note, put two spaces before the `#`")
            } else {
                log.error("cut-by-comment", "`\(comment.text)` is a YAML comment, not part of `\(what)`: the value is only “\(Self.visible(trimmed))”", at: at, hint: quote)
            }
        }
        // `region: 武汉　#区不详`: after a full-width or no-break space, `#` is text to YAML, and the note would be published.
        if scalar.style == .plain, let mark = node.mark, mark.line >= 1, mark.line <= lines.count, lines[mark.line - 1].utf8.contains(UInt8(ascii: "#")),
           Self.publishedText.contains(what), case let line = Array(lines[mark.line - 1].unicodeScalars), mark.column >= 1, mark.column <= line.count,
           let space = line.indices.dropFirst(mark.column - 1).first(where: { ["\u{3000}", "\u{A0}"].contains(line[$0]) && $0 + 1 < line.count && line[$0 + 1] == "#" }) {
            log.warning("comment-as-text", "the `#` after a \(Self.spaceName(line[space])) is text to YAML, not a note: `\(what)` is published with it",
                        at: SourceLocation(file: file, line: location(node).line, column: space + 1),
                        hint: "type the space before `#` with an English keyboard (two spaces, for a note), or delete the note")
        }
        return trimmed
    }

    /// Markdown or HTML written in a plain-text value (`**Always**`, `[the bank's page](https://…)`,
    /// `<b>half</b>`), which pages print as written: its first mark; nil for none.
    /// The marks in `text` that plain text prints as written: an HTML tag or a character reference
    /// (the first), then a Markdown mark (`**`, `_`, `[…](…)`).
    static func markup(in text: String) -> [(text: String, isHTML: Bool)] {
        var marks: [(text: String, isHTML: Bool)] = []
        if text.utf8.contains(UInt8(ascii: "<")), let tag = text.firstMatch(of: /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/),
           MarkdownRenderer.tagName(tag.output).map(MarkdownRenderer.isElement) == true {
            marks.append((String(tag.output), true))
        } else if text.utf8.contains(UInt8(ascii: "&")), let reference = text.firstMatch(of: /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/) {
            // A character reference (`&amp;`, `&nbsp;`, `&#8220;`), printed as written too.
            marks.append((String(reference.output), true))
        }
        if let mark = Resolver.markdownMark(in: text) { marks.append((mark, false)) }
        return marks
    }

    /// Keys whose values pages and flyers print as words (with `indicators` and `steps`, their items).
    static let publishedText: Set<String> = ["title", "summary", "region", "name", "headline", "text", "description", "publisher",
                                             "indicators", "steps", "label"]

    /// Whether the node is an item of a block list: only `- ` and spaces before it on its line.
    private func isBlockItem(_ node: Node) -> Bool {
        guard let mark = node.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let before = lines[mark.line - 1].unicodeScalars.prefix(max(0, mark.column - 1))
        let text = String(String.UnicodeScalarView(before)).trimmingWhitespace()
        return text == "-"
    }

    /// A comment that cuts a plain value short: " #" right before a word ("call #2", "#scam"), which
    /// an editor means as text; or " # " right after the value (`title: Fake call # 2 costs…`), where
    /// YAML's reading and the editor's may differ as well. A comment written as one, two spaces or
    /// more before its `#` (`region: Wuhan  # the city`), or after a list that holds the value
    /// (`[a, b] # note`), is left alone. A value wrapped over more lines ends at a comment on any of
    /// them: the words after it and the lines below are no part of it.
    /// `published`: the value is one published as words, where a comment after it may be words cut
    /// off; a setting (`timezone: Asia/Shanghai # China`) may have a note after it.
    /// `lines`: how many lines below the value's first the comment is; `column`: its 1-based column there.
    /// `spaced`: `# ` with a space after it, which may be a note as well as words cut off.
    private func comment(after node: Node, value: String, published: Bool) -> (text: String, lines: Int, column: Int, spaced: Bool)? {
        // A plain value's words hold no " #": the line that does not go on with them is where a comment may end it.
        guard let mark = node.mark, let stop = valueLines(node, value: value)?.stop else { return nil }
        let line = lines[stop.number - 1].unicodeScalars
        // An item of a `[…]` or `{…}` ends at its `,`, `]` or `}`: a comment after that cuts nothing off it.
        let after = String(String.UnicodeScalarView(line[stop.start...]))
        if after.hasPrefix(stop.rest), after.dropFirst(stop.rest.count).drop(while: { $0 == " " }).first.map({ ",]}".contains($0) }) == true { return nil }
        guard let found = comment(in: line, from: stop.start, after: published ? String(stop.rest) : nil) else { return nil }
        return (found.text, stop.number - mark.line, line.distance(from: line.startIndex, to: stop.start) + found.offset + 1, found.spaced)
    }

    /// How a plain value (a `>` one from the line after its mark) runs over the file's lines: the text of
    /// each line that goes on with its words, with the white space after it in the value (a line break is
    /// read as a space); then, unless the words end first, the line that does not go on with them, where
    /// the value's text would start on it and the words still to come. Nil when the lines cannot be followed.
    /// The keys (`region:` at a line's start) on the lines that a quoted value opened at `node` and not closed on its line
    /// runs over, and the line that closes it; nil if there are none.
    private func keysInQuotation(_ node: Node) -> (keys: [String], line: Int)? {
        guard case let .scalar(scalar) = node, let mark = node.mark, mark.line >= 1 else { return nil }
        let lines = yaml.splitLines()
        guard mark.line < lines.count else { return nil }
        let quote: Character = scalar.style == .doubleQuoted ? "\"" : "'"
        /// The line without its escaped quotation marks (`\"`, or `''` in single quotes).
        func plain(_ line: Substring) -> String { line.replacingOccurrences(of: quote == "'" ? "''" : "\\\"", with: "") }
        let opening = String(String.UnicodeScalarView(lines[mark.line - 1].unicodeScalars.dropFirst(mark.column)))
        guard !plain(opening[...]).contains(quote) else { return nil }
        var keys: [String] = []
        for number in (mark.line + 1)...lines.count {
            let line = lines[number - 1]
            if let key = line.prefixMatch(of: /\s*([A-Za-z_][A-Za-z0-9_-]*):(?:\s|$)/) { keys.append(String(key.1)) }
            if plain(line).contains(quote) { return keys.isEmpty ? nil : (keys, number) }
        }
        return nil
    }

    private func valueLines(_ node: Node, value: String, folded: Bool = false)
        -> (pieces: [(text: String, gap: Substring)], stop: (number: Int, start: Substring.UnicodeScalarView.Index, rest: Substring)?)? {
        guard let mark = node.mark, mark.line >= 1 else { return nil }
        var rest = Substring(value.trimmingWhitespace())
        var pieces: [(text: String, gap: Substring)] = []
        var number = folded ? mark.line + 1 : mark.line, from = folded ? 0 : max(0, mark.column - 1)
        while !rest.isEmpty {
            guard number <= lines.count else { return nil }
            let line = lines[number - 1].unicodeScalars
            guard let start = line.index(line.startIndex, offsetBy: from, limitedBy: line.endIndex) else { return nil }
            let text = String(String.UnicodeScalarView(line[start...])).trimmingWhitespace()
            if !text.isEmpty {
                guard rest.hasPrefix(text) else { return (pieces, (number, start, rest)) }
                rest = rest.dropFirst(text.count)
                let gap = rest.prefix { $0.isWhitespace }
                rest = rest.dropFirst(gap.count)
                pieces.append((text, gap))
            }
            number += 1
            from = 0
        }
        return (pieces, nil)
    }

    /// The comment on `line` after `start`, at its `#`'s distance from `start`. `value`: the words of a
    /// published value the line holds before it, which a `# ` note right after would cut off; nil for a setting.
    private func comment(in line: Substring.UnicodeScalarView, from start: Substring.UnicodeScalarView.Index, after value: String?)
        -> (text: String, offset: Int, spaced: Bool)? {
        var index = start
        while index < line.endIndex {
            let hash = line.index(after: index)
            if line[index] == " " || line[index] == "\t", hash < line.endIndex, line[hash] == "#" {
                let next = line.index(after: hash)
                guard next < line.endIndex else { return nil }
                // Two spaces or more before it, or a tab, is how a note is written (yamllint asks for two).
                guard line[index] == " ", index > start, !line[line.index(before: index)].properties.isWhitespace else { return nil }
                if line[next].properties.isWhitespace {
                    guard let value else { return nil }
                    let before = String(String.UnicodeScalarView(line[start..<index])).trimmingWhitespace()
                    guard before == value.trimmingWhitespace(),
                          !String(String.UnicodeScalarView(line[next...])).trimmingWhitespace().isEmpty else { return nil }
                }
                let text = String(String.UnicodeScalarView(line[hash...])).trimmingWhitespace()
                return (text, line.distance(from: start, to: hash), line[next].properties.isWhitespace)
            }
            index = line.index(after: index)
        }
        return nil
    }

    /// The column of `index` in `line`, counted in scalars from 1, as libyaml counts them.
    static func column(of index: String.Index, in line: Substring) -> Int {
        line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: index) + 1
    }

    /// A character that looks like a space but is not YAML's, by name and code point: "full-width space (U+3000)".
    static func spaceName(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        let name = value == 0x3000 ? "full-width space" : value == 0xA0 ? "no-break space" : value == 0x200B ? "zero-width space" : "special space"
        return "\(name) (U+\(Digits.padded(value, width: 4, radix: 16).uppercased()))"
    }

    /// A line for each required key, for the hint when it is missing.
    static let keyExamples = [
        "title": "title: Fake courier calls in Chengdu", "date": "date: 2026-03-01", "base_url": "base_url: https://alerts.example.org",
        "languages": "languages: [en, zh]", "timezone": "timezone: Asia/Shanghai", "publisher": "publisher: Riverside City Anti-Fraud Centre",
        "hotlines": "hotlines: [{label: Police, number: \"110\"}]", "report_url": "report_url: https://alerts.example.org/report/",
        "name": "name: Fake courier compensation", "summary": "summary: A caller posing as a courier offers compensation…",
        "cues": "cues: [{phrase: double compensation, weight: 3}]", "advice": "advice: [call-110-96110]", "headline": "headline: Refunds only in the app you paid in",
        "window": "window: {start: \"11-01\", end: \"11-11\"}", "id": "id: keep-evidence", "text": "text: Keep the chat records and transfer receipts.",
        "priority": "priority: 1",
    ]

    /// The keys written inside `{…}`: one after a value with no comma is a comma left out.
    static let flowKeys: Set<String> = ["name", "url", "amount", "currency", "phrase", "weight", "label", "number", "from", "to", "start", "end",
                                        "id", "text", "kind", "priority"]

    /// Keys whose value is a mapping or a list, never text.
    static let structuredKeys: Set<String> = ["loss", "scam_types", "tactics", "campaigns", "indicators", "channels", "sources", "languages",
                                              "needs", "cues", "advice", "related", "steps", "hotlines", "papers", "window", "focus", "flyer"]

    /// What a sign that starts a plain value means to YAML.
    static func meaning(ofSign sign: Character?) -> String {
        switch sign {
        case "*": "a reference to an anchor (`*name`)"
        case "&": "an anchor (`&name`)"
        case "|", ">": "a block of text on the lines below"
        case "-": "a list item"
        case "%": "a directive"
        case "!": "a tag (`!name`)"
        default: "a sign reserved for later use"
        }
    }

    /// `value` in double quotes, its backslashes and double quotes escaped.
    static func doubleQuoted(_ value: String) -> String {
        "\"\(value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
    }

    /// A value in single quotes, for a hint: a quote inside doubled, and `\"` (an escape meant for
    /// double quotes, which single quotes keep as written) as the quote it stands for.
    static func singleQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The offset of the first backslash from `start` that starts no escape YAML knows (`\W`, `\x4`,
    /// `\u12G4`); escaped backslashes and quotes are passed over.
    static func firstInvalidEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            guard scalars[index] == "\\" else { index += 1; continue }
            guard index + 1 < scalars.count else { return nil }
            let next = scalars[index + 1]
            let hexDigits = next == "x" ? 2 : next == "u" ? 4 : next == "U" ? 8 : 0
            if hexDigits > 0 {
                guard index + 1 + hexDigits < scalars.count, scalars[(index + 2)...(index + 1 + hexDigits)].allSatisfy(\.properties.isASCIIHexDigit) else { return index }
                index += 2 + hexDigits
            } else if "0abt\tnvfre \"/\\N_LP".unicodeScalars.contains(next) {
                index += 2
            } else {
                return index
            }
        }
        return nil
    }

    /// The first `\n` or `\t` escape of a double-quoted value ("n" or "t"), read from the file up to its closing quote; nil for none.
    private func escapesBreak(_ node: Node) -> Character? {
        guard let mark = node.mark, mark.line >= 1 else { return nil }
        var number = mark.line, from = max(0, mark.column)  // past the opening quote
        while number <= lines.count {
            var escaped = false
            for character in lines[number - 1].dropFirst(from) {
                if escaped {
                    if character == "n" || character == "t" { return character }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    return nil
                }
            }
            number += 1
            from = 0
        }
        return nil
    }

    /// A value wrapped over lines, without the spaces YAML reads its line breaks as where Chinese
    /// stands on both sides (`以包裹压坏为由` / `拉进QQ群`: no space between 由 and 拉); nil when it has
    /// none, or its lines cannot be followed in the file. `folded`: a `>` value, whose text starts on the line after.
    private func joinedAcrossLines(_ node: Node, value: String, folded: Bool) -> String? {
        guard let walk = valueLines(node, value: value, folded: folded), walk.stop == nil else { return nil }
        var joined = ""
        var changed = false
        for (index, piece) in walk.pieces.enumerated() {
            joined += piece.text
            if piece.gap == " ", index + 1 < walk.pieces.count, let before = piece.text.unicodeScalars.last,
               let after = walk.pieces[index + 1].text.unicodeScalars.first, Tagger.isCJK(before), Tagger.isCJK(after) {
                changed = true
            } else {
                joined += piece.gap
            }
        }
        return changed ? joined : nil
    }

    /// Like `string`, but numbers are accepted as their literal text (hotline numbers, amounts of text).
    func literal(_ node: Node, what: String, log: inout DiagnosticLog) -> String? {
        guard case let .scalar(scalar) = node, !node.isNullScalar else {
            log.error("wrong-type", "`\(what)` must be a single value, found \(describe(node))", at: location(node))
            return nil
        }
        if scalar.style == .plain, node.tagName == .bool {
            log.error("wrong-type", "`\(what)` must be text, found a yes/no value", at: location(node),
                      hint: "put the value in quotes")
            return nil
        }
        let trimmed = scalar.string.trimmingWhitespace()
        if trimmed.isEmpty {
            // `date: ""` is no date left out: a case without one would not be published, silently.
            log.error("missing-value", "`\(what)` is empty", at: location(node))
            return nil
        }
        return trimmed
    }

    /// `limits`: the numbers the key takes (“between 1 and 10”), for the hint when one is too large to read.
    func int(_ node: Node, what: String, limits: String? = nil, log: inout DiagnosticLog) -> Int? {
        // Digits past what a whole number holds (`99999999999999999999`) are digits still: the value is too large.
        if case let .scalar(scalar) = node, scalar.style == .plain, node.tagName == .int, Int(scalar.string) == nil,
           case let digits = scalar.string.drop(while: { $0 == "+" || $0 == "-" }), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            log.error("out-of-range", "`\(what)` has too many digits to be read as a whole number, found `\(scalar.string)`", at: location(node),
                      hint: limits.map { "write a number \($0)" } ?? "write a smaller number")
            return nil
        }
        guard case let .scalar(scalar) = node, scalar.style == .plain, node.tagName == .int, let value = Int(scalar.string) else {
            let found = node.tagName == .int || node.tagName == .float ? "`\(node.scalar?.string ?? "")`" : describe(node)
            log.error("wrong-type", "`\(what)` must be a whole number written in digits, such as 3, found \(found)", at: location(node),
                      hint: quoted(node, where: { Int($0) != nil }))
            return nil
        }
        return value
    }

    /// `-?[0-9]+(\.[0-9]+)?`
    private static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
    }

    func decimal(_ node: Node, what: String, log: inout DiagnosticLog) -> Decimal? {
        // Digits past what a decimal holds (about 165 of them) are digits still: the value is too large.
        if case let .scalar(scalar) = node, scalar.style == .plain, Self.isPlainDecimal(scalar.string),
           Decimal(string: scalar.string, locale: Locale(identifier: "en_US_POSIX")) == nil {
            let digits = scalar.string.utf8.count { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            log.error("out-of-range", "`\(what)` has too many digits to be read as a number (\(digits) digits, starting `\(scalar.string.prefix(12))…`)",
                      at: location(node), hint: "write a smaller number, in units of the currency, e.g. \(what): 3000")
            return nil
        }
        guard case let .scalar(scalar) = node, scalar.style == .plain,
              node.tagName == .int || node.tagName == .float,
              Self.isPlainDecimal(scalar.string),
              let value = Decimal(string: scalar.string, locale: Locale(identifier: "en_US_POSIX")) else {
            // 1e30, .inf, 0x10 and 4_000 are numbers to YAML, not plain amounts.
            let found = (node.tagName == .int || node.tagName == .float) ? "`\(node.scalar?.string ?? "")`" : describe(node)
            log.error("wrong-type", "`\(what)` must be a plain number, found \(found)", at: location(node),
                      hint: quoted(node, where: Self.isPlainDecimal) ?? "write digits only, e.g. 4000 or 97000.50, without currency signs, separators or exponents")
            return nil
        }
        return value
    }

    func bool(_ node: Node, what: String, log: inout DiagnosticLog) -> Bool? {
        guard case let .scalar(scalar) = node, scalar.style == .plain, node.tagName == .bool, let value = node.bool else {
            log.error("wrong-type", "`\(what)` must be true or false, found \(describe(node))", at: location(node),
                      hint: quoted(node, where: { ["true", "false"].contains($0.lowercased()) }))
            return nil
        }
        return value
    }

    /// "remove the quotes: `3260`", for a value in quotes that would be right without them
    /// (`amount: "3260"`, `draft: "true"`): the README teaches quoting phone numbers, not amounts.
    private func quoted(_ node: Node, where isRight: (String) -> Bool) -> String? {
        guard case let .scalar(scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted, isRight(scalar.string) else { return nil }
        return "remove the quotes: write `\(scalar.string)` alone"
    }

    /// A list of values; a single scalar where a list is expected is an error with a hint.
    func list(_ node: Node, what: String, log: inout DiagnosticLog) -> [Node]? {
        guard case let .sequence(sequence) = node else {
            // `来电尾号0417、账号尾号6652`: items run together with a Chinese list mark or comma.
            let items = node.scalar?.string.split(whereSeparator: { "、，；;".contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } ?? []
            log.error("wrong-type", "`\(what)` must be a list, found \(describe(node))", at: location(node),
                      hint: items.count > 1 ? "write one `- item` per line, or `\(what): [\(items.joined(separator: ", "))]` with commas typed in English"
                                            : "write `[a, b]` or one `- item` per line")
            return nil
        }
        return Array(sequence)
    }

    func strings(_ node: Node, what: String, numbersAsText: Bool = false, log: inout DiagnosticLog) -> [(value: String, location: SourceLocation)]? {
        guard let items = list(node, what: what, log: &log) else { return nil }
        return items.flatMap { item -> [(value: String, location: SourceLocation)] in
            if case .sequence = item {
                log.error("wrong-type", "each item of `\(what)` must be text, found a list", at: location(item),
                          hint: "write one list: `\(what): [a, b]`, or a line `- a` for each item")
                return []
            }
            // `  -` with nothing after it: told at its dash (the empty value starts past the line's end).
            if case let .scalar(scalar) = item, scalar.style == .plain, scalar.string.isEmpty, let mark = item.mark, mark.line >= 1 {
                let lines = self.lines.isEmpty ? yaml.splitLines() : self.lines
                let line = mark.line <= lines.count ? lines[mark.line - 1] : ""
                let column = line.unicodeScalars.prefix(max(0, mark.column - 1)).lastIndex(of: "-").map { Self.column(of: $0, in: line) }
                log.error("missing-value", "an item of `\(what)` is empty: its `-` has nothing after it",
                          at: SourceLocation(file: file, line: firstLine + mark.line - 1, column: column ?? mark.column), hint: "write the item after the `- `, or delete the line")
                return []
            }
            guard let value = string(item, what: what, numbersAsText: numbersAsText, log: &log) else { return [] }
            guard let meant = itemsRunTogether(item, value: value) else { return [(value, location(item))] }
            for (written, at) in meant.dropFirst() {
                log.error("run-together", "`- \(written)` is indented under the item above it, so YAML reads it as more of that item's text: “\(value)”",
                          at: at, hint: "start each `- ` at the same column as the one above it")
            }
            return meant
        }
    }

    /// The items meant by a plain item with a `- ` line indented under it (`- a` and `  - b`, which YAML
    /// reads as one item, “a - b”), each with where it is written; nil for none.
    private func itemsRunTogether(_ node: Node, value: String) -> [(value: String, location: SourceLocation)]? {
        guard case let .scalar(scalar) = node, scalar.style == .plain, value.contains(" - "), let mark = node.mark, mark.line >= 1 else { return nil }
        let lines = self.lines.isEmpty ? yaml.splitLines() : self.lines
        guard mark.line <= lines.count, case let first = lines[mark.line - 1].unicodeScalars,
              let start = first.index(first.startIndex, offsetBy: max(0, mark.column - 1), limitedBy: first.endIndex) else { return nil }
        // The lines the value goes on over are indented more than its dash.
        let dash = max(0, mark.column - 3)
        var items = [(value: String(String.UnicodeScalarView(first[start...])).trimmingWhitespace(), location: location(node))]
        var number = mark.line + 1
        while number <= lines.count, case let line = lines[number - 1], case let indentation = line.prefix(while: { $0 == " " }).count,
              indentation > dash, case let text = line.trimmingWhitespace(), !text.isEmpty, !text.hasPrefix("#") {
            if text.hasPrefix("- ") {
                items.append((String(text.dropFirst(2)).trimmingWhitespace(), SourceLocation(file: file, line: firstLine + number - 1, column: indentation + 1)))
            } else {
                items[items.count - 1].value += " " + text
            }
            number += 1
        }
        return items.count > 1 ? items : nil
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if node.isNullScalar { return "nothing" }
            if scalar.style == .plain, let kind = nonTextKind(node) { return "\(kind) `\(scalar.string)`" }
            // `true\u{200B}`: the character that makes it text is shown, not left to look like the value it spoils.
            return "text `\(Self.visible(scalar.string))`"
        }
    }

    private func nonTextKind(_ node: Node) -> String? {
        switch node.tagName {
        case .int, .float: return "a number"
        case .bool: return "a yes/no value"
        case .null: return "nothing"
        default: return nil
        }
    }
}

extension Node {
    /// The tag, as written or as the value implies (see `YAMLReader.implicitTag(of:)`).
    var tagName: Tag.Name {
        if case let .scalar(scalar) = self, scalar.style == .plain, scalar.tag.description == Tag.Name.implicit.rawValue {
            return YAMLReader.implicitTag(of: scalar.string)
        }
        return Tag.Name(rawValue: tag.rawValue)
    }

    var isNullScalar: Bool {
        guard case let .scalar(scalar) = self else { return false }
        return scalar.style == .plain && tagName == .null
    }
}

/// A plain scalar's bytes, matched against the YAML 1.1 patterns of Yams's `Resolver.Rule`s.
private struct PlainScalar {
    let bytes: UnsafeBufferPointer<UInt8>

    private func equals(_ words: StaticString...) -> Bool {
        words.contains { word in
            word.utf8CodeUnitCount == bytes.count && (0..<bytes.count).allSatisfy { word.utf8Start[$0] == bytes[$0] }
        }
    }

    /// `yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF`
    var isBool: Bool {
        bytes.count >= 2 && bytes.count <= 5
            && equals("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF")
    }

    /// `~|null|Null|NULL|` (empty)
    var isNull: Bool { bytes.isEmpty || (bytes.count == 1 || bytes.count == 4) && equals("~", "null", "Null", "NULL") }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool { isDigit(byte) || byte == 0x5F }

    /// Where a leading `[-+]` ends.
    private var afterSign: Int { bytes.first == 0x2D || bytes.first == 0x2B ? 1 : 0 }

    /// The end of the run of bytes from `start` that `accept` takes.
    private func run(from start: Int, _ accept: (UInt8) -> Bool) -> Int {
        var index = start
        while index < bytes.count, accept(bytes[index]) { index += 1 }
        return index
    }

    /// Where one or more `:[0-5]?[0-9]` starting at `start` end, if they are followed by one of
    /// `followers` or by the end.
    private func sexagesimal(from start: Int, followedBy followers: [UInt8]) -> Int? {
        var index = start
        var groups = 0
        while index < bytes.count, bytes[index] == 0x3A {
            func endsGroup(_ position: Int) -> Bool { position == bytes.count || bytes[position] == 0x3A || followers.contains(bytes[position]) }
            if index + 2 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x35, Self.isDigit(bytes[index + 2]), endsGroup(index + 3) {
                index += 3
            } else if index + 1 < bytes.count, Self.isDigit(bytes[index + 1]), endsGroup(index + 2) {
                index += 2
            } else {
                return nil
            }
            groups += 1
        }
        return groups > 0 ? index : nil
    }

    /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`
    var isInt: Bool {
        let start = afterSign
        guard start < bytes.count else { return false }
        let first = bytes[start]
        if first == 0x30 { // 0
            if start + 1 == bytes.count { return true }
            let marker = bytes[start + 1]
            let digits: (UInt8) -> Bool
            var from = start + 1
            switch marker {
            case 0x62: // b
                digits = { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }
                from += 1
            case 0x78: // x
                digits = { Self.isDigitOrUnderscore($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
                from += 1
            case 0x6F: // o
                digits = { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }
                from += 1
            default:
                digits = { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }
            }
            return from < bytes.count && run(from: from, digits) == bytes.count
        }
        guard first >= 0x31, first <= 0x39 else { return false }
        let end = run(from: start + 1, Self.isDigitOrUnderscore)
        return end == bytes.count || sexagesimal(from: end, followedBy: []) == bytes.count
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)?
    /// | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    var isFloat: Bool {
        guard !bytes.isEmpty else { return false }
        if bytes[0] == 0x2E { // .
            if equals(".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF") { return true }
            let end = run(from: 1, Self.isDigitOrUnderscore)
            return end > 1 && exponent(from: end, signRequired: true)
        }
        let start = afterSign
        guard start < bytes.count else { return false }
        if bytes[start] == 0x2E {
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            return PlainScalar(bytes: rest).equals(".inf", ".Inf", ".INF")
        }
        guard Self.isDigit(bytes[start]) else { return false }
        let whole = run(from: start + 1, Self.isDigitOrUnderscore)
        if let end = sexagesimal(from: whole, followedBy: [0x2E]), end < bytes.count, bytes[end] == 0x2E,
           run(from: end + 1, Self.isDigitOrUnderscore) == bytes.count {
            return true
        }
        var index = whole
        if index < bytes.count, bytes[index] == 0x2E { index = run(from: index + 1, Self.isDigitOrUnderscore) }
        return exponent(from: index, signRequired: false)
    }

    /// Whether the bytes from `start` are nothing, or `[eE]` then a sign (optional unless
    /// `signRequired`) and one or more digits.
    private func exponent(from start: Int, signRequired: Bool) -> Bool {
        if start == bytes.count { return true }
        guard bytes[start] == 0x65 || bytes[start] == 0x45 else { return false }
        var index = start + 1
        if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2B {
            index += 1
        } else if signRequired {
            return false
        }
        return index < bytes.count && run(from: index, Self.isDigit) == bytes.count
    }
}

extension YAMLReader {
    /// `node` with every mark in it at `mark`.
    static func marked(_ node: Node, at mark: Mark) -> Node {
        switch node {
        case .scalar(var scalar):
            scalar.mark = mark
            return .scalar(scalar)
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { marked($0, at: mark) }, sequence.tag, sequence.style, mark))
        case .mapping(let mapping):
            return .mapping(Node.Mapping(mapping.map { (marked($0.key, at: mark), marked($0.value, at: mark)) }, mapping.tag, mapping.style, mark))
        case .alias:
            return node
        }
    }

    /// The column of a `#` that starts a comment on `line` after column `after` (a bracket's): one
    /// after a space or a tab, outside quotes; nil if none.
    /// The bracket that a `[…]` or `{…}` value on `line` leaves open, or closes with the other one's sign
    /// (`wrong`), reading from the value's first bracket (or from `column`, 1-based in code points, where
    /// libyaml's flow collection starts, if the value does not start with one); nil if all are closed.
    /// Quoted text and a comment are not read for brackets.
    static func unclosedBracket(in line: Substring, around column: Int) -> (sign: Character, closing: Character, column: Int, wrong: Character?)? {
        let scalars = Array(line.unicodeScalars)
        var start = max(0, column - 1)
        if let value = line.prefixMatch(of: /\s*(?:- +)?(?:[A-Za-z_][A-Za-z0-9_-]*:\s+)?[\[{]/) {
            start = min(start, line.unicodeScalars[..<value.range.upperBound].count - 1)
        }
        var open: [(sign: Unicode.Scalar, offset: Int)] = []
        var quote: Unicode.Scalar?
        var offset = start
        while offset < scalars.count {
            let scalar = scalars[offset], previous = offset > 0 ? scalars[offset - 1] : " "
            defer { offset += 1 }
            if let closing = quote {
                if closing == "\"", scalar == "\\" { offset += 1 } else if scalar == closing {
                    // `''` inside single quotes is one quote.
                    if closing == "'", offset + 1 < scalars.count, scalars[offset + 1] == "'" { offset += 1 } else { quote = nil }
                }
            } else if scalar == "\"" || scalar == "'" {
                if " [{,:".unicodeScalars.contains(previous) { quote = scalar }
            } else if scalar == "#", previous == " " || previous == "\t" {
                break
            } else if scalar == "[" || scalar == "{" {
                open.append((scalar, offset))
            } else if scalar == "]" || scalar == "}", let last = open.popLast() {
                let closing: Unicode.Scalar = last.sign == "[" ? "]" : "}"
                if scalar != closing {
                    return (Character(last.sign), Character(closing), last.offset + 1, Character(scalar))
                }
                if open.isEmpty { return nil }
            }
        }
        guard let last = open.last else { return nil }
        return (Character(last.sign), last.sign == "[" ? "]" : "}", last.offset + 1, nil)
    }

    static func commentStart(in line: Substring, after column: Int) -> Int? {
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = " "
        for (offset, scalar) in line.unicodeScalars.enumerated() where offset >= column {
            defer { previous = scalar }
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                if previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":" { quote = scalar }
            } else if scalar == "#", previous == " " || previous == "\t" {
                return offset + 1
            }
        }
        return nil
    }
}
