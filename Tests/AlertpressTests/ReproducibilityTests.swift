import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// SPEC §3: the same inputs and clock give byte-identical output, PDFs included. Rebuilding
/// unchanged content rewrites nothing; rebuilding after an edit gives exactly a clean build.
@Suite("Reproducible and incremental builds")
struct ReproducibilityTests {
    /// Paths whose bytes differ between two snapshots, plus paths only in one of them.
    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    struct FileIdentity: Equatable {
        var inode: Int?
        var modified: Date?
    }

    static func identities(_ folder: URL, excluding: (String) -> Bool = { $0 == SiteWriter.manifestName }) throws -> [String: FileIdentity] {
        var result: [String: FileIdentity] = [:]
        for path in snapshot(folder).keys where !excluding(path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            result[path] = FileIdentity(inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue,
                                        modified: attributes[.modificationDate] as? Date)
        }
        return result
    }

    @Test("two clean builds into different folders are byte-identical, PDFs included")
    func cleanBuildsIdentical() async throws {
        let shared = await SharedBuilds.fixture.value
        try #require(shared.result.succeeded, "\(shared.result.report)")
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("elsewhere/output")
        let second = await buildSite(alerts: Paths.bulletin, out: out)
        try #require(second.succeeded, "\(second.report)")
        let files = snapshot(out)
        #expect(files.keys.sorted() == shared.files.keys.sorted())
        #expect(Self.differences(files, shared.files) == [])
        #expect(files.keys.filter { $0.hasSuffix(".pdf") }.count == 12)
        #expect(folderEntries(out) == folderEntries(shared.out))
    }

    /// Flyers carry the issue date (the build day) by design, so they and the HTML flyer pages may differ.
    @Test("the clock does not leak into pages, feeds, sitemap or search: a later clock in the same season changes none of them")
    func clockDoesNotLeakIntoOutput() async throws {
        let shared = await SharedBuilds.fixture.value
        try #require(shared.result.succeeded)
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        // 2024-11-12 09:30 in Shanghai: same published cases, Double 11 still in season.
        let later = BuildClock.instant(Date(timeIntervalSince1970: 1_731_375_000))
        let result = await buildSite(alerts: Paths.bulletin, out: out, clock: later)
        try #require(result.succeeded, "\(result.report)")
        let differing = Self.differences(snapshot(out), shared.files)
            .filter { !$0.hasSuffix(".pdf") && !$0.hasSuffix("/flyer/index.html") && $0 != SiteWriter.manifestName }
        #expect(differing == [])
    }

    @Test("flyers carry their issue day, not the build's second: a build at another hour of the same day is byte-identical, PDFs included")
    func flyersKeepTheirDay() async throws {
        let shared = await SharedBuilds.fixture.value
        try #require(shared.result.succeeded)
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        // 2024-11-10 09:30 in Shanghai, the fixture clock's day.
        let morning = BuildClock.instant(Date(timeIntervalSince1970: 1_731_202_200))
        let result = await buildSite(alerts: Paths.bulletin, out: out, clock: morning)
        try #require(result.succeeded, "\(result.report)")
        // The manifest keeps the clock among the flyers' inputs: they are made again, and come out the same.
        #expect(Self.differences(snapshot(out), shared.files).filter { $0 != SiteWriter.manifestName } == [])
    }

    @Test("rebuilding unchanged content writes nothing and keeps every file's inode and mtime")
    func rebuildKeepsFiles() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        let first = await buildSite(alerts: Paths.bulletin, out: out)
        try #require(first.succeeded, "\(first.report)")
        #expect(first.written == first.files && first.kept == 0)
        let before = try Self.identities(out)
        let bytes = snapshot(out)
        try await Task.sleep(for: .milliseconds(20))

        let second = await buildSite(alerts: Paths.bulletin, out: out)
        try #require(second.succeeded, "\(second.report)")
        #expect(second.written == 0)
        #expect(second.kept == first.files)
        #expect(second.files == first.files)
        let after = try Self.identities(out)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, identity) in before.sorted(by: { $0.key < $1.key }) where after[path] != identity {
            Issue.record("`\(path)` was rewritten: \(identity) → \(String(describing: after[path]))")
        }
        #expect(Self.differences(snapshot(out), bytes) == [])
    }

    @Test("after editing one case, an incremental build equals a clean build of the edited content")
    func incrementalEqualsClean() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let old = snapshot(out)

        let caseFile = alerts.appendingPathComponent("cases/2024/lost-parcel.md")
        let original = try String(contentsOf: caseFile, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "loss: {amount: 4000, currency: CNY}", with: "loss: {amount: 4500, currency: CNY}")
            .replacingOccurrences(of: "4,000 yuan left her account.", with: "4,500 yuan left her account.")
        try #require(edited != original)
        try edited.write(to: caseFile, atomically: false, encoding: .utf8)

        let incremental = await buildSite(alerts: alerts, out: out)
        try #require(incremental.succeeded, "\(incremental.report)")
        let clean = temp.child("clean")
        let fresh = await buildSite(alerts: alerts, out: clean)
        try #require(fresh.succeeded, "\(fresh.report)")
        let updated = snapshot(out)
        #expect(Self.differences(updated, snapshot(clean)) == [])

        // Exactly the files whose bytes changed were written; the rest were kept.
        let changed = Self.differences(old, updated).filter { !SiteWriter.isState($0) }
        #expect(incremental.written == changed.count)
        #expect(incremental.kept == incremental.files - changed.count)
        #expect(changed.contains("cases/lost-parcel/index.html"))
        #expect(changed.contains("index.html"), "the home page shows the loss total")
        #expect(!changed.contains("cases/refund-call/index.html"), "refund-call does not show lost-parcel")
        #expect(text(updated, "cases/lost-parcel/index.html").contains("<div><dt>Loss</dt><dd>4,500 yuan</dd></div>"))
    }

    @Test("after deleting a case, its page disappears and the site equals a clean build")
    func deletionEqualsClean() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        try FileManager.default.removeItem(at: alerts.appendingPathComponent("cases/2024/lost-parcel.md"))

        let incremental = await buildSite(alerts: alerts, out: out)
        try #require(incremental.succeeded, "\(incremental.report)")
        let clean = temp.child("clean")
        let fresh = await buildSite(alerts: alerts, out: clean)
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("cases/lost-parcel").path))
        #expect(Self.differences(snapshot(out), snapshot(clean)) == [])
        #expect(folderEntries(out) == folderEntries(clean))
    }
}
