import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

// Shared helpers for the site tests: where the package, templates and fixtures are (found from
// this file, so everything is used in place), temporary folders, builds, and snapshots of a
// built folder that tests compare byte for byte.

enum Paths {
    /// `Tests/AlertpressTests`.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The package root: two levels above `Tests/AlertpressTests`.
    static let packageRoot = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("Templates")
    static let fixtures = tests.appendingPathComponent("Fixtures")
    /// The shared fixture bulletin (read-only: copy it before changing anything).
    static let bulletin = fixtures.appendingPathComponent("bulletin")
    /// Content that tries to break out of every output context.
    static let hostile = fixtures.appendingPathComponent("hostile")
    static let golden = tests.appendingPathComponent("Golden")
}

/// The clock of every fixture build: the last second of 2024-11-10 in Asia/Shanghai.
/// Double 11 (10-20 … 11-15) is in season; `future-case` (2025-06-01) is scheduled; `expired-case` expired on 2023-12-31.
let fixtureClock = BuildClock.day(LocalDay(year: 2024, month: 11, day: 10))

/// A fresh folder under the system temporary folder. Call `remove()` when done.
struct TempFolder: Sendable {
    let url: URL

    init(_ label: String = #function) throws {
        let name = "alertpress-tests-" + label.filter { $0.isLetter || $0.isNumber } + "-" + UUID().uuidString.prefix(8)
        url = FileManager.default.temporaryDirectory.appendingPathComponent(name).standardizedFileURL
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }
    func child(_ relative: String) -> URL { url.appendingPathComponent(relative) }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Copies a folder (recursively) to `destination`, which must not exist yet.
func copyFolder(_ source: URL, to destination: URL) throws {
    try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: source, to: destination)
}

/// A copy of the fixture bulletin at `temp/Alerts`, built into `temp/site`; the build must succeed.
func builtFixtureCopy(in temp: TempFolder, disk: DiskFileSystem = unsettledDisk) async throws -> (alerts: URL, out: URL) {
    let alerts = temp.child("Alerts")
    try copyFolder(Paths.bulletin, to: alerts)
    let out = temp.child("site")
    let first = await buildSite(alerts: alerts, out: out, disk: disk)
    try #require(first.succeeded, "\(first.report)")
    return (alerts, out)
}

/// The real disk with a clock before every file's times: no case file's signature is settled
/// (`FileSignature.isSettled`), so every build reads every file, and the build state does not
/// depend on how long ago a fixture was copied.
let unsettledDisk = DiskFileSystem(now: { 0 })

/// The real disk with a clock after every file's times: every signature is settled at once.
let settledDisk = DiskFileSystem(now: { 4_000_000_000_000_000_000 })

/// Builds with the given folders and the fixture clock, on the real disk (`unsettledDisk` unless told).
func buildSite(alerts: URL, templates: URL = Paths.templates, out: URL, clock: BuildClock = fixtureClock,
               disk: DiskFileSystem = unsettledDisk) async -> BuildResult {
    await SiteBuilder.build(BuildOptions(alerts: alerts.path, templates: templates.path, out: out.path, clock: clock), fileSystem: disk)
}

/// Every regular file below `folder`, hidden ones included: relative path (with `/`) → bytes.
func snapshot(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let root = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
    while let relative = enumerator.nextObject() as? String {
        let full = root + "/" + relative
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: full) else { continue }
        result[relative] = data
    }
    return result
}

/// Every entry (files and folders) below `folder`, hidden ones included, sorted.
func folderEntries(_ folder: URL) -> [String] {
    let root = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var result: [String] = []
    while let relative = enumerator.nextObject() as? String { result.append(relative) }
    return result.sorted()
}

/// What a folder looks like, to compare before and after: entries plus a fingerprint of each file.
struct FolderState: Equatable, CustomStringConvertible {
    var entries: [String]
    var hashes: [String: String]

    init(_ folder: URL) {
        entries = folderEntries(folder)
        hashes = snapshot(folder).mapValues { data in data.withUnsafeBytes(Digest.hex) }
    }

    var description: String { "\(entries.count) entries, \(hashes.count) files" }
}

/// Output files whose content is text that readers or browsers interpret.
func isTextOutput(_ path: String) -> Bool {
    [".html", ".xml", ".json", ".txt"].contains { path.hasSuffix($0) }
}

/// Text of a file in a snapshot, or a recorded issue.
func text(_ files: [String: Data], _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    guard let data = files[path] else {
        Issue.record("`\(path)` was not built", sourceLocation: sourceLocation)
        return ""
    }
    return String(decoding: data, as: UTF8.self)
}

/// A built site, kept for the tests that only read it.
struct BuiltSite: Sendable {
    var result: BuildResult
    var out: URL
    var files: [String: Data]
}

/// Builds shared by the tests that only read them, made once per test run. They stay in the temp
/// folder after the run (a test cannot know it is the last reader); runs remove those older than an hour.
enum SharedBuilds {
    /// The fixture bulletin, built into `<temp>/alertpress-tests-shared-…/site`. Its parent folder
    /// holds nothing else, so tests can check that nothing was written beside `--out`.
    static let fixture = Task<BuiltSite, Never> { await build(Paths.bulletin, label: "shared") }

    /// The hostile fixture.
    static let hostile = Task<BuiltSite, Never> { await build(Paths.hostile, label: "hostile") }

    private static func build(_ alerts: URL, label: String) async -> BuiltSite {
        removeStaleFolders()
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("alertpress-tests-\(label)-" + UUID().uuidString.prefix(8)).standardizedFileURL
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let out = parent.appendingPathComponent("site")
        let result = await buildSite(alerts: alerts, out: out)
        return BuiltSite(result: result, out: out, files: snapshot(out))
    }

    /// Shared build folders of earlier runs (only this suite's `alertpress-tests-shared-` / `-hostile-` prefixes).
    private static func removeStaleFolders() {
        let manager = FileManager.default
        let temp = manager.temporaryDirectory
        let cutoff = Date().addingTimeInterval(-3600)
        for name in (try? manager.contentsOfDirectory(atPath: temp.path)) ?? []
        where name.hasPrefix("alertpress-tests-shared-") || name.hasPrefix("alertpress-tests-hostile-") {
            let url = temp.appendingPathComponent(name)
            if let modified = (try? manager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date, modified < cutoff {
                try? manager.removeItem(at: url)
            }
        }
    }
}

extension BuildResult {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// One line per diagnostic, for failure messages.
    var report: String {
        (diagnostics.map(\.formatted) + (outputError.map { ["output: " + $0] } ?? [])).joined(separator: "\n")
    }
}

/// Where two texts first differ, for readable golden failures.
func firstDifference(expected: String, actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
        let left = index < a.count ? String(a[index]) : "<end of file>"
        let right = index < b.count ? String(b[index]) : "<end of file>"
        if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
    }
    return "same lines; bytes differ (line endings or trailing bytes)"
}
