import AlertpressCore
import Foundation
import Testing
@testable import Alertpress

/// SPEC §2: dangling references are never ignored. A review (thirty-second session): links in a
/// case body to a misspelt case, an unknown type, a draft, a missing translation and an image not
/// in `Templates/assets/` were published without a word.
@Suite("Links to the site's own pages")
struct SiteLinksTests {
    static let brokenCase = """
        ---
        title: Links
        date: 2024-03-01
        ---
        See [a case](/cases/lost-parcle/), [a type](/types/fake-courir/) and [the draft](/cases/draft-case/).

        The [Chinese page](/zh/cases/lost-parcel/) and [a full address](https://alerts.example.org/tactics/nothing/#top).

        ![the fake page](/assets/claim-page.png)

        Fine: [the case](/cases/lost-parcel/), [home](/), [types](/types), [a feed](/feed.xml?x=1), [another site](https://www.gov.cn/cases/x/).
        """

    /// SPEC §2 says dangling references are errors: these were warnings, and the build published the broken links.
    @Test("a link or image to a page or file the site does not have is an error at its line and column, by build and check alike; one to a draft is a warning")
    func brokenLinks() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let file = alerts.appendingPathComponent("cases/2024/links.md")
        try Data(Self.brokenCase.utf8).write(to: file)
        let built = await buildSite(alerts: alerts, out: temp.child("site"))
        #expect(!built.succeeded, "\(built.report)")
        let warnings = built.diagnostics.filter { $0.code == "broken-link" }
        #expect(warnings.map { "\($0.line):\($0.column)" } == ["5:14", "5:45", "5:82", "7:20", "7:91", "9:18"], "\(warnings.map(\.formatted))")
        #expect(warnings.allSatisfy { $0.file == file.path })
        #expect(warnings.map(\.severity) == [.error, .error, .warning, .error, .error, .error])
        let hints = warnings.map { $0.hint ?? "" }
        #expect(hints[0] == "did you mean `/cases/lost-parcel/`?")
        #expect(hints[1] == "did you mean `/types/fake-courier/`?")
        #expect(hints[2].contains("`draft-case` is a draft"))
        #expect(hints[5].contains("Templates/assets/"))
        #expect(warnings[5].message.contains("image `/assets/claim-page.png`"))

        let check = checkSite(alerts: alerts)
        #expect(check.filter { $0.code == "broken-link" } == warnings)
    }

    /// A malformed-input review (fifty-ninth session): links to a case dated later in a language it is not written in, or
    /// to a page under it, were warnings that said "the link works once it is published"; a misspelt slug was offered the page itself.
    @Test("a link to an unpublished case's page that will never exist is an error, and a misspelt one is offered the unpublished case")
    func linksThatNeverWork() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let file = alerts.appendingPathComponent("cases/2024/links.md")
        try Data("---\ntitle: Links\ndate: 2024-03-01\n---\nSee [a](/zh/cases/future-case/), [b](/cases/future-case/page/2/), [c](/cases/future-cas/) and [d](/cases/future-case/).\n".utf8)
            .write(to: file)
        let found = checkSite(alerts: alerts).filter { $0.code == "broken-link" && $0.file == file.path }
        #expect(found.map { "\($0.line):\($0.column)" } == ["5:9", "5:38", "5:71", "5:99"], "\(found.map(\.formatted))")
        #expect(found.map(\.severity) == [.error, .error, .error, .warning])
        #expect(found.first?.hint == "case `future-case` has no `zh` translation: link to `/cases/future-case/`, or add `future-case.zh.md`")
        #expect(found.dropFirst().first?.hint == "did you mean `/cases/future-case/` (not yet published)?")
        #expect(found.dropFirst(2).first?.hint == "did you mean `/cases/future-case/` (not yet published)?")
        #expect(found.last?.hint?.contains("not yet published (its date is later)") == true)
    }

    /// A malformed-input review (sixty-first session): a link past a list's last page was offered the linking case's own page.
    @Test("a link past a list's last page is offered the list, with its number of pages")
    func linkPastLastPage() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let file = alerts.appendingPathComponent("cases/2024/links.md")
        try Data("---\ntitle: Links\ndate: 2024-03-01\n---\nSee [a](/cases/page/9/) and [b](/zh/types/fake-refund/page/3/).\n".utf8).write(to: file)
        let found = checkSite(alerts: alerts).filter { $0.code == "broken-link" && $0.file == file.path }
        #expect(found.map { "\($0.line):\($0.column)" } == ["5:9", "5:33"], "\(found.map(\.formatted))")
        #expect(found.first?.hint?.hasPrefix("the list at `/cases/` has 1 page: link to `/cases/`") == true, "\(found.map(\.formatted))")
        #expect(found.last?.hint?.hasPrefix("the list at `/zh/types/fake-refund/` has 1 page: link to `/zh/types/fake-refund/`") == true, "\(found.map(\.formatted))")
    }

    /// A malformed-input review (thirty-fifth session): a case with 10,000 links to missing pages
    /// took `check` 56 s, each warning searching the file for its place and measuring every page.
    @Test("a file's first 50 broken links are named, the rest counted in one warning")
    func manyBrokenLinks() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let file = alerts.appendingPathComponent("cases/2024/many.md")
        let links = (1...70).map { "[l\($0)](/cases/nope-\($0)/)" }.joined(separator: " ")
        try Data("---\ntitle: Many links\ndate: 2024-03-01\n---\nSee \(links).\n".utf8).write(to: file)
        let warnings = checkSite(alerts: alerts).filter { $0.code == "broken-link" && $0.file == file.path }
        #expect(warnings.count == 51, "\(warnings.count)")
        #expect(warnings.first { $0.line == 1 }?.message.hasPrefix("20 more link(s)") == true, "\(warnings.map(\.formatted))")
        #expect(warnings.filter { $0.line == 5 }.count == 50)
    }

    /// An editor's review (thirty-fourth session): a link copied from the original into its
    /// translation led the translation's readers to the original's language without a word.
    @Test("a translation's link to a default-language page that its language has too is a warning with the address to write")
    func translationLinksToOriginal() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let file = alerts.appendingPathComponent("cases/2024/zh-links.zh.md")
        try Data("""
            ---
            title: 链接
            date: 2024-03-01
            ---
            见[退款电话一案](/cases/refund-call/)和[丢件一案](/cases/lost-parcel/)。

            [中文页](/zh/cases/refund-call/)、[类型](https://alerts.example.org/types/)、[图片](/assets/style.css)。
            """.utf8).write(to: file)
        let built = await buildSite(alerts: alerts, out: temp.child("site"))
        try #require(built.succeeded, "\(built.report)")
        // refund-call has a Chinese page; lost-parcel has none, so the English one is the only one.
        // The scam types' list is made in both languages.
        let warnings = built.diagnostics.filter { $0.code == "other-language-link" }
        #expect(warnings.map { "\($0.line):\($0.column)" } == ["5:11", "7:62"], "\(warnings.map(\.formatted))")
        #expect(warnings.first?.hint == "write `/zh/cases/refund-call/` for the `zh` page")
        #expect(warnings.last?.hint == "write `/zh/types/` for the `zh` page")
        #expect(warnings.allSatisfy { $0.file == file.path && $0.severity == .warning && $0.message.contains("the page in `en`") })
        #expect(checkSite(alerts: alerts).filter { $0.code == "other-language-link" } == warnings)
    }

    @Test("a body that links to every file a build makes has no broken link")
    func everyFileIsFound() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let reference = await buildSite(alerts: alerts, out: temp.child("reference"))
        try #require(reference.succeeded, "\(reference.report)")
        let files = folderEntries(temp.child("reference")).filter {
            !SiteWriter.isState($0) && !$0.hasPrefix(MemoFile.name) && $0.contains(".")
        }
        try #require(files.count > 50 && files.contains("zh/cases/zh-only/index.html") && files.contains { $0.hasSuffix(".pdf") })
        let links = files.map { path in
            let target = path.hasSuffix("index.html") ? "/" + path.dropLast("index.html".count) : "/" + path
            return "[\(path)](\(target))"
        }
        try Data((Self.brokenCase.split(separator: "\n").prefix(4).joined(separator: "\n") + "\n" + links.joined(separator: "\n\n") + "\n").utf8)
            .write(to: alerts.appendingPathComponent("cases/2024/links.md"))
        let built = await buildSite(alerts: alerts, out: temp.child("site"))
        try #require(built.succeeded, "\(built.report)")
        #expect(built.diagnostics.filter { $0.code == "broken-link" }.map(\.formatted) == [])
    }

    /// The flyers' glyph warnings and these link warnings find their line this way; a CRLF file
    /// counted as one line before.
    @Test("where a text is written: its line and column in Unicode scalars, with CRLF, CR and LF lines alike")
    func writtenTextLocation() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let file = temp.child("advice.yml")
        // U+2028, NEL, VT and FF inside a line end none (a malformed-input review, thirty-third session).
        try Data("- a\u{2028}x\u{85}y\u{0B}z\u{0C}\r\n- b\r- 👨‍👩‍👧 c 🤐\n".utf8).write(to: file)
        var written = WrittenText(fileSystem: DiskFileSystem())
        #expect(written.location(of: "🤐", in: file.path) == SourceLocation(file: file.path, line: 3, column: 11))
        #expect(written.location(of: "- b", in: file.path)?.line == 2)
        #expect(written.location(of: "nowhere", in: file.path) == nil)
    }

    func checkSite(alerts: URL) -> [Diagnostic] {
        let content = ContentPipeline.check(alerts: alerts.path, fileSystem: unsettledDisk, clock: fixtureClock)
        return content.diagnostics + TemplateCheck.diagnostics(folder: Paths.templates.path, bulletin: content.bulletin, fileSystem: unsettledDisk)
    }
}
