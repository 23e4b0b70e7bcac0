import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// SPEC §5: output is staged and swapped in whole; a failed build leaves the previous site exactly as
/// it was; nothing is written or deleted outside `--out`; `--out` may not be or contain `Alerts/` or
/// `Templates/`; a folder alertpress did not make is never replaced.
@Suite("The output folder")
struct OutputFolderTests {
    @Test("a build writes nothing beside --out: the parent holds only the out folder")
    func nothingOutsideOut() async throws {
        let built = await SharedBuilds.fixture.value
        try #require(built.result.succeeded, "\(built.result.report)")
        let parent = built.out.deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["site"])
    }

    @Test("a rebuild over a previous site also leaves nothing beside --out")
    func nothingOutsideOutOnRebuild() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("public")
        let first = await buildSite(alerts: Paths.bulletin, out: out)
        try #require(first.succeeded, "\(first.report)")
        let second = await buildSite(alerts: Paths.bulletin, out: out)
        #expect(second.succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["public"])
    }

    @Test("a failed build leaves the previous site byte-identical, reports the error and writes nothing")
    func failedBuildKeepsPreviousSite() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let before = FolderState(out)
        let attributesBefore = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("index.html").path)

        // Line 4 of lost-parcel.md becomes a misspelt key.
        let caseFile = alerts.appendingPathComponent("cases/2024/lost-parcel.md")
        var lines = try String(contentsOf: caseFile, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[3] == "region: Chengdu")
        lines[3] = "regoin: Chengdu"
        try lines.joined(separator: "\n").write(to: caseFile, atomically: false, encoding: .utf8)

        let failed = await buildSite(alerts: alerts, out: out)
        #expect(!failed.succeeded)
        #expect(failed.outputError == nil)
        #expect(failed.errors == [Diagnostic(
            file: caseFile.path, line: 4, column: 1, severity: .error, code: "unknown-key",
            message: "unknown key `regoin` in the front matter", hint: "did you mean `region`?")])
        #expect(failed.written == 0 && failed.kept == 0 && failed.files == 0)
        #expect(FolderState(out) == before)
        let attributesAfter = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("index.html").path)
        #expect(attributesAfter[.systemFileNumber] as? Int == attributesBefore[.systemFileNumber] as? Int)
        #expect(attributesAfter[.modificationDate] as? Date == attributesBefore[.modificationDate] as? Date)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "site"])
    }

    /// A malformed-input review (thirty-fourth session): `cases/` renamed, or SOURCE_DATE_EPOCH=0,
    /// built an empty bulletin over a published one with exit 0.
    @Test("a build that would take down every case page of a site with some is an error; the site stays as it was")
    func buildThatEmptiesTheSiteFails() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let before = FolderState(out)
        let early = await buildSite(alerts: alerts, out: out, clock: .day(LocalDay(year: 2001, month: 1, day: 1)))
        #expect(early.errors.map(\.code) == ["no-cases"], "\(early.report)")
        #expect(early.errors.first?.hint?.contains("SOURCE_DATE_EPOCH") == true)
        #expect(FolderState(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "site"])
        try FileManager.default.moveItem(at: alerts.appendingPathComponent("cases"), to: alerts.appendingPathComponent("old-cases"))
        let renamed = await buildSite(alerts: alerts, out: out)
        #expect(renamed.errors.map(\.code).contains("no-cases"), "\(renamed.report)")
        #expect(FolderState(out) == before)
        // Into a new folder, an empty bulletin is a bulletin yet to be written.
        let fresh = await buildSite(alerts: alerts, out: temp.child("fresh"))
        #expect(fresh.errors.isEmpty, "\(fresh.report)")
    }

    @Test("a failed first build creates no output folder at all")
    func failedFirstBuildWritesNothing() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let site = alerts.appendingPathComponent("site.yml")
        let yml = try String(contentsOf: site, encoding: .utf8)
        try yml.replacingOccurrences(of: "timezone: Asia/Shanghai", with: "timezone: Asia/Atlantis").write(to: site, atomically: false, encoding: .utf8)
        let result = await buildSite(alerts: alerts, out: temp.child("site"))
        #expect(!result.succeeded)
        #expect(result.errors == [Diagnostic(file: site.path, line: 5, column: 11, severity: .error, code: "invalid-timezone",
                                             message: "`Asia/Atlantis` is not an IANA time zone", hint: "e.g. Asia/Shanghai")],
                "\(result.report)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts"])
    }

    enum Overlap: String, CaseIterable, Sendable {
        case outIsAlerts, outInsideAlerts, outIsTemplates, outInsideTemplates, outContainsBoth
    }

    @Test("--out that is, contains or lies inside Alerts/ or Templates/ is refused before anything is touched",
          arguments: Overlap.allCases)
    func overlappingOutRefused(_ overlap: Overlap) async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        let templates = temp.child("Templates")
        try copyFolder(Paths.bulletin, to: alerts)
        try copyFolder(Paths.templates, to: templates)
        let out: URL
        let source: URL
        switch overlap {
        case .outIsAlerts: (out, source) = (alerts, alerts)
        case .outInsideAlerts: (out, source) = (alerts.appendingPathComponent("site"), alerts)
        case .outIsTemplates: (out, source) = (templates, templates)
        case .outInsideTemplates: (out, source) = (templates.appendingPathComponent("assets"), templates)
        case .outContainsBoth: (out, source) = (temp.url, alerts)
        }
        let before = FolderState(temp.url)
        let result = await buildSite(alerts: alerts, templates: templates, out: out)
        #expect(!result.succeeded)
        #expect(result.outputError == OutputError.outContainsSources(out: out.path, source: source.path).description)
        #expect(result.diagnostics.isEmpty)
        #expect(FolderState(temp.url) == before, "the folders changed")
    }

    @Test("a non-empty folder without alertpress's manifest is refused and left untouched")
    func foreignFolderRefused() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("photos"), withIntermediateDirectories: true)
        try Data("my notes\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
        try Data([0xFF, 0xD8, 0xFF]).write(to: out.appendingPathComponent("photos/cat.jpg"))
        let before = FolderState(out)
        let result = await buildSite(alerts: Paths.bulletin, out: out)
        #expect(!result.succeeded)
        #expect(result.outputError == OutputError.notAnAlertpressFolder(out.path).description)
        #expect(result.errors.isEmpty)
        #expect(FolderState(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["site"])
    }

    /// A review (thirtieth session): `--out site` with `site -> /var/www/alerts` replaced the link by a
    /// folder of its own, and the web server's folder stayed empty.
    @Test("an --out that is a link to a folder builds into that folder and keeps the link; a link to nothing is refused")
    func linkedOutputFolder() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let real = temp.child("www")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = temp.child("site")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        for _ in 0..<2 {
            let result = await buildSite(alerts: Paths.bulletin, out: link)
            try #require(result.succeeded, "\(result.report)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
            #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("index.html").path))
        }
        let dangling = temp.child("gone")
        try FileManager.default.createSymbolicLink(at: dangling, withDestinationURL: temp.child("nowhere"))
        let result = await buildSite(alerts: Paths.bulletin, out: dangling)
        #expect(result.outputError == OutputError.danglingLink(dangling.path).description)
        #expect(result.outputRefused)
        #expect(!FileManager.default.fileExists(atPath: temp.child("nowhere").path))
    }

    @Test("two builds into one --out at once take turns: both succeed and the site is whole")
    func concurrentBuildsTakeTurns() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        async let first = buildSite(alerts: Paths.bulletin, out: out)
        async let second = buildSite(alerts: Paths.bulletin, out: out)
        let results = await [first, second]
        #expect(results.allSatisfy { $0.succeeded }, "\(results.map(\.report))")
        let reference = temp.child("reference")
        #expect(await buildSite(alerts: Paths.bulletin, out: reference).succeeded)
        #expect(snapshot(out) == snapshot(reference))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["reference", "site"])
    }

    @Test("a --out that does not exist yet, inside Alerts/ through a linked folder, is refused")
    func outThroughLinkRefused() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        try FileManager.default.createSymbolicLink(at: temp.child("link"), withDestinationURL: alerts)
        let before = FolderState(temp.url)
        let out = temp.child("link").appendingPathComponent("new/deeper")
        let result = await buildSite(alerts: alerts, out: out)
        #expect(!result.succeeded)
        #expect(result.outputError == OutputError.outContainsSources(out: out.path, source: alerts.path).description, "\(result.report)")
        #expect(FolderState(temp.url) == before)
    }

    @Test("a folder beside --out named like alertpress's staging folders, but not made by it, is refused and kept",
          arguments: ["staging", "previous"])
    func foreignWorkFolderKept(_ suffix: String) async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        let work = temp.child(".site.\(suffix)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: work.appendingPathComponent("mine.txt"))
        let result = await buildSite(alerts: Paths.bulletin, out: out)
        #expect(!result.succeeded)
        #expect(result.outputError == OutputError.foreignWorkFolder(work.path).description, "\(result.report)")
        #expect(try String(contentsOf: work.appendingPathComponent("mine.txt"), encoding: .utf8) == "precious\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A review (thirty-first session): a build stopped between making its staging folder and marking
    /// it left a folder every later build refused.
    @Test("an empty folder beside --out named like alertpress's staging folders (a build stopped before marking it) is cleared",
          arguments: ["staging", "previous"])
    func emptyWorkFolderCleared(_ suffix: String) async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        try FileManager.default.createDirectory(at: temp.child(".site.\(suffix)"), withIntermediateDirectories: true)
        let result = await buildSite(alerts: Paths.bulletin, out: out)
        #expect(result.succeeded, "\(result.report)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["site"])
    }

    @Test("a work folder that cannot be removed whole keeps its mark, so that the next build still clears it")
    func workFolderKeepsItsMarkUntilEmpty() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let work = temp.child(".site.staging")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("cases"), withIntermediateDirectories: true)
        try Data().write(to: work.appendingPathComponent(SiteWriter.workMark))
        let stuck = work.appendingPathComponent("cases/index.html")
        try Data("<p>".utf8).write(to: stuck)
        try Data("<p>".utf8).write(to: work.appendingPathComponent("index.html"))
        guard IncrementalBuildTests.chattr("+i", stuck) else { return } // needs ext4-like attributes and root
        SiteWriter.removeOwn(work)
        _ = IncrementalBuildTests.chattr("-i", stuck)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == [SiteWriter.workMark, "cases"])
        try SiteWriter.clearWorkFolder(work)
        #expect(!FileManager.default.fileExists(atPath: work.path))
    }

    @Test("an empty existing folder is accepted")
    func emptyFolderAccepted() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let out = temp.child("site")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let result = await buildSite(alerts: Paths.bulletin, out: out)
        #expect(result.succeeded, "\(result.report)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }
}
