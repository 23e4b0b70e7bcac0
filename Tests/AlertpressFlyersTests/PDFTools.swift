import Foundation

/// Command-line PDF checkers (poppler-utils, qpdf, zbar-tools), when installed.
enum PDFTools {
    static func path(_ tool: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.lazy
            .map { "\($0)/\(tool)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func available(_ tools: String...) -> Bool { tools.allSatisfy { path($0) != nil } }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs `tool` with `arguments`; stderr is discarded (zbarimg chats about D-Bus there). In UTC
    /// and the C locale: pdfinfo prints dates in the machine's zone, with the locale's date format.
    static func run(_ tool: String, _ arguments: [String]) throws -> Run {
        guard let executable = path(tool) else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["TZ": "UTC", "LC_ALL": "C"]) { _, fixed in fixed }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// A fresh temporary directory, removed by `cleanUp`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("alertpress-flyers-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ pdf: Data, named name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try pdf.write(to: url)
        return url
    }
}

/// Just enough PDF parsing to check what cairo wrote, without any tool.
struct PDFBytes {
    let text: String

    init(_ data: Data) {
        // Latin-1 maps every byte to one character, so binary streams cannot break parsing.
        text = String(data: data, encoding: .isoLatin1) ?? ""
    }

    var startsWithHeader: Bool { text.hasPrefix("%PDF-") }

    /// Page objects (`/Type /Page`, not `/Pages`).
    var pageCount: Int {
        guard let regex = try? Regex(#"/Type\s*/Page(?![a-zA-Z])"#) else { return -1 }
        return text.matches(of: regex).count
    }

    var mediaBoxes: [[Double]] {
        guard let regex = try? Regex(#"/MediaBox\s*\[\s*([-0-9.\s]+)\]"#) else { return [] }
        return text.matches(of: regex).compactMap { match in
            guard let numbers = match.output[1].substring else { return nil }
            return numbers.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        }
    }
}
