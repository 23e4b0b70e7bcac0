import Foundation

/// Where a cue was found: the words as written in the case, their file line, and the cue's weight
/// (for pages, which show the telling phrases; `check --format json` lists every one, without it).
public struct Evidence: Sendable, Equatable, Codable {
    public var id: String
    public var phrase: String
    public var line: Int
    public var weight = 1

    public init(id: String, phrase: String, line: Int, weight: Int = 1) {
        self.id = id
        self.phrase = phrase
        self.line = line
        self.weight = weight
    }

    private enum CodingKeys: String, CodingKey { case id, phrase, line }
}

/// Scores a case text against the cues of a taxonomy.
///
/// Each distinct cue found adds its weight once; a term is tagged when its score reaches its
/// threshold, so one weak word alone never tags a case. Latin-script cues match whole words,
/// case-insensitively, with common English inflections (refund, refunds, refunded, refunding);
/// cues containing CJK characters match as substrings, ignoring line breaks, spaces and quotation
/// marks, in Simplified or Traditional characters. Full-width letters and digits (ＱＱ, ＡＰＰ) are
/// read as their ASCII forms. A cue's words are found within one sentence, which may wrap over
/// lines of a paragraph. Where cues of one term overlap in the text ("lost parcel" and
/// "parcel"), only the heaviest counts there. Cues in advice to readers (`AdviceText`), and in
/// sentences that say what did not happen ("No one asked her for a code"), count only for a
/// tactic that the rest of the case already gives evidence of, never for a scam type. Personal pronouns match one another ("pay her
/// back" is "pay him back"), and a tactic's cue right after a negation ("she did not share her
/// screen"), or after a Chinese one earlier in its clause (对方并没有让她下载), is no evidence there,
/// unless the negation is a condition ("if she did not…", 如果没有…).
struct Tagger {
    /// A cue prepared for matching: stemmed words (Latin) or lower-cased UTF-8 without spaces (CJK).
    /// A cue may have one gap, written "…" (`向…借`, `borrowed … from`): a few words or characters
    /// of any kind between its two parts (`Tagger.gapWords`, `Tagger.gapCharacters`). `split` is
    /// where the second part starts in the needle (0: no gap).
    enum Needle: Sendable, Hashable {
        case words([String], split: Int)
        case characters([UInt8], split: Int)

        /// Its words, or its bytes: of two cues that overlap in a text, the longer counts first.
        var length: Int {
            switch self {
            case .words(let words, _): words.count
            case .characters(let characters, _): characters.count
            }
        }

        init(_ phrase: String) {
            let parts = Array(Needle.parts(of: phrase).prefix(2))
            if phrase.unicodeScalars.contains(where: Tagger.isCJK) {
                let encoded = parts.map { part in
                    var scalars = String.UnicodeScalarView()
                    for scalar in part.unicodeScalars.map(\.narrowed) where !scalar.properties.isWhitespace && !Tagger.isQuotationMark(scalar) {
                        scalars.append(scalar)
                    }
                    return Array(String(scalars).lowercased().utf8)
                }
                self = .characters(encoded.joined().map { $0 }, split: Self.split(encoded.map(\.count)))
            } else {
                let encoded = parts.map { Tagger.tokens($0).map(Tagger.key) }
                self = .words(encoded.flatMap { $0 }, split: Self.split(encoded.map(\.count)))
            }
        }

        /// The phrase cut at its gaps: runs of `…` or of three or more dots with text on both sides
        /// ("向……借" has one gap, a trailing "稍等……" none). A cue may have one (`Decoder` refuses more).
        static func parts(of phrase: String) -> [String] {
            // Most cues have no byte of either mark.
            guard phrase.utf8.contains(where: { $0 == 0xE2 || $0 == UInt8(ascii: ".") }) else { return [phrase] }
            var parts: [Substring] = []
            var partStart = phrase.startIndex
            var index = phrase.startIndex
            while index < phrase.endIndex {
                let run = phrase[index...].prefix { $0 == "…" || $0 == "." }
                let isGap = run.contains("…") || run.count >= 3
                guard isGap else {
                    index = run.isEmpty ? phrase.index(after: index) : run.endIndex
                    continue
                }
                parts.append(phrase[partStart..<index])
                partStart = run.endIndex
                index = run.endIndex
            }
            parts.append(phrase[partStart...])
            let kept = parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            return kept.isEmpty ? [phrase] : kept
        }

        /// Where the second part starts; 0 when there is no gap or a part is empty.
        private static func split(_ counts: [Int]) -> Int {
            counts.count == 2 && counts.allSatisfy { $0 > 0 } ? counts[0] : 0
        }
    }

    /// Punctuation that ends a clause, which the gap of a cue does not cross.
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F,  // ! , . : ; ?
             0x3002, 0xFF01, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F: true  // 。！，：；？
        default: false
        }
    }

    /// At most this many words, or CJK characters, between the two parts of a cue with a gap.
    static let gapWords = 4
    static let gapCharacters = 8

    struct Score: Equatable {
        var id: String
        var score: Int
        var threshold: Int
        var evidence: [Evidence]
    }

    private struct Word {
        /// The word's key (lower-cased and stemmed), as an index into `stems`.
        var stem: Int32
        /// The run (`AdviceText.runs`: a sentence, or a line of advice) the word is in.
        var run: Int32
        /// Where the word is in its run's text, in UTF-8 bytes.
        var text: Range<Int>
        /// Where the word is in `compactBytes`, so that word and character cues share one measure of overlap.
        var bytes: Range<Int>
    }

    /// The runs of the text, each with its line and whether it is advice to readers.
    private let runs: [AdviceText.Run]
    /// Whether each run is advice, apart: reading it from `runs` copied the run's text.
    private let isAdvice: [Bool]
    /// The sentence each run is part of, numbered in order: a cue's words are all in one sentence
    /// ("a safe. Account details…" is no "safe account"), which a line break may wrap.
    private let sentence: [Int32]
    private let words: [Word]
    /// The distinct keys of the words, by their index, and that index by key.
    private let stems: [String]
    private let stemIndex: [String: Int32]
    /// Where each key first is in `words`, and for each word where its key is next (-1: nowhere),
    /// so a cue is looked up rather than searched for.
    private let firstWord: [Int32]
    private let nextWord: [Int32]
    /// Non-space scalars as written, and the run of each.
    private let compact: [Unicode.Scalar]
    private let compactRuns: [Int32]
    /// `compact` lower-cased as UTF-8, and for each byte the index of its scalar in `compact`.
    private let compactBytes: [UInt8]
    private let characterAtByte: [Int32]
    /// A bit for the first three and the first four bytes of each scalar of `compactBytes`, hashed:
    /// a CJK cue whose opening bytes have no bit is not in the text, and is not searched for.
    /// Empty when the text has no CJK character, so that no CJK cue can be in it.
    private let openings: [UInt64]
    /// The scalars of `compactBytes` by their first three bytes, hashed into `chainBuckets`
    /// buckets: where the first scalar of each bucket starts (-1: none), and after each start the
    /// next one of its bucket, so that a CJK cue is compared only where its first character is.
    /// Empty without CJK, as `openings`.
    private let chainHeads: [Int32]
    private let chainNext: [Int32]
    private static let chainBuckets = 1 << 12

    init(_ text: NumberedText) {
        let runs = AdviceText.runs(text)
        var reader = Reader(bytes: runs.reduce(0) { $0 + $1.text.utf8.count })
        for (index, run) in runs.enumerated() {
            var runText = run.text
            runText.withUTF8 { reader.read($0, run: Int32(index)) }
        }
        self.runs = runs
        isAdvice = runs.map(\.isAdvice)
        var number: Int32 = -1
        sentence = runs.map { run in
            if !run.continues || number < 0 { number += 1 }
            return number
        }
        words = reader.words
        stems = reader.stems
        stemIndex = reader.stemIndex
        firstWord = reader.firstWord
        nextWord = reader.nextWord
        compact = reader.compact
        compactRuns = reader.compactRuns
        compactBytes = reader.bytes
        characterAtByte = reader.owners
        let owners = reader.owners
        var openings = [UInt64](repeating: 0, count: reader.hasCJK ? Tagger.openingBits / 64 : 0)
        var heads = [Int32](repeating: -1, count: reader.hasCJK ? Tagger.chainBuckets : 0)
        var next = [Int32](repeating: -1, count: reader.hasCJK ? owners.count : 0)
        if reader.hasCJK {
            reader.bytes.withUnsafeBufferPointer { bytes in
                // Backwards, so that each chain lists its starts in order.
                for start in bytes.indices.reversed() where start + 3 <= bytes.count && (start == 0 || owners[start - 1] != owners[start]) {
                    var value = UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]) << 16
                    let bucket = Tagger.chainBucket(value)
                    next[start] = heads[bucket]
                    heads[bucket] = Int32(start)
                    var bit = Tagger.openingBit(value)
                    openings[bit >> 6] |= 1 << (bit & 63)
                    guard start + 4 <= bytes.count else { continue }
                    value |= UInt32(bytes[start + 3]) << 24
                    bit = Tagger.openingBit(value)
                    openings[bit >> 6] |= 1 << (bit & 63)
                }
            }
        }
        self.openings = openings
        chainHeads = heads
        chainNext = next
    }

    private static func chainBucket(_ value: UInt32) -> Int { openingBit(value) & (chainBuckets - 1) }

    /// Reads the runs of a text into the words and compact bytes `Tagger` searches.
    private struct Reader {
        var words: [Word] = []
        var stems: [String] = []
        var stemIndex: [String: Int32] = [:]
        var firstWord: [Int32] = []
        var lastWord: [Int32] = []
        var nextWord: [Int32] = []
        var compact: [Unicode.Scalar] = []
        var compactRuns: [Int32] = []
        var bytes: [UInt8] = []
        var owners: [Int32] = []
        var hasCJK = false

        /// Room for a text of `bytes` UTF-8 bytes, made at once: growing the tables as they filled cost
        /// about 4 % of `check`.
        init(bytes: Int) {
            let words = bytes / 5
            self.words.reserveCapacity(words)
            nextWord.reserveCapacity(words)
            stemIndex.reserveCapacity(words / 2)
            compact.reserveCapacity(bytes)
            compactRuns.reserveCapacity(bytes)
            self.bytes.reserveCapacity(bytes)
            owners.reserveCapacity(bytes)
        }

        mutating func read(_ utf8: UnsafeBufferPointer<UInt8>, run: Int32) {
            var scanner = WordScanner<Int>()
            var wordBytes = 0
            var offset = 0
            while offset < utf8.count {
                let (scalar, length) = Tagger.decode(utf8, at: offset)
                let wasInWord = scanner.isInWord
                if let word = scanner.feed(scalar, at: offset) { add(word, of: utf8, run: run, bytes: wordBytes) }
                if !wasInWord, scanner.isInWord { wordBytes = bytes.count }
                offset += length
                let owner = Int32(compact.count)
                let folded = scalar.narrowed
                if folded.isASCII {
                    let value = UInt8(folded.value)
                    if value == 0x20 || (0x09...0x0D).contains(value) || value == 0x22 || value == 0x27 { continue }
                    bytes.append((0x41...0x5A).contains(value) ? value | 0x20 : value)
                    owners.append(owner)
                } else if Tagger.isCJK(scalar) {
                    hasCJK = true
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[(offset - length)..<offset]))
                    owners.append(contentsOf: repeatElement(owner, count: length))
                } else {
                    if scalar.properties.isWhitespace || Tagger.isQuotationMark(scalar) { continue }
                    let lowered = scalar.properties.changesWhenLowercased ? scalar.properties.lowercaseMapping : String(scalar)
                    let utf8 = lowered.unicodeScalars.count == 1 ? lowered.utf8 : String(scalar).utf8
                    bytes.append(contentsOf: utf8)
                    owners.append(contentsOf: repeatElement(owner, count: utf8.count))
                }
                compact.append(scalar)
                compactRuns.append(run)
            }
            if let word = scanner.finish(at: utf8.count) { add(word, of: utf8, run: run, bytes: wordBytes) }
        }

        /// A word of the run, whose compact bytes start at `start`.
        private mutating func add(_ range: Range<Int>, of utf8: UnsafeBufferPointer<UInt8>, run: Int32, bytes start: Int) {
            let word = UnsafeBufferPointer(rebasing: utf8[range])
            let key = word.allSatisfy { $0 < 0x80 } ? Tagger.stemASCII(word, lowercasing: true)
                : Tagger.key(Substring(String(decoding: word, as: UTF8.self)))
            let position = Int32(words.count)
            let stem: Int32
            if let known = stemIndex[key] {
                stem = known
                nextWord[Int(lastWord[Int(stem)])] = position
                lastWord[Int(stem)] = position
            } else {
                stem = Int32(stems.count)
                stemIndex[key] = stem
                stems.append(key)
                firstWord.append(position)
                lastWord.append(position)
            }
            words.append(Word(stem: stem, run: run, text: range, bytes: start..<bytes.count))
            nextWord.append(-1)
        }
    }

    /// The scalar whose UTF-8 encoding starts at `offset` of valid UTF-8, and its length.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[offset])
        let value: UInt32, length: Int
        switch lead {
        case ..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
        case ..<0xE0: value = (lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F); length = 2
        case ..<0xF0: value = (lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F); length = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12 | UInt32(utf8[offset + 2] & 0x3F) << 6
                | UInt32(utf8[offset + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static let openingBits = 1 << 16

    /// The bit of `openings` that a text in which a characters needle is must have: that of its
    /// first three or four bytes; nil when its first part is shorter.
    static func opening(of needle: [UInt8], split: Int) -> Int? {
        let firstLength = split > 0 ? split : needle.count
        guard firstLength >= 3 else { return nil }
        var value: UInt32 = 0
        for offset in 0..<min(firstLength, 4) { value |= UInt32(needle[offset]) << (8 * offset) }
        return openingBit(value)
    }

    /// The bit of a cue's or a text position's first three or four bytes (little-endian in `value`).
    private static func openingBit(_ value: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(value) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The cues of a list of terms, laid out once for all the cases scored against them: plain
    /// numbers, stems and bytes in three flat arrays. Scoring reads them through buffer pointers and
    /// copies no shared value, whose reference counts the two tagging threads used to fight over.
    struct Cues: Sendable {
        fileprivate struct Entry: Sendable {
            /// Index of the cue's needle, shared by its Traditional form.
            var key: Int
            var weight: Int
            var isWords: Bool
            /// The needle: `words[start..<start + count]` or `bytes[start..<start + count]`.
            var start: Int
            var count: Int
            /// Where its second part starts (`Needle`); 0 without a gap.
            var split: Int
            /// The bit in `Tagger.openings` a text that has a characters cue has (`Tagger.opening`); -1: none to test.
            var opening: Int
        }

        fileprivate struct TermEntry: Sendable {
            var id: String
            var threshold: Int
            /// Heaviest and longest first: where cues overlap in the text, the first one found there counts.
            var entries: Range<Int>
        }

        fileprivate let terms: [TermEntry]
        fileprivate let entries: [Entry]
        /// The words of the needles, as indexes into `vocabulary`'s keys.
        fileprivate let words: [Int32]
        fileprivate let bytes: [UInt8]
        /// Every key (lower-cased, stemmed word) of the word cues, numbered.
        fileprivate let vocabulary: [String: Int32]
        /// The word entries by their first word: a text's few distinct keys find the cues that
        /// may be in it, instead of every word cue looking its key up in every text.
        fileprivate let byFirstWord: [[Int]]
        /// The characters entries, which only a text with CJK characters can have.
        fileprivate let characterEntries: [Int]
        /// Whether each term needs a word named (`Term.needs`: its entries of weight 0).
        fileprivate let needsWord: [Bool]

        init(_ terms: [Term]) {
            self.init(terms, variants: TraditionalForms(of: [terms], known: nil).forms)
        }

        /// The cues of each list, laid out in parallel, with the Traditional forms of their Chinese cues.
        static func of(_ lists: [[Term]], traditional: TraditionalForms) -> [Cues] {
            Parallel.map(lists) { Cues($0, variants: traditional.forms) }
        }

        private init(_ terms: [Term], variants: [String: String]) {
            var keys: [Needle: Int] = [:]
            var termEntries: [TermEntry] = []
            var entries: [Entry] = []
            var vocabulary: [String: Int32] = [:]
            var words: [Int32] = []
            var bytes: [UInt8] = []
            for term in terms {
                var prepared: [(needle: Needle, key: Int, weight: Int, length: Int)] = []
                var listed: Set<Int> = []
                for cue in term.cues {
                    let needle = Needle(cue.phrase)
                    let key = keys[needle] ?? keys.count
                    keys[needle] = key
                    // A cue listed twice, or two that match the same words (borrow, borrowed), count once: the first listing.
                    guard listed.insert(key).inserted else { continue }
                    prepared.append((needle, key, cue.weight, needle.length))
                    // The Traditional forms count as the same cue, also when the list names one too.
                    let others = (variants[cue.phrase].map(Tagger.regionalForms) ?? []) + Tagger.simplifiedVariants(cue.phrase)
                    for other in others where other != cue.phrase {
                        let variant = Needle(other)
                        if keys[variant] == nil { keys[variant] = key }
                        listed.insert(keys[variant] ?? key)
                        prepared.append((variant, key, cue.weight, needle.length))
                    }
                }
                // What the term needs is laid out as cues of weight 0, after the others: each is
                // looked for on its own, as a cue listed too (快递 is both) may have been found first.
                for need in term.needs {
                    let needle = Needle(need)
                    let key = keys[needle] ?? keys.count
                    keys[needle] = key
                    var forms = [need]
                    for form in (variants[need].map(Tagger.regionalForms) ?? []) + Tagger.simplifiedVariants(need) where !forms.contains(form) {
                        forms.append(form)
                    }
                    for form in forms { prepared.append((Needle(form), key, 0, needle.length)) }
                }
                // Stable: cues of equal weight and length keep their order.
                let ordered = prepared.enumerated().sorted { ($1.element.weight, $1.element.length, $0.offset) < ($0.element.weight, $0.element.length, $1.offset) }
                let first = entries.count
                for (_, cue) in ordered {
                    switch cue.needle {
                    case .words(let stems, let split):
                        entries.append(Entry(key: cue.key, weight: cue.weight, isWords: true, start: words.count, count: stems.count, split: split,
                                             opening: -1))
                        for stem in stems {
                            let next = Int32(vocabulary.count)
                            let id = vocabulary[stem] ?? next
                            if id == next { vocabulary[stem] = id }
                            words.append(id)
                        }
                    case .characters(let characters, let split):
                        entries.append(Entry(key: cue.key, weight: cue.weight, isWords: false, start: bytes.count, count: characters.count,
                                             split: split, opening: Tagger.opening(of: characters, split: split) ?? -1))
                        bytes += characters
                    }
                }
                termEntries.append(TermEntry(id: term.id, threshold: term.threshold, entries: first..<entries.count))
            }
            self.init(terms: termEntries, entries: entries, words: words, bytes: bytes, vocabulary: vocabulary)
        }

        private init(terms: [TermEntry], entries: [Entry], words: [Int32], bytes: [UInt8], vocabulary: [String: Int32]) {
            self.terms = terms
            self.entries = entries
            self.words = words
            self.bytes = bytes
            self.vocabulary = vocabulary
            var byFirstWord = [[Int]](repeating: [], count: vocabulary.count)
            for (index, entry) in entries.enumerated() where entry.isWords && entry.count > 0 {
                byFirstWord[Int(words[entry.start])].append(index)
            }
            self.byFirstWord = byFirstWord
            characterEntries = entries.indices.filter { !entries[$0].isWords }
            needsWord = terms.map { term in entries[term.entries].contains { $0.weight == 0 } }
        }

        // MARK: Stored in the memo

        /// Of everything `of(_:traditional:)` lays out the lists from: each term's id, threshold
        /// and cues, and the Traditional forms. The same key, the same cues.
        static func key(_ lists: [[Term]], traditional: TraditionalForms) -> Fingerprint {
            Fingerprint { hash in
                hash.add(lists.count)
                for list in lists {
                    hash.add(list.count)
                    for term in list {
                        hash.add(term.id)
                        hash.add(term.threshold)
                        hash.add(term.cues.count)
                        for cue in term.cues {
                            hash.add(cue.phrase)
                            hash.add(cue.weight)
                        }
                        hash.add(term.needs.count)
                        for need in term.needs { hash.add(need) }
                    }
                }
                for phrase in traditional.phrases { hash.add(traditional.forms[phrase] ?? "") }
            }
        }

        /// Laid-out lists as bytes, for the memo.
        static func encoded(_ lists: [Cues]) -> [UInt8] {
            var out = ByteWriter()
            out.list(lists) { out, cues in
                out.list(cues.terms) { out, term in
                    out.string(term.id)
                    out.int(term.threshold)
                    out.int(term.entries.lowerBound)
                    out.int(term.entries.upperBound)
                }
                out.list(cues.entries) { out, entry in
                    for value in [entry.key, entry.weight, entry.isWords ? 1 : 0, entry.start, entry.count, entry.split, entry.opening] {
                        out.int(value)
                    }
                }
                out.int32s(cues.words)
                out.uint8s(cues.bytes)
                // The vocabulary in the order of its numbers, which are 0..<count.
                out.strings(cues.vocabulary.sorted { $0.value < $1.value }.map(\.key))
            }
            return out.bytes
        }

        /// What `encoded` wrote; nil for bytes that are damaged or lay out needles out of range.
        static func decoded(_ data: Data) -> [Cues]? {
            ByteReader.read(data) { reader -> [Cues]? in
                let lists = reader.list { reader -> Cues? in
                    guard let terms = reader.list({ reader -> TermEntry? in
                              guard let id = reader.string(), let threshold = reader.int(), let lower = reader.int(), let upper = reader.int(),
                                    lower >= 0, lower <= upper else { return nil }
                              return TermEntry(id: id, threshold: threshold, entries: lower..<upper)
                          }),
                          let entries = reader.list({ reader -> Entry? in
                              guard let key = reader.int(), let weight = reader.int(), let isWords = reader.int(), let start = reader.int(),
                                    let count = reader.int(), let split = reader.int(), let opening = reader.int(),
                                    weight >= 0, (0...1).contains(isWords), start >= 0, count >= 0, split >= 0, split <= count,
                                    opening >= -1, opening < Tagger.openingBits else { return nil }
                              return Entry(key: key, weight: weight, isWords: isWords == 1, start: start, count: count, split: split, opening: opening)
                          }),
                          let words = reader.int32s(), let bytes = reader.uint8s(), let stems = reader.strings() else { return nil }
                    guard terms.allSatisfy({ $0.entries.upperBound <= entries.count }),
                          entries.allSatisfy({ entry in
                              let end = entry.isWords ? words.count : bytes.count
                              return entry.start <= end && entry.count <= end - entry.start
                          }),
                          words.allSatisfy({ $0 >= 0 && Int($0) < stems.count }) else { return nil }
                    var vocabulary: [String: Int32] = [:]
                    vocabulary.reserveCapacity(stems.count)
                    for (number, stem) in stems.enumerated() { vocabulary[stem] = Int32(number) }
                    guard vocabulary.count == stems.count else { return nil }
                    return Cues(terms: terms, entries: entries, words: words, bytes: bytes, vocabulary: vocabulary)
                }
                return reader.atEnd ? lists : nil
            }
        }
    }

    /// Scores every term; returns those with any evidence, highest first. For `tactics` (what the
    /// victim was asked to do), a cue right after "did not", "never" or "without", or after 没有 or 未
    /// earlier in its clause (`isNegated`), does not count there ("she did not share her screen",
    /// "也没有下载任何软件"), and advice to readers
    /// can complete a score the story half makes. A scam type is what the story tells alone:
    /// advice often lists other scams ("Also watch for…", 警方提醒：…冒充物流客服…). A type's cue
    /// right after "not a" or "no", or after 不是, 并非 or 没有 a few characters before in its clause
    /// ("this was not a romance scam", "no personal or romantic relationship", 这起案件并不是刷单返利), does not count there either.
    func scores(_ cues: Cues, tactics: Bool = false) -> [Score] {
        let negation = NegationWords(negators: (tactics ? Tagger.negators : Tagger.typeNegators).compactMap { stemIndex[$0] },
                                     fillers: (tactics ? Tagger.negationFillers : []).compactMap { stemIndex[$0] },
                                     conditionals: Tagger.conditionalWords.compactMap { stemIndex[$0] },
                                     objects: (tactics ? Tagger.negatedObjects : Tagger.articles).compactMap { stemIndex[$0] },
                                     verbs: (tactics ? Tagger.negatedVerbs : []).compactMap { stemIndex[$0] },
                                     or: stemIndex[Tagger.key("or"[...])], alternatives: !tactics)
        let chineseNegation = tactics ? Tagger.tacticNegation : Tagger.typeNegation
        // The entries that may be in the text, in order: word cues whose first stem it has, and
        // characters cues if it has CJK characters.
        var wordEntries: [Int] = []
        // And the text's key of each word of the cues (-1: none).
        var keys = [Int32](repeating: -1, count: cues.vocabulary.count)
        for (key, stem) in stems.enumerated() {
            guard let word = cues.vocabulary[stem] else { continue }
            keys[Int(word)] = Int32(key)
            wordEntries += cues.byFirstWord[Int(word)]
        }
        wordEntries.sort()
        let candidates = openings.isEmpty ? wordEntries : Tagger.merged(wordEntries, cues.characterEntries)
        return cues.entries.withUnsafeBufferPointer { entries in
            cues.words.withUnsafeBufferPointer { words in
                cues.bytes.withUnsafeBytes { bytes in
                    var result: [Score] = []
                    var seen: [Int] = []
                    // What the term's counted cues cover, in `compactBytes`: "App" inside "办案App" is not a second cue.
                    var covered: [Range<Int>] = []
                    /// The words of a cue as this text's keys.
                    var needle: [Int32] = []
                    var next = 0
                    for (index, term) in cues.terms.enumerated() {
                        // Terms list their entries in order, one range after another.
                        guard next < candidates.count, candidates[next] < term.entries.upperBound else { continue }
                        seen.removeAll(keepingCapacity: true)
                        covered.removeAll(keepingCapacity: true)
                        var told = 0
                        var evidence: [Evidence] = []
                        var advised = 0
                        // A term that needs a word (weight-0 entries, laid out last) counts only once the story names one.
                        let needsWord = cues.needsWord[index]
                        var named = false
                        while next < candidates.count, candidates[next] < term.entries.upperBound {
                            let entry = entries[candidates[next]]
                            next += 1
                            let range = entry.start..<(entry.start + entry.count)
                            if entry.weight == 0 {
                                // Laid out last: a term whose cues fall short of its threshold by then passes
                                // nowhere, named or not, and the words are not looked for.
                                let total = tactics && told > 0 && 2 * told >= term.threshold ? told + advised : told
                                guard !named, total >= term.threshold else { continue }
                                if entry.isWords {
                                    needle.removeAll(keepingCapacity: true)
                                    for word in words[range] { needle.append(keys[Int(word)]) }
                                    named = needle.withUnsafeBufferPointer { findWords($0, split: 0) { _ in true } }.map { !$0.isAdvice } ?? false
                                } else {
                                    named = findCharacters(UnsafeRawBufferPointer(rebasing: bytes[range]), split: 0,
                                                           opening: entry.opening >= 0 ? entry.opening : nil) { _ in true }.map { !$0.isAdvice } ?? false
                                }
                                continue
                            }
                            guard !seen.contains(entry.key) else { continue }
                            let hit: Hit?
                            if entry.isWords {
                                needle.removeAll(keepingCapacity: true)
                                for word in words[range] { needle.append(keys[Int(word)]) }
                                hit = needle.withUnsafeBufferPointer { needle in
                                    findWords(needle, split: entry.split, negation: negation) { span in
                                        !covered.contains { $0.overlaps(span) }
                                    }
                                }
                            } else {
                                hit = findCharacters(UnsafeRawBufferPointer(rebasing: bytes[range]), split: entry.split,
                                                     opening: entry.opening >= 0 ? entry.opening : nil, negation: chineseNegation) { span in
                                    !covered.contains { $0.overlaps(span) }
                                }
                            }
                            guard let hit else { continue }
                            covered.append(hit.span)
                            seen.append(entry.key)
                            if hit.isAdvice {
                                advised += entry.weight
                            } else {
                                told += entry.weight
                                evidence.append(Evidence(id: term.id, phrase: hit.text, line: hit.line, weight: entry.weight))
                            }
                        }
                        // Advice to readers can add to what the case tells of a tactic, not stand in
                        // for it: only once the story gives half the evidence needed ("app" alone does
                        // not let "never install an app" in). It is not quoted as evidence: the red
                        // flags shown for a case are what happened in it.
                        let total = tactics && told > 0 && 2 * told >= term.threshold ? told + advised : told
                        guard total > 0, named || !needsWord else { continue }
                        evidence.sort { ($0.line, $0.phrase) < ($1.line, $1.phrase) }
                        result.append(Score(id: term.id, score: total, threshold: term.threshold, evidence: evidence))
                    }
                    return result.sorted { ($1.score, $0.id) < ($0.score, $1.id) }
                }
            }
        }
    }

    /// Two ascending lists as one.
    private static func merged(_ first: [Int], _ second: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count, j < second.count {
            if first[i] < second[j] {
                result.append(first[i])
                i += 1
            } else {
                result.append(second[j])
                j += 1
            }
        }
        return result + first[i...] + second[j...]
    }

    /// How a case's text is read. `written`: the language it is written in, when it is not its file's
    /// (`lang`): a text of more Chinese characters than a quarter of its Latin letters is Chinese (a word
    /// is about four letters; an English text quoting 国家反诈中心 is not), one of fewer is not; its `lang`
    /// is the first of `languages` written in that script, nil when there is none. Nil for a text in its
    /// file's script, or too short to tell (under 40 letters and characters).
    /// `alsoRead`: for a Chinese text written in English at once, as in Singapore, Malaysia or by students
    /// abroad ("Seller 说直接 PayNow 比较快", "page 要我 key in OTP"), the first of `languages` in Latin
    /// letters, whose cues tag it too: as many Latin letters as half its Chinese characters, and 100 at
    /// least (a Chinese bulletin's APP, QQ, OTP and brand names come to a tenth of that).
    /// Read line by line up to some 600 letters and characters, but for quotations (`>`) and fenced code.
    static func reading(of text: NumberedText, in lang: String, among languages: [String])
        -> (written: (chinese: Bool, lang: String?)?, alsoRead: String?) {
        let (han, latin) = scripts(of: text)
        func isChinese(_ tag: String) -> Bool { tag.lowercased().hasPrefix("zh") }
        let chinese = han + latin >= 40 ? han * 4 > latin : isChinese(lang)
        let written = chinese == isChinese(lang) ? nil : (chinese, languages.first { isChinese($0) == chinese })
        let mixed = chinese && latin >= 100 && 2 * latin >= han
        return (written, mixed ? languages.first { !isChinese($0) } : nil)
    }

    /// Chinese characters and Latin letters in the first 600 of them, but for quotations (`>`) and fenced code.
    private static func scripts(of text: NumberedText) -> (han: Int, latin: Int) {
        var han = 0
        var latin = 0
        // The first 600 letters and characters tell: the rest of a long text is not read. Quotations
        // and code are another's words (the Chinese scam text an English story quotes): not read.
        var inFence = false
        reading: for line in text.lines {
            guard han + latin < 600 else { break reading }
            // On bytes: a line's first sign after its spaces.
            let first = line.text.utf8.first { $0 != UInt8(ascii: " ") }
            if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
                let opening = line.text.drop { $0 == " " }
                if opening.hasPrefix("```") || opening.hasPrefix("~~~") {
                    inFence.toggle()
                    continue
                }
            }
            if inFence || first == UInt8(ascii: ">") { continue }
            for scalar in line.text.unicodeScalars {
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A: latin += 1
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: han += 1
                default: continue
                }
            }
        }
        return (han, latin)
    }

    /// Scores by two languages' cues as one: each term's evidence of both, a phrase both found on one
    /// line counted once (the English words a Chinese list holds, such as APP), against the higher threshold.
    static func combined(_ first: [Score], _ second: [Score]) -> [Score] {
        var byID = Dictionary(first.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for score in second {
            guard var other = byID[score.id] else { byID[score.id] = score; continue }
            let found = Set(other.evidence.map { "\($0.line) \($0.phrase.lowercased())" })
            let added = score.evidence.filter { !found.contains("\($0.line) \($0.phrase.lowercased())") }
            other.score += added.reduce(0) { $0 + $1.weight }
            other.threshold = max(other.threshold, score.threshold)
            other.evidence = (other.evidence + added).sorted { ($0.line, $0.phrase) < ($1.line, $1.phrase) }
            byID[score.id] = other
        }
        return byID.values.sorted { ($1.score, $0.id) < ($0.score, $1.id) }
    }

    /// The scores (highest first, as `scores` returns them) that reach their threshold and the relative cut.
    /// For scam types, terms far below the best match are dropped (`relativeCut`): a narrative about
    /// a fake refund that mentions a parcel is not a courier scam, unless they reach three times
    /// their threshold on their own (a bulletin of three cases tells three scams). And a type besides
    /// the best one needs a cue of weight 2 or more: weak words alone (快递, 赔偿, "seller") do not
    /// add a second type. A headline that tells a chain of scams ("a scratch-card 'prize' and then a fake 'fraud
    /// recovery' detective", 从“刷单”到“理财导师”) keeps past the relative cut a scam it names by cues reaching its
    /// threshold (the first of the chain, told in fewer words than the second); `headline` is its line and text (read
    /// for a chain only then: a regex on every case's headline would cost a build more than all the rest of this).
    static func passing(_ scores: [Score], relativeCut: Double, headline: (line: Int, text: String)? = nil) -> [Score] {
        let passing = scores.filter { $0.score >= $0.threshold }
        guard let best = passing.first?.score else { return [] }
        func named(_ score: Score) -> Bool {
            guard let headline, score.evidence.filter({ $0.line == headline.line }).reduce(0, { $0 + $1.weight }) >= score.threshold else { return false }
            return headlineTellsChain(headline.text)
        }
        return passing.enumerated().filter { index, score in
            (Double(score.score) >= relativeCut * Double(best) || score.score >= 3 * score.threshold || named(score))
                && (index == 0 || relativeCut == 0 || score.evidence.contains { $0.weight >= 2 })
        }.map(\.element)
    }

    /// Whether a headline tells one scam after another: "…, then…", "hit twice", "scammed again", 又被骗, 二次诈骗,
    /// 先…后…, 从“刷单”到“理财”, 连环, 「賠償」變「公安」, "turned into".
    static func headlineTellsChain(_ title: String) -> Bool {
        let text = title.lowercased()
        return chainMarkers.with { text.firstMatch(of: $0) != nil }
    }
    private static let chainMarkers = SharedRegex {
        /\b(?:then|twice|again|second scam|double[- ]scammed|two scams)\b|\b(?:turn(?:s|ed)?\s+into|became)\b|[」”"』]\s*[变變]成?\s*[「“"『]|又被|再被|二次|再次|先.{1,16}(?:后|後|再|又)|[从從].{1,20}到|接连|接連|连环|連環|两次|兩次|两度|兩度|雙重|双重/
    }

    /// A cue found: the words as written, their line, and what they cover (word indexes or byte offsets).
    private struct Hit {
        var text: String
        var line: Int
        /// Where it is in `compactBytes`.
        var span: Range<Int>
        /// Found in advice to readers (`AdviceText`).
        var isAdvice: Bool
    }

    func find(_ phrase: String) -> (text: String, line: Int)? {
        let hit = switch Needle(phrase) {
        case .characters(let needle, let split):
            needle.withUnsafeBytes { findCharacters($0, split: split, opening: Tagger.opening(of: needle, split: split)) { _ in true } }
        case .words(let needle, let split): needle.map { stemIndex[$0] ?? -1 }.withUnsafeBufferPointer { findWords($0, split: split) { _ in true } }
        }
        return hit.map { ($0.text, $0.line) }
    }

    /// The first place the needle is found whose bytes `allowed` accepts: in the story if it is
    /// there, else in advice. With a gap (`split` > 0), its second part follows the first within
    /// `gapCharacters` characters.
    /// `opening` is the needle's bit in `openings` (`Tagger.opening`), if it has one.
    private func findCharacters(_ needle: UnsafeRawBufferPointer, split: Int, opening: Int?, negation: ChineseNegation? = nil,
                                allowed: (Range<Int>) -> Bool) -> Hit? {
        let firstLength = split > 0 ? split : needle.count
        guard !openings.isEmpty, let pattern = needle.baseAddress, !needle.isEmpty, needle.count <= compactBytes.count else { return nil }
        if let opening, openings[opening >> 6] & (1 << (opening & 63)) == 0 { return nil }
        // Candidates come from the chains of first characters (or memchr, for a first part of under
        // three bytes); memcmp checks them, and a match that starts inside a scalar is skipped.
        // The first place in the story; failing that, the first in advice.
        let found: Range<Int>? = compactBytes.withUnsafeBytes { haystack -> Range<Int>? in
            guard let base = haystack.baseAddress else { return nil }
            func startsScalar(_ position: Int) -> Bool { position == 0 || characterAtByte[position - 1] != characterAtByte[position] }
            /// Where the whole needle ends when its first part is at `position`.
            func end(at position: Int) -> Int? {
                guard split > 0 else { return position + needle.count }
                let secondLength = needle.count - split
                let last = Int(characterAtByte[position + split - 1])
                var candidate = position + split
                while candidate + secondLength <= haystack.count, Int(characterAtByte[candidate]) - last - 1 <= Tagger.gapCharacters {
                    if startsScalar(candidate) {
                        if memcmp(base + candidate, pattern + split, secondLength) == 0 { return candidate + secondLength }
                        // The gap stays within a clause: "网贷，钱没借" is no "网贷…借".
                        if Tagger.endsClause(compact[Int(characterAtByte[candidate])]) { return nil }
                    }
                    candidate += 1
                }
                return nil
            }
            /// Whether the bytes `start..<end` are in one sentence.
            func inOneSentence(_ start: Int, _ end: Int) -> Bool {
                sentence[Int(compactRuns[Int(characterAtByte[start])])] == sentence[Int(compactRuns[Int(characterAtByte[end - 1])])]
            }
            var inAdvice: Range<Int>?
            /// The needle at `position` if it is there in the story; if it is there in advice, the first such place is kept.
            func inStory(at position: Int) -> Range<Int>? {
                guard position + firstLength <= haystack.count, memcmp(base + position, pattern, firstLength) == 0, startsScalar(position),
                      let end = end(at: position), inOneSentence(position, end), allowed(position..<end),
                      !(negation.map { isNegated(character: Int(characterAtByte[position]), $0) } ?? false) else { return nil }
                if !isAdvice[Int(compactRuns[Int(characterAtByte[position])])] { return position..<end }
                if inAdvice == nil { inAdvice = position..<end }
                return nil
            }
            if firstLength >= 3 {
                // The places where a scalar starts with the needle's first three bytes, and a few others.
                var candidate = chainHeads[Tagger.chainBucket(UInt32(needle[0]) | UInt32(needle[1]) << 8 | UInt32(needle[2]) << 16)]
                while candidate >= 0 {
                    let position = Int(candidate)
                    candidate = chainNext[position]
                    if let found = inStory(at: position) { return found }
                }
                return inAdvice
            }
            // Anchor on the last byte of the first part; memchr finds each place it is.
            let anchor = firstLength - 1
            let anchorByte = Int32(needle[anchor])
            var offset = anchor
            while offset < haystack.count, let hit = memchr(base + offset, anchorByte, haystack.count - offset) {
                let position = base.distance(to: UnsafeRawPointer(hit)) - anchor
                if let found = inStory(at: position) { return found }
                offset = position + anchor + 1
            }
            return inAdvice
        }
        guard let found else { return nil }
        let start = Int(characterAtByte[found.lowerBound])
        let end = Int(characterAtByte[found.upperBound - 1])
        let run = runs[Int(compactRuns[start])]
        return Hit(text: String(String.UnicodeScalarView(compact[start...end])), line: run.line, span: found, isAdvice: run.isAdvice)
    }

    /// The first place the needle is found whose words `allowed` accepts: in the story if it is
    /// there, else in advice. With a gap (`split` > 0), its second part follows the first within
    /// `gapWords` words. `keys` are the cue's words as this text's keys (indexes into `stems`),
    /// -1 for a word the text does not have, which no place can match.
    private func findWords(_ keys: UnsafeBufferPointer<Int32>, split: Int, negation: NegationWords? = nil,
                           allowed: (Range<Int>) -> Bool) -> Hit? {
        guard !keys.isEmpty, !keys.contains(where: { $0 < 0 }) else { return nil }
        let firstLength = split > 0 ? split : keys.count
        func matches(_ part: Range<Int>, at start: Int) -> Bool {
            guard start + part.count <= words.count else { return false }
            for offset in 0..<part.count where words[start + offset].stem != keys[part.lowerBound + offset] { return false }
            return true
        }
        var inAdvice: Range<Int>?
        var next = firstWord[Int(keys[0])]
        while next >= 0 {
            let start = Int(next)
            next = nextWord[start]
            guard matches(0..<firstLength, at: start) else { continue }
            var span: Range<Int>?
            if split == 0 {
                span = start..<(start + keys.count)
            } else {
                for gap in 0...Tagger.gapWords where matches(split..<keys.count, at: start + split + gap) {
                    span = start..<(start + gap + keys.count)
                    break
                }
            }
            // The words, and the gap, stay within one sentence, and one clause of it ("a digital fake, police said" is no "fake police").
            guard let span, sentence[Int(words[span.lowerBound].run)] == sentence[Int(words[span.upperBound - 1].run)],
                  !((span.lowerBound + 1)..<span.upperBound).contains(where: endsClause(before:)), !splitsQuotation(span),
                  allowed(bytes(span)), negation.map({ !isNegated(word: start, $0) }) ?? true
            else { continue }
            if isAdvice[Int(words[start].run)] {
                if inAdvice == nil { inAdvice = span }
                continue
            }
            return hit(span)
        }
        return inAdvice.map(hit)
    }

    /// Words that negate the cue right after them, and words that may stand between ("did not even
    /// open", "never once shared"), as keys.
    private static let negators = ["not", "never", "no", "without", "didn't", "don't", "doesn't", "wasn't", "weren't", "hadn't", "hasn't",
                                   "haven't", "won't", "wouldn't", "couldn't", "refused"].map { key($0[...]) }
    private static let negationFillers = ["even", "ever", "once", "also", "actually", "yet", "any", "to"].map { key($0[...]) }
    /// What says a scam type's cue right after it is not what happened: "this was not a romance scam",
    /// "there was no online relationship", with at most an article between.
    private static let typeNegators = ["not", "no", "isn't", "wasn't", "weren't", "aren't"].map { key($0[...]) }
    private static let articles = ["a", "an", "the", "any"].map { key($0[...]) }
    /// What may stand between a negation and the thing not handed over: "did not share any
    /// passcodes", "never gave him the code", "did not receive or share a one-time password".
    private static let negatedObjects = ["the", "a", "an", "any", "her", "his", "their", "my", "your", "its", "him", "them", "me", "us",
                                         "this", "that", "these", "those"].map { key($0[...]) }
    private static let negatedVerbs = ["share", "shared", "give", "gave", "given", "send", "sent", "read", "tell", "told", "disclose",
                                       "disclosed", "provide", "provided", "reveal", "revealed", "enter", "entered", "receive", "received",
                                       "get", "got", "forward", "forwarded", "type", "typed", "hand", "handed", "out", "over"].map { key($0[...]) }

    /// The words `isNegated` reads, as this text's keys.
    struct NegationWords {
        var negators: [Int32], fillers: [Int32], conditionals: [Int32], objects: [Int32], verbs: [Int32]
        var or: Int32?
        /// Whether one word and "or" may stand between the negation and the cue (a scam type's).
        var alternatives = false
    }
    /// Words that make a negation a condition: "if she did not pay", "unless he shared".
    private static let conditionalWords = ["if", "unless", "otherwise", "else", "until"].map { key($0[...]) }
    private static let chineseConditionals: [[Unicode.Scalar]] = ["如果", "假如", "要是", "若", "否则", "否則", "不然", "除非", "只要"]
        .map { Array($0.unicodeScalars) }
    /// Chinese negations (Simplified and Traditional, and Cantonese: 冇, 唔會), longest first. What follows one in its clause,
    /// up to `negationReach` characters on, did not happen: 没有向她索要验证码, 不需要提供银行卡号和验证码.
    private static let chineseNegators: [[Unicode.Scalar]] = [
        "不需要", "唔需要", "不包含", "没有", "沒有", "并未", "並未", "并无", "並無", "亦无", "亦無", "从未", "從未", "从没", "從沒", "不曾", "未曾", "拒绝", "拒絕", "无需", "無需", "无须", "無須",
        "不会", "不會", "唔會", "唔使", "不用", "不必", "不含", "没", "沒", "冇", "未",
    ].map { Array($0.unicodeScalars) }
    /// What makes a negation no refusal of what follows: the victim's state of mind (没想到对方让他下载…,
    /// 没有怀疑, 未加核实, 没有丝毫防备), time (没过多久), and words that only start with a negation
    /// (未来, 没收 — but 没收到 is not receiving).
    private static let negationExceptions: [[Unicode.Scalar]] = [
        "想", "多", "过", "過", "怀疑", "懷疑", "起疑", "察觉", "察覺", "意识", "意識", "注意", "在意", "犹豫", "猶豫", "细想", "細想",
        "加", "核实", "核實", "防备", "防備", "戒备", "戒備", "警惕", "丝毫", "絲毫", "任何怀疑", "任何懷疑", "任何防备", "任何防備",
        "来", "來", "知", "成年", "经", "經", "果", "必", "免", "几", "幾", "一会", "一會",
    ].map { Array($0.unicodeScalars) }
    private static let seize = Array("收".unicodeScalars), received = Array("收到".unicodeScalars)
    /// Characters that start another action, which a negation before them does not reach:
    /// 没多想就共享了屏幕, 不需要密码，只要验证码; and 地, which ends a manner (没有任何戒心地把验证码…).
    private static let chineseActionBreaks: Set<Unicode.Scalar> = ["就", "便", "才", "却", "卻", "但", "而", "又", "并", "並", "后", "後", "然", "于", "於", "结", "結", "只", "地"]
    /// What joins the items of a list: 、, or, and.
    private static let chineseListSigns: Set<Unicode.Scalar> = ["、", "或", "和", "及", "与", "與"]
    /// Chinese negations and how far before a cue, in characters of its clause, they reach.
    struct ChineseNegation: Sendable {
        var negators: [[Unicode.Scalar]]
        var ends: Set<Unicode.Scalar>
        var reach: Int
        init(_ negators: [[Unicode.Scalar]], reach: Int) {
            self.negators = negators
            ends = Set(negators.compactMap(\.last))
            self.reach = reach
        }
    }
    /// What was not asked of the victim: 没有向她索要验证码, 不需要提供银行卡号和验证码.
    static let tacticNegation = ChineseNegation(chineseNegators, reach: 8)
    /// What a case says it is not: 这起案件并不是刷单返利, 也没有假警察, 并非冒充公检法 (each before any
    /// shorter one it ends in: 并不是 before 不是).
    static let typeNegation = ChineseNegation(["并不是", "並不是", "并不属于", "並不屬於", "不属于", "不屬於", "并没有", "並沒有", "不是", "并非", "並非",
                                               "而非", "没有", "沒有", "并无", "並無"].map { Array($0.unicodeScalars) }, reach: 4)

    /// Whether the word at `start` follows a negation in its run, with only spaces between the
    /// words, and between it and the negation at most one filler ("even"), and in the story two
    /// object words ("her", "the"), two verbs of handing over ("share", "read out") and one "or".
    private func isNegated(word start: Int, _ negation: NegationWords) -> Bool {
        var next = start
        // Advice says what never to hand over ("never share a verification code"): that completes a
        // story's evidence, so there only a filler may stand between.
        let story = !isAdvice[Int(words[start].run)]
        var (fillers, objects, verbs, ors) = story ? (1, 2, 2, 1) : (1, 0, 0, 0)
        while next > 0, words[next - 1].run == words[next].run {
            let previous = words[next - 1]
            guard followsWithSpaces(next) else { return false }
            if negation.negators.contains(previous.stem) {
                // "…cancelled if she did not share her screen" is the scammer's demand, not a refusal.
                let clause = words[..<(next - 1)].suffix(6).reversed().prefix { $0.run == previous.run }
                return !clause.contains { negation.conditionals.contains($0.stem) }
            }
            // A word of both lists ("any") takes an object's place while there is one: "did not even share any code".
            if objects > 0, negation.objects.contains(previous.stem) {
                objects -= 1
            } else if fillers > 0, negation.fillers.contains(previous.stem) {
                fillers -= 1
            } else if verbs > 0, negation.verbs.contains(previous.stem) {
                verbs -= 1
            } else if ors > 0, verbs < 2, previous.stem == negation.or {
                ors -= 1
            } else if negation.alternatives, ors > 0, previous.stem == negation.or, next >= 2, words[next - 2].run == previous.run,
                      followsWithSpaces(next - 1) {
                // A type named beside another it was not either: "no personal or romantic relationship".
                ors -= 1
                next -= 2
                continue
            } else {
                return false
            }
            next -= 1
        }
        return false
    }

    /// Whether the scalar at `start` of `compact` is negated in its clause: the nearest Chinese
    /// negation before it, at most `negationReach` characters back, with no clause end or new action
    /// between (对方并没有让她共享屏幕; not 没多想就共享了屏幕), that is no condition the scammer set
    /// (如果没有共享屏幕就无法退款) and no 没想到-like phrase.
    private func isNegated(character start: Int, _ negation: ChineseNegation) -> Bool {
        let run = compactRuns[start]
        func matches(_ word: [Unicode.Scalar], at position: Int) -> Bool {
            position >= 0 && position + word.count <= compact.count && compactRuns[position] == run
                && zip(compact[position..<(position + word.count)], word).allSatisfy { $0 == $1 }
        }
        var end = start
        var reach = negation.reach, lists = 0
        while end > 0, start - end < reach, compactRuns[end - 1] == run {
            let previous = compact[end - 1]
            if Tagger.endsClause(previous) || Tagger.chineseActionBreaks.contains(previous) { return false }
            // An item of a list after the negation (没有被要求提供银行卡号、密码或验证码): it reaches past the items before.
            if lists < 3, Tagger.chineseListSigns.contains(previous) {
                reach = max(reach, start - end + 1 + negation.reach)
                lists += 1
            }
            if negation.ends.contains(previous), let negator = negation.negators.first(where: { matches($0, at: end - $0.count) }) {
                // 没收 (to seize) is no negation; 没收到 (not received) is.
                let seizes = matches(Tagger.seize, at: end) && !matches(Tagger.received, at: end)
                guard !(Tagger.negationExceptions.contains(where: { matches($0, at: end) }) || seizes) || end == start else { return false }
                // A condition the clause sets, up to ten characters before the negation.
                let negationStart = end - negator.count
                var from = negationStart
                while from > 0, negationStart - from < 10, compactRuns[from - 1] == run, !Tagger.endsClause(compact[from - 1]) { from -= 1 }
                return !Tagger.chineseConditionals.contains { word in
                    negationStart - from >= word.count && (from...(negationStart - word.count)).contains { matches(word, at: $0) }
                }
            }
            end -= 1
        }
        return false
    }

    private func hit(_ span: Range<Int>) -> Hit {
        let run = runs[Int(words[span.lowerBound].run)]
        // A cue that ends in a word that leads to another ("download a", "borrow on") is quoted with
        // what follows it in its sentence, up to three words and the noun they come to: "download a
        // trading app", "borrow on Huabei", "asked for her card details".
        var shown = span.upperBound
        while shown - span.upperBound < 3, shown < words.count, words[shown].run == words[shown - 1].run, followsWithSpaces(shown),
              Tagger.leadingWords.contains(text(words[shown - 1]).lowercased())
                || (shown > span.upperBound && Tagger.quotedNouns.contains(text(words[shown]).lowercased())) {
            shown += 1
        }
        // And a quotation it leads to, whole, with the noun after it: 'install a "case-handling" app'.
        if shown < words.count, let opening = gap(before: shown)?.drop(while: { $0 == " " }), opening.unicodeScalars.count == 1,
           let mark = opening.unicodeScalars.first, Tagger.isQuotationMark(mark), Tagger.leadingWords.contains(text(words[shown - 1]).lowercased()),
           let closed = (shown..<min(shown + 3, words.count)).first(where: { words[$0].run == words[shown].run && quotationMark(after: $0) != nil }) {
            shown = closed + 1
            if shown < words.count, words[shown].run == words[closed].run,
               gap(before: shown)?.unicodeScalars.dropFirst().allSatisfy({ $0 == " " }) ?? false,
               Tagger.quotedNouns.contains(text(words[shown]).lowercased()) {
                shown += 1
            }
        }
        return Hit(text: written(span.lowerBound..<shown), line: run.line, span: bytes(span), isAdvice: run.isAdvice)
    }

    /// Words a quoted cue does not end on: articles, pronouns and prepositions; and the nouns such a
    /// quote runs on to.
    private static let leadingWords: Set<String> = ["a", "an", "the", "on", "to", "for", "in", "into", "of", "with", "her", "his", "their",
                                                       "my", "your", "its", "from", "at", "by", "up"]
    private static let quotedNouns: Set<String> = ["app", "apps", "application", "software", "link", "links", "group", "chat", "card", "cards",
                                                   "account", "accounts", "loan", "loans", "code", "codes", "screen", "page", "platform",
                                                   "website", "site", "number", "details", "form", "payment", "fee", "deposit", "order"]

    /// Whether a comma (but a number's), semicolon, colon, "!" or "?" (or its full-width form) stands between
    /// the word at `index` and the one before it in their run.
    private func endsClause(before index: Int) -> Bool {
        let previous = words[index - 1]
        guard previous.run == words[index].run else { return false }
        let between = runs[Int(previous.run)].text.utf8.dropFirst(previous.text.upperBound).prefix(words[index].text.lowerBound - previous.text.upperBound)
        guard between.contains(where: { $0 != 0x20 }) else { return false }
        // A number's thousands (`200,000`, `3,5`) are one sum.
        let text = runs[Int(previous.run)].text.utf8
        func isDigit(at offset: Int) -> Bool { offset >= 0 && offset < text.count && (0x30...0x39).contains(text[text.index(text.startIndex, offsetBy: offset)]) }
        if between.elementsEqual([UInt8(ascii: ",")]), isDigit(at: previous.text.upperBound - 1), isDigit(at: words[index].text.lowerBound) { return false }
        return String(decoding: between, as: UTF8.self).unicodeScalars.contains { $0 != "." && $0 != "\u{3002}" && Tagger.endsClause($0) }
    }

    /// Whether a quotation opens between two of the words and runs on past the last: 'an online
    /// "loan officer"' has no "online loan", while 'a "safe account"' has "a safe account", whole.
    private func splitsQuotation(_ span: Range<Int>) -> Bool {
        var open = false
        for index in (span.lowerBound + 1)..<span.upperBound {
            guard let gap = gap(before: index) else { return false }
            // Most gaps are a space or a hyphen: no mark to read.
            guard gap.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 >= 0xE2 }) else { continue }
            let scalars = gap.unicodeScalars
            for (offset, scalar) in scalars.enumerated() where Tagger.isQuotationMark(scalar) {
                switch scalar {
                case "\u{201C}", "\u{2018}", "\u{300C}", "\u{300E}": open = true
                case "\u{201D}", "\u{2019}", "\u{300D}", "\u{300F}": open = false
                // A straight mark opens before a word and closes after one.
                default: open = offset == scalars.count - 1 && (offset == 0 || scalars[scalars.index(scalars.startIndex, offsetBy: offset - 1)] == " ")
                }
            }
            // What a quotation names after "a", "to" or "the company's" is the cue's object: 'a link to a
            // "claims verification" page' has "link to a claims".
            if open {
                let before = text(words[index - 1])
                if Tagger.leadingWords.contains(before.lowercased()) || before.hasSuffix("'s") || before.hasSuffix("\u{2019}s") { open = false }
            }
        }
        return open && quotationMark(after: span.upperBound - 1) == nil
    }

    /// What stands between the word at `index` and the one before it, if they share a run.
    private func gap(before index: Int) -> Substring? {
        let previous = words[index - 1]
        guard previous.run == words[index].run else { return nil }
        let text = runs[Int(previous.run)].text
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: previous.text.upperBound)..<utf8.index(utf8.startIndex, offsetBy: words[index].text.lowerBound)]
    }

    /// The quotation mark right after the word at `index`, if one is.
    private func quotationMark(after index: Int) -> Unicode.Scalar? {
        let text = runs[Int(words[index].run)].text
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: words[index].text.upperBound)...].unicodeScalars.first.flatMap { Tagger.isQuotationMark($0) ? $0 : nil }
    }

    /// Whether only spaces stand between the word at `index` and the one before it, in its run.
    private func followsWithSpaces(_ index: Int) -> Bool {
        let previous = words[index - 1]
        return runs[Int(previous.run)].text.utf8.dropFirst(previous.text.upperBound)
            .prefix(words[index].text.lowerBound - previous.text.upperBound).allSatisfy { $0 == 0x20 }
    }

    /// A word as written.
    private func text(_ word: Word, upTo end: Int? = nil) -> Substring {
        let text = runs[Int(word.run)].text
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: word.text.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: end ?? word.text.upperBound)]
    }

    /// The words as written ("one-time passcode", 'a "safe account"', a quotation opened in them
    /// closed), or joined by spaces where markup or other signs stand between them.
    private func written(_ span: Range<Int>) -> String {
        let first = words[span.lowerBound]
        let last = words[span.upperBound - 1]
        if first.run == last.run {
            func isBalanced(_ text: Substring) -> Bool {
                var (straight, opening) = (0, 0)
                for scalar in text.unicodeScalars {
                    switch scalar {
                    case "\"": straight += 1
                    case "“": opening += 1
                    case "”": opening -= 1
                    default: break
                    }
                }
                return straight % 2 == 0 && opening == 0
            }
            var original = text(first, upTo: last.text.upperBound)
            // Only a quotation mark (", or “ ” as UTF-8's E2 80 9C and 9D) can leave one open.
            var balanced = true
            if original.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 }), !isBalanced(original) {
                let closed = quotationMark(after: span.upperBound - 1).map { text(first, upTo: last.text.upperBound + UTF8.width($0)) }
                if let closed, isBalanced(closed) { original = closed } else { balanced = false }
            }
            if balanced, original.unicodeScalars.allSatisfy({ scalar in
                if scalar.isASCII { return Tagger.isWordScalar(scalar) || scalar == " " || scalar == "-" || scalar == "'" || scalar == "\"" }
                return "‐‑’“”‘".unicodeScalars.contains(scalar) || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
            }) {
                return String(original)
            }
        }
        return words[span].map { String(text($0)) }.joined(separator: " ")
    }

    /// The bytes of `compactBytes` that the words `span` cover.
    private func bytes(_ span: Range<Int>) -> Range<Int> {
        words[span.lowerBound].bytes.lowerBound..<words[span.upperBound - 1].bytes.upperBound
    }

    /// The Traditional form of each Simplified Chinese cue (and word a term needs) that has one of its
    /// own, and the cues they were worked out for.
    struct TraditionalForms: Sendable {
        /// Of every cue of the lists, in order: the same key, the same forms.
        var key: Fingerprint
        /// Every Chinese cue, sorted.
        var phrases: [String]
        /// ICU's Traditional form of each cue that has one of its own, or Taiwan or Hong Kong forms
        /// (`Tagger.regionalForms`, worked out when the cues are laid out).
        var forms: [String: String]

        init(key: Fingerprint, phrases: [String], forms: [String: String]) {
            self.key = key
            self.phrases = phrases
            self.forms = forms
        }

        /// Those of the lists' cues and of the words their terms need, whatever other terms a list holds (a
        /// need's 運單 hung on another term's cue 运单): `known` if it was worked out for the same ones, or for
        /// the same Chinese ones.
        init(of lists: [[Term]], known: TraditionalForms?) {
            func phrases(_ term: Term) -> [String] { term.cues.map(\.phrase) + term.needs }
            key = Fingerprint { hash in
                for list in lists {
                    for term in list { for phrase in phrases(term) { hash.add(phrase) } }
                }
            }
            if let known, known.key == key {
                self.phrases = known.phrases
                forms = known.forms
                return
            }
            let cues = lists.flatMap { $0.flatMap(phrases) }
            let phrases = Array(Set(cues.filter { $0.unicodeScalars.contains(where: Tagger.isCJK) })).sorted()
            self.phrases = phrases
            if let known, known.phrases == phrases {
                forms = known.forms
                return
            }
            forms = [:]
            if !phrases.isEmpty, let converted = Tagger.traditional(phrases), converted.count == phrases.count {
                for (phrase, other) in zip(phrases, converted) where other != phrase || Tagger.regionalForms(other).count > 1 { forms[phrase] = other }
            }
        }
    }

    /// Words Taiwan and Hong Kong write their own way, after ICU's Traditional form: 轉帳 and 帳戶,
    /// 軟體, 簡訊 in Taiwan; 戶口 (a bank account), 短訊, 視像 in Hong Kong.
    private static let taiwanWords: [(String, String)] = [
        ("賬", "帳"), ("軟件", "軟體"), ("屏幕", "螢幕"), ("視頻", "視訊"), ("短信", "簡訊"), ("信息", "訊息"), ("鏈接", "連結"),
        ("網絡", "網路"), ("拉黑", "封鎖"), ("充值", "儲值"), ("程序", "程式"),
    ]
    private static let hongKongWords: [(String, String)] = [
        ("賬戶", "戶口"), ("短信", "短訊"), ("鏈接", "連結"), ("拉黑", "封鎖"), ("視頻", "視像"), ("充值", "增值"),
    ]

    /// A cue's other Simplified spelling, if it has one: 帐户 and 转帐 are older (and Taiwan's simplified) forms of 账户, 转账.
    static func simplifiedVariants(_ phrase: String) -> [String] {
        phrase.contains("账") ? [phrase.replacingOccurrences(of: "账", with: "帐")] : []
    }

    /// A cue's Traditional form (`TraditionalForms`), then its Taiwan and Hong Kong forms where they differ.
    static func regionalForms(_ traditional: String) -> [String] {
        var forms = [traditional]
        for words in [taiwanWords, hongKongWords] {
            let form = words.reduce(traditional) { text, pair in text.replacingOccurrences(of: pair.0, with: pair.1) }
            if !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// The Traditional Chinese forms of Simplified phrases (ICU's transform, through Foundation), in
    /// one call: the transform is slow to set up.
    static func traditional(_ phrases: [String]) -> [String]? {
        let joined = phrases.joined(separator: "\n")
        guard let converted = joined.applyingTransform(StringTransform("Simplified-Traditional"), reverse: false) else { return nil }
        return converted.components(separatedBy: "\n")
    }

    /// Quotation marks, which CJK cues are matched across: 指定的“安全账户” has 指定的安全账户.
    static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x2018, 0x2019, 0x201C, 0x201D, 0x300C...0x300F, 0x301D, 0x301E, 0xFE41...0xFE44: return true
        default: return false
        }
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Latin-script words: runs of letters and digits (apostrophes inside a word kept); CJK text breaks words.
    static func tokens(_ text: String) -> [Substring] { tokens(text[...]) }

    static func tokens(_ text: Substring) -> [Substring] {
        var result: [Substring] = []
        var scanner = WordScanner<String.Index>()
        var index = text.startIndex
        func add(_ word: Range<String.Index>?) { if let word { result.append(text[word]) } }
        for scalar in text.unicodeScalars {
            let next = text.unicodeScalars.index(after: index)
            add(scanner.feed(scalar, at: index))
            index = next
        }
        add(scanner.finish(at: text.endIndex))
        return result
    }

    /// Finds words one scalar at a time: runs of letters and digits, with the marks and the
    /// apostrophes inside a word ("don't", "O’Brien"); CJK characters break words. Positions are
    /// whatever the caller counts in.
    struct WordScanner<Position: Comparable> {
        /// Where the word being read starts.
        private var start: Position?
        /// An apostrophe after the word's letters: inside the word if a letter follows it.
        private var apostrophe: Position?

        var isInWord: Bool { start != nil }

        /// Reads the scalar at `position`; returns the word it ends, if any.
        mutating func feed(_ scalar: Unicode.Scalar, at position: Position) -> Range<Position>? {
            let isWord = Tagger.isWordScalar(scalar)
            guard let begin = start else {
                if isWord { start = position }
                return nil
            }
            if let mark = apostrophe {
                apostrophe = nil
                if isWord { return nil }
                start = nil
                return begin..<mark
            }
            if isWord || (!scalar.isASCII && [.nonspacingMark, .spacingMark].contains(scalar.properties.generalCategory)) { return nil }
            if scalar == "'" || scalar == "’" {
                apostrophe = position
                return nil
            }
            start = nil
            return begin..<position
        }

        /// The word the text ends in, if any.
        mutating func finish(at end: Position) -> Range<Position>? {
            defer { (start, apostrophe) = (nil, nil) }
            return start.map { $0..<(apostrophe ?? end) }
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        if isCJK(scalar) || isPunctuation(scalar) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Punctuation common in Chinese and English text, told without a look at Unicode properties:
    /// general punctuation (“ ” ’ —), CJK punctuation (、。《》【】) and full-width signs (，：！？（）).
    /// None is a letter, a digit or a mark.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020, 0x3030, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
        default: false
        }
    }

    /// A light English stemmer, applied to both cue and text so inflections meet:
    /// refunds/refunded/refunding → refund; parties → party; shares/shared/sharing → shar.
    static func stem(_ word: String) -> String {
        let w = word.unicodeScalars.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word
        guard w.utf8.allSatisfy({ $0 < 0x80 }) else {
            return w.hasSuffix("'s") ? String(w.dropLast(2)) : w
        }
        return stemASCII(w.utf8, lowercasing: false)
    }

    /// The key a word of the text is matched by: the word lower-cased and stemmed.
    static func key(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return stemASCII(word.utf8, lowercasing: true) }
        let narrowed = String(String.UnicodeScalarView(word.unicodeScalars.map(\.narrowed)))
        return narrowed.utf8.allSatisfy({ $0 < 0x80 }) ? stemASCII(narrowed.utf8, lowercasing: true) : stem(narrowed.lowercased())
    }

    /// `stem` of an ASCII word, on its bytes: nearly every Latin word goes this way, without the
    /// intermediate strings and character counting of `String`.
    static func stemASCII(_ word: some Collection<UInt8>, lowercasing: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
            var count = 0
            for byte in word {
                buffer[count] = lowercasing && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                count += 1
            }
            count = stemmedCount(buffer, count)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Personal pronouns, packed as `packed` does, which match one another: a cue's "pay you back"
    /// is the story's "pay her back", "the account he gave" its "the account they gave".
    private static let pronouns: Set<UInt64> = Set(["i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him",
                                                    "his", "she", "her", "hers", "they", "them", "their", "theirs"].map { packed(Array($0.utf8)) })

    /// Up to eight bytes in one number.
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Plurals that are words of their own, kept whole: "goods" is not "good", "news" not "new".
    private static let keptWhole: Set<UInt64> = Set(["goods", "news"].map { packed(Array($0.utf8)) })

    /// The suffix rules on the lower-cased ASCII word `w[..<count]`, in place (no rule lengthens a
    /// word); returns the stem's length.
    private static func stemmedCount(_ w: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> Int {
        func ends(_ suffix: StaticString, _ n: Int) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard n >= length else { return false }
            for index in 0..<length where w[n - length + index] != suffix.utf8Start[index] { return false }
            return true
        }
        func isVowel(_ index: Int) -> Bool {
            switch w[index] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
            case UInt8(ascii: "y"): return index > 0 && !isVowel(index - 1)
            default: return false
            }
        }
        /// Porter's short stem: one vowel-consonant sequence, ending consonant–vowel–consonant (not
        /// w, x or y): "sit", "shar", "cod". Such a stem keeps, or gets back, a final e ("site",
        /// "share", "coding" → "code"), so that it stays apart from a word whose doubled consonant
        /// was undone ("sitting" → "sit").
        func isShortStem(_ n: Int) -> Bool {
            guard n >= 3, !isVowel(n - 3), isVowel(n - 2), !isVowel(n - 1), ![UInt8(ascii: "w"), UInt8(ascii: "x"), UInt8(ascii: "y")].contains(w[n - 1]) else { return false }
            var sequences = 0
            for index in 1..<n where !isVowel(index) && isVowel(index - 1) { sequences += 1 }
            return sequences == 1
        }
        var n = count
        if n <= 6 {
            let word = packed(w[..<n])
            if pronouns.contains(word) {
                w[0] = UInt8(ascii: "*")
                return 1
            }
            if keptWhole.contains(word) { return n }
        }
        if ends("'s", n) { n -= 2 }
        guard n > 3 else { return n }
        // A suffix is stripped only when three letters stay.
        if (ends("ies", n) || ends("ied", n)) && n >= 6 {
            n -= 2
            w[n - 1] = UInt8(ascii: "y")
        } else if ends("sses", n) {
            n -= 2
        } else if (ends("ing", n) && n >= 6) || (ends("ed", n) && n >= 5) {
            n -= w[n - 1] == UInt8(ascii: "g") ? 3 : 2
            // A doubled final consonant is undone (stopped → stop), except l, s and z (called, passed);
            // else a short stem gets its e back (shared → share, as share).
            if n > 3, w[n - 1] == w[n - 2], w[n - 1] != UInt8(ascii: "l"), w[n - 1] != UInt8(ascii: "s"), w[n - 1] != UInt8(ascii: "z") {
                n -= 1
            } else if isShortStem(n) {
                w[n] = UInt8(ascii: "e")
                n += 1
            }
        } else if ends("ches", n) || ends("shes", n) || ends("xes", n) || ends("zes", n) {
            n -= 2
        } else if ends("s", n), !ends("ss", n), !ends("us", n), !ends("is", n) {
            n -= 1
        }
        if ends("e", n), n > 3, !isShortStem(n - 1) { n -= 1 }
        return n
    }
}
