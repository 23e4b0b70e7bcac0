import Foundation
import Yams

/// A value with the place it was written.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}

extension Located: Sendable where Value: Sendable {}

/// Stage 2: decode each file into its typed form, reporting every problem where it was written.
/// Cross-file checks (ids, translations, duplicates) happen in `Resolve`.
struct Decoder {
    var timeZone: TimeZone
    var log = DiagnosticLog()

    /// Lowercase ASCII letters and digits in groups joined by single hyphens: `fake-refund-2024`.
    static func isSlug(_ text: String) -> Bool {
        var previousIsHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousIsHyphen = false
            case UInt8(ascii: "-") where !previousIsHyphen: previousIsHyphen = true
            default: return false
            }
        }
        return !previousIsHyphen
    }
    static let channels = ["phone", "sms", "qq", "wechat", "email", "app", "website", "in-person"]
    /// Other words for the channels, as editors write them ("web", "text", 微信): the channel meant.
    /// A currency's names and signs, for a hint to its code (`人民币`: `CNY`). `¥` and `$` are read as an
    /// editor in mainland China means them.
    static let currencyNames: [String: String] = [
        "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "元": "CNY", "人民币": "CNY", "人民幣": "CNY", "块": "CNY", "¥": "CNY", "￥": "CNY",
        "美元": "USD", "美金": "USD", "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD",
        "港元": "HKD", "港币": "HKD", "港幣": "HKD", "hk$": "HKD", "新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "nt$": "TWD",
        "澳门元": "MOP", "澳門幣": "MOP", "澳门币": "MOP", "日元": "JPY", "日圆": "JPY", "日圓": "JPY", "yen": "JPY", "欧元": "EUR", "歐元": "EUR", "€": "EUR", "euro": "EUR",
        "英镑": "GBP", "英鎊": "GBP", "£": "GBP", "pound": "GBP", "澳元": "AUD", "a$": "AUD", "新加坡元": "SGD", "新币": "SGD", "新幣": "SGD", "s$": "SGD",
        "马币": "MYR", "令吉": "MYR", "ringgit": "MYR", "rm": "MYR", "韩元": "KRW", "韓元": "KRW", "won": "KRW", "卢布": "RUB", "泰铢": "THB", "rupee": "INR", "rupees": "INR",
    ]

    static let channelAliases: [String: String] = [
        "web": "website", "site": "website", "online": "website", "internet": "website", "webpage": "website", "网站": "website", "網站": "website", "网页": "website",
        "text": "sms", "texts": "sms", "message": "sms", "短信": "sms", "簡訊": "sms", "短訊": "sms",
        "call": "phone", "calls": "phone", "telephone": "phone", "tel": "phone", "mobile": "phone", "电话": "phone", "電話": "phone",
        "mail": "email", "e-mail": "email", "邮件": "email", "郵件": "email", "邮箱": "email",
        "weixin": "wechat", "微信": "wechat", "wx": "wechat",
        "apps": "app", "application": "app", "应用": "app",
        "inperson": "in-person", "in person": "in-person", "face-to-face": "in-person", "当面": "in-person", "面对面": "in-person",
    ]
    static let papers = ["a4", "a5", "letter"]

    // MARK: Front matter

    /// Splits and parses a Markdown file's front matter; nil (with a diagnostic) when that fails.
    /// `keys`: those the file's front matter may hold; one of them opening the body was meant for it.
    /// The kinds of content file, by the keys only each has.
    enum FileKind: CaseIterable {
        case `case`, term, campaign

        var keys: Set<String> {
            switch self {
            case .case: Self.caseKeys
            case .term: Self.termKeys
            case .campaign: Self.campaignKeys
            }
        }

        private static let caseKeys: Set<String> = ["date", "region", "scam_types", "tactics", "channels", "loss", "indicators", "sources",
                                                    "campaigns", "updated", "expires"]
        private static let termKeys: Set<String> = ["cues", "needs", "threshold", "related", "steps", "advice"]
        private static let campaignKeys: Set<String> = ["window", "focus", "headline", "flyer"]
    }

    /// A file of another kind copied into this kind's folder (a scam type's into `cases/`, a case's into
    /// `campaigns/`): two or more keys only the other kind has, and none of this kind's own. One error
    /// says where it belongs, in place of an error for each key.
    mutating func misplaced(_ node: Node, reader: YAMLReader, file: ContentFile, kind: FileKind) -> Bool {
        guard case let .mapping(mapping) = node else { return false }
        let keys = mapping.compactMap { $0.key.scalar?.string }
        guard !keys.contains(where: kind.keys.contains),
              let other = FileKind.allCases.filter({ $0 != kind }).max(by: { a, b in keys.filter(a.keys.contains).count < keys.filter(b.keys.contains).count }),
              case let theirs = keys.filter(other.keys.contains), theirs.count >= 2 else { return false }
        let (what, place) = switch other {
        case .case: ("a case's file", "cases go in `cases/<year>/`")
        case .term: keys.contains("steps") || keys.contains("related") ? ("a scam type's file", "scam types go in `types/`")
            : ("a scam type's or tactic's file", "they go in `types/` or `tactics/`")
        case .campaign: ("a campaign's file", "campaigns go in `campaigns/`")
        }
        let first = mapping.first { $0.key.scalar?.string == theirs[0] }?.key
        log.error("misplaced-file", "this is \(what) (it has \(theirs.prefix(3).map { "`\($0)`" }.joined(separator: ", "))): \(place)",
                  at: first.map(reader.location) ?? SourceLocation(file: file.path, line: 1, column: 1),
                  hint: "move the file to its folder, or, if it is meant to be here, write it as the others in this folder")
        return true
    }

    mutating func frontMatter(_ file: ContentFile, keys: [String]) -> (SourceText, YAMLReader, Node)? {
        guard let data = file.data else { return unread(file) }
        switch SourceText.markdown(path: file.path, data: data) {
        case .failure(let problem):
            report(problem, file: file.path)
            return nil
        case .success(let source):
            reportRemoved(source)
            reportKeyInBody(source, keys: keys)
            reportKeysAtEnd(source, keys: keys)
            reportSecondFrontMatter(source, keys: keys)
            reportUnclosedFence(source)
            reportLostCharacters(source)
            let reader = YAMLReader(source: source)
            // The closing `---` left out, and a `---` further down (a rule in the story) closing instead:
            // the story's first paragraph would be reported as a key without its colon.
            if let story = Decoder.storyInFrontMatter(source.frontMatter ?? "") {
                log.error("unterminated-front-matter", "line \(story + 1) reads as the story, not a key: the front matter opened on line 1 is not closed before it",
                          at: SourceLocation(file: file.path, line: story + 1, column: 1), hint: "add a line `---` after the last key, before the story")
                return nil
            }
            let hadErrors = log.all.contains { $0.file == file.path && $0.severity == .error }
            // A translation needs no key of its own (`---` / `---` keeps all of the original's); front
            // matter YAML cannot read is no empty one.
            let keepsAll = file.langSuffix != nil && !hadErrors && (source.frontMatter ?? "").allSatisfy { $0.isWhitespace }
            guard let node = reader.compose(keepsAll ? "{}" : source.frontMatter ?? "", log: &log) else {
                if !log.all.contains(where: { $0.file == file.path && $0.severity == .error }) {
                    log.error("missing-value", "the front matter is empty", at: SourceLocation(file: file.path, line: 1),
                              hint: "add at least the required keys between the `---` lines")
                }
                return nil
            }
            return (source, reader, node)
        }
    }

    /// The line (counted from the front matter's first, 1) of a paragraph of prose after a blank line
    /// in front matter: a line at the margin that is no key, list item or comment, with a space in
    /// its first forty characters and no `: ` (a sentence). Nil when there is none.
    static func storyInFrontMatter(_ text: String) -> Int? {
        // Most front matter has no blank line: nothing to look at.
        guard zip(text.utf8, text.utf8.dropFirst()).contains(where: { $0 == 0x0A && ($1 == 0x0A || $1 == 0x0D) }) else { return nil }
        var afterBlank = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { afterBlank = true; continue }
            defer { afterBlank = false }
            guard afterBlank, let first = line.first, !first.isWhitespace, !"#-[{'\"|>&*!%@`?".contains(first) else { continue }
            if line.contains(": ") || line.hasSuffix(":") || line.contains("：") { continue }
            // A sentence: words with spaces, or CJK text.
            if line.prefix(40).contains(" ") || line.unicodeScalars.contains(where: { $0.value >= 0x3000 }) { return index + 1 }
        }
        return nil
    }

    /// A key of the front matter on the body's first line ("draft: true" after a stray `---`), or
    /// after comments, would be published as text, and not do what it says.
    private mutating func reportKeyInBody(_ source: SourceText, keys: [String]) {
        var line = source.bodyFirstLine
        // Line by line up to the first that is not blank (a split would cut the whole body), past
        // one more `---` (front matter closed by `...`, then opened again).
        var rest = source.body.utf8[...]
        var passedRule = false
        while !rest.isEmpty {
            let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let text = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            let trimmed = text.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            let isRule = trimmed.elementsEqual("---".utf8) || (trimmed.starts(with: "---".utf8) && trimmed.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x0D })
            // A YAML comment (`# A draft is never published…`, as `new case` writes them) is passed
            // over too: what follows it may be the rest of the front matter.
            if trimmed.isEmpty || (isRule && !passedRule) || trimmed.first == UInt8(ascii: "#") {
                passedRule = passedRule || isRule
                line += 1
                continue
            }
            // "draft: true", or with the full-width colon a Chinese keyboard types ("draft：true").
            let limit = trimmed.index(trimmed.startIndex, offsetBy: 20, limitedBy: trimmed.endIndex) ?? trimmed.endIndex
            let fullWidth = Array("：".utf8)
            guard let colon = trimmed[..<limit].indices.first(where: { index in
                trimmed[index] == UInt8(ascii: ":") || trimmed[index...].starts(with: fullWidth)
            }) else { return }
            let isFullWidth = trimmed[colon] != UInt8(ascii: ":")
            let after = trimmed.index(colon, offsetBy: isFullWidth ? fullWidth.count : 1)
            let written = String(decoding: trimmed[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            // In any case: "Draft: true" there publishes the case its editor meant to hold back.
            guard let key = keys.first(where: { $0.lowercased() == written.lowercased() }),
                  isFullWidth || after == trimmed.endIndex || trimmed[after] == 0x20 || trimmed[after] == 0x0D else { return }
            let value = trimmed[after...].drop { $0 == 0x20 }.prefix { $0 != 0x0D }
            // A capital may open a sentence ("Region: the call came from Wuhan."): in another case, a key only with one word or a list after it.
            guard written == key || !value.contains(0x20) || value.first.map({ "[{".utf8.contains($0) }) == true else { return }
            let closing = source.bodyFirstLine - 1
            let message = "`\(written):` on line \(line) comes after the line that closes the front matter (line \(closing)): it would be published as text, and not apply"
            let hint = "move it above line \(closing)\(written == key ? "" : " as `\(key):` (keys are lower case)"), or remove that line if it is a stray one"
            // "draft: true", "region: Hong Kong" or "loss: 5000 CNY" is a key; "summary: the police said the
            // scam was common." may be the story's own words: a warning then, for a key of prose only,
            // with words after it and no list, map, quoted string or number.
            let prose = ["title", "summary", "name"].contains(key) && value.contains(0x20)
                && !(value.first.map { "[{\"'0123456789".utf8.contains($0) } ?? true)
            if !prose {
                log.error("front-matter-ended", message, at: SourceLocation(file: source.path, line: line), hint: hint)
            } else {
                log.warning("front-matter-ended", message, at: SourceLocation(file: source.path, line: line), hint: hint)
            }
            return
        }
    }

    /// Keys of the front matter as the body's last lines ("draft: true", "expires: 2025-01-01" added at
    /// the end of the file), a paragraph of their own or the last lines of the story's last one (added
    /// with no blank line before them): published as text, and not applied.
    private mutating func reportKeysAtEnd(_ source: SourceText, keys: [String]) {
        let utf8 = source.body.utf8
        // Most bodies end in a sentence: the last line must open with a key's letter (in either case) and hold a colon.
        guard let end = utf8.lastIndex(where: { $0 > 0x20 }) else { return }
        let lastLine = utf8[..<end].lastIndex(of: UInt8(ascii: "\n")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let first = utf8[lastLine...end].first(where: { $0 != 0x20 && $0 != 0x09 }), (0x61...0x7A).contains(first | 0x20),
              utf8[lastLine...end].contains(where: { $0 == UInt8(ascii: ":") || $0 == 0xBC }) else { return }
        // Then only the body's last lines are read: from the line the last 600 bytes start in (a paragraph of keys is shorter).
        var cut = utf8.index(utf8.endIndex, offsetBy: -min(utf8.count, 600))
        if cut > utf8.startIndex {
            guard let newline = utf8[cut...].firstIndex(of: UInt8(ascii: "\n")) else { return }
            cut = utf8.index(after: newline)
        }
        let tail = source.body[cut...]
        let lines = tail.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard let last = lines.lastIndex(where: { !$0.isEmpty }) else { return }
        /// The key a line sets, and whether its value may be the story's own words ("summary: the police
        /// said the scam was common."): a key of prose, with words after it and no list, map, quoted
        /// string or number. Nil for a line that sets no key.
        func setting(_ line: String) -> (key: String, prose: Bool)? {
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }),
                  let known = keys.first(where: { $0.lowercased() == line[..<colon].lowercased() }) else { return nil }
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            guard !value.isEmpty, line[line.index(after: colon)...].first.map({ $0 == " " || line[colon] == "：" }) == true else { return nil }
            let key = String(line[..<colon])
            // In another case, a key only with one word or a list after it ("Draft: true", not "Note: call 110").
            guard key == known || !value.contains(" ") || value.hasPrefix("[") || value.hasPrefix("{") else { return nil }
            return (key, ["title", "summary", "name"].contains(known) && value.contains(" ") && !(value.first.map { "[{\"'0123456789".contains($0) } ?? true))
        }
        var start = last + 1
        var settings: [(key: String, prose: Bool)] = []
        while start > 0, let found = setting(lines[start - 1]) {
            settings.insert(found, at: 0)
            start -= 1
        }
        guard !settings.isEmpty else { return }
        // After the front matter's own line, `reportKeyInBody` tells of it.
        guard cut > utf8.startIndex || lines[..<start].contains(where: { !$0.isEmpty }) else { return }
        // Joined to the story's last paragraph, a line of prose may open with "summary:" as a sentence might: not then.
        let joined = start > 0 && !lines[start - 1].isEmpty
        guard !(joined && settings.allSatisfy(\.prose)) else { return }
        let names = settings.map(\.key)
        let line = source.bodyFirstLine + utf8[..<cut].count(where: { $0 == UInt8(ascii: "\n") }) + start
        let message = "\(names.map { "`\($0):`" }.joined(separator: ", ")) on line \(line) \(names.count == 1 ? "is" : "are") at the end of the body, after the front matter (closed on line \(source.bodyFirstLine - 1))\(joined ? ", in the story's last paragraph" : ""): \(names.count == 1 ? "it" : "they") would be published as text, and not apply"
        let lowered = names.contains { $0 != $0.lowercased() } ? " as \(names.map { "`\($0.lowercased()):`" }.joined(separator: ", ")) (keys are lower case)" : ""
        let hint = "move \(names.count == 1 ? "it" : "them") into the front matter\(lowered), above line \(source.bodyFirstLine - 1)"
        let location = SourceLocation(file: source.path, line: line, column: 1)
        if settings.allSatisfy(\.prose) {
            log.warning("front-matter-ended", message, at: location, hint: hint)
        } else {
            log.error("front-matter-ended", message, at: location, hint: hint)
        }
    }

    /// A `---` line later in the body followed by keys of the front matter: a second block, as when
    /// two cases are pasted into one file, or `---` / `draft: true` / `---` added at the end. Markdown
    /// would publish its keys as text (the last line before a `---` as a heading), and none would apply.
    private mutating func reportSecondFrontMatter(_ source: SourceText, keys: [String]) {
        guard source.body.utf8.count > 4, source.body.replacingBytes("\n---", with: "").utf8.count != source.body.utf8.count else { return }
        let lines = source.body.split(separator: "\n", omittingEmptySubsequences: false)
        func isRule(_ line: Substring) -> Bool { line.trimmingWhitespace() == "---" && !(line.first?.isWhitespace ?? true) }
        func key(_ line: Substring) -> String? {
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let name = String(line[..<colon])
            return keys.contains(name) ? name : nil
        }
        /// "Region: Beijing", "author: Wang": a YAML key and its value, of a key alertpress does not know.
        func looksLikeKey(_ line: Substring) -> Bool {
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }), colon > line.startIndex else { return false }
            let name = line[..<colon]
            return name.count <= 30 && name.first.map { $0.isLetter || $0 == "_" } == true
                && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                && line[line.index(after: colon)...].first.map { $0 == " " } ?? true
        }
        // The front matter's own closing line counts as the first rule ("---" / "tags: [x]" / "---" after it)
        // before keys alertpress does not know (`reportKeyInBody` tells of one it knows, in any case): keys
        // as YAML writes them, line after line, with the `---` right under them, and no note's sentence
        // ("Note: names have been changed.").
        var opensWithKey = false
        if let first = lines.first, looksLikeKey(first), !keys.contains(where: { first.lowercased().hasPrefix($0 + ":") || first.lowercased().hasPrefix($0 + "：") }) {
            let block = lines.prefix { !isRule($0) }
            opensWithKey = block.count < lines.count
                && block.allSatisfy { looksLikeKey($0) && !($0.trimmingWhitespace().last.map { ".。!！?？".contains($0) } ?? true) }
        }
        let rules = (opensWithKey ? [-1] : []) + lines.indices.filter { isRule(lines[$0]) }
        for index in rules {
            let following = lines[(index + 1)...].prefix(40)
            // Keys of no front matter, between two rules and nothing else: a block pasted from elsewhere.
            if let first = following.first, key(first) == nil, looksLikeKey(first), let close = following.dropFirst().firstIndex(where: isRule) {
                let block = lines[(index + 1)..<close].filter { !$0.trimmingWhitespace().isEmpty }
                if !block.isEmpty, block.allSatisfy(looksLikeKey) {
                    let names = block.compactMap { line in line.firstIndex { $0 == ":" || $0 == "：" }.map { String(line[..<$0]) } }
                    let known = names.compactMap { name in keys.first { $0.lowercased() == name.lowercased() }.map { "`\($0)`" } }
                    log.warning("second-front-matter", "lines \(source.bodyFirstLine + index)–\(source.bodyFirstLine + close) look like a second front matter block (\(names.map { "`\($0)`" }.joined(separator: ", "))): they would be published as text, the last line as a heading",
                                at: SourceLocation(file: source.path, line: source.bodyFirstLine + index, column: 1),
                                hint: known.isEmpty ? "move what applies into the front matter at the top, and remove the block"
                                    : "move them into the front matter at the top, as \(known.joined(separator: ", ")) (keys are lower case)")
                    return
                }
            }
            guard index > 0, let first = following.first, let name = key(first),
                  following.dropFirst().contains(where: isRule) else { continue }
            log.error("second-front-matter", "a second front matter block starts on line \(source.bodyFirstLine + index) (`---`, then `\(name):`): its keys would be published as text, and none would apply",
                      at: SourceLocation(file: source.path, line: source.bodyFirstLine + index, column: 1),
                      hint: "one case a file: move the second case into a file of its own, or move the keys into the front matter at the top")
            return
        }
    }

    /// "�" (U+FFFD) in a file marks characters lost before it was saved (text decoded with the wrong
    /// encoding, then copied); a character reference in the body to no character (`&#0;`, a surrogate)
    /// is printed as one, and one to a control character (`&#7;`, `&#x202E;`) is left out. A warning
    /// each (the first `SourceText.Removed.reported`).
    private mutating func reportLostCharacters(_ source: SourceText) {
        var text = source.text
        let suspect = text.withUTF8 { bytes in
            bytes.indices.contains { bytes[$0] == UInt8(ascii: "&") && $0 + 1 < bytes.count && bytes[$0 + 1] == UInt8(ascii: "#")
                || bytes[$0] == 0xBD && $0 >= 2 && bytes[$0 - 1] == 0xBF && bytes[$0 - 2] == 0xEF }
        }
        guard suspect else { return }
        var reported = 0
        for (offset, line) in source.text.splitLines().enumerated() where reported < SourceText.Removed.reported {
            let number = offset + 1
            let scalars = Array(line.unicodeScalars)
            for index in scalars.indices where reported < SourceText.Removed.reported {
                let at = SourceLocation(file: source.path, line: number, column: index + 1)
                if scalars[index] == "\u{FFFD}" {
                    reported += 1
                    log.warning("lost-character", "“\u{FFFD}” (U+FFFD) stands for a character lost before the file was saved, and pages show it as it is",
                                at: at, hint: "type the character it stands for, or copy the text again from its source (it was read with the wrong encoding)")
                    continue
                }
                // A numeric character reference in the body, as Markdown reads one: up to 7 decimal or 6 hexadecimal digits.
                guard number >= source.bodyFirstLine, scalars[index] == "&", index + 2 < scalars.count, scalars[index + 1] == "#" else { continue }
                let hex = scalars[index + 2] == "x" || scalars[index + 2] == "X"
                let first = index + (hex ? 3 : 2)
                let digits = scalars[first...].prefix { hex ? $0.properties.isASCIIHexDigit : ("0"..."9").contains($0) }
                guard (1...(hex ? 6 : 7)).contains(digits.count), first + digits.count < scalars.count, scalars[first + digits.count] == ";",
                      let value = UInt32(String(String.UnicodeScalarView(digits)), radix: hex ? 16 : 10) else { continue }
                let reference = String(String.UnicodeScalarView(scalars[index...(first + digits.count)]))
                // cmark prints U+FFFE and U+FFFF as U+FFFD too (not the other noncharacters).
                if value == 0 || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF || value == 0xFFFE || value == 0xFFFF {
                    reported += 1
                    log.warning("lost-character", "the character reference `\(reference)` names no character: pages show “\u{FFFD}” in its place",
                                at: at, hint: "delete it, or write the character it should be")
                } else if let scalar = Unicode.Scalar(value), String.isLeftOut(scalar) {
                    reported += 1
                    log.warning("lost-character", "the character reference `\(reference)` is an invisible control character, which pages leave out",
                                at: at, hint: "delete it")
                }
            }
        }
    }

    /// A code fence (```` ``` ```` or `~~~`) never closed turns the rest of the body into code.
    private mutating func reportUnclosedFence(_ source: SourceText) {
        var body = source.body
        let marked = body.withUTF8 { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "`")), bytes.count) != nil || memchr($0, Int32(UInt8(ascii: "~")), bytes.count) != nil } ?? false
        }
        guard marked else { return }
        /// The opening fence: its line, character and length.
        var open: (line: Int, mark: UInt8, count: Int)?
        for (offset, text) in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let indent = text.prefix { $0 == 0x20 }.count
            guard indent <= 3 else { continue }
            let rest = text.dropFirst(indent)
            guard let mark = rest.first, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") else { continue }
            let count = rest.prefix { $0 == mark }.count
            guard count >= 3 else { continue }
            if let opened = open {
                // Closed by the same mark, at least as long, with nothing after it but spaces.
                if mark == opened.mark, count >= opened.count, rest.dropFirst(count).allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { open = nil }
            } else if indent == 0, mark == UInt8(ascii: "~") || !rest.dropFirst(count).contains(UInt8(ascii: "`")) {
                // (Indented, a fence may be a list item's, which the item's end closes.)
                open = (source.bodyFirstLine + offset, mark, count)
            }
        }
        if let open {
            // Told in words: a fence in backticks would show as five of them, and one of 20,000 as a line of 40 KB.
            let fence = "\(open.count == 3 ? "three" : open.count == 4 ? "four" : open.count == 5 ? "five" : "\(open.count)") \(open.mark == UInt8(ascii: "`") ? "backticks" : "tildes")"
            log.warning("unclosed-fence", "the code block opened with a line of \(fence) on line \(open.line) is never closed: the rest of the text is shown as code",
                        at: SourceLocation(file: source.path, line: open.line), hint: "close it with a line of \(open.count >= 3 && open.count <= 5 ? fence : "as many \(open.mark == UInt8(ascii: "`") ? "backticks" : "tildes")"), or remove the opening one")
        }
    }

    /// A file without its bytes (`CaseGroup.withBytes` reads them again before decoding).
    private mutating func unread(_ file: ContentFile) -> (SourceText, YAMLReader, Node)? {
        log.error("unreadable", "cannot read file", at: SourceLocation(file: file.path, line: 0, column: 0))
        return nil
    }

    mutating func yamlFile(_ file: ContentFile) -> (SourceText, YAMLReader, Node)? {
        guard let data = file.data else { return unread(file) }
        switch SourceText.yaml(path: file.path, data: data) {
        case .failure(let problem):
            report(problem, file: file.path)
            return nil
        case .success(let source):
            reportRemoved(source)
            let reader = YAMLReader(source: source)
            guard let node = reader.compose(source.text, log: &log) else {
                if !log.all.contains(where: { $0.file == file.path && $0.severity == .error }) {
                    log.error("empty-file", "the file has no YAML content", at: SourceLocation(file: file.path, line: 1))
                }
                return nil
            }
            return (source, reader, node)
        }
    }

    /// A control character (NUL, ESC…) or noncharacter is left out of what is published, a line
    /// separator read as a space; the editor hears where each one was (the first ten, then how
    /// many more), as they may be a sign of a damaged file.
    private mutating func reportRemoved(_ source: SourceText) {
        for removed in source.removed where removed.scalar == "\r" {
            log.warning("line-ending", "line \(removed.line) ends with a lone carriage return (CR), which is read as a line break, though other lines end otherwise: an editor may show lines \(removed.line) and \(removed.line + 1) as one",
                        at: SourceLocation(file: source.path, line: removed.line, column: removed.column),
                        hint: "save the file with one kind of line ending (LF); an editor's \"line endings\" setting does it")
        }
        for (index, removed) in source.removed.filter({ $0.scalar != "\r" }).prefix(SourceText.Removed.reported).enumerated() {
            let shown = String(removed.scalar).showingCodePoints { _ in true }
            let more = source.removed.count { $0.scalar != "\r" } - SourceText.Removed.reported
            log.warning("control-character", (String.isSeparator(removed.scalar) ? "an invisible line separator `\(shown)` is read as a space"
                            : "an invisible control character `\(shown)` is left out")
                            + (index == SourceText.Removed.reported - 1 && more > 0 ? " (and \(more) more in this file)" : ""),
                        at: SourceLocation(file: source.path, line: removed.line, column: removed.column),
                        hint: "delete it; it often comes with text copied from another program, or from a damaged file")
        }
    }

    mutating func report(_ problem: SourceText.Problem, file: String) {
        switch problem {
        case let .invalidUTF8(line, column, gbk):
            log.error("invalid-utf8", gbk ? "the file is not UTF-8: it reads as GBK, what Windows calls ANSI on a Chinese system" : "the file is not valid UTF-8",
                      at: SourceLocation(file: file, line: line, column: column),
                      hint: gbk ? "save the file as UTF-8 (in Notepad: File › Save As, Encoding: UTF-8)" : "save the file as UTF-8")
        case let .nulByte(line, column, utf16):
            log.error("invalid-utf8", utf16 ? "the file is UTF-16, not UTF-8" : "the file holds a NUL byte, which no text file has",
                      at: SourceLocation(file: file, line: line, column: column),
                      hint: utf16 ? "save the file as UTF-8" : "save the file again as UTF-8 text; it may be damaged")
        case .empty:
            // site.yml and advice.yml are required: deleting them is no way out.
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let hint = file.hasSuffix(".md") ? "delete it, or start it with front matter between `---` lines"
                : name == "advice.yml" ? "write its entries, one a line: - {id: never-share-sms-code, kind: dont, priority: 1, text: …}"
                : name == "site.yml" ? "write the site's settings: title, base_url, languages, timezone and the others the README lists"
                : "delete it, or write its entries"
            log.error("empty-file", "the file is empty", at: SourceLocation(file: file, line: 1), hint: hint)
        case let .missingFrontMatter(nearMiss, fenceLine):
            if let fenceLine {
                log.error("missing-front-matter", "the front matter's `---` is on line \(fenceLine), after \(fenceLine == 2 ? "a blank line" : "blank lines"): it must be the file's first line",
                          at: SourceLocation(file: file, line: 1, column: 1), hint: "delete the blank lines above `---`")
            } else if let nearMiss {
                log.error("missing-front-matter", "the first line is `\(nearMiss)`, not `---`: the file must start with front matter between two `---` lines",
                          at: SourceLocation(file: file, line: 1, column: 1),
                          hint: "type exactly three hyphens `---` on that line (a word processor may have turned them into a dash)")
            } else {
                log.error("missing-front-matter", "the file must start with front matter: a first line `---`",
                          at: SourceLocation(file: file, line: 1), hint: "put the keys between two `---` lines at the top")
            }
        case .hiddenInFence(let scalar):
            log.error("missing-front-matter", "the first line looks like `---` but holds an invisible character `\(String(scalar).showingCodePoints { _ in true })`",
                      at: SourceLocation(file: file, line: 1), hint: "delete the line and type `---` again; such characters come with text copied from other programs")
        case .unterminatedFrontMatter(let nearMiss):
            if let nearMiss {
                log.error("unterminated-front-matter", "line \(nearMiss.line) is `\(nearMiss.text)`, not `---`: the front matter opened on line 1 is never closed",
                          at: SourceLocation(file: file, line: nearMiss.line, column: 1),
                          hint: "type exactly three hyphens `---` on that line (a word processor may have turned them into a dash)")
            } else {
                log.error("unterminated-front-matter", "the front matter opened on line 1 is never closed",
                          at: SourceLocation(file: file, line: 1), hint: "add a line `---` after the last key")
            }
        }
    }

    // MARK: Personal data in decoded values

    /// At most this many values of one file are read for personal data: YAML aliases can make a
    /// few lines stand for millions of them.
    static let publishedValueLimit = 20_000

    /// Words that label an item as the victim's, when it opens with one: its data is the victim's,
    /// not the scammer's ("Number that called victims: …" is the scammer's).
    static let victimLabels = ["victim", "the victim", "受害人", "受害者", "被害人", "受骗人", "受騙人", "事主", "当事人", "當事人", "被骗人", "被騙人",
                               "报案人", "報案人", "失主", "被骗者", "被騙者", "受骗者", "受騙者", "报警人", "報警人", "举报人", "舉報人", "求助人",
                               "求救人", "complainant", "the complainant", "claimant", "the claimant", "injured party", "the injured party",
                               "reporting party", "reporting person", "informant", "person cheated", "person scammed", "person defrauded",
                               "person conned", "target's", "the target's"]

    /// An item's words that name its data as the victim's wherever they stand: "the victim's phone",
    /// "失主手机", "（受害人本人）"; and a scam message pasted whole that greets the number it was sent to
    /// ("尊敬的139…用户", "Dear customer 139…").
    private static let victimsData = SharedRegex {
        /(?i)victim'?s\s+(?:own\s+)?(?:phone|mobile|number|e-?mail|address|card|account|id)|(?:受害人|受害者|被害人|受骗人|受骗者|被骗人|被骗者|事主|苦主|失主|当事人|當事人|报案人|報案人|报警人|報警人|举报人|舉報人|求助人|求救人|受骗群众|被骗群众|受害群众|老人|老人家|家属|家屬|亲属|親屬)(?:\p{Han}{1,2}(?:女士|先生|小姐|阿姨|大爷|某某?))?(?:本人|自己)?(?:的)?(?:丈夫|妻子|老公|老婆|儿子|兒子|女儿|女兒|母亲|母親|父亲|父親|家属|家屬|家人|亲属|親屬)?(?:的)?(?:手机|手機|电话|電話|号码|號碼|邮箱|郵箱|银行卡|銀行卡|卡号|卡號|账号|帳號|帐号|身份证|身份證|微信|QQ|\s*[:：,，]?\s*\+?\d[\d\s-]{6,})|(?:被骗|被騙|受骗|受騙)(?:的)?(?:号码|號碼|手机|手機|电话|電話|邮箱|郵箱|银行卡|銀行卡|卡号|卡號|账户|帳戶|账号|帳號)|(?:转出|轉出|付款|扣款|被盗刷|被盜刷|盗刷|盜刷)(?:的)?(?:卡号|卡號|银行卡|銀行卡|账户|帳戶|账号|帳號|卡|支付宝|支付寶)|\bcard\s+(?:she|he|they|i|the\s+victim)\s+(?:paid|pays|used|bought)\b|\bcard\s+used\s+to\s+(?:pay|buy)\b|\bcompromised\s+(?:card|account)\b|\baccount\s+(?:she|he|they|the\s+victim)\s+(?:transferred|paid|sent)\s+(?:\w+\s+)?from\b|\b(?:hi|hello|hey)\s*,?\s*\+?\d|\d\s*[,，]?\s*您好|\bdear\s+[\w.+-]+@|\b(?:mail|e-?mail|message|sms|text)s?\s+(?:\w+\s+)?reached\b|收件(?:邮箱|郵箱|手机|手機|电话|電話|地址)|\b(?:debited|charged|paying|payer'?s?)\s+(?:card|account)|\b(?:card|account)\s+(?:debited|charged)\b|\bpaid\s+(?:from|with)\s+(?:card|account)|\bcalled\s+number\b|\breported\s+by\s*[:：]?\s*\+?\d|(?:收件人|收信人|被叫(?:号码|號碼|方)?|接收(?:号码|號碼|手机|手機|邮箱|郵箱)|收到(?:诈骗|詐騙)?(?:短信|短訊|简讯|簡訊|电话|電話|邮件|郵件)的(?:号码|號碼|手机|手機|邮箱|郵箱)|(?:短信|短訊|简讯|簡訊|邮件|郵件|链接|鏈接)(?:被)?(?:发送至|發送至|发至|發至|发到|發到|发往|發往)|(?:银行|銀行)?预留(?:的)?(?:手机|手機)|(?:银行|銀行)?預留(?:的)?手機|接收(?:验证码|驗證碼)的(?:手机|手機))|(?:填写|填寫|输入|輸入|填入|绑定|綁定)的(?:银行卡|銀行卡|卡号|卡號)|\b(?:recipient|addressee)(?:'s)?\s*(?:(?:phone|mobile|number|e-?mail|address)\s*)?[:：]|\b(?:texts?|sms|messages?|mails?|e-?mails?|codes?|otps?|links?)\s+(?:was\s+|were\s+)?(?:sent|delivered|forwarded)\s+to\b|\bcard\s+(?:number\s+)?(?:used|entered|typed)\s+(?:on|in|into|at)\b|[（(](?:(?:机主|號主|号主|户主|戶主)(?:为|為|是))?(?:受害人|受害者|被害人|受骗人|被骗人|事主|失主|当事人|报案人)[^）)]{0,4}[）)]|[（(]\s*(?:the\s+)?victim'?s?(?:\s+own)?\s*[）)]|[（(]\s*(?:Ms|Mr|Mrs|Miss)\.?\s+\p{L}+'s(?:\s+own)?\s*[）)]|\bvictim\s+(?:transferred|paid|sent)\s+(?:\w+\s+)?from|受害人转出|尊敬的\p{Han}{0,4}\s*\+?\d|\bdear\s+(?:(?:valued\s+)?(?:customer|user|sir|madam|member|client|subscriber|driver|owner|cardholder)\s*)?\+?\d|\d\s*(?:用户|机主)|\b(?:rang|called|phoned|texted|messaged|contacted|reached)\s+(?:the\s+)?victim\s+(?:at|on)\s+\+?\d[\d\s-]{6,}|\bwho\s+(?:was|were|had\s+been)\s+(?:scammed|defrauded|cheated|conned|duped|tricked|targeted)\b|(?:被骗|受骗|被诈骗)的(?:人|学生|老人|女士|男子|女子|事主)|\btargeted\s+(?:number|phone|mobile|account|card|e-?mail)|\b(?:sms|texts?|messages?|calls?)\s+(?:was\s+|were\s+)?received\s+(?:on|at)\b|^\s*own\s+(?:number|phone|mobile|e-?mail)|\bnumber\s+(?:the\s+)?(?:scammers?|fraudsters?|callers?|gang)\s+(?:called|rang|texted)|\b(?:mail|e-?mail|message|sms|text)\s+went\s+to\b|\b(?!scammer|fraudster|caller|suspect|fake|impostor|imposter|agent|officer)\p{L}+'s\s+own\s+(?:phone|mobile|number|card|account|e-?mail|landline)/
    }
    /// A person's data named by their title or name ("李女士手机", "Ms. Li's phone", "机主…", "（李女士）"):
    /// the victim's, unless the words also name the scammer ("骗子王先生手机", "Fake officer Mr. Wang's phone").
    private static let personsData = SharedRegex {
        /(?i)(?:女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|阿婆|老伯|大娘|大叔|同学|学生|机主|本人|宝妈|寶媽|宝爸|寶爸|男子|女子|小伙|姑娘)(?:[小老]\p{Han})?(?:的)?(?:(?:丈夫|妻子|老公|老婆|儿子|兒子|女儿|女兒|母亲|母親|父亲|父親|家属|家屬|家人)(?:的)?)?(?:手机|手機|电话|電話|号码|號碼|邮箱|郵箱|银行卡|銀行卡|卡号|卡號|账号|帳號|帐号|身份证|身份證|微信|QQ|支付宝|支付寶|Alipay|\s*[:：,，]?\s*\+?\d)|\b(?:Ms|Mrs|Miss|Mr)\.?\s+\p{Lu}\p{L}*\s*[:：,]?\s*\+?\d|[（(][^）)]{0,6}(?:女士|先生|小姐)[）)]|\b(?:Ms|Mrs|Miss|Mr)\.?\s+\p{Lu}\p{L}*'s\s+(?:husband|wife|son|daughter|mother|father|family|relative|partner)s?'?s?\s*(?:(?:own\s+)?(?:phone|mobile|number|e-?mail|card|account)\s*)?[:：,]?\s*\+?\d|\bbelong(?:s|ed)?\s+to\s+(?:the\s+victim|(?:Ms|Mr|Mrs|Miss)\.?\s+\p{Lu}\p{L}*|her(?:self)?\b|him(?:self)?\b)|\b(?:(?:Ms|Mr|Mrs|Miss)\.?\s+\p{L}+'s|complainant'?s?|(?:grand(?:mother|father|ma|pa|son|daughter)|mother|father|mum|mom|dad|son|daughter|wife|husband|woman|student|pensioner|retiree|widow|widower)'s)\s+(?:own\s+)?(?:phone|mobile|number|e-?mail|address|card|account|id|landline)/
    }
    /// "her mobile 139…": the person the item is about, the victim, unless the scammer is named before it
    /// ("fake officer, his phone: 138…").
    private static let possessiveData = SharedRegex {
        /(?i)\b(?:her|his)\s+(?:own\s+)?(?:phone|mobile|cell|number|e-?mail|card|account)(?:\s+number)?\s*[:：,]?\s*\+?\d|(?:用|拿|以)(?:自己|本人)(?:的)?(?:手机|手機|电话|電話)(?:号码|號碼|号|號)?\s*[:：]?\s*\+?\d/
    }
    /// A relative's number, the number right after the words ("她女儿的手机号170…"): theirs even where a scammer spoofed it
    /// ("骗子冒用了她女儿的手机号170…"), unless the scammer posed as the relative (`impersonated`).
    private static let relativesData = SharedRegex {
        /(?:她|他|其)(?:的)?(?:女儿|女兒|儿子|兒子|丈夫|妻子|老公|老婆|母亲|母親|父亲|父親|孙子|孫子|孙女|孫女|家人)(?:的)?(?:手机|手機|电话|電話|号码|號碼)(?:号码|號碼|号|號)?\s*(?:是|为|為|就是)?\s*[:：]?\s*\+?\d/
    }
    /// Words for a scammer's use of someone else's number or account, between the scammer and the person.
    private static let usedAnothers = SharedRegex {
        /(?i)冒用|盗用|盜用|借用|偷用|盗取|盜取|spoof(?:ed|ing|s)?\b|hijack(?:ed|ing|s)?\b|\bstol(?:e|en)\b/
    }
    private static let scammerNamed = SharedRegex {
        /(?i)骗子|诈骗|假冒|冒充|自称|假|客服|嫌疑|联系人|聯繫人|联络人|scam|fake|fraud|impersonat|posing|pretend|call(?:ing|ed|s)?\s+(?:him|her|them)sel(?:f|ves)|\bcaller\b|suspect|\bcontact\b/
    }

    /// Where money was sent: the account named after it is the one it went into.
    static let paidTo = SharedRegex { /(?i)转入|转账至|转账到|转至|汇入|汇款至|汇至|对方账户|对方的账户|收款|paid\s+(?:in)?to|sent\s+to|transferred\s+to|deposited\s+(?:in)?to/ }

    /// Whether `text` names its number or address as the victim's (see `victimsData`, `personsData`).
    static func namesVictimsData(_ text: String) -> Bool {
        // The patterns run only where one of their words is (a regex over every indicator and every
        // line that names one took a tenth of `check`).
        let bytes = Array(text.utf8)
        guard victimWords.contains(where: { LinkPolicy.contains(bytes, caseInsensitive: $0) }) else { return false }
        if let possessive = possessiveData.with({ text.firstMatch(of: $0)?.range }), !scammerNamed.with({ text[..<possessive.lowerBound].contains($0) }) {
            return true
        }
        // The victim's words after the number, past a clause's end, name no number of theirs: "骗子手机170…，多次拨打受害人电话";
        // nor where the number acts on them: "170…给受害人的手机打了14次电话", "170… called the victim's number".
        let data = dataStart(text)
        func names(_ words: Range<String.Index>, pastClauses: Bool) -> Bool {
            guard let data, words.lowerBound > data.upperBound else { return true }
            let between = text[data.upperBound..<words.lowerBound]
            if !pastClauses, between.contains(where: { "，,。;；!！?？".contains($0) }), !renames(between) { return false }
            // Unless the words name a number of their own: "SMS from 10690000 sent to the victim's phone 139…".
            let after = text[words.upperBound...].drop { " :：,，的是为為".contains($0) }.prefix { $0.isNumber || $0 == " " || $0 == "-" || $0 == "*" }
            return !actsOn.with { between.contains($0) } || (after.count(where: \.isNumber) >= 7 && !after.contains("*"))
        }
        /// "冒充受害人儿子的号码", "posing as the victim's son": the scammer's number, passed off as a relative's.
        func impersonated(_ words: Range<String.Index>) -> Bool {
            let before = text[..<words.lowerBound].suffix(24).lowercased()
            return ["冒充", "假冒", "假扮", "冒称", "冒稱", "扮成", "扮作"].contains { before.hasSuffix($0) }
                || before.firstMatch(of: /(?:posing\s+as|impersonating|pretending\s+to\s+be|passing\s+(?:itself|himself|herself)\s+off\s+as)(?:\s+the)?\s*$/) != nil
        }
        if let relative = relativesData.with({ text.firstMatch(of: $0)?.range }), !impersonated(relative) { return true }
        // A person named past a clause's end still names it ("The number shown, 170…, belonged to Ms. Li").
        return victimsData.with { text.matches(of: $0).map(\.range) }.contains { !impersonated($0) && names($0, pastClauses: false) }
            || personsData.with { text.matches(of: $0).map(\.range) }.contains { words in
                // A scammer named after the person ("宝妈小陈的手机号就是170…，骗子用改号软件冒用了它") takes nothing from them;
                // named before, it does ("骗子王先生手机"), unless the scammer used the person's number ("骗子冒用的王女士手机号").
                guard names(words, pastClauses: true) else { return false }
                guard let scammer = scammerNamed.with({ text[..<words.upperBound].ranges(of: $0).last }) else { return true }
                // Named inside the words themselves ("（假王女士）"): the scammer's.
                guard scammer.upperBound <= words.lowerBound else { return false }
                return usedAnothers.with { text[scammer.upperBound..<words.lowerBound].contains($0) }
            }
    }

    /// Whether the words between a number and the victim's words only rename the number, after a comma: "170…, the
    /// victim's own number", "http://139….example/pay, the victim's mobile", "170…，即受害人手机". What is left of the
    /// number's own word (a link's host and path) goes first.
    static func renames(_ between: Substring) -> Bool {
        var rest = between
        while let first = rest.first, !first.isWhitespace, !"，,、。;；!！?？".contains(first),
              first != "." || rest.dropFirst().first.map({ !$0.isWhitespace }) == true {
            rest = rest.dropFirst()
        }
        guard !rest.contains(where: { "。;；!！?？.".contains($0) }) else { return false }
        let words = rest.lowercased().split { !$0.isLetter }.joined(separator: " ")
        return ["", "the", "which is", "which is the", "which was", "which was the", "that is", "i e", "ie", "即", "也就是", "就是", "系"].contains(words)
    }

    /// Words between a number and the victim's words that make the number act on them (see `namesVictimsData`).
    private static let actsOn = SharedRegex {
        /(?i)给|給|向|拨|撥|打|致电|致電|发|發|\b(?:call(?:s|ed|ing)?|text(?:s|ed|ing)?|rang|rings?|ringing|dial(?:s|l?ed|l?ing)?|phon(?:es|ed|ing)|messag(?:es|ed|ing)|contact(?:s|ed|ing)|sen(?:ds?|t|ding)|reach(?:es|ed|ing))\b/
    }

    /// The sentence of `line` that holds its 1-based scalar `column`: from after the end of the one
    /// before (。！？；, or . ! ? before a space, but not the dot of "Ms. Li" or "9 a.m.") to its own end.
    static func sentence(of line: String, atColumn column: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        let bounds = sentenceBounds(scalars, atColumn: column)
        return String(String.UnicodeScalarView(scalars[bounds]))
    }

    /// The sentence after the one that holds `column`, when it speaks of that one's number or address
    /// ("这个号码其实是王女士本人的手机号", "That number was in fact Ms. Li's own"); nil for none.
    static func sentenceReferringBack(in line: String, atColumn column: Int) -> String? {
        let scalars = Array(line.unicodeScalars)
        let end = sentenceBounds(scalars, atColumn: column).upperBound
        guard end < scalars.count else { return nil }
        let next = String(String.UnicodeScalarView(scalars[sentenceBounds(scalars, atColumn: end + 1)]))
        return refersBack.with { next.prefixMatch(of: $0) != nil } ? next : nil
    }
    private static let refersBack = SharedRegex {
        /(?i)\s*(?:(?:这个|這個|该|該|此|这一|這一|那个|那個)(?:手机号|手機號|号码|號碼|手机|手機|电话|電話|邮箱|郵箱|账户|帳戶|账号|帳號|卡号|卡號|号|號)|(?:this|that|the\s+same|the)\s+(?:number|phone|mobile|address|e-?mail|account|card)\b|(?:it|which)\b)/
    }

    /// The scalars of the sentence that holds the 1-based `column` (see `sentence(of:atColumn:)`).
    private static func sentenceBounds(_ scalars: [Unicode.Scalar], atColumn column: Int) -> Range<Int> {
        let position = min(max(0, column - 1), scalars.count)
        func ends(_ index: Int) -> Bool {
            switch scalars[index] {
            case "。", "！", "？", "；": true
            case "!", "?", ";": index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace
            case ".": (index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace) && !abbreviated(before: index)
            default: false
            }
        }
        func abbreviated(before index: Int) -> Bool {
            var start = index
            while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
            return Self.abbreviations.contains(String(String.UnicodeScalarView(scalars[start..<index])).lowercased())
        }
        var start = position
        while start > 0, !ends(start - 1) { start -= 1 }
        var end = position
        while end < scalars.count, !ends(end) { end += 1 }
        return start..<min(scalars.count, end + 1)
    }

    /// Titles and abbreviations whose dot ends no sentence.
    private static let abbreviations: Set<String> = ["ms", "mr", "mrs", "dr", "prof", "st", "jr", "sr", "mt", "vs", "a.m", "p.m", "e.g", "i.e"]

    /// Whether a line's first number is the one that called or wrote to the victim, whose words stand
    /// beside it: "李女士的手机接到139…的来电", "A text from 139… arrived on Ms. Li's phone", "显示的来电号码为…".
    static func namesCaller(_ line: String) -> Bool {
        guard let data = dataStart(line) else { return false }
        return callersNumberBefore.with { line[..<data.lowerBound].contains($0) } || callersNumberAfter.with { line[data.upperBound...].prefixMatch(of: $0) != nil }
    }
    /// Words right before a number that make it the one that called or wrote: 接到, 来电号码为, "from".
    private static let callersNumberBefore = SharedRegex {
        /(?i)(?:接到|接听|收到|来自|來自|来电号码|來電號碼|来电显示|來電顯示)(?:为|為|是)?\s*[:：]?\s*\+?$|\b(?:from|caller\s+(?:as|was|is|id)|caller\s+id\s+(?:read|showed|said|was)|phone\s+(?:showed|displayed|flashed))\s*[:：]?\s*\+?$/
    }
    /// Words right after it that do: "…的来电", "…打来的电话", "…发来的短信", "… as the caller", "… was calling again".
    private static let callersNumberAfter = SharedRegex {
        /(?i)^\s*(?:(?:的)?(?:来电|來電|打来|打來|发来|發來|呼入|致电|致電)|(?:as\s+the\s+(?:caller|sender)|was\s+calling|kept\s+calling|called\s+(?:her|him|them|again)\b))/
    }

    /// The first number (seven digits or more) or e-mail address of an indicator.
    static func dataStart(_ text: String) -> Range<String.Index>? {
        dataPattern.with { text.firstMatch(of: $0)?.range }
    }
    private static let dataPattern = SharedRegex { /\+?\d[\d\s-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.-]+/ }
    /// Words before an indicator's number that make it the scammer's, though the item opens with the
    /// victim: "受害人向骗子账户6222…转账", "事主接到的诈骗来电号码170…", "Victim was told to call back on …",
    /// "The victim received mail from refunds@…".
    private static let scammersData = SharedRegex {
        /(?i)骗子|騙子|嫌疑人|对方|對方|冒充|假冒|(?:诈骗|詐騙)(?:来电|來電|电话|電話|短信|号码|號碼|账户|帳戶|账号|帳號)|来电号码|來電號碼|\bfrom\b|\bcall(?:ed)?\s+back\b|\b(?:scam(?:mer)?|fraud(?:ster)?|fake|suspect)(?:'s)?\s+(?:number|phone|mobile|caller|call|account|site|website|address|e-?mail|sender)|\bimpersonat/
    }
    /// A word each of `victimsData`'s and `personsData`'s alternatives holds, in lower case.
    private static let victimWords = ["victim", "受害", "被害", "受骗", "被骗", "事主", "失主", "当事人", "报案人", "報案人", "报警人", "報警人", "举报人", "舉報人", "求助人", "求救人", "苦主", "家属", "家屬", "亲属", "親屬", "被騙", "受騙", "转出", "轉出", "付款", "扣款", "盗刷", "盜刷", "debited", "charged", "paying", "payer", "paid", "called number", "reported by", "belong", "尊敬的", "dear", "用户", "机主", "老人", "her", "his",
                                      "女士", "先生", "小姐", "阿姨", "大爷", "大妈", "本人", "ms", "mr", "miss", "complainant",
                                      "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "婆婆", "阿婆", "老伯", "大娘", "大叔", "同学", "学生",
                                      "scammed", "defrauded", "cheated", "conned", "duped", "tricked", "targeted", "'s own",
                                      "mother", "father", "grand", "mum", "mom", "dad", "son", "daughter", "wife", "husband", "woman",
                                      "student", "pensioner", "retiree", "widow", "received", "own", "called", "rang", "texted", "went to",
                                      "自己", "收件", "收信", "被叫", "接收", "收到", "填写", "填寫", "输入", "輸入", "填入", "绑定", "綁定",
                                      "发送至", "發送至", "发至", "發至", "发到", "發到", "发往", "發往", "预留", "預留",
                                      "recipient", "addressee", "sent to", "delivered to", "forwarded to", "card", "宝妈", "寶媽", "宝爸", "寶爸", "男子", "女子",
                                      "小伙", "姑娘", "compromised", "transferred", "sent", "hi", "hello", "hey", "您好", "reached",
                                      "女儿", "女兒", "儿子", "兒子", "丈夫", "妻子", "老公", "老婆", "母亲", "母親", "父亲", "父親", "孙", "孫", "家人"]

    /// `indicators` is the one place for a scammer's numbers and addresses, published disarmed but
    /// whole. A resident ID number is no one's to publish there (scammers use stolen ones), and an
    /// item labelled as the victim's is the victim's.
    mutating func checkIndicator(_ indicator: String, at location: SourceLocation) {
        let lowered = indicator.trimmingWhitespace().lowercased()
        // "Victim …", "victim's …", "受害人…"; not "Victims were called from …", nor where the victim's
        // money went ("受害人转入的账户：…", "Victim paid into …"): the scammer's account.
        let victims = Decoder.victimLabels.contains { label in
            lowered.hasPrefix(label) && !(lowered.dropFirst(label.count).first.map { $0.isASCII && $0.isLetter } ?? false)
                && !Decoder.paidTo.with { indicator.contains($0) }
                && !Decoder.scammersData.with { (Decoder.dataStart(indicator).map { indicator[..<$0.lowerBound] } ?? indicator[...]).contains($0) }
        } || Decoder.namesVictimsData(indicator)
        // A link's query and fragment: a scam link made for one victim carries their number or address
        // (`?phone=1380013…&mail=…`), which is theirs, not the scammer's.
        let query = indicator.firstIndex { $0 == "?" || $0 == "#" }.flatMap { index in
            indicator.contains("://") ? String(indicator[index...]).removingPercentEncoding ?? String(indicator[index...]) : nil
        }
        if let query {
            for finding in PersonalDataScanner.scan(query.replacingOccurrences(of: "&", with: " ").replacingOccurrences(of: "=", with: " "), markup: false) {
                log.error("personal-data", "the link in `indicators` carries \(finding.kind == .email ? "an" : "a") \(finding.kind.rawValue) (\(finding.masked)) in its query, most likely the victim's, which would be published unmasked",
                          at: location, hint: "keep the link without its query (the part from `?`), or mask the number or address in it")
            }
        }
        // An address in a link's path (`…/u/wangli1986@163.com`) is the one the link was made for, as in its query; a
        // number there may be the scammer's own (`wa.me/852…`).
        if let scheme = indicator.range(of: "://"), let slash = indicator[scheme.upperBound...].firstIndex(of: "/") {
            let path = indicator[slash..<(indicator.firstIndex { $0 == "?" || $0 == "#" } ?? indicator.endIndex)]
            let readable = (String(path).removingPercentEncoding ?? String(path)).replacingOccurrences(of: "/", with: " ")
            for finding in PersonalDataScanner.scan(readable, markup: false) where finding.kind == .email {
                log.error("personal-data", "the link in `indicators` carries an e-mail address (\(finding.masked)) in its path, most likely the victim's, which would be published unmasked",
                          at: location, hint: "keep the link up to the address, or mask the address in it")
            }
        }
        // Most indicators are a phone number or an address: an ID number has 15 digits or more.
        guard victims || indicator.utf8.reduce(0, { $0 + ((0x30...0x39).contains($1) ? 1 : 0) }) >= 15 else { return }
        let findings = PersonalDataScanner.scan(indicator, markup: false)
        let inQuery = Set(query.map { PersonalDataScanner.scan($0.replacingOccurrences(of: "&", with: " ").replacingOccurrences(of: "=", with: " "), markup: false).map(\.masked) } ?? [])
        for finding in findings where (finding.kind == .residentID || victims) && !inQuery.contains(finding.masked) {
            let whose = finding.kind == .residentID && !victims ? "a resident ID number" : "the victim's \(finding.kind.rawValue)"
            log.error("personal-data", "`indicators` holds \(whose) (\(finding.masked)), which would be published unmasked",
                      at: location, hint: "indicators are the scammer's numbers and addresses only: remove it, or mask it in the text")
        }
    }

    /// Personal data in the file's values as YAML decodes them, which is what is published: escapes
    /// (`"\x31\x33…"`), aliases, quoted values over several lines and tags are read, and URLs
    /// percent-decoded. The lines of the file are scanned as written apart (`Resolver.scanPersonalData`);
    /// a value found there is not reported again. `skippingKey` (a case's `indicators`) and
    /// `skippingLines` (its lines) are the scammer's, published disarmed.
    /// The text inside typographic quotes that wrap a whole value (`“Riverside, Hubei”`, `「通知」`),
    /// as a word processor or a Chinese keyboard types them; nil when the value holds more than one
    /// quotation (`“双11”冒充“客服”`).
    static func insideTypographicQuotes(_ value: String) -> String? {
        let pairs: [Character: Character] = ["“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂", "„": "“"]
        guard value.count >= 3, let first = value.first, let close = pairs[first], value.last == close else { return nil }
        let inner = value.dropFirst().dropLast()
        guard !inner.contains(close), !inner.contains(first) else { return nil }
        return String(inner).trimmingWhitespace()
    }

    /// `personalData`: false for site.yml, the publisher's contacts, whose personal data the resolver reads with rules of its own: typographic quotes only.
    mutating func checkPublishedValues(_ node: Node, reader: YAMLReader, source: SourceText, skippingKey: String? = nil,
                                       skippingLines: ClosedRange<Int>? = nil, personalData: Bool = true) {
        // Each value with where to report it: its own place, or its key's when it comes from an
        // alias to an earlier line.
        var values: [(text: String, place: Node)] = []
        var visited = 0
        /// `list`: the node is an item of a list.
        func walk(_ node: Node, key: Node?, list: Bool = false) {
            visited += 1
            guard visited <= Decoder.publishedValueLimit else { return }
            switch node {
            case .scalar(let scalar):
                let place = key.flatMap { key in (key.mark?.line ?? 0) > (node.mark?.line ?? 0) ? key : nil } ?? node
                // A loss's amount is a number, published as money (`amount: 15000000000`), never as written.
                let isAmount = key?.scalar?.string == "amount" && scalar.string.allSatisfy { $0.isASCII && ($0.isNumber || "._,".contains($0)) }
                if !isAmount { values.append((scalar.string, place)) }
                if scalar.style == .plain, let inner = Decoder.insideTypographicQuotes(scalar.string) {
                    let marks = "\(scalar.string.prefix(1))…\(scalar.string.suffix(1))"
                    let name = key?.scalar?.string
                    if key == nil, !list {
                        // `“region”: Beijing`: the key, which is then no key the file knows.
                        log.warning("typographic-quotes", "the key is wrapped in \(marks), which are typographic quotes, not YAML's: they are part of the key",
                                    at: reader.location(place), hint: "write the key without them: \(inner):")
                    } else {
                        // An item keeps its list: `[‘fake-refund-customer-service’]` is not to become `scam_types: "…"`.
                        let written = !list ? "\(name ?? "value"): \"\(inner)\"" : "the item \"\(inner)\" (in its list)"
                        log.warning("typographic-quotes", "the value is wrapped in \(marks), which are typographic quotes, not YAML's: they are part of the value and published with it",
                                    at: reader.location(place), hint: "write straight quotes, or none: \(written)")
                    }
                }
            case .mapping(let mapping):
                for (name, value) in mapping {
                    walk(name, key: nil)
                    if let skippingKey, name.scalar?.string == skippingKey { continue }
                    walk(value, key: name)
                }
            case .sequence(let sequence):
                for item in sequence { walk(item, key: key, list: true) }
            case .alias:
                break
            }
        }
        walk(node, key: nil)
        if visited > Decoder.publishedValueLimit {
            log.error("too-many-values", "the file holds more than \(Decoder.publishedValueLimit) values, more than a case or a taxonomy file needs",
                      at: reader.location(node), hint: "keep the sources and indicators to the ones a reader needs; write each value out, without aliases such as `*name`")
            return
        }
        guard personalData else { return }
        var findings: [(PersonalDataScanner.Finding, Node)] = []
        for (written, node) in values {
            // As published (`asPublished`: `"139\x001234\x005678"` is 13912345678 on the page), one
            // paragraph, its line breaks spaces.
            // Tested on the bytes: `String.contains` of a string goes through Foundation, slowly.
            let text = written.asPublished
            var forms = [text.utf8.contains(0x0A) ? text.replacingOccurrences(of: "\n", with: " ") : text]
            if text.utf8.contains(UInt8(ascii: "%")), let decoded = forms[0].removingPercentEncoding, decoded != forms[0] { forms.append(decoded) }
            for form in forms {
                for finding in PersonalDataScanner.scan(form, markup: false) { findings.append((finding, node)) }
            }
        }
        guard !findings.isEmpty else { return }
        let written = Resolver.personalData(in: source.text, skipping: skippingLines)
        var reported: Set<String> = []
        for (finding, node) in findings where !written.contains(finding.masked) && reported.insert(finding.masked).inserted {
            log.error("personal-data", "unmasked \(finding.kind.rawValue) (\(finding.masked)) would be published: the file spells it so that it only shows once read (an escape, an alias, a tag, a value over several lines or %-encoding)",
                      at: reader.location(node), hint: "remove it or mask it, e.g. 138****5678")
        }
    }

    // MARK: Shared field readers

    mutating func text(_ fields: YAMLReader.Fields, _ key: String) -> Located<String>? {
        guard let node = fields[key], let value = fields.reader.string(node, what: key, log: &log) else { return nil }
        return Located(value: value, location: fields.reader.location(node))
    }

    mutating func ids(_ fields: YAMLReader.Fields, _ key: String) -> [Located<String>]? {
        guard let node = fields[key] else { return nil }
        // `scam_types: fake-shopping`: the list the key takes, written out (ids typed with Chinese commas apart).
        if case let .scalar(scalar) = node, !node.isNullScalar {
            let ascii = scalar.string.contains { $0.isASCII && $0.isLetter }
            // Items marked with a dash that is not YAML's (`－ a` `— b` on lines of their own), or in full-width brackets (`［a, b］`).
            let marks = "-－—–―・•‐‑‒﹣−"
            let words = scalar.string.split { $0.isWhitespace || "，、；,［］【】[]".contains($0) }.map { $0.drop { marks.contains($0) } }.filter { !$0.isEmpty }
            let dashed = scalar.string.first.map { marks.dropFirst().contains($0) } == true
            let idWords = words.isEmpty || (ascii && words.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } })
            let ids = idWords ? words.map(String.init)
                : ascii ? scalar.string.split { "，、；,".contains($0) }.map { $0.trimmingWhitespace() } : [scalar.string]
            log.error("wrong-type", "`\(key)` must be a list, found \(fields.reader.describe(node))", at: fields.reader.location(node),
                      hint: (dashed ? "a list's items start with `- ` typed in English, not `\(scalar.string.prefix(1))`; or " : "")
                        + "write it as a list: \(key): [\(ids.joined(separator: ", "))]")
            return []
        }
        // An id may be all digits, as the shipped campaign `618`.
        guard let items = fields.reader.strings(node, what: key, numbersAsText: true, log: &log) else { return [] }
        var seen = Set<String>()
        return items.map { Located(value: $0.value, location: $0.location) }.filter { item in
            guard seen.insert(item.value).inserted else {
                log.warning("duplicate-id", "`\(item.value)` is listed twice in `\(key)`", at: item.location)
                return false
            }
            return true
        }
    }

    /// `public`: an address readers follow from the page (a source, the report page), which no
    /// intranet, preview or loopback address is.
    mutating func url(_ fields: YAMLReader.Fields, _ key: String, httpsOnly: Bool = false, public: Bool = false) -> Located<String>? {
        guard let text = text(fields, key) else { return nil }
        guard Decoder.isWebURL(text.value, httpsOnly: httpsOnly) else {
            log.error("invalid-url", "`\(key)` is not an absolute \(httpsOnly ? "https" : "http(s)") URL: `\(text.value)`",
                      at: text.location, hint: "write the full address, e.g. https://example.org/page")
            return nil
        }
        // `https://user:secret@host/`: the credentials would be in every link, feed and QR code.
        if let url = URL(string: text.value), url.user != nil || url.password != nil {
            log.error("invalid-url", "`\(key)` holds a user name or password before `@`, which every link to it would publish",
                      at: text.location, hint: "remove the part between `//` and `@`")
            return nil
        }
        // `news.exаmple.com` with a Cyrillic `а`: a source is a live link, so a look-alike of a real
        // site's address would send readers to whoever registered it. No real label mixes these scripts.
        if let label = Decoder.mixedScriptLabel(inHostOf: text.value) {
            let ascii = URL(string: text.value)?.host.map { " (`\($0)`)" } ?? ""
            let written = label.scripts.hasSuffix("as Latin") ? "is written in \(label.scripts)" : "mixes \(label.scripts) letters"
            log.error("lookalike-host", "`\(key)` has a host that \(written) in `\(label.label)`\(ascii): a look-alike of another site's address",
                      at: text.location, hint: "type the address again in plain letters, or copy it from the site's own address bar")
            return nil
        }
        if `public`, let host = Decoder.privateHost(of: text.value) {
            log.error("private-url", "`\(key)` points at `\(host)`, an address on the editor's own network or machine: readers cannot open it, and the page would publish it",
                      at: text.location, hint: "link to the public copy of the page (https://…), or leave the link out")
            return nil
        }
        if `public`, text.value.lowercased().hasPrefix("http:") {
            log.warning("plain-http", "`\(key)` is a plain http address: browsers mark it not secure, and what readers get can be changed on the way",
                        at: text.location, hint: "write https:// if the site has it")
        }
        return Located(value: Decoder.encodingInvalidCharacters(text.value), location: text.location)
    }

    /// An IPv4 address as browsers read a host (WHATWG URL): one to four parts, each decimal, octal (`017`) or
    /// hexadecimal (`0x7f`), the last filling the bytes left (`127.1` is 127.0.0.1). Nil for a name.
    static func ipv4(_ host: String) -> UInt32? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var numbers: [UInt32] = []
        for part in parts {
            let lowered = part.lowercased()
            let number = lowered.hasPrefix("0x") ? UInt32(lowered.dropFirst(2), radix: 16)
                : lowered.count > 1 && lowered.hasPrefix("0") ? UInt32(lowered.dropFirst(), radix: 8) : UInt32(lowered)
            guard let number else { return nil }
            numbers.append(number)
        }
        guard let last = numbers.popLast(), numbers.allSatisfy({ $0 <= 255 }),
              last < (numbers.isEmpty ? UInt32.max : UInt32(1) << (8 * (4 - numbers.count))) || (numbers.isEmpty && last == UInt32.max) else { return nil }
        return numbers.enumerated().reduce(last) { $0 | $1.element << (8 * (3 - $1.offset)) }
    }

    /// The host of a web address that is no public one: `localhost` (and `*.localhost`), a name of one
    /// label (`intranet`) or under `.local`/`.internal`/`.lan`/`.home.arpa`, or a loopback, private,
    /// shared or link-local IP address (RFC 1918, 6598, 3927, 4193, 4291). Nil for a public host.
    static func privateHost(of url: String) -> String? {
        guard let host = URL(string: url)?.host?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[].")), !host.isEmpty else { return nil }
        func isPrivate(_ address: UInt32) -> Bool {
            let (a, b) = (address >> 24, address >> 16 & 0xFF)
            return a == 0 || a == 10 || a == 127 || (a == 100 && (64...127).contains(b)) || (a == 169 && b == 254)
                || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168)
        }
        if host.contains(":") {
            // IPv6: loopback, unspecified, unique local (fc00::/7), link-local (fe80::/10), and an IPv4 address mapped (`::ffff:192.168.1.1`).
            if let mapped = host.firstMatch(of: /^::ffff:(.+)$/), let address = ipv4(String(mapped.output.1)) { return isPrivate(address) ? host : nil }
            let first = host.split(separator: ":", omittingEmptySubsequences: false).first.map { UInt16($0, radix: 16) ?? 0 } ?? 0
            return host == "::1" || host == "::" || first & 0xFE00 == 0xFC00 || first & 0xFFC0 == 0xFE80 ? host : nil
        }
        if let address = ipv4(host) { return isPrivate(address) ? host : nil }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 1 || ["localhost", "local", "localdomain", "internal", "lan", "intranet", "corp"].contains(parts.last.map(String.init) ?? "")
            || host.hasSuffix(".home.arpa") { return host }
        return nil
    }

    /// The first label of a URL's host that mixes Latin, Cyrillic and Greek letters, and which of
    /// them: the look-alikes of IDN homograph attacks. Latin beside Chinese or Japanese is not one.
    static func mixedScriptLabel(inHostOf text: String) -> (label: String, scripts: String)? {
        let host = Defang.writtenHost(of: text)
        // A label in Punycode (`xn--80ak6aa92e`) is read as the letters it stands for, which browsers show (`аррӏе`).
        guard host.utf8.contains(where: { $0 >= 0x80 }) || host.range(of: "xn--", options: .caseInsensitive) != nil else { return nil }
        let labels = host.split(separator: ".").map { Punycode.decodedLabel($0).map { Substring($0) } ?? $0 }
        let latinEnding = labels.last?.allSatisfy(\.isASCII) == true
        for label in labels {
            var scripts: [String] = []
            for scalar in label.unicodeScalars where scalar.properties.isAlphabetic {
                let script = switch scalar.value {
                             case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: "Latin"
                             case 0x370...0x3FF, 0x1F00...0x1FFF: "Greek"
                             case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: "Cyrillic"
                             default: ""
                             }
                if !script.isEmpty, !scripts.contains(script) { scripts.append(script) }
            }
            if scripts.count > 1 { return (String(label), scripts.joined(separator: " and ")) }
            // `аррӏе.com`, all Cyrillic and every letter one that reads as Latin, under a Latin top-level domain.
            if scripts == ["Cyrillic"], latinEnding,
               label.allSatisfy({ "аеорсухіјѕһԁԛԝӏ".contains($0.lowercased()) || $0 == "-" || $0.isNumber }) {
                return (String(label), "Cyrillic letters that read as Latin")
            }
        }
        return nil
    }

    /// `text` with the ASCII characters a URL may not hold (`"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`,
    /// `}`, controls, a `%` not starting an escape, a second `#`) percent-encoded, as a browser
    /// would send them; HTML validators and feed readers reject them raw.
    static func encodingInvalidCharacters(_ text: String) -> String {
        let bytes = Array(text.utf8)
        func isHex(_ byte: UInt8) -> Bool { (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte) }
        var result: [UInt8] = []
        var seenFragment = false
        for (index, byte) in bytes.enumerated() {
            let invalid = switch byte {
                          case 0...32, 127, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                               UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"): true
                          case UInt8(ascii: "%"): !(index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2]))
                          case UInt8(ascii: "#"): seenFragment
                          default: false
                          }
            if byte == UInt8(ascii: "#") { seenFragment = true }
            guard invalid else { result.append(byte); continue }
            let digits = Array("0123456789ABCDEF".utf8)
            result += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
        }
        return result.count == bytes.count ? text : String(decoding: result, as: UTF8.self)
    }

    static func isLanguageTag(_ text: String) -> Bool { text.wholeMatch(of: /[a-z]{2,3}(-[A-Za-z0-9]{2,8})*/) != nil }

    static func isWebURL(_ text: String, httpsOnly: Bool = false) -> Bool {
        guard !text.unicodeScalars.contains(where: \.isWhiteSpace), let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              let host = url.host, !host.isEmpty, host.contains(".") || host == "localhost" else { return false }
        return httpsOnly ? scheme == "https" : (scheme == "https" || scheme == "http")
    }

    /// Why a date written YYYY-MM-DD (with or without a time after it) is no day of the calendar: "2026 is not a leap
    /// year, so February has 28 days"; nil for a day that is, or another form.
    static func impossibleDay(_ text: String) -> String? {
        guard let match = text.prefixMatch(of: /(\d{4})-(\d{2})-(\d{2})/), case let rest = text[match.range.upperBound...],
              rest.isEmpty || rest.first == "T" || rest.first == " ",
              let year = Int(match.1), let month = Int(match.2), let day = Int(match.3) else { return nil }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let days = LocalDay.daysIn(month: month, year: year)
        guard !(1...days).contains(day) else { return nil }
        if day == 0 { return "there is no day 0" }
        if month == 2, day == 29 { return "\(year) is not a leap year, so February has 28 days" }
        return "month \(month) has \(days) days"
    }

    /// A day written another way, as YYYY-MM-DD: `2026–11–03` (dashes), `２０２６-１１-０３` (full-width
    /// digits), `2026/11/3`, `2026.11.03`, `2026年11月3日`.
    static func meantDate(_ text: String) -> String? {
        let ascii = String(text.map { character -> Character in
            if let value = character.wholeNumberValue, character.unicodeScalars.first.map({ (0xFF10...0xFF19).contains($0.value) }) == true {
                return Character(String(value))
            }
            return "‐‑‒–—―−－/.．／".contains(character) ? "-" : character
        })
        guard let match = ascii.trimmingWhitespace().wholeMatch(of: /(\d{4}) *[-年] *(\d{1,2}) *[-月] *(\d{1,2}) *日?/),
              let month = Int(match.output.2), let day = Int(match.output.3) else { return nil }
        return "\(match.output.1)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    mutating func date(_ fields: YAMLReader.Fields, _ key: String) -> Located<CaseDate>? {
        guard let node = fields[key], let raw = fields.reader.literal(node, what: key, log: &log) else { return nil }
        let location = fields.reader.location(node)
        guard let date = CaseDate.parse(raw, zone: timeZone) else {
            // `2026-11-03` with a zero-width space pasted after it looks valid: the character is shown.
            let shown = YAMLReader.visible(raw)
            if let why = Self.impossibleDay(raw) {
                log.error("invalid-date", "`\(key)` is not a valid date: `\(shown)`; \(why)", at: location, hint: "check the month and the day")
                return nil
            }
            // `2026-03-01T10:00:00`: a time with no offset is no moment, and the site's zone is not assumed for it.
            if raw.wholeMatch(of: /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?/) != nil {
                // The site's own offset in the hint (+08:00 for Asia/Shanghai), and the seconds if they were left out.
                let seconds = timeZone.secondsFromGMT(), time = raw.dropFirst(11)
                let offset = "\(seconds < 0 ? "-" : "+")\(Digits.padded(abs(seconds) / 3600, width: 2)):\(Digits.padded(abs(seconds) % 3600 / 60, width: 2))"
                log.error("invalid-date", "`\(key)` is not a valid date: `\(shown)` has a time of day but no time zone offset", at: location,
                          hint: "add the offset, e.g. `\(key): \(raw.prefix(10))T\(time)\(time.count == 5 ? ":00" : "")\(offset)`, or write the day alone, `\(key): \(raw.prefix(10))`")
                return nil
            }
            log.error("invalid-date", "`\(key)` is not a valid date: `\(shown)`", at: location,
                      hint: shown != raw && CaseDate.parse(String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0.properties.generalCategory != .format })), zone: timeZone) != nil
                        ? "delete the invisible character; it comes with text copied from other programs"
                        : Self.meantDate(raw).flatMap { CaseDate.parse($0, zone: timeZone) == nil ? nil : "write it `\(key): \($0)`: YYYY-MM-DD\(raw.allSatisfy(\.isASCII) ? "" : ", typed in English")" }
                        ?? "use YYYY-MM-DD, or an RFC 3339 date-time such as 2024-11-06T09:30:00+08:00")
            return nil
        }
        // Year 224 is a typo; feeds cannot even state dates before the Gregorian calendar.
        guard date.day.year >= 1900 else {
            log.error("invalid-date", "`\(key)` is in the year \(date.day.year): a typing error?", at: location, hint: "use YYYY-MM-DD, e.g. 2024-03-01")
            return nil
        }
        return Located(value: date, location: location)
    }

    // MARK: site.yml

    struct RawSite {
        var baseURL: Located<String>?
        /// `baseURL` as written, when that is not ASCII.
        var printedBaseURL: String?
        var languages: [Located<String>]?
        var timeZone: TimeZone?
        var reportURL: Located<String>?
        var logo: SiteLogo?
        var feedLimit: Int?
        var trustedDomains: [String] = []
        var title: Located<String>?
        var description: String?
        var publisher: Located<String>?
        var hotlines: [Hotline]?
        var hotlinesLocation: SourceLocation?
        /// A hotline that did not read, or whose number cannot be dialled: the list is not the one meant.
        var hotlinesBroken = false
    }

    static let siteKeys = ["title", "description", "base_url", "languages", "timezone", "publisher", "hotlines",
                           "report_url", "logo", "feed_limit", "trusted_domains"]
    static let siteTextKeys = ["title", "description", "publisher", "hotlines"]

    mutating func site(_ file: ContentFile, translation: Bool) -> RawSite? {
        guard let (source, reader, node) = yamlFile(file) else { return nil }
        checkPublishedValues(node, reader: reader, source: source, personalData: false)
        let allowed = translation ? Decoder.siteTextKeys : Decoder.siteKeys
        let required = translation ? [] : ["title", "base_url", "languages", "timezone", "publisher", "hotlines", "report_url"]
        guard let fields = reader.mapping(node, what: translation ? "a site translation" : "site.yml", allowed: allowed, required: required, log: &log) else { return nil }
        var site = RawSite()
        site.title = text(fields, "title")
        site.description = text(fields, "description")?.value
        site.publisher = text(fields, "publisher")
        site.baseURL = url(fields, "base_url", httpsOnly: true)
        // Every page's address is base_url + its path: a query, a fragment or a file name would break them all.
        if let base = site.baseURL, let url = URL(string: base.value),
           url.query != nil || url.fragment != nil || base.value.contains("?") || base.value.contains("#")
            || (!base.value.hasSuffix("/") && url.path.split(separator: "/").last?.contains(".") == true) {
            log.error("invalid-url", "`base_url` must be the address of the site's folder, without a query, a fragment or a file name: `\(base.value)`",
                      at: base.location, hint: "e.g. https://alerts.example.org/ or https://example.org/alerts/")
            site.baseURL = nil
        }
        // A port out of range, or `.`/`..` in the path (pages would keep them, feeds resolve them), is
        // no address the site can be at; localhost or an IP address is one only this machine or network reaches.
        if let base = site.baseURL, let components = URLComponents(string: base.value) {
            let segments = components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false)
            if components.port.map({ !(1...65535).contains($0) }) == true || segments.contains(where: { $0 == "." || $0 == ".." }) {
                log.error("invalid-url", "`base_url` is no address a site can be at (a port above 65535, or `.` or `..` in its path): `\(base.value)`",
                          at: base.location, hint: "e.g. https://alerts.example.org/ or https://example.org/alerts/")
                site.baseURL = nil
            } else if let host = components.host, host.hasSuffix(".") || host.contains("..") {
                // `alerts.example.org.`: the feeds would write the host without its dot, the pages with it: two sites.
                log.error("invalid-url", "`base_url` has a host ending in a dot or with an empty label: `\(base.value)`",
                          at: base.location, hint: "write the host without the dot: https://\(host.split(separator: ".").joined(separator: "."))/")
                site.baseURL = nil
            } else if let host = components.host?.lowercased(),
                      host == "localhost" || host.hasSuffix(".localhost") || host.hasPrefix("[") || host.split(separator: ".").count == 4 && host.split(separator: ".").allSatisfy({ UInt8($0) != nil }) {
                log.warning("local-url", "`base_url` is `\(host)`, which readers elsewhere cannot reach: feeds, the sitemap and flyers' QR codes carry it",
                            at: base.location, hint: "the public address the site is published at; `serve` previews a site locally whatever base_url says")
            }
        }
        // A host or path in another script is written as ASCII (IDNA and percent-encoding) where
        // addresses are read by programs: the sitemap and feeds require it.
        if let base = site.baseURL, !base.value.unicodeScalars.allSatisfy(\.isASCII) {
            if let ascii = URL(string: base.value)?.absoluteString, ascii.unicodeScalars.allSatisfy(\.isASCII) {
                site.printedBaseURL = base.value
                site.baseURL = Located(value: ascii, location: base.location)
            } else {
                log.error("invalid-url", "`base_url` has a host that cannot be written as an internet address: `\(base.value)`",
                          at: base.location, hint: "e.g. https://alerts.example.org/ or https://反诈.example.cn/")
                site.baseURL = nil
            }
        }
        site.reportURL = url(fields, "report_url", public: true)
        if let value = text(fields, "logo") { site.logo = logo(value) }
        if let node = fields["feed_limit"], let limit = reader.int(node, what: "feed_limit", limits: "of at least 1, e.g. 50", log: &log) {
            if limit < 1 { log.error("out-of-range", "`feed_limit` must be at least 1", at: reader.location(node)) } else { site.feedLimit = limit }
        }
        if let node = fields["trusted_domains"], let domains = reader.strings(node, what: "trusted_domains", log: &log) {
            var seen: Set<String> = []
            site.trustedDomains = domains.compactMap { entry in
                guard let domain = trustedDomain(entry) else { return nil }
                guard seen.insert(domain).inserted else {
                    log.warning("duplicate-id", "`\(domain)` is listed twice in `trusted_domains`", at: entry.location, hint: "remove one of them")
                    return nil
                }
                return domain
            }
        }
        if let node = fields["languages"], let items = reader.strings(node, what: "languages", log: &log) {
            for item in items where !Decoder.isLanguageTag(item.value) {
                // Tags are the same in any case, but file names and addresses use them as written: one way each.
                let primary = item.value.prefix { $0 != "-" }
                let lowered = primary.lowercased() + item.value.dropFirst(primary.count)
                if Decoder.isLanguageTag(lowered) {
                    log.error("invalid-language", "write the language of `\(item.value)` in lower case: `\(lowered)`", at: item.location,
                              hint: "file names (`x.\(lowered).md`) and page addresses (`/\(lowered)/`) use the tag as site.yml writes it")
                } else {
                    // `English`, `中文`: a language's name; `zh_CN`: a locale's underscore.
                    let hyphenated = item.value.replacingOccurrences(of: "_", with: "-")
                    let meant = Decoder.languageNames[item.value.lowercased()] ?? (Decoder.isLanguageTag(hyphenated) ? hyphenated : nil)
                    log.error("invalid-language", "`\(item.value)` is not a BCP 47 language tag", at: item.location,
                              hint: meant.map { "write `\($0)`" + (item.value.contains("_") ? ": a tag's parts are joined by a hyphen" : "") } ?? "e.g. en, zh, zh-Hant")
                }
            }
            if items.isEmpty { log.error("missing-value", "`languages` needs at least one language", at: reader.location(node)) }
            var seen: Set<String> = []
            for item in items where !seen.insert(item.value).inserted {
                log.error("duplicate-id", "`\(item.value)` is listed twice in `languages`", at: item.location)
            }
            site.languages = items.filter { seen.remove($0.value) != nil }.map { Located(value: $0.value, location: $0.location) }
        }
        if let zone = text(fields, "timezone") {
            if let timeZone = TimeZone(identifier: zone.value), zone.value.contains("/") || zone.value == "UTC" {
                site.timeZone = timeZone
                // `Etc/GMT+8` is UTC−8: POSIX's sign is the other way round from what it seems to say.
                if zone.value.hasPrefix("Etc/GMT+"), case let hours = -timeZone.secondsFromGMT() / 3600, hours > 0 {
                    log.warning("inverted-timezone", "`\(zone.value)` is UTC−\(hours), \(hours) hours behind UTC, not UTC+\(hours): names under `Etc/` reverse the sign",
                                at: zone.location, hint: "for UTC+\(hours) write a city's zone (Asia/Shanghai for China) or Etc/GMT-\(hours); for a place behind UTC, its city's zone, e.g. America/New_York")
                }
            } else if zone.value.wholeMatch(of: /(?:UTC|GMT)\s*[+-]\s*[0-9]{1,2}(?::?[0-9]{2})?/) != nil {
                // `UTC+8`: an offset, which a zone's summer time would not follow.
                log.error("invalid-timezone", "`\(zone.value)` is an offset, not an IANA time zone", at: zone.location,
                          hint: "write the region/city name, e.g. Asia/Shanghai for UTC+8")
            } else if let meant = Decoder.zoneAliases[zone.value] {
                // `PRC`, `GMT`, `Hongkong`: IANA keeps them as old aliases of a region's zone.
                log.error("invalid-timezone", "`\(zone.value)` is an old alias in the IANA time zones, not the region/city name these files take", at: zone.location,
                          hint: "write `timezone: \(meant)`")
            } else if (2...5).contains(zone.value.count), zone.value.allSatisfy({ $0.isASCII && $0.isUppercase }) || TimeZone.abbreviationDictionary[zone.value] != nil {
                // `CST` is China's, Cuba's and the American Central time.
                log.error("invalid-timezone", "`\(zone.value)` is an abbreviation, which names different zones in different places, not an IANA time zone",
                          at: zone.location, hint: "write the region/city name, e.g. Asia/Shanghai")
            } else if TimeZone(identifier: zone.value) != nil {
                log.error("invalid-timezone", "`\(zone.value)` is an old alias in the IANA time zones, not the region/city name these files take", at: zone.location,
                          hint: "write the region/city name, e.g. Asia/Shanghai")
            } else {
                log.error("invalid-timezone", "`\(zone.value)` is not an IANA time zone", at: zone.location, hint: "e.g. Asia/Shanghai")
            }
        }
        if let node = fields["hotlines"], let items = reader.list(node, what: "hotlines", log: &log) {
            site.hotlinesLocation = fields.keyLocation("hotlines")
            // Every case's advice, and every flyer, closes with the hotlines (SPEC §4).
            if items.isEmpty {
                log.error("missing-value", "`hotlines` is empty: every case's advice and every flyer close with them", at: reader.location(node),
                          hint: "list at least one: - {label: Police, number: \"110\"}")
            }
            var dialled: Set<String> = []
            site.hotlines = items.compactMap { item -> Hotline? in
                guard let entry = reader.mapping(item, what: "a hotline", allowed: ["label", "number"], required: ["label", "number"],
                                               example: "- {label: Police, number: \"110\"}", log: &log),
                      let label = text(entry, "label"),
                      let numberNode = entry["number"], let number = reader.literal(numberNode, what: "number", log: &log) else {
                    site.hotlinesBroken = true
                    return nil
                }
                let hotline = Hotline(label: label.value, number: number)
                if number.wholeMatch(of: /[0-9+][0-9 ()-]*/) == nil {
                    site.hotlinesBroken = true
                    log.error("invalid-phone", "hotline number `\(number)` has characters that cannot be dialled", at: reader.location(numberNode),
                              hint: Decoder.hotlineHint(number))
                } else if !dialled.insert(hotline.dialled).inserted {
                    log.warning("duplicate-value", "hotline number `\(number)` is listed twice: pages and flyers would show it twice",
                                at: reader.location(numberNode), hint: "give one hotline both labels, or delete one")
                }
                return hotline
            }
        }
        return site
    }

    /// The logo is a PNG or JPEG among the site's assets: pages show it beside the title, RSS and
    /// Atom name it, flyers print it, and none of them may fetch it from another site.
    mutating func logo(_ value: Located<String>) -> SiteLogo? {
        let path = value.value
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let example = "/assets/" + (name.isEmpty ? "logo.png" : name)
        if path.contains("://") || path.hasPrefix("//") || path.lowercased().hasPrefix("data:") {
            log.error("invalid-logo", "`logo` must name a file in Templates/assets/, not an address: `\(path)`", at: value.location,
                      hint: "save the image in Templates/assets/ and write \(example); pages and flyers never load images from other sites")
            return nil
        }
        guard path.hasPrefix("/assets/") else {
            log.error("invalid-logo", "`logo` is read from Templates/assets/ and written as /assets/<file>: `\(path)`", at: value.location,
                      hint: "put the image in Templates/assets/ and write \(example)")
            return nil
        }
        let asset = String(path.dropFirst("/assets/".count))
        let parts = asset.split(separator: "/", omittingEmptySubsequences: false)
        guard !asset.contains("\\"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            log.error("invalid-logo", "`logo` must name a file inside Templates/assets/: `\(path)`", at: value.location, hint: "e.g. /assets/logo.png")
            return nil
        }
        let ext = SiteLogo.fileExtension(name)
        guard SiteLogo.extensions.contains(ext) else {
            log.error("invalid-logo", "the logo must be a PNG or JPEG image: `\(path)`", at: value.location,
                      hint: "flyers and RSS readers cannot show \(ext.isEmpty ? "a file without an extension" : "." + ext); export the logo as PNG")
            return nil
        }
        return SiteLogo(asset: asset, location: value.location)
    }

    // MARK: advice.yml

    struct RawAdvice {
        var id: Located<String>
        var text: String?
        var priority: Int?
        var kind: AdviceKind?
    }

    mutating func advice(_ file: ContentFile, translation: Bool) -> [RawAdvice] {
        guard let (source, reader, node) = yamlFile(file) else { return [] }
        // `never-share-sms-code: Never tell…`, one line an item: the ids are there, but each item is a mapping of its own.
        let name = file.path.split(separator: "/").last ?? "advice.yml"
        if case let .mapping(mapping) = node, mapping.keys.contains(where: { $0.scalar?.string == "id" }) {
            log.error("wrong-type", "`\(name)` is a list of items, even of one: this one has no `- ` before it",
                      at: reader.location(node), hint: "write `- id: …`, and indent its other keys by two spaces")
            return []
        }
        if case let .mapping(mapping) = node, let (key, value) = mapping.first, let id = key.scalar?.string {
            let text = value.scalar?.string ?? ""
            let item = translation ? "`- id: \(id)` then `  text: …`" : "`- id: \(id)` then `  priority: 1` and `  text: …`"
            log.error("wrong-type", "`\(name)` is a list of items, one for each piece of advice, found `\(id): \(text.count > 24 ? text.prefix(24) + "…" : text)`",
                      at: reader.location(key), hint: "write each as an item: \(item), as in the shipped file")
            return []
        }
        guard let items = reader.list(node, what: "the advice library", log: &log) else { return [] }
        if items.isEmpty, !translation {
            // One error, not one for every term that names an advice id.
            log.error("missing-value", "`advice.yml` holds no advice: every scam type and tactic names advice from it", at: reader.location(node),
                      hint: "write the library as a list of `- id: …` items with `text` and `priority`")
            return []
        }
        checkPublishedValues(node, reader: reader, source: source)
        let allowed = translation ? ["id", "text"] : ["id", "text", "priority", "kind"]
        let required = translation ? ["id", "text"] : ["id", "text", "priority"]
        var result: [RawAdvice] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let fields = reader.mapping(item, what: "an advice item", allowed: allowed, required: required, log: &log),
                  let id = text(fields, "id") else { continue }
            if !Decoder.isSlug(id.value) {
                let slug = Decoder.slugify(id.value)
                log.error("invalid-id", "advice id `\(id.value)` must be lowercase letters, digits and hyphens", at: id.location,
                          hint: slug.isEmpty ? nil : "write `\(slug)`")
            }
            if let first = seen[id.value] {
                log.error("duplicate-id", "advice id `\(id.value)` is defined twice, first on line \(first)", at: id.location,
                          hint: "keep one of the two, or give this one an id of its own")
                continue
            }
            seen[id.value] = id.location.line
            var advice = RawAdvice(id: id, text: text(fields, "text")?.value)
            if let node = fields["priority"] { advice.priority = reader.int(node, what: "priority", log: &log) }
            if let kind = text(fields, "kind") {
                advice.kind = AdviceKind(rawValue: kind.value)
                if advice.kind == nil {
                    log.error("invalid-value", "`kind` must be `do` or `dont`, found `\(kind.value)`", at: kind.location)
                }
                // "Never share your screen…" under Do, with a tick, reads as a rule to follow.
                if advice.kind == .do, let said = advice.text, AdviceItem.kind(readFrom: said) == .dont {
                    log.warning("advice-kind", "`kind: do`, but the text opens as a don't (“\(said.prefix(24))…”): pages and flyers would show it under Do, with a tick",
                                at: kind.location, hint: "write `kind: dont`, or leave `kind` out: a text opening with Never, Don't, 不要… is a don't")
                }
            }
            result.append(advice)
        }
        return result
    }

    // MARK: types/ and tactics/

    struct RawTerm {
        var kind: TermKind
        var id: String
        var lang: String?
        var file: String
        var name: String?
        var summary: String?
        var steps: [String]?
        var advice: [Located<String>]?
        var related: [Located<String>]?
        var threshold: Int?
        var cues: [Cue]?
        var needs: [String]?
        var body: String
        var bodyFirstLine: Int
        var location: SourceLocation
        var nameLocation: SourceLocation?
    }

    /// Words too common to tell one case from another.
    static let stopWords: Set<String> = ["a", "an", "the", "and", "or", "to", "of", "in", "on", "at", "is", "was", "it", "he", "she", "they",
                                         "you", "i", "for", "with", "by", "as", "be", "this", "that", "的", "了", "是", "在", "和", "他", "她", "我", "你"]

    /// The threshold of a type or tactic that does not set one.
    static let defaultThreshold = 3

    /// A `trusted_domains` entry as the host name it must be, lower-cased; nil (and an error) for
    /// anything else: a URL, a pattern, an IP address, or a suffix anyone can register under (cn,
    /// com.cn, or a hosting service's github.io: `PublicSuffixes`), which would trust every site under it.
    private mutating func trustedDomain(_ entry: (value: String, location: SourceLocation)) -> String? {
        let value = entry.value.trimmingWhitespace().lowercased()
        var host = value
        if let scheme = host.range(of: "://") { host = String(host[scheme.upperBound...]) }
        host = String(host.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        if host.hasPrefix("*.") { host.removeFirst(2) }
        if host.hasSuffix(".") { host.removeLast() }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        let isHost = !labels.isEmpty && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0 == "-" || $0.properties.isAlphabetic || $0.properties.numericType == .decimal }
        }
        guard isHost else {
            log.error("invalid-domain", "`\(entry.value)` in `trusted_domains` is not a domain name", at: entry.location,
                      hint: "write a host name only, e.g. gov.cn or 12321.cn")
            return nil
        }
        // A top-level domain, or a suffix anyone can register under (com.cn, github.io), trusts every site under it.
        guard labels.count > 1, !Decoder.isOpenSuffix(host) else {
            log.error("invalid-domain", "`\(host)` in `trusted_domains` is a domain anyone can register under: every site in it would be linked, scam sites included",
                      at: entry.location, hint: "name the sites, e.g. gov.cn or 12321.cn")
            return nil
        }
        guard !labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            log.error("invalid-domain", "`\(host)` in `trusted_domains` is an IP address, not a domain name", at: entry.location,
                      hint: "name the site's domain, e.g. 12321.cn")
            return nil
        }
        // Capitals and a final dot name the same host.
        guard host == value || host + "." == value else {
            log.error("invalid-domain", "`\(entry.value)` in `trusted_domains` is not a bare domain name", at: entry.location,
                      hint: "write `\(host)`: a domain covers its subdomains")
            return nil
        }
        return host
    }

    /// Second-level suffixes open to anyone: trusting one trusts every site registered under it.
    /// Whether anyone can register a site under `host` (`com.cn`, `github.io`): trusting it trusts them all.
    static func isOpenSuffix(_ host: String) -> Bool { openSuffixes.contains(host) || PublicSuffixes.contains(host) }

    static let openSuffixes: Set<String> = ["com.cn", "net.cn", "org.cn", "com.hk", "org.hk", "net.hk", "com.tw", "org.tw", "net.tw", "com.mo",
                                            "co.uk", "org.uk", "me.uk", "com.au", "net.au", "org.au", "co.jp", "ne.jp", "or.jp", "co.kr",
                                            "or.kr", "com.sg", "com.my", "co.nz", "co.in", "com.br", "co.za", "com.mx", "com.tr"]

    static func unreachable(_ threshold: Int, _ total: Int, _ kind: TermKind) -> String {
        "the threshold is \(threshold), but all the cues together weigh \(total): nothing would be tagged with this \(kind.singular)"
    }

    mutating func term(_ file: ContentFile, kind: TermKind) -> RawTerm? {
        guard let (source, reader, node) = frontMatter(file, keys: ["name", "summary", "cues", "needs", "advice", "threshold", "related", "steps"]),
              !misplaced(node, reader: reader, file: file, kind: .term) else { return nil }
        let translation = file.langSuffix != nil
        // `related` names scam types, for a tactic too (SPEC §2); steps tell how a scam type works.
        var allowed = ["name", "summary", "cues", "needs", "advice", "threshold", "related"]
        if kind == .scamType { allowed += ["steps"] }
        let required = translation ? [] : ["name", "summary", "cues", "advice"]
        guard let fields = reader.mapping(node, what: "the front matter", allowed: allowed, required: required, log: &log) else { return nil }
        var term = RawTerm(kind: kind, id: file.name, lang: file.langSuffix, file: file.path,
                           body: source.body, bodyFirstLine: source.bodyFirstLine, location: SourceLocation(file: file.path, line: 1))
        checkPublishedValues(node, reader: reader, source: source)
        let name = text(fields, "name")
        term.name = name?.value
        term.nameLocation = name?.location
        term.summary = text(fields, "summary")?.value
        if let node = fields["steps"], let steps = reader.strings(node, what: "steps", log: &log) { term.steps = steps.map(\.value) }
        term.advice = ids(fields, "advice")
        if !translation, term.advice?.isEmpty == true, let node = fields["advice"], case .sequence = node {
            log.warning("missing-value", "`advice` is empty: the \(kind.singular)'s page, and cases of it, give no advice of their own, only the hotlines",
                        at: reader.location(node), hint: "list advice ids from advice.yml, e.g. advice: [never-share-sms-code]")
        }
        term.related = ids(fields, "related")
        if let node = fields["threshold"], let threshold = reader.int(node, what: "threshold", limits: "of at least 1, e.g. 3", log: &log) {
            if threshold < 1 { log.error("out-of-range", "`threshold` must be at least 1", at: reader.location(node)) } else { term.threshold = threshold }
        }
        if let node = fields["cues"], let items = reader.list(node, what: "cues", log: &log) {
            var cues: [Cue] = []
            var listed: Set<String> = []
            for item in items {
                guard let cue = cue(reader, item) else { continue }
                // The same words twice count once (the first listing's weight): the second is a slip.
                if !listed.insert(cue.phrase.trimmingWhitespace().lowercased()).inserted {
                    log.warning("duplicate-cue", "the cue “\(cue.phrase)” is listed twice: it counts once, with its first weight",
                                at: reader.location(item), hint: "remove one of the two")
                }
                cues.append(cue)
            }
            term.cues = cues
            if items.isEmpty { log.error("missing-value", "`cues` is empty: nothing could ever be tagged with this \(kind.singular)", at: reader.location(node)) }
            // Distinct cues add their weights once: a threshold above them all can never be reached.
            // A translation's threshold may be its original's: `Resolver` checks those.
            let total = cues.reduce(0) { $0 + $1.weight }
            if !translation, !cues.isEmpty, total < term.threshold ?? Decoder.defaultThreshold {
                log.warning("unreachable-threshold", Decoder.unreachable(term.threshold ?? Decoder.defaultThreshold, total, kind),
                            at: reader.location(fields["threshold"] ?? node), hint: "lower the threshold, or add cues")
            }
        }
        if let node = fields["needs"], let needs = reader.strings(node, what: "needs", log: &log) {
            let phrases = needs.filter { need in
                guard need.value.contains(where: { $0 != "…" && $0 != "." && !$0.isWhitespace }), Tagger.Needle.parts(of: need.value).count == 1 else {
                    log.error("invalid-cue", "`needs` lists “\(need.value)”, which has no words to find, or a gap `…`", at: need.location,
                              hint: "list single words or phrases, e.g. needs: [courier, parcel]")
                    return false
                }
                return true
            }
            if needs.isEmpty {
                log.warning("missing-value", "`needs` is empty: leave it out when the \(kind.singular) needs no particular word", at: reader.location(node))
            }
            term.needs = phrases.map(\.value)
        }
        return term
    }

    private mutating func cue(_ reader: YAMLReader, _ node: Node) -> Cue? {
        guard let cue = anyCue(reader, node) else { return nil }
        if cue.phrase.allSatisfy({ $0 == "…" || $0 == "." || $0.isWhitespace }) {
            log.error("invalid-cue", "the cue “\(cue.phrase)” is only a gap: it has no words to find", at: reader.location(node),
                      hint: "write the words around the gap, e.g. 向…借 or borrowed … from")
            return nil
        }
        // A gap stands between two parts: at either end it finds nothing more than the words alone.
        let trimmed = cue.phrase.trimmingWhitespace()
        if trimmed.hasPrefix("…") || trimmed.hasSuffix("…") || trimmed.hasPrefix("...") || trimmed.hasSuffix("...") {
            log.error("invalid-cue", "the cue “\(cue.phrase)” has its gap `…` at an end: a gap stands between two parts",
                      at: reader.location(node), hint: "write the words only, or the words on both sides of the gap, e.g. borrowed … from")
            return nil
        }
        // A word every text has ("a", "the", 的) would count for every case.
        if Decoder.stopWords.contains(trimmed.lowercased()) {
            log.warning("weak-cue", "the cue “\(cue.phrase)” is a word nearly every text has: it counts for almost every case",
                        at: reader.location(node), hint: "name a phrase of this scam, e.g. “double compensation”")
        }
        // A cue has one gap at most (`Tagger.Needle`); a second would be read as text.
        if Tagger.Needle.parts(of: cue.phrase).count > 2 || cue.phrase.components(separatedBy: "…").count > 2 {
            log.error("invalid-cue", "the cue “\(cue.phrase)” has more than one gap `…`", at: reader.location(node),
                      hint: "a cue may leave one gap between two parts; split it into two cues")
            return nil
        }
        return cue
    }

    private mutating func anyCue(_ reader: YAMLReader, _ node: Node) -> Cue? {
        if case .mapping = node {
            guard let fields = reader.mapping(node, what: "a cue", allowed: ["phrase", "weight"], required: ["phrase"], log: &log),
                  let phrase = text(fields, "phrase") else { return nil }
            var weight = 1
            if let weightNode = fields["weight"], let value = reader.int(weightNode, what: "weight", limits: "between 1 and 10", log: &log) {
                guard (1...10).contains(value) else {
                    log.error("out-of-range", "cue weight must be between 1 and 10, found \(value)", at: reader.location(weightNode))
                    return nil
                }
                weight = value
            }
            return Cue(phrase: phrase.value, weight: weight)
        }
        return reader.string(node, what: "cue", log: &log).map { Cue(phrase: $0, weight: 1) }
    }

    // MARK: campaigns/

    struct RawCampaign {
        var id: String
        var lang: String?
        var file: String
        var title: String?
        var window: CampaignWindow?
        var focus: [Located<String>]?
        var headline: String?
        var titleLocation: SourceLocation?
        var headlineLocation: SourceLocation?
        var papers: [String]?
        var largePrint: Bool?
        var body: String
        var bodyFirstLine: Int
        /// The line of each key written.
        var keyLines: [String: Int] = [:]
    }

    mutating func campaign(_ file: ContentFile) -> RawCampaign? {
        guard let (source, reader, node) = frontMatter(file, keys: ["title", "window", "focus", "headline", "flyer"]),
              !misplaced(node, reader: reader, file: file, kind: .campaign) else { return nil }
        let translation = file.langSuffix != nil
        let required = translation ? [] : ["title", "window", "focus", "headline"]
        guard let fields = reader.mapping(node, what: "the front matter", allowed: ["title", "window", "focus", "headline", "flyer"],
                                          required: required, log: &log) else { return nil }
        var campaign = RawCampaign(id: file.name, lang: file.langSuffix, file: file.path, body: source.body, bodyFirstLine: source.bodyFirstLine)
        campaign.keyLines = fields.values.mapValues { reader.location($0.key).line }
        checkPublishedValues(node, reader: reader, source: source)
        let title = text(fields, "title")
        campaign.title = title?.value
        campaign.titleLocation = title?.location
        if let headline = text(fields, "headline") {
            // One line on banners and flyers: a line break would be lost on one and forced on the other.
            if headline.value.contains(where: \.isNewline) {
                log.error("invalid-value", "`headline` is one line for banners and flyers, but it has a line break", at: headline.location,
                          hint: "write it as one line; the campaign's body holds the rest")
            } else {
                campaign.headline = headline.value
                campaign.headlineLocation = headline.location
            }
        }
        campaign.focus = ids(fields, "focus")
        // `focus: fake-shopping` (no list) has its own error.
        if let focus = campaign.focus, focus.isEmpty, let node = fields["focus"], case .sequence = node {
            log.error("missing-value", "`focus` is empty: the campaign would gather no cases", at: reader.location(node),
                      hint: "list the scam types the season brings, e.g. focus: [fake-shopping]")
        }
        if let node = fields["window"], let window = reader.mapping(node, what: "`window`", allowed: ["start", "end", "from", "to"], required: [],
                                                                         example: "window: {start: \"11-01\", end: \"11-15\"}", log: &log) {
            let recurring = window.has("start") || window.has("end")
            let fixed = window.has("from") || window.has("to")
            if recurring && fixed {
                log.error("invalid-window", "`window` mixes `start`/`end` (every year) with `from`/`to` (one period)", at: window.location)
            } else if recurring {
                if let start = monthDay(window, "start"), let end = monthDay(window, "end") {
                    campaign.window = .recurring(start: start, end: end)
                    // A window that wraps the year end is a winter season (12-20 to 01-10); one of more than
                    // half a year is most likely `start` and `end` swapped (11-15 to 10-20 for 10-20 to 11-15).
                    let days = (end.month - start.month) * 30 + end.day - start.day
                    if end < start, days + 365 > 183, let endNode = window["end"] {
                        log.warning("long-window", "the window runs from \(start) to \(end) of the next year, about \(days + 365) days: is `start` after `end`?",
                                    at: reader.location(endNode), hint: "a season of the same year runs start: \"\(end)\", end: \"\(start)\"")
                    }
                    if start == end, start == MonthDay("02-29") {
                        log.warning("leap-day", "the window is 29 February alone: in three years of four the campaign is never in season",
                                    at: reader.location(node), hint: "end it on \"03-01\", or give it a longer window")
                    }
                }
            } else if fixed {
                if let from = date(window, "from"), let to = date(window, "to") {
                    if to.value.day < from.value.day {
                        log.error("invalid-window", "`window` ends (\(to.value.day)) before it starts (\(from.value.day))", at: to.location)
                    } else {
                        campaign.window = .fixed(from: from.value.day, to: to.value.day)
                    }
                } else {
                    for key in ["from", "to"] where !window.has(key) {
                        log.error("missing-key", "`window` needs `\(key)`", at: window.location)
                    }
                }
            } else {
                log.error("missing-key", "`window` needs `start` and `end` (MM-DD, every year) or `from` and `to` (dates)", at: window.location)
            }
        }
        if let node = fields["flyer"], let flyer = reader.mapping(node, what: "`flyer`", allowed: ["papers", "large_print"], required: [],
                                                                       example: "flyer: {papers: [a4, a5], large_print: true}", log: &log) {
            if let papersNode = flyer["papers"], let papers = reader.strings(papersNode, what: "papers", log: &log) {
                for paper in papers where !Decoder.papers.contains(paper.value) {
                    log.error("unknown-id", "unknown paper size `\(paper.value)`", at: paper.location,
                              hint: (Suggest.hint(paper.value, in: Decoder.papers).map { $0 + " " } ?? "") + "The sizes are a4, a5 and letter.")
                }
                if papers.isEmpty {
                    log.error("missing-value", "`papers` is empty", at: reader.location(papersNode),
                              hint: "list at least one of a4, a5 and letter, or leave `flyer` out for an A4 flyer")
                }
                var seen: Set<String> = []
                for paper in papers where !seen.insert(paper.value).inserted {
                    log.error("duplicate-id", "`\(paper.value)` is listed twice in `papers`", at: paper.location)
                }
                campaign.papers = Decoder.papers.filter { paper in papers.contains { $0.value == paper } }
            }
            if let large = flyer["large_print"] { campaign.largePrint = reader.bool(large, what: "large_print", log: &log) }
        }
        return campaign
    }

    private mutating func monthDay(_ fields: YAMLReader.Fields, _ key: String) -> MonthDay? {
        guard let node = fields[key] else {
            log.error("missing-key", "`window` needs `\(key)`", at: fields.location)
            return nil
        }
        guard let raw = fields.reader.literal(node, what: key, log: &log) else { return nil }
        guard let value = MonthDay(raw) else {
            // "02-30" is the right form with a day the month does not have; anything else, the wrong form.
            let parts = raw.split(separator: "-").map { Int($0) }
            let message: String
            let hint: String
            if parts.count == 2, raw.count == 5, let month = parts[0], let day = parts[1], (1...12).contains(month), day >= 1 {
                message = "`\(key)` is \"\(raw)\", but month \(month) has no day \(day)"
                hint = "the month has \(LocalDay.daysIn(month: month, year: 2024)) days"
            } else if parts.count == 2, raw.count == 5, let month = parts[0], !(1...12).contains(month) {
                message = "`\(key)` is \"\(raw)\", but there is no month \(month)"
                hint = "write the month first, then the day: \"MM-DD\""
            } else {
                message = "`\(key)` must be a day of the year as \"MM-DD\""
                // "1-10", "1/10", "1月10日": the day it names, written as it must be.
                let numbers = raw.split { !("0"..."9").contains($0) }.compactMap { Int($0) }
                func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
                if numbers.count == 2, (1...12).contains(numbers[0]), (1...LocalDay.daysIn(month: numbers[0], year: 2024)).contains(numbers[1]) {
                    hint = "write the month and the day with two digits each: \(key): \"\(twoDigits(numbers[0]))-\(twoDigits(numbers[1]))\""
                } else {
                    hint = "write the month and the day with two digits each, quoted: \(key): \"11-01\""
                }
            }
            log.error("invalid-date", message, at: fields.reader.location(node), hint: hint)
            return nil
        }
        return value
    }

    // MARK: cases/

    struct RawCase: Sendable {
        var slug: String
        var lang: String?
        var file: String
        var title: Located<String>?
        var date: Located<CaseDate>?
        var summary: Located<String>?
        var region: String?
        var scamTypes: [Located<String>]?
        var tactics: [Located<String>]?
        var channels: [Located<String>]?
        var loss: Loss?
        var indicators: [String]?
        var sources: [SourceLink]?
        var campaigns: [Located<String>]?
        var draft: Bool?
        var updated: Located<CaseDate>?
        var expires: Located<LocalDay>?
        var body: String
        var bodyFirstLine: Int
        var source: SourceText
        var declaredLines: [TermKind: Int] = [:]
        /// Keys written in the file (even with an invalid value), so a bad value is not also reported as missing.
        var writtenKeys: Set<String> = []
        /// The line of each key written.
        var keyLines: [String: Int] = [:]
        /// Front-matter lines holding `indicators`, exempt from the personal-data scan.
        var indicatorLines: ClosedRange<Int>?
    }

    /// The longest id or slug: with "-letter-large.pdf" after it, a name a file system still takes.
    static let longestID = 200

    static let caseKeys = ["title", "date", "summary", "region", "scam_types", "tactics", "channels", "loss", "indicators",
                           "sources", "campaigns", "draft", "updated", "expires"]

    /// IANA's old aliases (`backward`) for the zones of the places these sites serve, and for UTC.
    static let zoneAliases = [
        "PRC": "Asia/Shanghai", "ROC": "Asia/Taipei", "Hongkong": "Asia/Hong_Kong", "Singapore": "Asia/Singapore", "Japan": "Asia/Tokyo",
        "ROK": "Asia/Seoul", "GB": "Europe/London", "NZ": "Pacific/Auckland", "GMT": "UTC", "UCT": "UTC", "Universal": "UTC", "Zulu": "UTC",
        "Greenwich": "UTC", "GMT0": "UTC", "GMT+0": "UTC", "GMT-0": "UTC",
    ]

    /// What to write for a hotline number that cannot be dialled: one number each (`110 / 120`), the hours in the label
    /// (`110（24小时）`), half-width digits (`１１０`), a letter O or l typed for a digit (`11O`).
    static func hotlineHint(_ number: String) -> String {
        let halfWidth = String(number.unicodeScalars.map { scalar -> Character in
            (0xFF10...0xFF19).contains(scalar.value) ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar) : Character(scalar)
        })
        let dialable = /[0-9+][0-9 ()-]*/
        if halfWidth != number, halfWidth.wholeMatch(of: dialable) != nil { return "type the digits half-width: `\(halfWidth)`" }
        let parts = number.split(whereSeparator: { "/、,，;；|".contains($0) }).map { $0.trimmingWhitespace() }
        if parts.count > 1, parts.allSatisfy({ $0.wholeMatch(of: dialable) != nil }) {
            return "a hotline has one number: list \(parts.map { "`\($0)`" }.joined(separator: " and ")) as hotlines of their own"
        }
        if let match = number.wholeMatch(of: /(.*?)\s*(?i:ext\.?|extension|x|转|轉|分机|分機)\s*[0-9]+/), match.1.wholeMatch(of: dialable) != nil {
            return "an extension is not dialled from a page: write `number: \"\(match.1)\"`, and the extension in the label"
        }
        if let open = number.lastIndex(where: { "(（".contains($0) }), case let head = number[..<open].trimmingWhitespace(),
           head.wholeMatch(of: dialable) != nil, let close = number.lastIndex(where: { ")）".contains($0) }), close > open,
           number[number.index(after: close)...].allSatisfy(\.isWhitespace), number[open...close].contains(where: { !$0.isASCII || $0.isLetter }) {
            return "put what is in brackets in the label, and write `number: \"\(head)\"`"
        }
        let digits = String(number.map { "Oo".contains($0) ? "0" : "lI".contains($0) ? "1" : $0 })
        if digits != number, digits.wholeMatch(of: dialable) != nil { return "did you mean `\(digits)`, a letter typed for a digit?" }
        return "write digits, spaces, brackets, `-` and a leading `+` only; an extension or hours go in the label"
    }

    /// Languages' names written for their tags in `languages`.
    static let languageNames = [
        "english": "en", "chinese": "zh", "中文": "zh", "汉语": "zh", "漢語": "zh", "英文": "en", "英语": "en", "英語": "en", "简体中文": "zh-Hans",
        "繁体中文": "zh-Hant", "繁體中文": "zh-Hant", "cantonese": "yue", "粤语": "yue", "粵語": "yue", "malay": "ms", "tamil": "ta",
        "japanese": "ja", "korean": "ko", "french": "fr", "spanish": "es", "german": "de", "portuguese": "pt", "vietnamese": "vi", "thai": "th",
        "indonesian": "id", "hindi": "hi", "arabic": "ar", "russian": "ru",
    ]

    /// How a case key's value is written, for the hint when it is left empty.
    static let caseExamples = [
        "summary": "one or two sentences after `summary: `", "region": "`region: Chengdu, Sichuan`", "channels": "`channels: [phone, qq]`",
        "loss": "`loss: {amount: 4000, currency: CNY}`", "indicators": "each as a list item: `indicators:` then `  - https://…`",
        "sources": "each source as a list item: `sources:` then `  - {name: …, url: \"https://…\"}`",
        "campaigns": "`campaigns: [double-11]`", "updated": "`updated: YYYY-MM-DD`", "expires": "`expires: YYYY-MM-DD`",
    ]

    /// The case keys with keys of their own (a list item's for `sources`), and how they are written (`{them}`: "it" or "them").
    static let caseNested: [String: (keys: [String], example: String)] = [
        "loss": (["amount", "currency"], "indent {them} by two spaces under `loss:`, or write `loss: {amount: 4000, currency: CNY}`"),
        "sources": (["name", "url"], "write each source as a list item under `sources:`: `  - name: …` then `    url: …`, or `  - {name: …, url: \"https://…\"}`"),
    ]

    /// What to do with a file manager's copy of a file (`x.zh (1).md`, `x - 副本.md`, `x copy 2.md`; `name`
    /// without `.md`, `lang` the language after its last dot if that was read as one): nil for no copy.
    static func copyHint(_ name: String, lang: String?) -> String? {
        // `x.bak.md`, `x.old.md`: an editor's backup, which every `.md` under `Alerts/` would be published as.
        if let dot = name.lastIndex(of: "."), ["bak", "old", "orig", "backup", "tmp", "temp", "save"].contains(name[name.index(after: dot)...].lowercased()) {
            return "it looks like a backup of `\(name[..<dot]).md`: move it out of `Alerts/` (every `.md` file there is read as content), or delete it"
        }
        guard let copy = name.wholeMatch(of: /(.+?)(?:\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\s*(?:\(\d+\)|-?\s*(?:副本|[Cc]opy)(?:\s*\(?\d+\)?)?)/),
              case let original = Decoder.slugify(String(copy.1)), !original.isEmpty else { return nil }
        let suffix = (copy.2.map(String.init) ?? lang).map { "." + $0 } ?? ""
        return "it looks like a copy of `\(copy.1)\(suffix).md` made by a file manager: delete it, or give it a name of its own, such as `\(original)-2\(suffix).md`"
    }

    /// Whether a file's name is a valid id (a case's slug), which becomes its page's address; an
    /// error if not.
    mutating func checkName(_ file: ContentFile) -> Bool {
        // The id names folders and files of the site ("flyers/types/<id>-a4-large.pdf"): a file
        // system takes names of 255 bytes at most, which the build would only find when writing.
        if Decoder.isSlug(file.name), file.name.utf8.count > Decoder.longestID {
            log.error("invalid-slug", "file name `\(file.name.prefix(24))…` is \(file.name.utf8.count) characters long: \(file.role == .case ? "a slug" : "an id") may have \(Decoder.longestID) at most",
                      at: SourceLocation(file: file.path, line: 1), hint: "it becomes the names of the site's folders and files: rename the file to something shorter")
            return false
        }
        guard !Decoder.isSlug(file.name) else { return true }
        // A name with dots of its own (`2026-王女士被骗5.5万.zh`) keeps its language apart.
        var stem = file.name[...], lang = file.langSuffix
        if lang == nil, let dot = stem.lastIndex(of: "."), case let ending = stem[stem.index(after: dot)...],
           Decoder.isLanguageTag(String(ending)), ending.count == 2 || ending.hasPrefix("zh-") {
            (stem, lang) = (stem[..<dot], String(ending))
        }
        // A name in Chinese is offered in pinyin, as `new case` names a file (`2026-快递诈骗` → `2026-kuai-di-zha-pian`).
        let suggestion = Decoder.slugify(Scaffold.inLatinLetters(String(stem)))
        let what = file.role == .case ? "slug" : "id"
        var hint = suggestion.isEmpty ? "the \(what) becomes the page's permanent URL" : "rename it to `\(suggestion)\(lang.map { "." + $0 } ?? "").md`"
        if let copy = Self.copyHint(file.name, lang: file.langSuffix) { hint = copy }
        // `README.md`, `NOTES.md`: notes for editors, which a lower-case name would publish.
        if ["readme", "notes", "todo", "changelog", "license", "contributing"].contains(stem.lowercased()) {
            hint = "notes for editors do not belong here: every `.md` file in this folder is published; move it out of `Alerts/`"
        }
        log.error("invalid-slug", "file name `\(file.name)` is not a valid \(what): use lowercase letters, digits and hyphens",
                  at: SourceLocation(file: file.path, line: 1), hint: hint)
        return false
    }

    mutating func `case`(_ file: ContentFile) -> RawCase? {
        _ = checkName(file)
        guard let (source, reader, node) = frontMatter(file, keys: Decoder.caseKeys),
              !misplaced(node, reader: reader, file: file, kind: .case) else { return nil }
        guard let fields = reader.mapping(node, what: "the front matter", allowed: Decoder.caseKeys, required: [], nested: Decoder.caseNested, log: &log) else { return nil }
        var item = RawCase(slug: file.name, lang: file.langSuffix, file: file.path, body: source.body,
                           bodyFirstLine: source.bodyFirstLine, source: source)
        // A misspelt key counts as written: "did you mean `title`?" is its one error, not also "missing `title`".
        item.writtenKeys = Set(fields.values.keys).union(fields.suggested)
        item.keyLines = fields.values.mapValues { reader.location($0.key).line }
        // `title:` or `loss:` with nothing after it is not the key left out (a translation inherits a key it
        // leaves out): what the editor meant to write is not there, and nothing would say so.
        for name in Decoder.caseKeys where !fields.suggested.contains(name) {
            // (`region: &Beijing` is told as an anchor already, on its line.)
            guard let entry = fields.values[name], entry.value.isNullScalar, case let at = reader.location(entry.key),
                  !log.all.contains(where: { $0.severity == .error && $0.file == at.file && $0.line == at.line }) else { continue }
            log.error("missing-value", "`\(name)` has no value", at: at,
                      hint: name == "date" ? "date: YYYY-MM-DD"
                          : name == "draft" ? "draft: true keeps the case unpublished; delete the line to publish it"
                          : name == "title" && file.langSuffix == nil ? "write the case's headline"
                          : file.langSuffix != nil && ["title", "summary", "region"].contains(name) ? "write it in this file's language, or leave the key out to keep the original's"
                          : name == "scam_types" || name == "tactics" ? "write `\(name): []` for none, or leave the key out to have them worked out from the text"
                          : "write \(Decoder.caseExamples[name] ?? "its value after `\(name): `"), or delete the line")
        }
        item.title = text(fields, "title")
        item.date = date(fields, "date")
        // `cases/2025/` holding a case dated 2026: a file saved in last year's folder, or a date typed wrong.
        if let date = item.date, let folder = file.relative.split(separator: "/").dropLast().last(where: { $0.count == 4 && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
           let year = Int(folder), (1990...2200).contains(year), year != date.value.day.year {
            log.warning("folder-year", "the case is dated \(date.value.day.year) but is in the folder `\(folder)/`", at: date.location,
                        hint: "check the date; if it is right, move the file to `cases/\(date.value.day.year)/`")
        }
        item.summary = text(fields, "summary")
        item.region = text(fields, "region")?.value
        item.scamTypes = ids(fields, "scam_types")
        item.tactics = ids(fields, "tactics")
        if item.scamTypes != nil { item.declaredLines[.scamType] = fields.keyLocation("scam_types").line }
        if item.tactics != nil { item.declaredLines[.tactic] = fields.keyLocation("tactics").line }
        item.channels = ids(fields, "channels")
        item.campaigns = ids(fields, "campaigns")
        for channel in item.channels ?? [] where !Decoder.channels.contains(channel.value) {
            let social = ["social", "social media", "social-media", "weibo", "douyin", "tiktok", "facebook", "whatsapp", "telegram", "社交", "社交媒体"].contains(channel.value.lowercased())
            // `[phone、wechat]` typed with a Chinese keyboard's commas is one channel to YAML.
            let parts = channel.value.split { "，、；".contains($0) }.map { $0.trimmingWhitespace() }
            // `[phone sms]`: the comma left out.
            let words = channel.value.split(separator: " ")
            let meant = social ? "name where it happened: `wechat`, `qq`, or `app` for another app"
                : parts.count > 1 ? "separate the channels with `,` (a comma typed in English): \(parts.joined(separator: ", "))"
                : words.count > 1 && words.allSatisfy({ Decoder.channels.contains(String($0)) }) ? "separate the channels with commas, [\(words.joined(separator: ", "))], or write one `- ` line for each"
                : Decoder.channelAliases[channel.value.lowercased()].map { "did you mean `\($0)`?" }
            log.error("unknown-id", "unknown channel `\(YAMLReader.visible(channel.value))`", at: channel.location,
                      hint: meant ?? Suggest.hint(channel.value, in: Decoder.channels) ?? "channels: \(Decoder.channels.joined(separator: ", "))")
        }
        if let node = fields["draft"] { item.draft = reader.bool(node, what: "draft", log: &log) }
        // The body `new case` wrote, left in a case about to be published.
        if item.draft != true, let leftover = Scaffold.leftoverPlaceholder(in: source.body),
           let index = source.body.splitLines().firstIndex(where: { $0.contains(leftover) }) {
            log.warning("scaffold-text", "the body still holds the placeholder “\(leftover)” that `new case` wrote",
                        at: SourceLocation(file: file.path, line: source.bodyFirstLine + index), hint: "replace it with the case's own text")
        }
        item.updated = date(fields, "updated")
        if let expires = date(fields, "expires") { item.expires = Located(value: expires.value.day, location: expires.location) }
        // `{amount: ￥48,000元, currency: CNY}`: inside braces the comma ends the value, and `000元` reads as a
        // key. The amount as written is told once, at the amount.
        var cut: (keys: [String], amount: Node)?
        if let node = fields["loss"], case let .mapping(mapping) = node {
            var keys: [String] = []
            var amountNode: Node?
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { break }
                if name == "amount" { amountNode = value; continue }
                let digits = name.utf8.prefix { (0x30...0x39).contains($0) }.count
                if amountNode != nil, digits == 3, value.isNullScalar { keys.append(name) } else if amountNode != nil { break }
            }
            if let amountNode, let written = amountNode.scalar?.string, !keys.isEmpty {
                cut = (keys, amountNode)
                let whole = ([written] + keys).joined(separator: ",")
                log.error("wrong-type", "`amount` must be a plain number, found `\(whole)`, which YAML cuts at its comma inside `{…}`",
                          at: reader.location(amountNode), hint: "write digits only: amount: \(whole.filter { $0.isASCII && $0.isNumber })")
            }
        }
        if let node = fields["loss"], !fields.suggested.contains("loss"), let loss = reader.mapping(node, what: "`loss`", allowed: ["amount", "currency"] + (cut?.keys ?? []), required: ["amount", "currency"],
                                                                     example: "loss: {amount: 4000, currency: CNY}", log: &log) {
            var amount = cut != nil ? nil : loss["amount"].flatMap { reader.decimal($0, what: "amount", log: &log) }
            if let value = amount, value < 0, let amountNode = loss["amount"] {
                log.error("negative-amount", "`amount` cannot be negative", at: reader.location(amountNode))
                amount = nil
            }
            // Pages show two decimals; a trillion is more than any case, and more digits than are kept exactly.
            if let value = amount, let amountNode = loss["amount"] {
                var rounded = Decimal()
                var exact = value
                NSDecimalRound(&rounded, &exact, 2, .plain)
                if value >= 1_000_000_000_000 {
                    log.error("out-of-range", "`amount` (\(amountNode.scalar?.string ?? "\(value)")) is a trillion or more: a typing error?", at: reader.location(amountNode),
                              hint: "write the amount in units of the currency, e.g. amount: 3000")
                    amount = nil
                } else if rounded != value {
                    log.error("out-of-range", "`amount` (\(value)) has more than two decimals, which pages cannot show",
                              at: reader.location(amountNode), hint: "round it to the cent, e.g. amount: 3000.50")
                    amount = nil
                }
            }
            var currency = text(loss, "currency")
            if let code = currency, !ISO4217.codes.contains(code.value) {
                let upper = code.value.uppercased()
                log.error("invalid-currency", "`\(YAMLReader.visible(code.value))` is not an ISO 4217 currency code", at: code.location,
                          hint: ISO4217.codes.contains(upper) ? "did you mean `\(upper)`?"
                            : Decoder.currencyNames[code.value.lowercased()].map { "did you mean `\($0)`?" } ?? "e.g. CNY, USD, HKD")
                currency = nil
            }
            // A currency with no smaller unit (yen, won, dong…) has whole amounts only.
            var whole = Decimal(), exact = amount ?? 0
            NSDecimalRound(&whole, &exact, 0, .plain)
            if let value = amount, let code = currency, ISO4217.wholeUnits.contains(code.value), value != whole {
                log.error("out-of-range", "`amount` (\(value)) has decimals, but \(code.value) has no smaller unit",
                          at: loss["amount"].map { reader.location($0) } ?? code.location, hint: "write a whole amount")
                amount = nil
            }
            if let amount, let currency { item.loss = Loss(amount: amount, currency: currency.value) }
        }
        if let node = fields["indicators"] {
            let indicators = reader.strings(node, what: "indicators", log: &log)
            item.indicators = indicators?.map(\.value)
            for indicator in indicators ?? [] { checkIndicator(indicator.value, at: indicator.location) }
            let start = fields.keyLocation("indicators").line
            let nextKey = fields.values.values.map { reader.location($0.key).line }.filter { $0 > start }.min()
            let end = nextKey.map { $0 - 1 } ?? (source.bodyFirstLine - 2)
            item.indicatorLines = start...max(start, end)
        }
        checkPublishedValues(node, reader: reader, source: source, skippingKey: "indicators", skippingLines: item.indicatorLines)
        if let node = fields["sources"], !fields.suggested.contains("sources"), let entries = reader.list(node, what: "sources", log: &log) {
            item.sources = entries.compactMap { entry in
                guard let source = reader.mapping(entry, what: "a source", allowed: ["name", "url"], required: ["name", "url"],
                                                    example: "- {name: City Police, url: \"https://…\"}", log: &log),
                      let name = text(source, "name"), let url = url(source, "url", public: true) else { return nil }
                return SourceLink(name: name.value, url: url.value)
            }
        }
        if item.draft != true { reportExampleValues(item, fields, log: &log) }
        return item
    }

    /// The example values `new case` wrote for its commented keys, uncommented and left as they are:
    /// its summary, indicator and source say what no case said; its region and loss count only beside
    /// one of those (a case in Chengdu may well lose 4,000 yuan).
    private func reportExampleValues(_ item: RawCase, _ fields: YAMLReader.Fields, log: inout DiagnosticLog) {
        let examples = Scaffold.examples
        var kept: [(key: String, value: String)] = []
        if item.summary?.value == examples.summary { kept.append(("summary", examples.summary)) }
        if item.indicators?.contains(examples.indicator) == true { kept.append(("indicators", examples.indicator)) }
        if item.sources?.contains(examples.source) == true { kept.append(("sources", examples.source.url)) }
        guard !kept.isEmpty else { return }
        if item.region == examples.region { kept.append(("region", examples.region)) }
        if let loss = item.loss, loss.amount == examples.loss.amount, loss.currency == examples.loss.currency { kept.append(("loss", "\(examples.loss.amount) \(examples.loss.currency)")) }
        for (key, value) in kept.sorted(by: { fields.keyLocation($0.key).line < fields.keyLocation($1.key).line }) {
            log.warning("scaffold-text", "`\(key)` still holds the example “\(value)” that `new case` wrote", at: fields.keyLocation(key),
                        hint: "replace it with the case's own \(key == "loss" ? "loss" : "text"), or delete the line")
        }
    }

    static func slugify(_ name: String) -> String {
        // Accented Latin letters keep their base letters: Ünïcödé → unicode, Straße → strasse.
        let latin = name.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? name
        let lowered = latin.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        return String(lowered).split(separator: "-").joined(separator: "-")
    }
}
