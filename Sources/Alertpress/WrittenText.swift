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

    /// The first place `text` is written in `file` on its own (not inside a longer path), else the first place at all; nil if none.
    mutating func location(of text: String, in file: String) -> SourceLocation? {
        if lines[file] == nil {
            let content = read(file).map { String(decoding: $0, as: UTF8.self) } ?? ""
            // Only LF, CRLF and CR end a line, as for every other diagnostic: U+2028, NEL, VT and FF are
            // characters within it (`Character.isNewline` would count them, a line too far each).
            lines[file] = content.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        }
        // Where the text stands on its own: `/cases/x/` inside `/zh/cases/x/` is the other link's…
        var inside: SourceLocation?
        for (number, line) in (lines[file] ?? []).enumerated() {
            var from = line.startIndex
            while let range = line.range(of: text, range: from..<line.endIndex) {
                let location = SourceLocation(file: file, line: number + 1, column: line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1)
                let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : " "
                let after = range.upperBound < line.endIndex ? line[range.upperBound] : " "
                // (…nor `/cases/x/` the start of `/cases/x/page/2/`.)
                func inPath(_ character: Character) -> Bool { character.isLetter || character.isNumber || "/.-_:%".contains(character) }
                guard inPath(before) || inPath(after) else { return location }
                inside = inside ?? location
                from = line.index(after: range.lowerBound)
            }
        }
        return inside
    }
}
