import Foundation

struct Rect: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }
}

/// One thing drawn on the page, and what it is to a reader. The plan is a list of these in
/// reading order; drawing is a loop over it.
struct PageElement: Sendable, Equatable {
    enum Shape: Sendable, Equatable {
        case text(SetText, at: Point)
        case rectangles([Rect], RGB)
        case circle(center: Point, radius: Double, RGB)
        case polygon([Point], RGB)
        case polyline([Point], lineWidth: Double, RGB)
        case image(RasterImage, in: Rect)
    }

    /// Where the element goes in the PDF's structure tree (what screen readers and reflow read).
    enum Role: Sendable, Equatable {
        /// Decoration outside the tree: backgrounds, rules, the logo beside the publisher's name.
        case artifact
        /// An image that tells something: the QR code, whose alternative text `PDFMend` adds.
        case figure
        case heading(level: Int)
        /// A paragraph; consecutive elements with the same `id` make one (a hotline's label and number).
        case paragraph(id: String)
        /// The number or mark of item `item` of list `list`.
        case listLabel(list: String, item: Int)
        /// The text of item `item` of list `list`.
        case listBody(list: String, item: Int)
        /// Text that is also a link to `uri`, as are `areas` beside it (the QR code).
        case link(uri: String, areas: [Rect])
    }

    var shape: Shape
    var role: Role

    init(_ shape: Shape, role: Role = .artifact) {
        self.shape = shape
        self.role = role
    }

    /// The box the element covers (text: its wrap width × measured height).
    var bounds: Rect {
        switch shape {
        case .text(let text, let origin):
            return Rect(x: origin.x, y: origin.y, width: text.width, height: text.height)
        case .rectangles(let rects, _):
            return Self.union(rects.flatMap { [Point(x: $0.x, y: $0.y), Point(x: $0.maxX, y: $0.maxY)] })
        case .circle(let center, let radius, _):
            return Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
        case .polygon(let points, _):
            return Self.union(points)
        case .polyline(let points, let lineWidth, _):
            let box = Self.union(points)
            return Rect(
                x: box.x - lineWidth / 2, y: box.y - lineWidth / 2,
                width: box.width + lineWidth, height: box.height + lineWidth)
        case .image(_, let rect):
            return rect
        }
    }

    private static func union(_ points: [Point]) -> Rect {
        guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var (minX, minY, maxX, maxY) = (first.x, first.y, first.x, first.y)
        for point in points {
            minX = min(minX, point.x)
            minY = min(minY, point.y)
            maxX = max(maxX, point.x)
            maxY = max(maxY, point.y)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// How many lines each kind of paragraph may take before it is shortened (to whole sentences, else with "…").
/// Each level is stricter than the one before; the headline is the last to give way.
/// `generous` is only for room left over: a page that fits at `normal` with a paragraph
/// shortened prints it whole when the page still fits.
enum LineLimits: Int, Sendable, Comparable {
    case generous, normal, tight, minimal, squeezed

    static func < (lhs: LineLimits, rhs: LineLimits) -> Bool { lhs.rawValue < rhs.rawValue }

    var publisher: Int { 2 }
    var title: Int { self >= .minimal ? 1 : 2 }
    var season: Int { self >= .minimal ? 1 : 2 }
    var headline: Int { [5, 4, 4, 3, 2][rawValue] }
    var item: Int { [6, 3, 2, 1, 1][rawValue] }
    /// The recent case is an excerpt anyway: room left goes to the advice, not to it.
    var caseTitle: Int { [2, 2, 1, 1, 1][rawValue] }
    var caseText: Int { [6, 6, 3, 3, 3][rawValue] }
    var hotlineLabel: Int { 2 }
    var url: Int { 6 }
    var scanLabel: Int { 2 }
}

/// The outcome of fitting a document onto its page: what was kept, at which size, and
/// every element positioned. Tests assert on it; the renderer only draws `elements`.
struct FlyerLayoutPlan: Sendable, Equatable {
    struct Kept: Sendable, Equatable {
        var steps: Int
        var redFlags: Int
        var dos: Int
        var donts: Int
        var hotlines: Int
        var recentCase: Bool
    }

    var bodySize: Double
    var baseBodySize: Double
    var minimumBodySize: Double
    var kept: Kept
    var lineLimits: LineLimits
    var doDontColumns: Int
    var hotlineColumns: Int
    /// The hotline numbers not printed: too many for the footer, or too long for the page.
    var hotlinesLeftOut: [String]
    /// Ids of paragraphs printed shortened, e.g. "headline", "redFlags[2]", "case.text".
    var shortened: [String]
    var elements: [PageElement]
    /// The page minus its margins; every element lies inside it.
    var contentRect: Rect

    var scale: Double { bodySize / baseBodySize }

    var texts: [SetText] {
        elements.compactMap { if case .text(let text, _) = $0.shape { text } else { nil } }
    }

    var minimumTextSize: Double { texts.map(\.style.size).min() ?? bodySize }

    /// The title, headline and hotlines' labels when printed cut short: the campaign's, type's or
    /// site's own words, which an editor can shorten (items and the recent case are left out or cut
    /// by design).
    var cutWords: [String] {
        ["title", "headline"].filter(shortened.contains)
            + (shortened.contains { $0.hasPrefix("hotlines[") && $0.hasSuffix("].label") } ? ["hotline labels"] : [])
    }

    /// Every character printed that no installed font has, once, in the order they appear.
    var unprintable: [String] {
        var seen: Set<Character> = []
        return texts.flatMap(\.unprintable).filter { seen.insert($0).inserted }.map(String.init)
    }
}

/// Page geometry and type sizes for one paper and print variant.
struct FlyerDesign: Sendable, Equatable {
    var paper: Paper
    var largePrint: Bool

    static let millimetre = 72 / 25.4

    var margin: Double { (paper == .a5 ? 12 : 15) * Self.millimetre }

    var contentRect: Rect {
        Rect(x: margin, y: margin, width: paper.width - 2 * margin, height: paper.height - 2 * margin)
    }

    var baseBodySize: Double {
        switch (paper, largePrint) {
        case (.a5, false): 9.5
        case (_, false): 11
        case (.a5, true): 16
        case (_, true): 18
        }
    }

    /// The smallest body text: below it items are dropped rather than set smaller. Flyers are
    /// read by older people too; A5, half the page, goes a point lower than A4 and Letter.
    var minimumBodySize: Double {
        switch (paper, largePrint) {
        case (.a5, false): 9
        case (_, false): 10
        case (_, true): 16
        }
    }

    /// Body sizes tried in order: the design size, then half-point steps to the minimum.
    var bodySizes: [Double] {
        stride(from: baseBodySize, through: minimumBodySize, by: -0.5).map { $0 }
    }

    /// Sizes of the other text as multiples of the body size. Large print already has big
    /// body text, so its headings stand out by less.
    var type: TypeScale {
        largePrint
            ? TypeScale(publisher: 1, title: 1.1, season: 1, headline: 1.45, heading: 1.1, caseLabel: 1, number: 2)
            : TypeScale(publisher: 1.15, title: 1.35, season: 1.05, headline: 2.4, heading: 1.2, caseLabel: 1.1, number: 3.2)
    }

    /// QR side (quiet zone included) for a symbol `modules` wide: 0.7 mm (A5: 0.6 mm) per
    /// module, clamped to a size that scans from arm's length and fits the footer.
    func qrSide(modules: Int) -> Double {
        let lower = (paper == .a5 ? 22 : 26) * Self.millimetre
        let upper = min(40 * Self.millimetre, contentRect.width * 0.4)
        let module = paper == .a5 ? 0.6 : 0.7
        return min(max(Double(modules + 8) * module * Self.millimetre, lower), upper)
    }

    /// No list can show more items than one-line items stacked over the whole page.
    var maxItems: Int { Int(contentRect.height / minimumBodySize) + 1 }

    /// The unit of vertical spacing: large print needs big letters, not big gaps.
    func space(forBody body: Double) -> Double { largePrint ? 0.7 * body : body }

    /// The footer may take at most this share of the content height before hotlines go.
    var footerShare: Double { 0.5 }
}

struct TypeScale: Sendable, Equatable {
    var publisher: Double
    var title: Double
    var season: Double
    var headline: Double
    var heading: Double
    var caseLabel: Double
    var number: Double
}

enum Palette {
    static let ink = RGB(red: 0, green: 0, blue: 0)
    static let paper = RGB(red: 1, green: 1, blue: 1)
    /// Dark red: 7:1 against white, so white text on it and red headings both read well.
    static let accent = RGB(red: 0.62, green: 0.07, blue: 0.07)
    static let safe = RGB(red: 0.08, green: 0.36, blue: 0.12)
    static let muted = RGB(red: 0.2, green: 0.2, blue: 0.2)
    static let caseFill = RGB(red: 0.95, green: 0.95, blue: 0.95)
}

/// The document's text, cleaned for print: whitespace runs collapsed, control characters
/// removed, empty items dropped. Lists keep at most `maxItems` items and paragraphs at most
/// `maxCharacters` characters: more could never be printed on one page, and the fitting
/// loop should not carry it around.
struct FlyerContent: Sendable, Equatable {
    var publisher: String
    var logo: RasterImage?
    var title: String
    var season: String
    var headline: String
    var lede: String
    var steps: [String]
    var redFlags: [String]
    var dos: [String]
    var donts: [String]
    var recentCase: FlyerCase?
    var hotlines: [FlyerHotline]
    /// The address the QR code and its link lead to.
    var url: String
    /// The address printed beneath the code (`FlyerDocument.printedURL`).
    var printedURL: String
    var issuedLine: String
    var labels: FlyerLabels
    var labelSeparator: String
    /// The QR code's alternative text: what it is, and where it leads.
    var qrDescription: String { labels.qrCode.isEmpty ? printedURL : labels.qrCode + labelSeparator + printedURL }

    /// Beyond any line limit on any paper: 6 lines of the narrowest glyphs at 9 pt.
    static let maxCharacters = 4_000

    init(_ document: FlyerDocument, maxItems: Int) {
        func clean(_ text: String) -> String { FlyerContent.clean(text, limit: Self.maxCharacters) }
        func list(_ items: [String]) -> [String] {
            var kept: [String] = []
            for item in items where kept.count < maxItems {
                let text = clean(item)
                if !text.isEmpty { kept.append(text) }
            }
            return kept
        }
        let cjk = FlyerContent.isCJK(document.language)
        labelSeparator = cjk ? "：" : ": "
        publisher = clean(document.publisher)
        logo = document.logo
        title = clean(document.title)
        season = clean(document.season)
        headline = clean(document.headline)
        lede = clean(document.lede)
        steps = list(document.steps)
        redFlags = list(document.redFlags)
        dos = list(document.dos)
        donts = list(document.donts)
        recentCase = document.recentCase.flatMap { story in
            let text = clean(story.text)
            let title = clean(story.title)
            guard !(text.isEmpty && title.isEmpty) else { return nil }
            let loss = story.loss.map(clean).flatMap { $0.isEmpty ? nil : $0 }
            let date = story.date.map(clean).flatMap { $0.isEmpty ? nil : $0 }
            return FlyerCase(title: title, text: text, loss: loss, date: date)
        }
        // All of them: the footer keeps what fits, and the build names the rest.
        hotlines = document.hotlines
            .map { FlyerHotline(label: clean($0.label), number: clean($0.number)) }
            .filter { !$0.number.isEmpty }
        url = FlyerContent.clean(document.qrURL, limit: .max)
        printedURL = FlyerContent.clean(document.printedURL, limit: .max)
        let labels = document.labels
        self.labels = FlyerLabels(
            howItWorks: clean(labels.howItWorks), redFlags: clean(labels.redFlags),
            doTitle: clean(labels.doTitle), dontTitle: clean(labels.dontTitle),
            recentCase: clean(labels.recentCase), loss: clean(labels.loss),
            callHotline: clean(labels.callHotline), scanForMore: clean(labels.scanForMore),
            qrCode: clean(labels.qrCode), issued: clean(labels.issued))
        let issued = clean(document.issued)
        issuedLine = self.labels.issued.isEmpty ? issued : self.labels.issued + labelSeparator + issued
    }

    /// Collapses whitespace and control characters into single spaces, trims both ends and
    /// keeps at most `limit` characters (whole grapheme clusters).
    static func clean(_ text: String, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var characters = 0
        for character in text {
            guard characters < limit else { break }
            characters += 1
            for scalar in character.unicodeScalars {
                if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isCJK(_ language: String) -> Bool {
        let primary = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return ["zh", "ja", "ko", "yue"].contains(primary)
    }

    /// Noto Sans CJK covers Latin too; the regional cut only matters for Han glyph shapes.
    static func fontFamily(for language: String) -> String {
        let tag = language.lowercased()
        if tag.hasPrefix("ja") { return "Noto Sans CJK JP" }
        if tag.hasPrefix("ko") { return "Noto Sans CJK KR" }
        if tag.hasPrefix("zh-hant") || tag.hasPrefix("zh-tw") || tag.hasPrefix("zh-hk") || tag.hasPrefix("zh-mo") {
            return "Noto Sans CJK TC"
        }
        return "Noto Sans CJK SC"
    }
}

/// Lays out one flyer. `plan()` applies the fitting rule, trying one configuration after
/// another until one fits:
/// 0. everything with no paragraph but the recent case's story shortened, items up to six
///    lines (`LineLimits.generous`), at the design size or up to a point below it;
/// 1. shrink the body size in half-point steps from the design size to the minimum;
/// 2. at the minimum, drop items from the end of the longest of red flags / do / don't
///    (ties in that order) while each keeps at least two;
/// 3. shorten the recent case to a one-line title and two lines of its story, then drop it
///    (a real local case persuades more than a third red flag: lists given back in `settle`);
/// 4. drop the "how it works" steps (all of them: one step alone tells no story);
/// 5. trim red flags / do / don't as in 2, down to one item each;
/// 6. let items take two lines instead of three (`LineLimits.tight`);
/// 7. drop the do list, then the red flags;
/// 8. items, title and season one line each (`.minimal`), headline three lines;
/// 9. drop the don't list; 10. headline two lines (`.squeezed`); 11. cut sentences (below).
/// Once a configuration from step 2 on fits, items dropped from lists still shown are
/// given back, shortest list first, while the page still fits.
/// Throughout, a paragraph longer than its line limit keeps the whole sentences that fit
/// (`PDFPage.sentenceEnds`). Advice items, the headline and the season line are never cut inside
/// a sentence: when even their first is longer than the limit, it takes the lines it needs (so
/// the stages above drop items instead), until step 11, for content no page can hold. Other
/// paragraphs (title, the recent case) are cut with "…"; hotlines that do not fit the footer (at
/// most half the page), up to three to a row, are set smaller, then dropped from the end; a number
/// no line of the page can hold is left out by itself (the build warns about both:
/// `FlyerRenderer.Flyer.hotlinesLeftOut`).
struct FlyerComposer {
    let content: FlyerContent
    let design: FlyerDesign
    let qr: QRMatrix
    let page: PDFPage
    private let footers = FooterCache()

    init(content: FlyerContent, design: FlyerDesign, qr: QRMatrix, page: PDFPage) {
        self.content = content
        self.design = design
        self.qr = qr
        self.page = page
    }

    struct Config: Equatable {
        var bodySize: Double
        var kept: FlyerLayoutPlan.Kept
        var limits: LineLimits
        var spacing: Double = 1
        /// Advice and the headline are printed in whole sentences, but as the very last resort.
        var wholeSentences = true
        /// The recent case with a one-line title and two lines of its story.
        var shortCase = false
    }

    private static var lists: [WritableKeyPath<FlyerLayoutPlan.Kept, Int>] { [\.redFlags, \.dos, \.donts] }

    func plan() throws -> FlyerLayoutPlan {
        let plan = try planInOrder()
        // Advice is kept in the order of its priority; a small page in large print may hold none of
        // it so. One don't (else one do) may still fit alone: one piece of advice is worth more to a
        // reader than a blank band, and the most important one most. The one whose first sentence
        // (which alone need fit) is shortest is tried first; if it fits, up to `earlier` items before
        // it in priority are tried too, and the first of those that fits is printed instead.
        guard plan.kept.dos == 0, plan.kept.donts == 0 else { return plan }
        let earlier = 3
        func firstSentence(_ text: String) -> Int {
            let scalars = Array(text.unicodeScalars)
            // (`sentenceEnds` lists the ends last first.)
            return PDFPage.sentenceEnds(scalars, upTo: scalars.count).last ?? scalars.count
        }
        for (list, items) in [(\FlyerContent.donts, content.donts), (\FlyerContent.dos, content.dos)] {
            func alone(_ item: String) -> FlyerLayoutPlan? {
                var alone = content
                alone.dos = []
                alone.donts = []
                alone[keyPath: list] = [item]
                let other = FlyerComposer(content: alone, design: design, qr: qr, page: page)
                guard let fitted = try? other.planInOrder(), fitted.kept.dos + fitted.kept.donts == 1 else { return nil }
                return fitted
            }
            guard let shortest = items.indices.min(by: { firstSentence(items[$0]) < firstSentence(items[$1]) }),
                  let fitted = alone(items[shortest]) else { continue }
            return items[..<shortest].prefix(earlier).lazy.compactMap(alone).first ?? fitted
        }
        return plan
    }

    /// The fitting rule above, on the content's lists in their order.
    private func planInOrder() throws -> FlyerLayoutPlan {
        let all = FlyerLayoutPlan.Kept(
            steps: content.steps.count, redFlags: content.redFlags.count, dos: content.dos.count,
            donts: content.donts.count, hotlines: content.hotlines.count,
            recentCase: content.recentCase != nil)
        // First choice: everything, every paragraph but the recent case's story whole, at most a
        // point below the design size.
        for size in design.bodySizes.prefix(3) {
            for limits in [LineLimits.normal, .generous] {
                if let whole = compose(Config(bodySize: size, kept: all, limits: limits)),
                   whole.plan.shortened.allSatisfy({ $0 == "case.text" }) {
                    return fit(Config(bodySize: size, kept: all, limits: limits)) ?? whole.plan
                }
            }
        }
        for size in design.bodySizes {
            if let plan = fit(Config(bodySize: size, kept: all, limits: .normal)) { return plan }
        }
        var config = Config(bodySize: design.minimumBodySize, kept: all, limits: .normal)
        while config.kept.trimLongestList(floor: 2) {
            if compose(config) != nil { return try settle(config, all: all) }
        }
        if config.kept.recentCase {
            config.shortCase = true
            if compose(config) != nil { return try settle(config, all: all) }
            config.kept.recentCase = false
            config.shortCase = false
            if compose(config) != nil { return try settle(config, all: all) }
        }
        if config.kept.steps > 0 {
            config.kept.steps = 0
            if compose(config) != nil { return try settle(config, all: all) }
        }
        while config.kept.trimLongestList(floor: 1) {
            if compose(config) != nil { return try settle(config, all: all) }
        }
        let stages: [(inout Config) -> Void] = [
            { $0.limits = .tight },
            { $0.kept.dos = 0 },
            { $0.kept.redFlags = 0 },
            { $0.limits = .minimal },
            { $0.kept.donts = 0 },
            { $0.limits = .squeezed },
            { $0.wholeSentences = false },
        ]
        for stage in stages {
            let before = config
            stage(&config)
            if config != before, compose(config) != nil { return try settle(config, all: all) }
        }
        throw FlyerError.contentDoesNotFit(design.paper, largePrint: design.largePrint)
    }

    /// Gives back trimmed items of lists that are still shown, one at a time to the
    /// shortest list (ties: red flags, do, don't), while the page fits; then lays out.
    private func settle(_ fitting: Config, all: FlyerLayoutPlan.Kept) throws -> FlyerLayoutPlan {
        var config = fitting
        growing: while true {
            let open = Self.lists.indices
                .filter { config.kept[keyPath: Self.lists[$0]] > 0 && config.kept[keyPath: Self.lists[$0]] < all[keyPath: Self.lists[$0]] }
                .sorted { (config.kept[keyPath: Self.lists[$0]], $0) < (config.kept[keyPath: Self.lists[$1]], $1) }
                .map { Self.lists[$0] }
            for list in open {
                var grown = config
                grown.kept[keyPath: list] += 1
                if compose(grown) != nil {
                    config = grown
                    continue growing
                }
            }
            break
        }
        guard let plan = fit(config) else {
            throw FlyerError.contentDoesNotFit(design.paper, largePrint: design.largePrint)
        }
        return plan
    }

    /// Lays out `config`; when it fits, spreads the leftover height over the gaps
    /// between blocks (at most doubling them) so the page does not end in a hole.
    private func fit(_ config: Config) -> FlyerLayoutPlan? {
        guard var tight = compose(config) else { return nil }
        var config = config
        // Room left: shortened paragraphs are given the lines they need, if the page still fits.
        if config.limits == .normal, tight.plan.shortened.contains(where: { $0 != "case.text" }), tight.slack > 0.5 {
            var roomy = config
            roomy.limits = .generous
            if let whole = compose(roomy) {
                tight = whole
                config = roomy
            }
        }
        guard tight.slack > 0.5, tight.flexibleGap > 0 else { return tight.plan }
        var loose = config
        loose.spacing = min(2, 1 + tight.slack / tight.flexibleGap)
        return compose(loose)?.plan ?? tight.plan
    }

    private struct Composition {
        var plan: FlyerLayoutPlan
        var slack: Double
        var flexibleGap: Double
    }

    /// One layout attempt; `nil` as soon as the flow runs into the footer.
    private func compose(_ config: Config) -> Composition? {
        let b = config.bodySize
        let type = design.type
        let limits = config.limits
        let area = design.contentRect
        var builder = PageBuilder(page: page, body: b, space: design.space(forBody: b), area: area, wholeSentences: config.wholeSentences)

        // Footer, from the bottom margin up; the same for every attempt at one size. It is laid out
        // first and read last.
        let footerKey = FooterCache.Key(bodySize: b, limits: limits, hotlines: config.kept.hotlines)
        let footer: PageBuilder.Footer
        let footerElements: [PageElement]
        if let known = footers.entries[footerKey] {
            footer = known.footer
            footerElements = known.elements
            builder.shortened = known.shortened
        } else {
            footer = builder.footer(
                content: content, qr: qr, qrSide: design.qrSide(modules: qr.width),
                numberSize: type.number * b, headingSize: type.heading * b,
                hotlines: config.kept.hotlines, limits: limits, maxHeight: area.height * design.footerShare)
            footerElements = builder.elements
            builder.elements = []
            footers.entries[footerKey] = (footer, footerElements, builder.shortened)
        }
        let flowLimit = footer.top - builder.space

        // Flow, from the top margin down.
        var flexibleGap = 0.0
        func gap(_ amount: Double) {
            builder.y += amount * builder.space * config.spacing
            flexibleGap += amount * builder.space
        }
        builder.band(content.publisher, logo: content.logo, size: type.publisher * b, lines: limits.publisher)
        gap(0.9)
        builder.paragraph(
            "title", content.title, TextStyle(size: type.title * b, bold: true, color: Palette.accent),
            lines: limits.title, after: 0.15, role: .heading(level: 1))
        builder.paragraph(
            "season", content.season, TextStyle(size: type.season * b, bold: false, color: Palette.muted),
            lines: limits.season, after: 0, wholeSentences: true)
        gap(0.7)
        builder.paragraph(
            "headline", content.headline, TextStyle(size: type.headline * b, bold: true, color: Palette.ink),
            lines: limits.headline, after: content.lede.isEmpty ? 0 : 0.3, wholeSentences: true)
        builder.paragraph(
            "lede", content.lede, TextStyle(size: type.season * b, bold: false, color: Palette.muted),
            lines: limits.season + 1, after: 0, wholeSentences: true)
        gap(1.0)
        guard builder.y <= flowLimit else { return nil }

        let headingSize = type.heading * b
        let steps = Array(content.steps.prefix(config.kept.steps))
        if !steps.isEmpty {
            builder.heading(content.labels.howItWorks, size: headingSize, color: Palette.accent, x: area.x, width: area.width)
            for (index, step) in steps.enumerated() {
                builder.numberedItem("steps", number: index + 1, text: step, lines: limits.item)
                guard builder.y <= flowLimit else { return nil }
            }
            gap(0.9)
        }
        let redFlags = Array(content.redFlags.prefix(config.kept.redFlags))
        if !redFlags.isEmpty {
            builder.heading(content.labels.redFlags, size: headingSize, color: Palette.accent, x: area.x, width: area.width)
            for (index, flag) in redFlags.enumerated() {
                builder.markedItem(
                    "redFlags", item: index, flag, mark: .warning, x: area.x, width: area.width, lines: limits.item)
                guard builder.y <= flowLimit else { return nil }
            }
            gap(0.9)
        }
        let dos = Array(content.dos.prefix(config.kept.dos))
        let donts = Array(content.donts.prefix(config.kept.donts))
        var doDontColumns = 0
        if !dos.isEmpty || !donts.isEmpty {
            let gutter = 1.5 * b
            let columnWidth = (area.width - gutter) / 2
            doDontColumns = !dos.isEmpty && !donts.isEmpty && columnWidth >= 12 * b ? 2 : 1
            let columns: [(id: String, label: String, items: [String], mark: PageBuilder.Mark, color: RGB)] = [
                ("dos", content.labels.doTitle, dos, .check, Palette.safe),
                ("donts", content.labels.dontTitle, donts, .cross, Palette.accent),
            ].filter { !$0.items.isEmpty }
            let top = builder.y
            var bottom = top
            for (index, column) in columns.enumerated() {
                let x = doDontColumns == 2 ? area.x + Double(index) * (columnWidth + gutter) : area.x
                let width = doDontColumns == 2 ? columnWidth : area.width
                if doDontColumns == 2 { builder.y = top }
                if doDontColumns == 1, index > 0 { builder.y += 0.6 * builder.space }
                builder.heading(column.label, size: headingSize, color: column.color, x: x, width: width)
                for (itemIndex, item) in column.items.enumerated() {
                    builder.markedItem(
                        column.id, item: itemIndex, item, mark: column.mark, x: x, width: width,
                        lines: limits.item)
                    guard builder.y <= flowLimit else { return nil }
                }
                bottom = max(bottom, builder.y)
            }
            builder.y = bottom
            gap(0.9)
        }
        if config.kept.recentCase, let story = content.recentCase {
            builder.caseBox(
                story, labels: content.labels, separator: content.labelSeparator,
                labelSize: type.caseLabel * b, limits: limits, short: config.shortCase)
        }
        guard builder.y <= flowLimit else { return nil }

        var kept = config.kept
        kept.hotlines = footer.hotlines.count
        let leftOut = content.hotlines.indices.filter { !footer.hotlines.contains($0) }.map { content.hotlines[$0].number }
        let plan = FlyerLayoutPlan(
            bodySize: b, baseBodySize: design.baseBodySize, minimumBodySize: design.minimumBodySize,
            kept: kept, lineLimits: limits, doDontColumns: doDontColumns,
            hotlineColumns: footer.hotlineColumns, hotlinesLeftOut: leftOut, shortened: builder.shortened,
            elements: builder.elements + footerElements, contentRect: area)
        return Composition(plan: plan, slack: flowLimit - builder.y, flexibleGap: flexibleGap)
    }
}

/// Footers already laid out during one `plan()`.
private final class FooterCache {
    struct Key: Hashable {
        var bodySize: Double
        var limits: LineLimits
        var hotlines: Int
    }

    var entries: [Key: (footer: PageBuilder.Footer, elements: [PageElement], shortened: [String])] = [:]
}

/// Appends positioned elements while a cursor `y` moves down the page.
private struct PageBuilder {
    let page: PDFPage
    let body: Double
    /// The unit of vertical spacing.
    let space: Double
    let area: Rect
    var y: Double
    var elements: [PageElement] = []
    var shortened: [String] = []
    /// Whether paragraphs asked to keep whole sentences may (`FlyerComposer.Config.wholeSentences`).
    let wholeSentences: Bool

    enum Mark { case warning, check, cross }

    init(page: PDFPage, body: Double, space: Double, area: Rect, wholeSentences: Bool) {
        self.page = page
        self.body = body
        self.space = space
        self.area = area
        self.y = area.y
        self.wholeSentences = wholeSentences
    }

    var bodyStyle: TextStyle { TextStyle(size: body, bold: false, color: Palette.ink) }

    /// `wholeSentences`: advice, which is never cut inside a sentence (`PDFPage.typeset`).
    mutating func set(_ id: String, _ text: String, _ style: TextStyle, width: Double, lines: Int, wholeSentences: Bool = false) -> SetText {
        let set = page.typeset(text, style: style, width: width, maxLines: lines, wholeSentences: wholeSentences && self.wholeSentences)
        if set.shortened { shortened.append(id) }
        return set
    }

    mutating func place(_ text: SetText, x: Double, y: Double, role: PageElement.Role) {
        elements.append(PageElement(.text(text, at: Point(x: x, y: y)), role: role))
    }

    mutating func paragraph(
        _ id: String, _ text: String, _ style: TextStyle, lines: Int, after: Double, role: PageElement.Role? = nil,
        wholeSentences: Bool = false
    ) {
        guard !text.isEmpty else { return }
        let set = set(id, text, style, width: area.width, lines: lines, wholeSentences: wholeSentences)
        place(set, x: area.x, y: y, role: role ?? .paragraph(id: id))
        y += set.height + after * space
    }

    /// The coloured band with the publisher in white, after the logo on a white tile (a logo
    /// drawn for a light page stays visible) when there is one.
    mutating func band(_ publisher: String, logo: RasterImage?, size: Double, lines: Int) {
        let pad = 0.55 * space
        let style = TextStyle(size: size, bold: true, color: Palette.paper)
        // The tile is two lines of the publisher high, and at most a third of the band wide.
        var tile: (image: Rect, box: Rect)?
        if let logo {
            let inset = 0.2 * size
            var imageHeight = 2.4 * size - 2 * inset
            var imageWidth = imageHeight * Double(logo.width) / Double(logo.height)
            let widest = area.width / 3 - 2 * inset
            if imageWidth > widest {
                imageHeight *= widest / imageWidth
                imageWidth = widest
            }
            let box = Rect(x: area.x + pad, y: y + pad, width: imageWidth + 2 * inset, height: imageHeight + 2 * inset)
            tile = (Rect(x: box.x + inset, y: box.y + inset, width: imageWidth, height: imageHeight), box)
        }
        let textX = tile.map { $0.box.maxX + pad } ?? area.x + pad
        let text = set("publisher", publisher.isEmpty ? " " : publisher, style, width: area.maxX - pad - textX, lines: lines)
        let inner = max(text.height, tile?.box.height ?? 0)
        let height = inner + 2 * pad
        elements.append(PageElement(.rectangles([Rect(x: area.x, y: y, width: area.width, height: height)], Palette.accent)))
        if let tile, let logo {
            elements.append(PageElement(.rectangles([tile.box], Palette.paper)))
            elements.append(PageElement(.image(logo, in: tile.image)))
        }
        place(text, x: textX, y: y + pad + (inner - text.height) / 2, role: .paragraph(id: "publisher"))
        y += height
    }

    mutating func heading(_ label: String, size: Double, color: RGB, x: Double, width: Double) {
        guard !label.isEmpty else { return }
        let text = set("heading:" + label, label, TextStyle(size: size, bold: true, color: color), width: width, lines: 1)
        place(text, x: x, y: y, role: .heading(level: 2))
        y += text.height + 0.3 * space
    }

    mutating func numberedItem(_ list: String, number: Int, text: String, lines: Int) {
        let id = "\(list)[\(number - 1)]"
        let radius = 0.8 * body
        let indent = 2 * radius + 0.6 * body
        let set = set(id, text, bodyStyle, width: area.width - indent, lines: lines, wholeSentences: true)
        let centerY = y + max(set.baseline - 0.34 * body, radius)
        let label = PageElement.Role.listLabel(list: list, item: number - 1)
        elements.append(PageElement(.circle(center: Point(x: area.x + radius, y: centerY), radius: radius, Palette.accent), role: label))
        let digits = page.typeset(
            String(number), style: TextStyle(size: body, bold: true, color: Palette.paper, alignment: .center),
            width: 2 * radius, maxLines: 1)
        place(digits, x: area.x, y: centerY - (digits.baseline - 0.36 * body), role: label)
        place(set, x: area.x + indent, y: y, role: .listBody(list: list, item: number - 1))
        y += max(set.height, centerY + radius - y) + 0.35 * space
    }

    mutating func markedItem(
        _ list: String, item: Int, _ text: String, mark: Mark, x: Double, width: Double, lines: Int
    ) {
        let indent = 1.5 * body
        let set = set("\(list)[\(item)]", text, bodyStyle, width: width - indent, lines: lines, wholeSentences: true)
        let center = Point(x: x + 0.55 * body, y: y + set.baseline - 0.34 * body)
        drawMark(mark, center: center, size: 0.8 * body, role: .listLabel(list: list, item: item))
        place(set, x: x + indent, y: y, role: .listBody(list: list, item: item))
        y += set.height + 0.3 * space
    }

    mutating func drawMark(_ mark: Mark, center: Point, size: Double, role: PageElement.Role) {
        let half = size / 2
        switch mark {
        case .warning:
            elements.append(PageElement(.polygon([
                Point(x: center.x, y: center.y - half),
                Point(x: center.x + half, y: center.y + half * 0.8),
                Point(x: center.x - half, y: center.y + half * 0.8),
            ], Palette.accent), role: role))
        case .check:
            elements.append(PageElement(.polyline([
                Point(x: center.x - half * 0.8, y: center.y),
                Point(x: center.x - half * 0.2, y: center.y + half * 0.6),
                Point(x: center.x + half * 0.8, y: center.y - half * 0.7),
            ], lineWidth: 0.16 * size, Palette.safe), role: role))
        case .cross:
            let r = half * 0.7
            elements.append(PageElement(.polyline([
                Point(x: center.x - r, y: center.y - r), Point(x: center.x + r, y: center.y + r),
            ], lineWidth: 0.16 * size, Palette.accent), role: role))
            elements.append(PageElement(.polyline([
                Point(x: center.x + r, y: center.y - r), Point(x: center.x - r, y: center.y + r),
            ], lineWidth: 0.16 * size, Palette.accent), role: role))
        }
    }

    /// The recent case in a light box with an accent bar on its left.
    mutating func caseBox(
        _ story: FlyerCase, labels: FlyerLabels, separator: String, labelSize: Double, limits: LineLimits, short: Bool
    ) {
        let pad = 0.7 * space
        let bar = 0.3 * body
        let x = area.x + bar + pad
        let width = area.width - bar - 2 * pad
        let top = y
        var inner: [(SetText, Double, PageElement.Role)] = []
        var cursor = top + pad
        func add(_ text: SetText, _ role: PageElement.Role, after: Double) {
            inner.append((text, cursor, role))
            cursor += text.height + after * space
        }
        let label = [labels.recentCase, story.date ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        if !label.isEmpty {
            add(set("case.label", label, TextStyle(size: labelSize, bold: true, color: Palette.accent),
                    width: width, lines: 1), .heading(level: 2), after: 0.2)
        }
        if !story.title.isEmpty {
            add(set("case.title", story.title, TextStyle(size: body, bold: true, color: Palette.ink),
                    width: width, lines: short ? 1 : limits.caseTitle), .paragraph(id: "case.title"), after: 0.15)
        }
        // The story in whole sentences: one cut mid-sentence ("…watched her codes through screen…") reads as
        // a mistake. When not even its first sentence fits, the title, which tells the case too, stands alone.
        let lines = short ? 2 : limits.caseText
        if !story.text.isEmpty, case let text = page.typeset(story.text, style: bodyStyle, width: width, maxLines: lines, wholeSentences: wholeSentences),
           text.lineCount <= lines {
            if text.shortened { shortened.append("case.text") }
            add(text, .paragraph(id: "case.text"), after: 0.2)
        }
        if let loss = story.loss {
            let line = labels.loss.isEmpty ? loss : labels.loss + separator + loss
            add(set("case.loss", line, TextStyle(size: body, bold: true, color: Palette.accent),
                    width: width, lines: 1), .paragraph(id: "case.loss"), after: 0)
        } else {
            cursor -= 0.2 * space
        }
        let height = cursor + pad - top
        elements.append(PageElement(.rectangles([Rect(x: area.x, y: top, width: area.width, height: height)], Palette.caseFill)))
        elements.append(PageElement(.rectangles([Rect(x: area.x, y: top, width: bar, height: height)], Palette.accent)))
        for (text, textY, role) in inner { place(text, x: x, y: textY, role: role) }
        y = top + height
    }

    struct Footer {
        var top: Double
        /// The indices of the hotlines shown, in `FlyerContent.hotlines`.
        var hotlines: [Int]
        var hotlineColumns: Int
    }

    /// A laid-out part of the footer: elements relative to its own top-left corner.
    struct Block {
        var elements: [PageElement] = []
        var height = 0.0
        /// A hotline number wider than its column: it would be cut, so this block is not used.
        var cutsNumber = false
        /// Ids of the paragraphs it shortened: the page's only once the block is placed.
        var shortened: [String] = []
        var columns = 0
        /// Where the QR code is, in a block that has it.
        var qrArea: Rect?
    }

    /// The issue date on the bottom line; above it the hotlines and the QR code, above those
    /// an accent rule. Of three arrangements the lowest wins (ties in this order):
    /// hotlines beside the QR code with the URL beneath it in its column; hotlines beside the
    /// QR code with the URL beneath both, right-aligned under the code; everything stacked.
    /// While the footer is taller than `maxHeight`, the numbers are set smaller, then hotlines
    /// are dropped from the end. A number too long for a line of the page even at the smallest
    /// size is left out first, and only it: the hotlines after it still have their turn.
    mutating func footer(
        content: FlyerContent, qr: QRMatrix, qrSide: Double, numberSize: Double, headingSize: Double,
        hotlines: Int, limits: LineLimits, maxHeight: Double
    ) -> Footer {
        let b = body
        let issued = set("issued", content.issuedLine, bodyStyle, width: area.width, lines: 1)
        let issuedY = area.maxY - issued.height
        let rowBottom = issuedY - 0.6 * space
        let gutter = 1.5 * b
        let page = page
        func natural(_ text: String, _ style: TextStyle) -> Double {
            page.typeset(text, style: style, width: 100_000, maxLines: 1).usedWidth + 1
        }

        // QR columns: wide enough for the URL beneath (up to 45 % of the width), or just
        // for the code and its label when the URL runs under the whole footer.
        let scanStyle = TextStyle(size: b, bold: true, color: Palette.ink, alignment: .center)
        let wideColumn = min(max(qrSide, natural(content.printedURL, bodyStyle)), area.width * 0.45)
        let narrowColumn = min(max(qrSide, natural(content.labels.scanForMore, scanStyle)), area.width * 0.3)
        let urlInColumn = recording { $0.qrBlock(content, qr, side: qrSide, width: wideColumn, url: .center, limits: limits) }
        let codeOnly = recording { $0.qrBlock(content, qr, side: qrSide, width: narrowColumn, url: nil, limits: limits) }
        let mark = shortened.count
        let urlUnder = set("url", content.printedURL, TextStyle(size: b, bold: false, color: Palette.ink, alignment: .right),
                           width: area.width, lines: limits.url)
        let urlUnderShortened = Array(shortened[mark...])
        shortened.removeSubrange(mark...)
        let fullWidth = area.width
        let stackedQR = recording { $0.qrBlock(content, qr, side: qrSide, width: fullWidth, url: .center, limits: limits) }

        // Rows are at least one number tall, three hotlines to a row at most. Before a hotline is
        // dropped, the numbers are set smaller (never below the headings): every number matters.
        let ceiling = 3 * (Int(maxHeight / headingSize) + 1)
        let numberSizes = [numberSize, 0.8 * numberSize, 0.65 * numberSize].filter { $0 >= headingSize }
        let smallestNumber = TextStyle(size: numberSizes.last ?? numberSize, bold: true, color: Palette.ink)
        let printable = content.hotlines.indices.filter { index in
            let alone = page.typeset(content.hotlines[index].number, style: smallestNumber, width: fullWidth, maxLines: 1)
            return !alone.shortened && alone.usedWidth <= fullWidth
        }
        var count = min(hotlines, printable.count, ceiling)
        var sizeIndex = 0
        var chosen: Block
        while true {
            let shown = printable.prefix(count).map { content.hotlines[$0] }
            let size = numberSizes.isEmpty ? numberSize : numberSizes[sizeIndex]
            func grid(_ width: Double) -> Block {
                recording { $0.hotlineBlock(content.labels.callHotline, shown, width: width, numberSize: size,
                                            headingSize: headingSize, limits: limits) }
            }
            func beside(_ left: Block, _ right: Block, rightWidth: Double) -> Block {
                var block = left
                block.elements += right.elements.map { $0.offset(x: area.width - rightWidth, y: 0) }
                block.height = max(left.height, right.height)
                block.shortened += right.shortened
                return block
            }
            let first = beside(grid(area.width - wideColumn - gutter), urlInColumn, rightWidth: wideColumn)
            var second = beside(grid(area.width - narrowColumn - gutter), codeOnly, rightWidth: narrowColumn)
            let code = codeOnly.qrArea.map { [$0.offset(x: area.width - narrowColumn, y: 0)] } ?? []
            second.elements.append(PageElement(.text(urlUnder, at: Point(x: 0, y: second.height + 0.2 * space)),
                                               role: .link(uri: content.url, areas: code)))
            second.height += 0.2 * space + urlUnder.height
            second.shortened += urlUnderShortened
            var third = grid(area.width)
            let qrTop = third.height > 0 ? third.height + 0.8 * space : 0
            third.elements += stackedQR.elements.map { $0.offset(x: 0, y: qrTop) }
            third.height = qrTop + stackedQR.height
            third.shortened += stackedQR.shortened
            // A number is never cut: an arrangement whose column is too narrow for one is no choice.
            chosen = [first, second, third].enumerated().filter { !$0.element.cutsNumber }
                .min { ($0.element.height, $0.offset) < ($1.element.height, $1.offset) }?.element ?? third
            // The last hotline stays even when the footer is too tall; it goes only if it cannot be shown whole.
            let fits = area.maxY - rowBottom + chosen.height + 0.6 * space <= maxHeight
            let smallest = sizeIndex + 1 >= numberSizes.count
            if !chosen.cutsNumber && (fits || (count <= 1 && smallest)) || count == 0 { break }
            if sizeIndex + 1 < numberSizes.count {
                sizeIndex += 1
            } else {
                count -= 1
                sizeIndex = 0
            }
        }

        let top = rowBottom - chosen.height
        let ruleY = top - 0.6 * space - 1.5
        elements.append(PageElement(.rectangles([Rect(x: area.x, y: ruleY, width: area.width, height: 1.5)], Palette.accent)))
        elements += chosen.elements.map { $0.offset(x: area.x, y: top) }
        shortened += chosen.shortened
        place(issued, x: area.x, y: issuedY, role: .paragraph(id: "issued"))
        return Footer(top: ruleY, hotlines: Array(printable.prefix(count)), hotlineColumns: chosen.columns)
    }

    /// The block `make` lays out, with the ids of the paragraphs it shortened moved from the page's
    /// into it: the footer tries several arrangements and places one.
    mutating func recording(_ make: (inout PageBuilder) -> Block) -> Block {
        let mark = shortened.count
        var block = make(&self)
        block.shortened += shortened[mark...]
        shortened.removeSubrange(mark...)
        return block
    }

    /// The hotlines heading and a grid of hotlines (label above a big number, numbers of a
    /// row on one baseline), three or two to a row when every number fits that share of the width.
    mutating func hotlineBlock(
        _ label: String, _ hotlines: [FlyerHotline], width: Double, numberSize: Double, headingSize: Double,
        limits: LineLimits
    ) -> Block {
        var block = Block()
        guard !hotlines.isEmpty else { return block }
        let b = body
        if !label.isEmpty {
            let heading = set("callHotline", label, TextStyle(size: headingSize, bold: true, color: Palette.accent),
                              width: width, lines: 1)
            block.elements.append(PageElement(.text(heading, at: Point(x: 0, y: 0)), role: .heading(level: 2)))
            block.height = heading.height + 0.3 * space
        }
        let numberStyle = TextStyle(size: numberSize, bold: true, color: Palette.ink)
        let cellGap = b
        let widest = hotlines.map { page.typeset($0.number, style: numberStyle, width: 100_000, maxLines: 1).usedWidth }.max() ?? 0
        block.columns = (1...min(3, hotlines.count)).last { columns in
            columns == 1 || widest <= (width - Double(columns - 1) * cellGap) / Double(columns)
        } ?? 1
        let cellWidth = (width - Double(block.columns - 1) * cellGap) / Double(block.columns)
        block.cutsNumber = widest > cellWidth
        var rowTop = block.height
        for rowStart in stride(from: 0, to: hotlines.count, by: block.columns) {
            let row = rowStart..<min(rowStart + block.columns, hotlines.count)
            let labels = row.map { index in
                hotlines[index].label.isEmpty ? nil : set(
                    "hotlines[\(index)].label", hotlines[index].label, bodyStyle, width: cellWidth,
                    lines: limits.hotlineLabel)
            }
            let labelHeight = labels.map { $0?.height ?? 0 }.max() ?? 0
            var numberHeight = 0.0
            for (column, index) in row.enumerated() {
                let x = Double(column) * (cellWidth + cellGap)
                let role = PageElement.Role.paragraph(id: "hotlines[\(index)]")
                if let label = labels[column] {
                    block.elements.append(PageElement(.text(label, at: Point(x: x, y: rowTop)), role: role))
                }
                let number = set("hotlines[\(index)].number", hotlines[index].number, numberStyle, width: cellWidth, lines: 1)
                // As typeset: a number that only just fits by measure may still be shortened.
                block.cutsNumber = block.cutsNumber || number.shortened
                block.elements.append(PageElement(.text(number, at: Point(x: x, y: rowTop + labelHeight)), role: role))
                numberHeight = max(numberHeight, number.height)
            }
            rowTop += labelHeight + numberHeight + 0.4 * space
        }
        block.height = rowTop - 0.4 * space
        return block
    }

    /// "Scan for more" over the QR code, centred in `width`, with the URL beneath when
    /// `url` gives its alignment.
    mutating func qrBlock(
        _ content: FlyerContent, _ qr: QRMatrix, side: Double, width: Double, url: TextAlignment?, limits: LineLimits
    ) -> Block {
        var block = Block()
        let b = body
        if !content.labels.scanForMore.isEmpty {
            let scan = set("scanForMore", content.labels.scanForMore,
                           TextStyle(size: b, bold: true, color: Palette.ink, alignment: .center),
                           width: width, lines: limits.scanLabel)
            block.elements.append(PageElement(.text(scan, at: Point(x: 0, y: 0)), role: .paragraph(id: "scanForMore")))
            block.height = scan.height + 0.25 * space
        }
        let code = Rect(x: (width - side) / 2, y: block.height, width: side, height: side)
        block.elements += qrCode(qr, in: code)
        block.qrArea = code
        block.height += side
        if let url {
            let text = set("url", content.printedURL, TextStyle(size: b, bold: false, color: Palette.ink, alignment: url),
                           width: width, lines: limits.url)
            block.elements.append(PageElement(.text(text, at: Point(x: 0, y: block.height + 0.2 * space)),
                                              role: .link(uri: content.url, areas: [code])))
            block.height += 0.2 * space + text.height
        }
        return block
    }

    /// The symbol with a four-module quiet zone on white; dark modules merged into
    /// horizontal runs so viewers show no hairline seams between neighbours.
    func qrCode(_ qr: QRMatrix, in square: Rect) -> [PageElement] {
        let (x, y, side) = (square.x, square.y, square.width)
        let module = side / Double(qr.width + 8)
        var runs: [Rect] = []
        for row in 0..<qr.width {
            var column = 0
            while column < qr.width {
                guard qr[column, row] else {
                    column += 1
                    continue
                }
                let start = column
                while column < qr.width, qr[column, row] { column += 1 }
                runs.append(Rect(
                    x: x + Double(start + 4) * module, y: y + Double(row + 4) * module,
                    width: Double(column - start) * module, height: module))
            }
        }
        return [PageElement(.rectangles([square], Palette.paper)), PageElement(.rectangles(runs, Palette.ink), role: .figure)]
    }
}

extension Rect {
    func offset(x dx: Double, y dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

extension PageElement {
    func offset(x dx: Double, y dy: Double) -> PageElement {
        func move(_ point: Point) -> Point { Point(x: point.x + dx, y: point.y + dy) }
        let moved: Shape =
            switch shape {
            case .text(let text, let origin): .text(text, at: move(origin))
            case .rectangles(let rects, let color): .rectangles(rects.map { $0.offset(x: dx, y: dy) }, color)
            case .circle(let center, let radius, let color): .circle(center: move(center), radius: radius, color)
            case .polygon(let points, let color): .polygon(points.map(move), color)
            case .polyline(let points, let lineWidth, let color): .polyline(points.map(move), lineWidth: lineWidth, color)
            case .image(let image, let rect): .image(image, in: rect.offset(x: dx, y: dy))
            }
        let role: Role =
            if case .link(let uri, let areas) = role { .link(uri: uri, areas: areas.map { $0.offset(x: dx, y: dy) }) } else { role }
        return PageElement(moved, role: role)
    }
}

extension FlyerLayoutPlan.Kept {
    /// Drops the last item of the longest of red flags / do / don't (ties in that order)
    /// if it has more than `floor` items; `false` when none has.
    mutating func trimLongestList(floor: Int) -> Bool {
        let longest = max(redFlags, dos, donts)
        guard longest > floor else { return false }
        if redFlags == longest {
            redFlags -= 1
        } else if dos == longest {
            dos -= 1
        } else {
            donts -= 1
        }
        return true
    }
}
