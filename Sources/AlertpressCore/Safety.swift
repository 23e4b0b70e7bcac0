import Foundation

/// Finds victims' personal data in text: unmasked mainland mobile numbers, resident ID numbers
/// with a valid check digit, Luhn-valid card numbers and e-mail addresses. Masked forms
/// (`138****5678`, `尾号8988`) pass, and so do numbers introduced as order or tracking numbers.
enum PersonalDataScanner {
    struct Finding: Equatable {
        enum Kind: String { case mobile = "mobile number", residentID = "resident ID number", card = "bank card number", email = "e-mail address" }
        var kind: Kind
        var column: Int
        var masked: String
    }

    // Static: a regex literal is parsed and compiled each time it is evaluated.
    // Swift regexes have no lookbehind: `boundedBefore` checks the character before a match instead.
    /// 3-4-4 digits with up to two separators between the groups (`138 1234 5678`, `138-1234- 5678`).
    private static let mobile = SharedRegex { /(?:(?:\+|00)\s?86[\s-]?|86[\s-]?)?(1[3-9]\d)[\s.-]{0,2}(\d{4})[\s.-]{0,2}(\d{4})(?![\d*])/ }
    /// 18 characters, in any grouping by spaces or hyphens (`110105 19491231 002X`); checked by `validResidentID`.
    private static let residentID = SharedRegex { /([1-9](?:[\s-]?\d){16}[\s-]?[\dXx])(?![0-9A-Za-z*])/ }
    /// 16–19 digits in groups of four (the last group one to seven digits long).
    private static let card = SharedRegex { /(\d{4}(?:[ -]?\d{4}){2}[ -]?\d{4}(?:[ -]?\d{1,3})?)(?![\d*])/ }
    /// An address in any script (`张三@例子.中国`, `user@mail.例子.cn`, punycode), or at an IP literal
    /// (`li@[192.168.1.1]`). The top-level domain is Latin letters, a punycode label or letters of one
    /// script run; an ASCII address right after Chinese text is cut from it by `scan`.
    private static let email = SharedRegex {
        /[\p{L}\p{N}][\p{L}\p{N}._%+-]*@(?:\[(?:IPv6:)?[0-9A-Fa-f.:]+\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:xn--[A-Za-z0-9-]+|[A-Za-z]{2,}|\p{L}{2,}))/
    }


    /// True when the match does not continue a longer token (digits, letters, a mask) on its left.
    private static func boundedBefore(_ line: String, _ range: Range<String.Index>, alsoReject: String = "*＊") -> Bool {
        guard range.lowerBound > line.startIndex else { return true }
        let previous = line[line.index(before: range.lowerBound)]
        return !(previous.isNumber || (previous.isASCII && previous.isLetter) || previous == "_" || alsoReject.contains(previous))
    }

    /// Words that introduce a number that is not personal data, directly before it ("order no. 2023…", "运单号：YT…").
    private static let exemptIntroduction = SharedRegex { /(?i)(?:\b(?:order|tracking|waybill|parcel|case|reference|ref|invoice|transaction)\s*(?:no\.?|number|num\.?|id|#)?|订单|单号|运单|快递单|编号|流水号|案件|交易号)(?:号码|号)?\s*[:：#.]?\s*$/ }

    /// Whether `scan` may find anything in some line of `text`: whether it holds an "@" or a run of
    /// 11 digits (ASCII or full-width) with only white space and hyphens between them. Read as
    /// bytes: a whole file is tested first, and only the lines of a file that passes are scanned.
    static func mayFind(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var digits = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    if digits >= 11 { return true }
                case UInt8(ascii: "@"): return true
                // A character reference (`&#49;`, `&commat;`) may hide a digit or an "@".
                case UInt8(ascii: "&") where index + 1 < bytes.count
                    && (bytes[index + 1] == UInt8(ascii: "#") || (0x61...0x7A).contains(bytes[index + 1] | 0x20)): return true
                case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "."): break
                // Marks and escapes `scan` reads past; an HTML tag or comment is skipped whole.
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "\\"): break
                // Skipped only when it holds no digit, "@" or line break, so nothing `scan` reads is passed over
                // (`<victim@example.com>` is an autolink, whose address is published).
                case UInt8(ascii: "<"):
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    guard (0x61...0x7A).contains(next | 0x20) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!"),
                          let close = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == 0x0A }), bytes[close] == UInt8(ascii: ">"),
                          !bytes[index..<close].contains(where: { (0x30...0x39).contains($0) || $0 == UInt8(ascii: "@") }) else {
                        digits = 0
                        break
                    }
                    index = close + 1
                    continue
                case 0x80...0xBF: break  // inside a scalar already looked at
                case 0x00..<0x80: digits = 0
                default:
                    // A scalar of 2–4 bytes: white space (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
                    // U+2029, U+202F, U+205F, U+3000) keeps the run going, anything else ends it.
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                    if byte == 0xEF, next == 0xBC, (0x90...0x99).contains(third) {  // ０–９
                        digits += 1
                        if digits >= 11 { return true }
                        index += 1
                        continue
                    }
                    if byte == 0xEF, next == 0xBC, third == 0xA0 { return true }  // ＠
                    // Also invisible characters and dashes, which `scan` reads past.
                    let isSpace = switch (byte, next) {
                    case (0xC2, 0x85), (0xC2, 0xA0), (0xC2, 0xAD): true
                    case (0xE1, 0x9A): third == 0x80
                    case (0xE2, 0x80): (0x80...0x95).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
                    case (0xE2, 0x81): third == 0x9F || third == 0xA0
                    case (0xE2, 0x88): third == 0x92
                    case (0xE3, 0x80): third == 0x80
                    case (0xEF, 0xBB): third == 0xBF
                    case (0xEF, 0xBC): third == 0x8D
                    case (0xEF, 0xB9): third == 0xA3
                    default: false
                    }
                    if !isSpace { digits = 0 }
                }
                index += 1
            }
            return false
        }
    }

    /// Characters that are not seen: a number with them inside is still the number.
    private static let invisible: Set<Unicode.Scalar> = ["\u{00AD}", "\u{180E}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
    /// Dashes other than "-", as Chinese input methods and word processors type them.
    private static let dashes: Set<Unicode.Scalar> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}"]
    /// Named character references that can spell a number or an address.
    private static let namedReferences: [String: Character] = ["commat": "@", "period": ".", "hyphen": "-", "dash": "-", "minus": "-",
                                                               "nbsp": " ", "num": "#"]

    /// The line as a reader sees it, and for each of its scalars the 0-based column (character) it
    /// came from: character references decoded (`&#49;` is "1"), invisible characters, HTML tags and
    /// comments (never published) and Markdown's backslash escapes left out, emphasis and code marks
    /// beside a digit (`1381234**5678**`) too, every dash read as "-" and full-width forms (１３８, ＠,
    /// Ｘ, －) as ASCII.
    static func readable(_ line: String) -> (text: String, columns: [Int]) {
        var text = String.UnicodeScalarView()
        var columns: [Int] = []
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "&", let (decoded, length) = Self.reference(characters, at: index) {
                text.append(decoded)
                columns.append(index)
                index += length
                continue
            }
            if character == "<", let length = Self.markup(characters, at: index) {
                index += length
                continue
            }
            if character == "\\", index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isPunctuation
                || characters[index + 1].isSymbol {
                index += 1
                continue
            }
            if Self.marks.contains(character) {
                // Beside a digit, marks are emphasis or code around part of a number: never printed.
                let end = characters[index...].firstIndex { !Self.marks.contains($0) } ?? characters.count
                if text.last.map({ $0.properties.numericType != nil }) == true || (end < characters.count && characters[end].isNumber) {
                    index = end
                    continue
                }
            }
            for scalar in character.unicodeScalars where !Self.invisible.contains(scalar) {
                let read: Unicode.Scalar = Self.dashes.contains(scalar) ? "-" : scalar.narrowed
                text.append(read)
                columns.append(index)
            }
            index += 1
        }
        return (String(text), columns)
    }

    /// Markdown's emphasis, strike-through and code marks.
    private static let marks: Set<Character> = ["*", "_", "`", "~"]

    /// The length of an HTML comment or tag at `start` (`<!-- -->`, `<span>`, `</b>`, `<br/>`), or nil:
    /// `<http://…>` and `<name@host>` are autolinks, whose text is published.
    private static func markup(_ characters: [Character], at start: Int) -> Int? {
        let rest = characters[(start + 1)...]
        if rest.starts(with: ["!", "-", "-"]) {
            var index = start + 4
            while index + 2 < characters.count {
                if characters[index] == "-", characters[index + 1] == "-", characters[index + 2] == ">" { return index + 3 - start }
                index += 1
            }
            return nil
        }
        var index = start + 1
        if index < characters.count, characters[index] == "/" { index += 1 }
        let name = index
        while index < characters.count, characters[index].isASCII, characters[index].isLetter || (index > name && characters[index].isNumber) {
            index += 1
        }
        guard index > name, index < characters.count, characters[index] == ">" || characters[index] == "/" || characters[index] == " " else {
            return nil
        }
        guard let close = characters[index...].firstIndex(where: { $0 == ">" || $0 == "<" }), characters[close] == ">" else { return nil }
        return close + 1 - start
    }

    /// A character reference at `start` (`&#49;`, `&#x31;`, `&commat;`): what it stands for and its length.
    private static func reference(_ characters: [Character], at start: Int) -> (Unicode.Scalar, Int)? {
        guard let end = characters[start...].prefix(12).firstIndex(of: ";") else { return nil }
        let body = String(characters[(start + 1)..<end])
        let value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            value = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#") {
            value = UInt32(body.dropFirst(), radix: 10)
        } else {
            value = Self.namedReferences[body.lowercased()].flatMap { $0.unicodeScalars.first?.value }
        }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, end - start + 1)
    }

    static func scan(_ line: String) -> [Finding] {
        // Most lines hold no run of 11 digits and no "@": skip the regexes for them.
        guard Self.mayFind(in: line) else { return [] }
        let (readable, columns) = Self.readable(line)
        let line = readable
        var findings: [Finding] = []
        var claimed: [Range<String.Index>] = []

        func add(_ kind: Finding.Kind, _ range: Range<String.Index>, _ masked: String) {
            guard Self.boundedBefore(line, range, alsoReject: kind == .email ? ".+-*" : "*＊"),
                  !claimed.contains(where: { $0.overlaps(range) }),
                  kind == .email || !isExempt(line, before: range.lowerBound) else { return }
            claimed.append(range)
            let position = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound)
            findings.append(Finding(kind: kind, column: (position < columns.count ? columns[position] : position) + 1, masked: masked))
        }

        let residentIDs = Self.residentID.with { regex in line.matches(of: regex).map { ($0.range, $0.1.filter { !$0.isWhitespace && $0 != "-" }) } }
        for (range, id) in residentIDs where Self.validResidentID(String(id)) {
            add(.residentID, range, String(id.prefix(6)) + "********" + String(id.suffix(4)))
        }
        let cards = Self.card.with { regex in line.matches(of: regex).map { ($0.range, $0.1.filter { $0.isNumber }) } }
        for (range, digits) in cards {
            // A longer match that is no card may hold one of 16 digits, followed by other digits.
            if Self.luhnValid(digits) {
                add(.card, range, "**** " + String(digits.suffix(4)))
            } else if digits.count > 16, Self.luhnValid(String(digits.prefix(16))),
                      let end = line[range].indices.filter({ line[$0].isNumber }).dropFirst(15).first {
                add(.card, range.lowerBound..<line.index(after: end), "**** " + String(digits.prefix(16).suffix(4)))
            }
        }
        let mobiles = Self.mobile.with { regex in line.matches(of: regex).map { ($0.range, "\($0.1)****\($0.3)") } }
        for (range, masked) in mobiles {
            add(.mobile, range, masked)
        }
        // Looked for around each "@" only, within 64 characters before it and 256 after (RFC 5321's
        // limits): tried from every position of a line, the pattern walked whole runs of Chinese text.
        var emails: [Range<String.Index>] = []
        var next = line.startIndex
        while let at = line[next...].firstIndex(of: "@") {
            let start = line.index(at, offsetBy: -64, limitedBy: line.startIndex) ?? line.startIndex
            let end = line.index(at, offsetBy: 256, limitedBy: line.endIndex) ?? line.endIndex
            if let match = Self.email.with({ regex in line[start..<end].matches(of: regex).map(\.range).first { $0.contains(at) } }) {
                emails.append(match)
            }
            next = line.index(after: at)
        }
        for match in emails {
            // "邮箱victim@example.org": the address is the ASCII run after the Chinese text.
            var range = match
            let local = line[match.lowerBound..<(line[match].firstIndex(of: "@") ?? match.upperBound)]
            if let last = local.lastIndex(where: { !$0.isASCII }), local.contains(where: \.isASCII) {
                let start = local.index(after: last)
                if start < local.endIndex, local[start...].allSatisfy({ $0.isASCII }) { range = start..<match.upperBound }
            }
            let text = String(line[range])
            let at = text.firstIndex(of: "@").map { text[..<$0] } ?? ""
            add(.email, range, "\(at.prefix(1))***@\(text.split(separator: "@").last ?? "")")
        }
        return findings.sorted { $0.column < $1.column }
    }

    private static func isExempt(_ line: String, before index: String.Index) -> Bool {
        let start = line.index(index, offsetBy: -24, limitedBy: line.startIndex) ?? line.startIndex
        return Self.exemptIntroduction.with { line[start..<index].firstMatch(of: $0) != nil }
    }

    static func validResidentID(_ id: String) -> Bool {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let checks: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
        let characters = Array(id.uppercased())
        guard characters.count == 18 else { return false }
        var sum = 0
        for (index, weight) in weights.enumerated() {
            guard let digit = characters[index].wholeNumberValue else { return false }
            sum += digit * weight
        }
        guard let year = Int(String(characters[6..<10])), (1800...2099).contains(year), let month = Int(String(characters[10..<12])),
              let day = Int(String(characters[12..<14])), LocalDay(String(format: "%04d-%02d-%02d", year, month, day)) != nil
        else { return false }
        return checks[sum % 11] == characters[17]
    }

    static func luhnValid(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard var digit = character.wholeNumberValue else { return false }
            if index % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }
}

/// Renders scam addresses harmless for publication: `hxxps://claim-center[.]example`.
public enum Defang {
    /// Defangs a URL, host, e-mail address or account name; phone numbers and plain names pass unchanged.
    public static func indicator(_ text: String) -> String {
        var result = text
        // Anywhere in the text: an indicator may be a label and a URL ("Fake claims page: https://…").
        for (scheme, replacement) in [("https://", "hxxps://"), ("http://", "hxxp://"), ("ftp://", "fxp://")] where result.contains("://") {
            result = result.replacingOccurrences(of: scheme, with: replacement, options: .caseInsensitive)
        }
        if result.utf8.contains(UInt8(ascii: "@")) { result = result.replacingOccurrences(of: "@", with: "[@]") }
        // Dots between letters or digits in a host-like word become [.]
        guard result.utf8.contains(UInt8(ascii: ".")) else { return result }
        // Most indicators are ASCII, whose bytes are its characters (but for "\r\n", one character).
        if result.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(result.utf8)
            func isHostByte(_ byte: UInt8) -> Bool {
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            for (index, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "."), index > 0, index + 1 < bytes.count, isHostByte(bytes[index - 1]), isHostByte(bytes[index + 1]) {
                    output += "[.]".utf8
                } else {
                    output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        var output = ""
        let characters = Array(result)
        for (index, character) in characters.enumerated() {
            let between = index > 0 && index + 1 < characters.count
                && isHostCharacter(characters[index - 1]) && isHostCharacter(characters[index + 1])
            output += character == "." && between ? "[.]" : String(character)
        }
        return output
    }

    /// Letters of any script: an internationalised host (`例子.中国`) is defanged too.
    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-"
    }

    private static let bareDomain = SharedRegex { /(?i)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?/ }
    /// Punctuation that ends a sentence after a URL is not part of it.
    private static let urlInText = SharedRegex { /(?i)\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'）)】，。]*[^\s<>"'）)】，。.,;:!?]/ }

    /// Host of an indicator that is a URL or a bare domain, lowercased.
    public static func host(of indicator: String) -> String? {
        let trimmed = refanged(indicator.trimmingCharacters(in: .whitespaces))
        if let url = URL(string: trimmed), let host = url.host, url.scheme != nil { return host.lowercased() }
        if bareDomain.with({ trimmed.wholeMatch(of: $0) != nil }) {
            return String(trimmed.split(separator: "/").first ?? "").lowercased()
        }
        return nil
    }

    /// The hosts an indicator names: `host(of:)`, and an internationalised host as text writes
    /// it (`例子.中国`) beside the ASCII form links carry (`xn--fsqu00a.xn--fiqs8s`).
    public static func hosts(of indicator: String) -> [String] {
        let text = refanged(indicator.trimmingCharacters(in: .whitespaces))
        var hosts = host(of: text).map { [$0] } ?? []
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return hosts }
        let address = text.range(of: "://").map { text[$0.upperBound...] } ?? text[...]
        let authority = address.prefix { !"/?#".contains($0) }
        let host = (authority.split(separator: "@").last ?? authority).prefix { $0 != ":" }.lowercased()
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), host.allSatisfy({ isHostCharacter($0) || $0 == "." }) else { return hosts }
        for form in [host, URL(string: "http://" + host)?.host?.lowercased()].compactMap({ $0 }) where !hosts.contains(form) {
            hosts.append(form)
        }
        return hosts
    }

    /// An indicator written defanged (`hxxps://claim-center[.]example`, `a(dot)b`) as the address it names.
    static func refanged(_ text: String) -> String {
        guard text.contains(where: { "[({".contains($0) }) || text.range(of: "xxp", options: .caseInsensitive) != nil else { return text }
        var result = text
        for (written, meant) in [("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."), ("(dot)", "."), ("[:]", ":"), ("[@]", "@"),
                                 ("[at]", "@"), ("hxxp", "http"), ("fxp://", "ftp://")] {
            result = result.replacingOccurrences(of: written, with: meant, options: .caseInsensitive)
        }
        return result
    }

    /// URLs written out in text (`https://…` or `www.…`) become defanged text.
    static func urlsInText(_ text: String, isTrusted: (String) -> Bool) -> String {
        let ranges = urlInText.with { regex in text.matches(of: regex).map(\.range) }
        var result = ""
        var copied = text.startIndex
        for range in ranges {
            let url = String(text[range])
            let host = Defang.host(of: url.lowercased().hasPrefix("www.") ? "https://" + url : url)
            result += text[copied..<range.lowerBound]
            result += host.map(isTrusted) == true ? url : indicator(url)
            copied = range.upperBound
        }
        return result + text[copied...]
    }
}
