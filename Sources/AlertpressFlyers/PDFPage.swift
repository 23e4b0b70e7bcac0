import CPangoCairo
import Foundation

// The one file that talks to Cairo and Pango. Everything it hands out is plain Swift:
// `SetText` (a measured paragraph) and drawing calls on `PDFPage`.

struct RGB: Sendable, Hashable {
    var red: Double
    var green: Double
    var blue: Double
}

enum TextAlignment: Sendable, Hashable { case left, center, right }

struct TextStyle: Sendable, Hashable {
    var size: Double
    var bold: Bool
    var color: RGB
    var alignment: TextAlignment = .left
}

/// A paragraph after fitting: the text that gets printed (possibly shortened with an
/// ellipsis) and the box Pango measured for it, in points.
struct SetText: Sendable, Equatable {
    var text: String
    var style: TextStyle
    /// The width the paragraph wraps in.
    var width: Double
    var maxLines: Int
    /// Logical width of the widest line.
    var usedWidth: Double
    var height: Double
    var lineCount: Int
    /// Distance from the top of the box to the first baseline.
    var baseline: Double
    /// `true` when the text was too long for `maxLines` and now ends with an ellipsis.
    var shortened: Bool
}

struct Point: Sendable, Equatable {
    var x: Double
    var y: Double
}

struct PDFMetadata: Sendable {
    var title: String
    var author: String
    var creator: String
    /// ISO 8601, "YYYY-MM-DDTHH:MM:SSZ".
    var date: String
}

/// Receives the PDF bytes Cairo writes. Lives only inside one `PDFPage`.
private final class ByteSink {
    var data = Data()
}

/// Owns a `PangoFontDescription`.
private final class FontDescription {
    let pointer: OpaquePointer

    init(family: String, size: Double, bold: Bool) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_weight(pointer, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
    }

    deinit { pango_font_description_free(pointer) }
}

/// Owns a `PangoAttrList` applied to every layout of a page.
private final class AttributeList {
    let pointer: OpaquePointer

    /// OpenType features for the whole text, e.g. "pwid".
    init(fontFeatures: String) {
        pointer = pango_attr_list_new()
        pango_attr_list_insert(pointer, pango_attr_font_features_new(fontFeatures))
    }

    deinit { pango_attr_list_unref(pointer) }
}

/// Owns a `PangoLayout`.
private final class Layout {
    let pointer: OpaquePointer

    init(
        context: OpaquePointer, text: String, font: FontDescription, attributes: AttributeList?, style: TextStyle,
        width: Double
    ) {
        pointer = pango_layout_new(context)
        let bytes = text.utf8.count
        pango_layout_set_text(pointer, text, Int32(clamping: bytes))
        pango_layout_set_font_description(pointer, font.pointer)
        pango_layout_set_width(pointer, Int32(clamping: Int((width * Double(PANGO_SCALE)).rounded(.down))))
        pango_layout_set_wrap(pointer, PANGO_WRAP_WORD_CHAR)
        switch style.alignment {
        case .left: pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(pointer, PANGO_ALIGN_RIGHT)
        }
        if let attributes { pango_layout_set_attributes(pointer, attributes.pointer) }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// Pango's own ellipsization at `maxLines`: the guarantee that a paragraph never
    /// takes more lines than it was given.
    func limit(toLines maxLines: Int) {
        pango_layout_set_ellipsize(pointer, PANGO_ELLIPSIZE_END)
        pango_layout_set_height(pointer, -Int32(clamping: maxLines))
    }

    var lineCount: Int { Int(pango_layout_get_line_count(pointer)) }
    var isEllipsized: Bool { pango_layout_is_ellipsized(pointer) != 0 }

    /// Logical extents in points.
    var extents: (width: Double, height: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return (Double(logical.width) / scale, Double(logical.height) / scale)
    }

    var baseline: Double { Double(pango_layout_get_baseline(pointer)) / Double(PANGO_SCALE) }

    /// UTF-8 offset where line `index` (0-based) starts, if the layout has that many lines.
    func startOfLine(_ index: Int) -> Int? {
        guard index < lineCount, let line = pango_layout_get_line_readonly(pointer, Int32(index)) else { return nil }
        return Int(line.pointee.start_index)
    }

    /// Offsets (in Unicode scalars) before which Pango allows a line break: between words in
    /// Latin text, between characters in CJK text (UAX #14 as Pango implements it).
    var breakOpportunities: [Int] {
        var count: Int32 = 0
        guard let attrs = pango_layout_get_log_attrs_readonly(pointer, &count) else { return [] }
        return (0..<Int(count)).filter { attrs[$0].is_line_break != 0 }
    }
}

/// One PDF page in memory: a Cairo PDF surface writing into a `ByteSink`, its drawing
/// context, and a Pango context for measuring and drawing text in the page's language.
final class PDFPage {
    let width: Double
    let height: Double
    private let sink: ByteSink
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let pango: OpaquePointer
    private let family: String
    private let attributes: AttributeList?
    private var fonts: [FontKey: FontDescription] = [:]
    private var measured: [MeasureKey: SetText] = [:]

    private struct FontKey: Hashable {
        var size: Double
        var bold: Bool
    }

    private struct MeasureKey: Hashable {
        var text: String
        var size: Double
        var bold: Bool
        var alignment: TextAlignment
        var width: Double
        var maxLines: Int

        /// String's own hash normalizes the whole text (NFC), which dominates the fitting
        /// loop for long CJK paragraphs; hashing the length and leading UTF-8 bytes is
        /// enough, equality still compares the whole text.
        func hash(into hasher: inout Hasher) {
            hasher.combine(text.utf8.count)
            let hashed = text.utf8.withContiguousStorageIfAvailable { bytes in
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(256))))
            }
            if hashed == nil { hasher.combine(text) }
            hasher.combine(size)
            hasher.combine(bold)
            hasher.combine(alignment)
            hasher.combine(width)
            hasher.combine(maxLines)
        }

        /// Byte equality: what Pango lays out is the UTF-8, not the canonical equivalent.
        static func == (lhs: MeasureKey, rhs: MeasureKey) -> Bool {
            lhs.size == rhs.size && lhs.bold == rhs.bold && lhs.alignment == rhs.alignment
                && lhs.width == rhs.width && lhs.maxLines == rhs.maxLines
                && lhs.text.utf8.count == rhs.text.utf8.count && sameBytes(lhs.text, rhs.text)
        }

        private static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
            let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
                rhs.utf8.withContiguousStorageIfAvailable { right in
                    guard left.count == right.count, let l = left.baseAddress, let r = right.baseAddress else {
                        return left.count == right.count
                    }
                    return memcmp(l, r, left.count) == 0
                }
            }
            return (fast ?? nil) ?? lhs.utf8.elementsEqual(rhs.utf8)
        }
    }

    /// `fontFeatures`: OpenType features applied to all text (e.g. "pwid" so that Latin
    /// text gets proportional quotes and dots from a CJK font instead of full-width ones).
    init(
        width: Double, height: Double, language: String, fontFamily: String, fontFeatures: String?,
        metadata: PDFMetadata
    ) throws {
        self.width = width
        self.height = height
        self.family = fontFamily
        self.attributes = fontFeatures.map(AttributeList.init(fontFeatures:))
        let sink = ByteSink()
        sink.data.reserveCapacity(128 * 1024)
        self.sink = sink
        // The sink is retained by `self` for longer than the surface lives (deinit order),
        // so the unretained pointer Cairo holds stays valid.
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let surface = cairo_pdf_surface_create_for_stream(
            { closure, bytes, length in
                guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
                let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
                if let bytes, length > 0 { sink.data.append(bytes, count: Int(length)) }
                return CAIRO_STATUS_SUCCESS
            }, closure, width, height)
        guard let surface else { throw FlyerError.pdf("cairo_pdf_surface_create_for_stream returned NULL") }
        self.surface = surface
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.date)
        cairo = cairo_create(surface)
        // The context takes the PDF surface's font options (no hinting, linear metrics).
        // Its font map is Pango's per-thread default, so nothing here is shared between threads.
        pango = pango_cairo_create_context(cairo)
        pango_cairo_context_set_resolution(pango, 72)
        pango_context_set_round_glyph_positions(pango, 0)
        pango_context_set_language(pango, pango_language_from_string(language))
        try check()
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    private func check() throws {
        let status = cairo_status(cairo)
        guard status == CAIRO_STATUS_SUCCESS else { throw FlyerError.pdf(String(cString: cairo_status_to_string(status))) }
        let surfaceStatus = cairo_surface_status(surface)
        guard surfaceStatus == CAIRO_STATUS_SUCCESS else {
            throw FlyerError.pdf(String(cString: cairo_status_to_string(surfaceStatus)))
        }
    }

    /// Ends the page and returns the finished PDF.
    func finish() throws -> Data {
        cairo_show_page(cairo)
        cairo_surface_finish(surface)
        try check()
        return sink.data
    }

    // MARK: Text

    private func font(_ style: TextStyle) -> FontDescription {
        let key = FontKey(size: style.size, bold: style.bold)
        if let font = fonts[key] { return font }
        let font = FontDescription(family: family, size: style.size, bold: style.bold)
        fonts[key] = font
        return font
    }

    private func layout(_ text: String, _ style: TextStyle, width: Double) -> Layout {
        Layout(context: pango, text: text, font: font(style), attributes: attributes, style: style, width: width)
    }

    /// Measures `text` wrapped in `width` and fits it into `maxLines`. Too long a paragraph
    /// is cut at the last break opportunity that leaves room for "…" (a word boundary in
    /// Latin text, a character boundary in CJK); only a single unbreakable run longer than
    /// the space falls back to Pango's cluster-level ellipsis.
    func typeset(_ text: String, style: TextStyle, width: Double, maxLines: Int) -> SetText {
        let key = MeasureKey(
            text: text, size: style.size, bold: style.bold, alignment: style.alignment,
            width: width, maxLines: maxLines)
        if var known = measured[key] {
            known.style = style
            return known
        }
        let maxLines = max(1, maxLines)
        let printed = fittingText(text, style, width: width, maxLines: maxLines) ?? text
        let final = layout(printed, style, width: width)
        final.limit(toLines: maxLines)
        let extents = final.extents
        let result = SetText(
            text: printed, style: style, width: width, maxLines: maxLines,
            usedWidth: extents.width, height: extents.height, lineCount: final.lineCount,
            baseline: final.baseline, shortened: printed != text || final.isEllipsized)
        measured[key] = result
        return result
    }

    /// The text to print: `text` itself when it fits, a prefix ending in "…" when it does
    /// not, `nil` when no break opportunity helps (Pango's ellipsis then decides).
    private func fittingText(_ text: String, _ style: TextStyle, width: Double, maxLines: Int) -> String? {
        // Lay out only a generous prefix of very long paragraphs: even the narrowest
        // glyphs cannot fit more characters than this into `maxLines` lines.
        let bound = Int(width / (style.size * 0.2)) * (maxLines + 1) + 64
        var candidate = text.unicodeScalars.count > bound ? String(text.prefix(bound)) : text
        var full = layout(candidate, style, width: width)
        if full.startOfLine(maxLines) == nil, candidate != text {
            candidate = text
            full = layout(candidate, style, width: width)
        }
        guard let overflowStart = full.startOfLine(maxLines) else { return text }
        let scalars = Array(candidate.unicodeScalars)
        // UTF-8 offset of the first overflowing line → scalar offset.
        var utf8Offset = 0
        var limit = 0
        while limit < scalars.count, utf8Offset < overflowStart {
            utf8Offset += UTF8.width(scalars[limit])
            limit += 1
        }
        let breaks = full.breakOpportunities.filter { $0 > 0 && $0 <= limit }.reversed()
        for cut in breaks.prefix(64) {
            var prefix = String(String.UnicodeScalarView(scalars[0..<cut]))
            while let last = prefix.unicodeScalars.last, Self.trailingTrim.contains(last) {
                prefix.unicodeScalars.removeLast()
            }
            guard !prefix.isEmpty else { continue }
            let shortened = prefix + "…"
            if layout(shortened, style, width: width).lineCount <= maxLines { return shortened }
        }
        return nil
    }

    /// Characters that should not stand right before an added ellipsis.
    private static let trailingTrim: Set<Unicode.Scalar> = [
        " ", "\u{00A0}", "\u{3000}", ",", ";", ":", "-", "–", "—", "(", "[", "/",
        "，", "；", "：", "、", "（", "“", "‘", "《", "「",
    ]

    func draw(_ text: SetText, at origin: Point) {
        let layout = layout(text.text, text.style, width: text.width)
        layout.limit(toLines: text.maxLines)
        setColor(text.style.color)
        cairo_move_to(cairo, origin.x, origin.y)
        pango_cairo_show_layout(cairo, layout.pointer)
    }

    // MARK: Shapes

    private func setColor(_ color: RGB) {
        cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
    }

    func fillRectangles(_ rects: [Rect], color: RGB) {
        guard !rects.isEmpty else { return }
        setColor(color)
        for rect in rects { cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height) }
        cairo_fill(cairo)
    }

    func fillCircle(center: Point, radius: Double, color: RGB) {
        setColor(color)
        cairo_new_sub_path(cairo)
        cairo_arc(cairo, center.x, center.y, radius, 0, 2 * Double.pi)
        cairo_fill(cairo)
    }

    func fillPolygon(_ points: [Point], color: RGB) {
        guard let first = points.first else { return }
        setColor(color)
        cairo_move_to(cairo, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
        cairo_close_path(cairo)
        cairo_fill(cairo)
    }

    func strokePolyline(_ points: [Point], lineWidth: Double, color: RGB) {
        guard let first = points.first else { return }
        setColor(color)
        cairo_set_line_width(cairo, lineWidth)
        cairo_set_line_cap(cairo, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
        cairo_move_to(cairo, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
        cairo_stroke(cairo)
    }
}
