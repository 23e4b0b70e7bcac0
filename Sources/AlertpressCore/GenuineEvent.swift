import Foundation

/// A story of a genuine event told in a scam's words: a courier's real compensation, a recall's
/// refund, a court's real summons, a call that "really was him". Bulletins publish them to show what
/// the genuine thing looks like, and their vocabulary is the scam's, so a bag of cues gives them the
/// scam's type. Such a story says so in its headline ("这次不是诈骗", "yes, this one was genuine",
/// "turned out to be real"), or tells of a check that found the call true (核实后确认确有此事), and tells
/// of no one deceived; it then takes no type or tactic by inference. So does a round-up of several scams
/// whose headline says so ("五大詐騙手法", "Five scams doing the rounds") and that tells of no one deceived.
enum GenuineEvent {
    /// Whether the headline says the event was genuine, or the text (title, summary and body) that a check
    /// found it true and names no swindle, and the text tells of no loss or deception, other than one
    /// doubted or denied ("以为是被骗", "I thought I'd been scammed").
    static func isTold(title: String, text: NumberedText) -> Bool {
        let whole = text.lines.map(\.text).joined(separator: "\n")
        // A class or a talk that tells its cases one by one (案例一, "Case 1") tells scams.
        let headline = headlineSaysGenuine(title) || headlineListsScams(title) && !tellsCases(whole)
        // Most stories are scams, whose headlines do not say otherwise: their text is read for a check found true first.
        guard headline || textSaysChecked(whole) else { return false }
        guard !tellsDeception(whole) else { return false }
        return headline || !namesSwindle(whole)
    }

    /// Words of checking a call or message and finding it true, said by the story (not quoted, and not
    /// the caller's claim): 核实后确认确有此事, 查证…确认身份无误, "confirmed that the call was genuine".
    private static let chineseChecking = ["核实", "核實", "查证", "查證", "查询", "查詢"]
    private static let chineseConfirming = LinkPolicy.Patterns(["确认", "確認", "证实", "證實"])
    private static let chineseTrue = ["确实", "確實", "属实", "屬實", "无误", "無誤", "是真的", "真实", "真實", "确有", "確有", "有这", "有這", "确已", "確已"]
    private static let englishChecked = SharedRegex { /\bconfirmed (?:that )?(?:it|the (?:call|caller|message|text|letter|notice|summons|prize|refund|payout|claim|offer|request)|he|she|they) (?:was|were|is) (?:genuine|real|legitimate|authentic)\b|\b(?:checked|verified)\b[^.!?]{0,60}\b(?:was|were) (?:genuine|real|legitimate|authentic)\b/ }
    /// The words of both: a Chinese word of confirming, or an English word each match of `englishChecked`
    /// holds; then one of `englishTrue` too.
    private static let checking = LinkPolicy.Patterns(["确认", "確認", "证实", "證實", "confirmed", "checked", "verified"])
    private static let englishTrue = LinkPolicy.Patterns(["was", "were", "is"].flatMap { verb in
        ["genuine", "real", "legitimate", "authentic"].map { "\(verb) \($0)" }
    })

    static func textSaysChecked(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var (chinese, english) = (false, false)
        checking.forEach(in: bytes) { _, pattern in
            if pattern < 4 { chinese = true } else { english = true }
            return !(chinese && english)
        }
        // In Chinese: a word of confirming, a word of checking before it in its sentence (30 characters at most), and
        // one of truth after it in its clause (12 at most); found in the text as written, then without its quotations.
        // Each found word is read with the bytes around it: a Chinese character is three.
        func checkedInChinese(_ bytes: [UInt8]) -> Bool {
            var checked = false
            chineseConfirming.forEach(in: bytes) { found, pattern in
                let before = String(decoding: bytes[max(0, found - 90)..<found], as: UTF8.self)
                let sentence = before[(before.lastIndex { "。！？!?\n".contains($0) }.map(before.index(after:)) ?? before.startIndex)...]
                guard chineseChecking.contains(where: sentence.contains) else { return true }
                let start = found + chineseConfirming.patterns[pattern].count
                let after = String(decoding: bytes[start..<min(bytes.count, start + 36)], as: UTF8.self)
                checked = chineseTrue.contains(where: after.prefix { !"。！？!?，,\n".contains($0) }.contains)
                return !checked
            }
            return checked
        }
        if chinese, checkedInChinese(bytes), checkedInChinese(Array(withoutQuotations(text).utf8)) { return true }
        guard english else { return false }
        // In English, read where "was genuine" (or the like) is, with the 150 bytes before it, where a match starts.
        var checked = false
        englishTrue.forEach(in: bytes) { found, pattern in
            let window = String(decoding: bytes[max(0, found - 150)..<min(bytes.count, found + englishTrue.patterns[pattern].count + 1)], as: UTF8.self)
            let lowered = withoutQuotations(window).lowercased().replacingOccurrences(of: "’", with: "'")
            checked = englishChecked.with { lowered.firstMatch(of: $0) != nil }
            return !checked
        }
        return checked
    }

    /// Words of a swindle told (骗子, 骗局, a fraudster), not doubted: a check that found something true
    /// (the caller's number) in a scam's story.
    private static let chineseSwindle = ["骗子", "騙子", "骗局", "騙局", "诈骗分子", "詐騙分子", "犯罪分子", "不法分子", "嫌疑人", "識破", "识破"]
    private static let englishSwindle = SharedRegex { /\b(?:fraudsters?|con ?m[ae]n|con artists?|impostors?|imposters?|criminals?|the scam)\b/ }

    static func namesSwindle(_ text: String) -> Bool { tellsUndoubted(chineseSwindle, englishSwindle, in: text) }

    /// Phrases of a Chinese headline (Simplified and Traditional) saying the event was real.
    private static let chineseMarkers = [
        "是真的", "真的赔", "真的賠", "真的中", "真的获", "真的獲", "确为真实", "確為真實", "真实送达", "真實送達", "确有此事", "確有此事",
        "确有其事", "確有其事", "不是诈骗", "不是詐騙", "并非诈骗", "並非詐騙", "不是被骗", "不是被騙", "不是骗", "不是騙", "真民警", "真警察",
        "正常退款", "正规退款", "正規退款", "原来是真", "原來是真", "原来是正", "原來是正", "原来是民警", "原來是民警", "其实是真", "其實是真",
        "其实是正", "其實是正", "确实是本人", "確實是本人", "确是本人", "確是本人", "真的抽中", "真的收到", "真的到账", "真的到賬",
        // "…中了頭獎（真的）"; "…差点以为是骗子": a doubt the headline lays to rest (what it quotes is left out first).
        "（真的）", "(真的)", "以为是骗子", "以為是騙子", "以为是诈骗", "以為是詐騙", "以为遇到骗子", "以為遇到騙子",
    ]
    private static let englishMarker = SharedRegex {
        /\b(?:was|is|were|are|it's) (?:really |actually |in fact |indeed )?(?:genuine|real|legit|legitimate|authentic)\b(?! (?:bank|website|site|app|account|company|police|officer|page|money)\b)|\breally (?:was|is) (?:him|her|them|from|stuck|delayed|lost|the)\b|\breally did (?:get|win|need|send|pay|refund|arrive|come)|\b(?:i|we|she|he|they) actually (?:sold|got paid|got compensated|got refunded|got reimbursed|received|won)\b|\bturned out (?:to be )?(?:real|genuine|fine|legit|legitimate|above board)\b|\b(?:wasn't|was not|isn't|is not|not) a scam\b|\bno fraud\b|\bgenuinely (?:was|is|from|him|her|them)\b|\b(?:real|genuine) (?:[a-z]+-[a-z]+ )?(?:refund|return|recall|call|delivery|prize|win|notice|claim|payout)\b|\bwhat a (?:real|genuine)\b|\b(?:it|this one|she|he|they) really (?:was|were|is)\s*(?:[.!]|$)|\b(?:official|in-app|the app's) (?:refund|return|claim)\b[^.!?]{0,40}\b(?:arrived|came through|paid out)\b/
    }

    static func headlineSaysGenuine(_ title: String) -> Bool {
        // What a headline quotes is someone's claim (“这不是诈骗，我们是正规公司”: the scammer's), not the bulletin's word.
        let title = withoutQuotations(title)
        // Searched as bytes: every case's headline is read, in every language.
        let bytes = Array(title.utf8)
        if isOwnNotice(title, bytes) { return true }
        // One genuine beside a fake, the headline says (一則是真的, "The real call came from my bank. The fake one came first."):
        // a comparison, which tells the fake.
        if fakeWords.contains(where: { LinkPolicy.contains(bytes, caseInsensitive: $0) }) { return false }
        if chineseMarkerBytes.contains(where: { LinkPolicy.contains(bytes, caseInsensitive: $0) }) { return true }
        // A refund asked for in the shop's own app, that arrived (在购物App里申请退款，三天到账).
        if appRefundArrived.allSatisfy({ words in words.contains { LinkPolicy.contains(bytes, caseInsensitive: $0) } }) { return true }
        // Each English marker holds one of these words: most headlines are passed over without a regex.
        guard englishWords.contains(where: { LinkPolicy.contains(bytes, caseInsensitive: $0) }) else { return false }
        let text = title.lowercased().replacingOccurrences(of: "’", with: "'")
        return englishMarker.with { text.firstMatch(of: $0) != nil }
    }

    /// A company's or a regulator's own notice, headed as one and naming no scam: "关于…快件延误的说明",
    /// "颱風停飛航班退票及改票說明", "Recall: …kettles over overheating risk", "Service update: …". A police warning is
    /// headed by its scam (关于谨防冒充客服诈骗的提醒) and is not one; nor is a scammer's 通知 (收到一条退款通知) without 关于.
    private static func isOwnNotice(_ title: String, _ bytes: [UInt8]) -> Bool {
        guard !scamWords.contains(where: { LinkPolicy.contains(bytes, caseInsensitive: $0) }) else { return false }
        let trimmed = title.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        if trimmed.hasPrefix("关于") || trimmed.hasPrefix("關於") { return (noticeEndings + aboutEndings).contains(where: trimmed.hasSuffix) }
        // (Not "…（我整理的，带说明）": a note in brackets after the headline.)
        if noticeEndings.contains(where: title.trimmingCharacters(in: .whitespaces).hasSuffix) { return true }
        let lowered = trimmed.lowercased()
        return noticeOpenings.contains(where: lowered.hasPrefix)
    }
    /// A headline's words for a fake beside a genuine one: a comparison, not a genuine event.
    private static let fakeWords = ["fake", "bogus", "phishing", "impersonat", "假的", "是假", "假冒", "仿冒", "冒充", "一则是真", "一則是真",
                                    "一条是真", "一條是真", "一个是真", "一個是真"].map { Array($0.utf8) }
    private static let noticeOpenings = ["recall:", "recall notice", "product recall", "safety recall", "product safety recall", "service update",
                                         "service notice", "customer notice", "notice to customers", "important notice", "announcement:"]
    /// Words that end a notice however it starts, and those that end one only after 关于 (a scammer sends a 通知 too).
    private static let noticeEndings = ["说明", "說明", "公告", "通告"]
    private static let aboutEndings = ["通知", "声明", "聲明", "告知书", "告知書"]
    private static let scamWords = ["诈", "詐", "骗", "騙", "谨防", "謹防", "防范", "防範", "警惕", "提醒", "scam", "fraud", "fake", "bogus", "phishing",
                                    "impersonat"].map { Array($0.utf8) }

    /// A headline of a round-up of several scams, not of one case: "五大詐騙手法", "常见骗局", "Five scams doing
    /// the rounds", "common scams to watch", "common holiday scams", or of an awards ceremony (反诈工作表彰大会, 表揚前線員工) or an anti-fraud workshop. Told with no one deceived, it takes no type or tactic either: a
    /// bag of cues would give it every scam it lists.
    static func headlineListsScams(_ title: String) -> Bool {
        let bytes = Array(title.utf8)
        guard roundUpWords.contains(where: { LinkPolicy.contains(bytes, caseInsensitive: $0) }) else { return false }
        let text = title.lowercased()
        return roundUp.with { text.firstMatch(of: $0) != nil }
    }

    private static let roundUpWords = ["诈骗", "詐騙", "骗局", "騙局", "骗案", "騙案", "套路", "手法", "陷阱", "一律", "反诈", "反詐", "防骗", "防騙", "反电诈", "反電詐",
                                       "表彰", "表扬", "表揚", "嘉许", "嘉許", "颁奖", "頒獎", "scam", "fraud", "trick", "con", "messages", "texts", "calls", "emails", "signs", "flags", "awareness", "award", "honour", "honor"].map { Array($0.utf8) }
    private static let roundUp = SharedRegex {
        /(?:[0-9]+|[一二三四五六七八九十几幾数數])\s*(?:大|种|種|类|類|个|個|招)\s*(?:常见|常見|新型|高发|高發|典型)?\s*(?:的)?\s*(?:诈骗|詐騙|骗局|騙局|套路|手法|陷阱|话术|話術)|(?:常见|常見|高发|高發|典型)(?:的)?(?:电信网络|電信網路|电信|電信|网络|網路|網絡)?(?:诈骗|詐騙|骗局|騙局)(?:手法|类型|類型|套路)|\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:common\s+|new\s+|latest\s+|top\s+)?(?:scams|frauds|tricks|cons)\b|\bscams\s+(?:to\s+watch|doing\s+the\s+rounds|to\s+know|to\s+avoid)|\bcommon\s+(?:[a-z-]+\s+)?(?:scams|frauds)\b|\bscam\s+(?:round-?up|guide)\b|(?:[0-9]+|[一二三四五六七八九十几幾])\s*(?:个|個|条|條)?\s*[“"「]?一律|(?:反诈|反詐|防骗|防騙)(?:课|課|讲座|講座|宣传|宣傳|知识|知識|进|進|小课|小課|讲堂|講堂|文艺|文藝|汇演|匯演)|(?:防范|防範|谨防|謹防|预防|預防|远离|遠離)(?:电信网络|電信網路|电信|電信|网络|網路|網絡|电诈|電詐)(?:诈骗|詐騙)|(?:反电诈法|反電詐法|反电信网络诈骗法|反電信網路詐騙法)|\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:messages|texts|calls|emails|signs|red\s+flags|warning\s+signs)\s+(?:to\s+(?:ignore|watch|know|avoid|delete)|of\s+a\s+scam)\b|\bscam\s+awareness\b|\bawareness\s+(?:talk|session|week|day|event|campaign|workshop)\b|表彰(?:大会|大會|会|會)|表扬|表揚|嘉许|嘉許|颁奖|頒獎|\bawards?\s+(?:ceremony|evening|night)\b|\b(?:policing|police|bravery|community|annual)\s+awards\b|\bhonou?red\s+(?:at|for|in|with)\b|(?:骗案|騙案|诈骗案件?|詐騙案件?)(?:数字|數字|数据|數據|统计|統計|一览|一覽)|\b(?:scam|fraud)\s+(?:figures|statistics|stats)\b|\b(?:anti-?(?:fraud|scam)|(?:fraud|scam)[- ]prevention)\s+(?:workshop|talk|seminar|session|class|lecture|roadshow|day|week|fair)s?\b/
    }

    /// Whether a text tells cases one by one: 案例 (案例一：周大爷…, 【案例】, 案例：), "Case 1:", "Case study", "In one case";
    /// not a talk "结合真实案例" that tells none.
    static func tellsCases(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return caseWords.contains { LinkPolicy.contains(bytes, caseInsensitive: $0) }
    }
    private static let caseWords = ["案例一", "案例二", "案例1", "案例2", "案例：", "案例:", "案例】", "案例]", "案例回顾", "案例回顧", "案例分享",
                                    "案例简介", "案例簡介", "\n案例", "case 1", "case one", "case study", "in one case", "first case", "例一"].map { Array($0.utf8) }

    private static let chineseMarkerBytes = chineseMarkers.map { Array($0.utf8) }
    /// One word of each: an app, a refund or payout asked for, and its arrival.
    private static let appRefundArrived = [["app", "官方", "官网", "官網"], ["申请退款", "申請退款", "申请理赔", "申請理賠", "申请售后", "申請售後"],
                                           ["到账", "到賬", "到帐", "到帳", "退回来了", "退回來了"]].map { $0.map { Array($0.utf8) } }
    private static let englishWords = ["genuine", "real", "legit", "authentic", "scam", "fraud", "turned out", "actually"].map { Array($0.utf8) }

    /// `text` without what it holds between quotation marks (“…”, "…", 「…」, 『…』, «…»).
    static func withoutQuotations(_ text: String) -> String {
        let pairs: [Character: Character] = ["“": "”", "\"": "\"", "「": "」", "『": "』", "«": "»", "„": "“"]
        var result = ""
        var closing: Character?
        for character in text {
            if let open = closing {
                if character == open { closing = nil }
            } else if let close = pairs[character] {
                closing = close
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Words that tell of someone deceived or of money lost.
    private static let chineseDeception = ["被骗", "被騙", "上当", "上當", "受骗", "受騙", "骗走", "騙走", "被诈骗", "被詐騙", "骗取", "騙取",
                                           "涉案", "损失", "損失", "打了水漂", "打水漂", "血本无归", "血本無歸", "再也没回来", "再也沒回來", "钱没了", "錢沒了",
                                           "元没了", "元沒了", "被拉黑", "拉黑了"]
    private static let englishDeception = SharedRegex { /\b(?:scammed|defrauded|conned|fell for|cheated|swindled|vanished|never saw (?:it|the money|a penny|a cent) again|went silent|blocked (?:her|him|them))\b|\b(?:was|is|were) an? (?:scam|fraud|con)\b|turned out to be an? (?:scam|fraud|fake)\b|\blost (?:£|\$|€|¥|rs|hk\$|a\$|s\$|[0-9])|\bscammers?\b(?! (?:often|usually|sometimes|commonly|frequently|typically|routinely|increasingly|also|tend|are known|use|exploit|target|prey|pose|try|pretend|impersonate|send|may|might|will|would|can|could)\b)/ }
    /// Words before a deception's word that doubt or deny it: "以为是被骗", "没有损失", "thought it was a scam".
    private static let chineseDoubts = ["以为", "以為", "怀疑", "懷疑", "担心", "擔心", "怕", "不是", "没有", "沒有", "没", "沒", "未", "别", "別",
                                        "防止", "避免", "是不是", "会不会", "會不會", "算不算", "以免", "当成", "當成", "说你", "說你", "称你", "稱你", "第一反应", "第一反應",
                                        // A condition: "若不慎受騙，請立即報警".
                                        "不慎", "若", "如果", "万一", "萬一", "一旦"]
    /// Words right after a deception's word that make it a fear or a chance, not an event: 被骗怕了, 被骗风险, 被骗的可能.
    private static let chineseAfterDoubts = ["怕", "风险", "風險", "的风险", "的風險", "的可能", "概率", "機率"]
    private static let englishDoubt = SharedRegex { /(?:thought|sure|suspected|assumed|feared|worried|convinced|afraid|wondered|whether|if|in case|not|n't|never|no one|nobody|avoid|without|how to|how not to)\b[^.?!]{0,25}$/ }

    static func tellsDeception(_ text: String) -> Bool { tellsUndoubted(chineseDeception, englishDeception, in: text) }

    /// Whether `text` holds one of the Chinese words or a match of the English pattern with no doubt or denial
    /// before it (`chineseDoubts` up to 8 characters back, `englishDoubt` in the 40 before), nor for Chinese a fear
    /// or a chance right after it (`chineseAfterDoubts`).
    private static func tellsUndoubted(_ chinese: [String], _ english: SharedRegex<Substring>, in text: String) -> Bool {
        for word in chinese {
            var searched = text.startIndex
            while let found = text.range(of: word, range: searched..<text.endIndex) {
                let before = text[(text.index(found.lowerBound, offsetBy: -8, limitedBy: text.startIndex) ?? text.startIndex)..<found.lowerBound]
                let after = text[found.upperBound...]
                if !chineseDoubts.contains(where: before.contains), !chineseAfterDoubts.contains(where: after.hasPrefix) { return true }
                searched = found.upperBound
            }
        }
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'")
        let found = english.with { lowered.matches(of: $0).map(\.range) }
        return found.contains { range in
            let before = lowered[(lowered.index(range.lowerBound, offsetBy: -40, limitedBy: lowered.startIndex) ?? lowered.startIndex)..<range.lowerBound]
            return englishDoubt.with { before.firstMatch(of: $0) == nil }
        }
    }
}
