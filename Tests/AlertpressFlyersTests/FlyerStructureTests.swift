import Foundation
import Testing

@testable import AlertpressFlyers

@Suite struct FlyerStructureTests {
    @Test func linkAttributesQuoteTheURIAndListEveryArea() {
        let attributes = FlyerStructure.linkAttributes(
            uri: #"https://example.org/a'b\c"#,
            areas: [Rect(x: 1, y: 2, width: 3, height: 4), Rect(x: 10.5, y: 20.25, width: 30, height: 40)])
        #expect(attributes == #"rect=[1.00 2.00 3.00 4.00 10.50 20.25 30.00 40.00] uri='https://example.org/a\'b\\c'"#)
    }

    @Test func itemsOfOneListShareTheListAndNotTheirItems() {
        let text = SetText(
            text: "x", style: TextStyle(size: 10, bold: false, color: Palette.ink), width: 100, maxLines: 1,
            usedWidth: 10, height: 12, lineCount: 1, baseline: 10, shortened: false)
        func path(_ role: PageElement.Role, _ index: Int) -> [String] {
            FlyerStructure.path(of: PageElement(.text(text, at: Point(x: 0, y: 0)), role: role), at: index)
                .map { "\($0.name):\($0.key)" }
        }
        #expect(path(.listLabel(list: "steps", item: 0), 1) == ["L:steps", "LI:0", "Lbl:"])
        #expect(path(.listBody(list: "steps", item: 0), 2) == ["L:steps", "LI:0", "LBody:"])
        #expect(path(.listBody(list: "steps", item: 1), 3) == ["L:steps", "LI:1", "LBody:"])
        #expect(path(.listBody(list: "dos", item: 1), 4) == ["L:dos", "LI:1", "LBody:"])
        // Two headings or two paragraphs in a row stay two.
        #expect(path(.heading(level: 2), 5) != path(.heading(level: 2), 6))
        #expect(path(.paragraph(id: "hotlines[0]"), 7) == path(.paragraph(id: "hotlines[0]"), 8))
        #expect(path(.paragraph(id: "hotlines[0]"), 7) != path(.paragraph(id: "hotlines[1]"), 8))
        #expect(path(.artifact, 9).isEmpty)
    }

    @Test(arguments: allVariants)
    func textIsInReadingOrderWithTheFooterLast(paper: Paper, language: String, largePrint: Bool) throws {
        let document = sample(paper, language, largePrint: largePrint)
        let plan = try FlyerRenderer.plan(document)
        let texts = plan.elements.compactMap { element -> (String, PageElement.Role)? in
            guard case .text(let text, _) = element.shape else { return nil }
            return (text.text, element.role)
        }
        #expect(texts.first?.0 == document.publisher)
        #expect(texts.filter { $0.1 == .heading(level: 1) }.map(\.0) == [document.title])
        let order = texts.map(\.0)
        let headline = try #require(order.firstIndex(of: document.headline))
        let hotlines = try #require(order.firstIndex(of: document.labels.callHotline))
        #expect(headline < hotlines)
        #expect(texts.last?.0.hasSuffix(document.issued) == true)
        // The URL is the link, and the QR code is part of it.
        let links = texts.compactMap { if case .link(let uri, let areas) = $0.1 { (uri, areas.count) } else { nil } }
        #expect(links.count == 1)
        #expect(links.first?.0 == document.qrURL && links.first?.1 == 1)
    }
}

@Suite(.enabled(if: PDFTools.available("qpdf", "pdfinfo"), "needs qpdf and pdfinfo"))
struct FlyerStructureToolTests {
    /// One node of the structure tree qpdf reads back: its type, its children, its alternative
    /// text and, for a link, the annotation's target, description and the number of areas it covers.
    struct Node: Equatable, CustomStringConvertible {
        var type: String
        var children: [Node] = []
        var alt: String?
        var link: (uri: String, contents: String?, areas: Int)?

        static func == (lhs: Node, rhs: Node) -> Bool {
            lhs.type == rhs.type && lhs.children == rhs.children && lhs.alt == rhs.alt && lhs.link?.uri == rhs.link?.uri
                && lhs.link?.contents == rhs.link?.contents && lhs.link?.areas == rhs.link?.areas
        }

        var description: String {
            let inner = children.map(\.description) + (alt.map { ["alt: \($0)"] } ?? [])
                + (link.map { ["→ \($0.uri) (\($0.contents ?? "no description")) ×\($0.areas)"] } ?? [])
            return inner.isEmpty ? type : "\(type)(\(inner.joined(separator: " ")))"
        }
    }

    /// The tree under /StructTreeRoot, whether the catalog says the file is tagged and shows its
    /// title, and whether every page orders its links by the structure.
    static func structure(_ pdf: Data) throws -> (marked: Bool, roots: [Node], showsTitle: Bool, structureTabs: Bool) {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try PDFTools.write(pdf, named: "flyer.pdf", in: directory).path
        let json = try PDFTools.run("qpdf", ["--json", "--json-key=qpdf", file]).output
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objects = try #require((top["qpdf"] as? [Any])?.last as? [String: Any])
        func object(_ reference: Any?) -> [String: Any]? {
            if let dictionary = reference as? [String: Any] { return dictionary }
            guard let reference = reference as? String, reference.hasSuffix(" R") else { return nil }
            let entry = objects["obj:" + reference] as? [String: Any]
            return entry?["value"] as? [String: Any]
        }
        func kids(_ element: [String: Any]) -> [Any] {
            (element["/K"] as? [Any]) ?? (element["/K"].map { [$0] } ?? [])
        }
        func nodes(_ element: [String: Any]) -> [Node] {
            kids(element).compactMap { kid -> Node? in
                guard let child = object(kid) else { return nil }  // a marked-content id
                if child["/Type"] as? String == "/OBJR" { return nil }
                var node = Node(type: String((child["/S"] as? String ?? "?").dropFirst()), children: nodes(child),
                                alt: (child["/Alt"] as? String).map { String($0.dropFirst(2)) })
                for reference in kids(child) {
                    guard let objr = object(reference), objr["/Type"] as? String == "/OBJR",
                          let annotation = object(objr["/Obj"]), let action = object(annotation["/A"]),
                          let uri = action["/URI"] as? String else { continue }
                    node.link = (String(uri.dropFirst(2)), (annotation["/Contents"] as? String).map { String($0.dropFirst(2)) },
                                 ((annotation["/QuadPoints"] as? [Any])?.count ?? 0) / 8)
                }
                return node
            }
        }
        let trailer = try #require(object((objects["trailer"] as? [String: Any])?["value"]))
        let catalog = try #require(object(trailer["/Root"]))
        let marked = (object(catalog["/MarkInfo"])?["/Marked"] as? Bool) == true
        let root = try #require(object(catalog["/StructTreeRoot"]))
        let showsTitle = (object(catalog["/ViewerPreferences"])?["/DisplayDocTitle"] as? Bool) == true
        let pages = objects.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }.filter { $0["/Type"] as? String == "/Page" }
        return (marked, nodes(root), showsTitle, !pages.isEmpty && pages.allSatisfy { $0["/Tabs"] as? String == "/S" })
    }

    static func list(_ count: Int) -> Node {
        Node(type: "L", children: Array(repeating: Node(type: "LI", children: [Node(type: "Lbl"), Node(type: "LBody")]), count: count))
    }

    @Test func theEnglishFlyerReadsAsHeadingsParagraphsListsAndALink() throws {
        let document = SampleFlyers.english()
        let (marked, roots, showsTitle, structureTabs) = try Self.structure(try FlyerRenderer.render(document))
        #expect(marked && showsTitle && structureTabs)
        let p = Node(type: "P"), h2 = Node(type: "H2")
        let qr = Node(type: "Figure", alt: "QR code: \(document.qrURL)")
        let link = Node(type: "P", children: [Node(type: "Link", link: (document.qrURL, document.qrURL, 2))])
        let expected = Node(type: "Document", children: [
            p, Node(type: "H1"), p, p,
            h2, Self.list(3), h2, Self.list(4), h2, Self.list(3), h2, Self.list(3),
            h2, p, p, p,
            h2, p, p, p, qr, link, p,
        ])
        #expect(roots == [expected], "\(roots)")
    }

    @Test(arguments: allVariants)
    func everyVariantIsTaggedWithOneTitleAndTheCampaignLink(paper: Paper, language: String, largePrint: Bool) throws {
        let document = sample(paper, language, largePrint: largePrint)
        let pdf = try FlyerRenderer.render(document)
        let (marked, roots, showsTitle, structureTabs) = try Self.structure(pdf)
        #expect(marked && showsTitle && structureTabs)
        let children = try #require(roots.first?.children)
        #expect(roots.count == 1 && roots.first?.type == "Document")
        #expect(children.filter { $0.type == "H1" }.count == 1)
        let links = children.flatMap(\.children).compactMap(\.link)
        #expect(links.count == 1 && links.first?.uri == document.qrURL && links.first?.areas == 2, "\(roots)")
        #expect(links.first?.contents == document.qrURL)
        let figures = children.filter { $0.type == "Figure" }
        let separator = language == "zh" ? "：" : ": "
        #expect(figures.count == 1 && figures.first?.alt == document.labels.qrCode + separator + document.qrURL, "\(roots)")

        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try PDFTools.write(pdf, named: "flyer.pdf", in: directory).path
        let info = try PDFTools.run("pdfinfo", [file]).output
        #expect(info.contains("Tagged:          yes"))
        #expect(try PDFTools.run("qpdf", ["--check", file]).status == 0)
        // PDF/UA (ISO 14289-1): every mark is tagged or an artifact (§7.1); XMP metadata names the part (§5) and the title.
        #expect(try Self.unmarkedPainting(pdf) == [])
        #expect(info.contains("Metadata Stream: yes"), "\(info)")
        let xmp = try #require(String(decoding: pdf, as: UTF8.self).firstMatch(of: #/<x:xmpmeta[\s\S]*</x:xmpmeta>/#)).output
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(xmp.contains("<rdf:li xml:lang=\"x-default\">\(document.title)</rdf:li>"), "\(xmp)")
        #expect(xmp.contains("<rdf:li>\(language)</rdf:li>"))
    }

    /// The lines of the page's content stream that paint outside any marked content, as qpdf
    /// writes the stream uncompressed.
    static func unmarkedPainting(_ pdf: Data) throws -> [String] {
        let directory = try PDFTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try PDFTools.write(pdf, named: "flyer.pdf", in: directory).path
        let expanded = directory.appendingPathComponent("expanded.pdf").path
        _ = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", file, expanded])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        let start = try #require(text.range(of: "%% Contents for page 1"))
        let stream = try #require(text.range(of: "stream\n", range: start.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "endstream", range: stream.upperBound..<text.endIndex))
        var depth = 0
        var unmarked: [String] = []
        for line in text[stream.upperBound..<end.lowerBound].split(separator: "\n") {
            let tokens = line.split(separator: " ")
            depth += tokens.count { $0 == "BDC" || $0 == "BMC" } - tokens.count { $0 == "EMC" }
            if depth == 0, let last = tokens.last, ["f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "TJ", "Tj"].contains(last) {
                unmarked.append(String(line))
            }
        }
        try #require(text[stream.upperBound..<end.lowerBound].contains("BDC"), "the page's content stream, tagged")
        return unmarked
    }
}
