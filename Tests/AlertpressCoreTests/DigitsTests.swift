import Foundation
import Testing
@testable import AlertpressCore

@Suite("Zero-padded numbers")
struct DigitsTests {
    @Test("padded matches String(format:) for decimal and hexadecimal")
    func matchesFormat() {
        for value in [0, 1, 7, 9, 10, 99, 100, 999, 1000, 2026, 12345, -1, -42] {
            #expect(Digits.padded(value, width: 2) == String(format: "%02d", value))
            #expect(Digits.padded(value, width: 4) == String(format: "%04d", value))
        }
        for value: UInt64 in [0, 1, 0xff, 0xdead_beef, 0x0123_4567_89ab_cdef, .max] {
            #expect(Digits.padded(value, width: 16, radix: 16) == String(format: "%016llx", value))
        }
        for value: UInt32 in [0, 0x1f, 0x0abc_def0, .max] {
            #expect(Digits.padded(value, width: 8, radix: 16) == String(format: "%08x", value))
        }
    }

    @Test("days, months and fingerprints keep their written form")
    func dates() {
        #expect(LocalDay(year: 2026, month: 3, day: 7).description == "2026-03-07")
        #expect(LocalDay(year: 999, month: 12, day: 31).description == "0999-12-31")
        #expect(LocalDay(year: 5, month: 1, day: 1).description == "0005-01-01")
        #expect(LocalDay(year: 10000, month: 1, day: 2).description == "10000-01-02")
        #expect(LocalDay(year: -44, month: 3, day: 15).description == "-044-03-15")
        #expect(LocalDay(year: 2026, month: 11, day: 21).monthKey == "2026-11")
        #expect(MonthDay(month: 1, day: 5).description == "01-05")
    }
}
