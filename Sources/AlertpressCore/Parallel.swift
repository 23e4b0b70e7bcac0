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
