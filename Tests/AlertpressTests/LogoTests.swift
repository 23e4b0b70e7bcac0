import AlertpressFlyers
import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// SPEC §2: `logo` in site.yml. It names a PNG or JPEG in `Templates/assets/` (`/assets/<file>`, as
/// images in case bodies are written); pages show it beside the site title, RSS, Atom and JSON Feed
/// name it, flyers print it. Anything else is an error at the `logo` line of site.yml.
@Suite("The site logo")
struct LogoTests {
    static let images = Paths.fixtures.appendingPathComponent("images")

    /// The fixture bulletin with `logo: <value>` as line 11 of site.yml, and a copy of the templates
    /// with `image` (a file of `Fixtures/images`, or raw bytes) saved as `Templates/assets/<name>`.
    struct Setup {
        let temp: TempFolder
        let alerts: URL
        let templates: URL
        let out: URL

        init(logo: String, files: [String: Data] = [:], label: String = #function) throws {
            temp = try TempFolder(label)
            alerts = temp.child("Alerts")
            templates = temp.child("Templates")
            out = temp.child("site")
            try copyFolder(Paths.bulletin, to: alerts)
            try copyFolder(Paths.templates, to: templates)
            try IncrementalBuildTests.append(alerts.appendingPathComponent("site.yml"), "logo: \(logo)\n")
            for (name, data) in files {
                try data.write(to: templates.appendingPathComponent("assets/" + name))
            }
        }

        func build() async -> BuildResult { await buildSite(alerts: alerts, templates: templates, out: out) }
    }

    static func image(_ name: String) throws -> Data { try Data(contentsOf: images.appendingPathComponent(name)) }

    // MARK: What is published

    @Test("a PNG logo: every page shows it beside the title, with its size, and names it to link previews; feeds name it; flyers print it")
    func pngLogo() async throws {
        let setup = try Setup(logo: "/assets/brand/wide-logo.png")
        try FileManager.default.createDirectory(at: setup.templates.appendingPathComponent("assets/brand"), withIntermediateDirectories: true)
        try Self.image("wide-logo.png").write(to: setup.templates.appendingPathComponent("assets/brand/wide-logo.png"))
        defer { setup.temp.remove() }
        let result = await setup.build()
        try #require(result.succeeded, "\(result.report)")
        let files = snapshot(setup.out)
        #expect(files["assets/brand/wide-logo.png"] == (try Self.image("wide-logo.png")))

        let logoURL = "https://alerts.example.org/assets/brand/wide-logo.png"
        let pages = files.keys.filter { $0.hasSuffix("index.html") && !$0.hasPrefix("assets/") }
        #expect(pages.count > 20)
        for page in pages.sorted() {
            let html = text(files, page)
            let tag = #/<a class="site-title with-logo" href="[^"]*"><img class="site-logo" src="([^"]*)" width="120" height="40" alt="">/#
            let flyerTag = #/<p class="publisher"><img class="publisher-logo" src="([^"]*)" width="120" height="40" alt="">/#
            guard let src = (html.firstMatch(of: tag) ?? html.firstMatch(of: flyerTag))?.1 else {
                Issue.record("`\(page)` shows no logo")
                continue
            }
            // The relative address resolves, from the page's folder, to the published file.
            let resolved = URL(string: String(src), relativeTo: URL(string: "https://x.example/" + page))?.absoluteURL.path
            #expect(resolved == "/assets/brand/wide-logo.png", "`\(page)`: \(src)")
            // Link previews show it too, by its full address (a page's own, not a flyer's).
            if html.firstMatch(of: tag) != nil {
                #expect(html.contains("<meta property=\"og:image\" content=\"\(logoURL)\">\n<meta property=\"og:image:width\" content=\"120\">\n"
                                      + "<meta property=\"og:image:height\" content=\"40\">"), "`\(page)`")
            }
        }

        for prefix in ["", "zh/"] {
            let rss = XMLDocumentReader.parse(files[prefix + "feed.xml"] ?? Data())
            #expect(rss.all("url").map(\.text) == [logoURL], "\(prefix)feed.xml <image><url>")
            // 120 × 40 is no icon (RFC 4287 and JSON Feed ask for a square one): Atom names it as its logo.
            let atom = XMLDocumentReader.parse(files[prefix + "atom.xml"] ?? Data())
            #expect(atom.all("logo").map(\.text) == [logoURL] && atom.all("icon").isEmpty)
            let json = try JSONSerialization.jsonObject(with: files[prefix + "feed.json"] ?? Data()) as? [String: Any]
            #expect(json != nil && json?["icon"] == nil)
            let typeFeed = XMLDocumentReader.parse(files[prefix + "types/fake-refund/feed.xml"] ?? Data())
            #expect(typeFeed.all("url").map(\.text) == [logoURL], "per-type feeds too")
        }

        // A PNG is decoded and embedded as an image XObject, 120 × 40 pixels, in every flyer.
        let flyers = files.keys.filter { $0.hasSuffix(".pdf") }
        #expect(flyers.count == 12)
        for flyer in flyers.sorted() {
            let pdf = String(decoding: files[flyer] ?? Data(), as: UTF8.self)
            #expect(pdf.contains("/Subtype /Image") && pdf.contains("/Width 120") && pdf.contains("/Height 40"), "`\(flyer)` prints no logo")
        }
    }

    @Test("a JPEG logo goes into the flyers unchanged, as a DCT image; a space in its name is escaped in addresses")
    func jpegLogo() async throws {
        let jpeg = try Self.image("wide-logo.jpg")
        let setup = try Setup(logo: #""/assets/wide logo #2.JPG""#, files: ["wide logo #2.JPG": jpeg])
        defer { setup.temp.remove() }
        let result = await setup.build()
        try #require(result.succeeded, "\(result.report)")
        let files = snapshot(setup.out)
        #expect(files["assets/wide logo #2.JPG"] == jpeg)
        #expect(text(files, "index.html").contains(#"<img class="site-logo" src="assets/wide%20logo%20%232.JPG" width="96" height="32" alt="">"#))
        #expect(text(files, "zh/feed.xml").contains("<url>https://alerts.example.org/assets/wide%20logo%20%232.JPG</url>"))
        let flyer = try #require(files["flyers/double-11-a4.pdf"])
        #expect(flyer.range(of: jpeg) != nil, "the JPEG file is embedded byte for byte")
        #expect(String(decoding: flyer, as: UTF8.self).contains("/DCTDecode"))
    }

    @Test("a square logo is also the pages' icon in the browser's tab; a wide one, squeezed there, is not")
    func browserIcon() async throws {
        let square = try Setup(logo: "/assets/logo.png")
        let wide = try Setup(logo: "/assets/wide-logo.png", files: ["wide-logo.png": try Self.image("wide-logo.png")])
        defer {
            square.temp.remove()
            wide.temp.remove()
        }
        for setup in [square, wide] {
            let result = await setup.build()
            try #require(result.succeeded, "\(result.report)")
        }
        let squareFiles = snapshot(square.out)
        #expect(text(squareFiles, "index.html").contains("<link rel=\"icon\" href=\"assets/logo.png\">\n</head>"))
        #expect(text(squareFiles, "zh/cases/zh-only/index.html").contains("<link rel=\"icon\" href=\"../../../assets/logo.png\">"))
        // The pages outside the layout too (a browser asks for /favicon.ico where a page names no icon).
        #expect(text(squareFiles, "404.html").contains("<link rel=\"icon\" href=\"/assets/logo.png\">"))
        #expect(text(squareFiles, "campaigns/double-11/flyer/index.html").contains("<link rel=\"icon\" href=\"../../../assets/logo.png\">"))
        #expect(!text(snapshot(wide.out), "index.html").contains("rel=\"icon\""))
        #expect(!text(snapshot(wide.out), "404.html").contains("rel=\"icon\""))
        let plain = await SharedBuilds.fixture.value
        #expect(!text(plain.files, "index.html").contains("rel=\"icon\""))
    }

    @Test("without a logo the pages keep the drawn mark and the feeds name no image")
    func noLogo() async throws {
        let built = await SharedBuilds.fixture.value
        try #require(built.result.succeeded)
        #expect(text(built.files, "index.html").contains(#"<a class="site-title" href="./">Test Anti-Fraud Bulletin</a>"#))
        #expect(!text(built.files, "feed.xml").contains("<image>"))
        #expect(!text(built.files, "atom.xml").contains("<icon>"))
        #expect(!String(decoding: built.files["flyers/double-11-a4.pdf"] ?? Data(), as: UTF8.self).contains("/Subtype /Image"))
    }

    // MARK: What is refused

    struct Refusal: Sendable, CustomTestStringConvertible {
        var logo: String
        var files: [String: Data] = [:]
        var code: String
        var message: String
        var hint: String
        var testDescription: String { "`logo: \(logo)`: \(code)" }
    }

    static let refusals: [Refusal] = [
        Refusal(logo: "https://cdn.example.org/logo.png", code: "invalid-logo", message: "not an address",
                hint: "write /assets/logo.png"),
        Refusal(logo: "logo.png", code: "invalid-logo", message: "read from Templates/assets/", hint: "write /assets/logo.png"),
        Refusal(logo: "/assets/logo.svg", code: "invalid-logo", message: "must be a PNG or JPEG", hint: "cannot show .svg"),
        Refusal(logo: "/assets/../Alerts/site.png", code: "invalid-logo", message: "inside Templates/assets/", hint: "/assets/logo.png"),
        Refusal(logo: "/assets/wide-logo.pgn.png", files: ["wide-logo.png": Data()], code: "missing-file",
                message: "does not exist", hint: "did you mean `/assets/wide-logo.png`?"),
        // An SVG renamed: the extension says PNG, the bytes do not.
        Refusal(logo: "/assets/renamed.png", files: ["renamed.png": Data(#"<svg xmlns="http://www.w3.org/2000/svg"/>"#.utf8)],
                code: "invalid-logo", message: "is not a PNG or JPEG image", hint: "export the logo as PNG"),
        // A PNG cut short: its header is whole, its pixels are not.
        Refusal(logo: "/assets/cut.png", files: ["cut.png": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
                                                                  0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 8, 0, 0, 0, 8, 8, 6, 0, 0, 0])],
                code: "invalid-logo", message: "is not a PNG or JPEG image", hint: "export"),
        // 20,000 × 20,000 pixels (a malformed-input review, thirty-third session: a 48 KB PNG stalled the build).
        Refusal(logo: "/assets/huge.png", files: ["huge.png": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
                                                                    0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20, 8, 0, 0, 0, 0])],
                code: "invalid-logo", message: "20000 × 20000 pixels", hint: "at most 2000 pixels a side"),
    ]

    @Test("a logo that cannot be published is an error at its line of site.yml, in a build and in `check`", arguments: refusals)
    func refused(_ refusal: Refusal) async throws {
        let setup = try Setup(logo: refusal.logo, files: refusal.files)
        defer { setup.temp.remove() }
        let result = await setup.build()
        #expect(!result.succeeded)
        #expect(!FileManager.default.fileExists(atPath: setup.out.path), "nothing is published")
        let checked = ContentPipeline.check(alerts: setup.alerts.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let fromCheck = checked.diagnostics + TemplateCheck.diagnostics(folder: setup.templates.path, site: checked.bulletin?.site)
        for diagnostics in [result.diagnostics, fromCheck] {
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors.map(\.formatted))")
            let error = try #require(errors.first)
            #expect(error.code == refusal.code)
            #expect(error.file == setup.alerts.appendingPathComponent("site.yml").path && error.line == 11 && error.column == 7,
                    "\(error.formatted)")
            #expect(error.message.contains(refusal.message), "\(error.message)")
            #expect(error.hint?.contains(refusal.hint) == true, "\(error.hint ?? "no hint")")
        }
    }
}
