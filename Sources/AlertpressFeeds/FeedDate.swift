import Foundation

/// Date formatting without locale, calendar preferences or the clock: plain proleptic Gregorian
/// arithmetic on the instant plus the zone's offset at that instant.
public enum FeedDate {
    private static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// 0001-01-01T00:00:00Z … 9999-12-31T23:59:59Z: every date is clamped into four-digit years.
    private static let minSeconds: Int64 = -62_135_596_800
    private static let maxSeconds: Int64 = 253_402_300_799

    struct Civil: Equatable {
        var year: Int, month: Int, day: Int
        var hour: Int, minute: Int, second: Int
        /// 0 = Sunday.
        var weekday: Int
        var offset: Int
    }

    /// Whole seconds since 1970, clamped, never trapping on infinite or huge values.
    static func epochSeconds(_ date: Date) -> Int64 {
        let t = date.timeIntervalSince1970
        guard t.isFinite else { return t > 0 ? maxSeconds - 86_400 : minSeconds + 86_400 }
        let floored = t.rounded(.down)
        // Keep a day of margin so that adding any UTC offset stays within four-digit years.
        if floored <= Double(minSeconds + 86_400) { return minSeconds + 86_400 }
        if floored >= Double(maxSeconds - 86_400) { return maxSeconds - 86_400 }
        return Int64(floored)
    }

    static func civil(_ date: Date, offset: Int) -> Civil {
        let local = epochSeconds(date) + Int64(offset)
        let days = floorDiv(local, 86_400)
        let secondOfDay = Int(local - days * 86_400)
        let (y, m, d) = civilFromDays(days)
        let weekday = Int(((days % 7) + 7 + 4) % 7)
        return Civil(year: y, month: m, day: d,
                     hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60,
                     weekday: weekday, offset: offset)
    }

    /// RFC 822 with a four-digit year and a numeric zone, English names:
    /// `Wed, 06 Nov 2019 00:00:00 +0800`. An offset that is not a whole or half hour (e.g. +0545)
    /// is written in UTC instead, because the W3C validator only accepts `[+-]hh[03]0`.
    static func rfc822(_ date: Date, in zone: TimeZone) -> String {
        var offset = zone.secondsFromGMT(for: date)
        if offset % 1800 != 0 || abs(offset) >= 100 * 3600 { offset = 0 }
        let c = civil(date, offset: offset)
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(dayNames[c.weekday]), \(pad(c.day, 2)) \(monthNames[c.month - 1]) \(pad(c.year, 4)) "
            + "\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2)) "
            + "\(sign)\(pad(magnitude / 3600, 2))\(pad(magnitude % 3600 / 60, 2))"
    }

    /// RFC 3339 with the zone's offset: `2019-11-06T00:00:00+08:00`, `Z` for UTC. An offset with
    /// seconds (historical local mean time) is written in UTC instead.
    public static func rfc3339(_ date: Date, in zone: TimeZone) -> String {
        var offset = zone.secondsFromGMT(for: date)
        if offset % 60 != 0 || abs(offset) >= 24 * 3600 { offset = 0 }
        let c = civil(date, offset: offset)
        let stamp = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T"
            + "\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))"
        if offset == 0 { return stamp + "Z" }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return stamp + "\(sign)\(pad(magnitude / 3600, 2)):\(pad(magnitude % 3600 / 60, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Howard Hinnant's days-from-civil inverse (proleptic Gregorian).
    private static func civilFromDays(_ days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}
