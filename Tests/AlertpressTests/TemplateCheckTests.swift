import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// STYLE: no silent fallbacks — a missing template or a misspelt field is a diagnostic, never an
/// empty render, and nothing is published.
@Suite("Template checks")
struct TemplateCheckTests {
    /// A copy of `Templates/` in a temp folder, changed by `edit`.
    static func templates(in temp: TempFolder, edit: (URL) throws -> Void) throws -> URL {
        let folder = temp.child("Templates")
        try copyFolder(Paths.templates, to: folder)
        try edit(folder)
        return folder
    }

    @Test("a missing case.mustache is a missing-template error and nothing is written")
    func missingTemplate() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            try FileManager.default.removeItem(at: folder.appendingPathComponent("case.mustache"))
        }
        let out = temp.child("site")
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: out)
        #expect(!result.succeeded)
        #expect(result.errors == [Diagnostic(
            file: templates.path + "/case.mustache", line: 0, column: 0, severity: .error, code: "missing-template",
            message: "missing template `case.mustache`")])
        #expect(result.files == 0 && result.written == 0)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Templates"])
    }

    @Test("a misspelt field is an unknown-template-field error at its line, with a did-you-mean hint")
    func misspeltField() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        var column = 0
        let templates = try Self.templates(in: temp) { folder in
            let file = folder.appendingPathComponent("case.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            #expect(lines[1].hasSuffix(">{{title}}</h1>"), "case.mustache changed: line 2 was the title")
            lines[1] = lines[1].replacingOccurrences(of: ">{{title}}</h1>", with: ">{{titel}}</h1>")
            column = lines[1].distance(from: lines[1].startIndex, to: lines[1].range(of: "{{titel}}")?.lowerBound ?? lines[1].startIndex) + 1
            try lines.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
        }
        let out = temp.child("site")
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: out)
        #expect(!result.succeeded)
        #expect(result.errors == [Diagnostic(
            file: templates.path + "/case.mustache", line: 2, column: column, severity: .error, code: "unknown-template-field",
            message: "template uses `titel`, which no page provides", hint: "did you mean `title`?")])
        #expect(column > 1, "the tag is not at the line's start")
        #expect(result.files == 0 && result.written == 0)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("every part of a dotted name is checked: `{{title.foo}}` printed nothing before (a malformed-input review, thirty-third session)")
    func dottedName() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            let file = folder.appendingPathComponent("case.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: ">{{title}}</h1>", with: ">{{title.foo}}</h1>").write(to: file, atomically: false, encoding: .utf8)
        }
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(!result.succeeded)
        #expect(result.errors.map(\.message) == ["template uses `title.foo`, whose `foo` no page provides"], "\(result.errors.map(\.formatted))")
    }

    /// A malformed-input review (thirty-eighth session): an empty case.mustache published 22 case pages without their story.
    @Test("a case page, feed entry, type, campaign or flyer page template that leaves out its story or name is an error; a partial may print it")
    func requiredFields() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            try "<p>{{summary}}</p>\n".write(to: folder.appendingPathComponent("case.mustache"), atomically: false, encoding: .utf8)
            let flyer = folder.appendingPathComponent("flyer.mustache")
            try String(contentsOf: flyer, encoding: .utf8).replacingOccurrences(of: "{{headline}}", with: "")
                .write(to: flyer, atomically: false, encoding: .utf8)
            // The story in a partial counts.
            try "{{> story}}\n".write(to: folder.appendingPathComponent("feed-entry.mustache"), atomically: false, encoding: .utf8)
            try "{{{body}}}\n".write(to: folder.appendingPathComponent("story.mustache"), atomically: false, encoding: .utf8)
        }
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(!result.succeeded)
        #expect(Set(result.errors.map { "\($0.file.split(separator: "/").last ?? "") \($0.code) \($0.message.split(separator: "`")[2])" }) == [
            "case.mustache missing-template-field title", "case.mustache missing-template-field body", "flyer.mustache missing-template-field headline",
        ], "\(result.errors.map(\.formatted))")
    }

    @Test("a misspelt section name is caught too, in the partial that uses it")
    func misspeltSection() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            let file = folder.appendingPathComponent("partial-case-list.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.components(separatedBy: "\n")[2] == "{{#cases}}", "partial-case-list.mustache changed: line 3 opened cases")
            try text.replacingOccurrences(of: "{{#cases}}", with: "{{#casses}}").replacingOccurrences(of: "{{/cases}}", with: "{{/casses}}")
                .write(to: file, atomically: false, encoding: .utf8)
        }
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(!result.succeeded)
        #expect(result.errors == [Diagnostic(
            file: templates.path + "/partial-case-list.mustache", line: 3, column: 1, severity: .error, code: "unknown-template-field",
            message: "template uses `casses`, which no page provides", hint: "did you mean `cases`?")])
    }

    @Test("a section never closed is reported at its opening line, in words, by check as by build")
    func unclosedSection() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            let file = folder.appendingPathComponent("search.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            try ("<p>intro</p>\n{{#broken}}\n" + text).write(to: file, atomically: false, encoding: .utf8)
        }
        let expected = Diagnostic(file: templates.path + "/search.mustache", line: 2, column: 1, severity: .error, code: "template-syntax",
                                  message: "section `{{#broken}}` is never closed (add `{{/broken}}`)")
        #expect(TemplateCheck.diagnostics(folder: templates.path) == [expected])
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(result.errors == [expected], "\(result.report)")
    }

    /// A review (thirtieth session): `{{{title}}}` in a custom template published a title's
    /// `<script>` as markup, and a layout that printed `{{content}}` escaped, or not at all, published
    /// every page as source text or empty; `check` said nothing.
    @Test("a field printed unescaped that is no HTML, HTML printed escaped, and a layout without its content are errors at their tags")
    func escaping() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            let page = folder.appendingPathComponent("case.mustache")
            let text = try String(contentsOf: page, encoding: .utf8)
            try ("<p>{{{summary}}} {{&title}}</p>\n" + text.replacingOccurrences(of: "<code>{{.}}</code>", with: "<code>{{{.}}}</code>"))
                .write(to: page, atomically: false, encoding: .utf8)
            let layout = folder.appendingPathComponent("layout.mustache")
            let source = try String(contentsOf: layout, encoding: .utf8)
            try source.replacingOccurrences(of: "{{{content}}}", with: "{{content}}").write(to: layout, atomically: false, encoding: .utf8)
        }
        let diagnostics = TemplateCheck.diagnostics(folder: templates.path)
        let layoutLine = try String(contentsOf: Paths.templates.appendingPathComponent("layout.mustache"), encoding: .utf8)
            .components(separatedBy: "\n").firstIndex { $0.contains("{{{content}}}") }.map { $0 + 1 }
        func places(_ diagnostics: [Diagnostic]) -> [String] {
            diagnostics.map { "\($0.file.split(separator: "/").last ?? ""):\($0.line):\($0.column) \($0.code)" }
        }
        // The indicators' `{{{.}}}`, a line further down for the line added on top.
        let caseLines = try String(contentsOf: Paths.templates.appendingPathComponent("case.mustache"), encoding: .utf8).components(separatedBy: "\n")
        let indicators = try #require(caseLines.firstIndex { $0.contains("<code>{{.}}</code>") })
        let column = try #require(caseLines[indicators].range(of: "{{.}}")).lowerBound
        #expect(places(diagnostics) == [
            "case.mustache:1:4 unescaped-field", "case.mustache:1:18 unescaped-field",
            "case.mustache:\(indicators + 2):\(caseLines[indicators].distance(from: caseLines[indicators].startIndex, to: column) + 1) unescaped-field",
            "layout.mustache:\(layoutLine ?? 0):1 escaped-html",
        ], "\(diagnostics)")
        #expect(diagnostics.first?.message == "template prints `summary` without escaping: a `<` in it would be published as markup")
        let layout = templates.appendingPathComponent("layout.mustache")
        try String(contentsOf: layout, encoding: .utf8).replacingOccurrences(of: "{{content}}", with: "")
            .write(to: layout, atomically: false, encoding: .utf8)
        #expect(places(TemplateCheck.diagnostics(folder: templates.path)).last == "layout.mustache:1:1 layout-content")
        #expect(TemplateCheck.diagnostics(folder: Paths.templates.path) == [], "the shipped templates escape what they print")
    }

    /// A malformed-input review (thirty-ninth session): an SVG with a `<script>` was published as it was.
    @Test("an SVG asset with a script, an event handler or a javascript: link is an error; a plain one is copied")
    func scriptedSVG() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            let assets = folder.appendingPathComponent("assets")
            try #"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.write(to: assets.appendingPathComponent("a.svg"), atomically: false, encoding: .utf8)
            try #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#.write(to: assets.appendingPathComponent("b.SVG"), atomically: false, encoding: .utf8)
            try #"<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="red"/><text>Online scams</text></svg>"#.write(to: assets.appendingPathComponent("c.svg"), atomically: false, encoding: .utf8)
        }
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(result.errors.map { "\($0.code) \($0.file.split(separator: "/").last ?? "")" }.sorted() == ["unsafe-asset a.svg", "unsafe-asset b.SVG"], "\(result.report)")
        #expect(TemplateCheck.diagnostics(folder: templates.path).filter { $0.severity == .error }.map(\.code) == ["unsafe-asset", "unsafe-asset"])
        #expect(SiteBuilder.scriptInSVG(Data("<svg><a href='JavaScript:go()'>x</a></svg>".utf8)) != nil)
        #expect(SiteBuilder.scriptInSVG(Data("<svg><text>Don't click links, read the notice</text></svg>".utf8)) == nil)
    }

    /// A malformed-input review (forty-fourth session): a script under a namespace prefix, in a UTF-16
    /// file, or a `javascript:` link written with character references passed, and ran in Chromium.
    @Test("an SVG's script is found however it is written: prefixed, UTF-16, character references, entities, data: pages")
    func disguisedScriptInSVG() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"#
        let hidden = [
            #"<svg xmlns="http://www.w3.org/1999/xhtml" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>"#,
            svg + #"<a href="&#x6A;avascript:alert(document.domain)"><text>x</text></a></svg>"#,
            svg + #"<a href="javascript&#58;alert(1)"><text>x</text></a></svg>"#,
            svg + #"<a href="java&#x09;script:alert(1)"><text>x</text></a></svg>"#,
            svg + #"<a xlink:href="&#0000106;avascript:alert(1)"><text>x</text></a></svg>"#,
            svg + #"<a href="&amp;#106;avascript:alert(1)"><text>x</text></a></svg>"#,
            svg + #"<set attributeName="href" to="  JAVA&#10;SCRIPT:alert(1)"/></svg>"#,
            svg + #"<foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"/></foreignObject></svg>"#,
            svg + #"<a href="data:text/html,hi"><text>x</text></a></svg>"#,
            #"<!DOCTYPE svg [<!ENTITY j "javascript:alert(1)">]>"# + svg + #"<a href="&j;"><text>x</text></a></svg>"#,
            #"<!DOCTYPE svg [<!ENTITY s "<script>alert(1)</script>">]>"# + svg + "&s;</svg>",
            #"<?xml-stylesheet type="text/xsl" href="t.xsl"?>"# + svg + "</svg>",
            svg + #"<rect width="4" height="4" style="fill: url(java&#x0A;script:alert(1))" xlink:onclick="alert(1)"/></svg>"#,
        ]
        for text in hidden {
            #expect(SiteBuilder.scriptInSVG(Data(text.utf8)) != nil, "\(text)")
        }
        // Saved as UTF-16, with a byte-order mark or without one.
        let script = svg + "<script>alert(1)</script></svg>"
        #expect(SiteBuilder.scriptInSVG(Data([0xFF, 0xFE]) + script.data(using: .utf16LittleEndian)!) != nil)
        #expect(SiteBuilder.scriptInSVG(script.data(using: .utf16BigEndian)!) != nil)
        // A screenshot's SVG: an embedded PNG, a description that says "metadata:", words with "on" in them.
        let plain = svg + #"<desc>Metadata: saved from the fake page; go on = read</desc><image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/><text>Don't scan &#x4E8C;&#x7EF4;&#x7801; &amp; don't pay</text></svg>"#
        #expect(SiteBuilder.scriptInSVG(Data(plain.utf8)) == nil)
        #expect(SiteBuilder.scriptInSVG(Data([0xFF, 0xFE]) + plain.data(using: .utf16LittleEndian)!) == nil)
        // A review of the change: what pictures say, Illustrator's entities, embedded fonts and icons are no scripts.
        let exported = [
            svg + "<text>Data: 5 GB used</text><text>流量data:5GB</text><text>Pay now (data: card number, CVV)</text></svg>",
            svg + "<text>The page's source had &lt;script&gt; in it</text></svg>",
            #"<!DOCTYPE svg [<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/"><!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">]>"#
                + #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;"><rect width="4" height="4"/></svg>"#,
            svg + "<style>@font-face{font-family:f;src:url(data:font/woff2;base64,d09GMgABAAAAAA==)}</style></svg>",
            svg + #"<image xlink:href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="4" height="4"/><image href="data:application/octet-stream;base64,AAAA"/></svg>"#,
        ]
        for text in exported {
            #expect(SiteBuilder.scriptInSVG(Data(text.utf8)) == nil, "\(text)")
        }
    }

    /// A review (thirtieth session): `Templates/assets/host.txt`, a link to `/etc/hostname`, and
    /// an editor's `style.css~` were published with the site.
    @Test("an asset linked from outside the templates folder, and an editor's backup, are not published, with a warning each")
    func assetsFromElsewhere() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let secret = temp.child("secret.txt")
        try "not for the public".write(to: secret, atomically: false, encoding: .utf8)
        let templates = try Self.templates(in: temp) { folder in
            let assets = folder.appendingPathComponent("assets")
            try FileManager.default.createSymbolicLink(at: assets.appendingPathComponent("host.txt"), withDestinationURL: secret)
            try FileManager.default.createSymbolicLink(atPath: assets.appendingPathComponent("same.css").path, withDestinationPath: "style.css")
            try "old".write(to: assets.appendingPathComponent("style.css~"), atomically: false, encoding: .utf8)
        }
        let out = temp.child("site")
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: out)
        try #require(result.succeeded, "\(result.report)")
        #expect(result.diagnostics.filter { $0.file.hasPrefix(templates.path) }.map { "\($0.code) \($0.file.split(separator: "/").last ?? "")" }.sorted()
                == ["outside-link host.txt", "unknown-file style.css~"], "\(result.report)")
        let assets = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("assets").path).sorted()
        #expect(!assets.contains("host.txt") && !assets.contains("style.css~"))
        #expect(assets.contains("same.css"), "a link inside the templates folder is an asset like any other")
        #expect(TemplateCheck.diagnostics(folder: templates.path).map(\.code).sorted() == ["outside-link", "unknown-file"], "check says what build says")
        // The stylesheet every page links, as a link out of the folder: an error, not a site without it.
        let style = templates.appendingPathComponent("assets/style.css")
        try FileManager.default.moveItem(at: style, to: temp.child("style.css"))
        try FileManager.default.createSymbolicLink(at: style, withDestinationURL: temp.child("style.css"))
        let failed = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(failed.errors.map(\.code) == ["outside-link"] && failed.errors.first?.file == style.path, "\(failed.report)")
        #expect(TemplateCheck.diagnostics(folder: templates.path).filter { $0.severity == .error }.map(\.code) == ["outside-link"])
    }

    /// A review (thirtieth session): without `assets/style.css` every page linked a stylesheet that
    /// was not there, and nothing was said.
    @Test("an asset every page links by name (style.css, flyer.css, search.js) that is missing is an error, in build and check")
    func missingStylesheet() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            try FileManager.default.removeItem(at: folder.appendingPathComponent("assets/style.css"))
        }
        let expected = Diagnostic(file: templates.path + "/assets/style.css", line: 0, column: 0, severity: .error, code: "missing-assets",
                                  message: "`\(templates.path)/assets/style.css` is missing: every page that links it would be published without it",
                                  hint: "copy it back from alertpress's Templates/assets/")
        #expect(TemplateCheck.diagnostics(folder: templates.path) == [expected])
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(result.errors == [expected], "\(result.report)")
        #expect(!FileManager.default.fileExists(atPath: temp.child("site").path))
    }

    @Test("a partial that is no template, or partials that include each other, are errors at their tag")
    func brokenPartials() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            let home = folder.appendingPathComponent("home.mustache")
            let text = try String(contentsOf: home, encoding: .utf8)
            try text.replacingOccurrences(of: "{{> partial-case-list}}", with: "  {{> partial-case-lists}}").write(to: home, atomically: false, encoding: .utf8)
            try "<p>\n  {{> loop-b}}\n".write(to: folder.appendingPathComponent("loop-a.mustache"), atomically: false, encoding: .utf8)
            try "{{#cases}}{{> loop-a}}{{/cases}}\n".write(to: folder.appendingPathComponent("loop-b.mustache"), atomically: false, encoding: .utf8)
        }
        let line = try String(contentsOf: templates.appendingPathComponent("home.mustache"), encoding: .utf8)
            .components(separatedBy: "\n").firstIndex(of: "  {{> partial-case-lists}}").map { $0 + 1 }
        #expect(line != nil)
        #expect(TemplateCheck.diagnostics(folder: templates.path) == [
            Diagnostic(file: templates.path + "/home.mustache", line: line ?? 0, column: 3, severity: .error, code: "missing-template",
                       message: "template includes `partial-case-lists`, which is no template (`partial-case-lists.mustache`)",
                       hint: "did you mean `partial-case-list`?"),
            Diagnostic(file: templates.path + "/loop-a.mustache", line: 2, column: 3, severity: .error, code: "template-loop",
                       message: "templates include each other without end: loop-a > loop-b > loop-a"),
        ])
    }

    /// A malformed-input review (thirty-fifth session): partials including the next ten times crashed
    /// a build asking 4.3 GB, nine `{{#cases}}` inside each other never finished; `check` passed both.
    @Test("partials included many times over, and a list's section inside itself, are errors at their tag; a list inside another list is not")
    func templateGrowth() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            for level in 1...6 {
                let next = level < 6 ? String(repeating: "{{> grow\(level + 1)}}", count: 10) : "lol"
                try (next + "\n").write(to: folder.appendingPathComponent("grow\(level).mustache"), atomically: false, encoding: .utf8)
            }
            try "{{#cases}}\n<p>{{title}}{{#scamTypes}}{{name}}{{/scamTypes}}</p>\n  {{#cases}}{{title}}{{/cases}}\n{{/cases}}\n{{^cases}}{{#cases}}x{{/cases}}{{/cases}}\n"
                .write(to: folder.appendingPathComponent("nested.mustache"), atomically: false, encoding: .utf8)
        }
        let growth = TemplateCheck.diagnostics(folder: templates.path).filter { $0.code == "template-growth" }
        #expect(growth.map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column)" } == ["grow1.mustache:1:1", "nested.mustache:3:3"], "\(growth)")
        #expect(growth.first?.message.contains("more than 100000 tags") == true)
        #expect(growth.last?.message.contains("`{{#cases}}` is inside `{{#cases}}` of line 1") == true)
    }

    @Test("a templates folder that does not exist is an error, not an empty site")
    func missingTemplatesFolder() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let missing = temp.child("NoTemplates")
        let result = await buildSite(alerts: Paths.bulletin, templates: missing, out: temp.child("site"))
        #expect(!result.succeeded)
        #expect(result.errors.map(\.code) == ["missing-templates"])
        #expect(result.errors.first?.file == missing.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == [])
    }

    /// A malformed-input review (thirty-sixth session): `check` passed an asset that is a link to
    /// nothing, or a pipe, and the build then failed on it.
    @Test("an asset a build cannot read is an error in check too")
    func unreadableAssetInCheck() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("assets/dangle.css").path, withDestinationPath: "/nonexistent")
            #expect(mkfifo(folder.appendingPathComponent("assets/fifo.css").path, 0o644) == 0)
        }
        let checked = TemplateCheck.diagnostics(folder: templates.path).filter { $0.severity == .error }
        #expect(checked.map { "\($0.code) \($0.file.split(separator: "/").last ?? "")" } == ["unreadable dangle.css", "unreadable fifo.css"], "\(checked)")
        let built = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(built.errors.map(\.message) == checked.map(\.message))
    }

    /// A malformed-input review (thirty-sixth session): a template saved as Latin-1 or GBK was
    /// "cannot read template" at 1:1; a case file says what the bytes are, and where.
    @Test("a template that is not UTF-8 is an error at its first bad byte, naming GBK; a BOM and CRLF are read")
    func templateEncoding() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let templates = try Self.templates(in: temp) { folder in
            let notFound = folder.appendingPathComponent("not-found.mustache")
            var latin1 = try Data(contentsOf: notFound)
            latin1.append(contentsOf: Array("<p>caf".utf8) + [0xE9] + Array("</p>\n".utf8))
            try latin1.write(to: notFound)
            let search = folder.appendingPathComponent("search.mustache")
            let gbk: [UInt8] = Array("{{! 搜索 }}\n<p>".utf8) + [0xD6, 0xD0, 0xCE, 0xC4] + Array("</p>\n".utf8)
            try (Data(gbk) + (try Data(contentsOf: search))).write(to: search)
            let terms = folder.appendingPathComponent("terms.mustache")
            let crlf = try String(contentsOf: terms, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
            try (Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8)).write(to: terms)
        }
        let notFoundLines = try String(contentsOf: Paths.templates.appendingPathComponent("not-found.mustache"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        let result = await buildSite(alerts: Paths.bulletin, templates: templates, out: temp.child("site"))
        #expect(result.errors.map { "\($0.file.split(separator: "/").last ?? ""):\($0.line):\($0.column) \($0.message)" } == [
            "not-found.mustache:\(notFoundLines):7 the file is not valid UTF-8",
            "search.mustache:2:4 the file is not UTF-8: it reads as GBK, what Windows calls ANSI on a Chinese system",
        ])
    }

    /// A review (twenty-ninth session): with a content error as well, `build` named only the content
    /// error and exited 1, where `check` named both and exited 2 (usage).
    @Test("a build with content errors names the missing templates folder as well, as check does")
    func missingTemplatesWithContentErrors() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        try "---\ntitle: Bad date\ndate: nope\n---\nA caller asked for a code.\n"
            .write(to: alerts.appendingPathComponent("cases/bad-date.md"), atomically: false, encoding: .utf8)
        let result = await buildSite(alerts: alerts, templates: temp.child("NoTemplates"), out: temp.child("site"))
        #expect(Set(result.errors.map(\.code)) == ["missing-templates", "invalid-date"], "\(result.errors)")
    }

    /// A copy of the fixture bulletin with its `cases/` folder removed.
    static func bulletinWithoutCases(in temp: TempFolder) throws -> URL {
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        try FileManager.default.removeItem(at: alerts.appendingPathComponent("cases"))
        return alerts
    }

    @Test("a new bulletin with no cases yet builds: every view type is known without a page of it")
    func bulletinWithoutCases() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = try Self.bulletinWithoutCases(in: temp)
        let out = temp.child("site")
        let result = await buildSite(alerts: alerts, out: out)
        #expect(result.succeeded, "\(result.report)")
        let list = try String(contentsOf: out.appendingPathComponent("cases/index.html"), encoding: .utf8)
        #expect(list.contains("No cases reported yet."))
        let home = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<p>No cases reported yet.</p>"))
        #expect(!home.contains("<ul class=\"term-grid\">"), "no empty list of scam types")
    }

    @Test("with no cases, a misspelt field of the case page is still an error")
    func misspeltFieldWithoutCases() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = try Self.bulletinWithoutCases(in: temp)
        let templates = try Self.templates(in: temp) { folder in
            let file = folder.appendingPathComponent("case.mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "{{title}}", with: "{{titel}}").write(to: file, atomically: false, encoding: .utf8)
        }
        let result = await buildSite(alerts: alerts, templates: templates, out: temp.child("site"))
        #expect(!result.succeeded)
        #expect(!result.errors.isEmpty)
        #expect(result.errors.allSatisfy { $0.code == "unknown-template-field" && $0.file == templates.path + "/case.mustache" })
    }
}

extension TemplateCheckTests {
    /// An editor's walk through the guide (twenty-ninth session): `check --strict` passed while the
    /// build warned that flyers had no room for a hotline; `check` now lays the flyers out too.
    @Test("check lays the flyers out as a build does: the same flyer-hotlines warnings, nothing written")
    func checkLaysOutFlyers() async throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let alerts = temp.child("Alerts")
        try copyFolder(Paths.bulletin, to: alerts)
        let many = (1...14).map { "  - {label: Line \($0), number: \"9611\($0)\"}\n" }.joined()
        try IncrementalBuildTests.replace(alerts.appendingPathComponent("site.yml"), "  - {label: Police, number: \"110\"}\n", many)
        let checked = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        let fromCheck = TemplateCheck.diagnostics(folder: Paths.templates.path, site: bulletin.site, bulletin: bulletin)
            .filter { $0.code == "flyer-hotlines" }
        let built = await buildSite(alerts: alerts, out: temp.child("site"))
        let fromBuild = built.diagnostics.filter { $0.code == "flyer-hotlines" }
        #expect(!fromBuild.isEmpty)
        #expect(fromCheck == fromBuild)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["Alerts", "site"], "check wrote nothing")
    }
}
