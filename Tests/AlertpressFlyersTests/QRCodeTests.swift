import Foundation
import Testing

@testable import AlertpressFlyers

@Suite struct QRCodeTests {
    @Test func encodesACampaignURL() throws {
        let qr = try QRMatrix.encode("https://alerts.example.gov.cn/campaigns/double-11/")
        // 50 bytes at level M need version 4 (62 bytes capacity in 8-bit mode) or less.
        #expect((1...4).contains(qr.version))
        #expect(qr.width == 17 + 4 * qr.version)
        #expect(qr.modules.count == qr.width * qr.width)
        // The three finder patterns: a dark 7×7 ring with a dark 3×3 centre.
        for (x0, y0) in [(0, 0), (qr.width - 7, 0), (0, qr.width - 7)] {
            for i in 0..<7 {
                #expect(qr[x0 + i, y0] && qr[x0 + i, y0 + 6] && qr[x0, y0 + i] && qr[x0 + 6, y0 + i])
            }
            #expect(!qr[x0 + 1, y0 + 1] && qr[x0 + 3, y0 + 3])
        }
    }

    @Test func longerURLsNeedLargerSymbols() throws {
        let short = try QRMatrix.encode("https://a.example/")
        let long = try QRMatrix.encode("https://alerts.example.gov.cn/zh/campaigns/spring-festival/?utm_source=flyer&utm_medium=print")
        #expect(long.version > short.version)
        #expect(long.width > short.width)
    }

    @Test func isCaseSensitiveAndDeterministic() throws {
        let lower = try QRMatrix.encode("https://example.org/abc")
        let upper = try QRMatrix.encode("https://example.org/ABC")
        #expect(lower != upper)
        #expect(try QRMatrix.encode("https://example.org/abc") == lower)
    }

    @Test func refusesWhatDoesNotFit() {
        #expect(throws: FlyerError.qrEncodingFailed(
            url: String(repeating: "x", count: 3_000),
            reason: "too long for a QR code at error correction level M")
        ) {
            try QRMatrix.encode(String(repeating: "x", count: 3_000))
        }
    }
}
