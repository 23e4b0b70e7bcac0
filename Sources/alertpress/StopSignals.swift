import Alertpress
import Dispatch
import Foundation
import Synchronization

/// Ctrl-C, SIGTERM and SIGHUP while alertpress builds (README: "A failed build…"). Before the build
/// moves anything into `--out` the process stops at once, and `--out` is as it was (the staging
/// folder beside it, marked as alertpress's, is cleared by the next build); once the move has
/// begun, it is finished, and the process stops after it. Otherwise a stop halfway through the
/// move left old and new pages side by side until the next build.
final class StopSignals: Sendable {
    private enum State: Sendable { case idle, building, moving, requested(Int32) }
    private let state = Mutex(State.idle)
    private let out: String

    init(out: String) { self.out = out }

    /// Handles the three signals from now on; the sources returned must be kept while they are.
    func install() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in received(number) }
            source.resume()
            return source
        }
    }

    /// Builds, a stop before the move into `--out` ending the process and one during it waiting for it;
    /// `progress` hears every stage but the move. `finished()` carries out a stop that waited.
    func build(_ options: BuildOptions, progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }) async -> BuildResult {
        state.withLock { $0 = .building }
        return await SiteBuilder.build(options) { [self] step in
            guard step.stage == BuildProgress.moving else { return progress(step) }
            state.withLock { if case .building = $0 { $0 = .moving } }
        }
    }

    /// The build is over: a stop asked for during the move is carried out now.
    func finished() {
        let requested: Int32? = state.withLock { state in
            defer { state = .idle }
            if case let .requested(number) = state { return number }
            return nil
        }
        if let requested {
            Console.error("stopped, after `\(out)` was written whole")
            exit(128 + requested)
        }
    }

    /// Exits while holding the lock: a build thread that reaches `moving()` meanwhile waits, and moves nothing.
    private func received(_ number: Int32) {
        state.withLock { state in
            switch state {
            case .idle:
                exit(128 + number)
            case .building:
                Console.error("stopped before writing: `\(out)` is as it was")
                exit(128 + number)
            case .moving:
                state = .requested(number)
                Console.error("stopping once `\(out)` is written whole (stopping now would leave old and new pages side by side)")
            case .requested:
                break
            }
        }
    }
}
