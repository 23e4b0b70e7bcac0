import Foundation

/// What `stat` says of a file: enough to tell that it is the file that was hashed, unchanged. The
/// device and inode say it is the same file, then its size and its modification and change times,
/// to the nanosecond. The kernel sets the change time on every write and every change of the
/// others; `touch`, `cp -p` and `rsync -t` can set the modification time back, not the change time.
public struct FileSignature: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modified: Self.nanoseconds(info.st_mtim), changed: Self.nanoseconds(info.st_ctim))
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }

    /// How long before a read a file must have last changed for its signature to be kept: longer
    /// than the coarsest time stamps kept by the file systems an editor may use (2 s on FAT).
    public static let settleTime: Int64 = 3_000_000_000

    /// Whether a file with this signature, taken just before it was read at `readTime`
    /// (nanoseconds since 1970), can be told apart from any later change to it. A file written
    /// again within the same tick of its file system's clock keeps its times, and may keep its
    /// size: a signature is trusted only if both times are older than the read by `settleTime`,
    /// so that any later change has other times (as Git does with its index).
    public func isSettled(at readTime: Int64) -> Bool {
        changed < readTime - Self.settleTime && modified < readTime - Self.settleTime
    }
}

/// The case files an earlier build hashed, with their signatures then: a file whose signature is
/// the same has the same bytes, and is neither read nor hashed again. The memo's keys are still
/// fingerprints of the bytes; this only saves reading 10,000 files to compute the same ones.
/// Only settled signatures are kept (`FileSignature.isSettled`), and no file of a draft or future
/// case. Files are known by a fingerprint of their path: the build state never names a file, and
/// the stored records have one size, read without making a string.
public struct KnownFiles: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var signature: FileSignature
        /// `Fingerprint.raw` of the bytes.
        public var digest: Fingerprint
    }

    /// By `pathKey` of the path relative to `Alerts/`.
    private var entries: [Fingerprint: Entry] = [:]

    public init() {}

    public var count: Int { entries.count }

    public subscript(relative: String) -> Entry? { entries[Self.pathKey(relative)] }

    static func pathKey(_ relative: String) -> Fingerprint { Fingerprint { $0.add(relative) } }

    /// The case files loaded with a settled signature.
    init(_ files: [ContentFile]) {
        entries.reserveCapacity(files.count)
        for file in files where file.role == .case {
            guard let signature = file.signature else { continue }
            entries[Self.pathKey(file.relative)] = Entry(signature: signature, digest: file.digest)
        }
    }

    /// The table without the files of these slugs (drafts, future cases), which are read in every build.
    func leavingOut(_ slugs: Set<String>, of files: [ContentFile]) -> KnownFiles {
        guard !slugs.isEmpty else { return self }
        var table = self
        for file in files where file.role == .case && slugs.contains(file.name) { table.entries[Self.pathKey(file.relative)] = nil }
        return table
    }

    /// Bump when the layout below changes.
    static let formatVersion = 2

    /// As bytes, with `tool` and the path given for `Alerts/`, as in a memo shard; in the order of
    /// the keys, so that the same files give the same bytes.
    public func encoded(alerts: String, tool: String) -> [UInt8] {
        var out = ByteWriter()
        out.int(Self.formatVersion)
        out.string(tool)
        out.string(Loader.displayPath(alerts))
        out.int(entries.count)
        for (key, entry) in entries.sorted(by: { $0.key.lanes < $1.key.lanes }) {
            out.fingerprint(key)
            out.int(Int(bitPattern: UInt(entry.signature.device)))
            out.int(Int(bitPattern: UInt(entry.signature.inode)))
            out.int(Int(entry.signature.size))
            out.int(Int(entry.signature.modified))
            out.int(Int(entry.signature.changed))
            out.fingerprint(entry.digest)
        }
        return out.bytes
    }

    /// Reads what `encoded` wrote; nil when the bytes are damaged, or of another format, `tool` or
    /// path of `Alerts/`.
    public init?(bytes: Data, tool: String, alerts: String) {
        let read = ByteReader.read(bytes) { reader -> [Fingerprint: Entry]? in
            guard reader.int() == Self.formatVersion, reader.string() == tool, reader.string() == Loader.displayPath(alerts),
                  let count = reader.int(), count >= 0, count <= reader.remaining / 72 else { return nil }
            var entries: [Fingerprint: Entry] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = reader.fingerprint(), let device = reader.int(), let inode = reader.int(), let size = reader.int(),
                      let modified = reader.int(), let changed = reader.int(), let digest = reader.fingerprint() else { return nil }
                let signature = FileSignature(device: UInt64(UInt(bitPattern: device)), inode: UInt64(UInt(bitPattern: inode)),
                                              size: Int64(size), modified: Int64(modified), changed: Int64(changed))
                entries[key] = Entry(signature: signature, digest: digest)
            }
            return reader.atEnd ? entries : nil
        }
        guard let read else { return nil }
        entries = read
    }
}
