import Foundation

/// Derives a one-or-two-sentence summary from body text, CJK-aware: it ends at a sentence end
/// (。！？.!?) and is never cut inside a word or a character.
enum Summary {
    static func derive(from text: String, limit: Int = 160) -> String {
        // Only the start matters: a sentence that is cut off where reading stops already
        // weighs more than the limit, so it is never taken whole.
        let flat = flatten(text, enough: 3 * limit)
        guard !flat.isEmpty else { return "" }
        var result = ""
        for sentence in sentences(flat, weighing: Double(limit)) {
            if result.isEmpty || weight(result + sentence) <= Double(limit) {
                result += sentence
            } else {
                break
            }
            if weight(result) >= Double(limit) / 2 { break }
        }
        result = result.trimmingWhitespace()
        return weight(result) <= Double(limit) ? result : shorten(result, to: limit)
    }

    /// How many characters of a case's plain text the search index holds: the whole of nearly every
    /// case, the police's advice at its end included (an outside reader searched for 110 in one of
    /// 2,800 characters, when it held 2,000), and no more, so that an edit past them leaves the index as it is.
    static let searchedCharacters = 4000

    /// The first `limit` characters of a case's plain text (`searchedCharacters`): what the search index holds of it.
    /// Characters are counted only when need be: a text of at most `limit` bytes or Unicode scalars
    /// has at most `limit` characters, and when the first `limit` + 1 bytes are ASCII other than a
    /// carriage return (the one ASCII byte that joins the next into a character), each is a character.
    static func excerpt(_ text: String, characters limit: Int = searchedCharacters) -> String {
        var utf8 = text
        let asciiPrefix: String?? = utf8.withUTF8 { bytes in
            if bytes.count <= limit || bytes.count(where: { $0 & 0xC0 != 0x80 }) <= limit { return .some(nil) }
            guard bytes.prefix(limit + 1).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(limit)), as: UTF8.self)
        }
        switch asciiPrefix {
        case .some(nil): return text
        case .some(let prefix?): return prefix
        case nil: return String(text.prefix(limit))
        }
    }

    /// Joins lines: no space between CJK characters, one space between Latin words.
    static func flatten(_ text: String, enough: Int = .max) -> String {
        var output = ""
        var outputWeight = 0.0
        var rest = Substring(text)
        while !rest.isEmpty, outputWeight <= Double(enough) {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end].trimmingWhitespace()
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            guard !line.isEmpty else { continue }
            if let last = output.unicodeScalars.last, let first = line.unicodeScalars.first,
               !isWide(last) || !isWide(first) {
                output += " "
            }
            output += line
            outputWeight += weight(line) + 1
        }
        return output.trimmingWhitespace()
    }

    static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value) || (0x2018...0x201D).contains(scalar.value)
    }

    /// Sentences with their closing punctuation (and closing quotes) kept.
    /// With `weighing`, the sentences stop at the first that makes them weigh more: `derive` reads
    /// no further, and the characters after it are not even told apart.
    static func sentences(_ text: String, weighing limit: Double = .infinity) -> [String] {
        var sentences: [String] = []
        var total = 0.0
        let dotsEndSentences = !text.contains("。")
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            var next = text.index(after: index)
            // By scalar value: comparing Characters compares strings. None of these six has another
            // canonically equivalent form, so a character is one of them exactly when its only scalar is.
            let scalars = character.unicodeScalars
            let value = scalars.count == 1 ? scalars.first?.value ?? 0 : 0
            let isCJKEnd = value == 0x3002 || value == 0xFF01 || value == 0xFF1F // 。！？
            let isLatinEnd = (value == 0x2E || value == 0x21 || value == 0x3F)
                && ((next == text.endIndex || text[next] == " ") && (value != 0x2E || !isAbbreviation(text, dotAt: index))
                    // Typed between Chinese characters with the wrong keyboard, in a text without 。: `包裹丢失.凡是…`
                    // (beside 。 it is a name's dot: `约翰.史密斯`).
                    || (dotsEndSentences && next < text.endIndex && index > start && isHan(text[text.index(before: index)]) && isHan(text[next])))
            if isCJKEnd || isLatinEnd {
                while next < text.endIndex, closingQuotes.contains(text[next]) { next = text.index(after: next) }
                let sentence = String(text[start..<next])
                sentences.append(sentence)
                total += weight(sentence)
                if total > limit { return sentences }
                start = next
            }
            index = next
        }
        if !text[start...].isBlank { sentences.append(String(text[start...])) }
        return sentences
    }

    /// Whether the `.` at `dot` ends an abbreviation, not a sentence: a lowercase word or a number
    /// follows ("3 p.m. from", "approx. 500"), or the word is a title or common short form ("Mr.",
    /// "St."), an initial ("J.") or dotted letters ("U.S.", "e.g.").
    static func isAbbreviation(_ text: String, dotAt dot: String.Index) -> Bool {
        if let next = text[text.index(after: dot)...].first(where: { $0 != " " }), next.isLowercase || next.isNumber || next == "," { return true }
        var start = dot
        while start > text.startIndex {
            let before = text.index(before: start)
            guard !text[before].isWhitespace, text[before] != "(" else { break }
            start = before
        }
        let word = text[start..<dot]
        guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0 == "." }) else { return false }
        return word.count == 1 || word.contains(".") || abbreviations.contains(word.lowercased())
    }

    private static let abbreviations: Set<String> = [
        "mr", "ms", "mrs", "dr", "no", "st", "jr", "sr", "prof", "vs", "inc", "ltd", "co", "corp", "mt", "gen", "gov",
        "sgt", "capt", "lt", "col", "rev", "fig", "approx", "dept", "tel", "ave", "rd", "blvd", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    private static let closingQuotes: Set<Character> = ["”", "’", "\"", "'", "）", ")", "」", "』"]

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(MarkdownRenderer.isHan) ?? false
    }

    /// Display weight: a CJK character counts as two Latin ones.
    static func weight(_ text: some StringProtocol) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// A CJK character or CJK punctuation: two Latin characters wide, and no space around it.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool { Tagger.isCJK(scalar) || isCJKPunctuation(scalar) }

    /// Cuts at the last word boundary (Latin) or character (CJK) that fits, adding "…", or the
    /// "……" of Chinese typography (two of them, as wide as two characters) after Chinese text.
    static func shorten(_ text: String, to limit: Int) -> String {
        var end = text.startIndex
        var lastBreak: String.Index?
        var total = 0.0
        for index in text.indices {
            let character = text[index]
            total += character.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
            // Room is kept for the ellipsis: "……" weighs 2.
            if total > Double(limit - 2) { break }
            end = text.index(after: index)
            if character == " " || character.unicodeScalars.contains(where: isWide) { lastBreak = end }
        }
        let cut = text[..<(lastBreak ?? end)].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        return cut + (cut.unicodeScalars.last.map(Tagger.isCJK) == true ? "……" : "…")
    }
}
