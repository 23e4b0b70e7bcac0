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
    /// Non-space characters as written, with their lines.
    private let compact: [(character: Character, line: Int)]
    /// `compact` lower-cased as UTF-8, and for each byte the index of its character in `compact`.
    private let compactBytes: [UInt8]
    private let characterAtByte: [Int32]

    init(_ text: NumberedText) {
        var words: [(String, Substring, Int)] = []
        var compact: [(Character, Int)] = []
        for (number, line) in text.lines {
            for word in Tagger.tokens(line) { words.append((Tagger.stem(word.lowercased()), word, number)) }
            for character in line where !character.isWhitespace { compact.append((character, number)) }
        }
        self.words = words
        var positions: [String: [Int]] = [:]
        for (index, word) in words.enumerated() { positions[word.0, default: []].append(index) }
        self.positions = positions
        self.compact = compact
        let lowered = compact.map { $0.0.lowercased().count == 1 ? $0.0.lowercased() : String($0.0) }
        var bytes: [UInt8] = []
        var owners: [Int32] = []
        for (index, character) in lowered.enumerated() {
            bytes.append(contentsOf: character.utf8)
            owners.append(contentsOf: repeatElement(Int32(index), count: character.utf8.count))
        }
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
                let key = cue.phrase.lowercased()
                guard !seen.contains(key), let hit = find(cue.needle) else { continue }
                seen.insert(key)
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
    func tag(_ terms: [Term], relativeCut: Double) -> [Score] {
        let passing = scores(terms).filter { $0.score >= $0.threshold }
        guard let best = passing.first?.score else { return [] }
        return passing.filter { Double($0.score) >= relativeCut * Double(best) }
    }

    func find(_ phrase: String) -> (text: String, line: Int)? { find(Needle(phrase)) }

    func find(_ prepared: Needle) -> (text: String, line: Int)? {
        switch prepared {
        case .characters(let needle):
            guard let first = needle.first, needle.count <= compactBytes.count else { return nil }
            var offset = 0
            let last = compactBytes.count - needle.count
            while offset <= last {
                if compactBytes[offset] == first, compactBytes[offset..<(offset + needle.count)].elementsEqual(needle),
                   offset == 0 || characterAtByte[offset - 1] != characterAtByte[offset] {
                    let start = Int(characterAtByte[offset])
                    let end = Int(characterAtByte[offset + needle.count - 1])
                    return (String(compact[start...end].map(\.character)), compact[start].line)
                }
                offset += 1
            }
            return nil
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
        var start: String.Index?
        var index = text.startIndex
        func isWordCharacter(_ character: Character) -> Bool {
            guard let scalar = character.unicodeScalars.first else { return false }
            return (character.isLetter || character.isNumber) && !isCJK(scalar)
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if isWordCharacter(character) || (start != nil && (character == "'" || character == "’") && next < text.endIndex && isWordCharacter(text[next])) {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(text[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start { result.append(text[begin...]) }
        return result
    }

    /// A light English stemmer, applied to both cue and text so inflections meet:
    /// refunds/refunded/refunding → refund; parties → party; shares/shared/sharing → shar.
    static func stem(_ word: String) -> String {
        var w = word.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word
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
