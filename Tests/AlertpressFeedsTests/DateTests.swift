import Foundation
import Testing
@testable import AlertpressFeeds

@Suite("Date formats")
struct DateTests {
    @Test func rfc822InSiteZone() {
        let date = Fixture.shanghaiDay(2019, 11, 6)
        #expect(FeedDate.rfc822(date, in: Fixture.shanghai) == "Wed, 06 Nov 2019 00:00:00 +0800")
        #expect(FeedDate.rfc822(date, in: Fixture.zone("UTC")) == "Tue, 05 Nov 2019 16:00:00 +0000")
    }

    @Test func rfc3339InSiteZone() {
        let date = Fixture.shanghaiDay(2019, 11, 6)
        #expect(FeedDate.rfc3339(date, in: Fixture.shanghai) == "2019-11-06T00:00:00+08:00")
        #expect(FeedDate.rfc3339(date, in: Fixture.zone("UTC")) == "2019-11-05T16:00:00Z")
    }

    @Test func daylightSavingOffsetsFollowTheInstant() {
        let newYork = Fixture.zone("America/New_York")
        let summer = Fixture.utc(2024, 7, 4, 12, 30, 5)
        let winter = Fixture.utc(2024, 1, 15, 12, 0, 0)
        #expect(FeedDate.rfc822(summer, in: newYork) == "Thu, 04 Jul 2024 08:30:05 -0400")
        #expect(FeedDate.rfc822(winter, in: newYork) == "Mon, 15 Jan 2024 07:00:00 -0500")
        #expect(FeedDate.rfc3339(summer, in: newYork) == "2024-07-04T08:30:05-04:00")
        #expect(FeedDate.rfc3339(winter, in: newYork) == "2024-01-15T07:00:00-05:00")
    }

    @Test func halfHourAndOddOffsets() {
        let date = Fixture.utc(2022, 3, 1, 0, 0, 0)
        #expect(FeedDate.rfc822(date, in: Fixture.zone("Asia/Kolkata")) == "Tue, 01 Mar 2022 05:30:00 +0530")
        #expect(FeedDate.rfc3339(date, in: Fixture.zone("Asia/Kolkata")) == "2022-03-01T05:30:00+05:30")
        // +0545 is valid RFC 3339 but the validator's RFC 822 pattern only takes whole/half hours.
        #expect(FeedDate.rfc3339(date, in: Fixture.zone("Asia/Kathmandu")) == "2022-03-01T05:45:00+05:45")
        #expect(FeedDate.rfc822(date, in: Fixture.zone("Asia/Kathmandu")) == "Tue, 01 Mar 2022 00:00:00 +0000")
    }

    @Test func edgesOfTheCalendar() {
        let utc = Fixture.zone("UTC")
        #expect(FeedDate.rfc822(Fixture.utc(2024, 2, 29, 23, 59, 59), in: utc) == "Thu, 29 Feb 2024 23:59:59 +0000")
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: -1), in: utc) == "Wed, 31 Dec 1969 23:59:59 +0000")
        #expect(FeedDate.rfc3339(Date(timeIntervalSince1970: 0.999), in: utc) == "1970-01-01T00:00:00Z")
        #expect(FeedDate.rfc3339(Fixture.utc(2000, 12, 31, 16, 0, 0), in: Fixture.shanghai) == "2001-01-01T00:00:00+08:00")
        // Absurd inputs do not trap and still give four-digit years.
        #expect(FeedDate.rfc3339(.distantFuture, in: utc) == "4001-01-01T00:00:00Z")
        #expect(FeedDate.rfc3339(Date(timeIntervalSince1970: 1e15), in: utc).hasPrefix("9999-12-"))
        #expect(FeedDate.rfc3339(Date(timeIntervalSince1970: .infinity), in: utc).hasPrefix("9999-12-"))
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: -1e15), in: utc).contains(" Jan 0001 "))
        #expect(FeedDate.rfc3339(Date(timeIntervalSince1970: .nan), in: utc).count == 20)
    }

    /// Cross-checks the arithmetic against Foundation's Gregorian calendar over many instants and zones.
    @Test(arguments: ["Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe", "UTC", "Pacific/Kiritimati"])
    func agreesWithFoundationCalendar(zoneID: String) {
        let zone = Fixture.zone(zoneID)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        var seconds: Int64 = 631_152_000 // 1990-01-01
        while seconds < 4_102_444_800 { // 2100-01-01
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
            let ours = FeedDate.civil(date, offset: zone.secondsFromGMT(for: date))
            #expect(ours.year == c.year && ours.month == c.month && ours.day == c.day, "\(date)")
            #expect(ours.hour == c.hour && ours.minute == c.minute && ours.second == c.second, "\(date)")
            #expect(ours.weekday + 1 == c.weekday, "\(date)")
            let rfc822 = FeedDate.rfc822(date, in: zone)
            #expect(rfc822.hasPrefix(days[ours.weekday] + ", "))
            seconds += 7_919_993 // a prime stride, about three months
        }
    }
}
