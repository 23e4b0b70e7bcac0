import Foundation

/// Words that call a site a scam page ("the fake refund page", "a phishing link", "钓鱼网站",
/// "假冒的退款页面"), and the sentence of a text that calls a given host one.
enum ScamPage {
    /// A page called fake: the word, up to three words (or eight characters in Chinese), the kind of page.
    private static let called = SharedRegex {
        /(?i:\b(?:fake|phishing|fraudulent|spoofed|bogus|counterfeit|copycat|cloned|scam|imitation|look-?alike)\b(?:[\s-]+[\w'’-]+){0,3}?[\s-]+(?:web\s*sites?|sites?|web\s*pages?|pages?|links?|urls?|apps?|portals?|domains?|shops?|stores?)\b|\bphishing\b|(?:钓鱼|假冒|虚假|仿冒|山寨|冒牌|伪造|诈骗|假的)[^，。,；;！？\n]{0,8}?(?:网站|网页|页面|链接|网址|域名|平台|app|客户端)|假(?:网站|网页|页面|链接|网址|域名|平台|app|客户端))/
    }

    /// What tells, between the words and the host, that the host is another site: the real one
    /// ("the fake page copied the official jd.com").
    private static let other = SharedRegex {
        /(?i:\b(?:official|genuine|real|legitimate|authentic|unlike|instead|not)\b|官方|官网|正规|真实|真正|正版|而非|不是|并非)/
    }

    /// What a report's name says: "News report on the scam site", "警方通报：钓鱼网站".
    private static let report = SharedRegex {
        /(?i:\b(?:reports?|reported|news|notice|warning|warns?|alerts?|article|announcement|press|statement|bulletin|police|about)\b|报道|通报|提醒|预警|公告|新闻|警方|警情|发布|关于)/
    }

    /// The start of each word `called` looks for, and of each kind of page: most texts lack one or
    /// the other, and are not read by it.
    private static let stemWords = ["fake", "phish", "fraud", "spoof", "bogus", "counterfeit", "copycat", "clone", "scam",
                                    "imitation", "look", "钓鱼", "假", "仿冒", "山寨", "冒牌", "伪造", "诈骗"]
    private static let stems = LinkPolicy.Patterns(stemWords)
    /// "phishing" calls a link a scam one without a kind of page after it.
    private static let phish = stemWords.firstIndex(of: "phish")
    private static let pages = LinkPolicy.Patterns(["site", "page", "link", "url", "app", "portal", "domain", "shop", "store",
                                                    "网站", "网页", "页面", "链接", "网址", "域名", "平台", "客户端"])

    private static func mayCall(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        var found: Set<Int> = []
        stems.forEach(in: bytes) { _, stem in
            found.insert(stem)
            return true
        }
        guard !found.isEmpty else { return false }
        if let phish, found.contains(phish) { return true }
        var page = false
        pages.forEach(in: bytes) { _, _ in
            page = true
            return false
        }
        return page
    }

    /// Whether a source's name calls it a scam page ("Screenshot of the fake refund page"), not a
    /// report about one.
    static func describes(_ name: String) -> Bool {
        mayCall(name) && called.with { name.contains($0) } && !report.with { name.contains($0) }
    }

    /// A site of a government, a police force or a university: never a scam page, whatever a sentence around it says.
    static func isPublicService(_ host: String) -> Bool {
        let labels = host.split(separator: ".")
        return labels.contains { ["gov", "police", "edu", "mil"].contains($0) } || host.hasSuffix(".gc.ca")
    }

    /// The first sentence of `text` that names `host` (lower case) as a whole name, after words
    /// that call it a scam page with nothing between them that names another site, or before them
    /// as what the host is ("jd-refund.top, a fake refund page", "jd-tuikuan.cn（钓鱼网站）"); nil if none.
    /// The host is looked for byte by byte, ASCII letters in any case: most texts do not name it,
    /// and are not read further.
    static func sentence(calling host: String, fakeIn text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let needle = Array(host.utf8)
            for offset in LinkPolicy.offsets(of: needle, in: bytes) where isWhole(offset, length: needle.count, in: bytes) {
                let start = sentenceStart(before: offset, in: bytes)
                let end = sentenceEnd(after: offset + needle.count, in: bytes)
                // The words that call it a page stand close before it: up to 60 characters.
                let before = String(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self).suffix(60))
                let after = String(String(decoding: UnsafeBufferPointer(rebasing: bytes[(offset + needle.count)..<end]), as: UTF8.self).prefix(60))
                let calledBefore = mayCall(before) && called.with { before.matches(of: $0).last?.range }.map { words in
                    !other.with { before[words.upperBound...].contains($0) } && !namesHost(before[words.upperBound...])
                } ?? false
                guard calledBefore || callsWhatItIs(after) else { continue }
                let sentence = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmingWhitespace()
                return sentence.count > 120 ? String(sentence.prefix(119)) + "…" : sentence
            }
            return nil
        }
    }

    /// Whether the text after a host says what the host is, as an apposition or with "is": the
    /// rest of its address, then a comma, a bracket, a dash or a colon, or "is", "was", "是", then
    /// words that call it a scam page (", a fake refund page", " is a phishing site", "（钓鱼网站）").
    private static func callsWhatItIs(_ after: String) -> Bool {
        guard mayCall(after), let words = called.with({ after.firstMatch(of: $0)?.range }) else { return false }
        // The rest of the address (`/claim`), then what stands between it and the words.
        let gap = after[..<words.lowerBound].drop { $0.isASCII && !$0.isWhitespace && !",(:;".contains($0) }
        let separator = gap.drop { $0.isWhitespace }.first
        let filler = gap.drop { $0.isWhitespace || ",，、(（:：—–-".contains($0) }.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard separator.map({ ",，(（:：—–-".contains($0) }) ?? false || ["is", "was", "是", "为", "系"].contains(where: { filler.hasPrefix($0) }) else { return false }
        return ["", "a", "an", "the", "is", "is a", "is an", "was", "was a", "was an", "which is a", "which was a", "是", "是一个", "是个", "一个", "为", "系", "即"].contains(filler)
    }

    /// Whether text between the words and the host names another site: a word with a dot inside.
    private static func namesHost(_ text: Substring) -> Bool {
        text.split(whereSeparator: { $0.isWhitespace }).contains { word in
            let inner = word.trimmingCharacters(in: .punctuationCharacters)
            return inner.contains(".") && inner.first?.isLetter == true && inner.last?.isLetter == true
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// Whether the host at `offset` is a whole name: no letter, digit, `-`, `.` or `@` before it
    /// (`my-jd.com`, `shop.jd.com`, `kefu@jd.com`), and no name going on after it (`jd.com.cn`,
    /// `jd.community`).
    private static func isWhole(_ offset: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isNamePart(_ byte: UInt8) -> Bool {
            let lower = lowered(byte)
            return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
        if offset > 0, case let before = bytes[offset - 1], isNamePart(before) || before == UInt8(ascii: ".") || before == UInt8(ascii: "@") {
            return false
        }
        let end = offset + length
        guard end < bytes.count else { return true }
        if isNamePart(bytes[end]) { return false }
        return !(bytes[end] == UInt8(ascii: ".") && end + 1 < bytes.count && isNamePart(bytes[end + 1]))
    }

    /// Whether a sentence ends at `index`: `.` `!` `?` `;` before a space or a line's end, a line's
    /// end, or a Chinese full stop, exclamation or question mark or semicolon (`。！？；`).
    private static func endsSentence(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") { return 1 }
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";")].contains(byte) {
            return index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\n") ? 1 : nil
        }
        guard index + 2 < bytes.count else { return nil }
        let mark = (bytes[index], bytes[index + 1], bytes[index + 2])
        return mark == (0xE3, 0x80, 0x82) || mark == (0xEF, 0xBC, 0x81) || mark == (0xEF, 0xBC, 0x9F) || mark == (0xEF, 0xBC, 0x9B) ? 3 : nil
    }

    private static func sentenceStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset - 1
        while index >= 0 {
            if let length = endsSentence(at: index, in: bytes) { return index + length }
            index -= 1
        }
        return 0
    }

    private static func sentenceEnd(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset
        while index < bytes.count {
            if let length = endsSentence(at: index, in: bytes) { return bytes[index] == UInt8(ascii: "\n") ? index : index + length }
            index += 1
        }
        return bytes.count
    }
}
