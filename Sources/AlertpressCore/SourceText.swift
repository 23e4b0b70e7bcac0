import Foundation

/// A text file decoded and split into front matter and body, with line numbers kept.
struct SourceText: Sendable {
    /// The display path used in diagnostics.
    let path: String
    /// Whole file, UTF-8 decoded, BOM removed, line endings normalised to `\n`.
    let text: String
    /// The YAML between the `---` lines (without them); nil for plain YAML files.
    let frontMatter: String?
    /// 1-based file line where `frontMatter` starts.
    let frontMatterFirstLine: Int
    /// The Markdown after the closing `---`.
    let body: String
    /// 1-based file line where `body` starts.
    let bodyFirstLine: Int
    /// The characters `decode` left out, for a warning each (the first `Removed.reported`).
    let removed: [Removed]

    /// A control character or noncharacter left out of the text, where it was; or (as `\r`) the first lone CR of a
    /// file whose other lines end otherwise, read as a line break.
    struct Removed: Sendable, Equatable {
        let line: Int
        let column: Int
        let scalar: Unicode.Scalar

        /// How many of a file's are warned about one by one; the last warning counts the rest.
        static let reported = 10
    }

    enum Problem: Error, Equatable {
        /// `gbk`: every byte past ASCII pairs up as GBK (GB 18030) does, what Windows saves Chinese text as.
        case invalidUTF8(line: Int, column: Int, gbk: Bool = false)
        /// A NUL byte: no text file holds one; every other byte NUL is UTF-16.
        case nulByte(line: Int, column: Int, utf16: Bool)
        case empty
        /// `nearMiss`: the first line, when it is dashes that are not `---` (`—`, `----`). `fenceLine`: the
        /// line of a `---` that only blank lines come before.
        case missingFrontMatter(nearMiss: String? = nil, fenceLine: Int? = nil)
        /// The first line is `---` to the eye, with an invisible character (a second BOM, U+200B) in it.
        case hiddenInFence(Unicode.Scalar)
        /// `nearMiss`: the first line after it made of dashes that are not `---`, and its number.
        case unterminatedFrontMatter(nearMiss: NearMiss? = nil)
    }

    struct NearMiss: Equatable {
        let line: Int
        let text: String
    }

    /// Whether a line is dashes that an editor meant as `---`: a word processor's dash (`—`, `——`),
    /// or more or fewer hyphens (`----`, `--`), from the first column.
    /// `---` after spaces, a tab or an invisible character (`  ---`, `\u{200B}---`), which closes no front matter.
    static func hidesFence(_ line: Substring) -> Bool {
        let rest = line.drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format } }
        return rest.count < line.count && rest.trimmingWhitespace() == "---"
    }

    static func looksLikeFence(_ line: Substring) -> Bool {
        let dashes: Set<Character> = ["-", "—", "–", "―", "─", "－", "‐", "‑", "‒", "⸺", "⸻", "﹣", "━"]
        let trimmed = line.trimmingWhitespace()
        return trimmed != "---" && line.first.map { !$0.isWhitespace } == true && (1...8).contains(trimmed.count)
            && trimmed.allSatisfy { dashes.contains($0) } && (trimmed.count > 1 || trimmed != "-")
    }

    /// Decodes bytes as UTF-8, normalises line endings and leaves out characters HTML and XML
    /// cannot hold (`removingInvalidCharacters`), saying where the first one was.
    static func decode(_ data: Data) -> Result<(text: String, removed: [Removed]), Problem> {
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // UTF-16's byte-order mark: the text's own encoding, whatever its script.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.nulByte(line: 1, column: 1, utf16: true)) }
        if let nul = bytes.withUnsafeBytes({ raw in raw.baseAddress.flatMap { base in memchr(base, 0, raw.count).map { base.distance(to: UnsafeRawPointer($0)) } } }) {
            let lineStart = bytes[..<nul].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            // UTF-16 of Latin text: a NUL beside nearly every other byte.
            let sample = bytes.prefix(64)
            let utf16 = sample.count >= 8 && sample.indices.filter { sample[$0] == 0 }.count * 3 >= sample.count
            if utf16 { return .failure(.nulByte(line: 1, column: 1, utf16: true)) }
            return .failure(.nulByte(line: bytes[..<lineStart].count { $0 == UInt8(ascii: "\n") } + 1,
                                     column: String(decoding: bytes[lineStart..<nul], as: UTF8.self).unicodeScalars.count + 1, utf16: false))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(firstInvalidUTF8(bytes))
        }
        let normalised = withLineFeeds(text)
        let cleaned = normalised.removingInvalidCharacters
        if cleaned.isBlank { return .failure(.empty) }
        // A lone CR among lines that end otherwise (pasted from an old Mac file): a line break to YAML and to
        // every line number here, though an editor may show the two lines as one. Told once, where it is.
        var loneCR: [Removed] = []
        if bytes.contains(UInt8(ascii: "\n")), let index = bytes.indices.first(where: { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }) {
            let before = withLineFeeds(String(decoding: bytes[..<index], as: UTF8.self))
            let lastLine = before[(before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex)...]
            loneCR = [Removed(line: before.utf8.count { $0 == 0x0A } + 1, column: lastLine.unicodeScalars.count + 1, scalar: "\r")]
        }
        return .success((cleaned, loneCR + (cleaned.utf8.count == normalised.utf8.count ? [] : removed(normalised))))
    }

    /// `text` with each CRLF and each lone CR as one LF: every line number counts them so.
    static func withLineFeeds(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "\r")) ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }

    private static func removed(_ text: String) -> [Removed] {
        var line = 1
        var column = 1
        var found: [Removed] = []
        for scalar in text.unicodeScalars {
            if String.isLeftOut(scalar) || String.isSeparator(scalar) { found.append(Removed(line: line, column: column, scalar: scalar)) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return found
    }

    /// Whether every byte past ASCII pairs up as in GBK and GB 18030 (a lead 0x81–0xFE, then
    /// 0x40–0xFE but 0x7F; or four bytes with digits second and fourth).
    static func looksLikeGBK(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var pairs = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return false }
            let second = bytes[index + 1]
            if (0x30...0x39).contains(second) {
                guard index + 3 < bytes.count, (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3]) else { return false }
                index += 4
            } else {
                guard (0x40...0xFE).contains(second), second != 0x7F else { return false }
                index += 2
            }
            pairs += 1
        }
        return pairs > 0
    }

    /// Locates the first byte that is not valid UTF-8, as line and column. In a file that reads
    /// as GBK, the column is that of the GBK character, counting each earlier one as one.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Problem {
        if looksLikeGBK(bytes) {
            var line = 1, column = 1, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    // The first character past ASCII that is not also valid UTF-8 decides; a GBK pair such as
                    // C3 B0 reads as UTF-8 too, so count from the start of the run of such characters.
                    var end = index
                    while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
                    if String(validating: bytes[index..<end], as: UTF8.self) == nil { return .invalidUTF8(line: line, column: column, gbk: true) }
                    column += String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.count
                    index = end
                    continue
                }
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.count
                || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return .invalidUTF8(line: line, column: prefix.unicodeScalars.count + 1)
            }
            if byte == 0x0A { line += 1; lineStart = end }
            index = end
        }
        return .invalidUTF8(line: line, column: 1)
    }

    /// A Markdown file with front matter between a first line `---` and the next line `---`.
    static func markdown(path: String, data: Data) -> Result<SourceText, Problem> {
        switch decode(data) {
        case .failure(let problem): return .failure(problem)
        case .success(let (text, removed)):
            // Lines are found by their "\n" bytes, and only up to the closing `---`: splitting the
            // whole file into lines and joining the body again was most of this function's time.
            // The closing line is `---` (or YAML's document end, `...`) from its first column: an
            // indented one is a block value's text, and keys after it would be published as text,
            // `draft: true` among them.
            func isFence(_ line: Substring, closing: Bool) -> Bool {
                // A closing line that does not start with `-` or `.` is none, and trimming it would copy it.
                if closing, line.utf8.first != UInt8(ascii: "-"), line.utf8.first != UInt8(ascii: ".") { return false }
                let trimmed = line.trimmingWhitespace()
                return trimmed == "---" || (closing && trimmed == "...") || isFenceWithComment(trimmed)
            }
            // `--- # front matter`: YAML's document marker may carry a comment.
            func isFenceWithComment(_ trimmed: String) -> Bool {
                guard trimmed.hasPrefix("---"), let first = trimmed.dropFirst(3).first, first == " " || first == "\t" else { return false }
                return trimmed.dropFirst(3).trimmingWhitespace().hasPrefix("#")
            }
            var lineStart = text.startIndex
            var yamlStart = text.startIndex
            var number = 0
            while true {
                let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
                let next = lineEnd < text.endIndex ? text.utf8.index(after: lineEnd) : lineEnd
                if number == 0 {
                    guard isFence(text[lineStart..<lineEnd], closing: false) else {
                        let line = text[lineStart..<lineEnd]
                        let hidden = line.unicodeScalars.first { $0.properties.generalCategory == .format }
                        if let hidden, String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.properties.generalCategory != .format })).trimmingWhitespace() == "---" {
                            return .failure(.hiddenInFence(hidden))
                        }
                        let lines = text[lineStart...].split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: false)
                        let blank = lines.prefix { $0.trimmingWhitespace().isEmpty }.count
                        let fence = blank > 0 && lines.dropFirst(blank).first.map { isFence($0, closing: false) } == true
                        return .failure(.missingFrontMatter(nearMiss: looksLikeFence(line) ? String(line.trimmingWhitespace()) : nil,
                                                            fenceLine: fence ? blank + 1 : nil))
                    }
                    yamlStart = next
                } else if isFence(text[lineStart..<lineEnd], closing: true) {
                    let yaml = number == 1 ? "" : String(text[yamlStart..<text.utf8.index(before: lineStart)])
                    // A file that ends on the closing line has no line after it: what is said of the
                    // empty body is said there.
                    return .success(SourceText(path: path, text: text, frontMatter: yaml, frontMatterFirstLine: 2,
                                               body: String(text[next...]), bodyFirstLine: lineEnd == text.endIndex ? number + 1 : number + 2,
                                               removed: removed))
                }
                guard lineEnd < text.endIndex else {
                    // The line the editor meant as the closing one, if one looks like it.
                    var number = 1
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
                        number += 1
                        if looksLikeFence(line) { return .failure(.unterminatedFrontMatter(nearMiss: NearMiss(line: number, text: String(line.trimmingWhitespace())))) }
                        // `  ---`, `\u{200B}---`: what stands before the dashes is shown, invisible characters as code points.
                        if hidesFence(line) {
                            let shown = String(line[..<(line.lastIndex { !$0.isWhitespace }.map(line.index(after:)) ?? line.startIndex)]).showingCodePoints { $0.properties.generalCategory == .format || $0 == "\t" || $0.value == 0x3000 }
                            return .failure(.unterminatedFrontMatter(nearMiss: NearMiss(line: number, text: shown)))
                        }
                    }
                    return .failure(.unterminatedFrontMatter())
                }
                lineStart = next
                number += 1
            }
        }
    }

    /// A plain YAML file (`site.yml`, `advice.yml`).
    static func yaml(path: String, data: Data) -> Result<SourceText, Problem> {
        decode(data).map {
            SourceText(path: path, text: $0.text, frontMatter: $0.text, frontMatterFirstLine: 1, body: "", bodyFirstLine: 1, removed: $0.removed)
        }
    }
}

extension String {
    /// Without C0/C1 control characters other than tab and newline, and without noncharacters
    /// (U+FDD0–U+FDEF, U+FFFE, U+FFFF, U+1FFFE …): they are invalid in HTML and XML. Without bidi
    /// controls (`isBidiControl`) either: an override shows `‮87654321931` as a phone number the text
    /// does not hold. Line and paragraph separators (U+2028, U+2029) become spaces.
    var removingInvalidCharacters: String {
        // Control characters are U+0000–U+001F, U+007F and U+0080–U+009F (UTF-8 C2 80–C2 9F);
        // the embeddings and overrides E2 80 AA–AE, the marks E2 80 8E–8F and D8 9C, the isolates E2 81 A6–A9
        // and the separators E2 80 A8–A9. Noncharacters are
        // U+FDD0–U+FDEF (EF B7 90–AF), U+FFFE–U+FFFF (EF BF BE–BF), and the last two of every other
        // plane (a four-byte character ending in ?F BF BE–BF). The text is valid UTF-8, so only a
        // character's first byte is looked at, and the rest of it skipped.
        var text = self
        let suspect = text.withUTF8 { bytes -> Bool in
            let count = bytes.count
            func byte(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
            var index = 0
            while index < count {
                let lead = bytes[index]
                switch lead {
                case ..<0x20 where lead != 0x09 && lead != 0x0A, 0x7F: return true
                case ..<0xC0: index += 1
                case ..<0xE0:
                    if lead == 0xC2, byte(index + 1) <= 0x9F { return true }
                    if lead == 0xD8, byte(index + 1) == 0x9C { return true }
                    index += 2
                case ..<0xF0:
                    let (second, third) = (byte(index + 1), byte(index + 2))
                    if lead == 0xE2, second == 0x80, (0xA8...0xAE).contains(third) || third == 0x8E || third == 0x8F { return true }
                    if lead == 0xE2, second == 0x81, (0xA6...0xA9).contains(third) { return true }
                    if lead == 0xEF, (second == 0xB7 && (0x90...0xAF).contains(third)) || (second == 0xBF && third >= 0xBE) { return true }
                    index += 3
                default:
                    if byte(index + 1) & 0x0F == 0x0F, byte(index + 2) == 0xBF, byte(index + 3) >= 0xBE { return true }
                    index += 4
                }
            }
            return false
        }
        guard suspect else { return self }
        var kept = String.UnicodeScalarView()
        for scalar in unicodeScalars where !Self.isLeftOut(scalar) { kept.append(Self.isSeparator(scalar) ? " " : scalar) }
        return String(kept)
    }

    /// The text as any output shows it, for the personal-data scan: `removingInvalidCharacters`,
    /// and without U+FFFD, which CommonMark makes of `&#0;` and the feeds leave out
    /// (`139&#0;1234&#0;5678` is 13912345678 in a feed).
    var asPublished: String {
        var valid = removingInvalidCharacters
        // U+FFFD is EF BF BD; its last byte is rare in other characters' bytes, the whole never.
        let replaced = valid.withUTF8 { bytes in
            var at = 2
            while at < bytes.count {
                if bytes[at] == 0xBD, bytes[at - 1] == 0xBF, bytes[at - 2] == 0xEF { return true }
                at += 1
            }
            return false
        }
        guard replaced else { return valid }
        return String(String.UnicodeScalarView(valid.unicodeScalars.filter { $0 != "\u{FFFD}" }))
    }

    /// U+2028 and U+2029 end a line for YAML, not to an editor's eye: they are read as a space.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{2028}" || scalar == "\u{2029}" }

    static func isLeftOut(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar != "\n"
            && (scalar.properties.generalCategory == .control || scalar.properties.isNoncharacterCodePoint || Self.isBidiControl(scalar))
    }

    /// The embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and marks (U+200E, U+200F,
    /// U+061C) that reorder what a reader sees: `call ⁧400 123 4567⁩` shows its groups backwards.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }
}

/// Lines of a text with their 1-based file line numbers.
struct NumberedText: Sendable {
    var lines: [(number: Int, text: String)]

    init(_ text: String, firstLine: Int) {
        lines = text.splitLines().enumerated().map {
            (number: firstLine + $0.offset, text: String($0.element))
        }
    }

    init(lines: [(number: Int, text: String)]) { self.lines = lines }
}

extension String {
    /// The lines of the text: what `split(separator: "\n", omittingEmptySubsequences: false)`
    /// returns, found on UTF-8 bytes rather than characters. A "\n" is a character of its own
    /// unless it follows "\r" ("\r\n" is one character), so only that one is not a split.
    func splitLines() -> [Substring] {
        var lines: [Substring] = []
        var lineStart = startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                lines.append(self[lineStart..<index])
                lineStart = next
            }
            previous = byte
            index = next
        }
        lines.append(self[lineStart...])
        return lines
    }
}

extension String {
    /// Every occurrence of `target` replaced, found on UTF-8 bytes (memchr for its first byte, then
    /// memcmp): `replacingOccurrences(of:with:)` goes through Foundation's locale-aware search, which
    /// took a twentieth of a build on page bodies. `target` is matched as bytes, so it should be
    /// ASCII or whole characters.
    public func replacingBytes(_ target: String, with replacement: String) -> String {
        var text = self
        var target = target
        return text.withUTF8 { bytes in
            target.withUTF8 { needle -> String? in
                guard let base = bytes.baseAddress, let pattern = needle.baseAddress, !needle.isEmpty, needle.count <= bytes.count else { return nil }
                var output: [UInt8] = []
                var copied = 0
                var offset = 0
                while offset + needle.count <= bytes.count,
                      let hit = memchr(base + offset, Int32(pattern[0]), bytes.count - needle.count + 1 - offset) {
                    let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + position, pattern, needle.count) == 0 {
                        if output.isEmpty { output.reserveCapacity(bytes.count + 64) }
                        output += bytes[copied..<position]
                        output += replacement.utf8
                        copied = position + needle.count
                        offset = copied
                    } else {
                        offset = position + 1
                    }
                }
                guard copied > 0 else { return nil }
                output += bytes[copied...]
                return String(decoding: output, as: UTF8.self)
            }
        } ?? self
    }
}

extension StringProtocol {
    /// Without leading and trailing white space and line breaks (Unicode White_Space), without bridging to NSString.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace }) else { return "" }
        // Copied as UTF-8 bytes: a new scalar view would append the scalars one by one.
        let end = scalars.index(after: last)
        let utf8 = self.utf8
        return String(decoding: utf8[first..<end], as: UTF8.self)
    }

    /// Empty, or only white space and line breaks.
    var isBlank: Bool { unicodeScalars.allSatisfy(\.isWhiteSpace) }
}

extension Unicode.Scalar {
    /// Unicode White_Space; ASCII is told without the property tables, which most text is.
    var isWhiteSpace: Bool { value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace }

    /// Full-width ASCII (ＱＱ, ＡＰＰ, １２３, ＠, －) as the ASCII it stands for; every other scalar as it is.
    var narrowed: Unicode.Scalar {
        (0xFF01...0xFF5E).contains(value) ? Unicode.Scalar(UInt8(value - 0xFEE0)) : self
    }
}

/// A text file that is not content (a template): UTF-8, without a BOM, lines ending in `\n`, every
/// character kept; when its bytes are not UTF-8 text, the error says where and what they are, as
/// for a content file.
public enum TextFile: Sendable {
    case text(String)
    case notText(Diagnostic)

    public static func read(_ data: Data, path: String) -> TextFile {
        // A template's own characters are the editor's markup: only bytes that are not UTF-8 stop it.
        if let text = String(validating: data, as: UTF8.self), !data.contains(0) {
            let unmarked = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            return .text(SourceText.withLineFeeds(unmarked))
        }
        var decoder = Decoder(timeZone: TimeZone(identifier: "UTC") ?? .current)
        if case .failure(let problem) = SourceText.decode(data) { decoder.report(problem, file: path) }
        return .notText(decoder.log.all.first ?? Diagnostic(file: path, line: 1, column: 1, severity: .error, code: "invalid-utf8",
                                                            message: "the file is not valid UTF-8", hint: "save the file as UTF-8"))
    }
}
