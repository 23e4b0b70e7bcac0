import Foundation

/// Who someone is, beyond their numbers: a chat account after its name (`微信号chen_xm1999`,
/// `QQ号 284756193`, `WeChat ID: chen_xm1999`), a mainland licence plate (`粤B·D12345`) and a full
/// date of birth (`出生于1954年3月7日`, `born on 7 March 1954`). A scammer's account belongs in
/// `indicators`, and is then allowed in the text as the numbers are. A year of birth alone passes.
enum Identities {
    struct Forms: OptionSet {
        let rawValue: UInt8
        static let account = Forms(rawValue: 1)
        static let plate = Forms(rawValue: 2)
        static let birth = Forms(rawValue: 4)
    }

    /// The provinces' one-character names, as their UTF-8 bytes read as one number.
    private static let provinces: Set<UInt32> = Set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领".unicodeScalars.map { scalar in
        Array(String(scalar).utf8).reduce(0) { $0 << 8 | UInt32($1) }
    })

    /// Cheap test on the bytes, for each form: "微信", "QQ" or "WeChat" and soon after them the word
    /// for an account, or for QQ a digit (an account); a province's character before a capital (a
    /// plate); "出生", "生于", "生日", "born", "birth" or "DOB" (a birth).
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
            // After an app's name, within a few bytes: the word for an account (号, 號, 账, 帳, 帐, "id",
            // "account", "number"), or for QQ a digit.
            func namesAccount(after end: Int, digits: Bool) -> Bool {
                for index in end..<min(end + 12, bytes.count) {
                    if digits, index < end + 5, (0x31...0x39).contains(bytes[index]) { return true }
                    if [0xE58FB7, 0xE8999F, 0xE8B4A6, 0xE5B8B3, 0xE5B890].contains(character(at: index))
                        || starts("id", at: index) || starts("account", at: index) || starts("number", at: index) { return true }
                }
                return false
            }
            var forms: Forms = []
            for index in bytes.indices {
                switch bytes[index] {
                case 0xE5:
                    switch character(at: index) {
                    case 0xE5BEAE: // 微, before 信
                        if character(at: index + 3) == 0xE4BFA1, namesAccount(after: index + 6, digits: false) { forms.insert(.account) }
                    case 0xE587BA: // 出, before 生
                        if character(at: index + 3) == 0xE7949F { forms.insert(.birth) }
                    default: break
                    }
                case 0xE7:
                    // 生, before 于, 於 or 日
                    if character(at: index) == 0xE7949F, [0xE4BA8E, 0xE696BC, 0xE697A5].contains(character(at: index + 3)) { forms.insert(.birth) }
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                    // A capital after a province's character: the start of a plate.
                    if bytes[index] <= UInt8(ascii: "Z"), index >= 3, bytes[index - 3] >= 0xE4, provinces.contains(character(at: index - 3)) { forms.insert(.plate) }
                    switch lowered(bytes[index]) {
                    case UInt8(ascii: "q"): if starts("qq", at: index), namesAccount(after: index + 2, digits: true) { forms.insert(.account) }
                    case UInt8(ascii: "w"): if starts("wechat", at: index), namesAccount(after: index + 6, digits: false) { forms.insert(.account) }
                    case UInt8(ascii: "b"): if starts("born", at: index) || starts("birth", at: index) { forms.insert(.birth) }
                    case UInt8(ascii: "d"): if bytes[index] == UInt8(ascii: "D"), starts("dob", at: index) { forms.insert(.birth) }
                    default: break
                    }
                default: break
                }
            }
            return forms
        }
    }

    /// A chat account after the words that name it; a letter account has a digit, `_` or `-` in it
    /// (a word after "WeChat" is not an account), a QQ account is 5 to 11 digits.
    private static let account = SharedRegex {
        /(?:(?:微信|WeChat|wechat)\s*(?:号|號|账号|帳號|帐号|ID|id|Id|account|number)|(?:QQ|qq)\s*(?:号码|號碼|号|號|账号|帳號|帐号|ID|id|account|number)?)\s*(?:[:：是为]|is)?\s*((?=[A-Za-z0-9_-]*[0-9_-])[A-Za-z][A-Za-z0-9_-]{5,19}|[1-9][0-9]{4,10})(?![A-Za-z0-9_*＊-]|\s*(?:元|块|塊|万|萬|%|％|(?i:yuan|rmb|cny|hkd|usd)\b))/
    }

    /// A mainland plate: a province's character, a letter, then five or six letters and digits
    /// (`粤B·D12345`, `京A 12345`); letters I and O are not used.
    private static let plate = SharedRegex {
        /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z]\s?[·•・.\-]?\s?((?=[A-HJ-NP-Z0-9]*[0-9])[A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9*＊])/
    }

    /// A day, a month and a year after the words for a birth.
    private static let birth = SharedRegex {
        /(?:出生于|出生於|生于|生於|出生日期|出生年月日|生日)\s*(?:[:：是为為])?\s*(?:19|20)[0-9]{2}\s*(?:年|-|\/|\.)\s*[0-9]{1,2}\s*(?:月|-|\/|\.)\s*[0-9]{1,2}(?:日|号|號)?|(?i:\bborn\s+(?:on\s+)?|\bdate\s+of\s+birth\s*:?\s*|\bDOB\s*:?\s*|\bbirthday\s*(?:is|:)?\s*)(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s+(?:19|20)[0-9]{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\/[0-9]{1,2}\/(?:19|20)[0-9]{2})/
    }

    static func findings(in readable: String, columns: [Int], forms: Forms) -> [PersonalDataScanner.Finding] {
        var found: [PersonalDataScanner.Finding] = []
        func add(_ kind: PersonalDataScanner.Finding.Kind, _ range: Range<String.Index>, value: String, masked: String) {
            let offset = readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: range.lowerBound)
            found.append(PersonalDataScanner.Finding(kind: kind, column: (offset < columns.count ? columns[offset] : offset) + 1, masked: masked, value: value))
        }
        for id in !forms.contains(.account) ? [] : account.with({ readable.matches(of: $0).map(\.output.1) }) {
            add(.chatAccount, id.startIndex..<id.endIndex, value: id.lowercased(), masked: String(id.prefix(2)) + "****")
        }
        for match in !forms.contains(.plate) ? [] : plate.with({ readable.matches(of: $0).map { ($0.range, String(readable[$0.range]), String($0.output.1)) } }) {
            let (range, written, serial) = match
            let head = written.prefix(2)
            add(.plate, range, value: String(head) + serial, masked: head + "·" + String(repeating: "*", count: serial.count - 1) + String(serial.suffix(1)))
        }
        for range in !forms.contains(.birth) ? [] : birth.with({ readable.matches(of: $0).map(\.range) }) {
            let written = String(readable[range])
            add(.birthDate, range, value: written.filter(\.isNumber), masked: String(written.map { $0.isNumber ? "*" : $0 }))
        }
        return found
    }
}
