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
            let failure = LastFailure()
            await rebuild(options, failure: failure)
            // FlyingFox logs nothing of its own: failures are reported below, in the command's words.
            let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), logger: .disabled,
                                    handler: SiteHandler(root: URL(fileURLWithPath: paths.out), failure: failure))
            do {
                try await serve(server, options, failure: failure)
            } catch is CancellationError {
                return
            } catch {
                throw ValidationError("cannot serve on 127.0.0.1:\(port): \(error) (is another program using the port? choose another --port)")
            }
        }

        /// Runs the server and rebuilds on change; the address is announced once the server listens
        /// (with `--port 0`, the port the system chose).
        private func serve(_ server: HTTPServer, _ options: BuildOptions, failure: LastFailure) async throws {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                group.addTask {
                    try await server.waitUntilListening()
                    var shown = port
                    if case let .ip4(_, actual)? = await server.listeningAddress { shown = actual }
                    Console.error("serving \(paths.out) at http://127.0.0.1:\(shown)/ — edits to \(paths.alerts)/ and \(paths.templates)/ rebuild it; Ctrl-C stops")
                    var last = FolderState.of([options.alerts, options.templates])
                    while !Task.isCancelled {
                        try await Task.sleep(nanoseconds: 700_000_000)
                        let now = FolderState.of([options.alerts, options.templates])
                        if now != last {
                            last = now
                            await rebuild(options, failure: failure)
                        }
                    }
                }
                try await group.next()
                group.cancelAll()
            }
        }

        /// A failed rebuild prints its diagnostics, and pages say so on top; the last good site
        /// keeps being served.
        func rebuild(_ options: BuildOptions, failure: LastFailure) async {
            let started = Date()
            let result = await SiteBuilder.build(options)
            Report.print(result, quiet: false, out: options.out, seconds: Date().timeIntervalSince(started))
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.formatted) + (result.outputError.map { [$0] } ?? [])
            failure.set(errors)
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

/// The errors of `serve`'s last rebuild; none once one succeeds.
final class LastFailure: Sendable {
    private let errors = Mutex<[String]>([])

    func set(_ errors: [String]) { self.errors.withLock { $0 = errors } }

    /// A banner on top of every page while the last rebuild failed, so that an editor does not
    /// take the page in the browser for their edit.
    var banner: String? {
        let errors = self.errors.withLock { $0 }
        guard !errors.isEmpty else { return nil }
        let shown = errors.prefix(20).map { HTML.escape($0) }.joined(separator: "\n")
        return "<div role=\"alert\" style=\"background:#7a1510;color:#fff;padding:1rem;font:16px/1.4 sans-serif\"><strong>"
            + "The last build failed with \(errors.count) error(s); this is the site before it.</strong>"
            + "<pre style=\"white-space:pre-wrap;margin:.5rem 0 0\">\(shown)</pre></div>"
    }
}

/// Serves the built site: folders answer with their `index.html`, unknown paths with `404.html`.
struct SiteHandler: HTTPHandler {
    let root: URL
    var failure = LastFailure()

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let decoded = request.path.removingPercentEncoding ?? request.path
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
        let body = url.pathExtension == "html" ? withBanner(data) : data
        return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.contentType(url.pathExtension), .cacheControl: "no-store"], body: body)
    }

    private func notFound() -> HTTPResponse {
        let data = (try? Data(contentsOf: root.appendingPathComponent("404.html"))) ?? Data("Not found".utf8)
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: withBanner(data))
    }

    /// The page with the failure banner right after its `<body>` tag, while the last rebuild failed.
    private func withBanner(_ page: Data) -> Data {
        guard let banner = failure.banner, let body = page.firstRange(of: Data("<body".utf8)),
              let end = page[body.upperBound...].firstIndex(of: UInt8(ascii: ">")) else { return page }
        var shown = page
        shown.insert(contentsOf: Data(banner.utf8), at: end + 1)
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
