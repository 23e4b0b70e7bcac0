import Alertpress
import AlertpressCore
import ArgumentParser
import Foundation

extension AlertpressCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build, serve --out on 127.0.0.1 and rebuild on change.")
        @OptionGroup var paths: Paths
        @OptionGroup var clock: ClockOption
        @Option(help: "Port on 127.0.0.1.") var port: UInt16 = 8080

        func run() async throws {
            throw ExitCode(Status.usage)
        }
    }
}
