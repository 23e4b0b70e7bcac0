import Foundation
import Testing
@testable import AlertpressFlyers

/// `/Lang` in the document catalog, added after Cairo has written the file.
@Suite("The PDF's language")
struct PDFLanguageTests {
    /// A PDF whose catalog is the first object, so that every other object and the table move.
    static func pdf(catalog: String = "<< /Type /Catalog /Pages 2 0 R >>") -> Data {
        let objects = [
            catalog,
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (a \\) paren >> inside) >>",
        ]
        var text = "%PDF-1.5\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1)\n   /Root 1 0 R\n>>\nstartxref\n\(table)\n%%EOF\n"
        return Data(text.utf8)
    }

    /// Every table entry points at its object, and startxref at the table.
    static func offsetsHold(_ pdf: Data) -> Bool {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let start = text.firstMatch(of: #/startxref\n(\d+)/#).flatMap({ Int($0.1) }) else { return false }
        let bytes = Array(pdf)
        guard Array(bytes[start..<start + 4]) == Array("xref".utf8) else { return false }
        let table = String(decoding: bytes[start...], as: UTF8.self).split(separator: "\n")
        for index in 1..<4 {
            guard let offset = Int(table[2 + index].prefix(10)),
                  String(decoding: bytes[offset...].prefix(10), as: UTF8.self).hasPrefix("\(index) 0 obj") else { return false }
        }
        return true
    }

    @Test("the entry goes at the end of the catalog; the objects after it and the table move with it")
    func shiftsOffsets() throws {
        let original = Self.pdf()
        #expect(Self.offsetsHold(original), "the sample itself is consistent")
        let tagged = try #require(PDFLanguage.setting("zh-Hant", in: original))
        let text = String(decoding: tagged, as: UTF8.self)
        #expect(text.contains("1 0 obj\n<< /Type /Catalog /Pages 2 0 R    /Lang (zh-Hant)\n>>"), "\(text)")
        #expect(tagged.count == original.count + "   /Lang (zh-Hant)\n".utf8.count)
        #expect(Self.offsetsHold(tagged))
        if PDFTools.available("qpdf") {
            let directory = try PDFTools.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = try PDFTools.write(tagged, named: "tagged.pdf", in: directory).path
            let check = try PDFTools.run("qpdf", ["--check", file])
            #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)")
        }
    }

    /// The sample with an info dictionary after the catalog, as Cairo writes one: both insertions
    /// move what follows. The third object grows; only the table follows it.
    static func pdf(info: String) -> Data {
        let text = String(decoding: pdf(), as: UTF8.self)
        let shifted = text.replacingOccurrences(of: "/Title (a \\) paren >> inside)", with: "/Title (a \\) paren >> inside) /Info \(info)")
        let table = (shifted.range(of: "xref\n")?.lowerBound.utf16Offset(in: shifted)) ?? 0
        let old = text.firstMatch(of: #/startxref\n(\d+)/#).map { String($0.1) } ?? ""
        return Data(shifted.replacingOccurrences(of: "startxref\n\(old)", with: "startxref\n\(table)").utf8)
    }

    @Test("the document's dates get the D: prefix ISO 32000 requires, wherever the info dictionary is, and only once")
    func datePrefixes() throws {
        let original = Self.pdf(info: "<< /Producer (cairo) /CreationDate (20261122155959Z) /ModDate (20261122155959Z) >>")
        #expect(Self.offsetsHold(original))
        let mended = try #require(PDFLanguage.setting("en", in: original))
        let written = String(decoding: mended, as: UTF8.self)
        #expect(written.contains("/CreationDate (D:20261122155959Z) /ModDate (D:20261122155959Z)"), "\(written)")
        #expect(Self.offsetsHold(mended))
        let prefixed = try #require(PDFLanguage.setting("en", in: Self.pdf(info: "<< /CreationDate (D:20261122155959Z) >>")))
        #expect(String(decoding: prefixed, as: UTF8.self).contains("/CreationDate (D:20261122155959Z)"))
        #expect(!String(decoding: prefixed, as: UTF8.self).contains("D:D:"))
    }

    @Test("a catalog that has a language, a tag that is no plain tag, or a file that is no such PDF: nil")
    func refused() {
        #expect(PDFLanguage.setting("en", in: Self.pdf(catalog: "<< /Type /Catalog /Pages 2 0 R /Lang (fr) >>")) == nil)
        #expect(PDFLanguage.setting("en) /OpenAction (x", in: Self.pdf()) == nil)
        #expect(PDFLanguage.setting("", in: Self.pdf()) == nil)
        #expect(PDFLanguage.setting("en", in: Data("%PDF-1.5\nnot a table\n".utf8)) == nil)
        #expect(PDFLanguage.setting("en", in: Self.pdf().dropLast(30)) == nil)
    }
}
