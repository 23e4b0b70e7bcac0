import Alertpress
import AlertpressCore
import ArgumentParser
import FlyingFox
import Foundation
import Synchronization

extension AlertpressCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build, serve --out on 127.0.0.1 and rebuild when Alerts/ or Templates/ change.")
        @OptionGroup var paths: Paths
        @OptionGroup var clock: ClockOption
        @Option(help: "Port on 127.0.0.1.") var port: UInt16 = 8080

        func run() async throws {
            let options = BuildOptions(alerts: paths.alerts, templates: paths.templates, out: paths.out, clock: try clock.clock(),
                                       tool: Report.toolIdentity())
            let lastBuild = LastBuild()
            let stops = StopSignals(out: paths.out)
            let sources = stops.install()
            defer { sources.forEach { $0.cancel() } }
            await rebuild(options, lastBuild: lastBuild, stops: stops)
            // FlyingFox logs nothing of its own: failures are reported below, in the command's words.
            let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), logger: .disabled,
                                    handler: SiteHandler(root: URL(fileURLWithPath: paths.out), lastBuild: lastBuild))
            do {
                try await serve(server, options, lastBuild: lastBuild, stops: stops)
            } catch is CancellationError {
                return
            } catch {
                // Said in words, without the usage text: the command was right, the port was not free.
                let reason = "\(error)".contains("errno: 98") ? "another program is using the port" : "\(error)"
                Console.error("error: cannot serve on 127.0.0.1:\(port): \(reason); choose another with --port")
                throw ExitCode(Status.usage)
            }
        }

        /// Runs the server and rebuilds on change; the address is announced once the server listens
        /// (with `--port 0`, the port the system chose).
        private func serve(_ server: HTTPServer, _ options: BuildOptions, lastBuild: LastBuild, stops: StopSignals) async throws {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                group.addTask {
                    try await server.waitUntilListening()
                    var shown = port
                    if case let .ip4(_, actual)? = await server.listeningAddress { shown = actual }
                    Console.error("serving \(paths.out) at http://127.0.0.1:\(shown)\(lastBuild.rootPath) — edits to \(paths.alerts)/ and \(paths.templates)/ rebuild it; Ctrl-C stops")
                    var last = FolderState.of([options.alerts, options.templates])
                    while !Task.isCancelled {
                        try await Task.sleep(nanoseconds: 700_000_000)
                        let now = FolderState.of([options.alerts, options.templates])
                        if now != last {
                            last = now
                            await rebuild(options, lastBuild: lastBuild, stops: stops)
                        }
                    }
                }
                try await group.next()
                group.cancelAll()
            }
        }

        /// A failed rebuild prints its diagnostics, and pages say so on top; the last good site
        /// keeps being served.
        func rebuild(_ options: BuildOptions, lastBuild: LastBuild, stops: StopSignals) async {
            let started = Date()
            let result = await stops.build(options)
            Report.print(result, quiet: false, out: options.out, seconds: Date().timeIntervalSince(started))
            stops.finished()
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.formatted) + (result.outputError.map { [$0] } ?? [])
            // The path first: a page that reloads on the new count finds the site where it now is.
            if result.succeeded { lastBuild.rootPath = result.rootPath }
            lastBuild.set(errors, warnings: result.diagnostics.filter { $0.severity == .warning }.map(\.formatted))
        }
    }
}

/// Paths, sizes and modification times of every file below some folders: cheap change detection for `serve`.
enum FolderState {
    static func of(_ folders: [String]) -> [String] {
        folders.flatMap { folder -> [String] in
            let root = URL(fileURLWithPath: folder)
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { return [] }
            return enumerator.compactMap { item -> String? in
                guard let url = item as? URL, let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey]) else { return nil }
                return "\(url.path)|\(values.fileSize ?? -1)|\(values.contentModificationDate?.timeIntervalSince1970 ?? 0)"
            }.sorted()
        }
    }
}

/// What `serve`'s last rebuild found, and how many rebuilds there have been: pages show the first
/// in a banner and reload themselves when the second changes. Also the path the last good build
/// is served under.
final class LastBuild: Sendable {
    private let state = Mutex<(errors: [String], warnings: [String], generation: Int)>(([], [], 0))
    private let served = Mutex("/")

    func set(_ errors: [String], warnings: [String] = []) { state.withLock { $0 = (errors, warnings, $0.generation + 1) } }

    /// The path of `base_url` in the last good build: the site is served under it, as it is published.
    var rootPath: String {
        get { served.withLock { $0 } }
        set { served.withLock { $0 = newValue } }
    }

    /// Changes with every rebuild: what an open page polls to reload itself.
    var generation: Int { state.withLock { $0.generation } }

    /// A banner on top of every page while the last rebuild failed, so that an editor does not
    /// take the page in the browser for their edit; a yellow one for its warnings. In the page's
    /// language (Chinese or English); the diagnostics are the command's own words.
    func banner(chinese: Bool) -> String? {
        let (errors, warnings, _) = state.withLock { $0 }
        func listed(_ lines: [String]) -> String {
            let more = lines.count > 20 ? "\n… (\(lines.count - 20) more in the terminal)" : ""
            return "<pre style=\"white-space:pre-wrap;margin:.5rem 0 0\">\(lines.prefix(20).map { HTML.escape($0) }.joined(separator: "\n"))\(more)</pre>"
        }
        if !errors.isEmpty {
            let title = chinese ? "上次构建失败，共 \(errors.count) 个错误；这里显示的是出错之前的网站。" : "The last build failed with \(errors.count) error(s); this is the site before it."
            return "<div role=\"alert\" style=\"background:#7a1510;color:#fff;padding:1rem;font:16px/1.4 sans-serif\"><strong>\(title)</strong>\(listed(errors))</div>"
        }
        guard !warnings.isEmpty else { return nil }
        let title = chinese ? "上次构建有 \(warnings.count) 个警告" : "The last build has \(warnings.count) warning(s)"
        return "<details role=\"status\" style=\"background:#fff3c4;color:#3d3000;padding:.5rem 1rem;font:15px/1.4 sans-serif\"><summary>\(title)</summary>\(listed(warnings))</details>"
    }
}

/// Polls `serve` for a rebuild and reloads the page when one happened (a preview only: built sites have none).
let reloadScript = "<script>(function(){var seen=null;setInterval(function(){fetch('/__alertpress/generation',{cache:'no-store'})"
    + ".then(function(r){return r.text()}).then(function(g){if(seen!==null&&g!==seen){location.reload()}seen=g}).catch(function(){})},1000)})()</script>"

/// Serves the built site: folders answer with their `index.html`, unknown paths with `404.html`.
struct SiteHandler: HTTPHandler {
    let root: URL
    var lastBuild = LastBuild()

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == "/__alertpress/generation" {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                                body: Data("\(lastBuild.generation)".utf8))
        }
        // Under base_url's path, as published: an address outside it (a link written from the
        // domain's root) is no page of the site there either. The server's root leads to the site.
        var path = request.path
        let published = lastBuild.rootPath
        if published != "/" {
            guard path.hasPrefix(published) || path + "/" == published else {
                return path == "/" ? HTTPResponse(statusCode: .found, headers: [.location: published]) : notFound()
            }
            path = "/" + path.dropFirst(min(published.count, path.count))
        }
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return notFound() }
        var url = root
        for part in parts { url.appendPathComponent(part) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            // As a web server does: the page's relative links resolve only from `…/folder/`.
            let path = request.target.path()
            guard path.hasSuffix("/") else {
                // One leading slash: `//host` in a Location would name another site.
                let query = request.target.query()
                let location = "/" + path.drop { $0 == "/" } + "/" + (query.isEmpty ? "" : "?" + query)
                return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location])
            }
            url.appendPathComponent("index.html")
        }
        guard let data = try? Data(contentsOf: url) else { return notFound() }
        let body = url.pathExtension == "html" ? previewed(data) : data
        return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.contentType(url.pathExtension), .cacheControl: "no-store"], body: body)
    }

    private func notFound() -> HTTPResponse {
        // Before any build has succeeded there is no 404 page: a page of its own carries the banner.
        let data = (try? Data(contentsOf: root.appendingPathComponent("404.html")))
            ?? Data("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>alertpress preview</title></head><body><p style=\"font:16px sans-serif;padding:1rem\">No site has been built into this folder yet: fix the errors above, and this page reloads with it.</p></body></html>".utf8)
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: previewed(data))
    }

    /// The page with the banner of the last rebuild right after its `<body>` tag, and the script
    /// that reloads it after the next one before `</body>`.
    private func previewed(_ page: Data) -> Data {
        guard let body = page.firstRange(of: Data("<body".utf8)), let end = page[body.upperBound...].firstIndex(of: UInt8(ascii: ">")) else { return page }
        var shown = page
        if let close = shown.lastRange(of: Data("</body>".utf8)) { shown.insert(contentsOf: Data(reloadScript.utf8), at: close.lowerBound) }
        // The page's language is its `<html lang="…">`.
        let html = page.firstRange(of: Data("<html".utf8)).flatMap { start in page[start.upperBound...].firstIndex(of: UInt8(ascii: ">")).map { start.upperBound..<$0 } }
        let chinese = html.map { page[$0].firstRange(of: Data("lang=\"zh".utf8)) != nil } ?? false
        if let banner = lastBuild.banner(chinese: chinese) { shown.insert(contentsOf: Data(banner.utf8), at: end + 1) }
        return shown
    }

    static func contentType(_ ext: String) -> String {
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "pdf": return "application/pdf"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        default: return "application/octet-stream"
        }
    }
}
