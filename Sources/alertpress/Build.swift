import Alertpress
import AlertpressCore
import ArgumentParser
import Foundation

extension AlertpressCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check, enrich and render everything into --out.")
        @OptionGroup var paths: Paths
        @OptionGroup var clock: ClockOption

        func run() throws {
            throw ExitCode(Status.usage)
        }
    }

    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build, serve --out on 127.0.0.1 and rebuild on change.")
        @OptionGroup var paths: Paths

        func run() throws {
            throw ExitCode(Status.usage)
        }
    }
}
