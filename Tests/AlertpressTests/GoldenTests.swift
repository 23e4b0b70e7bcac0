import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// One built file compared with its golden copy in `Tests/AlertpressTests/Golden/`.
struct GoldenFile: Sendable, CustomTestStringConvertible {
    /// Path below `--out`.
    var output: String
    /// File name in `Golden/`.
    var golden: String

    var testDescription: String { output }
}

/// The fixture bulletin, built with the fixture clock, compared byte for byte with golden files.
///
/// To update them after an intended change: `ALERTPRESS_RECORD=1 swift test --filter GoldenTests`.
/// A recording run rewrites the files and fails on purpose, so nobody records by accident; then
/// read the diff of `Golden/` before committing it.
@Suite("Golden outputs of the fixture bulletin")
struct GoldenTests {
    static let files: [GoldenFile] = [
        GoldenFile(output: "index.html", golden: "home.html"),
        GoldenFile(output: "cases/refund-call/index.html", golden: "case-refund-call.html"),
        GoldenFile(output: "zh/cases/refund-call/index.html", golden: "zh-case-refund-call.html"),
        GoldenFile(output: "zh/cases/zh-only/index.html", golden: "zh-case-zh-only.html"),
        GoldenFile(output: "types/fake-refund/index.html", golden: "type-fake-refund.html"),
        GoldenFile(output: "campaigns/double-11/index.html", golden: "campaign-double-11.html"),
        GoldenFile(output: "feed.xml", golden: "feed.xml"),
        GoldenFile(output: "atom.xml", golden: "atom.xml"),
        GoldenFile(output: "feed.json", golden: "feed.json"),
        GoldenFile(output: "zh/feed.xml", golden: "zh-feed.xml"),
        GoldenFile(output: "sitemap.xml", golden: "sitemap.xml"),
        GoldenFile(output: "search-index.json", golden: "search-index.json"),
        GoldenFile(output: "robots.txt", golden: "robots.txt"),
    ]

    static var recording: Bool { ProcessInfo.processInfo.environment["ALERTPRESS_RECORD"] == "1" }

    @Test("the fixture builds without errors")
    func fixtureBuilds() async {
        let built = await SharedBuilds.fixture.value
        #expect(built.result.succeeded, "\(built.result.report)")
        #expect(built.result.errors.isEmpty)
    }

    @Test("built file matches its golden copy", arguments: GoldenTests.files)
    func matchesGolden(_ file: GoldenFile) async throws {
        let built = await SharedBuilds.fixture.value
        try #require(built.result.succeeded, "the fixture did not build:\n\(built.result.report)")
        let actual = try #require(built.files[file.output], "`\(file.output)` was not built")
        let goldenURL = Paths.golden.appendingPathComponent(file.golden)

        if Self.recording {
            try FileManager.default.createDirectory(at: Paths.golden, withIntermediateDirectories: true)
            try actual.write(to: goldenURL)
            Issue.record("recorded Golden/\(file.golden) from \(file.output); unset ALERTPRESS_RECORD and run again")
            return
        }
        guard let expected = FileManager.default.contents(atPath: goldenURL.path) else {
            Issue.record("Golden/\(file.golden) is missing; run once with ALERTPRESS_RECORD=1 and review it")
            return
        }
        #expect(actual == expected, """
            \(file.output) differs from Golden/\(file.golden) at \
            \(firstDifference(expected: String(decoding: expected, as: UTF8.self), actual: String(decoding: actual, as: UTF8.self)))
            If the change is intended, re-record with ALERTPRESS_RECORD=1 and review the diff.
            """)
    }

    @Test("Golden/ holds exactly the files the suite compares")
    func noStaleGoldenFiles() throws {
        guard !Self.recording else { return }
        let present = try FileManager.default.contentsOfDirectory(atPath: Paths.golden.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(present == Self.files.map(\.golden).sorted())
    }
}
