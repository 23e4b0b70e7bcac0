/// Personal data in forms the main scan does not read, found by the third privacy review: masks
/// that hide too little (`1391234567*`, an ID with only its check digit hidden, `l*ming@qq.com`),
/// first-generation 15-digit resident IDs, 15-digit American Express cards, a number given as its
/// first digits and its last (`前七位1391234，尾号5678`), digits spelt as English words, and the
/// national numbers of other places a victim may come from: a US Social Security number, a
/// Singapore NRIC or FIN, an IBAN (each by its form and, where it has one, its check).
enum MoreNumbers {
    typealias Finding = PersonalDataScanner.Finding

    /// Which of the forms a line may hold, so each pattern runs only where it may match.
    struct Forms: OptionSet {
        let rawValue: Int
        static let masks = Forms(rawValue: 1), fifteenDigits = Forms(rawValue: 2), socialSecurity = Forms(rawValue: 4)
        static let singapore = Forms(rawValue: 8), iban = Forms(rawValue: 16), words = Forms(rawValue: 32), spelledAddress = Forms(rawValue: 64)
        static let headAndTail = Forms(rawValue: 128), mailbox = Forms(rawValue: 256), listed = Forms(rawValue: 512)
        /// A mask and a word of a number's end with digits after it ("1391234****，尾号5678").
        static let maskAndTail = Forms(rawValue: 1024)
        /// A run of nine or ten digits from a 1: a mobile with digits left off, where a label names it.
        static let shortMobile = Forms(rawValue: 2048)
        /// Six, two and four digits joined by hyphens: a Malaysian identity card's shape (540307-10-5678).
        static let malaysia = Forms(rawValue: 4096)
        /// Six digits after two capitals: a British National Insurance number's shape (QQ 12 34 56 C).
        static let insurance = Forms(rawValue: 8192)
    }

    static func mayFind(in text: String) -> Bool { !forms(in: text).isEmpty }

    /// Cheap test on the bytes: a mask star (or an X after digits) with seven digits or an "@" in the line; a run of
    /// exactly 15 digits, or of 9 in three groups; a capital before seven digits, or two capitals
    /// before two; two digits spelt as English words in a run of seven (`spelledInWords`); "dot"; a word of a number's start
    /// (前, "begins") and one of its end (尾, 位, "ends"), each with a digit soon after it (`digitsWindow`), with seven digits.
    static func forms(in text: String) -> Forms {
        var copy = text
        return copy.withUTF8 { bytes in
            let count = bytes.count
            var forms: Forms = []
            var digits = 0, star = false, at = false, head = false, tail = false
            // A run of digits spelt as words, with digits among them, as `spelledInWords` reads it.
            var spelledWords = 0, spelledDigits = 0
            func endSpelled() { spelledWords = 0; spelledDigits = 0 }
            func digitLength(_ index: Int) -> Int { MoreNumbers.digitLength(bytes, index) }
            func isDigit(_ index: Int) -> Bool { digitLength(index) > 0 }
            /// The length of a hyphen or dash at `index` (-, ‐ to ―, －), which `readable` reads as "-".
            func hyphenLength(_ index: Int) -> Int {
                guard index < count else { return 0 }
                if bytes[index] == 0x2D { return 1 }
                guard index + 2 < count else { return 0 }
                if bytes[index] == 0xE2, bytes[index + 1] == 0x80, (0x90...0x95).contains(bytes[index + 2]) { return 3 }
                return bytes[index] == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8D ? 3 : 0
            }
            /// Whether a digit follows within `window` bytes after `index`, spaces not counted: ASCII or
            /// full-width, a Chinese numeral, a character reference (`&#53;`), or a character
            /// `readable` may read as one (𝟓, ⑤). The patterns of a number's end (`tailNext`) want its
            /// digits right after the word: "尾号为：5678", "the last four digits of her number are 5678".
            func digitFollows(_ index: Int, within window: Int) -> Bool {
                var position = index, budget = window
                while position < count, budget > 0 {
                    let byte = bytes[position]
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 { position += 1; continue }
                    if isDigit(position) || byte == UInt8(ascii: "&") || byte == 0xF0 || byte == 0xE2 { return true }
                    if byte >= 0xE0, position + 2 < count,
                       PersonalDataScanner.isChineseNumeral(UInt32(byte) << 16 | UInt32(bytes[position + 1]) << 8 | UInt32(bytes[position + 2])) {
                        return true
                    }
                    position += 1
                    budget -= 1
                }
                return false
            }
            func isCapital(_ index: Int) -> Bool { index >= 0 && index < count && (0x41...0x5A).contains(bytes[index]) }
            // An IBAN's country may be written in lower case ("gb82 west …").
            func isLetter(_ index: Int) -> Bool { index >= 0 && index < count && (0x41...0x5A).contains(bytes[index] & 0xDF) && bytes[index] & 0x80 == 0 }
            var index = 0
            while index < count {
                let byte = bytes[index]
                if isDigit(index) {
                    let start = index
                    // A Social Security number is three groups joined by hyphens, within a run that spaces may join to others;
                    // a Malaysian identity card's are of six, two and four digits (each group's count a hexadecimal digit of `sizes`).
                    var run = 0, hyphenated = 0, hyphenGroups = 1, sizes = 0, group = 0
                    func endSegment() {
                        if hyphenated == 9, hyphenGroups == 3 { forms.insert(.socialSecurity) }
                        if hyphenGroups == 3, sizes << 4 | min(group, 15) == 0x624 { forms.insert(.malaysia) }
                        hyphenated = 0
                        hyphenGroups = 1
                        sizes = 0
                        group = 0
                    }
                    while index < count {
                        let length = digitLength(index), hyphen = hyphenLength(index)
                        if length > 0 {
                            run += 1; hyphenated += 1; group += 1; index += length
                        } else if hyphen > 0, isDigit(index + hyphen) {
                            hyphenGroups += 1; sizes = sizes << 4 | min(group, 15); group = 0; index += hyphen
                        } else if bytes[index] == 0x20, isDigit(index + 1) {
                            endSegment(); index += 1
                        } else {
                            break
                        }
                    }
                    endSegment()
                    digits += run
                    // A mobile masked with a letter (1391234567X).
                    if index < count, bytes[index] | 0x20 == UInt8(ascii: "x") { star = true }
                    if run == 15 { forms.insert(.fifteenDigits) }
                    if run == 9 || run == 10, bytes[start] == UInt8(ascii: "1") || digitLength(start) == 3 && bytes[start + 2] == 0x91 { forms.insert(.shortMobile) }
                    // The same after a country code: "+86 1391234567", "0086-139 1234 567".
                    if (11...14).contains(run), start + 3 < count,
                       bytes[start] == UInt8(ascii: "8") && bytes[start + 1] == UInt8(ascii: "6") && run <= 12
                       || bytes[start] == UInt8(ascii: "0") && bytes[start + 1] == UInt8(ascii: "0") && bytes[start + 2] == UInt8(ascii: "8")
                       && bytes[start + 3] == UInt8(ascii: "6") && run >= 13 { forms.insert(.shortMobile) }
                    if run == 7, isCapital(start - 1) { forms.insert(.singapore) }
                    if run == 6, isCapital(start - 1) && isCapital(start - 2) || start >= 1 && bytes[start - 1] == 0x20 && isCapital(start - 2) && isCapital(start - 3) {
                        forms.insert(.insurance)
                    }
                    if run >= 2, isLetter(start - 1), isLetter(start - 2) { forms.insert(.iban) }
                    spelledDigits += run
                    if spelledWords >= 2, spelledDigits >= 7 { forms.insert(.words) }
                    continue
                }
                switch byte {
                case UInt8(ascii: "*"), UInt8(ascii: "_"): star = true
                case UInt8(ascii: "@"): at = true
                // Digits listed with 、, ", ", "; " or "+" ("139、1234、5678"), which the main scan reads as a list of amounts.
                case 0xE3 where listSign(bytes, index) > 0, 0xEF where listSign(bytes, index) > 0: forms.insert(.listed)
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "+"), UInt8(ascii: "/"): if listSign(bytes, index) > 0 { forms.insert(.listed) }
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8A: star = true  // ＊
                case 0xE2 where index + 2 < count && ((bytes[index + 1] == 0x88 && bytes[index + 2] == 0x97) || (bytes[index + 1] == 0x97 && bytes[index + 2] == 0x8F)):
                    star = true  // ∗ ●
                case 0xC3 where index + 1 < count && bytes[index + 1] == 0x97: star = true  // ×
                case 0xE5 where index + 2 < count && bytes[index + 1] == 0xB0 && bytes[index + 2] == 0xBE:  // 尾
                    tail = tail || digitFollows(index + 3, within: Self.digitsWindow)
                case 0xE4 where index + 2 < count && bytes[index + 1] == 0xBD && bytes[index + 2] == 0x8D:  // 位
                    tail = tail || digitFollows(index + 3, within: Self.digitsWindow)
                case 0xE5 where index + 2 < count && bytes[index + 1] == 0x89 && bytes[index + 2] == 0x8D,  // 前
                     0xE9 where index + 2 < count && bytes[index + 1] == 0xA6 && bytes[index + 2] == 0x96,  // 首
                     0xE5 where index + 2 < count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x80,  // 开
                     0xE9 where index + 2 < count && bytes[index + 1] == 0x96 && bytes[index + 2] == 0x8B,  // 開
                     0xE6 where index + 2 < count && bytes[index + 1] == 0xAE && bytes[index + 2] == 0xB5:  // 段
                    head = head || digitFollows(index + 3, within: Self.digitsWindow)
                // 邮箱, 郵箱: "QQ邮箱是283746591" is an address without its "@".
                case 0xE9 where isMailbox(bytes, index): forms.insert(.mailbox)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    let start = index
                    while index < count, bytes[index] & 0x80 == 0, (0x41...0x5A).contains(bytes[index] & 0xDF) { index += 1 }
                    switch kind(of: UnsafeBufferPointer(rebasing: bytes[start..<index])) {
                    case .digit:
                        spelledWords += 1
                        spelledDigits += 1
                        if spelledWords >= 2, spelledDigits >= 7 { forms.insert(.words) }
                    case .pair:
                        spelledWords += 1
                        spelledDigits += 2
                        if spelledWords >= 2, spelledDigits >= 7 { forms.insert(.words) }
                    case .multiplier: spelledDigits += 2
                    case .dot: forms.insert(.spelledAddress); endSpelled()
                    case .start: head = head || digitFollows(index, within: 2 * Self.digitsWindow); endSpelled()
                    case .end: tail = tail || digitFollows(index, within: 2 * Self.digitsWindow); endSpelled()
                    case .other: endSpelled()
                    }
                    continue
                case 0x20, UInt8(ascii: "-"), UInt8(ascii: ","): break
                default: endSpelled()
                }
                index += 1
            }
            if star, digits >= 7 || at { forms.insert(.masks) }
            // A number masked and its hidden end told after it ("1391234****，尾号5678") is whole too.
            if head, tail, digits >= 7 { forms.insert(.headAndTail) }
            if star, tail, digits >= 7 { forms.insert(.maskAndTail) }
            return forms
        }
    }

    /// The bytes after a word of a number's start or end (前, 尾, 位; twice as many after "first", "last")
    /// within which its digits must start for `headFirst` and `tailNext` to find them; spaces are not
    /// counted. They allow "位数字为：" (15 bytes) after 位, and " four digits of their mobile number
    /// were: " (42) after "last".
    static let digitsWindow = 48

    /// The length in bytes of the digit at `index`, ASCII or full-width; 0 for none.
    private static func digitLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        guard index >= 0, index < bytes.count else { return 0 }
        if (0x30...0x39).contains(bytes[index]) { return 1 }
        return bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && (0x90...0x99).contains(bytes[index + 2]) ? 3 : 0
    }

    /// The length in bytes of a sign between digits listed (、, ", ", ";", "; ", full-width ， and ；, "+"
    /// between groups of three or more, "/" between groups of four) at `index`, with a digit (ASCII or
    /// full-width) before and after it; 0 for none.
    private static func listSign(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        func isDigit(_ index: Int) -> Bool { digitLength(bytes, index) > 0 }
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        let length = switch bytes[index] {
        case 0xE3 where byte(1) == 0x80 && byte(2) == 0x81: 3  // 、
        case 0xEF where byte(1) == 0xBC && (byte(2) == 0x8C || byte(2) == 0x9B): 3  // ， ；
        case UInt8(ascii: ","): byte(1) == 0x20 ? 2 : 0
        case UInt8(ascii: ";"): byte(1) == 0x20 ? 2 : 1
        // Between groups of three digits or more: not a time's offset (`08:00:00+08:00`) nor a small sum.
        case UInt8(ascii: "+"): (1...3).allSatisfy { isDigit(index - $0) && isDigit(index + $0) } ? 1 : 0
        // Only between a card's groups of four: a path's or a date's slashes (`/2021/07/05/`) list no number.
        case UInt8(ascii: "/"): (1...4).allSatisfy { isDigit(index - $0) && isDigit(index + $0) } && !isDigit(index - 5) && !isDigit(index + 5) ? 1 : 0
        default: 0
        }
        return length > 0 && (isDigit(index - 1) || isDigit(index - 3)) && isDigit(index + length) ? length : 0
    }

    /// The byte offsets in `text` where `isSign` holds, for `PersonalDataScanner.windows`.
    private static func offsets(in text: String, where isSign: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> [Int] {
        var copy = text
        return copy.withUTF8 { bytes in bytes.indices.filter { isSign(bytes, $0) } }
    }

    /// Whether 邮箱 or 郵箱 starts at `index`.
    private static func isMailbox(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xE9 && index + 5 < bytes.count && (bytes[index + 1] == 0x82 && bytes[index + 2] == 0xAE || bytes[index + 1] == 0x83 && bytes[index + 2] == 0xB5)
            && bytes[index + 3] == 0xE7 && bytes[index + 4] == 0xAE && bytes[index + 5] == 0xB1
    }

    private enum WordKind { case digit, pair, multiplier, dot, start, end, other }

    /// What an ASCII word is to `mayFind`, read on its bytes (a string made of every word of every
    /// line, to look it up, took a quarter of `check`).
    private static func kind(of word: UnsafeBufferPointer<UInt8>) -> WordKind {
        if isPairWord(word) { return .pair }
        guard (2...6).contains(word.count) else {
            if word.count == 9, lowered(word, 0) == 0x62, lowered(word, 1) == 0x65, lowered(word, 2) == 0x67 { return .start }  // beginning
            if word.count == 8 || word.count == 7, lowered(word, 0) == 0x73, lowered(word, 1) == 0x74, lowered(word, 2) == 0x61 { return .start }  // starting, started
            return word.count > 6 && word.count < 12 && lowered(word, 0) == 0x65 && lowered(word, 1) == 0x6E && lowered(word, 2) == 0x64 ? .end : .other
        }
        var key: UInt64 = 0
        for byte in word { key = key << 8 | UInt64(byte | 0x20) }
        switch key {
        // zero oh one two three four five six seven eight nine; double triple
        case 0x7A65726F, 0x6F68, 0x6F6E65, 0x74776F, 0x7468726565, 0x666F7572, 0x66697665, 0x736978, 0x736576656E, 0x6569676874, 0x6E696E65: return .digit
        case 0x646F75626C65, 0x747269706C65: return .multiplier
        case 0x646F74: return .dot
        // begins began start starts first; last
        case 0x626567696E73, 0x626567616E, 0x7374617274, 0x737461727473, 0x6669727374: return .start
        case 0x6C617374, 0x6D6964646C65: return .end  // last, middle
        default: return lowered(word, 0) == 0x65 && lowered(word, 1) == 0x6E && word.count >= 3 && lowered(word, 2) == 0x64 ? .end : .other
        }
    }

    private static func lowered(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt8 { index < word.count ? word[index] | 0x20 : 0 }

    static let digitWords: [String: Character] = ["zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                                                  "six": "6", "seven": "7", "eight": "8", "nine": "9"]
    /// Words for two digits, as numbers are read out in pairs ("one thirty-nine, seventy-one eighty-five"):
    /// a tens word takes the digit word after it ("seventy-one"), or is its tens and a zero alone.
    static let pairWords: [String: Int] = ["ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                                           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                                           "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
    private static let pairWordBytes: [[UInt8]] = pairWords.keys.map { Array($0.utf8) }

    /// Whether an ASCII word is one of `pairWords`, in any case.
    private static func isPairWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (3...9).contains(word.count) else { return false }
        switch word[0] | 0x20 {
        case 0x74, 0x65, 0x66, 0x73, 0x6E: break  // t e f s n
        default: return false
        }
        return pairWordBytes.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 | 0x20 } }
    }

    /// The findings in `readable` (as `PersonalDataScanner.readable` gives it) of `forms` but masks,
    /// with the columns of the line it came from.
    static func findings(in readable: String, columns: [Int], forms: Forms) -> [Finding] {
        var found: [Finding] = []
        let scalars = Array(readable.unicodeScalars)
        func add(_ kind: Finding.Kind, at offset: Int, _ masked: String, _ value: String, weakMask: Bool = false) {
            found.append(Finding(kind: kind, column: (offset < columns.count ? columns[offset] : offset) + 1, masked: masked, value: value, weakMask: weakMask))
        }
        for run in forms.contains(.fifteenDigits) ? digitRuns(scalars) : [] where run.digits.count == 15 {
            let digits = run.digits
            if (digits.hasPrefix("34") || digits.hasPrefix("37")), PersonalDataScanner.luhnValid(digits) {
                guard !PersonalDataScanner.isExempt(scalars, before: run.range.lowerBound) else { continue }
                add(.card, at: run.range.lowerBound, PersonalDataScanner.masked(.card, digits), digits)
            } else if validFirstGenerationID(digits) {
                guard !PersonalDataScanner.isExempt(scalars, before: run.range.lowerBound) else { continue }
                add(.residentID, at: run.range.lowerBound, String(digits.prefix(6)) + "*****" + String(digits.suffix(4)), digits)
            }
        }
        for match in !forms.contains(.socialSecurity) ? [] : socialSecurity.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3) } }) {
            let (area, group, serial) = (String(match.0), String(match.1), String(match.2))
            guard area != "000", area != "666", !area.hasPrefix("9"), group != "00", serial != "0000" else { continue }
            // "complaint reference was 512-34-5678", "商品编号512-34-5678": a reference's.
            guard !PersonalDataScanner.isExempt(scalars, before: offset(of: match.0.startIndex, in: readable)) else { continue }
            add(.nationalID, at: offset(of: match.0.startIndex, in: readable), "***-**-\(serial)", area + group + serial)
        }
        for match in !forms.contains(.singapore) ? [] : singaporeID.with({ readable.matches(of: $0).map { ($0.0, $0.1, $0.2, $0.3) } }) {
            guard validSingaporeID(String(match.1), String(match.2), String(match.3)) else { continue }
            add(.nationalID, at: offset(of: match.1.startIndex, in: readable), "\(match.1)****\(match.2.suffix(3))\(match.3)", "\(match.1)\(match.2)\(match.3)")
        }
        for match in !forms.contains(.malaysia) ? [] : malaysiaID.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3) } }) {
            let (birth, place, serial) = (String(match.0), String(match.1), String(match.2))
            guard validMalaysianID(birth: birth, place: place),
                  !PersonalDataScanner.isExempt(scalars, before: offset(of: match.0.startIndex, in: readable)) else { continue }
            add(.nationalID, at: offset(of: match.0.startIndex, in: readable), "******-**-\(serial)", birth + place + serial)
        }
        for match in !forms.contains(.insurance) ? [] : nationalInsurance.with({ readable.matches(of: $0).map(\.output) }) {
            guard !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(match.1) else { continue }
            add(.nationalID, at: offset(of: match.1.startIndex, in: readable), "\(match.1) ** ** \(match.4) \(match.5)", "\(match.1)\(match.2)\(match.3)\(match.4)\(match.5)")
        }
        for match in !forms.contains(.iban) ? [] : iban.with({ readable.matches(of: $0).map(\.1) }) {
            let compact = match.filter { $0 != " " }.uppercased()
            guard (15...34).contains(compact.count), validIBAN(String(compact)) else { continue }
            add(.iban, at: offset(of: match.startIndex, in: readable), "\(compact.prefix(4)) **** \(compact.suffix(4))", String(compact))
        }
        // "手机号1391234567": a mobile with one or two digits left off shows as much as one masked too little.
        for window in forms.contains(.shortMobile) ? PersonalDataScanner.labelWindows(readable) : [] {
            for match in labelledMobile.with({ readable[window].matches(of: $0).map(\.1) }) {
                // As written, with no mask between its digits that the text as printed passes over
                // ("13912345*78" is a mask `weakMasks` reads).
                let first = offset(of: match.startIndex, in: readable), last = first + match.unicodeScalars.count - 1
                guard last < columns.count, columns[last] - columns[first] == last - first else { continue }
                let digits = String(match.filter(\.isNumber))
                // Australia's and Malaysia's 1300 and 1800 numbers (banks', Scamwatch's) have ten digits.
                guard !(digits.count == 10 && (digits.hasPrefix("1300") || digits.hasPrefix("1800"))) else { continue }
                add(.mobile, at: first, PersonalDataScanner.masked(.mobile, digits), digits, weakMask: true)
            }
        }
        // "liming at company dot com dot cn": at a webmail host the main scan finds it; elsewhere here.
        for match in !forms.contains(.spelledAddress) ? [] : spelledAddress.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3) } }) {
            let (local, host, ending) = (String(match.0), String(match.1), String(match.2).lowercased())
            guard topLevelDomains.contains(ending), !wordsBeforeAt.contains(local.lowercased()) else { continue }
            let domain = host.lowercased().replacing(#/\s+dot\s+/#.ignoresCase(), with: ".")
            add(.email, at: offset(of: match.0.startIndex, in: readable), "\(local.prefix(1))***@\(domain)", local.lowercased() + "@" + domain)
        }
        // "手机号139、1234、5678", "My number is 159, 2738, 4610", "card: 6228/4800/1234/5671": a mobile, an ID or a
        // card in its groups, listed, after its label. Only around the signs that list digits, and each 邮箱:
        // tried from every position, the patterns took seconds a megabyte.
        let lists = forms.contains(.listed) ? offsets(in: readable) { listSign($0, $1) > 0 } : []
        let listed = PersonalDataScanner.windows(around: lists, in: readable, after: 64).flatMap { window in
            listedNumber.with { readable[window].matches(of: $0).map(\.1) }
        }
        for groups in listed {
            let digits = String(String.UnicodeScalarView(groups.unicodeScalars.compactMap(PersonalDataScanner.digit)))
            guard let kind = wholeNumber(digits) else { continue }
            add(kind, at: offset(of: groups.startIndex, in: readable), PersonalDataScanner.masked(kind, digits), digits)
        }
        // "她的QQ邮箱是283746591", "163邮箱zhangwei1990": a webmail host's mailbox and its name are its address.
        let mailboxes = forms.contains(.mailbox) ? offsets(in: readable, where: isMailbox) : []
        let named = PersonalDataScanner.windows(around: mailboxes, in: readable, after: 128).flatMap { window in
            mailboxName.with { readable[window].matches(of: $0).map { ($0.1, $0.2) } }
        }
        for match in named {
            let (host, local) = (match.0.lowercased(), String(match.1))
            guard host != "qq" || local.allSatisfy(\.isNumber) || local.first?.isLetter == true else { continue }
            add(.email, at: offset(of: match.1.startIndex, in: readable), "\(local.prefix(1))***@\(host).com", local.lowercased() + "@" + host + ".com")
        }
        for (start, digits) in forms.contains(.words) ? spelledInWords(scalars) : [] {
            for finding in PersonalDataScanner.fullScan(digits, markup: false) where finding.kind != .email {
                add(finding.kind, at: start, finding.masked, finding.value)
            }
        }
        for (start, digits) in forms.contains(.headAndTail) ? headsAndTails(readable) : [] {
            guard let kind = wholeNumber(digits) else { continue }
            add(kind, at: start, PersonalDataScanner.masked(kind, digits), digits)
        }
        return found
    }

    /// Runs of ASCII digits with single spaces or hyphens between groups, neither a digit nor a
    /// Latin letter on either side.
    private static func digitRuns(_ scalars: [Unicode.Scalar]) -> [(range: Range<Int>, digits: String)] {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index]) }
        func isWord(_ index: Int) -> Bool { isDigit(index) || (index >= 0 && index < scalars.count && scalars[index].isASCII && scalars[index].properties.isAlphabetic) }
        var runs: [(range: Range<Int>, digits: String)] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(index) else { index += 1; continue }
            let start = index
            var digits = ""
            while index < scalars.count {
                if isDigit(index) { digits.append(Character(scalars[index])); index += 1 }
                else if scalars[index] == " " || scalars[index] == "-", isDigit(index + 1) { index += 1 }
                else { break }
            }
            if !isWord(start - 1), !isWord(index) { runs.append((start..<index, digits)) }
        }
        return runs
    }

    private static func offset(of index: String.Index, in text: String) -> Int {
        text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
    }

    /// Characters a mask is written with: stars (ASCII, full-width, the asterisk operator), × and ●.
    /// A letter X after digits is read as one too, where it cannot be an ID's check character.
    private static let maskStars: Set<Unicode.Scalar> = ["*", "\u{FF0A}", "\u{2217}", "\u{00D7}", "\u{25CF}", "_"]

    /// Masked numbers in `line` as written (`readable` passes over stars beside a digit) that show
    /// too much: a mobile with eight of its eleven digits, an ID with fourteen of its eighteen (its
    /// check digit follows from the rest), a card with one digit hidden (so does its), an e-mail whose name shows four characters or more and
    /// more than it hides.
    static func weakMasks(in line: String) -> [Finding] {
        var found: [Finding] = []
        func report(_ kind: Finding.Kind, _ offset: Int, _ masked: String, _ value: String) {
            found.append(Finding(kind: kind, column: offset + 1, masked: masked, value: value, weakMask: true))
        }
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            // A token: digits and mask characters, with single spaces or hyphens between groups.
            guard PersonalDataScanner.digit(scalars[index]) != nil || maskStars.contains(scalars[index]) else { index += 1; continue }
            let start = index
            var token: [Character] = []
            while index < scalars.count {
                let scalar = scalars[index]
                if let digit = PersonalDataScanner.digit(scalar) {
                    token.append(Character(digit))
                } else if maskStars.contains(scalar) {
                    token.append("*")
                } else if (scalar == "X" || scalar == "x"), !token.isEmpty, index + 1 >= scalars.count || !scalars[index + 1].properties.isAlphabetic {
                    token.append("X")
                } else if (scalar == " " || scalar == "-"), index + 1 < scalars.count,
                          PersonalDataScanner.digit(scalars[index + 1]) != nil || maskStars.contains(scalars[index + 1]) {
                    // a separator inside the token
                } else {
                    break
                }
                index += 1
            }
            let before = start > 0 ? scalars[start - 1] : " "
            let after = index < scalars.count ? scalars[index] : " "
            guard !before.properties.isAlphabetic || !before.isASCII, !after.isASCII || !after.properties.isAlphabetic,
                  after != "@", token.contains(where: { $0 == "*" || $0 == "X" }) else { continue }
            let shown = token.filter(\.isNumber).count
            let text = String(token)
            if token.count == 11, token[0] == "1", ("3"..."9").contains(token[1]), shown >= 8 {
                report(.mobile, start, PersonalDataScanner.masked(.mobile, text), text)
            } else if token.count == 18, token.prefix(6).allSatisfy(\.isNumber), token.contains("*"), shown + (token[17] == "X" ? 1 : 0) >= 14 {
                report(.residentID, start, PersonalDataScanner.masked(.residentID, text), text)
            } else if (16...19).contains(token.count), shown == token.count - 1, token.prefix(4).allSatisfy(\.isNumber),
                      PersonalDataScanner.isCardPrefix(String(token.prefix(4))) {
                // A card with one digit hidden: its Luhn check digit tells which.
                report(.card, start, "**** " + String(text.filter(\.isNumber).suffix(4)), text)
            }
        }
        // E-mail names with stars.
        guard line.utf8.contains(UInt8(ascii: "@")) else { return found }
        for match in maskedEmail.with({ line.matches(of: $0).map { ($0.1, $0.2) } }) {
            let stars = match.0.count { $0 == "*" }
            let shown = match.0.count - stars
            guard stars > 0, shown >= 4, shown > stars else { continue }
            report(.email, offset(of: match.0.startIndex, in: line), "\(match.0.prefix(1))***@\(match.1)", String(match.0) + "@" + String(match.1))
        }
        return found
    }

    private static let spelledAddress = SharedRegex {
        /(?i)(?:^|[^A-Za-z0-9._-])([A-Za-z0-9][A-Za-z0-9._-]{1,63})\s+(?:at|\(at\)|\[at\])\s+((?:[A-Za-z0-9-]+\s+dot\s+)+([A-Za-z]{2,6}))(?![A-Za-z0-9])/
    }
    /// Words of a sentence before " at " ("she works at …", "look at …"): no address's name.
    private static let wordsBeforeAt: Set<String> = ["is", "was", "are", "be", "me", "us", "him", "her", "them", "look", "arrive", "arrived", "stay",
                                                     "stayed", "live", "lived", "lives", "work", "works", "worked", "met", "meet", "home", "it", "this", "that"]
    /// The endings an address spelt out "at … dot …" is read with: generic and the places a bulletin's readers live.
    private static let topLevelDomains: Set<String> = ["com", "net", "org", "edu", "gov", "cn", "hk", "tw", "mo", "sg", "my", "uk", "us", "au", "nz",
                                                       "ca", "io", "info", "biz", "co", "jp", "kr", "de", "fr", "in", "ph"]
    private static let maskedEmail = SharedRegex { /(?:^|[^A-Za-z0-9._%+*-])([A-Za-z0-9._%+-]*\*[A-Za-z0-9._%+*-]*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/ }
    /// A mobile named as one, with one or two of its digits left off (after the country code too); whole, it
    /// is found without its label.
    private static let labelledMobile = SharedRegex {
        /(?i)(?:手机|手機|电话|電話|\b(?:tele)?phone|\btel\b\.?|\bmobile|\bcell(?:phone)?)\s*(?:号码|號碼|号|號|no\.?|number|#)?\s*(?:[\/／、](?:微信|wechat|whatsapp)(?:号|號)?)?\s*(?:是|为|為|is|was)?\s*[:：,，]?\s*(?:[(（]?\+?(?:00)?86[)）]?[ -]?)?(1[3-9](?:[ -]?\d){7,8})(?![0-9A-Za-z]|[ -]\d)/
    }
    private static let socialSecurity = SharedRegex { /(?:^|[^0-9-])(\d{3})-(\d{2})-(\d{4})(?![0-9]|-\d)/ }
    /// A Malaysian identity card (MyKad): a birth date (YYMMDD), a place of birth's code and a serial, joined by hyphens.
    private static let malaysiaID = SharedRegex { /(?:^|[^0-9-])(\d{6})-(\d{2})-(\d{4})(?![0-9]|-\d)/ }
    /// A British National Insurance number: two letters (not D, F, I, Q, U or V; not O second), three pairs of digits, A to D.
    private static let nationalInsurance = SharedRegex {
        /(?:^|[^A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9])/
    }
    private static let singaporeID = SharedRegex { /(?:^|[^A-Za-z0-9])([STFG])(\d{7})([A-Z])(?![A-Za-z0-9])/ }
    private static let iban = SharedRegex { /(?:^|[^A-Za-z0-9])([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?)(?![A-Za-z0-9])/ }

    /// A first-generation resident ID: a province's code, a birth date of the 1900s (YYMMDD) and a
    /// serial number, fifteen digits with no check digit.
    static func validFirstGenerationID(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 15 else { return false }
        let province = values[0] * 10 + values[1]
        let provinces: Set<Int> = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
                                   61, 62, 63, 64, 65]
        guard provinces.contains(province) else { return false }
        let year = 1900 + values[6] * 10 + values[7], month = values[8] * 10 + values[9], day = values[10] * 10 + values[11]
        return LocalDay(String(format: "%04d-%02d-%02d", year, month, day)) != nil
    }

    /// A MyKad's birth date is a day of the calendar (a year of either century), and its place of birth a state's
    /// code (01–16), a state's or a country's (21–59, 60–68, 71–72, 74–79, 82–93, 98, 99): 540307-10-5678, not 123456-00-1234.
    static func validMalaysianID(birth: String, place: String) -> Bool {
        let digits = birth.compactMap(\.wholeNumberValue)
        guard digits.count == 6, let code = Int(place) else { return false }
        let (year, month, day) = (digits[0] * 10 + digits[1], digits[2] * 10 + digits[3], digits[4] * 10 + digits[5])
        let days = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...days[month - 1]).contains(day) else { return false }
        return [1...16, 21...59, 60...68, 71...72, 74...79, 82...93, 98...99].contains { $0.contains(code) }
    }

    /// Singapore's NRIC (S, T) and FIN (F, G): seven digits weighted 2 7 6 5 4 3 2, four more for T
    /// and G, and the check letter of the remainder by 11.
    static func validSingaporeID(_ prefix: String, _ digits: String, _ check: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 7 else { return false }
        var sum = zip(values, [2, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        if prefix == "T" || prefix == "G" { sum += 4 }
        let letters = Array(prefix == "S" || prefix == "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK")
        return String(letters[sum % 11]) == check
    }

    /// ISO 13616: the first four characters moved to the end, letters as 10–35, the number modulo 97 is 1.
    static func validIBAN(_ iban: String) -> Bool {
        let characters = Array(iban.dropFirst(4) + iban.prefix(4))
        var remainder = 0
        for character in characters {
            guard let value = character.isNumber ? character.wholeNumberValue : character.asciiValue.map({ Int($0) - 55 }), value >= 0, value < 36
            else { return false }
            for digit in value < 10 ? [value] : [value / 10, value % 10] { remainder = (remainder * 10 + digit) % 97 }
        }
        return remainder == 1
    }

    /// Runs of digits spelt as English words ("one three eight…", "double eight"), with digits and
    /// the separators of a number's groups among them: the scalar offset of each run and its digits,
    /// for runs of seven digits or more with a word among them.
    static func spelledInWords(_ scalars: [Unicode.Scalar]) -> [(Int, String)] {
        var runs: [(Int, String)] = []
        var digits = "", start = -1, words = 0, repeatNext = 1
        func flush() {
            if digits.count >= 7, words >= 2 { runs.append((start, digits)) }
            digits = ""; start = -1; words = 0; repeatNext = 1
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isASCII, scalar.properties.isAlphabetic {
                var end = index
                while end < scalars.count, scalars[end].isASCII, scalars[end].properties.isAlphabetic { end += 1 }
                let word = String(String.UnicodeScalarView(scalars[index..<end])).lowercased()
                if let digit = digitWords[word] {
                    if start < 0 { start = index }
                    digits += String(repeating: digit, count: repeatNext)
                    repeatNext = 1
                    words += 1
                } else if let value = pairWords[word] {
                    if start < 0 { start = index }
                    // "seventy-one", "seventy one": the tens and the digit word after them.
                    var unitEnd = end + 1
                    while unitEnd < scalars.count, scalars[unitEnd].isASCII, scalars[unitEnd].properties.isAlphabetic { unitEnd += 1 }
                    let unit = value >= 20 && end < scalars.count && (scalars[end] == "-" || scalars[end] == " ") && unitEnd > end + 1
                        ? digitWords[String(String.UnicodeScalarView(scalars[(end + 1)..<unitEnd])).lowercased()] : nil
                    if let unit, unit != "0" {
                        digits += String(value / 10) + String(unit)
                        words += 2
                        index = unitEnd
                        repeatNext = 1
                        continue
                    }
                    digits += String(value)
                    words += 1
                    repeatNext = 1
                } else if word == "double" || word == "triple" {
                    if start < 0 { start = index }
                    repeatNext = word == "double" ? 2 : 3
                } else {
                    flush()
                }
                index = end
                continue
            }
            if ("0"..."9").contains(scalar) {
                if start < 0 { start = index }
                digits += String(repeating: Character(scalar), count: repeatNext)
                repeatNext = 1
            } else if !(scalar == " " || scalar == "-" || scalar == ",") {
                flush()
            }
            index += 1
        }
        flush()
        return runs
    }

    /// A number given as its first digits and its last in one sentence, in either order ("前七位为
    /// 1391234，尾号5678", "ends in 5678 and begins 1391234"), with any group named as its middle:
    /// the offset of the first digits and the digits joined.
    /// "1391234****，尾号5678", "139 1234 ****, ending in 5678", "139********，后八位12345678": a mask
    /// whose hidden digits the same sentence gives, as many as it hides, read on the line as written
    /// (`readable` passes over stars beside a digit): a mobile, an ID or a card whole. Likewise a
    /// mask in the middle whose digits the sentence names as the middle ones.
    static func toldMasks(in line: String) -> [Finding] {
        // Digits of any width, as ASCII.
        func ascii(_ text: Substring) -> String { String(String.UnicodeScalarView(text.unicodeScalars.compactMap(PersonalDataScanner.digit))) }
        /// The digits `told` finds in the rest of the mask's sentence, within 120 characters (searched
        /// to its end, a line of a thousand masks took a minute), as many as `stars` hides.
        func hidden(after mask: Range<String.Index>, stars: Substring, told: SharedRegex<(Substring, Substring)>) -> (digits: String, around: Substring, next: Substring)? {
            let rest = line[mask.upperBound...].prefix(120)
            let sentence = rest[..<(rest.firstIndex { "。！？!?\n".contains($0) } ?? rest.endIndex)]
            guard let (digits, range) = told.with({ sentence.firstMatch(of: $0).map { (ascii($0.1), $0.range) } }) else { return nil }
            let around = sentence[..<range.lowerBound].suffix(12)
            return digits.count == stars.filter({ $0 != " " && $0 != "-" }).count ? (digits, around, sentence[range.upperBound...]) : nil
        }
        /// The number whole, where its digits make one.
        func whole(_ digits: String, at start: String.Index) -> Finding? {
            wholeNumber(digits).map { Finding(kind: $0, column: offset(of: start, in: line) + 1, masked: PersonalDataScanner.masked($0, digits), value: digits) }
        }
        let masks = maskedStart.with { line.matches(of: $0).map { ($0.range, $0.1, $0.2) } }
        let told: [Finding] = masks.compactMap { range, shown, stars in
            // "1701234****号段的虚拟号码": a block of numbers, no one's.
            guard !["号段", "號段"].contains(where: line[range.upperBound...].hasPrefix),
                  let (digits, around, next) = hidden(after: range, stars: stars, told: tailNext),
                  let finding = whole(ascii(shown) + digits, at: shown.startIndex) else { return nil }
            // "…来电，她尾号8988的银行卡被转走", "her card ending 0417": the end of her card, not of the mobile masked.
            let named = next.drop { $0 == "的" || $0 == " " }
            let naming = around.lowercased().reversed().drop { $0 == " " || $0 == "的" || $0 == "，" || $0 == "," }
            let ofAnother = ["银行卡", "信用卡", "储蓄卡", "卡", "账户", "帳戶", "账号", "帳號", "card", "account"]
            return finding.kind == .mobile && ofAnother.contains(where: { named.hasPrefix($0) || naming.starts(with: $0.reversed()) }) ? nil : finding
        }
        // "139****5678，中间四位是1234", "139****5678; the middle four were 1234": the hidden middle told.
        let namesMiddle = line.contains("中间") || line.contains("中間") || line.contains("iddle")
        let middles = !namesMiddle ? [] : maskedMiddle.with { line.matches(of: $0).map { ($0.range, $0.1, $0.2, $0.3) } }
        return told + middles.compactMap { range, head, stars, tail in
            hidden(after: range, stars: stars, told: toldMiddle).flatMap { whole(ascii(head) + $0.digits + ascii(tail), at: head.startIndex) }
        }
    }

    /// Two masks of one number in a file that hide different digits (`159****4610` in the summary,
    /// `1592738****` in the body): together they show it whole. Each pair's second mask, its 1-based
    /// line and column, the first mask's line, and the number found. Masks agree where both show a
    /// digit; those that show the same digits (`138****5678` twice) hide the same ones. Masks in one
    /// line are taken for two numbers.
    static func complementaryMasks(in lines: [Substring]) -> [(line: Int, column: Int, first: Int, finding: Finding)] {
        struct Mask { var line: Int; var column: Int; var written: String; var shown: [Character?] }
        var masks: [Mask] = []
        for (index, line) in lines.enumerated() where line.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 | 0x20 == UInt8(ascii: "x") || $0 == 0xEF || $0 == 0xE2 || $0 == 0xC3 }) {
            var text = String(line)
            text.withUTF8 { bytes in
                // A mask's sign at `at`: its length in bytes (`*`, `x`, `X`, `＊`, `●`, `×`), 0 for none.
                func star(_ at: Int) -> Int {
                    guard at < bytes.count else { return 0 }
                    switch bytes[at] {
                    case UInt8(ascii: "*"), UInt8(ascii: "x"), UInt8(ascii: "X"): return 1
                    case 0xEF where at + 2 < bytes.count && bytes[at + 1] == 0xBC && bytes[at + 2] == 0x8A: return 3
                    case 0xE2 where at + 2 < bytes.count && bytes[at + 1] == 0x97 && bytes[at + 2] == 0x8F: return 3
                    case 0xC3 where at + 1 < bytes.count && bytes[at + 1] == 0x97: return 2
                    default: return 0
                    }
                }
                func digit(_ at: Int) -> Bool { at < bytes.count && (0x30...0x39).contains(bytes[at]) }
                func sign(_ at: Int) -> Int { digit(at) ? 1 : star(at) }
                var at = 0
                while at < bytes.count {
                    guard sign(at) > 0 else { at += 1; continue }
                    let start = at
                    var shown: [Character?] = []
                    while at < bytes.count {
                        let length = sign(at)
                        if length > 0 {
                            shown.append(length == 1 && digit(at) ? Character(Unicode.Scalar(bytes[at])) : nil)
                            at += length
                        } else if (bytes[at] == 0x20 || bytes[at] == UInt8(ascii: "-")), sign(at + 1) > 0 {
                            at += 1
                        } else {
                            break
                        }
                    }
                    // A whole number's mask, or a part of one (`****5678`) that another may complete.
                    guard shown.count >= 4, shown.count <= 19, shown.contains(nil), shown.count(where: { $0 != nil }) >= 2 else { continue }
                    masks.append(Mask(line: index + 1, column: bytes[..<start].count { $0 & 0xC0 != 0x80 } + 1,
                                      written: String(decoding: bytes[start..<at], as: UTF8.self), shown: shown))
                }
            }
        }
        guard masks.count >= 2 else { return [] }
        var found: [(line: Int, column: Int, first: Int, finding: Finding)] = []
        for (later, mask) in masks.enumerated() {
            // Two masks in one line are two people's (`王女士138****5678和李先生1386621****`), unless each shows
            // only what the other hides (`1381234****` … `****5678`): one number told in two halves.
            // A shorter mask that only ends a number (`****5678`) is read against the other's end, one that only
            // starts it (`1381234****` against `138****`) against its start; the two must then show what the other hides.
            for earlier in masks[..<later] {
                let length = max(earlier.shown.count, mask.shown.count)
                guard [11, 16, 17, 18, 19].contains(length) else { continue }
                func aligned(_ shown: [Character?]) -> [Character?]? {
                    if shown.count == length { return shown }
                    if shown.first == .some(nil) { return Array(repeating: nil, count: length - shown.count) + shown }
                    if shown.last == .some(nil) { return shown + Array(repeating: nil, count: length - shown.count) }
                    return nil
                }
                guard let first = aligned(earlier.shown), let second = aligned(mask.shown) else { continue }
                let pairs = zip(first, second)
                guard pairs.allSatisfy({ $0 == nil || $1 == nil || $0 == $1 }) else { continue }
                let partial = earlier.shown.count != mask.shown.count
                if earlier.line == mask.line || partial, !pairs.allSatisfy({ ($0 == nil) != ($1 == nil) }) { continue }
                let digits = pairs.compactMap { $0 ?? $1 }
                guard digits.count == length, let kind = wholeNumber(String(digits)) else { continue }
                let value = String(digits)
                found.append((mask.line, mask.column, earlier.line,
                              Finding(kind: kind, column: mask.column, masked: "\(earlier.written) + \(mask.written)", value: value)))
                break
            }
        }
        return found
    }

    /// What digits joined from a number's parts are: a mobile, a resident ID, a card, or none.
    private static func wholeNumber(_ digits: String) -> Finding.Kind? {
        if digits.count == 11 && digits.hasPrefix("1") && ("3"..."9").contains(digits.dropFirst().prefix(1)) { return .mobile }
        if digits.count == 18 && PersonalDataScanner.validResidentID(digits) { return .residentID }
        if (16...19).contains(digits.count) && PersonalDataScanner.isCardPrefix(digits) && PersonalDataScanner.luhnValid(digits) { return .card }
        return nil
    }

    /// A number whose first and last digits are given in separate items of a list or rows of a table
    /// ("- 前3位：139" … "- 末8位：71852406"), which `scan` reads one line at a time: the item where the
    /// number starts and the finding, its column counted in that item.
    static func toldAcrossItems(_ items: [String]) -> [(item: Int, finding: Finding)] {
        let joined = items.joined(separator: "；")
        guard forms(in: joined).contains(.headAndTail) else { return [] }
        let (readable, columns) = PersonalDataScanner.readable(joined)
        // Where each item starts in `joined`, in scalars.
        var starts: [Int] = []
        var offset = 0
        for item in items {
            starts.append(offset)
            offset += item.unicodeScalars.count + 1
        }
        return headsAndTails(readable).compactMap { start, digits in
            guard let kind = wholeNumber(digits) else { return nil }
            let column = start < columns.count ? columns[start] : start
            let item = (starts.lastIndex { $0 <= column }) ?? 0
            return (item, Finding(kind: kind, column: column - starts[item] + 1, masked: PersonalDataScanner.masked(kind, digits), value: digits))
        }
    }

    static func headsAndTails(_ readable: String) -> [(Int, String)] {
        guard let head = headFirst.with({ readable.firstMatch(of: $0).map { ($0.range, $0.1) } }) else { return [] }
        // A semicolon joins what is said of one number ("the first seven are 1391234; the last four 5678").
        func oneSentence(_ text: Substring) -> Bool { !text.contains(where: { "。！？!?".contains($0) }) && !text.contains(". ") }
        let tail: (range: Range<String.Index>, digits: Substring)
        if let after = tailNext.with({ readable[head.0.upperBound...].firstMatch(of: $0).map { ($0.range, $0.1) } }),
           oneSentence(readable[head.0.upperBound..<after.0.lowerBound]) {
            tail = after
        } else if let before = tailNext.with({ readable[..<head.0.lowerBound].matches(of: $0).last.map { ($0.range, $0.1) } }),
                  oneSentence(readable[before.0.upperBound..<head.0.lowerBound]) {
            tail = before
        } else {
            return []
        }
        // The middle group may come anywhere in the sentence: "尾号5678，前三位139，中间四位1234".
        let lower = min(head.0.lowerBound, tail.range.lowerBound)
        let rest = readable[lower...]
        let sentence = rest[..<min(rest.firstIndex(where: { "。！？!?".contains($0) }) ?? rest.endIndex, rest.range(of: ". ")?.lowerBound ?? rest.endIndex)]
        let middle = middleGroup.with { sentence.firstMatch(of: $0).map { String($0.1) } } ?? ""
        let digits = (String(head.1) + middle + String(tail.digits)).filter(\.isNumber)
        return [(offset(of: head.1.startIndex, in: readable), digits)]
    }

    private static let headFirst = SharedRegex {
        /(?i)(?:(?:前|首)\s*(?:\d+|[一二三四五六七八九十]+)\s*位(?:数字|數字)?\s*(?:为|是|為)?|开头(?:是|为)?|開頭(?:是|為)?|号段(?:是|为)?|號段(?:是|為)?|\b(?:begins|began|starts|started|beginning|starting)(?:\s+with)?|\bfirst\s+(?:\d{1,2}\b|three|four|five|six|seven|eight)(?:\s+(?:digits|numbers))?(?:\s+of\s+(?:her|his|their|my|the)\s+(?:mobile\s+|phone\s+)?(?:number|phone|mobile))?(?:\s+(?:are|were|is|was))?)\s*[:：|｜]?\s*(\d(?:[ -]?\d){2,17})/
    }
    private static let tailNext = SharedRegex {
        /(?i)(?:(?:尾号|尾號|尾数|尾數|结尾|結尾)\s*(?:为|是|為)?|(?:后|後|末|尾)\s*(?:\d+|[一二三四五六七八九十]+)\s*位(?:数字|數字)?\s*(?:为|是|為)?|\b(?:ends|ended|ending|end)(?:\s+(?:in|with))?|\blast\s+(?:\d{1,2}\b|three|four|five|six)(?:\s+(?:digits|numbers))?(?:\s+of\s+(?:her|his|their|my|the)\s+(?:mobile\s+|phone\s+)?(?:number|phone|mobile))?(?:\s+(?:are|were|is|was))?)\s*[:：|｜]?\s*(\d(?:[ -]?\d){0,17})/
    }
    private static let listedNumber = SharedRegex {
        /(?i)(?:手机|手機|电话|電話|号码|號碼|卡号|卡號|身份证|身份證|证件|證件|\bmobile|\bphone|\bcell|\bnumber|\bcard|\bID\b)\s*(?:号码|號碼|号|號|number|no\.?)?\s*(?:是|为|為|is|was|reads)?\s*[:：]?\s*["“']?([0-9０-９]{2,8}(?:\s?(?:、|[,;，；+\/])\s?[0-9０-９]{1,8}){1,5})(?![0-9０-９])/
    }
    private static let mailboxName = SharedRegex {
        /(?i)\b(qq|163|126|yeah|sina|sohu|foxmail|gmail|hotmail|outlook|139|189|aliyun)\s*(?:邮箱|郵箱)\s*(?:账号|帳號|地址|号|號)?\s*(?:是|为|為)?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9._-]{3,63})(?![A-Za-z0-9@._-])/
    }
    private static let maskedStart = SharedRegex { /(\d(?:[ -]?\d){2,17})([ -]?[*＊∗●×]{2,14}|[xX]{2,14})(?![0-9*＊∗●×xX])/ }
    // (`\d` would take 四 for a digit: Swift's regexes read Chinese numerals as numbers.)
    private static let maskedMiddle = SharedRegex {
        /([0-9０-９](?:[ -]?[0-9０-９]){1,9})([ -]?[*＊∗●×]{2,14}[ -]?)([0-9０-９](?:[ -]?[0-9０-９]){1,9})(?![0-9０-９*＊∗●×])/
    }
    private static let toldMiddle = SharedRegex { /(?i)(?:中间|中間|\bmiddle)[^0-9０-９。！？!?]{0,24}?([0-9０-９](?:[ -]?[0-9０-９]){0,9})/ }
    // "中间4位：7185": the group's length is no digit of it.
    private static let middleGroup = SharedRegex {
        /(?i)(?:中间|中間|middle)(?:\s*\d{1,2}\s*(?:位|digits?\b|numbers?\b))?[^0-9]{0,6}(\d(?:[ -]?\d){0,9})/
    }
}
