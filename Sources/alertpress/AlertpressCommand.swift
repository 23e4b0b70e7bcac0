import Alertpress
import AlertpressCore
import ArgumentParser
import Foundation
#if canImport(CMalloc)
import CMalloc
#endif

/// Exit statuses of SPEC §3: 0 done, 1 content errors, 2 usage.
enum Status {
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2

    /// A content or template folder that is not there is a wrong argument, not a content error.
    static func of(_ diagnostics: [Diagnostic]) -> Int32 {
        diagnostics.contains { $0.code == "no-content" || $0.code == "missing-templates" } ? usage : contentErrors
    }
}

struct Paths: ParsableArguments {
    @Option(help: "The content folder.") var alerts = "Alerts"
    @Option(help: "Templates and static assets.") var templates = "Templates"
    @Option(help: "The output folder.") var out = "site"
}

/// `check` writes nothing: `--out` is taken, as scripts pass it to every command, but not offered.
struct CheckPaths: ParsableArguments {
    @Option(help: "The content folder.") var alerts = "Alerts"
    @Option(help: "Templates and static assets.") var templates = "Templates"
    @Option(help: ArgumentHelp("The output folder (unused: check writes nothing).", visibility: .hidden)) var out = "site"
}

struct ClockOption: ParsableArguments {
    @Option(help: "The build clock: YYYY-MM-DD or an RFC 3339 date-time (default: SOURCE_DATE_EPOCH, else now).")
    var now: String?

    /// Checked while parsing, so that a wrong date is told with the usage of the command it was given to.
    func validate() throws { _ = try clock() }

    func clock() throws -> BuildClock {
        if let now {
            guard let clock = BuildClock.parse(now), clock.isPlausible else {
                throw ValidationError("--now must be YYYY-MM-DD or an RFC 3339 date-time from 1900 to 9999, got `\(now)`")
            }
            return clock
        }
        // Set but empty is unset, as most tools read it.
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), case let clock = BuildClock.instant(Date(timeIntervalSince1970: TimeInterval(seconds))),
                  clock.isPlausible else {
                throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds since 1970, from 1900 to 9999, got `\(epoch)`")
            }
            return clock
        }
        return .instant(Date())
    }
}

@main
struct AlertpressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alertpress",
        abstract: "Turns scam case reports into an anti-fraud bulletin: website, feeds and flyers.",
        subcommands: [Build.self, Check.self, New.self, Serve.self])

    static func main() async {
        // Worker threads allocate from their own malloc heaps, which glibc grows one `mprotect`
        // call at a time unless a new heap is made large from the start: with 64 MB of padding,
        // an incremental build at 10,000 cases spent a sixth less time (BENCHMARKS.md, step 22).
        #if canImport(CMalloc)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        #endif
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(Status.usage)
        }
    }
}

extension AlertpressCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check everything a build checks; write nothing.")

        enum Format: String, ExpressibleByArgument { case text, json }

        @OptionGroup var paths: CheckPaths
        @OptionGroup var clock: ClockOption
        @Option(help: "text or json") var format: Format = .text
        @Flag(help: "Warnings fail the check too.") var strict = false

        func run() throws {
            var result = ContentPipeline.check(alerts: paths.alerts, fileSystem: DiskFileSystem(), clock: try clock.clock())
            // Everything a build checks: the templates and the flyers' layout too.
            result.diagnostics = Diagnostic.inReadingOrder(result.diagnostics + TemplateCheck.diagnostics(folder: paths.templates, site: result.bulletin?.site,
                                                                                                         bulletin: result.errors == 0 ? result.bulletin : nil))
            switch format {
            case .json: print(CheckReport.json(result))
            case .text:
                for diagnostic in result.diagnostics { Console.error(diagnostic.formatted) }
                let cases = result.bulletin?.editions.flatMap(\.cases) ?? []
                let pages = cases.filter(\.status.hasPage).count
                let expired = cases.filter { $0.status == .expired }.count
                // An expired case keeps its page (SPEC §5): counted, and told apart from the listed ones.
                let outcome = result.errors > 0 ? "a build would publish nothing until the errors are fixed"
                    : "\(pages) case page(s) to publish across languages"
                        + (expired > 0 ? " (\(expired) expired: kept as a page, in no list, feed or flyer)" : "")
                        + (strict && result.warnings > 0 ? "; the check fails: --strict fails on warnings" : "")
                Console.error("\(result.errors) error(s), \(result.warnings) warning(s); \(outcome)")
                if result.errors == 0 {
                    Report.printScheduled(result.bulletin?.scheduledCases ?? [])
                    Report.printUntyped(result.bulletin?.untypedCases ?? [])
                }
            }
            if result.errors > 0 || (strict && result.warnings > 0) { throw ExitCode(Status.of(result.diagnostics)) }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Scaffold a new content file.")

        enum Kind: String, ExpressibleByArgument { case `case` }

        @Argument(help: "What to create: case") var kind: Kind
        @Argument(help: "The title") var title: String
        @Option(help: "The language the case is written in (default: zh for a Chinese title when the site has it, else the site's first language).")
        var lang: String?
        @Option(help: "The content folder.") var alerts = "Alerts"
        @OptionGroup var clock: ClockOption

        /// A blank title is a usage error, told with `new`'s own usage line.
        func validate() throws {
            guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("the title is empty: write it in quotes, as in `alertpress new case \"Fake refund calls\"`")
            }
        }

        func run() throws {
            // A mistyped --alerts would otherwise grow a bulletin of its own.
            guard FileManager.default.fileExists(atPath: "\(alerts)/site.yml") else {
                throw ValidationError("`\(alerts)` holds no site.yml: run where `Alerts/` is, or pass --alerts with the content folder")
            }
            // site.yml is read leniently: a broken one is `check`'s business.
            let site = ContentPipeline.siteBasics(alerts: alerts, fileSystem: DiskFileSystem())
            let zone = site.timeZone ?? TimeZone(identifier: "Asia/Shanghai") ?? .current
            let languages = site.languages.isEmpty ? ["en", "zh"] : site.languages
            let language = Scaffold.language(for: title, requested: lang, siteLanguages: languages)
            guard languages.contains(language) else {
                throw ValidationError("`\(language)` is not one of the site's languages (\(languages.joined(separator: ", ")))")
            }
            let day = LocalDay(try clock.clock().resolve(in: zone), in: zone)
            let slug = Scaffold.slug(for: title, date: day)
            let folder = "\(alerts)/cases/\(day.year)"
            // A case in another language than the site's first stands alone as `<slug>.<lang>.md`.
            let path = "\(folder)/\(slug)\(language == languages.first ? "" : "." + language).md"
            // The slug is the case's identity in every year's folder and language (`check`: duplicate-slug).
            let taken = FileManager.default.enumerator(atPath: "\(alerts)/cases").map { files in
                files.compactMap { $0 as? String }.first { file in
                    let name = (file as NSString).lastPathComponent
                    return name == "\(slug).md" || (name.hasPrefix(slug + ".") && name.hasSuffix(".md") && !name.dropFirst(slug.count + 1).dropLast(3).contains("."))
                }
            } ?? nil
            guard !FileManager.default.fileExists(atPath: path), taken == nil else {
                Console.error("error: `\(taken.map { "\(alerts)/cases/\($0)" } ?? path)` already has the slug `\(slug)`; choose another title")
                throw ExitCode(Status.usage)
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data(Scaffold.caseFile(title: title, date: day, lang: language, typeIDs: ids(in: "types"), tacticIDs: ids(in: "tactics")).utf8)
                    .write(to: URL(fileURLWithPath: path))
            } catch {
                Console.error("error: cannot write `\(path)`: \(error.localizedDescription)")
                throw ExitCode(Status.usage)
            }
            print(path)
        }

        /// The ids of the site's scam types or tactics: their default-language files' names, sorted.
        func ids(in folder: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(alerts)/\(folder)")) ?? []
            return names.filter { $0.hasSuffix(".md") && $0.dropLast(3).allSatisfy { $0 != "." } }.map { String($0.dropLast(3)) }.sorted()
        }
    }
}

enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

