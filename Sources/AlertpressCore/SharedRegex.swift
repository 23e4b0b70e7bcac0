import Synchronization

/// A regex parsed and compiled once for the whole process. Evaluating a regex literal parses it
/// again, which cost 15 % of a build when every case file made its own; `Regex` is not `Sendable`,
/// so the lock lends it to one thread at a time. Keep the work done under it small: callers test
/// a cheap condition first and take the lock only for text that may match.
final class SharedRegex<Output>: Sendable {
    private let regex: Mutex<Regex<Output>>

    init(_ make: () -> Regex<Output>) {
        regex = Mutex(make())
    }

    func with<Result: Sendable>(_ body: (Regex<Output>) -> Result) -> Result {
        regex.withLock { body($0) }
    }
}
