/// The parts of a case text that advise readers instead of telling what happened: a closing
/// "警方提醒" or "Police advice" paragraph or section, and sentences such as "The bank will never
/// ask for your code" or "切勿向陌生账户转账". They name scams and red flags that may not be in
/// the case, so the tagger counts their cues only for a term the story itself gives evidence of.
/// Words inside quotation marks are what someone said, which in a case is usually the scammer,
/// so they never make a sentence advice.
enum AdviceText {
    /// A run of text: a sentence, or a whole line of advice. `continues` when it carries on the
    /// sentence of the run before it: the line before ended mid-sentence in the same paragraph.
    typealias Run = (line: Int, text: Substring, isAdvice: Bool, continues: Bool)

    /// Each line cut into runs of narrative and advice, in order; a run never spans lines.
    static func runs(_ text: NumberedText) -> [Run] {
        var result: [Run] = []
        var previousLine = Int.min
        var paragraphIsAdvice = false
        var paragraphStarts = true
        /// The level of the advice heading whose section this is.
        var adviceSection: Int?
        /// Whether the last run ended mid-sentence, in a paragraph the next line may carry on.
        var open = false
        /// Whether a label that states a rule ("Harbour Bank will never:", "银行不会要求您：") heads
        /// the list being read: its items are the rule's, not what happened. Its marker, once an
        /// item is read: after a blank line, only an item marked alike goes on with the list.
        var ruleList = false
        var ruleMarker: Bool?
        /// Whether a paragraph of the story came before: a bold line that opens advice before any is
        /// the case's headline ("**警方呼吁市民提防假冒“股票导师”骗案**"), which heads no section.
        var toldStory = false
        for (number, line) in text.lines {
            if number != previousLine + 1 { paragraphStarts = true }
            previousLine = number
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            if trimmed.unicodeScalars.allSatisfy(\.isWhiteSpace) {
                paragraphStarts = true
                open = false
                continue
            }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix { $0 == "#" }.count
                if let section = adviceSection, level <= section { adviceSection = nil }
                if opensAdvice(trimmed.dropFirst(level)), !isHeadline(trimmed.dropFirst(level), level: level) { adviceSection = level }
                ruleList = false
                ruleMarker = nil
                paragraphStarts = true
                paragraphIsAdvice = false
                result.append((number, line[...], adviceSection != nil, false))
                open = false
                continue
            }
            if ruleList {
                // An item, or a line that carries on the item before it (a heading ends the list above).
                let numbered = trimmed.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false
                if isListItem(trimmed) ? !paragraphStarts || ruleMarker == nil || ruleMarker == numbered : !paragraphStarts {
                    if isListItem(trimmed), ruleMarker == nil { ruleMarker = numbered }  // the list's own, not a nested item's
                    paragraphStarts = false
                    result.append((number, line[...], true, false))
                    continue
                }
                ruleList = false
                ruleMarker = nil
            }
            // A list item, a quotation or a table row starts anew, though no blank line comes before it.
            if paragraphStarts || startsBlock(trimmed) { open = false }
            if paragraphStarts {
                paragraphIsAdvice = opensAdvice(trimmed)
                paragraphStarts = false
                // A label alone ("**警方提醒：**", "Police advice:") heads what follows, like a heading
                // of its own, up to the next heading.
                if paragraphIsAdvice, adviceSection == nil, isLabel(trimmed), toldStory || endsSentence(trimmed) { adviceSection = belowEveryHeading }
            }
            if adviceSection != nil || paragraphIsAdvice {
                result.append((number, line[...], true, open))
                open = !endsSentence(line[...])
                continue
            }
            for sentence in sentences(line[...]) {
                let isAdvice = isAdviceSentence(sentence)
                toldStory = toldStory || !isAdvice
                result.append((number, sentence, isAdvice, open))
                open = !endsSentence(sentence)
            }
            if let last = result.last, last.line == number, last.isAdvice, isLabel(trimmed), !isListItem(trimmed) { ruleList = true }
            // Only the line's last sentence can go on in the next line.
        }
        return result
    }

    /// Whether a line opens a Markdown block of its own: a list item, a quotation, a table row.
    private static func startsBlock(_ trimmed: Substring) -> Bool {
        guard let first = trimmed.unicodeScalars.first else { return false }
        return ">|".unicodeScalars.contains(first) || isListItem(trimmed)
    }

    /// Whether a line opens a list item: `- `, `* `, `+ `, `1. ` or `1) `.
    private static func isListItem(_ trimmed: Substring) -> Bool {
        guard let first = trimmed.unicodeScalars.first else { return false }
        let rest = trimmed.unicodeScalars.dropFirst()
        if "-*+".unicodeScalars.contains(first) { return rest.first == " " || rest.first == "\t" }
        let digits = trimmed.unicodeScalars.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty, digits.count <= 9 else { return false }
        let after = trimmed.unicodeScalars.dropFirst(digits.count)
        return (after.first == "." || after.first == ")") && (after.count == 1 || after.dropFirst().first == " ")
    }

    /// Whether a run ends its sentence: its last sign, markup and closing quotes aside, ends a
    /// sentence or a label (. ! ? ; : and their full-width forms).
    static func endsSentence(_ run: Substring) -> Bool {
        let closing = " \t*_`\"')]}”’」』】）\u{3000}".unicodeScalars
        guard let last = run.unicodeScalars.reversed().first(where: { !closing.contains($0) }) else { return false }
        return ".!?;:。！？；：…".unicodeScalars.contains(last)
    }

    /// Paragraph and heading openings that announce advice. The bare labels (提醒, "Tips") only
    /// when followed by a colon or all there is of a heading.
    static let chineseOpeningPhrases = ["警方提醒", "警方提示", "警方再次提醒", "警方特别提醒", "民警提醒", "民警提示", "警官提醒", "反诈提醒",
                                        "反诈提示", "防骗提醒", "防骗提示", "防范提示", "防范建议", "温馨提示", "温馨提醒", "特别提醒", "安全提示",
                                        "风险提示", "如何防范", "法官说法", "法官提醒", "检察官说法", "检察官提醒", "律师说法", "律师提醒",
                                        "专家提醒", "专家提示", "专家建议", "编者按", "编者注", "小编提醒", "刑事警察局提醒", "警务处提醒",
                                        "小编说两句", "小编有话说", "社区提醒", "银行提醒", "银行提示", "处理意见", "处理结果", "办理结果",
                                        "办理情况", "回访情况"]
    private static let chineseOpenings = chineseOpeningPhrases.flatMap(withTraditional).map(bytes)
    private static let englishOpenings = ["police advice", "police advise", "police remind", "police reminder", "police urge", "police tips",
                                          "police are reminding", "police are urging", "police are advising", "what police say",
                                          "how to protect", "how to stay safe", "how to avoid", "prevention tips", "safety tips", "our advice",
                                          "expert advice", "what you can do", "how to spot", "advice from the police", "advice from police",
                                          "what the police say", "what the police said", "what police said", "a word from the police",
                                          // A closing list of other scams to look out for.
                                          "also watch", "watch out for", "look out for", "also beware", "other scams", "other common scams",
                                          "common scams"].map { bytes(" \($0) ") }
    private static let openingWords = Set((englishOpenings + labels).compactMap { phrase in
        let word = phrase.drop { $0 == 0x20 }.prefix { $0 != 0x20 }
        return word.first.map { _ in Array(word) }
    })
    private static let labels = ["提醒", "提示", "advice", "tips", "tip", "reminder", "remember", "stay safe"].map(bytes)

    /// Words that may lead into a Chinese opening ("对此，反诈中心提醒…").
    static let chineseLeadPhrases = ["对此", "同时", "在此", "为此", "此外", "另外", "最后", "因此", "另"]
    private static let chineseLeads = chineseLeadPhrases.flatMap(withTraditional)
    /// Who gives advice in a bulletin, and the verbs they give it with: "反诈中心再次提醒广大市民" opens
    /// advice when the verb follows one of them within a few characters.
    static let chineseAdviserPhrases = ["警方", "民警", "公安", "警官", "警察", "辅警", "派出所", "反诈中心", "反诈专家", "反诈民警", "法官", "检察官",
                                        "律师", "专家", "网格员", "社区工作人员", "社区民警", "反诈志愿者",
                                        // Consumer councils, Taiwan's 165 line and banks' regulators.
                                        "消委会", "消费者委员会", "消费者协会", "消协", "消保会", "反诈骗中心", "165", "金管会", "市场监管局"]
    private static let chineseAdvisers = chineseAdviserPhrases.flatMap(withTraditional)
    static let chineseAdviceVerbPhrases = ["提醒", "提示", "呼吁", "建议", "讲解", "告诫", "叮嘱", "劝导"]
    private static let chineseAdviceVerbs = chineseAdviceVerbPhrases.flatMap(withTraditional)

    /// Whether a paragraph's first line or a heading's text opens advice.
    static func opensAdvice(_ text: Substring) -> Bool {
        let start = text.drop { " \t*_>-+#\u{3000}【[".contains($0) }
        let raw = Array(start.utf8.prefix(120))
        if chineseOpenings.contains(where: { raw.starts(with: $0) }) || opensChineseAdvice(start) { return true }
        // Every English opening and label starts with one of these words.
        let first = raw.prefix { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }.map { $0 | 0x20 }
        guard openingWords.contains(first) || raw.starts(with: labels[0]) || raw.starts(with: labels[1]) else { return false }
        let opening = String(decoding: raw, as: UTF8.self)[...]
        let words = normalized(opening, keepingQuotes: true)
        if englishOpenings.contains(where: { words.starts(with: $0) }) { return true }
        let lowered = Array(opening.lowercased().utf8)
        return labels.contains { label in
            guard lowered.starts(with: label) else { return false }
            let rest = lowered.dropFirst(label.count).drop { [0x20, 0x2A, 0x5F, 0x5D].contains($0) }
            return rest.isEmpty || rest.first == UInt8(ascii: ":") || rest.starts(with: bytes("：")) || rest.starts(with: bytes("】"))
        }
    }

    /// "反诈中心提醒广大市民：", "对此，民警再次提醒": an adviser and an advice verb in the
    /// paragraph's first clause, after at most a lead word.
    private static func opensChineseAdvice(_ text: Substring) -> Bool {
        // Most paragraphs have none of the verbs' first characters (提, 呼, 建, 讲/講, 告, 叮, 劝/勸) near their start.
        func hasVerb(_ bytes: some Collection<UInt8>) -> Bool {
            var code: UInt32 = 0
            for byte in bytes {
                code = (code << 8 | UInt32(byte)) & 0xFF_FFFF
                switch code {
                case 0xE6_8F_90, 0xE5_91_BC, 0xE5_BB_BA, 0xE8_AE_B2, 0xE8_AC_9B, 0xE5_91_8A, 0xE5_8F_AE, 0xE5_8A_9D, 0xE5_8B_B8: return true
                default: continue
                }
            }
            return false
        }
        let opening = text.utf8.prefix(96)
        guard opening.withContiguousStorageIfAvailable(hasVerb) ?? hasVerb(opening) else { return false }
        var clause = Substring(text.unicodeScalars.prefix(24))
        if let lead = chineseLeads.first(where: { clause.hasPrefix($0) }) {
            clause = clause.dropFirst(lead.count).drop { "，,、：: ".contains($0) }
        }
        guard let adviser = chineseAdvisers.first(where: { clause.hasPrefix($0) }) else { return false }
        // "网格员随后结合近期案例讲解：": the verb within a dozen characters of the adviser.
        let rest = clause.dropFirst(adviser.count).prefix(12).prefix { !"，。,：:！？".contains($0) }
        return chineseAdviceVerbs.contains { rest.contains($0) }
    }

    /// Whether a heading that opens advice is the story's headline ("# 消协提醒：扫码理赔竟被要求开通借呗",
    /// "# 【警方提醒】演唱会门票捡漏？女大学生钱票两空"): a first-level heading longer than a label.
    /// Its section would be the whole story, none of it evidence.
    static func isHeadline(_ text: Substring, level: Int) -> Bool {
        level == 1 && text.unicodeScalars.count { $0.properties.isAlphabetic || $0.properties.numericType != nil } > 16
    }

    /// The section level of a label alone on its line: any heading (levels 1–6) ends it.
    private static let belowEveryHeading = 7

    /// Whether a line is only a label that ends in a colon, markup aside.
    static func isLabel(_ line: Substring) -> Bool {
        var text = line
        while let last = text.last, " \t*_】]\u{3000}".contains(last) { text = text.dropLast() }
        if (text.hasSuffix(":") || text.hasSuffix("：")) && text.count <= 40 { return true }
        // A short line set apart, bold or in brackets, that opens advice: "**Police advice**", "【警方提示】".
        // (Not a title: "警方提醒 谨防冒充客服" heads no section.)
        let bare = text.drop { " \t*_【[#\u{3000}".contains($0) }
        let setApart = line.drop { " \t\u{3000}".contains($0) }.first.map { "*_【[".contains($0) } ?? false
        return setApart && bare.count <= 24 && !bare.contains { ".!?。！？，,；;".contains($0) }
    }

    /// Chinese phrasings that state a rule for everyone ("…不会通过电话办案", "切勿…", "…都是诈骗"),
    /// or say what did not happen: such a sentence is no evidence either.
    static let chineseRulePhrases = ["不会通过", "不会以", "不会要求", "不会主动", "不会在电话", "不会打电话", "不会电话", "绝不会", "从不会",
                                     "从来不会", "切勿", "请勿", "不存在所谓", "都是诈骗", "均为诈骗", "均是诈骗", "一律是诈骗", "都是骗局",
                                     "均为骗局", "提醒广大", "提醒市民", "提醒群众", "呼吁广大", "提醒不要", "提醒大家", "提醒居民", "提醒老人",
                                     // What did not happen (没有人向他索要验证码); not 无人 alone, which is also 无人机.
                                     "没有人", "无人向", "无人要求", "无人索要", "从未有人", "并未要求", "没有要求", "未要求", "没有索要", "并未索要",
                                     "从未要求",
                                     // A closing list of other scams (同样要当心的还有：…; 另外提醒：…都是高发骗局).
                                     "同样要当心", "同样要警惕", "同样需要警惕", "也要当心", "还要当心", "要当心的还有", "要警惕的还有", "另外提醒",
                                     "此外提醒", "高发骗局", "类似套路", "类似的套路"]
    private static let chineseRules = chineseRulePhrases.flatMap(withTraditional).map(bytes)
    /// English phrasings that state a rule for everyone, report one, or say what did not happen,
    /// anywhere in a sentence.
    private static let englishRules = ["will never", "would never", "never ask", "never asks", "never call", "never calls", "never request",
                                       "never requests", "no genuine", "no legitimate", "always a scam", "should never", "must never",
                                       // Advice reported in a story: "Inspector Liu said residents should…", "police urged the public to…".
                                       "residents should", "the public should", "people should", "everyone should", "urged residents",
                                       "urges residents", "reminded residents", "reminds residents", "advised residents", "advises residents",
                                       "warned residents", "warns residents", "urged the public", "urges the public", "reminded the public",
                                       "reminds the public", "warned the public", "warns the public",
                                       // Other scams named in a closing word ("It also warned of Macau scams…").
                                       "also warned", "also warns", "also warning", "warned of", "warns of", "also reminded",
                                       "also urged", "also receiving", "many reports of",
                                       // What did not happen: "No one asked her for a code" is no evidence of a code.
                                       "no one", "nobody", "at no point", "at no time", "never asked", "was not asked", "were not asked",
                                       "wasn't asked", "weren't asked", "did not ask", "didn't ask"].map { bytes(" \($0) ") }
    /// English imperatives that open an advice sentence.
    private static let englishImperatives = ["never", "do not", "don't", "dont", "always check", "always verify", "beware", "be wary",
                                             "be careful",
                                             // Advice for a case to come: "If anyone calls about a refund, hang up."
                                             "if you", "if anyone", "if someone", "if somebody", "if a caller", "if a stranger", "if in doubt"]
        .map { bytes(" \($0) ") }

    private static let englishNo = bytes(" no ")
    private static let englishWill = bytes(" will ")

    /// Whether a sentence, outside its quotations, gives advice.
    static func isAdviceSentence(_ sentence: Substring) -> Bool {
        let text = normalized(sentence, keepingQuotes: false)
        return text.withUnsafeBufferPointer { text in
            if englishImperatives.contains(where: { text.starts(with: $0) }) { return true }
            // "No federal agency will call you…", "No bank will ever ask…": a rule for everyone.
            if text.starts(with: englishNo), (0..<text.count).contains(where: { matches(text, englishWill, at: $0) }) { return true }
            // Rules are looked for only where one could start: a Latin word that opens an English
            // rule, or a character that opens a Chinese one.
            var index = 0
            while index < text.count {
                let byte = text[index]
                if byte == 0x20, index + 1 < text.count {
                    if englishRulesByLetter[Int(text[index + 1])].contains(where: { matches(text, $0, at: index) }),
                       !instructsSecrecy(text, before: index) { return true }
                } else if byte >= 0xE0, index + 2 < text.count, chineseThirdBytes[Int(text[index + 2])],
                          let rules = chineseRulesByStart[UInt32(byte) << 16 | UInt32(text[index + 1]) << 8 | UInt32(text[index + 2])] {
                    if rules.contains(where: { matches(text, $0, at: index) }), !demandsSecrecy(text, at: index) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// The rules by what they start with: English ones by their first letter, Chinese ones by their
    /// first character, after a quick test of its third byte.
    private static let englishRulesByLetter: [[[UInt8]]] = (0..<256).map { byte in englishRules.filter { Int($0[1]) == byte } }
    private static let chineseThirdBytes = table(chineseRules.map { $0[2] })
    private static let chineseRulesByStart = Dictionary(grouping: chineseRules) { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) }

    private static func table(_ bytes: [UInt8]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes { table[Int(byte)] = true }
        return table
    }

    /// "told her to tell no one", "to inform nobody": a scammer's demand for secrecy, not what did
    /// not happen. True when the word before `index` is one of telling.
    private static func instructsSecrecy(_ text: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        tellingWords.contains { word in index >= word.count && matches(text, word, at: index - word.count) }
    }

    private static let tellingWords = ["tell", "told", "telling", "inform", "informed", "notify", "warn"].map { bytes(" \($0)") }

    /// "叮嘱她切勿告知家人", "请勿告诉家人": a scammer's demand for secrecy, which no adviser makes (advice
    /// is to tell the family). True when 切勿 or 请勿 at `index` has a word for the family within a few
    /// characters after it.
    private static func demandsSecrecy(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard secrecyOpeners.contains(where: { matches(text, $0, at: index) }) else { return false }
        let after = index + 6
        return (after..<min(text.count, after + 24)).contains { start in familyWords.contains { matches(text, $0, at: start) } }
    }

    private static let secrecyOpeners = ["切勿", "请勿", "請勿"].map(bytes)
    private static let familyWords = ["家人", "家属", "家屬", "亲友", "親友", "亲人", "親人", "子女", "家里人", "家裡人", "家裏人"].map(bytes)

    private static func matches(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= text.count else { return false }
        for offset in needle.indices where text[index + offset] != needle[offset] { return false }
        return true
    }

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The Traditional characters of the Simplified ones these lists use (ICU's
    /// Simplified-Traditional transform agrees, as a test checks), so that 反詐中心提醒, 編者按 and
    /// 絕不會 read as their Simplified forms do, without setting the transform up for every build.
    static let traditionalCharacters: [Character: Character] = [
        "劝": "勸", "导": "導", "嘱": "囑", "诫": "誡", "员": "員", "愿": "願", "区": "區", "网": "網", "讲": "講", "辅": "輔", "随": "隨",
        "诈": "詐", "骗": "騙", "温": "溫", "编": "編", "专": "專", "检": "檢", "师": "師", "说": "說", "会": "會", "过": "過",
        "请": "請", "时": "時", "为": "為", "广": "廣", "众": "眾", "吁": "籲", "议": "議", "从": "從", "没": "沒", "无": "無",
        "并": "並", "对": "對", "后": "後", "谓": "謂", "绝": "絕", "电": "電", "话": "話", "动": "動", "别": "別", "范": "範",
        "险": "險", "务": "務", "处": "處", "风": "風", "来": "來", "两": "兩", "银": "銀", "见": "見", "结": "結", "办": "辦",
        "况": "況", "访": "訪", "费": "費", "协": "協", "监": "監", "场": "場", "当": "當", "样": "樣", "还": "還", "发": "發",
        "类": "類",
    ]

    /// A phrase, then its Traditional form if that differs.
    static func withTraditional(_ phrase: String) -> [String] {
        let traditional = String(phrase.map { traditionalCharacters[$0] ?? $0 })
        return traditional == phrase ? [phrase] : [phrase, traditional]
    }

    /// The text as UTF-8 for matching: ASCII letters lower-cased, other ASCII as single spaces
    /// (apostrophes kept inside words, ’ as '), other characters as they are, a space between
    /// Latin and other letters, and a space at each end. Without `keepingQuotes`, what is inside
    /// quotation marks is left out. Works on the UTF-8 bytes: only quotation marks and the
    /// ideographic space among non-ASCII characters need telling apart.
    static func normalized(_ text: Substring, keepingQuotes: Bool) -> [UInt8] {
        var result: [UInt8] = [0x20]
        result.reserveCapacity(text.utf8.count + 2)
        var depth = 0
        var straight = false
        var previousLatin = false
        /// Whether the character before was a Latin letter, inside quotations too: then ’ is an apostrophe.
        var previousLetter = false
        var bytes = text.utf8.makeIterator()
        var pending: UInt8? = bytes.next()
        while let byte = pending {
            pending = bytes.next()
            if byte < 0x80 {
                previousLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                if !keepingQuotes && byte == 0x22 {
                    straight.toggle()
                    continue
                }
                if depth > 0 || straight { continue }
                if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x27 {
                    if !previousLatin && result.last != 0x20 { result.append(0x20) }
                    result.append(byte == 0x27 ? byte : byte | 0x20)
                    previousLatin = true
                } else {
                    if result.last != 0x20 { result.append(0x20) }
                    previousLatin = false
                }
                continue
            }
            // A multi-byte character: its lead byte and continuation bytes, packed (at most four).
            defer { previousLetter = false }
            var code = UInt32(byte)
            var count = 1
            while let next = pending, next & 0xC0 == 0x80 {
                if count < 4 { code = code << 8 | UInt32(next) }
                count += 1
                pending = bytes.next()
            }
            if !keepingQuotes {
                switch code {
                case 0xE2_80_9C, 0xE3_80_8C, 0xE3_80_8E, 0xE2_80_98: // “ 「 『 ‘
                    depth += 1
                    continue
                case 0xE2_80_9D, 0xE3_80_8D, 0xE3_80_8F: // ” 」 』
                    depth = max(0, depth - 1)
                    continue
                case 0xE2_80_99 where depth > 0 && !(previousLetter && pending.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } == true): // ’ closing
                    depth -= 1
                    continue
                default:
                    break
                }
            }
            if depth > 0 || straight { continue }
            if code == 0xE2_80_99 && previousLatin { // ’ inside a word
                result.append(0x27)
            } else if code == 0xE3_80_80 || code == 0xC2_A0 || count > 4 { // ideographic and no-break space; malformed
                if result.last != 0x20 { result.append(0x20) }
                previousLatin = false
            } else {
                if previousLatin { result.append(0x20) }
                for shift in stride(from: (count - 1) * 8, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: code >> UInt32(shift))) }
                previousLatin = false
            }
        }
        if result.last != 0x20 { result.append(0x20) }
        return result
    }

    /// Sentences of a line, each with its closing punctuation; a sentence ends at 。！？；!?; or at
    /// a full stop followed by a space or the end of the line, or between Chinese characters, but
    /// not inside a quotation.
    static func sentences(_ line: Substring) -> [Substring] {
        var result: [Substring] = []
        let utf8 = line.utf8
        var start = utf8.startIndex
        var depth = 0
        var index = utf8.startIndex
        lazy var dotsEndSentences = !line.contains("。")
        while index < utf8.endIndex {
            let byte = utf8[index]
            var next = utf8.index(after: index)
            var ends = false
            switch byte {
            case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
                ends = depth == 0
            case UInt8(ascii: "."):
                // Also between Chinese characters, typed with the wrong keyboard, in a line without 。: `包裹丢失.凡是…`
                // (beside 。 it is a name's dot: `约翰.史密斯`).
                func han(_ lead: String.UTF8View.Index?) -> Bool { lead.map { $0 >= start && $0 < utf8.endIndex && (0xE4...0xE9).contains(utf8[$0]) } ?? false }
                ends = depth == 0 && (next == utf8.endIndex || utf8[next] == UInt8(ascii: " ")
                    || (dotsEndSentences && han(next) && han(utf8.index(index, offsetBy: -3, limitedBy: start))))
            case 0xE2, 0xE3, 0xEF:
                guard let second = utf8.index(next, offsetBy: 1, limitedBy: utf8.endIndex), second < utf8.endIndex else { break }
                let code = UInt32(byte) << 16 | UInt32(utf8[next]) << 8 | UInt32(utf8[second])
                next = utf8.index(after: second)
                switch code {
                case 0xE2_80_9C, 0xE3_80_8C, 0xE3_80_8E: depth += 1 // “ 「 『
                case 0xE2_80_9D, 0xE3_80_8D, 0xE3_80_8F: depth = max(0, depth - 1) // ” 」 』
                case 0xE3_80_82, 0xEF_BC_81, 0xEF_BC_9F, 0xEF_BC_9B: ends = depth == 0 // 。！？；
                default: break
                }
            default: break
            }
            if ends {
                result.append(line[start..<next])
                start = next
            }
            index = next
        }
        if start < utf8.endIndex { result.append(line[start...]) }
        return result
    }
}
