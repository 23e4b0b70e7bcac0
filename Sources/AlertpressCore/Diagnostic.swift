import Foundation

/// How serious a diagnostic is: errors stop a build, warnings fail only `check --strict`.
public enum Severity: String, Sendable, Codable {
    case warning
    case error
}

/// One problem found in the content, at the place an editor has to look.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable {
    /// Path as given to the build (relative to the current directory when the user gave a relative path).
    public var file: String
    /// 1-based line of the offending key or text; 0 when the problem concerns the file as a whole.
    public var line: Int
    /// 1-based column; 0 when unknown.
    public var column: Int
    public var severity: Severity
    /// Stable machine-readable code, e.g. `unknown-key`.
    public var code: String
    public var message: String
    /// What to do about it, when something helps ("did you mean `scam_types`?").
    public var hint: String?

    public init(file: String, line: Int, column: Int, severity: Severity, code: String, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// `path:line:column: error|warning: message (hint)` — the form editors and their editors understand.
    /// One line, whatever a file's name holds: a line break or an escape sequence in it is shown as
    /// `\u{A}`, `\u{1B}`, so it cannot forge another diagnostic or drive the terminal.
    public var formatted: String {
        var text = "\(file):\(max(line, 1)):\(max(column, 1)): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text.showingCodePoints { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}

extension String {
    /// The text with each scalar `hidden` picks written as its code point (`\u{200B}`, `\u{A}`), so
    /// that a reader sees it, and a terminal does not act on it.
    func showingCodePoints(of hidden: (Unicode.Scalar) -> Bool) -> String {
        guard unicodeScalars.contains(where: hidden) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            if hidden(scalar) { shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" } else { shown.unicodeScalars.append(scalar) }
        }
        return shown
    }
}

/// A place in a source file.
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// Collects diagnostics from every stage; nothing is thrown away or reported early.
public struct DiagnosticLog: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func error(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        all.append(Diagnostic(file: location.file, line: location.line, column: location.column,
                              severity: .error, code: code, message: Self.bounded(message), hint: hint.map(Self.bounded)))
    }

    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        all.append(Diagnostic(file: location.file, line: location.line, column: location.column,
                              severity: .warning, code: code, message: Self.bounded(message), hint: hint.map(Self.bounded)))
    }

    /// A message that quotes a long value (`a 6 MB id`) quotes its start: the place is in the location.
    static func bounded(_ text: String) -> String {
        guard text.utf8.count > 400 else { return text }
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in
            index % 2 == 1 && part.unicodeScalars.count > 80 ? String(String.UnicodeScalarView(part.unicodeScalars.prefix(60))) + "…" : String(part)
        }.joined(separator: "`")
    }

    public mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Diagnostics in reading order: by file, then line, then column.
    public var sorted: [Diagnostic] { Diagnostic.inReadingOrder(all) }
}

extension Diagnostic {
    /// By file, then line, then column: the order an editor reads them in, whichever check found them.
    /// Each is told once: a value a YAML alias repeats (`*sources` three times) is checked at its anchor each time.
    public static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var told = Set<Diagnostic>()
        // Field by field: a tuple of the fields would copy three strings for each comparison.
        return diagnostics.filter { told.insert($0).inserted }.sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            if a.code != b.code { return a.code < b.code }
            return a.message < b.message
        }
    }
}

/// "did you mean …?" for a misspelt key or id.
public enum Suggest {
    public static func nearest(_ word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let length = lowered.count
        let scored = candidates.compactMap { candidate -> (distance: Int, candidate: String)? in
            // Lengths further apart than the distance allowed cannot be that close (a 6 MB "id").
            guard abs(candidate.count - length) <= (candidate.count <= 4 ? 1 : max(2, candidate.count / 3)) else { return nil }
            let distance = editDistance(lowered, candidate.lowercased())
            // A word with every letter changed is another word ("zh" is no misspelt "en", "kind" no "id"), and
            // a short one with two ("date" is no "name", `双11` no `618`).
            let allowed = candidate.count <= 4 ? 1 : max(2, candidate.count / 3)
            return distance <= allowed && distance < min(length, candidate.count) ? (distance, candidate) : nil
        }
        return scored.min {
            ($0.distance, abs($0.candidate.count - word.count), $0.candidate) < ($1.distance, abs($1.candidate.count - word.count), $1.candidate)
        }?.candidate
    }

    static func hint(_ word: String, in candidates: some Sequence<String>) -> String? {
        nearest(word, in: candidates).map { "did you mean `\($0)`?" }
    }

    /// Optimal string alignment distance: a swap of two neighbours ("titel" → "title") costs 1.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
