import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

/// The built `alertpress` binary, run as a process: exit statuses and messages of SPEC §3.
/// The binary sits beside this test bundle in the build folder (`swift build --build-tests` and
/// `swift test` build it); when it is absent these tests are skipped, not failed.
enum AlertpressBinary {
    static let binary: URL? = {
        var folders: [URL] = []
        if let resources = Bundle.module.resourceURL { folders.append(resources.deletingLastPathComponent()) }
        folders.append(Bundle.module.bundleURL.deletingLastPathComponent())
        if let argument = ProcessInfo.processInfo.arguments.first { folders.append(URL(fileURLWithPath: argument).deletingLastPathComponent()) }
        for folder in folders {
            let candidate = folder.appendingPathComponent("alertpress")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        let executable: URL = try #require(binary, "the alertpress binary is not built")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite("The alertpress command", .enabled(if: AlertpressBinary.binary != nil, "the alertpress binary is not built beside the tests"))
struct CommandLineTests {
    /// A temp folder holding `Alerts/` (a copy of the fixture) and `Templates/` (a copy of the real ones).
    /// The raw response to a GET of `target` from the server on 127.0.0.1:`port`.
    static func get(_ target: String, port: Int) throws -> String {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        try #require(write(socket, request, request.count) == request.count)
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(socket, &buffer, buffer.count)
            if count <= 0 { break }
            response += buffer[..<count]
        }
        return String(decoding: response, as: UTF8.self)
    }

    static func workspace() throws -> TempFolder {
        let temp = try TempFolder()
        try copyFolder(Paths.bulletin, to: temp.child("Alerts"))
        try copyFolder(Paths.templates, to: temp.child("Templates"))
        return temp
    }

    @Test("build with the defaults and --now exits 0 and produces the library's site byte for byte")
    func buildSucceeds() async throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let run = try AlertpressBinary.run(["build", "--now", "2024-11-10"], in: temp.url)
        #expect(run.status == 0, "\(run.stderr)")
        let shared = await SharedBuilds.fixture.value
        let counts = shared.result
        // The fixture's warnings: its refund-call case holds a <script>, and a type and a tactic
        // have no Chinese file while the others of their kind have, on purpose.
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains(": warning: ") }.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
                == ["Alerts/cases/2024/refund-call.md:17:1: warning: raw", "Alerts/tactics/refund-link.md:1:1: warning: there",
                    "Alerts/types/fake-courier.md:1:1: warning: there"], "\(run.stderr)")
        let summary = lines.first { $0.hasPrefix("built ") }.map(String.init) ?? ""
        #expect(summary.hasPrefix("built \(counts.files) files (\(counts.pages) pages, 12 flyers) into site in "), "\(run.stderr)")
        // The case dated after the clock is named, with its day: nothing else would say it is not published.
        #expect(lines.last == "  scheduled, published by the first build on or after their date: Alerts/cases/2025/future-case.md (2025-06-01)", "\(run.stderr)")
        #expect(summary.hasSuffix(" s: \(counts.files) written, 0 unchanged"), "\(run.stderr)")
        #expect(run.stdout == "")
        // The memo names the program that made it (this binary, or the test process for the library).
        #expect(ReproducibilityTests.differences(snapshot(temp.child("site")), shared.files).allSatisfy(MemoFile.isMemoFile))
    }

    @Test("SOURCE_DATE_EPOCH sets the clock like --now")
    func sourceDateEpoch() async throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        // 2024-11-10T15:59:59Z = 23:59:59 in Shanghai, the instant `--now 2024-11-10` stands for.
        let run = try AlertpressBinary.run(["build", "--quiet"], in: temp.url, environment: ["SOURCE_DATE_EPOCH": "1731254399"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        let shared = await SharedBuilds.fixture.value
        // The memo names the program that made it (this binary, or the test process for the library).
        #expect(ReproducibilityTests.differences(snapshot(temp.child("site")), shared.files).allSatisfy(MemoFile.isMemoFile))
    }

    /// An editor's maintenance day (thirty-fifth session): `--quiet`, as a scheduled job runs it,
    /// hid that a deleted case's address now fails.
    @Test("--quiet still names the addresses a build takes down, and nothing else")
    func quietNamesRetiredPages() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let first = try AlertpressBinary.run(["build", "--quiet", "--now", "2024-11-10"], in: temp.url)
        try #require(first.status == 0 && first.stderr == "", "\(first.stderr)")
        try FileManager.default.removeItem(at: temp.child("Alerts/cases/2024/lost-parcel.md"))
        let run = try AlertpressBinary.run(["build", "--quiet", "--now", "2024-11-10"], in: temp.url)
        #expect(run.status == 0)
        #expect(run.stderr == "  no longer published (a case renamed, deleted, made a draft or dated ahead, or its language dropped): /cases/lost-parcel/; links to these addresses now fail\n", "\(run.stderr)")
        // A malformed-input review (forty-fourth session): a page added by hand went without a word.
        try FileManager.default.createDirectory(at: temp.child("site/notice"), withIntermediateDirectories: true)
        try Data("<p>Moved</p>".utf8).write(to: temp.child("site/notice/index.html"))
        let byHand = try AlertpressBinary.run(["build", "--quiet", "--now", "2024-11-10"], in: temp.url)
        #expect(byHand.status == 0 && byHand.stderr.contains("removed what no build made") && byHand.stderr.contains("`notice`"), "\(byHand.stderr)")
    }

    @Test("a content error exits 1 with a path:line:column diagnostic relative to the current folder")
    func contentErrorExits1() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let file = temp.child("Alerts/cases/2024/lost-parcel.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "scam_types: [fake-courier]", with: "scam_type: [fake-courier]").write(to: file, atomically: false, encoding: .utf8)
        let run = try AlertpressBinary.run(["build", "--now", "2024-11-10"], in: temp.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains(
            "Alerts/cases/2024/lost-parcel.md:5:1: error: unknown key `scam_type` in the front matter (did you mean `scam_types`?)\n"),
            "\(run.stderr)")
        #expect(run.stderr.hasSuffix("1 error(s): nothing was published; `site` is unchanged\n"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.path("site")))
    }

    @Test("check reports a template that does not parse, as build would: exit 1")
    func checkReadsTemplates() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let file = temp.child("Templates/case.mustache")
        let text = try String(contentsOf: file, encoding: .utf8)
        try ("{{#broken}}\n" + text).write(to: file, atomically: false, encoding: .utf8)
        let run = try AlertpressBinary.run(["check", "--now", "2024-11-10"], in: temp.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Templates/case.mustache:1:1: error: section `{{#broken}}` is never closed"), "\(run.stderr)")
    }

    @Test("check names the cases dated after the clock, with their day; once the day has come, none")
    func checkNamesScheduledCases() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let before = try AlertpressBinary.run(["check", "--now", "2024-11-10"], in: temp.url)
        #expect(before.stderr.contains("scheduled, published by the first build on or after their date: Alerts/cases/2025/future-case.md (2025-06-01)"),
                "\(before.stderr)")
        let after = try AlertpressBinary.run(["check", "--now", "2025-06-02"], in: temp.url)
        #expect(after.status == before.status && !after.stderr.contains("scheduled"), "\(after.stderr)")
    }

    /// A malformed-input review (forty-fourth session): `check --strict` exited 1 with "0 error(s)" and no reason.
    @Test("check --strict says the warnings fail it; without --strict they do not")
    func strictSaysWhy() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        try "---\ntitle: A case\ndate: 2024-03-01\nchannels: [phone, phone]\nscam_types: []\n---\nA story.\n"
            .write(to: temp.url.appendingPathComponent("Alerts/cases/2024/twice.md"), atomically: false, encoding: .utf8)
        let strict = try AlertpressBinary.run(["check", "--strict", "--now", "2024-11-10"], in: temp.url)
        #expect(strict.status == 1 && strict.stderr.contains("; the check fails: --strict fails on warnings"), "\(strict.stderr)")
        let plain = try AlertpressBinary.run(["check", "--now", "2024-11-10"], in: temp.url)
        #expect(plain.status == 0 && !plain.stderr.contains("--strict"), "\(plain.stderr)")
    }

    /// An editor's walkthrough (thirty-sixth session): the line read as a fragment, "of no scam type…", with no count.
    @Test("check counts and names the published cases of no scam type")
    func checkNamesUntypedCases() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        try "---\ntitle: An untyped case\ndate: 2024-03-01\n---\nA story with no cue of any type.\n"
            .write(to: temp.url.appendingPathComponent("Alerts/cases/2024/untyped.md"), atomically: false, encoding: .utf8)
        let run = try AlertpressBinary.run(["check", "--now", "2024-11-10"], in: temp.url)
        #expect(run.stderr.contains("\n  1 case of no scam type, on no type's page, feed or flyer (declare `scam_types`, or `scam_types: []` if none fits): Alerts/cases/2024/untyped.md"),
                "\(run.stderr)")
    }

    /// A malformed-input review (forty-second session): the count left out the expired case, whose page a build publishes.
    @Test("check counts every case page a build publishes, the expired case's included, and says how many are expired")
    func checkCountsExpiredPages() async throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let run = try AlertpressBinary.run(["check", "--now", "2024-11-10"], in: temp.url)
        let built = await SharedBuilds.fixture.value
        let pages = built.files.keys.filter { path in
            let parts = path.split(separator: "/")
            return parts.last == "index.html" && (parts.count == 3 && parts[0] == "cases" || parts.count == 4 && parts[0] == "zh" && parts[1] == "cases")
        }
        #expect(pages.contains("cases/expired-case/index.html"))
        #expect(run.stderr.contains("; \(pages.count) case page(s) to publish across languages (1 expired: kept as a page, in no list, feed or flyer)\n"),
                "\(pages.count) \(run.stderr)")
    }

    /// A malformed-input review (thirty-ninth session): the message came with the usage of `alertpress` itself.
    @Test("a malformed --now is a usage error: exit 2, the command's own usage, nothing built", arguments: ["build", "check"])
    func badNowExits2(_ command: String) throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let run = try AlertpressBinary.run([command, "--now", "2024-13-45"], in: temp.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--now must be YYYY-MM-DD or an RFC 3339 date-time from 1900 to 9999, got `2024-13-45`"), "\(run.stderr)")
        #expect(run.stderr.contains("Usage: alertpress \(command) "), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.path("site")))
    }

    /// A malformed-input review (fortieth session): Ctrl-C, SIGTERM or SIGHUP while the site was being
    /// moved into place killed the process, and left old and new pages side by side.
    @Test("a stop signal during a build leaves --out all old or all new, exits 128 + the signal and says which", arguments: [SIGTERM, SIGINT, SIGHUP])
    func stopSignal(_ number: Int32) throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        func published(_ folder: URL) -> [String: Data] { snapshot(folder).filter { !SiteWriter.isState($0.key) } }
        try #require(try AlertpressBinary.run(["build", "--quiet", "--now", "2024-11-10"], in: temp.url).status == 0)
        try #require(try AlertpressBinary.run(["build", "--quiet", "--now", "2024-11-11", "--out", "expected"], in: temp.url).status == 0)
        let old = published(temp.child("site")), new = published(temp.child("expected"))
        try #require(old != new, "the two clocks build different sites")
        // Stopped once the build has checked the cases: before or while it writes, by the machine's speed.
        let process = Process()
        process.executableURL = try #require(AlertpressBinary.binary)
        process.arguments = ["build", "--verbose", "--now", "2024-11-11"]
        process.currentDirectoryURL = temp.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("checked cases") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        kill(process.processIdentifier, number)
        said += errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: said, as: UTF8.self)
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + number, "\(process.terminationReason) \(process.terminationStatus): \(message)")
        let after = published(temp.child("site"))
        #expect(after == old || after == new, "old and new pages side by side")
        if message.contains("stopped before writing") { #expect(after == old) }
        if message.contains("written whole") { #expect(after == new) }
    }

    /// A malformed-input review (thirty-ninth session): "writing the site failed: The file doesn't exist", naming no folder.
    /// /proc takes no new folder, even from root, which the tests may run as.
    @Test("an --out whose staging folder cannot be made names that folder and the system's reason", .enabled(if: FileManager.default.fileExists(atPath: "/proc/self")))
    func unwritableOutNamesTheFolder() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let run = try AlertpressBinary.run(["build", "--now", "2024-11-10", "--out", "/proc/alertpress-site"], in: temp.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot make the folder the site is staged in beside --out, `/proc/.alertpress-site.staging`: No such file or directory"),
                "\(run.stderr)")
    }

    /// A reviewer of malformed input (twenty-ninth session): a mistyped folder exited 1, as content errors do.
    @Test("a content or template folder that is not there is a usage error: exit 2, one message, nothing built", arguments: [
        (["check", "--alerts", "Alertz"], "content folder `Alertz` does not exist"),
        (["build", "--alerts", "Alertz"], "content folder `Alertz` does not exist"),
        (["check", "--templates", "Templatez"], "template folder `Templatez` does not exist"),
        (["build", "--templates", "Templatez"], "template folder `Templatez` does not exist"),
    ])
    func missingFolderExits2(_ arguments: [String], message: String) throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let run = try AlertpressBinary.run(arguments + ["--now", "2024-11-10"], in: temp.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains(message) && run.stderr.components(separatedBy: ": error: ").count == 2, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.path("site")))
    }

    @Test("new case writes a draft under this year's folder, and refuses a slug any year's folder or language already has")
    func newCase() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let made = try AlertpressBinary.run(["new", "case", "Another call", "--now", "2024-11-10"], in: temp.url)
        #expect(made.status == 0 && made.stdout == "Alerts/cases/2024/2024-another-call.md\n", "\(made.stderr)")
        let text = try String(contentsOf: temp.child("Alerts/cases/2024/2024-another-call.md"), encoding: .utf8)
        #expect(text.contains("title: \"Another call\"") && text.contains("draft: true"))
        let again = try AlertpressBinary.run(["new", "case", "Another call", "--now", "2024-11-10"], in: temp.url)
        #expect(again.status == 2 && again.stderr.contains("already has the slug `2024-another-call`"), "\(again.stderr)")
        try FileManager.default.createDirectory(at: temp.child("Alerts/cases/2023"), withIntermediateDirectories: true)
        try Data("---\ntitle: Old\n---\n".utf8).write(to: temp.child("Alerts/cases/2023/2024-old-call.zh.md"))
        let elsewhere = try AlertpressBinary.run(["new", "case", "Old call", "--now", "2024-11-10"], in: temp.url)
        #expect(elsewhere.status == 2 && elsewhere.stderr.contains("Alerts/cases/2023/2024-old-call.zh.md"), "\(elsewhere.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.path("Alerts/cases/2024/2024-old-call.md")))
        // A mistyped --alerts grows no bulletin of its own.
        let mistyped = try AlertpressBinary.run(["new", "case", "Third call", "--alerts", "Alertz", "--now", "2024-11-10"], in: temp.url)
        #expect(mistyped.status == 2 && mistyped.stderr.contains("`Alertz` holds no site.yml"), "\(mistyped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.path("Alertz")))
        // A blank title is told with `new`'s usage, not the root command's.
        let blank = try AlertpressBinary.run(["new", "case", " \n", "--now", "2024-11-10"], in: temp.url)
        #expect(blank.status == 2 && blank.stderr.contains("the title is empty") && blank.stderr.contains("alertpress new <kind> <title>"), "\(blank.stderr)")
    }

    @Test("a clock before 1900 or after 9999, from --now or SOURCE_DATE_EPOCH, is a usage error; an empty SOURCE_DATE_EPOCH is unset")
    func implausibleClockExits2() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let early = try AlertpressBinary.run(["check", "--now", "0000-01-01"], in: temp.url)
        #expect(early.status == 2 && early.stderr.contains("from 1900 to 9999"), "\(early.stderr)")
        let late = try AlertpressBinary.run(["check"], in: temp.url, environment: ["SOURCE_DATE_EPOCH": "9223372036854775807"])
        #expect(late.status == 2 && late.stderr.contains("SOURCE_DATE_EPOCH must be whole seconds since 1970, from 1900 to 9999"), "\(late.stderr)")
        let empty = try AlertpressBinary.run(["check"], in: temp.url, environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(empty.status == 0, "\(empty.stderr)")
    }

    @Test("--out inside Alerts/ is a usage error: exit 2, nothing written")
    func outInsideAlertsRefused() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let before = FolderState(temp.child("Alerts"))
        let run = try AlertpressBinary.run(["build", "--now", "2024-11-10", "--out", "Alerts/site"], in: temp.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("may not be or contain `Alerts`"), "\(run.stderr)")
        #expect(FolderState(temp.child("Alerts")) == before)
    }

    @Test("--out naming a file, or a folder under a file, is a usage error and the file stays", arguments: ["notes.txt", "notes.txt/site"])
    func outIsAFile(_ out: String) throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        try "my notes\n".write(to: temp.child("notes.txt"), atomically: false, encoding: .utf8)
        let run = try AlertpressBinary.run(["build", "--now", "2024-11-10", "--out", out], in: temp.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("notes.txt` is a file, not a folder"), "\(run.stderr)")
        #expect(try String(contentsOf: temp.child("notes.txt"), encoding: .utf8) == "my notes\n")
    }

    /// `alertpress serve --port 0 --now 2024-11-10` and `arguments` in `temp`, once it announces its port.
    static func serve(_ arguments: [String], in temp: TempFolder) throws -> (Process, Int) {
        let executable: URL = try #require(AlertpressBinary.binary, "the alertpress binary is not built")
        let log = temp.child("serve.log")
        try Data().write(to: log)
        let server = Process()
        server.executableURL = executable
        server.arguments = ["serve", "--port", "0", "--now", "2024-11-10"] + arguments
        server.currentDirectoryURL = temp.url
        server.standardError = try FileHandle(forWritingTo: log)
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        var port: Int?
        // Up to two minutes: the first build competes with the tests running beside it.
        for _ in 0..<480 where port == nil && server.isRunning {
            Thread.sleep(forTimeInterval: 0.25)
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "http://127.0.0.1:") { port = Int(text[range.upperBound...].prefix { $0.isNumber }) }
        }
        guard let port else {
            server.terminate()
            server.waitUntilExit()
            throw ValidationFailure("no \"serving\" line: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        }
        return (server, port)
    }

    struct ValidationFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test("serve into a fresh folder whose first build fails shows the errors on every address, not a bare \"Not found\"")
    func serveFirstBuildFails() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let casePath = temp.url.appendingPathComponent("Alerts/cases/2024/refund-call.md")
        let good = try String(contentsOf: casePath, encoding: .utf8)
        try good.replacingOccurrences(of: "title:", with: "titel:").write(to: casePath, atomically: false, encoding: .utf8)
        let (server, chosen) = try Self.serve(["--out", "fresh"], in: temp)
        defer { server.terminate(); server.waitUntilExit() }
        let page = try Self.get("/", port: chosen)
        #expect(page.hasPrefix("HTTP/1.1 404") && page.contains("role=\"alert\"") && page.contains("No site has been built") && page.contains("titel"),
                "\(page.prefix(800))")
    }

    /// An editor's review (thirty-fourth session): a bulletin published under a path was served at the
    /// server's root, where its 404 page's links broke and a template's `href="/search/"` worked.
    @Test("serve publishes under base_url's path, as the site will be: the root leads there, addresses outside it are not found")
    func serveUnderBasePath() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let sitePath = temp.url.appendingPathComponent("Alerts/site.yml")
        let site = try String(contentsOf: sitePath, encoding: .utf8)
        try site.replacingOccurrences(of: "base_url: https://alerts.example.org", with: "base_url: https://alerts.example.org/fraud-alerts/")
            .write(to: sitePath, atomically: false, encoding: .utf8)
        let (server, chosen) = try Self.serve([], in: temp)
        defer { server.terminate(); server.waitUntilExit() }
        let log = try String(contentsOf: temp.child("serve.log"), encoding: .utf8)
        #expect(log.contains("at http://127.0.0.1:\(chosen)/fraud-alerts/ "), "\(log)")
        #expect(try Self.get("/", port: chosen).contains("\r\nLocation: /fraud-alerts/\r\n"))
        #expect(try Self.get("/fraud-alerts", port: chosen).contains("\r\nLocation: /fraud-alerts/\r\n"))
        let home = try Self.get("/fraud-alerts/", port: chosen)
        #expect(home.hasPrefix("HTTP/1.1 200") && home.contains("assets/style.css"), "\(home.prefix(300))")
        #expect(try Self.get("/fraud-alerts/types/", port: chosen).hasPrefix("HTTP/1.1 200"))
        #expect(try Self.get("/fraud-alerts/assets/style.css", port: chosen).hasPrefix("HTTP/1.1 200"))
        #expect(try Self.get("/fraud-alerts/types", port: chosen).contains("\r\nLocation: /fraud-alerts/types/\r\n"))
        // Published, `/types/` is the domain's page, not the bulletin's.
        #expect(try Self.get("/types/", port: chosen).hasPrefix("HTTP/1.1 404"))
        #expect(try Self.get("/fraud-alertsx/", port: chosen).hasPrefix("HTTP/1.1 404"))
    }

    @Test("serve --port 0 announces the port the system chose and redirects a folder to its slash; a port in use is a usage error")
    func servePorts() throws {
        let temp = try Self.workspace()
        defer { temp.remove() }
        let (server, chosen) = try Self.serve([], in: temp)
        defer { server.terminate(); server.waitUntilExit() }
        #expect(chosen > 0)
        // A folder without its slash is redirected, so that the page's relative links resolve.
        let folder = try Self.get("/types?x=1", port: chosen)
        #expect(folder.hasPrefix("HTTP/1.1 301"), "\(folder.prefix(200))")
        #expect(folder.contains("\r\nLocation: /types/?x=1\r\n"), "\(folder.prefix(200))")
        #expect(try Self.get("//types", port: chosen).contains("\r\nLocation: /types/\r\n"))
        #expect(try Self.get("/types/", port: chosen).hasPrefix("HTTP/1.1 200"))
        #expect(try Self.get("/feed.xml", port: chosen).hasPrefix("HTTP/1.1 200"))
        #expect(try Self.get("/nothing-here", port: chosen).hasPrefix("HTTP/1.1 404"))
        // Pages reload themselves after a rebuild (they poll its count), and show the last build's warnings.
        func generation() throws -> String { try Self.get("/__alertpress/generation", port: chosen).components(separatedBy: "\r\n\r\n").last ?? "" }
        #expect(try generation() == "1")
        let served = try Self.get("/cases/refund-call/", port: chosen)
        #expect(served.contains("/__alertpress/generation") && served.contains("role=\"status\"") && served.contains("The last build has 3 warning(s)"),
                "\(served.prefix(600))")
        // A rebuild that fails keeps the last site, with a banner on top of its pages until one succeeds.
        let title = "Refund call empties a shopper"
        let casePath = temp.url.appendingPathComponent("Alerts/cases/2024/refund-call.md")
        let good = try String(contentsOf: casePath, encoding: .utf8)
        try good.replacingOccurrences(of: "title:", with: "titel:").write(to: casePath, atomically: false, encoding: .utf8)
        func page() throws -> String { try Self.get("/cases/refund-call/", port: chosen) }
        var failed = ""
        for _ in 0..<240 where !failed.contains("role=\"alert\"") {
            Thread.sleep(forTimeInterval: 0.25)
            failed = try page()
        }
        #expect(failed.contains("role=\"alert\"") && failed.contains("The last build failed with") && failed.contains(title), "\(failed.prefix(400))")
        #expect(try generation() == "2")
        #expect(try Self.get("/zh/cases/refund-call/", port: chosen).contains("上次构建失败，共 1 个错误"))
        try good.write(to: casePath, atomically: false, encoding: .utf8)
        var fixed = failed
        for _ in 0..<240 where fixed.contains("role=\"alert\"") {
            Thread.sleep(forTimeInterval: 0.25)
            fixed = try page()
        }
        #expect(!fixed.contains("role=\"alert\"") && fixed.contains(title))
        let second = try AlertpressBinary.run(["serve", "--port", "\(chosen)", "--now", "2024-11-10", "--out", "other"], in: temp.url)
        #expect(second.status == 2)
        #expect(second.stderr.contains("cannot serve on 127.0.0.1:\(chosen): another program is using the port"), "\(second.stderr)")
        #expect(!second.stderr.contains("USAGE"), "\(second.stderr)")
    }
}
