import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// A malformed-input review (forty-first session): a bulletin published on GitHub Pages lost its
/// `CNAME`, `.nojekyll` and `.well-known/security.txt` at every build, and there was no place to keep
/// them. `Templates/root/` is that place: its files are published at the site's root.
@Suite("Files for the site's root")
struct RootFilesTests {
    struct Setup {
        let temp: TempFolder
        let templates: URL
        let out: URL

        init(_ files: [String: String], label: String = #function) throws {
            temp = try TempFolder(label)
            templates = temp.child("Templates")
            out = temp.child("site")
            try copyFolder(Paths.templates, to: templates)
            for (path, text) in files {
                let file = templates.appendingPathComponent("root/" + path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
            }
        }

        func build() async -> BuildResult { await buildSite(alerts: Paths.bulletin, templates: templates, out: out) }
    }

    @Test("files of Templates/root/, hidden ones too, are published at the root as they are, and kept by the next build")
    func published() async throws {
        let files = ["CNAME": "alerts.example.org\n", ".nojekyll": "", ".well-known/security.txt": "Contact: mailto:security@example.org\n",
                     "google1234.html": "google-site-verification: google1234.html\n"]
        let setup = try Setup(files)
        defer { setup.temp.remove() }
        let first = await setup.build()
        try #require(first.succeeded, "\(first.report)")
        var built = snapshot(setup.out)
        for (path, text) in files { #expect(built[path] == Data(text.utf8), "\(path)") }
        #expect(built["index.html"] != nil)
        // A rebuild keeps them; one taken out of root/ leaves the site.
        let second = await setup.build()
        try #require(second.succeeded, "\(second.report)")
        #expect(snapshot(setup.out) == built)
        try FileManager.default.removeItem(at: setup.templates.appendingPathComponent("root/CNAME"))
        let third = await setup.build()
        try #require(third.succeeded, "\(third.report)")
        built["CNAME"] = nil
        let after = snapshot(setup.out)
        #expect(after["CNAME"] == nil && after[".nojekyll"] != nil)
    }

    /// The same review: a duty officer's mobile and ID in `layout.mustache` went out on every page, and a
    /// file named with a victim's number was published.
    @Test("a person's mobile, ID or card in a template or an asset's name is an error; an e-mail contact and a hotline are not")
    func personalDataInTemplates() async throws {
        let setup = try Setup([:])
        defer { setup.temp.remove() }
        let layout = setup.templates.appendingPathComponent("layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try text.replacingOccurrences(of: "</footer>", with: "<p>Duty officer Li, mobile 13912345678, ID 420106199003071238. Write to fraud@alerts.example.org or call 96110.</p>\n</footer>")
            .write(to: layout, atomically: false, encoding: .utf8)
        try Data("list".utf8).write(to: setup.templates.appendingPathComponent("assets/victim-13812345678.txt"))
        let result = await setup.build()
        #expect(!result.succeeded)
        let found = result.diagnostics.filter { $0.code == "personal-data" }
        #expect(found.filter { $0.file.hasSuffix("layout.mustache") }.map(\.message).sorted { $0 < $1 }.count == 2, "\(result.report)")
        #expect(found.contains { $0.file.hasSuffix("assets/victim-13812345678.txt") && $0.message.contains("138****5678") }, "\(result.report)")
        #expect(!found.contains { $0.message.contains("e-mail") || $0.message.contains("96110") })
    }

    @Test("a root file in the place of one the build makes, of /assets/ or of version control is an error; a backup is a warning", arguments: [
        ("robots.txt", "error"), ("index.html", "error"), ("assets/extra.css", "error"), (".git/config", "error"), ("notes.txt~", "warning"),
    ])
    func refused(_ path: String, _ severity: String) async throws {
        let setup = try Setup([path: "x\n", "CNAME": "alerts.example.org\n"])
        defer { setup.temp.remove() }
        let result = await setup.build()
        let found = result.diagnostics.filter { $0.file.hasSuffix("root/" + path) }
        #expect(found.map(\.severity.rawValue) == [severity], "\(result.report)")
        #expect(result.succeeded == (severity == "warning"))
        if result.succeeded {
            #expect(snapshot(setup.out)[path] == nil && snapshot(setup.out)["CNAME"] != nil)
        }
        // `check` says the same.
        let checked = TemplateCheck.diagnostics(folder: setup.templates.path, bulletin: ContentPipeline.check(
            alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock).bulletin)
        #expect(checked.filter { $0.file.hasSuffix("root/" + path) }.map(\.severity.rawValue) == [severity])
    }
}
