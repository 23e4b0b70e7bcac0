import Foundation
import AlertpressCore

/// One file of the built site: a path relative to `--out` and its bytes.
public struct OutputFile: Sendable {
    public var path: String
    /// Kept as it was made: rendered text is hashed and written from its own UTF-8 storage, not copied.
    private let content: Content

    private enum Content: Sendable {
        case text(String)
        case bytes([UInt8])
        case data(Data)
    }

    public init(path: String, data: Data) {
        self.path = path
        content = .data(data)
    }

    public init(path: String, text: String) {
        self.path = path
        content = .text(text)
    }

    init(path: String, bytes: [UInt8]) {
        self.path = path
        content = .bytes(bytes)
    }

    /// The file's bytes, for as long as `body` runs.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        switch content {
        case .text(var text): text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        case .bytes(let bytes): bytes.withUnsafeBytes(body)
        case .data(let data): data.withUnsafeBytes(body)
        }
    }
}

/// Problems with the output folder itself (not with the content).
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case outContainsSources(out: String, source: String)
    case notAnAlertpressFolder(String)
    case notAFolder(String)
    case writeFailed(String)
    case unsafePath(String)
    case foreignWorkFolder(String)
    case danglingLink(String)

    /// The command asked for an output folder it cannot have (a usage error, not a failed write).
    public var isRefusal: Bool {
        switch self {
        case .outContainsSources, .notAnAlertpressFolder, .notAFolder, .foreignWorkFolder, .danglingLink: true
        case .writeFailed, .unsafePath: false
        }
    }

    public var description: String {
        switch self {
        case let .outContainsSources(out, source):
            return "--out `\(out)` may not be or contain `\(source)`, and may not lie inside it"
        case let .notAnAlertpressFolder(out):
            return "`\(out)` exists, is not empty and was not made by alertpress; refusing to replace it (choose another --out or empty it)"
        case let .notAFolder(path):
            return "`\(path)` is a file, not a folder; refusing to replace it (choose another --out)"
        case let .writeFailed(message):
            return "writing the site failed: \(message)"
        case let .unsafePath(path):
            return "refusing to write `\(path)` outside the output folder"
        case let .foreignWorkFolder(path):
            return "`\(path)` exists beside --out and was not made by alertpress, which stages the site there; move it away and build again"
        case let .danglingLink(path):
            return "--out `\(path)` is a link to a folder that does not exist; create the folder or choose another --out"
        }
    }

    /// alertpress stages the site beside `--out` and renames it in: across file systems no rename can.
    static let crossDevice = " (--out is a mount point, on another file system than the folder it is in: build into a folder inside it, e.g. --out <mount>/site)"

    /// A failed file operation told with the path it failed on and the system's reason ("`/srv/.site.staging`:
    /// Permission denied"): Foundation's own description ("The file doesn't exist") names neither.
    static func writeFailed(_ error: Error, doing step: String? = nil) -> OutputError {
        let failure = error as NSError
        let path = (failure.userInfo[NSFilePathErrorKey] as? String) ?? (failure.userInfo[NSURLErrorKey] as? URL)?.path
        let underlying = (failure.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
        var reason = underlying.map { underlying in
            underlying.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(underlying.code))) : underlying.localizedDescription
        } ?? failure.localizedDescription
        if underlying?.domain == NSPOSIXErrorDomain, [Int(EXDEV), Int(EBUSY)].contains(underlying?.code) { reason += crossDevice }
        return .writeFailed([step, path.map { "`\($0)`: \(reason)" } ?? reason].compactMap { $0 }.joined(separator: " "))
    }
}

/// Stage 6: writes the site so that a failed build leaves the previous site exactly as it was. The
/// previous site is recognised by its manifest; a folder without one is never replaced.
///
/// - The first build writes the whole site into a staging folder beside `--out` and renames it in.
/// - A build into an existing site stages only the files whose bytes changed, then moves them in
///   and removes the files no longer built, setting aside each file it replaces; if any step
///   fails, everything is put back. Unchanged files are never touched.
///
/// The manifest lists every file with its content hash and, for rendered files, the fingerprint of
/// the inputs it was rendered from: a file whose inputs are unchanged is not rendered again,
/// unless it was deleted or changed in `--out` since (`Manifest.withoutChangedFiles`).
public struct SiteWriter: Sendable {
    public static let manifestName = ".alertpress-manifest"
    /// Whether a path in `--out` is what alertpress keeps there for the next build besides the
    /// site: the manifest and the memo's files. Neither is part of the published site.
    public static func isState(_ path: String) -> Bool {
        path == manifestName || MemoFile.isMemoFile(path)
    }

    public var out: URL

    /// A `--out` that is a link to a folder (`site -> /var/www/alerts`) is that folder: the site is
    /// swapped in there, and the link stays.
    public init(out: String) {
        let url = URL(fileURLWithPath: out).standardizedFileURL
        var info = stat()
        if lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let real = realpath(url.path, nil) {
            defer { free(real) }
            self.out = URL(fileURLWithPath: String(cString: real))
        } else {
            self.out = url
        }
    }

    /// `--out` may not be, contain or lie inside the content or template folders, also through a
    /// linked folder on the way to a `--out` that does not exist yet.
    public func checkSeparate(from sources: [String]) throws {
        var info = stat()
        if lstat(out.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { throw OutputError.danglingLink(out.path) }
        let outPath = Self.resolved(out)
        for source in sources {
            let sourcePath = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
            if outPath == sourcePath || sourcePath.hasPrefix(outPath + "/") || outPath.hasPrefix(sourcePath + "/") || outPath == "/" {
                throw OutputError.outContainsSources(out: out.path, source: source)
            }
        }
    }

    /// The path with every link resolved: of its longest existing part, the rest appended.
    static func resolved(_ url: URL) -> String {
        var existing = url
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        guard let real = realpath(existing.path, nil) else { return url.path }
        defer { free(real) }
        return rest.reduce(URL(fileURLWithPath: String(cString: real))) { $0.appendingPathComponent($1) }.path
    }

    /// Holds an exclusive lock on the folder `--out` is in while `body` runs, so that two builds
    /// into one `--out` (`serve` and a `build`) take turns instead of swapping their staging
    /// folders over each other. `waiting` is called when another build holds it.
    public func exclusively<T>(waiting: () -> Void, _ body: () async throws -> T) async throws -> T {
        try checkNearestFolder()
        let parent = out.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let descriptor = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OutputError.writeFailed("cannot open `\(parent.path)`: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            // Polled, not waited for in `flock`: a blocked call would hold one of the few threads
            // Swift concurrency runs on, which a build holding the lock in the same process needs.
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK || errno == EINTR {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        restoreRetiredSite()
        return try await body()
    }

    /// A whole-site commit stopped between its two renames leaves no `--out` and the previous site
    /// beside it (`.<name>.previous`, with its manifest or memo): it is put back before anything
    /// else, by every build, one that fails included.
    func restoreRetiredSite() {
        let retired = sibling("previous")
        var info = stat()
        guard lstat(out.path, &info) != 0, errno == ENOENT,
              [Self.manifestName, MemoFile.name].contains(where: { lstat(retired.appendingPathComponent($0).path, &info) == 0 }) else { return }
        rename(retired.path, out.path)
    }

    /// A version-control repository at the top of `--out` (`site/.git`, how a site is deployed to
    /// GitHub Pages) is never removed: it holds the site's history, not a page. A build removed it
    /// as a file made by hand, without a word under `--quiet`.
    static let versionControl: Set<String> = [".git", ".hg", ".svn"]

    /// A file alertpress puts in its staging and set-aside folders: without it (or a manifest),
    /// such a folder is someone else's and is never removed.
    static let workMark = ".alertpress-work"

    /// What shows that a folder is alertpress's: a memo, a manifest or its work mark, in the order
    /// `removeOwn` removes them.
    static let marks = [MemoFile.name, manifestName, workMark]

    /// Whether alertpress may remove a folder: one holding one of its `marks`, or an empty one (a
    /// build stopped between making a work folder and marking it).
    static func isOwn(_ folder: URL) -> Bool {
        let manager = FileManager.default
        return marks.contains { manager.fileExists(atPath: folder.appendingPathComponent($0).path) }
            || (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
    }

    /// Removes a folder of alertpress's, its marks last: a build stopped halfway through, or an entry
    /// that cannot be removed, leaves a folder the next build still knows as its own.
    static func removeOwn(_ folder: URL) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        var complete = true
        for name in names where !marks.contains(name) {
            do { try manager.removeItem(at: folder.appendingPathComponent(name)) } catch { complete = false }
        }
        guard complete else { return }
        for name in marks { try? manager.removeItem(at: folder.appendingPathComponent(name)) }
        rmdir(folder.path)
    }

    /// Removes a staging or set-aside folder beside `--out` left by an earlier build; refuses one
    /// that alertpress did not make.
    static func clearWorkFolder(_ folder: URL) throws {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        guard isOwn(folder) else { throw OutputError.foreignWorkFolder(folder.path) }
        removeOwn(folder)
    }

    /// A sibling of `--out`: `.<name>.<suffix>`.
    func sibling(_ suffix: String) -> URL {
        out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).\(suffix)")
    }

    /// Starts a new site in a staging folder beside `--out`; files are added as they are rendered,
    /// so the whole site is never held in memory. Nothing in `--out` changes before `commit`.
    /// `reuse`: the previous site was built by this same program, so its input fingerprints hold.
    /// `previous` is what `previousManifest` read.
    func begin(previous: Manifest.Read, reuse: Bool = false) throws -> StagedSite {
        let manager = FileManager.default
        let staging = sibling("staging")
        try Self.clearWorkFolder(staging)
        try Self.clearWorkFolder(sibling("previous"))
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data().write(to: staging.appendingPathComponent(Self.workMark))
        } catch {
            throw OutputError.writeFailed(error, doing: "cannot make the folder the site is staged in beside --out,")
        }
        return StagedSite(out: out, staging: staging, aside: sibling("previous"), previous: previous,
                          inPlace: manager.fileExists(atPath: out.appendingPathComponent(Self.manifestName).path), reuse: reuse)
    }

    /// Writes a new file with plain POSIX calls: a failed build removes the staging folder, so the
    /// per-file `fsync` that `Data.write` does on Linux buys nothing. Missing folders are made on
    /// demand, by whichever thread needs them first. Returns an error message or nil.
    static func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String, mode: mode_t = 0o644) -> String? {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
        if descriptor < 0, errno == ENOENT, makeParents(of: path) {
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
        }
        guard descriptor >= 0 else { return "cannot create `\(path)`: \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        return !writeAll(bytes, to: descriptor) ? "cannot write `\(path)`: \(String(cString: strerror(errno)))" : nil
    }

    /// Creates the missing folders above `path`, as `mkdir -p` does; another thread may create
    /// the same ones at the same time.
    static func makeParents(of path: String) -> Bool {
        guard let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return false }
        let parent = String(path[..<slash])
        if mkdir(parent, 0o755) == 0 || errno == EEXIST { return true }
        guard errno == ENOENT, makeParents(of: parent) else { return false }
        return mkdir(parent, 0o755) == 0 || errno == EEXIST
    }

    /// Writes the whole buffer, retrying short and interrupted writes; false on an error (see `errno`).
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// The folder, or the nearest of its parents that exists, must be a folder.
    func checkNearestFolder() throws {
        var existing = out
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: existing.path, isDirectory: &isFolder), existing.pathComponents.count > 1 {
            existing.deleteLastPathComponent()
        }
        guard isFolder.boolValue else { throw OutputError.notAFolder(existing.path) }
    }

    /// What the previous build wrote, by path; refuses a non-empty folder that alertpress did not write.
    func previousManifest() throws -> Manifest.Read {
        let manager = FileManager.default
        try checkNearestFolder()
        guard manager.fileExists(atPath: out.path) else { return Manifest.Read() }
        let manifestURL = out.appendingPathComponent(Self.manifestName)
        guard let data = try? Data(contentsOf: manifestURL) else {
            let entries = (try? manager.contentsOfDirectory(atPath: out.path)) ?? []
            // A site whose manifest was deleted still has its memo: it is built again whole.
            if entries.isEmpty || entries.contains(MemoFile.name) { return Manifest.Read() }
            throw OutputError.notAnAlertpressFolder(out.path)
        }
        return Manifest.withoutChangedFiles(Manifest.read(data), in: out.path)
    }
}

/// `.alertpress-manifest`: one line per file, `<content hash> <input fingerprint or -> <path>`.
enum Manifest {
    struct Entry: Sendable, Equatable {
        var hash: String
        var inputs: Fingerprint?
    }

    /// A manifest read back: its entries and, when its text is exactly what `text` writes for
    /// them (sorted, every line in the current form), where each entry's line is, so that a build
    /// that changes a few files rewrites only their lines.
    struct Read: Sendable {
        var entries: [String: Entry] = [:]
        var text = Data()
        /// Empty unless the text is as `text(entries)` would write it.
        var lines: [String: Range<Int>] = [:]
        /// What is in the folder but not in the manifest, nor alertpress's state: added by hand.
        var strays: [String] = []
        /// Folders of the manifest's files that are links (to folders elsewhere): put there by hand.
        var linkedFolders: [String] = []
    }

    static func parse(_ data: Data) -> [String: Entry] { read(data).entries }

    static func read(_ data: Data) -> Read {
        var result = Read(text: data)
        result.entries.reserveCapacity(data.count / 100)
        var lines: [String: Range<Int>] = [:]
        lines.reserveCapacity(data.count / 100)
        var canonical = data.last == UInt8(ascii: "\n")
        var previousPath: String?
        let space = UInt8(ascii: " ")
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                defer { start = end + 1 }
                let line = bytes[start..<end]
                guard let gap = line.firstIndex(of: space), gap > line.startIndex, gap + 1 < line.endIndex else {
                    canonical = false
                    continue
                }
                var path = line[(gap + 1)...]
                var inputs: Fingerprint?
                var current = false
                // Manifests of earlier versions have no fingerprint column.
                if let next = path.firstIndex(of: space) {
                    let column = UnsafeBufferPointer(rebasing: path[..<next])
                    let fingerprint = Fingerprint(hexDigits: column)
                    if fingerprint != nil || (column.count == 1 && column[0] == UInt8(ascii: "-")) {
                        inputs = fingerprint
                        path = path[(next + 1)...]
                        // As `appendHex` writes it: lower case.
                        current = !column.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "F") }
                    }
                }
                let name = String(decoding: path, as: UTF8.self)
                // A line edited by hand could name a file outside the folder (`../notes.txt`), which a
                // build would then delete or replace: only paths below it are read.
                guard isInsideFolder(name) else {
                    canonical = false
                    continue
                }
                if canonical {
                    canonical = current && previousPath.map { $0 < name } ?? true
                    previousPath = name
                    lines[name] = start..<end + 1
                }
                result.entries[name] = Entry(hash: String(decoding: line[..<gap], as: UTF8.self), inputs: inputs)
            }
        }
        if canonical { result.lines = lines }
        return result
    }

    /// Whether `path` names a file below the site's folder: relative, with no empty, `.` or `..` part.
    static func isInsideFolder(_ path: String) -> Bool {
        !path.isEmpty && !path.utf8.contains(0) && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// `read`, where the entry of each file in `folder` that is no longer as the build that wrote
    /// the manifest left it matches no file: gone, not a plain file, of another size, or changed
    /// after the manifest was put in place (its status-change time, which `touch`, `cp -p` or
    /// `rsync -t` cannot set back). This build writes such a file again, or removes it when it no
    /// longer makes it, so that what was deleted or edited by hand in `--out` ends as a clean build
    /// has it. Only `lstat` is called (about 15 ms for 11,000 files, on the core the content check
    /// leaves idle): reading every file back would take longer than an edit build.
    static func withoutChangedFiles(_ read: Read, in folder: String) -> Read {
        var manifest = stat()
        guard lstat(folder + "/" + SiteWriter.manifestName, &manifest) == 0 else { return read }
        let placed = (manifest.st_ctim.tv_sec, manifest.st_ctim.tv_nsec)
        var result = read
        for (path, entry) in read.entries {
            var info = stat()
            // `Digest.hex` ends with the file's size.
            let size = UInt32(entry.hash.suffix(8), radix: 16)
            let unchanged = lstat(folder + "/" + path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
                && size == UInt32(truncatingIfNeeded: info.st_size) && (info.st_ctim.tv_sec, info.st_ctim.tv_nsec) <= placed
            if !unchanged { result.entries[path] = Entry(hash: "", inputs: nil) }
        }
        (result.strays, result.linkedFolders) = strays(read.entries, in: folder, since: placed)
        // A file seen through a linked folder is not in `--out`: it is written again into a folder of its own.
        for linked in result.linkedFolders {
            for path in read.entries.keys where path.hasPrefix(linked + "/") { result.entries[path] = Entry(hash: "", inputs: nil) }
        }
        return result
    }

    /// Each folder that holds some of `paths`, and the root (""); a path's folders are walked up only
    /// until one is known.
    static func folders(of paths: some Collection<String>) -> Set<Substring> {
        var folders: Set<Substring> = [""]
        for path in paths {
            var child = Substring(path)
            while let slash = child.lastIndex(of: "/") {
                child = child[..<slash]
                guard folders.insert(child).inserted else { break }
            }
        }
        return folders
    }

    /// The files and folders in `folder` that are neither listed in `entries`, nor on the way to
    /// one, nor alertpress's state, and the folders on the way that are links. Only the folders
    /// changed after the manifest was put in place are listed (their status-change time, which
    /// `rsync -a`, `cp -a` or `tar x` cannot set back, as they can the modification time): an
    /// `lstat` of each folder, as for the files.
    static func strays(_ entries: [String: Entry], in folder: String, since placed: (Int, Int)) -> (strays: [String], linkedFolders: [String]) {
        let folders = Self.folders(of: entries.keys)
        var changed: Set<Substring> = []
        var linked: [String] = []
        for parent in folders {
            var info = stat()
            guard lstat(parent.isEmpty ? folder : folder + "/" + parent, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK { linked.append(String(parent)) }
            if info.st_mode & S_IFMT == S_IFDIR, (info.st_ctim.tv_sec, info.st_ctim.tv_nsec) > placed { changed.insert(parent) }
        }
        guard !changed.isEmpty else { return ([], linked.sorted()) }
        // What the changed folders should hold: the names of the files and folders on the way to each entry.
        var expected: [Substring: Set<Substring>] = [:]
        for path in entries.keys {
            var child = Substring(path)
            while true {
                let slash = child.lastIndex(of: "/")
                let parent = slash.map { child[..<$0] } ?? ""
                if changed.contains(parent) { expected[parent, default: []].insert(slash.map { child[child.index(after: $0)...] } ?? child) }
                guard !parent.isEmpty else { break }
                child = parent
            }
        }
        var strays: [String] = []
        for parent in changed {
            guard let found = try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? folder : folder + "/" + parent) else { continue }
            for name in found where !(expected[parent]?.contains(Substring(name)) ?? false) {
                if parent.isEmpty, SiteWriter.marks.contains(name) || SiteWriter.versionControl.contains(name) { continue }
                strays.append(parent.isEmpty ? name : String(parent) + "/" + name)
            }
        }
        return (strays.sorted(), linked.sorted())
    }

    static func text(_ entries: [String: Entry]) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 128)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) { append(path, entry, to: &out) }
        return Data(out)
    }

    /// The manifest of `entries`, where only the entries at `rewritten` differ from those `previous`
    /// was read with, and no path was added or removed: its text with those lines replaced. Nil
    /// when `previous` does not say where each line is.
    static func text(_ entries: [String: Entry], rewriting rewritten: [String], in previous: Read) -> Data? {
        guard !previous.lines.isEmpty || previous.text.isEmpty else { return nil }
        var replaced: [(range: Range<Int>, path: String)] = []
        for path in rewritten {
            guard let range = previous.lines[path] else { return nil }
            replaced.append((range, path))
        }
        replaced.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(previous.text.count + replaced.count * 32)
        previous.text.withUnsafeBytes { bytes in
            var copied = 0
            for (range, path) in replaced where range.lowerBound >= copied {
                out += bytes[copied..<range.lowerBound]
                if let entry = entries[path] { append(path, entry, to: &out) }
                copied = range.upperBound
            }
            out += bytes[copied...]
        }
        return Data(out)
    }

    private static func append(_ path: String, _ entry: Entry, to out: inout [UInt8]) {
        out += entry.hash.utf8
        out.append(UInt8(ascii: " "))
        if let inputs = entry.inputs { inputs.appendHex(to: &out) } else { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: " "))
        out += path.utf8
        out.append(UInt8(ascii: "\n"))
    }
}

/// A site being written into its staging folder.
public struct StagedSite: Sendable {
    let out: URL
    let staging: URL
    /// Beside `--out`: where the previous site, or the files a commit replaces, wait until it succeeds.
    let aside: URL
    /// The previous manifest as it was read.
    let previousManifest: Manifest.Read
    var previous: [String: Manifest.Entry] { previousManifest.entries }
    /// Whether `--out` holds a previous site to update (else the staging folder becomes `--out`).
    let inPlace: Bool
    /// Whether files of the previous site may be kept by their input fingerprints.
    let reuse: Bool
    private var entries: [String: Manifest.Entry] = [:]
    /// In-place builds: changed files, staged flat under numbers.
    private var changed: [(path: String, staged: String)] = []
    /// Files handed to `add` so far: names staged files uniquely.
    private var added = 0
    /// How many paths `entries` has that the previous site did not.
    private var newPaths = 0
    /// Paths the previous site has, whose entries `add` changed.
    private var rewritten: [String] = []
    public private(set) var written = 0
    public private(set) var kept = 0

    init(out: URL, staging: URL, aside: URL, previous: Manifest.Read, inPlace: Bool, reuse: Bool) {
        self.out = out
        self.staging = staging
        self.aside = aside
        previousManifest = previous
        entries.reserveCapacity(previous.entries.count)
        self.inPlace = inPlace
        self.reuse = reuse
    }

    /// Keeps the previous site's files at `paths` as they are when it has each of them, rendered
    /// from inputs with this fingerprint by this same program (`reuse`, see `begin`); otherwise
    /// keeps none and returns false. A job's one file is looked up once.
    mutating func keepIfCurrent(_ paths: [String], inputs: Fingerprint) -> Bool {
        guard inPlace, reuse, let first = paths.first, let entry = previous[first], entry.inputs == inputs,
              paths.dropFirst().allSatisfy({ previous[$0]?.inputs == inputs }) else { return false }
        entries[first] = entry
        for path in paths.dropFirst() { entries[path] = previous[path] }
        kept += paths.count
        return true
    }

    /// Stages files (in parallel); a file with the same bytes as in the previous site is left as it is.
    /// `inputs` gives the fingerprint each file was rendered from, when it has one.
    public mutating func add(_ files: [OutputFile], inputs: [String: Fingerprint] = [:]) throws {
        for file in files {
            guard !file.path.hasPrefix("/"), !file.path.isEmpty, !file.path.split(separator: "/").contains("..") else {
                throw OutputError.unsafePath(file.path)
            }
        }
        let stagingPath = staging.path
        let previous = self.previous
        let inPlace = self.inPlace
        let offset = added
        added += files.count
        let results = Parallel.map(Array(files.enumerated())) { index, file -> (hash: String, changed: Bool, error: String?) in
            file.withBytes { bytes in
                let hash = Digest.hex(bytes)
                if inPlace, previous[file.path]?.hash == hash { return (hash, false, nil) }
                let target = stagingPath + "/" + (inPlace ? String(offset + index) : file.path)
                return (hash, true, SiteWriter.writeFile(bytes, to: target))
            }
        }
        if let failure = results.lazy.compactMap(\.error).first { throw OutputError.writeFailed(failure) }
        for (index, (file, result)) in zip(files, results).enumerated() {
            let entry = Manifest.Entry(hash: result.hash, inputs: inputs[file.path])
            let before = previous[file.path]
            if entries.updateValue(entry, forKey: file.path) == nil, before == nil { newPaths += 1 }
            if let before, before != entry { rewritten.append(file.path) }
            if result.changed {
                written += 1
                if inPlace { changed.append((file.path, String(offset + index))) }
            } else {
                kept += 1
            }
        }
    }

    /// The case pages the last build published and this one does not (`cases/<slug>/` in any
    /// language): a case renamed, deleted, made a draft or dated ahead. Their addresses, and the
    /// links and feed entries that point at them, stop working.
    public var retiredCasePages: [String] {
        retiredPaths.filter { $0.hasSuffix("/index.html") && Self.isCasePage($0) }.map { "/" + $0.dropLast("index.html".count) }.sorted()
    }

    /// The other pages and the flyers the last build published and this one does not: a scam type,
    /// tactic or campaign renamed or deleted, a paper or a language dropped. Feeds subscribe to
    /// these pages (their feeds go with them) and printed flyers' QR codes point at them. A page
    /// inside another that went (a campaign's printable flyer) is not named again, nor a page of a
    /// list that got shorter.
    public var retiredAddresses: [String] {
        let paths = retiredPaths
        let pages = paths.filter { ($0 == "index.html" || $0.hasSuffix("/index.html")) && !Self.isCasePage($0) && !$0.split(separator: "/").contains("page") }
            .map { String($0.dropLast("index.html".count)) }
        let folders = Set(pages.filter { !$0.isEmpty })
        func inRetired(_ path: String) -> Bool {
            var parent = path.split(separator: "/").dropLast()
            while !parent.isEmpty {
                if folders.contains(parent.joined(separator: "/") + "/") { return true }
                parent = parent.dropLast()
            }
            return false
        }
        return (pages.filter { !inRetired($0) } + paths.filter { $0.hasSuffix(".pdf") }).map { "/" + $0 }.sorted()
    }

    /// Paths the last build published and this one does not.
    private var retiredPaths: [String] {
        guard entries.count != previous.count || newPaths > 0 else { return [] }
        return previous.keys.filter { entries[$0] == nil }
    }

    /// `cases/<slug>/index.html` in any language (not a page of the case list).
    private static func isCasePage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let cases = parts.firstIndex(of: "cases"), cases <= 1, parts.count == cases + 3, parts[cases + 1] != "page" else { return false }
        return parts.last == "index.html"
    }

    /// Writes the manifest and brings `--out` up to date: renames the staging folder in, or moves the
    /// changed files in place.
    public func commit() throws -> (written: Int, kept: Int, removedByHand: [String]) {
        // After an edit most lines are as they were: those of the changed files are rewritten in the
        // previous text, unless a path came or went (sorting and writing every line took a tenth of
        // an incremental build, on one core).
        let samePaths = newPaths == 0 && entries.count == previous.count
        let manifest = (samePaths ? Manifest.text(entries, rewriting: rewritten, in: previousManifest) : nil) ?? Manifest.text(entries)
        if inPlace {
            let removedByHand = try commitInPlace(manifest: manifest)
            return (written, kept, removedByHand)
        }
        try commitWhole(manifest: manifest)
        return (written, kept, [])
    }

    private func commitWhole(manifest: Data) throws {
        let manager = FileManager.default
        let retired = aside
        try SiteWriter.clearWorkFolder(retired)
        do {
            try manifest.write(to: staging.appendingPathComponent(SiteWriter.manifestName))
            try manager.removeItem(at: staging.appendingPathComponent(SiteWriter.workMark))
            if manager.fileExists(atPath: out.path) { try manager.moveItem(at: out, to: retired) }
            try manager.moveItem(at: staging, to: out)
            SiteWriter.removeOwn(retired)
        } catch {
            abort()
            if !manager.fileExists(atPath: out.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: out)
            }
            throw OutputError.writeFailed(error)
        }
    }

    /// Each step is recorded so that a failure can undo the ones before it.
    private enum Step {
        case createdFolder(String)
        /// A folder emptied by the files the commit removed.
        case removedFolder(String)
        case placed(String)
        case setAside(path: String, backup: String)
        /// A file replaced by its new version in one rename, its old version kept as a hard link.
        case replaced(path: String, backup: String)
    }

    /// Returns what was removed that no build made.
    private func commitInPlace(manifest: Data) throws -> [String] {
        let manager = FileManager.default
        let backup = aside
        try SiteWriter.clearWorkFolder(backup)
        var steps: [Step] = []
        var backups = 0
        let outPath = out.path
        func backupName() throws -> String {
            if backups == 0 {
                try manager.createDirectory(at: backup, withIntermediateDirectories: true)
                try Data().write(to: backup.appendingPathComponent(SiteWriter.workMark))
            }
            backups += 1
            return backup.path + "/\(backups - 1)"
        }
        func setAside(_ path: String) throws {
            let name = try backupName()
            try Self.move(outPath + "/" + path, to: name)
            steps.append(.setAside(path: path, backup: name))
        }
        // A changed file is renamed over its old version, which a hard link keeps for an undo: the
        // page is never missing, even if the process dies halfway through the commit.
        func install(_ path: String, from staged: String) throws {
            let target = outPath + "/" + path
            var existing = stat()
            if lstat(target, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
                let name = try backupName()
                if link(target, name) == 0 {
                    try Self.move(staged, to: target)
                    steps.append(.replaced(path: path, backup: name))
                    return
                }
            }
            if manager.fileExists(atPath: target) { try setAside(path) }
            try Self.move(staged, to: target)
            steps.append(.placed(path))
        }
        // Every previous path is still there when the new ones make up the difference. Files added
        // by hand go too, as a clean build has none; but not what this build makes, which the
        // manifest did not list when a build stopped before putting its own in place.
        let strays = previousManifest.strays.filter { stray in entries[stray] == nil && !entries.keys.contains { $0.hasPrefix(stray + "/") } }
        var madeByHand: [String] = []
        let removed = (previous.count == entries.count - newPaths ? [] : previous.keys.filter { entries[$0] == nil }.sorted()) + strays
        func exists(_ path: String) -> Bool {
            var info = stat()
            return lstat(outPath + "/" + path, &info) == 0
        }
        do {
            try manifest.write(to: staging.appendingPathComponent(SiteWriter.manifestName))
            // A folder replaced by a link leads out of `--out`: the link is set aside, never written through.
            var linked: [String] = []
            for folder in previousManifest.linkedFolders where !linked.contains(where: { folder.hasPrefix($0 + "/") }) {
                linked.append(folder)
                if exists(folder) { try setAside(folder) }
            }
            // Folders already found or made: after a template edit most pages share them.
            var folders: Set<String> = []
            // Folders of new pages that were there already, though the manifest names nothing in them
            // (made by hand, or by a build stopped before its manifest): what else they hold is no build's.
            var previousFolders: Set<Substring>?
            var unlisted: [String] = []
            for (path, staged) in changed.sorted(by: { $0.path < $1.path }) {
                var folder = ""
                for component in path.split(separator: "/").dropLast() {
                    folder += (folder.isEmpty ? "" : "/") + component
                    guard folders.insert(folder).inserted else { continue }
                    // `lstat`: a link to a folder is no folder of `--out`.
                    var info = stat()
                    if lstat(outPath + "/" + folder, &info) == 0 {
                        if info.st_mode & S_IFMT == S_IFDIR {
                            if previous[path] == nil {
                                if previousFolders == nil { previousFolders = Manifest.folders(of: previous.keys) }
                                if previousFolders?.contains(Substring(folder)) == false { unlisted.append(folder) }
                            }
                            continue
                        }
                        try setAside(folder)
                    }
                    try manager.createDirectory(atPath: outPath + "/" + folder, withIntermediateDirectories: false)
                    steps.append(.createdFolder(folder))
                }
                try install(path, from: staging.path + "/" + staged)
            }
            for folder in unlisted where !unlisted.contains(where: { folder.hasPrefix($0 + "/") }) {
                let made = Set(entries.keys.compactMap { $0.hasPrefix(folder + "/") ? $0.dropFirst(folder.count + 1).split(separator: "/").first.map(String.init) : nil })
                for name in (try? manager.contentsOfDirectory(atPath: outPath + "/" + folder)) ?? [] where !made.contains(name) {
                    let stray = folder + "/" + name
                    if !strays.contains(stray), !madeByHand.contains(stray) { madeByHand.append(stray) }
                }
            }
            for path in removed + madeByHand where exists(path) { try setAside(path) }
            // Folders emptied by removed files go too, as a clean build would not have them; before
            // the manifest, so that a build stopped here leaves one that still names their files.
            for path in removed {
                var folder = Substring(path)
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    guard rmdir(outPath + "/" + folder) == 0 else { break }
                    steps.append(.removedFolder(String(folder)))
                }
            }
            try install(SiteWriter.manifestName, from: staging.path + "/" + SiteWriter.manifestName)
        } catch {
            for step in steps.reversed() {
                switch step {
                case let .createdFolder(folder): try? manager.removeItem(atPath: outPath + "/" + folder)
                case let .removedFolder(folder): mkdir(outPath + "/" + folder, 0o755)
                case let .placed(path): try? manager.removeItem(atPath: outPath + "/" + path)
                case let .setAside(path, name), let .replaced(path, name): try? Self.move(name, to: outPath + "/" + path)
                }
            }
            abort()
            SiteWriter.removeOwn(backup)
            throw error as? OutputError ?? OutputError.writeFailed(error)
        }
        SiteWriter.removeOwn(backup)
        abort()
        return (strays + madeByHand + previousManifest.linkedFolders).sorted()
    }

    private static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            let crossDevice = errno == EXDEV || errno == EBUSY ? OutputError.crossDevice : ""
            throw OutputError.writeFailed("cannot move `\(from)` to `\(to)`: \(String(cString: strerror(errno)))\(crossDevice)")
        }
    }

    /// Drops the staging folder; `--out` stays as it was.
    public func abort() {
        SiteWriter.removeOwn(staging)
    }
}

/// The content hash of an output file, as the manifest lists it.
enum Digest {
    static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        Fingerprint.raw(bytes).description + Digits.padded(UInt32(truncatingIfNeeded: bytes.count), width: 8, radix: 16)
    }
}
