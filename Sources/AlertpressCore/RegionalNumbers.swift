/// Personal numbers in the forms of Hong Kong and Taiwan, which a bulletin in Traditional Chinese
/// quotes from its police: identity card numbers (checked by their check digit), Taiwan mobiles
/// (`0912-345-678`, `+886 912 345 678`) and Hong Kong mobiles after `+852` or a label (`手機9123 4567`;
/// eight digits alone are as often an amount or an order). Found on the text as `PersonalDataScanner`
/// reads it (full-width digits, markup left out).
enum RegionalNumbers {
    typealias Finding = PersonalDataScanner.Finding

    /// Cheap test on the bytes: a number of the digits these forms have, with single spaces or
    /// hyphens between its groups: six to nine right after a capital (an identity card), eight in
    /// one or two groups of four (a Hong Kong phone), ten from "09" (a Taiwan mobile), eleven or
    /// twelve from "8" (after 852 or 886). Dates (2024-03-01), amounts and mainland numbers pass
    /// none of these, so the patterns run on few lines.
    static func mayFind(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let count = bytes.count
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
            var index = 0
            while index < count {
                guard let (first, length) = digit(at: index) else { index += 1; continue }
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
                let afterCapital = start > 0 && (0x41...0x5A).contains(bytes[start - 1])
                if afterCapital, (6...9).contains(digits) { return true }
                if digits == 8, groups == 1 || (groups == 2 && firstGroup == 4) { return true }
                if digits == 10, first == 0x30, second == 0x39 { return true }
                if digits == 11 || digits == 12, first == 0x38 { return true }
            }
            return false
        }
    }

    // (No look-behind in Swift's regexes: what may not stand before a number is matched, outside its groups.)
    private static let taiwanID = SharedRegex { /(?:^|[^A-Za-z0-9])([A-Z])\s?([12]\d{8})(?![0-9])/ }
    private static let hongKongID = SharedRegex { /(?:^|[^A-Za-z0-9])([A-Z]{1,2})(\d{6})\s?(?:[(（]([0-9A])[)）]|([0-9A])(?![0-9A-Za-z]))/ }
    private static let taiwanMobile = SharedRegex { /(?:^|[^0-9])((?:\+?886[\s-]?|0)(9\d{2})[\s-]?(\d{3})[\s-]?(\d{3}))(?![0-9])/ }
    private static let hongKongMobile = SharedRegex {
        /(?i)(?:\+?\(?852\)?[\s-]?|(?:手機|手机|手提|電話|电话|聯絡|联系|聯繫|whatsapp|mobile|phone|tel)[^0-9\n]{0,8})([4-9]\d{3})[\s-]?(\d{4})(?![0-9])/
    }

    private static let hongKongHome = SharedRegex {
        /(?i)(?:住宅|家中|家居|home)\s*(?:電話|电话|phone|tel)?[^0-9\n]{0,6}([23]\d{3})[\s-]?(\d{4})(?![0-9])/
    }

    /// The findings in `readable` (as `PersonalDataScanner.readable` gives it), with the columns
    /// of the line it came from.
    static func findings(in readable: String, columns: [Int]) -> [Finding] {
        var found: [Finding] = []
        func add(_ kind: Finding.Kind, _ start: String.Index, _ masked: String, _ value: String) {
            let offset = readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: start)
            found.append(Finding(kind: kind, column: (offset < columns.count ? columns[offset] : offset) + 1, masked: masked, value: value))
        }
        for match in taiwanID.with({ readable.matches(of: $0).map { ($0.1, $0.2) } }) where validTaiwanID(String(match.0), String(match.1)) {
            let id = String(match.0) + String(match.1)
            add(.residentID, match.0.startIndex, String(id.prefix(2)) + "******" + String(id.suffix(2)), id)
        }
        for match in hongKongID.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3 ?? $0.4) } }) {
            guard let check = match.2, validHongKongID(String(match.0), String(match.1), String(check)) else { continue }
            add(.residentID, match.0.startIndex, "\(match.0)\(match.1.prefix(1))*****(\(check))", "\(match.0)\(match.1)\(check)")
        }
        for match in taiwanMobile.with({ readable.matches(of: $0).map { ($0.1, $0.2, $0.3, $0.4) } }) {
            add(.mobile, match.0.startIndex, "0\(match.1)***\(match.3)", "0\(match.1)\(match.2)\(match.3)")
        }
        for match in hongKongMobile.with({ readable.matches(of: $0).map { ($0.1, $0.2) } }) {
            add(.mobile, match.0.startIndex, "\(match.0.prefix(1))***\(match.1)", "852\(match.0)\(match.1)")
        }
        for match in hongKongHome.with({ readable.matches(of: $0).map { ($0.1, $0.2) } }) {
            add(.landline, match.0.startIndex, "\(match.0.prefix(1))***\(match.1)", "852\(match.0)\(match.1)")
        }
        return found
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
