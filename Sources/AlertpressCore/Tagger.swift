import Foundation

/// Where a cue was found: the words as written in the case, and their file line.
public struct Evidence: Sendable, Equatable, Codable {
    public var id: String
    public var phrase: String
    public var line: Int
}

/// Scores a case text against the cues of a taxonomy.
///
/// Each distinct cue found adds its weight once; a term is tagged when its score reaches its
/// threshold, so one weak word alone never tags a case. Latin-script cues match whole words,
/// case-insensitively, with common English inflections (refund, refunds, refunded, refunding);
/// cues containing CJK characters match as substrings, ignoring line breaks and spaces.
struct Tagger {
    /// A cue prepared for matching: stemmed words (Latin) or lower-cased UTF-8 without spaces (CJK).
    enum Needle: Sendable, Equatable {
        case words([String])
        case characters([UInt8])

        init(_ phrase: String) {
            if phrase.unicodeScalars.contains(where: Tagger.isCJK) {
                self = .characters(Array(phrase.lowercased().filter { !$0.isWhitespace }.utf8))
            } else {
                self = .words(Tagger.tokens(phrase).map { Tagger.stem($0.lowercased()) })
            }
        }
    }

    struct Score: Equatable {
        var id: String
        var score: Int
        var threshold: Int
        var evidence: [Evidence]
    }

    private let words: [(stem: String, text: Substring, line: Int)]
    /// Positions of each stem in `words`, so a cue is looked up rather than searched for.
    private let positions: [String: [Int]]
    /// Non-space scalars as written, with their lines.
    private let compact: [(scalar: Unicode.Scalar, line: Int)]
    /// `compact` lower-cased as UTF-8, and for each byte the index of its scalar in `compact`.
    private let compactBytes: [UInt8]
    private let characterAtByte: [Int32]

    init(_ text: NumberedText) {
        var words: [(String, Substring, Int)] = []
        var compact: [(Unicode.Scalar, Int)] = []
        var bytes: [UInt8] = []
        var owners: [Int32] = []
        for (number, line) in text.lines {
            for word in Tagger.tokens(line) { words.append((Tagger.stem(word.lowercased()), word, number)) }
            for scalar in line.unicodeScalars {
                let owner = Int32(compact.count)
                if scalar.isASCII {
                    let value = UInt8(scalar.value)
                    if value == 0x20 || (0x09...0x0D).contains(value) { continue }
                    compact.append((scalar, number))
                    bytes.append((0x41...0x5A).contains(value) ? value | 0x20 : value)
                    owners.append(owner)
                } else if Tagger.isCJK(scalar) {
                    compact.append((scalar, number))
                    bytes.append(contentsOf: scalar.utf8)
                    owners.append(contentsOf: repeatElement(owner, count: scalar.utf8.count))
                } else {
                    if scalar.properties.isWhitespace { continue }
                    compact.append((scalar, number))
                    let lowered = scalar.properties.changesWhenLowercased ? scalar.properties.lowercaseMapping : String(scalar)
                    let utf8 = lowered.unicodeScalars.count == 1 ? lowered.utf8 : String(scalar).utf8
                    bytes.append(contentsOf: utf8)
                    owners.append(contentsOf: repeatElement(owner, count: utf8.count))
                }
            }
        }
        self.words = words
        var positions: [String: [Int]] = [:]
        for (index, word) in words.enumerated() { positions[word.0, default: []].append(index) }
        self.positions = positions
        self.compact = compact
        self.compactBytes = bytes
        self.characterAtByte = owners
    }

    /// Scores every term; returns those with any evidence, highest first.
    func scores(_ terms: [Term]) -> [Score] {
        terms.compactMap { term -> Score? in
            var seen = Set<String>()
            var total = 0
            var evidence: [Evidence] = []
            for cue in term.cues {
                guard let hit = find(cue.needle), seen.insert(cue.key).inserted else { continue }
                total += cue.weight
                evidence.append(Evidence(id: term.id, phrase: hit.text, line: hit.line))
            }
            guard total > 0 else { return nil }
            evidence.sort { ($0.line, $0.phrase) < ($1.line, $1.phrase) }
            return Score(id: term.id, score: total, threshold: term.threshold, evidence: evidence)
        }.sorted { ($1.score, $0.id) < ($0.score, $1.id) }
    }

    /// Tagged ids with their evidence. For scam types, terms far below the best match are dropped
    /// (`relativeCut`): a narrative about a fake refund that mentions a parcel is not a courier scam.
    func tag(_ terms: [Term], relativeCut: Double) -> [Score] { Tagger.passing(scores(terms), relativeCut: relativeCut) }

    /// The scores (highest first, as `scores` returns them) that reach their threshold and the relative cut.
    static func passing(_ scores: [Score], relativeCut: Double) -> [Score] {
        let passing = scores.filter { $0.score >= $0.threshold }
        guard let best = passing.first?.score else { return [] }
        return passing.filter { Double($0.score) >= relativeCut * Double(best) }
    }

    func find(_ phrase: String) -> (text: String, line: Int)? { find(Needle(phrase)) }

    func find(_ prepared: Needle) -> (text: String, line: Int)? {
        switch prepared {
        case .characters(let needle):
            guard !needle.isEmpty, needle.count <= compactBytes.count else { return nil }
            // memchr finds each candidate first byte, memcmp checks the rest; a match that starts
            // inside a scalar's UTF-8 bytes is skipped.
            let found: Int? = compactBytes.withUnsafeBytes { haystack -> Int? in
                needle.withUnsafeBytes { pattern -> Int? in
                    guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                    // Anchor on the third byte: in CJK text lead bytes repeat, continuation bytes vary.
                    let anchor = min(2, needle.count - 1)
                    let anchorByte = Int32(needle[anchor])
                    var offset = anchor
                    while offset + needle.count - anchor <= haystack.count,
                          let hit = memchr(base + offset, anchorByte, haystack.count - offset - (needle.count - anchor) + 1) {
                        let position = base.distance(to: UnsafeRawPointer(hit)) - anchor
                        if memcmp(base + position, patternBase, needle.count) == 0,
                           position == 0 || characterAtByte[position - 1] != characterAtByte[position] { return position }
                        offset = position + anchor + 1
                    }
                    return nil
                }
            }
            guard let offset = found else { return nil }
            let start = Int(characterAtByte[offset])
            let end = Int(characterAtByte[offset + needle.count - 1])
            return (String(String.UnicodeScalarView(compact[start...end].map(\.scalar))), compact[start].line)
        case .words(let needle):
            return findWords(needle)
        }
    }

    private func findWords(_ needle: [String]) -> (text: String, line: Int)? {
        guard let first = needle.first, let starts = positions[first] else { return nil }
        outer: for start in starts where start + needle.count <= words.count {
            for offset in 1..<max(1, needle.count) where words[start + offset].stem != needle[offset] { continue outer }
            let matched = words[start..<(start + needle.count)].map { String($0.text) }.joined(separator: " ")
            return (matched, words[start].line)
        }
        return nil
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Latin-script words: runs of letters and digits (apostrophes inside a word kept); CJK text breaks words.
    static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let value = scalar.value
                return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
            }
            if isCJK(scalar) { return false }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordScalar(scalar)
                || (start != nil && !scalar.isASCII && [.nonspacingMark, .spacingMark].contains(scalar.properties.generalCategory))
                || (start != nil && (scalar == "'" || scalar == "’") && next < scalars.endIndex && isWordScalar(scalars[next])) {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(Substring(scalars[begin..<index]))
                start = nil
            }
            index = next
        }
        if let begin = start { result.append(Substring(scalars[begin...])) }
        return result
    }

    /// A light English stemmer, applied to both cue and text so inflections meet:
    /// refunds/refunded/refunding → refund; parties → party; shares/shared/sharing → shar.
    static func stem(_ word: String) -> String {
        var w = word.unicodeScalars.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word
        if w.hasSuffix("'s") { w.removeLast(2) }
        guard w.count > 3, w.allSatisfy({ $0.isASCII }) else { return w }
        func strip(_ suffix: String) -> Bool {
            guard w.hasSuffix(suffix), w.count - suffix.count >= 3 else { return false }
            w.removeLast(suffix.count)
            return true
        }
        if strip("ies") || strip("ied") {
            w += "y"
        } else if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if strip("ing") || strip("ed") {
            if let last = w.last, w.count > 3, w.dropLast().last == last, !"lsz".contains(last) { w.removeLast() }
        } else if w.hasSuffix("es"), ["ches", "shes", "xes", "zes", "sses"].contains(where: { w.hasSuffix($0) }) {
            w.removeLast(2)
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.hasSuffix("e"), w.count > 3 { w.removeLast() }
        return w
    }
}
