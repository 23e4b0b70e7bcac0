import Foundation

/// The file system as the content stages see it: list and read, nothing else.
/// The build's writer has its own seam; tests replace this one with `MemoryFileSystem`.
public protocol ContentFileSystem: Sendable {
    /// Every regular file below `directory`, as paths relative to it with `/` separators, sorted.
    func files(under directory: String) throws -> [String]
    /// The same, hidden files and folders (`.nojekyll`, `.well-known/`) included.
    func files(under directory: String, includingHidden: Bool) throws -> [String]
    func read(_ path: String) throws -> Data
    /// The files at `relativePaths` under `directory`, in that order: each file's fingerprint and,
    /// where `keep` says so, its bytes; or why it could not be read. A file not kept whose signature
    /// is the one `known` has for it may be neither read nor hashed: its fingerprint is taken from there.
    func read(_ relativePaths: [String], under directory: String, keeping keep: [Bool], known: KnownFiles) -> [Result<LoadedFile, any Error>]
    func isDirectory(_ path: String) -> Bool
    /// Whether anything is at `path`: a file or a folder.
    func exists(_ path: String) -> Bool
    /// `path` with every symbolic link in it followed (nil when it leads nowhere): where a file
    /// really is. Without links, `path` itself.
    func resolved(_ path: String) -> String?
}

/// A file as the loader has it: the fingerprint of its bytes, and the bytes when they were kept.
public struct LoadedFile: Sendable {
    /// `Fingerprint.raw` of the bytes.
    public var digest: Fingerprint
    public var data: Data?
    /// The file's signature taken before it was read, when it is settled (`FileSignature.isSettled`).
    public var signature: FileSignature?

    public init(_ data: Data, keep: Bool, signature: FileSignature? = nil) {
        digest = data.withUnsafeBytes(Fingerprint.raw)
        self.data = keep ? data : nil
        self.signature = signature
    }

    init(_ bytes: UnsafeRawBufferPointer, keep: Bool, signature: FileSignature?) {
        digest = Fingerprint.raw(bytes)
        data = keep ? Data(bytes) : nil
        self.signature = signature
    }

    /// A file known by its signature, not read.
    init(known entry: KnownFiles.Entry) {
        digest = entry.digest
        data = nil
        signature = entry.signature
    }
}

extension ContentFileSystem {
    public func exists(_ path: String) -> Bool { isDirectory(path) || (try? read(path)) != nil }

    /// A file system that hides nothing lists the same either way.
    public func files(under directory: String, includingHidden: Bool) throws -> [String] { try files(under: directory) }

    public func resolved(_ path: String) -> String? { path }

    /// Where `path` leads when a link takes it out of `folder` (`Templates/assets/x -> /etc/hostname`);
    /// nil when it stays inside (or leads nowhere, which reading it reports).
    public func linkTarget(_ path: String, outside folder: String) -> String? {
        guard let target = resolved(path) else { return nil }
        return target.hasPrefix((resolved(folder) ?? folder) + "/") ? nil : target
    }

    /// Whether a listed path holds a name that was not UTF-8: its bytes read as U+FFFD (EF BF BD).
    public static func hasUndecodableName(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        return bytes.count >= 3 && (0...(bytes.count - 3)).contains { bytes[$0] == 0xEF && bytes[$0 + 1] == 0xBF && bytes[$0 + 2] == 0xBD }
    }

    /// Whether a file's name is an editor's backup or swap file (`x~`, `x.bak`, `.x.swp`, `x.orig`).
    public static func isEditorBackup(_ name: String) -> Bool {
        let lower = name.lowercased()
        // Emacs keeps unsaved changes in `#case.md#` and marks a file being edited with a link `.#case.md`.
        let last = lower.split(separator: "/").last ?? ""
        return lower.hasSuffix("~") || lower.hasSuffix(".bak") || lower.hasSuffix(".swp") || lower.hasSuffix(".orig")
            || (last.count > 2 && last.hasPrefix("#") && last.hasSuffix("#")) || last.hasPrefix(".#")
    }

    /// In parallel, by their full paths; every file is read.
    public func read(_ relativePaths: [String], under directory: String, keeping keep: [Bool], known: KnownFiles) -> [Result<LoadedFile, any Error>] {
        Parallel.map(Array(zip(relativePaths, keep))) { relative, keep in
            Result { LoadedFile(try read(directory + "/" + relative), keep: keep) }
        }
    }
}

public struct DiskFileSystem: ContentFileSystem {
    /// The real time, in nanoseconds since 1970: what a file's times are compared with to know
    /// whether its signature is settled.
    private let now: @Sendable () -> Int64

    public init(now: @escaping @Sendable () -> Int64 = DiskFileSystem.realTime) {
        self.now = now
    }

    public static func realTime() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return FileSignature.nanoseconds(time)
    }

    /// Walks the tree with `readdir`, which reports each entry's type without a `stat`; hidden
    /// entries are skipped but for `.md` files, symbolic links count as what they point to. Linked folders are listed
    /// but not entered, and links to nothing are listed: the loader tells the editor of both.
    public func files(under directory: String) throws -> [String] { try files(under: directory, includingHidden: false) }

    public func files(under directory: String, includingHidden: Bool) throws -> [String] {
        guard isDirectory(directory) else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory]) }
        var result: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? directory : directory + "/" + relative
            guard let handle = opendir(folder) else {
                throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: folder])
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                // Read in place: `readdir` allocates only the name's length, so copying the whole
                // `d_name` array out of the entry can read past the end of its buffer.
                let (name, isUTF8) = withUnsafeMutablePointer(to: &entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 1) { String(validatingCString: $0).map { ($0, true) } ?? (String(cString: $0), false) }
                }
                let path = relative.isEmpty ? name : relative + "/" + name
                // A name that is not UTF-8 (GBK, from a zip made on Chinese Windows) cannot be opened by the
                // name Swift reads for it: listed with U+FFFD for its bytes, for the loader to tell (`hasUndecodableName`).
                if !isUTF8 {
                    if !name.hasPrefix(".") || includingHidden { result.append(path) }
                    continue
                }
                // Hidden entries are skipped, but for a hidden `.md` file, which the loader names.
                if name == "." || name == ".." { continue }
                if name.hasPrefix("."), !includingHidden {
                    if name.lowercased().hasSuffix(".md"), Int32(entry.pointee.d_type) == Int32(DT_REG) { result.append(path) }
                    continue
                }
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): result.append(path)
                case Int32(DT_DIR): pending.append(path)
                default:
                    var info = stat()
                    if stat(directory + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { result.append(path) }
                    else if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN), lstat(directory + "/" + path, &info) == 0,
                            info.st_mode & S_IFMT == S_IFDIR { pending.append(path) }
                    // A link, a pipe, a socket or a device is listed too: reading it says what it is, and
                    // a content file is never skipped in silence.
                    else if lstat(directory + "/" + path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { result.append(path) }
                }
            }
        }
        return result.sorted()
    }

    public func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    public func read(_ path: String) throws -> Data {
        if let data = Self.readRegularFile(path) { return data }
        // `/dev/zero` or a pipe would be read for ever.
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT != S_IFREG { throw UnreadableFile.notRegular }
            if access(path, R_OK) != 0, errno == EACCES { throw UnreadableFile.noPermission }
        } else {
            // Links that lead nowhere: Foundation's words for these are a code number.
            let failure = errno
            if failure == ELOOP { throw UnreadableFile.linkLoop }
            var link = stat()
            if failure == ENOENT, lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK { throw UnreadableFile.brokenLink }
        }
        // Foundation says why a file cannot be read in words an editor understands.
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The largest content file the loader reads: a case of a hundred thousand words is under 1 MB,
    /// and a huge one would be held in memory (assets are copied, whatever their size).
    static let largestFile = 16 << 20

    /// A content file read by its path: as `read(_:)`, but no larger than `largestFile`.
    private func readContent(_ path: String) throws -> Data {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > Self.largestFile {
            throw UnreadableFile.tooLarge(bytes: Int64(info.st_size))
        }
        return try read(path)
    }

    /// Each folder is opened once and each file by its name in it (`openat`), not by walking its
    /// whole path again. A file that cannot be read so is read by its path, which says why.
    /// A file whose bytes are not kept is only `stat`ed if `known` has its signature (a C test on
    /// 10,000 case files: 25 ms against 140–800 ms to read them, when the VM had dropped them from
    /// its cache), else read into a buffer on the stack and only hashed.
    public func read(_ relativePaths: [String], under directory: String, keeping keep: [Bool], known: KnownFiles) -> [Result<LoadedFile, any Error>] {
        // A file's name is read in place from its path's bytes: no string is made for it.
        var folders: [String: Int32] = [:]
        var located: [(relative: String, folder: Int32, name: Int, keep: Bool)] = []
        located.reserveCapacity(relativePaths.count)
        for (relative, keep) in zip(relativePaths, keep) {
            var path = relative
            let (folder, name) = path.withUTF8 { bytes -> (String, Int) in
                guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return ("", 0) }
                return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self), slash + 1)
            }
            if folders[folder] == nil { folders[folder] = open(folder.isEmpty ? directory : directory + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            located.append((relative, folders[folder] ?? -1, name, keep))
        }
        defer { for descriptor in folders.values where descriptor >= 0 { close(descriptor) } }
        let readTime = now()
        return Parallel.map(located) { relative, folder, name, keep in
            if folder >= 0 {
                let loaded = relative.withCString { path -> LoadedFile? in
                    let name = path + name
                    if !keep, let entry = known[relative] {
                        var info = stat()
                        if fstatat(folder, name, &info, 0) == 0, FileSignature(info) == entry.signature {
                            return LoadedFile(known: entry)
                        }
                    }
                    return Self.readFile(named: name, in: folder, keep: keep, readTime: readTime)
                }
                if let loaded { return .success(loaded) }
            }
            return Result { LoadedFile(try readContent(directory + "/" + relative), keep: keep) }
        }
    }

    private static func readFile(named name: UnsafePointer<CChar>, in folder: Int32, keep: Bool, readTime: Int64) -> LoadedFile? {
        // Without waiting: a pipe opened to read waits for a writer (a regular file ignores the flag).
        let descriptor = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= largestFile else { return nil }
        let signature = FileSignature(info)
        return readToEnd(descriptor) { LoadedFile($0, keep: keep, signature: signature.isSettled(at: readTime) ? signature : nil) }
    }

    /// `open`, `fstat` (a regular file only) and `readToEnd`: a third of the cost of
    /// `Data(contentsOf:)` for 10,000 small files; nil on any failure.
    static func readRegularFile(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return readToEnd(descriptor) { Data($0) }
    }

    /// Reads into a buffer on the stack without asking the size first, and passes `body` the
    /// whole file. A read that falls short of the buffer is the end of a regular file, the only
    /// kind read here: a small file takes one read and is passed in the buffer itself; a larger
    /// one (or one that grew meanwhile) is gathered in a `Data`.
    private static func readToEnd<Value>(_ descriptor: Int32, _ body: (UnsafeRawBufferPointer) -> Value) -> Value? {
        withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 16) { buffer -> Value? in
            guard let base = buffer.baseAddress else { return nil }
            var gathered = Data()
            var first = true
            while true {
                let count = Foundation.read(descriptor, base, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return nil }
                let chunk = UnsafeRawBufferPointer(start: base, count: count)
                if first, count < buffer.count { return body(chunk) }
                first = false
                gathered.append(contentsOf: chunk)
                if count < buffer.count { return gathered.withUnsafeBytes(body) }
            }
        }
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

/// Why a listed file is not read.
enum UnreadableFile: LocalizedError {
    case notRegular
    case tooLarge(bytes: Int64)
    case linkLoop
    case brokenLink
    case noPermission

    var errorDescription: String? {
        switch self {
        case .noPermission: "its permissions do not let alertpress read it (make it readable by the user who builds: chmod a+r)"
        case .notRegular: "it is not a file but a device, a pipe or a socket (or a link to one)"
        case .linkLoop: "it is a link that leads, through other links, back to itself"
        case .brokenLink: "it is a link to a file that does not exist"
        case .tooLarge(let bytes): "it is \((bytes + (1 << 20) - 1) >> 20) MB, more than the \(DiskFileSystem.largestFile >> 20) MB a content file may be"
        }
    }
}

/// An in-memory tree for tests and tools: full paths mapped to bytes.
public struct MemoryFileSystem: ContentFileSystem {
    public var contents: [String: Data]

    public init(_ contents: [String: Data] = [:]) { self.contents = contents }

    public func files(under directory: String) throws -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let found = contents.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        guard !found.isEmpty || isDirectory(directory) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory])
        }
        return found.sorted()
    }

    public func read(_ path: String) throws -> Data {
        guard let data = contents[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        return data
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return contents.keys.contains { $0.hasPrefix(prefix) }
    }
}
