import Alertpress
import AlertpressCore
import ArgumentParser
import Foundation

extension AlertpressCommand {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check, enrich and render everything into --out.")
        @OptionGroup var paths: Paths
        @OptionGroup var clock: ClockOption
        @Flag(help: "Print only errors, and the addresses the build takes down.") var quiet = false
        @Flag(help: "Print each stage with counts and elapsed time, also when not on a terminal.") var verbose = false

        func run() async throws {
            let options = BuildOptions(alerts: paths.alerts, templates: paths.templates, out: paths.out, clock: try clock.clock(),
                                       tool: Report.toolIdentity())
            let started = Date()
            let showStages = !quiet && (verbose || isatty(STDERR_FILENO) == 1)
            let stops = StopSignals(out: paths.out)
            let sources = stops.install()
            defer { sources.forEach { $0.cancel() } }
            let result = await stops.build(options) { step in
                if showStages { Console.error(String(format: "  %6.2f s  %@: %d", Date().timeIntervalSince(started), step.stage, step.count)) }
            }
            Report.print(result, quiet: quiet, out: paths.out, seconds: Date().timeIntervalSince(started))
            stops.finished()
            if result.outputRefused { throw ExitCode(Status.usage) }
            if !result.succeeded { throw ExitCode(Status.of(result.diagnostics)) }
        }
    }
}

enum Report {
    static func print(_ result: BuildResult, quiet: Bool, out: String, seconds: Double) {
        for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
            Console.error(diagnostic.formatted)
        }
        if let error = result.outputError {
            Console.error("error: \(error)")
        } else if !result.succeeded {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            Console.error("\(errors) error(s): nothing was published; `\(out)` is unchanged")
        } else {
            if !quiet {
                Console.error(String(format: "built %d files (%d pages, %d flyers) into %@ in %.2f s: %d written, %d unchanged",
                                     result.files, result.pages, result.flyers, out, seconds, result.written, result.kept))
            }
            // Said with --quiet too: links, subscriptions and printed QR codes to these addresses fail from now on.
            printRetired(result.retiredCasePages, "a case renamed, deleted, made a draft or dated ahead, or its language dropped",
                         "links to these addresses now fail")
            printRetired(result.retiredAddresses, "a scam type, tactic or campaign renamed or deleted, or a flyer or language dropped",
                         "links, feed subscriptions and printed flyers' QR codes to these addresses now fail")
            // Addresses taken down too: a page restored by hand to keep a link working fails again.
            if !result.removedByHand.isEmpty {
                let names = result.removedByHand.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
                let more = result.removedByHand.count > 5 ? " and \(result.removedByHand.count - 5) more" : ""
                Console.error("  removed what no build made, as a clean build has none: \(names)\(more) (files to publish go in the templates' assets/ folder)")
            }
            guard !quiet else { return }
            Report.printScheduled(result.scheduled)
            Report.printUntyped(result.untyped)
            if result.reusedCases > 0 {
                // Drafts and scheduled cases are kept out of the output folder, memo included: they are worked out every time.
                Console.error("  incremental: \(result.processedCases) case(s) worked out again (new, changed, drafts and scheduled), \(result.reusedCases) reused; \(result.rendered) page(s), feed(s) and flyer(s) rendered again")
            }
        }
    }

    static func printRetired(_ addresses: [String], _ why: String, _ consequence: String) {
        guard !addresses.isEmpty else { return }
        let names = addresses.prefix(5).joined(separator: ", ")
        let more = addresses.count > 5 ? " and \(addresses.count - 5) more" : ""
        Console.error("  no longer published (\(why)): \(names)\(more); \(consequence)")
    }

    /// Cases of no scam type: published, but on no type's page, feed or flyer.
    static func printUntyped(_ files: [String]) {
        guard !files.isEmpty else { return }
        let names = files.prefix(5).joined(separator: ", ")
        let more = files.count > 5 ? " and \(files.count - 5) more" : ""
        let count = files.count == 1 ? "1 case" : "\(files.count) cases"
        Console.error("  \(count) of no scam type, on no type's page, feed or flyer (declare `scam_types`, or `scam_types: []` if none fits): \(names)\(more)")
    }

    /// Cases dated ahead, which no page shows yet: a date typed a year off would hide a case without a word.
    static func printScheduled(_ scheduled: [(file: String, day: String)]) {
        guard !scheduled.isEmpty else { return }
        let names = scheduled.prefix(5).map { "\($0.file) (\($0.day))" }.joined(separator: ", ")
        let more = scheduled.count > 5 ? " and \(scheduled.count - 5) more" : ""
        Console.error("  scheduled, published by the first build on or after their date: \(names)\(more)")
    }

    /// This program's executable, by size and modification time: a rebuilt alertpress does not reuse
    /// what an older one worked out. On Linux one `stat` of the running program: Foundation's
    /// `Bundle` and file attributes took about 10 ms to set up, a twentieth of an incremental build.
    static func toolIdentity() -> String {
        #if os(Linux)
        var status = stat()
        if stat("/proc/self/exe", &status) == 0 {
            return "alertpress \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        #endif
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "alertpress"
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "alertpress \(size) \(modified)"
    }
}
