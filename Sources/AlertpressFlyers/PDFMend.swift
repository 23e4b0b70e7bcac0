import CPangoCairo
import Foundation

/// What Cairo 1.16 leaves out of a tagged PDF, added after it has written the file:
/// - `/Lang` in the document catalog (screen readers otherwise guess the language, and read
///   Chinese flyers with an English voice), and `/ViewerPreferences` that show the title, not
///   the file name (PDF/UA);
/// - the `D:` that ISO 32000 requires before the document's dates (`(20261122155959Z)`), which
///   strict readers refuse;
/// - `/Tabs /S` on each page (links in structure order), the alternative text of each `Figure`
///   element (the QR code) and a `/Contents` description on each link annotation;
/// - the page's decoration (header band, logo, case box, rules, the QR code's white ground),
///   which Cairo draws outside any marked content, marked as artifacts;
/// - an XMP metadata stream with the title, language and the PDF/UA identification (ISO 14289-1 §5).
/// It works on a PDF with one classic cross-reference table, as Cairo writes: each insertion
/// moves every offset after it by its length.
enum PDFMend {
    /// `pdf` mended as above; nil when the file is not laid out as expected or `tag` is not a
    /// plain language tag.
    static func mended(_ pdf: Data, language tag: String, figureAlt: String, linkContents: String, metadata: PDFMetadata? = nil) -> Data? {
        guard !tag.isEmpty, tag.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || isAlphanumeric($0) }) else { return nil }
        var bytes = Data(pdf)  // indices from 0
        // The catalog: `<root> 0 obj` then one dictionary; the entries go before its closing `>>`.
        guard inserting("   /Lang (\(tag))\n   /ViewerPreferences << /DisplayDocTitle true >>\n", into: &bytes, at: { bytes, table in
            let catalog = table.offsets[table.root]
            guard hasPrefix("\(table.root) 0 obj", in: bytes, at: catalog), let open = find("<<", in: bytes, from: catalog),
                  let close = dictionaryEnd(in: bytes, from: open.lowerBound),
                  bytes.range(of: Data("/Lang".utf8), in: open.lowerBound..<close) == nil else { return nil }
            return close
        }) else { return nil }
        for key in ["/CreationDate (", "/ModDate ("] {
            _ = inserting("D:", into: &bytes) { bytes, _ in
                guard let date = bytes.range(of: Data(key.utf8)), date.upperBound < bytes.count,
                      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[date.upperBound]) else { return nil }
                return date.upperBound
            }
        }
        let additions = [("/Type /Page", "/Tabs", "/Tabs /S"), ("/S /Figure", "/Alt", "/Alt \(textString(figureAlt))"),
                         ("/Subtype /Link", "/Contents", "/Contents \(textString(linkContents))")]
        for (kind, key, entry) in additions {
            guard let count = table(in: bytes)?.offsets.count else { return nil }
            for number in 1..<count {
                // Only dictionaries of the kind that do not have the key yet.
                _ = inserting("   \(entry)\n", into: &bytes) { bytes, table in
                    let start = table.offsets[number]
                    guard hasPrefix("\(number) 0 obj", in: bytes, at: start), let open = find("<<", in: bytes, from: start),
                          let close = dictionaryEnd(in: bytes, from: open.lowerBound),
                          let found = bytes.range(of: Data(kind.utf8), in: open.lowerBound..<close),
                          found.upperBound < close, [0x20, 0x0A, 0x0D, 0x25, 0x2F, 0x3E].contains(bytes[found.upperBound]),
                          bytes.range(of: Data("\(key) ".utf8), in: open.lowerBound..<close) == nil else { return nil }
                    return close
                }
            }
        }
        markingArtifacts(&bytes)
        if let metadata, !appendingMetadata(xmp(metadata, language: tag), to: &bytes) { return nil }
        return bytes
    }

    /// The operators that paint (ISO 32000-1 §8.5.3, §8.8, §8.7.4.2), and those that build the path
    /// a painting operator ends (§8.5.2): a marked-content sequence may not start inside a path.
    private static let painting: Set<String> = ["f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh"]
    private static let pathBuilding: Set<String> = ["m", "l", "c", "v", "y", "h", "re"]

    /// `content` (a page's content stream) with every painting outside marked content, and the
    /// lines of the path it paints, wrapped in `/Artifact BMC … EMC`; nil when there is none.
    /// Cairo writes one operation, or a colour and one operation, a line, and its text as hex
    /// strings; the lines are split and compared as bytes, so other bytes pass through unchanged.
    static func artifactsMarked(_ content: Data) -> Data? {
        var out = Data()
        var path: [Data] = []
        var depth = 0
        var changed = false
        let lines = content.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let newline = index + 1 < lines.count ? Data([0x0A]) : Data()
            let tokens = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }).map { String(decoding: $0, as: UTF8.self) }
            let opens = tokens.count { $0 == "BDC" || $0 == "BMC" }, closes = tokens.count { $0 == "EMC" }
            let last = tokens.last ?? ""
            if depth == 0, opens == 0, closes == 0, pathBuilding.contains(last) {
                path.append(Data(line) + newline)
            } else if depth == 0, opens == 0, closes == 0, painting.contains(last) {
                out += Data("/Artifact BMC\n".utf8) + path.reduce(Data(), +) + Data(line) + Data("\nEMC".utf8) + newline
                path = []
                changed = true
            } else {
                out += path.reduce(Data(), +) + Data(line) + newline
                path = []
            }
            depth = max(0, depth + opens - closes)
        }
        return changed ? out + path.reduce(Data(), +) : nil
    }

    /// Wraps what the page's content stream paints outside marked content as artifacts
    /// (`artifactsMarked`): PDF/UA wants every mark either in the structure or an artifact
    /// (ISO 14289-1 §7.1). A page whose content is not laid out as Cairo writes it is left as it is.
    static func markingArtifacts(_ bytes: inout Data) {
        guard let table = table(in: bytes),
              let pageNumber = (1..<table.offsets.count).first(where: { number in
                  guard let (open, close) = dictionary(of: number, in: bytes, table: table),
                        let type = bytes.range(of: Data("/Type /Page".utf8), in: open..<close) else { return false }
                  return type.upperBound < close && !isAlphanumeric(bytes[type.upperBound])
              }),
              let (pageOpen, pageClose) = dictionary(of: pageNumber, in: bytes, table: table),
              let contentsKey = bytes.range(of: Data("/Contents".utf8), in: pageOpen..<pageClose),
              let (contents, _) = number(in: bytes, from: contentsKey.upperBound), contents < table.offsets.count,
              let (open, close) = dictionary(of: contents, in: bytes, table: table),
              bytes.range(of: Data("/FlateDecode".utf8), in: open..<close) != nil,
              let lengthKey = bytes.range(of: Data("/Length".utf8), in: open..<close),
              let (lengthValue, lengthDigits) = number(in: bytes, from: lengthKey.upperBound),
              let streamKey = find("stream", in: bytes, from: close), let dataStart = lineEnd(in: bytes, from: streamKey.upperBound)
        else { return }
        // `/Length 60 0 R`: the length is the number in object 60.
        let afterLength = bytes[lengthDigits.upperBound..<min(close, lengthDigits.upperBound + 8)]
        let indirect = String(decoding: afterLength, as: UTF8.self).trimmingCharacters(in: .whitespaces).hasPrefix("0 R")
        var length = lengthValue
        var lengthRange = lengthDigits
        if indirect {
            guard lengthValue < table.offsets.count, hasPrefix("\(lengthValue) 0 obj", in: bytes, at: table.offsets[lengthValue]),
                  let (value, digits) = number(in: bytes, from: table.offsets[lengthValue] + "\(lengthValue) 0 obj".utf8.count)
            else { return }
            length = value
            lengthRange = digits
        }
        guard dataStart + length <= bytes.count, let content = inflated(bytes[dataStart..<dataStart + length]) else { return }
        guard let marked = artifactsMarked(content), let deflated = deflated(marked) else { return }
        // The length first: it is either before the data (direct) or after it (Cairo's own object).
        let lengthFirst = lengthRange.lowerBound < dataStart
        let replacements = lengthFirst
            ? [(lengthRange, Data(String(deflated.count).utf8)), (dataStart..<dataStart + length, deflated)]
            : [(dataStart..<dataStart + length, deflated), (lengthRange, Data(String(deflated.count).utf8))]
        var moved = 0
        for (range, data) in replacements {
            let target = range.lowerBound + moved..<range.upperBound + moved
            guard replacing(target, with: data, in: &bytes) else { return }
            moved += data.count - range.count
        }
    }

    /// The dictionary that opens object `number`: where its `<<` is and where its `>>` is.
    private static func dictionary(of number: Int, in bytes: Data, table: Table) -> (Int, Int)? {
        let start = table.offsets[number]
        guard hasPrefix("\(number) 0 obj", in: bytes, at: start), let open = find("<<", in: bytes, from: start),
              open.lowerBound < start + "\(number) 0 obj".utf8.count + 4,
              let close = dictionaryEnd(in: bytes, from: open.lowerBound) else { return nil }
        return (open.lowerBound, close)
    }

    private static func inflated(_ data: Data) -> Data? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = Data()
        var input = [UInt8](data)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while status == Z_OK {
                buffer.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    if let base = target.baseAddress { output.append(base, count: target.count - Int(stream.avail_out)) }
                }
            }
        }
        return status == Z_STREAM_END ? output : nil
    }

    private static func deflated(_ data: Data) -> Data? {
        var size = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = data.withUnsafeBytes { source in
            compress2(&output, &size, source.bindMemory(to: Bytef.self).baseAddress, uLong(data.count), Z_DEFAULT_COMPRESSION)
        }
        return status == Z_OK ? Data(output.prefix(Int(size))) : nil
    }

    /// The XMP packet: title, author, language, dates and the PDF/UA part (`pdfuaid:part`).
    static func xmp(_ metadata: PDFMetadata, language: String) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escaped(metadata.title))</rdf:li></rdf:Alt></dc:title>
               <dc:creator><rdf:Seq><rdf:li>\(escaped(metadata.author))</rdf:li></rdf:Seq></dc:creator>
               <dc:language><rdf:Bag><rdf:li>\(escaped(language))</rdf:li></rdf:Bag></dc:language>
               <xmp:CreatorTool>\(escaped(metadata.creator))</xmp:CreatorTool>
               <xmp:CreateDate>\(escaped(metadata.date))</xmp:CreateDate>
               <xmp:ModifyDate>\(escaped(metadata.date))</xmp:ModifyDate>
               <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// Adds `packet` as the catalog's `/Metadata` stream: a new object before the table, which is
    /// written again with one more entry (`/Size` too).
    static func appendingMetadata(_ packet: String, to bytes: inout Data) -> Bool {
        guard let table = table(in: bytes),
              let trailer = find("trailer", in: bytes, from: table.entriesStart + 20 * table.offsets.count),
              let end = find("startxref", in: bytes, from: trailer.upperBound),
              let sizeKey = bytes.range(of: Data("/Size".utf8), in: trailer.upperBound..<end.lowerBound),
              let (_, sizeDigits) = number(in: bytes, from: sizeKey.upperBound) else { return false }
        let number = table.offsets.count
        let data = Data(packet.utf8)
        let object = Data("\(number) 0 obj\n<< /Type /Metadata /Subtype /XML /Length \(data.count) >>\nstream\n".utf8) + data
            + Data("\nendstream\nendobj\n".utf8)
        var section = Data("xref\n0 \(number + 1)\n".utf8)
        section += bytes[table.entriesStart..<table.entriesStart + 20 * number]
        section += Data(String(format: "%010d 00000 n \n", table.offset).utf8)
        section += bytes[trailer.lowerBound..<sizeDigits.lowerBound] + Data(String(number + 1).utf8) + bytes[sizeDigits.upperBound..<end.lowerBound]
        section += Data("startxref\n\(table.offset + object.count)\n%%EOF\n".utf8)
        bytes = bytes[..<table.offset] + object + section
        return inserting("   /Metadata \(number) 0 R\n", into: &bytes) { bytes, table in
            guard let (_, close) = dictionary(of: table.root, in: bytes, table: table) else { return nil }
            return close
        }
    }

    /// A PDF text string: literal when it is printable ASCII, else UTF-16BE with a byte order mark.
    static func textString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            var literal = "("
            for character in text {
                if character == "(" || character == ")" || character == "\\" { literal.append("\\") }
                literal.append(character)
            }
            return literal + ")"
        }
        return "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    /// The cross-reference table: where it is, its entries' offsets and the catalog's number.
    private struct Table {
        var offset: Int
        var digits: Range<Int>
        var entriesStart: Int
        var offsets: [Int]
        var root: Int
    }

    /// startxref → the table → its one subsection of fixed 20-byte entries → the trailer's /Root.
    private static func table(in bytes: Data) -> Table? {
        guard let startMark = bytes.range(of: Data("startxref".utf8), options: .backwards),
              let (tableOffset, tableDigits) = number(in: bytes, from: startMark.upperBound),
              tableOffset < bytes.count, hasPrefix("xref", in: bytes, at: tableOffset),
              var cursor = lineEnd(in: bytes, from: tableOffset),
              let (first, afterFirst) = number(in: bytes, from: cursor), first == 0,
              let (count, afterCount) = number(in: bytes, from: afterFirst.upperBound),
              let entriesStart = lineEnd(in: bytes, from: afterCount.upperBound) else { return nil }
        cursor = entriesStart
        var offsets: [Int] = []
        for _ in 0..<count {
            guard cursor + 20 <= bytes.count, let (offset, _) = number(in: bytes, from: cursor) else { return nil }
            offsets.append(offset)
            cursor += 20
        }
        guard hasPrefix("trailer", in: bytes, at: cursor), let rootKey = find("/Root", in: bytes, from: cursor),
              let (root, _) = number(in: bytes, from: rootKey.upperBound), root > 0, root < count else { return nil }
        return Table(offset: tableOffset, digits: tableDigits, entriesStart: entriesStart, offsets: offsets, root: root)
    }

    /// Inserts `entry` where `position` says (nil: nowhere) and moves the objects and the table
    /// after it; false when the file has no table as expected or there is no place.
    private static func inserting(_ entry: String, into bytes: inout Data, at position: (Data, Table) -> Int?) -> Bool {
        guard let table = table(in: bytes), let place = position(bytes, table) else { return false }
        return replacing(place..<place, with: Data(entry.utf8), in: &bytes)
    }

    /// Replaces `range` (inside one object) with `data` and moves the objects and the table after it.
    private static func replacing(_ range: Range<Int>, with data: Data, in bytes: inout Data) -> Bool {
        guard let table = table(in: bytes), range.upperBound <= table.offset else { return false }
        let place = range.lowerBound
        bytes.replaceSubrange(range, with: data)
        // Every object and the table after the change move; the table's entries are rewritten in place.
        let shift = data.count - range.count
        let entriesStart = table.entriesStart + (table.offset > place ? shift : 0)
        for (index, offset) in table.offsets.enumerated() where index > 0 && offset > place {
            let at = entriesStart + index * 20
            let digits = String(offset + shift)
            bytes.replaceSubrange(at..<at + 10, with: Data((String(repeating: "0", count: max(0, 10 - digits.count)) + digits).utf8))
        }
        if table.offset > place {
            let digits = table.digits.lowerBound + shift..<table.digits.upperBound + shift
            bytes.replaceSubrange(digits, with: Data(String(table.offset + shift).utf8))
        }
        return true
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func hasPrefix(_ text: String, in bytes: Data, at index: Int) -> Bool {
        index >= 0 && index <= bytes.count && bytes[index...].starts(with: text.utf8)
    }

    private static func find(_ text: String, in bytes: Data, from start: Int) -> Range<Int>? {
        guard start >= 0, start <= bytes.count else { return nil }
        return bytes.range(of: Data(text.utf8), in: start..<bytes.count)
    }

    /// The first run of digits at or after `start`, skipping white space only.
    private static func number(in bytes: Data, from start: Int) -> (Int, Range<Int>)? {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        let first = index
        var value = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), index - first < 12 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return index > first ? (value, first..<index) : nil
    }

    /// The index just after the end of the line `start` is on.
    private static func lineEnd(in bytes: Data, from start: Int) -> Int? {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        return index < bytes.count ? index : nil
    }

    /// Where the dictionary opened at `open` closes: the index of its `>>`. Strings are skipped.
    private static func dictionaryEnd(in bytes: Data, from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index + 1 < bytes.count {
            switch (bytes[index], bytes[index + 1]) {
            case (UInt8(ascii: "<"), UInt8(ascii: "<")):
                depth += 1
                index += 2
            case (UInt8(ascii: ">"), UInt8(ascii: ">")):
                depth -= 1
                if depth == 0 { return index }
                index += 2
            case (UInt8(ascii: "("), _):
                // A literal string: balanced parentheses, backslash escapes.
                var nesting = 0
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                    if bytes[index] == UInt8(ascii: "(") { nesting += 1 }
                    if bytes[index] == UInt8(ascii: ")") { nesting -= 1; if nesting == 0 { break } }
                    index += 1
                }
                index += 1
            default:
                index += 1
            }
        }
        return nil
    }
}
