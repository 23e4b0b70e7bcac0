import Foundation

/// Who someone is, beyond their numbers: a chat account after its name (`微信号chen_xm1999`,
/// `QQ号 284756193`, `WeChat ID: chen_xm1999`), a mainland licence plate (`粤B·D12345`) and a full
/// date of birth (`出生于1954年3月7日`, `born on 7 March 1954`), and a full name beside an age
/// (`陈桂芳女士，72岁`, `Mrs Chen Guifang (72)`, `45岁的王芳`, "Zhang Wei, aged 67"). A scammer's account belongs in `indicators`, and
/// is then allowed in the text as the numbers are. A year of birth alone passes, and so does a
/// surname with its title (`陈女士，72岁`, `Mrs Chen, 72`).
enum Identities {
    struct Forms: OptionSet {
        let rawValue: UInt16
        static let account = Forms(rawValue: 1)
        static let plate = Forms(rawValue: 2)
        static let birth = Forms(rawValue: 4)
        static let name = Forms(rawValue: 8)
        /// An age that may stand by a name with no title (`bareChineseName`, `bareEnglishAge`).
        static let bareName = Forms(rawValue: 16)
        /// Another app's account after the word for one (`appAccount`).
        static let appAccount = Forms(rawValue: 32)
        /// A name after the word for one and a colon (`姓名：王建国`, "Name: Wang Jianguo"), as forms and case notes give it.
        static let labelledName = Forms(rawValue: 64)
        /// The word for a victim with a surname right after it (`受害人刘淑珍到派出所报案`), an age or none; or in English, two
        /// words with capitals after it ("victim Doris Baker").
        static let victimName = Forms(rawValue: 128)
        /// Two names, the first a common given name or a Chinese surname, right before what a victim suffered ("Doris Baker lost",
        /// "Chen Guifang was scammed", "Gary Whitfield fell victim").
        static let lossName = Forms(rawValue: 256)
        /// The word for a plate (registration, plate, 车牌, 車牌, 牌照, bernombor): a plate of any country after it.
        static let labelledPlate = Forms(rawValue: 512)
        static let all: Forms = [.account, .plate, .birth, .name, .bareName, .appAccount, .labelledName, .victimName, .lossName, .labelledPlate]
    }

    /// Each character's UTF-8 bytes read as one number, as `forms` reads them (`character(at:)`).
    private static func codes(_ characters: some Sequence<Character>) -> Set<UInt32> {
        Set(characters.map { character in String(character).utf8.reduce(0) { $0 << 8 | UInt32($1) } })
    }

    /// The last characters of the words for what a person is that `chineseName` reads between an age and a name (教师, 老人), as `codes`.
    private static let roleEnds = codes("师師员員工部人太汉漢生民领領计計纳納主板闆机機户戶子孩娘妈媽安士友")
    /// Chinese numerals of an age (七十二岁), as `codes`.
    private static let numerals = codes("一二三四五六七八九十")
    /// The provinces' one-character names, as `codes`.
    private static let provinces = codes("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领")

    /// Cheap test on the bytes, for each form: "微信", "QQ" or "WeChat" and soon after them the word
    /// for an account, or for QQ a digit (an account); a province's character before a capital (a
    /// plate); "出生", "生于", "生日", "born", "birth" or "DOB" (a birth); an age (岁, 歲) within 15
    /// characters of a title (女士, 先生, 小姐, 阿姨) with a surname two or three characters before it, or
    /// within 25 of the word for a victim (受害人, 被害人, 事主) with one right after it, or 岁的 and a
    /// surname; "Mr", "Mrs", "Ms" or "Miss" before two words with capitals, within 80 bytes of a digit;
    /// "victim", "complainant" or "claimant" within 60 bytes of a digit; "aged" and a number, or
    /// "-year-old" (a name).
    static func forms(in text: String) -> Forms {
        var copy = text
        return copy.withUTF8 { bytes in
            func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            func isLetter(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x61...0x7A).contains(lowered(bytes[index])) }
            /// An ASCII word (lower case) starting at `index`, in any case, not inside a longer word's start.
            func starts(_ word: StaticString, at index: Int) -> Bool {
                !isLetter(index - 1) && word.withUTF8Buffer { word in
                    index + word.count <= bytes.count && word.indices.allSatisfy { lowered(bytes[index + $0]) == word[$0] }
                }
            }
            /// The character at `index`, its three bytes as one number; 0 if there is none.
            func character(at index: Int) -> UInt32 {
                guard index >= 0, index + 2 < bytes.count else { return 0 }
                return UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            }
            /// An account's name at `start`: a letter, then letters, digits, "_" or "-", six to twenty in all, a digit, "_"
            /// or "-" among them.
            func letterAccount(at start: Int) -> Bool {
                guard isLetter(start) else { return false }
                var length = 0, marked = false
                while start + length < bytes.count, length <= 20 {
                    let byte = bytes[start + length]
                    guard isLetter(start + length) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") else { break }
                    marked = marked || !isLetter(start + length)
                    length += 1
                }
                return marked && length >= 6
            }
            /// `word` (lower case) at `index`, in any case, even right after a letter ("DouyinID").
            func follows(_ word: StaticString, at index: Int) -> Bool {
                word.withUTF8Buffer { word in index + word.count <= bytes.count && word.indices.allSatisfy { lowered(bytes[index + $0]) == word[$0] } }
            }
            /// Where an account would start after `end`: past spaces and one colon, bracket, comma, 是, 为, "is" or "was",
            /// emphasis marks and an "@" ("微信：lihua_1980", "WeChat (lihua_1980)", "handle is @lihua1980").
            func accountStart(after end: Int) -> Int {
                var next = end
                func spaces() { while next < bytes.count, bytes[next] == 0x20 { next += 1 } }
                spaces()
                if next < bytes.count, [UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ",")].contains(bytes[next]) {
                    next += 1
                } else if [0xEFBC9A, 0xEFBC88, 0xEFBC8C, 0xE698AF, 0xE4B8BA, 0xE782BA].contains(character(at: next)) {
                    next += 3
                } else if follows("is ", at: next) {
                    next += 2
                } else if follows("was ", at: next) {
                    next += 3
                }
                spaces()
                // Emphasis marks, which the text as printed leaves out (`抖音号_12345_`).
                while next < bytes.count, bytes[next] == UInt8(ascii: "_") || bytes[next] == UInt8(ascii: "*") { next += 1 }
                return next < bytes.count && bytes[next] == UInt8(ascii: "@") ? next + 1 : next
            }
            // After an app's name, within a few bytes: the word for an account (号, 號, 账, 帳, 帐, "id",
            // "account", "number"), or for QQ a digit; or an account right after it (`accountStart`), for QQ in digits too
            // ("QQ was 284756193").
            func namesAccount(after end: Int, digits: Bool) -> Bool {
                let start = accountStart(after: end)
                if letterAccount(at: start) || digits && start < bytes.count && (0x31...0x39).contains(bytes[start]) { return true }
                for index in end..<min(end + 12, bytes.count) {
                    if digits, index < end + 5, (0x31...0x39).contains(bytes[index]) { return true }
                    if [0xE58FB7, 0xE8999F, 0xE8B4A6, 0xE5B8B3, 0xE5B890].contains(character(at: index))
                        || starts("id", at: index) || starts("account", at: index) || starts("number", at: index) { return true }
                }
                return false
            }
            /// A surname's character at `index`; two or three characters before a title (陈桂芳女士, not 王女士).
            func surname(at index: Int) -> Bool { surnameBytes.contains(character(at: index)) }
            func namedBefore(_ index: Int) -> Bool { surname(at: index - 6) || surname(at: index - 9) }
            var forms: Forms = []
            // Where the last age, title, English title and digit were: a name is near an age.
            var (age, title, victim, englishTitle, englishVictim, digit) = (Int.min / 2, Int.min / 2, Int.min / 2, Int.min / 2, Int.min / 2, Int.min / 2)
            /// After spaces at `end`, a colon or a table's bar (either width), 为, 為 or 是: a label's end.
            func labelEnds(after end: Int) -> Bool {
                var next = end
                while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                return next < bytes.count && (bytes[next] == UInt8(ascii: ":") || bytes[next] == UInt8(ascii: "|"))
                    || [0xEFBC9A, 0xEFBD9C, 0xE4B8BA, 0xE782BA, 0xE698AF].contains(character(at: next))
            }
            func nameAfterAge(_ index: Int) -> Bool { Identities.nameMayFollowAge(at: index, in: bytes) }
            /// A surname right after the word for a victim that ends before `end`, or after spaces and 为, 為, 是, 名叫, 名为, 叫做, 叫,
            /// a colon or a table's bar there (`受害人：刘淑珍`, `| 受害人 | 刘淑珍 |`, `被骗老人名叫刘淑珍`).
            func victimNamed(_ end: Int) -> Bool {
                var next = end
                func spaces() { while next < bytes.count, bytes[next] == 0x20 { next += 1 } }
                spaces()
                let first = character(at: next)
                if next < bytes.count, bytes[next] == UInt8(ascii: "|") {
                    next += 1
                } else if [0xE4B8BA, 0xE782BA, 0xE698AF, 0xEFBC9A, 0xEFBD9C].contains(first) { // 为, 為, 是, ：, ｜
                    next += 3
                } else if first == 0xE5908D, [0xE58FAB, 0xE4B8BA, 0xE782BA].contains(character(at: next + 3)) { // 名叫, 名为, 名為
                    next += 6
                } else if first == 0xE58FAB { // 叫, 叫做
                    next += character(at: next + 3) == 0xE5819A ? 6 : 3
                }
                spaces()
                return surname(at: next)
            }
            /// 被骗, 受骗 (or 騙) at `index`, 的 or not, a word for a person (老人, 女子, 市民, 群众, 人…) and a name after it
            /// (`victimNamed`): `被骗老人刘淑珍`, `受骗群众：马玉兰`. Without the word for a person, 被骗 is followed by too much
            /// that starts like a name (被骗金额, 被骗万余元).
            func deceivedNamed(at index: Int) -> Bool {
                guard [0xE9AA97, 0xE9A899].contains(character(at: index + 3)) else { return false }
                var next = index + 6
                if character(at: next) == 0xE79A84 { next += 3 } // 的
                let (one, two) = (character(at: next), character(at: next + 3))
                switch (one, two) {
                case (0xE88081, 0xE4BABA), (0xE995BF, 0xE88085), (0xE995B7, 0xE88085), (0xE5A5B3, 0xE5AD90), (0xE794B7, 0xE5AD90), (0xE5B882, 0xE6B091),
                     (0xE7BEA4, 0xE4BC97), (0xE7BEA4, 0xE79CBE), (0xE88081, 0xE5A4AA), (0xE998BF, 0xE5A7A8): // 老人, 长者, 長者, 女子, 男子, 市民, 群众, 群眾, 老太, 阿姨
                    next += 6
                case (0xE4BABA, _), (0xE88085, _): next += 3 // 人, 者
                default: return false
                }
                return victimNamed(next)
            }
            /// After the English word for a victim that ends at `end`: a comma or a colon, "was", "is", "named" or "identified as",
            /// or a table's bar, then two words with capitals ("victim Doris Baker", "the victim, named Wang Fang,", "Victim: Margaret O'Brien",
            /// "| Victim | Doris Baker |").
            func englishVictimNamed(_ end: Int) -> Bool {
                var next = end
                func spaces() { while next < bytes.count, bytes[next] == 0x20 { next += 1 } }
                spaces()
                if next < bytes.count, [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "|")].contains(bytes[next]) { next += 1; spaces() }
                for word: StaticString in ["was ", "is ", "named ", "identified as "] where follows(word, at: next) {
                    next += word.utf8CodeUnitCount
                    spaces()
                    break
                }
                guard next < bytes.count, (0x41...0x5A).contains(bytes[next]) else { return false }
                while isLetter(next) { next += 1 }
                guard next < bytes.count, bytes[next] == 0x20 else { return false }
                spaces()
                return next < bytes.count && (0x41...0x5A).contains(bytes[next])
            }
            /// Two words with capitals that end a space before `index` ("Doris Baker lost"), where a verb of a victim's loss starts.
            func capitalsBefore(_ index: Int) -> Bool {
                guard index >= 2, bytes[index - 1] == 0x20 else { return false }
                var start = index - 1
                // Letters, an apostrophe or a hyphen: "O'Sullivan", "O’Brien", "Smith-Jones".
                while true {
                    if isLetter(start - 1) || start > 0 && (bytes[start - 1] == UInt8(ascii: "'") || bytes[start - 1] == UInt8(ascii: "-")) {
                        start -= 1
                    } else if character(at: start - 3) == 0xE28099 { start -= 3 } else { break } // ’
                }
                guard start < index - 1, (0x41...0x5A).contains(bytes[start]), start >= 2, bytes[start - 1] == 0x20 else { return false }
                var first = start - 1
                while isLetter(first - 1) { first -= 1 }
                return first < start - 1 && (0x41...0x5A).contains(bytes[first])
            }
            /// A kinship word or an elder's that stands for a title after a full name (陈桂芳老人, 陈桂芳奶奶), at `index`.
            func kinTitle(at index: Int) -> Bool {
                let first = character(at: index)
                return switch first {
                case 0xE88081: [0xE4BABA, 0xE5A4AA, 0xE6B189, 0xE6BCA2].contains(character(at: index + 3)) // 老人, 老太, 老汉, 老漢
                case 0xE5A5B6, 0xE788B7, 0xE788BA, 0xE5A986: character(at: index + 3) == first // 奶奶, 爷爷, 爺爺, 婆婆
                case 0xE5A4A7: [0xE5A688, 0xE5AABD, 0xE788B7, 0xE788BA, 0xE58F94, 0xE5A790].contains(character(at: index + 3)) // 大妈, 大媽, 大爷, 大爺, 大叔, 大姐
                case 0xE998BF: character(at: index + 3) == 0xE5A986 // 阿婆
                case 0xE5A687, 0xE5A9A6: character(at: index + 3) == 0xE4BABA // 妇人, 婦人
                default: false
                }
            }
            func near(_ a: Int, _ b: Int, _ bytes: Int) { if abs(a - b) <= bytes { forms.insert(.name) } }
            /// A year's four digits and 年 right before `index`, spaces between or not (`1947年生`, `1947 年出生`).
            func yearBefore(_ index: Int) -> Bool {
                var end = index
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                guard character(at: end - 3) == 0xE5B9B4 else { return false }
                end -= 3
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                return end >= 4 && (end - 4..<end).allSatisfy { (0x30...0x39).contains(bytes[$0]) }
            }
            /// An age at `index` that may stand by a name with no title (`bareChineseName`), a surname two or
            /// three characters before the name's end and no title's last character (士, 生, 姐, 姨) or 某 at it:
            /// the age in brackets after the name (`王建国（45岁）`, `王建国（男，45岁）`), after 男， or 女，
            /// (`王建国，男，45岁`) or after 今年 or 现年 (`王建国今年45岁`, not `孙女士今年56岁`), or before 男子 or
            /// 女子 and a surname (`45岁男子王建国`).
            func bareAge(_ index: Int) -> Bool {
                func nameEnds(at end: Int) -> Bool {
                    namedBefore(end) && ![0xE5A3AB, 0xE7949F, 0xE5A790, 0xE5A7A8, 0xE69F90].contains(character(at: end - 3))
                }
                /// The length of a comma (full-width or ASCII) right before `end`; 0 for none.
                func comma(before end: Int) -> Int { character(at: end - 3) == 0xEFBC8C ? 3 : end > 0 && bytes[end - 1] == UInt8(ascii: ",") ? 1 : 0 }
                /// Where 男， or 女， before `end` starts, if they are there.
                func gender(before end: Int) -> Int? {
                    let length = comma(before: end)
                    return length > 0 && [0xE794B7, 0xE5A5B3].contains(character(at: end - length - 3)) ? end - length - 3 : nil
                }
                let next = character(at: index + 3)
                if [0xE794B7, 0xE5A5B3].contains(next), character(at: index + 6) == 0xE5AD90 { return surname(at: index + 9) } // 男子, 女子
                var start = index
                while start > 0 {
                    if (0x30...0x39).contains(bytes[start - 1]) || bytes[start - 1] == 0x20 { start -= 1 } else if numerals.contains(character(at: start - 3)) { start -= 3 } else { break }
                }
                guard start < index else { return false }
                let inBrackets = next == 0xEFBC89 || (index + 3 < bytes.count && bytes[index + 3] == UInt8(ascii: ")")) // ）
                let opening = gender(before: start) ?? start
                if inBrackets {
                    let bracket = character(at: opening - 3) == 0xEFBC88 ? 3 : opening > 0 && bytes[opening - 1] == UInt8(ascii: "(") ? 1 : 0
                    return bracket > 0 && nameEnds(at: opening - bracket)
                }
                // 年 of 今年, 现年, 时年, after the name or after 男， or 女， (`陈桂芳，女，时年72岁`)
                if character(at: start - 3) == 0xE5B9B4 {
                    if nameEnds(at: start - 6) { return true }
                    guard let genderStart = gender(before: start - 6), comma(before: genderStart) > 0 else { return false }
                    return nameEnds(at: genderStart - comma(before: genderStart))
                }
                guard let genderStart = gender(before: start), comma(before: genderStart) > 0 else { return false }
                return nameEnds(at: genderStart - comma(before: genderStart))
            }
            /// After another app's name, the word for an account right there (号, 账号, 账户, "ID", "account", "handle",
            /// "username"), then an account (`accountStart`): `letterAccount`, or five or more digits.
            func appAccount(after end: Int) -> Bool {
                var next = end
                while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                switch character(at: next) {
                case 0xE58FB7, 0xE8999F: next += 3 // 号, 號
                case 0xE8B4A6, 0xE5B8B3, 0xE5B890: next += 6 // 账号, 帳號, 帐号, 账户…
                case 0xEFBC9A, 0xE698AF, 0xE4B8BA, 0xE782BA: break // ：, 是, 为, 為 (`accountStart` passes it)
                default:
                    if next < bytes.count, bytes[next] == UInt8(ascii: ":") { break }
                    guard let word: StaticString = ["id", "account", "handle", "username", "user name"].first(where: { follows($0, at: next) })
                    else { return false }
                    next += word.utf8CodeUnitCount
                }
                next = accountStart(after: next)
                var digits = 0
                while next + digits < bytes.count, (0x30...0x39).contains(bytes[next + digits]) { digits += 1 }
                return letterAccount(at: next) || digits >= 5
            }
            /// 支付宝, 抖音, 快手, 钉钉, 淘宝, 闲鱼, 微博, 游戏, 企鹅 or 小红书 (Simplified or Traditional) at `index`, and an
            /// account after it (`appAccount`).
            func namesAppAccount(at index: Int, _ code: UInt32) -> Bool {
                let second = character(at: index + 3)
                let word: Bool = switch code {
                case 0xE694AF: second == 0xE4BB98 && [0xE5AE9D, 0xE5AFB6].contains(character(at: index + 6)) // 支付宝, 支付寶
                case 0xE68A96: second == 0xE99FB3 // 抖音
                case 0xE5BFAB: second == 0xE6898B // 快手
                case 0xE99289, 0xE98798: second == code // 钉钉, 釘釘
                case 0xE6B798: second == 0xE5AE9D || second == 0xE5AFB6 // 淘宝, 淘寶
                case 0xE997B2, 0xE99692: second == 0xE9B1BC || second == 0xE9AD9A // 闲鱼, 閒魚
                case 0xE5BEAE: second == 0xE58D9A // 微博
                case 0xE6B8B8, 0xE9818A: second == 0xE6888F || second == 0xE688B2 // 游戏, 遊戲
                case 0xE4BC81: second == 0xE9B985 || second == 0xE9B59D // 企鹅, 企鵝
                case 0xE5B08F: (second == 0xE7BAA2 || second == 0xE7B485) && (character(at: index + 6) == 0xE4B9A6 || character(at: index + 6) == 0xE69BB8) // 小红书
                case 0xE9A39E, 0xE9A39B: second == 0xE69CBA || second == 0xE6A99F // 飞机, 飛機 (Telegram's nickname)
                default: false
                }
                return word && appAccount(after: index + ([0xE694AF, 0xE5B08F].contains(code) ? 9 : 6))
            }
            /// Alipay, Douyin, TikTok, Telegram, Line, DingTalk, Taobao, Kuaishou, Weibo, Instagram, Facebook or "game" at `index`, and an
            /// account after it (`appAccount`).
            func namesEnglishAppAccount(at index: Int) -> Bool {
                guard !isLetter(index - 1) else { return false }
                let end: Int? = switch lowered(bytes[index]) {
                case UInt8(ascii: "a"): starts("alipay", at: index) ? index + 6 : nil
                case UInt8(ascii: "d"): starts("douyin", at: index) ? index + 6 : starts("dingtalk", at: index) ? index + 8 : nil
                case UInt8(ascii: "t"): starts("tiktok", at: index) || starts("taobao", at: index) ? index + 6 : starts("telegram", at: index) ? index + 8
                    : starts("tg", at: index) ? index + 2 : nil
                case UInt8(ascii: "l"): starts("line", at: index) ? index + 4 : nil
                case UInt8(ascii: "k"): starts("kuaishou", at: index) ? index + 8 : nil
                case UInt8(ascii: "i"): starts("instagram", at: index) ? index + 9 : nil
                case UInt8(ascii: "f"): starts("facebook", at: index) ? index + 8 : nil
                case UInt8(ascii: "w"): starts("weibo", at: index) ? index + 5 : nil
                case UInt8(ascii: "g"): starts("game", at: index) ? index + 4 : nil
                default: nil
                }
                return end.map(appAccount) ?? false
            }
            for index in bytes.indices {
                if (0xE4...0xE9).contains(bytes[index]), namesAppAccount(at: index, character(at: index)) { forms.insert(.appAccount) }
                switch bytes[index] {
                case 0xE6:
                    // 扣扣, QQ's nickname.
                    if character(at: index) == 0xE689A3, character(at: index + 3) == 0xE689A3, namesAccount(after: index + 6, digits: true) { forms.insert(.account) }
                    if character(at: index) == 0xE6ADB2 { // 歲
                        age = index; near(age, title, 45); near(age, victim, 75)
                        if nameAfterAge(index) { forms.insert(.name) }
                        if bareAge(index) { forms.insert(.bareName) }
                    } else if character(at: index) == 0xE697AC, nameAfterAge(index) { forms.insert(.name) } // 旬 (七旬老人陈桂芳)
                    // 报案人 (and 報案人 under 0xE5)
                    if character(at: index) == 0xE68AA5, character(at: index + 3) == 0xE6A188, victimNamed(index + 9) { victim = index; near(age, victim, 75) }
                case 0xE9:
                    if character(at: index) == 0xE998BF, character(at: index + 3) == 0xE5A7A8, namedBefore(index) { title = index; near(age, title, 45) } // 阿姨
                    if kinTitle(at: index), namedBefore(index) { title = index; near(age, title, 45) } // 阿婆
                case 0xE4:
                    // 事主, 当事人
                    if character(at: index) == 0xE4BA8B, [0xE4B8BB, 0xE4BABA].contains(character(at: index + 3)), victimNamed(index + 6) { victim = index; near(age, victim, 75) }
                case 0xE8:
                    // 车牌, 車牌.
                    if [0xE8BDA6, 0xE8BB8A].contains(character(at: index)), character(at: index + 3) == 0xE7898C { forms.insert(.labelledPlate) }
                    // 薇信, WeChat's nickname.
                    if character(at: index) == 0xE89687, character(at: index + 3) == 0xE4BFA1, namesAccount(after: index + 6, digits: false) { forms.insert(.account) }
                    if character(at: index) == 0xE8A2AB, character(at: index + 3) == 0xE5AEB3, victimNamed(index + 9) { victim = index; near(age, victim, 75) } // 被害
                    if character(at: index) == 0xE8A2AB, deceivedNamed(at: index) { forms.insert(.victimName) } // 被骗
                    if character(at: index) == 0xE88BA6, character(at: index + 3) == 0xE4B8BB, victimNamed(index + 6) { victim = index; near(age, victim, 75) } // 苦主
                    if kinTitle(at: index), namedBefore(index) { title = index; near(age, title, 45) } // 老人
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digit = index; near(digit, englishTitle, 80); near(digit, englishVictim, 60)
                    if Self.englishAge(at: index, in: bytes) { forms.insert(.bareName) }
                case 0xE5:
                    switch character(at: index) {
                    case 0xE5B281: // 岁
                        age = index; near(age, title, 45); near(age, victim, 75)
                        if nameAfterAge(index) { forms.insert(.name) }
                        if bareAge(index) { forms.insert(.bareName) }
                    case 0xE5A5B3: if character(at: index + 3) == 0xE5A3AB, namedBefore(index) { title = index; near(age, title, 45) } // 女士
                    case 0xE58588: if character(at: index + 3) == 0xE7949F, namedBefore(index) { title = index; near(age, title, 45) } // 先生
                    case 0xE5B08F: if character(at: index + 3) == 0xE5A790, namedBefore(index) { title = index; near(age, title, 45) } // 小姐
                    case 0xE58F97: // 受害, 受骗
                        if character(at: index + 3) == 0xE5AEB3, victimNamed(index + 9) { victim = index; near(age, victim, 75) }
                        if deceivedNamed(at: index) { forms.insert(.victimName) }
                    case 0xE5A0B1: if character(at: index + 3) == 0xE6A188, victimNamed(index + 9) { victim = index; near(age, victim, 75) } // 報案人
                    case 0xE5BEAE: // 微, before 信
                        if character(at: index + 3) == 0xE4BFA1, namesAccount(after: index + 6, digits: false) { forms.insert(.account) }
                    case 0xE5A5B6, 0xE5A4A7, 0xE5A986, 0xE5A687, 0xE5A9A6: if kinTitle(at: index), namedBefore(index) { title = index; near(age, title, 45) }
                    case 0xE587BA: // 出, before 生
                        if character(at: index + 3) == 0xE7949F {
                            forms.insert(.birth)
                            if yearBefore(index) { age = index; near(age, title, 45); near(age, victim, 75) }
                        }
                    case 0xE5A793: // 姓, before 名 and a colon, 为 or 是
                        if character(at: index + 3) == 0xE5908D, labelEnds(after: index + 6) { forms.insert(.labelledName) }
                    default: break
                    }
                case 0xE7:
                    if kinTitle(at: index), namedBefore(index) { title = index; near(age, title, 45) } // 爷爷
                    if character(at: index) == 0xE7898C, character(at: index + 3) == 0xE785A7 { forms.insert(.labelledPlate) } // 牌照
                    if character(at: index) == 0xE7949F { // 生
                        // A year of birth stands for an age beside a name (`受害人刘淑珍（女，1947年生）`).
                        if yearBefore(index) { age = index; near(age, title, 45); near(age, victim, 75) }
                        var before = index - 1
                        while before > 0, bytes[before] == 0x20 { before -= 1 }
                        // Before 于, 於 or 日; after 日 ("1980年3月7日生", "7日 生") or a date in digits ("1954.03.07生"), spaces between or not.
                        if [0xE4BA8E, 0xE696BC, 0xE697A5].contains(character(at: index + 3)) || (3...12).contains(where: { character(at: index - $0) == 0xE697A5 })
                            || before >= 0 && (0x30...0x39).contains(bytes[before]) { forms.insert(.birth) }
                    }
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                    if namesEnglishAppAccount(at: index) { forms.insert(.appAccount) }
                    // A capital after a province's character: the start of a plate.
                    if bytes[index] <= UInt8(ascii: "Z"), index >= 3, bytes[index - 3] >= 0xE4, provinces.contains(character(at: index - 3)) { forms.insert(.plate) }
                    if starts("registration", at: index) || starts("plate", at: index) || starts("bernombor", at: index) { forms.insert(.labelledPlate) }
                    switch lowered(bytes[index]) {
                    // QQ after any letter too, as the pattern reads it ("粤BQQ…").
                    case UInt8(ascii: "q"):
                        if index + 1 < bytes.count, lowered(bytes[index + 1]) == UInt8(ascii: "q"), namesAccount(after: index + 2, digits: true) { forms.insert(.account) }
                        // Q号, QQ's short name.
                        if bytes[index] == UInt8(ascii: "Q"), namesAccount(after: index + 1, digits: true) { forms.insert(.account) }
                    case UInt8(ascii: "w"):
                        if bytes[index] == UInt8(ascii: "w"), starts("was", at: index), capitalsBefore(index) { forms.insert(.lossName) }
                        // wechat, and wx, its nickname.
                        if starts("wechat", at: index) && namesAccount(after: index + 6, digits: false)
                            || starts("wx", at: index) && namesAccount(after: index + 2, digits: false) { forms.insert(.account) }
                    case UInt8(ascii: "b"):
                        // "(b. 7 March 1980)" too.
                        if starts("born", at: index) || starts("birth", at: index)
                            || index > 0 && bytes[index - 1] == UInt8(ascii: "(") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ".") { forms.insert(.birth) }
                    // "aged 67", "-year-old": an age that may stand by a name with no title; "victim", "complainant", "claimant" near a digit.
                    case UInt8(ascii: "a"):
                        if starts("aged", at: index), index + 5 < bytes.count, bytes[index + 4] == 0x20, (0x30...0x39).contains(bytes[index + 5]) { forms.insert(.name) }
                    case UInt8(ascii: "y"): if index > 0, bytes[index - 1] == UInt8(ascii: "-"), starts("year-old", at: index) { forms.insert(.name) }
                    // What a victim suffered, after a name (`lossName`): "lost", "handed over", "fell victim", "was scammed"…
                    case UInt8(ascii: "l"): if bytes[index] == UInt8(ascii: "l"), starts("lost", at: index), capitalsBefore(index) { forms.insert(.lossName) }
                    case UInt8(ascii: "h"): if bytes[index] == UInt8(ascii: "h"), starts("handed", at: index), capitalsBefore(index) { forms.insert(.lossName) }
                    case UInt8(ascii: "f"): if bytes[index] == UInt8(ascii: "f"), starts("fell", at: index), capitalsBefore(index) { forms.insert(.lossName) }
                    case UInt8(ascii: "v"):
                        if starts("victim", at: index) {
                            englishVictim = index; near(digit, englishVictim, 60)
                            if englishVictimNamed(index + 6) { forms.insert(.victimName) }
                        }
                        // vx and V信, WeChat's nicknames.
                        if starts("vx", at: index) && namesAccount(after: index + 2, digits: false)
                            || character(at: index + 1) == 0xE4BFA1 && namesAccount(after: index + 4, digits: false) { forms.insert(.account) }
                    case UInt8(ascii: "c"):
                        let word = starts("complainant", at: index) ? 11 : starts("claimant", at: index) ? 8 : 0
                        if word > 0 {
                            englishVictim = index; near(digit, englishVictim, 60)
                            if englishVictimNamed(index + word) { forms.insert(.victimName) }
                        }
                    case UInt8(ascii: "d"): if bytes[index] == UInt8(ascii: "D") && starts("dob", at: index) || starts("d.o.b", at: index) { forms.insert(.birth) }
                    // "Name:", or "name:" after a word ("Full name:", "victim's name:"), not a YAML key (`{name: Xinhua}`).
                    case UInt8(ascii: "n"):
                        if starts("name", at: index), bytes[index] == UInt8(ascii: "N") || index >= 2 && bytes[index - 1] == 0x20 && isLetter(index - 2),
                           labelEnds(after: index + 4) { forms.insert(.labelledName) }
                    case UInt8(ascii: "m"):
                        // "Mr", "Mrs", "Ms", "Miss" before a capital: a name's title.
                        if bytes[index] == UInt8(ascii: "M"), starts("mr", at: index) || starts("ms", at: index) || starts("miss", at: index)
                            || starts("madam", at: index) || starts("mdm", at: index) {
                            var next = index + 1
                            while isLetter(next) { next += 1 }
                            if next < bytes.count, bytes[next] == UInt8(ascii: ".") { next += 1 }
                            // Two names after it, each with a capital ("Mrs Chen Guifang"; "Mr. Liang to" is a surname alone).
                            func capitalWord(at start: Int) -> Int? {
                                guard start + 1 < bytes.count, bytes[start] == 0x20, (0x41...0x5A).contains(bytes[start + 1]) else { return nil }
                                var end = start + 2
                                while isLetter(end) { end += 1 }
                                return end
                            }
                            if let first = capitalWord(at: next), capitalWord(at: first) != nil { englishTitle = index; near(digit, englishTitle, 80) }
                        }
                    default: break
                    }
                default: break
                }
            }
            if victim >= 0 { forms.insert(.victimName) }
            return forms
        }
    }

    /// A chat account after the words that name it; a letter account has a digit, `_` or `-` in it
    /// (a word after "WeChat" is not an account), a QQ account is 5 to 11 digits (or 3 or 4 and groups of 3 or 4: `284 756 193`).
    private static let account = SharedRegex {
        /(?:(?:微信|薇信|[Vv]信|WeChat|wechat)\s*(?:号码|號碼|号|號|账号|帳號|帐号|ID|id|Id|account|number)|(?:QQ|qq|扣扣)\s*(?:号码|號碼|号|號|账号|帳號|帐号|ID|id|account|number)?|\bQ\s*(?:号码|號碼|号|號))\s*(?:[:：是为為]|is|was)?\s*((?=[A-Za-z0-9_-]*[0-9_-])[A-Za-z][A-Za-z0-9_-]{5,19}|[1-9][0-9]{2,3}(?:[ -][0-9]{3,4}){1,2}|[1-9][0-9]{4,10})(?![A-Za-z0-9_*＊-]|\s*(?:元|块|塊|万|萬|%|％|(?i:yuan|rmb|cny|hkd|usd)\b))|(?:微信|薇信|[Vv]信|\b(?:WeChat|wechat|[VvWw][Xx]))\s*(?:[:：(（是为為]\s*|(?:is|was)\s+)?((?=[A-Za-z0-9_-]*[0-9_])[A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_*＊-])/
    }

    /// Another app's account after the word for one (支付宝账号, 抖音号, "Telegram handle", "Line ID") or a colon, 是 or 为
    /// (`支付宝：lihua_1980`, `Line是lihua1980`), in letters (with a digit, `_` or `-`) or digits: apart from `account`, whose alternatives every WeChat text would try too.
    private static let appAccount = SharedRegex {
        /(?:(?:支付宝|支付寶|抖音|快手|钉钉|釘釘|淘宝|淘寶|闲鱼|閒魚|微博|游戏|遊戲|企鹅|企鵝|小红书|小紅書|\b(?:Alipay|ALIPAY|Douyin|TikTok|Tiktok|Telegram|LINE|Line|DingTalk|Dingtalk|Taobao|Kuaishou|Weibo|Instagram|Facebook|[Gg]ame))\s*(?:(?:号|號|账号|帳號|帐号|账户|帳戶|帐户|ID|id|Id|account|handle|username|user name)\s*(?:[:：是为為,，]|is|was)?|[:：是为為])|(?:\bTG|飞机|飛機)\s*(?:号|號|账号|帳號|帐号)\s*(?:[:：是为為])?)\s*@?((?=[A-Za-z0-9_-]*[0-9_])[A-Za-z][A-Za-z0-9_-]{5,19}|[1-9][0-9]{4,10})(?![A-Za-z0-9_*＊-]|\s*(?:元|块|塊|万|萬|%|％|(?i:yuan|rmb|cny|hkd|usd)\b))/
    }

    /// A mainland plate: a province's character, a letter, then five or six letters and digits
    /// (`粤B·D12345`, `京A 12345`); letters I and O are not used.
    private static let plate = SharedRegex {
        /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z]\s?[·•・.\-]?\s?((?=[A-HJ-NP-Z0-9]*[0-9])[A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9*＊])/
    }

    /// A plate of any country after the word for one ("registration AB12 CDE", "licence plate 7ABC123", `車牌 KT 8826`,
    /// "bernombor WXY 1234"): capitals and digits, both, in up to three groups; `findings` keeps those of four to eight.
    private static let labelledPlate = SharedRegex {
        /(?:\b(?i:registration|(?:licen[cs]e|number|car|vehicle)\s+plate|plate)(?:\s+(?i:number|no\.?))?|车牌|車牌|牌照|\b(?i:bernombor)(?:\s+(?i:pendaftaran))?)\s*(?:号码|號碼|号|號)?\s*(?:(?:is|was)\s+)?[:：(（]?\s*((?=[A-Z0-9 -]*[A-Z])(?=[A-Z0-9 -]*[0-9])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,5}){0,2})(?![A-Za-z0-9])/
    }

    /// Characters before 生于 that make it no birth: 发生于 (took place on), 产生于, 诞生于, 衍生于, 寄生于, 滋生于, 萌生于.
    private static let notBorn: Set<Character> = Set("发發产產诞誕衍寄滋萌派")
    /// A day, a month and a year after the words for a birth ("date of birth, 07/03/1954", "DOB 07/03/54", "born on the 7th of
    /// March, 1954"), or before them (`1954年3月7日生`, `1954.03.07出生`).
    private static let birth = SharedRegex {
        /(?:出生于|出生於|生于|生於|出生日期|出生年月日|生日)\s*(?:[:：是为為])?\s*(?:(?:一九|二〇|二零|二○)[〇零○一二三四五六七八九]{2}|民[國国]\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4}))\s*年\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号號]|(?:(?:一九|二〇|二零|二○)[〇零○一二三四五六七八九]{2}|民[國国]\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4}))\s*年\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号號]\s*(?:出生|生(?![产產效活意病成鲜鮮存]))|(?:出生于|出生於|生于|生於|出生日期|出生年月日|生日)\s*(?:[:：是为為])?\s*(?:19|20)[0-9]{2}\s*(?:年|-|\/|\.)\s*[0-9]{1,2}\s*(?:月|-|\/|\.)\s*[0-9]{1,2}(?:日|号|號)?|(?:19|20)[0-9]{2}\s*(?:年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[.\-\/][0-9]{1,2}[.\-\/][0-9]{1,2})\s*(?:出生|生(?![产產效活意病成鲜鮮存]))|(?i:\bborn\s+(?:on\s+)?|\(b\.\s*|\bdate\s+of\s+birth(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*(?::|,|\(|\s(?:is|was))?\s*|\b(?:DOB|d\.o\.b\.?)\s*(?::|,|\s(?:is|was|given\s+as))?\s*|\bbirthday\s*(?:is|was|:|,)?\s*)(?:(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s+(?:(?:19|20)[0-9]{2}|[0-9]{2}(?![0-9]|\s*years?\b))|[0-9]{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*-(?:(?:19|20)[0-9]{2}|[0-9]{2}\b)|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[\/.][0-9]{1,2}[\/.](?:(?:19|20)[0-9]{2}|[0-9]{2}\b))/
    }

    /// Common surnames, Simplified and Traditional, less those that often end a place's name or
    /// another word before a name (东, 南, 师, 山, 文, 国, 家, 公, 关, 向, 于).
    private static let surnames: Set<Character> = Set("""
        王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦\
        付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施洪牛颜樊葛邢安齐易乔伍庞\
        陳張劉楊黃趙吳許韓馮鄧蕭葉蘇呂盧譚陸閆賀顧龔萬錢嚴湯顏齊喬龐鄒鍾羅謝鄭魏
        """)
    /// `surnames` and the characters of `compoundSurnames` as `codes`, for `forms`: a name's surname or the end of a
    /// compound one stands two or three characters before the name's end (欧阳娜, 上官婉清), and a compound one's start
    /// after the word for a victim (`受害人欧阳娜，45岁`).
    private static let surnameBytes = codes(surnames.union(compoundSurnames.flatMap { [$0.first, $0.last].compactMap { $0 } }))
    /// Two-character surnames, read as one: 欧阳女士 is a surname and a title.
    private static let compoundSurnames: Set<String> = ["欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "公孙", "公孫",
                                                        "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "尉迟", "尉遲"]
    /// What a given name never holds: a mask, a title's or a kinship word's characters, a conjunction.
    private static let notGiven: Set<Character> = Set("某氏姓女士先生小姐老阿姨大爷伯妈奶婆叔哥弟妹太夫人等和及与與同的")
    /// What a kinship word or title has after 小, 大 or 阿 (大娘, 阿公, 小伙), besides `notGiven`'s.
    private static let titleEnds: Set<Character> = Set("娘婶嬸嫂公嬷嫲伙夥孩朋舅姑姥爹仔囡爺媽姊")
    /// A given name: none of `notGiven`'s characters, but for 小, 大 or 阿 before a character that ends no
    /// title: 小明, 大伟, 阿娟 are names, 小姐, 大爷, 阿姨, 大娘 and 小伙 a title or kinship word.
    private static func isGivenName(_ given: Substring) -> Bool {
        if given.count == 2, let first = given.first, let last = given.last, "小大阿".contains(first) {
            return !notGiven.contains(last) && !titleEnds.contains(last)
        }
        return given.allSatisfy { !notGiven.contains($0) }
    }
    /// Words that start with a surname's character and read as a name before a verb (`72岁的退休教师马上报警`) or an age.
    private static let wordsLikeNames: Set<String> = ["马上", "馬上", "方便", "高兴", "高興", "许多", "許多", "陆续", "陸續", "曾经", "曾經",
                                                     "金额", "金額", "钱款", "錢款", "万元", "萬元", "何时", "何時",
                                                     // and words for what a person is (`程序员（28岁）`, `45岁的高管`)
                                                     "高管", "高层", "高層", "程序员", "程序員", "白领", "白領", "董事长", "董事長", "董事", "高中生"]
    /// Words ending just before a name (市民, 事主, 受害人, 女子, the particle 的): the name starts after them.
    private static let beforeName: Set<Character> = Set("的是为為民主人子称稱叫名")
    /// A name, its title and the age after them (`陈桂芳女士，72岁`, `陈桂芳女士（女，72岁）`), the age
    /// before them (`72岁的陈桂芳女士`), or after the word for a victim (`受害人陈桂芳，72岁`, and with a
    /// clause between: `受害人王芳，身份证尾号1230，45岁`); or an age, 的 and a name with no title, before
    /// what follows a name (`45岁的王芳接到电话`: a verb or a mark, not `30岁的白领林女士`'s next word); or
    /// an age, 的, what the person is and then the name (`72岁的退休教师陈桂芳接到电话`, `45岁的独居老人王建国女士`).
    private static let chineseName = SharedRegex {
        /(?:([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{1,2})(女士|先生|小姐|阿姨|老太太|老太|老人|奶奶|爷爷|爺爺|大妈|大媽|大爷|大爺|阿婆|婆婆|大叔|大姐|老汉|老漢|妇人|婦人)\s*(?:[（(，,、]\s*(?:[男女]\s*[，,、]\s*)?|(?:今年|现年|現年|时年|時年)\s*)|(?:受害人|被害人|受害者|事主|当事人|當事人|报案人|報案人|苦主)\s*(?:[:：]|为|為|是)?\s*([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{1,3}?)\s*[（(，,、]\s*(?:[男女]\s*[，,、]\s*)?(?:[^。；;！？\n]{0,24}?[，,、（(]\s*)?(?:今年|现年|現年|时年|時年)?)(?:(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})\s*(?:周岁|週歲|岁|歲)|(?:19|20)[0-9]{2}\s*年\s*(?:出生|生(?![产產效活意病成鲜鮮存])))|(?:(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})\s*(?:周岁|週歲|岁|歲)|[一二三四五六七八九]旬)(?:的?[\u{4E00}-\u{9FFF}]{0,3}?(?:受害人|被害人|报案人|報案人|退休教师|退休教師|退休职工|退休職工|退休干部|退休幹部|退休人员|退休人員|农民工|農民工|大学生|大學生|研究生|公务员|公務員|个体户|個體戶|外卖员|外賣員|快递员|快遞員|程序员|程序員|教师|教師|老师|老師|职工|職工|工人|干部|幹部|老人|老太|老汉|老漢|医生|醫生|护士|護士|农民|農民|村民|市民|居民|学生|學生|白领|白領|会计|會計|出纳|出納|店主|老板|老闆|司机|司機|商户|商戶|男子|女子|员工|員工|职员|職員|网友|網友|女孩|男孩|姑娘|宝妈|寶媽|业主|業主|护工|護工|保安|保洁员|保潔員|妇人|婦人|老妇|老婦)([\u{4E00}-\u{9FFF}])(?:([\u{4E00}-\u{9FFF}]{1,2})(女士|先生|小姐|阿姨|老太太|老太|老人|奶奶|爷爷|爺爺|大妈|大媽|大爷|大爺|阿婆|婆婆|大叔|大姐|老汉|老漢|妇人|婦人)|([\u{4E00}-\u{9FFF}]{1,2}?)(?=[，,。、（(；;：:接在被称稱说說向因收报報告通于於是把将將也就都已曾遭]))|的(?:([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{1,2})(女士|先生|小姐|阿姨|老太太|老太|老人|奶奶|爷爷|爺爺|大妈|大媽|大爷|大爺|阿婆|婆婆|大叔|大姐|老汉|老漢|妇人|婦人)|([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{1,2}?)(?=[，,。、（(；;：:接在被称稱说說向因收报報告通于於是把将將也就都已曾遭])))/
    }
    /// A name with no title beside an age: the age in brackets after it (`王建国（45岁）`, `王建国（男，45岁）`),
    /// after 男 or 女 (`王建国，男，45岁`) or 今年 (`王建国今年45岁`), or before it with 男子 or 女子
    /// (`45岁男子王建国`), a verb or a mark after the name.
    private static let bareChineseName = SharedRegex {
        /([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{1,2}?)\s*(?:[（(]\s*(?:[男女]\s*[，,、]\s*)?|[，,]\s*[男女]\s*[，,]\s*(?:今年|现年|現年|时年|時年)?|(?:今年|现年|現年|时年|時年)\s*)(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})\s*(?:周岁|週歲|岁|歲)|(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})\s*(?:周岁|週歲|岁|歲)(?:男子|女子)([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{1,2}?)(?=[，,。、（(；;：:接在被称稱说說向因收报報告通于於是把将將也就都已曾遭])/
    }
    /// A name after 姓名 and a colon, 为 or 是, all of a run of Chinese characters (`姓名：王建国，男`, `姓名：上官婉儿`), or in
    /// a table's next cell (`| 姓名 | 王建国 |`).
    private static let labelledChineseName = SharedRegex {
        /姓名\s*(?:[:：|｜]|为|為|是)\s*([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{1,3})(?![\u{4E00}-\u{9FFF}])/
    }
    /// Two or three names after "Name:" (a capital: not a YAML key), "Full name:" or a victim's, customer's or client's name
    /// ("Name: Wang Jianguo"), or a table's "| Name | Wang Jianguo |".
    private static let labelledEnglishName = SharedRegex {
        /\b(?:((?i:full|victim(?:'s|’s)?|customer(?:'s|’s)?|client(?:'s|’s)?|complainant(?:'s|’s)?)\s+)(?i:name)|Name|NAME)\s*[:|｜]\s*([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+)?)/
    }
    /// Where `bareChineseName` may match, in three groups as `findings` reads them: an age's closing bracket
    /// (0–3), what comes before an age (4–12), what comes after it (13–14).
    private static let bareAnchors = LinkPolicy.Patterns(["岁）", "歲）", "岁)", "歲)", "男，", "女，", "男,", "女,", "今年", "现年", "現年", "时年", "時年", "男子", "女子"])
    /// Words a name with no title does not hold (孙子今年8岁, 儿子（12岁）): kin and time, not names.
    private static let notBareGiven: Set<Character> = Set("子儿兒孙孫们們年今现現岁歲")
    /// A given name with no title: none of `notBareGiven`'s characters, but 儿 may end one of two (婉儿, 雪儿;
    /// not 孙儿 or 女儿, whose given name would be 儿 alone or hold 女).
    private static func isBareGiven(_ given: Substring) -> Bool {
        guard let last = given.last else { return false }
        let kept = given.count == 2 && "儿兒".contains(last) ? given.dropLast() : given
        return kept.allSatisfy { !notBareGiven.contains($0) }
    }

    /// 的 and a surname after an age's 岁, 歲 or 旬 at `index` (`45岁的王芳`), or up to eight characters on, with or without 的,
    /// after the last character of a word for what the person is (`72岁的独居退休教师陈桂芳`, `82岁老人陈桂芳`): a name perhaps,
    /// with no title. The pre-check (`forms`) and the windows `findings` reads after an age both ask it.
    static func nameMayFollowAge<Bytes: RandomAccessCollection<UInt8>>(at index: Int, in bytes: Bytes) -> Bool where Bytes.Index == Int {
        func character(at index: Int) -> UInt32 {
            guard index >= 0, index + 2 < bytes.count else { return 0 }
            return UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
        }
        let particle = character(at: index + 3) == 0xE79A84, start = particle ? index + 6 : index + 3
        return particle && surnameBytes.contains(character(at: start))
            || (1...8).contains { roleEnds.contains(character(at: start - 3 + 3 * $0)) && surnameBytes.contains(character(at: start + 3 * $0)) }
    }

    /// An age of one to three digits at `index`, after a Chinese surname and a given name, between ", " and ","
    /// or " years", or in brackets: "Wang Jianguo, 45, paid", "Zhang Wei (67)", "(45, a teacher)", "(38 years old)". Where
    /// `bareEnglishAge` may match.
    static func englishAge<Bytes: RandomAccessCollection<UInt8>>(at index: Int, in bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard index >= 3, !(0x30...0x39).contains(bytes[index - 1]) else { return false }
        var end = index
        while end < bytes.count, end - index < 4, (0x30...0x39).contains(bytes[end]) { end += 1 }
        guard end - index <= 3, end < bytes.count else { return false }
        let opening: Int
        // "(45)", "(45, a teacher)"; ", 45,", ", 45." and ", 45 years old".
        func years() -> Bool { end + 2 < bytes.count && bytes[end] == 0x20 && bytes[end + 1] | 0x20 == UInt8(ascii: "y") }
        if bytes[index - 1] == UInt8(ascii: "("), bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: ",") || years() {
            opening = bytes[index - 2] == 0x20 ? index - 3 : index - 2
        } else if bytes[index - 1] == 0x20, bytes[index - 2] == UInt8(ascii: ","), bytes[end] == UInt8(ascii: ",") || years()
                    || bytes[end] == UInt8(ascii: ".") && (end + 1 == bytes.count || bytes[end + 1] == 0x20) {
            opening = index - 3
        } else {
            return false
        }
        // Two words before it, each with a capital, the first a Chinese surname or a common given name ("Wang Jianguo,
        // 45,", "Chan Tai-man, 70,", "Margaret Thompson, 72,"), not "the platform, 31," or "Nanjing, 23,".
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte & 0xDF) && byte < 0x80 }
        var given = opening
        while given > 0, isLetter(bytes[given - 1]) || bytes[given - 1] == UInt8(ascii: "-") { given -= 1 }
        guard given < opening, given >= 2, (0x41...0x5A).contains(bytes[given]), bytes[given - 1] == 0x20 else { return false }
        /// The capitalised word that ends a space before `end`, if there is one.
        func word(before end: Int) -> Int? {
            var start = end - 1
            while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
            return start < end - 1 && (0x41...0x5A).contains(bytes[start]) ? start : nil
        }
        func startsName(_ start: Int, _ end: Int) -> Bool { Self.startsName(Substring(String(decoding: bytes[start..<end], as: UTF8.self))) }
        guard let surname = word(before: given) else { return false }
        if startsName(surname, given - 1) { return true }
        // Or three: "Tan Ah Kow, 67", "Chan Tai Man (45)".
        guard surname >= 2, bytes[surname - 1] == 0x20, let first = word(before: surname) else { return false }
        return startsName(first, surname - 1)
    }
    /// Whether a given name of one or two words ("Guifang", "Ah Kow") has a word of `words`.
    private static func holdsAny(_ given: Substring, _ words: Set<Substring>) -> Bool {
        given.split(separator: " ").contains { words.contains($0) }
    }
    /// Whether `word` may start a name beside an age: a Chinese surname in Latin letters (`isRomanisedSurname`) or a common given name.
    static func startsName(_ word: Substring) -> Bool { isRomanisedSurname(word) || givenNames.contains(word) }
    /// Common given names in English-language news (British, American, Australian, Irish, South Asian, Malay and others): a
    /// name with no title beside an age starts with one ("Margaret Thompson, 72,").
    private static let givenNames: Set<Substring> = [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew",
        "Anthony", "Mark", "Donald", "Steven", "Stephen", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald",
        "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Larry", "Justin", "Scott", "Brandon", "Benjamin",
        "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry", "Adam", "Douglas",
        "Nathan", "Peter", "Zachary", "Kyle", "Walter", "Harold", "Carl", "Arthur", "Gerald", "Roger", "Keith", "Lawrence", "Terry", "Sean",
        "Albert", "Joe", "Bruce", "Ralph", "Roy", "Eugene", "Wayne", "Louis", "Philip", "Alan", "Colin", "Graham", "Ian", "Neil", "Nigel",
        "Trevor", "Barry", "Derek", "Malcolm", "Stuart", "Martin", "Simon", "Gordon", "Kenny", "Bill", "Bob", "Jim", "Tom", "Tony", "Mike",
        "Dave", "Steve", "Geoff", "Geoffrey", "Leonard", "Stanley", "Norman", "Frederick", "Ernest", "Harry", "Oliver", "Liam", "Noah", "Ethan",
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty",
        "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol", "Amanda", "Melissa", "Deborah",
        "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela",
        "Nicole", "Emma", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria", "Heather",
        "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith", "Megan",
        "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann", "Anne", "Jean", "Alice", "Kathryn", "Sophie",
        "Doris", "Marilyn", "Beverly", "Denise", "Theresa", "Judy", "Irene", "Jane", "Lorraine", "Sheila", "Maureen", "Eileen",
        "Pauline", "Valerie", "Wendy", "Gillian", "Jill", "Lynn", "Lynne", "Marjorie", "Edith", "Hazel", "Elsie", "Ivy", "Rose", "Vera",
        "Priya", "Anjali", "Sunita", "Rahul", "Amit", "Raj", "Ravi", "Sanjay", "Vijay", "Arjun", "Deepak", "Suresh", "Ramesh", "Mohammed",
        "Muhammad", "Mohamed", "Ahmed", "Ali", "Omar", "Hassan", "Fatima", "Aisha", "Siti", "Nur", "Ahmad", "Aminah", "Kumar", "Juan",
        "Jose", "Carlos", "Luis", "Miguel", "Ana", "Carmen", "Rosa", "Sofia", "Lucia", "Hans", "Klaus", "Pierre", "Marie", "Giovanni",
    ]
    /// Whether `word` is a Chinese surname in Latin letters, as a name is written or in capitals ("WANG Jianguo",
    /// as a passport and Hong Kong's forms write it).
    static func isRomanisedSurname(_ word: Substring) -> Bool {
        romanisedSurnames.contains(word) || word.count > 1 && word.allSatisfy(\.isUppercase)
            && romanisedSurnames.contains(Substring(word.prefix(1) + word.dropFirst().lowercased()))
    }
    /// Two names with no title and an age after them: "Wang Jianguo, 45, paid", "Zhang Wei (67)", "Wang Jianguo (45,
    /// a teacher)", "Wang Jianguo, 45 years old", "Margaret Thompson, 72.", read only with a Chinese surname or a common
    /// given name first (`startsName`): "Kowloon Bay, 12," is no one's.
    private static let bareEnglishAge = SharedRegex {
        /\b([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+)?)\s*(?:,\s[0-9]{1,3}(?:,|\.(?![0-9])|\s+(?:years?|yrs?)\s+(?:old|of\s+age)\b)|\(\s*[0-9]{1,3}\s*(?:[),]|(?:years?|yrs?)\b))/
    }

    /// A title, two names and an age (`Mrs Chen Guifang (72)`, "Ms Sarah Jones, 72, of Leeds", "Madam Chen Guifang, 72",
    /// "Mr Li Wei, aged 45"), or the age before them ("72-year-old Mrs Chen Guifang").
    private static let englishName = SharedRegex {
        /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Madam|Madame|Mdm)\.?\s+([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+)?)\s*(?:\(\s*(?:aged\s+)?[0-9]{1,3}\s*\)|,\s*(?:aged\s+)?[0-9]{1,3}\s*(?:,|\.|\)|$|\s+(?:of|from|who|was|is|had|has|lost|said|and)\b)|,?\s+aged\s+[0-9]{1,3}\b|,\s+an?\s+[0-9]{1,3}-year-old\b)|\b[0-9]{1,3}-year-old\s+(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b)/
    }
    /// Two names and an age with no title: "Zhang Wei, aged 67", "Zhang Wei, a 67-year-old", "67-year-old
    /// Zhang Wei received" (not "a 72-year-old Hong Kong woman", nor three names: a place's), and after
    /// the word for a victim, "The victim, Wang Fang (45)".
    private static let bareEnglishName = SharedRegex {
        /(?:\b(?:[Vv]ictim|[Cc]omplainant|[Cc]laimant)\s*,?\s*(?:(?:was|is|named)\s+)?([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+)?)\s*(?:\(\s*[0-9]{1,3}\s*\)|,\s*[0-9]{1,3}\s*[,.)])|\b([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\s*(?:,\s*|\(\s*)?\baged\s+[0-9]{1,3}\b|\b([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?),\s+an?\s+[0-9]{1,3}-year-old\b|\b[0-9]{1,3}-year-old\s+([A-Z][a-z]+|[A-Z]{2,})\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b(?!\s+(?:[A-Z]|(?:man|woman|men|women|resident|retiree|pensioner|grandmother|grandfather|mother|father|student|employee|worker|teacher|nurse|doctor|driver|businessman|businesswoman|housewife|widow|widower|victim|national|native|citizen|local|boy|girl|lady|gentleman|owner|customer|shopper|trader|investor|engineer|officer|clerk|accountant|tourist|visitor)s?\b)))/
    }
    /// Where a name may be: a Chinese title or an elder's or kinship word (老人, 奶奶), the word for a victim (from
    /// `victimAnchorStart`) or an age (from `ageAnchorStart`: 岁, 歲, 旬); then (from `englishAnchorStart`) "-year-old",
    /// "aged", the word for a victim, and (from `titleAnchorStart`) an English title, in any case here (only one with a
    /// capital M counts).
    private static let nameAnchors = LinkPolicy.Patterns(["女士", "先生", "小姐", "阿姨", "老太", "老人", "奶奶", "爷爷", "爺爺", "大妈", "大媽", "大爷", "大爺", "阿婆", "婆婆", "大叔",
                                                          "大姐", "老汉", "老漢", "妇人", "婦人", "受害人", "被害人", "受害者", "事主", "当事人", "當事人", "报案人", "報案人", "苦主",
                                                          "岁", "歲", "旬",
                                                          "-year-old", "aged", "victim", "complainant", "claimant", "mr", "ms", "miss", "mx", "madam", "mdm",
                                                          "被骗", "受骗", "被騙", "受騙"])
    private static let (victimAnchorStart, ageAnchorStart, englishAnchorStart, englishVictimAnchorStart, titleAnchorStart, deceivedAnchorStart) = (21, 30, 33, 35, 38, 44)
    /// Words after a title that are no name.
    private static let notNames: Set<Substring> = ["Said", "Told", "From", "Who", "Was", "Is", "Had", "Has", "And", "The", "Of", "In", "On", "At", "To"]
    /// Words of two that are no first name without a title: a title or a kinship word ("Madam Tan, 72",
    /// "Auntie Chen, 72", "Xiao Chen, a 21-year-old" are a surname with its title), a sentence's first
    /// word, a month or a day.
    private static let notFirstNames: Set<Substring> = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Madam", "Madame", "Mdm", "Auntie", "Aunty", "Aunt", "Uncle", "Granny", "Grandma", "Grandpa",
        "Grandmother", "Grandfather", "Old", "Little", "Young", "Xiao", "Lao", "Ah", "Da", "Officer", "Sergeant", "Inspector", "Constable", "Detective", "Judge",
        "Professor", "Prof", "Sir", "Lady", "Lord", "Master", "Brother", "Sister", "Father", "Mother", "Teacher", "Boss", "Manager",
        "Director", "Chief", "Captain", "Doctor", "Nurse", "Victim", "Complainant", "Claimant", "Customer", "Client", "Resident",
        "A", "An", "By", "For", "With", "After", "Before", "Since", "Until", "Last", "Next", "This", "That", "Then", "When", "While", "But",
        "So", "As", "Our", "Her", "His", "Their", "Its", "My", "Your", "Police", "Scammers", "People", "Women", "Men",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
    /// Chinese surnames as written in Latin letters: Hanyu Pinyin, Cantonese (Hong Kong, Macau),
    /// Hokkien and Teochew (Singapore, Malaysia) and Wade–Giles (Taiwan) spellings.
    private static let romanisedSurnames: Set<Substring> = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao",
        "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Tian", "Dong", "Yuan",
        "Pan", "Jiang", "Cai", "Yu", "Du", "Ye", "Cheng", "Su", "Wei", "Lv", "Lyu", "Ding", "Ren", "Shen", "Yao", "Lu", "Cui", "Zhong",
        "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong", "Qin", "Qiu", "Yin", "Xue", "Yan",
        "Duan", "Lei", "Hou", "Long", "Tao", "Gu", "Mao", "Hao", "Gong", "Shao", "Wan", "Qian", "Dai", "Mo", "Kong", "Wen", "Kang",
        "Hong", "Niu", "Ge", "Xing", "Qi", "Yi", "Qiao", "Pang", "Ouyang", "Situ", "Zhuge",
        "Chan", "Wong", "Cheung", "Lau", "Leung", "Ho", "Ng", "Lee", "Tse", "Chow", "Lam", "Tsang", "Yip", "Kwok", "Chu", "Lai", "Fung",
        "Mak", "Yeung", "Chiu", "Law", "Siu", "Poon", "Tam", "Kwan", "Choi", "Chung", "Yau", "Tong", "Shum", "Yuen", "Ip", "Hui",
        "Kwong", "Ko", "Tsui", "Tsoi", "Yiu", "Fok", "Lui", "Sze", "Szeto", "Kam", "Tung", "Yim", "Yung", "Chong",
        "Lim", "Ong", "Goh", "Chua", "Koh", "Teo", "Ang", "Yeo", "Tay", "Low", "Toh", "Sim", "Chia", "Seah", "Quek", "Phua", "Foo",
        "Loh", "Soh", "Yap", "Neo", "Heng", "Tham", "Leong", "Liew", "Chin", "Khoo", "Ooi", "Kok", "Teh", "Gan", "Kwek", "Poh", "Chew",
        "Chang", "Hsu", "Chou", "Tsai", "Chiang", "Hsieh", "Kuo", "Hung", "Yeh", "Tseng", "Hsiao", "Chien", "Chuang", "Tu", "Chao",
        "Tsao", "Shih", "Kao", "Ke", "Kuan",
    ]
    /// Whether the words before a name end in a preposition, an article or a possessive: the two
    /// words are then a body or a place the sentence names ("passed to Action Fraud, a 15-year-old").
    private static func followsPreposition(_ text: Substring) -> Bool {
        let word = text.reversed().drop { $0.isWhitespace }.prefix { !$0.isWhitespace }
        let written = String(word.reversed()).lowercased()
        return written.hasSuffix("'s") || written.hasSuffix("’s")
            || ["to", "from", "by", "with", "at", "in", "on", "via", "for", "of", "the", "a", "an", "into", "about", "through", "and", "or"].contains(written)
    }

    /// Second words that make two names a place's or a body's ("Hong Kong", "New Zealand", "Sha Tin").
    private static let notSecondNames: Set<Substring> = [
        "Kong", "Zealand", "York", "Jersey", "Delhi", "Island", "Islands", "Street", "Road", "City", "County", "Province", "District",
        "Bank", "Police", "Airlines", "University", "Hospital", "Court", "Group", "Limited", "Ltd", "Company", "Centre", "Center",
        "Post", "Office", "Market", "Mall", "Tower", "Garden", "Gardens", "Estate", "Wales", "Territories", "Lumpur", "Penh", "Minh",
        "Chai", "Tin", "Wan", "Tong", "Kok", "Shan", "Bay", "Town", "Village", "Kingdom", "States", "Africa", "America", "Australia",
        "Park", "Square", "Lane", "Avenue", "Place", "Way", "Drive", "Close", "Hill", "Bridge", "Station", "Airport", "Harbour", "Harbor",
        "Beach", "Quay", "Terrace", "Crescent", "Grove", "Mews", "Gate", "Green", "Row", "Walk", "Hall", "House", "Building", "Plaza",
        "Heights", "Stadium", "School", "College", "Church", "Library", "Museum", "Foundation", "Trust", "Council", "Club",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        // A kinship or respect word in Pinyin or Cantonese after a surname ("Chen Nainai (72)", 陈奶奶): a surname and its title.
        "Nainai", "Yeye", "Ayi", "Daye", "Dama", "Dashu", "Shushu", "Laoshi", "Popo", "Gonggong", "Shifu", "Sifu", "Laoban", "Jiejie", "Gege",
        "Didi", "Meimei", "Bobo", "Shenshen", "Laoye", "Waipo", "Laolao", "Taitai", "Xiansheng", "Nvshi", "Nüshi", "Xiaojie", "Jingguan",
        "Yisheng", "Dajie", "Dage", "Apo", "Agong", "Tai-tai", "Taai-taai",
    ]

    /// A Chinese full name: a surname, a given name of one or two characters that is no mask or title,
    /// where the surname is not the end of a place or word before it (江苏刘先生 and 白领林女士 are 刘先生 and
    /// 林女士). After the word for a victim (`anchored`) the name starts right there, and only there is a
    /// given name read that ends in a surname's character or is one.
    private static func isChineseFullName(_ surname: Substring, _ given: Substring, before: Character?, anchored: Bool) -> Bool {
        guard let first = surname.first, surname.count == 1 ? surnames.contains(first) : compoundSurnames.contains(String(surname)),
              isGivenName(given), given != "家", !wordsLikeNames.contains(String(surname) + given) else { return false }
        if anchored || surname.count == 2 { return true }
        // 江苏刘先生, 白领林女士: a place's or a word's two characters, then a surname and its title.
        if given.count == 2, let last = given.last, surnames.contains(last) { return false }
        if given.count == 1, let only = given.first {
            if compoundSurnames.contains(String(first) + String(only)) { return false }
            // 江苏刘先生: 苏 could be a surname, 刘 the given name; read so only after a word that ends before names.
            if surnames.contains(only), let before, before.unicodeScalars.first.map({ (0x4E00...0x9FFF).contains($0.value) }) == true,
               !beforeName.contains(before) { return false }
        }
        return true
    }

    /// A victim's three-character name after the word for one (or 被骗 and the word for a person: `被骗老人`), a colon, a table's bar,
    /// 名叫 or none between; `findings` reads on only before a verb, a mark, a table's bar or the line's end (`afterVictimName`).
    private static let victimName = SharedRegex {
        /(?:受害人|被害人|受害者|事主|当事人|當事人|报案人|報案人|苦主|(?:被骗|受骗|被騙|受騙)的?(?:老人|长者|長者|女子|男子|市民|群众|群眾|老太|阿姨|人|者))\s*(?:[:：|｜]|为|為|是|名叫|名为|名為|叫做|叫)?\s*([\u{4E00}-\u{9FFF}])([\u{4E00}-\u{9FFF}]{2})/
    }
    /// A victim's two or three names after the English word for one, a comma or a colon, "was", "is", "named" or "identified
    /// as" between or not ("the victim, Doris Baker,", "Victim: Margaret O'Brien", "claimant Tan Ah Kow").
    private static let englishVictimName = SharedRegex {
        /\b(?:[Vv]ictim|VICTIM|[Cc]omplainant|COMPLAINANT|[Cc]laimant|CLAIMANT)\s*[,:|｜]?\s*(?:(?:was|is|named|identified as)\s+)?([A-Z][a-z]+|[A-Z]{2,})\s+((?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?)((?: [A-Z][a-z]+)?)(?![A-Za-z])/
    }
    /// First words after "Victim" that make it a body's or a document's name: Victim Support, Victim Services, Victim Impact Statement.
    private static let victimBodies: Set<Substring> = ["Support", "Services", "Service", "Care", "Assist", "Assistance", "Advocate", "Advocates",
                                                      "Advice", "Information", "Liaison", "Compensation", "Impact", "Helpline", "Hub", "Unit",
                                                      "Centre", "Center", "Fund", "Rights", "Commissioner", "Personal", "Statement", "Code"]
    /// What `victimName` reads after a name: a verb or a mark.
    private static let afterVictimName: Set<Character> = Set("，,。、；;：:（(到在于於向称稱说說表指透坦发發随隨后後先再又便被因报報告是将將把也就都已曾遭接收|｜")
    /// Two names right before what a victim suffered ("Doris Baker lost £20,000", "Margaret O'Sullivan was conned"); `findings` reads
    /// only those that start with a common given name or a Chinese surname (`startsName`).
    private static let lossName = SharedRegex {
        /\b([A-Z][a-z]+|[A-Z]{2,})\s+((?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?)\s+(?:lost|handed\s+over|fell\s+(?:victim|prey)|was\s+(?:scammed|conned|duped|tricked|defrauded|cheated|swindled|deceived))\b/
    }
    /// Surnames that after the word for a victim are rather a preposition or an adverb (向警方, 曾多次, 于是).
    private static let notVictimSurnames: Set<Character> = Set("向于於从從将將把被给給跟同随隨共仍也还還都曾又再便就已即才终終遂当當因由经經按自称稱在到对對与與和及并並等")
    /// Characters of words that start with a surname's character after the word for a victim, no given name's: 方面, 万余元.
    private static let notVictimGiven: Set<Character> = Set("面余元们們数數众眾群均")

    /// Whether the words before an English name end in the word for an offender ("The defendant, Ng Kai Lok, 34,", "suspect
    /// Wong Ka Ho"): a court or the police naming whom they charge, no victim.
    private static func followsOffenderWord(_ text: Substring) -> Bool {
        let word = text.reversed().drop { $0 == " " || $0 == "," }.prefix(while: \.isLetter)
        return englishOffenderWords.contains(String(word.reversed()).lowercased())
    }
    private static let englishOffenderWords: Set<String> = ["defendant", "defendants", "accused", "suspect", "suspects", "offender", "convict", "fraudster", "scammer"]
    /// The words for an offender right before a name.
    private static let offenderWords = ["被告人", "被告", "罪犯", "主犯", "从犯", "從犯", "嫌疑人", "嫌犯"]

    /// Whether the text says the name at `range` is made up: `陈桂芳（化名）`, `陈桂芳女士（均为化名，72岁）`, `化名陈桂芳`,
    /// "Margaret Thompson (not her real name)", "(names have been changed)". A reporter's pseudonym is no one's name.
    static func isPseudonym(_ range: Range<String.Index>, in text: String) -> Bool {
        if text[..<range.lowerBound].suffix(4).contains("化名") { return true }
        let after = text[range.upperBound...].prefix(48)
        return pseudonymAfter.with { after.prefixMatch(of: $0) != nil }
    }
    private static let pseudonymAfter = SharedRegex {
        /\s*[\u{4E00}-\u{9FFF}]{0,3}?\s*[（(][^）)]{0,6}?(?:化名|假名|非真名)|(?i)\s*(?:,\s*(?:aged\s+)?[0-9]{1,3}\s*,?\s*)?\((?:not (?:her|his|their) real names?|(?:her |his |their )?names? (?:has been |have been |was |were )?changed|(?:a )?pseudonyms?)/
    }

    static func findings(in readable: String, columns: [Int], forms: Forms) -> [PersonalDataScanner.Finding] {
        var found: [PersonalDataScanner.Finding] = []
        func add(_ kind: PersonalDataScanner.Finding.Kind, _ range: Range<String.Index>, value: String, masked: String) {
            let offset = readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: range.lowerBound)
            found.append(PersonalDataScanner.Finding(kind: kind, column: (offset < columns.count ? columns[offset] : offset) + 1, masked: masked, value: value))
        }
        for id in !forms.contains(.account) ? [] : account.with({ readable.matches(of: $0).compactMap { $0.output.1 ?? $0.output.2 } }) {
            add(.chatAccount, id.startIndex..<id.endIndex, value: id.lowercased(), masked: String(id.prefix(2)) + "****")
        }
        for id in !forms.contains(.appAccount) ? [] : appAccount.with({ readable.matches(of: $0).map(\.output.1) }) {
            add(.chatAccount, id.startIndex..<id.endIndex, value: id.lowercased(), masked: String(id.prefix(2)) + "****")
        }
        for match in !forms.contains(.plate) ? [] : plate.with({ readable.matches(of: $0).map { ($0.range, String(readable[$0.range]), String($0.output.1)) } }) {
            let (range, written, serial) = match
            let head = written.prefix(2)
            add(.plate, range, value: String(head) + serial, masked: head + "·" + String(repeating: "*", count: serial.count - 1) + String(serial.suffix(1)))
        }
        for plate in !forms.contains(.labelledPlate) ? [] : labelledPlate.with({ readable.matches(of: $0).map(\.output.1) }) {
            let compact = plate.filter { $0 != " " && $0 != "-" }
            // A company's registration number (Singapore's 201912345K) is longer; a model (A4) shorter.
            guard (4...8).contains(compact.count) else { continue }
            add(.plate, plate.startIndex..<plate.endIndex, value: String(compact),
                masked: String(compact.prefix(2)) + String(repeating: "*", count: compact.count - 3) + String(compact.suffix(1)))
        }
        for range in !forms.contains(.birth) ? [] : birth.with({ readable.matches(of: $0).map(\.range) }) {
            // 发生于 ("took place on"), 产生于, 诞生于 (of a thing: "双11诞生于2009年11月11日"): no one's birth.
            if range.lowerBound > readable.startIndex, readable[range].hasPrefix("生"),
               Self.notBorn.contains(readable[readable.index(before: range.lowerBound)]) { continue }
            let written = String(readable[range])
            add(.birthDate, range, value: written.filter(\.isNumber), masked: String(written.map { $0.isNumber ? "*" : $0 }))
        }
        if !forms.isDisjoint(with: [.name, .bareName, .labelledName, .victimName, .lossName]) {
            // The patterns are read only near their anchors: most lines are long, and a name is short.
            let bytes = Array(readable.utf8)
            /// The text from byte `start` to byte `end`, widened to whole characters (UTF-8 continuation bytes are 10xxxxxx).
            func window(_ start: Int, _ end: Int) -> Range<String.Index> {
                var (start, end) = (start, end)
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                let utf8 = readable.utf8
                return utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
            }
            var chinese: [Range<String.Index>] = [], english: [Range<String.Index>] = []
            if forms.contains(.name) { nameAnchors.forEach(in: bytes) { at, pattern in
                let length = nameAnchors.patterns[pattern].count
                if pattern < englishAnchorStart {
                    // Ten characters before a title (`72岁的陈桂芳女士`), twelve after it (`，（女，72岁）`); after the word
                    // for a victim, twenty-five (`受害人王芳，身份证尾号1230，45岁`); an age's digits before 岁, and after it
                    // 的, what the person is and a name with a title (`的退休教师陈桂芳女士`).
                    let (before, after) = pattern >= ageAnchorStart ? (12, 48) : pattern >= victimAnchorStart ? (30, 75) : (30, 36)
                    // After an age, only where a name may follow it: most ages have none.
                    if pattern < ageAnchorStart || Self.nameMayFollowAge(at: at, in: bytes) {
                        chinese.append(window(max(0, at - before), min(bytes.count, at + length + after)))
                    }
                } else if pattern < titleAnchorStart || pattern < deceivedAnchorStart && bytes[at] == UInt8(ascii: "M") {
                    english.append(window(max(0, at - 40), min(bytes.count, at + length + 60)))
                }
                return true
            } }
            var named: Set<String.Index> = []
            /// The names `pattern` finds in `ranges`: a match whose first character is no surname (民张华先生) is tried
            /// again from the next one. `parts` gives a match's surname, given name, title and whether an anchor names it.
            func chineseNames<Output>(in ranges: [Range<String.Index>], _ pattern: SharedRegex<Output>, kind: PersonalDataScanner.Finding.Kind = .fullName,
                                      _ parts: (Output) -> (surname: Substring, given: Substring, title: Substring?, anchored: Bool)?) {
                for range in ranges {
                    pattern.with { regex in
                        var from = range.lowerBound
                        while from < range.upperBound, let match = readable[from..<range.upperBound].firstMatch(of: regex) {
                            from = readable.index(after: match.range.lowerBound)
                            guard let found = parts(match.output) else { continue }
                            var (surname, given, title, anchored) = (found.surname, found.given, found.title, found.anchored)
                            let before = surname.startIndex > readable.startIndex ? readable[readable.index(before: surname.startIndex)] : nil
                            // A compound surname (which `isChineseFullName` reads whatever stands before it): 欧阳娜 read as 欧
                            // and 阳娜, or 上官婉清 as 官 and 婉清 after 上.
                            if let first = surname.first, let previous = before, compoundSurnames.contains(String(previous) + String(first)) {
                                surname = readable[readable.index(before: surname.startIndex)..<surname.endIndex]
                            } else if given.count >= 2, let first = surname.first, let next = given.first, compoundSurnames.contains(String(first) + String(next)) {
                                surname = readable[surname.startIndex..<given.index(after: given.startIndex)]
                                given = given.dropFirst()
                            }
                            guard isChineseFullName(surname, given, before: before, anchored: anchored),
                                  !isPseudonym(surname.startIndex..<given.endIndex, in: readable),
                                  // A court names its defendants (`被告人王建军（男，34岁）`): no victim's name.
                                  !offenderWords.contains(where: readable[..<surname.startIndex].hasSuffix),
                                  named.insert(surname.startIndex).inserted else { continue }
                            add(kind, surname.startIndex..<given.endIndex, value: String(surname) + String(given),
                                masked: String(surname) + String(repeating: "*", count: given.count) + String(title ?? ""))
                            from = match.range.upperBound
                        }
                    }
                }
            }
            chineseNames(in: chinese, chineseName) { output in
                // Groups: a name, its title and the age (1–3); after the word for a victim (4–5); after an age and what the
                // person is (6–9), after an age with a title (10–12) or none (13–14).
                guard let surname = output.1 ?? output.4 ?? output.6 ?? output.10 ?? output.13,
                      let given = output.2 ?? output.5 ?? output.7 ?? output.9 ?? output.11 ?? output.14 else { return nil }
                return (surname, given, output.3 ?? output.8 ?? output.12, output.4 != nil || output.13 != nil)
            }
            var bare: [Range<String.Index>] = []
            /// Digits or Chinese numerals and then 岁, 歲 or 周 (周岁) at `index`: "45岁", 七十二岁, not "今年11月".
            func age(at index: Int) -> Bool {
                func character(at index: Int) -> UInt32 {
                    index + 2 < bytes.count ? UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) : 0
                }
                var index = index
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
                let digits = index
                while index < bytes.count {
                    if (0x30...0x39).contains(bytes[index]) { index += 1 } else if numerals.contains(character(at: index)) { index += 3 } else { break }
                }
                return index > digits && [0xE5B281, 0xE6ADB2, 0xE591A8, 0xE980B1].contains(character(at: index))
            }
            // Each anchor only where an age is right beside it, and a window just wide enough for a name and the age.
            if forms.contains(.bareName) { bareAnchors.forEach(in: bytes) { at, pattern in
                let end = at + bareAnchors.patterns[pattern].count
                switch pattern {
                case ..<4: bare.append(window(max(0, at - 30), end)) // 王建国（男，45岁）
                case ..<13: if age(at: end) { bare.append(window(max(0, at - 24), min(bytes.count, end + 18))) } // 王建国，男，45岁; 王建国，男，时年七十二岁
                default: if [0xE5B281, 0xE6ADB2].contains(at >= 3 ? UInt32(bytes[at - 3]) << 16 | UInt32(bytes[at - 2]) << 8 | UInt32(bytes[at - 1]) : 0) {
                    bare.append(window(max(0, at - 8), min(bytes.count, end + 16))) // 45岁男子王建国接
                }
                }
                return true
            } }
            chineseNames(in: bare, bareChineseName) { output in
                guard let surname = output.1 ?? output.3, let given = output.2 ?? output.4, isBareGiven(given) else { return nil }
                return (surname, given, nil, false)
            }
            func addEnglish(_ first: Substring, _ second: Substring, kind: PersonalDataScanner.Finding.Kind = .fullName) {
                guard !isPseudonym(first.startIndex..<second.endIndex, in: readable), !Self.followsOffenderWord(readable[..<first.startIndex]),
                      named.insert(first.startIndex).inserted else { return }
                add(kind, first.startIndex..<second.endIndex, value: (first + " " + second).lowercased(),
                    masked: "\(first) \(second.prefix(1))\(String(repeating: "*", count: second.count - 1))")
            }
            for range in english {
                for match in englishName.with({ readable[range].matches(of: $0).map { ($0.output.1 ?? $0.output.3, $0.output.2 ?? $0.output.4) } }) {
                    guard let first = match.0, let second = match.1, !notNames.contains(first), !Self.holdsAny(second, notNames),
                          !first.allSatisfy(\.isUppercase) || Self.isRomanisedSurname(first) else { continue }
                    addEnglish(first, second)
                }
                let bare = bareEnglishName.with { readable[range].matches(of: $0).map(\.output) }
                for output in bare {
                    guard let first = output.1 ?? output.3 ?? output.5 ?? output.7, let second = output.2 ?? output.4 ?? output.6 ?? output.8,
                          !notNames.contains(first), !Self.holdsAny(second, notNames), !notFirstNames.contains(first),
                          !Self.holdsAny(second, notSecondNames) else { continue }
                    // "67-year-old Zhang Wei": a Chinese surname or a common given name first ("72-year-old Margaret Thompson"), not a
                    // place's name ("a 34-year-old Kowloon Bay office worker");
                    // and one in capitals ("The victim, WANG Fang (45)"), not any word in capitals.
                    if output.7 != nil || first.allSatisfy(\.isUppercase), !Self.isRomanisedSurname(first), output.7 == nil || !givenNames.contains(first) { continue }
                    // "Zhang Wei, aged 67", not "reported to Action Fraud, a 15-year-old": no preposition, article or 's before the names.
                    if output.3 != nil || output.5 != nil, Self.followsPreposition(readable[..<first.startIndex]) { continue }
                    addEnglish(first, second)
                }
            }
            // A victim's full name after the word for one, before a verb or a mark (`受害人刘淑珍到派出所报案`): three characters,
            // the first a surname that is no preposition or adverb (`受害人向警方报案`, `受害人曾多次向…`).
            if forms.contains(.victimName) {
                var windows: [Range<String.Index>] = [], english: [Range<String.Index>] = []
                nameAnchors.forEach(in: bytes) { at, pattern in
                    let end = at + nameAnchors.patterns[pattern].count
                    if (victimAnchorStart..<ageAnchorStart).contains(pattern) || pattern >= deceivedAnchorStart { windows.append(window(at, min(bytes.count, end + 36))) }
                    // From a little before the word, for the pattern's `\b` (a window's start is one).
                    if (englishVictimAnchorStart..<titleAnchorStart).contains(pattern) { english.append(window(max(0, at - 4), min(bytes.count, end + 60))) }
                    return true
                }
                chineseNames(in: windows, victimName, kind: .victimName) { output in
                    let next = readable[output.2.endIndex...].first { $0 != " " }
                    guard next.map({ !Self.afterVictimName.contains($0) }) != true,
                          let first = output.1.first, !notVictimSurnames.contains(first), !output.2.contains(where: notVictimGiven.contains) else { return nil }
                    return (output.1, output.2, nil, true)
                }
                // In English, any two words with capitals after the word for a victim but a title, a body's or a place's words
                // ("victim Mrs Chen", "Victim Support Scotland", "victim Hong Kong"); a third only after a Chinese surname ("Tan Ah Kow").
                for range in english {
                    for output in englishVictimName.with({ readable[range].matches(of: $0).map(\.output) }) {
                        let (first, second) = (output.1, output.2)
                        let third = output.3.dropFirst()
                        let last = !third.isEmpty && Self.isRomanisedSurname(first) && !notSecondNames.contains(third) && !notNames.contains(third)
                            ? readable[second.startIndex..<third.endIndex] : second
                        guard !notNames.contains(first), !notFirstNames.contains(first), !victimBodies.contains(first),
                              !first.allSatisfy(\.isUppercase) || Self.isRomanisedSurname(first),
                              !notNames.contains(second), !notSecondNames.contains(second) else { continue }
                        addEnglish(first, last, kind: .victimName)
                    }
                }
            }
            if forms.contains(.lossName) {
                for output in lossName.with({ readable.matches(of: $0).map(\.output) }) {
                    let (first, second) = (output.1, output.2)
                    guard Self.startsName(first), !notFirstNames.contains(first), !notNames.contains(second), !notSecondNames.contains(second) else { continue }
                    addEnglish(first, second, kind: .victimName)
                }
            }
            if forms.contains(.labelledName) {
                let whole = [readable.startIndex..<readable.endIndex]
                chineseNames(in: whole, labelledChineseName, kind: .labelledName) { output in (output.1, output.2, nil, true) }
                for output in labelledEnglishName.with({ readable.matches(of: $0).map(\.output) }) {
                    let (first, second) = (output.2, output.3)
                    // "Name: Wang Jianguo" where a label starts, not an account's, a payee's or a company's name.
                    let before = readable[..<output.0.startIndex].last { $0 != " " }
                    guard output.1 != nil || !(before?.isLetter ?? false || before?.isNumber ?? false), !notNames.contains(first),
                          !notFirstNames.contains(first), !Self.holdsAny(second, notNames) else { continue }
                    addEnglish(first, second, kind: .labelledName)
                }
            }
            if forms.contains(.bareName) {
                for index in bytes.indices where Self.englishAge(at: index, in: bytes) {
                    let range = window(max(0, index - 40), index)
                    let text = readable[range.lowerBound...].prefix(60)
                    for output in bareEnglishAge.with({ text.matches(of: $0).map(\.output) }) where output.0.endIndex > range.upperBound {
                        var (first, second) = (output.1, output.2)
                        // "Pensioner Doris Baker, 81": a word before the name, read as its first.
                        if !Self.startsName(first), let space = second.firstIndex(of: " ") {
                            (first, second) = (second[..<space], second[second.index(after: space)...])
                        }
                        guard Self.startsName(first), !notNames.contains(first), !Self.holdsAny(second, notNames), !Self.holdsAny(second, notSecondNames),
                              !Self.followsPreposition(readable[..<first.startIndex]) else { continue }
                        addEnglish(first, second)
                    }
                }
            }
        }
        return found
    }
}
