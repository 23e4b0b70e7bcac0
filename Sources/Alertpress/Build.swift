import AlertpressCore
import AlertpressFlyers
import Foundation

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    public var alerts: String
    public var templates: String
    public var out: String
    public var clock: BuildClock

    public init(alerts: String = "Alerts", templates: String = "Templates", out: String = "site", clock: BuildClock) {
        self.alerts = alerts
        self.templates = templates
        self.out = out
        self.clock = clock
    }
}

/// A stage of the build has finished: its name and how many things it produced.
public struct BuildProgress: Sendable, Equatable {
    public var stage: String
    public var count: Int
}

/// What a build did.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Set when the output folder could not be written (the previous site is untouched).
    public var outputError: String?
    public var files = 0
    public var written = 0
    public var kept = 0
    public var pages = 0
    public var flyers = 0

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
            return BuildResult(diagnostics: [], outputError: "\(error)")
        }
        let checked = ContentPipeline.check(alerts: options.alerts, fileSystem: fileSystem, clock: options.clock)
        var log = DiagnosticLog()
        log.append(contentsOf: checked.diagnostics)
        report("checked cases", checked.bulletin?.editions.map(\.cases.count).reduce(0, +) ?? 0)
        guard let bulletin = checked.bulletin, checked.errors == 0,
              let templates = TemplateLibrary.load(folder: options.templates, log: &log), !log.hasErrors else {
            return BuildResult(diagnostics: log.sorted)
        }

        // Pages render in parallel, in chunks that go straight to the staging folder, so the
        // rendered site is never held in memory whole. `--out` changes only at `commit`.
        var site: StagedSite
        do {
            site = try writer.begin()
        } catch {
            return BuildResult(diagnostics: log.sorted, outputError: "\(error)")
        }
        var pages = 0
        do {
            var sitemap: [Sitemap.Entry] = []
            var renderedFiles = 0
            for edition in bulletin.editions {
                let renderer = SiteRenderer(bulletin: bulletin, edition: edition, templates: templates) { url in
                    QRCodeSVG.svg(for: url, label: url) ?? ""
                }
                // Feeds and the search index are jobs too, and go first: they are the longest.
                let feeds: @Sendable () -> [OutputFile] = { FeedContent(renderer: renderer, templates: templates).files() }
                let search: @Sendable () -> [OutputFile] = { [SearchIndex.file(renderer)] }
                let others = [feeds, search].map { job in { @Sendable in job().map { SiteRenderer.RenderedPage(file: $0, sitemap: nil) } } }
                let jobs = others + renderer.pageJobs().map { job in { @Sendable in [job()] } }
                for start in stride(from: 0, to: jobs.count, by: pageChunk) {
                    let rendered = Parallel.map(Array(jobs[start..<min(jobs.count, start + pageChunk)])) { $0() }.flatMap { $0 }
                    try site.add(rendered.map(\.file))
                    sitemap += rendered.compactMap(\.sitemap)
                    renderedFiles += rendered.count
                }
                pages += jobs.count - others.count
            }
            report("rendered pages, feeds and search indexes", renderedFiles)
            var rest = Sitemap.files(bulletin, pages: sitemap)
            rest.append(notFoundPage(bulletin, templates: templates))
            rest += assets(options.templates, fileSystem: fileSystem, log: &log)
            try site.add(rest)
            pages += 1
        } catch {
            site.abort()
            return BuildResult(diagnostics: log.sorted, outputError: "\(error)")
        }
        let flyers = Flyers.render(bulletin, log: &log)
        report("rendered flyers", flyers.count)
        guard !log.hasErrors else {
            site.abort()
            return BuildResult(diagnostics: log.sorted)
        }

        var result = BuildResult(diagnostics: log.sorted)
        result.pages = pages
        result.flyers = flyers.count
        do {
            try site.add(flyers)
            let counts = try site.commit()
            result.files = counts.written + counts.kept
            result.written = counts.written
            result.kept = counts.kept
            report("wrote files", counts.written)
        } catch {
            site.abort()
            result.outputError = "\(error)"
        }
        return result
    }

    /// How many pages render (in parallel) before they are written out.
    static let pageChunk = 512

    static func notFoundPage(_ bulletin: Bulletin, templates: TemplateLibrary) -> OutputFile {
        let view = NotFoundView(
            lang: bulletin.site.defaultLanguage, stylesheet: bulletin.site.baseURL + "/assets/style.css",
            sections: bulletin.editions.map { edition in
                let strings = Strings(edition.lang)
                let routes = Routes(bulletin.site, lang: edition.lang)
                return NotFoundSection(lang: edition.lang, title: strings["notfound.title"], text: strings["notfound.text"],
                                       homeLabel: strings["notfound.home"], homeHref: routes.absolute(routes.home()))
            })
        return OutputFile(path: "404.html", text: templates.render(view, "not-found"))
    }

    /// Static files under `Templates/assets/`, copied to `assets/`.
    static func assets(_ templates: String, fileSystem: some ContentFileSystem, log: inout DiagnosticLog) -> [OutputFile] {
        let folder = templates + "/assets"
        guard fileSystem.isDirectory(folder), let names = try? fileSystem.files(under: folder) else {
            log.error("missing-assets", "`\(folder)` is missing: the site needs its stylesheet", at: SourceLocation(file: folder, line: 0, column: 0))
            return []
        }
        return names.compactMap { name in
            guard let data = try? fileSystem.read(folder + "/" + name) else {
                log.error("unreadable", "cannot read asset", at: SourceLocation(file: folder + "/" + name, line: 0, column: 0))
                return nil
            }
            return OutputFile(path: "assets/" + name, data: data)
        }
    }
}

/// Stage 5 for print: every campaign flyer (each paper, large print when asked) and one A4 flyer
/// per scam type, in every language, rendered in parallel.
enum Flyers {
    struct Job: Sendable {
        var path: String
        var document: FlyerDocument
    }

    static func jobs(_ bulletin: Bulletin) -> [Job] {
        var jobs: [Job] = []
        for edition in bulletin.editions {
            let routes = Routes(bulletin.site, lang: edition.lang)
            let content = FlyerContent(bulletin: bulletin, edition: edition, strings: Strings(edition.lang), routes: routes)
            for campaign in edition.edition.campaigns {
                for paperName in campaign.papers {
                    guard let paper = Paper(rawValue: paperName) else { continue }
                    jobs.append(Job(path: routes.file("flyers/\(campaign.id)-\(paperName).pdf"), document: content.campaign(campaign, paper: paper)))
                    if campaign.largePrint {
                        jobs.append(Job(path: routes.file("flyers/\(campaign.id)-\(paperName)-large.pdf"),
                                        document: content.campaign(campaign, paper: paper, largePrint: true)))
                    }
                }
            }
            for type in edition.edition.types {
                jobs.append(Job(path: routes.file("flyers/types/\(type.id)-a4.pdf"), document: content.type(type)))
            }
        }
        return jobs
    }

    static func render(_ bulletin: Bulletin, log: inout DiagnosticLog) -> [OutputFile] {
        let jobs = jobs(bulletin)
        let results = Parallel.map(jobs) { job -> Result<Data, FlyerError> in
            do { return .success(try FlyerRenderer.render(job.document)) } catch let error as FlyerError {
                return .failure(error)
            } catch {
                return .failure(.pdf("\(error)"))
            }
        }
        var files: [OutputFile] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let data): files.append(OutputFile(path: jobs[index].path, data: data))
            case .failure(let error):
                log.error("flyer-failed", "flyer `\(jobs[index].path)` could not be made: \(error)",
                          at: SourceLocation(file: jobs[index].path, line: 0, column: 0))
            }
        }
        return files
    }
}
