import AlertpressCore
import AlertpressFlyers
import Foundation
import Synchronization

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    public var alerts: String
    public var templates: String
    public var out: String
    public var clock: BuildClock
    /// Identifies the program (for example its size and modification time): what one version
    /// of alertpress worked out is not reused by another.
    public var tool: String

    public init(alerts: String = "Alerts", templates: String = "Templates", out: String = "site", clock: BuildClock, tool: String = "") {
        self.alerts = alerts
        self.templates = templates
        self.out = out
        self.clock = clock
        self.tool = tool
    }
}

/// Work that makes output files, with a fingerprint of everything it reads: a job whose files
/// were last made from the same inputs is not run again.
struct RenderJob: Sendable {
    /// The files `run` returns.
    var paths: [String]
    var inputs: Fingerprint
    /// The page's sitemap entry; nil for files that are not pages, and for pages kept out of the sitemap.
    var sitemap: Sitemap.Entry?
    var run: @Sendable () -> [OutputFile]
}

/// A stage of the build has finished: its name and how many things it produced.
public struct BuildProgress: Sendable, Equatable {
    public var stage: String
    public var count: Int

    /// Reported right before the staged site is moved into `--out`: from here on, stopping the
    /// process could leave old and new pages side by side (the command finishes the move first).
    public static let moving = "moving the site into place"
}

/// What a build did.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Set when the output folder could not be written (the previous site is untouched).
    public var outputError: String?
    /// The output folder was refused before anything was written: `--out` is a file, overlaps the
    /// sources or holds files alertpress did not make (a usage error).
    public var outputRefused = false
    public var files = 0
    public var written = 0
    public var kept = 0
    /// Files and folders found in `--out` that no build made (added by hand), removed as a clean
    /// build has none; paths relative to `--out`.
    public var removedByHand: [String] = []
    /// Case pages the last build into `--out` published and this one no longer does (`/cases/<slug>/`).
    public var retiredCasePages: [String] = []
    /// Other pages and flyers it no longer publishes (`SiteOutput.retiredAddresses`).
    public var retiredAddresses: [String] = []
    /// Cases dated after the build clock (`Bulletin.scheduledCases`): not published yet.
    public var scheduled: [(file: String, day: String)] = []
    /// Published cases of no scam type (`Bulletin.untypedCases`).
    public var untyped: [String] = []
    /// The path of `base_url` that the site is published under: `/`, or `/fraud-alerts/`.
    public var rootPath = "/"
    public var pages = 0
    public var flyers = 0
    /// Pages, feeds, search indexes and flyers rendered; the others were unchanged since the last build.
    public var rendered = 0
    /// Case groups taken from the memo of the last build, and those worked out again.
    public var reusedCases = 0
    public var processedCases = 0

    public var succeeded: Bool { outputError == nil && !diagnostics.contains { $0.severity == .error } }
}

/// The whole build, top to bottom: load → validate → parse → enrich (ContentPipeline), then
/// render pages, feeds, search, flyers and sitemap, then write the staged output and swap it in.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions, fileSystem: some ContentFileSystem = DiskFileSystem(),
                             progress: @Sendable (BuildProgress) -> Void = { _ in }) async -> BuildResult {
        func report(_ stage: String, _ count: Int) { progress(BuildProgress(stage: stage, count: count)) }
        let writer = SiteWriter(out: options.out)
        do {
            try writer.checkSeparate(from: [options.alerts, options.templates])
        } catch {
            return BuildResult(diagnostics: [], outputError: "\(error)", outputRefused: true)
        }
        do {
            return try await writer.exclusively(waiting: { report("waiting for another build into the same folder", 0) }) {
                await build(options, writer: writer, fileSystem: fileSystem, progress: progress)
            }
        } catch {
            return BuildResult(diagnostics: [], outputError: "\(error)", outputRefused: (error as? OutputError)?.isRefusal ?? false)
        }
    }

    private static func build(_ options: BuildOptions, writer: SiteWriter, fileSystem: some ContentFileSystem,
                              progress: @Sendable (BuildProgress) -> Void) async -> BuildResult {
        func report(_ stage: String, _ count: Int) { progress(BuildProgress(stage: stage, count: count)) }
        // The templates and the last build's manifest do not depend on the content: they are read
        // while it is checked, whose serial parts leave a core idle.
        async let prepared = (templates: TemplateLibrary.load(folder: options.templates),
                              manifest: Result { try writer.previousManifest() })
        // The memo of the last build is decoded while `Alerts/` is listed and read (reading waits
        // on the disk when the files are not cached).
        // Without the manifest the site is built whole (`commitWhole`): a memo left there is not used.
        let hasSite = FileManager.default.fileExists(atPath: writer.out.appendingPathComponent(SiteWriter.manifestName).path)
        let memoized = hasSite && MemoFile.isStored(in: writer.out, tool: options.tool, alerts: options.alerts)
        let reading = Task { hasSite ? MemoFile.read(writer.out, tool: options.tool) : MemoFile.Stored(memo: CaseMemo(shards: []), sameTool: false) }
        let known = memoized ? MemoFile.knownFiles(in: writer.out, tool: options.tool, alerts: options.alerts) : KnownFiles()
        var checked = await ContentPipeline.check(alerts: options.alerts, fileSystem: fileSystem, clock: options.clock,
                                                  memoized: memoized, known: known) { await reading.value.memo }
        let stored = await reading.value
        var log = DiagnosticLog()
        log.append(contentsOf: checked.diagnostics)
        report("checked cases", checked.bulletin?.editions.map(\.cases.count).reduce(0, +) ?? 0)
        let (loadedTemplates, manifest) = await prepared
        // The templates' errors too when the content has some: every error at once, as `check`.
        log.append(contentsOf: loadedTemplates.log.all)
        let assetNames = loadedTemplates.library == nil ? nil : assetNames(options.templates, fileSystem: fileSystem, log: &log)
        guard let bulletin = checked.bulletin, checked.errors == 0 else {
            return BuildResult(diagnostics: log.sorted)
        }
        let logo = loadedTemplates.library == nil ? nil
            : LogoFile.load(bulletin.site.logo, templates: options.templates, fileSystem: fileSystem, log: &log)
        guard let templates = loadedTemplates.library, !log.hasErrors else {
            return BuildResult(diagnostics: log.sorted)
        }

        // Jobs render in parallel, in chunks that go straight to the staging folder, so the rendered
        // site is never held in memory whole. A job whose files were made from the same inputs by
        // the last build is not run. `--out` changes only at `commit`.
        var site: StagedSite
        do {
            site = try writer.begin(previous: manifest.get(), reuse: stored.sameTool)
        } catch {
            return BuildResult(diagnostics: log.sorted, outputError: "\(error)", outputRefused: (error as? OutputError)?.isRefusal ?? false)
        }
        let inputs = Fingerprint { hash in
            hash.add(templates.fingerprint)
            hash.add(bulletin.fingerprint)
            hash.add(logo?.fingerprint ?? Fingerprint())
        }
        // Feeds and search indexes go first, every language's: they are the longest jobs.
        let editions = Parallel.map(bulletin.editions) { edition in
            let renderer = SiteRenderer(bulletin: bulletin, edition: edition, templates: templates, inputs: inputs, logo: logo) { url, label in
                QRCodeSVG.svg(for: url, label: label) ?? ""
            }
            return (first: FeedContent(renderer: renderer, templates: templates).jobs() + [SearchIndex.job(renderer)],
                    pages: renderer.pageJobs(), flyers: renderer.flyers)
        }
        let flyerJobs = Flyers.jobs(editions.map(\.flyers), inputs: inputs)
        var staleFlyers: [Flyers.Job] = []
        for job in flyerJobs where !site.keepIfCurrent([job.path], inputs: job.inputs) { staleFlyers.append(job) }
        // Flyers render beside the pages (they read none of them), so the cores stay busy to the end.
        async let flyerResults = Flyers.render(staleFlyers, fileSystem: fileSystem)
        let pageJobs = editions.flatMap(\.pages)
        var pages = pageJobs.count
        let rendered: Int
        do {
            let sitemap = Sitemap.job(bulletin, pages: pageJobs.compactMap(\.sitemap))
            let generated = SiteLinks.paths(jobs: [editions.flatMap(\.first), [sitemap], pageJobs].joined(), flyers: flyerJobs, assets: assetNames ?? [])
            let root = rootFiles(options.templates, generated: generated, fileSystem: fileSystem, log: &log)
            log.append(contentsOf: SiteLinks.check(bulletin, paths: { generated.union(root.map(\.path)) }, fileSystem: fileSystem))
            rendered = try run([editions.flatMap(\.first) + [sitemap], pageJobs].joined(), into: &site)
            var rest = [notFoundPage(bulletin, templates: templates, logo: logo)]
            rest += assets(options.templates, names: assetNames ?? [], fileSystem: fileSystem, log: &log) + root
            try site.add(rest)
            pages += 1
            report("rendered pages, feeds and search indexes", rendered)
        } catch {
            site.abort()
            return BuildResult(diagnostics: log.sorted, outputError: "\(error)")
        }
        let (flyers, flyerProblems, incomplete) = await flyerResults
        log.append(contentsOf: flyerProblems)
        report("rendered flyers", flyers.count)
        guard !log.hasErrors else {
            site.abort()
            return BuildResult(diagnostics: log.sorted)
        }

        var result = BuildResult(diagnostics: log.sorted)
        result.scheduled = bulletin.scheduledCases
        result.untyped = bulletin.untypedCases
        result.rootPath = rootPath(bulletin.site)
        result.pages = pages
        result.flyers = flyerJobs.count
        result.rendered = rendered + flyers.count
        result.processedCases = checked.memo.workedOut
        result.reusedCases = checked.memo.count - result.processedCases
        // Unpublished cases (drafts, future cases) stay out of the output folder, memo included.
        // The memo is encoded (and, into a site in place, written under temporary names) on
        // another core while the site is committed; it is moved into place once that succeeded.
        checked.memo.remove(checked.unpublished)
        let (memo, knownNow, early) = (checked.memo, checked.known, site.inPlace)
        let staging = Task { MemoFile.stage(memo, known: knownNow, previous: known, options: options, to: writer.out, early: early) }
        do {
            // A flyer whose page left hotlines out is recorded with no inputs, so that every build
            // makes it again and its warning stays until the hotlines fit.
            try site.add(flyers, inputs: Dictionary(uniqueKeysWithValues: staleFlyers.map { ($0.path, incomplete.contains($0.path) ? Fingerprint() : $0.inputs) }))
            result.retiredCasePages = site.retiredCasePages
            result.retiredAddresses = site.retiredAddresses
            // A build that would take down every case of a site that has some is most likely run on
            // the wrong folder or with the wrong clock (`cases/` renamed, SOURCE_DATE_EPOCH=0).
            if !result.retiredCasePages.isEmpty, !bulletin.editions.contains(where: { $0.cases.contains { $0.status.hasPage } }) {
                site.abort()
                await staging.value.discard()
                var failed = log
                failed.error("no-cases", "no case would be published, and the \(result.retiredCasePages.count) case page(s) of the site in `\(options.out)` would be taken down",
                             at: SourceLocation(file: options.alerts.isEmpty ? "cases" : options.alerts + "/cases", line: 0, column: 0),
                             hint: "check --alerts, the folder `cases/` and the build clock (--now, SOURCE_DATE_EPOCH); to take every case down, delete `\(options.out)` and build again")
                return BuildResult(diagnostics: failed.sorted)
            }
            report(BuildProgress.moving, 0)
            let counts = try site.commit()
            result.files = counts.written + counts.kept
            result.written = counts.written
            result.kept = counts.kept
            result.removedByHand = counts.removedByHand
            report("wrote files", counts.written)
        } catch {
            site.abort()
            await staging.value.discard()
            result.outputError = "\(error)"
            return result
        }
        var staged = await staging.value
        staged.publish()
        // Freeing every case, memo group and job takes longer than most stages of an incremental
        // build: it is done on another thread, off the caller's path. The values move into
        // `Discard`, so this function holds none of them when it returns.
        _ = consume bulletin
        let discard = Discard((consume checked, consume stored, consume editions, consume pageJobs, consume site))
        DispatchQueue.global(qos: .utility).async { discard.drop() }
        return result
    }

    /// Runs the jobs whose files are not current, in parallel chunks; keeps the files of the others.
    /// Returns how many jobs ran.
    static func run(_ jobs: some Collection<RenderJob>, into site: inout StagedSite) throws -> Int {
        var stale: [RenderJob] = []
        // By position: a loop over the jobs would copy each.
        for index in jobs.indices where !site.keepIfCurrent(jobs[index].paths, inputs: jobs[index].inputs) { stale.append(jobs[index]) }
        for start in stride(from: 0, to: stale.count, by: pageChunk) {
            let chunk = Array(stale[start..<min(stale.count, start + pageChunk)])
            let files = Parallel.map(chunk) { $0.run() }
            var inputs: [String: Fingerprint] = [:]
            for job in chunk { for path in job.paths { inputs[path] = job.inputs } }
            try site.add(files.flatMap { $0 }, inputs: inputs)
        }
        return stale.count
    }

    /// How many jobs render (in parallel) before they are written out.
    static let pageChunk = 512

    static func rootPath(_ site: SiteSettings) -> String { (URLComponents(string: site.baseURL)?.percentEncodedPath ?? "") + "/" }

    /// The 404 page is served at any address, so its links start from the server's root: the
    /// path of `base_url`. Unlike full addresses, they also work on a test server or `serve`.
    /// Someone who followed an old link or flyer finds the home page, the search and the hotlines.
    static func notFoundPage(_ bulletin: Bulletin, templates: TemplateLibrary, logo: LogoFile?) -> OutputFile {
        let root = rootPath(bulletin.site)
        let sections = bulletin.editions.map { edition in
            let strings = Strings(edition.lang)
            let routes = Routes(bulletin.site, lang: edition.lang)
            return NotFoundSection(lang: edition.lang, title: strings["notfound.title"], text: strings["notfound.text"],
                                   homeLabel: strings["notfound.home"], homeHref: root + routes.home(),
                                   searchLabel: strings["search.title"], searchHref: root + routes.search(),
                                   hotlinesLabel: strings["hotlines"], hotlines: SiteRenderer.hotlineViews(edition.edition.texts.hotlines))
        }
        let home = bulletin.editions.first { $0.lang == bulletin.site.defaultLanguage } ?? bulletin.editions.first
        let defaultRoutes = Routes(bulletin.site, lang: bulletin.site.defaultLanguage)
        let view = NotFoundView(
            lang: bulletin.site.defaultLanguage, title: sections.map(\.title).joined(separator: " · "),
            stylesheet: root + "assets/style.css", icon: logo.flatMap { $0.image.isSquare ? root + $0.href : nil },
            siteTitle: home?.edition.texts.title ?? "", homeHref: root + defaultRoutes.home(),
            logo: logo.map { LogoView($0, src: root + $0.href, routes: defaultRoutes) },
            sections: sections)
        return OutputFile(path: "404.html", text: templates.render(view, "not-found"))
    }

    /// Every page links these by name: without one, pages lose their look, search or print.
    static let requiredAssets: Set<String> = ["style.css", "flyer.css", "search.js"]

    /// The files of `Templates/assets/` that are published (nil: no such folder), with a diagnostic
    /// for each that is not: an editor's backup, or a link to a file outside the templates folder
    /// (`/etc/hostname`), which would publish what nobody put there. One of `requiredAssets` that
    /// is missing or not published is an error. `build` and `check` both ask.
    static func assetNames(_ templates: String, fileSystem: some ContentFileSystem, log: inout DiagnosticLog) -> [String]? {
        let folder = templates + "/assets"
        guard fileSystem.isDirectory(folder), let names = try? fileSystem.files(under: folder) else {
            log.error("missing-assets", "`\(folder)` is missing: the site needs its stylesheet", at: SourceLocation(file: folder, line: 0, column: 0))
            return nil
        }
        let published = names.filter { name in
            let location = SourceLocation(file: folder + "/" + name, line: 0, column: 0)
            // A name is an address on the site: a person's number in it is published.
            Resolver.scanTemplate(name, file: location.file, log: &log)
            if DiskFileSystem.isEditorBackup(name) {
                log.warning("unknown-file", "`\(name)` is not published: it looks like an editor's backup copy", at: location,
                            hint: "delete it when you no longer need it")
                return false
            }
            if let target = fileSystem.linkTarget(folder + "/" + name, outside: templates) {
                let message = "`\(name)` is a link to `\(target)`, outside the templates folder: it is not published"
                if requiredAssets.contains(name) {
                    log.error("outside-link", message + ", and every page links it", at: location, hint: "copy the file into Templates/assets/")
                } else {
                    log.warning("outside-link", message, at: location, hint: "copy the file into Templates/assets/")
                }
                return false
            }
            return true
        }
        for required in requiredAssets.sorted() where !names.contains(required) {
            log.error("missing-assets", "`\(folder)/\(required)` is missing: every page that links it would be published without it",
                      at: SourceLocation(file: folder + "/" + required, line: 0, column: 0), hint: "copy it back from alertpress's Templates/assets/")
        }
        return published
    }

    /// Static files under `Templates/assets/` (`names`, as `assetNames` gives them), copied to `assets/`.
    static func assets(_ templates: String, names: [String], fileSystem: some ContentFileSystem, log: inout DiagnosticLog) -> [OutputFile] {
        let folder = templates + "/assets"
        return names.compactMap { name in
            let read = Result { try fileSystem.read(folder + "/" + name) }
            guard case .success(let data) = read else {
                if fileSystem.isDirectory(folder + "/" + name) {
                    log.warning("linked-folder", "`\(name)` is a link to a folder; it is not followed, and nothing in it is copied",
                                at: SourceLocation(file: folder + "/" + name, line: 0, column: 0), hint: "copy the files into Templates/assets/")
                    return nil
                }
                let reason = if case .failure(let error) = read { ": \(error.localizedDescription)" } else { "" }
                log.error("unreadable", "cannot read asset\(reason)", at: SourceLocation(file: folder + "/" + name, line: 0, column: 0))
                return nil
            }
            // An image that runs a script runs it on the bulletin's own address when opened by itself.
            if name.lowercased().hasSuffix(".svg"), let script = Self.scriptInSVG(data) {
                log.error("unsafe-asset", "the SVG image holds \(script), which would run on the bulletin's own address when the image is opened",
                          at: SourceLocation(file: folder + "/" + name, line: 0, column: 0), hint: "save the image again without scripts or event handlers (or as PNG)")
                return nil
            }
            return OutputFile(path: "assets/" + name, data: data)
        }
    }

    /// Files under `Templates/root/`, published at the site's root as they are: a custom domain's
    /// `CNAME`, `.nojekyll`, `.well-known/security.txt`, a search engine's verification file. Hidden
    /// files are published too (there they are the point), but for version control's and alertpress's
    /// own; an editor's backup or a link out of the templates folder is not, with a warning.
    /// None may take the place of a file the build makes (`generated`, its paths): that is an error.
    static func rootFiles(_ templates: String, generated: Set<String>, fileSystem: some ContentFileSystem, log: inout DiagnosticLog) -> [OutputFile] {
        let folder = templates + "/root"
        guard fileSystem.isDirectory(folder), let names = try? fileSystem.files(under: folder, includingHidden: true) else { return [] }
        return names.compactMap { name in
            let location = SourceLocation(file: folder + "/" + name, line: 0, column: 0)
            let top = String(name.prefix { $0 != "/" })
            if DiskFileSystem.isEditorBackup(name) || [".DS_Store", "Thumbs.db"].contains(String(name.split(separator: "/").last ?? "")) {
                log.warning("unknown-file", "`\(name)` is not published: it looks like an editor's backup or a system's file", at: location,
                            hint: "delete it when you no longer need it")
                return nil
            }
            if SiteWriter.versionControl.contains(top) || SiteWriter.isState(top) || SiteWriter.marks.contains(top) {
                log.error("reserved-path", "`root/\(name)` is not published: `\(top)` at the top of the site is \(SiteWriter.versionControl.contains(top) ? "version control's" : "alertpress's own")",
                          at: location, hint: "remove it from Templates/root/")
                return nil
            }
            if generated.contains(name) || top == "assets" {
                log.error("reserved-path", "`root/\(name)` would take the place of `\(name)`, which the build makes", at: location,
                          hint: top == "assets" ? "put files for /assets/ in Templates/assets/" : "remove it from Templates/root/, or give it another name")
                return nil
            }
            if let target = fileSystem.linkTarget(folder + "/" + name, outside: templates) {
                log.warning("outside-link", "`\(name)` is a link to `\(target)`, outside the templates folder: it is not published", at: location,
                            hint: "copy the file into Templates/root/")
                return nil
            }
            guard let data = try? fileSystem.read(folder + "/" + name) else {
                log.error("unreadable", "cannot read `root/\(name)`", at: location)
                return nil
            }
            if name.lowercased().hasSuffix(".svg"), let script = Self.scriptInSVG(data) {
                log.error("unsafe-asset", "the SVG image holds \(script), which would run on the bulletin's own address when the image is opened",
                          at: location, hint: "save the image again without scripts or event handlers (or as PNG)")
                return nil
            }
            return OutputFile(path: name, data: data)
        }
    }

    /// What in an SVG image would run: a `<script>` element (whatever its namespace prefix), an event
    /// handler (`onload=`), an attribute whose address is `javascript:` or a `data:` page, a style sheet
    /// instruction that can run a transformation; nil for none. Read as a browser reads it: UTF-16 too,
    /// the file's own entities expanded (Illustrator declares some), character references decoded in
    /// attribute values (`&#x6A;avascript:`), and an address's tabs and line breaks left out
    /// (`java&#x09;script:`), as a browser's URL parser does. Text a picture shows ("Data: 5 GB") is no address.
    static func scriptInSVG(_ data: Data) -> String? {
        var texts = [String(decoding: data, as: UTF8.self)]
        // A UTF-16 file (with a byte-order mark or without one) holds zero bytes: it is read both ways.
        if data.contains(0) {
            let units = stride(from: 0, to: data.count - 1, by: 2).map { index in (UInt16(data[data.startIndex + index]), UInt16(data[data.startIndex + index + 1])) }
            texts.append(String(decoding: units.map { $0.0 | $0.1 << 8 }, as: UTF16.self))
            texts.append(String(decoding: units.map { $0.0 << 8 | $0.1 }, as: UTF16.self))
        }
        for written in texts {
            // An embedded picture's or font's base64 is most of a screenshot's bytes, and holds no markup.
            var text = written.utf8.count > 4096 ? written.replacing(/;base64,[A-Za-z0-9+\/=\s]{64,}/, with: ";base64,") : written
            // Internal entities (`<!ENTITY name "value">`) are expanded where they are used, as the browser's parser does.
            let entities = text.matches(of: /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/).map { (String($0.output.1), String($0.output.2 ?? $0.output.3 ?? "")) }
            for _ in 0..<3 where !entities.isEmpty {
                for (name, value) in entities { text = text.replacingOccurrences(of: "&\(name);", with: value) }
            }
            if text.firstMatch(of: /(?i)<\s*(?:[^\s<>\/:]+:)?script[\s>\/]/) != nil { return "a `<script>`" }
            if text.firstMatch(of: /(?i)<\?xml-stylesheet/) != nil { return "a style sheet instruction (`<?xml-stylesheet`), which can run a transformation" }
            for attribute in text.matches(of: /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/) {
                let name = attribute.output.1.lowercased()
                if name.firstMatch(of: /^(?:[\w.-]+:)?on[a-z]+$/) != nil { return "an event handler (`\(attribute.output.1)=`)" }
                let value = decodedReferences(String(attribute.output.2 ?? attribute.output.3 ?? "").lowercased())
                let address = String(value.unicodeScalars.filter { $0.value > 0x20 })
                if address.contains("javascript:") || address.contains("vbscript:") { return "a `javascript:` link" }
                // A page or a script as a `data:` address (a picture, a font, an SVG shown as an image run nothing).
                if address.firstMatch(of: /data:(?:text\/html|application\/xhtml\+xml|application\/xml|text\/xml|text\/javascript|application\/(?:x-)?(?:java|ecma)script)/) != nil {
                    return "a `data:` address that is a page or a script"
                }
                // `srcdoc` is a page of its own, written in the attribute.
                if name == "srcdoc", value.firstMatch(of: /<\s*script|\son[a-z]+\s*=/) != nil { return "a `<script>`" }
            }
        }
        return nil
    }

    /// The text with its character references decoded (`&#106;`, `&#x6a;`, `&lt;`…), again and again
    /// while one is left (`&amp;#106;`), at most a few times: what a browser reads, once or after a second parse.
    static func decodedReferences(_ text: String) -> String {
        var text = text
        for _ in 0..<4 where text.contains("&") {
            let decoded = text.replacing(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos|colon|tab|newline|sol|lpar|rpar);?/) { match -> String in
                let name = match.output.1
                switch name {
                case "lt": return "<"
                case "gt": return ">"
                case "amp": return "&"
                case "quot": return "\""
                case "apos": return "'"
                case "colon": return ":"
                case "tab": return "\t"
                case "newline": return "\n"
                case "sol": return "/"
                case "lpar": return "("
                case "rpar": return ")"
                default:
                    let value = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst())
                    return value.flatMap(Unicode.Scalar.init).map { String(Character($0)).lowercased() } ?? ""
                }
            }
            if decoded == text { break }
            text = decoded
        }
        return text
    }
}

/// Stage 5 for print: every campaign flyer (each paper, large print when asked) and one A4 flyer
/// per scam type, in every language, rendered in parallel.
enum Flyers {
    struct Job: Sendable {
        var path: String
        var document: @Sendable () -> FlyerDocument
        /// `inputs` of the build, the language, the path and what the flyer reads of the cases.
        var inputs: Fingerprint
        var sources: Sources
    }

    /// Where the words a flyer prints are written: its warnings point there, at what an editor changes.
    struct Sources: Sendable {
        var title: SourceLocation
        var headline: SourceLocation
        var hotlines: SourceLocation
        /// The campaign's or scam type's file, which most of the rest comes from.
        var file: SourceLocation
        /// The other files the flyer prints from: the site's and the advice's (in its language and
        /// the default one), the tactics' (its red flags) and its recent case's. A character no
        /// font has is looked for in these after `file`.
        var others: [String] = []
    }

    /// `contents`: each language's, as its `SiteRenderer` made it.
    static func jobs(_ contents: [FlyerContent], inputs: Fingerprint) -> [Job] {
        var jobs: [Job] = []
        for content in contents {
            let routes = content.routes
            let edition = content.edition
            let texts = content.texts
            // The site files are in `Alerts/`, beside the advice files.
            var common = edition.edition.tactics.map(\.file)
            if let siteFile = texts.titleLocation?.file {
                let folder = siteFile.lastIndex(of: "/").map { String(siteFile[...$0]) } ?? ""
                common = [siteFile, folder + "advice.\(edition.lang).yml", folder + "advice.yml"] + common
            }
            func add(_ path: String, _ document: @escaping @Sendable () -> FlyerDocument, reads: Fingerprint, sources: Sources) {
                let path = routes.file(path)
                jobs.append(Job(path: path, document: document, inputs: Fingerprint { $0.add(inputs); $0.add(path); $0.add(reads) }, sources: sources))
            }
            for campaign in edition.edition.campaigns {
                let reads = content.inputs(campaign)
                let file = SourceLocation(file: campaign.file, line: 1)
                let sources = Sources(title: campaign.titleLocation ?? file, headline: campaign.headlineLocation ?? file,
                                      hotlines: texts.hotlinesLocation ?? file, file: file,
                                      others: common + [content.recent(campaign)?.entry.file].compactMap { $0 })
                for paperName in campaign.papers {
                    guard let paper = Paper(rawValue: paperName) else { continue }
                    add("flyers/\(campaign.id)-\(paperName).pdf", { content.campaign(campaign, paper: paper) }, reads: reads, sources: sources)
                    if campaign.largePrint {
                        add("flyers/\(campaign.id)-\(paperName)-large.pdf", { content.campaign(campaign, paper: paper, largePrint: true) },
                            reads: reads, sources: sources)
                    }
                }
            }
            for type in edition.edition.types {
                // A scam type's flyer is headed by the site's title, and its headline is the type's name.
                let file = SourceLocation(file: type.file, line: 1)
                let sources = Sources(title: texts.titleLocation ?? file, headline: type.nameLocation ?? file,
                                      hotlines: texts.hotlinesLocation ?? file, file: file,
                                      others: common + [content.recent(type)?.entry.file].compactMap { $0 })
                add("flyers/types/\(type.id)-a4.pdf", { content.type(type) }, reads: content.inputs(type), sources: sources)
            }
        }
        return jobs
    }

    /// The flyers of `jobs`, an error for each that could not be made and a warning for each whose
    /// page left hotlines out, prints characters no font has or cuts its title or headline.
    /// One at a time, beside the pages (which do not use Cairo): `FlyerRenderer` draws one flyer at
    /// a time in the process, because of a deadlock in Cairo 1.16's glyph cache.
    /// `incomplete`: the paths of flyers that left hotlines out, print gaps or cut their headline (made again, and warned about, every build).
    /// `layoutOnly`: the pages are laid out, not drawn, and no file is made (`check`).
    /// `fileSystem`: where a character no font has is looked for, to warn at the line that writes it.
    static func render(_ jobs: [Job], layoutOnly: Bool = false, fileSystem: some ContentFileSystem) -> (files: [OutputFile], problems: [Diagnostic], incomplete: Set<String>) {
        let results = jobs.map { job -> Result<FlyerRenderer.Flyer, FlyerError> in
            do {
                let document = job.document()
                return .success(layoutOnly ? try FlyerRenderer.layout(document) : try FlyerRenderer.make(document))
            } catch let error as FlyerError {
                return .failure(error)
            } catch {
                return .failure(.pdf("\(error)"))
            }
        }
        var files: [OutputFile] = []
        var log = DiagnosticLog()
        var incomplete: Set<String> = []
        var written = WrittenText(fileSystem: fileSystem)
        // One warning for each problem at its source, naming every flyer it shows on: a hotline too
        // long for the page is one line of site.yml, not one message for each of 46 flyers.
        var problems: [Problem: [String]] = [:]
        var order: [Problem] = []
        func note(_ problem: Problem, _ path: String) {
            if problems[problem] == nil { order.append(problem) }
            problems[problem, default: []].append(path)
            incomplete.insert(path)
        }
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let flyer):
                if !layoutOnly { files.append(OutputFile(path: job.path, data: flyer.pdf)) }
                if !flyer.hotlinesLeftOut.isEmpty { note(.hotlines(flyer.hotlinesLeftOut, at: job.sources.hotlines), job.path) }
                for field in flyer.cut {
                    note(.cut(field, at: field == "title" ? job.sources.title : field == "hotline labels" ? job.sources.hotlines : job.sources.headline), job.path)
                }
                if flyer.noAdvice { note(.noAdvice(at: job.sources.headline), job.path) }
                // Each character where it is written: one line of advice.yml, not every flyer's file.
                var byPlace: [SourceLocation: [String]] = [:]
                var places: [SourceLocation] = []
                for character in flyer.unprintable {
                    let place = ([job.sources.file.file] + job.sources.others).lazy.compactMap { written.location(of: character, in: $0) }.first
                        ?? job.sources.file
                    if byPlace[place] == nil { places.append(place) }
                    byPlace[place, default: []].append(character)
                }
                for place in places { note(.glyphs(byPlace[place] ?? [], at: place), job.path) }
            case .failure(let error):
                log.error("flyer-failed", "flyer `\(job.path)` could not be made: \(error)",
                          at: SourceLocation(file: job.path, line: 0, column: 0))
            }
        }
        for problem in order {
            let flyers = problems[problem] ?? []
            let named = flyers.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
                + (flyers.count > 3 ? " and \(flyers.count - 3) more" : "")
            let on = flyers.count == 1 ? "the flyer \(named)" : "\(flyers.count) flyers: \(named)"
            switch problem {
            case .hotlines(let numbers, let location):
                log.warning("flyer-hotlines", "no room for the hotline(s) \(numbers.joined(separator: ", ")) on \(on)", at: location,
                            hint: "shorten the hotlines' labels, or list fewer hotlines; a number longer than a line of the page is never printed: write it shorter")
            case .cut(let field, let location):
                let plural = field.hasSuffix("s")
                log.warning("flyer-cut", "the \(field) \(plural ? "do" : "does") not fit whole, and \(plural ? "are" : "is") printed cut short, on \(on)", at: location,
                            hint: plural ? "shorten the \(field), or list fewer hotlines" : "shorten the \(field)")
            case .noAdvice(let location):
                log.warning("flyer-no-advice", "no do or don't fits on \(on), beside the headline, the hotlines and the QR code: it prints no advice",
                            at: location, hint: "shorten the headline, or the first sentence of a piece of advice of the flyer's types: the shortest is printed alone when it fits")
            case .glyphs(let characters, let location):
                log.warning("flyer-glyphs", "no installed font has \(characters.joined(separator: " ")): \(characters.count == 1 ? "it is" : "they are") printed as gaps on \(on)", at: location,
                            hint: "pages show them, paper does not: write them in words (an emoji), or leave them out of titles, headlines and advice")
            }
        }
        return (files, log.all, incomplete)
    }

    /// A flyer warning's subject, at the place an editor fixes it.
    private enum Problem: Hashable {
        case hotlines([String], at: SourceLocation)
        case cut(String, at: SourceLocation)
        case noAdvice(at: SourceLocation)
        case glyphs([String], at: SourceLocation)
    }
}

/// Where a build keeps its `CaseMemo`: a folder in `--out` (nothing is written outside it), one
/// file per shard, without drafts or future cases. A shard is written only when it changed, whole,
/// under a temporary name and renamed. The memo is only a shortcut: a build without it, or with a
/// damaged shard, does the work that shard would have saved.
enum MemoFile {
    static let name = ".alertpress-cache"

    struct Stored {
        var memo: CaseMemo
        /// Whether this program wrote the memo, and so the site beside it.
        var sameTool: Bool
    }

    /// A shard's path relative to `--out`.
    static func shardName(_ shard: Int) -> String {
        name + "/" + Digits.padded(UInt32(shard), width: 2, radix: 10)
    }

    /// The decoded taxonomy's path relative to `--out`.
    static let taxonomyName = name + "/" + CaseMemo.taxonomyName

    /// The related cases' path relative to `--out`.
    static let relationsName = name + "/" + CaseMemo.relationsName

    /// The known case files' path relative to `--out`.
    static let knownFilesName = name + "/files"

    /// The case files the last build hashed, with their signatures; none if it stored none for
    /// this program and this path of `Alerts/`.
    static func knownFiles(in out: URL, tool: String, alerts: String) -> KnownFiles {
        guard let bytes = try? Data(contentsOf: out.appendingPathComponent(knownFilesName), options: .alwaysMapped) else { return KnownFiles() }
        return KnownFiles(bytes: bytes, tool: tool, alerts: alerts) ?? KnownFiles()
    }

    /// Whether a path relative to `--out` is one of the memo's files.
    static func isMemoFile(_ path: String) -> Bool { path.hasPrefix(name + "/") }

    /// Whether the first shard was stored by `tool` for this path of `Alerts/`: the memo most
    /// likely holds every case of the last build. Reads the shard's header only.
    static func isStored(in out: URL, tool: String, alerts: String) -> Bool {
        guard let bytes = try? Data(contentsOf: out.appendingPathComponent(shardName(0)), options: .alwaysMapped) else { return false }
        return CaseMemo.isShard(bytes, by: tool, alerts: alerts)
    }

    /// Reads and decodes the shards in parallel, the decoded taxonomy and the related cases.
    static func read(_ out: URL, tool: String) -> Stored {
        let shards = Parallel.map(Array(0..<CaseMemo.shardCount)) { shard -> (tool: String?, memo: CaseMemo?) in
            // Mapped, not read: the shards are most of a build's input after an edit, and a mapping
            // neither zeroes nor copies them. Shards are replaced by renaming, never rewritten in place.
            guard let bytes = try? Data(contentsOf: out.appendingPathComponent(shardName(shard)), options: .alwaysMapped) else {
                return (nil, nil)
            }
            return (CaseMemo.header(of: bytes)?.tool, CaseMemo(bytes: bytes, tool: tool))
        }
        let tools = shards.compactMap(\.tool)
        let read = shards.enumerated().compactMap { index, shard in shard.memo.map { (index: index, memo: $0) } }
        var memo = CaseMemo(shards: read)
        if let bytes = try? Data(contentsOf: out.appendingPathComponent(taxonomyName), options: .alwaysMapped) {
            memo.restoreTaxonomy(bytes, tool: tool)
        }
        if let bytes = try? Data(contentsOf: out.appendingPathComponent(relationsName), options: .alwaysMapped) {
            memo.restoreRelations(bytes, tool: tool)
        }
        return Stored(memo: memo, sameTool: !tools.isEmpty && tools.allSatisfy { $0 == tool })
    }

    /// The shards that changed, the decoded taxonomy and the related cases if they changed, and
    /// the known case files if they are not `previous`. `early` (a build into the site in place,
    /// whose memo folder stays where it is): encoded and written under temporary names now, while
    /// the site is committed; otherwise when published. See `Staged`.
    static func stage(_ memo: CaseMemo, known: KnownFiles, previous: KnownFiles, options: BuildOptions, to out: URL, early: Bool) -> Staged {
        let tool = options.tool
        var files: [Staged.File] = memo.changedShards.map { shard in (shardName(shard), { memo.encodedShard(shard, tool: tool) }) }
        if let taxonomy = memo.encodedTaxonomy(tool: tool) { files.append((taxonomyName, { taxonomy })) }
        if let relations = memo.encodedRelations(tool: tool) { files.append((relationsName, { relations })) }
        if known != previous { files.append((knownFilesName, { known.encoded(alerts: options.alerts, tool: tool) })) }
        var staged = Staged(out: out, files: files)
        var info = stat()
        if early, lstat(out.appendingPathComponent(name).path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { staged.writeTemporaries() }
        return staged
    }

    /// The memo's files that changed, on their way into `--out`: each is encoded and written
    /// under a temporary name (`<name>.new`), one at a time on each core so that only a few are
    /// held at once, and renamed once the site is committed: a build whose commit fails leaves
    /// the memo as it was. A file that cannot be written is removed, so that no stale one
    /// outlives the build.
    struct Staged: Sendable {
        typealias File = (name: String, encode: @Sendable () -> [UInt8])
        let out: URL
        let files: [File]
        /// Each file written under its temporary name, and whether that succeeded; nil until then.
        private var written: [(name: String, succeeded: Bool)]?

        init(out: URL, files: [File]) {
            self.out = out
            self.files = files
        }

        mutating func writeTemporaries() {
            let root = out.path
            written = Parallel.map(files) { name, encode in
                (name, encode().withUnsafeBytes { SiteWriter.writeFile($0, to: root + "/" + name + ".new", mode: 0o600) } == nil)
            }
        }

        /// Moves every file into place (written first if it was not yet).
        mutating func publish() {
            let folder = out.appendingPathComponent(MemoFile.name).path
            var info = stat()
            if lstat(folder, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { unlink(folder) } // an older single-file memo
            guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { return discard() }
            if written == nil { writeTemporaries() }
            for (name, succeeded) in written ?? [] {
                let path = out.path + "/" + name
                if !succeeded || rename(path + ".new", path) != 0 {
                    unlink(path + ".new")
                    unlink(path)
                }
            }
        }

        /// Removes what was written under temporary names.
        func discard() {
            for (name, _) in written ?? [] { unlink(out.path + "/" + name + ".new") }
        }
    }
}

/// Holds values until `drop` frees them, on whichever thread calls it.
final class Discard<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    init(_ value: consuming Value) {
        self.value = Mutex(value)
    }

    func drop() {
        value.withLock { $0 = nil }
    }
}
