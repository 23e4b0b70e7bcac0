import AlertpressCore
import AlertpressFlyers
import Foundation

/// The templates' diagnostics, for `check`: what a build would report about them, about the
/// logo site.yml names among their assets, and about the flyers, without writing anything.
public enum TemplateCheck {
    /// What a build would say of the templates, the logo and, given a `bulletin` with no errors,
    /// its flyers (laid out as a build lays them out: a hotline with no room is a warning) and the
    /// links of its bodies to pages it does not make; nothing is written.
    public static func diagnostics(folder: String, site: SiteSettings? = nil, bulletin: Bulletin? = nil,
                                   fileSystem: some ContentFileSystem = DiskFileSystem()) -> [Diagnostic] {
        let loaded = TemplateLibrary.load(folder: folder)
        var log = loaded.log
        // Without the folder, its missing logo would only repeat that it is missing.
        let logo = loaded.library == nil ? nil : LogoFile.load(site?.logo ?? bulletin?.site.logo, templates: folder, fileSystem: fileSystem, log: &log)
        let assets = loaded.library == nil ? nil : SiteBuilder.assetNames(folder, fileSystem: fileSystem, log: &log)
        // Read as a build reads them: a link to nothing, a pipe or an unreadable file fails the build.
        if let assets { _ = SiteBuilder.assets(folder, names: assets, fileSystem: fileSystem, log: &log) }
        if let bulletin, let templates = loaded.library, !log.hasErrors {
            let renderers = bulletin.editions.map { edition in
                SiteRenderer(bulletin: bulletin, edition: edition, templates: templates, inputs: Fingerprint(), logo: logo) { url, label in
                    QRCodeSVG.svg(for: url, label: label) ?? ""
                }
            }
            let flyers = Flyers.jobs(renderers.map(\.flyers), inputs: Fingerprint())
            log.append(contentsOf: Flyers.render(flyers, layoutOnly: true, fileSystem: fileSystem).problems)
            func generatedPaths() -> Set<String> {
                let pages = renderers.flatMap { $0.pageJobs() }
                let feeds = renderers.flatMap { FeedContent(renderer: $0, templates: templates).jobs() + [SearchIndex.job($0)] }
                return SiteLinks.paths(jobs: pages + feeds + [Sitemap.job(bulletin, pages: pages.compactMap(\.sitemap))], flyers: flyers, assets: assets ?? [])
            }
            // Files for the site's root are read as a build reads them, against what it makes (worked out only then).
            let generated = fileSystem.isDirectory(folder + "/root") ? generatedPaths() : nil
            let root = generated.map { SiteBuilder.rootFiles(folder, generated: $0, fileSystem: fileSystem, log: &log).map(\.path) } ?? []
            log.append(contentsOf: SiteLinks.check(bulletin, paths: { (generated ?? generatedPaths()).union(root) }, fileSystem: fileSystem))
        }
        return log.sorted
    }
}

/// The Mustache templates of `Templates/`, loaded once. A missing template, a template that
/// does not parse, or a template that names a field no view has, is a diagnostic — never an
/// empty render.
struct TemplateLibrary: Sendable {
    static let required = ["layout", "home", "list", "case", "terms", "term", "campaigns", "campaign", "flyer",
                           "search", "not-found", "feed-entry"]

    let templates: [String: [TemplateNode]]
    let folder: String
    /// Of every template's name and text: pages rendered with other templates are rendered again.
    let fingerprint: Fingerprint

    /// The library (nil when the folder is missing) and what is wrong with its templates.
    static func load(folder: String) -> (library: TemplateLibrary?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        var templates: [String: [TemplateNode]] = [:]
        var fingerprint = Fingerprint()
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder) else {
            log.error("missing-templates", "template folder `\(folder)` does not exist", at: SourceLocation(file: folder, line: 0, column: 0),
                      hint: "pass --templates, or run where `Templates/` is")
            return (nil, log)
        }
        var broken: Set<String> = []
        for entry in entries.sorted() where entry.hasSuffix(".mustache") {
            let name = String(entry.dropLast(".mustache".count))
            let path = folder + "/" + entry
            guard let data = manager.contents(atPath: path) else {
                log.error("unreadable", "cannot read template", at: SourceLocation(file: path, line: 1))
                broken.insert(name)
                continue
            }
            let text: String
            switch TextFile.read(data, path: path) {
            case .text(let read): text = read
            case .notText(let diagnostic):
                log.append(contentsOf: [diagnostic])
                broken.insert(name)
                continue
            }
            Resolver.scanTemplate(text, file: path, log: &log)
            do {
                var warnings: [TemplateSyntaxError] = []
                templates[name] = try TemplateParser.parse(text, warnings: &warnings)
                for warning in warnings {
                    log.warning("template-text-tag", warning.message, at: SourceLocation(file: path, line: warning.line, column: warning.column))
                }
                fingerprint.add(name)
                fingerprint.add(text)
            } catch {
                log.error("template-syntax", error.message, at: SourceLocation(file: path, line: error.line, column: error.column))
                broken.insert(name)
            }
        }
        for name in required where templates[name] == nil && !broken.contains(name) {
            log.error("missing-template", "missing template `\(name).mustache`", at: SourceLocation(file: folder + "/\(name).mustache", line: 0, column: 0))
        }
        let library = TemplateLibrary(templates: templates, folder: folder, fingerprint: fingerprint)
        library.checkPartials(missing: broken, log: &log)
        library.checkNames(against: TemplateSamples.views, log: &log)
        library.checkEscaping(log: &log)
        library.checkGrowth(log: &log)
        return (library, log)
    }

    /// Renders a view with a template; `hanLanguage` as `TemplateRenderer`'s.
    func render(_ view: any TemplateView, _ name: String, hanLanguage: String? = nil) -> String {
        guard let nodes = templates[name] else { return "" }
        var renderer = TemplateRenderer(templates: templates, view: view, hanLanguage: hanLanguage)
        renderer.render(nodes)
        return renderer.output
    }

    /// The most tags a template may stand for with its partials included: the shipped ones stand
    /// for a few hundred. Partials that each include the next ten times make pages of gigabytes
    /// (a malformed-input review, thirty-fifth session: 4.3 GB asked of memory, and a crash).
    static let largestExpansion = 100_000.0

    /// Reports what would make a page without end or of gigabytes, which `check` passes otherwise:
    /// partials included many times over, and a list's section inside a section of the same list
    /// (`{{#cases}}…{{#cases}}`: the whole list again for each of its items, nine deep a billion times).
    func checkGrowth(log: inout DiagnosticLog) {
        var sizes: [String: Double] = [:]
        func size(_ name: String, _ visiting: Set<String>) -> Double {
            if let known = sizes[name] { return known }
            guard let nodes = templates[name], !visiting.contains(name) else { return 0 } // loops are checkPartials'
            func count(_ nodes: [TemplateNode]) -> Double {
                nodes.reduce(0) { total, node in
                    switch node {
                    case .text, .variable: total + 1
                    case .section(_, let inner, _): total + 1 + count(inner)
                    case .partial(let partial, _, _, _): total + 1 + size(partial, visiting.union([name]))
                    }
                }
            }
            let result = count(nodes)
            sizes[name] = result
            return result
        }
        for (name, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            let file = folder + "/\(name).mustache"
            // Said once, where the growth passes the limit: not again in every template that includes that one.
            if size(name, []) > Self.largestExpansion, let tag = TemplateParser.partials(in: nodes).max(by: { size($0.name, []) < size($1.name, []) }),
               size(tag.name, []) <= Self.largestExpansion {
                log.error("template-growth", "`\(name)` stands for more than \(Int(Self.largestExpansion)) tags with its partials included: partials that include others many times over make pages without end",
                          at: SourceLocation(file: file, line: tag.line, column: tag.column), hint: "include each partial once where it is needed")
            }
            func walk(_ nodes: [TemplateNode], open: [TemplateName]) {
                for node in nodes {
                    guard case .section(let section, let inner, let inverted) = node else { continue }
                    if !inverted, !section.path.isEmpty, let outer = open.first(where: { $0.path == section.path && $0.functions == section.functions }) {
                        log.error("template-growth", "`{{#\(section.written)}}` is inside `{{#\(outer.written)}}` of line \(outer.line): a list repeated for each of its own items makes pages without end",
                                  at: SourceLocation(file: file, line: section.line, column: section.column), hint: "close the outer section before opening it again")
                        continue
                    }
                    walk(inner, open: inverted ? open : open + [section])
                }
            }
            walk(nodes, open: [])
        }
    }

    /// Reports partials that are no template, and partials that include themselves, which would
    /// never finish rendering (no view is nested in itself).
    func checkPartials(missing broken: Set<String>, log: inout DiagnosticLog) {
        for (template, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            for partial in TemplateParser.partials(in: nodes) where templates[partial.name] == nil && !broken.contains(partial.name) {
                let hint = Suggest.nearest(partial.name, in: Set(templates.keys)).map { "did you mean `\($0)`?" }
                log.error("missing-template", "template includes `\(partial.name)`, which is no template (`\(partial.name).mustache`)",
                          at: SourceLocation(file: folder + "/\(template).mustache", line: partial.line, column: partial.column), hint: hint)
            }
            if let loop = includeLoop(from: template, through: [template]), loop.min() == template,
               let tag = TemplateParser.partials(in: nodes).first(where: { $0.name == loop[1] }) {
                log.error("template-loop", "templates include each other without end: \(loop.joined(separator: " > "))",
                          at: SourceLocation(file: folder + "/\(template).mustache", line: tag.line, column: tag.column))
            }
        }
    }

    private func includeLoop(from name: String, through path: [String]) -> [String]? {
        for partial in Set(TemplateParser.partials(in: templates[name] ?? []).map(\.name)).sorted() {
            if partial == path[0] { return path + [partial] }
            if path.contains(partial) { continue }
            if let loop = includeLoop(from: partial, through: path + [partial]) { return loop }
        }
        return nil
    }

    /// Reports template tags that name no field of any view type (see `TemplateSamples`).
    func checkNames(against views: [Any], log: inout DiagnosticLog) {
        var labels: Set<String> = []
        for view in views { TemplateLibrary.collectLabels(view, into: &labels) }
        for (template, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            for name in TemplateParser.names(in: nodes) {
                // Every part of a dotted name (`loss.amount`): a part no view has prints nothing.
                guard let field = name.path.first(where: { !labels.contains($0) }) else { continue }
                let hint = Suggest.nearest(field, in: labels).map { "did you mean `\($0)`?" }
                let written = name.path.count > 1 ? "`\(name.path.joined(separator: "."))`, whose `\(field)`" : "`\(field)`, which"
                log.error("unknown-template-field", "template uses \(written) no page provides",
                          at: SourceLocation(file: folder + "/\(template).mustache", line: name.line, column: name.column), hint: hint)
            }
        }
    }

    /// The fields that hold HTML alertpress made itself (the rendered body, the page inside the
    /// layout, charts and QR codes as SVG): the only ones a template may print unescaped.
    static let htmlFields: Set<String> = ["body", "content", "svg", "qrSVG"]

    /// What a page template must print, and how: a case page's story and title, a feed entry's
    /// story, a type's or a campaign's name, a flyer page's headline.
    static let requiredFields: [String: [(String, String)]] = [
        "case": [("title", "{{title}}"), ("body", "{{{body}}}")],
        "feed-entry": [("body", "{{{body}}}")],
        "term": [("name", "{{name}}")],
        "campaign": [("title", "{{title}}")],
        "flyer": [("headline", "{{headline}}")],
    ]

    /// SPEC §5: every field is escaped for its context. A template that prints any other field
    /// unescaped would publish a title's `<script>` as markup; a layout that does not print the
    /// page's HTML unescaped, once, would publish pages without their content or as source text.
    func checkEscaping(log: inout DiagnosticLog) {
        for (template, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            let (unescaped, escaped) = TemplateParser.variables(in: nodes)
            let file = folder + "/\(template).mustache"
            for name in unescaped {
                // `{{{.}}}` too: the items of a list (indicators, phrases) are text.
                guard name.path.last.map(Self.htmlFields.contains) != true || !name.functions.isEmpty else { continue }
                log.error("unescaped-field", "template prints `\(name.written)` without escaping: a `<` in it would be published as markup",
                          at: SourceLocation(file: file, line: name.line, column: name.column),
                          hint: "write {{\(name.written)}}; only \(Self.htmlFields.sorted().map { "`\($0)`" }.joined(separator: ", ")), which alertpress makes as HTML, are printed with {{{…}}}")
            }
            for name in escaped where name.path.last.map(Self.htmlFields.contains) == true && name.functions.isEmpty {
                log.error("escaped-html", "template prints `\(name.written)`, which is HTML, escaped: readers would see its tags as text",
                          at: SourceLocation(file: file, line: name.line, column: name.column), hint: "write {{{\(name.written)}}}")
            }
            // A case page or a feed entry that leaves out the story publishes every case without it.
            // (A misspelt field, `{{titel}}`, has its own error, which says what was meant.)
            if let required = Self.requiredFields[template], !log.all.contains(where: { $0.file == file && $0.code == "unknown-template-field" }) {
                var seen = Set<String>(), printed = Set<[String]>()
                func gather(_ template: String) {
                    guard seen.insert(template).inserted, let nodes = templates[template] else { return }
                    let (unescaped, escaped) = TemplateParser.variables(in: nodes)
                    printed.formUnion((unescaped + escaped).map(\.path))
                    for partial in TemplateParser.partials(in: nodes) { gather(partial.name) }
                }
                gather(template)
                for (field, written) in required where !printed.contains([field]) {
                    log.error("missing-template-field", "`\(template).mustache` does not print `\(field)`: every page it makes would leave it out",
                              at: SourceLocation(file: file, line: 1, column: 1), hint: "print it as \(written)")
                }
            }
            if template == "layout" {
                let placed = unescaped.filter { $0.path == ["content"] }
                if placed.count != 1, !(placed.isEmpty && escaped.contains { $0.path == ["content"] }) {
                    log.error("layout-content", placed.isEmpty ? "the layout does not print the page (`{{{content}}}`): every page would be empty"
                                                             : "the layout prints the page (`{{{content}}}`) \(placed.count) times",
                              at: SourceLocation(file: file, line: placed.dropFirst().first?.line ?? 1, column: placed.dropFirst().first?.column ?? 1),
                              hint: "put {{{content}}} once inside <main>")
                }
            }
        }
    }

    static func collectLabels(_ value: Any, into labels: inout Set<String>, depth: Int = 0) {
        guard depth < 8 else { return }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection || mirror.displayStyle == .optional {
            for child in mirror.children { collectLabels(child.value, into: &labels, depth: depth + 1) }
            return
        }
        for child in mirror.children {
            guard let label = child.label else { continue }
            labels.insert(label)
            collectLabels(child.value, into: &labels, depth: depth + 1)
        }
    }
}


