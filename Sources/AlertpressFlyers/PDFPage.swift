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
    /// Characters printed that no installed font has a glyph for: they show as gaps.
    var unprintable: [Character] = []
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

/// What a font face drawn from a subset keeps alive, freed when Cairo drops the face.
private struct SubsetFaceResources {
    var key = cairo_user_data_key_t()
    var library: FT_Library?
    var face: FT_Face?
    var bytes: UnsafeMutableRawPointer?
}

/// A Cairo font face made of the glyphs `glyphs` of `face` (HarfBuzz) without subroutines or
/// hints, and each glyph's id in it.
///
/// Cairo 1.16 drops CFF subroutines that some Noto Sans CJK glyphs call when it embeds a
/// font: it does not count the stem hints inside a subroutine an earlier glyph already used,
/// misreads the rest of the glyph, and leaves out what it then calls. 如 printed blank on the
/// Chinese flyers, though the text layer had it. A font without subroutines or hints gives it
/// nothing to misread; Pango still lays the text out with the font as installed.
private func subsetFontFace(_ face: OpaquePointer, glyphs: Set<UInt32>) throws -> (face: OpaquePointer, ids: [UInt32: UInt32]) {
    guard let input = hb_subset_input_create_or_fail() else { throw FlyerError.pdf("HarfBuzz: cannot start a font subset") }
    defer { hb_subset_input_destroy(input) }
    let set = hb_subset_input_glyph_set(input)
    hb_set_add(set, 0)
    for glyph in glyphs.sorted() { hb_set_add(set, glyph) }
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue)
    // Text is laid out with the installed font and drawn horizontally: the subset needs only
    // outlines and horizontal metrics.
    let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
    for tag in ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG"] { hb_set_add(dropped, hb_tag_from_string(tag, 4)) }
    guard let plan = hb_subset_plan_create_or_fail(face, input) else { throw FlyerError.pdf("HarfBuzz: cannot plan a font subset") }
    defer { hb_subset_plan_destroy(plan) }
    guard let subset = hb_subset_plan_execute_or_fail(plan) else { throw FlyerError.pdf("HarfBuzz: cannot subset a font") }
    defer { hb_face_destroy(subset) }
    // Glyphs are numbered anew in the subset.
    let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
    var ids: [UInt32: UInt32] = [:]
    for glyph in glyphs {
        let id = hb_map_get(mapping, glyph)
        if id != UInt32.max { ids[glyph] = id }  // HB_MAP_VALUE_INVALID
    }
    let blob = hb_face_reference_blob(subset)
    defer { hb_blob_destroy(blob) }
    var length: UInt32 = 0
    guard let data = hb_blob_get_data(blob, &length), length > 0, let bytes = malloc(Int(length)) else {
        throw FlyerError.pdf("HarfBuzz: empty font subset")
    }
    memcpy(bytes, data, Int(length))
    let resources = UnsafeMutablePointer<SubsetFaceResources>.allocate(capacity: 1)
    resources.initialize(to: SubsetFaceResources(bytes: bytes))
    let release: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
        guard let resources = pointer?.assumingMemoryBound(to: SubsetFaceResources.self) else { return }
        if let face = resources.pointee.face { FT_Done_Face(face) }
        if let library = resources.pointee.library { FT_Done_FreeType(library) }
        free(resources.pointee.bytes)
        resources.deinitialize(count: 1)
        resources.deallocate()
    }
    guard FT_Init_FreeType(&resources.pointee.library) == 0,
          FT_New_Memory_Face(resources.pointee.library, bytes.assumingMemoryBound(to: FT_Byte.self), FT_Long(length), 0,
                             &resources.pointee.face) == 0,
          let fontFace = cairo_ft_font_face_create_for_ft_face(resources.pointee.face, 0)
    else {
        release(resources)
        throw FlyerError.pdf("FreeType: cannot read a font subset")
    }
    guard cairo_font_face_set_user_data(fontFace, &resources.pointee.key, resources, release) == CAIRO_STATUS_SUCCESS else {
        cairo_font_face_destroy(fontFace)
        release(resources)
        throw FlyerError.pdf("Cairo: cannot keep a font subset")
    }
    return (fontFace, ids)
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
    /// Glyphs no font had, drawn as nothing (Pango's "unknown glyphs").
    var unknownGlyphs: Int { Int(pango_layout_get_unknown_glyphs_count(pointer)) }

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
    /// Font faces drawn from subsets (`useSubsetFonts`) and their glyph ids, by the HarfBuzz face Pango shapes with.
    private var subsets: [OpaquePointer: (face: OpaquePointer, ids: [UInt32: UInt32])] = [:]

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
        var wholeSentences: Bool

        /// String's own hash normalizes the whole text (NFC), which dominates the fitting
        /// loop for long CJK paragraphs; hashing the length and leading UTF-8 bytes is
        /// enough, equality still compares the whole text.
        func hash(into hasher: inout Hasher) {
            hasher.combine(text.utf8.count)
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(256))))
            }
            if hashed == nil { hasher.combine(text) }
            hasher.combine(size)
            hasher.combine(bold)
            hasher.combine(alignment)
            hasher.combine(width)
            hasher.combine(maxLines)
            hasher.combine(wholeSentences)
        }

        /// Byte equality: what Pango lays out is the UTF-8, not the canonical equivalent.
        static func == (lhs: MeasureKey, rhs: MeasureKey) -> Bool {
            lhs.size == rhs.size && lhs.bold == rhs.bold && lhs.alignment == rhs.alignment
                && lhs.width == rhs.width && lhs.maxLines == rhs.maxLines && lhs.wholeSentences == rhs.wholeSentences
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
        for subset in subsets.values { cairo_font_face_destroy(subset.face) }
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
    /// keeps its whole sentences that fit; when not even the first does, it is cut at the last
    /// break opportunity that leaves room for "…" (a word boundary in Latin text, a character
    /// boundary in CJK); only a single unbreakable run longer than the space falls back to
    /// Pango's cluster-level ellipsis. With `wholeSentences` (advice) nothing is cut inside a
    /// sentence: the first sentence is printed whole, on as many lines as it needs.
    func typeset(_ text: String, style: TextStyle, width: Double, maxLines: Int, wholeSentences: Bool = false) -> SetText {
        let key = MeasureKey(
            text: text, size: style.size, bold: style.bold, alignment: style.alignment,
            width: width, maxLines: maxLines, wholeSentences: wholeSentences)
        if var known = measured[key] {
            known.style = style
            return known
        }
        var maxLines = max(1, maxLines)
        let fitted = fittingText(text, style, width: width, maxLines: maxLines)
        var printed = fitted ?? text
        var final = layout(printed, style, width: width)
        // Whole sentences are a prefix of the text; a cut one ends in an added "…" (or, unfitted, in Pango's).
        if wholeSentences, !text.hasPrefix(printed) || (fitted == nil && final.lineCount > maxLines) {
            let scalars = Array(text.unicodeScalars)
            let first = Self.sentenceEnds(scalars, upTo: scalars.count).last ?? scalars.count
            printed = String(String.UnicodeScalarView(scalars[..<first]))
            final = layout(printed, style, width: width)
            maxLines = max(maxLines, final.lineCount)
        }
        // A Chinese paragraph whose last line is one character and its punctuation ("信。" under a full
        // line) wraps an em or two narrower, when that keeps its line count: the line before gives it company.
        var setWidth = width
        if final.lineCount >= 2, !final.isEllipsized, Self.isOrphan(printed, lineStart: final.startOfLine(final.lineCount - 1)) {
            for narrower in [width - style.size, width - 2 * style.size] where narrower > width / 2 {
                let candidate = layout(printed, style, width: narrower)
                if candidate.lineCount == final.lineCount,
                   !Self.isOrphan(printed, lineStart: candidate.startOfLine(candidate.lineCount - 1)) {
                    final = candidate
                    setWidth = narrower
                    break
                }
            }
        }
        final.limit(toLines: maxLines)
        let extents = final.extents
        // Which characters no font has, looked for one by one only when the paragraph lacks a glyph.
        var unprintable: [Character] = []
        if final.unknownGlyphs > 0 {
            var seen: Set<Character> = []
            for character in printed where !character.isWhitespace && seen.insert(character).inserted
                && layout(String(character), style, width: 100_000).unknownGlyphs > 0 {
                unprintable.append(character)
            }
        }
        let result = SetText(
            text: printed, style: style, width: setWidth, maxLines: maxLines,
            usedWidth: extents.width, height: extents.height, lineCount: final.lineCount,
            baseline: final.baseline, shortened: printed != text || final.isEllipsized, unprintable: unprintable)
        measured[key] = result
        return result
    }

    /// Whether the line of `text` that starts at UTF-8 offset `lineStart` holds a single Han character,
    /// with at most punctuation and spaces beside it.
    static func isOrphan(_ text: String, lineStart: Int?) -> Bool {
        guard let lineStart, lineStart > 0, lineStart < text.utf8.count else { return false }
        let line = String(decoding: text.utf8.dropFirst(lineStart), as: UTF8.self)
        let letters = line.filter { !$0.isWhitespace && !$0.isPunctuation && !$0.isSymbol }
        return letters.count == 1 && letters.unicodeScalars.first?.properties.isIdeographic == true
    }

    /// The text to print: `text` itself when it fits; when it does not, its whole sentences
    /// that fit, else a prefix ending in "…"; `nil` when no break opportunity helps (Pango's
    /// ellipsis then decides).
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
        // Whole sentences first: advice cut off mid-sentence can read as a different rule.
        for cut in Self.sentenceEnds(scalars, upTo: limit).prefix(16) {
            let prefix = String(String.UnicodeScalarView(scalars[0..<cut]))
            if layout(prefix, style, width: width).lineCount <= maxLines { return prefix }
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

    /// Where sentences end in `scalars` at or before `limit`, last first: after 。！？ or after
    /// . ! ? followed by a space and a capital, digit or CJK character ("e.g. a" is no end),
    /// with closing quotation marks and brackets kept.
    static func sentenceEnds(_ scalars: [Unicode.Scalar], upTo limit: Int) -> [Int] {
        var ends: [Int] = []
        var index = 0
        while index < min(limit, scalars.count) {
            let scalar = scalars[index]
            index += 1
            let wide = "。！？".unicodeScalars.contains(scalar)
            guard wide || ".!?".unicodeScalars.contains(scalar) else { continue }
            var end = index
            while end < scalars.count, sentenceClosers.contains(scalars[end]) { end += 1 }
            if !wide {
                var next = end
                while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
                guard next > end, next < scalars.count else { continue }
                let opening = scalars[next]
                guard opening.properties.isUppercase || opening.properties.numericType != nil
                        || "\"“‘(「『《（".unicodeScalars.contains(opening) || opening.properties.isIdeographic else { continue }
            }
            if end <= limit, end < scalars.count { ends.append(end) }
            index = end
        }
        return ends.reversed()
    }

    private static let sentenceClosers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "）", "」", "』", "》"]

    /// Characters that should not stand right before an added ellipsis.
    private static let trailingTrim: Set<Unicode.Scalar> = [
        " ", "\u{00A0}", "\u{3000}", ",", ";", ":", "-", "–", "—", "(", "[", "/",
        "，", "；", "：", "、", "（", "“", "‘", "《", "「",
    ]

    /// From now on the glyphs of `texts` are drawn from subsets of their fonts (see
    /// `subsetFontFace`), one per font for the whole page; call it once, before drawing them.
    func useSubsetFonts(for texts: [SetText]) throws {
        var glyphs: [OpaquePointer: Set<UInt32>] = [:]
        for text in texts {
            let layout = layout(text.text, text.style, width: text.width)
            layout.limit(toLines: text.maxLines)
            Self.forEachRun(layout) { run, _ in
                guard let face = Self.shapingFace(run.item.pointee) else { return }
                let string = run.glyphs.pointee
                for index in 0..<Int(string.num_glyphs) where Self.isDrawable(string.glyphs[index].glyph) {
                    glyphs[face, default: []].insert(string.glyphs[index].glyph)
                }
            }
        }
        for (face, used) in glyphs { subsets[face] = try subsetFontFace(face, glyphs: used) }
    }

    func draw(_ text: SetText, at origin: Point) {
        let layout = layout(text.text, text.style, width: text.width)
        layout.limit(toLines: text.maxLines)
        setColor(text.style.color)
        guard !subsets.isEmpty else {
            cairo_move_to(cairo, origin.x, origin.y)
            pango_cairo_show_layout(cairo, layout.pointer)
            return
        }
        let utf8 = Array(text.text.utf8CString)
        utf8.withUnsafeBufferPointer { utf8 in
            guard let base = utf8.baseAddress else { return }
            Self.forEachRun(layout.pointer) { run, iterator in
                var logical = PangoRectangle()
                pango_layout_iter_get_run_extents(iterator, nil, &logical)
                let x = origin.x + Double(logical.x) / Double(PANGO_SCALE)
                let y = origin.y + Double(pango_layout_iter_get_baseline(iterator)) / Double(PANGO_SCALE)
                let item = run.item.pointee
                if item.analysis.level % 2 == 0, let face = Self.shapingFace(item), let subset = subsets[face],
                   let font = item.analysis.font,
                   showGlyphs(run, text: base + Int(item.offset), font: font, subset: subset, x: x, y: y) {
                    return
                }
                cairo_move_to(cairo, x, y)
                var glyphItem = run
                pango_cairo_show_glyph_item(cairo, base, &glyphItem)
            }
        }
    }

    /// Draws a left-to-right run with `subset` in place of its font, at the same size, with its
    /// text attached (clusters), so that the PDF's text layer stays what Pango would write.
    /// False, with nothing drawn, when the run's clusters do not cover its text in order.
    private func showGlyphs(_ run: PangoGlyphItem, text: UnsafePointer<CChar>, font: UnsafeMutablePointer<PangoFont>,
                            subset: (face: OpaquePointer, ids: [UInt32: UInt32]), x: Double, y: Double) -> Bool {
        let string = run.glyphs.pointee
        let count = Int(string.num_glyphs)
        let length = Int(run.item.pointee.length)
        guard count == 0 || string.log_clusters[0] == 0 else { return false }
        var glyphs: [cairo_glyph_t] = []
        var clusters: [cairo_text_cluster_t] = []
        var advance: Int32 = 0
        var index = 0
        while index < count {
            // A cluster: the glyphs that share a byte offset in the text.
            let start = Int(string.log_clusters[index])
            var drawn: Int32 = 0
            var next = index
            while next < count, Int(string.log_clusters[next]) == start {
                let info = string.glyphs[next]
                if Self.isDrawable(info.glyph), let id = subset.ids[info.glyph] {
                    glyphs.append(cairo_glyph_t(index: UInt(id),
                                                x: x + Double(advance + info.geometry.x_offset) / Double(PANGO_SCALE),
                                                y: y + Double(info.geometry.y_offset) / Double(PANGO_SCALE)))
                    drawn += 1
                }
                advance += info.geometry.width
                next += 1
            }
            let end = next < count ? Int(string.log_clusters[next]) : length
            guard end > start || (end == start && drawn > 0) else { return false }
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(end - start), num_glyphs: drawn))
            index = next
        }
        // A Pango font made by the Cairo font map is a PangoCairoFont.
        guard let original = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { return false }
        var matrix = cairo_matrix_t()
        var ctm = cairo_matrix_t()
        cairo_scaled_font_get_font_matrix(original, &matrix)
        cairo_scaled_font_get_ctm(original, &ctm)
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_scaled_font_get_font_options(original, options)
        let scaled = cairo_scaled_font_create(subset.face, &matrix, &ctm, options)
        defer { cairo_scaled_font_destroy(scaled) }
        cairo_set_scaled_font(cairo, scaled)
        cairo_show_text_glyphs(cairo, text, Int32(length), glyphs, Int32(glyphs.count), clusters, Int32(clusters.count),
                               cairo_text_cluster_flags_t(rawValue: 0))
        return true
    }

    /// Calls `body` with each run of `layout`, in order, and the iterator standing on it.
    private static func forEachRun(_ layout: OpaquePointer, _ body: (PangoGlyphItem, OpaquePointer) -> Void) {
        guard let iterator = pango_layout_get_iter(layout) else { return }
        defer { pango_layout_iter_free(iterator) }
        repeat {
            if let run = pango_layout_iter_get_run_readonly(iterator) { body(run.pointee, iterator) }
        } while pango_layout_iter_next_run(iterator) != 0
    }

    private static func forEachRun(_ layout: Layout, _ body: (PangoGlyphItem, OpaquePointer) -> Void) {
        forEachRun(layout.pointer, body)
    }

    /// The HarfBuzz face Pango shapes the item with.
    private static func shapingFace(_ item: PangoItem) -> OpaquePointer? {
        guard let font = item.analysis.font, let hbFont = pango_font_get_hb_font(font) else { return nil }
        return hb_font_get_face(hbFont)
    }

    /// Not Pango's empty glyph (a zero-width space) nor one of its "unknown character" boxes.
    private static func isDrawable(_ glyph: PangoGlyph) -> Bool {
        glyph != PangoGlyph(PANGO_GLYPH_EMPTY) && glyph & PangoGlyph(PANGO_GLYPH_UNKNOWN_FLAG) == 0
    }

    // MARK: Structure

    /// Opens structure element `name` (a PDF standard structure type: "P", "H1", "L", "Link"…); what
    /// is drawn until `endTag(name)` is its content. `attributes` in Cairo's syntax.
    func beginTag(_ name: String, attributes: String = "") {
        cairo_tag_begin(cairo, name, attributes)
    }

    func endTag(_ name: String) {
        cairo_tag_end(cairo, name)
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

    /// Paints `image` scaled into `rect`. A JPEG goes into the PDF as it is (Cairo embeds the file
    /// given as MIME data); a PNG is decoded and compressed again.
    func drawImage(_ image: RasterImage, in rect: Rect) throws {
        guard let source = Self.surface(for: image) else { throw FlyerError.pdf("the logo image cannot be decoded") }
        defer { cairo_surface_destroy(source) }
        cairo_save(cairo)
        cairo_translate(cairo, rect.x, rect.y)
        cairo_scale(cairo, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source_surface(cairo, source, 0, 0)
        cairo_paint(cairo)
        cairo_restore(cairo)
        try check()
    }

    /// Whether Cairo can print `image`: a PNG must decode whole.
    static func canDraw(_ image: RasterImage) -> Bool {
        guard let surface = surface(for: image) else { return false }
        cairo_surface_destroy(surface)
        return true
    }

    /// An image surface of `image` at its pixel size; nil when it does not decode.
    private static func surface(for image: RasterImage) -> OpaquePointer? {
        switch image.format {
        case .png:
            let reader = ByteSource(image.data)
            let closure = Unmanaged.passRetained(reader).toOpaque()
            defer { Unmanaged<ByteSource>.fromOpaque(closure).release() }
            let surface = cairo_image_surface_create_from_png_stream({ closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_READ_ERROR }
                let reader = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
                return reader.read(into: bytes, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
            }, closure)
            guard let surface else { return nil }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
                  Int(cairo_image_surface_get_width(surface)) == image.width,
                  Int(cairo_image_surface_get_height(surface)) == image.height else {
                cairo_surface_destroy(surface)
                return nil
            }
            return surface
        case .jpeg:
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(image.width), Int32(image.height)) else { return nil }
            let count = image.data.count
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let copy = malloc(count) else {
                cairo_surface_destroy(surface)
                return nil
            }
            image.data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: count)
            // Cairo frees the copy with the surface.
            let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                                     UInt(count), { free($0) }, copy)
            guard status == CAIRO_STATUS_SUCCESS else {
                free(copy)
                cairo_surface_destroy(surface)
                return nil
            }
            return surface
        }
    }
}

/// The bytes of a PNG, handed to Cairo's reader in the pieces it asks for.
private final class ByteSource {
    let data: Data
    var offset = 0

    init(_ data: Data) { self.data = data }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count >= 0, offset + count <= data.count else { return false }
        data.copyBytes(to: buffer, from: data.index(data.startIndex, offsetBy: offset)..<data.index(data.startIndex, offsetBy: offset + count))
        offset += count
        return true
    }
}
