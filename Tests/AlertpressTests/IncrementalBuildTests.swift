import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// Issue 6: a build into an existing site redoes only what an edit affects, and its result is byte
/// for byte a clean build of the same content (build state included), whatever the edit.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// An edit of the fixture copy in `alerts` (and the templates copy in `templates`).
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        /// Applied before the first build.
        var setup: @Sendable (_ alerts: URL, _ templates: URL) throws -> Void = { _, _ in }
        var apply: @Sendable (_ alerts: URL, _ templates: URL) throws -> Void
        /// The clock of the build after the edit.
        var clock: BuildClock = fixtureClock
        var testDescription: String { name }
    }

    static func replace(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path + ": no `\(old)`"]) }
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: false, encoding: .utf8)
    }

    static func append(_ file: URL, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// A case whose text runs past the 4,000 characters the search index holds, with its own summary.
    static func writeLongCase(in alerts: URL) throws -> URL {
        let file = alerts.appendingPathComponent("cases/2024/long-story.md")
        let paragraphs = (1...60).map { "Paragraph \($0): the caller kept the victim on the line and asked for one more transfer." }
        try ("---\ntitle: A long story\ndate: 2024-11-03\nsummary: One call, sixty transfers.\n---\n"
             + paragraphs.joined(separator: "\n\n") + "\n").write(to: file, atomically: false, encoding: .utf8)
        return file
    }

    static let edits: [Edit] = [
        Edit(name: "a paragraph added to a case body") { alerts, _ in
            try append(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "\nThe courier later confirmed the parcel was never lost.\n")
        },
        Edit(name: "a paragraph added past what the search index holds of a long case",
             setup: { alerts, _ in _ = try writeLongCase(in: alerts) },
             apply: { alerts, _ in try append(alerts.appendingPathComponent("cases/2024/long-story.md"), "\nUpdate: the bank froze the account.\n") }),
        Edit(name: "a case title on the last page of a long list",
             setup: { alerts, _ in try PaginationTests.addCases(to: alerts) },
             apply: { alerts, _ in
                 try replace(alerts.appendingPathComponent("cases/2023/bulk-001.md"), "title: Parcel call number 1\n", "title: Parcel call number one\n")
             }),
        // The fixture lists 2 English cases: 98 more fill two pages. An older case starts a third
        // page, and the second, whose cases stay the same, gets a link to it.
        Edit(name: "the oldest case of a long list added on a new page",
             setup: { alerts, _ in try PaginationTests.addCases(to: alerts, count: 98) },
             apply: { alerts, _ in
                 try "---\ntitle: The oldest parcel call\ndate: 2022-06-01\nscam_types: [fake-courier]\n---\nA caller asked for a fee.\n"
                     .write(to: alerts.appendingPathComponent("cases/2023/bulk-000.md"), atomically: false, encoding: .utf8)
             }),
        // English has three pages of all cases, Chinese one; 50 Chinese cases give it a second, and
        // the English second page, whose cases stay the same, now has a Chinese version.
        Edit(name: "the other language's list grows a page",
             setup: { alerts, _ in try PaginationTests.addCases(to: alerts) },
             apply: { alerts, _ in
                 for index in 1...50 {
                     try "---\ntitle: 第\(index)起快递理赔电话\ndate: 2023-03-\(String(format: "%02d", index % 28 + 1))\nscam_types: [fake-courier]\n---\n来电者称包裹丢失，要求交费。\n"
                         .write(to: alerts.appendingPathComponent("cases/2023/zh-bulk-\(index).zh.md"), atomically: false, encoding: .utf8)
                 }
             }),
        Edit(name: "a case title, shown in lists, feeds and related cases") { alerts, _ in
            try replace(alerts.appendingPathComponent("cases/2024/refund-call.md"), "title: Refund call empties a shopper's card",
                        "title: Refund call empties a shopper's bank card")
        },
        Edit(name: "a declared scam type changed") { alerts, _ in
            try replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "scam_types: [fake-courier]", "scam_types: [fake-refund]")
        },
        Edit(name: "a new case") { alerts, _ in
            try """
            ---
            title: Fake courier asks for a customs fee
            date: 2024-11-08
            region: Xi'an
            loss: {amount: 1200, currency: CNY}
            ---
            A caller said a parcel was held at customs and sent a payment link for the fee.
            """.write(to: alerts.appendingPathComponent("cases/2024/customs-fee.md"), atomically: false, encoding: .utf8)
        },
        Edit(name: "a new case of a campaign's focus type, outside the campaign: templates may show each focus type's count",
             setup: { _, templates in
                 try replace(templates.appendingPathComponent("campaign.mustache"), "{{summary}}</p>", "{{summary}} {{count}}</p>")
             },
             apply: { alerts, _ in
            try """
            ---
            title: Refund caller asks for a screen share
            date: 2024-06-03
            scam_types: [fake-refund]
            ---
            A caller offered a refund for a faulty order and asked the shopper to share her screen.
            """.write(to: alerts.appendingPathComponent("cases/2024/screen-share.md"), atomically: false, encoding: .utf8)
             }),
        Edit(name: "a case deleted, with its translation") { alerts, _ in
            try FileManager.default.removeItem(at: alerts.appendingPathComponent("cases/2024/refund-call.md"))
            try FileManager.default.removeItem(at: alerts.appendingPathComponent("cases/2024/refund-call.zh.md"))
        },
        Edit(name: "a translation added") { alerts, _ in
            try """
            ---
            title: 包裹丢失“理赔”致损失
            ---
            来电者称她的包裹丢失，并提出快递公司双倍赔偿。她输入了短信验证码，4000元被转走。
            """.write(to: alerts.appendingPathComponent("cases/2024/lost-parcel.zh.md"), atomically: false, encoding: .utf8)
        },
        // The translation's own title is the original's, so Chinese lists mark it as English. Once
        // the original's title changes, nothing of the translation has, but its lists lose the mark.
        Edit(name: "an original's title that its translation repeated word for word",
             setup: { alerts, _ in
                 try """
                 ---
                 title: Lost parcel "compensation" leads to a loss
                 summary: 快递“理赔”骗局。
                 ---
                 来电者称她的包裹丢失，并提出快递公司双倍赔偿。
                 """.write(to: alerts.appendingPathComponent("cases/2024/lost-parcel.zh.md"), atomically: false, encoding: .utf8)
             },
             apply: { alerts, _ in
                 try replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "title: Lost parcel \"compensation\" leads to a loss",
                             "title: Lost parcel \"compensation\" empties a card")
             }),
        Edit(name: "a published case made a draft") { alerts, _ in
            try replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "region: Chengdu", "region: Chengdu\ndraft: true")
        },
        Edit(name: "a new scam host in one case's indicators, named and linked in another case's text",
             setup: { alerts, _ in
                 try """
                 ---
                 title: Police warn of look-alike sites
                 date: 2024-11-01
                 ---
                 The notice at [the police site](https://notice.police.example.gov/1) lists notice.police.example.gov pages.
                 """.write(to: alerts.appendingPathComponent("cases/2024/look-alike.md"), atomically: false, encoding: .utf8)
             },
             apply: { alerts, _ in
                 try replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "loss: {amount: 4000, currency: CNY}",
                             "loss: {amount: 4000, currency: CNY}\nindicators: [\"https://notice.police.example.gov/fake\"]")
             }),
        Edit(name: "advice text in the library") { alerts, _ in
            try replace(alerts.appendingPathComponent("advice.yml"), "Never tell anyone an SMS verification code.",
                        "Never tell anyone an SMS verification code. Not even the bank.")
        },
        Edit(name: "the site title in site.yml") { alerts, _ in
            try replace(alerts.appendingPathComponent("site.yml"), "title: Test Anti-Fraud Bulletin", "title: Test Anti-Fraud Bulletin (Edited)")
        },
        Edit(name: "a logo added in site.yml") { alerts, _ in
            try append(alerts.appendingPathComponent("site.yml"), "logo: /assets/logo.png\n")
        },
        Edit(name: "the logo image replaced by one of another size, under the same name",
             setup: { alerts, _ in try append(alerts.appendingPathComponent("site.yml"), "logo: /assets/logo.png\n") },
             apply: { _, templates in
                 let logo = templates.appendingPathComponent("assets/logo.png")
                 try FileManager.default.removeItem(at: logo)
                 try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("images/wide-logo.png"), to: logo)
             }),
        Edit(name: "a file for the site's root added, and a hidden one") { _, templates in
            let root = templates.appendingPathComponent("root/.well-known")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data("alerts.example.org\n".utf8).write(to: templates.appendingPathComponent("root/CNAME"))
            try Data("Contact: mailto:security@example.org\n".utf8).write(to: root.appendingPathComponent("security.txt"))
        },
        Edit(name: "the case template") { _, templates in
            try append(templates.appendingPathComponent("case.mustache"), "<p>Template edited.</p>\n")
        },
        Edit(name: "nothing but the clock: the future case becomes due, the campaign leaves its season",
             apply: { _, _ in }, clock: .day(LocalDay(year: 2025, month: 6, day: 2))),
    ]

    @Test("after each kind of edit, the incremental build equals a clean build byte for byte", arguments: edits)
    func editEqualsClean(_ edit: Edit) async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let templates = temp.child("Templates")
        try copyFolder(Paths.templates, to: templates)
        let out = temp.child("site")
        try edit.setup(alerts, templates)
        let first = await buildSite(alerts: alerts, templates: templates, out: out)
        try #require(first.succeeded, "\(first.report)")
        let before = snapshot(out)

        try edit.apply(alerts, templates)
        let incremental = await buildSite(alerts: alerts, templates: templates, out: out, clock: edit.clock)
        try #require(incremental.succeeded, "\(incremental.report)")
        let clean = temp.child("clean")
        let fresh = await buildSite(alerts: alerts, templates: templates, out: clean, clock: edit.clock)
        try #require(fresh.succeeded, "\(fresh.report)")

        let after = snapshot(out)
        #expect(ReproducibilityTests.differences(after, snapshot(clean)) == [])
        #expect(folderEntries(out) == folderEntries(clean))
        #expect(incremental.diagnostics == fresh.diagnostics)
        #expect(ReproducibilityTests.differences(before, after).filter { !SiteWriter.isState($0) } != [], "the edit shows")
    }

    @Test("a case renamed with its translation left behind: the old addresses are named as no longer published, and check says why the translation lacks its keys")
    func renamedCase() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let out = temp.child("site")
        let first = await buildSite(alerts: alerts, templates: Paths.templates, out: out)
        try #require(first.succeeded, "\(first.report)")
        #expect(first.retiredCasePages == [])
        let cases = alerts.appendingPathComponent("cases/2024")
        try FileManager.default.moveItem(at: cases.appendingPathComponent("refund-call.md"), to: cases.appendingPathComponent("refund-call-wuhan.md"))
        let orphaned = await buildSite(alerts: alerts, templates: Paths.templates, out: out)
        #expect(!orphaned.succeeded)
        #expect(orphaned.diagnostics.contains { $0.file.hasSuffix("refund-call.zh.md") && $0.message.contains("named as a translation of `refund-call.md`, which does not exist") },
                "\(orphaned.report)")
        try FileManager.default.moveItem(at: cases.appendingPathComponent("refund-call.zh.md"), to: cases.appendingPathComponent("refund-call-wuhan.zh.md"))
        let renamed = await buildSite(alerts: alerts, templates: Paths.templates, out: out)
        try #require(renamed.succeeded, "\(renamed.report)")
        #expect(renamed.retiredCasePages == ["/cases/refund-call/", "/zh/cases/refund-call/"])
        let again = await buildSite(alerts: alerts, templates: Paths.templates, out: out)
        #expect(again.retiredCasePages == [])
    }

    /// An editor's maintenance day (thirty-fifth session): a campaign renamed took down its pages,
    /// feeds and the flyers whose QR codes point at them, and the build said only "built".
    @Test("a campaign renamed: its pages and flyers are named as no longer published, once each, and not again")
    func renamedCampaign() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let campaigns = alerts.appendingPathComponent("campaigns")
        for suffix in ["md", "zh.md"] {
            try FileManager.default.moveItem(at: campaigns.appendingPathComponent("double-11.\(suffix)"), to: campaigns.appendingPathComponent("singles-day.\(suffix)"))
        }
        let renamed = await buildSite(alerts: alerts, templates: Paths.templates, out: out)
        try #require(renamed.succeeded, "\(renamed.report)")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("flyers").path).filter { $0.hasPrefix("singles-day-") }
        try #require(!pdfs.isEmpty)
        let expected = ["/campaigns/double-11/", "/zh/campaigns/double-11/"]
            + pdfs.flatMap { ["/flyers/" + $0, "/zh/flyers/" + $0] }.map { $0.replacingOccurrences(of: "singles-day-", with: "double-11-") }
        #expect(renamed.retiredAddresses == expected.sorted(), "the printable flyer page and feed inside the campaign's folder are not named again")
        #expect(renamed.retiredCasePages == [])
        let again = await buildSite(alerts: alerts, templates: Paths.templates, out: out)
        #expect(again.retiredAddresses == [])
    }

    @Test("a flyer that cannot be made fails the build, and the previous site stays as it was")
    func flyerFailure() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let before = snapshot(out)
        // No QR code holds a URL this long, so every flyer fails; the pages alone would build.
        try Self.replace(alerts.appendingPathComponent("site.yml"), "base_url: https://alerts.example.org",
                         "base_url: https://alerts.example.org/" + String(repeating: "a", count: 3000))
        let result = await buildSite(alerts: alerts, out: out)
        #expect(!result.succeeded)
        let failures = result.diagnostics.filter { $0.code == "flyer-failed" }
        #expect(!failures.isEmpty && failures.allSatisfy { $0.severity == .error && $0.file.hasSuffix(".pdf") })
        #expect(failures.map(\.file) == failures.map(\.file).sorted(), "in path order")
        #expect(ReproducibilityTests.differences(snapshot(out), before) == [])
    }

    @Test("a flyer with no room for every hotline warns on every build, made again each time, until the hotlines fit")
    func hotlinesLeftOutWarnEveryBuild() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let many = (1...14).map { "  - {label: Line \($0), number: \"9611\($0)\"}\n" }.joined()
        try Self.replace(alerts.appendingPathComponent("site.yml"), "  - {label: Police, number: \"110\"}\n", many)
        for build in 1...2 {
            let result = await buildSite(alerts: alerts, out: out)
            try #require(result.succeeded, "\(result.report)")
            let warnings = result.diagnostics.filter { $0.code == "flyer-hotlines" }
            // At site.yml's `hotlines:`, once for each set of numbers left out.
            #expect(!warnings.isEmpty && warnings.allSatisfy { $0.severity == .warning && $0.file.hasSuffix("/site.yml") && $0.line == 7 }, "build \(build)")
            #expect(Set(warnings.map(\.message)).count == warnings.count, "\(warnings)")
            if build == 2 { #expect(result.written == 0, "made again, the same bytes: nothing is written") }
        }
    }

    @Test("one edited case: only that case is worked out again, and only the pages that show it are rendered")
    func editRendersLittle() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let unchanged = await buildSite(alerts: alerts, out: out)
        try #require(unchanged.succeeded, "\(unchanged.report)")
        #expect(unchanged.rendered == 0 && unchanged.written == 0)
        // Drafts and future cases are kept out of the output folder, memo included: they are worked out every time.
        #expect(unchanged.processedCases == 2)

        try Self.append(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "\nThe courier later confirmed the parcel was never lost.\n")
        let before = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let edited = await buildSite(alerts: alerts, out: out)
        try #require(edited.succeeded, "\(edited.report)")
        #expect(edited.processedCases == unchanged.processedCases + 1)
        #expect(edited.reusedCases == unchanged.reusedCases - 1)
        // lost-parcel is in English only: its page, the English lists and feeds that show it.
        #expect(edited.rendered > 0)
        #expect(edited.rendered < edited.pages / 2, "rendered \(edited.rendered) of \(edited.pages) pages")
        let after = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let rewritten = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(rewritten.contains("cases/lost-parcel/index.html"))
        #expect(!rewritten.contains { $0.hasPrefix("zh/") }, "\(rewritten)")
        #expect(!rewritten.contains { $0.hasSuffix(".pdf") }, "the flyers read only tags and the newest case: \(rewritten)")
    }

    @Test("files deleted or changed by hand in --out are written again, as a clean build has them; the rest stay untouched")
    func handDamagedFilesRestored() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let manager = FileManager.default
        let before = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        func file(_ path: String) -> String { out.appendingPathComponent(path).path }
        let feed = try #require(manager.contents(atPath: file("feed.xml")))
        let manifestTime = try #require(try manager.attributesOfItem(atPath: file(SiteWriter.manifestName))[.modificationDate] as? Date)
        let zhTypes = before.keys.filter { $0.hasPrefix("zh/types/") }
        try #require(!zhTypes.isEmpty)

        // A file system may keep times no finer than a few milliseconds: the edits come later than that.
        try await Task.sleep(for: .milliseconds(30))
        try manager.removeItem(atPath: file("index.html"))
        try manager.removeItem(atPath: file("zh/types"))
        try Data().write(to: out.appendingPathComponent("atom.xml"))
        // The same size, other bytes, and the old modification time put back: found by its
        // status-change time, which no tool can set back.
        try Data(repeating: UInt8(ascii: "x"), count: feed.count).write(to: out.appendingPathComponent("feed.xml"))
        try manager.setAttributes([.modificationDate: manifestTime.addingTimeInterval(-60)], ofItemAtPath: file("feed.xml"))
        // A folder where a page was.
        try manager.removeItem(atPath: file("cases/lost-parcel/index.html"))
        try manager.createDirectory(atPath: file("cases/lost-parcel/index.html"), withIntermediateDirectories: false)

        let rebuilt = await buildSite(alerts: alerts, out: out)
        try #require(rebuilt.succeeded, "\(rebuilt.report)")
        let clean = temp.child("clean")
        let fresh = await buildSite(alerts: alerts, out: clean)
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(clean)) == [])
        #expect(folderEntries(out) == folderEntries(clean))
        let damaged = ["index.html", "atom.xml", "feed.xml", "cases/lost-parcel/index.html"] + zhTypes
        #expect(rebuilt.written == damaged.count)
        let after = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let rewritten = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(rewritten == damaged.sorted())
    }

    /// A review of the change above: a page edited by hand was dropped from the manifest, so when its
    /// case then became a draft, the build neither made nor removed it.
    @Test("a page edited by hand whose case is then taken down is removed, as a clean build has it")
    func handEditedPageOfRemovedCase() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        try await Task.sleep(for: .milliseconds(30))
        let page = out.appendingPathComponent("cases/lost-parcel/index.html")
        try Data("<p>fixed by hand</p>".utf8).write(to: page)
        try Self.replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "\n---\n", "\ndraft: true\n---\n")
        let rebuilt = await buildSite(alerts: alerts, out: out)
        try #require(rebuilt.succeeded, "\(rebuilt.report)")
        let fresh = await buildSite(alerts: alerts, out: temp.child("clean"))
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(!FileManager.default.fileExists(atPath: page.path))
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(temp.child("clean"))) == [])
    }

    /// A review (thirty-second session): the flyers' inputs held the build's instant, so every build
    /// without `--now DAY` (every editor's) made every flyer again, for the same bytes.
    @Test("builds at two times of one day render nothing again; the next day's build makes the flyers again, dated that day")
    func flyersKeptForTheirIssueDay() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let out = temp.child("site")
        // 09:00 and 21:00 on 10 November 2024 in Shanghai (UTC+8), then 09:00 on the 11th.
        let morning = Date(timeIntervalSince1970: 1_731_200_400)
        let first = await buildSite(alerts: alerts, out: out, clock: .instant(morning))
        try #require(first.succeeded, "\(first.report)")
        let evening = await buildSite(alerts: alerts, out: out, clock: .instant(morning.addingTimeInterval(12 * 3600)))
        try #require(evening.succeeded, "\(evening.report)")
        #expect(evening.rendered == 0 && evening.written == 0)

        let before = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let nextDay = await buildSite(alerts: alerts, out: out, clock: .instant(morning.addingTimeInterval(24 * 3600)))
        try #require(nextDay.succeeded, "\(nextDay.report)")
        let after = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let flyers = after.keys.filter { $0.hasSuffix(".pdf") }
        #expect(flyers.count == nextDay.flyers && !flyers.isEmpty)
        #expect(flyers.allSatisfy { after[$0] != before[$0] }, "every flyer prints its issue day")
        let fresh = await buildSite(alerts: alerts, out: temp.child("clean"), clock: .instant(morning.addingTimeInterval(24 * 3600)))
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(temp.child("clean"))) == [])
    }

    /// A malformed-input review (fortieth session): `site/.git`, a GitHub Pages deployment, was removed as made by hand.
    @Test("a version-control repository at the top of --out stays, untouched, through builds that change the site")
    func versionControlKept() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        try await Task.sleep(for: .milliseconds(30))
        let git = out.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: git.appendingPathComponent("refs/heads"), withIntermediateDirectories: true)
        try Data("ref: refs/heads/main\n".utf8).write(to: git.appendingPathComponent("HEAD"))
        try Data("x".utf8).write(to: out.appendingPathComponent("stray.txt"))
        let kept = snapshot(git)
        let rebuilt = await buildSite(alerts: alerts, out: out)
        try #require(rebuilt.succeeded, "\(rebuilt.report)")
        #expect(rebuilt.removedByHand == ["stray.txt"], "the repository is no file made by hand")
        #expect(snapshot(git) == kept && !kept.isEmpty)
    }

    /// A review (thirty-first session): files added by hand stayed in `--out` for good.
    @Test("files and folders added by hand to --out are removed, as a clean build has none, and named; the rest stay untouched")
    func handAddedFilesRemoved() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let manager = FileManager.default
        let before = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        try await Task.sleep(for: .milliseconds(30))
        try Data("alerts.example.org\n".utf8).write(to: out.appendingPathComponent("CNAME"))
        try manager.createDirectory(at: out.appendingPathComponent("extra/deep"), withIntermediateDirectories: true)
        try Data("<p>old</p>".utf8).write(to: out.appendingPathComponent("extra/deep/page.html"))
        try Data("notes".utf8).write(to: out.appendingPathComponent("cases/lost-parcel/notes.txt"))
        try Data("x".utf8).write(to: out.appendingPathComponent("zh/.hidden"))
        try manager.createSymbolicLink(atPath: out.appendingPathComponent("dangling").path, withDestinationPath: temp.child("nowhere").path)
        // As `rsync -a`, `cp -a` or `tar x` leave a folder: its modification time set back (not its status-change time).
        try manager.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: out.appendingPathComponent("zh").path)

        let rebuilt = await buildSite(alerts: alerts, out: out)
        try #require(rebuilt.succeeded, "\(rebuilt.report)")
        #expect(rebuilt.removedByHand == ["CNAME", "cases/lost-parcel/notes.txt", "dangling", "extra", "zh/.hidden"])
        #expect(rebuilt.written == 0)
        let fresh = await buildSite(alerts: alerts, out: temp.child("clean"))
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(folderEntries(out) == folderEntries(temp.child("clean")))
        #expect(try ReproducibilityTests.identities(out, excluding: SiteWriter.isState) == before)
        #expect(try manager.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "clean", "site"])

        let again = await buildSite(alerts: alerts, out: out)
        #expect(again.succeeded && again.removedByHand.isEmpty)
    }

    /// A review (thirty-second session): a build stopped after making a new page's folder and before
    /// putting its manifest in place left that folder unlisted; the next build removed it as added by
    /// hand, and with it the page it had just made.
    @Test("a folder that a build makes but the manifest does not list yet (a build stopped before it) is no stray: its page stays")
    func unlistedFolderOfANewPage() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        try await Task.sleep(for: .milliseconds(30))
        let text = try String(contentsOf: alerts.appendingPathComponent("cases/2024/lost-parcel.md"), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "title:", with: "title: Again,").utf8).write(to: alerts.appendingPathComponent("cases/2024/lost-parcel-again.md"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("cases/lost-parcel-again"), withIntermediateDirectories: false)
        // What else such a folder holds is no build's (the re-test, same session): removed and named.
        try Data("notes".utf8).write(to: out.appendingPathComponent("cases/lost-parcel-again/notes.txt"))
        let rebuilt = await buildSite(alerts: alerts, out: out)
        try #require(rebuilt.succeeded, "\(rebuilt.report)")
        #expect(rebuilt.removedByHand == ["cases/lost-parcel-again/notes.txt"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("cases/lost-parcel-again/index.html").path))
        let fresh = await buildSite(alerts: alerts, out: temp.child("clean"))
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(temp.child("clean"))) == [])
    }

    /// A review (thirty-second session): a page's folder replaced by a link to a folder elsewhere was
    /// written through, and when its case was taken down the page there was deleted through it.
    @Test("a page folder replaced by a link to a folder outside --out is replaced by a folder; nothing is written or removed through it")
    func linkedPageFolder() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let manager = FileManager.default
        let outside = temp.child("elsewhere")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("<p>someone else's</p>".utf8).write(to: outside.appendingPathComponent("index.html"))
        try await Task.sleep(for: .milliseconds(30))
        try manager.removeItem(at: out.appendingPathComponent("cases/lost-parcel"))
        try manager.createSymbolicLink(at: out.appendingPathComponent("cases/lost-parcel"), withDestinationURL: outside)
        let rebuilt = await buildSite(alerts: alerts, out: out)
        try #require(rebuilt.succeeded, "\(rebuilt.report)")
        #expect(rebuilt.removedByHand == ["cases/lost-parcel"])
        #expect(try String(contentsOf: outside.appendingPathComponent("index.html"), encoding: .utf8) == "<p>someone else's</p>")
        #expect(try manager.attributesOfItem(atPath: out.appendingPathComponent("cases/lost-parcel").path)[.type] as? FileAttributeType == .typeDirectory)
        let fresh = await buildSite(alerts: alerts, out: temp.child("clean"))
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(temp.child("clean"))) == [])

        // Linked again, then the case taken down: the link goes, the folder it leads to stays whole.
        try await Task.sleep(for: .milliseconds(30))
        try manager.removeItem(at: out.appendingPathComponent("cases/lost-parcel"))
        try manager.createSymbolicLink(at: out.appendingPathComponent("cases/lost-parcel"), withDestinationURL: outside)
        try Self.replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "\n---\n", "\ndraft: true\n---\n")
        let takenDown = await buildSite(alerts: alerts, out: out)
        try #require(takenDown.succeeded, "\(takenDown.report)")
        #expect(try String(contentsOf: outside.appendingPathComponent("index.html"), encoding: .utf8) == "<p>someone else's</p>")
        #expect((try? manager.destinationOfSymbolicLink(atPath: out.appendingPathComponent("cases/lost-parcel").path)) == nil)
    }

    /// A review (thirty-second session): a build stopped between moving the previous site aside and
    /// moving the new one in left no `--out`, and a build that then failed did not put it back.
    @Test("a site left beside --out by a whole-site commit stopped halfway is put back by the next build, one that fails too")
    func retiredSiteRestored() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let before = FolderState(out)
        try FileManager.default.moveItem(at: out, to: temp.child(".site.previous"))
        try Self.replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "region: Chengdu", "regoin: Chengdu")
        let failed = await buildSite(alerts: alerts, out: out)
        #expect(!failed.succeeded)
        #expect(FolderState(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "site"])
    }

    /// README: deleting the build state makes the next build a full one (it was refused as a folder
    /// alertpress had not made).
    @Test("with its manifest deleted, a site is recognised by its memo and built again whole, as a clean build has it")
    func deletedManifestMeansFullBuild() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        try FileManager.default.removeItem(at: out.appendingPathComponent(SiteWriter.manifestName))
        try Data("x".utf8).write(to: out.appendingPathComponent("stray.txt"))
        let rebuilt = await buildSite(alerts: alerts, out: out)
        try #require(rebuilt.succeeded, "\(rebuilt.report)")
        #expect(rebuilt.written == rebuilt.files)
        let fresh = await buildSite(alerts: alerts, out: temp.child("clean"))
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(temp.child("clean"))) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "clean", "site"])
    }

    @Test("the search index is made again when what it holds of a case changes, not for an edit past that")
    func searchIndexKeyedOnWhatItHolds() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let file = try Self.writeLongCase(in: alerts)
        let out = temp.child("site")
        let first = await buildSite(alerts: alerts, out: out)
        try #require(first.succeeded, "\(first.report)")

        try Self.append(file, "\nUpdate: the bank froze the account.\n")
        let tail = await buildSite(alerts: alerts, out: out)
        try #require(tail.succeeded, "\(tail.report)")
        try Self.replace(file, "Paragraph 1:", "Paragraph one:")
        let head = await buildSite(alerts: alerts, out: out)
        try #require(head.succeeded, "\(head.report)")
        // The same pages and feeds show both edits; only the second changes the index's text.
        #expect(tail.rendered > 0)
        #expect(head.rendered == tail.rendered + 1, "\(head.rendered) against \(tail.rendered)")
        let index = try String(contentsOf: out.appendingPathComponent("search-index.json"), encoding: .utf8)
        #expect(index.contains("Paragraph one:") && !index.contains("Paragraph 1:"))
        #expect(!index.contains("froze"), "past the excerpt")
    }

    @Test("a new case with new scam and source hosts works out again only the cases whose text names them")
    func newHostsReworkWhatNamesThem() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        func addCase(_ name: String, indicator: String) throws {
            try """
            ---
            title: Look-alike shop \(name)
            date: 2024-11-02
            indicators: ["\(indicator)"]
            sources:
              - {name: Shop Watch, url: "https://watch-\(name).example.com/report"}
            ---
            A shopper paid a deposit on a look-alike shop and never heard back.
            """.write(to: alerts.appendingPathComponent("cases/2024/shop-\(name).md"), atomically: false, encoding: .utf8)
        }
        // Trusted until a case lists it among its indicators: then it is a scam site's.
        let siteFile = alerts.appendingPathComponent("site.yml")
        try (String(contentsOf: siteFile, encoding: .utf8) + "\ntrusted_domains: [refunds.example.net]\n").write(to: siteFile, atomically: false, encoding: .utf8)
        try #require(await buildSite(alerts: alerts, out: out).succeeded)
        try """
        ---
        title: A refund site that copies a courier
        date: 2024-11-01
        ---
        Its [claim page](https://refunds.example.net/claim) looked real; refunds.example.net was registered a week earlier.
        """.write(to: alerts.appendingPathComponent("cases/2024/copied-courier.md"), atomically: false, encoding: .utf8)
        let named = await buildSite(alerts: alerts, out: out)
        try #require(named.succeeded, "\(named.report)")
        let always = named.processedCases - 1   // the draft and the future case
        let page = out.appendingPathComponent("cases/copied-courier/index.html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("href=\"https://refunds.example.net/claim\">claim page</a> looked real; refunds.example.net was registered"))

        // Hosts that no other case names: only the new case is worked out, and no other case page is rendered.
        try addCase("one", indicator: "https://shop-one.example")
        let before = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let unrelated = await buildSite(alerts: alerts, out: out)
        try #require(unrelated.succeeded, "\(unrelated.report)")
        #expect(unrelated.processedCases == always + 1)
        let after = try ReproducibilityTests.identities(out, excluding: SiteWriter.isState)
        let rewritten = after.keys.filter { after[$0] != before[$0] }
        #expect(!rewritten.contains { $0.hasPrefix("cases/") && $0 != "cases/index.html" && !$0.hasPrefix("cases/shop-one/") }, "\(rewritten.sorted())")

        // A scam host that another case names and links: that case is worked out again, and shows it defanged.
        try addCase("two", indicator: "https://refunds.example.net/claim")
        let flagged = await buildSite(alerts: alerts, out: out)
        try #require(flagged.succeeded, "\(flagged.report)")
        #expect(flagged.processedCases == always + 2)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("refunds[.]example[.]net was registered"))
        #expect(!html.contains("href=\"https://refunds.example.net"))
        let clean = temp.child("clean")
        let fresh = await buildSite(alerts: alerts, out: clean)
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(clean)) == [])
    }

    @Test("a damaged or foreign memo is ignored: the build does all the work and equals a clean build")
    func damagedMemo() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let clean = snapshot(out)
        let memoFiles = clean.filter { MemoFile.isMemoFile($0.key) }
        try #require(memoFiles.count == CaseMemo.shardCount + 2, "the shards, the taxonomy and the related cases")
        // What decides whether a build only hashes the case files: this program's memo, of this `Alerts/` path.
        #expect(MemoFile.isStored(in: out, tool: "", alerts: alerts.path))
        #expect(!MemoFile.isStored(in: out, tool: "another alertpress", alerts: alerts.path))
        #expect(!MemoFile.isStored(in: out, tool: "", alerts: temp.child("linked-alerts").path))
        #expect(!MemoFile.isStored(in: temp.child("nowhere"), tool: "", alerts: alerts.path))
        let damages: [(String, (Data) -> Data)] = [("cut in half", { $0.prefix($0.count / 2) }), ("reversed", { Data($0.reversed()) }), ("empty", { _ in Data() })]
        for (name, damage) in damages {
            for (path, bytes) in memoFiles { try damage(bytes).write(to: out.appendingPathComponent(path)) }
            // Only the header is read: a shard cut short still looks stored, and each case file is read again.
            #expect(MemoFile.isStored(in: out, tool: "", alerts: alerts.path) == (name == "cut in half"), "\(name)")
            let result = await buildSite(alerts: alerts, out: out)
            try #require(result.succeeded, "\(name): \(result.report)")
            #expect(result.reusedCases == 0, "\(name)")
            #expect(result.written == 0, "\(name)")
            #expect(ReproducibilityTests.differences(snapshot(out), clean) == [], "\(name)")
        }
        // One missing shard costs only its own groups, and is written again.
        let lostParcel = MemoFile.shardName(CaseMemo.shard(of: "lost-parcel"))
        let lostBytes = try #require(memoFiles[lostParcel])
        let inShard = try #require(CaseMemo(bytes: lostBytes, tool: "")).count
        try FileManager.default.removeItem(at: out.appendingPathComponent(lostParcel))
        let oneMissing = await buildSite(alerts: alerts, out: out)
        try #require(oneMissing.succeeded, "\(oneMissing.report)")
        #expect(inShard >= 1)
        #expect(oneMissing.processedCases == 2 + inShard, "the draft and the future case, and the groups of the lost shard")
        #expect(ReproducibilityTests.differences(snapshot(out), clean) == [])
        // A memo left as one file by an earlier version is replaced by the folder.
        try FileManager.default.removeItem(at: out.appendingPathComponent(MemoFile.name))
        try Data("an older memo".utf8).write(to: out.appendingPathComponent(MemoFile.name))
        let legacy = await buildSite(alerts: alerts, out: out)
        try #require(legacy.succeeded, "\(legacy.report)")
        #expect(legacy.reusedCases == 0)
        #expect(ReproducibilityTests.differences(snapshot(out), clean) == [])
        // The same folder under another path: cached diagnostics name files by the old path, so the
        // memo is not used, and the report says every case was worked out.
        let linked = temp.child("linked-alerts")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: alerts)
        let moved = await buildSite(alerts: linked, out: out)
        try #require(moved.succeeded, "\(moved.report)")
        #expect(moved.reusedCases == 0)
        #expect(moved.processedCases == legacy.processedCases && moved.processedCases > 2)
        // Another program's memo is not used either.
        let other = await SiteBuilder.build(BuildOptions(alerts: alerts.path, templates: Paths.templates.path, out: out.path,
                                                         clock: fixtureClock, tool: "another alertpress"), fileSystem: unsettledDisk)
        try #require(other.succeeded, "\(other.report)")
        #expect(other.reusedCases == 0)
        #expect(other.rendered >= other.pages - 1 + other.flyers, "every page but the 404 (always made) and every flyer ran again")
        #expect(ReproducibilityTests.differences(snapshot(out), clean) == memoFiles.keys.sorted())
    }

    @Test("an edit rewrites only the memo shard that holds the edited case; an unchanged build rewrites none")
    func editRewritesOneShard() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let before = try ReproducibilityTests.identities(out, excluding: { !MemoFile.isMemoFile($0) })
        try #require(before.count == CaseMemo.shardCount + 2, "the shards, the taxonomy and the related cases")
        let unchanged = await buildSite(alerts: alerts, out: out)
        try #require(unchanged.succeeded, "\(unchanged.report)")
        #expect(try ReproducibilityTests.identities(out, excluding: { !MemoFile.isMemoFile($0) }) == before)

        try Self.append(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "\nThe courier later confirmed the parcel was never lost.\n")
        let edited = await buildSite(alerts: alerts, out: out)
        try #require(edited.succeeded, "\(edited.report)")
        let after = try ReproducibilityTests.identities(out, excluding: { !MemoFile.isMemoFile($0) })
        #expect(after.keys.filter { after[$0] != before[$0] } == [MemoFile.shardName(CaseMemo.shard(of: "lost-parcel"))])
    }

    @Test("with settled files, a build trusts only unchanged signatures: any edit, new or removed case equals a clean build, state included")
    func knownFiles() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp, disk: settledDisk)
        // Every published case's file is known; the draft and the future case are not named.
        let table = out.appendingPathComponent(MemoFile.knownFilesName)
        let known = try #require(KnownFiles(bytes: Data(contentsOf: table), tool: "", alerts: alerts.path))
        let caseFiles = try ["2023", "2024", "2025"].flatMap { year in
            try FileManager.default.contentsOfDirectory(atPath: alerts.appendingPathComponent("cases/\(year)").path).map { "cases/\(year)/" + $0 }
        }
        let published = caseFiles.filter { !$0.contains("draft-case") && !$0.contains("future-case") }
        #expect(published.count == 5 && known.count == published.count)
        #expect(published.allSatisfy { known[$0] != nil })
        let tableIdentity = try ReproducibilityTests.identities(out, excluding: { $0 != MemoFile.knownFilesName })
        try #require(tableIdentity.count == 1)
        let unchanged = await buildSite(alerts: alerts, out: out, disk: settledDisk)
        try #require(unchanged.succeeded, "\(unchanged.report)")
        #expect(unchanged.written == 0 && unchanged.processedCases == 2)
        #expect(try ReproducibilityTests.identities(out, excluding: { $0 != MemoFile.knownFilesName }) == tableIdentity, "not written again")

        let lostParcel = alerts.appendingPathComponent("cases/2024/lost-parcel.md")
        let steps: [(name: String, edit: () throws -> Void, shows: String)] = [
            ("the same number of bytes, the modification time put back", {
                var before = stat()
                try #require(stat(lostParcel.path, &before) == 0)
                // Written in place: the same file.
                let text = try String(contentsOf: lostParcel, encoding: .utf8)
                try Data(text.replacingOccurrences(of: "from the courier", with: "from the COURIER").utf8).write(to: lostParcel)
                var times = [before.st_atim, before.st_mtim]
                try #require(utimensat(AT_FDCWD, lostParcel.path, &times, 0) == 0)
            }, "COURIER"),
            ("a file replaced by another under its name", {
                try Self.replace(alerts.appendingPathComponent("cases/2024/refund-call.zh.md"), "退款", "退貨退款")
            }, "退貨退款"),
            ("a new case", {
                try "---\ntitle: A new parcel call\ndate: 2024-11-02\nscam_types: [fake-courier]\n---\nA caller asked for a customs fee.\n"
                    .write(to: alerts.appendingPathComponent("cases/2024/new-call.md"), atomically: false, encoding: .utf8)
            }, "A new parcel call"),
            ("a case removed", { try FileManager.default.removeItem(at: alerts.appendingPathComponent("cases/2024/new-call.md")) }, ""),
        ]
        for (index, step) in steps.enumerated() {
            try step.edit()
            let incremental = await buildSite(alerts: alerts, out: out, disk: settledDisk)
            try #require(incremental.succeeded, "\(step.name): \(incremental.report)")
            let clean = temp.child("clean-\(index)")
            let fresh = await buildSite(alerts: alerts, out: clean, disk: settledDisk)
            try #require(fresh.succeeded, "\(step.name): \(fresh.report)")
            let site = snapshot(out)
            #expect(ReproducibilityTests.differences(site, snapshot(clean)) == [], "\(step.name)")
            #expect(incremental.diagnostics == fresh.diagnostics, "\(step.name)")
            let pages = site.filter { $0.key.hasSuffix("index.html") }.values.map { String(decoding: $0, as: UTF8.self) }
            #expect(step.shows.isEmpty || pages.contains { $0.contains(step.shows) }, "\(step.name): the edit shows")
        }
        #expect(try #require(KnownFiles(bytes: Data(contentsOf: table), tool: "", alerts: alerts.path)).count == published.count)
    }

    @Test("an unchanged scam type or tactic file is taken from the memo, not read again; a changed one is read, and the memo written again")
    func taxonomyMemo() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let storedBytes = try Data(contentsOf: out.appendingPathComponent(MemoFile.taxonomyName))
        var stored = CaseMemo()
        stored.restoreTaxonomy(storedBytes, tool: "")
        let termFiles = try ["types", "tactics"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: alerts.appendingPathComponent(folder).path).map { "\(folder)/\($0)" }
        }
        #expect(stored.taxonomy.files.count == termFiles.count)
        #expect(stored.taxonomy.encoded(tool: "") == Array(storedBytes), "it reads back to what was stored")
        #expect(stored.encodedTaxonomy(tool: "") == nil, "read back, it is current")
        let traditional = try #require(stored.taxonomy.traditional)
        #expect(traditional.phrases.contains("验证码") && traditional.forms["验证码"] == "驗證碼")

        // The memo's word is taken over the file's while the file's key is the same.
        let check = { (memo: CaseMemo) in ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: fixtureClock, memo: memo) }
        var memo = check(CaseMemo()).memo
        memo.restoreTaxonomy(storedBytes, tool: "")
        #expect(check(memo).memo.encodedTaxonomy(tool: "") == nil, "nothing changed: not stored again")
        let type = alerts.appendingPathComponent("types/fake-courier.md").path
        try #require(memo.taxonomy.files[type]?.term?.name == "Fake courier compensation")
        memo.taxonomy.files[type]?.term?.name = "Read from the memo"
        memo.taxonomy.traditional?.forms["验证码"] = "from the memo"
        let reused = check(memo)
        #expect(reused.bulletin?.editions.first?.edition.types.first { $0.id == "fake-courier" }?.name == "Read from the memo")
        #expect(reused.memo.taxonomy.traditional?.forms["验证码"] == "from the memo")
        #expect(reused.memo.taxonomy.cues?.key != memo.taxonomy.cues?.key, "other forms: the cues are laid out again")

        // An edited file is read again (and only that one), and the taxonomy written again.
        let text = try String(contentsOfFile: type, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Fake courier compensation", with: "name: Courier compensation calls").write(toFile: type, atomically: false, encoding: .utf8)
        let edited = check(memo)
        #expect(edited.bulletin?.editions.first?.edition.types.first { $0.id == "fake-courier" }?.name == "Courier compensation calls")
        #expect(edited.memo.encodedTaxonomy(tool: "") != nil)
        #expect(edited.memo.taxonomy.traditional?.forms["验证码"] == "from the memo", "the same Chinese cues: their forms are kept")
        let result = await buildSite(alerts: alerts, out: out)
        try #require(result.succeeded, "\(result.report)")
        #expect(try Data(contentsOf: out.appendingPathComponent(MemoFile.taxonomyName)) != storedBytes)
    }

    @Test("the memo reads back to what was stored, and holds no draft or future case")
    func memoRoundTrip() async throws {
        let shared = await SharedBuilds.fixture.value
        try #require(shared.result.succeeded)
        var shards: [(index: Int, memo: CaseMemo)] = []
        for index in 0..<CaseMemo.shardCount {
            let stored = try #require(shared.files[MemoFile.shardName(index)])
            let shard = try #require(CaseMemo(bytes: stored, tool: ""))
            #expect(CaseMemo(bytes: stored, tool: "other") == nil)
            #expect(shard.shards.indices.allSatisfy { $0 == index || shard.shards[$0].isEmpty }, "a shard holds its own groups only")
            shards.append((index, shard))
        }
        let memo = CaseMemo(shards: shards)
        #expect(memo.changedShards == [])
        for index in 0..<CaseMemo.shardCount {
            #expect(memo.encodedShard(index, tool: "") == shared.files[MemoFile.shardName(index)].map(Array.init))
        }
        // One file holding the groups of two shards is not a stored shard; one holding a shard's groups twice over still reads.
        let filled = shards.filter { $0.memo.count > 0 }
        try #require(filled.count >= 2)
        let headerLength = 8 + 8 + 8 + memo.root.utf8.count + 8 // format, tool (""), root, count
        func joined(_ first: Int, _ second: Int) throws -> Data {
            let (a, b) = (try #require(shared.files[MemoFile.shardName(first)]), try #require(shared.files[MemoFile.shardName(second)]))
            let count = UInt64(shards[first].memo.count + shards[second].memo.count).littleEndian
            return a.prefix(headerLength - 8) + withUnsafeBytes(of: count) { Data($0) } + a.dropFirst(headerLength) + b.dropFirst(headerLength)
        }
        #expect(CaseMemo(bytes: try joined(filled[0].index, filled[0].index), tool: "")?.count == filled[0].memo.count)
        #expect(CaseMemo(bytes: try joined(filled[0].index, filled[1].index), tool: "") == nil)

        // Strings are stored masked, the published text (a body's HTML, the search text) as it is.
        let stored = shared.files.filter { MemoFile.isMemoFile($0.key) }.values
        let text = stored.map { String(decoding: $0, as: UTF8.self) }.joined()
        let unmasked = stored.map { String(decoding: $0.map { $0 ^ ByteWriter.mask }, as: UTF8.self) }.joined()
        #expect(unmasked.contains("Lost parcel") && unmasked.contains("https://refund-center.example/claim"))
        #expect(!text.contains("refund-center.example") && !text.contains(Paths.bulletin.path), "the indicator and the path of Alerts/ are not there as text")
        #expect(text.contains("hxxps://refund-center[.]example/claim"), "the body's HTML, defanged as published")
        for secret in ["FUTURE-SECRET", "draft-case", "future-case"] {
            #expect(!text.contains(secret) && !unmasked.contains(secret), "\(secret)")
        }

        // A case read back from the memo is the case the content stages made.
        let checked = ContentPipeline.check(alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let reread = ContentPipeline.check(alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock, memo: memo)
        #expect(reread.diagnostics == checked.diagnostics)
        for (a, b) in zip(checked.bulletin?.editions ?? [], reread.bulletin?.editions ?? []) {
            #expect(a.cases.map(\.slug) == b.cases.map(\.slug))
            for (x, y) in zip(a.cases, b.cases) {
                #expect(x.fingerprint == y.fingerprint && x.listing == y.listing)
                #expect(x.entry.bodyHTML == y.entry.bodyHTML && x.entry.searchText.text == y.entry.searchText.text && x.entry.summary == y.entry.summary)
                #expect(x.entry.searchTextKey == y.entry.searchTextKey && y.entry.searchTextKey == Fingerprint { $0.add(y.entry.searchText.text) })
                #expect(x.entry.loss == y.entry.loss && x.entry.date == y.entry.date && x.entry.sources == y.entry.sources)
                #expect(x.entry.updated == y.entry.updated && x.entry.updatedLocation == y.entry.updatedLocation)
                #expect(x.scamTypes == y.scamTypes && x.tactics == y.tactics && x.evidence == y.evidence && x.advice == y.advice)
                #expect(x.campaigns == y.campaigns && x.status == y.status && x.inferred == y.inferred)
            }
            #expect(a.cases.indices.map(a.related(at:)) == b.cases.indices.map(b.related(at:)))
        }
    }

    /// `chattr +i` makes a file immutable even for root, so moving it aside fails mid-commit.
    static func chattr(_ flag: String, _ file: URL) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, file.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// A malformed-input review (thirty-seventh session): a manifest line edited to `../notes.txt`
    /// made the next build delete files beside `--out`, and `--alerts` with them.
    @Test("a manifest edited to name files outside --out touches none of them")
    func manifestOutsideOut() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let notes = temp.url.appendingPathComponent("notes.txt")
        try "precious\n".write(to: notes, atomically: false, encoding: .utf8)
        let manifest = out.appendingPathComponent(SiteWriter.manifestName)
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try #require(text.contains(" 404.html\n"))
        try text.replacingOccurrences(of: " 404.html\n", with: " ../notes.txt\n").appending("0011 - ../Alerts/site.yml\n0022 - /etc/hostname\n")
            .write(to: manifest, atomically: false, encoding: .utf8)
        try await Task.sleep(for: .milliseconds(20))
        try "".write(to: temp.url.appendingPathComponent("new-beside-out"), atomically: false, encoding: .utf8)
        _ = await buildSite(alerts: alerts, out: out)
        #expect(try String(contentsOf: notes, encoding: .utf8) == "precious\n")
        #expect(FileManager.default.fileExists(atPath: alerts.appendingPathComponent("site.yml").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        #expect(Manifest.read(Data("00 - ../x\n00 - a/../b\n00 - /etc/x\n00 - a//b\n00 - ok/index.html\n".utf8)).entries.keys.sorted() == ["ok/index.html"])
    }

    /// Folders emptied by a commit are removed before its manifest is put in place (a build stopped
    /// after it left them for good), so a commit that fails then puts them back.
    @Test("a commit that fails at its manifest puts back the folders it emptied: the previous site is unchanged")
    func failedCommitRestoresEmptiedFolders() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let manifest = out.appendingPathComponent(SiteWriter.manifestName)
        guard Self.chattr("+i", manifest) else { return } // needs ext4-like attributes and root
        defer { _ = Self.chattr("-i", manifest) }
        let before = FolderState(out)
        try #require(before.entries.contains("cases/lost-parcel/index.html"))
        try Self.replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "\n---\n", "\ndraft: true\n---\n")
        let failed = await buildSite(alerts: alerts, out: out)
        #expect(!failed.succeeded)
        #expect(failed.outputError?.contains(SiteWriter.manifestName) == true, "\(failed.report)")
        #expect(FolderState(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "site"])

        _ = Self.chattr("-i", manifest)
        let retried = await buildSite(alerts: alerts, out: out)
        try #require(retried.succeeded, "\(retried.report)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("cases/lost-parcel").path))
    }

    @Test("a commit that fails halfway puts back every file it had replaced: the previous site is unchanged")
    func failedCommitRollsBack() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let (alerts, out) = try await builtFixtureCopy(in: temp)
        let home = out.appendingPathComponent("index.html")
        guard Self.chattr("+i", home) else { return } // needs ext4-like attributes and root; nothing to test otherwise
        defer { _ = Self.chattr("-i", home) }
        let before = FolderState(out)
        let identities = try ReproducibilityTests.identities(out, excluding: { _ in false })

        // The case page sorts before index.html: it is moved in first, then index.html cannot be replaced.
        try Self.replace(alerts.appendingPathComponent("cases/2024/lost-parcel.md"), "loss: {amount: 4000, currency: CNY}",
                         "loss: {amount: 4500, currency: CNY}")
        let failed = await buildSite(alerts: alerts, out: out)
        #expect(!failed.succeeded)
        #expect(failed.outputError?.contains("index.html") == true, "\(failed.report)")
        #expect(FolderState(out) == before)
        #expect(try ReproducibilityTests.identities(out, excluding: { _ in false }) == identities)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "site"])

        _ = Self.chattr("-i", home)
        let retried = await buildSite(alerts: alerts, out: out)
        try #require(retried.succeeded, "\(retried.report)")
        let clean = temp.child("clean")
        let fresh = await buildSite(alerts: alerts, out: clean)
        try #require(fresh.succeeded, "\(fresh.report)")
        #expect(ReproducibilityTests.differences(snapshot(out), snapshot(clean)) == [])
    }
}

/// The search index is rewritten after most edits, so it is written by hand rather than by
/// `JSONEncoder`; `JSONEncoder` (sorted keys, slashes unescaped) is the oracle for its bytes.
@Suite("Search index JSON")
struct SearchIndexJSONTests {
    @Test("hand-written JSON equals JSONEncoder's, for every control character, quotes, slashes and CJK text")
    func matchesJSONEncoder() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let awkward = [controls, "\"quoted\" \\back\\slash/ and </script>", "诈骗 “引号” \u{2028}\u{2029}\u{7F} 😀", ""]
        let entries = awkward.enumerated().map { index, text in
            SearchIndex.Entry(title: text, url: "cases/\(index)/", date: "2024-11-0\(index + 1)", summary: String(text.reversed()),
                              types: index == 0 ? [] : [text, "Fake refund"], tactics: index == 1 ? [] : ["SMS code", text], campaigns: index == 2 ? [] : [text], region: text,
                              loss: index == 2 ? "" : text + " 97000", indicators: index == 1 ? [] : [text, "hxxps://a[.]example/?q=\"" + text],
                              text: index.isMultiple(of: 2) ? StoredText(text + text) : StoredText(utf8: Data((text + text).utf8)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for count in [0, 1, entries.count] {
            let slice = Array(entries.prefix(count))
            let expected = try [UInt8](encoder.encode(slice))
            let actual = SearchIndex.json(slice)
            #expect(actual == expected, "\(String(decoding: actual, as: UTF8.self)) != \(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test("an escape is found at every position of the eight-byte words the writer skips over")
    func escapesAtEveryPosition() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The escapes, and the bytes next to them that must pass unescaped.
        let specials = ["\n", "\"", "\\", "\u{1F}", "\u{0}", "\t", " ", "!", "#", "[", "]", "\u{7F}", "é", "诈"]
        var entries: [SearchIndex.Entry] = []
        for special in specials {
            for offset in 0..<18 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "诈b", count: offset % 5)
                entries.append(SearchIndex.Entry(title: text, url: "u", date: "d", summary: special + text, types: [], tactics: [text], campaigns: [special], region: "", loss: special,
                                               indicators: [special, text], text: StoredText(utf8: Data((text + special).utf8))))
            }
        }
        let expected = try [UInt8](encoder.encode(entries))
        let actual = SearchIndex.json(entries)
        #expect(actual == expected, "\(String(decoding: actual, as: UTF8.self).prefix(400))")
    }
}

@Suite("Manifest")
struct ManifestTests {
    @Test("entries read back as they were written: with and without inputs, paths with spaces and CJK")
    func roundTrip() {
        let entries: [String: Manifest.Entry] = [
            "index.html": .init(hash: "00112233445566778899aabbccddeeff00000010", inputs: Fingerprint { $0.add("home") }),
            "assets/style.css": .init(hash: "ffeeddccbbaa99887766554433221100000000ff", inputs: nil),
            "cases/a b/index.html": .init(hash: "0123456789abcdef0123456789abcdef00000001", inputs: Fingerprint { $0.add(1) }),
            "zh/cases/诈骗/index.html": .init(hash: "abcdefabcdefabcdefabcdefabcdefab00000002", inputs: nil),
            "- odd name": .init(hash: "abcdefabcdefabcdefabcdefabcdefab00000003", inputs: nil),
        ]
        let text = Manifest.text(entries)
        #expect(String(decoding: text, as: UTF8.self).split(separator: "\n").first == "abcdefabcdefabcdefabcdefabcdefab00000003 - - odd name", "sorted by path")
        #expect(Manifest.parse(text) == entries)
    }

    @Test("after a few files change, their lines are rewritten in the previous text: the same bytes as writing it whole")
    func rewrittenLines() throws {
        var entries: [String: Manifest.Entry] = [:]
        for index in 0..<200 {
            entries["cases/\(index)/index.html"] = .init(hash: String(format: "%040x", index), inputs: index % 7 == 0 ? nil : Fingerprint { $0.add(index) })
        }
        entries["zh/cases/诈骗 案/index.html"] = .init(hash: "abcdef", inputs: nil)
        let previous = Manifest.read(Manifest.text(entries))
        #expect(previous.lines.count == entries.count)
        var changed = entries
        let rewritten = ["cases/0/index.html", "cases/13/index.html", "cases/199/index.html", "zh/cases/诈骗 案/index.html", "cases/13/index.html"]
        for (offset, path) in rewritten.enumerated() { changed[path] = .init(hash: "new\(offset)", inputs: Fingerprint { $0.add(path) }) }
        let spliced = try #require(Manifest.text(changed, rewriting: rewritten, in: previous))
        #expect(spliced == Manifest.text(changed))
        #expect(Manifest.text(entries, rewriting: [], in: previous) == Manifest.text(entries))
        #expect(Manifest.text(changed, rewriting: ["not/there.html"], in: previous) == nil)
        // A text not as `text` writes it does not say where the lines are: unsorted, an earlier
        // form, upper-case digits, a damaged line, no final newline.
        let line = "abcd 0123456789abcdef0123456789abcdef b.html\n"
        let odd = ["abcd - b.html\nabcd - a.html\n", "abcd a.html\n", "abcd 0123456789ABCDEF0123456789abcdef a.html\n",
                   "lonely\n" + line, String(line.dropLast())]
        for text in odd {
            let read = Manifest.read(Data(text.utf8))
            #expect(read.lines.isEmpty, "\(text)")
            #expect(Manifest.text(read.entries, rewriting: [], in: read) == nil, "\(text)")
        }
        #expect(Manifest.read(Data(line.utf8)).lines["b.html"] == 0..<line.utf8.count)
    }

    @Test("a manifest of an earlier version (no inputs column) and damaged lines")
    func olderAndDamaged() {
        let text = """
        0123 cases/one two/index.html
        4567 index.html
        
        lonely
         leading-space
        89ab 0123456789abcdef0123456789abcdeZ a.html
        cdef 0123456789abcdef0123456789abcdef b.html
        """
        let parsed = Manifest.parse(Data(text.utf8))
        #expect(parsed["cases/one two/index.html"] == .init(hash: "0123", inputs: nil))
        #expect(parsed["index.html"] == .init(hash: "4567", inputs: nil))
        #expect(parsed["0123456789abcdef0123456789abcdeZ a.html"] == .init(hash: "89ab", inputs: nil), "not a fingerprint: part of the path")
        #expect(parsed["b.html"] == .init(hash: "cdef", inputs: Fingerprint(hex: "0123456789abcdef0123456789abcdef")))
        #expect(parsed.count == 4)
    }

    @Test("fingerprints read back from their hexadecimal form, and nothing else does")
    func fingerprintHex() {
        let fingerprint = Fingerprint { $0.add("x") }
        #expect(Fingerprint(hex: fingerprint.description) == fingerprint)
        #expect(Fingerprint(hex: fingerprint.description.uppercased()) == fingerprint)
        #expect(Fingerprint(hex: String(fingerprint.description.dropLast())) == nil)
        #expect(Fingerprint(hex: fingerprint.description + "0") == nil)
        #expect(Fingerprint(hex: "+" + fingerprint.description.dropFirst()) == nil)
        #expect(Fingerprint(hex: "g" + fingerprint.description.dropFirst()) == nil)
        // The manifest's bytes are `description`'s, leading zeros included.
        for value in [fingerprint, Fingerprint(a: 0, b: 0xF), Fingerprint(a: .max, b: 0x0A0B_0C0D)] {
            var bytes: [UInt8] = []
            value.appendHex(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == value.description)
        }
        #expect(Fingerprint(a: 0, b: 0xF).description == "0000000000000000000000000000000f")
    }

    @Test("fingerprints are the same on every machine: values from an independent implementation")
    func fingerprintValues() {
        func raw(_ text: String) -> String { Array(text.utf8).withUnsafeBytes { Fingerprint.raw($0).description } }
        // Computed with a separate Python version of the algorithm described on `Fingerprint`.
        #expect(raw("") == "5eb068eb660a28a1cded5ab0cdaaf647")
        #expect(raw("alertpress") == "45b497553ebf271a35cdf46ab41244c5")
        #expect(raw("诈骗 warning: 12345678") == "a6c4418d18bc23335cb06e5dbffe8174")
        #expect(Fingerprint { $0.add("abc") }.description == "2737cb49cb66c3222358af1b1ff459b4", "a string is its length, then its bytes")
    }

    @Test("a fingerprint changes with any one bit of its input, and with trailing zero bytes")
    func fingerprintSensitivity() {
        var seen = Set<Fingerprint>()
        var inputs = 0
        for length in 0..<24 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            for bit in -1..<(length * 8) {
                var changed = bytes
                if bit >= 0 { changed[bit / 8] ^= 1 << UInt8(bit % 8) }
                seen.insert(changed.withUnsafeBytes { Fingerprint.raw($0) })
                inputs += 1
            }
            if length > 0 {
                seen.insert([UInt8](repeating: 0, count: length).withUnsafeBytes { Fingerprint.raw($0) })
                inputs += 1
            }
        }
        #expect(seen.count == inputs)
    }
}

@Suite("Search excerpts")
struct SearchExcerptTests {
    @Test("the excerpt is the first 4,000 characters; at a limit of 2,000, the first 2,000, whichever shortcut finds it")
    func matchesCharacterPrefix() {
        let ascii = String(repeating: "Scammers call and ask for codes. ", count: 100)
        let chinese = String(repeating: "骗子冒充客服，要求转账。", count: 300)
        let head1999 = String(ascii.prefix(1999))
        let head2000 = String(ascii.prefix(2000))
        var texts: [String] = ["", "short", ascii, chinese]
        for count in [1999, 2000, 2001] { texts.append(String(chinese.prefix(count))) }
        texts.append(head1999 + "e\u{301}" + ascii)                 // a combining accent joins the 2,000th character
        texts.append(head2000 + "\u{301}" + ascii)                  // ... or the one after it
        texts.append(head1999 + "\r\n" + ascii)                     // CR LF is one character
        texts.append(String(ascii.prefix(1000)) + "👩‍👩‍👧‍👦" + ascii)  // many scalars, one character
        texts.append(String(repeating: "e\u{301}", count: 1500))     // 3,000 scalars, 1,500 characters
        texts.append(String(repeating: "🇨🇳", count: 1200))           // flags: two scalars each
        texts.append(String(texts[7].reversed()))
        for text in texts {
            #expect(Summary.excerpt(text, characters: 2000) == String(text.prefix(2000)), "\(text.utf8.count) bytes")
            #expect(Summary.excerpt(text) == String(text.prefix(Summary.searchedCharacters)), "\(text.utf8.count) bytes")
        }
        #expect(Summary.searchedCharacters == 4000)
        #expect(Summary.excerpt("abcdef", characters: 3) == "abc")
        #expect(Summary.excerpt("ab\r\ncd", characters: 3) == String("ab\r\ncd".prefix(3)))
    }
}
