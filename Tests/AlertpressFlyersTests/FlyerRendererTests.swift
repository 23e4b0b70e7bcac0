import Foundation
import Testing

@testable import AlertpressFlyers

/// Every paper, both languages, both print variants.
let allVariants: [(Paper, String, Bool)] = Paper.allCases.flatMap { paper in
    ["en", "zh"].flatMap { language in [false, true].map { (paper, language, $0) } }
}

func sample(_ paper: Paper, _ language: String, largePrint: Bool) -> FlyerDocument {
    language == "zh"
        ? SampleFlyers.chinese(paper, largePrint: largePrint)
        : SampleFlyers.english(paper, largePrint: largePrint)
}

@Suite struct FlyerRendererTests {
    @Test(arguments: allVariants)
    func rendersOnePageOfTheExactPaperSize(paper: Paper, language: String, largePrint: Bool) throws {
        let pdf = PDFBytes(try FlyerRenderer.render(sample(paper, language, largePrint: largePrint)))
        #expect(pdf.startsWithHeader)
        #expect(pdf.pageCount == 1)
        #expect(pdf.mediaBoxes == [[0, 0, paper.width, paper.height]])
    }

    @Test(arguments: allVariants)
    func sameDocumentSameBytes(paper: Paper, language: String, largePrint: Bool) throws {
        let document = sample(paper, language, largePrint: largePrint)
        #expect(try FlyerRenderer.render(document) == FlyerRenderer.render(document))
    }

    @Test func differentCreationDateDifferentBytes() throws {
        var document = SampleFlyers.english()
        let first = try FlyerRenderer.render(document)
        document.creationDate = document.creationDate.addingTimeInterval(86_400)
        #expect(try FlyerRenderer.render(document) != first)
    }

    @Test func rendersConcurrentlyWithTheSameBytesAsSerially() async throws {
        let documents = allVariants.map { sample($0.0, $0.1, largePrint: $0.2) }
        let serial = try documents.map(FlyerRenderer.render)
        let parallel = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for round in 0..<2 {
                for (index, document) in documents.enumerated() {
                    group.addTask { (index, try FlyerRenderer.render(document)) }
                }
                _ = round
            }
            var results: [(Int, Data)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == 2 * documents.count)
        for (index, data) in parallel {
            #expect(data == serial[index], "flyer \(index) differs when rendered concurrently")
        }
    }

    @Test func rejectsAURLThatIsNotAbsolute() {
        var document = SampleFlyers.english()
        document.qrURL = "/campaigns/double-11/"
        #expect(throws: FlyerError.invalidQRURL("/campaigns/double-11/")) { try FlyerRenderer.render(document) }
        document.qrURL = "javascript:alert(1)"
        #expect(throws: FlyerError.invalidQRURL("javascript:alert(1)")) { try FlyerRenderer.render(document) }
    }

    @Test func rejectsAURLTooLongForAQRCode() {
        var document = SampleFlyers.english()
        document.qrURL = "https://example.org/" + String(repeating: "a", count: 3_000)
        #expect {
            try FlyerRenderer.render(document)
        } throws: { error in
            guard case .qrEncodingFailed = error as? FlyerError else { return false }
            return true
        }
    }

    @Test func controlCharactersAndEmptyItemsDoNotReachThePage() throws {
        var document = SampleFlyers.english()
        document.redFlags = ["", "  \n\t ", "Calls\u{0}about\u{7} a\r\nrefund", "\u{1B}[31m"]
        let plan = try FlyerRenderer.plan(document)
        #expect(plan.kept.redFlags == 2)
        let printed = plan.texts.map(\.text)
        #expect(printed.contains("Calls about a refund"))
        #expect(printed.contains("[31m"))
        #expect(!printed.contains { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
    }
}

@Suite(.enabled(if: PDFTools.available("pdfinfo", "pdffonts", "qpdf"), "needs pdfinfo, pdffonts (poppler-utils) and qpdf"))
struct FlyerPDFToolTests {
    @Test(arguments: allVariants)
    func pdfinfoPdffontsAndQpdfAgree(paper: Paper, language: String, largePrint: Bool) throws {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = sample(paper, language, largePrint: largePrint)
        let file = try PDFTools.write(try FlyerRenderer.render(document), named: "flyer.pdf", in: directory).path

        let info = try PDFTools.run("pdfinfo", [file])
        #expect(info.status == 0)
        #expect(info.output.contains("Pages:           1"))
        let size = "Page size:       \(Self.points(paper.width)) x \(Self.points(paper.height)) pts"
        #expect(info.output.contains(size), "\(info.output)")
        #expect(info.output.contains("Title:           \(document.title)"))
        #expect(info.output.contains("Author:          \(document.publisher)"))
        #expect(info.output.contains("Creator:         alertpress"))
        #expect(info.output.contains("CreationDate:    Wed Nov  6 00:00:00 2024 UTC"))
        #expect(info.output.contains("ModDate:         Wed Nov  6 00:00:00 2024 UTC"))

        let fonts = try PDFTools.run("pdffonts", [file])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2, "regular and bold: \(fonts.output)")
        for row in rows {
            #expect(row.contains("NotoSansCJK"), "\(row)")
            // Columns: name type encoding emb sub uni object-id generation.
            let columns = row.split(separator: " ")
            #expect(columns.count >= 8 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }

        let check = try PDFTools.run("qpdf", ["--check", file])
        #expect(check.status == 0, "\(check.output)")
        // The catalog names the language, for screen readers.
        let trailer = try PDFTools.run("qpdf", ["--show-object=trailer", file]).output
        let root = try #require(trailer.firstMatch(of: #/\/Root (\d+) 0 R/#)?.1)
        let catalog = try PDFTools.run("qpdf", ["--show-object=\(root)", file]).output
        #expect(catalog.contains("/Lang (\(language))") && catalog.contains("/Type /Catalog"), "\(catalog)")
    }

    @Test func metadataWithPDFSpecialCharactersSurvives() throws {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var document = SampleFlyers.chinese()
        document.title = #"Refunds (fake) \ real? “双11” warning"#
        document.publisher = "Police ) ( \\ 反诈中心"
        let file = try PDFTools.write(try FlyerRenderer.render(document), named: "flyer.pdf", in: directory).path
        let info = try PDFTools.run("pdfinfo", [file])
        #expect(info.output.contains("Title:           \(document.title)"), "\(info.output)")
        #expect(info.output.contains("Author:          \(document.publisher)"), "\(info.output)")
        #expect(try PDFTools.run("qpdf", ["--check", file]).status == 0)
    }

    @Test func documentTitleIsThePDFTitle() throws {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var document = SampleFlyers.english()
        document.documentTitle = "Fake courier compensation · City Anti-Fraud Bulletin"
        let file = try PDFTools.write(try FlyerRenderer.render(document), named: "flyer.pdf", in: directory).path
        let info = try PDFTools.run("pdfinfo", [file])
        #expect(info.output.contains("Title:           Fake courier compensation · City Anti-Fraud Bulletin"), "\(info.output)")
        #expect(try PDFTools.run("pdftotext", [file, "-"]).output.contains(document.title), "the printed title is unchanged")
    }

    /// pdfinfo prints sizes with up to three decimals, trailing zeros dropped.
    static func points(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

@Suite(.enabled(if: PDFTools.available("pdftoppm", "zbarimg"), "needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)"))
struct FlyerQRScanTests {
    @Test(arguments: allVariants)
    func aPhoneCanScanTheQRCode(paper: Paper, language: String, largePrint: Bool) throws {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = sample(paper, language, largePrint: largePrint)
        let file = try PDFTools.write(try FlyerRenderer.render(document), named: "flyer.pdf", in: directory)
        let image = directory.appendingPathComponent("page").path
        let raster = try PDFTools.run("pdftoppm", ["-png", "-r", "150", "-singlefile", file.path, image])
        #expect(raster.status == 0)
        let scan = try PDFTools.run("zbarimg", ["-q", "--raw", image + ".png"])
        #expect(scan.status == 0)
        #expect(scan.output.trimmingCharacters(in: .newlines) == document.qrURL)
    }

    @Test func theAbsurdFlyerStillScans() throws {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = SampleFlyers.absurd(SampleFlyers.chinese(.a5, largePrint: true))
        let file = try PDFTools.write(try FlyerRenderer.render(document), named: "flyer.pdf", in: directory)
        let image = directory.appendingPathComponent("page").path
        _ = try PDFTools.run("pdftoppm", ["-png", "-r", "200", "-singlefile", file.path, image])
        let scan = try PDFTools.run("zbarimg", ["-q", "--raw", image + ".png"])
        #expect(scan.output.trimmingCharacters(in: .newlines) == document.qrURL)
    }
}

/// Cairo 1.16 embedded some Noto Sans CJK glyphs without the subroutines they call, so they
/// printed blank (如 on the shipped Chinese flyers) while the text layer was right. Each
/// character must put ink on the page where `pdftotext` says it is.
@Suite(.enabled(if: PDFTools.available("pdftoppm", "pdftotext"), "needs pdftoppm and pdftotext (poppler-utils)"))
struct FlyerGlyphInkTests {
    /// The share of dark pixels in each character cell of the first line that starts with
    /// `start`, a line of full-width characters only, on a grey raster at 150 dpi.
    static func ink(_ pdf: Data, lineStartingWith start: String) throws -> [Double] {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try PDFTools.write(pdf, named: "page.pdf", in: directory)
        let boxes = try PDFTools.run("pdftotext", ["-bbox", file.path, "-"]).output
        let word = try #require(boxes.components(separatedBy: "<word ").first { $0.contains(">" + start) }, "no line starts with \(start)")
        func value(_ name: String) throws -> Double {
            let range = try #require(word.range(of: name + "=\""))
            return try #require(Double(word[range.upperBound...].prefix { $0 != "\"" }))
        }
        let text = try #require(word.split(separator: ">").dropFirst().first?.split(separator: "<").first)
        let (xMin, xMax, yMin, yMax) = (try value("xMin"), try value("xMax"), try value("yMin"), try value("yMax"))
        let image = directory.appendingPathComponent("page").path
        #expect(try PDFTools.run("pdftoppm", ["-gray", "-r", "150", "-singlefile", file.path, image]).status == 0)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: image + ".pgm")))
        // "P5\n<width> <height>\n255\n", then one byte per pixel.
        var offset = 0
        var fields = 0
        while fields < 4, offset < bytes.count {
            if bytes[offset] == 0x0A || bytes[offset] == 0x20 { fields += 1 }
            offset += 1
        }
        let header = String(decoding: bytes.prefix(offset), as: UTF8.self).split(whereSeparator: \.isWhitespace)
        let width = try #require(Int(header[1]))
        let scale = 150.0 / 72
        let cell = (xMax - xMin) / Double(text.count)
        return (0..<text.count).map { index in
            // The middle 80 % of the cell, so that a neighbour's strokes do not count.
            let left = Int(((xMin + (Double(index) + 0.1) * cell) * scale).rounded())
            let right = Int(((xMin + (Double(index) + 0.9) * cell) * scale).rounded())
            var dark = 0
            var all = 0
            for y in Int(yMin * scale)..<Int(yMax * scale) {
                for x in left..<right where offset + y * width + x < bytes.count {
                    all += 1
                    if bytes[offset + y * width + x] < 128 { dark += 1 }
                }
            }
            return all == 0 ? 0 : Double(dark) / Double(all)
        }
    }

    @Test func everyChineseCharacterIsDrawn() throws {
        let pdf = try FlyerRenderer.exclusively { try Self.chineseLine() }
        let ink = try Self.ink(pdf, lineStartingWith: "如已转账")
        #expect(ink.count == 8)
        #expect(ink.allSatisfy { $0 > 0.05 }, "share of ink in each character's cell: \(ink)")
    }

    static func chineseLine() throws -> Data {
        let page = try PDFPage(width: 400, height: 200, language: "zh", fontFamily: FlyerContent.fontFamily(for: "zh"),
                               fontFeatures: nil, metadata: PDFMetadata(title: "t", author: "a", creator: "c", date: "2026-11-21T00:00:00Z"))
        let text = page.typeset("如已转账如果如何", style: TextStyle(size: 20, bold: false, color: Palette.ink), width: 360, maxLines: 1)
        try page.useSubsetFonts(for: [text])
        page.draw(text, at: Point(x: 20, y: 40))
        return try page.finish()
    }
}
