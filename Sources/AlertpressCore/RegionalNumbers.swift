/// Personal numbers in the forms of Hong Kong and Taiwan, which a bulletin in Traditional Chinese
/// quotes from its police: identity card numbers (checked by their check digit, in either case),
/// Taiwan mobiles (`0912-345-678`, `+886 912 345 678`) and Hong Kong mobiles after `+852` or a label
/// (`手機9123 4567`; eight digits alone are as often an amount or an order). And the forms of other
/// countries a victim abroad or a tourist's case has: mobiles after their country's code (`+44 7700
/// 900123`, `+60 12-345 6789`), Korean resident registration numbers (`900101-1234568`, by their
/// check digit), and passport, travel-permit and Social Security numbers after their label. Found on
/// the text as `PersonalDataScanner` reads it (full-width digits, markup left out).
enum RegionalNumbers {
    typealias Finding = PersonalDataScanner.Finding

    /// What `forms(in:)` found a line may hold: each set runs its own patterns only.
    struct Forms: OptionSet {
        let rawValue: Int
        /// Hong Kong's and Taiwan's identity cards and phones.
        static let regional = Forms(rawValue: 1)
        /// A "+" (or "＋", "﹢", "⁺") or "00" before a number: a country's code.
        static let international = Forms(rawValue: 2)
        /// Six digits, a hyphen, seven: a Korean resident registration number.
        static let korean = Forms(rawValue: 4)
        /// A label of numbers only it makes personal: a passport's, a permit's, an SSN, an RRN.
        static let labelled = Forms(rawValue: 8)
        /// A mobile in its country's own form after a word for one (`nationalMobile`).
        static let national = Forms(rawValue: 16)
        /// The word for a bank account ("account", "a/c", "acct", 户口, 戶口) and soon after it eight digits or more
        /// (`bankAccount`).
        static let bankAccount = Forms(rawValue: 32)
    }

    static func mayFind(in text: String) -> Bool { !forms(in: text).isEmpty }

    /// Cheap test on the bytes: a number of the digits these forms have, with single spaces or
    /// hyphens between its groups: six to nine right after a letter (an identity card), eight in
    /// one or two groups of four (a Hong Kong phone), ten from "09" (a Taiwan mobile), eleven or
    /// twelve from "8" (after 852 or 886), thirteen as six and seven (a Korean number), ten or more
    /// from "00"; a "+" before a digit; a label (`labels`). Dates (2024-03-01), amounts and mainland
    /// numbers pass none of these, so the patterns run on few lines.
    static func forms(in text: String) -> Forms {
        var copy = text
        return copy.withUTF8 { bytes in
            let count = bytes.count
            var forms: Forms = []
            /// The digit at `index` (ASCII or full-width) and its length in bytes.
            func digit(at index: Int) -> (UInt8, Int)? {
                guard index < count else { return nil }
                let byte = bytes[index]
                if (0x30...0x39).contains(byte) { return (byte, 1) }
                if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBC, (0x90...0x99).contains(bytes[index + 2]) {
                    return (bytes[index + 2] - 0x60, 3)
                }
                return nil
            }
            func isLabel(at index: Int) -> Bool {
                Self.labels.contains { label in
                    index + label.count <= count && zip(label, bytes[index...]).allSatisfy { $0 == $1 || ($0 < 0x80 && $0 == $1 | 0x20) }
                }
            }
            /// Whether a digit follows at `index`, or after one space.
            func digitAhead(_ index: Int) -> Bool { digit(at: index) != nil || (index < count && bytes[index] == 0x20 && digit(at: index + 1) != nil) }
            func lowered(_ index: Int) -> UInt8 { index < count ? bytes[index] | 0x20 : 0 }
            /// Within 40 bytes of `index`, a run of eight digits or more, single spaces or hyphens between them: a bank account's.
            func accountDigitsAhead(_ index: Int) -> Bool {
                guard let first = (index..<min(index + 40, count)).first(where: { digit(at: $0) != nil }) else { return false }
                var position = first, digits = 0
                while let (_, length) = digit(at: position) {
                    digits += 1
                    position += length
                    if position + 1 < count, bytes[position] == 0x20 || bytes[position] == UInt8(ascii: "-"), digit(at: position + 1) != nil { position += 1 }
                }
                return digits >= 8
            }
            var index = 0
            while index < count {
                let byte = bytes[index]
                guard let (first, length) = digit(at: index) else {
                    // The first characters of a label (p, s, r, a; 护 護 通 回 台 주 by their first two
                    // bytes) or of a "+": most bytes are none of these.
                    switch byte {
                    case UInt8(ascii: "+"):
                        if digitAhead(index + 1) { forms.insert(.international) }
                    case 0xEF where index + 2 < count && (bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8B || bytes[index + 1] == 0xB9 && bytes[index + 2] == 0xA2),
                         0xE2 where index + 2 < count && bytes[index + 1] == 0x81 && bytes[index + 2] == 0xBA:
                        if digitAhead(index + 3) { forms.insert(.international) }
                    case UInt8(ascii: "p"), UInt8(ascii: "P"):
                        // "pas(sport)", "per(mit)"
                        if (lowered(index + 1) == 0x61 && lowered(index + 2) == 0x73) || (lowered(index + 1) == 0x65 && lowered(index + 2) == 0x72),
                           isLabel(at: index) { forms.insert(.labelled) }
                    case UInt8(ascii: "s"), UInt8(ascii: "S"):
                        if lowered(index + 1) == 0x73 || lowered(index + 1) == 0x6F, isLabel(at: index) { forms.insert(.labelled) }
                    case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "t"), UInt8(ascii: "T"),
                         UInt8(ascii: "b"), UInt8(ascii: "B"):
                        if lowered(index + 1) == 0x6F || lowered(index + 1) == 0x78 || lowered(index + 1) == 0x72, isLabel(at: index) { forms.insert(.labelled) }
                    case UInt8(ascii: "r"), UInt8(ascii: "R"):
                        if lowered(index + 1) == 0x72 || (lowered(index + 1) == 0x65 && lowered(index + 2) == 0x73), isLabel(at: index) { forms.insert(.labelled) }
                    case UInt8(ascii: "a"), UInt8(ascii: "A"): // "aadhaar"; "account", "acct", "a/c"
                        if lowered(index + 1) == 0x61, isLabel(at: index) { forms.insert(.labelled) }
                        if lowered(index + 1) == 0x63 || index + 1 < count && bytes[index + 1] == UInt8(ascii: "/"), accountDigitsAhead(index) { forms.insert(.bankAccount) }
                    case 0xE6 where index + 1 < count && bytes[index + 1] == 0x8A, 0xE8 where index + 1 < count && bytes[index + 1] == 0xAD,
                         0xE9 where index + 1 < count && bytes[index + 1] == 0x80, 0xEC where index + 1 < count && bytes[index + 1] == 0xA3,
                         0xE5 where index + 1 < count && (bytes[index + 1] == 0x9B || bytes[index + 1] == 0x8F):
                        if isLabel(at: index) { forms.insert(.labelled) }
                    // 户口, 戶口 (Hong Kong's word for a bank account; 账户 and 帳戶 are read before a card's number), by their first two bytes.
                    case 0xE6 where index + 1 < count && bytes[index + 1] == 0x88:
                        if accountDigitsAhead(index) { forms.insert(.bankAccount) }
                    default:
                        break
                    }
                    index += 1
                    continue
                }
                let start = index
                // Counted, not kept: most lines have numbers, few of these forms.
                var digits = 1, second: UInt8 = 0, groups = 1, firstGroup = 1
                index += length
                while index < count {
                    if let (next, size) = digit(at: index) {
                        if digits == 1 { second = next }
                        digits += 1
                        if groups == 1 { firstGroup += 1 }
                        index += size
                    } else if bytes[index] == 0x20 || bytes[index] == 0x2D, digit(at: index + 1) != nil {
                        groups += 1
                        index += 1
                    } else {
                        break
                    }
                }
                let afterLetter = start > 0 && bytes[start - 1] < 0x80 && (0x41...0x5A).contains(bytes[start - 1] & 0xDF)
                if afterLetter, (6...9).contains(digits) { forms.insert(.regional) }
                if digits == 13, groups == 2, firstGroup == 6 { forms.insert(.korean) }
                // "0044 7700 900123": a country's code as dialled abroad.
                if digits >= 10, first == 0x30, second == 0x30 { forms.insert(.international) }
                if digits == 8, groups == 1 || (groups == 2 && firstGroup == 4) { forms.insert(.regional) }
                if digits == 10, first == 0x30, second == 0x39 { forms.insert(.regional) }
                if digits == 11 || digits == 12, first == 0x38 { forms.insert(.regional) }
                // A trunk 0 and nine to eleven digits, or eight from 8 or 9, after a word for a mobile within 40 bytes.
                if (first == 0x30 && (9...11).contains(digits)) || (digits == 8 && (first == 0x38 || first == 0x39)),
                   case let before = Array(bytes[max(0, start - 40)..<start]),
                   Self.mobileWords.contains(where: { word in LinkPolicy.contains(before, caseInsensitive: word) }) { forms.insert(.national) }
            }
            return forms
        }
    }

    /// Whether twelve digits pass the Verhoeff check that ends an Aadhaar number (the UIDAI's scheme: the dihedral group D5).
    static func validAadhaar(_ digits: String) -> Bool {
        let multiply: [[Int]] = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
                                 [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
                                 [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
                                 [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
        let permute: [[Int]] = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
                                [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
                                [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 12 else { return false }
        var check = 0
        for (position, value) in values.reversed().enumerated() { check = multiply[check][permute[position % 8][value]] }
        return check == 0
    }

    /// The labels of `Forms.labelled`: passport, 护照, 護照, 通行证, 通行證, 回乡证, 回鄉證, 台胞证, 台胞證,
    /// SSN, social security, RRN, resident registration, 주민 (as in 주민등록번호), Aadhaar, and the permits
    /// ("Hong Kong permit", "home return permit") and travel documents the passport pattern names.
    private static let labels = ["passport", "\u{62A4}\u{7167}", "\u{8B77}\u{7167}", "\u{901A}\u{884C}\u{8BC1}", "\u{901A}\u{884C}\u{8B49}",
                                 "\u{56DE}\u{4E61}\u{8BC1}", "\u{56DE}\u{9109}\u{8B49}", "\u{53F0}\u{80DE}\u{8BC1}", "\u{53F0}\u{80DE}\u{8B49}",
                                 "ssn", "social security", "rrn", "resident registration", "\u{C8FC}\u{BBFC}", "permit", "travel document", "brp", "aadhar", "aadhaar"].map { Array($0.utf8) }

    /// The words for a mobile that `Forms.national` looks for before a number (lower case).
    private static let mobileWords = ["mobile", "cell", "handphone", "h/p", "hp", "手机", "手機", "行動電話"].map { Array($0.utf8) }
    /// A mobile in its country's own form, after a word for one ("her mobile, 07700 900456", "H/P: 012-345 6789", `手机090-1234-5678`):
    /// read by `nationalMobile(_:singapore:chinese:)`. A mainland mobile starts with 1, and has its own pattern.
    private static let nationalMobilePattern = SharedRegex {
        /(?i)(?:\bmobile(?:\s+(?:phone|number|no\.?))?|\bcell(?:\s*phone)?(?:\s+(?:number|no\.?))?|\bhandphone(?:\s+(?:number|no\.?))?|\b(H\/P|HP)|手机号?码?|手機號?碼?|行動電話)\s*(?:[:：,，(（]|\bis\b|\bwas\b|\bat\b|\bon\b)?\s*((?:0\d{1,4}|[89]\d{3})(?:[\s-]?\d){4,9})(?![0-9]|[\s-][0-9])/
    }
    /// The national number of a mobile written in its country's own form: the United Kingdom's (07, eleven digits), Australia's
    /// (04, ten), New Zealand's (02, nine to eleven), Malaysia's (01, ten or eleven), Japan's (070, 080 or 090, eleven), and,
    /// Taiwan's (09, ten) and, after H/P or handphone, Singapore's (8 or 9, eight); false for any other (a landline's). After
    /// a Chinese word (`chinese`), not 010 or 02…, Beijing's and Shanghai's landlines.
    static func nationalMobile(_ digits: String, singapore: Bool, chinese: Bool) -> Bool {
        func starts(_ prefixes: String...) -> Bool { prefixes.contains { digits.hasPrefix($0) } }
        if chinese, starts("010", "02") { return false }
        switch digits.count {
        case 8: return singapore && starts("8", "9")
        case 9: return starts("02")
        case 10: return starts("04", "01", "02", "09")
        case 11: return starts("07", "01", "02", "070", "080", "090")
        default: return false
        }
    }

    // (No look-behind in Swift's regexes: what may not stand before a number is matched, outside its groups.)
    private static let taiwanID = SharedRegex { /(?:^|[^A-Za-z0-9])([A-Za-z])\s?([12]\d{8})(?![0-9])/ }
    private static let hongKongID = SharedRegex { /(?:^|[^A-Za-z0-9])([A-Za-z]{1,2})(\d{6})\s?(?:[(（\[［]([0-9Aa])[)）\]］]|([0-9Aa])(?![0-9A-Za-z]))/ }
    /// A number after a "+" (or a full-width or raised one, or the "00" dialled abroad) and a
    /// country's calling code, in groups with spaces, dots, hyphens or brackets between: read by
    /// `foreignMobile`.
    private static let international = SharedRegex { /(?:^|[^0-9A-Za-z+＋﹢⁺])(?:[+＋﹢⁺]\s?|00)(\(?\d[\d\s().-]{5,22}\d)(?![0-9])/ }
    /// A Korean resident registration number: a birth date (YYMMDD), a hyphen, and seven digits from
    /// the one for the century and sex (1 to 4).
    private static let koreanRRN = SharedRegex {
        /(?i)(?:^|[^0-9-])(?:(?:\bRRN|resident\s+registration(?:\s+number)?|주민등록번호)\s*(?:is|was)?\s*[:：]?\s*)?(\d{6})[\s-]([1-4]\d{6})(?![0-9]|-\d)|(?:\bRRN|resident\s+registration(?:\s+number)?|주민등록번호)\s*(?:is|was)?\s*[:：]?\s*(\d{6})([1-4]\d{6})(?![0-9])/
    }
    /// Numbers only their label makes personal: a passport's or a travel permit's (a letter or two and
    /// seven to ten digits, or nine digits), a Social Security number written with spaces or dots.
    private static let passport = SharedRegex {
        /(?i)(?:护照|護照|港澳通行证|港澳通行證|通行证|通行證|回乡证|回鄉證|台胞证|台胞證|\bpassport|\b(?:home\s+return|exit-entry|entry-exit|travel)\s+(?:permit|document)|\b(?:hong\s+kong|macau|macao|taiwan|mainland)(?:\s+(?:and|&)\s+(?:macau|macao))?(?:\s+compatriots?)?(?:\s+(?:travel|entry|residence))?\s+permit|\bBRP)\s*(?:号码|號碼|号|號|[,，]?\s*(?:number|no\.?|#)(?:\s+of\s+(?:the\s+)?\w+)?)?\s*(?:是|为|為|is|was)?\s*[:：,，(（]?\s*([A-Za-z]{1,2} ?\d{3,5} ?\d{3,6}|\d{8,10})(?![0-9A-Za-z])/
    }
    private static let labelledSSN = SharedRegex {
        /(?i)(?:\bSSN|\bsocial\s+security)(?:\s+(?:number|no\.?))?\s*,?\s*(?:is|was|#)?\s*[:：(（]?\s*(\d{3})[\s.-]?(\d{2})[\s.-]?(\d{4})(?![0-9])/
    }
    /// A bank account's number after the word for one ("account number 41826375", "a/c 12345678", "DBS account 027-914385-2",
    /// `戶口 012-345-6-789012`): eight to nineteen digits (`findings`), not an amount.
    private static let bankAccount = SharedRegex {
        /(?i)(?:\b(?:account|acct\.?|a\/c)(?:\s+(?:number|no\.?|#))?|户口|戶口)\s*(?:号码|號碼|号|號)?\s*(?:is|was|是|为|為)?\s*[:：(（]?\s*(\d{2,19}(?:[ -]\d{1,8}){0,4})(?![0-9])(?!\s*(?:元|块|塊|万|萬|%|％|(?:yuan|rmb|cny|hkd|usd|sgd|myr|gbp|dollars?|pounds?)\b))/
    }
    /// An Indian Aadhaar number after its name: twelve digits, in groups of four or not, the first not 0 or 1 (`validAadhaar`).
    private static let aadhaar = SharedRegex {
        /(?i)\baadhaa?r(?:\s+(?:card|number|no\.?|#))*\s*,?\s*(?:is|was)?\s*[:：(（]?\s*([2-9]\d{3})[\s-]?(\d{4})[\s-]?(\d{4})(?![0-9])/
    }
    private static let taiwanMobile = SharedRegex { /(?:^|[^0-9])((?:\+?886[\s-]?|0)(9\d{2})[\s-]?(\d{3})[\s-]?(\d{3}))(?![0-9])/ }
    private static let hongKongMobile = SharedRegex {
        /(?i)(?:\+?\(?852\)?[\s-]?|(?:手機|手机|手提|電話|电话|聯絡|联系|聯繫|whatsapp|mobile|phone|tel)[^0-9\n]{0,8})([4-9]\d{3})[\s-]?(\d{4})(?![0-9])/
    }

    private static let meetingWords = SharedRegex { /(?i)会议|會議|\bmeeting|\bzoom\b|\bvoov\b|\bwebex\b|房间号|房間號/ }

    private static let hongKongHome = SharedRegex {
        /(?i)(?:住宅|家中|家居|home)\s*(?:電話|电话|phone|tel)?[^0-9\n]{0,6}([23]\d{3})[\s-]?(\d{4})(?![0-9])/
    }

    /// The findings in `readable` (as `PersonalDataScanner.readable` gives it), with the columns
    /// of the line it came from.
    static func findings(in readable: String, columns: [Int], forms: Forms) -> [Finding] {
        var found: [Finding] = []
        func add(_ kind: Finding.Kind, _ start: String.Index, _ masked: String, _ value: String) {
            let offset = readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: start)
            found.append(Finding(kind: kind, column: (offset < columns.count ? columns[offset] : offset) + 1, masked: masked, value: value))
        }
        for match in !forms.contains(.regional) ? [] : taiwanID.with({ readable.matches(of: $0).map { ($0.1, $0.2) } }) where validTaiwanID(match.0.uppercased(), String(match.1)) {
            // "order reference A123456789": an order's or a case's number, as for the mainland's IDs.
            let scalars = Array(readable.unicodeScalars)
            guard !PersonalDataScanner.isExempt(scalars, before: readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: match.0.startIndex))
            else { continue }
            let id = match.0.uppercased() + String(match.1)
            add(.residentID, match.0.startIndex, String(id.prefix(2)) + "******" + String(id.suffix(2)), id)
        }
        for match in !forms.contains(.regional) ? [] : hongKongID.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3 ?? $0.4) } }) {
            guard let check = match.2?.uppercased(), validHongKongID(match.0.uppercased(), String(match.1), check) else { continue }
            // A segment of an address or a code ("/n4904352/", "?id=c9364720"): no card written by a person.
            // A colon after a label is none of these ("身份證號碼：A123456(3)").
            if match.0.startIndex > readable.startIndex, case let previous = readable.index(before: match.0.startIndex), "/=._-?&#:%+~".contains(readable[previous]),
               !(readable[previous] == ":" && (previous == readable.startIndex || readable[readable.index(before: previous)].isASCII == false)) { continue }
            add(.residentID, match.0.startIndex, "\(match.0.uppercased())\(match.1.prefix(1))*****(\(check))", "\(match.0.uppercased())\(match.1)\(check)")
        }
        for match in !forms.contains(.international) ? [] : international.with({ readable.matches(of: $0).map(\.1) }) {
            // "the Anti-Scam hotline +852 9880 1888": a service's number, as for the mainland's (the words before the "+").
            if PersonalDataScanner.isExempt(Array(readable.unicodeScalars), before: readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: match.startIndex) - 1) { continue }
            let digits = String(match.filter(\.isNumber))
            // The calling code is the one of one to three digits that reads the rest as a mobile.
            guard let (code, national) = (1...3).lazy.compactMap({ length in
                foreignMobile(code: String(digits.prefix(length)), String(digits.dropFirst(length))).map { (digits.prefix(length), $0) }
            }).first else { continue }
            add(.mobile, match.startIndex, "+\(code) \(national.prefix(3))****\(national.suffix(3))", code + national)
        }
        // Without its hyphen, only after its label: thirteen digits alone are as often an order's.
        let rrns = forms.isDisjoint(with: [.korean, .labelled]) ? [] : koreanRRN.with { readable.matches(of: $0).compactMap { match in (match.1 ?? match.3).flatMap { first in (match.2 ?? match.4).map { (first, $0) } } } }
        for match in rrns where validKoreanRRN(String(match.0) + String(match.1)) {
            add(.nationalID, match.0.startIndex, "\(match.0)-\(match.1.prefix(1))******", String(match.0) + String(match.1))
        }
        for match in !forms.contains(.labelled) ? [] : passport.with({ readable.matches(of: $0).map(\.1) }) {
            let compact = match.filter { $0 != " " }
            guard (8...11).contains(compact.count) else { continue }
            add(.travelDocument, match.startIndex, "\(compact.prefix(1))****\(compact.suffix(3))", compact.uppercased())
        }
        for match in !forms.contains(.labelled) ? [] : labelledSSN.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3) } }) where match.0 != "000" && match.0 != "666" && !match.0.hasPrefix("9") {
            add(.nationalID, match.0.startIndex, "***-**-\(match.2)", String(match.0) + String(match.1) + String(match.2))
        }
        for match in !forms.contains(.bankAccount) ? [] : bankAccount.with({ readable.matches(of: $0).map(\.output.1) }) {
            let digits = String(match.filter(\.isNumber))
            // A mainland mobile or a card has its own finding; a date's or an amount's digits are fewer.
            guard (8...19).contains(digits.count), !(digits.count == 11 && digits.hasPrefix("1")) else { continue }
            add(.bankAccount, match.startIndex, "****\(digits.suffix(4))", digits)
        }
        for match in !forms.contains(.labelled) ? [] : aadhaar.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3) } }) {
            let digits = String(match.0) + String(match.1) + String(match.2)
            guard validAadhaar(digits) else { continue }
            add(.nationalID, match.0.startIndex, "XXXX XXXX \(match.2)", digits)
        }
        for match in !forms.contains(.regional) ? [] : taiwanMobile.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3, $0.4) } }) {
            add(.mobile, match.0.startIndex, "0\(match.1)***\(match.3)", "0\(match.1)\(match.2)\(match.3)")
        }
        for match in !forms.contains(.regional) ? [] : hongKongMobile.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.0) } }) {
            // A hotline's, named before its "+852" or right before its digits ("WhatsApp熱線9880 1888").
            let scalars = Array(readable.unicodeScalars)
            if [match.2.startIndex, match.0.startIndex].contains(where: { PersonalDataScanner.isExempt(scalars, before: readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: $0)) }) { continue }
            // "会议号852 4177 9612", "join meeting 852 9123 4567": a meeting's ID, eleven digits from 852 without a "+".
            if match.2.hasPrefix("852"), meetingWords.with({ readable[..<match.2.startIndex].suffix(48).contains($0) }) { continue }
            add(.mobile, match.0.startIndex, "\(match.0.prefix(1))***\(match.1)", "852\(match.0)\(match.1)")
        }
        for match in !forms.contains(.national) ? [] : nationalMobilePattern.with({ readable.matches(of: $0).map { ($0.1 != nil, $0.2) } }) {
            let digits = String(match.1.filter(\.isNumber))
            let handphone = match.0 || readable[..<match.1.startIndex].suffix(24).lowercased().contains("handphone")
            let chinese = readable[..<match.1.startIndex].reversed().first { !$0.isWhitespace && !":：,，(（".contains($0) }.map { !$0.isASCII } ?? false
            guard nationalMobile(digits, singapore: handphone, chinese: chinese),
                  // "the bank's mobile hotline: 0800…": a service's number, as for the mainland's.
                  !PersonalDataScanner.isExempt(Array(readable.unicodeScalars), before: readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: match.1.startIndex))
            else { continue }
            let shown = digits.count > 8 ? 3 : 1
            add(.mobile, match.1.startIndex, "\(digits.prefix(shown))\(String(repeating: "*", count: digits.count - shown - 3))\(digits.suffix(3))", digits)
        }
        for match in !forms.contains(.regional) ? [] : hongKongHome.with({ readable.matches(of: $0).map { ($0.1, $0.2) } }) {
            add(.landline, match.0.startIndex, "\(match.0.prefix(1))***\(match.1)", "852\(match.0)\(match.1)")
        }
        return found
    }

    /// The national number of a mobile after a country's calling code (`code`, its digits after it;
    /// a trunk "0" in brackets left out), or nil for a landline's, a service's or another country's
    /// (mainland China, Hong Kong and Taiwan have their own patterns): the United Kingdom (7 and nine
    /// digits), Malaysia (1 and eight or nine), Japan (70, 80 or 90 and eight), Singapore (8 or 9 and
    /// seven), Australia (4 and eight), South Korea (10 and eight), Thailand (6, 8 or 9 and eight),
    /// the Philippines (9 and nine), Vietnam (3, 5, 7, 8 or 9 and eight), Germany (15, 16 or 17 and
    /// eight or nine), France (6 or 7 and eight). North America's numbers do not say whether they
    /// are mobiles: its embassies' and agencies' lines pass.
    static func foreignMobile(code: String, _ digits: String) -> String? {
        let national = digits.hasPrefix("0") ? String(digits.dropFirst()) : digits
        let count = national.count
        func starts(_ prefixes: String...) -> Bool { prefixes.contains { national.hasPrefix($0) } }
        let mobile = switch code {
        case "44": starts("7") && count == 10
        case "60": starts("1") && (9...10).contains(count)
        case "81": starts("70", "80", "90") && count == 10
        case "65": starts("8", "9") && count == 8
        case "61": starts("4") && count == 9
        case "82": starts("10") && count == 10
        case "66": starts("6", "8", "9") && count == 9
        case "63": starts("9") && count == 10
        case "84": starts("3", "5", "7", "8", "9") && count == 9
        case "49": starts("15", "16", "17") && (10...11).contains(count)
        case "33": starts("6", "7") && count == 9
        case "853": starts("6") && count == 8
        case "62": starts("8") && (9...12).contains(count)
        case "855": starts("1", "6", "7", "8", "9") && (8...9).contains(count)
        case "95": starts("9") && (8...10).contains(count)
        case "856": starts("20") && count == 10
        case "91": starts("6", "7", "8", "9") && count == 10
        default: false
        }
        return mobile ? national : nil
    }

    /// A Korean resident registration number's birth date (month and day) and check digit.
    static func validKoreanRRN(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 13, (1...12).contains(values[2] * 10 + values[3]), (1...31).contains(values[4] * 10 + values[5]) else { return false }
        let sum = zip(values.prefix(12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - sum % 11) % 10 == values[12]
    }

    /// Taiwan's national ID: a letter for the place of registration, 1 or 2, seven digits and a check digit.
    static func validTaiwanID(_ letter: String, _ digits: String) -> Bool {
        let codes: [Character: Int] = ["A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19,
                                       "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29,
                                       "W": 32, "X": 30, "Y": 31, "Z": 33]
        guard let first = letter.first, let code = codes[first] else { return false }
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 9 else { return false }
        let weights = [8, 7, 6, 5, 4, 3, 2, 1, 1]
        let sum = code / 10 + (code % 10) * 9 + zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return sum % 10 == 0
    }

    /// Hong Kong's identity card: one or two letters, six digits and a check digit (0–9 or A).
    static func validHongKongID(_ letters: String, _ digits: String, _ check: String) -> Bool {
        func value(_ letter: Character) -> Int? { letter.asciiValue.map { Int($0) - 55 } }
        let prefix = letters.compactMap(value)
        let values = digits.compactMap(\.wholeNumberValue)
        guard prefix.count == letters.count, values.count == 6 else { return false }
        var sum = (prefix.count == 2 ? prefix[0] * 9 + prefix[1] * 8 : 36 * 9 + prefix[0] * 8)
        sum += zip(values, [7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        let remainder = (11 - sum % 11) % 11
        return check == (remainder == 10 ? "A" : String(remainder))
    }
}
