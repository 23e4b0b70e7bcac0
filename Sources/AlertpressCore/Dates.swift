import Foundation

/// A calendar day in the site's time zone.
public struct LocalDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as 2023-02-30.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...LocalDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `yyyy-mm-dd`: made byte by byte for four-digit years (lists and the sitemap format one
    /// per case in every build).
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return monthKey + "-" + Digits.padded(day, width: 2)
        }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, at offset: Int) {
                bytes[offset] = UInt8(ascii: "0") + UInt8(value / 10)
                bytes[offset + 1] = UInt8(ascii: "0") + UInt8(value % 10)
            }
            put(year / 100, at: 0)
            put(year % 100, at: 2)
            bytes[4] = UInt8(ascii: "-")
            put(month, at: 5)
            bytes[7] = UInt8(ascii: "-")
            put(day, at: 8)
            return 10
        }
    }
    public var monthKey: String { Digits.padded(year, width: 4) + "-" + Digits.padded(month, width: 2) }
    public var monthDay: MonthDay { MonthDay(month: month, day: day) }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Midnight at the start of this day in `zone`.
    public func start(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The day `instant` falls on in `zone`.
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

/// A day of the year, for windows that recur every year.
public struct MonthDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var month: Int
    public var day: Int

    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD`; 02-29 is allowed.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let month = Int(parts[0]), let day = Int(parts[1]),
              (1...12).contains(month), (1...LocalDay.daysIn(month: month, year: 2024)).contains(day) else { return nil }
        self.init(month: month, day: day)
    }

    public var description: String { Digits.padded(month, width: 2) + "-" + Digits.padded(day, width: 2) }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}

/// The `date` of a case: a day, or an RFC 3339 instant.
public struct CaseDate: Sendable, Hashable, Comparable {
    /// The exact instant (midnight in the site zone for plain days).
    public var instant: Date
    /// The day in the site time zone.
    public var day: LocalDay
    /// Whether the editor gave a time of day.
    public var hasTime: Bool

    public static func < (lhs: CaseDate, rhs: CaseDate) -> Bool { lhs.instant < rhs.instant }

    /// Whether this comes before `other` as an editor means them: a plain day covers the whole day,
    /// so it is before only a later day (`updated: 2024-03-10` is not before `date:
    /// 2024-03-10T20:40:00+08:00`); two times of day are compared as instants.
    public func isBefore(_ other: CaseDate) -> Bool {
        hasTime && other.hasTime ? instant < other.instant : day < other.day
    }

    /// Parses `YYYY-MM-DD` (in `zone`) or an RFC 3339 date-time with `Z` or an offset.
    public static func parse(_ text: String, zone: TimeZone) -> CaseDate? {
        if let day = LocalDay(text) {
            return CaseDate(instant: day.start(in: zone), day: day, hasTime: false)
        }
        guard let instant = RFC3339.parse(text) else { return nil }
        return CaseDate(instant: instant, day: LocalDay(instant, in: zone), hasTime: true)
    }
}

enum RFC3339 {
    /// `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)` (also `±HHMM`); also accepts a space or `t` instead
    /// of `T`, and `z` for `Z`. Read byte by byte: every case file has a date.
    static func parse(_ text: String) -> Date? {
        var reader = Reader(bytes: Array(text.utf8))
        guard let year = reader.number(4), reader.take("-"), let month = reader.number(2), reader.take("-"), let dayOfMonth = reader.number(2),
              reader.take("T") || reader.take("t") || reader.take(" "),
              let hour = reader.number(2), reader.take(":"), let minute = reader.number(2), hour < 24, minute < 60,
              (1...12).contains(month), (1...LocalDay.daysIn(month: month, year: year)).contains(dayOfMonth) else { return nil }
        var second = 0
        var fraction = 0.0
        if reader.take(":") {
            guard let seconds = reader.number(2), seconds < 61 else { return nil }
            second = seconds
            if reader.take(".") {
                let digits = reader.digits()
                guard !digits.isEmpty, let value = Double("0." + String(decoding: digits, as: UTF8.self)) else { return nil }
                fraction = value
            }
        }
        var offset = 0
        if !(reader.take("Z") || reader.take("z")) {
            let sign = reader.take("-") ? -1 : reader.take("+") ? 1 : 0
            guard sign != 0, let hours = reader.number(2) else { return nil }
            _ = reader.take(":")
            guard let minutes = reader.number(2), hours < 24, minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard reader.isAtEnd, let utc = TimeZone(secondsFromGMT: 0) else { return nil }
        let midnight = LocalDay(year: year, month: month, day: dayOfMonth).start(in: utc)
        let instant = midnight.addingTimeInterval(Double(hour * 3600 + minute * 60 + min(second, 59)) + fraction - Double(offset))
        // A leap second is the last of a UTC day at the end of June or December (`23:59:60Z`), read as
        // the second before it, on its own day; any other second 60 is none that ever was.
        if second == 60 {
            let utcDay = LocalDay(instant, in: utc)
            guard Int(instant.timeIntervalSince1970.rounded(.down) + 1) % 86_400 == 0,
                  (utcDay.month == 6 && utcDay.day == 30) || (utcDay.month == 12 && utcDay.day == 31) else { return nil }
        }
        return instant
    }

    /// ASCII digits and signs, in order.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        /// Moves past `mark` if it is next.
        mutating func take(_ mark: Unicode.Scalar) -> Bool {
            guard position < bytes.count, UInt32(bytes[position]) == mark.value else { return false }
            position += 1
            return true
        }

        /// Exactly `count` digits, as a number.
        mutating func number(_ count: Int) -> Int? {
            guard position + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<(position + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += count
            return value
        }

        /// The digits from here on.
        mutating func digits() -> ArraySlice<UInt8> {
            let start = position
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
            return bytes[start..<position]
        }
    }
}

/// The build clock, passed in from outside (`--now`, `SOURCE_DATE_EPOCH` or the system clock):
/// it decides what is scheduled, expired or in season, and nothing else.
public enum BuildClock: Sendable, Equatable {
    case instant(Date)
    /// A day in the site time zone; the build sees the last second of it.
    case day(LocalDay)

    /// Parses `--now`: `YYYY-MM-DD` or an RFC 3339 date-time.
    public static func parse(_ text: String) -> BuildClock? {
        if let day = LocalDay(text) { return .day(day) }
        return RFC3339.parse(text).map(BuildClock.instant)
    }

    /// From 1900 to 9999, as case dates are: a clock outside is a typing error (a flyer would be
    /// "issued" in the year 506713).
    public var isPlausible: Bool {
        let date = resolve(in: TimeZone(identifier: "UTC") ?? .current)
        return date.timeIntervalSince1970 >= -2_208_988_800 && date.timeIntervalSince1970 < 253_402_300_800
    }

    public func resolve(in zone: TimeZone) -> Date {
        switch self {
        case .instant(let date): return date
        case .day(let day):
            return day.start(in: zone).addingTimeInterval(86_400 - 1)
        }
    }
}
