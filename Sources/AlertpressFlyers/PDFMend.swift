import Foundation

/// What Cairo 1.16 leaves out of a tagged PDF, added after it has written the file:
/// - `/Lang` in the document catalog (screen readers otherwise guess the language, and read
///   Chinese flyers with an English voice), and `/ViewerPreferences` that show the title, not
///   the file name (PDF/UA);
/// - the `D:` that ISO 32000 requires before the document's dates (`(20261122155959Z)`), which
///   strict readers refuse;
/// - `/Tabs /S` on each page (links in structure order), the alternative text of each `Figure`
///   element (the QR code) and a `/Contents` description on each link annotation.
/// It works on a PDF with one classic cross-reference table, as Cairo writes: each insertion
/// moves every offset after it by its length.
enum PDFMend {
    /// `pdf` mended as above; nil when the file is not laid out as expected or `tag` is not a
    /// plain language tag.
    static func mended(_ pdf: Data, language tag: String, figureAlt: String, linkContents: String) -> Data? {
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
        return bytes
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
        let inserted = Data(entry.utf8)
        bytes.replaceSubrange(place..<place, with: inserted)
        // Every object and the table after the insertion move; the table's entries are rewritten in place.
        let shift = inserted.count
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
        while index < bytes.count, [0x20, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
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
