import Foundation

/// `alertpress new case "Title"`: a case file with today's date and every key documented.
public enum Scaffold {
    /// `<year>-<title's words in Latin letters>`, at most 60 characters of them; Chinese is written
    /// in pinyin (`冒充ETC客服退费诈骗` → `2026-mao-chong-etc-ke-fu-tui-fei-zha-pian`), which an editor
    /// can read in an address. A title with no letters at all is named by 8 hexadecimal digits of its
    /// fingerprint (`2024-11-06-case-1f3a9c02`), and a title cut at 60 characters ends in 6 of them,
    /// so that two titles do not make the same file.
    public static func slug(for title: String, date: LocalDay) -> String {
        var base = withoutLongNumbers(Decoder.slugify(inLatinLetters(title)))
        let tag = Fingerprint { $0.add(title) }.description.prefix(8)
        if base.isEmpty { return "\(date)-case-\(tag)" }
        // A long title is cut at a word, and two titles that differ only after the cut keep apart.
        if base.count > 60 {
            let cut = base.prefix(60)
            base = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut) + "-" + tag.prefix(6)
        }
        return "\(date.year)-\(base)"
    }

    /// Text with its Chinese written in pinyin, each character's apart (`冒充12306客服` → `mào chōng 12306 kè fú`).
    /// ICU reads a character one way wherever it stands: the words of `readings` are read as they are said.
    static func inLatinLetters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Tagger.isCJK) else { return text }
        var text = text
        for (word, reading) in readings where text.contains(word) { text = text.replacingOccurrences(of: word, with: " \(reading) ") }
        return spacedApart(text).applyingTransform(.mandarinToLatin, reverse: false) ?? text
    }

    /// Words with a character ICU reads otherwise here (银行 is not `yin-xing`, 长沙 not `zhang-sha`), longest first.
    private static let readings: [(String, String)] = [
        ("银行卡", "yin hang ka"), ("都江堰", "du jiang yan"), ("银行", "yin hang"), ("行业", "hang ye"), ("行长", "hang zhang"),
        ("长沙", "chang sha"), ("长春", "chang chun"), ("长江", "chang jiang"), ("长期", "chang qi"), ("长途", "chang tu"), ("长治", "chang zhi"),
        ("长宁", "chang ning"), ("六安", "lu an"), ("厦门", "xia men"), ("蚌埠", "beng bu"), ("重新", "chong xin"), ("重复", "chong fu"), ("还钱", "huan qian"),
        ("还款", "huan kuan"), ("归还", "gui huan"), ("退还", "tui huan"), ("偿还", "chang huan"), ("会计", "kuai ji"), ("首都", "shou du"),
        ("成都", "cheng du"), ("音乐", "yin yue"), ("了解", "liao jie"), ("便宜", "pian yi"), ("角色", "jue se"), ("睡觉", "shui jiao"),
    ]

    /// The title with a space between Chinese characters and the Latin letters or digits beside
    /// them, so that pinyin does not run into them (`冒充12306客服` → `mao-chong-12306-ke-fu`).
    static func spacedApart(_ title: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in title.unicodeScalars {
            if let previous, Tagger.isCJK(previous) != Tagger.isCJK(scalar),
               [previous, scalar].contains(where: { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) {
                result.append(" ")
            }
            result.append(scalar)
            previous = scalar
        }
        return String(result)
    }

    /// The language a new case with this title is written in: `requested` if given, else Chinese
    /// for a title in Chinese when the site has a Chinese edition, else the site's first language.
    public static func language(for title: String, requested: String?, siteLanguages: [String]) -> String {
        if let requested { return requested }
        if title.unicodeScalars.contains(where: Tagger.isCJK), let chinese = siteLanguages.first(where: { $0 == "zh" || $0.hasPrefix("zh-") }) {
            return chinese
        }
        return siteLanguages.first ?? "en"
    }

    /// The placeholder body of a new case, by language: `check` warns while a case still holds it.
    /// Each with the guidance the story's placeholder is followed by.
    static let placeholders = [
        "en": (story: "What happened, in the order it happened.", advice: "What police advise.",
               guidance: " Write the victim anonymously (\"Ms. Zhong\",\n\"a 23-year-old student\") and mask any number (138****5678, \"ending in 8988\")."),
        "zh": (story: "按时间顺序写清事情经过。", advice: "民警提醒的防范要点。",
               guidance: "受害人匿名（“钟女士”“一名23岁大学生”），号码一律打码（138****5678、“尾号8988”）。"),
        "zh-Hant": (story: "按時間順序寫清事情經過。", advice: "警方提醒的防範要點。",
                    guidance: "受害人匿名（「鍾女士」「一名23歲大學生」），號碼一律打碼（0912-***-678、「尾號8988」）。"),
    ]

    /// The placeholders' language for a case in `lang`: its Chinese script, else its primary language.
    static func placeholderLanguage(_ lang: String) -> String {
        LanguageTag.isTraditionalChinese(lang) ? "zh-Hant" : String(lang.prefix(2))
    }

    /// The scaffold text a case body still holds, if any. Searched for in UTF-8 bytes:
    /// `String.contains` goes through Foundation's locale-aware search, a sixth of `check` here.
    static func leftoverPlaceholder(in body: String) -> String? {
        var body = body
        return body.withUTF8 { text in
            placeholderTexts.first { placeholder in
                var placeholder = placeholder
                return placeholder.withUTF8 { contains(text, $0) }
            }
        }
    }

    /// Whether `needle` is in `text`: memchr finds each place its first byte is, memcmp checks it.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, let pattern = needle.baseAddress, needle.count > 0 else { return false }
        var offset = 0
        while offset + needle.count <= text.count, let hit = memchr(base + offset, Int32(pattern[0]), text.count - needle.count + 1 - offset) {
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + position, pattern, needle.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }

    private static let placeholderTexts = placeholders.values.flatMap { [$0.story, $0.advice] }

    /// `slug` without its long numbers: seven digits or more in one part, or in neighbouring parts of
    /// digits only (`139-1234-5678`). In a title such a number is likely someone's phone, ID or card.
    static func withoutLongNumbers(_ slug: String) -> String {
        var kept: [Substring] = []
        var digits: [Substring] = []
        func flush() {
            if digits.joined().count < 7 { kept += digits }
            digits.removeAll()
        }
        for part in slug.split(separator: "-") {
            if part.allSatisfy(\.isNumber) {
                digits.append(part)
            } else {
                flush()
                if part.count(where: \.isNumber) < 7 { kept.append(part) }
            }
        }
        flush()
        return kept.joined(separator: "-")
    }

    /// The example values of a new case's commented keys: uncommented and left as they are, they
    /// would publish what no case said (`check` warns).
    static let examples = (summary: "One or two sentences. Left out, it is taken from the first sentences below.", region: "Chengdu, Sichuan",
                           loss: (amount: Decimal(4000), currency: "CNY"), indicator: "https://claim-center.example",
                           source: SourceLink(name: "City Police", url: "https://police.example.gov/notice/123"))

    /// A new case's file. Its commented examples name the site's own scam types and tactics
    /// (`typeIDs`, `tacticIDs`), or the shipped ones when it has none: an example to uncomment
    /// should not be an unknown id.
    public static func caseFile(title: String, date: LocalDay, lang: String = "en", typeIDs: [String] = [], tacticIDs: [String] = []) -> String {
        let types = "[" + (typeIDs.first ?? "fake-courier-compensation") + "]"
        let tactics = "[" + (tacticIDs.isEmpty ? ["verification-code", "chat-group-invite"] : Array(tacticIDs.prefix(2))).joined(separator: ", ") + "]"
        let placeholder = placeholders[placeholderLanguage(lang)] ?? placeholders["en"] ?? (story: "", advice: "", guidance: "")

        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
        ---
        # Required ------------------------------------------------------------------
        title: \(quoted)
        date: \(date)                # YYYY-MM-DD in the site time zone, or 2024-11-06T09:30:00+08:00

        # A draft is never published: delete this line when the case is ready.
        draft: true

        # Optional (delete the # to use a key) -----------------------------------------
        # summary: \(examples.summary)
        # region: \(examples.region)
        # scam_types: \(types)\(String(repeating: " ", count: max(1, 30 - types.count)))# left out: inferred from the text, with evidence
        # tactics: \(tactics)
        # channels: [phone, qq]                     # phone, sms, qq, wechat, email, app, website, in-person
        # loss: {amount: \(examples.loss.amount), currency: \(examples.loss.currency)}       # ISO 4217 code
        # indicators:                               # the scammer's numbers, sites, accounts; published defanged
        #   - \(examples.indicator)
        # sources:
        #   - {name: \(examples.source.name), url: "\(examples.source.url)"}
        # campaigns: [double-11]                    # besides those matched by date and scam type
        # updated: \(date)                       # date of the last substantive correction
        # expires: \(date.year + 1)-12-31                       # after this day the case leaves lists and feeds
        ---
        \(placeholder.story)\(placeholder.guidance)

        \(placeholder.advice)

        """
    }
}
