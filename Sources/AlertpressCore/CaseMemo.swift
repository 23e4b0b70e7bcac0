import Foundation

/// What the content stages worked out for each case in an earlier build, keyed by fingerprints
/// of everything that went into it, so an unchanged case is neither decoded, rendered from
/// Markdown nor tagged again. A build passes the previous memo in and gets the new one back.
///
/// A case group is a slug: its default-language file and its translations. Its work has two
/// keys, because the Markdown of every case depends on the link policy, which every case's
/// indicators and sources make up:
/// - `sourceKey`: the group's files (paths and bytes) and the decoding settings (time zone,
///   languages). It decides the decode diagnostics and the hosts the group adds to the policy.
/// - `key`: `sourceKey` plus the environment (site settings, taxonomy, advice, campaigns) and
///   the policy's verdicts on `linkHosts`, the hosts the group's Markdown asked it about. It
///   decides the enriched cases and their diagnostics.
public struct CaseMemo: Sendable {
    /// A class, never changed once made: a build passes each group through several dictionaries
    /// and arrays, and a reference is one retain where a copy of the fields was a dozen.
    final class Group: Sendable {
        let sourceKey: Fingerprint
        let decodeDiagnostics: [Diagnostic]
        let scamHosts: [String]
        let trustedHosts: [String]
        /// Sorted.
        let linkHosts: [String]
        let key: Fingerprint
        let diagnostics: [Diagnostic]
        /// One per language that has the case, default language first; `status` and `related`
        /// are recomputed by every build.
        let cases: [EnrichedCase]
        /// The group's bytes in the stored memo it was read from.
        let stored: Data?

        init(sourceKey: Fingerprint, decodeDiagnostics: [Diagnostic], scamHosts: [String], trustedHosts: [String], linkHosts: [String],
             key: Fingerprint, diagnostics: [Diagnostic], cases: [EnrichedCase], stored: Data?) {
            self.sourceKey = sourceKey
            self.decodeDiagnostics = decodeDiagnostics
            self.scamHosts = scamHosts
            self.trustedHosts = trustedHosts
            self.linkHosts = linkHosts
            self.key = key
            self.diagnostics = diagnostics
            self.cases = cases
            self.stored = stored
        }
    }

    /// The groups by shard (`shard(of:)`), then by slug: shards read back are taken whole, not
    /// merged into one table.
    private(set) var shards = [[String: Group]](repeating: [:], count: shardCount)
    /// The path `Alerts/` was given as: diagnostics and cases name their files by it.
    var root = ""
    /// How many groups each shard read back held, by shard.
    var storedShards: [Int: Int] = [:]
    /// The scam type and tactic files, decoded.
    var taxonomy = TaxonomyMemo()
    /// Each language's related cases, by language; and those read back, to tell whether they changed.
    var relations: [String: Relations] = [:]
    var storedRelations: [String: Relations] = [:]

    public init() {}

    /// The group of a slug.
    subscript(slug slug: String) -> Group? {
        get { shards[Self.shard(of: slug)][slug] }
        set { shards[Self.shard(of: slug)][slug] = newValue }
    }

    /// Makes room for about `count` groups.
    mutating func reserveCapacity(_ count: Int) {
        for shard in shards.indices { shards[shard].reserveCapacity(count / Self.shardCount * 3 / 2 + 8) }
    }

    /// How many case groups it holds.
    public var count: Int { shards.reduce(0) { $0 + $1.count } }

    /// Drops the groups of these slugs.
    public mutating func remove(_ slugs: some Sequence<String>) {
        for slug in slugs { self[slug: slug] = nil }
    }

    /// How many case groups were worked out in this build rather than read back from a stored memo.
    public var workedOut: Int {
        shards.reduce(0) { $0 + $1.values.count { $0.stored == nil } }
    }

    /// Bump when the layout below or the meaning of a cached value changes.
    static let formatVersion = 16

    // MARK: Shards

    /// The memo is stored in this many shards, each group in the one its slug picks, so that an
    /// edit rewrites a small file and reading spreads over all cores.
    public static let shardCount = 64

    /// The shard of a slug: FNV-1a of its bytes, the same on every machine and in every run.
    public static func shard(of slug: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in slug.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash % UInt32(shardCount))
    }

    /// The shards whose stored bytes differ from what `encodedShard` would give now: a group was
    /// worked out again, or one was added or dropped, or the shard was never read back.
    public var changedShards: [Int] {
        shards.indices.filter { shard in
            storedShards[shard] != shards[shard].count || shards[shard].values.contains { $0.stored == nil }
        }
    }

    /// One merged memo from shards read back (see `init(bytes:tool:)`); a shard of another
    /// `root` than the first is left out.
    public init(shards: [(index: Int, memo: CaseMemo)]) {
        guard let first = shards.first else { return }
        root = first.memo.root
        for (index, shard) in shards where shard.root == root {
            for (at, groups) in shard.shards.enumerated() where !groups.isEmpty {
                if self.shards[at].isEmpty { self.shards[at] = groups } else { self.shards[at].merge(groups) { first, _ in first } }
            }
            storedShards[index] = shard.count
        }
    }

    // MARK: Storing

    /// The file that holds each language's related cases, beside the shards.
    public static let relationsName = "related"

    /// Each language's related cases as bytes; nil when what is stored is current.
    public func encodedRelations(tool: String) -> [UInt8]? {
        guard relations != storedRelations else { return nil }
        var out = ByteWriter()
        out.header(tool: tool)
        out.table(relations) { out, relations in
            out.fingerprint(relations.key)
            out.int32s(relations.positions)
        }
        return out.bytes
    }

    /// Takes the related cases an earlier build stored; damaged bytes, or those of another
    /// format or `tool`, are ignored.
    public mutating func restoreRelations(_ bytes: Data, tool: String) {
        let read = ByteReader.read(bytes) { reader -> [String: Relations]? in
            guard reader.header(tool: tool),
                  let languages = reader.table({ reader -> Relations? in
                      guard let key = reader.fingerprint(), let positions = reader.int32s() else { return nil }
                      return Relations(key: key, positions: positions)
                  }),
                  reader.atEnd else { return nil }
            return languages
        }
        guard let read else { return }
        relations = read
        storedRelations = read
    }

    /// The file that holds the decoded taxonomy, beside the shards.
    public static let taxonomyName = "terms"

    /// The decoded taxonomy as bytes; nil when what is stored is current.
    public func encodedTaxonomy(tool: String) -> [UInt8]? {
        taxonomy.changed ? taxonomy.encoded(tool: tool) : nil
    }

    /// Takes the decoded taxonomy an earlier build stored; damaged bytes, or those of another
    /// format or `tool`, are ignored.
    public mutating func restoreTaxonomy(_ bytes: Data, tool: String) {
        if let stored = TaxonomyMemo(bytes: bytes, tool: tool) { taxonomy = stored }
    }

    /// One shard as bytes; `tool` identifies the program that made it (a memo made by another
    /// version of alertpress is not used). A group taken from a stored memo is copied as it was stored.
    public func encodedShard(_ shard: Int, tool: String) -> [UInt8] {
        let groups = shards[shard]
        let slugs = groups.keys.sorted()
        var out = ByteWriter()
        out.header(tool: tool)
        out.string(root)
        out.int(slugs.count)
        for slug in slugs {
            guard let group = groups[slug] else { continue }
            out.string(slug)
            if let stored = group.stored {
                out.bytes.append(contentsOf: stored)
            } else {
                out.group(group)
            }
        }
        return out.bytes
    }

    /// The program that stored a shard, and the path it was given for `Alerts/`; nil when it is not one.
    public static func header(of bytes: Data) -> (tool: String, root: String)? {
        ByteReader.read(bytes) { reader in
            guard reader.int() == formatVersion, let tool = reader.string(), let root = reader.string() else { return nil }
            return (tool, root)
        }
    }

    /// Whether `bytes` begin as a shard that `tool` stored for `Alerts/` given as `alerts`.
    public static func isShard(_ bytes: Data, by tool: String, alerts: String) -> Bool {
        header(of: bytes).map { $0.tool == tool && $0.root == Loader.displayPath(alerts) } ?? false
    }

    /// Reads one stored shard; nil when it is damaged, of another format, made by another `tool`
    /// or holds groups of more than one shard.
    /// Bodies and each group's bytes stay slices of `bytes` (which may map the shard's file).
    public init?(bytes: Data, tool: String) {
        let read = ByteReader.read(bytes) { reader -> (root: String, groups: [String: Group], shard: Int?)? in
            guard reader.header(tool: tool), let root = reader.string(),
                  let count = reader.int(), count >= 0, count <= bytes.count else { return nil }
            var groups: [String: Group] = [:]
            groups.reserveCapacity(count)
            // The shard its groups belong in: all in one, or the bytes are not a stored shard.
            var shard: Int?
            for _ in 0..<count {
                guard let slug = reader.string(), let group = reader.group() else { return nil }
                let own = Self.shard(of: slug)
                guard shard == nil || shard == own else { return nil }
                shard = own
                groups[slug] = group
            }
            guard reader.atEnd else { return nil }
            return (root, groups, shard)
        }
        guard let read else { return nil }
        if let shard = read.shard { shards[shard] = read.groups }
        self.root = read.root
    }
}

/// Little-endian, length-prefixed values.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Masked (`mask`): the memo lies in `--out`, and its strings hold what the site publishes only
    /// defanged or not at all (the indicators as written, the path of `Alerts/`, diagnostics). A
    /// site uploaded with its hidden files then holds no scam address as text a search, a scanner
    /// or a link finder would take for one.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            bytes.withUnsafeMutableBufferPointer { all in
                for index in start..<all.count { all[index] ^= Self.mask }
            }
        }
    }

    /// What each byte of a string is XOR-ed with: any ASCII character becomes a byte no text has.
    static let mask: UInt8 = 0xA5

    /// Not masked: the stored text (a body's HTML, the search text) is what the site publishes.
    mutating func storedText(_ value: StoredText) {
        value.withUTF8 { text in
            int(text.count)
            bytes.append(contentsOf: text)
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    /// What every file of the memo begins with: its format and the program that wrote it.
    mutating func header(tool: String) {
        int(CaseMemo.formatVersion)
        string(tool)
    }

    /// The count, then the values as four bytes each, little-endian.
    mutating func int32s(_ values: [Int32]) {
        int(values.count)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    /// The count, then the bytes.
    mutating func uint8s(_ values: some Collection<UInt8>) {
        int(values.count)
        bytes.append(contentsOf: values)
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func optionalStrings(_ values: [String]?) {
        bool(values != nil)
        if let values { strings(values) }
    }

    mutating func fingerprint(_ value: Fingerprint) {
        let (a, b) = value.lanes
        int(Int(Int64(bitPattern: a)))
        int(Int(Int64(bitPattern: b)))
    }

    mutating func day(_ value: LocalDay) {
        int(value.year)
        int(value.month)
        int(value.day)
    }

    mutating func date(_ value: CaseDate) {
        int(Int(Int64(bitPattern: value.instant.timeIntervalSinceReferenceDate.bitPattern)))
        day(value.day)
        bool(value.hasTime)
    }

    mutating func diagnostics(_ values: [Diagnostic]) {
        int(values.count)
        for value in values {
            string(value.file)
            int(value.line)
            int(value.column)
            bool(value.severity == .error)
            string(value.code)
            string(value.message)
            optional(value.hint)
        }
    }

    mutating func group(_ group: CaseMemo.Group) {
        fingerprint(group.sourceKey)
        diagnostics(group.decodeDiagnostics)
        strings(group.scamHosts)
        strings(group.trustedHosts)
        strings(group.linkHosts)
        fingerprint(group.key)
        diagnostics(group.diagnostics)
        int(group.cases.count)
        for item in group.cases { enrichedCase(item) }
    }

    mutating func enrichedCase(_ item: EnrichedCase) {
        let entry = item.entry
        string(entry.slug)
        string(entry.lang)
        string(entry.file)
        bool(entry.isTranslation)
        string(entry.title)
        date(entry.date)
        string(entry.summary)
        bool(entry.summaryIsDerived)
        optional(entry.region)
        optionalStrings(entry.declaredScamTypes)
        optionalStrings(entry.declaredTactics)
        strings(entry.channels)
        bool(entry.loss != nil)
        if let loss = entry.loss {
            string("\(loss.amount)")
            string(loss.currency)
        }
        strings(entry.indicators)
        int(entry.sources.count)
        for source in entry.sources {
            string(source.name)
            string(source.url)
        }
        strings(entry.campaigns)
        bool(entry.draft)
        bool(entry.updated != nil)
        if let updated = entry.updated { date(updated) }
        for place in [entry.updatedLocation, entry.dateLocation] {
            bool(place != nil)
            if let location = place {
                string(location.file)
                int(location.line)
                int(location.column)
            }
        }
        bool(entry.expires != nil)
        if let expires = entry.expires { day(expires) }
        storedText(entry.storedBodyHTML)
        storedText(entry.searchText)
        fingerprint(entry.searchTextKey)
        strings(item.scamTypes)
        strings(item.tactics)
        bool(item.inferred)
        details(item.details)
        strings(item.campaigns)
        fingerprint(item.fingerprint)
        fingerprint(item.listing)
    }
}

extension ByteWriter {
    /// Evidence and advice, after their length in bytes: a build that reads the memo back skips
    /// them, and reads them only for the pages it renders.
    mutating func details(_ details: CaseDetails) {
        if let stored = details.stored {
            int(stored.count)
            bytes.append(contentsOf: stored)
            return
        }
        let lengthAt = bytes.count
        int(0)
        int(details.evidence.count)
        for evidence in details.evidence {
            string(evidence.id)
            string(evidence.phrase)
            int(evidence.line)
            int(evidence.weight)
        }
        int(details.advice.count)
        for advice in details.advice {
            string(advice.id)
            string(advice.text)
            int(advice.priority)
            bool(advice.kind == .do)
        }
        let length = UInt64(bytes.count - lengthAt - 8).littleEndian
        withUnsafeBytes(of: length) { bytes.replaceSubrange(lengthAt..<lengthAt + 8, with: $0) }
    }
}

/// Reads what `ByteWriter` wrote; every read returns nil past the end or on a bad value.
struct ByteReader {
    /// `owner`'s bytes, valid while `read` runs.
    private let bytes: UnsafeRawBufferPointer
    private let owner: Data
    private var offset = 0

    private init(_ bytes: UnsafeRawBufferPointer, owner: Data) {
        self.bytes = bytes
        self.owner = owner
    }

    /// Runs `body` with a reader of `data`; the reader must not outlive it.
    static func read<Result>(_ data: Data, _ body: (inout ByteReader) -> Result) -> Result {
        data.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes, owner: data)
            return body(&reader)
        }
    }

    /// Bytes `start..<end` as a slice of the data read, sharing its storage.
    private func slice(_ start: Int, _ end: Int) -> Data {
        owner[(owner.startIndex + start)..<(owner.startIndex + end)]
    }

    /// Loss amounts are stored as `Decimal` writes them in this locale.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A stored loss amount. A whole number (most are) is read without the locale-aware parser,
    /// which was a sixtieth of an edit build, to the same value in the same representation.
    static func amount(_ text: String) -> Decimal? {
        if text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let whole = UInt64(text) {
            return Decimal(whole)
        }
        return Decimal(string: text, locale: posix)
    }

    var atEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }

    mutating func int() -> Int? {
        guard bytes.count - offset >= 8 else { return nil }
        let value = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func bool() -> Bool? {
        guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// A string as `ByteWriter.string` masked it.
    mutating func string() -> String? {
        guard let count = int(), count >= 0, bytes.count - offset >= count else { return nil }
        let masked = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        let text = String(unsafeUninitializedCapacity: count) { utf8 in
            for index in 0..<count { utf8[index] = masked[index] ^ ByteWriter.mask }
            return count
        }
        offset += count
        return text
    }

    /// A string as its bytes, decoded when it is read (see `StoredText`).
    mutating func storedText() -> StoredText? {
        guard let count = int(), count >= 0, bytes.count - offset >= count else { return nil }
        offset += count
        return StoredText(utf8: slice(offset - count, offset))
    }

    mutating func optional() -> String?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        return string().map { .some($0) }
    }

    /// Whether the bytes begin as a memo file of this format that `tool` wrote (see `ByteWriter.header`).
    mutating func header(tool: String) -> Bool {
        int() == CaseMemo.formatVersion && string() == tool
    }

    mutating func int32s() -> [Int32]? {
        guard let count = int(), count >= 0, count <= (bytes.count - offset) / 4 else { return nil }
        var values = [Int32](repeating: 0, count: count)
        for index in 0..<count {
            values[index] = Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4 * index, as: Int32.self))
        }
        offset += 4 * count
        return values
    }

    mutating func uint8s() -> [UInt8]? {
        guard let count = int(), count >= 0, bytes.count - offset >= count else { return nil }
        offset += count
        return Array(bytes[(offset - count)..<offset])
    }

    /// What `uint8s` wrote, as a slice of the data read (sharing its storage).
    mutating func data() -> Data? {
        guard let count = int(), count >= 0, bytes.count - offset >= count else { return nil }
        offset += count
        return slice(offset - count, offset)
    }

    mutating func strings() -> [String]? {
        guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }

    mutating func optionalStrings() -> [String]?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        return strings().map { .some($0) }
    }

    mutating func fingerprint() -> Fingerprint? {
        guard let a = int(), let b = int() else { return nil }
        return Fingerprint(a: UInt64(bitPattern: Int64(a)), b: UInt64(bitPattern: Int64(b)))
    }

    mutating func day() -> LocalDay? {
        guard let year = int(), let month = int(), let day = int() else { return nil }
        return LocalDay(year: year, month: month, day: day)
    }

    mutating func date() -> CaseDate? {
        guard let bits = int(), let day = day(), let hasTime = bool() else { return nil }
        return CaseDate(instant: Date(timeIntervalSinceReferenceDate: Double(bitPattern: UInt64(bitPattern: Int64(bits)))),
                        day: day, hasTime: hasTime)
    }

    mutating func diagnostics() -> [Diagnostic]? {
        guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
        var values: [Diagnostic] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let file = string(), let line = int(), let column = int(), let isError = bool(), let code = string(),
                  let message = string(), let hint = optional() else { return nil }
            values.append(Diagnostic(file: file, line: line, column: column, severity: isError ? .error : .warning,
                                     code: code, message: message, hint: hint))
        }
        return values
    }

    mutating func group() -> CaseMemo.Group? {
        let start = offset
        guard let sourceKey = fingerprint(), let decodeDiagnostics = diagnostics(), let scamHosts = strings(),
              let trustedHosts = strings(), let linkHosts = strings(), let key = fingerprint(), let diagnostics = diagnostics(),
              let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
        var cases: [EnrichedCase] = []
        cases.reserveCapacity(count)
        for _ in 0..<count {
            guard let item = enrichedCase() else { return nil }
            cases.append(item)
        }
        return CaseMemo.Group(sourceKey: sourceKey, decodeDiagnostics: decodeDiagnostics, scamHosts: scamHosts, trustedHosts: trustedHosts,
                              linkHosts: linkHosts, key: key, diagnostics: diagnostics, cases: cases, stored: slice(start, offset))
    }

    mutating func enrichedCase() -> EnrichedCase? {
        guard let slug = string(), let lang = string(), let file = string(), let isTranslation = bool(), let title = string(),
              let date = date(), let summary = string(), let summaryIsDerived = bool(), let region = optional(),
              let declaredScamTypes = optionalStrings(), let declaredTactics = optionalStrings(), let channels = strings(),
              let hasLoss = bool() else { return nil }
        var loss: Loss?
        if hasLoss {
            guard let amountText = string(), let amount = Self.amount(amountText),
                  let currency = string() else { return nil }
            loss = Loss(amount: amount, currency: currency)
        }
        guard let indicators = strings(), let sourceCount = int(), sourceCount >= 0, sourceCount <= bytes.count - offset else { return nil }
        var sources: [SourceLink] = []
        sources.reserveCapacity(sourceCount)
        for _ in 0..<sourceCount {
            guard let name = string(), let url = string() else { return nil }
            sources.append(SourceLink(name: name, url: url))
        }
        guard let campaigns = strings(), let draft = bool(), let hasUpdated = bool() else { return nil }
        var updated: CaseDate?
        if hasUpdated {
            guard let value = self.date() else { return nil }
            updated = value
        }
        var places: [SourceLocation?] = []
        for _ in 0..<2 {
            guard let hasLocation = bool() else { return nil }
            var place: SourceLocation?
            if hasLocation {
                guard let file = string(), let line = int(), let column = int() else { return nil }
                place = SourceLocation(file: file, line: line, column: column)
            }
            places.append(place)
        }
        let (updatedLocation, dateLocation) = (places[0], places[1])
        guard let hasExpires = bool() else { return nil }
        var expires: LocalDay?
        if hasExpires {
            guard let value = day() else { return nil }
            expires = value
        }
        guard let bodyHTML = storedText(), let searchText = storedText(), let searchTextKey = fingerprint(), let scamTypes = strings(),
              let tactics = strings(), let inferred = bool(), let details = storedDetails() else { return nil }
        guard let caseCampaigns = strings(), let caseFingerprint = fingerprint(), let listing = fingerprint() else { return nil }
        let entry = CaseEntry(
            slug: slug, lang: lang, file: file, isTranslation: isTranslation, title: title, date: date, summary: summary,
            summaryIsDerived: summaryIsDerived, region: region, declaredScamTypes: declaredScamTypes, declaredTactics: declaredTactics,
            channels: channels, loss: loss, indicators: indicators, sources: sources, campaigns: campaigns, draft: draft,
            updated: updated, updatedLocation: updatedLocation, expires: expires, bodyHTML: bodyHTML,
            searchableText: NumberedText(lines: []), searchText: searchText, searchTextKey: searchTextKey, dateLocation: dateLocation)
        return EnrichedCase(entry: entry, status: .published, scamTypes: scamTypes, tactics: tactics, inferred: inferred,
                            details: details, campaigns: caseCampaigns, fingerprint: caseFingerprint,
                            listing: listing)
    }

    /// Evidence and advice as `ByteWriter.details` wrote them.
    mutating func details() -> (evidence: [Evidence], advice: [AdviceItem])? {
        guard let evidenceCount = int(), evidenceCount >= 0, evidenceCount <= bytes.count - offset else { return nil }
        var evidence: [Evidence] = []
        evidence.reserveCapacity(evidenceCount)
        for _ in 0..<evidenceCount {
            guard let id = string(), let phrase = string(), let line = int(), let weight = int() else { return nil }
            evidence.append(Evidence(id: id, phrase: phrase, line: line, weight: weight))
        }
        guard let adviceCount = int(), adviceCount >= 0, adviceCount <= bytes.count - offset else { return nil }
        var advice: [AdviceItem] = []
        advice.reserveCapacity(adviceCount)
        for _ in 0..<adviceCount {
            guard let id = string(), let text = string(), let priority = int(), let isDo = bool() else { return nil }
            advice.append(AdviceItem(id: id, text: text, priority: priority, kind: isDo ? .do : .dont))
        }
        return (evidence, advice)
    }

    /// Evidence and advice left as their bytes, by the length written before them; `details`
    /// reads them when a page shows them. Not looked into here: touching the bytes of every
    /// case's evidence and advice was a fifth of decoding the memo.
    mutating func storedDetails() -> CaseDetails? {
        guard let count = int(), count >= 0, bytes.count - offset >= count else { return nil }
        offset += count
        return CaseDetails(stored: slice(offset - count, offset))
    }
}
