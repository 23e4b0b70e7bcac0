import Foundation
import Synchronization

public enum FlyerRenderer {
    /// Cairo 1.16 can deadlock when two threads draw or measure text at once and one of them
    /// evicts a page of Cairo's global glyph cache that the other holds; each flyer's own subset
    /// fonts fill that cache fast. So flyers are laid out and drawn one at a time in the process.
    private static let cairo = Mutex(())

    /// A rendered flyer, and the hotline numbers its page had no room for (the footer takes at
    /// most half the page; numbers are set smaller before any is left out).
    public struct Flyer: Sendable {
        public var pdf: Data
        public var hotlinesLeftOut: [String]
        /// Characters printed that no installed font has (emoji, rare Han characters): gaps on paper.
        public var unprintable: [String]
        /// The flyer's own words printed cut short with "…": `title`, `headline`, `hotline labels` (no page holds them whole).
        public var cut: [String]
        /// The document has advice, and the page has room for none of it (not even the shortest item alone).
        public var noAdvice: Bool

        /// What `plan` says of the page: the same for a flyer drawn (`make`) and one laid out only (`layout`).
        init(pdf: Data, plan: FlyerLayoutPlan, document: FlyerDocument) {
            self.pdf = pdf
            hotlinesLeftOut = plan.hotlinesLeftOut
            unprintable = plan.unprintable
            cut = plan.cutWords
            noAdvice = plan.kept.dos + plan.kept.donts == 0 && !(document.dos.isEmpty && document.donts.isEmpty)
        }
    }

    /// Renders `document` as a one-page PDF. The same document gives the same bytes.
    /// Safe to call from several threads at once: calls take turns (see `cairo`).
    public static func render(_ document: FlyerDocument) throws -> Data {
        try make(document).pdf
    }

    /// `render`, saying what the page left out.
    public static func make(_ document: FlyerDocument) throws -> Flyer {
        try cairo.withLock { _ in try renderAlone(document) }
    }

    private static func renderAlone(_ document: FlyerDocument) throws -> Flyer {
        let (page, plan, content, metadata) = try layOut(document)
        try page.useSubsetFonts(for: plan.texts)
        // The structure tree (see `FlyerStructure`): Cairo 1.16 marks the PDF as tagged only under a Document.
        page.beginTag("Document")
        var open: [FlyerStructure.Node] = []
        for (index, element) in plan.elements.enumerated() {
            let path = FlyerStructure.path(of: element, at: index)
            let shared = zip(open, path).prefix { $0 == $1 }.count
            for node in open[shared...].reversed() { page.endTag(node.name) }
            for node in path[shared...] { page.beginTag(node.name, attributes: node.attributes) }
            open = path
            switch element.shape {
            case .text(let text, let origin): page.draw(text, at: origin)
            case .rectangles(let rects, let color): page.fillRectangles(rects, color: color)
            case .circle(let center, let radius, let color): page.fillCircle(center: center, radius: radius, color: color)
            case .polygon(let points, let color): page.fillPolygon(points, color: color)
            case .polyline(let points, let lineWidth, let color):
                page.strokePolyline(points, lineWidth: lineWidth, color: color)
            case .image(let image, let rect): try page.drawImage(image, in: rect)
            }
        }
        for node in open.reversed() { page.endTag(node.name) }
        page.endTag("Document")
        let pdf = try page.finish()
        return Flyer(pdf: PDFMend.mended(pdf, language: document.language, figureAlt: content.qrDescription, linkContents: content.printedURL,
                                            metadata: metadata) ?? pdf,
                     plan: plan, document: document)
    }

    /// What `make` would say of `document` (the hotlines its page has no room for, the characters
    /// no font has, a title or headline cut short) from its layout alone, without drawing, subsetting fonts or writing the PDF
    /// (for `check`); `pdf` is empty.
    public static func layout(_ document: FlyerDocument) throws -> Flyer {
        let plan = try cairo.withLock { _ in try layOut(document).plan }
        return Flyer(pdf: Data(), plan: plan, document: document)
    }

    /// Runs `body`, which uses Cairo and Pango directly (tests), in turn with every flyer.
    static func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        try cairo.withLock { _ in try body() }
    }

    /// The fitted layout of `document`, for tests.
    static func plan(_ document: FlyerDocument) throws -> FlyerLayoutPlan {
        try cairo.withLock { _ in try layOut(document).plan }
    }

    private static func layOut(_ document: FlyerDocument) throws -> (page: PDFPage, plan: FlyerLayoutPlan, content: FlyerContent, metadata: PDFMetadata) {
        let design = FlyerDesign(paper: document.paper, largePrint: document.largePrint)
        let content = FlyerContent(document, maxItems: design.maxItems)
        guard let url = URL(string: content.url), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", url.host?.isEmpty == false
        else { throw FlyerError.invalidQRURL(document.qrURL) }
        let qr = try QRMatrix.encode(content.url)
        let metadata = PDFMetadata(
            title: document.documentTitle ?? (content.title.isEmpty ? content.headline : content.title),
            author: content.publisher, creator: "alertpress",
            date: document.creationDate.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)))
        let page = try PDFPage(
            width: document.paper.width, height: document.paper.height, language: document.language,
            fontFamily: FlyerContent.fontFamily(for: document.language),
            fontFeatures: FlyerContent.isCJK(document.language) ? nil : "pwid,palt", metadata: metadata)
        let plan = try FlyerComposer(content: content, design: design, qr: qr, page: page).plan()
        return (page, plan, content, metadata)
    }
}
