import Foundation
import Testing
@testable import AlertpressFlyers

/// What `PDFMend` adds after Cairo has written the file: the language, the viewer preferences, the
/// dates' `D:`, each page's tab order, the figure's alternative text and the link's description.
@Suite("Mending Cairo's PDF")
struct PDFMendTests {
    static func mend(_ pdf: Data, _ tag: String) -> Data? {
        PDFMend.mended(pdf, language: tag, figureAlt: "QR code: https://x.example/", linkContents: "https://x.example/")
    }

    /// A PDF whose catalog is the first object, so that every other object and the table move.
    /// With `info`, the last object holds an info dictionary, after the catalog as Cairo writes one:
    /// both insertions move what follows.
    static func pdf(catalog: String = "<< /Type /Catalog /Pages 2 0 R >>", info: String? = nil) -> Data {
        let objects = [
            catalog,
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (a \\) paren >> inside) /Annots [4 0 R] >>",
            "<< /Type /Annot\n   /Subtype /Link\n   /A << /S /URI /URI (https://x.example/) >>\n   /BS << /W 0 >>>>",
            "<< /Type /StructElem\n   /S /Figure\n   /K [ 1 ]\n>>",
            "<< /Type /StructElem\n   /S /P\n   /K [ 0 ]\n>>" + (info.map { " % info \($0)" } ?? ""),
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
        for index in 1..<7 {
            guard let offset = Int(table[2 + index].prefix(10)),
                  String(decoding: bytes[offset...].prefix(10), as: UTF8.self).hasPrefix("\(index) 0 obj") else { return false }
        }
        return true
    }

    @Test("the entry goes at the end of the catalog; the objects after it and the table move with it")
    func shiftsOffsets() throws {
        let original = Self.pdf()
        #expect(Self.offsetsHold(original), "the sample itself is consistent")
        let tagged = try #require(Self.mend(original, "zh-Hant"))
        let text = String(decoding: tagged, as: UTF8.self)
        let catalog = "   /Lang (zh-Hant)\n   /ViewerPreferences << /DisplayDocTitle true >>\n"
        #expect(text.contains("1 0 obj\n<< /Type /Catalog /Pages 2 0 R \(catalog)>>"), "\(text)")
        #expect(text.contains("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), "no tab order for the page tree")
        #expect(text.contains("/Annots [4 0 R]    /Tabs /S\n>>"), "\(text)")
        #expect(text.contains("/BS << /W 0 >>   /Contents (https://x.example/)\n>>"), "\(text)")
        #expect(text.contains("/K [ 1 ]\n   /Alt (QR code: https://x.example/)\n>>"), "\(text)")
        #expect(text.contains("/S /P\n   /K [ 0 ]\n>>"), "only figures get alternative text")
        let added = [catalog, "   /Tabs /S\n", "   /Contents (https://x.example/)\n", "   /Alt (QR code: https://x.example/)\n"]
        #expect(tagged.count == original.count + added.map(\.utf8.count).reduce(0, +))
        #expect(Self.offsetsHold(tagged))
        #expect(Self.mend(tagged, "en") == nil, "mended once only: the catalog has a language")
        if PDFTools.available("qpdf") {
            let directory = try PDFTools.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = try PDFTools.write(tagged, named: "tagged.pdf", in: directory).path
            let check = try PDFTools.run("qpdf", ["--check", file])
            #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)")
        }
    }

    @Test("the document's dates get the D: prefix ISO 32000 requires, wherever the info dictionary is, and only once")
    func datePrefixes() throws {
        let original = Self.pdf(info: "<< /Producer (cairo) /CreationDate (20261122155959Z) /ModDate (20261122155959Z) >>")
        #expect(Self.offsetsHold(original))
        let mended = try #require(Self.mend(original, "en"))
        let written = String(decoding: mended, as: UTF8.self)
        #expect(written.contains("/CreationDate (D:20261122155959Z) /ModDate (D:20261122155959Z)"), "\(written)")
        #expect(Self.offsetsHold(mended))
        let prefixed = try #require(Self.mend(Self.pdf(info: "<< /CreationDate (D:20261122155959Z) >>"), "en"))
        #expect(String(decoding: prefixed, as: UTF8.self).contains("/CreationDate (D:20261122155959Z)"))
        #expect(!String(decoding: prefixed, as: UTF8.self).contains("D:D:"))
    }

    @Test("text strings: literal and escaped in printable ASCII, else UTF-16BE with a byte order mark")
    func textStrings() {
        #expect(PDFMend.textString("QR code: https://x.example/a(1)\\b") == "(QR code: https://x.example/a\\(1\\)\\\\b)")
        #expect(PDFMend.textString("二维码: x") == "<FEFF4E8C7EF47801003A00200078>")
        #expect(PDFMend.textString("a\nb") == "<FEFF0061000A0062>")
    }

    /// A diff review (thirtieth session): a path Cairo writes over two lines would have had the
    /// artifact's `BMC` between building the path and painting it, which ISO 32000 forbids.
    @Test("painting outside marked content is wrapped as an artifact with the lines of its path; tagged content and other bytes stay as they are")
    func artifacts() throws {
        var content = Data("q\n0.5 g 10 10 m 20 20 l\n 30 30 l h f\n/P << /MCID 0 >> BDC\n10 10 50 50 re f\nEMC\n".utf8)
        content += Data([0x25, 0xFF, 0xFE, 0x0A]) + Data("/x1 Do\nQ".utf8)
        let marked = try #require(PDFMend.artifactsMarked(content))
        var expected = Data("q\n/Artifact BMC\n0.5 g 10 10 m 20 20 l\n 30 30 l h f\nEMC\n/P << /MCID 0 >> BDC\n10 10 50 50 re f\nEMC\n".utf8)
        expected += Data([0x25, 0xFF, 0xFE, 0x0A]) + Data("/Artifact BMC\n/x1 Do\nEMC\nQ".utf8)
        #expect(marked == expected, "\(String(decoding: marked, as: UTF8.self))")
        #expect(PDFMend.artifactsMarked(Data("/P << /MCID 0 >> BDC\n1 1 5 5 re f\nEMC\n".utf8)) == nil, "nothing to mark")
    }

    /// A standards review (thirtieth session): no XMP metadata, so no PDF/UA identification.
    @Test("the XMP packet becomes a new object the catalog points to; the table gets its entry and /Size grows")
    func metadataStream() throws {
        let metadata = PDFMetadata(title: "Fraud & <you>", author: "Centre", creator: "alertpress", date: "2026-11-21T00:00:00Z")
        let mended = try #require(PDFMend.mended(Self.pdf(), language: "en", figureAlt: "a", linkContents: "b", metadata: metadata))
        let text = String(decoding: mended, as: UTF8.self)
        #expect(text.contains("   /Metadata 7 0 R\n>>"), "\(text)")
        #expect(text.contains("7 0 obj\n<< /Type /Metadata /Subtype /XML /Length "))
        #expect(text.contains("<rdf:li xml:lang=\"x-default\">Fraud &amp; &lt;you&gt;</rdf:li>"))
        #expect(text.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(text.contains("xref\n0 8\n") && text.contains("/Size 8\n"), "\(text)")
        #expect(Self.offsetsHold(mended))
        let table = try #require(text.firstMatch(of: #/startxref\n(\d+)/#).flatMap { Int($0.1) })
        let entry = try #require(Int(String(decoding: Array(mended)[table...], as: UTF8.self).split(separator: "\n")[9].prefix(10)))
        #expect(String(decoding: Array(mended)[entry...].prefix(8), as: UTF8.self) == "7 0 obj\n")
        if PDFTools.available("qpdf") {
            let directory = try PDFTools.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = try PDFTools.write(mended, named: "meta.pdf", in: directory).path
            let check = try PDFTools.run("qpdf", ["--check", file])
            #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)")
        }
    }

    @Test("a catalog that has a language, a tag that is no plain tag, or a file that is no such PDF: nil")
    func refused() {
        #expect(Self.mend(Self.pdf(catalog: "<< /Type /Catalog /Pages 2 0 R /Lang (fr) >>"), "en") == nil)
        #expect(Self.mend(Self.pdf(), "en) /OpenAction (x") == nil)
        #expect(Self.mend(Self.pdf(), "") == nil)
        #expect(Self.mend(Data("%PDF-1.5\nnot a table\n".utf8), "en") == nil)
        #expect(Self.mend(Self.pdf().dropLast(30), "en") == nil)
    }
}
