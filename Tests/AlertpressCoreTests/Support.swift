import Foundation
import Testing
@testable import AlertpressCore

// Shared helpers for the AlertpressCore tests: the fixture folders, an in-memory content tree
// built on the minimal valid site in `Fixtures/base/`, and a precise diagnostic matcher.

enum Fixtures {
    /// `Tests/AlertpressCoreTests/Fixtures`, located from this source file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package root: three levels up from this file (`Tests/AlertpressCoreTests/Support.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every regular file below `folder`, keyed by its path relative to `folder` (with `/`).
    static func files(under folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let full = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  let data = FileManager.default.contents(atPath: full) else { continue }
            result[relative] = data
        }
        return result
    }

    /// The minimal valid content tree of `Fixtures/base/`, keyed by paths below `Alerts/`.
    static let base: [String: Data] = files(under: directory.appendingPathComponent("base"))
}

/// The build clock most tests use: the last second of 2024-11-20 in the site time zone.
let defaultClock = BuildClock.day(LocalDay(year: 2024, month: 11, day: 20))

/// A content tree in memory: `Alerts/...` paths to bytes, starting from `Fixtures/base/`.
struct Tree {
    var files: [String: Data]

    init(base: Bool = true) {
        files = [:]
        if base { for (path, data) in Fixtures.base { files["Alerts/" + path] = data } }
    }

    /// Adds or replaces `Alerts/<path>`.
    mutating func set(_ path: String, _ text: String) { files["Alerts/" + path] = Data(text.utf8) }
    mutating func set(_ path: String, bytes: [UInt8]) { files["Alerts/" + path] = Data(bytes) }
    mutating func remove(_ path: String) { files["Alerts/" + path] = nil }

    func check(clock: BuildClock = defaultClock) -> CheckResult {
        ContentPipeline.check(alerts: "Alerts", fileSystem: MemoryFileSystem(files), clock: clock)
    }

    /// A tree with the base plus these files.
    static func with(_ overlay: [String: String]) -> Tree {
        var tree = Tree()
        for (path, text) in overlay { tree.set(path, text) }
        return tree
    }
}

/// What a diagnostic must look like. `message` and `hint` list fragments that must all appear.
struct Expected: CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int?
    var severity: Severity = .error
    var code: String
    var message: [String] = []
    var hint: [String]? = nil

    init(_ file: String, _ line: Int, _ column: Int? = nil, _ severity: Severity = .error, _ code: String,
         message: [String] = [], hint: [String]? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
    }

    func matches(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.file == file, diagnostic.line == line, diagnostic.severity == severity, diagnostic.code == code,
              column == nil || diagnostic.column == column,
              message.allSatisfy({ diagnostic.message.contains($0) }) else { return false }
        if let hint {
            guard let actual = diagnostic.hint, hint.allSatisfy({ actual.contains($0) }) else { return false }
        }
        return true
    }

    var description: String {
        var text = "\(file):\(line):\(column.map(String.init) ?? "*"): \(severity.rawValue) [\(code)] message ⊇ \(message)"
        if let hint { text += " hint ⊇ \(hint)" }
        return text
    }
}

func describe(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.isEmpty ? "  (none)" : diagnostics.map { "  \($0.file):\($0.line):\($0.column): \($0.severity.rawValue) [\($0.code)] \($0.message)\($0.hint.map { " (hint: \($0))" } ?? "")" }.joined(separator: "\n")
}

/// Asserts that `actual` holds exactly the expected diagnostics (in any order), no more, no fewer.
func expectDiagnostics(_ actual: [Diagnostic], _ expected: [Expected], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    var remaining = actual
    var missing: [Expected] = []
    for item in expected {
        if let index = remaining.firstIndex(where: item.matches) {
            remaining.remove(at: index)
        } else {
            missing.append(item)
        }
    }
    if !missing.isEmpty || !remaining.isEmpty {
        Issue.record("""
            diagnostics differ.
            missing (expected but not reported):
            \(missing.isEmpty ? "  (none)" : missing.map { "  \($0)" }.joined(separator: "\n"))
            unexpected (reported but not expected):
            \(describe(remaining))
            all reported:
            \(describe(actual))
            """, sourceLocation: sourceLocation)
    }
}

/// Asserts that there is no diagnostic at all.
func expectClean(_ result: CheckResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    if !result.diagnostics.isEmpty {
        Issue.record("expected no diagnostics, got:\n\(describe(result.diagnostics))", sourceLocation: sourceLocation)
    }
}

extension CheckResult {
    func diagnostics(in file: String) -> [Diagnostic] { diagnostics.filter { $0.file == file } }

    func edition(_ lang: String) -> EnrichedEdition? { bulletin?.editions.first { $0.lang == lang } }

    func enrichedCase(_ slug: String, lang: String = "en") -> EnrichedCase? { edition(lang)?.case(slug) }

    /// The slugs of a case's related cases, most related first.
    func related(_ slug: String, lang: String = "en") -> [String]? {
        guard let edition = edition(lang), let position = edition.cases.firstIndex(where: { $0.slug == slug }) else { return nil }
        return edition.related(at: position).map { edition.cases[$0].slug }
    }
}

/// A case file: `---`, the front-matter lines, `---`, then the body lines (line 1 is the opening `---`).
func caseFile(_ frontMatter: [String], body: [String] = ["Police are investigating the matter."]) -> String {
    (["---"] + frontMatter + ["---"] + body).joined(separator: "\n") + "\n"
}

// MARK: Independent reference implementations (not the library's) for building test data.

/// GB 11643-1999 check character for the first 17 digits of a resident ID number.
func residentIDCheckCharacter(_ first17: String) -> Character {
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    var sum = 0
    for (digit, weight) in zip(first17, weights) { sum += (digit.wholeNumberValue ?? 0) * weight }
    // (12 - sum mod 11) mod 11, with 10 written as X.
    let check = (12 - sum % 11) % 11
    return check == 10 ? "X" : Character(String(check))
}

/// Luhn (mod 10) check over a string of digits.
func luhnChecksumIsValid(_ digits: String) -> Bool {
    let values = digits.compactMap(\.wholeNumberValue)
    guard values.count == digits.count else { return false }
    var sum = 0
    for (offset, value) in values.reversed().enumerated() {
        if offset.isMultiple(of: 2) { sum += value } else { sum += value * 2 > 9 ? value * 2 - 9 : value * 2 }
    }
    return sum % 10 == 0
}

/// Seconds since 1970 of a UTC calendar moment, computed by hand (days from the civil calendar).
func utcEpoch(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> TimeInterval {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let days = era * 146_097 + doe - 719_468
    return TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second)
}

/// A fixed linear congruential generator: random enough to explore, the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}

/// `count` texts, each `length` pieces drawn from `pieces` by `SeededGenerator`.
func seededTexts(_ count: Int, of length: Int, from pieces: [String], seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
        (0..<length).map { _ in pieces[Int(generator.next() >> 33) % pieces.count] }.joined()
    }
}
