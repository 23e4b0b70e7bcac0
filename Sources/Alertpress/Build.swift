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

        // Languages render in parallel; their outputs are joined in language order.
        let editions = await withTaskGroup(of: (Int, EditionOutput).self) { group in
            for (index, edition) in bulletin.editions.enumerated() {
                group.addTask { (index, renderEdition(edition, of: bulletin, templates: templates)) }
            }
            var outputs: [(Int, EditionOutput)] = []
            for await output in group { outputs.append(output) }
            return outputs.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var files = editions.flatMap(\.files)
        report("rendered pages, feeds and search indexes", files.count)
        var views: [Any] = editions.flatMap(\.views)
        files += Sitemap.files(bulletin, pages: editions.flatMap(\.sitemap))
        files.append(notFoundPage(bulletin, templates: templates, views: &views))
        files += assets(options.templates, fileSystem: fileSystem, log: &log)
        templates.checkNames(against: views + TemplateSamples.optionalViews, log: &log)
        let flyers = await Flyers.render(bulletin, log: &log)
        files += flyers
        report("rendered flyers", flyers.count)
        guard !log.hasErrors else { return BuildResult(diagnostics: log.sorted) }

        var result = BuildResult(diagnostics: log.sorted)
        result.files = files.count
        result.pages = files.filter { $0.path.hasSuffix(".html") }.count
        result.flyers = flyers.count
        do {
            let counts = try writer.write(files)
            result.written = counts.written
            result.kept = counts.kept
            report("wrote files", counts.written)
        } catch {
            result.outputError = "\(error)"
        }
        return result
    }

    struct EditionOutput: Sendable {
        var files: [OutputFile]
        var views: [any Sendable]
        var sitemap: [(path: String, lastmod: String?)]
    }

    /// Pages, feeds and search index of one language.
    static func renderEdition(_ edition: EnrichedEdition, of bulletin: Bulletin, templates: TemplateLibrary) -> EditionOutput {
        var renderer = SiteRenderer(bulletin: bulletin, edition: edition, templates: templates) { url in
            QRCodeSVG.svg(for: url, label: url) ?? ""
        }
        let pages = renderer.pages()
        let feeds = FeedContent(renderer: renderer, templates: templates).files()
        // Every page but those of expired cases (drafts and scheduled cases have none).
        let casesByFolder = Dictionary(edition.cases.map { (renderer.routes.case($0.slug), $0) }, uniquingKeysWith: { first, _ in first })
        let sitemap: [(path: String, lastmod: String?)] = pages.compactMap { page in
            let folder = String(page.path.dropLast("index.html".count))
            guard let item = casesByFolder[folder] else { return (folder, nil) }
            return item.status.isListed ? (folder, (item.entry.updated ?? item.entry.date).day.description) : nil
        }
        return EditionOutput(files: pages + feeds.files + [SearchIndex.file(renderer)],
                             views: renderer.renderedViews + feeds.views, sitemap: sitemap)
    }

    static func notFoundPage(_ bulletin: Bulletin, templates: TemplateLibrary, views: inout [Any]) -> OutputFile {
        let view = NotFoundView(
            lang: bulletin.site.defaultLanguage, stylesheet: bulletin.site.baseURL + "/assets/style.css",
            sections: bulletin.editions.map { edition in
                let strings = Strings(edition.lang)
                let routes = Routes(baseURL: bulletin.site.baseURL, lang: edition.lang, defaultLanguage: bulletin.site.defaultLanguage)
                return NotFoundSection(lang: edition.lang, title: strings["notfound.title"], text: strings["notfound.text"],
                                       homeLabel: strings["notfound.home"], homeHref: routes.absolute(routes.home()))
            })
        views.append(view)
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

/// Instances of the views that appear only inside optionals, so the template field check knows their fields
/// even when no page of this build happens to have one.
enum TemplateSamples {
    static var optionalViews: [Any] { [
        BannerView(label: "", title: "", headline: "", href: "", linkLabel: ""),
        FlyerCaseView(title: "", text: "", loss: ""),
        LinkView(label: "", href: ""),
        FactView(label: "", value: "", datetime: ""),
    ] }
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
            let routes = Routes(baseURL: bulletin.site.baseURL, lang: edition.lang, defaultLanguage: bulletin.site.defaultLanguage)
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

    static func render(_ bulletin: Bulletin, log: inout DiagnosticLog) async -> [OutputFile] {
        let jobs = jobs(bulletin)
        let results = await withTaskGroup(of: (Int, Result<Data, FlyerError>).self) { group in
            let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
            var next = 0
            var results: [(Int, Result<Data, FlyerError>)] = []
            func add(_ index: Int, to group: inout TaskGroup<(Int, Result<Data, FlyerError>)>) {
                let job = jobs[index]
                group.addTask {
                    do { return (index, .success(try FlyerRenderer.render(job.document))) } catch let error as FlyerError {
                        return (index, .failure(error))
                    } catch {
                        return (index, .failure(.pdf("\(error)")))
                    }
                }
            }
            while next < min(width, jobs.count) { add(next, to: &group); next += 1 }
            while let result = await group.next() {
                results.append(result)
                if next < jobs.count { add(next, to: &group); next += 1 }
            }
            return results.sorted { $0.0 < $1.0 }
        }
        var files: [OutputFile] = []
        for (index, result) in results {
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
