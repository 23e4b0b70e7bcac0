import Foundation
import AlertpressCore

/// One file of the built site: a path relative to `--out` and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}

/// Problems with the output folder itself (not with the content).
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case outContainsSources(out: String, source: String)
    case notAnAlertpressFolder(String)
    case writeFailed(String)
    case unsafePath(String)

    public var description: String {
        switch self {
        case let .outContainsSources(out, source):
            return "--out `\(out)` may not be or contain `\(source)`, and may not lie inside it"
        case let .notAnAlertpressFolder(out):
            return "`\(out)` exists, is not empty and was not made by alertpress; refusing to replace it (choose another --out or empty it)"
        case let .writeFailed(message):
            return "writing the site failed: \(message)"
        case let .unsafePath(path):
            return "refusing to write `\(path)` outside the output folder"
        }
    }
}

/// Stage 6: writes the site into a staging folder beside `--out` and swaps it in whole, so a
/// failed build leaves the previous site exactly as it was. The previous site is recognised by
/// its manifest; a folder without one is never replaced.
public struct SiteWriter: Sendable {
    public static let manifestName = ".alertpress-manifest"

    public var out: URL

    public init(out: String) {
        self.out = URL(fileURLWithPath: out).standardizedFileURL
    }

    /// `--out` may not be, contain or lie inside the content or template folders.
    public func checkSeparate(from sources: [String]) throws {
        let outPath = out.resolvingSymlinksInPath().path
        for source in sources {
            let sourcePath = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
            if outPath == sourcePath || sourcePath.hasPrefix(outPath + "/") || outPath.hasPrefix(sourcePath + "/") || outPath == "/" {
                throw OutputError.outContainsSources(out: out.path, source: source)
            }
        }
    }

    /// Starts a new site in a staging folder beside `--out`; files are added as they are rendered,
    /// so the whole site is never held in memory. Nothing in `--out` changes before `commit`.
    public func begin() throws -> StagedSite {
        let manager = FileManager.default
        let parent = out.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(out.lastPathComponent).staging")
        let previous = try previousManifest()
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError.writeFailed(error.localizedDescription)
        }
        return StagedSite(out: out, staging: staging, previous: previous)
    }

    /// Writes a new file with plain POSIX calls: the staging folder is swapped in whole, so the
    /// per-file `fsync` that `Data.write` does on Linux buys nothing. Returns an error message or nil.
    static func writeFile(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return "cannot create `\(path)`: \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { break }
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return "cannot write `\(path)`: \(String(cString: strerror(errno)))"
                }
                offset += count
            }
            return nil
        }
    }

    /// Hashes of the previous build, by path; refuses a non-empty folder that alertpress did not write.
    func previousManifest() throws -> [String: String] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: out.path) else { return [:] }
        let manifestURL = out.appendingPathComponent(Self.manifestName)
        guard let data = try? Data(contentsOf: manifestURL) else {
            let entries = (try? manager.contentsOfDirectory(atPath: out.path)) ?? []
            if entries.isEmpty { return [:] }
            throw OutputError.notAnAlertpressFolder(out.path)
        }
        var result: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { result[String(parts[1])] = String(parts[0]) }
        }
        return result
    }
}

/// A site being written into its staging folder.
public struct StagedSite: Sendable {
    let out: URL
    let staging: URL
    let previous: [String: String]
    private var folders: Set<String> = []
    private var entries: [(path: String, hash: String)] = []
    public private(set) var written = 0
    public private(set) var kept = 0

    init(out: URL, staging: URL, previous: [String: String]) {
        self.out = out
        self.staging = staging
        self.previous = previous
    }

    /// Writes files into the staging folder (in parallel); an unchanged file is hard-linked from the previous site.
    public mutating func add(_ files: [OutputFile]) throws {
        var newFolders: [String] = []
        for file in files {
            guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else {
                throw OutputError.unsafePath(file.path)
            }
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
                newFolders.append(String(folder))
            }
        }
        do {
            // Parents sort before their children.
            for folder in newFolders.sorted() {
                try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
        } catch {
            throw OutputError.writeFailed(error.localizedDescription)
        }
        let outPath = out.path
        let stagingPath = staging.path
        let previous = self.previous
        let results = Parallel.map(files) { file -> (hash: String, kept: Bool, error: String?) in
            let hash = Digest.hex(file.data)
            let target = stagingPath + "/" + file.path
            if previous[file.path] == hash, link(outPath + "/" + file.path, target) == 0 { return (hash, true, nil) }
            return (hash, false, SiteWriter.writeFile(file.data, to: target))
        }
        if let failure = results.lazy.compactMap(\.error).first { throw OutputError.writeFailed(failure) }
        for (file, result) in zip(files, results) {
            entries.append((file.path, result.hash))
            if result.kept { kept += 1 } else { written += 1 }
        }
    }

    /// Writes the manifest and swaps the staging folder in for `--out`.
    public func commit() throws -> (written: Int, kept: Int) {
        let manager = FileManager.default
        let retired = out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).previous")
        try? manager.removeItem(at: retired)
        do {
            let manifest = entries.sorted { $0.path < $1.path }.map { "\($0.hash) \($0.path)\n" }.joined()
            try Data(manifest.utf8).write(to: staging.appendingPathComponent(SiteWriter.manifestName))
            if manager.fileExists(atPath: out.path) { try manager.moveItem(at: out, to: retired) }
            try manager.moveItem(at: staging, to: out)
            try? manager.removeItem(at: retired)
        } catch {
            abort()
            if !manager.fileExists(atPath: out.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: out)
            }
            throw OutputError.writeFailed(error.localizedDescription)
        }
        return (written, kept)
    }

    /// Drops the staging folder; `--out` stays as it was.
    public func abort() {
        try? FileManager.default.removeItem(at: staging)
    }
}

/// FNV-1a 64-bit, twice with different offsets: a content fingerprint for the manifest (not security).
enum Digest {
    static func hex(_ data: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return String(format: "%016llx%016llx%08x", a, b, UInt32(truncatingIfNeeded: data.count))
    }
}
