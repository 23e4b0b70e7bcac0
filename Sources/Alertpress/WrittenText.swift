import AlertpressCore
import Foundation

/// Finds where a text is written in the content files, for a warning at the line an editor changes:
/// each file read once, its lines counted as an editor's does (CRLF and CR end a line too, nothing else), the
/// column in Unicode scalars as every diagnostic's.
struct WrittenText {
    private let read: (String) -> Data?
    private var lines: [String: [Substring]] = [:]

    init(fileSystem: some ContentFileSystem) {
        read = { try? fileSystem.read($0) }
    }

    /// The first place `text` is written in `file`, or nil.
    mutating func location(of text: String, in file: String) -> SourceLocation? {
        if lines[file] == nil {
            let content = read(file).map { String(decoding: $0, as: UTF8.self) } ?? ""
            // Only LF, CRLF and CR end a line, as for every other diagnostic: U+2028, NEL, VT and FF are
            // characters within it (`Character.isNewline` would count them, a line too far each).
            lines[file] = content.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        }
        for (number, line) in (lines[file] ?? []).enumerated() {
            guard let range = line.range(of: text) else { continue }
            return SourceLocation(file: file, line: number + 1, column: line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
        return nil
    }
}
