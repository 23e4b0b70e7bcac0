import Foundation
import Synchronization

/// Pure per-item work spread over all cores, with results in input order, so the output is the
/// same as a serial `map`. Items are taken in chunks to keep scheduling overhead small.
public enum Parallel {
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let chunkSize = max(1, min(64, items.count / (activeCores * 8)))
        let chunks = (items.count + chunkSize - 1) / chunkSize
        let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
            let done = range.map { transform(items[$0]) }
            results.withLock { all in
                for (offset, result) in done.enumerated() { all[range.lowerBound + offset] = result }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    static var activeCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// A value worked out once, ahead of need: by another core from `start`, or by the first caller
/// that asks before that core has begun (a caller never waits on a thread that has not started).
final class Prepared<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let stored = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// Starts the work on another thread.
    func start() {
        DispatchQueue.global().async { [self] in _ = value }
    }

    var value: Value {
        stored.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}

/// A value passed to one other thread, which takes it: then it holds the only reference.
final class Handed<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    init(_ value: Value) {
        self.value = Mutex(value)
    }

    /// The value, once; nil after it was taken.
    func take() -> Value? {
        value.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
