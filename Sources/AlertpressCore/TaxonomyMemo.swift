import Foundation

/// What decoding each scam type and tactic file gave in an earlier build, the Traditional forms
/// of the taxonomy's Chinese cues and the cues laid out for matching. After an edit to one case,
/// reading the cue lists (YAML) and setting up ICU's Simplified-Traditional transform were a tenth
/// of the build, and laying the cues out 10 ms of CPU; an unchanged taxonomy now costs a hash of
/// its files. The personal-data scan of those files (a tenth of an edit build: their cue lists are
/// long) is kept with their diagnostics. Stored beside the case shards.
struct TaxonomyMemo: Sendable {
    struct File: Sendable {
        /// Of the file's path, bytes and kind and the time zone: what decoding it depends on.
        var key: Fingerprint
        var term: Decoder.RawTerm?
        var diagnostics: [Diagnostic]
    }

    /// The cue lists laid out for matching (`Tagger.Cues.encoded`), and their key: kept as bytes,
    /// and decoded only when a case is tagged again.
    struct LaidOutCues: Sendable {
        var key: Fingerprint
        var bytes: Data
    }

    /// By path.
    var files: [String: File] = [:]
    var traditional: Tagger.TraditionalForms?
    var cues: LaidOutCues?
    /// Whether it holds anything the stored memo does not: then it is written.
    var changed = true

    static func key(_ file: ContentFile, kind: TermKind, timeZone: TimeZone) -> Fingerprint {
        Fingerprint { hash in
            hash.add(file.path)
            hash.add(kind.rawValue)
            hash.add(timeZone.identifier)
            hash.add(file.digest)
        }
    }

    /// The file decoded, or as an earlier build decoded it.
    func decode(_ file: ContentFile, kind: TermKind, timeZone: TimeZone) -> File {
        let key = Self.key(file, kind: kind, timeZone: timeZone)
        if let known = files[file.path], known.key == key { return known }
        var decoder = Decoder(timeZone: timeZone)
        let term = decoder.term(file, kind: kind)
        // The file is published: it is scanned for personal data as the other files are (`Resolver.resolve`).
        if let data = file.data {
            Resolver.scanPersonalData(in: Resolver.scannedText(data), file: file.path, kinds: Resolver.publishedKinds, log: &decoder.log)
        }
        return File(key: key, term: term, diagnostics: decoder.log.all)
    }

    func encoded(tool: String) -> [UInt8] {
        var out = ByteWriter()
        out.header(tool: tool)
        out.table(files) { out, file in
            out.fingerprint(file.key)
            out.optional(file.term) { $0.term($1) }
            out.diagnostics(file.diagnostics)
        }
        out.optional(traditional) { out, traditional in
            out.fingerprint(traditional.key)
            out.strings(traditional.phrases)
            out.table(traditional.forms) { $0.string($1) }
        }
        out.optional(cues) { out, cues in
            out.fingerprint(cues.key)
            out.uint8s(cues.bytes)
        }
        return out.bytes
    }

    /// Nil when the bytes are damaged, of another format or made by another `tool`.
    init?(bytes: Data, tool: String) {
        let read = ByteReader.read(bytes) { reader -> TaxonomyMemo? in
            guard reader.header(tool: tool),
                  let files = reader.table({ reader -> File? in
                      guard let key = reader.fingerprint(), let term = reader.optional({ $0.term() }),
                            let diagnostics = reader.diagnostics() else { return nil }
                      return File(key: key, term: term, diagnostics: diagnostics)
                  }),
                  let traditional = reader.optional({ reader -> Tagger.TraditionalForms? in
                      guard let key = reader.fingerprint(), let phrases = reader.strings(), let forms = reader.table({ $0.string() }) else { return nil }
                      return Tagger.TraditionalForms(key: key, phrases: phrases, forms: forms)
                  }),
                  let cues = reader.optional({ reader -> LaidOutCues? in
                      guard let key = reader.fingerprint(), let bytes = reader.data() else { return nil }
                      return LaidOutCues(key: key, bytes: bytes)
                  }),
                  reader.atEnd else { return nil }
            return TaxonomyMemo(files: files, traditional: traditional, cues: cues, changed: false)
        }
        guard let read else { return nil }
        self = read
    }

    init() {}

    private init(files: [String: File], traditional: Tagger.TraditionalForms?, cues: LaidOutCues?, changed: Bool) {
        self.files = files
        self.traditional = traditional
        self.cues = cues
        self.changed = changed
    }
}

extension ByteWriter {
    mutating func list<Element>(_ values: [Element], _ write: (inout ByteWriter, Element) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    /// A table as its count, then each key and its value, in the order of the keys.
    mutating func table<Value>(_ values: [String: Value], _ write: (inout ByteWriter, Value) -> Void) {
        list(values.sorted { $0.key < $1.key }) { out, entry in
            out.string(entry.key)
            write(&out, entry.value)
        }
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout ByteWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func location(_ value: SourceLocation) {
        string(value.file)
        int(value.line)
        int(value.column)
    }

    mutating func term(_ term: Decoder.RawTerm) {
        string(term.kind.rawValue)
        string(term.id)
        optional(term.lang)
        string(term.file)
        optional(term.name)
        optional(term.summary)
        optionalStrings(term.steps)
        for ids in [term.advice, term.related] {
            optional(ids) { out, ids in
                out.list(ids) { out, id in
                    out.string(id.value)
                    out.location(id.location)
                }
            }
        }
        optional(term.threshold) { $0.int($1) }
        optional(term.cues) { out, cues in
            out.list(cues) { out, cue in
                out.string(cue.phrase)
                out.int(cue.weight)
            }
        }
        optionalStrings(term.needs)
        string(term.body)
        int(term.bodyFirstLine)
        location(term.location)
    }
}

extension ByteReader {
    /// Nil when the count or an element cannot be read.
    mutating func list<Element>(_ read: (inout ByteReader) -> Element?) -> [Element]? {
        guard let count = int(), count >= 0, count <= remaining else { return nil }
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }

    /// What `ByteWriter.table` wrote; nil when a key or a value cannot be read. A repeated key keeps its first value.
    mutating func table<Value>(_ read: (inout ByteReader) -> Value?) -> [String: Value]? {
        list { reader -> (String, Value)? in
            guard let key = reader.string(), let value = read(&reader) else { return nil }
            return (key, value)
        }.map { Dictionary($0) { first, _ in first } }
    }

    /// `.some(nil)` for a value written as absent; nil when it cannot be read.
    mutating func optional<Value>(_ read: (inout ByteReader) -> Value?) -> Value?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        return read(&self).map { .some($0) }
    }

    mutating func location() -> SourceLocation? {
        guard let file = string(), let line = int(), let column = int() else { return nil }
        return SourceLocation(file: file, line: line, column: column)
    }

    mutating func term() -> Decoder.RawTerm? {
        func ids(_ reader: inout ByteReader) -> [Located<String>]?? {
            reader.optional { reader in
                reader.list { reader -> Located<String>? in
                    guard let value = reader.string(), let location = reader.location() else { return nil }
                    return Located(value: value, location: location)
                }
            }
        }
        guard let kindName = string(), let kind = TermKind(rawValue: kindName), let id = string(), let lang = optional(),
              let file = string(), let name = optional(), let summary = optional(), let steps = optionalStrings(),
              let advice = ids(&self), let related = ids(&self), let threshold = optional({ $0.int() }),
              let cues = optional({ reader in
                  reader.list { reader -> Cue? in
                      guard let phrase = reader.string(), let weight = reader.int() else { return nil }
                      return Cue(phrase: phrase, weight: weight)
                  }
              }),
              let needs = optionalStrings(), let body = string(), let bodyFirstLine = int(), let location = location() else { return nil }
        return Decoder.RawTerm(kind: kind, id: id, lang: lang, file: file, name: name, summary: summary, steps: steps, advice: advice,
                               related: related, threshold: threshold, cues: cues, needs: needs, body: body, bodyFirstLine: bodyFirstLine,
                               location: location)
    }
}
